"""Humber Violence Prevention Partnership: Serious Violence Duty Strategy 2024-2029: reportlab report
(DejaVu Sans Condensed, Liberation Serif headings).

Four priorities, stated once, on p6 as **a small fleet of sailing boats** "Four crews, one tide": four drawn
dinghies on a wavy estuary in a 2 x 2 arrangement, each with a hull, a mast, a small jib and a large
mainsail; the priority is written in bold on the mainsail (one to six short lines, in the wide lower part of
the sail), and a sail number ("HV 1" ...) is printed on the hull.  pdftotext reads the two boats of each row side
by side or one after the other.  The definition and specified authorities (p4), the key findings, the Home
Office success measures and the "5 Cs" (p5), the sail numbers, the intervention titles (p7) and the local
measures (p8) are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from humberside.work import rl_build, rl_styles

FILE = "strategies/humber_violence_prevention_partnership_serious_violence_strategy_2024-29.pdf"
TITLE = "Humber Violence Prevention Partnership: Serious Violence Duty Strategy 2024–2029"

REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
C1, C2, C3 = hexc("#0E3B5C"), hexc("#D35400"), hexc("#EAF0F5")
ST = rl_styles(REG, BOLD, SBOLD, C1, C2, C3, width=W - 40 * mm,
               fills=[C1, C2, hexc("#1A6E8E"), hexc("#7E3B11"), hexc("#2C5F2D"), hexc("#5D4C8C")])

PRIORITIES = [
    "Reducing knife crime and serious violence in the places it is most concentrated",
    "Protecting young people from criminal exploitation and county lines",
    "Making the night-time economy safer",
    "Building a trauma-informed workforce across the partnership",
]
sail_st = ParagraphStyle("sail", fontName=BOLD, fontSize=10, leading=12.2, alignment=TA_LEFT, textColor=C1)


class Fleet(Flowable):
    def __init__(self):
        super().__init__()
        self.h = 180 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def boat(self, c, x, y, text, k):
        bw, mh = 74 * mm, 72 * mm
        # hull
        p = c.beginPath()
        p.moveTo(x, y + 8 * mm)
        p.lineTo(x + bw, y + 8 * mm)
        p.lineTo(x + bw - 10 * mm, y)
        p.lineTo(x + 8 * mm, y)
        p.close()
        c.setFillColor(C1)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 8)
        c.drawString(x + 14 * mm, y + 2.6 * mm, f"HV {k}")
        mast = x + 14 * mm
        c.setStrokeColor(hexc("#5D4037"))
        c.setLineWidth(1.6)
        c.line(mast, y + 8 * mm, mast, y + 8 * mm + mh + 4 * mm)
        base = y + 11 * mm
        # jib
        c.setFillColor(hexc("#F6DDCC"))
        c.setStrokeColor(hexc("#BCA89A"))
        c.setLineWidth(0.5)
        q = c.beginPath()
        q.moveTo(mast - 1 * mm, base)
        q.lineTo(mast - 1 * mm, base + mh - 6 * mm)
        q.lineTo(x + 1 * mm, base)
        q.close()
        c.drawPath(q, stroke=1, fill=1)
        # mainsail
        sw = bw - 18 * mm
        c.setFillColor(hexc("#FFFDF7"))
        s = c.beginPath()
        s.moveTo(mast + 1 * mm, base)
        s.lineTo(mast + 1 * mm, base + mh)
        s.lineTo(mast + 1 * mm + sw, base)
        s.close()
        c.drawPath(s, stroke=1, fill=1)
        c.setStrokeColor(hexc("#E0D6C8"))
        for f in (0.68, 0.84):  # sail seams (above the writing)
            c.line(mast + 1 * mm, base + mh * f, mast + 1 * mm + sw * (1 - f), base + mh * f)
        para = Paragraph(text, sail_st)
        _, ph = para.wrap(sw * 0.56, 60 * mm)
        para.drawOn(c, mast + 3.5 * mm, base + 3 * mm)
        c.setStrokeColor(hexc("#5D4037"))
        c.setLineWidth(1.2)
        c.line(mast, base, mast + 1 * mm + sw, base)  # boom

    def draw(self):
        c = self.canv
        aw = self.aw
        c.saveState()
        c.setFillColor(hexc("#E8F1F7"))
        c.rect(0, 0, aw, self.h, stroke=0, fill=1)
        c.setStrokeColor(hexc("#9CC3DA"))
        c.setLineWidth(0.8)
        for row_y in (8 * mm, 98 * mm):
            for k in range(3):
                yy = row_y - 2 * mm + k * 3 * mm
                c.bezier(0, yy, aw / 3, yy + 2 * mm, 2 * aw / 3, yy - 2 * mm, aw, yy)
        pos = [(6 * mm, 96 * mm), (aw / 2 + 6 * mm, 100 * mm), (10 * mm, 6 * mm), (aw / 2 + 2 * mm, 10 * mm)]
        for k, ((x, y), text) in enumerate(zip(pos, PRIORITIES), 1):
            self.boat(c, x, y, text, k)
        c.restoreState()


def sections():
    return [
        ("fw", "Foreword", [
            ("p", "Serious violence is rare across the Humber, but where it happens it devastates families and "
                  "frightens whole communities. Most of it is concentrated in a few streets of Hull, Grimsby and "
                  "Scunthorpe, and much of it involves young people."),
            ("p", "The Humber Violence Prevention Partnership brings together the specified authorities under the "
                  "Serious Violence Duty in all four council areas, with the Police and Crime Commissioner as "
                  "convener. This strategy is our shared response."),
            ("p", "<b>Chair, Humber Violence Prevention Partnership</b>"),
        ]),
        ("def", "The duty and our definition", [
            ("p", "The Serious Violence Duty requires the specified authorities (police, fire and rescue, "
                  "councils, youth offending teams, probation and health) to work together to prevent and reduce "
                  "serious violence, and to publish a strategy."),
            ("p", "Locally, serious violence means homicide, violence causing injury, knife and weapon offences, "
                  "robbery and violence in public places, including those linked to drug markets and the night-time "
                  "economy. Domestic abuse and sexual violence are included where they take place in public or "
                  "involve young people."),
        ]),
        ("ctx", "What the needs assessment found", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("2,950", "violence with injury offences a year"), ("420", "knife crime offences"),
                       ("38%", "of victims aged under 25"), ("27%", "of violence on Friday and Saturday nights"),
                       ("160", "children referred for exploitation"), ("4", "areas with the highest rates")]),
            ("box", "Home Office success measures for the Duty", [
                "A reduction in hospital admissions for assaults with a knife or sharp object",
                "A reduction in knife and sharp object enabled serious violence recorded by the police",
                "A reduction in homicides"]),
            ("p", "We follow the public health approach and its “5 Cs”: collaboration, co-production, cooperation in "
                  "data and intelligence sharing, counter-narrative development and community consensus."),
        ]),
        ("pri", "Our priorities", [
            ("p", "The partnership has four priorities for the five years of this strategy. Each has its own crew "
                  "of partners, but all four sail on the same tide."),
            ("custom", [Spacer(1, 4), Fleet()]),
        ]),
        ("int", "Our interventions", [
            ("p", "The main interventions for 2024/25 are listed under short titles."),
            ("table", [["Intervention", "What it is", "Lead"],
                       ["Hotspot policing", "Targeted patrols in the eight micro-places with most violence", "Police"],
                       ["Navigators", "Youth workers in the emergency departments in Hull and Grimsby", "NHS"],
                       ["Safer nights", "Street marshals, welfare hubs and licensing checks at weekends", "Councils"],
                       ["Reach", "Mentoring for children at risk of exploitation", "Youth justice"],
                       ["Trauma-informed Humber", "Training for 3,000 staff across the partnership", "Partnership"]],
             [0.22, 0.58, 0.2]),
        ]),
        ("meas", "Measures and governance", [
            ("p", "The partnership reports to the Police and Crime Commissioner and to the four community safety "
                  "partnerships, which monitor local progress."),
            ("table", [["Local measure", "Baseline", "Direction"], ["Knife crime offences", "420", "Down"],
                       ["Hospital admissions for assault", "310", "Down"],
                       ["Violence in the night-time economy", "790", "Down"],
                       ["Staff trained in trauma-informed practice", "600", "Up"]], [0.55, 0.2, 0.25]),
            ("note", "Baselines are illustrative. Contact: hvpp@humber-vpp.example"),
        ]),
    ]


def cover(c, doc):
    c.saveState()
    c.setFillColor(C1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(C2)
    c.rect(20 * mm, 120 * mm, 40 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "HUMBER VIOLENCE PREVENTION PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(20 * mm, 175 * mm, "Serious Violence Duty")
    c.drawString(20 * mm, 161 * mm, "Strategy")
    c.setFont(SREG, 18)
    c.drawString(20 * mm, 140 * mm, "2024–2029")
    c.restoreState()


def header(c, doc):
    c.saveState()
    c.setFont(REG, 7.5)
    c.setFillColor(hexc("#777777"))
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Humber Violence Prevention Partnership · Serious Violence Strategy")
    c.setFillColor(C2)
    c.setFont(BOLD, 8.5)
    c.drawString(20 * mm, 10 * mm, f"Page {doc.page} of 8")
    c.restoreState()


def contents_line(text, page):
    return ContentsLine(text, page, REG, 11.5, C1, leader=True, gap=15)


def build(root):
    out = root / FILE
    rl_build(out, TITLE, "Humber Violence Prevention Partnership", sections, ST, cover, header, contents_line)
    return out
