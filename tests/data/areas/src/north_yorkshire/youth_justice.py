"""North Yorkshire Youth Justice Plan 2024-2025: HTML/CSS -> Chromium (DejaVu Sans, DejaVu Serif italic).

Five priorities, stated once, **chalked on a classroom blackboard** (p6, "Our priorities for 2024-25"): a dark
green board in a wooden frame with a chalk tray, the heading "This year we will focus on:" written on it and
the five priorities as chalk lines, each after a hand-drawn tick; a sticky note pinned to the corner carries
a child's comment (distractor).  Distractors: the Child First tenets (p4), the review of last year's
priorities (p5), the YJB key performance indicators (p7), the risks (p8).
"""
from north_yorkshire.kit import e, html_doc

FILE = "strategies/north_yorkshire_youth_justice_plan_2024-25.pdf"

PRIORITIES = [
    "Fewer children entering the youth justice system",
    "Reducing reoffending by children",
    "Protecting children from criminal exploitation",
    "Listening to children and acting on what they tell us",
    "Putting victims' voices at the heart of restorative justice",
]

CSS = """
.board { background: #24463a; border: 7mm solid #8a5a32; border-radius: 2mm; padding: 10mm 12mm 14mm;
         color: #f2f2ea; position: relative; margin-top: 6mm; box-shadow: inset 0 0 12mm rgba(0,0,0,.35) }
.board .hd { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 15pt; margin-bottom: 7mm;
             border-bottom: 0.4mm dashed rgba(255,255,255,.5); padding-bottom: 2mm; width: 70% }
.board .ln { display: flex; align-items: flex-start; margin: 0 0 7mm; font-size: 13.5pt; font-weight: bold;
             letter-spacing: 0.2pt }
.board .tk { width: 5mm; height: 2.6mm; border-left: 0.9mm solid #f2f2ea; border-bottom: 0.9mm solid #f2f2ea;
             transform: rotate(-45deg); margin: 1.6mm 6mm 0 0; flex: none }
.tray { height: 4mm; background: #6e4526; margin: 0 6mm; border-radius: 0 0 1mm 1mm }
.post { position: absolute; right: -4mm; top: -6mm; width: 38mm; background: #fff27a; color: #333;
        font-size: 8.5pt; padding: 3mm; transform: rotate(3deg); font-style: italic }
"""


def board():
    lines = "".join(f"<div class='ln'><span class='tk'></span><span>{e(p)}</span></div>" for p in PRIORITIES)
    return (f"<div class='board'><div class='post'>“Talk to us like we matter.” (young person, 15)</div>"
            f"<div class='hd'>This year we will focus on:</div>{lines}</div><div class='tray'></div>")


SPEC = {
    "title": "North Yorkshire Youth Justice Plan 2024–2025",
    "org": "North Yorkshire Youth Justice Service",
    "short": "North Yorkshire Youth Justice Plan 2024–2025",
    "cover_title": "Youth Justice<br>Plan 2024–2025",
    "subtitle": "North Yorkshire Youth Justice Service",
    "cover_note": "Approved by the Youth Justice Management Board. Contact: yjs@northyorks.example",
    "colour": "#24463a", "accent": "#b5651d", "folio": "Page {n}",
    "sections": [
        ("Introduction from the Chair of the Management Board", [
            ("p", "The number of children in North Yorkshire who come into the youth justice system is small and "
                  "has fallen over the last decade. But those who do often have complex lives: many have been "
                  "excluded from school, have speech and language needs or have been exploited by adults."),
            ("p", "This plan meets the Youth Justice Board's requirement for an annual plan. It sets out how "
                  "the service, the council, the police, health and probation will work together in 2024–25."),
            ("p", "Chair, North Yorkshire Youth Justice Management Board"),
        ]),
        ("Child First", [
            ("p", "Like every youth justice service, we follow the Youth Justice Board's Child First principle. "
                  "Its four tenets are:"),
            ("ul", ["See children as children", "Develop pro-social identity for positive child outcomes",
                    "Collaborate with children", "Promote diversion"]),
            ("stats", [("118", "children on statutory orders"), ("96", "first-time entrants"),
                       ("31%", "of children reoffended within a year")]),
        ]),
        ("Looking back at 2023–24", [
            ("table", [["Last year's priority", "What happened"],
                       ["Education, training and employment", "More children in full-time education at the end "
                                                              "of an order"],
                       ["Serious youth violence", "Now led with the Serious Violence Duty partnership"],
                       ["Disproportionality", "Data reviewed quarterly; work continues"],
                       ["Transitions to adult services", "A protocol agreed with Probation"]]),
            ("p", "These were the priorities of the 2023–24 plan. Two continue as areas of practice rather than "
                  "priorities this year."),
        ]),
        ("Our priorities for 2024–25", [
            ("p", "Children, staff and the management board chose these priorities together at a workshop in "
                  "March 2024."),
            ("custom", "board"),
        ]),
        ("Performance", [
            ("h", "Youth Justice Board key performance indicators"),
            ("ul", ["Suitable accommodation", "Education, training and employment",
                    "Special educational needs and disabilities", "Mental health care and emotional wellbeing",
                    "Substance misuse", "Out-of-court disposals", "Links to wider services",
                    "Management board attendance", "Serious violence", "Victims"]),
            ("p", "The board reviews these indicators every quarter alongside first-time entrants, reoffending "
                  "and the use of custody."),
        ]),
        ("Risks and governance", [
            ("table", [["Risk", "Mitigation"],
                       ["Rising exploitation cases", "Joint work with the exploitation panel"],
                       ["Staff vacancies", "Shared posts with the City of York service"],
                       ["Long distances to appointments", "Home visits and travel support"]]),
            ("p", "The Youth Justice Management Board oversees the plan and reports to North Yorkshire Council "
                  "and the Police, Fire and Crime Commissioner, who co-funds prevention work."),
        ]),
    ],
}


def build(root):
    out = root / FILE
    html_doc(SPEC, {"board": board()}, CSS, out, "youth_justice")
    return out
