"""Blackpool Youth Justice Plan 2024-25: reportlab report following the YJB plan template.

The six priorities are the "Priority" cells of a table in "5. Our priorities
for 2024-25": columns No. | Priority | What we will do | Lead, all on one
page (p7).  The priority cells wrap over up to four lines, and pdftotext reads
the table column by column.
The Child First tenets, the previous plan's priorities (p5), the YJB key
performance indicators, the resources table and the sign-off are distractors.
"""
from rl_kit import *  # noqa: F401,F403

FILE = "strategies/blackpool_youth_justice_plan_2024-25.pdf"
TITLE = "Blackpool Youth Justice Plan 2024–25"

GREEN, LIME, PAPER, INK, GREY = hexc("#1B5E3B"), hexc("#8CC63F"), hexc("#F1F7EC"), hexc("#1C1C1C"), hexc("#666666")
REG, BOLD = fonts("dejavu")

body = ParagraphStyle("body", fontName=REG, fontSize=9.3, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=18, leading=22, textColor=GREEN, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=GREEN, spaceBefore=7, spaceAfter=3)
th = ParagraphStyle("th", fontName=BOLD, fontSize=8.8, leading=11, textColor=colors.white)
td = ParagraphStyle("td", fontName=REG, fontSize=8.5, leading=11, textColor=INK)
tdb = ParagraphStyle("tdb", fontName=BOLD, fontSize=9.6, leading=12.4, textColor=GREEN)
num = ParagraphStyle("num", fontName=BOLD, fontSize=21, leading=25, textColor=GREEN)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=INK)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
toc: dict = {}

PRIORITIES = [
    ("Preventing children from entering the youth justice system through early help and diversion",
     ["Expand the Turnaround programme for children on the edge of the justice system.",
      "Use out-of-court resolutions and the joint decision-making panel with the police.",
      "Offer positive activities in the evenings and school holidays in the inner wards."],
     "Prevention and Diversion Manager"),
    ("Reducing reoffending by children",
     ["Use the Asset Plus assessment to plan interventions with every child.",
      "Provide speech, language and communication support to every child who needs it.",
      "Work with families through the Family Hubs."],
     "Operational Manager"),
    ("Reducing serious youth violence and knife crime",
     ["Deliver the Blackpool actions of the Violence Reduction Network's strategy for young people.",
      "Offer every child arrested for a knife offence a trusted adult within 48 hours.",
      "Work with schools on weapons awareness."],
     "Serious Youth Violence Lead"),
    ("Improving access to education, training and employment",
     ["Place an education worker in the youth justice team.",
      "Reduce exclusions for children known to the service.",
      "Work with colleges and employers on apprenticeships."],
     "Education Lead"),
    ("Putting victims at the heart of our work through restorative justice",
     ["Contact every victim of a child's offence within ten working days.",
      "Offer restorative conferences and letters of apology.",
      "Involve victims' views in reparation projects."],
     "Restorative Justice Coordinator"),
    ("Reducing the over-representation of children in care in the justice system",
     ["Adopt the national protocol on reducing criminalisation of children in care.",
      "Work with residential children's homes to avoid police call-outs for minor incidents.",
      "Review every charge of a child in care at the joint decision-making panel."],
     "Head of Service, Children in Care"),
]

PREVIOUS = [("Resettlement after custody", "Met"), ("Speech, language and communication needs", "Partly met"),
            ("Disproportionality", "Partly met"), ("Serious youth violence", "Met"),
            ("Education for children in the justice system", "Not met")]


def deco(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 6 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(LIME)
    c.rect(0, H - 7.5 * mm, W, 1.5 * mm, stroke=0, fill=1)
    c.setFont(REG, 7.6)
    c.setFillColor(GREY)
    c.drawString(18 * mm, H - 14 * mm, "Blackpool Youth Justice Service")
    c.drawRightString(W - 18 * mm, H - 14 * mm, "Youth Justice Plan 2024–25")
    c.setFont(BOLD, 8.5)
    c.setFillColor(GREEN)
    c.drawCentredString(W / 2, 10 * mm, f"Page {p}")
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(PAPER)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.rect(0, H * 0.55, W, H * 0.45, stroke=0, fill=1)
    c.setFillColor(LIME)
    for i in range(6):
        c.rect(20 * mm + i * 12 * mm, H * 0.55 - 4 * mm, 9 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 11)
    c.drawString(20 * mm, H - 25 * mm, "BLACKPOOL COUNCIL  ·  YOUTH JUSTICE SERVICE")
    c.setFont(BOLD, 34)
    c.drawString(20 * mm, H - 78 * mm, "Youth Justice Plan")
    c.setFont(REG, 24)
    c.drawString(20 * mm, H - 94 * mm, "2024–25")
    c.setFillColor(GREEN)
    c.setFont(REG, 11)
    c.drawString(20 * mm, H * 0.38, "Child First: seeing children as children")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 25 * mm, "Prepared under section 40 of the Crime and Disorder Act 1998")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 16)
    c.drawString(20 * mm, H / 2 + 8 * mm, "Blackpool Youth Justice Service")
    c.setFont(REG, 10)
    c.drawString(20 * mm, H / 2 - 2 * mm, "youthjustice@blackpool.example  ·  01253 000000 (illustrative)")
    c.drawString(20 * mm, H / 2 - 10 * mm, "All statistics in this plan are illustrative.")
    c.restoreState()


def story(pages):
    W = A4[0]
    fw = W - 36 * mm
    s = [Spacer(1, 1), NextPageTemplate("body"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("1. Introduction, vision and strategy", "intro"), ("2. Local context", "ctx"),
               ("3. Progress on the previous plan", "prev"), ("4. Performance", "perf"),
               ("5. Our priorities for 2024–25", "pri"), ("6. Governance, leadership and partnerships", "gov"),
               ("7. Resources and sign-off", "res")]
    for text, key in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, gap=12, leader=True))
    # intro
    s += [PageBreak(), Marker("intro", toc), Paragraph("1. Introduction, vision and strategy", h1)]
    for t in [
        "This is Blackpool's youth justice plan for 2024–25. It is prepared by the Youth Justice Partnership Board under "
        "the Crime and Disorder Act 1998 and follows the Youth Justice Board's guidance.",
        "Blackpool has some of the highest levels of childhood deprivation in England, and many of the children we work "
        "with have experienced trauma, exclusion from school and time in care. Our job is to help them to move away "
        "from offending and to keep the public and victims safe.",
        "Our vision is that every child in Blackpool who comes into contact with the justice system is seen as a child "
        "first, is helped to build a positive identity and goes on to lead a safe and fulfilling life."]:
        s.append(Paragraph(t, body))
    s += [Paragraph("Child First", h2), Paragraph("We follow the Youth Justice Board's Child First principle. Its four "
                                                  "tenets are:", body)]
    s += bullets(["<b>As children</b>: prioritise the best interests of children, recognising their needs, capacities, "
                  "rights and potential.", "<b>Building pro-social identity</b>: promote children's individual "
                  "strengths and capacities to develop their pro-social identity.", "<b>Collaborating with "
                  "children</b>: encourage children's active participation, engagement and wider social inclusion.",
                  "<b>Diverting from stigma</b>: promote a childhood removed from the justice system, using "
                  "prevention, diversion and minimal intervention."], bl)
    s += [Paragraph("<b>Chair, Blackpool Youth Justice Partnership Board</b>", body)]
    # context
    s += [PageBreak(), Marker("ctx", toc), Paragraph("2. Local context", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("141,000", "people live in Blackpool"), ("29,500", "children and young people aged 0–17"),
                    ("212", "children worked with by the service in 2023–24"), ("48%", "of them known to children's "
                                                                                   "social care"),
                    ("27%", "of them in care or care leavers"), ("64%", "with an identified speech, language or "
                                                                       "communication need")],
                   3, fw, num, cap, [PAPER, hexc("#E4F0DA")]))
    s += [Paragraph("Illustrative figures.", small), Paragraph("What children told us", h2)]
    s += bullets(["They want workers who stick with them and do not change.", "They want somewhere safe to go in the "
                  "evenings.", "Many said they carried a knife because they felt unsafe.",
                  "School exclusion was often the point at which things went wrong."], bl)
    # previous plan
    s += [PageBreak(), Marker("prev", toc), Paragraph("3. Progress on the previous plan", h1),
          Paragraph("Our 2023–24 plan set five priorities. Progress against each is summarised below.", body)]
    rows = [[Paragraph("2023–24 priority", th), Paragraph("Progress", th)]]
    rows += [[Paragraph(a, td), Paragraph(b, td)] for a, b in PREVIOUS]
    t = Table(rows, colWidths=[fw * 0.72, fw * 0.28])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREY), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GREY),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 6), Paragraph("Highlights", h2)]
    s += bullets(["The resettlement panel now meets every child before release from custody.",
                  "Every case manager has completed speech and language training.",
                  "The number of children excluded from school while known to us has not yet fallen."], bl)
    # performance
    s += [PageBreak(), Marker("perf", toc), Paragraph("4. Performance", h1),
          Paragraph("The three headline national indicators (illustrative figures):", body)]
    perf = [[Paragraph(x, th) for x in ("Indicator", "Blackpool", "England")],
            [Paragraph("First-time entrants per 100,000 children", td), Paragraph("248", td), Paragraph("149", td)],
            [Paragraph("Binary reoffending rate", td), Paragraph("36%", td), Paragraph("32%", td)],
            [Paragraph("Custody rate per 1,000 children", td), Paragraph("0.22", td), Paragraph("0.10", td)]]
    t = Table(perf, colWidths=[fw * 0.6, fw * 0.2, fw * 0.2])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GREY),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Paragraph("The Youth Justice Board's key performance indicators", h2),
          Paragraph("Since April 2023 every service also reports ten further indicators:", body)]
    s += bullets(["Suitable accommodation", "Education, training and employment", "Special educational needs and "
                  "disabilities", "Mental health care and emotional wellbeing", "Substance misuse",
                  "Out-of-court disposals", "Links to wider services", "Management board attendance",
                  "Serious violence", "Victims"], bl)
    # priorities table
    s += [PageBreak(), Marker("pri", toc), Paragraph("5. Our priorities for 2024–25", h1),
          Paragraph("The Partnership Board agreed six priorities for 2024–25, based on our performance, the views of "
                    "children and victims, and our needs assessment.", body), Spacer(1, 4)]
    rows = [[Paragraph(x, th) for x in ("No.", "Priority", "What we will do", "Lead")]]
    for i, (name, dos, lead) in enumerate(PRIORITIES):
        rows.append([Paragraph(str(i + 1), tdb), Paragraph(name, tdb),
                     [Paragraph(d, td, bulletText="•") for d in dos], Paragraph(lead, td)])
    t = Table(rows, colWidths=[11 * mm, fw * 0.3, fw * 0.46, None], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.6, LIME), ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                                                                        [colors.white, PAPER]),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [t]
    # governance
    s += [PageBreak(), Marker("gov", toc), Paragraph("6. Governance, leadership and partnerships", h1),
          Paragraph("The Youth Justice Partnership Board is chaired by the council's Director of Children's Services. "
                    "It meets quarterly and oversees performance, risk and this plan.", body),
          Paragraph("Board members", h2)]
    s += bullets(["Blackpool Council (children's services, education, public health)", "Lancashire Constabulary",
                  "Probation Service", "NHS Lancashire and South Cumbria", "Office of the Police and Crime Commissioner",
                  "Lancashire Violence Reduction Network", "HM Courts and Tribunals Service"], bl)
    s += [Paragraph("The board reports to the Safer Blackpool Partnership and to the Blackpool Safeguarding Children "
                    "Partnership.", body)]
    # resources
    s += [PageBreak(), Marker("res", toc), Paragraph("7. Resources and sign-off", h1)]
    res = [[Paragraph(x, th) for x in ("Source (illustrative)", "£")],
           [Paragraph("Youth Justice Board grant", td), Paragraph("612,000", td)],
           [Paragraph("Blackpool Council", td), Paragraph("845,000", td)],
           [Paragraph("Police and Crime Commissioner", td), Paragraph("64,000", td)],
           [Paragraph("Probation Service and health (staff and funding)", td), Paragraph("210,000", td)]]
    t = Table(res, colWidths=[fw * 0.7, fw * 0.3])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GREY),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 10), Paragraph("Sign-off", h2),
          Paragraph("Chair of the Youth Justice Partnership Board: signed (role only).", body),
          Paragraph("Date: June 2024 (illustrative).", body)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE
    W, H = A4
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def run(pg):
        toc.clear()
        templates = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
                     PageTemplate("body", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="b", **pad)],
                                  onPage=deco),
                     PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]
        doc = make_doc(out, A4, templates, TITLE, "Blackpool Youth Justice Service")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
