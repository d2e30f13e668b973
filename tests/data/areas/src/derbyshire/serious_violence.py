"""Derbyshire Serious Violence Duty Strategy 2024-2029: reportlab report (Liberation Sans, DejaVu Serif headings).

Four priorities, stated once, on p6 as **isometric stacked slabs** ("Building prevention, layer by layer"): four
drawn 3-D slabs, each with a lighter top face and a darker side face, stacked with a gap; each priority is in
white bold on the front face of its slab.  Grey labels at the right of each slab name the level of prevention
("PRIMARY" ... "SYSTEM"); no numbers.  The definition and specified authorities (p4), the key findings, the
Home Office success measures and the 5 Cs (p5), the level labels, the intervention titles (p7) and the local
measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/derbyshire_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Derbyshire Serious Violence Duty Strategy 2024–2029"

TEAL, ORANGE, INK, GREY = hexc("#15616D"), hexc("#E07A1F"), hexc("#1E1E1E"), hexc("#666666")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")  # headings below use DejaVu Serif
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
for _n, _f in (("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),):
    if _n not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_n, _f))
SERIF = "DejaVuSerif-Bold"
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.6, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SERIF, fontSize=20, leading=25, textColor=TEAL, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.4, textColor=colors.white)
slab_t = ParagraphStyle("slab", fontName=BOLD, fontSize=12.5, leading=15, textColor=colors.white)

PRIORITIES = [  # bottom slab first
    ("Reducing knife crime and violence involving weapons", "TERTIARY", "#15616D"),
    ("Reducing violence in the night-time economy", "SECONDARY", "#2D7F8A"),
    ("Stopping children and young people being drawn into violence", "PRIMARY", "#E07A1F"),
    ("Treating violence as a health issue in our hospitals and GP practices", "SYSTEM", "#8C4A8A"),
]


def _shade(hexs, f):
    c = hexc(hexs)
    return colors.Color(min(1, c.red * f), min(1, c.green * f), min(1, c.blue * f))


class Slabs(Flowable):
    def __init__(self, width):
        super().__init__()
        self.w = width
        self.fw, self.fh, self.dx, self.dy, self.gap = 112 * mm, 26 * mm, 16 * mm, 10 * mm, 9 * mm

    def wrap(self, aw, ah):
        self.h = len(PRIORITIES) * (self.fh + self.gap) + self.dy + 6 * mm
        return self.w, self.h

    def draw(self):
        c = self.canv
        x0 = 6 * mm
        # draw from the top slab down so lower slabs are painted last? No: top slabs sit above, paint bottom first
        for i, (text, level, col) in enumerate(PRIORITIES):
            y = 4 * mm + i * (self.fh + self.gap)
            c.saveState()
            # side face
            p = c.beginPath()
            p.moveTo(x0 + self.fw, y)
            p.lineTo(x0 + self.fw + self.dx, y + self.dy)
            p.lineTo(x0 + self.fw + self.dx, y + self.dy + self.fh)
            p.lineTo(x0 + self.fw, y + self.fh)
            p.close()
            c.setFillColor(_shade(col, 0.7))
            c.drawPath(p, stroke=0, fill=1)
            # top face
            p = c.beginPath()
            p.moveTo(x0, y + self.fh)
            p.lineTo(x0 + self.fw, y + self.fh)
            p.lineTo(x0 + self.fw + self.dx, y + self.fh + self.dy)
            p.lineTo(x0 + self.dx, y + self.fh + self.dy)
            p.close()
            c.setFillColor(colors.Color(*[min(1, v * 0.55 + 0.45) for v in (hexc(col).red, hexc(col).green,
                                                                             hexc(col).blue)]))
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(hexc(col))
            c.rect(x0, y, self.fw, self.fh, stroke=0, fill=1)
            para = Paragraph(text, slab_t)
            _, ph = para.wrap(self.fw - 12 * mm, self.fh)
            para.drawOn(c, x0 + 6 * mm, y + (self.fh - ph) / 2)
            c.setFillColor(GREY)
            c.setFont(REG, 7.5)
            c.drawString(x0 + self.fw + self.dx + 5 * mm, y + self.fh / 2, level)
            c.restoreState()


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, H - 8 * mm, 8 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "Derbyshire Serious Violence Partnership · Serious Violence Duty Strategy "
                                       "2024–2029")
    c.drawCentredString(W / 2, 10 * mm, f"Page {p} of 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, col in enumerate(["#E07A1F", "#2D7F8A", "#8C4A8A"]):
        c.setFillColor(hexc(col))
        c.rect(120 * mm + i * 10 * mm, 40 * mm + i * 14 * mm, 60 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 26 * mm, "DERBYSHIRE SERIOUS VIOLENCE PARTNERSHIP")
    c.setFont(SERIF, 30)
    c.drawString(18 * mm, H - 95 * mm, "Serious Violence")
    c.drawString(18 * mm, H - 109 * mm, "Duty Strategy")
    c.setFont(REG, 17)
    c.drawString(18 * mm, H - 125 * mm, "2024 to 2029")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Introduction", "intro"), ("The Serious Violence Duty", "duty"),
                      ("Our strategic needs assessment", "sna"), ("Our priorities", "pri"),
                      ("What we will do", "del"), ("Measuring success", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Introduction", h1)]
    for t in ["Serious violence is rare in Derbyshire compared with large cities, but its harm is great and it is "
              "concentrated: in parts of Derby, in a few town centres at night, and among a small number of young "
              "people.",
              "This strategy is the response of the Derbyshire Serious Violence Partnership to the Serious Violence "
              "Duty. It covers Derby and Derbyshire and runs for five years, with a refresh of the needs assessment "
              "every year.",
              "<b>Chair, Derbyshire Serious Violence Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The Serious Violence Duty", h1)]
    for t in ["The Duty, in force since January 2023, requires specified authorities to work together to prevent "
              "and reduce serious violence. The specified authorities are the police, the councils, the fire and "
              "rescue service, the Integrated Care Board, the Probation Service and the youth justice services.",
              "Locally we define serious violence as homicide, violence against the person causing injury, knife "
              "and weapon offences, robbery and violence in the night-time economy. Domestic abuse and sexual "
              "violence are covered by the Derby and Derbyshire Domestic Abuse and Sexual Violence Strategy."]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Our strategic needs assessment", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("1,020", "knife and weapon offences"), ("38%", "of violence with injury in the night-time "
                                                                    "economy"),
                    ("24%", "of suspects aged under 25"), ("610", "hospital admissions for assault")],
                   2, W - 36 * mm, num, cap, [TEAL, ORANGE]))
    s.append(Paragraph("Key findings", h2))
    s += bullets(["Knife crime is concentrated in central Derby and in Chesterfield.",
                  "Night-time violence peaks in Derby, Chesterfield and Buxton on Saturday nights.",
                  "Many young people involved in violence are known to children's services before age 12.",
                  "Half of assault victims seen in hospital did not report to the police."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    s.append(Paragraph("Reductions in hospital admissions for assault with a knife or sharp object; in knife and "
                       "sharp object enabled serious violence recorded by the police; and in homicides.", body))
    s.append(Paragraph("The 5 Cs of a public health approach", h2))
    s.append(Paragraph("Collaboration; Co-production; Cooperation in data and intelligence; Counter-narrative; and "
                       "Community consensus.", body))
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("Our four priorities for 2024 to 2029 build on one another, from the most visible violence at "
                    "the bottom to the changes in the system that will prevent it in the long run.", body),
          Slabs(W - 36 * mm)]
    s += [PageBreak(), Paragraph("What we will do", h1)]
    for title, acts in [("Operation Sceptre and beyond", ["Weapon sweeps and surrender bins.", "Knife crime "
                                                          "education in every secondary school."]),
                        ("Safer nights", ["Best Bar None and welfare hubs in Derby and Chesterfield.",
                                          "Taxi marshals and street pastors."]),
                        ("Early help", ["Mentoring for children excluded from school.", "Detached youth work in "
                                        "four hotspot areas."]),
                        ("Violence and health", ["Navigators in the emergency departments at Royal Derby and "
                                                 "Chesterfield Royal.", "Data sharing with hospitals on assault "
                                                                        "locations."])]:
        s.append(Paragraph(title, h2))
        s += bullets(acts, bl)
    s += [PageBreak(), Paragraph("Measuring success", h1)]
    rows = [["Measure", "Baseline", "Direction"], ["Knife and weapon offences", "1,020", "Down"],
            ["Hospital admissions for assault", "610", "Down"], ["Night-time violence with injury", "1,450", "Down"],
            ["Young people engaged by navigators", "280", "Up"]]
    m = Table(rows, colWidths=[95 * mm, 30 * mm, 30 * mm])
    m.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTNAME", (0, 1), (-1, -1), REG),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.8), ("LINEBELOW", (0, 1), (-1, -1), 0.4, GREY),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("The partnership board meets quarterly and reports to the Police and Crime "
                                     "Commissioner, who holds the Home Office grant.", body),
          Paragraph("Baselines are illustrative. Contact: svp@derbyshire.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Derbyshire Serious Violence Partnership")
        doc.build(story(pages))
    needles = {"intro": "Introduction Serious violence is rare", "duty": "The Serious Violence Duty The Duty",
               "sna": "Our strategic needs assessment The figures", "pri": "Our priorities Our four",
               "del": "What we will do Operation", "gov": "Measuring success Measure"}
    two_pass(run, out, needles)
    return out
