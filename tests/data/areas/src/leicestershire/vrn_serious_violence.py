"""Leicester, Leicestershire and Rutland Violence Reduction Network: Serious Violence Strategy 2024-2029 (the
Serious Violence Duty partnership): reportlab report (DejaVu Sans Condensed, Liberation Serif headings).

Four priorities, stated once, on p6 as the **four points of a compass** ("Our compass"): a drawn compass rose
with a central disc holding the aim, and a box at each cardinal point (north, east, south, west) holding one
priority in bold; a single grey letter "N", "E", "S", "W" beside each box prints on a line of its own and is not
part of the priority.  No numbers.  The definition and specified authorities (p4), the key findings, the Home
Office success measures and the "5 Cs" (p5), the intervention titles (p7) and the measures (p8) are distractors.
"""
import math

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets
from leicestershire.work import rl_frame_templates, wrapped

FILE = "strategies/llr_violence_reduction_network_serious_violence_strategy_2024-29.pdf"
TITLE = "Leicester, Leicestershire and Rutland Serious Violence Strategy 2024–2029"

NAVY, GOLD, INK, GREY = hexc("#14325C"), hexc("#D4A017"), hexc("#222222"), hexc("#6E6E6E")
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
M = 20 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
nl = ParagraphStyle("nl", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=21, leading=26, textColor=NAVY, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.8, leading=13.5, textColor=NAVY, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.2, textColor=GREY)
pt_st = ParagraphStyle("pt", fontName=BOLD, fontSize=11.5, leading=14, textColor=NAVY, alignment=TA_CENTER)
hub_st = ParagraphStyle("hub", fontName=BOLD, fontSize=8.6, leading=10.5, textColor=colors.white, alignment=TA_CENTER)

# north, east, south, west
PRIORITIES = ["Reducing knife crime and serious violence in public places",
              "Stopping children and young people being drawn into violence",
              "Tackling the drug markets that drive violence",
              "Building a trauma-informed workforce across the partnership"]


class Compass(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width, self.height = width, 170 * mm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        cx, cy = self.width / 2, self.height / 2
        r = 52 * mm
        c.setFillColor(hexc("#EEF2F8"))
        c.circle(cx, cy, r, stroke=0, fill=1)
        c.setStrokeColor(hexc("#B7C4D8"))
        c.setLineWidth(0.6)
        c.circle(cx, cy, r * 0.72, stroke=1, fill=0)
        for k in range(4):  # the four points of the rose
            a = math.pi / 2 * k
            for side, col in ((1, NAVY), (-1, GOLD)):
                p = c.beginPath()
                p.moveTo(cx, cy)
                p.lineTo(cx + r * math.cos(a), cy + r * math.sin(a))
                p.lineTo(cx + 8 * mm * math.cos(a + side * math.pi / 4), cy + 8 * mm * math.sin(a + side * math.pi / 4))
                p.close()
                c.setFillColor(col)
                c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.circle(cx, cy, 15 * mm, stroke=0, fill=1)
        wrapped(c, "Fewer lives harmed by violence", hub_st, cx - 12 * mm, cy + 6 * mm, 24 * mm)
        bw, bh = 62 * mm, 24 * mm
        boxes = [(cx - bw / 2, self.height - bh, "N", cx + bw / 2 + 3 * mm, self.height - bh / 2),
                 (self.width - bw, cy - bh / 2 - 34 * mm, "E", self.width - bw - 6 * mm, cy - 34 * mm),
                 (cx - bw / 2, 0, "S", cx + bw / 2 + 3 * mm, bh / 2),
                 (0, cy - bh / 2 + 34 * mm, "W", bw + 3 * mm, cy + 34 * mm)]
        for text, (x, y, letter, lx, ly) in zip(PRIORITIES, boxes):
            c.setFillColor(colors.white)
            c.setStrokeColor(NAVY)
            c.setLineWidth(1.4)
            c.roundRect(x, y, bw, bh, 3 * mm, stroke=1, fill=1)
            para = Paragraph(text, pt_st)
            _, ph = para.wrap(bw - 8 * mm, bh)
            para.drawOn(c, x + 4 * mm, y + (bh - ph) / 2)
            c.setFillColor(GREY)
            c.setFont(SBOLD, 14)
            c.drawString(lx, ly - 2 * mm, letter)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(M, H - 12 * mm, "Violence Reduction Network")
    c.drawRightString(W - M, H - 12 * mm, "Serious Violence Strategy 2024–2029")
    c.setStrokeColor(GOLD)
    c.setLineWidth(1)
    c.line(M, H - 14 * mm, W - M, H - 14 * mm)
    c.setFont(BOLD, 8.5)
    c.setFillColor(NAVY)
    c.drawString(M, 11 * mm, f"{p}  |  VRN")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(GOLD)
    c.setLineWidth(3)
    c.circle(W - 50 * mm, 70 * mm, 45 * mm, stroke=1, fill=0)
    c.line(W - 50 * mm, 15 * mm, W - 50 * mm, 125 * mm)
    c.line(W - 105 * mm, 70 * mm, W + 5 * mm, 70 * mm)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(M, H - 24 * mm, "LEICESTER, LEICESTERSHIRE AND RUTLAND VIOLENCE REDUCTION NETWORK")
    c.setFont(SBOLD, 32)
    c.drawString(M, H - 95 * mm, "Serious Violence")
    c.drawString(M, H - 109 * mm, "Strategy")
    c.setFont(REG, 18)
    c.drawString(M, H - 125 * mm, "2024–2029")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 14)
    c.drawString(M, 130 * mm, "Violence Reduction Network")
    c.setFont(REG, 9.5)
    c.drawString(M, 120 * mm, "vrn@llr-vrn.example")
    c.drawString(M, 113 * mm, "All statistics in this strategy are illustrative.")
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Serious violence and the Duty", "def"), ("What the needs assessment found", "sna"),
                      ("Our compass", "pri"), ("What we will fund", "del"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, NAVY, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "The Violence Reduction Network was one of the first of its kind in England. Since 2019 it has brought "
        "together the police, councils, health, education, probation and communities to prevent violence before it "
        "happens.",
        "Under the Serious Violence Duty, the specified authorities must work together, share data and publish a "
        "strategy. This is that strategy for Leicester, Leicestershire and Rutland for 2024 to 2029.",
        "Like a compass, it gives us four directions to travel in, all pointing to the same goal: fewer lives harmed "
        "by violence.",
        "<b>Chair, Violence Reduction Network Strategic Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Serious violence and the Duty", h1), Paragraph("Our local definition", h2),
          Paragraph("Serious violence means homicide, violence with injury, knife and weapon offences and robbery in "
                    "public places, and the exploitation that drives them. Domestic abuse and sexual violence are led "
                    "by the domestic and sexual violence partnership board.", body),
          Paragraph("The specified authorities", h2)]
    s += bullets(["Leicester City Council, Leicestershire County Council and Rutland County Council",
                  "The seven district and borough councils", "Leicestershire Police",
                  "Leicestershire Fire and Rescue Service", "NHS Leicester, Leicestershire and Rutland",
                  "The Probation Service and the youth justice services"], bl)
    s += [PageBreak(), Paragraph("What the needs assessment found", h1),
          Paragraph("The figures are illustrative and are not official statistics.", small)]
    s += bullets(["Violence with injury peaks in Leicester city centre on weekend nights.",
                  "Four in ten victims of knife crime are under 25.",
                  "Most young people involved in violence had been excluded from school.",
                  "Competition between drug supply lines drives much of the most serious violence."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    for i, t in enumerate(["Reduce hospital admissions for assaults with a knife or sharp object.",
                           "Reduce knife and sharp object enabled serious violence recorded by the police.",
                           "Reduce homicides involving knives among under-25s."], 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;{t}", nl))
    s.append(Paragraph("The \u201c5 Cs\u201d of the public health approach: collaboration, co-production, "
                       "cooperation in data and intelligence sharing, counter-narrative development and "
                       "community consensus.", body))
    s += [PageBreak(), Paragraph("Our compass", h1),
          Paragraph("The four points of the compass are our priorities for 2024–2029. Every intervention we fund "
                    "must point in at least one of these directions.", body),
          Spacer(1, 6), Compass(W - 2 * M)]
    s += [PageBreak(), Paragraph("What we will fund", h1)]
    for lab, t in [("Hospital navigators", "Youth workers in the emergency department of the Leicester Royal "
                    "Infirmary."), ("Mentors in schools", "Mentoring for pupils at risk of exclusion."),
                   ("Focused deterrence", "A call-in programme for groups involved in drug-related violence."),
                   ("Trauma-informed LLR", "Training for every partner's front-line staff.")]:
        s += [Paragraph(lab, h2), Paragraph(t, body)]
    s += [PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The VRN Strategic Board meets quarterly and reports to the Police and Crime Commissioner and the "
                    "Strategic Partnership Board.", body)]
    mt = Table([["Measure", "Baseline", "Aim"], ["Hospital admissions for assault, under 25", "95", "Down"],
                ["Knife crime offences", "880", "Down"], ["Young people reached by mentors", "420", "Up"],
                ["Staff trained in trauma-informed practice", "1,300", "Up"]], colWidths=[95 * mm, 25 * mm, 30 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.8), ("FONT", (0, 0), (-1, 0), BOLD, 8.8),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C8D2E0"))]))
    mt.hAlign = "LEFT"
    s += [mt, Spacer(1, 5), Paragraph("Baselines are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, rl_frame_templates(W, H, M, cover, header, back), TITLE,
                       "Violence Reduction Network")
        doc.build(story(pages))
    needles = {"fw": "Foreword The Violence Reduction Network was", "def": "Serious violence and the Duty Our local",
               "sna": "What the needs assessment found", "pri": "Our compass The four",
               "del": "What we will fund Hospital", "gov": "Measures and governance The VRN"}
    two_pass(run, out, needles)
    return out
