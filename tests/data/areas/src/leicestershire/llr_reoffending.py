"""Leicester, Leicestershire and Rutland Reducing Reoffending Strategy 2024-2027 (LLR Reducing Reoffending
Board): reportlab report, A4 portrait (Liberation Sans, Liberation Serif headings).

Four priorities, stated once, on p6 as **stepping stones across a river** ("Four stepping stones"): a blue river
band runs across the page between a bank labelled "Leaving prison or starting a sentence" and a bank labelled "A
settled life without crime"; four irregular grey stones, staggered from the lower left bank to the upper right,
each hold one priority in bold dark type (two to four lines).  No numbers.  The bank labels are not priorities.
The previous strategy's themes (p3), the seven resettlement pathways and the IOM cohorts (p5), the "what we will
do" labels (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets
from leicestershire.work import rl_frame_templates, wrapped

FILE = "strategies/llr_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Leicester, Leicestershire and Rutland Reducing Reoffending Strategy 2024–2027"

BLUE, DARK, INK, GREY, STONE = hexc("#1565C0"), hexc("#0D2A4D"), hexc("#222222"), hexc("#6E6E6E"), hexc("#CFD4D9")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
M = 20 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=21, leading=26, textColor=DARK, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.8, leading=13.5, textColor=BLUE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.2, textColor=GREY)
stone_st = ParagraphStyle("stone", fontName=BOLD, fontSize=10.6, leading=13, textColor=DARK, alignment=TA_CENTER)
bank_st = ParagraphStyle("bank", fontName=SBOLD, fontSize=10, leading=12, textColor=hexc("#3E5B2A"))

PRIORITIES = ["Finding settled homes for people leaving prison",
              "Getting people into work, training and education",
              "Managing the most prolific offenders through Integrated Offender Management",
              "Changing the behaviour of domestic abuse perpetrators"]


class Stones(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width, self.height = width, 175 * mm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        w, h = self.width, self.height
        c.setFillColor(hexc("#E3EBD3"))  # banks
        c.rect(0, 0, w, 28 * mm, stroke=0, fill=1)
        c.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#BBDEFB"))  # river
        p = c.beginPath()
        p.moveTo(0, 28 * mm)
        p.curveTo(w * 0.3, 34 * mm, w * 0.6, 22 * mm, w, 30 * mm)
        p.lineTo(w, h - 30 * mm)
        p.curveTo(w * 0.6, h - 22 * mm, w * 0.3, h - 34 * mm, 0, h - 28 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(hexc("#90CAF9"))
        c.setLineWidth(0.8)
        for k in range(6):
            y = 45 * mm + k * 19 * mm
            q = c.beginPath()
            q.moveTo(w * 0.05 + (k % 2) * 20 * mm, y)
            q.curveTo(w * 0.2, y + 3 * mm, w * 0.3, y - 3 * mm, w * 0.45 + (k % 2) * 20 * mm, y)
            c.drawPath(q, stroke=1, fill=0)
        wrapped(c, "Leaving prison or starting a sentence", bank_st, 4 * mm, 16 * mm, 90 * mm)
        wrapped(c, "A settled life without crime", bank_st, w - 70 * mm, h - 12 * mm, 66 * mm)
        sw, sh = 66 * mm, 27 * mm
        spots = [(2 * mm, 36 * mm), (w - sw - 6 * mm, 68 * mm), (8 * mm, 100 * mm), (w - sw - 2 * mm, 132 * mm)]
        for text, (x, y) in zip(PRIORITIES, spots):
            c.setFillColor(hexc("#9AA3AC"))
            c.ellipse(x + 1.5 * mm, y - 1.5 * mm, x + sw + 1.5 * mm, y + sh - 1.5 * mm, stroke=0, fill=1)
            c.setFillColor(STONE)
            q = c.beginPath()
            q.moveTo(x + 8 * mm, y)
            q.curveTo(x + 30 * mm, y - 2 * mm, x + sw - 4 * mm, y + 1 * mm, x + sw, y + sh * 0.45)
            q.curveTo(x + sw + 1 * mm, y + sh, x + 20 * mm, y + sh + 2 * mm, x + 4 * mm, y + sh * 0.8)
            q.curveTo(x - 2 * mm, y + sh * 0.5, x - 1 * mm, y + 1 * mm, x + 8 * mm, y)
            c.drawPath(q, stroke=0, fill=1)
            para = Paragraph(text, stone_st)
            _, ph = para.wrap(sw - 14 * mm, sh)
            para.drawOn(c, x + 7 * mm, y + (sh - ph) / 2)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(M, H - 12 * mm, "LLR Reducing Reoffending Board")
    c.drawRightString(W - M, H - 12 * mm, "Reducing Reoffending Strategy 2024–2027")
    c.setStrokeColor(BLUE)
    c.setLineWidth(0.8)
    c.line(M, H - 14 * mm, W - M, H - 14 * mm)
    c.setFont(REG, 8.5)
    c.setFillColor(DARK)
    c.drawRightString(W - M, 11 * mm, f"[ {p} ]")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(BLUE)
    c.rect(0, 40 * mm, W, 50 * mm, stroke=0, fill=1)
    c.setFillColor(STONE)
    for i in range(4):
        c.ellipse(20 * mm + i * 45 * mm, 52 * mm + (i % 2) * 14 * mm, 50 * mm + i * 45 * mm, 66 * mm + (i % 2) * 14 * mm,
                  stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(M, H - 24 * mm, "LEICESTER, LEICESTERSHIRE AND RUTLAND REDUCING REOFFENDING BOARD")
    c.setFont(SBOLD, 32)
    c.drawString(M, H - 95 * mm, "Reducing Reoffending")
    c.drawString(M, H - 109 * mm, "Strategy")
    c.setFont(REG, 18)
    c.drawString(M, H - 125 * mm, "2024–2027")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 14)
    c.drawString(M, 130 * mm, "LLR Reducing Reoffending Board")
    c.setFont(REG, 9.5)
    c.drawString(M, 120 * mm, "reoffending@llr-partnership.example")
    c.drawString(M, 113 * mm, "All statistics in this strategy are illustrative.")
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Who reoffends, and why", "ctx"), ("The national framework", "nat"),
                      ("Four stepping stones", "pri"), ("What we will do", "del"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, DARK, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Most crime is committed by people who have offended before. Helping them stop is one of the surest ways to "
        "protect the public and to prevent the next victim.",
        "The Leicester, Leicestershire and Rutland Reducing Reoffending Board brings together the Probation Service, "
        "HMP Leicester and HMP Stocken, Leicestershire Police, the Police and Crime Commissioner, the councils, the "
        "NHS, Jobcentre Plus and voluntary organisations.",
        "Our previous strategy (2021–2024) had three themes: Accommodation; Substance misuse; and Women in the "
        "justice system. This strategy builds on them, and sets four stepping stones from custody or a community "
        "sentence to a settled life.",
        "<b>Chair, LLR Reducing Reoffending Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Who reoffends, and why", h1),
          Paragraph("The figures are illustrative and are not official statistics.", small)]
    s += bullets(["One in four adults released from custody reoffends within a year.",
                  "One in six people leave prison with no settled home to go to.",
                  "Fewer than one in five are in work six weeks after release.",
                  "A small group of prolific offenders commits a large share of neighbourhood crime.",
                  "Domestic abuse perpetrators are among the most likely to reoffend."], bl)
    s += [PageBreak(), Paragraph("The national framework", h1),
          Paragraph("The seven resettlement pathways, used by HM Prison and Probation Service, are: accommodation; "
                    "education, training and employment; health; drugs and alcohol; finance, benefit and debt; "
                    "children and families; and attitudes, thinking and behaviour.", body),
          Paragraph("Integrated Offender Management", h2),
          Paragraph("The national IOM strategy groups people into fixed (neighbourhood crime), flex (local "
                    "priorities) and free cohorts.", body)]
    s += [PageBreak(), Paragraph("Four stepping stones", h1),
          Paragraph("Our four priorities are the stepping stones that help someone cross from prison or a community "
                    "sentence to a settled life without crime.", body),
          Spacer(1, 6), Stones(W - 2 * M)]
    s += [PageBreak(), Paragraph("What we will do", h1)]
    for lab, t in [("Homes", "Housing advice in prison twelve weeks before release; a duty to refer from every "
                    "prison; supported housing for prolific offenders."),
                   ("Jobs", "Employment hubs in HMP Leicester and HMP Stocken; a local employers' pledge."),
                   ("IOM", "A single IOM team for the city and county, with drug testing on arrest."),
                   ("Perpetrators", "Domestic abuse behaviour change programmes for people on licence.")]:
        s += [Paragraph(lab, h2), Paragraph(t, body)]
    s += [PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The Board meets quarterly and reports to the Local Criminal Justice Board and the Police and "
                    "Crime Commissioner.", body)]
    mt = Table([["Measure", "Baseline", "Aim"], ["Settled accommodation on release", "72%", "Up"],
                ["In work six weeks after release", "18%", "Up"], ["IOM cohort reoffending", "48%", "Down"],
                ["Perpetrators completing a programme", "140", "Up"]], colWidths=[95 * mm, 25 * mm, 30 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.8), ("FONT", (0, 0), (-1, 0), BOLD, 8.8),
                            ("BACKGROUND", (0, 0), (-1, 0), DARK), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C8D2E0"))]))
    mt.hAlign = "LEFT"
    s += [mt, Spacer(1, 5), Paragraph("Baselines are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, rl_frame_templates(W, H, M, cover, header, back), TITLE,
                       "LLR Reducing Reoffending Board")
        doc.build(story(pages))
    needles = {"fw": "Foreword Most crime is", "ctx": "Who reoffends, and why The", "nat": "The national framework The seven",
               "pri": "Four stepping stones Our four", "del": "What we will do Homes", "gov": "Measures and governance The Board"}
    two_pass(run, out, needles)
    return out
