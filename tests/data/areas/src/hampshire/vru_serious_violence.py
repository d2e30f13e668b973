"""Hampshire and Isle of Wight Serious Violence Duty Strategy 2024-2029 (Violence Reduction Unit): reportlab
report (DejaVu Sans body, Liberation Serif headings), A4 portrait with **one two-page spread exported as a single
landscape page** (p6, 420 x 297 mm).

The spread carries printed folios "6" and "7" on its two halves, so every later page prints a folio one
higher than its physical page number (p7 prints "8"); the contents page lists the printed folios.  The four
priorities are stated once, on the right half of the spread, as a **staircase**: four blocks rising from
left to right, each holding only the priority in white bold condensed type (all wrap, over
two to five lines; pdftotext prints the highest step first); no numbers.  The left half of
the spread holds the page title, an introduction and the Home Office's success measures for the Duty (a
distractor).  The specified authorities and the definition (p4), the key findings and the "5 Cs" (p5), the
intervention titles (p7) and the local measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FILE = "strategies/hampshire_and_isle_of_wight_serious_violence_strategy_2024-29.pdf"
TITLE = "Hampshire and Isle of Wight Serious Violence Duty Strategy 2024–2029"

DARK, ORANGE, INK, GREY = hexc("#1B1F3B"), hexc("#E4572E"), hexc("#1E1E24"), hexc("#626270")
STEPS = [hexc("#29335C"), hexc("#3E4A89"), hexc("#E4572E"), hexc("#F3A712")]
REG, BOLD = fonts("dejavu")
for _n, _f in (("LiberationSerif-Bold", "LiberationSerif-Bold.ttf"),):
    pdfmetrics.registerFont(TTFont(_n, f"/usr/share/fonts/truetype/liberation/{_f}"))
SERIFB = "LiberationSerif-Bold"
W, H = A4
SPREAD = (2 * W, H)
FW = W - 40 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=8.8, leading=12.8, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SERIFB, fontSize=23, leading=28, textColor=DARK, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
CBOLD = fonts("dejavu-cond")[1]
step_st = ParagraphStyle("step", fontName=CBOLD, fontSize=12, leading=15, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.2, textColor=GREY)

PRIORITIES = [
    "Reducing serious violence and knife crime across Hampshire and the Isle of Wight",
    "Preventing children and young people from becoming involved in violence",
    "Reducing violence and sexual harassment in the night-time economy",
    "Building a trauma-informed workforce",
]


def folio(p):
    """The printed folio of physical page p: the spread (p6) carries two."""
    return p if p <= 6 else p + 1


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(ORANGE)
    c.rect(20 * mm, H - 14 * mm, 3 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(25 * mm, H - 14 * mm, "Hampshire and Isle of Wight Violence Reduction Unit")
    c.setFont(BOLD, 8)
    c.setFillColor(DARK)
    c.drawRightString(W - 20 * mm, 11 * mm, str(folio(p)))
    c.restoreState()


def spread(c, doc):
    c.saveState()
    c.setFillColor(hexc("#F4F4F8"))
    c.rect(W, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(hexc("#D8D8E0"))
    c.setDash(2, 3)
    c.line(W, 12 * mm, W, H - 12 * mm)
    c.setDash()
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(25 * mm, H - 14 * mm, "Hampshire and Isle of Wight Violence Reduction Unit")
    c.setFillColor(ORANGE)
    c.rect(20 * mm, H - 14 * mm, 3 * mm, 3 * mm, stroke=0, fill=1)
    c.setFont(BOLD, 8)
    c.setFillColor(DARK)
    c.drawString(20 * mm, 11 * mm, "6")
    c.drawRightString(2 * W - 20 * mm, 11 * mm, "7")
    # the staircase: four blocks rising left to right, each on a pale riser down to the base line
    x0, base, w, h, dy = W + 14 * mm, 36 * mm, 46 * mm, 46 * mm, 47 * mm
    for k, name in enumerate(PRIORITIES):
        x, y = x0 + k * (w + 1.5 * mm), base + k * dy
        c.setFillColor(hexc("#E3E3EC"))
        c.rect(x, base - 12 * mm, w, y - base + 12 * mm, stroke=0, fill=1)
        c.setFillColor(STEPS[k])
        c.rect(x, y, w, h, stroke=0, fill=1)
        para = Paragraph(name, step_st)
        _, ph = para.wrap(w - 8 * mm, h)
        para.drawOn(c, x + 4 * mm, y + h - 5 * mm - ph)
    c.setFillColor(DARK)
    c.setFont(SERIFB, 20)
    c.drawString(W + 14 * mm, H - 35 * mm, "Our priorities for 2024–2029")
    c.setFont(REG, 8.6)
    c.setFillColor(GREY)
    c.drawString(W + 14 * mm, H - 43 * mm, "Each step builds on the one below it.")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for k, col in enumerate(STEPS):
        c.setFillColor(col)
        c.rect(20 * mm + k * 22 * mm, 40 * mm, 20 * mm, (20 + 14 * k) * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "HAMPSHIRE AND ISLE OF WIGHT VIOLENCE REDUCTION UNIT")
    c.setFont(SERIFB, 34)
    c.drawString(20 * mm, H - 95 * mm, "Serious Violence")
    c.drawString(20 * mm, H - 109 * mm, "Duty Strategy")
    c.setFont(REG, 17)
    c.setFillColor(hexc("#F3A712"))
    c.drawString(20 * mm, H - 124 * mm, "2024–2029")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SERIFB, 15)
    c.drawString(20 * mm, 120 * mm, "Hampshire and Isle of Wight Violence Reduction Unit")
    c.setFont(REG, 9.5)
    c.drawString(20 * mm, 110 * mm, "vru@hampshire-iow.example")
    c.setFont(REG, 7)
    c.drawString(20 * mm, 16 * mm, "All statistics in this strategy are illustrative and are not official figures.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, FW, H - 42 * mm, id="s", **pad)], onPage=header),
            PageTemplate("spread", [Frame(20 * mm, 20 * mm, FW, H - 42 * mm, id="sp", **pad)], onPage=spread,
                         pagesize=SPREAD),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Serious violence in our area", "ctx"), ("What the evidence tells us", "ev"),
                      ("Our priorities", "pri"), ("Our interventions", "int"), ("Measuring success", "gov")]:
        s.append(ContentsLine(text, folio(pages[key]) if pages.get(key) else 0, REG, 11.5, DARK, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence destroys lives and families and damages whole communities. In Hampshire and the Isle of "
        "Wight it is concentrated in our two cities and a handful of towns, and too often it involves young people, "
        "as victims and as perpetrators.",
        "The Serious Violence Duty requires the specified authorities to work together to prevent and reduce "
        "serious violence. The Violence Reduction Unit, funded by the Home Office and hosted by the Office of the "
        "Police and Crime Commissioner, coordinates that work across the four upper-tier areas.",
        "This strategy sets out four priorities for the next five years, based on our strategic needs assessment.",
        "<b>Chair, Hampshire and Isle of Wight Serious Violence Duty Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Serious violence in our area", h1),
          Paragraph("For this strategy, serious violence means homicide, violence against the person that causes "
                    "injury, knife and weapon offences, robbery, and violence in public places, including in the "
                    "night-time economy.", body),
          Paragraph("The specified authorities", h2)]
    s += bullets(["Hampshire and Isle of Wight Constabulary", "Hampshire and Isle of Wight Fire and Rescue Service",
                  "Hampshire County Council, Southampton City Council, Portsmouth City Council and the Isle of Wight "
                  "Council, and the eleven district councils", "The Integrated Care Board",
                  "The Probation Service and the four youth justice services"], bl)
    s += [Paragraph("In numbers (illustrative)", h2)]
    t = Table([["2,950", "serious violence offences in 2023/24"], ["1,160", "knife crime offences"],
               ["38%", "of victims aged under 25"], ["27%", "of offences in the night-time economy"]],
              colWidths=[32 * mm, FW - 32 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), BOLD, 14), ("FONT", (1, 0), (1, -1), REG, 9),
                           ("TEXTCOLOR", (0, 0), (0, -1), ORANGE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#DDDDE5")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Paragraph("Illustrative figures; not official statistics.", small)]
    s += [PageBreak(), Paragraph("What the evidence tells us", h1), Paragraph("Key findings", h2)]
    s += bullets(["Knife crime is highest in central Southampton and Portsmouth, and rising in Basingstoke.",
                  "Four in ten serious violence offences happen between 10pm and 4am.",
                  "Many young people involved in violence have been excluded from school.",
                  "Exposure to trauma is common among both victims and perpetrators."], bl)
    s += [Paragraph("A public health approach", h2),
          Paragraph("We follow the \u201c5 Cs\u201d of the public health approach to violence: Collaboration, "
                    "Co-production, Cooperation in data and intelligence sharing, Counter-narrative development, and "
                    "Community consensus.", body),
          NextPageTemplate("spread"), PageBreak()]
    s += [Paragraph("Our priorities", h1),
          Paragraph("The strategic needs assessment points to four priorities for the partnership. They are shown on "
                    "the right as a staircase: reducing violence overall depends on reaching children and young "
                    "people early, on making nights out safe, and on a workforce that understands trauma.", body),
          Spacer(1, 6)]
    hm = Table([[[Paragraph("<b>The Home Office's success measures for the Duty</b>", body)] +
                 bullets(["A reduction in hospital admissions for assaults with a knife or sharp object.",
                          "A reduction in knife and sharp object enabled serious violence recorded by the police.",
                          "A reduction in homicides recorded by the police."], bl) +
                 [Paragraph("These national measures apply to every area; they are not our priorities.", small)]]],
               colWidths=[FW])
    hm.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#FDEDE7")), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [hm, Spacer(1, 8), Paragraph("How the priorities were chosen", h2),
          Paragraph("Partners scored each candidate issue on harm, volume, trend and our ability to make a "
                    "difference. The four priorities scored highest; robbery and violence in prisons will be "
                    "tackled through existing partnerships.", body),
          NextPageTemplate("single"), PageBreak()]
    s += [Paragraph("Our interventions", h1),
          Paragraph("The VRU funds and coordinates a small number of interventions. Their titles are shown in bold; "
                    "they deliver the priorities rather than adding to them.", body)]
    for name, txt in [("Navigators in emergency departments", "Youth workers in Southampton General and Queen "
                       "Alexandra hospitals reach young people at the teachable moment."),
                      ("Mentors in schools", "Mentors for pupils at risk of exclusion in the two cities."),
                      ("Safer nights", "Welfare hubs, licensed premises training and Ask for Angela."),
                      ("Trauma-informed Hampshire and Isle of Wight", "Training for 3,000 staff across partners.")]:
        s += [Paragraph(f"<b>{name}</b>", body), Paragraph(txt, bl)]
    s += [PageBreak(), Paragraph("Measuring success", h1),
          Paragraph("Alongside the Home Office's success measures we will track local measures:", body)]
    s += bullets(["Knife crime offences (baseline 1,160, illustrative).",
                  "First-time entrants to the youth justice system for violence.",
                  "Violence with injury in the night-time economy.", "Staff trained in trauma-informed practice."], bl)
    s += [Paragraph("Governance", h2),
          Paragraph("The Serious Violence Duty partnership board meets quarterly, chaired by the Police and Crime "
                    "Commissioner's office. Local delivery sits with the community safety partnerships.", body),
          NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Hampshire and Isle of Wight Violence Reduction Unit")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence destroys", "ctx": "Serious violence in our area For this",
               "ev": "What the evidence tells us Key", "pri": "Our priorities The strategic needs",
               "int": "Our interventions The VRU", "gov": "Measuring success Alongside"}
    two_pass(run, out, needles)
    return out
