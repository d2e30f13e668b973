"""East Riding of Yorkshire Community Safety Partnership Strategy 2024-2027: reportlab report (Liberation Sans,
Liberation Serif headings).

Five priorities, stated once, on p6 as **an offshore wind farm** "Five turbines, one safer East Riding": five
drawn turbines standing in the sea off the Holderness coast, with towers of different heights, three-bladed
rotors and a white **sign board** fixed to each tower that holds the priority in bold (three to six lines).
No numbers.  A grey strip of "wind" words above the rotors (the partnership's values) is not a priority.
pdftotext reads the boards by height, not left to right.  The 2021-2024 priorities (p4), the statutory
duties and the findings (p5), the values, the delivery group names (p7) and the measures (p8) are
distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from humberside.work import rl_build, rl_styles

FILE = "strategies/east_riding_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "East Riding Community Safety Partnership Strategy 2024–2027"

REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
C1, C2, C3 = hexc("#1B4F72"), hexc("#5B8C2A"), hexc("#EAF2F8")
ST = rl_styles(REG, BOLD, SBOLD, C1, C2, C3, width=W - 40 * mm,
               fills=[C1, C2, hexc("#2874A6"), hexc("#7D6608"), hexc("#117864"), hexc("#6C3483")])

PRIORITIES = [
    "Tackling anti-social behaviour, including off-road bikes and coastal disorder",
    "Protecting our rural and coastal communities from crime",
    "Reducing the harm caused by drugs and alcohol",
    "Supporting people affected by domestic abuse",
    "Keeping older and vulnerable residents safe from scams and doorstep crime",
]
board_st = ParagraphStyle("board", fontName=BOLD, fontSize=9, leading=11, alignment=TA_CENTER, textColor=C1)
HUBS = [150, 128, 160, 122, 144]  # hub heights in mm above the drawing's foot


class WindFarm(Flowable):
    def __init__(self):
        super().__init__()
        self.h = 178 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        import math
        c = self.canv
        aw = self.aw
        c.saveState()
        c.setFillColor(hexc("#DCEBF5"))
        c.rect(0, 30 * mm, aw, self.h - 30 * mm, stroke=0, fill=1)  # sky
        c.setFillColor(hexc("#2E6F95"))
        c.rect(0, 0, aw, 32 * mm, stroke=0, fill=1)  # sea
        c.setStrokeColor(hexc("#7FB3D5"))
        c.setLineWidth(0.8)
        for k in range(6):
            y = 6 * mm + k * 4.5 * mm
            c.bezier(0, y, aw / 3, y + 2 * mm, 2 * aw / 3, y - 2 * mm, aw, y)
        c.setFillColor(hexc("#8A8A8A"))
        c.setFont(REG, 7.5)
        c.drawCentredString(aw / 2, self.h - 6 * mm, "listening  ·  working together  ·  acting early  ·  fair to every community")
        n = len(PRIORITIES)
        step = aw / n
        for i, text in enumerate(PRIORITIES):
            cx = step * (i + 0.5)
            hub = HUBS[i] * mm
            base = 24 * mm
            # tower
            p = c.beginPath()
            p.moveTo(cx - 2.4 * mm, base)
            p.lineTo(cx + 2.4 * mm, base)
            p.lineTo(cx + 1.1 * mm, hub)
            p.lineTo(cx - 1.1 * mm, hub)
            p.close()
            c.setFillColor(colors.white)
            c.setStrokeColor(hexc("#9BA7B0"))
            c.setLineWidth(0.5)
            c.drawPath(p, stroke=1, fill=1)
            c.setFillColor(hexc("#F1C40F"))
            c.rect(cx - 2.6 * mm, base, 5.2 * mm, 5 * mm, stroke=0, fill=1)  # transition piece
            # nacelle and blades
            c.setFillColor(colors.white)
            c.roundRect(cx - 3 * mm, hub - 1.5 * mm, 7 * mm, 3 * mm, 1 * mm, stroke=1, fill=1)
            for k in range(3):
                a = math.radians(90 + i * 17 + k * 120)
                bl = 17 * mm
                tip = (cx + bl * math.cos(a), hub + bl * math.sin(a))
                q = c.beginPath()
                q.moveTo(cx, hub)
                q.lineTo(cx + 1.8 * mm * math.cos(a + 1.4), hub + 1.8 * mm * math.sin(a + 1.4))
                q.lineTo(*tip)
                q.close()
                c.drawPath(q, stroke=1, fill=1)
            c.circle(cx, hub, 1.4 * mm, stroke=1, fill=1)
            # sign board on the tower
            para = Paragraph(text, board_st)
            bw = step - 5 * mm
            _, ph = para.wrap(bw - 4 * mm, 80 * mm)
            top = hub - 24 * mm
            c.setFillColor(colors.white)
            c.setStrokeColor(C1)
            c.setLineWidth(1)
            c.roundRect(cx - bw / 2, top - ph - 6 * mm, bw, ph + 6 * mm, 2 * mm, stroke=1, fill=1)
            para.drawOn(c, cx - bw / 2 + 2 * mm, top - ph - 3 * mm)
        c.restoreState()


def sections():
    return [
        ("fw", "Foreword", [
            ("p", "The East Riding of Yorkshire is one of the safest places to live in England. It is also one of the "
                  "largest council areas, with a long coastline, busy seaside towns, market towns and hundreds of "
                  "villages, and crime here often looks different from crime in a city."),
            ("p", "The East Riding Community Safety Partnership brings together East Riding of Yorkshire Council, "
                  "Humberside Police, Humberside Fire and Rescue Service, the Probation Service, the NHS, town and "
                  "parish councils and the voluntary sector."),
            ("p", "This strategy sets out where we will focus our shared effort from 2024 to 2027."),
            ("p", "<b>Chair, East Riding Community Safety Partnership</b>"),
        ]),
        ("ctx", "The East Riding today", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("345,000", "residents"), ("930", "square miles"), ("19,200", "crimes recorded in 2023/24"),
                       ("5,400", "anti-social behaviour incidents"), ("310", "thefts from farms and rural businesses"),
                       ("1 in 4", "residents aged over 65")]),
            ("h2", "Our priorities for 2021–2024"),
            ("p", "The previous strategy had three priorities: Safer communities; Protecting vulnerable people; and "
                  "Reducing crime and reoffending. They were reviewed in 2023 and have been replaced."),
        ]),
        ("ass", "What we found", [
            ("p", "The partnership works under the Crime and Disorder Act 1998, the Serious Violence Duty, the "
                  "Domestic Abuse Act 2021 and the Prevent duty. Our strategic assessment for 2024 found that:"),
            ("ul", ["anti-social behaviour peaks in the summer in Bridlington, Hornsea and Withernsea, and off-road "
                    "bikes are the top complaint inland;",
                    "theft of machinery, fuel and livestock, hare coursing and fly-tipping hurt rural businesses;",
                    "alcohol is linked to a third of violent incidents, and drug-related deaths have risen;",
                    "domestic abuse is the largest single cause of repeat calls to the police;",
                    "older residents lose large sums to telephone and doorstep fraud (illustrative)."]),
            ("p", "Serious violence is lower than in Hull, and the partnership takes part in the Humber Violence "
                  "Prevention Partnership's strategy rather than setting a priority of its own."),
        ]),
        ("pri", "Our priorities", [
            ("p", "Five priorities will drive the partnership's work from 2024 to 2027. Like the turbines off our "
                  "coast, each is driven by the same wind: the values at the top of the picture."),
            ("custom", [Spacer(1, 4), WindFarm()]),
        ]),
        ("del", "Delivery groups", [
            ("p", "Each priority is led by a delivery group. The main actions for 2024/25 are below."),
            ("table", [["Delivery group", "Main actions", "Lead"],
                       ["Coast and towns", "Summer plans for the resorts; an off-road bike task force", "Police, council"],
                       ["Rural crime", "Farm watch; joint patrols with gamekeepers; a fly-tipping hotline", "Police"],
                       ["Substance misuse", "Alcohol workers in A&E; naloxone in every town", "Public health"],
                       ["Domestic abuse", "IDVAs in GP surgeries; domestic abuse champions in schools", "Council"],
                       ["Scams", "Call blockers for older residents; trusted trader scheme", "Trading standards"]],
             [0.2, 0.58, 0.22]),
        ]),
        ("gov", "Measures and governance", [
            ("p", "The partnership reports to the council's scrutiny committee and to the Police and Crime "
                  "Commissioner, who funds part of its work."),
            ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "5,400", "Down"],
                       ["Rural thefts", "310", "Down"], ["Adults in alcohol treatment", "640", "Up"],
                       ["Repeat domestic abuse referrals", "31%", "Down"], ["Money lost to scams", "£1.9m", "Down"]],
             [0.55, 0.2, 0.25]),
            ("note", "Baselines are illustrative. Contact: csp@eastriding.example"),
        ]),
    ]


def cover(c, doc):
    c.saveState()
    c.setFillColor(C1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(C2)
    c.rect(0, 0, W, 55 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "EAST RIDING COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(20 * mm, 180 * mm, "Community Safety")
    c.drawString(20 * mm, 166 * mm, "Partnership Strategy")
    c.setFont(SREG, 18)
    c.drawString(20 * mm, 150 * mm, "2024–2027")
    c.restoreState()


def header(c, doc):
    c.saveState()
    c.setFont(REG, 7.5)
    c.setFillColor(hexc("#777777"))
    c.drawString(20 * mm, H - 12 * mm, "East Riding Community Safety Partnership")
    c.setFillColor(C2)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 20 * mm, 10 * mm, f"{doc.page} / East Riding CSP Strategy")
    c.restoreState()


def contents_line(text, page):
    return ContentsLine(text, page, REG, 11.5, C1, leader=True, gap=15)


def build(root):
    out = root / FILE
    rl_build(out, TITLE, "East Riding Community Safety Partnership", sections, ST, cover, header, contents_line)
    return out
