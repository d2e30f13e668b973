"""High Peak and Derbyshire Dales Community Safety Partnership Plan 2024-2027: reportlab report (DejaVu Sans
Condensed, Liberation Serif headings).

Four priorities, stated once, on p6 as the **callouts of a pinned map**: a stylised outline of the two
districts (no real geography) with grey town dots and names, four numbered map pins, and a leader line from
each pin to a callout box at the page edge holding the priority in bold and a grey "Where: ..." line.  The
numbers appear only inside the pins.  The town names on the map, the previous plan's priorities (p4), the note
that road safety is led elsewhere (p5), the delivery themes (p7) and the measures are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/high_peak_and_derbyshire_dales_community_safety_partnership_plan_2024-27.pdf"
TITLE = "High Peak and Derbyshire Dales Community Safety Partnership Plan 2024–2027"

MOSS, HEATHER, INK, GREY = hexc("#3E5C2B"), hexc("#7D4E7A"), hexc("#1E1E1E"), hexc("#666666")
LAND, LAND2 = hexc("#E4ECD9"), hexc("#D5E2C4")
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=MOSS, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=HEATHER, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.4, textColor=colors.white)
co_head = ParagraphStyle("coh", fontName=BOLD, fontSize=12.6, leading=15.2, textColor=INK)
co_where = ParagraphStyle("cow", fontName=REG, fontSize=9, leading=11.2, textColor=GREY, spaceBefore=2)

PRIORITIES = [
    ("Protecting farms, villages and the countryside from rural and wildlife crime",
     "Where: farms and moorland around Hartington, Longnor and the Hope Valley"),
    ("Tackling anti-social behaviour in our market towns and visitor hotspots",
     "Where: Buxton, Glossop and Matlock town centres; Matlock Bath and Castleton in summer"),
    ("Protecting older and vulnerable residents from fraud and scams",
     "Where: everywhere, and most of all where people live alone in remote villages"),
    ("Keeping young people safe from exploitation and county lines",
     "Where: Glossop, Gamesley and the rail corridor to Manchester"),
]
TOWNS = [("Glossop", 62, 196), ("Gamesley", 48, 188), ("Chapel-en-le-Frith", 70, 160), ("Buxton", 64, 138),
         ("Castleton", 98, 168), ("Bakewell", 112, 124), ("Hartington", 88, 104), ("Matlock", 130, 96),
         ("Wirksworth", 126, 76), ("Ashbourne", 104, 52)]
PINS = [(92, 110), (68, 142), (122, 84), (56, 190)]
# callout boxes: (x, y top) in mm, page coordinates within the drawing
BOXES = [(148, 150), (148, 198), (148, 100), (2, 238)]


class PinMap(Flowable):
    def __init__(self, width, height):
        super().__init__()
        self.w, self.h = width, height

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.scale(0.84, 0.84)
        # districts: two blobs sharing a border
        for fill, pts in [(LAND, [(40, 210), (78, 214), (110, 190), (116, 158), (96, 140), (60, 128), (42, 150),
                                  (34, 184)]),
                          (LAND2, [(60, 128), (96, 140), (116, 158), (140, 130), (146, 90), (128, 58), (100, 36),
                                   (86, 60), (76, 96)])]:
            p = c.beginPath()
            p.moveTo(pts[0][0] * mm, pts[0][1] * mm)
            for x, y in pts[1:]:
                p.lineTo(x * mm, y * mm)
            p.close()
            c.setFillColor(fill)
            c.setStrokeColor(hexc("#9AAE84"))
            c.setLineWidth(0.8)
            c.drawPath(p, stroke=1, fill=1)
        c.setFont(REG, 7)
        c.setFillColor(hexc("#8A9A78"))
        c.drawString(44 * mm, 206 * mm, "HIGH PEAK")
        c.drawString(104 * mm, 44 * mm, "DERBYSHIRE DALES")
        for name, x, y in TOWNS:
            c.setFillColor(hexc("#777777"))
            c.circle(x * mm, y * mm, 0.9 * mm, stroke=0, fill=1)
            c.setFont(REG, 6.8)
            c.drawString(x * mm + 2 * mm, y * mm - 1 * mm, name)
        # leader lines then pins
        sizes = []
        for (hd, where), (bx, by) in zip(PRIORITIES, BOXES):
            ph = Paragraph(hd, co_head)
            pw = Paragraph(where, co_where)
            _, h1_ = ph.wrap(54 * mm, 100 * mm)
            _, h2_ = pw.wrap(54 * mm, 100 * mm)
            sizes.append((ph, pw, h1_, h2_))
        for (px, py), (bx, by), (ph, pw, a, b) in zip(PINS, BOXES, sizes):
            bh = a + b + 8 * mm
            cx = bx * mm if bx > px else bx * mm + 58 * mm
            c.setStrokeColor(HEATHER)
            c.setLineWidth(0.7)
            c.setDash(2, 1.5)
            c.line(px * mm, py * mm + 6 * mm, cx, by * mm - bh / 2)
            c.setDash()
        for i, ((px, py), (bx, by), (ph, pw, a, b)) in enumerate(zip(PINS, BOXES, sizes), start=1):
            bh = a + b + 8 * mm
            c.setFillColor(colors.white)
            c.setStrokeColor(HEATHER)
            c.setLineWidth(1)
            c.roundRect(bx * mm, by * mm - bh, 58 * mm, bh, 2 * mm, stroke=1, fill=1)
            c.setFillColor(HEATHER)
            c.rect(bx * mm, by * mm - bh, 1.6 * mm, bh, stroke=0, fill=1)
            ph.drawOn(c, bx * mm + 4 * mm, by * mm - 4 * mm - a)
            pw.drawOn(c, bx * mm + 4 * mm, by * mm - 4 * mm - a - b)
            # pin: a teardrop
            c.setFillColor(HEATHER)
            p = c.beginPath()
            p.moveTo(px * mm, py * mm)
            p.curveTo(px * mm - 4 * mm, py * mm + 5 * mm, px * mm - 4.5 * mm, py * mm + 10 * mm, px * mm,
                      py * mm + 10.5 * mm)
            p.curveTo(px * mm + 4.5 * mm, py * mm + 10 * mm, px * mm + 4 * mm, py * mm + 5 * mm, px * mm, py * mm)
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.circle(px * mm, py * mm + 7 * mm, 2.6 * mm, stroke=0, fill=1)
            c.setFillColor(HEATHER)
            c.setFont(BOLD, 8)
            c.drawCentredString(px * mm, py * mm + 6 * mm, str(i))
        c.setFont(REG, 6.5)
        c.setFillColor(GREY)
        c.drawString(2 * mm, 6 * mm, "Map not to scale. District shapes are simplified for illustration.")
        c.restoreState()


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(MOSS)
    c.setLineWidth(2)
    c.line(18 * mm, H - 13 * mm, W - 18 * mm, H - 13 * mm)
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 11 * mm, "High Peak and Derbyshire Dales Community Safety Partnership")
    c.drawRightString(W - 18 * mm, 11 * mm, f"{p}")
    c.drawString(18 * mm, 11 * mm, "Plan 2024–2027")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#F3F1E7"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, (col, base) in enumerate([(hexc("#9BB07F"), 120), (hexc("#6E8B52"), 90), (MOSS, 60)]):
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(0, base * mm)
        for k in range(1, 8):
            p.lineTo(k * 30 * mm, (base + (18 if (k + i) % 2 else 4)) * mm)
        p.lineTo(W, 0)
        p.close()
        c.setFillColor(col)
        c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(MOSS)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 26 * mm, "HIGH PEAK AND DERBYSHIRE DALES COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(18 * mm, H - 90 * mm, "Safer Peaks and Dales")
    c.setFont(SREG, 18)
    c.drawString(18 * mm, H - 104 * mm, "Community Safety Partnership Plan 2024–2027")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Introduction", "intro"), ("Our area in numbers", "ctx"), ("How we chose our priorities",
                                                                                "how"),
                      ("Our priorities on the map", "pri"), ("Delivery", "del"), ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Introduction", h1)]
    for t in [
        "High Peak and the Derbyshire Dales are two of the safest districts in England, and among the most "
        "visited: millions of people come to the Peak District each year. Crime is low, but it is spread thinly "
        "over a large and remote area, and some of it, such as rural crime and scams, is badly under-reported.",
        "The two district councils decided in 2023 to run one community safety partnership for both districts. "
        "It brings together High Peak Borough Council, Derbyshire Dales District Council, Derbyshire County "
        "Council, Derbyshire Constabulary, Derbyshire Fire and Rescue Service, the Peak District National Park "
        "Authority, the Probation Service and the voluntary sector.",
        "This is the partnership's first joint plan. It has four priorities, shown on the map on page 6 at the "
        "places where they matter most.",
        "<b>Joint Chairs, High Peak and Derbyshire Dales Community Safety Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Our area in numbers", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("164,000", "residents in the two districts"), ("9,700", "crimes recorded in 2023/24"),
                    ("620", "rural and wildlife crimes"), ("£1.8m", "lost to scams by residents over 65"),
                    ("2,900", "ASB incidents, 40% of them in summer"), ("38", "children referred for exploitation")],
                   3, W - 36 * mm, num, cap, [MOSS, HEATHER, hexc("#4F7A78")]))
    s.append(Paragraph("Looking back", h2))
    s.append(Paragraph("The two former partnerships' plans for 2021–2024 had these priorities between them: "
                       "Rural crime; Anti-social behaviour; Domestic abuse; Substance misuse; and Vulnerable "
                       "people. Domestic abuse is now led county-wide by the Derby and Derbyshire Domestic Abuse and "
                       "Sexual Violence Board.", body))
    s += [PageBreak(), Paragraph("How we chose our priorities", h1)]
    for t in ["We looked at the strategic assessment, at a survey of 1,400 residents and visitors (illustrative) "
              "and at what parish councils, farmers and the National Park rangers told us.",
              "We asked three questions of every issue: how much harm does it do, how many people does it affect, "
              "and can this partnership make a difference that no one else is making?"]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("Issues we considered but did not choose", h2))
    s += bullets(["<b>Road safety</b>: speeding and motorcycle casualties on routes such as the A6 and the Snake "
                  "Pass are a major concern, but they are led by the Derbyshire Road Safety Partnership and are not "
                  "a priority of this plan.",
                  "<b>Domestic abuse</b>: led by the county-wide board; we will support its strategy locally.",
                  "<b>Hate crime</b>: reports are low; it is handled through the county hate crime partnership."], bl)
    s += [PageBreak(), Paragraph("Our priorities on the map", h1),
          Paragraph("Our four priorities for 2024 to 2027 are shown below, each pinned to the places where it "
                    "matters most.", body), PinMap(W - 36 * mm, 202 * mm)]
    s += [PageBreak(), Paragraph("Delivery", h1),
          Paragraph("Each priority has a task group. The main actions for 2024/25 are below.", body)]
    for theme, acts in [("Countryside", ["Farm Watch and machinery marking events.", "Joint patrols with National "
                                         "Park rangers in the lambing season."]),
                        ("Towns and hotspots", ["Summer plans for Matlock Bath and Castleton.",
                                                "Youth outreach in Buxton and Glossop parks."]),
                        ("Scams", ["Call blockers from Trading Standards for repeat victims.",
                                   "Scams champions in every GP surgery and library."]),
                        ("Young people", ["Exploitation awareness for rail and bus staff.",
                                          "A detached youth worker for Gamesley."])]:
        s.append(Paragraph(theme, h2))
        s += bullets(acts, bl)
    s += [PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The partnership board meets quarterly, alternating between Buxton and Matlock. It reports to "
                    "both councils' scrutiny committees and to the Police and Crime Commissioner, and works with "
                    "Safer Derbyshire.", body)]
    rows = [["Measure", "Baseline", "Direction"], ["Rural and wildlife crimes reported", "620", "Up (more "
                                                                                             "reporting)"],
            ["ASB incidents", "2,900", "Down"], ["Scam victims given a call blocker", "210", "Up"],
            ["Children referred for exploitation support", "38", "Up (earlier help)"]]
    m = Table(rows, colWidths=[90 * mm, 30 * mm, 40 * mm])
    m.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), MOSS), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTNAME", (0, 1), (-1, -1), REG),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.8), ("LINEBELOW", (0, 1), (-1, -1), 0.4, LAND2),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: communitysafety@peaksanddales.example",
                                     small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "High Peak and Derbyshire Dales Community Safety Partnership")
        doc.build(story(pages))
    needles = {"intro": "Introduction High Peak and the", "ctx": "Our area in numbers The figures",
               "how": "How we chose our priorities We looked", "pri": "Our priorities on the map Our four",
               "del": "Delivery Each priority", "gov": "Governance and measures The partnership"}
    two_pass(run, out, needles)
    return out
