"""Safer Barnsley Partnership Plan 2024-2027 (community safety partnership).

HTML/CSS -> Chromium (Liberation Sans).  The priorities are the captions of four DASHBOARD DIALS (p6): a
CSS-drawn semicircular gauge (conic-gradient arc, needle, hub) at the left of each row with the priority in bold
beside it and a grey "Where we are now" line under it; no numbers.
"""
from pathlib import Path

from south_yorkshire.kit import E, html_build

OUT = "strategies/safer_barnsley_partnership_plan_2024-27.pdf"
PRIORITIES = [
    ("Tackling violence against women and girls", 40, "Where we are now: one in three women feel unsafe in the town centre at night (illustrative)."),
    ("Reducing anti-social behaviour and crime in our town centres", 60, "Where we are now: ASB reports in Barnsley town centre up 12% in two years (illustrative)."),
    ("Reducing drug and alcohol related harm", 30, "Where we are now: alcohol-related admissions above the England average (illustrative)."),
    ("Protecting young people from criminal exploitation", 50, "Where we are now: 85 children known to the exploitation panel (illustrative)."),
]
CSS = """
.dials { margin-top: 4mm; }
.dial { display: flex; align-items: center; gap: 7mm; padding: 4mm 0; border-bottom: 0.3mm solid #ddd; }
.g { position: relative; width: 44mm; height: 22mm; overflow: hidden; flex: none; }
.g .arc { position: absolute; left: 0; top: 0; width: 44mm; height: 44mm; border-radius: 50%;
          background: conic-gradient(from 270deg, #2e7d32 0deg 60deg, #f9a825 60deg 120deg, #c62828 120deg 180deg, transparent 180deg); }
.g .hole { position: absolute; left: 8mm; top: 8mm; width: 28mm; height: 28mm; border-radius: 50%; background: #fff; }
.g .needle { position: absolute; left: 21.5mm; bottom: 0; width: 1mm; height: 19mm; background: #222;
             transform-origin: 50% 100%; }
.g .hub { position: absolute; left: 19.5mm; bottom: -2.5mm; width: 5mm; height: 5mm; border-radius: 50%; background: #222; }
.dial .tx b { display: block; font-size: 14pt; color: #1b3a6b; line-height: 1.25; margin-bottom: 1.5mm; }
.dial .tx span { font-size: 8.5pt; color: #666; }
"""


def dials():
    out = []
    for p, pct, now in PRIORITIES:
        ang = -90 + 180 * pct / 100
        out.append(f"<div class='dial'><div class='g'><div class='arc'></div><div class='hole'></div>"
                   f"<div class='needle' style='transform: rotate({ang}deg)'></div><div class='hub'></div></div>"
                   f"<div class='tx'><b>{E(p)}</b><span>{E(now)}</span></div></div>")
    return "<div class='dials'>" + "".join(out) + "</div>"


def build(root: Path) -> Path:
    doc = {
        "title": "Safer Barnsley Partnership Plan 2024\u20132027", "org": "Safer Barnsley Partnership",
        "subtitle": "Community safety partnership plan", "colour": "#1b3a6b", "accent": "#f9a825",
        "running": "Safer Barnsley Partnership Plan 2024\u20132027", "folio": "\u2014 {n} \u2014",
        "sections": [
            ("Welcome", [
                ("p", "The Safer Barnsley Partnership is the borough's community safety partnership. It brings "
                      "together Barnsley Council, South Yorkshire Police, fire and rescue, health, probation and "
                      "the voluntary and community sector."),
                ("p", "This plan sets out our priorities for 2024 to 2027. We show each one as a dial: where the "
                      "needle sits today, and which way we want it to move."),
                ("p", "\u2013 Chair, Safer Barnsley Partnership"),
            ]),
            ("Barnsley: the picture", [
                ("p", "All figures are illustrative and are not official statistics."),
                ("stats", [("14,800", "crimes a year (illustrative)"), ("5,900", "ASB incidents (illustrative)"),
                           ("2,600", "domestic abuse crimes (illustrative)"), ("85", "children at risk of exploitation (illustrative)")]),
                ("h", "Key findings"),
                ("ul", ["Women and girls report harassment in the town centre and on public transport.",
                        "ASB is concentrated in Barnsley town centre and the larger district centres.",
                        "Alcohol-related hospital admissions remain high.",
                        "Exploitation of children is linked to county lines from outside the borough."]),
            ]),
            ("Our starting point", [
                ("h", "Priorities in our 2021\u20132024 plan"),
                ("ul", ["Tackling crime and anti-social behaviour", "Protecting vulnerable people",
                        "Building stronger communities"]),
                ("h", "What residents told us (2024 survey)"),
                ("ul", ["Deal with ASB and drug dealing where we live.", "Make the town centre feel safe at night.",
                        "Keep young people away from gangs."]),
                ("box", "The Mayor of South Yorkshire's priorities (quoted)", [
                    "Safer streets and neighbourhoods", "Tackling serious violence and exploitation",
                    "Ending violence against women and girls", "Putting victims and survivors first",
                    "Breaking the cycle of offending", "Treating people fairly and building trust"]),
            ]),
            ("Our priorities", [
                ("p", "The partnership board agreed four priorities for 2024\u20132027. Each dial shows how far we "
                      "still have to go (illustrative)."),
                ("raw", dials()),
            ]),
            ("What we will do", [
                ("h", "Women and girls"), ("ul", ["Safe spaces in the town centre.", "Bystander training for bar staff."]),
                ("h", "Town centres"), ("ul", ["Public spaces protection orders reviewed.", "Joint patrols with wardens."]),
                ("h", "Drugs and alcohol"), ("ul", ["Faster referral to treatment.", "Licensing enforcement."]),
                ("h", "Exploitation"), ("ul", ["A contextual safeguarding approach in schools.", "Return home interviews."]),
            ]),
            ("Measures", [
                ("table", [["Measure", "Baseline (illustrative)", "Aim"],
                           ["Women who feel safe in the town centre at night", "34%", "Up"],
                           ["Town centre ASB incidents", "1,900", "Down"],
                           ["Alcohol-related admissions", "1,400", "Down"],
                           ["Children safely diverted from exploitation", "40", "Up"]]),
            ]),
            ("Governance and partners", [
                ("p", "The board meets quarterly and reports to Barnsley Council's cabinet and to the Mayor."),
                ("ul", ["Barnsley Council", "South Yorkshire Police", "South Yorkshire Fire and Rescue",
                        "NHS South Yorkshire", "Probation Service", "Barnsley CVS"]),
                ("p", "Contact: saferbarnsley@barnsley.example"),
            ]),
        ],
    }
    return html_build(doc, root / OUT, font="'Liberation Sans', sans-serif", extra_css=CSS)
