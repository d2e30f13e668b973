"""South Gloucestershire Safer and Stronger Communities Strategy 2023-2026: reportlab report (Times).

A plain single-column report.  "4. Our priorities" states the five priorities
as bold run-in phrases that open a paragraph ("Reducing anti-social
behaviour. Residents tell us ..."), over pp5-6.  The council plan's priorities
(quoted on p3), the partnership's commitments, the strategic assessment
findings, the action tables under short theme labels and the measures table
are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import brochure_templates

FILE = "strategies/south_gloucestershire_safer_stronger_communities_strategy_2023-26.pdf"
TITLE = "South Gloucestershire Safer and Stronger Communities Strategy 2023–2026"

PLUM, STEEL, PALE, INK = hexc("#4A2545"), hexc("#3C6E91"), hexc("#F3EEF2"), hexc("#1A1A1A")
REG, BOLD = fonts("times")

body = ParagraphStyle("body", fontName=REG, fontSize=11, leading=14.6, spaceAfter=6, textColor=INK)
runin = ParagraphStyle("runin", parent=body, spaceAfter=9)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=17, leading=21, textColor=PLUM, spaceAfter=8, spaceBefore=2)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12.5, leading=15.5, textColor=STEEL, spaceBefore=8, spaceAfter=4)
cellst = ParagraphStyle("cell", fontName=REG, fontSize=9.6, leading=12, textColor=INK)
cellb = ParagraphStyle("cellb", parent=cellst, fontName=BOLD, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, textColor=hexc("#666666"))
toc: dict = {}

PRIORITIES = [
    ("Keeping people safe from domestic abuse and sexual violence",
     "Domestic abuse accounts for around a fifth of all recorded crime in South Gloucestershire, and reports of sexual "
     "violence, including from students in Filton and Stoke Gifford, continue to rise (illustrative). We will make "
     "sure that victims can get help early, that children affected are supported, and that those who cause harm are "
     "challenged to change."),
    ("Reducing anti-social behaviour",
     "Residents tell us that anti-social behaviour, from off-road bikes in Kingswood and Yate to nuisance at "
     "retail parks and in parks and open spaces, is the issue that most affects their quality of life. We will "
     "respond consistently across all housing tenures and keep victims informed."),
    ("Tackling hate crime and promoting community cohesion",
     "South Gloucestershire is growing fast, with thousands of new homes in Cribbs Causeway, Lyde Green and "
     "Charfield. Hate crime is under-reported and new communities can feel isolated. We will encourage reporting, "
     "support victims and help established and new residents to get on well together."),
    ("Protecting older and vulnerable residents from fraud and scams",
     "Fraud is now the most common crime experienced by our residents, and older people living alone are "
     "targeted by doorstep criminals, romance fraud and telephone scams. We will raise awareness, support repeat "
     "victims and work with trading standards and banks to stop scams."),
    ("Disrupting drug dealing and county lines",
     "Drug dealing linked to lines from Bristol and beyond affects several of our estates and transport hubs. We will "
     "share intelligence, close premises used for dealing and protect vulnerable tenants whose homes are taken over."),
]
ACTIONS = [("Domestic abuse", [("Recommission the domestic abuse and sexual violence service", "Council"),
                               ("Roll out Operation Encompass to all early years settings", "Council, police"),
                               ("Fund a perpetrator programme", "OPCC, council")]),
           ("ASB", [("Single ASB case management system for council and housing", "Council, Merlin Housing"),
                    ("Publicise the ASB Case Review", "Council"),
                    ("Off-road bike operations in Kingswood and Yate", "Police")]),
           ("Cohesion", [("Third-party hate crime reporting centres in libraries", "Council"),
                         ("Welcome events for new communities", "Council, voluntary sector")]),
           ("Scams", [("Scams awareness sessions with Age UK", "Trading standards"),
                      ("Call blockers for repeat victims", "Trading standards, police")]),
           ("Drug dealing", [("Closure orders for premises used for dealing", "Council, police"),
                             ("Cuckooing protocol with housing providers", "Housing providers")])]


def header(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(hexc("#555555"))
    c.setFont("Times-Italic", 9)
    c.drawString(22 * mm, H - 13 * mm, "Safer and Stronger Communities Strategy 2023–2026")
    c.drawRightString(W - 22 * mm, H - 13 * mm, "South Gloucestershire")
    c.setStrokeColor(PLUM)
    c.setLineWidth(0.5)
    c.line(22 * mm, H - 15 * mm, W - 22 * mm, H - 15 * mm)
    c.setFillColor(INK)
    c.setFont(REG, 9.5)
    c.drawCentredString(W / 2, 11 * mm, f"Page {p}")
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 130 * mm, W, 130 * mm, stroke=0, fill=1)
    c.setFillColor(STEEL)
    c.rect(0, H - 134 * mm, W, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(24 * mm, H - 28 * mm, "South Gloucestershire Safer and Stronger Communities Partnership")
    c.setFont(BOLD, 30)
    c.drawString(24 * mm, H - 75 * mm, "Safer and Stronger")
    c.drawString(24 * mm, H - 88 * mm, "Communities Strategy")
    c.setFont(REG, 20)
    c.drawString(24 * mm, H - 104 * mm, "2023–2026")
    c.setFillColor(INK)
    c.setFont(REG, 10.5)
    c.drawString(24 * mm, 40 * mm, "South Gloucestershire Council · Avon and Somerset Police · Avon Fire and Rescue Service")
    c.drawString(24 * mm, 34 * mm, "Probation Service · NHS Bristol, North Somerset and South Gloucestershire ICB")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, 60 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 14)
    c.drawString(24 * mm, 40 * mm, "Safer and Stronger Communities Partnership")
    c.setFont(REG, 10)
    c.drawString(24 * mm, 32 * mm, "Council Offices, Badminton Road, Yate · saferstronger@southglos.example")
    c.restoreState()


def story(pages):
    W = A4[0]
    tw = W - 44 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("1", "Introduction", "intro"), ("2", "Our area", "area"), ("3", "What the evidence tells us", "ev"),
               ("4", "Our priorities", "pri"), ("5", "What we will do", "act"), ("6", "Measuring progress", "kpi"),
               ("7", "Governance", "gov")]
    for n, t, k in entries:
        s.append(ContentsLine(f"{n}    {t}", pages.get(k, 0), REG, 12, INK, leader=True, gap=11))
    s += [PageBreak(), Marker("intro", toc), Paragraph("1  Introduction", h1)]
    for t in [
        "The Safer and Stronger Communities Partnership is the community safety partnership for South "
        "Gloucestershire. Its members have a statutory duty to work together to reduce crime and disorder, anti-social "
        "behaviour, substance misuse and reoffending, and to prevent serious violence.",
        "This strategy sets out the partnership's priorities for 2023 to 2026. It replaces the strategy for 2020 to 2023 "
        "and has been informed by the partnership's strategic assessment, by the council's annual residents' survey and "
        "by consultation with community groups and parish councils.",
        "The strategy supports the council plan. The council plan's priorities are:"]:
        s.append(Paragraph(t, body))
    s += bullets(["Creating the best start in life for our children and young people",
                  "Promoting sustainable, inclusive communities and economic growth",
                  "Supporting people to live well and independently",
                  "Delivering value for money for our residents"], bl, bullet="–")
    s.append(Paragraph("The partnership also works closely with the Police and Crime Commissioner, the Avon and Somerset "
                       "Violence Reduction Partnership and the South Gloucestershire Safeguarding Partnership.", body))
    s += [Paragraph("Our commitments", h2)]
    s += bullets(["We will listen to residents and to victims.", "We will share information and act on it together.",
                  "We will intervene early, before problems become entrenched.", "We will report openly on progress."],
                 bl)
    s += [PageBreak(), Marker("area", toc), Paragraph("2  Our area", h1)]
    for t in [
        "South Gloucestershire has around 295,000 residents (illustrative). It wraps around the north and east of "
        "Bristol, with urban areas such as Kingswood, Filton and Bradley Stoke, the market towns of Yate, Chipping "
        "Sodbury and Thornbury, and a large rural area stretching to the Severn and the Cotswolds.",
        "Overall crime is lower than the England average, but it is concentrated in a small number of neighbourhoods "
        "next to the city, and in the retail and transport hubs at Cribbs Causeway and Parkway."]:
        s.append(Paragraph(t, body))
    kt = Table([["Indicator (illustrative)", "South Gloucestershire", "England"], ["Crimes per 1,000 residents", "58", "89"],
                ["ASB incidents a year", "5,900", "–"], ["Domestic abuse incidents a year", "4,100", "–"],
                ["Reported fraud losses a year", "£6.8m", "–"], ["Hate crimes reported a year", "310", "–"]],
               colWidths=[75 * mm, 45 * mm, 30 * mm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
                            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), PLUM),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#BBBBBB")),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE])]))
    s += [Spacer(1, 4), kt, Spacer(1, 8), Marker("ev", toc), Paragraph("3  What the evidence tells us", h1),
          Paragraph("The strategic assessment for 2022 found that:", body)]
    s += bullets(["domestic abuse is the largest single source of repeat demand on the police and children's services;",
                  "anti-social behaviour is concentrated in six wards and peaks in the school holidays;",
                  "fraud losses reported by residents have doubled in four years;",
                  "drug dealing is increasingly linked to lines run from outside the area;",
                  "hate crime reports rise after national events but are still under-reported;",
                  "serious violence is rare, and is addressed through the Avon and Somerset Serious Violence Duty "
                  "strategy rather than as a local priority."], bl)
    s += [PageBreak(), Marker("pri", toc), Paragraph("4  Our priorities", h1),
          Paragraph("The partnership has agreed five priorities for 2023 to 2026. Each is led by a named partner and has "
                    "a delivery plan, summarised in section 5.", body), Spacer(1, 4)]
    for name, txt in PRIORITIES:
        s.append(Paragraph(f'<font name="{BOLD}" color="#4A2545">{name}.</font> {txt}', runin))
    s.append(Paragraph("Serious violence, reducing reoffending and drug treatment are led by county-wide partnerships, "
                       "and the partnership supports their strategies.", body))
    s += [PageBreak(), Marker("act", toc), Paragraph("5  What we will do", h1),
          Paragraph("The tables below summarise the first-year actions for each priority.", body)]
    for lab, rows in ACTIONS:
        data = [[Paragraph(lab, cellb), Paragraph("Lead", cellb)]] + [[Paragraph(a, cellst), Paragraph(b, cellst)]
                                                                      for a, b in rows]
        t = Table(data, colWidths=[tw * 0.66, tw * 0.34])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), STEEL), ("LINEBELOW", (0, 1), (-1, -1), 0.4,
                                                                            hexc("#BBBBBB")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [t, Spacer(1, 8)]
    s += [PageBreak(), Marker("kpi", toc), Paragraph("6  Measuring progress", h1)]
    mt = Table([["Measure", "Baseline 2022/23", "Aim"], ["Repeat MARAC cases", "27%", "Down"],
                ["ASB incidents", "5,900", "Down"], ["Hate crimes reported", "310", "Up"],
                ["Repeat fraud victims supported", "140", "Up"], ["Drug supply disruptions", "55", "Up"]],
               colWidths=[80 * mm, 40 * mm, 30 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
                            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), PLUM),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#BBBBBB"))]))
    s += [mt, Spacer(1, 4), Paragraph("Baselines are illustrative.", small),
          Marker("gov", toc), Paragraph("7  Governance", h1)]
    for t in [
        "The partnership board meets quarterly and is chaired by the council's Director of Environment and Community "
        "Services. It reports to the council's scrutiny commission and shares an annual report with the Police and "
        "Crime Commissioner.",
        "Delivery groups for domestic abuse, ASB, cohesion and drugs report to every board meeting. Fraud and scams "
        "work is led by the trading standards service."]:
        s.append(Paragraph(t, body))
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        tm = {"margins": (22 * mm, 22 * mm, 24 * mm, 22 * mm)}
        doc = make_doc(out, A4, brochure_templates(A4, tm, cover, back, header), TITLE,
                       "South Gloucestershire Safer and Stronger Communities Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
