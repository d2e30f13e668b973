"""Essex Violence and Vulnerability Partnership Serious Violence Strategy 2024-2029: reportlab report
(DejaVu Sans Condensed).

Four priorities, stated once, on p6 as the milestones of a **vertical timeline** ("Our journey to 2029"):
a line down the left with a dot and a year label ("2024/25", "2025/26" ...) for each milestone, and beside
it the priority that the partnership launches that year in bold with a sentence below.  The first line of
each milestone is a small grey "From 2024/25" kicker, which is not part of the priority.  The Home Office
success measures and the "5 Cs" of the public health approach (p5), the specified authorities and the
definition (p4), the intervention titles (p7) and the local measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/essex_serious_violence_strategy_2024-29.pdf"
TITLE = "Essex Violence and Vulnerability Partnership: Serious Violence Strategy 2024–2029"

NAVY, ORANGE, INK, GREY = hexc("#1B2A49"), hexc("#E07A1F"), hexc("#222222"), hexc("#6A6A6A")
PALE = hexc("#E9ECF2")
REG, BOLD = fonts("dejavu-cond")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=21, leading=25, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
kick = ParagraphStyle("kick", fontName=REG, fontSize=8, leading=10, textColor=GREY, spaceAfter=1)
ph = ParagraphStyle("ph", fontName=BOLD, fontSize=13, leading=16, textColor=NAVY, spaceAfter=3)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)
yr = ParagraphStyle("yr", fontName=BOLD, fontSize=11, leading=13, textColor=ORANGE)

PRIORITIES = [
    ("2024/25", "Reducing serious violence and knife crime across Essex",
     "Focused deterrence, hotspot policing and hospital-based youth workers where violence is highest."),
    ("2025/26", "Preventing children and young people from being drawn into violence",
     "Mentoring, trusted adults in schools and support for children excluded from school."),
    ("2026/27", "Building community-led responses to violence",
     "Funding local groups, faith leaders and parents to lead the response in their own neighbourhoods."),
    ("2027/28", "Developing a trauma-informed workforce across the partnership",
     "Training for every frontline practitioner in the specified authorities by 2029."),
]


class Timeline(Flowable):
    """A vertical line with a dot per milestone; the milestones are drawn beside it."""

    def __init__(self, items, width):
        super().__init__()
        self.items, self.width = items, width

    def wrap(self, aw, ah):
        self.rows = []
        h = 0
        for y, name, txt in self.items:
            ps = [Paragraph(f"From {y}", kick), Paragraph(name, ph), Paragraph(txt, body)]
            sizes = [p.wrap(aw - 40 * mm, ah) for p in ps]
            rh = sum(s[1] for s in sizes) + 14 * mm
            self.rows.append((y, ps, sizes, rh))
            h += rh
        self.h = h
        return aw, h

    def draw(self):
        c = self.canv
        x = 26 * mm
        c.setStrokeColor(ORANGE)
        c.setLineWidth(3)
        c.line(x, 4 * mm, x, self.h - 4 * mm)
        top = self.h
        for y, ps, sizes, rh in self.rows:
            c.setFillColor(NAVY)
            c.circle(x, top - 6 * mm, 3.2 * mm, stroke=0, fill=1)
            c.setFillColor(ORANGE)
            c.setFont(BOLD, 11)
            c.drawRightString(x - 6 * mm, top - 7.3 * mm, y)
            yy = top - 3 * mm
            for p, (_, ph_) in zip(ps, sizes):
                yy -= ph_
                p.drawOn(c, x + 8 * mm, yy)
            top -= rh


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 8)
    c.drawString(18 * mm, H - 7.5 * mm, "Essex Violence and Vulnerability Partnership")
    c.drawRightString(W - 18 * mm, H - 7.5 * mm, "Serious Violence Strategy 2024–2029")
    c.setFillColor(GREY)
    c.drawRightString(W - 18 * mm, 10 * mm, f"Page {p} of 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    for i in range(5):
        c.rect(18 * mm, H - 150 * mm - i * 9 * mm, (120 - i * 20) * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "ESSEX VIOLENCE AND VULNERABILITY PARTNERSHIP")
    c.setFont(BOLD, 32)
    c.drawString(18 * mm, H - 100 * mm, "Serious Violence")
    c.drawString(18 * mm, H - 114 * mm, "Strategy 2024–2029")
    c.setFont(REG, 10)
    c.drawString(18 * mm, 30 * mm, "Our response to the Serious Violence Duty in Essex, Southend-on-Sea and Thurrock")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Serious violence and the Duty", "def"), ("What the evidence tells us",
                                                                                     "ev"),
                      ("Our journey to 2029", "pri"), ("What we fund", "int"), ("Measuring success", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Every act of serious violence leaves a family grieving or a life changed. In Essex, most of it involves "
        "young people, and much of it is linked to drugs and exploitation.",
        "The Essex Violence and Vulnerability Unit (VVU) was set up in 2019. Since January 2023 it has also led the "
        "partnership that meets the Serious Violence Duty across Essex, Southend-on-Sea and Thurrock.",
        "This strategy sets out four priorities, phased over five years, and the public health approach we will "
        "take to them.",
        "<b>Chair, Essex Violence and Vulnerability Partnership Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Serious violence and the Duty", h1),
          Paragraph("For this strategy, serious violence means homicide, violence against the person that causes "
                    "injury, knife and weapon offences, robbery, and violence linked to drugs and exploitation. "
                    "Domestic abuse and sexual violence are led by the Southend, Essex and Thurrock Domestic Abuse "
                    "Board.", body), Paragraph("The specified authorities", h2)]
    s += bullets(["Essex Police", "Essex County Fire and Rescue Service", "Essex County Council, Southend-on-Sea City "
                  "Council, Thurrock Council and the twelve district councils", "The Integrated Care Boards",
                  "The Probation Service", "The youth justice services"], bl)
    s += [Paragraph("Illustrative figures", h2),
          Tiles([("1,340", "knife crime offences in 2023/24"), ("61%", "of victims aged under 25"),
                 ("14", "homicides"), ("290", "hospital admissions for assault with a sharp object")], 2,
                W - 36 * mm, num, cap, [NAVY, ORANGE]),
          Paragraph("These figures are illustrative and are not official statistics.", small)]
    s += [PageBreak(), Paragraph("What the evidence tells us", h1), Paragraph("Key findings", h2)]
    s += bullets(["Violence is concentrated in Basildon, Southend, Colchester, Chelmsford and Grays.",
                  "Most knife crime victims and suspects are young men.",
                  "School exclusion is a strong warning sign.",
                  "Communities trust local groups more than agencies."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    s += [Paragraph(f"{k}. {t}", bl) for k, t in enumerate(
        ["A reduction in hospital admissions for assaults with a knife or sharp object, and especially among those "
         "victims aged under 25",
         "A reduction in knife and sharp object enabled serious violence recorded by the police, and especially "
         "among those victims aged under 25",
         "A reduction in homicides recorded by the police"], 1)]
    s.append(Paragraph("The public health approach: the 5 Cs", h2))
    s += bullets(["Collaboration", "Co-production", "Cooperation in data and intelligence sharing",
                  "Counter-narrative", "Community consensus"], bl)
    s += [PageBreak(), Paragraph("Our journey to 2029", h1),
          Paragraph("We will start work on one priority each year and keep all four going to 2029. The timeline "
                    "shows when each priority begins.", body), Spacer(1, 8),
          Timeline(PRIORITIES, W - 36 * mm)]
    s += [PageBreak(), Paragraph("What we fund", h1),
          Paragraph("The interventions below are funded through the Serious Violence Duty grant and the PFCC.", body)]
    t = Table([["Intervention", "What it does", "Where"],
               ["Hospital navigators", Paragraph("Youth workers in A&E who reach young people after an assault.",
                                                 body), "Basildon, Southend, Colchester"],
               ["Mentors in schools", Paragraph("Trusted adults for children at risk of exclusion.", body),
                "All districts"],
               ["Community fund", Paragraph("Small grants for local groups working with young people.", body),
                "Priority wards"],
               ["Trauma-informed Essex", Paragraph("Training and supervision for practitioners.", body),
                "County-wide"]], colWidths=[40 * mm, 85 * mm, 49 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    s += [t, PageBreak(), Paragraph("Measuring success", h1)]
    m = Table([["Local measure", "Baseline", "Target 2029"], ["Knife crime offences", "1,340", "-20%"],
               ["Young people reached by navigators", "420", "800"], ["Practitioners trained", "1,100", "6,000"],
               ["Community groups funded", "18", "60"]], colWidths=[90 * mm, 35 * mm, 35 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("BACKGROUND", (0, 0), (-1, 0), ORANGE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("The partnership board meets quarterly and reports to the Safer Essex "
                                     "partnership and the Police, Fire and Crime Commissioner. Baselines are "
                                     "illustrative. Contact: vvu@essex.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Essex Violence and Vulnerability Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Every act", "def": "Serious violence and the Duty For this",
               "ev": "What the evidence tells us Key", "pri": "Our journey to 2029 We will start",
               "int": "What we fund The interventions", "gov": "Measuring success Local"}
    two_pass(run, out, needles)
    return out
