"""Avon and Somerset Reducing Reoffending Strategy 2023-2026: reportlab landscape slide deck.

16:9 slides.  The five priorities are stated once, on the slide "Where we will
focus" (p6), as a 3 + 2 grid of cards, each with a large number and wrapped
text.  The delivery slides (pp7-11) carry only short titles ("Homes",
"Treatment", "Work", "Young adults", "Perpetrators").  The seven resettlement
pathways (p5), the Board's principles, the "What we will do" bullets, the
measures and the governance slide are distractors.
"""
from rl_kit import *  # noqa: F401,F403

FILE = "strategies/avon_and_somerset_reducing_reoffending_strategy_2023-26.pdf"
TITLE = "Avon and Somerset Reducing Reoffending Strategy 2023–2026"

SW, SH = 297 * mm, 167 * mm
NAVY, CORAL, SKY, PALE, INK = hexc("#0E2841"), hexc("#E4572E"), hexc("#17BEBB"), hexc("#EEF4F8"), hexc("#1B1B1B")
REG, BOLD = fonts("liberation-sans")

title_st = ParagraphStyle("t", fontName=BOLD, fontSize=24, leading=28, textColor=NAVY)
body = ParagraphStyle("b", fontName=REG, fontSize=12, leading=16, textColor=INK, spaceAfter=5)
bl = ParagraphStyle("bl", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=4)
card = ParagraphStyle("card", fontName=BOLD, fontSize=13.5, leading=17, textColor=colors.white)
cnum = ParagraphStyle("cnum", fontName=BOLD, fontSize=26, leading=28, textColor=SKY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=24, leading=27, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=10, leading=12.5, textColor=colors.white)
small = ParagraphStyle("s", fontName=REG, fontSize=9, leading=11, textColor=hexc("#666666"))
toc: dict = {}

PRIORITIES = [
    ("Making sure people leaving prison have somewhere safe to live", "Homes",
     ["Housing officers in HMP Bristol and HMP Eastwood Park to plan accommodation before release.",
      "A shared protocol with all five housing authorities.", "Commissioned accommodation for people with complex needs."],
     "People in settled accommodation on release"),
    ("Getting people in the justice system into drug and alcohol treatment", "Treatment",
     ["Drug testing on arrest linked to assessment and treatment.", "Continuity of care from prison to community "
      "treatment within three weeks.", "More community sentence treatment requirements."],
     "Continuity of care rate; treatment requirements made"),
    ("Helping people on probation into education, training and work", "Work",
     ["Employment hubs in every probation office.", "Employer pledges through the Local Criminal Justice Board.",
      "Prison leavers' ID and bank accounts ready on the day of release."],
     "People in employment six weeks after release"),
    ("Supporting young adults aged 18 to 25 to move away from crime", "Young adults",
     ["A young adults' service in each probation delivery unit.", "Planned transitions from youth justice to "
      "probation.", "Mentoring by people with lived experience."],
     "Reoffending by 18–25 year olds"),
    ("Holding domestic abuse perpetrators to account and changing their behaviour", "Perpetrators",
     ["Building Better Relationships programme places for everyone assessed as suitable.",
      "Joint management of high-harm perpetrators with the police.", "Information sharing with victims' advocates."],
     "Programme completions; repeat domestic abuse offending"),
]


def frame(c, doc):
    p = c.getPageNumber()
    c.saveState()
    if p == 1:
        c.setFillColor(NAVY)
        c.rect(0, 0, SW, SH, stroke=0, fill=1)
        c.setFillColor(CORAL)
        c.rect(0, 0, 12 * mm, SH, stroke=0, fill=1)
        c.setFillColor(SKY)
        c.circle(SW - 45 * mm, SH - 40 * mm, 32 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 11)
        c.drawString(24 * mm, SH - 24 * mm, "AVON AND SOMERSET REDUCING REOFFENDING BOARD")
        c.setFont(BOLD, 34)
        c.drawString(24 * mm, SH - 75 * mm, "Reducing Reoffending")
        c.drawString(24 * mm, SH - 90 * mm, "Strategy")
        c.setFont(REG, 20)
        c.setFillColor(SKY)
        c.drawString(24 * mm, SH - 106 * mm, "2023–2026")
        c.setFillColor(colors.white)
        c.setFont(REG, 10)
        c.drawString(24 * mm, 16 * mm, "A strategy of the Avon and Somerset Local Criminal Justice Board")
    else:
        c.setFillColor(CORAL)
        c.rect(0, SH - 3 * mm, SW, 3 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#777777"))
        c.setFont(REG, 8)
        c.drawString(14 * mm, 7 * mm, "Avon and Somerset Reducing Reoffending Strategy 2023–2026")
        c.drawRightString(SW - 14 * mm, 7 * mm, f"Slide {p}")
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), PageBreak(), Paragraph("Contents", title_st), Spacer(1, 8)]
    rows = [[str(pages.get(k, 0)), t] for t, k in [("Foreword", "fw"), ("Reoffending in Avon and Somerset", "ctx"),
                                                   ("The resettlement pathways", "path"), ("Where we will focus", "pri"),
                                                   ("What we will do", "d0"), ("Measuring progress", "kpi"),
                                                   ("Governance", "gov")]]
    t = Table(rows, colWidths=[18 * mm, 150 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 13), ("FONT", (0, 0), (0, -1), BOLD, 13),
                           ("TEXTCOLOR", (0, 0), (0, -1), CORAL), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [t, PageBreak(), Marker("fw", toc), Paragraph("Foreword", title_st), Spacer(1, 6)]
    for x in [
        "Around a quarter of adults who are cautioned, convicted or released from custody in Avon and Somerset "
        "reoffend within a year (illustrative). Each new offence creates another victim.",
        "The Reducing Reoffending Board brings together the Probation Service, the police, the prisons, the five "
        "councils, health, the Department for Work and Pensions and the voluntary sector. This strategy sets out "
        "where we will focus for the next three years.",
        "<b>Chair, Avon and Somerset Reducing Reoffending Board</b>"]:
        s.append(Paragraph(x, body))
    s += [PageBreak(), Marker("ctx", toc), Paragraph("Reoffending in Avon and Somerset", title_st), Spacer(1, 8)]
    s.append(Tiles([("26%", "adult proven reoffending rate"), ("1 in 7", "prison leavers homeless on release"),
                    ("58%", "of people on probation with a drug or alcohol need"), ("33%", "reoffending rate for "
                                                                                    "18–25 year olds")],
                   4, SW - 28 * mm, num, cap, [NAVY, CORAL, hexc("#0F7C7A"), hexc("#5A3E85")]))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Figures are illustrative and are not official statistics.", small))
    s += [PageBreak(), Marker("path", toc), Paragraph("The resettlement pathways", title_st), Spacer(1, 4),
          Paragraph("Our work is organised around the seven national reducing reoffending pathways:", body)]
    s += bullets(["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                  "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"], bl)
    s += [PageBreak(), Marker("pri", toc), Paragraph("Where we will focus", title_st),
          Paragraph("The Board has agreed five priorities for 2023–2026.", body), Spacer(1, 4)]
    cw = (SW - 28 * mm) / 3
    cells = [[[Paragraph(str(i + 1), cnum), Spacer(1, 4), Paragraph(p[0], card)] for i, p in
              enumerate(PRIORITIES[k:k + 3], start=k)] for k in (0, 3)]
    cells[1].append("")
    g = Table(cells, colWidths=[cw] * 3, rowHeights=[48 * mm, 48 * mm])
    g.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("BACKGROUND", (2, 1), (2, 1), colors.white),
                           ("GRID", (0, 0), (-1, -1), 6, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                           ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    s.append(g)
    for i, (name, short, dos, kpi) in enumerate(PRIORITIES):
        s += [PageBreak(), Marker(f"d{i}", toc), Paragraph(short, title_st), Spacer(1, 8),
              Paragraph("What we will do", ParagraphStyle("h", parent=body, fontName=BOLD, textColor=CORAL))]
        s += bullets(dos, bl)
        s += [Spacer(1, 6), Paragraph(f"<b>Measure:</b> {kpi}", body)]
    s += [PageBreak(), Marker("kpi", toc), Paragraph("Measuring progress", title_st), Spacer(1, 6)]
    kt = Table([["Measure", "Baseline 2022/23", "Aim 2026"], ["Adult proven reoffending rate", "26%", "22%"],
                ["Settled accommodation on release", "71%", "85%"], ["Continuity of care", "39%", "60%"],
                ["Employment six weeks after release", "19%", "30%"]], colWidths=[110 * mm, 45 * mm, 35 * mm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 12), ("FONT", (0, 0), (-1, 0), BOLD, 12),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#BBBBBB")), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [kt, Spacer(1, 6), Paragraph("Baselines are illustrative.", small)]
    s += [PageBreak(), Marker("gov", toc), Paragraph("Governance", title_st), Spacer(1, 6),
          Paragraph("The Reducing Reoffending Board meets quarterly and reports to the Avon and Somerset Local Criminal "
                    "Justice Board, chaired by the Police and Crime Commissioner.", body),
          Paragraph("Our principles", ParagraphStyle("h", parent=body, fontName=BOLD, textColor=CORAL))]
    s += bullets(["Trauma-informed and gender-responsive", "Led by evidence of what works", "Shaped by people with "
                  "lived experience"], bl)
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, (SW, SH), [PageTemplate("slide", [Frame(14 * mm, 14 * mm, SW - 28 * mm, SH - 28 * mm,
                                                                    id="f", leftPadding=0, rightPadding=0,
                                                                    topPadding=0, bottomPadding=0)], onPage=frame)],
                       TITLE, "Avon and Somerset Reducing Reoffending Board")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
