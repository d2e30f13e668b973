"""Safer Sheffield Partnership Plan 2024-2027 (community safety partnership).

HTML/CSS -> Chromium (DejaVu Sans; DejaVu Sans Mono on the board).  The priorities are the destinations on a
railway-style DEPARTURES BOARD (p6): black board, amber text, a "Departs" year on the left, each priority in bold
with a small grey "Platform: <lead group>" and status line under each destination.  The Mayor's six priorities are quoted in a box on p5.
"""
from pathlib import Path

from south_yorkshire.kit import E, html_build

OUT = "strategies/safer_sheffield_partnership_plan_2024-27.pdf"
PRIORITIES = [
    ("Reducing anti-social behaviour in neighbourhoods and the city centre", "Neighbourhoods board", "On time"),
    ("Preventing serious violence and knife crime", "Violence reduction group", "On time"),
    ("Tackling domestic and sexual abuse", "Domestic and Sexual Abuse Board", "Boarding"),
    ("Disrupting drug markets and protecting people from exploitation", "Exploitation group", "On time"),
    ("Building cohesive communities and tackling hate crime", "Cohesion forum", "On time"),
]
CSS = """
.board { background: #111; border: 3mm solid #3a3a3a; border-radius: 2mm; padding: 4mm 4mm 3mm; margin: 2mm 0 5mm;
         font-family: 'DejaVu Sans Mono', monospace; color: #ffb000; }
.board .cap { color: #fff; font-size: 13pt; font-weight: bold; letter-spacing: 0.5mm; margin-bottom: 3mm; }
.board table { width: 100%; border-collapse: collapse; font-size: 10pt; }
.board th { color: #9a9a9a; font-weight: normal; font-size: 7.5pt; text-align: left; border-bottom: 0.3mm solid #555;
            padding: 1mm 1.5mm; }
.board td { padding: 2.4mm 1.5mm 0.6mm; vertical-align: top; }
.board td.y { width: 16mm; border-bottom: 0.3mm dashed #333; }
.board tr.sub td { font-size: 7.5pt; color: #c9c9c9; padding: 0 1.5mm 2.4mm; border-bottom: 0.3mm dashed #333; }
.board td.d { font-weight: bold; font-size: 12pt; }
.board td.s { color: #7CFC00; }
"""


def board():
    rows = "".join(f"<tr><td class='y' rowspan='2'>{y}</td><td class='d' colspan='2'>{E(p)}</td></tr>"
                   f"<tr class='sub'><td>Platform: {E(l)}</td><td class='s'>{E(s)}</td></tr>"
                   for (p, l, s), y in zip(PRIORITIES, ["2024", "2024", "2024", "2025", "2025"]))
    return (f"<div class='board'><div class='cap'>DEPARTURES \u2013 SAFER SHEFFIELD 2024\u20132027</div><table>"
            f"<tr><th>Departs</th><th>Destination: our priority</th><th>Status</th></tr>"
            f"{rows}</table></div>")


def build(root: Path) -> Path:
    doc = {
        "title": "Safer Sheffield Partnership Plan 2024\u20132027", "org": "Safer Sheffield Partnership",
        "subtitle": "Our community safety partnership plan", "colour": "#0b5563", "accent": "#ffb000",
        "running": "Safer Sheffield Partnership Plan 2024\u20132027", "folio": "Sheffield \u00b7 {n}",
        "sections": [
            ("Foreword", [
                ("p", "The Safer Sheffield Partnership brings together Sheffield City Council, South Yorkshire "
                      "Police, South Yorkshire Fire and Rescue, the NHS, the Probation Service and voluntary "
                      "organisations under the Crime and Disorder Act 1998. Every three years we look at the "
                      "evidence, listen to residents and agree where to focus."),
                ("p", "This plan runs from 2024 to 2027. It is short on purpose: the detail sits in the action plans "
                      "of our delivery groups, which we publish every year."),
                ("p", "We have set out our priorities as a departures board. Each one has a time it leaves, a group "
                      "that drives it and a status we will keep up to date."),
                ("p", "\u2013 Chair, Safer Sheffield Partnership"),
            ]),
            ("Sheffield in numbers", [
                ("p", "All figures on this page are illustrative and are not official statistics."),
                ("stats", [("54,000", "crimes recorded in a year (illustrative)"),
                           ("16,500", "ASB incidents reported (illustrative)"),
                           ("310", "knife crime offences (illustrative)"),
                           ("9,800", "domestic abuse incidents (illustrative)")]),
                ("h", "Key findings from our strategic assessment"),
                ("ul", ["Anti-social behaviour is concentrated in a small number of neighbourhoods and the city centre.",
                        "Knife crime involving young people has risen over three years.",
                        "Domestic abuse remains under-reported, especially by older victims.",
                        "Drug markets drive much of the violence and exploitation we see.",
                        "Reported hate crime has risen after national and international events."]),
            ]),
            ("Where we have come from", [
                ("h", "Our 2021\u20132024 priorities"),
                ("p", "Our previous plan had four priorities: safer neighbourhoods; protecting vulnerable people; "
                      "reducing violence; and a safe and vibrant city centre. We made progress on each, and the "
                      "annual reports set out what changed."),
                ("box", "The Mayor's Police and Crime Plan 2025\u20132029", [
                    "Safer streets and neighbourhoods", "Tackling serious violence and exploitation",
                    "Ending violence against women and girls", "Putting victims and survivors first",
                    "Breaking the cycle of offending", "Treating people fairly and building trust"]),
                ("p", "The Mayor's priorities are quoted above for reference. Our plan supports several of them, "
                      "but the priorities on the next page are our own."),
                ("h", "How we work"),
                ("ul", ["Evidence led: we go where the data and residents point us.",
                        "Think family: we look at the whole household, not one person.",
                        "Prevention first: we would rather stop harm than respond to it."]),
            ]),
            ("Our priorities for 2024\u20132027", [
                ("p", "Five priorities were agreed by the partnership board in March 2024. Each has a lead group "
                      "(its \u2018platform\u2019) and a status that we will update in each annual report."),
                ("raw", board()),
                ("p", "Anti-social behaviour is the issue residents raise most. Knife crime harms young people most. "
                      "Domestic and sexual abuse is the largest single source of repeat harm. Drug markets bring "
                      "violence and exploit children and vulnerable adults. And Sheffield is a city of sanctuary, "
                      "where we want everyone to feel they belong."),
            ]),
            ("What we will do", [
                ("h", "Neighbourhoods"),
                ("ul", ["Problem-solving plans for the ten wards with most ASB.",
                        "A city centre safety group with businesses and the universities."]),
                ("h", "Violence"),
                ("ul", ["Youth workers in hospital emergency departments.", "Weapon sweeps and knife arches."]),
                ("h", "Abuse"),
                ("ul", ["Routine enquiry in GP surgeries.", "More independent domestic violence advisers."]),
                ("h", "Exploitation"),
                ("ul", ["Closure orders on cuckooed homes.", "A single exploitation panel for children and adults."]),
                ("h", "Cohesion"),
                ("ul", ["Third-party hate crime reporting centres.", "Community tension monitoring."]),
            ]),
            ("How we will know it is working", [
                ("table", [["Measure", "Baseline (illustrative)", "Aim by 2027"],
                           ["ASB incidents", "16,500", "Down 10%"],
                           ["Knife crime with injury", "140", "Down"],
                           ["Repeat domestic abuse victims", "36%", "Down"],
                           ["Closure orders on cuckooed properties", "12", "Up"],
                           ["Hate crime reports via third parties", "90", "Up"]]),
                ("p", "All baselines are illustrative."),
            ]),
            ("Governance and partners", [
                ("p", "The partnership board meets quarterly. Delivery groups report to it and the Mayor's office "
                      "receives our annual report."),
                ("ul", ["Sheffield City Council", "South Yorkshire Police", "South Yorkshire Fire and Rescue",
                        "NHS South Yorkshire Integrated Care Board", "Probation Service",
                        "Voluntary Action Sheffield"]),
                ("p", "Contact: safersheffield@sheffield.example"),
            ]),
        ],
    }
    return html_build(doc, root / OUT, extra_css=CSS)
