"""Humberside Reducing Reoffending Board: Reducing Reoffending Strategy 2024-2027: reportlab report
(DejaVu Sans, Liberation Serif headings).

Four priorities, stated once, on p6 as **a hand of four playing cards** "Four aces: the priorities we will
play": four drawn cards in a 2 x 2 layout, each white with a rounded border, a corner index (a large "A"
and a suit symbol, repeated upside down in the opposite corner), a pale suit symbol in the middle and the
priority in bold across the centre of the card (three or four lines), with a small grey "Lead: ..." line.
The corner indices, suits and leads are not priorities.  The previous strategy's themes (p4), the seven
resettlement pathways and the IOM cohorts (p5), the task group names (p7) and the measures (p8) are
distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from humberside.work import rl_build, rl_styles

FILE = "strategies/humberside_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Humberside Reducing Reoffending Strategy 2024–2027"

REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
C1, C2, C3 = hexc("#263B2E"), hexc("#A0302B"), hexc("#EEF2EE")
ST = rl_styles(REG, BOLD, SBOLD, C1, C2, C3, width=W - 40 * mm,
               fills=[C1, C2, hexc("#3C5A45"), hexc("#7B2D26"), hexc("#4A4A4A"), hexc("#5E6B3C")])

PRIORITIES = [
    ("Managing the most prolific offenders together through Integrated Offender Management", "\u2660",
     "Lead: Probation and Humberside Police"),
    ("A home to go to for everyone leaving prison", "\u2665", "Lead: the four housing authorities"),
    ("Work, training and skills for people with convictions", "\u2666", "Lead: Jobcentre Plus"),
    ("A whole-system approach for women in the justice system", "\u2663", "Lead: Probation"),
]
card_st = ParagraphStyle("card", fontName=BOLD, fontSize=12.5, leading=16, alignment=TA_CENTER, textColor=C1)


class Hand(Flowable):
    def __init__(self):
        super().__init__()
        self.h = 182 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def card(self, c, x, y, cw, ch, text, suit, lead):
        red = suit in ("\u2665", "\u2666")
        ink = C2 if red else hexc("#1E1E1E")
        c.setFillColor(hexc("#CFCFCF"))
        c.roundRect(x + 1.5 * mm, y - 1.5 * mm, cw, ch, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setStrokeColor(hexc("#9E9E9E"))
        c.setLineWidth(0.7)
        c.roundRect(x, y, cw, ch, 4 * mm, stroke=1, fill=1)
        c.setFillColor(ink)
        c.setFont(BOLD, 16)
        c.drawCentredString(x + 7 * mm, y + ch - 10 * mm, "A")
        c.setFont(REG, 13)
        c.drawCentredString(x + 7 * mm, y + ch - 16 * mm, suit)
        c.saveState()
        c.translate(x + cw - 7 * mm, y + 10 * mm)
        c.rotate(180)
        c.setFont(BOLD, 16)
        c.drawCentredString(0, 0, "A")
        c.setFont(REG, 13)
        c.drawCentredString(0, -6 * mm, suit)
        c.restoreState()
        c.setFillColor(colors.Color(ink.red, ink.green, ink.blue, alpha=0.10))
        c.setFont(REG, 120)
        c.drawCentredString(x + cw / 2, y + ch / 2 - 14 * mm, suit)
        para = Paragraph(text, card_st)
        _, ph = para.wrap(cw - 20 * mm, ch)
        para.drawOn(c, x + 10 * mm, y + ch / 2 - ph / 2 + 4 * mm)
        c.setFillColor(hexc("#6B6B6B"))
        c.setFont(REG, 7.5)
        c.drawCentredString(x + cw / 2, y + ch / 2 - ph / 2 - 4 * mm, lead)

    def draw(self):
        c = self.canv
        aw = self.aw
        c.saveState()
        c.setFillColor(hexc("#2F5D3A"))
        c.roundRect(0, 0, aw, self.h, 6 * mm, stroke=0, fill=1)  # the baize
        cw, ch = 74 * mm, 82 * mm
        gx = (aw - 2 * cw) / 3
        for k, (text, suit, lead) in enumerate(PRIORITIES):
            col, row = k % 2, k // 2
            x = gx + col * (cw + gx)
            y = self.h - 6 * mm - (row + 1) * ch - row * 6 * mm
            self.card(c, x, y, cw, ch, text, suit, lead)
        c.restoreState()


def sections():
    return [
        ("fw", "Foreword", [
            ("p", "Most crime in Humberside is committed by a small number of people who have offended before. "
                  "Helping them to stop is one of the surest ways to protect the public and reduce the number of "
                  "victims."),
            ("p", "The Humberside Reducing Reoffending Board is a sub-group of the Humberside Local Criminal Justice "
                  "Board. Its members are the Probation Service, Humberside Police, the Police and Crime "
                  "Commissioner, HMP Hull and HMP Humber, the four councils, the NHS, Jobcentre Plus and the "
                  "voluntary sector."),
            ("p", "<b>Chair, Humberside Reducing Reoffending Board</b>"),
        ]),
        ("ctx", "Reoffending in Humberside", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("26%", "proven reoffending rate for adults"), ("2,700", "people released from prison a year"),
                       ("13%", "released with no settled home"), ("310", "people in the IOM cohort"),
                       ("19%", "in work six weeks after release"), ("390", "women on probation")]),
            ("h2", "Our previous strategy"),
            ("p", "The 2021–2024 strategy worked under three themes: Housing first; Health and recovery; and "
                  "Working as one system. This strategy keeps their spirit but sets sharper priorities."),
        ]),
        ("path", "The resettlement pathways", [
            ("p", "Our work is organised around the national resettlement pathways, which describe what people need "
                  "to stop offending."),
            ("box", "The seven pathways", [
                "Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]),
            ("p", "The IOM cohort is split into fixed, flex and free groups, as in the national IOM strategy. Drug "
                  "and alcohol treatment for people on probation is led by the combating drugs partnerships, and "
                  "changing the behaviour of domestic abuse perpetrators by the domestic abuse partnerships."),
        ]),
        ("pri", "Four aces: the priorities we will play", [
            ("p", "The board has agreed four priorities for 2024 to 2027. We think of them as the four aces in our "
                  "hand: the cards that make the most difference when we play them together."),
            ("custom", [Spacer(1, 4), Hand()]),
        ]),
        ("del", "Task groups", [
            ("p", "Each priority is led by a task group. Their main actions for 2024/25 are below."),
            ("table", [["Task group", "Main actions", "Lead"],
                       ["IOM", "A shared police and probation caseload in each council area", "Probation, police"],
                       ["Housing", "Housing advice 12 weeks before release; a move-on fund", "Councils"],
                       ["Employment", "Employment hubs in HMP Hull and HMP Humber; employer pledges", "Jobcentre Plus"],
                       ["Women", "A women's centre in Hull; women-only reporting in Grimsby", "Probation"]],
             [0.2, 0.58, 0.22]),
        ]),
        ("gov", "Measures and governance", [
            ("p", "The board reports to the Local Criminal Justice Board and to the Police and Crime Commissioner."),
            ("table", [["Measure", "Baseline", "Direction"], ["IOM cohort reoffending", "49%", "Down"],
                       ["Settled home on release", "87%", "Up"], ["In work six weeks after release", "19%", "Up"],
                       ["Women diverted from custody", "60", "Up"]], [0.55, 0.2, 0.25]),
            ("note", "Baselines are illustrative. Contact: reoffending@humberside-cjb.example"),
        ]),
    ]


def cover(c, doc):
    c.saveState()
    c.setFillColor(C1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(C2)
    c.rect(0, 0, 14 * mm, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(24 * mm, H - 24 * mm, "HUMBERSIDE REDUCING REOFFENDING BOARD")
    c.setFont(SBOLD, 32)
    c.drawString(24 * mm, 172 * mm, "Reducing Reoffending")
    c.drawString(24 * mm, 158 * mm, "Strategy")
    c.setFont(SREG, 18)
    c.drawString(24 * mm, 142 * mm, "2024–2027")
    c.restoreState()


def header(c, doc):
    c.saveState()
    c.setFont(REG, 7.5)
    c.setFillColor(hexc("#777777"))
    c.drawString(20 * mm, H - 12 * mm, TITLE)
    c.setFillColor(C2)
    c.setFont(BOLD, 9)
    c.drawRightString(W - 20 * mm, 10 * mm, f"— {doc.page} —")
    c.restoreState()


def contents_line(text, page):
    return ContentsLine(text, page, REG, 11, C1, leader=True, gap=15)


def build(root):
    out = root / FILE
    rl_build(out, TITLE, "Humberside Reducing Reoffending Board", sections, ST, cover, header, contents_line)
    return out
