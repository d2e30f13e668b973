"""Derbyshire Youth Justice Plan 2024-25: reportlab report (DejaVu Sans, Liberation Serif headings; YJB plan
headings).

Five priorities, stated once, on p6 as the **spines of a stack of books** lying flat ("Our priorities for
2024–25"): five drawn books of different lengths and colours, each offset a little, with page edges on the
right and a thin band near each end of the spine; each priority is in white bold on its spine (one wraps);
no numbers.  A grey "shelf" caption and a bookend note sit beside the stack.  The Child First tenets (p4), the
2023-24 review table (p5), the YJB key performance indicators (p7) and the risks (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/derbyshire_youth_justice_plan_2024-25.pdf"
TITLE = "Derbyshire Youth Justice Plan 2024–25"

NAVY, CORAL, INK, GREY = hexc("#22314E"), hexc("#E4572E"), hexc("#1E1E1E"), hexc("#666666")
REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=CORAL, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
spine = ParagraphStyle("spine", fontName=BOLD, fontSize=11, leading=13.4, textColor=colors.white)
cell = ParagraphStyle("cell", parent=body, fontSize=8.4, leading=10.8, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD, textColor=colors.white)

BOOKS = [  # bottom of the stack first: (priority, colour, length mm, offset mm, height mm)
    ("Diverting children away from the justice system", "#22314E", 150, 4, 20),
    ("Reducing reoffending by children", "#E4572E", 128, 16, 16),
    ("Protecting children from criminal exploitation", "#2E8B7A", 140, 0, 18),
    ("Improving children's education, training and employment", "#6A4C93", 136, 12, 22),
    ("Making sure children's voices shape our services", "#D9A21B", 118, 22, 18),
]


class BookStack(Flowable):
    def __init__(self, width):
        super().__init__()
        self.w = width

    def wrap(self, aw, ah):
        self.h = sum(b[4] for b in BOOKS) * mm + 14 * mm
        return self.w, self.h

    def draw(self):
        c = self.canv
        y = 8 * mm
        c.setFillColor(hexc("#8B6B4A"))
        c.rect(0, y - 4 * mm, self.w, 4 * mm, stroke=0, fill=1)  # shelf
        for text, col, length, off, ht in BOOKS:
            x, L, h = off * mm, length * mm, ht * mm
            c.setFillColor(hexc("#F4EFE3"))  # page block at the right end
            c.rect(x + L - 1 * mm, y + 1.2 * mm, 4 * mm, h - 2.4 * mm, stroke=0, fill=1)
            c.setStrokeColor(hexc("#CFC5AE"))
            c.setLineWidth(0.3)
            for k in range(1, 6):
                yy = y + 1.2 * mm + k * (h - 2.4 * mm) / 6
                c.line(x + L - 1 * mm, yy, x + L + 3 * mm, yy)
            c.setFillColor(hexc(col))
            c.roundRect(x, y, L, h, 1.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.Color(1, 1, 1, alpha=0.35))
            c.rect(x + 5 * mm, y, 1.2 * mm, h, stroke=0, fill=1)
            c.rect(x + L - 9 * mm, y, 1.2 * mm, h, stroke=0, fill=1)
            p = Paragraph(text, spine)
            _, ph = p.wrap(L - 22 * mm, h)
            p.drawOn(c, x + 10 * mm, y + (h - ph) / 2)
            y += h
        c.setFillColor(GREY)
        c.setFont(REG, 7.5)
        c.drawString(0, 0, "Illustration: the board's five priorities for the year, stacked on one shelf.")


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(CORAL)
    c.rect(18 * mm, H - 13 * mm, 12 * mm, 1.6 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawRightString(W - 18 * mm, H - 13 * mm, "Derbyshire Youth Justice Plan 2024–25")
    c.drawCentredString(W / 2, 10 * mm, f"Page {p} of 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(CORAL)
    c.circle(W - 40 * mm, 70 * mm, 48 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 26 * mm, "DERBYSHIRE YOUTH JUSTICE MANAGEMENT BOARD")
    c.setFont(SBOLD, 34)
    c.drawString(18 * mm, H - 95 * mm, "Youth Justice Plan")
    c.setFont(SREG, 20)
    c.drawString(18 * mm, H - 110 * mm, "2024–25")
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 30 * mm, "Derbyshire County Council Youth Justice Service")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def tbl(rows, widths, fill):
    data = [[Paragraph(x, cellb if r == 0 else cell) for x in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), fill), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#BBBBBB")),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Introduction from the Chair", "intro"), ("Child First", "cf"),
                      ("Review of 2023–24", "rev"), ("Our priorities", "pri"), ("Performance", "perf"),
                      ("Risks and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Introduction from the Chair", h1)]
    for t in ["This is the annual youth justice plan for Derbyshire, required by section 40 of the Crime and "
              "Disorder Act 1998. It covers the county; Derby City has its own youth justice service and plan.",
              "Fewer Derbyshire children enter the justice system each year, but those who do have more complex "
              "needs: many have been excluded from school, many have been exploited, and many have experienced "
              "trauma.",
              "The management board has agreed five priorities for the year, set out on page 6.",
              "<b>Chair, Derbyshire Youth Justice Management Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Child First", h1),
          Paragraph("The Youth Justice Board's guiding principle is Child First. Its four tenets are:", body)]
    s += bullets(["<b>As children</b>: recognise their needs, capacities, rights and potential.",
                  "<b>Building pro-social identity</b>: promote their strengths and capacities.",
                  "<b>Collaborating with children</b>: encourage active participation and engagement.",
                  "<b>Diverting from stigma</b>: promote a childhood removed from the justice system."], bl)
    s.append(Paragraph("Children in Derbyshire's youth justice system", h2))
    s.append(Paragraph("The figures are illustrative and are not official statistics: 164 first-time entrants in "
                       "2023/24; 92 children on court orders; a reoffending rate of 31%; 44% of children on orders "
                       "with an education, health and care plan.", body))
    s += [PageBreak(), Paragraph("Review of 2023–24", h1),
          Paragraph("Last year's plan had four priorities. The table shows what was achieved.", body)]
    s.append(tbl([["2023–24 priority", "What we achieved"],
                  ["Prevention and early help", "Turnaround programme reached 120 children"],
                  ["Education", "Education officer post filled; fewer children out of school"],
                  ["Serious youth violence", "Knife crime sessions in every pupil referral unit"],
                  ["Workforce", "Trauma-informed training for all staff"]], [70 * mm, W - 36 * mm - 70 * mm], NAVY))
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("The board's five priorities for 2024–25 are shown below. Each has a board sponsor and a delivery "
                    "plan reviewed at every board meeting.", body), Spacer(1, 6), BookStack(W - 36 * mm),
          Spacer(1, 6),
          Paragraph("Each priority is set against the Child First tenets and the YJB's key performance indicators.",
                    small)]
    s += [PageBreak(), Paragraph("Performance", h1),
          Paragraph("The YJB's key performance indicators include:", body)]
    s += bullets(["Suitable accommodation", "Education, training and employment", "Special educational needs",
                  "Mental health and emotional wellbeing", "Substance misuse", "Out-of-court disposals",
                  "Management board attendance", "Wider services", "Serious violence",
                  "Victims"], bl)
    s.append(tbl([["Measure", "2023/24", "Target 2024/25"], ["First-time entrants", "164", "150"],
                  ["Reoffending rate", "31%", "28%"], ["Children in education, training or work", "68%", "75%"]],
                 [80 * mm, 40 * mm, 40 * mm], CORAL))
    s += [PageBreak(), Paragraph("Risks and governance", h1)]
    s.append(tbl([["Risk", "Mitigation"], ["Loss of Turnaround funding after March 2025", "Exit plan agreed with the "
                                                                                          "Commissioner"],
                  ["Recruitment of qualified staff", "Grow-our-own social work trainees"],
                  ["Rising numbers of children remanded", "Remand reviews with the courts"]],
                 [80 * mm, W - 36 * mm - 80 * mm], NAVY))
    s.append(Paragraph("The management board meets quarterly. It reports to the Derbyshire Safeguarding Children "
                       "Partnership and to Safer Derbyshire, and links with the Derbyshire Serious Violence "
                       "Partnership.", body))
    s.append(Paragraph("Contact: youthjustice@derbyshire.example", small))
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Derbyshire Youth Justice Management Board")
        doc.build(story(pages))
    needles = {"intro": "Introduction from the Chair This is", "cf": "Child First The Youth",
               "rev": "Review of 2023–24 Last year", "pri": "Our priorities The board's five",
               "perf": "Performance The YJB", "gov": "Risks and governance Risk"}
    two_pass(run, out, needles)
    return out
