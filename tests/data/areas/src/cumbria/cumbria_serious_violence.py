"""Cumbria Serious Violence Partnership: Serious Violence Duty Strategy 2024-2029: reportlab report (Liberation
Sans, Liberation Serif headings).

Four priorities, stated once, on p6 as the **tiers of a prevention pyramid** ("Our priorities, from everyone to
the few"): four stacked trapezoids, narrowest at the top, each holding one priority in white bold type centred
inside it (the top tier's text wraps over three lines).  No numbers.  Grey side labels on the left of the
pyramid ("Tertiary", "Situational", "Secondary", "Primary") name the level of prevention and are not part of
the priorities; pdftotext prints each label on a line of its own before its tier.

Distractors: the definition and specified authorities (p4), the needs assessment findings, the Home Office
success measures and the public health approach (p5), the side labels (p6), the interventions (p7) and the
measures (p8).
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/cumbria_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Cumbria Serious Violence Partnership: Serious Violence Duty Strategy 2024–2029"

NAVY, AMBER, INK, GREY = hexc("#17324D"), hexc("#D98E04"), hexc("#222222"), hexc("#6C6C6C")
PALE = hexc("#E8EDF2")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.6, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=12.5, leading=15, textColor=AMBER, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=9.8, textColor=GREY)
tier = ParagraphStyle("tier", fontName=BOLD, fontSize=11.5, leading=14, textColor=colors.white, alignment=TA_CENTER)

# top to bottom: (priority, side label, fill)
TIERS = [
    ("Reducing serious violence and knife crime in public places", "Tertiary", hexc("#8C1C13")),
    ("Reducing alcohol-related violence in the night-time economy", "Situational", hexc("#C0501E")),
    ("Preventing children and young people from becoming involved in violence", "Secondary", AMBER),
    ("Keeping children in school and learning", "Primary", hexc("#3F7A4C")),
]


class Pyramid(Flowable):
    """Stacked trapezoids, narrowest at the top, with a centred priority in each tier."""

    def __init__(self, tiers, width, tier_h=31 * mm):
        super().__init__()
        self.tiers, self.width, self.th = tiers, width, tier_h

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.th * len(self.tiers) + 8 * mm

    def draw(self):
        c = self.canv
        n = len(self.tiers)
        cx = self.aw / 2 + 14 * mm
        top_w, base_w = 56 * mm, 150 * mm
        step = (base_w - top_w) / n
        gap = 2.2 * mm
        for i, (name, side, fill) in enumerate(self.tiers):
            y1 = self.th * (n - i) + 8 * mm
            y0 = y1 - self.th + gap
            w1 = top_w + step * i
            w0 = top_w + step * (i + 1) - step * gap / self.th
            c.setFillColor(fill)
            p = c.beginPath()
            p.moveTo(cx - w0 / 2, y0)
            p.lineTo(cx + w0 / 2, y0)
            p.lineTo(cx + w1 / 2, y1)
            p.lineTo(cx - w1 / 2, y1)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            para = Paragraph(name, tier)
            pw, ph = para.wrap(w1 - 12 * mm, self.th)
            para.drawOn(c, cx - pw / 2, (y0 + y1) / 2 - ph / 2)
        # side labels, drawn after the tiers
        for i, (name, side, fill) in enumerate(self.tiers):
            y1 = self.th * (n - i) + 8 * mm
            ymid = y1 - self.th / 2
            c.setFillColor(GREY)
            c.setFont(REG, 8)
            c.drawString(0, ymid - 3, side.upper())
            c.setStrokeColor(PALE)
            c.setLineWidth(0.8)
            c.line(0, ymid - 6, 24 * mm, ymid - 6)
        c.setFillColor(GREY)
        c.setFont(REG, 7.5)
        c.drawCentredString(cx, 1.5 * mm, "Fewer people at each level, more intensive support")


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(AMBER)
    c.setLineWidth(2)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 7.8)
    c.drawString(18 * mm, H - 11.5 * mm, "CUMBRIA SERIOUS VIOLENCE PARTNERSHIP")
    c.setFont(REG, 7.8)
    c.drawRightString(W - 18 * mm, H - 11.5 * mm, "Serious Violence Duty Strategy 2024–2029")
    c.setFillColor(GREY)
    c.drawString(18 * mm, 10 * mm, f"{p} of 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    cols = [hexc("#3F7A4C"), AMBER, hexc("#C0501E"), hexc("#8C1C13")]
    for i, col in enumerate(cols):
        w = (150 - i * 32) * mm
        c.setFillColor(col)
        c.rect(W - w - 20 * mm, 30 * mm + i * 16 * mm, w, 13 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "CUMBRIA SERIOUS VIOLENCE PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(18 * mm, H - 92 * mm, "Serious Violence Duty")
    c.drawString(18 * mm, H - 106 * mm, "Strategy 2024–2029")
    c.setFont(REG, 10)
    c.drawString(18 * mm, H - 120 * mm, "Preventing and reducing serious violence across Cumbria")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def table(rows, widths, head):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), head), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The Serious Violence Duty in Cumbria", "def"),
                      ("What the needs assessment found", "ev"), ("Our priorities", "pri"),
                      ("What we will fund", "int"), ("Measuring success and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence is rare in Cumbria compared with the big cities, and that is exactly why we must keep it "
        "that way. When it happens, it changes families and whole towns. Most of it involves young people, much of "
        "it is linked to alcohol or drugs, and some of it is brought here by gangs from outside the county.",
        "The Serious Violence Duty came into force in January 2023. This strategy is our response: a single plan "
        "for the specified authorities in Cumberland and in Westmorland and Furness, based on our first strategic "
        "needs assessment.",
        "We take a public health approach, which means working at every level, from all children in school to "
        "the small number of people who carry weapons.",
        "<b>Chair, Cumbria Serious Violence Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The Serious Violence Duty in Cumbria", h1),
          Paragraph("For this strategy, serious violence means homicide, violence causing injury, knife and weapon "
                    "offences, robbery, and violence in the night-time economy. Domestic abuse and sexual violence "
                    "are led by the Cumbria Domestic Abuse and Sexual Violence Partnership.", body),
          Paragraph("The specified authorities", h2)]
    s += bullets(["Cumbria Constabulary", "Cumbria Fire and Rescue Service", "Cumberland Council and Westmorland "
                  "and Furness Council", "The North East and North Cumbria and the Lancashire and South Cumbria "
                  "Integrated Care Boards", "The Probation Service", "The two youth justice services"], bl)
    s += [Paragraph("Relevant authorities", h2),
          Paragraph("Schools, colleges and HMP Haverigg co-operate with the partnership.", body)]
    s += [PageBreak(), Paragraph("What the needs assessment found", h1),
          Paragraph("The figures in this section are illustrative and are not official statistics.", small)]
    s += bullets(["Knife crime offences: 190 in 2023/24, two thirds in Carlisle, Barrow, Workington and "
                  "Whitehaven.", "Four in ten violent offences happen between 10pm and 4am at weekends.",
                  "Most victims and suspects of knife crime are aged under 25.",
                  "Children excluded from school are far more likely to be involved in violence.",
                  "County lines from Merseyside and Lancashire bring violence to our towns."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    s += [Paragraph(f"{k}. {t}", bl) for k, t in enumerate(
        ["A reduction in hospital admissions for assaults with a knife or sharp object, and especially among those "
         "victims aged under 25",
         "A reduction in knife and sharp object enabled serious violence recorded by the police, and especially "
         "among those victims aged under 25",
         "A reduction in homicides recorded by the police"], 1)]
    s.append(Paragraph("The public health approach", h2))
    s.append(Paragraph("We work at three levels of prevention: primary (everyone, before violence happens), "
                       "secondary (people and places at higher risk) and tertiary (people already involved). We "
                       "add a situational level for places such as the night-time economy.", body))
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("We have four priorities for 2024 to 2029, one at each level of prevention. The pyramid shows "
                    "them from the few people already involved in violence (top) to every child (base).", body),
          Spacer(1, 6), Pyramid(TIERS, W - 36 * mm)]
    s += [PageBreak(), Paragraph("What we will fund", h1),
          Paragraph("The Serious Violence Duty grant and the Commissioner fund the interventions below.", body)]
    s.append(table([["Intervention", "What it does", "Where"],
                    ["Focused deterrence", Paragraph("A direct offer of help and a clear warning for people "
                                                     "carrying weapons.", body), "Carlisle, Barrow"],
                    ["Safe nights", Paragraph("Street pastors, medics on nights out and licensing conditions.",
                                              body), "Town centres"],
                    ["Navigators", Paragraph("Youth workers in A&E and custody who reach young people after "
                                             "violence.", body), "Both acute hospitals"],
                    ["Inclusion workers", Paragraph("Support for children at risk of exclusion, and alternative "
                                                    "provision.", body), "West Cumbria, Furness"]],
                   [40 * mm, 94 * mm, 40 * mm], NAVY))
    s += [PageBreak(), Paragraph("Measuring success and governance", h1)]
    s.append(table([["Local measure", "Baseline", "Target 2029"], ["Knife crime offences", "190", "-20%"],
                    ["Night-time violence with injury", "640", "-15%"], ["Young people reached by navigators", "150",
                                                                          "400"],
                    ["Permanent exclusions", "48", "-30%"]], [96 * mm, 38 * mm, 40 * mm], AMBER))
    s += [Spacer(1, 6), Paragraph("The partnership board meets quarterly and reports to the Police, Fire and Crime "
                                  "Commissioner and to both councils' community safety partnerships. Baselines are "
                                  "illustrative. Contact: seriousviolence@cumbria.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Cumbria Serious Violence Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "def": "The Serious Violence Duty in Cumbria For this",
               "ev": "What the needs assessment found The", "pri": "Our priorities We have four",
               "int": "What we will fund The", "gov": "Measuring success and governance Local"}
    two_pass(run, out, needles)
    return out
