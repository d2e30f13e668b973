"""Westmorland and Furness Community Safety Partnership Strategy 2024-2027: reportlab report (DejaVu Sans,
Liberation Serif headings).

Five priorities, stated once, on p6 as a **cluster of bubbles**: five separate circles of different sizes
(the size shows the share of the partnership's effort, says the caption) scattered over a pale panel, each
holding one priority in white bold type centred inside it and wrapping over two to four lines.  No numbers.
pdftotext reads the bubbles by position, not in the order below.

Distractors: the former districts' priorities (p5: Barrow, South Lakeland and Eden), the principles (p5), the
key findings (p4), the short delivery themes (p7), the Police and Crime Plan links and the measures (p8).
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/westmorland_and_furness_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Westmorland and Furness Community Safety Partnership Strategy 2024–2027"

PLUM, TEAL, INK, GREY = hexc("#5B2A6E"), hexc("#1B7F86"), hexc("#232323"), hexc("#707070")
PALE = hexc("#F1ECF4")
REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=PLUM, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=13, leading=16, textColor=TEAL, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)
bub = ParagraphStyle("bub", fontName=BOLD, fontSize=11.5, leading=14, textColor=colors.white, alignment=TA_CENTER)

# (priority, centre x mm, centre y mm (from the bottom of the panel), radius mm, fill, theme label, actions)
PRIORITIES = [
    ("Tackling anti-social behaviour, including in our visitor hotspots", 46, 112, 34, PLUM, "Neighbourhoods",
     "Joint patrols in Barrow, Kendal and Windermere; a summer plan for the lakes and car parks; problem-solving "
     "with parish councils."),
    ("Tackling violence against women and girls", 124, 124, 27, TEAL, "Women and girls",
     "Safe spaces on nights out, training for licensed premises, and support for the Cumbria domestic abuse and "
     "sexual violence partnership."),
    ("Reducing harm from drugs and alcohol", 112, 62, 31, hexc("#A23B72"), "Substances",
     "More people into treatment through the new Barrow recovery hub; naloxone in hostels; alcohol liaison in "
     "Furness General Hospital."),
    ("Protecting rural communities from crime", 40, 38, 29, hexc("#3E7C3A"), "Rural",
     "Farm watch, marking of quad bikes and machinery, and a rural crime day each year in Eden and the Dales."),
    ("Preventing radicalisation and extremism", 150, 22, 21, hexc("#C2571A"), "Prevent",
     "Prevent training for schools, colleges and the council's staff, and support for people referred to "
     "Channel."),
]


class Bubbles(Flowable):
    """Circles of different sizes with a centred priority in each."""

    def __init__(self, items, height):
        super().__init__()
        self.items, self.h = items, height

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(PALE)
        c.roundRect(0, 0, self.aw, self.h, 8, stroke=0, fill=1)
        for name, x, y, r, fill, _, _ in self.items:
            c.setFillColor(fill)
            c.circle(x * mm, y * mm, r * mm, stroke=0, fill=1)
            p = Paragraph(name, bub)
            w, h = p.wrap(r * 1.55 * mm, r * 2 * mm)
            p.drawOn(c, x * mm - w / 2, y * mm - h / 2 + 1)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 6 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 13 * mm, "Westmorland and Furness Community Safety Partnership")
    c.drawRightString(W - 18 * mm, H - 13 * mm, "Strategy 2024–2027")
    c.setFillColor(TEAL)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(W / 2, 10 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for x, y, r, col in [(150, 90, 40, TEAL), (60, 60, 26, hexc("#A23B72")), (170, 200, 18, hexc("#C2571A")),
                         (110, 140, 12, hexc("#3E7C3A"))]:
        c.setFillColor(col)
        c.circle(x * mm, y * mm, r * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "WESTMORLAND AND FURNESS COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(18 * mm, H - 78 * mm, "Community Safety")
    c.drawString(18 * mm, H - 92 * mm, "Strategy")
    c.setFont(SREG, 18)
    c.drawString(18 * mm, H - 108 * mm, "2024–2027")
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 22 * mm, "Barrow-in-Furness · Kendal · Penrith · Ulverston · Windermere · Appleby")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def table(rows, widths, head, size=9):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, size), ("FONT", (0, 0), (-1, 0), BOLD, size),
                           ("BACKGROUND", (0, 0), (-1, 0), head), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("Westmorland and Furness in context", "ctx"),
                      ("Listening and learning", "lis"), ("Our priorities", "pri"), ("Delivering the strategy", "del"),
                      ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Westmorland and Furness stretches from the shipyards of Barrow to the Eden valley and the Yorkshire Dales, "
        "and takes in most of the Lake District. It is a safe place to live and to visit, but our residents, "
        "businesses and millions of visitors still feel the harm that crime and disorder cause.",
        "Westmorland and Furness Council was created in April 2023 from the former Barrow, Eden and South Lakeland "
        "councils and part of the county council. This is the first strategy of the Westmorland and Furness "
        "Community Safety Partnership.",
        "It sets out five priorities for 2024 to 2027, chosen from our strategic assessment and from what "
        "residents, businesses and young people told us.",
        "<b>Chair, Westmorland and Furness Community Safety Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Westmorland and Furness in context", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4),
          Tiles([("225,000", "residents"), ("14,600", "crimes recorded in 2023/24"),
                 ("4,600", "anti-social behaviour incidents"), ("2,900", "violence against women and girls offences"),
                 ("57", "drug-related hospital admissions per 100,000"), ("410", "rural crimes")], 3, W - 36 * mm,
                num, cap, [PLUM, TEAL, hexc("#A23B72")]),
          Paragraph("Key findings", h2)]
    s += bullets(["ASB rises sharply in the summer around Windermere, Bowness and Keswick Road car parks.",
                  "Barrow has the highest rate of drug-related harm in the area.",
                  "Thefts of farm machinery and quad bikes cluster along the M6 corridor.",
                  "Women told us they feel unsafe walking home from Kendal and Barrow town centres.",
                  "Prevent referrals are low, but concerns about online extremism among young people are growing."],
                 bl)
    s += [PageBreak(), Paragraph("Listening and learning", h1),
          Paragraph("Before 2023, each former district had its own local priorities under the county-wide "
                    "community safety agreement. They were:", body)]
    s += bullets(["<b>Barrow:</b> Drug supply; Town centre disorder; Domestic abuse",
                  "<b>South Lakeland:</b> Seasonal anti-social behaviour; Road safety",
                  "<b>Eden:</b> Rural crime; Isolation and scams"], bl)
    s += [Paragraph("These are not the priorities of this strategy; they helped shape them.", body),
          Paragraph("Our principles", h2)]
    s += bullets(["<b>Prevention first</b>: we act before harm happens.",
                  "<b>Fair across a large area</b>: villages matter as much as towns.",
                  "<b>Evidence-led</b>: we follow the data and test what works.",
                  "<b>Partnership</b>: we share information and resources."], bl)
    s += [Paragraph("What people told us", h2),
          Paragraph("More than 1,400 people answered our survey (illustrative). Their top concerns were anti-social "
                    "behaviour, drugs, speeding and the safety of women walking at night.", body)]
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("The partnership has agreed five priorities for 2024 to 2027. The size of each bubble shows the "
                    "share of the partnership's effort we expect it to take.", body), Spacer(1, 6),
          Bubbles(PRIORITIES, 150 * mm), Spacer(1, 6),
          Paragraph("Road safety, which residents raised, is led by the Cumbria Road Safety Partnership and is not a "
                    "priority of this strategy.", small)]
    s += [PageBreak(), Paragraph("Delivering the strategy", h1),
          Paragraph("Each priority has a delivery group with a lead partner. The main actions for 2024/25:", body)]
    rows = [["Theme", "Main actions 2024/25", "Lead"]]
    leads = ["Council and police", "Police and council", "Public health", "Police rural team", "Council"]
    for (name, *_, lab, act), lead in zip(PRIORITIES, leads):
        rows.append([lab, Paragraph(act, body), lead])
    s.append(table(rows, [34 * mm, 104 * mm, 36 * mm], TEAL))
    s += [PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The partnership board meets every quarter and reports to the council's Communities Scrutiny "
                    "Committee and to the Police, Fire and Crime Commissioner. Its work supports the Police and "
                    "Crime Plan for Cumbria, in particular the Commissioner's priorities on preventing crime and "
                    "anti-social behaviour and on violence against women and girls.", body)]
    s.append(table([["Measure", "Baseline", "Direction"], ["ASB incidents", "4,600", "Down"],
                    ["Women who feel safe in town centres after dark", "48%", "Up"],
                    ["Adults in drug and alcohol treatment", "1,150", "Up"], ["Rural crimes", "410", "Down"],
                    ["Prevent referrals", "31", "Up (earlier referral)"]], [100 * mm, 36 * mm, 38 * mm], PLUM))
    s += [Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: csp@westmorlandfurness.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Westmorland and Furness Community Safety Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Westmorland and Furness stretches", "ctx": "Westmorland and Furness in context The",
               "lis": "Listening and learning Before", "pri": "Our priorities The partnership has agreed",
               "del": "Delivering the strategy Each", "gov": "Measures and governance The"}
    two_pass(run, out, needles)
    return out
