"""North Yorkshire and York Domestic Abuse Strategy 2024-2028: HTML/CSS -> Chromium (DejaVu Sans).

Five priorities, stated once, as the stones of a **cairn** (p6, "Building our cairn"): five irregular rounded
stones of decreasing width stacked on a hillside, the priority in white bold inside each (the base stone is the
first priority, so pdftotext reads them top stone first); a caption below explains the cairn.  Distractors: the
statutory definition and survivors' words (p4), the national strategy's aims and our principles (p5), the
delivery themes (p7), the outcomes (p8).
"""
from north_yorkshire.kit import e, html_doc

FILE = "strategies/north_yorkshire_and_york_domestic_abuse_strategy_2024-28.pdf"

PRIORITIES = [  # base stone first
    "Recognising domestic abuse early and responding well",
    "Safe accommodation and specialist support for every survivor",
    "Holding perpetrators to account and changing behaviour",
    "Children and young people affected by domestic abuse",
    "Tackling stalking and harassment",
]
WIDTHS = [150, 136, 120, 104, 86]
TONES = ["#4a4f57", "#5d6470", "#6f6470", "#566b66", "#7a6e5d"]

CSS = """
.cairn { position: relative; height: 175mm; margin-top: 4mm;
         background: linear-gradient(#ffffff 0 80%, #d9e4cf 80% 100%) }
.stack { position: absolute; bottom: 22mm; left: 0; right: 0; display: flex; flex-direction: column;
         align-items: center }
.stone { color: #fff; font-weight: bold; font-size: 11.5pt; line-height: 1.25; text-align: center;
         padding: 5mm 9mm; margin-top: -1.5mm; border-radius: 48% 52% 45% 55% / 55% 50% 50% 45% }
.cap { font-size: 9pt; color: #555; font-style: italic; text-align: center; margin-top: 3mm }
"""


def cairn():
    stones = ""
    for i in reversed(range(5)):
        stones += (f"<div class='stone' style='width:{WIDTHS[i]}mm;background:{TONES[i]}'>"
                   f"{e(PRIORITIES[i])}</div>")
    return (f"<div class='cairn'><div class='stack'>{stones}</div></div><p class='cap'>Walkers on the fells add "
            "a stone to a cairn to mark the way for those who follow. Each stone is one of our priorities; the "
            "first is the foundation for the rest.</p>")


SPEC = {
    "title": "North Yorkshire and York Domestic Abuse Strategy 2024–2028",
    "org": "North Yorkshire and York Domestic Abuse Local Partnership Board",
    "short": "Domestic Abuse Strategy 2024–2028",
    "cover_title": "Domestic Abuse<br>Strategy 2024–2028",
    "subtitle": "North Yorkshire and York",
    "cover_note": "If you are in danger call 999. Helpline details: support@ida-northyorks.example",
    "colour": "#4b3b6b", "accent": "#5d7a4c", "folio": "{n} of 8",
    "sections": [
        ("Foreword", [
            ("p", "Domestic abuse happens in every community in North Yorkshire and York, in isolated farmhouses "
                  "as well as city streets. It is often hidden for years, and in rural areas survivors can be "
                  "many miles from the nearest help."),
            ("p", "This strategy is the Domestic Abuse Local Partnership Board's plan for the next four years. "
                  "It meets the duties of the Domestic Abuse Act 2021 for both North Yorkshire Council and City "
                  "of York Council, and it was shaped by survivors, specialist services, the police, health, "
                  "housing and schools."),
            ("p", "We want every survivor to be believed, protected and supported, and every perpetrator to be "
                  "challenged."),
            ("p", "Joint Chairs, Domestic Abuse Local Partnership Board"),
        ]),
        ("Understanding domestic abuse here", [
            ("p", "The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between people aged "
                  "16 or over who are personally connected. It includes physical, sexual, economic, "
                  "psychological and emotional abuse, and controlling or coercive behaviour."),
            ("stats", [("16,200", "domestic abuse incidents reported to police"), ("1 in 6", "recorded crimes"),
                       ("410", "families supported in safe accommodation")]),
            ("h", "What survivors told us"),
            ("ul", ["“It took me years to know it was abuse.”",
                    "“The refuge was sixty miles from my children's school.”",
                    "“Nobody asked him to change; everyone asked me to leave.”"]),
        ]),
        ("The national picture and our principles", [
            ("h", "The national Tackling Domestic Abuse Plan"),
            ("p", "The national plan has four aims, which we share but which are not our local priorities:"),
            ("ul", ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
                    "A stronger system"]),
            ("h", "Our principles"),
            ("ul", ["Survivor-led: services are shaped by people with lived experience.",
                    "Inclusive: older people, disabled people, men and LGBT+ survivors are reached.",
                    "Rural-proofed: services work for people far from towns.",
                    "Trauma-informed in every agency."]),
        ]),
        ("Building our cairn: our priorities", [
            ("p", "The board has five priorities for 2024–2028."),
            ("custom", "cairn"),
        ]),
        ("How we will deliver", [
            ("table", [["Theme", "What we will do", "Lead"],
                       ["Early response", "Routine enquiry in GP practices and maternity; Operation Encompass "
                                         "for every school", "NHS, councils"],
                       ["Accommodation", "Dispersed refuge units in Scarborough, Harrogate and York; sanctuary "
                                         "scheme", "Councils"],
                       ["Perpetrators", "A behaviour change programme and Drive-style case work for high-harm "
                                        "perpetrators", "PFCC, Probation"],
                       ["Children", "Therapeutic groups for children; Operation Encompass",
                        "Children's services"],
                       ["Stalking", "A stalking advocate and a multi-agency stalking clinic", "Police, PFCC"]]),
            ("p", "Actions are updated every year in a separate delivery plan."),
        ]),
        ("Outcomes and governance", [
            ("h", "Outcomes we want by 2028"),
            ("ul", ["More survivors identified at first contact with any service.",
                    "No survivor turned away from safe accommodation for lack of space.",
                    "Fewer repeat perpetrators.",
                    "Children say they feel safe at home and at school."]),
            ("p", "The board reports annually to both councils and to the Police, Fire and Crime Commissioner, "
                  "and publishes its safe accommodation needs assessment every three years."),
        ]),
    ],
}


def build(root):
    out = root / FILE
    html_doc(SPEC, {"cairn": cairn()}, CSS, out, "domestic_abuse")
    return out
