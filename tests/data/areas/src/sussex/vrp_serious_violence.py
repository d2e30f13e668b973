"""Sussex Violence Reduction Partnership Serious Violence Strategy 2024-2029: reportlab report (Liberation
Sans body, Liberation Serif headings).

Four priorities, stated once, on p6 "Lighting the way to 2029" as the **ends of four lighthouse beams**: a
drawn lighthouse on a rock at the left of the page (striped tower, lantern), four translucent beams fanning
out to the right, and at the end of each beam a box holding one priority in bold (two or three lines) with
a grey line under it; no numbers.  Four grey words on the rock ("Data", "Voice", "Trauma-informed",
"Partnership") are the partnership's foundations, not priorities.  The definition and specified
authorities (p4), the key findings and the Home Office success measures (p5), the intervention names (p7)
and the local measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/sussex_violence_reduction_partnership_serious_violence_strategy_2024-29.pdf"
TITLE = "Sussex Violence Reduction Partnership: Serious Violence Strategy 2024–2029"

NAVY, AMBER, INK, GREY = hexc("#17324D"), hexc("#F2A93B"), hexc("#1F2328"), hexc("#6A7178")
RED, PALE, LINE = hexc("#C8423B"), hexc("#EEF2F6"), hexc("#CBD5DF")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=NAVY, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
boxst = ParagraphStyle("box", fontName=BOLD, fontSize=11.2, leading=13.8, textColor=NAVY)
boxs = ParagraphStyle("boxs", fontName=REG, fontSize=7.6, leading=9.6, textColor=GREY)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10.2, textColor=colors.white)

PRIORITIES = [
    ("Reducing serious violence and knife crime across Sussex",
     "Focused deterrence and hotspot work where violence is highest."),
    ("Preventing young people from becoming involved in violence",
     "Mentors, youth workers in A&amp;E and support around school exclusion."),
    ("Reducing violence in the night-time economy",
     "Safer venues, trained door staff and late-night welfare in our town centres."),
    ("Supporting children affected by trauma and adversity",
     "Early help for children who have experienced violence at home or in the community."),
]


class Lighthouse(Flowable):
    def __init__(self, items, height=165 * mm):
        super().__init__()
        self.items, self.height = items, height

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        w, h = self.aw, self.height
        # sea and rock
        c.setFillColor(hexc("#D6E4F0"))
        c.rect(0, 0, w, 16 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#5B6770"))
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(0, 26 * mm)
        p.curveTo(10 * mm, 34 * mm, 40 * mm, 34 * mm, 56 * mm, 22 * mm)
        p.lineTo(62 * mm, 0)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(REG, 6.8)
        for i, word in enumerate(["Data", "Voice", "Trauma-informed", "Partnership"]):
            c.drawString(6 * mm + (i % 2) * 24 * mm, 18 * mm - (i // 2) * 6 * mm, word)
        # tower
        base_y, top_y, cx = 30 * mm, 118 * mm, 28 * mm
        p = c.beginPath()
        p.moveTo(cx - 11 * mm, base_y)
        p.lineTo(cx - 6 * mm, top_y)
        p.lineTo(cx + 6 * mm, top_y)
        p.lineTo(cx + 11 * mm, base_y)
        p.close()
        c.setFillColor(colors.white)
        c.setStrokeColor(NAVY)
        c.setLineWidth(1)
        c.drawPath(p, stroke=1, fill=1)
        c.saveState()
        c.clipPath(p, stroke=0, fill=0)
        c.setFillColor(RED)
        for k in range(4):
            y0 = base_y + k * 22 * mm + 8 * mm
            c.rect(cx - 12 * mm, y0, 24 * mm, 9 * mm, stroke=0, fill=1)
        c.restoreState()
        # lantern
        lamp_y = top_y + 6 * mm
        c.setFillColor(AMBER)
        c.rect(cx - 6 * mm, top_y, 12 * mm, 12 * mm, stroke=0, fill=1)
        c.setFillColor(NAVY)
        p = c.beginPath()
        p.moveTo(cx - 8 * mm, top_y + 12 * mm)
        p.lineTo(cx, top_y + 20 * mm)
        p.lineTo(cx + 8 * mm, top_y + 12 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(cx - 9 * mm, top_y - 1.5 * mm, 18 * mm, 2 * mm, stroke=0, fill=1)
        # beams and boxes
        bx, bw = 78 * mm, w - 78 * mm
        n = len(self.items)
        slot = (h - 20 * mm) / n
        for i, (name, line) in enumerate(self.items):
            cy = h - 8 * mm - slot * (i + 0.5)
            para, sub = Paragraph(name, boxst), Paragraph(line, boxs)
            _, ph = para.wrap(bw - 10 * mm, slot)
            _, sh = sub.wrap(bw - 10 * mm, slot)
            bh = ph + sh + 9 * mm
            c.setFillColor(colors.Color(0.95, 0.66, 0.23, alpha=0.28))
            q = c.beginPath()
            q.moveTo(cx + 5 * mm, lamp_y)
            q.lineTo(bx, cy + bh / 2)
            q.lineTo(bx, cy - bh / 2)
            q.close()
            c.drawPath(q, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setStrokeColor(AMBER)
            c.setLineWidth(1.6)
            c.roundRect(bx, cy - bh / 2, bw, bh, 2.5 * mm, stroke=1, fill=1)
            para.drawOn(c, bx + 5 * mm, cy + bh / 2 - 4 * mm - ph)
            sub.drawOn(c, bx + 5 * mm, cy - bh / 2 + 4 * mm)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.setFont(BOLD, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "SUSSEX VIOLENCE REDUCTION PARTNERSHIP")
    c.setFont(REG, 7.8)
    c.setFillColor(GREY)
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Serious Violence Strategy 2024–2029")
    c.setStrokeColor(AMBER)
    c.setLineWidth(1.5)
    c.line(18 * mm, 14 * mm, W - 18 * mm, 14 * mm)
    c.setFont(BOLD, 8.5)
    c.setFillColor(NAVY)
    c.drawCentredString(W / 2, 8.5 * mm, f"– {p} –")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.Color(0.95, 0.66, 0.23, alpha=0.25))
    p = c.beginPath()
    p.moveTo(W, H - 40 * mm)
    p.lineTo(40 * mm, H - 150 * mm)
    p.lineTo(W, H - 200 * mm)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "SUSSEX VIOLENCE REDUCTION PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(18 * mm, H - 110 * mm, "Serious Violence")
    c.drawString(18 * mm, H - 124 * mm, "Strategy")
    c.setFont(SREG, 20)
    c.setFillColor(AMBER)
    c.drawString(18 * mm, H - 140 * mm, "2024–2029")
    c.setFillColor(colors.white)
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 28 * mm, "Our response to the Serious Violence Duty across Brighton & Hove, East Sussex "
                                   "and West Sussex")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("Serious violence and the Duty", "def"),
                      ("What the needs assessment tells us", "sna"), ("Lighting the way to 2029", "pri"),
                      ("What we fund", "int"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence is rare in Sussex compared with many parts of the country, but when it happens it devastates "
        "families and communities. Too many of those involved, as victims and as perpetrators, are young.",
        "The Sussex Violence Reduction Partnership was formed in 2019 and now leads the partners who share the "
        "Serious Violence Duty across Brighton & Hove, East Sussex and West Sussex.",
        "This strategy takes a public health approach: we will use data to understand where and why violence "
        "happens, act early, and work with communities rather than doing things to them.",
        "<b>Chair, Sussex Violence Reduction Partnership Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Serious violence and the Duty", h1),
          Paragraph("For this strategy, serious violence means public space violence that causes injury or is "
                    "likely to, including homicide, knife and weapon offences, robbery and violence linked to drugs "
                    "and exploitation. Domestic abuse and sexual violence are led by the domestic abuse and VAWG "
                    "partnerships.", body), Paragraph("The specified authorities", h2)]
    s += bullets(["Sussex Police", "Brighton & Hove City Council, East Sussex County Council and West Sussex County "
                  "Council, and the district and borough councils", "East Sussex and West Sussex fire and rescue "
                  "services", "NHS Sussex Integrated Care Board", "The Probation Service", "The youth justice "
                  "services"], bl)
    s += [PageBreak(), Paragraph("What the needs assessment tells us", h1),
          Tiles([("840", "knife crime offences in 2023/24"), ("58%", "of victims aged under 25"),
                 ("9", "homicides"), ("175", "hospital admissions for assault with a sharp object")], 2,
                W - 36 * mm, num, cap, [NAVY, RED], gap=5),
          Paragraph("These figures are illustrative and are not official statistics.", small),
          Paragraph("Key findings", h2)]
    s += bullets(["Violence is concentrated in Brighton, Crawley, Hastings, Eastbourne and Worthing town centres.",
                  "Half of violence with injury in town centres happens between 10pm and 4am and involves alcohol.",
                  "Children who have been excluded from school are far more likely to be involved.",
                  "Most young people involved have experienced trauma or adversity."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    s += [Paragraph(f"{k}. {t}", bl) for k, t in enumerate(
        ["A reduction in hospital admissions for assaults with a knife or sharp object, and especially among those "
         "victims aged under 25",
         "A reduction in knife and sharp object enabled serious violence recorded by the police, and especially "
         "among those victims aged under 25",
         "A reduction in homicides recorded by the police"], 1)]
    s += [PageBreak(), Paragraph("Lighting the way to 2029", h1),
          Paragraph("Our four priorities are the beams that will guide the partnership's work for the next five "
                    "years. They rest on four foundations: good data, the voice of young people and communities, "
                    "a trauma-informed approach and strong partnership.", body),
          Spacer(1, 4), Lighthouse(PRIORITIES)]
    s += [PageBreak(), Paragraph("What we fund", h1),
          Paragraph("Interventions funded through the Serious Violence Duty grant and the Police and Crime "
                    "Commissioner (illustrative):", body)]
    t = Table([["Intervention", "What it does", "Where"],
               ["Navigators in A&E", Paragraph("Youth workers who reach young people after an assault.", body),
                "Brighton, Worthing, Eastbourne"],
               ["Mentors in schools", Paragraph("Trusted adults for children at risk of exclusion.", body),
                "All areas"],
               ["Safer Streets at Night", Paragraph("Welfare hubs, door staff training and taxi marshals.", body),
                "Five town centres"],
               ["Trauma-informed Sussex", Paragraph("Training and supervision for practitioners.", body),
                "Sussex-wide"]], colWidths=[40 * mm, 85 * mm, 49 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE)]))
    s += [t, PageBreak(), Paragraph("Measures and governance", h1)]
    m = Table([["Local measure", "Baseline", "Target 2029"], ["Knife crime offences", "840", "-20%"],
               ["Violence with injury in the night-time economy", "2,300", "-15%"],
               ["Young people reached by navigators", "380", "750"], ["Practitioners trained", "900", "5,000"]],
              colWidths=[95 * mm, 35 * mm, 35 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("BACKGROUND", (0, 0), (-1, 0), AMBER), ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE)]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("The partnership board meets quarterly and reports to the Sussex Police and "
                                     "Crime Commissioner and the community safety partnerships. Baselines are "
                                     "illustrative. Contact: vrp@sussex-vrp.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Sussex Violence Reduction Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "def": "Serious violence and the Duty For this",
               "sna": "What the needs assessment tells us", "pri": "Lighting the way to 2029 Our four",
               "int": "What we fund Interventions", "gov": "Measures and governance Local"}
    two_pass(run, out, needles)
    return out
