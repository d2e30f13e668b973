"""Surrey Reducing Reoffending Strategy 2024-2027 (Surrey Reducing Reoffending Board): reportlab report
(Liberation Sans body, Liberation Serif headings).

Five priorities, stated once, on p6 as **luggage tags** hanging by strings from a drawn rail ("What people
take with them when they leave prison or start a sentence"): each tag a pale card with clipped top corners, a
reinforced eyelet and a string to the rail; the tags hang at different heights (three on the upper row, two
lower, staggered) and each holds one priority in bold, wrapping over two to four lines; no numbers.  The
seven resettlement pathways and the IOM cohorts (p4), the previous strategy's themes (p5), the task group
names (p7) and the measures (p8) are distractors.
"""
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/surrey_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Surrey Reducing Reoffending Strategy 2024–2027"

BROWN, OLIVE, INK, GREY = hexc("#5A3E2B"), hexc("#6B7F2A"), hexc("#1E1E1E"), hexc("#666666")
TAGS = [hexc("#F4E3C1"), hexc("#E3EDC9"), hexc("#F7D9C4"), hexc("#DCE6F0"), hexc("#EADCF0")]
REG, BOLD = fonts("liberation-sans")
SBOLD = fonts("liberation-serif")[1]
W, H = A4
pdfmetrics.registerFontFamily(REG, normal=REG, bold=BOLD, italic=REG, boldItalic=BOLD)

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=BROWN, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14.5, textColor=OLIVE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)

PRIORITIES = [
    "Managing prolific offenders through Integrated Offender Management",
    "Finding a settled home for everyone leaving prison",
    "Getting people on probation into work and training",
    "Holding domestic abuse perpetrators to account and changing their behaviour",
    "Diverting women from the criminal justice system",
]
# (x of tag centre as a fraction of the width, string length in mm)
PLACES = [(0.17, 14), (0.5, 30), (0.83, 18), (0.33, 92), (0.67, 104)]


class Tags(Flowable):
    def __init__(self, texts):
        super().__init__()
        self.texts = texts

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 175 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        top = self.h - 6
        c.setStrokeColor(BROWN)
        c.setLineWidth(4)
        c.line(0, top, self.aw, top)
        tw = 53 * mm
        for text, (fx, drop), fill in zip(self.texts, PLACES, TAGS):
            x = fx * self.aw
            lines = simpleSplit(text, BOLD, 12, tw - 7 * mm)
            th = 24 * mm + 15 * len(lines)
            ytop = top - drop * mm
            c.setStrokeColor(GREY)
            c.setLineWidth(0.8)
            c.line(x, top, x, ytop - 8 * mm)
            # tag with clipped top corners
            cut = 9 * mm
            p = c.beginPath()
            p.moveTo(x - tw / 2, ytop - th)
            p.lineTo(x + tw / 2, ytop - th)
            p.lineTo(x + tw / 2, ytop - cut)
            p.lineTo(x + tw / 2 - cut, ytop)
            p.lineTo(x - tw / 2 + cut, ytop)
            p.lineTo(x - tw / 2, ytop - cut)
            p.close()
            c.setFillColor(fill)
            c.setStrokeColor(BROWN)
            c.setLineWidth(1)
            c.drawPath(p, stroke=1, fill=1)
            c.setFillColor(colors.white)
            c.setStrokeColor(BROWN)
            c.circle(x, ytop - 8 * mm, 3.2 * mm, stroke=1, fill=1)
            c.setFillColor(fill)
            c.circle(x, ytop - 8 * mm, 1.6 * mm, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(BOLD, 12)
            y = ytop - 19 * mm
            for ln in lines:
                c.drawCentredString(x, y, ln)
                y -= 15


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(OLIVE)
    c.rect(18 * mm, H - 15 * mm, 4 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawString(24 * mm, H - 14.2 * mm, "Surrey Reducing Reoffending Board")
    c.drawRightString(W - 18 * mm, H - 14.2 * mm, "Strategy 2024–2027")
    c.drawRightString(W - 18 * mm, 11 * mm, f"p. {p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#F5EFE4"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(BROWN)
    c.rect(0, H - 70 * mm, W, 70 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 26 * mm, "SURREY REDUCING REOFFENDING BOARD")
    c.setFillColor(BROWN)
    c.setFont(SBOLD, 32)
    c.drawString(18 * mm, H - 120 * mm, "Reducing Reoffending")
    c.drawString(18 * mm, H - 134 * mm, "Strategy")
    c.setFont(REG, 17)
    c.setFillColor(OLIVE)
    c.drawString(18 * mm, H - 148 * mm, "2024 to 2027")
    c.setFont(REG, 9.5)
    c.setFillColor(GREY)
    c.drawString(18 * mm, 28 * mm, "Probation Service · Surrey Police · Surrey County Council · Police and Crime "
                                   "Commissioner · HMP Send · HMP Downview · NHS")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Reoffending in Surrey", "ctx"), ("Learning from our last strategy", "old"),
                      ("Our priorities", "pri"), ("How we will deliver", "del"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Most crime is committed by people who have offended before. Every time we help someone to stop, we "
        "prevent the next victim.",
        "The Surrey Reducing Reoffending Board brings together the Probation Service, Surrey Police, the Police and "
        "Crime Commissioner, Surrey County Council, the borough and district housing teams, the NHS, the prisons "
        "in Surrey, the Department for Work and Pensions and voluntary organisations.",
        "This strategy sets out what we will focus on together for the next three years. People who have "
        "been through the justice system helped us to write it.",
        "<b>Chair, Surrey Reducing Reoffending Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Reoffending in Surrey", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4)]
    t = Table([["Adults on probation in Surrey", "3,400"], ["Proven reoffending rate (adults)", "23%"],
               ["People in the IOM cohort", "260"], ["Prison leavers without settled accommodation", "1 in 6"],
               ["People on probation in work six weeks after release", "21%"],
               ["Women on probation", "480"]], colWidths=[110 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (1, 0), (1, -1), BOLD, 10),
                           ("TEXTCOLOR", (1, 0), (1, -1), BROWN), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, hexc("#D9CBB5"))]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("The seven resettlement pathways", h2),
          Paragraph("Our work follows the national pathways out of offending: Accommodation; Education, training "
                    "and employment; Health; Drugs and alcohol; Finance, benefit and debt; Children and families; "
                    "and Attitudes, thinking and behaviour.", body),
          Paragraph("Integrated Offender Management cohorts", h2),
          Paragraph("Under the national IOM strategy, people are managed in a Fixed cohort (neighbourhood "
                    "crime), a Flex cohort (local priorities) and a Free cohort (others the partners agree to "
                    "manage).", body)]
    s += [PageBreak(), Paragraph("Learning from our last strategy", h1),
          Paragraph("Our 2021–2024 strategy had four themes: Homes; Health; Jobs; and Families. We made progress "
                    "on all four (illustrative), but too many people still left prison with nowhere to live.", body),
          Paragraph("What people with lived experience told us", h2)]
    s += bullets(["\u201cThe day you get out is the most dangerous day.\u201d",
                  "\u201cI needed an address to get a job, and a job to get an address.\u201d",
                  "\u201cWomen\u2019s needs are different, and the system doesn\u2019t see it.\u201d"], bl)
    s.append(Paragraph("Our principles", h2))
    s += bullets(["Desistance-focused: we build on people's strengths.", "Trauma-informed.",
                  "Whole-family: we work with partners and children."], bl)
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("What people take with them when they leave prison or start a sentence decides whether they "
                    "offend again. The board has agreed five priorities for 2024–2027, one on each tag below.",
                    body), Spacer(1, 8), Tags(PRIORITIES)]
    s += [PageBreak(), Paragraph("How we will deliver", h1),
          Paragraph("Each priority is led by a task group that reports to the board.", body)]
    g = Table([["Task group", "Main actions 2024/25", "Lead"],
               ["IOM", "Joint IOM hub in each division; drug testing on arrest", "Surrey Police, Probation"],
               ["Homes", "Accommodation duty-to-refer on release; more supported housing", "District councils"],
               ["Jobs", "Employment advisers in prisons and probation offices", "DWP, Probation"],
               ["Perpetrators", "Behaviour-change programmes; joint tasking of high-harm cases", "Probation, PCC"],
               ["Women", "Women's centre support as an alternative to short sentences", "PCC, Probation"]],
              colWidths=[28 * mm, 100 * mm, 46 * mm])
    g.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), BROWN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5,
                                                                 hexc("#D9CBB5"))]))
    s += [g, PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The board meets every quarter and reports to the Surrey Criminal Justice Partnership and to "
                    "the Police and Crime Commissioner.", body)]
    m = Table([["Measure", "Baseline", "Direction"], ["Proven reoffending rate", "23%", "Down"],
               ["Prison leavers in settled accommodation", "83%", "Up"], ["In work six weeks after release", "21%",
                                                                          "Up"],
               ["Perpetrators completing a programme", "78", "Up"], ["Women diverted to a women's centre", "120", "Up"]],
              colWidths=[90 * mm, 30 * mm, 40 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("BACKGROUND", (0, 0), (-1, 0), OLIVE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#D9CBB5"))]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: rrb@surrey-cjp.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Surrey Reducing Reoffending Board")
        doc.build(story(pages))
    needles = {"fw": "Foreword Most crime", "ctx": "Reoffending in Surrey The figures",
               "old": "Learning from our last strategy Our", "pri": "Our priorities What people take",
               "del": "How we will deliver Each", "gov": "Measures and governance The board"}
    two_pass(run, out, needles)
    return out
