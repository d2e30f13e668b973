"""Nottingham and Nottinghamshire Violence Reduction Partnership: Serious Violence Strategy 2024-2029.
reportlab report (DejaVu Sans Condensed body, DejaVu Serif headings).

Four priorities, stated once, on p6 inside a **socio-ecological model**: four nested ellipses sharing one
bottom edge (society outermost, then community, relationship and individual), each band holding a grey
capitals level label ("SOCIETY" ...) on a line of its own and, under it, the priority for that level in
bold, centred.  pdftotext reads the bands from the top (society) down.  No numbers.  The definition and the
specified authorities (p4), the key findings and the public health approach (p5), the level labels, the
intervention titles (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FILE = "strategies/nottingham_nottinghamshire_violence_reduction_partnership_strategy_2024-29.pdf"
TITLE = "Nottingham and Nottinghamshire Violence Reduction Partnership: Serious Violence Strategy 2024–2029"

TEAL, RED, INK, GREY = hexc("#12355B"), hexc("#D72638"), hexc("#222222"), hexc("#6A6A6A")
RINGS = [hexc("#DCE6F2"), hexc("#B9CDE5"), hexc("#8EAFD6"), hexc("#12355B")]
REG, BOLD = fonts("dejavu-cond")
SBOLD = "DejaVuSerif-Bold"
if SBOLD not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont(SBOLD, "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=20, leading=24, textColor=TEAL, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)
lvl = ParagraphStyle("lvl", fontName=BOLD, fontSize=7.6, leading=9, textColor=GREY, alignment=TA_CENTER)
pri = ParagraphStyle("pri", fontName=BOLD, fontSize=12.5, leading=15, textColor=TEAL, alignment=TA_CENTER)
pri_w = ParagraphStyle("pri_w", parent=pri, textColor=colors.white)
lvl_w = ParagraphStyle("lvl_w", parent=lvl, textColor=hexc("#B9CDE5"))

PRIORITIES = [
    ("SOCIETY", "Making every service trauma-informed"),
    ("COMMUNITY", "Reducing knife crime and serious violence in the neighbourhoods most affected"),
    ("RELATIONSHIP", "Helping families and friends to protect young people from violence"),
    ("INDIVIDUAL", "Supporting young people at risk of violence to make safer choices"),
]


class Ecology(Flowable):
    """Four nested ellipses sharing a bottom edge; a level label and a priority in each band."""

    SIZES = [(170, 178), (136, 136), (102, 94), (70, 54)]

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.SIZES[0][1] * mm

    def draw(self):
        c = self.canv
        cx = self.aw / 2
        for (w, h), fill in zip(self.SIZES, RINGS):
            c.setFillColor(fill)
            c.setStrokeColor(colors.white)
            c.setLineWidth(2)
            c.ellipse(cx - w * mm / 2, 0, cx + w * mm / 2, h * mm, stroke=1, fill=1)
        widths = [88, 78, 66, 52]
        for k, ((label, text), (w, h)) in enumerate(zip(PRIORITIES, self.SIZES)):
            inner = k == len(PRIORITIES) - 1
            lp = Paragraph(label, lvl_w if inner else lvl)
            pp = Paragraph(text, pri_w if inner else pri)
            tw = widths[k] * mm
            _, lh = lp.wrap(tw, 100 * mm)
            _, ph = pp.wrap(tw, 100 * mm)
            top = h * mm - (8 * mm if not inner else 9 * mm)
            lp.drawOn(c, cx - tw / 2, top - lh)
            pp.drawOn(c, cx - tw / 2, top - lh - 2 * mm - ph)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, H - 14 * mm, 8 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, H - 12 * mm, "Violence Reduction Partnership  |  Serious Violence Strategy 2024–2029")
    c.setFillColor(TEAL)
    c.setFont(BOLD, 8)
    c.drawRightString(W - 20 * mm, 10 * mm, f"Page {p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for k, (w, h) in enumerate(Ecology.SIZES):
        c.setStrokeColor(hexc("#2E5C8A"))
        c.setLineWidth(1.5)
        c.ellipse(W - 20 * mm - w * mm, 30 * mm, W - 20 * mm, 30 * mm + h * mm, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 25 * mm, "NOTTINGHAM AND NOTTINGHAMSHIRE VIOLENCE REDUCTION PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(20 * mm, H - 80 * mm, "Serious Violence")
    c.drawString(20 * mm, H - 94 * mm, "Strategy")
    c.setFillColor(hexc("#F4A259"))
    c.setFont(BOLD, 17)
    c.drawString(20 * mm, H - 108 * mm, "2024–2029")
    c.restoreState()


def story(pages):
    fw = W - 40 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("Serious violence in Nottingham and Nottinghamshire", "ctx"),
                      ("Our approach", "app"), ("Our priorities", "pri"), ("What we will fund", "del"),
                      ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, TEAL, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence devastates families and frightens communities. It is also preventable. Since 2019 the "
        "Violence Reduction Partnership has brought the police, councils, health, education, probation, youth "
        "justice and the voluntary sector together to prevent it, using a public health approach.",
        "This strategy is our response to the Serious Violence Duty for 2024 to 2029. It is based on our strategic "
        "needs assessment and on conversations with more than 300 young people (illustrative).",
        "We have set our priorities against the four levels of the socio-ecological model, because violence has "
        "causes at every level, from the individual to society as a whole.",
        "<b>Chair, Violence Reduction Partnership Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Serious violence in Nottingham and Nottinghamshire", h1),
          Paragraph("Locally, serious violence means homicide, violence against the person that causes injury, "
                    "knife and weapon offences, and robbery, in public places, with domestic abuse and sexual "
                    "violence addressed through their own strategies. The figures are illustrative.", body)]
    s.append(Tiles([("760", "knife crime offences in 2023/24"), ("1,420", "hospital admissions for assault"),
                    ("38%", "of victims aged under 25"), ("6", "wards with a third of all knife crime")], 2, fw,
                   num, cap, [TEAL, RED, hexc("#2E5C8A"), hexc("#8C2131")]))
    s.append(Paragraph("Illustrative figures.", small))
    s += [Paragraph("The specified authorities", h2),
          Paragraph("Nottinghamshire Police; Nottingham City Council and Nottinghamshire County Council; the "
                    "Integrated Care Board; the Probation Service; the two youth offending teams; Nottinghamshire "
                    "Fire and Rescue Service. Education and prisons are relevant authorities.", body)]
    s += [PageBreak(), Paragraph("Our approach", h1), Paragraph("Key findings of the needs assessment", h2)]
    s += bullets(["Violence is concentrated in a few neighbourhoods of the city, Mansfield and Ashfield.",
                  "Most young people involved have had several adverse childhood experiences.",
                  "Exclusion from school is a strong early warning sign.",
                  "Friends and siblings are often the first to know that a young person carries a knife."], bl)
    s += [Paragraph("A public health approach", h2),
          Paragraph("We focus on a defined population, work with and for communities, look for the causes as well "
                    "as the symptoms, use data and evidence, and act across the whole system. We also use the "
                    "socio-ecological model, which looks at the factors that raise or lower the risk of violence at "
                    "four levels:", body)]
    s += bullets(["<b>Individual</b>: a person's history, skills and choices.",
                  "<b>Relationship</b>: families, friends and peers.",
                  "<b>Community</b>: schools, neighbourhoods and places.",
                  "<b>Society</b>: services, policies and norms."], bl)
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("We have one priority at each level of the model. The diagram reads from the outside in.",
                    body), Spacer(1, 4), Ecology(), Spacer(1, 4)]
    s += [PageBreak(), Paragraph("What we will fund", h1),
          Paragraph("Our interventions for 2024/25, under the short titles used in our delivery plan:", body)]
    for t, d in [("Navigators", "Youth workers in the emergency department and in custody suites."),
                 ("Focused deterrence", "A call-in programme for young people in groups linked to violence."),
                 ("Parents' network", "Sessions for parents and carers on knife crime and exploitation."),
                 ("Peer mentors", "Young people trained to talk to friends about carrying knives."),
                 ("Hotspot patrols", "High-visibility patrols in the six wards with most knife crime."),
                 ("Trauma training", "Trauma-informed training for staff in every specified authority.")]:
        s += [Paragraph(t, h2), Paragraph(d, body)]
    s += [PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The Violence Reduction Partnership Board meets quarterly and reports to the Police and "
                    "Crime Commissioner and the Home Office. Baselines are illustrative.", body)]
    t = Table([["Measure", "Baseline", "Direction"], ["Hospital admissions for assault with a sharp object", "210",
                                                      "Down"],
               ["Knife crime offences", "760", "Down"], ["Homicides", "14", "Down"],
               ["Young people reached by navigators", "900", "Up"],
               ["Staff trained in trauma-informed practice", "1,200", "Up"]], colWidths=[95 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.8), ("FONT", (0, 0), (-1, 0), BOLD, 8.8),
                           ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C9D3E0"))]))
    t.hAlign = "LEFT"
    s += [t, Spacer(1, 6), Paragraph("Contact: vrp@nottinghamshire-vrp.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc = make_doc(out, A4, [
            PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)], TITLE, "Nottingham and Nottinghamshire Violence Reduction Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence devastates", "ctx": "Serious violence in Nottingham and "
               "Nottinghamshire Locally", "app": "Our approach Key findings", "pri": "Our priorities We have one",
               "del": "What we will fund Our", "gov": "Measures and governance The"}
    two_pass(run, out, needles)
    return out
