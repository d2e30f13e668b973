"""West Berkshire Building Communities Together Partnership Plan 2023-2026: reportlab report.

The priorities are a lower-case bulleted list under "Our priorities"; later
sections use short theme headings ("Rural crime", "Roads") which are not the
priorities' own wording.  Values, cross-cutting themes, KPIs, partners and an
action plan are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import brochure_templates

FILE = "strategies/west_berkshire_building_communities_together_plan_2023-26.pdf"
TITLE = "Building Communities Together Partnership Plan 2023–2026"

BLUE, LEAF, PALE, INK, GREY = hexc("#1B4965"), hexc("#5FA8D3"), hexc("#EAF4FA"), hexc("#1A1A1A"), hexc("#5E6B73")
REG, BOLD = "Times-Roman", "Times-Bold"
SANS, SANSB = fonts("helvetica")

body = ParagraphStyle("body", fontName=REG, fontSize=10.4, leading=14, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)
pl = ParagraphStyle("pl", parent=body, fontSize=12, leading=16, leftIndent=14, bulletIndent=2, spaceAfter=5, textColor=BLUE)
h1 = ParagraphStyle("h1", fontName=SANSB, fontSize=21, leading=25, textColor=BLUE, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=SANSB, fontSize=12.5, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=4, keepWithNext=1)
h3 = ParagraphStyle("h3", fontName=SANSB, fontSize=10.5, leading=13, textColor=LEAF, spaceBefore=5, spaceAfter=3)
num = ParagraphStyle("num", fontName=SANSB, fontSize=21, leading=24, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=SANS, fontSize=8.3, leading=10.5, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontName=SANS, fontSize=7.5, leading=9.5, textColor=GREY)
toc = {}

PRIORITIES = [
    "tackling rural crime in our villages and countryside",
    "protecting vulnerable people from exploitation, including county lines",
    "tackling anti-social behaviour in our towns and villages",
    "supporting victims of crime, especially repeat and vulnerable victims",
    "reducing fraud and scams targeting older residents",
    "reducing speeding and improving road safety",
]

THEMES = [
    ("Rural crime", ["Support the Thames Valley Police rural crime taskforce with intelligence from farmers and landowners.",
                     "Promote Country Watch and Horse Watch alerts.",
                     "Work with the Environment Agency and the council on fly-tipping and hare coursing."]),
    ("Exploitation and county lines", ["Run a West Berkshire exploitation panel for children and adults.",
                                       "Train bus drivers, rail staff and shop workers to spot the signs.",
                                       "Visit addresses at risk of cuckooing with housing providers."]),
    ("Anti-social behaviour", ["Hold monthly problem-solving meetings for ASB hotspots in Newbury and Thatcham.",
                               "Fund diversionary activities for young people in the evenings.",
                               "Use community protection warnings and notices consistently."]),
    ("Victims", ["Refer every repeat and vulnerable victim to Victims First.",
                 "Make sure victims of ASB are offered the community trigger.",
                 "Improve the information victims receive about their case."]),
    ("Fraud and scams", ["Deliver scams awareness through libraries, parish councils and Age UK Berkshire.",
                         "Provide call blockers to residents who are repeatedly targeted.",
                         "Work with Trading Standards on doorstep crime."]),
    ("Roads", ["Support Community Speedwatch groups in villages.",
               "Target the A4, A34 and A339 with joint speed enforcement.",
               "Share collision data to prioritise engineering work."]),
]


def header(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(0, 0, 7 * mm, H, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(SANS, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "Building Communities Together Partnership · West Berkshire")
    c.drawRightString(A4[0] - 18 * mm, H - 12 * mm, "Partnership Plan 2023–2026")
    c.setStrokeColor(LEAF)
    c.line(18 * mm, H - 14 * mm, A4[0] - 18 * mm, H - 14 * mm)
    c.setFillColor(BLUE)
    c.setFont(SANSB, 9)
    c.drawCentredString(A4[0] / 2, 10 * mm, f"– {p} –")
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(LEAF)
    for k in range(5):
        c.rect(0, 40 * mm + k * 14 * mm, W * (0.35 + 0.12 * k), 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SANSB, 12)
    c.drawString(20 * mm, H - 35 * mm, "WEST BERKSHIRE")
    c.setFont(SANSB, 34)
    c.drawString(20 * mm, H - 90 * mm, "Building Communities")
    c.drawString(20 * mm, H - 104 * mm, "Together")
    c.setFont(SANS, 20)
    c.drawString(20 * mm, H - 122 * mm, "Partnership Plan 2023–2026")
    c.setFont(SANS, 10)
    c.drawString(20 * mm, 20 * mm, "West Berkshire's community safety partnership")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(PALE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(BLUE)
    c.setFont(SANSB, 16)
    c.drawString(20 * mm, 90 * mm, "Building Communities Together Partnership")
    c.setFont(SANS, 10.5)
    for k, line in enumerate(["West Berkshire Council, Market Street, Newbury", "bct@westberks.example",
                              "Report crime to Thames Valley Police on 101 or online. In an emergency call 999.",
                              "Figures in this plan are illustrative."]):
        c.drawString(20 * mm, 78 * mm - k * 7 * mm, line)
    c.restoreState()


def story(pages):
    W = A4[0] - 36 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1)]
    for text, key in [("Foreword", "fw"), ("West Berkshire in numbers", "num"), ("Our vision, values and priorities", "pri"),
                      ("What we will do", "do"), ("How we will deliver", "gov"), ("Action plan 2023–24", "act")]:
        s.append(ContentsLine(text, pages.get(key, 0), SANSB, 12, BLUE, gap=12))
    s += [Spacer(1, 14), Paragraph("This plan fulfils the partnership's duty under the Crime and Disorder Act 1998 to "
                                   "publish a plan for reducing crime and disorder in West Berkshire.", body)]
    # foreword
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", h1)]
    for t in [
        "West Berkshire is one of the safest places to live in the Thames Valley. Most of our residents live in small towns "
        "and villages, and crime here often looks different from crime in our larger neighbours: theft of farm machinery, "
        "hare coursing, speeding through villages and scams aimed at older people living alone.",
        "But we are not immune from the problems that affect urban areas. County lines reach into Newbury and Thatcham, and "
        "young people and vulnerable adults are exploited to move and sell drugs. Anti-social behaviour remains the issue "
        "residents raise with us most often.",
        "The Building Communities Together Partnership brings together the council, Thames Valley Police, the fire and "
        "rescue service, health, probation and the voluntary sector. This plan sets our priorities for the next three years "
        "and explains how we will deliver them and how residents can hold us to account.",
        "Our priorities reflect our strategic assessment, the views of more than 900 residents who took part in our survey "
        "(illustrative), and the Police and Crime Plan for Thames Valley. We will review them every year.",
    ]:
        s.append(Paragraph(t, body))
    s += [Paragraph("<b>Chair, Building Communities Together Partnership</b>", body)]
    # numbers
    s += [PageBreak(), Marker("num", toc), Paragraph("West Berkshire in numbers", h1),
          Tiles([("161,000", "residents, over half in rural parishes"), ("7,900", "crimes recorded in 2022/23"),
                 ("£1.2m", "reported lost to fraud by residents"), ("+18%", "rise in rural crime reports"),
                 ("64", "killed or seriously injured on our roads"), ("83%", "feel safe in their local area")],
                3, W, num, cap, [BLUE, hexc("#2D6A8F"), hexc("#3E7CB1")]),
          Paragraph("All figures are illustrative and are not official statistics.", small),
          Paragraph("What our residents told us", h2)]
    s += bullets(["Speeding in villages was the most common concern in rural parishes.",
                  "Residents of Newbury town centre were most concerned about anti-social behaviour and drug dealing.",
                  "Older residents were worried about phone and doorstep scams.",
                  "Farmers reported that they do not always report crime because they do not expect a response."], bl)
    # vision, values, priorities
    s += [PageBreak(), Marker("pri", toc), Paragraph("Our vision, values and priorities", h1),
          RuledBox([Paragraph("Our vision", h3), Paragraph("West Berkshire will remain a safe place where communities work "
                   "together to prevent crime and protect those most at risk.", ParagraphStyle("v", parent=body, fontSize=12, leading=16, textColor=BLUE))], PALE),
          Paragraph("Our values", h2),
          Paragraph("Working together · Listening to communities · Acting early · Being open about what we achieve", body),
          Paragraph("Our priorities", h2),
          Paragraph("Over the next three years the partnership will focus on:", body)]
    s += [Paragraph(p, pl, bulletText="\u2022") for p in PRIORITIES]
    s += [Spacer(1, 6), Paragraph("Cross-cutting themes", h2),
          Paragraph("Two themes run through all of these priorities: the needs of our <b>rural communities</b>, and "
                    "<b>early intervention</b> with children and families. Domestic abuse is led by the West Berkshire "
                    "Domestic Abuse Board under its own strategy and is not repeated here.", body)]
    # what we will do
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("do", toc), Paragraph("What we will do", h1)]
    for name, dos in THEMES:
        s += [Paragraph(name, h2), Paragraph("We will:", ParagraphStyle("wl", parent=body, fontName=BOLD, spaceAfter=2, keepWithNext=1))]
        s += bullets(dos, bl, bullet="\u2013")
    # governance
    s += [NextPageTemplate("single"), PageBreak(), Marker("gov", toc), Paragraph("How we will deliver", h1),
          Paragraph("The partnership board meets quarterly and reports to the council's Overview and Scrutiny Management "
                    "Commission. The partners are:", body)]
    s += bullets(["West Berkshire Council", "Thames Valley Police", "Royal Berkshire Fire and Rescue Service",
                  "Probation Service", "BOB Integrated Care Board", "Sovereign Housing", "Volunteer Centre West Berkshire",
                  "Office of the Police and Crime Commissioner"], bl)
    s += [Paragraph("Measuring progress", h2), Paragraph("The board will track the following indicators:", body)]
    s += bullets(["Rural crime reports and repeat victims", "Children and adults discussed at the exploitation panel",
                  "ASB incidents in Newbury and Thatcham", "Victims referred to Victims First",
                  "Residents supported after a scam", "Killed or seriously injured casualties"], bl)
    s += [PageBreak(), Marker("act", toc), Paragraph("Action plan 2023–24", h1)]
    rows = [["Theme", "Action", "Lead", "Date"],
            ["Rural", "Rural crime survey for farmers", "TVP / NFU", "Sep 2023"], ["Rural", "Fly-tipping cameras", "WBC Environment", "Dec 2023"],
            ["Exploitation", "Adult exploitation panel", "WBC Adult Social Care", "Jan 2024"], ["Exploitation", "Transport staff training", "WBC / GWR", "Mar 2024"],
            ["ASB", "Newbury town centre problem-solving plan", "TVP / WBC", "Oct 2023"], ["ASB", "Youth outreach evenings", "WBC Youth Service", "Ongoing"],
            ["Victims", "Repeat victim referral pathway", "TVP / Victims First", "Nov 2023"], ["Fraud", "Scams awareness in libraries", "Trading Standards", "Quarterly"],
            ["Fraud", "Call blocker scheme", "Trading Standards", "Jul 2023"], ["Roads", "Speedwatch recruitment", "TVP Roads Policing", "Ongoing"],
            ["Roads", "A339 speed enforcement", "TVP / WBC Highways", "Feb 2024"], ["All", "Annual strategic assessment", "WBC Community Safety", "Jan 2024"]]
    t = Table(rows, colWidths=[28 * mm, 80 * mm, 45 * mm, 21 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.6), ("FONT", (0, 0), (-1, 0), SANSB, 8.6),
                           ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, brochure_templates(A4, {}, cover, back, header), TITLE,
                       "Building Communities Together Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    assert run(first) == first
    return out
