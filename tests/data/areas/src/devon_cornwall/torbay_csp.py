"""Torbay Community Safety Partnership Plan 2024-2027: reportlab report (Times body, single column).

The six priorities are a lower-case bulleted list under "Our priorities".
The delivery section then uses short theme labels ("Violence", "Drugs",
"Safer streets" ...) in a table, which are not the priorities.  Vision,
principles, "what residents told us", KPIs and governance are distractors.
"""
from rl_kit import *  # noqa: F401,F403

FILE = "strategies/torbay_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Torbay Community Safety Partnership Plan 2024–2027"

BAY, CORAL, SAND, INK = hexc("#0F4C81"), hexc("#E0674B"), hexc("#F6F1E7"), hexc("#1B1B1B")
REG, BOLD = fonts("times")
SREG, SBOLD = fonts("helvetica")

body = ParagraphStyle("body", fontName=REG, fontSize=11, leading=14.6, spaceAfter=7, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=4)
pri = ParagraphStyle("pri", parent=body, fontSize=12.5, leading=16, leftIndent=16, bulletIndent=2, spaceAfter=6,
                     textColor=BAY)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=20, leading=24, textColor=BAY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=12.5, leading=15, textColor=CORAL, spaceBefore=8, spaceAfter=5)
cell = ParagraphStyle("cell", fontName=REG, fontSize=9.6, leading=12)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, textColor=hexc("#666666"))
toc: dict = {}

PRIORITIES = [
    "reducing violence in all its forms, including domestic abuse and sexual violence",
    "tackling anti-social behaviour in our town centres and neighbourhoods",
    "reducing substance misuse and the harm it causes",
    "disrupting drug dealing in our communities",
    "tackling hate crime and promoting community cohesion",
    "helping women and girls to be and feel safe in public places",
]

DELIVERY = [
    ("Violence", "Domestic abuse outreach and IDVAs; serious violence problem-solving; perpetrator programmes",
     "Torbay Domestic Abuse and Sexual Violence Executive Group"),
    ("ASB", "Joint ASB team; seasonal plan for Torquay harbourside and Paignton seafront; victim updates",
     "ASB Strategic Group"),
    ("Substance misuse", "Treatment and recovery services; alcohol liaison at Torbay Hospital; naloxone",
     "Torbay Drug and Alcohol Partnership"),
    ("Drug dealing", "Closure orders; intelligence from housing and community reports; days of action",
     "Police and Community Safety Team"),
    ("Cohesion", "Hate crime reporting centres; tension monitoring; community events", "Torbay Cohesion Forum"),
    ("Safer streets", "Lighting and CCTV on walking routes; Ask for Angela; night-time welfare volunteers",
     "Safer Streets Group"),
]


def page_deco(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(BAY)
    c.rect(0, 0, 8 * mm, H, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont(SREG, 8)
    c.drawString(22 * mm, H - 13 * mm, "Torbay Community Safety Partnership")
    c.drawRightString(W - 20 * mm, H - 13 * mm, "Partnership Plan 2024–2027")
    c.setStrokeColor(CORAL)
    c.setLineWidth(0.6)
    c.line(22 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
    c.setFont(SREG, 8.5)
    c.drawCentredString((W + 2 * mm) / 2, 11 * mm, f"– {p} –")
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(SAND)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(BAY)
    c.rect(0, H - 150 * mm, W, 150 * mm, stroke=0, fill=1)
    c.setFillColor(CORAL)
    c.circle(W - 35 * mm, H - 150 * mm, 22 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 12)
    c.drawString(22 * mm, H - 28 * mm, "TORBAY COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(BOLD, 38)
    c.drawString(22 * mm, H - 80 * mm, "Community Safety")
    c.drawString(22 * mm, H - 96 * mm, "Partnership Plan")
    c.setFont(REG, 24)
    c.drawString(22 * mm, H - 115 * mm, "2024–2027")
    c.setFillColor(INK)
    c.setFont(REG, 12)
    c.drawString(22 * mm, 70 * mm, "Torquay  •  Paignton  •  Brixham")
    c.setFont(REG, 10)
    c.drawString(22 * mm, 60 * mm, "Torbay Council • Devon and Cornwall Police • Devon and Somerset Fire and Rescue Service")
    c.drawString(22 * mm, 54 * mm, "Probation Service • NHS Devon • Torbay and South Devon NHS Foundation Trust")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(BAY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 15)
    c.drawString(22 * mm, H - 120 * mm, "Torbay Community Safety Partnership")
    c.setFont(REG, 11)
    y = H - 132 * mm
    for line in ["Town Hall, Castle Circus, Torquay", "communitysafety@torbay.example",
                 "Telephone 01803 000000 (illustrative)", "", "Figures in this plan are illustrative."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.restoreState()


def story(pages):
    W = A4[0]
    s = [Spacer(1, 1), NextPageTemplate("body"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("1. Introduction", "intro"), ("2. Torbay: the picture", "ctx"), ("3. Our priorities", "pri"),
                      ("4. Delivering the plan", "del"), ("5. Measuring success", "kpi"), ("6. Governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 12.5, INK, gap=12))
    s += [Spacer(1, 20), Paragraph("About this document", h2),
          Paragraph("This plan is published by the Torbay Community Safety Partnership under the Crime and Disorder "
                    "Act 1998. It replaces the 2021–2024 plan and will be reviewed each year after the strategic "
                    "assessment.", body)]
    # intro
    s += [PageBreak(), Marker("intro", toc), Paragraph("1. Introduction", h1)]
    for t in [
        "Torbay is a special place. Its three towns, Torquay, Paignton and Brixham, welcome millions of visitors every "
        "year and are home to around 139,000 people. Most residents feel safe, and most visitors enjoy the bay without "
        "any trouble.",
        "But Torbay also has some of the most deprived neighbourhoods in the South West. Levels of domestic abuse, "
        "substance misuse and anti-social behaviour are higher than in neighbouring areas, and the harm is concentrated in "
        "the same streets and the same families year after year.",
        "The Torbay Community Safety Partnership brings together the organisations with a legal duty to reduce crime and "
        "disorder, substance misuse and reoffending, and to prevent serious violence. This plan sets out what we will "
        "focus on over the next three years.",
        "We have listened to residents, businesses and the people who use our services. We have also taken account of "
        "the Police and Crime Plan for Devon, Cornwall and the Isles of Scilly and the peninsula strategies on serious "
        "violence and violence against women and girls.",
        "We are grateful to everyone who contributed. We will report on progress each year."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, Torbay Community Safety Partnership</b>", body))
    # context
    s += [PageBreak(), Marker("ctx", toc), Paragraph("2. Torbay: the picture", h1),
          Paragraph("Our strategic assessment brings together police, council, health and voluntary sector data. The "
                    "figures below are illustrative.", body)]
    rows = [["139,000", "4.5m", "2,900", "+12%"],
            ["residents", "visitors a year", "domestic abuse crimes", "ASB reports in the summer months"],
            ["1 in 5", "7", "41%", "64%"],
            ["adults drink at harmful levels", "hate crimes reported a month", "of violence is domestic-related",
             "of women feel unsafe in Torquay after dark"]]
    data = [[Paragraph(f"<font size=19><b>{v}</b></font>", ParagraphStyle("n", parent=cell, leading=22, textColor=BAY))
             if r % 2 == 0 else Paragraph(v, cell) for v in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=[(W - 44 * mm) / 4] * 4)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("GRID", (0, 0), (-1, -1), 3, colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Paragraph("Illustrative figures, not official statistics.", small), Paragraph("What residents told us", h2)]
    s += bullets(["People are most concerned about anti-social behaviour and drug dealing in town centres.",
                  "Women and girls told us they avoid the harbourside and some parks after dark.",
                  "Businesses want faster action on street drinking and begging.",
                  "Residents want to hear back when they report something."], bl)
    s += [Paragraph("What the data told us", h2)]
    s += bullets(["Violence peaks on summer weekends and around the night-time economy in Torquay.",
                  "Drug-related deaths are among the highest in the South West (illustrative).",
                  "Hate crime reports rise after national events."], bl)
    # priorities
    s += [PageBreak(), Marker("pri", toc), Paragraph("3. Our priorities", h1),
          Paragraph("Our vision is for Torbay to be a place where people are safe, feel safe and look out for each "
                    "other.", ParagraphStyle("v", parent=body, fontName=BOLD, fontSize=12.5, leading=16, textColor=BAY)),
          Paragraph("Based on the strategic assessment and consultation, the partnership has agreed that over the next "
                    "three years it will focus on:", body)]
    s += bullets(PRIORITIES, pri, bullet="•")
    s += [Spacer(1, 6), Paragraph("Our principles", h2),
          Paragraph("In everything we do we will be victim-centred, trauma-informed, evidence-led and willing to try new "
                    "approaches. We will work with communities, not just for them.", body),
          Paragraph("Links to other plans", h2),
          Paragraph("This plan sits alongside the Torbay Domestic Abuse and Sexual Violence Strategy, the Torbay Drug and "
                    "Alcohol Strategy, the Youth Justice Plan and the Peninsula Serious Violence Prevention Strategy. Where "
                    "another plan leads on an issue, we will not duplicate it.", body)]
    # delivery
    s += [PageBreak(), Marker("del", toc), Paragraph("4. Delivering the plan", h1),
          Paragraph("Each area of work has a lead group that will agree a yearly action plan.", body)]
    data = [[Paragraph("<b>Theme</b>", cell), Paragraph("<b>Key activity</b>", cell), Paragraph("<b>Lead group</b>", cell)]]
    data += [[Paragraph(a, cellb), Paragraph(b, cell), Paragraph(c_, cell)] for a, b, c_ in DELIVERY]
    t = Table(data, colWidths=[30 * mm, 88 * mm, 50 * mm], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.2, BAY), ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#BBBBBB")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Paragraph("Summer in the bay", h2),
          Paragraph("From May to September the partnership runs a joint summer plan covering Torquay harbourside, "
                    "Paignton seafront and Brixham. It includes extra patrols, youth outreach, taxi marshals and a shared "
                    "radio link for businesses.", body),
          Paragraph("Case study: a safer harbourside", h2),
          Paragraph("Following concerns from women and girls, partners improved lighting, trained door staff in bystander "
                    "intervention and deployed welfare volunteers on Saturday nights. Reports of harassment fell over the "
                    "following summer (illustrative example).", body)]
    # kpis
    s += [PageBreak(), Marker("kpi", toc), Paragraph("5. Measuring success", h1),
          Paragraph("We will track the following indicators and report them to the board each quarter.", body)]
    s += bullets(["Violence with injury, and domestic abuse crimes, per 1,000 population",
                  "Repeat referrals to MARAC", "ASB incidents reported, and repeat victims",
                  "Numbers in drug and alcohol treatment, and successful completions",
                  "Drug supply offences and closure orders", "Hate crimes and incidents reported",
                  "Women's feelings of safety in town centres after dark (annual survey)"], bl, bullet="–")
    # governance
    s += [PageBreak(), Marker("gov", toc), Paragraph("6. Governance", h1),
          Paragraph("The Torbay Community Safety Partnership Board meets every quarter. It is chaired by a cabinet member "
                    "of Torbay Council and reports to the council's Overview and Scrutiny Board.", body),
          Paragraph("The board is supported by the groups named in section 4 and by a partnership analyst. It works "
                    "closely with the Torbay Safeguarding Children Partnership and the Torbay Safeguarding Adults "
                    "Board.", body), Paragraph("Members", h2)]
    s += bullets(["Torbay Council", "Devon and Cornwall Police", "Devon and Somerset Fire and Rescue Service",
                  "Probation Service", "NHS Devon Integrated Care Board", "Torbay and South Devon NHS Foundation Trust",
                  "Office of the Police and Crime Commissioner", "Torbay Community Development Trust",
                  "English Riviera Business Improvement District"], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE
    W, H = A4
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def run(pg):
        toc.clear()
        templates = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
                     PageTemplate("body", [Frame(22 * mm, 22 * mm, W - 42 * mm, H - 46 * mm, id="b", **pad)],
                                  onPage=page_deco),
                     PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]
        doc = make_doc(out, A4, templates, TITLE, "Torbay Community Safety Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
