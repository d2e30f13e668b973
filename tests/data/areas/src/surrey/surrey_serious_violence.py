"""Surrey Serious Violence Duty Strategy 2024-2029: reportlab report (Liberation Sans body, DejaVu Sans
headings).

Three priorities, stated once, on p6 in a **Venn diagram** "Our three priorities": three overlapping
translucent circles (two above, one below), each priority in bold in the part of its circle that overlaps no
other, wrapping over three or four lines; the shared centre holds the aim "Fewer people hurt by violence" in
small grey capitals, and a caption explains that the overlaps are where the priorities meet.  No numbers.
The legal definition and specified authorities (p4), the Home Office success measures and the key findings
(p5), the intervention titles (p7) and the local measures (p8) are distractors.
"""
from reportlab.lib.utils import simpleSplit

from reportlab.pdfbase import pdfmetrics

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/surrey_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Surrey Serious Violence Duty Strategy 2024–2029"

TEAL, CORAL, INK, GREY = hexc("#00616D"), hexc("#D2553C"), hexc("#1D1D1D"), hexc("#676767")
CIRCLES = [hexc("#00838F"), hexc("#D2553C"), hexc("#5B5EA6")]
REG, BOLD = fonts("liberation-sans")
SBOLD = fonts("dejavu")[1]
W, H = A4
pdfmetrics.registerFontFamily(REG, normal=REG, bold=BOLD, italic=REG, boldItalic=BOLD)

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=21, leading=25, textColor=TEAL, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14.5, textColor=CORAL, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=colors.white)

PRIORITIES = [
    "Preventing children and young people from becoming involved in violence",
    "Reducing knife crime and serious violence in public places",
    "Building a shared picture of violence through better data",
]
SENTENCES = [
    ("Children and young people", "Mentoring, youth work and support in schools for the children most at risk, and "
                                  "a navigator in every emergency department that sees young people hurt by violence."),
    ("Public places", "Hotspot policing, weapons sweeps, knife bins and safer design in the town centres and parks "
                      "where most violence happens."),
    ("Data", "A shared dataset from police, health, education and youth justice, refreshed every quarter, so that "
             "every partner works from the same picture."),
]


class Venn(Flowable):
    def __init__(self, texts, r=47 * mm):
        super().__init__()
        self.texts, self.r = texts, r

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 3.08 * self.r + 8
        return aw, self.h

    def draw(self):
        c = self.canv
        r = self.r
        cx = self.aw / 2
        cy = 1.713 * r + 4
        d = 0.62 * r
        centres = [(cx - d, cy + d * 0.58), (cx + d, cy + d * 0.58), (cx, cy - d * 1.15)]
        for (x, y), col in zip(centres, CIRCLES):
            c.saveState()
            c.setFillColor(col)
            c.setFillAlpha(0.28)
            c.setStrokeColor(col)
            c.setLineWidth(1.6)
            c.circle(x, y, r, stroke=1, fill=1)
            c.restoreState()
        # text in each circle's own lobe
        spots = [(centres[0][0] - 0.38 * r, centres[0][1] + 0.30 * r),
                 (centres[1][0] + 0.38 * r, centres[1][1] + 0.30 * r),
                 (centres[2][0], centres[2][1] - 0.42 * r)]
        for text, (x, y), col in zip(self.texts, spots, CIRCLES):
            lines = simpleSplit(text, BOLD, 12, 0.95 * r)
            c.setFillColor(INK)
            c.setFont(BOLD, 12)
            yy = y + (len(lines) - 1) * 15 / 2
            for ln in lines:
                c.drawCentredString(x, yy, ln)
                yy -= 15
        c.setFillColor(GREY)
        c.setFont(BOLD, 7.2)
        c.drawCentredString(cx, cy + 4, "FEWER PEOPLE")
        c.drawCentredString(cx, cy - 5, "HURT BY VIOLENCE")


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, H - 6 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 13 * mm, "Surrey Serious Violence Duty Strategy 2024–2029")
    c.drawRightString(W - 18 * mm, 11 * mm, f"{p} / {doc.__dict__.get('_n', 8)}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for (x, y), col in zip([(W * 0.35, H * 0.38), (W * 0.62, H * 0.38), (W * 0.485, H * 0.22)], CIRCLES):
        c.setFillColor(colors.white)
        c.setFillAlpha(0.12)
        c.circle(x, y, 55 * mm, stroke=0, fill=1)
    c.setFillAlpha(1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 26 * mm, "SURREY SERIOUS VIOLENCE DUTY PARTNERS")
    c.setFont(SBOLD, 30)
    c.drawString(18 * mm, H - 80 * mm, "Serious Violence")
    c.drawString(18 * mm, H - 93 * mm, "Duty Strategy")
    c.setFont(REG, 17)
    c.drawString(18 * mm, H - 107 * mm, "2024 to 2029")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The Serious Violence Duty", "duty"), ("What the evidence tells us", "ev"),
                      ("Our three priorities", "pri"), ("What we will fund and do", "del"),
                      ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence is rare in Surrey, but each incident devastates a family and frightens a community. A "
        "stabbing outside a school or a fight that ends a life leaves harm that lasts for years.",
        "Since January 2023 the Serious Violence Duty has required the police, councils, fire and rescue, health, "
        "probation and youth justice services to work together to prevent and reduce serious violence. This "
        "strategy is how the partners in Surrey will meet that duty for the next five years.",
        "It takes a public health approach: we look for the causes of violence and act on them early, using "
        "evidence of what works.",
        "<b>Chair, Surrey Serious Violence Duty Partners</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The Serious Violence Duty", h1),
          Paragraph("Our local definition of serious violence covers homicide, violence causing injury, knife and "
                    "weapon offences, robbery and violence in public places, including where it is linked to drug "
                    "supply and exploitation. Domestic abuse and sexual violence are led by the Surrey Domestic "
                    "Abuse Partnership Board and its strategy.", body),
          Paragraph("The specified authorities", h2)]
    s += bullets(["Surrey Police", "Surrey County Council and the eleven borough and district councils",
                  "Surrey Fire and Rescue Service", "NHS Surrey Heartlands and Frimley integrated care boards",
                  "The Probation Service", "Surrey Youth Justice Service"], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    s += bullets(["A reduction in hospital admissions for assaults with a knife or sharp object.",
                  "A reduction in knife and sharp object enabled serious violence recorded by the police.",
                  "A reduction in homicides recorded by the police."], bl)
    s += [PageBreak(), Paragraph("What the evidence tells us", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4)]
    s.append(Tiles([("1,240", "serious violence offences in 2023/24"), ("186", "knife crime offences"),
                    ("38%", "of victims under 25"), ("71", "hospital admissions for a sharp injury")], 4,
                   W - 36 * mm, num, cap, [TEAL, CORAL, hexc("#5B5EA6")]))
    s.append(Paragraph("Key findings of the strategic needs assessment", h2))
    s += bullets(["Most serious violence happens in a few town centres on weekend evenings.",
                  "Young people excluded from school are far more likely to be involved.",
                  "Partners hold different data on violence and rarely share it.",
                  "Violence is often linked to drug dealing and county lines."], bl)
    s += [PageBreak(), Paragraph("Our three priorities", h1),
          Paragraph("The partners have agreed three priorities for 2024–2029. Each circle below is a priority; "
                    "where the circles overlap, the work of one priority supports another.", body),
          Spacer(1, 4), Venn(PRIORITIES), Spacer(1, 10)]
    for lab, txt in SENTENCES:
        s.append(Paragraph(f"<b>{lab}.</b> {txt}", body))
    s += [PageBreak(), Paragraph("What we will fund and do", h1),
          Paragraph("Our main interventions for 2024–2026.", body)]
    for lab, txt in [("Navigators", "Youth workers in the emergency departments at three Surrey hospitals."),
                     ("Mentors", "One-to-one mentoring for children excluded or at risk of exclusion."),
                     ("Safer spaces", "Lighting, CCTV and design changes in the three busiest hotspots."),
                     ("Shared dataset", "A single quarterly dataset hosted by the county council's analysts.")]:
        s += [Paragraph(lab, h2), Paragraph(txt, body)]
    s += [PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The partners meet every quarter as a strategic group that reports to the Community Safety "
                    "Board for Surrey and to the Police and Crime Commissioner, who holds the Home Office grant.",
                    body)]
    m = Table([["Local measure", "Baseline", "Direction"], ["Knife crime offences", "186", "Down"],
               ["Under-25 victims of serious violence", "470", "Down"],
               ["Hospital admissions for a sharp injury", "71", "Down"],
               ["Partners sharing data each quarter", "4 of 9", "9 of 9"]], colWidths=[90 * mm, 30 * mm, 40 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#BFD8DB"))]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: svd@surreycc.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Surrey Serious Violence Duty Partners")
        doc._n = 8
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "duty": "The Serious Violence Duty Our local",
               "ev": "What the evidence tells us The figures", "pri": "Our three priorities The partners",
               "del": "What we will fund and do Our", "gov": "Measures and governance The partners"}
    two_pass(run, out, needles)
    return out
