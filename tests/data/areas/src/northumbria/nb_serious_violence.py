"""Northumbria Serious Violence Response Strategy 2024-2029: reportlab A5 booklet.

Four priorities, one per A5 page (pp7-10).  Each page opens with a row of two
cells: a square holding a large outline-style numeral ("01" ... "04") and,
beside it, the priority heading (SV2 and SV3 wrap over two or three lines in
the narrow cell).  The definition of serious violence and the specified
authorities (p4), the strategic needs assessment's key findings (p5), the
Home Office success measures (p6), the "What we will do" lists, the
interventions page under short titles (p11) and the local measures (p12) are
distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import Marker

FILE = "strategies/northumbria_serious_violence_response_strategy_2024-29.pdf"
TITLE = "Northumbria Serious Violence Response Strategy 2024–2029"
A5 = (148 * mm, 210 * mm)
W, H = A5

TEAL, CORAL, INK, PALE = hexc("#00606B"), hexc("#E4572E"), hexc("#1B1B1B"), hexc("#E7F1F2")
REG, BOLD = fonts("dejavu-cond")

body = ParagraphStyle("body", fontName=REG, fontSize=8.4, leading=11.4, spaceAfter=4, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=9, bulletIndent=0, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=16, leading=19, textColor=TEAL, spaceAfter=7)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10, leading=12.5, textColor=CORAL, spaceBefore=5, spaceAfter=3)
ph = ParagraphStyle("ph", fontName=BOLD, fontSize=14, leading=17, textColor=TEAL)
numst = ParagraphStyle("numst", fontName=BOLD, fontSize=26, leading=28, textColor=colors.white, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=6.8, leading=8.6, textColor=hexc("#666666"))
toc: dict = {}

PRIORITIES = [
    ("Reducing knife crime and serious violence across Northumbria",
     "Knife crime and serious violence cause devastating harm to victims, families and communities. Most of it is "
     "concentrated in a small number of places and involves a small number of people.",
     ["Focus patrols and youth outreach on the twenty hotspots that account for a third of serious violence.",
      "Offer every young person admitted to hospital with a stab wound a navigator.",
      "Run weapons surrender and knife-free schools campaigns each year."]),
    ("Preventing children and young people from becoming involved in violence",
     "Children who are excluded from school, who have experienced trauma or who are exploited are far more likely "
     "to be involved in violence, as victims and as perpetrators.",
     ["Fund mentors for children at risk of exclusion in every district.",
      "Train teachers, youth workers and social workers in trauma-informed practice.",
      "Work with youth justice services on a Turnaround and diversion offer."]),
    ("Tackling alcohol-related violence in the night-time economy",
     "One in four incidents of violence with injury happens in and around licensed premises on Friday and Saturday "
     "nights, in the Bigg Market, Sunderland city centre and the coast.",
     ["Fund street pastors, marshals and safe havens in the main night-time areas.",
      "Work with licensing authorities on Best Bar None and on reviews of problem premises.",
      "Train door staff in de-escalation and in spotting vulnerability."]),
    ("Building a shared understanding of violence through data",
     "Partners hold different pieces of the picture. Hospital, police, school and youth justice data are rarely "
     "brought together, and the voices of young people are rarely heard.",
     ["Publish an updated strategic needs assessment every year.",
      "Share anonymised emergency department data on assaults (the Cardiff Model).",
      "Set up a young people's panel to test our findings."]),
]


def deco(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, H - 6 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 6.6)
    c.drawString(12 * mm, H - 4.2 * mm, "NORTHUMBRIA VIOLENCE REDUCTION UNIT")
    c.setFillColor(INK)
    c.setFont(REG, 7)
    c.drawString(12 * mm, 7 * mm, f"Page {p}")
    c.drawRightString(W - 12 * mm, 7 * mm, "Serious Violence Response Strategy")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(CORAL)
    c.rect(0, 52 * mm, W, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8.5)
    c.drawString(14 * mm, H - 20 * mm, "NORTHUMBRIA VIOLENCE REDUCTION UNIT")
    c.setFont(BOLD, 22)
    for k, line in enumerate(["Serious Violence", "Response Strategy"]):
        c.drawString(14 * mm, H - 80 * mm - k * 9 * mm, line)
    c.setFont(REG, 15)
    c.drawString(14 * mm, H - 106 * mm, "2024–2029")
    c.setFont(REG, 7.5)
    c.drawString(14 * mm, 40 * mm, "Prepared under the Serious Violence Duty")
    c.drawString(14 * mm, 35 * mm, "(Police, Crime, Sentencing and Courts Act 2022)")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(INK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(14 * mm, 60 * mm, "Northumbria Violence Reduction Unit")
    c.setFont(REG, 8)
    c.drawString(14 * mm, 53 * mm, "vru@northumbria-pcc.example")
    c.drawString(14 * mm, 47 * mm, "Statistics in this strategy are illustrative.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(12 * mm, 14 * mm, W - 24 * mm, H - 30 * mm, id="s", **pad)], onPage=deco),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1)]
    for text, key in [("Foreword", "fw"), ("The Serious Violence Duty", "duty"), ("What the evidence tells us", "sna"),
                      ("Our approach", "app")] + [(f"Priority {i + 1}", f"p{i}") for i in range(4)] + \
            [("What we fund", "fund"), ("Governance and measures", "gov")]:
        ind = 10 if text.startswith("Priority") else 0
        s.append(ContentsLine(text, pages.get(key, 0), REG, 9, INK, indent=ind, leader=False, gap=8))
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence is preventable. That is the founding belief of the Northumbria Violence Reduction Unit, and "
        "it is the belief behind this strategy.",
        "Since 2019 the unit has brought together the police, councils, health, education, probation, youth justice "
        "and the voluntary sector. The Serious Violence Duty now requires these organisations to work together, to "
        "understand violence in their area and to publish a strategy to prevent and reduce it.",
        "This is our strategy for 2024 to 2029. It is based on our strategic needs assessment and on conversations "
        "with more than 400 young people (illustrative).",
        "<b>Director, Northumbria Violence Reduction Unit</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Marker("duty", toc), Paragraph("The Serious Violence Duty", h1),
          Paragraph("Our local definition of serious violence covers homicide, violence with injury, knife and weapon "
                    "offences, robbery, and violence linked to alcohol, drugs and exploitation. Domestic abuse and "
                    "sexual violence are included where they involve serious harm.", body),
          Paragraph("The specified authorities", h2)]
    s += bullets(["Northumbria Police", "The six local authorities", "Tyne and Wear Fire and Rescue Service and "
                  "Northumberland Fire and Rescue Service", "North East and North Cumbria Integrated Care Board",
                  "The Probation Service", "Youth justice services"], bl)
    s.append(Paragraph("Educational authorities and prisons are relevant authorities and take part in our work.", body))
    s += [PageBreak(), Marker("sna", toc), Paragraph("What the evidence tells us", h1),
          Paragraph("Key findings of our 2023 strategic needs assessment (illustrative):", body)]
    s += bullets(["Serious violence fell during the pandemic and has since returned to 2019 levels.",
                  "Knife crime is concentrated in parts of Newcastle, Sunderland, Gateshead and South Tyneside.",
                  "Young people aged 15 to 24 are most at risk, as victims and as offenders.",
                  "One in four violent incidents with injury is linked to the night-time economy.",
                  "School exclusion and exploitation are strong risk factors.",
                  "Data from hospitals and schools is not yet joined up with police data."], bl)
    t = Table([[Paragraph("<b>1,280</b>", body), Paragraph("<b>310</b>", body), Paragraph("<b>24%</b>", body)],
               [Paragraph("knife crimes a year", small), Paragraph("hospital admissions for assault with a sharp "
                                                                   "object", small),
                Paragraph("of violence with injury in the night-time economy", small)]],
              colWidths=[(W - 24 * mm) / 3] * 3)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("GRID", (0, 0), (-1, -1), 2, colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [Spacer(1, 4), t, Paragraph("Illustrative figures.", small)]
    s += [PageBreak(), Marker("app", toc), Paragraph("Our approach", h1),
          Paragraph("We take a public health approach: we look at the causes of violence across a whole population, "
                    "use data to find where to act, and test what works.", body),
          Paragraph("Home Office success measures", h2),
          Paragraph("The Government judges our progress against three national measures:", body)]
    s += bullets(["A reduction in hospital admissions for assaults with a knife or sharp object, especially among "
                  "those aged under 25.", "A reduction in knife and sharp object enabled serious violence recorded "
                  "by the police.", "A reduction in homicides recorded by the police."], bl, bullet="–")
    s.append(Paragraph("Our four priorities, on the pages that follow, are how we will contribute locally.", body))
    for i, (name, why, dos) in enumerate(PRIORITIES):
        s += [PageBreak(), Marker(f"p{i}", toc)]
        t = Table([[Paragraph(f"0{i + 1}", numst), Paragraph(name, ph)]], colWidths=[22 * mm, W - 24 * mm - 22 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), CORAL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (1, 0), (1, 0), 6 * mm), ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        s += [t, Spacer(1, 8), Paragraph("Why it matters", h2), Paragraph(why, body),
              Paragraph("What we will do", h2)]
        s += bullets(dos, bl)
    s += [PageBreak(), Marker("fund", toc), Paragraph("What we fund", h1),
          Paragraph("The unit's interventions, under the short titles we use with partners:", body)]
    for tt, d in [("Navigators", "Youth workers in emergency departments in Newcastle and Sunderland."),
                  ("Mentors", "One-to-one mentoring for children at risk of exclusion."),
                  ("Nights out", "Street pastors, marshals and safe havens."),
                  ("Insight", "The shared data hub and the young people's panel.")]:
        s += [Paragraph(tt, h2), Paragraph(d, body)]
    s += [PageBreak(), Marker("gov", toc), Paragraph("Governance and measures", h1),
          Paragraph("The strategy is overseen by the Northumbria Serious Violence Duty Strategic Board, chaired by the "
                    "Police and Crime Commissioner, which meets quarterly.", body), Paragraph("Local measures", h2)]
    s += bullets(["Knife crime with injury", "Hospital admissions for violence among under-25s",
                  "Violence with injury in the night-time economy", "Young people reached by interventions"], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A5, templates(), TITLE, "Northumbria Violence Reduction Unit")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
