"""Darlington Community Safety Partnership Plan 2024-2027: reportlab report (Liberation Sans, Liberation
Serif headings).

Five priorities, stated once, on p6 as the **labels of a harm-and-volume risk matrix** ("Choosing our
priorities"): a drawn scatter chart with a vertical axis "Harm" and a horizontal axis "Volume", split
into four quadrants.  The shaded top-right quadrant, captioned "OUR PRIORITIES 2024–2027", holds five
dots, each labelled with a priority in bold (two or three lines); the other three quadrants ("Led by
another partnership", "Keep under review", "Business as usual") hold grey labels of issues that are not
priorities.  The previous plan's priorities and the scoring method (p5), the PCVC's priorities quoted (p7),
the short action headings (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/darlington_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Darlington Community Safety Partnership Plan 2024–2027"

RED, TEAL, INK, GREY = hexc("#9C1D2A"), hexc("#1D6B73"), hexc("#1E1E1E"), hexc("#707070")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.8, leading=13.6, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=RED, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14.5, textColor=TEAL, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=GREY)
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=9.4, leading=11.4, textColor=INK)
glab = ParagraphStyle("glab", fontName=REG, fontSize=8.4, leading=10, textColor=GREY)
tcell = ParagraphStyle("tcell", fontName=REG, fontSize=8.8, leading=11.2, textColor=INK)
thead = ParagraphStyle("thead", fontName=BOLD, fontSize=8.8, leading=11.2, textColor=colors.white)

# (priority, x, y) in the chart's 0-100 scale; the top-right quadrant is x > 50, y > 50
PRIORITIES = [
    ("Tackling anti-social behaviour in Darlington town centre and on our estates", 55, 65),
    ("Making the town centre safer at night", 62, 95),
    ("Stopping drug dealing and county lines in Darlington", 54, 85),
    ("Reducing domestic abuse and violence against women and girls", 63, 75),
    ("Challenging hate crime and building community cohesion", 61, 55),
]
OTHERS = [  # (label, x, y)
    ("Serious violence (county-wide partnership)", 12, 88), ("Modern slavery", 26, 72),
    ("Child sexual exploitation", 6, 60),
    ("Shoplifting", 60, 34), ("Criminal damage", 78, 22), ("Vehicle crime", 64, 10),
    ("Fly-tipping", 8, 38), ("Fraud and scams", 26, 24), ("Rural crime", 10, 10),
]


class Matrix(Flowable):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        ox, oy = 14 * mm, 12 * mm
        cw, ch = self.w - ox - 2 * mm, self.h - oy - 10 * mm
        X = lambda v: ox + cw * v / 100  # noqa: E731
        Y = lambda v: oy + ch * v / 100  # noqa: E731
        c.setFillColor(hexc("#FBEDEE"))
        c.rect(X(50), Y(50), cw / 2, ch / 2, stroke=0, fill=1)
        c.setStrokeColor(hexc("#BBBBBB"))
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.line(X(50), Y(0), X(50), Y(100))
        c.line(X(0), Y(50), X(100), Y(50))
        c.setDash()
        c.setStrokeColor(INK)
        c.setLineWidth(1.1)
        c.line(X(0), Y(0), X(100), Y(0))
        c.line(X(0), Y(0), X(0), Y(100))
        # axis titles
        c.setFillColor(INK)
        c.setFont(BOLD, 8.5)
        c.drawCentredString(X(50), oy - 8 * mm, "VOLUME: how often it happens  \u2192")
        c.saveState()
        c.translate(ox - 6 * mm, Y(50))
        c.rotate(90)
        c.drawCentredString(0, 0, "HARM: how much damage it does  \u2192")
        c.restoreState()
        # quadrant captions
        c.setFont(BOLD, 8)
        c.setFillColor(RED)
        c.drawRightString(X(99), Y(101.5), "OUR PRIORITIES 2024–2027")
        c.setFillColor(GREY)
        c.drawString(X(1), Y(101.5), "LED BY ANOTHER PARTNERSHIP")
        c.drawString(X(1), Y(46.5), "KEEP UNDER REVIEW")
        c.drawRightString(X(99), Y(46.5), "BUSINESS AS USUAL")
        for text, x, y in OTHERS:
            c.setFillColor(hexc("#AAAAAA"))
            c.circle(X(x), Y(y), 2.2, stroke=0, fill=1)
            p = Paragraph(text, glab)
            _, ph = p.wrap(36 * mm, 40 * mm)
            p.drawOn(c, X(x) + 2 * mm, Y(y) - ph / 2)
        for text, x, y in PRIORITIES:
            c.setFillColor(RED)
            c.circle(X(x), Y(y), 3.4, stroke=0, fill=1)
            p = Paragraph(text, lab)
            _, ph = p.wrap(48 * mm, 40 * mm)
            p.drawOn(c, X(x) + 2.6 * mm, Y(y) - ph / 2 + 1)


def cover(c, doc):
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("#7A1520"))
    c.rect(0, 0, W, 95 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10.5)
    c.drawString(20 * mm, H - 26 * mm, "DARLINGTON COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(20 * mm, 165 * mm, "Community Safety")
    c.drawString(20 * mm, 151 * mm, "Partnership Plan")
    c.setFont(REG, 16)
    c.drawString(20 * mm, 135 * mm, "2024 – 2027")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 40 * mm, "Darlington Borough Council · Durham Constabulary · County Durham and Darlington "
                                   "Fire and Rescue Service")
    c.drawString(20 * mm, 34 * mm, "Probation Service · NHS partners · voluntary and community sector")
    c.restoreState()


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.setFont(BOLD, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "DARLINGTON CSP  ·  PLAN 2024–2027")
    c.setFillColor(RED)
    c.rect(W - 26 * mm, 8 * mm, 8 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9)
    c.drawCentredString(W - 22 * mm, 10.3 * mm, str(p))
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def table(rows, widths, head=TEAL):
    data = [[Paragraph(x, thead if r == 0 else tcell) for x in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, hexc("#F2F2F2")]),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


FW = W - 36 * mm


def story(pages):
    s = [NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1)]
    for text, key in [("Introduction", "intro"), ("Darlington in numbers", "ctx"),
                      ("How we chose our priorities", "how"), ("Choosing our priorities", "pri"),
                      ("What we will do", "do"), ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, gap=10))
    s.append(PageBreak())
    s.append(Paragraph("Introduction", h1))
    for t in [
        "Darlington is a market town of about 108,000 people (illustrative) with a busy town centre, a proud "
        "railway heritage and a growing night-time economy. Most people feel safe here, but some neighbourhoods "
        "carry far more than their share of crime and disorder.",
        "The Darlington Community Safety Partnership is the statutory community safety partnership for the "
        "borough. Its members are Darlington Borough Council, Durham Constabulary, County Durham and Darlington "
        "Fire and Rescue Service, the Probation Service and the NHS, working with the voluntary and community "
        "sector and the Police, Crime and Victims' Commissioner.",
        "This plan sets out our priorities for the next three years. We chose them by scoring every issue in our "
        "strategic assessment for the harm it causes and how often it happens, and by listening to residents."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, Darlington Community Safety Partnership</b>", body))
    s.append(PageBreak())
    s.append(Paragraph("Darlington in numbers", h1))
    s.append(Paragraph("The figures below are illustrative and are not official statistics.", small))
    s.append(table([["Measure", "2022/23", "2023/24"], ["Crimes recorded", "10,900", "11,400"],
                    ["Anti-social behaviour incidents", "3,800", "3,650"],
                    ["Violent crimes in the town centre at night", "410", "455"],
                    ["Drug supply offences", "96", "121"],
                    ["Domestic abuse incidents and crimes", "2,350", "2,410"],
                    ["Hate crimes", "138", "162"]], [95 * mm, 37 * mm, 37 * mm]))
    s.append(Paragraph("What residents told us", h2))
    s += bullets(["Two in three named anti-social behaviour in the town centre as their main concern.",
                  "Many do not feel safe in the town centre after 10pm at weekends.",
                  "Residents of two estates reported open drug dealing near schools.",
                  "People from minority communities said they often do not report hate incidents."], bl)
    s.append(PageBreak())
    s.append(Paragraph("How we chose our priorities", h1))
    s.append(Paragraph("We scored each issue in the strategic assessment from 1 to 5 for <b>harm</b> (physical, "
                       "emotional, financial and to the community) and for <b>volume</b> (how often it happens and "
                       "how many people it affects), then tested the scores with residents and partners. The "
                       "result is shown as a matrix on the next page.", body))
    s.append(Paragraph("Issues scoring high for harm but led by another partnership, such as serious violence "
                       "(the county-wide Serious Violence Duty partnership) or child sexual exploitation (the "
                       "safeguarding children partnership), are not our priorities, but we support them.", body))
    s.append(Paragraph("Our last plan", h2))
    s.append(Paragraph("The 2021–2024 plan had three priorities: Town centre safety; Protecting vulnerable people; "
                       "and Reducing drug and alcohol misuse. The scoring this time split town centre safety into "
                       "day and night, and showed the rise in drug supply and hate crime.", body))
    s.append(Paragraph("Our principles", h2))
    s += bullets(["Victims first: we will start from the person harmed.",
                  "Place-based: we will focus on the streets and estates with most harm.",
                  "Problem-solving: we will tackle causes, not just symptoms."], bl)
    s.append(PageBreak())
    s.append(Paragraph("Choosing our priorities", h1))
    s.append(Paragraph("The five issues in the shaded quadrant, high in both harm and volume, are our priorities "
                       "for 2024–2027.", body))
    s.append(Spacer(1, 6))
    s.append(Matrix(FW, 175 * mm))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Positions are from the partnership's scoring exercise in 2024 and are illustrative.", small))
    s.append(PageBreak())
    s.append(Paragraph("What we will do", h1))
    for head, acts in [
        ("Day-time town centre and estates", ["Joint patrols by police and civic enforcement officers.",
                                              "Review of the town centre Public Spaces Protection Order.",
                                              "ASB case reviews (community trigger) within 15 working days."]),
        ("Nights out", ["Street marshals and a safe haven on Friday and Saturday nights.",
                        "Best Bar None for all late-night venues; licensing reviews where violence recurs."]),
        ("Drug supply", ["Act on community intelligence; closure orders on cuckooed homes.",
                         "County lines awareness for taxi drivers, hotels and landlords."]),
        ("Abuse", ["IDVA drop-ins at Darlington Memorial Hospital.", "Safer streets lighting on key walking routes."]),
        ("Cohesion", ["Third-party hate crime reporting centres in libraries and mosques.",
                      "A community events fund that brings neighbours together."])]:
        s.append(Paragraph(head, h2))
        s += bullets(acts, bl)
    s.append(Spacer(1, 6))
    s.append(Paragraph("<b>The Police and Crime Plan.</b> The Police, Crime and Victims' Commissioner's plan for "
                       "2025–2029 has six priorities: Safer streets and neighbourhoods; Cutting violent crime; "
                       "Ending violence against women and girls; Putting victims first; Breaking the cycle of "
                       "offending; and Trust and confidence in policing.", body))
    s.append(PageBreak())
    s.append(Paragraph("Governance and measures", h1))
    s.append(Paragraph("The partnership board meets every quarter and reports to the council's Communities and "
                       "Local Services Scrutiny Committee. It works with the Safe Durham Partnership, the Domestic "
                       "Abuse and Sexual Violence Executive Group, the serious violence partnership and the "
                       "combating drugs partnership.", body))
    s.append(table([["Measure", "Baseline (illustrative)", "Direction"],
                    ["ASB incidents", "3,650", "Down"], ["Night-time violence in the town centre", "455", "Down"],
                    ["Drug supply disruptions", "121", "Up"], ["Repeat domestic abuse victims", "27%", "Down"],
                    ["Hate crimes reported", "162", "Up (more reporting)"]], [80 * mm, 50 * mm, 44 * mm]))
    s.append(Paragraph("Contact", h2))
    s.append(Paragraph("Darlington Community Safety Partnership, Town Hall, Feethams, Darlington. "
                       "communitysafety@darlington.example", body))
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Darlington Community Safety Partnership")
        doc.build(story(pages))
    needles = {"intro": "Introduction Darlington is", "ctx": "Darlington in numbers The figures",
               "how": "How we chose our priorities We scored", "pri": "Choosing our priorities The five",
               "do": "What we will do Day-time", "gov": "Governance and measures The partnership"}
    two_pass(run, out, needles)
    return out
