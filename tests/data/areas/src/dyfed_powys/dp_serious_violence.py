"""Dyfed-Powys Serious Violence Duty Strategy 2024-2029: reportlab, A4 landscape (Liberation Sans Narrow).

Four priorities, stated once, on p6, as four side-by-side column panels of one
table: a coloured strip with "A" ... "D", the priority heading in bold (wrapping
over two or three lines in the narrow column), then "Why" and "What we will do"
text.  Distractors: the local definition of serious violence and the specified
authorities (p4), the Home Office success measures (p4), the key findings of
the strategic needs assessment (p5), the intervention short titles (p7) and the
local measures (p8).
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import Marker

FILE = "strategies/dyfed_powys_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Dyfed-Powys Serious Violence Duty Strategy 2024–2029"
W, H = landscape(A4)
SLATE, RUST, INK, SAND = hexc("#2F3E46"), hexc("#B5523B"), hexc("#1F1F1F"), hexc("#F4EFE8")
REG, BOLD = fonts("liberation-narrow")

body = ParagraphStyle("body", fontName=REG, fontSize=10.2, leading=13.6, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=22, leading=26, textColor=SLATE, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, textColor=RUST, spaceBefore=6, spaceAfter=4)
ph = ParagraphStyle("ph", fontName=BOLD, fontSize=14, leading=17, textColor=SLATE, spaceAfter=6)
pl = ParagraphStyle("pl", fontName=BOLD, fontSize=18, leading=20, textColor=colors.white)
pt = ParagraphStyle("pt", parent=body, fontSize=9.4, leading=12.4, spaceAfter=3)
pk = ParagraphStyle("pk", parent=pt, fontName=BOLD, textColor=RUST, spaceAfter=1)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=hexc("#666666"))
cell = ParagraphStyle("cell", parent=body, fontSize=9.2, leading=12, spaceAfter=0)
toc: dict = {}

PRIORITIES = [
    ("Reducing serious violence across Dyfed-Powys",
     "Serious violence is rare here, but it has risen since 2019, and most of it is concentrated in a handful of "
     "towns.",
     ["Focused deterrence in Llanelli, Haverfordwest and Newtown", "Weapons sweeps and knife surrender bins",
      "Hospital data shared under the Cardiff Model"]),
    ("Preventing children and young people from becoming involved in violence",
     "A small number of young people are both victims and perpetrators of knife crime, and many of them have been "
     "excluded from school.",
     ["Youth workers in the emergency departments at Glangwili and Withybush", "Mentors for children at risk of "
      "exclusion", "Knife crime education in every secondary school"]),
    ("Reducing violence in the night-time economy",
     "A third of violence with injury happens on Friday and Saturday nights, within 200 metres of a licensed "
     "premises.",
     ["Street pastors and taxi marshals", "Licensing conditions for problem premises", "Best Bar None in the four "
      "main towns"]),
    ("Building a shared understanding of violence through data",
     "No single agency sees the whole picture. The Duty requires us to share data and to keep our needs "
     "assessment up to date.",
     ["A shared violence dataset, refreshed every quarter", "An annual strategic needs assessment",
      "Evaluation of every funded intervention"]),
]


def deco(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(RUST)
    c.rect(0, 0, 8 * mm, H, stroke=0, fill=1)
    c.setFillColor(SLATE)
    c.setFont(REG, 8)
    c.drawString(20 * mm, H - 12 * mm, "Dyfed-Powys Serious Violence Duty Strategy 2024–2029  ·  Strategaeth y "
                                       "Ddyletswydd Trais Difrifol")
    c.drawRightString(W - 16 * mm, 10 * mm, f"Page {p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(SLATE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RUST)
    c.rect(W * 0.62, 0, W * 0.38, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 25 * mm, "DYFED-POWYS SERIOUS VIOLENCE DUTY PARTNERSHIP")
    c.setFont(REG, 16)
    c.drawString(20 * mm, H - 80 * mm, "Strategaeth y Ddyletswydd Trais Difrifol")
    c.setFont(BOLD, 30)
    c.drawString(20 * mm, H - 96 * mm, "Serious Violence Duty")
    c.drawString(20 * mm, H - 109 * mm, "Strategy")
    c.setFont(REG, 18)
    c.drawString(20 * mm, H - 126 * mm, "2024–2029")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 18 * mm, "Mae'r ddogfen hon ar gael yn Gymraeg.  This document is available in Welsh.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(RUST)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 13)
    c.drawString(20 * mm, 60 * mm, "Dyfed-Powys Serious Violence Duty Partnership")
    c.setFont(REG, 10)
    c.drawString(20 * mm, 52 * mm, "seriousviolence@dyfedpowys-pcc.example")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 18 * mm, W - 36 * mm, H - 36 * mm, id="s", **pad)], onPage=deco),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    fw = W - 36 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The Serious Violence Duty", "duty"), ("What the needs assessment found",
                                                                               "sna"),
                      ("Our four priorities", "pri"), ("Interventions", "int"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 12, SLATE, leader=False, gap=14))
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", h1)]
    for t in [
        "Dyfed-Powys is one of the safest places in England and Wales. But serious violence, when it happens, "
        "devastates families and communities, and we know it can be prevented.",
        "The Serious Violence Duty, in force since January 2023, requires councils, the police, fire and rescue, "
        "health boards, youth justice services and probation to work together to prevent and reduce serious "
        "violence. In Dyfed-Powys the Police and Crime Commissioner convenes the partnership across the four "
        "counties.",
        "This strategy sets out four priorities, based on our first strategic needs assessment. It takes a public "
        "health approach: understanding the causes of violence and acting on them early."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, Dyfed-Powys Serious Violence Duty Partnership</b>", body))
    s += [PageBreak(), Marker("duty", toc), Paragraph("The Serious Violence Duty", h1)]
    left = [Paragraph("Our local definition", h2), Paragraph(
        "For this strategy, serious violence means homicide, violence with injury, knife and weapon offences, and "
        "robbery, in public places and in the night-time economy. Domestic abuse and sexual violence are led by "
        "the regional VAWDASV board.", body), Paragraph("The specified authorities", h2)]
    left += bullets(["Carmarthenshire, Ceredigion, Pembrokeshire and Powys councils", "Dyfed-Powys Police",
                     "Mid and West Wales Fire and Rescue Service", "Hywel Dda and Powys Teaching health boards",
                     "The four youth justice services", "The Probation Service"], bl)
    right = [Paragraph("The Home Office success measures", h2),
             Paragraph("The national success measures for the Duty are:", body)]
    right += bullets(["A reduction in hospital admissions for assaults with a knife or sharp object",
                      "A reduction in knife and sharp object enabled serious violence recorded by the police",
                      "A reduction in homicides recorded by the police"], bl)
    t = Table([[left, right]], colWidths=[fw / 2 - 4 * mm, fw / 2 + 4 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 10 * mm)]))
    s.append(t)
    s += [PageBreak(), Marker("sna", toc), Paragraph("What the needs assessment found", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small)]
    s.append(Tiles([("1,950", "violence with injury offences a year"), ("96", "knife crimes"),
                    ("33%", "of violence in the night-time economy"), ("41", "under-18s arrested for violence"),
                    ("5", "homicides in three years"), ("62", "hospital admissions for assault")], 6, fw,
                   ParagraphStyle("tn", fontName=BOLD, fontSize=18, leading=21, textColor=RUST),
                   ParagraphStyle("tc", parent=body, fontSize=8.8, leading=11, spaceAfter=0), [SAND], gap=4))
    s.append(Paragraph("Key findings", h2))
    s += bullets(["Violence is concentrated in Llanelli, Carmarthen, Haverfordwest and Newtown.",
                  "Alcohol is a factor in more than half of violence with injury.",
                  "Young people involved in violence have often been excluded from school.",
                  "Partners hold data that is not joined up."], bl)
    s += [PageBreak(), Marker("pri", toc), Paragraph("Our four priorities", h1),
          Paragraph("The partnership has agreed four priorities for 2024–2029.", body), Spacer(1, 4)]
    cw = fw / 4
    row0, row1 = [], []
    for i, (name, why, acts) in enumerate(PRIORITIES):
        row0.append(Paragraph("ABCD"[i], pl))
        col = [Paragraph(name, ph), Paragraph("Why", pk), Paragraph(why, pt), Paragraph("What we will do", pk)]
        col += bullets(acts, ParagraphStyle("pb", parent=pt, leftIndent=9, bulletIndent=0, spaceAfter=1.5))
        row1.append(col)
    t = Table([row0, row1], colWidths=[cw] * 4)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), RUST), ("BACKGROUND", (0, 1), (-1, 1), SAND),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (2, -1), 4, colors.white),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 1), (-1, 1), 8), ("BOTTOMPADDING", (0, 1), (-1, 1), 10)]))
    s.append(t)
    s += [PageBreak(), Marker("int", toc), Paragraph("Interventions", h1),
          Paragraph("Funded interventions for 2024–2025 are listed under short titles.", body)]
    rows = [["Short title", "What it is", "Lead"],
            ["Focused deterrence", "Direct, repeated contact with the few people driving violence", "Police"],
            ["A&E navigators", "Youth workers in emergency departments", "Health boards"],
            ["Mentors", "One-to-one mentoring for children at risk of exclusion", "Youth justice services"],
            ["Night safe", "Street pastors, taxi marshals and safe spaces", "Councils"],
            ["Insight", "Shared violence dataset and analyst", "Commissioner"]]
    t = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=[45 * mm, fw - 100 * mm, 55 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SAND), ("LINEBELOW", (0, 0), (-1, -1), 0.5,
                                                                   hexc("#D8CDBF"))]))
    s += [t, PageBreak(), Marker("gov", toc), Paragraph("Measures and governance", h1)]
    s += bullets(["Violence with injury (1,950)", "Knife crime (96)", "Hospital admissions for assault (62)",
                  "Children entering the justice system for violent offences (41)"], bl)
    s.append(Paragraph("Baselines are illustrative.", small))
    s.append(Paragraph("The partnership board meets quarterly, chaired by the Police and Crime Commissioner. Each "
                       "Public Services Board and community safety partnership receives an annual report. The "
                       "strategy and needs assessment are reviewed every year.", body))
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, landscape(A4), templates(), TITLE, "Dyfed-Powys Serious Violence Duty Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
