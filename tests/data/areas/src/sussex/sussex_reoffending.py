"""Sussex Reducing Reoffending Strategy 2024-2027 (Sussex Reducing Reoffending Board): reportlab report
(Liberation Sans Narrow body, Liberation Sans headings).

Five priorities, stated once, on p6 in a **landscape table turned sideways on a portrait page**: the page
keeps its portrait running header and footer, but the table, its title and its note are drawn rotated 90
degrees (reading from the bottom of the page to the top), as a wide table is often placed in a printed
report.  The priorities are the bold cells of the first column "Our priority" (wrapping over two or three
lines), beside "Why it matters", "What we will do", "Lead" and "By 2027".  The seven resettlement pathways
and the IOM cohorts (p5), the 2021-2024 strategy's themes (p4), the task group names (p7) and the measures
(p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/sussex_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Sussex Reducing Reoffending Strategy 2024–2027"

SLATE, LIME, INK, GREY = hexc("#2D3E50"), hexc("#7FB03F"), hexc("#1E1E1E"), hexc("#666666")
PALE, LINE = hexc("#EEF3E6"), hexc("#C9D3C0")
REG, BOLD = fonts("liberation-narrow")
HREG, HBOLD = fonts("liberation-sans")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10, leading=13.6, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=HBOLD, fontSize=20, leading=24, textColor=SLATE, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=HBOLD, fontSize=11, leading=14, textColor=LIME, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("cell", fontName=REG, fontSize=8.8, leading=11, textColor=INK)
pcell = ParagraphStyle("pcell", fontName=BOLD, fontSize=10.5, leading=12.6, textColor=SLATE)
hcell = ParagraphStyle("hcell", fontName=BOLD, fontSize=9.2, leading=11, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=9.8, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=18, leading=21, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.4, textColor=colors.white)
rtitle = ParagraphStyle("rt", fontName=HBOLD, fontSize=15, leading=18, textColor=SLATE)

PRIORITIES = [
    ("Reducing reoffending by prolific offenders through Integrated Offender Management",
     "A few hundred people commit a large share of burglary, robbery and theft in Sussex.",
     "One IOM cohort across Sussex, with joint police and probation case management.",
     "Probation Service and Sussex Police", "Proven reoffending by the cohort down by a fifth"),
    ("Finding settled accommodation for people leaving prison",
     "People released homeless are far more likely to reoffend within a year.",
     "Housing advice before release; Commissioned Rehabilitative Services accommodation support; bed spaces.",
     "Local housing authorities", "Nine in ten people housed on the night of release"),
    ("Helping people into education, training and work",
     "A job is one of the strongest protective factors against reoffending.",
     "Employment hubs with Jobcentre Plus; employer pledges; prison education links.",
     "Jobcentre Plus and HMPPS", "More people in work six weeks after release"),
    ("Getting people in the justice system into drug and alcohol treatment",
     "Half of people on probation in Sussex have a drug or alcohol need.",
     "Treatment requirements at court; continuity of care from prison; recovery workers in custody.",
     "Combating drugs partnerships", "Continuity of care above 60%"),
    ("Supporting women in the justice system",
     "Most women in the justice system have been victims of abuse themselves.",
     "Women's centres in Brighton, Crawley and Hastings; a whole-system approach to diversion.",
     "Probation Service and PCC", "Fewer short custodial sentences for women"),
]


class SidewaysTable(Flowable):
    """A landscape table rotated 90 degrees to fit a portrait page."""

    def __init__(self, rows, widths, title, note):
        super().__init__()
        self.rows, self.widths, self.title, self.note = rows, widths, title, note

    def wrap(self, aw, ah):
        self.aw, self.ah = aw, ah
        return aw, ah

    def draw(self):
        c = self.canv
        L = self.ah  # the table's width runs up the page
        t = Table(self.rows, colWidths=self.widths, repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SLATE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 1), (0, -1), PALE), ("LINEBELOW", (0, 1), (-1, -1), 0.6, LINE),
                               ("LINEAFTER", (0, 0), (0, -1), 1.5, LIME),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                               ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
        tw, th = t.wrap(L, self.aw)
        tp = Paragraph(self.title, rtitle)
        _, tph = tp.wrap(L, 40)
        np_ = Paragraph(self.note, small)
        _, nph = np_.wrap(L, 40)
        c.saveState()
        c.translate(self.aw, 0)
        c.rotate(90)
        # now x runs up the page, y runs leftwards from the right edge of the frame
        y_top = self.aw
        tp.drawOn(c, 0, y_top - tph)
        t.drawOn(c, 0, y_top - tph - 4 * mm - th)
        np_.drawOn(c, 0, y_top - tph - 4 * mm - th - 3 * mm - nph)
        c.restoreState()


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(SLATE)
    c.setFont(HBOLD, 8)
    c.drawString(18 * mm, H - 12 * mm, "Sussex Reducing Reoffending Board")
    c.setFont(HREG, 8)
    c.setFillColor(GREY)
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Reducing Reoffending Strategy 2024–2027")
    c.setFillColor(LIME)
    c.rect(18 * mm, H - 15 * mm, W - 36 * mm, 0.8 * mm, stroke=0, fill=1)
    c.setFillColor(SLATE)
    c.setFont(HBOLD, 9)
    c.drawString(18 * mm, 10 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(SLATE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(LIME)
    c.rect(0, H - 175 * mm, W, 2.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(HBOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "SUSSEX REDUCING REOFFENDING BOARD")
    c.setFont(HBOLD, 30)
    c.drawString(18 * mm, H - 120 * mm, "Reducing Reoffending")
    c.drawString(18 * mm, H - 133 * mm, "Strategy 2024–2027")
    c.setFont(HREG, 10)
    c.drawString(18 * mm, H - 160 * mm, "Fewer victims, safer communities, better lives")
    c.drawString(18 * mm, 28 * mm, "A partnership of the Sussex Criminal Justice Board")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("Reoffending in Sussex", "ctx"), ("National frameworks", "nat"),
                      ("Our priorities and delivery framework", "pri"), ("How the board works", "gov"),
                      ("Measuring progress", "mea")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Every offence that is not committed is a victim spared. Reducing reoffending is one of the most effective "
        "things the criminal justice system can do to keep Sussex safe.",
        "This strategy brings together the Probation Service, Sussex Police, the prisons, the local authorities, the "
        "NHS, the Police and Crime Commissioner and the voluntary sector around five shared priorities.",
        "Our delivery framework is set out as one table on page 6, turned sideways so that each priority can be read "
        "across its row.",
        "<b>Chair, Sussex Reducing Reoffending Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Reoffending in Sussex", h1),
          Tiles([("24%", "proven reoffending rate for adults"), ("4,900", "people supervised by probation"),
                 ("1,300", "people released from prison each year"), ("1 in 6", "released with no settled home")],
                2, W - 36 * mm, num, cap, [SLATE, LIME], gap=5),
          Paragraph("These figures are illustrative and are not official statistics.", small),
          Paragraph("Our 2021–2024 strategy", h2),
          Paragraph("The previous strategy was organised around three themes, which this strategy replaces:", body)]
    s += bullets(["Homes", "Health", "Jobs"], bl)
    s += [PageBreak(), Paragraph("National frameworks", h1),
          Paragraph("The seven resettlement pathways used by HM Prison and Probation Service:", body)]
    s += [Paragraph(f"{k}. {t}", bl) for k, t in enumerate(
        ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
         "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"], 1)]
    s += [Paragraph("Integrated Offender Management", h2),
          Paragraph("The national IOM strategy (2020) sets three cohorts: a <b>fixed</b> cohort of neighbourhood "
                    "crime offenders, a <b>flex</b> cohort chosen locally, and a <b>free</b> cohort for other "
                    "locally agreed priorities.", body)]
    rows = [[Paragraph(x, hcell) for x in ["Our priority", "Why it matters", "What we will do", "Lead",
                                           "By 2027"]]]
    for name, why, do, lead, by in PRIORITIES:
        rows.append([Paragraph(name, pcell), Paragraph(why, cell), Paragraph(do, cell), Paragraph(lead, cell),
                     Paragraph(by, cell)])
    s += [PageBreak(), SidewaysTable(rows, [56 * mm, 58 * mm, 64 * mm, 40 * mm, 39 * mm],
                                     "Our priorities and delivery framework 2024–2027",
                                     "The board agreed these five priorities in March 2024. Each has a task group "
                                     "that reports to every board meeting.")]
    s += [PageBreak(), Paragraph("How the board works", h1),
          Paragraph("The Sussex Reducing Reoffending Board reports to the Sussex Criminal Justice Board, which the "
                    "Police and Crime Commissioner chairs. Its task groups are:", body)]
    t = Table([["Task group", "Chair", "Meets"], ["IOM", "Probation Service", "Monthly"],
               ["Homes", "Local housing authority", "Bi-monthly"], ["Work", "Jobcentre Plus", "Quarterly"],
               ["Treatment", "Public health", "Quarterly"], ["Women", "PCC's office", "Quarterly"]],
              colWidths=[50 * mm, 70 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.8), ("FONT", (0, 0), (-1, 0), BOLD, 9.8),
                           ("BACKGROUND", (0, 0), (-1, 0), SLATE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE)]))
    t.hAlign = "LEFT"
    s += [t, PageBreak(), Paragraph("Measuring progress", h1)]
    m = Table([["Measure", "Baseline (illustrative)", "Aim"], ["Proven reoffending rate, adults", "24%", "Down"],
               ["Settled accommodation on release", "78%", "90%"], ["In work six weeks after release", "17%", "25%"],
               ["Continuity of care into treatment", "41%", "60%"], ["Women's centre referrals", "380", "Up"]],
              colWidths=[80 * mm, 45 * mm, 35 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.8), ("FONT", (0, 0), (-1, 0), BOLD, 9.8),
                           ("BACKGROUND", (0, 0), (-1, 0), LIME), ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE)]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("Contact: reducing.reoffending@sussex-cjb.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Sussex Reducing Reoffending Board")
        doc.build(story(pages))
    needles = {"fw": "Foreword Every offence", "ctx": "Reoffending in Sussex 24%", "nat": "National frameworks The seven",
               "pri": "Our priorities and delivery framework 2024–2027", "gov": "How the board works The",
               "mea": "Measuring progress Measure"}
    two_pass(run, out, needles)
    return out
