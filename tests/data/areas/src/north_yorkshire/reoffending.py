"""North Yorkshire and York Reducing Reoffending Strategy 2024-2027: reportlab report (DejaVu Sans).

Five priorities, stated once, as **drawn keys on a key ring** (p6, "Five keys to a life without crime"): each
key has a round bow with a number in it ("1"-"5"), a long shaft holding the priority in bold (long ones wrap
over two lines) and bitted teeth at the end; the keys hang one under another from a drawn ring.  Distractors:
the seven reducing reoffending pathways and the IOM cohorts (p5), the previous strategy's themes (p5), the
delivery table (p7), the measures (p8).
"""
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from north_yorkshire.kit import rl_doc

FILE = "strategies/north_yorkshire_and_york_reducing_reoffending_strategy_2024-27.pdf"

PRIORITIES = [
    "Managing prolific offenders through Integrated Offender Management",
    "A home for everyone leaving prison",
    "Routes into education, training and work",
    "Changing the behaviour of domestic abuse perpetrators",
    "Women-centred support for women in contact with the justice system",
]
TONES = ["#b08d2f", "#8c8f94", "#a0672f", "#6f7f8f", "#9a7b3d"]


class Keys(Flowable):
    def __init__(self):
        super().__init__()
        self.width, self.height = 174 * mm, 175 * mm

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#777777"))
        c.setLineWidth(2)
        c.circle(14 * mm, self.height - 10 * mm, 8 * mm, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(1)
        c.line(14 * mm, self.height - 18 * mm, 14 * mm, self.height - 34 * mm - 4 * 31 * mm + 9 * mm)
        for i, text in enumerate(PRIORITIES):
            y = self.height - 34 * mm - i * 31 * mm
            col = colors.HexColor(TONES[i])
            c.setFillColor(col)
            c.circle(14 * mm, y, 10 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.circle(14 * mm, y + 6.5 * mm, 1.8 * mm, stroke=0, fill=1)
            c.setFont("DejaVuSans-Bold", 13)
            c.drawCentredString(14 * mm, y - 3 * mm, str(i + 1))
            c.setFillColor(col)
            c.rect(23 * mm, y - 8 * mm, 132 * mm, 16 * mm, stroke=0, fill=1)
            # teeth
            for k, h in enumerate([6, 9, 5, 8]):
                c.rect((155 + k * 4) * mm, y - 8 * mm - 0 * mm, 4 * mm, (16 - (9 - h)) * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DejaVuSans-Bold", 10.5)
            lines = simpleSplit(text, "DejaVuSans-Bold", 10.5, 126 * mm)
            ty = y + (1.5 if len(lines) == 1 else 4.5) * mm - 3
            for ln in lines:
                c.drawString(27 * mm, ty, ln)
                ty -= 13


SPEC = {
    "title": "North Yorkshire and York Reducing Reoffending Strategy 2024–2027",
    "org": "North Yorkshire and York Reducing Reoffending Board",
    "short": "Reducing Reoffending Strategy 2024–2027",
    "cover_title": "Reducing Reoffending<br>Strategy 2024–2027",
    "subtitle": "North Yorkshire and York",
    "cover_note": "A subgroup of the Local Criminal Justice Board. Contact: reoffending@lcjb-northyorks.example",
    "colour": "#3d3d3d", "accent": "#b08d2f", "folio": "[ {n} ]",
    "sections": [
        ("Foreword", [
            ("p", "Most crime in North Yorkshire and York is committed by people who have offended before. "
                  "Helping them stop is one of the surest ways to protect the public and reduce the number of "
                  "victims."),
            ("p", "This strategy is the Reducing Reoffending Board's plan for 2024–2027. The board is a subgroup "
                  "of the Local Criminal Justice Board and brings together the Probation Service, the police, "
                  "HMP Askham Grange and other prisons that release people to the area, councils, health, "
                  "Jobcentre Plus and the voluntary sector."),
            ("p", "Chair, Reducing Reoffending Board"),
        ]),
        ("The picture locally", [
            ("stats", [("24%", "adult proven reoffending rate"), ("1,050", "people released from prison a year"),
                       ("1 in 7", "released without settled accommodation")]),
            ("table", [["Group (illustrative)", "Reoffending rate"],
                       ["Short custodial sentences", "55%"], ["Community orders", "31%"],
                       ["Women", "19%"], ["IOM cohort (before IOM)", "74%"]]),
            ("p", "Prolific acquisitive offending, often linked to drugs, drives much of the demand, and domestic "
                  "abuse perpetrators make up a growing share of the probation caseload."),
        ]),
        ("National frameworks and our last strategy", [
            ("h", "The reducing reoffending pathways"),
            ("ul", ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                    "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]),
            ("h", "Integrated Offender Management cohorts"),
            ("p", "The national IOM strategy defines a fixed cohort (neighbourhood crime), a flex cohort (local "
                  "priorities) and a free cohort (local discretion)."),
            ("h", "Themes of our 2021–2024 strategy"),
            ("p", "Accommodation; Employment; Substance misuse; Women. These are shown for reference only."),
        ]),
        ("Five keys to a life without crime: our priorities", [
            ("p", "The board has chosen five priorities for 2024–2027, each a key that unlocks change."),
            ("custom", "keys"),
        ]),
        ("Delivering the strategy", [
            ("table", [["Priority", "Main actions", "Lead"],
                       ["1", "Fixed and flex IOM cohorts reviewed monthly; drug testing on arrest", "Police, Probation"],
                       ["2", "Duty to refer before release; a tenancy-ready scheme", "Councils"],
                       ["3", "Employment hubs and prison leaver job fairs", "DWP, Probation"],
                       ["4", "Accredited programmes and a Drive-style scheme for high-harm cases",
                        "Probation, PFCC"],
                       ["5", "A women's centre offer in York and Scarborough", "VCS, Probation"]]),
        ]),
        ("Measures and governance", [
            ("table", [["Measure", "Baseline (illustrative)"],
                       ["IOM cohort reoffending", "74% before IOM"],
                       ["Settled accommodation on release", "86%"],
                       ["In work six weeks after release", "21%"],
                       ["Perpetrators completing a programme", "140 a year"],
                       ["Women reoffending", "19%"]]),
            ("p", "The board meets quarterly and reports to the Local Criminal Justice Board, chaired by the "
                  "Police, Fire and Crime Commissioner."),
        ]),
    ],
}


def build(root):
    out = root / FILE
    rl_doc(SPEC, {"keys": Keys()}, out)
    return out
