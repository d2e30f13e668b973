"""Gwent Serious Violence Prevention Strategy 2024-2029 (Gwent Serious Violence Prevention Board, the
Serious Violence Duty partnership): reportlab report (Liberation Sans, DejaVu Serif headings).

Four priorities, stated once, on p6 as the **tiers of a pyramid** (a public health model): four stacked
trapezoids, narrowest at the top, each holding one priority in white bold type, centred and wrapping over
one to four lines; a grey two-line label to the right of each tier names the level of prevention ("TERTIARY" /
"enforcement and disruption", "SECONDARY", "PLACE", "PRIMARY") and is not part of the
priority.  No numbers.  The Home Office success measures (p5), the key findings (p5), the definition and
specified authorities (p4), the intervention titles (p7) and the local measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FILE = "strategies/gwent_serious_violence_prevention_strategy_2024-29.pdf"
TITLE = "Gwent Serious Violence Prevention Strategy 2024–2029"

RED, DARK, INK, GREY = hexc("#A3262A"), hexc("#3A1416"), hexc("#222222"), hexc("#6E6E6E")
TIERS = [hexc("#5E1416"), hexc("#8C1F24"), hexc("#B8412F"), hexc("#D9743A")]
REG, BOLD = fonts("liberation-sans")
if "DejaVuSerif-Bold" not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
SERB = "DejaVuSerif-Bold"
W, H = A4
M = 20 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.3, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
nl = ParagraphStyle("nl", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SERB, fontSize=20, leading=25, textColor=RED, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.8, leading=13.5, textColor=DARK, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.2, textColor=GREY)
tier_st = ParagraphStyle("tier", fontName=BOLD, fontSize=11.5, leading=14, textColor=colors.white, alignment=TA_CENTER)

# top of the pyramid first
PRIORITIES = [
    ("Disrupting the people and groups who cause the most violence", ("TERTIARY", "enforcement and disruption")),
    ("Reaching children and young people at risk of violence early", ("SECONDARY", "targeted prevention")),
    ("Making the places where violence happens safer", ("PLACE", "place-based prevention")),
    ("Tackling the root causes of violence across the whole population", ("PRIMARY", "universal prevention")),
]


class Pyramid(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width = width
        self.height = 132 * mm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        pw = 124 * mm          # base width of the pyramid
        top_w = 50 * mm        # width at the apex
        x0 = 0
        th, gap = 30 * mm, 2.5 * mm
        n = len(PRIORITIES)
        total = n * th + (n - 1) * gap
        cx = x0 + pw / 2

        def half(yy):  # half width at height yy above the base
            return (pw - (pw - top_w) * yy / total) / 2
        for i, (text, label) in enumerate(PRIORITIES):
            ytop = total - i * (th + gap)
            ybot = ytop - th
            c.setFillColor(TIERS[i])
            p = c.beginPath()
            p.moveTo(cx - half(ybot), ybot)
            p.lineTo(cx + half(ybot), ybot)
            p.lineTo(cx + half(ytop), ytop)
            p.lineTo(cx - half(ytop), ytop)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            avail = 2 * half(ytop) - 8 * mm
            para = Paragraph(text, tier_st)
            _, ph = para.wrap(max(avail, 30 * mm), th)
            para.drawOn(c, cx - max(avail, 30 * mm) / 2, ybot + (th - ph) / 2)
            c.setStrokeColor(hexc("#BBBBBB"))
            c.setLineWidth(0.5)
            c.setDash(2, 2)
            c.line(cx + half(ybot + th / 2) + 2 * mm, ybot + th / 2, pw + 8 * mm, ybot + th / 2)
            c.setDash()
            c.setFillColor(GREY)
            c.setFont(BOLD, 8)
            c.drawString(pw + 10 * mm, ybot + th / 2 + 0.5 * mm, label[0])
            c.setFont(REG, 7.5)
            c.drawString(pw + 10 * mm, ybot + th / 2 - 3 * mm, label[1])


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(M, H - 12 * mm, "Gwent Serious Violence Prevention Board")
    c.drawRightString(W - M, H - 12 * mm, "Serious Violence Prevention Strategy 2024–2029")
    c.setStrokeColor(RED)
    c.setLineWidth(0.8)
    c.line(M, H - 14 * mm, W - M, H - 14 * mm)
    c.setFont(REG, 8)
    c.setFillColor(DARK)
    c.drawCentredString(W / 2, 11 * mm, f"Page {p} of {doc._npages}" if hasattr(doc, "_npages") else f"Page {p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, col in enumerate(TIERS):
        c.setFillColor(col)
        w = 40 * mm + i * 30 * mm
        c.rect(W - w, 30 * mm + (3 - i) * 14 * mm, w, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(M, H - 24 * mm, "GWENT SERIOUS VIOLENCE PREVENTION BOARD")
    c.setFont(SERB, 30)
    c.drawString(M, H - 95 * mm, "Serious Violence")
    c.drawString(M, H - 108 * mm, "Prevention Strategy")
    c.setFont(REG, 18)
    c.drawString(M, H - 124 * mm, "2024–2029")
    c.setFont(REG, 9)
    c.drawString(M, H - 136 * mm, "Strategaeth Atal Trais Difrifol Gwent")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SERB, 14)
    c.drawString(M, 130 * mm, "Gwent Serious Violence Prevention Board")
    c.setFont(REG, 9.5)
    c.drawString(M, 120 * mm, "seriousviolence@gwent-partnership.example")
    c.drawString(M, 113 * mm, "All statistics in this strategy are illustrative.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(M, 20 * mm, W - 2 * M, H - 40 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Serious violence in Gwent", "def"), ("What the needs assessment found", "sna"),
                      ("Our priorities", "pri"), ("What we will fund and do", "del"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, DARK, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence is rare in Gwent, but where it happens its harm spreads far beyond the people directly "
        "involved. The Serious Violence Duty asks public bodies to work together to prevent it, and to plan on the "
        "basis of evidence.",
        "This strategy is the Gwent partners\u2019 response. It takes a public health approach: it treats violence "
        "as something that can be prevented, and it works at every level, from the whole population to the small "
        "number of people who cause the most harm.",
        "We will review the strategy each year against our strategic needs assessment.",
        "<b>Chair, Gwent Serious Violence Prevention Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Serious violence in Gwent", h1), Paragraph("Our local definition", h2),
          Paragraph("For this strategy, serious violence means homicide, violence causing injury, knife and weapon "
                    "offences, robbery, and rape and other serious sexual offences in public places. Domestic abuse "
                    "and sexual violence in the home are led by the Gwent VAWDASV Regional Board.", body),
          Paragraph("The specified authorities", h2)]
    s += bullets(["The five local authorities of Gwent", "Gwent Police", "South Wales Fire and Rescue Service",
                  "Aneurin Bevan University Health Board", "The Probation Service",
                  "The youth justice services"], bl)
    s += [PageBreak(), Paragraph("What the needs assessment found", h1),
          Paragraph("The figures are illustrative and are not official statistics.", small)]
    s += bullets(["Violence with injury is concentrated in Newport city centre and four valley town centres.",
                  "One in three victims of knife crime is under 25.",
                  "Many of the young people involved have experienced four or more adverse childhood experiences.",
                  "Two organised crime groups account for a large share of drug-related violence."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    s.append(Paragraph("The national measures of the Serious Violence Duty, paraphrased. They are national measures, "
                       "not priorities of this strategy.", body))
    for i, t in enumerate(["Fewer hospital admissions for assaults with a knife or sharp object, especially among "
                           "under-25s.",
                           "Less knife and sharp object enabled serious violence recorded by the police, especially "
                           "among under-25s.",
                           "Fewer homicides, especially among under-25s involving knives."], 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;{t}", nl))
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("Our four priorities follow the public health model of prevention. At the base of the pyramid is "
                    "work with everyone; at the top, work with the few people who cause the most harm.", body),
          Spacer(1, 8), Pyramid(W - 2 * M), Spacer(1, 8),
          Paragraph("Each level of the pyramid has a lead partner and a set of funded interventions (see page "
                    f"{pages.get('del', 0)}).", small)]
    s += [PageBreak(), Paragraph("What we will fund and do", h1)]
    for lab, t in [("Focused deterrence", "A call-in programme with the police and probation for people involved in "
                    "group violence."),
                   ("Navigators in the emergency department", "Youth workers at the Grange University Hospital."),
                   ("Safer town centres", "Lighting, CCTV and guardians in the four valley town centres."),
                   ("Trauma-informed schools", "Training for every secondary school in Gwent.")]:
        s += [Paragraph(lab, h2), Paragraph(t, body)]
    s += [PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The Board meets quarterly and reports to the Gwent Public Services Board and to the Police and "
                    "Crime Commissioner for Gwent, who holds the Serious Violence Duty funding.", body)]
    mt = Table([["Measure", "Baseline", "Aim"], ["Hospital admissions for assault, under 25", "48", "Down"],
                ["Knife crime offences", "210", "Down"], ["Young people reached by navigators", "160", "Up"],
                ["Schools trained", "9", "All 34"]], colWidths=[95 * mm, 25 * mm, 30 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), RED), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#DDBBBB"))]))
    mt.hAlign = "LEFT"
    s += [mt, Spacer(1, 5), Paragraph("Baselines are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Gwent Serious Violence Prevention Board")
        doc._npages = 9
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "def": "Serious violence in Gwent Our local",
               "sna": "What the needs assessment found", "pri": "Our priorities Our four",
               "del": "What we will fund and do", "gov": "Measures and governance The Board"}
    two_pass(run, out, needles)
    return out
