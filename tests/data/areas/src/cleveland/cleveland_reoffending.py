"""Cleveland Reducing Reoffending Partnership Strategy 2024-2027: reportlab report (DejaVu Sans Condensed,
Liberation Serif headings).

Five priorities, stated once, on p6 as **steel I-beams in a frame** "Built to last": two drawn steel columns
with base plates, and five horizontal I-beams between them, each with darker top and bottom flanges, bolts at
both ends and the priority in white bold on the web (one or two lines); a grey "Foundation" slab under the
frame names the partnership's values (not priorities).  The previous strategy's themes (p4), the seven
resettlement pathways (p5), the task group names (p7) and the measures (p8) are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from cleveland.work import rl_build, rl_styles

FILE = "strategies/cleveland_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Cleveland Reducing Reoffending Partnership Strategy 2024–2027"

REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
C1, C2, C3 = hexc("#37474F"), hexc("#B5472C"), hexc("#ECEFF1")
ST = rl_styles(REG, BOLD, SBOLD, C1, C2, C3, width=W - 40 * mm,
               fills=[C1, C2, hexc("#546E7A"), hexc("#8D3A25"), hexc("#455A64"), hexc("#6D4C41")])

PRIORITIES = [
    "Managing prolific offenders together through Integrated Offender Management",
    "A settled home for everyone leaving prison",
    "Jobs, training and skills for people with convictions",
    "Changing the behaviour of people who commit domestic abuse",
    "Supporting women in contact with the criminal justice system",
]
beam_st = ParagraphStyle("beam", fontName=BOLD, fontSize=11.5, leading=14, alignment=TA_CENTER,
                         textColor=colors.white)


class SteelFrame(Flowable):
    def __init__(self):
        super().__init__()
        self.h = 165 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        aw, h = self.aw, self.h
        c.saveState()
        steel, dark = hexc("#607D8B"), hexc("#37474F")
        base = 18 * mm
        c.setFillColor(hexc("#BDBDBD"))
        c.rect(0, 0, aw, 12 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#424242"))
        c.setFont(REG, 8.5)
        c.drawCentredString(aw / 2, 4.5 * mm, "Foundation: shared data · a trusted relationship · a whole-system approach")
        colw = 10 * mm
        for x in (0, aw - colw):
            c.setFillColor(dark)
            c.rect(x, base, colw, h - base, stroke=0, fill=1)
            c.setFillColor(steel)
            c.rect(x + 3 * mm, base, colw - 6 * mm, h - base, stroke=0, fill=1)
            c.setFillColor(hexc("#263238"))
            c.rect(x - 3 * mm, 12 * mm, colw + 6 * mm, base - 12 * mm, stroke=0, fill=1)
        n = len(PRIORITIES)
        gap = (h - base - 6 * mm) / n
        bw = aw - 2 * colw
        for i, text in enumerate(PRIORITIES):
            y = h - (i + 1) * gap
            bh = gap - 7 * mm
            fl = 2.6 * mm
            c.setFillColor(dark)
            c.rect(colw, y, bw, fl, stroke=0, fill=1)
            c.rect(colw, y + bh - fl, bw, fl, stroke=0, fill=1)
            c.setFillColor(C2 if i % 2 == 0 else hexc("#8D3A25"))
            c.rect(colw + 4 * mm, y + fl, bw - 8 * mm, bh - 2 * fl, stroke=0, fill=1)
            c.setFillColor(hexc("#CFD8DC"))
            for bx in (colw + 2 * mm, colw + bw - 2 * mm):
                for by in (y + bh * 0.35, y + bh * 0.65):
                    c.circle(bx, by, 1.1 * mm, stroke=0, fill=1)
            p = Paragraph(text, beam_st)
            _, ph = p.wrap(bw - 24 * mm, bh)
            p.drawOn(c, colw + 12 * mm, y + bh / 2 - ph / 2)
        c.restoreState()


def sections():
    return [
        ("fw", "Foreword", [
            ("p", "Most crime in Cleveland is committed by people who have offended before. Helping them stop is one "
                  "of the surest ways to protect the public and to cut the number of victims."),
            ("p", "The Cleveland Reducing Reoffending Partnership brings together the Probation Service, Cleveland "
                  "Police, the Police and Crime Commissioner, HMP Holme House and HMP Kirklevington Grange, the four "
                  "councils, the NHS, Jobcentre Plus and voluntary organisations."),
            ("p", "<b>Chair, Cleveland Reducing Reoffending Partnership</b>"),
        ]),
        ("ctx", "Reoffending in Cleveland", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("27%", "proven reoffending rate for adults"), ("2,300", "people released from prison a year"),
                       ("14%", "released with no settled home"), ("260", "people in the IOM cohort"),
                       ("21%", "in work six weeks after release"), ("340", "women on probation")]),
            ("h2", "Our previous strategy"),
            ("p", "The 2021–2024 strategy worked under three themes: Accommodation first; Health and recovery; and "
                  "Working together. This strategy keeps their spirit but sets sharper priorities."),
        ]),
        ("path", "The resettlement pathways", [
            ("p", "Our work is organised around the national resettlement pathways, which describe what people need "
                  "to stop offending."),
            ("box", "The seven pathways", [
                "Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]),
            ("p", "The IOM cohort is split into fixed, flex and free groups, as in the national IOM strategy."),
        ]),
        ("pri", "Built to last: our priorities", [
            ("p", "The partnership has agreed five priorities for 2024 to 2027. Together they form the frame on "
                  "which everything else rests."),
            ("custom", [Spacer(1, 6), SteelFrame()]),
        ]),
        ("del", "Task groups", [
            ("p", "Each priority is led by a task group. Their main actions for 2024/25 are below."),
            ("table", [["Task group", "Main actions", "Lead"],
                       ["IOM", "A shared police and probation caseload; drug testing on arrest", "Probation, police"],
                       ["Housing", "Housing advice 12 weeks before release; a move-on fund", "Councils"],
                       ["Employment", "Employment hubs in the prison; employer pledges", "Jobcentre Plus"],
                       ["Perpetrators", "Building Better Relationships; a high-harm perpetrator unit", "Probation, PCC"],
                       ["Women", "A women's centre in Middlesbrough; women-only reporting", "Probation"]],
             [0.2, 0.58, 0.22]),
        ]),
        ("gov", "Measures and governance", [
            ("p", "The partnership reports to the Cleveland Local Criminal Justice Board and to the Police and Crime "
                  "Commissioner."),
            ("table", [["Measure", "Baseline", "Direction"], ["IOM cohort reoffending", "52%", "Down"],
                       ["Settled home on release", "86%", "Up"], ["In work six weeks after release", "21%", "Up"],
                       ["Perpetrator programme completions", "140", "Up"]], [0.55, 0.2, 0.25]),
            ("note", "Baselines are illustrative. Contact: rrp@cleveland.example"),
        ]),
    ]


def cover(c, doc):
    c.saveState()
    c.setFillColor(C1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(C2)
    for k in range(3):
        c.rect(0, 60 * mm + k * 12 * mm, W, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "CLEVELAND REDUCING REOFFENDING PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(20 * mm, 170 * mm, "Reducing Reoffending")
    c.drawString(20 * mm, 156 * mm, "Strategy")
    c.setFont(SREG, 18)
    c.drawString(20 * mm, 140 * mm, "2024–2027")
    c.restoreState()


def header(c, doc):
    c.saveState()
    c.setFont(REG, 7.5)
    c.setFillColor(hexc("#777777"))
    c.drawRightString(W - 20 * mm, H - 12 * mm, TITLE)
    c.setFillColor(C2)
    c.setFont(BOLD, 9)
    c.drawString(20 * mm, 10 * mm, f"[ {doc.page} ]")
    c.restoreState()


def contents_line(text, page):
    return ContentsLine(text, page, REG, 11, C1, leader=True, gap=14)


def build(root):
    out = root / FILE
    rl_build(out, TITLE, "Cleveland Reducing Reoffending Partnership", sections, ST, cover, header, contents_line)
    return out
