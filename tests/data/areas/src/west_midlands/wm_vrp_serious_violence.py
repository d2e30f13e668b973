"""West Midlands Violence Reduction Partnership: Serious Violence Response Strategy 2024-2029: reportlab report
(Liberation Sans Narrow body, DejaVu Sans in the arrows).

Four priorities, stated once, on p6 as **arrows converging on the aim** ("Four ways in"): a tall rounded
column in the middle of the page holds the aim ("Fewer people hurt by violence"), and four fat block arrows
come in from alternate sides at staggered heights (left, right, left, right), each with a priority in white
bold over two or three lines and a small "Lead: ..." line.  No numbers.  The Home Office success measures,
the key findings and the public health principles (p5), the definition and the specified authorities (p4),
the intervention titles (p7) and the local measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/west_midlands_serious_violence_response_strategy_2024-29.pdf"
TITLE = "West Midlands Violence Reduction Partnership: Serious Violence Response Strategy 2024–2029"

PLUM, CORAL, INK, GREY = hexc("#3B1F4A"), hexc("#E4572E"), hexc("#222222"), hexc("#666666")
TEAL, PALE = hexc("#17A398"), hexc("#EFEAF2")
REG, BOLD = fonts("liberation-narrow")
AREG, ABOLD = fonts("dejavu")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10.2, leading=13.8, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=23, leading=27, textColor=PLUM, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12.5, leading=15, textColor=CORAL, spaceBefore=8, spaceAfter=4)
arrow_t = ParagraphStyle("arrow_t", fontName=ABOLD, fontSize=10, leading=12.4, textColor=colors.white)
arrow_l = ParagraphStyle("arrow_l", fontName=AREG, fontSize=7, leading=9, textColor=hexc("#F3E9F7"))
aim_t = ParagraphStyle("aim_t", fontName=ABOLD, fontSize=12, leading=15, textColor=PLUM, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=18, leading=21, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=9, leading=11, textColor=colors.white)

PRIORITIES = [
    ("Reducing knife crime and serious violence across the West Midlands", "Lead: Violence Reduction Board"),
    ("Supporting children at risk of exclusion from school", "Lead: Education and Inclusion Group"),
    ("Working with communities to lead the response to violence", "Lead: Community Reference Group"),
    ("Reducing alcohol-related violence in the night-time economy", "Lead: Night-Time Economy Group"),
]
FILLS = [PLUM, CORAL, TEAL, hexc("#5C4D7D")]


class Arrows(Flowable):
    """Four block arrows at staggered heights, alternately from left and right, pointing at a central column."""

    def __init__(self, items, width):
        super().__init__()
        self.items, self.width = items, width
        self.ah, self.gap = 38 * mm, 5 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = len(self.items) * (self.ah + self.gap) + 10 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        colw = 42 * mm
        cx0 = (self.aw - colw) / 2
        c.setFillColor(PALE)
        c.setStrokeColor(PLUM)
        c.setLineWidth(1.5)
        c.roundRect(cx0, 0, colw, self.h, 8 * mm, stroke=1, fill=1)
        aim = Paragraph("Fewer people hurt by violence", aim_t)
        _, ah_ = aim.wrap(colw - 8 * mm, self.h)
        aim.drawOn(c, cx0 + 4 * mm, self.h / 2 - ah_ / 2)
        for i, (name, lead) in enumerate(self.items):
            top = self.h - 5 * mm - i * (self.ah + self.gap)
            y0 = top - self.ah
            left = i % 2 == 0
            head = 12 * mm
            if left:
                xs, xe = 0, cx0 - 2 * mm  # tail at xs, tip at xe
            else:
                xs, xe = self.aw, cx0 + colw + 2 * mm
            sgn = 1 if left else -1
            shaft_top, shaft_bot = top - 3 * mm, y0 + 3 * mm
            p = c.beginPath()
            p.moveTo(xs, shaft_top)
            p.lineTo(xe - sgn * head, shaft_top)
            p.lineTo(xe - sgn * head, top)
            p.lineTo(xe, (top + y0) / 2)
            p.lineTo(xe - sgn * head, y0)
            p.lineTo(xe - sgn * head, shaft_bot)
            p.lineTo(xs, shaft_bot)
            p.close()
            c.setFillColor(FILLS[i])
            c.drawPath(p, stroke=0, fill=1)
            tw = abs(xe - xs) - head - 8 * mm
            t = Paragraph(name, arrow_t)
            _, th = t.wrap(tw, self.ah)
            ld = Paragraph(lead, arrow_l)
            _, lh = ld.wrap(tw, self.ah)
            x = min(xs, xe - sgn * head) + 4 * mm if left else xe - sgn * head + 4 * mm
            ymid = (top + y0) / 2
            t.drawOn(c, x, ymid + (th + lh) / 2 - th)
            ld.drawOn(c, x, ymid - (th + lh) / 2)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PLUM)
    c.setFont(REG, 8.5)
    c.drawString(18 * mm, H - 12 * mm, "West Midlands Violence Reduction Partnership")
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Serious Violence Response Strategy 2024–2029")
    c.setFillColor(CORAL)
    c.rect(18 * mm, H - 14.5 * mm, 30 * mm, 1.2 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 8.5)
    c.drawString(18 * mm, 11 * mm, f"{p} / 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for k, col in enumerate([CORAL, TEAL, hexc("#5C4D7D"), hexc("#F2C14E")]):
        c.setFillColor(col)
        y = 60 * mm + k * 16 * mm
        c.rect(0, y, 80 * mm + k * 10 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 11)
    c.drawString(18 * mm, H - 24 * mm, "WEST MIDLANDS VIOLENCE REDUCTION PARTNERSHIP")
    c.setFont(BOLD, 36)
    c.drawString(18 * mm, H - 100 * mm, "Serious Violence")
    c.drawString(18 * mm, H - 114 * mm, "Response Strategy")
    c.setFont(REG, 18)
    c.drawString(18 * mm, H - 128 * mm, "2024 – 2029")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Serious violence in the West Midlands", "def"),
                      ("What the evidence tells us", "ev"), ("Four ways in", "pri"), ("What we fund", "int"),
                      ("Measuring success", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 12, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Violence is preventable. The West Midlands Violence Reduction Partnership was set up in 2019 to prove it, "
        "by treating violence like a disease that can be stopped from spreading.",
        "Since January 2023 the partnership has also been the way that the specified authorities in the seven local "
        "authority areas meet the Serious Violence Duty together. This strategy is our response to the Duty.",
        "It sets out four priorities for the next five years, and the evidence behind them.",
        "<b>Chair, West Midlands Violence Reduction Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Serious violence in the West Midlands", h1),
          Paragraph("For this strategy, serious violence means homicide, knife and gun crime, violence causing injury, "
                    "robbery, and violence in the night-time economy. Domestic abuse and sexual violence are led by "
                    "the domestic abuse and VAWG boards in each area.", body), Paragraph("The specified authorities",
                                                                                       h2)]
    s += bullets(["West Midlands Police", "West Midlands Fire Service", "The seven local authorities",
                  "The two Integrated Care Boards", "The Probation Service", "The seven youth justice services"], bl)
    s += [Paragraph("Illustrative figures", h2),
          Tiles([("3,800", "knife crime offences in 2023/24"), ("58%", "of victims aged under 25"),
                 ("47", "homicides"), ("1,020", "hospital admissions for assault with a sharp object")], 2,
                W - 36 * mm, num, cap, [PLUM, CORAL]),
          Paragraph("These figures are illustrative and are not official statistics.", small)]
    s += [PageBreak(), Paragraph("What the evidence tells us", h1), Paragraph("Key findings", h2)]
    s += bullets(["A small number of neighbourhoods account for a third of knife crime.",
                  "Children excluded from school are far more likely to be drawn into violence.",
                  "Violence in city and town centres peaks after midnight at weekends.",
                  "Communities want to lead, and are trusted more than agencies."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    s += [Paragraph(f"{k}. {t}", bl) for k, t in enumerate(
        ["A reduction in hospital admissions for assaults with a knife or sharp object, especially among victims "
         "aged under 25",
         "A reduction in knife and sharp object enabled serious violence recorded by the police, especially among "
         "victims aged under 25",
         "A reduction in homicides recorded by the police"], 1)]
    s.append(Paragraph("Our public health principles", h2))
    s += bullets(["Focused on a defined population", "With and for communities", "Not constrained by organisational "
                  "boundaries", "Focused on generating long-term as well as short-term solutions",
                  "Based on data and intelligence", "Rooted in evidence of effective approaches"], bl)
    s += [PageBreak(), Paragraph("Four ways in", h1),
          Paragraph("Our four priorities for 2024 to 2029 are the four arrows: four ways in to the same aim. Each has a "
                    "lead group that reports to the Violence Reduction Board.", body), Spacer(1, 8),
          Arrows(PRIORITIES, W - 36 * mm)]
    s += [PageBreak(), Paragraph("What we fund", h1),
          Paragraph("The interventions below are funded through the Serious Violence Duty grant, the Home Office "
                    "violence reduction grant and the Police and Crime Commissioner.", body)]
    t = Table([["Intervention", "What it does", "Where"],
               ["Hospital navigators", Paragraph("Youth workers in emergency departments who reach young people after "
                                                 "an assault.", body), "Five hospitals"],
               ["Inclusion mentors", Paragraph("Trusted adults for children at risk of exclusion.", body),
                "120 schools"],
               ["Community fund", Paragraph("Grants for community-led projects in the neighbourhoods most affected.",
                                            body), "All seven areas"],
               ["Safe nights out", Paragraph("Welfare hubs, bystander training for bar staff and taxi marshals.",
                                             body), "City and town centres"]], colWidths=[38 * mm, 90 * mm, 46 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
                           ("BACKGROUND", (0, 0), (-1, 0), PLUM), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    s += [t, PageBreak(), Paragraph("Measuring success", h1)]
    m = Table([["Local measure", "Baseline", "Target 2029"], ["Knife crime offences", "3,800", "-20%"],
               ["Young people reached by navigators", "1,400", "2,500"], ["Permanent exclusions", "610", "-25%"],
               ["Community projects funded", "45", "120"], ["Night-time violence with injury", "2,300", "-15%"]],
              colWidths=[90 * mm, 35 * mm, 35 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
                           ("BACKGROUND", (0, 0), (-1, 0), CORAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("The Violence Reduction Board meets quarterly and reports to the Police and Crime "
                                     "Commissioner and to the seven community safety partnerships. Baselines and "
                                     "targets are illustrative. Contact: vrp@westmidlands-vrp.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "West Midlands Violence Reduction Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Violence is preventable", "def": "Serious violence in the West Midlands For this",
               "ev": "What the evidence tells us Key", "pri": "Four ways in Our four",
               "int": "What we fund The interventions", "gov": "Measuring success Local"}
    two_pass(run, out, needles)
    return out
