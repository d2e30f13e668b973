"""Sheffield Domestic and Sexual Abuse Strategy 2024-2028.

HTML/CSS -> Chromium (DejaVu Sans, DejaVu Serif on the cards).  The priorities are the bold serif messages
of four POSTCARDS stacked down p6, "Postcards of hope": each card has a message half (priority, then one
sentence), a dividing line, a drawn stamp with a wavy franking mark and three address lines lower on the right.
"""
from pathlib import Path

from south_yorkshire.kit import E, html_build

OUT = "strategies/sheffield_domestic_and_sexual_abuse_strategy_2024-28.pdf"
PRIORITIES = [
    ("Preventing domestic and sexual abuse before it starts", "Healthy relationships education, and challenging attitudes that excuse abuse."),
    ("Recognising and responding to abuse earlier", "Every professional able to spot abuse, ask about it and act."),
    ("Safe accommodation and specialist support for adults and children", "Refuges, dispersed housing and sanctuary schemes, with advocates for every survivor."),
    ("Holding perpetrators to account and supporting them to change", "Justice for survivors, and programmes that change behaviour."),
]
CSS = """
.pc { position: relative; height: 47mm; margin: 0 0 4mm; background: #fffaf0; border: 0.3mm solid #c8b99a;
      border-right: 1mm solid #ddd; border-bottom: 1mm solid #ddd; }
.pc .msg { position: absolute; left: 6mm; top: 5mm; width: 92mm; }
.pc .msg b { display: block; font-family: 'DejaVu Serif', serif; font-size: 13pt; color: #5b1f66; line-height: 1.25;
             margin-bottom: 2mm; }
.pc .msg span { font-size: 8.5pt; color: #444; }
.pc .div { position: absolute; left: 104mm; top: 5mm; bottom: 5mm; border-left: 0.3mm solid #c8b99a; }
.pc .stamp { position: absolute; right: 6mm; top: 5mm; width: 18mm; height: 22mm; border: 1mm dotted #999;
             background: #7d3f94; }
.pc .frank { position: absolute; right: 22mm; top: 9mm; width: 22mm; height: 12mm;
             border-top: 0.5mm solid #777; border-bottom: 0.5mm solid #777; border-radius: 50%; }
.pc .addr { position: absolute; left: 110mm; right: 6mm; top: 31mm; font-size: 8pt; color: #777; }
.pc .addr div { border-bottom: 0.3mm solid #bbb; height: 4.5mm; }
"""


def cards():
    return "".join(f"<div class='pc'><div class='msg'><b>{E(p)}</b><span>{E(s)}</span></div><div class='div'></div>"
                   f"<div class='stamp'></div><div class='frank'></div>"
                   f"<div class='addr'><div>To: everyone in Sheffield</div><div></div></div></div>"
                   for p, s in PRIORITIES)


def build(root: Path) -> Path:
    doc = {
        "title": "Domestic and Sexual Abuse Strategy 2024\u20132028", "org": "Sheffield Domestic and Sexual Abuse Partnership Board",
        "subtitle": "Sheffield's strategy under the Domestic Abuse Act 2021", "colour": "#5b1f66", "accent": "#f2c14e",
        "running": "Sheffield Domestic and Sexual Abuse Strategy 2024\u20132028", "folio": "Page {n}",
        "sections": [
            ("Foreword", [
                ("p", "Domestic and sexual abuse touches every community in Sheffield. This strategy sets out how the "
                      "partnership board will prevent it, respond to it and support everyone affected, adults and "
                      "children alike. It also meets the council's duty under Part 4 of the Domestic Abuse Act 2021 "
                      "to publish a strategy for support in safe accommodation."),
                ("p", "Survivors helped write it. Their words appear throughout, and we asked them to write our "
                      "priorities as postcards to the city."),
                ("p", "\u2013 Independent Chair, Sheffield Domestic and Sexual Abuse Partnership Board"),
            ]),
            ("The picture in Sheffield", [
                ("p", "Figures are illustrative and not official statistics."),
                ("stats", [("9,800", "domestic abuse incidents (illustrative)"), ("1,450", "sexual offences (illustrative)"),
                           ("620", "households in safe accommodation (illustrative)"), ("2,900", "children affected (illustrative)")]),
                ("h", "What survivors told us"),
                ("ul", ["\u201cI told three people before anyone did anything.\u201d",
                        "\u201cThe refuge saved my life, but I waited weeks for a place.\u201d",
                        "\u201cHe was never made to change.\u201d"]),
            ]),
            ("National and local context", [
                ("h", "The national Tackling Domestic Abuse Plan's four pillars"),
                ("ul", ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"]),
                ("h", "Our 2019\u20132023 strategy's aims"),
                ("ul", ["Early intervention", "Safety and support", "Justice"]),
                ("h", "Principles"),
                ("ul", ["Survivor-led", "Trauma-informed", "Children are victims in their own right",
                        "Inclusive of all communities"]),
            ]),
            ("Our priorities: postcards of hope", [
                ("p", "The board agreed four priorities for 2024\u20132028."),
                ("raw", cards()),
            ]),
            ("Delivery", [
                ("table", [["Workstream", "Example actions"],
                           ["Prevent", "Healthy relationships lessons in every secondary school"],
                           ["Respond", "Routine enquiry in health settings; IDVAs in hospitals"],
                           ["Support", "New refuge spaces; sanctuary schemes; children's workers"],
                           ["Change", "Perpetrator programme; Domestic Violence Protection Orders"]]),
                ("p", "A skilled, confident workforce underpins every priority."),
            ]),
            ("Outcomes", [
                ("table", [["Outcome", "Indicator (illustrative baseline)"],
                           ["Fewer repeat victims", "Repeat MARAC cases 35%"],
                           ["Survivors safely housed", "Refuge refusals for lack of space 210"],
                           ["More perpetrators challenged", "Programme starts 120"]]),
            ]),
            ("Governance", [
                ("p", "The board reports to the Safer Sheffield Partnership and the council's Health and Wellbeing "
                      "Board. The Mayor of South Yorkshire co-commissions victim services."),
                ("p", "Help is available 24 hours a day: helpline@sheffield-dsa.example"),
            ]),
        ],
    }
    return html_build(doc, root / OUT, extra_css=CSS)
