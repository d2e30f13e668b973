"""Dorset Reducing Reoffending Strategy 2024-2027 (Dorset Criminal Justice Board): reportlab, **A4 landscape
pages that are two-page spreads of an A5 booklet**, exported as one page each (Liberation Sans, Liberation
Serif headings).

Every PDF page holds two booklet pages side by side with a shaded gutter down the middle and a booklet folio at
the outer foot of each half ("8" and "9"); the contents (PDF p2, left half) lists booklet folios.  The first PDF
page is the outer cover spread (back cover left, front cover right).  Five priorities, stated once, on the
centre spread (PDF p5, booklet pp8-9): the left half has the introduction and priorities 1-2, the right half
priorities 3-5; each is a bold serif heading beside a large pale numeral printed on a line of its own, with a
paragraph under it.  The previous strategy's priorities (p3), the seven resettlement pathways and the IOM
cohorts (p4), the key findings (p4), the delivery groups (p6) and the measures (p7) are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/dorset_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Dorset Reducing Reoffending Strategy 2024–2027"
SLATE, RUST, INK, GREY = hexc("#2C3E50"), hexc("#B5651D"), hexc("#222222"), hexc("#666E75")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = landscape(A4)
HALF = W / 2

body = ParagraphStyle("body", fontName=REG, fontSize=8.8, leading=12.2, spaceAfter=4, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=10, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=18, leading=22, textColor=SLATE, spaceAfter=7)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10, leading=13, textColor=RUST, spaceBefore=5, spaceAfter=3)
ph = ParagraphStyle("ph", fontName=SBOLD, fontSize=12.5, leading=15.5, textColor=SLATE, spaceAfter=3)
nm = ParagraphStyle("nm", fontName=SBOLD, fontSize=26, leading=26, textColor=hexc("#E3C7AE"))
small = ParagraphStyle("small", parent=body, fontSize=7, leading=9, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=14, leading=17, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.4, leading=9.4, textColor=colors.white)
cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10.4, spaceAfter=0)

PRIORITIES = [
    ("A settled home for everyone leaving prison",
     "Too many people leave HMP The Verne, HMP Guys Marsh and other prisons with nowhere to go on the first night. "
     "We will start housing plans twelve weeks before release and fund accommodation for those at highest risk."),
    ("Helping people on probation into work and training",
     "A job is one of the strongest protections against reoffending. We will bring employers into prisons and "
     "probation offices and link every person on probation who wants it to training."),
    ("Managing prolific offenders together through Integrated Offender Management",
     "A small number of people commit a large share of neighbourhood crime. Police, probation and partners will "
     "manage them together, with a clear offer of support and clear consequences."),
    ("Challenging perpetrators of domestic abuse to change their behaviour",
     "Domestic abuse is the most common offence among the people we manage. We will offer behaviour change "
     "programmes in the community and in prison, and share information to keep partners and children safe."),
    ("Getting people on probation into drug and alcohol treatment",
     "Half of the people on probation in Dorset have a drug or alcohol need. We will use treatment requirements "
     "in court orders and make sure treatment continues on release from prison."),
]


def folio(c, n, side):
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    if side == "L":
        c.drawString(14 * mm, 9 * mm, str(n))
        c.drawString(22 * mm, 9 * mm, "Reducing Reoffending Strategy 2024–2027")
    else:
        c.drawRightString(W - 14 * mm, 9 * mm, str(n))
        c.drawRightString(W - 22 * mm, 9 * mm, "Dorset Criminal Justice Board")


def spread(c, doc):
    p = c.getPageNumber()
    c.saveState()
    for k, a in enumerate([0.10, 0.07, 0.04, 0.02]):
        c.setFillColor(colors.Color(0, 0, 0, alpha=a))
        c.rect(HALF - (k + 1) * 2.2 * mm, 0, (k + 1) * 4.4 * mm, H, stroke=0, fill=1)
    c.setStrokeColor(hexc("#CCCCCC"))
    c.line(HALF, 0, HALF, H)
    left = 2 * (p - 1)
    folio(c, left, "L")
    folio(c, left + 1, "R")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(SLATE)
    c.rect(HALF, 0, HALF, H, stroke=0, fill=1)
    c.setFillColor(RUST)
    c.rect(HALF, 60 * mm, HALF, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9)
    c.drawString(HALF + 14 * mm, H - 22 * mm, "DORSET CRIMINAL JUSTICE BOARD")
    c.setFont(SBOLD, 28)
    c.drawString(HALF + 14 * mm, H - 85 * mm, "Reducing Reoffending")
    c.drawString(HALF + 14 * mm, H - 97 * mm, "Strategy")
    c.setFont(SREG, 16)
    c.drawString(HALF + 14 * mm, H - 112 * mm, "2024–2027")
    c.setFont(REG, 8.5)
    c.drawString(HALF + 14 * mm, 40 * mm, "Fewer victims, safer communities, second chances that work.")
    # back cover on the left half
    c.setFillColor(hexc("#F3EEE8"))
    c.rect(0, 0, HALF, H, stroke=0, fill=1)
    c.setFillColor(SLATE)
    c.setFont(SBOLD, 12)
    c.drawString(14 * mm, 70 * mm, "Dorset Criminal Justice Board")
    c.setFont(REG, 8.5)
    y = 62 * mm
    for line in ["Reducing Reoffending Group", "reoffending@dorset-cjb.example",
                 "This booklet is available in large print on request.",
                 "All statistics in this booklet are illustrative."]:
        c.drawString(14 * mm, y, line)
        y -= 5.5 * mm
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fw = HALF - 30 * mm
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("spread", [Frame(14 * mm, 16 * mm, fw, H - 30 * mm, id="L", **pad),
                                    Frame(HALF + 16 * mm, 16 * mm, fw, H - 30 * mm, id="R", **pad)],
                         onPage=spread)]


def tbl(rows, widths):
    t = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=widths)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc("#E6E9EC")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#C9CED3"))]))
    t.hAlign = "LEFT"
    return t


def pri(i, name, text):
    t = Table([[Paragraph(str(i), nm), [Paragraph(name, ph), Paragraph(text, body)]]],
              colWidths=[14 * mm, HALF - 44 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return t


def story(pages):
    fw = HALF - 30 * mm
    s = [Spacer(1, 1), NextPageTemplate("spread"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Dorset in figures", "ctx"), ("Where we start from", "prev"),
                      ("What we found", "find"), ("The national framework", "nat"), ("Our priorities", "pri"),
                      ("Delivery", "del"), ("Governance", "gov"), ("Measures", "meas")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 10.5, SLATE, leader=True, gap=11))
    s += [Spacer(1, 10), Paragraph("Page numbers refer to the pages of this booklet.", small), FrameBreak(),
          Paragraph("Foreword", h1)]
    for t in ["Most crime in Dorset is committed by people who have offended before. Every time we help someone "
              "stop offending, we prevent future victims.",
              "This strategy is owned by the Reducing Reoffending Group of the Dorset Criminal Justice Board, which "
              "brings together the Probation Service, Dorset Police, the prisons, both councils, NHS Dorset, the "
              "Department for Work and Pensions, the Police and Crime Commissioner and the voluntary sector.",
              "It sets five priorities for the next three years, chosen from our needs assessment and from talking "
              "with people who have been through the system.",
              "<b>Chair, Reducing Reoffending Group</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Dorset in figures", h1),
          Paragraph("Illustrative figures; not official statistics.", small), Spacer(1, 3),
          Tiles([("2,900", "people supervised by probation"), ("27%", "adult proven reoffending rate"),
                 ("1 in 7", "leave prison with no settled home"), ("48%", "have a drug or alcohol need")], 2, fw,
                num, cap, [SLATE, RUST, hexc("#5D7B6F"), hexc("#7D5A50")]),
          FrameBreak(), Paragraph("Where we start from", h1),
          Paragraph("Our previous strategy (2021–2024) had three themes: Accommodation; Employment; and Health. "
                    "Progress was made on all three, but the themes were broad and hard to measure.", body),
          Paragraph("What people with lived experience told us", h2)]
    s += bullets(["\u201cThe first night out is the worst. Nobody knew where I'd be sleeping.\u201d",
                  "\u201cI wanted a job but no one would look past my record.\u201d"], bl)
    s += [PageBreak(), Paragraph("What we found", h1)]
    s += bullets(["Reoffending is highest in the first three months after release.",
                  "A quarter of prolific offenders have no settled address.",
                  "Domestic abuse is the most common index offence among people on probation.",
                  "Fewer than half of those with a drug need start treatment after release."], bl)
    s += [FrameBreak(), Paragraph("The national framework", h1),
          Paragraph("The seven resettlement pathways set nationally are: accommodation; education, training and "
                    "employment; health; drugs and alcohol; finance, benefit and debt; children and families; and "
                    "attitudes, thinking and behaviour. They are national pathways, not our priorities.", body),
          Paragraph("Integrated Offender Management has three cohorts: fixed (neighbourhood crime), flex (local "
                    "priorities) and free (other people who cause the most harm).", body)]
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("The Reducing Reoffending Group has agreed five priorities for 2024 to 2027.", body),
          Spacer(1, 4)]
    for i, (name, text) in enumerate(PRIORITIES, 1):
        if i == 3:
            s.append(FrameBreak())
        s.append(pri(i, name, text))
    s += [PageBreak(), Paragraph("Delivery", h1),
          Paragraph("Each priority has a delivery group with a lead agency.", body),
          tbl([["Group", "Lead"], ["Homes on release", "BCP Council and Dorset Council"],
               ["Work and skills", "Department for Work and Pensions"], ["IOM", "Dorset Police and Probation"],
               ["Domestic abuse perpetrators", "Probation Service"], ["Treatment", "Public health"]],
              [fw * 0.55, fw * 0.45]),
          FrameBreak(), Paragraph("Governance", h1),
          Paragraph("The group meets every two months and reports to the Dorset Criminal Justice Board. The Police "
                    "and Crime Commissioner chairs the board and funds part of the delivery.", body)]
    s += [PageBreak(), Paragraph("Measures", h1),
          tbl([["Measure", "Baseline", "Aim"], ["Settled accommodation on release", "71%", "85%"],
               ["In work six weeks after release", "14%", "25%"], ["IOM cohort reoffending", "62%", "Down"],
               ["Starts on perpetrator programmes", "110", "Up"], ["Treatment within three weeks of release",
                                                                   "41%", "60%"]],
              [fw * 0.6, fw * 0.2, fw * 0.2]),
          Paragraph("Baselines are illustrative.", small), FrameBreak(),
          Paragraph("Contact", h1), Paragraph("reoffending@dorset-cjb.example", body)]
    return s


def booklet(pdf_page, side):
    return 2 * (pdf_page - 1) + (1 if side == "R" else 0)


# Booklet folios of each section: every spread is one PDF page (PDF page n holds booklet pages 2n-2 and 2n-1),
# and each section starts a half of its own, so the folios are fixed by the layout and checked after the build.
FOLIOS = {"fw": 3, "ctx": 4, "prev": 5, "find": 6, "nat": 7, "pri": 8, "del": 10, "gov": 11, "meas": 12}


def build(root):
    out = root / FILE
    doc = make_doc(out, landscape(A4), templates(), TITLE, "Dorset Criminal Justice Board")
    doc.build(story(FOLIOS))
    from common import page_texts, squash
    texts = page_texts(out)
    for key, head in [("ctx", "Dorset in figures"), ("find", "What we found"), ("pri", "Our priorities"),
                      ("del", "Delivery"), ("meas", "Measures")]:
        pdf_page = FOLIOS[key] // 2 + 1
        if not texts[pdf_page - 1].startswith(squash(head)):
            raise RuntimeError(f"{out.name}: {head!r} is not at the top of PDF page {pdf_page}")
    return out
