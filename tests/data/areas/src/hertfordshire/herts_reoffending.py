"""Hertfordshire Reducing Reoffending Strategy 2024-2027 (Hertfordshire Criminal Justice Board, reducing
reoffending group): reportlab report (Liberation Sans Narrow body, Liberation Serif headings).

Five priorities, stated once, on p6 as **ink stamps on a passport visa page** ("A passport to a new
start"): a pale guilloche-lined page with a small printed "VISAS" header, and five stamps of different
shapes and ink colours (a double ring, a double-bordered rectangle, an oval, an octagon and a rounded
rectangle) set in two staggered columns.  Each stamp has a small capitals issuer line ("HERTS CJB" ...)
above the priority in bold (two or three lines) and a date line ("APR 2024") below; no numbers.  The
issuer and date lines, the previous strategy's themes (p5), the seven resettlement pathways (p4), the
task group names (p7) and the measures (p8) are distractors.
"""
import math
import textwrap

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/hertfordshire_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Hertfordshire Reducing Reoffending Strategy 2024–2027"

TEAL, INK, GREY = hexc("#124E66"), hexc("#1F1F1F"), hexc("#666666")
REG, BOLD = fonts("liberation-narrow")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 40 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=10, leading=14, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=TEAL, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=12.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY)
cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)

# (priority, shape, ink, issuer, column, row offset in mm from the top of the page area)
STAMPS = [
    ("Managing the most prolific offenders through Integrated Offender Management", "ring", "#5B2C83",
     "HERTS CJB", 0, 8),
    ("A settled home for everyone leaving prison", "rect", "#A3242B", "HOUSING", 1, 30),
    ("Routes into education, training and work", "oval", "#1E6B45", "EMPLOYMENT", 0, 78),
    ("Treatment for people whose drug or alcohol use drives their offending", "oct", "#1F4E8C", "HEALTH", 1, 102),
    ("Changing the behaviour of domestic abuse perpetrators", "round", "#3A3A3A", "PROBATION", 0, 150),
]


class VisaPage(Flowable):
    def __init__(self, width, height=205 * mm):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c, w, h = self.canv, self.width, self.height
        c.setFillColor(hexc("#F1F4EC"))
        c.setStrokeColor(hexc("#B9C2AE"))
        c.roundRect(0, 0, w, h, 6, stroke=1, fill=1)
        c.setStrokeColor(hexc("#DCE3D2"))
        c.setLineWidth(0.5)
        for k in range(0, int(h), 9):
            p = c.beginPath()
            p.moveTo(4, k)
            for x in range(4, int(w) - 4, 6):
                p.lineTo(x, k + 2.2 * math.sin(x / 14.0 + k / 20.0))
            c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(hexc("#8A977A"))
        c.setFont(BOLD, 8)
        c.drawCentredString(w / 2, h - 7 * mm, "V I S A S")
        sw, sh = 72 * mm, 40 * mm
        for text, shape, ink, issuer, col, top in STAMPS:
            x = 8 * mm if col == 0 else w - 8 * mm - sw
            y = h - 12 * mm - top * mm - sh
            self.stamp(c, x, y, sw, sh, text, shape, hexc(ink), issuer)

    def stamp(self, c, x, y, sw, sh, text, shape, ink, issuer):
        c.saveState()
        c.setStrokeColor(ink)
        c.setFillColor(ink)
        cx, cy = x + sw / 2, y + sh / 2
        if shape == "ring":
            c.setLineWidth(2.2)
            c.ellipse(x + 4 * mm, y - 6 * mm, x + sw - 4 * mm, y + sh + 6 * mm, stroke=1, fill=0)
            c.setLineWidth(0.8)
            c.ellipse(x + 6 * mm, y - 4 * mm, x + sw - 6 * mm, y + sh + 4 * mm, stroke=1, fill=0)
        elif shape == "rect":
            c.setLineWidth(2.2)
            c.rect(x, y, sw, sh, stroke=1, fill=0)
            c.setLineWidth(0.8)
            c.rect(x + 2 * mm, y + 2 * mm, sw - 4 * mm, sh - 4 * mm, stroke=1, fill=0)
        elif shape == "oval":
            c.setLineWidth(2)
            c.ellipse(x - 2 * mm, y - 2 * mm, x + sw + 2 * mm, y + sh + 2 * mm, stroke=1, fill=0)
        elif shape == "oct":
            c.setLineWidth(2)
            k = 9 * mm
            p = c.beginPath()
            pts = [(x + k, y), (x + sw - k, y), (x + sw, y + k), (x + sw, y + sh - k), (x + sw - k, y + sh),
                   (x + k, y + sh), (x, y + sh - k), (x, y + k)]
            p.moveTo(*pts[0])
            for pt in pts[1:]:
                p.lineTo(*pt)
            p.close()
            c.drawPath(p, stroke=1, fill=0)
        else:
            c.setLineWidth(2)
            c.roundRect(x, y, sw, sh, 8, stroke=1, fill=0)
        lines = textwrap.wrap(text, 27)
        size, lead = 10.5, 12.8
        block = len(lines) * lead
        c.setFont(BOLD, 6.8)
        c.drawCentredString(cx, cy + block / 2 + 4.5 * mm, issuer)
        c.setFont(BOLD, size)
        ty = cy + block / 2 - size + 1
        for ln in lines:
            c.drawCentredString(cx, ty, ln)
            ty -= lead
        c.setFont(REG, 6.8)
        c.drawCentredString(cx, cy - block / 2 - 4 * mm, "APR 2024")
        c.restoreState()


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawString(20 * mm, H - 12 * mm, "Hertfordshire Criminal Justice Board")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Reducing Reoffending Strategy 2024–2027")
    c.setStrokeColor(TEAL)
    c.setLineWidth(2)
    c.line(20 * mm, H - 14 * mm, 32 * mm, H - 14 * mm)
    c.setFillColor(TEAL)
    c.setFont(BOLD, 9)
    c.drawString(20 * mm, 10 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "HERTFORDSHIRE CRIMINAL JUSTICE BOARD")
    c.setFont(SBOLD, 34)
    c.drawString(20 * mm, H - 100 * mm, "Reducing Reoffending")
    c.drawString(20 * mm, H - 114 * mm, "Strategy")
    c.setFont(SREG, 19)
    c.drawString(20 * mm, H - 132 * mm, "2024–2027")
    c.setStrokeColor(colors.white)
    c.setLineWidth(2)
    c.circle(W - 55 * mm, 70 * mm, 25 * mm, stroke=1, fill=0)
    c.circle(W - 55 * mm, 70 * mm, 21 * mm, stroke=1, fill=0)
    c.setFont(REG, 9)
    c.drawString(20 * mm, 30 * mm, "A new start: fewer victims, safer communities")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, FW, H - 40 * mm, id="s", **pad)], onPage=header)]


def P(t, st=body):
    return Paragraph(t, st)


def tbl(rows, widths):
    rows = [[P(x, cell) for x in r] for r in rows]
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc("#D8E6EC")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#A9C2CC")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), P("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The case for change", "case"), ("Where we have come from", "past"),
                      ("Our priorities", "pri"), ("Delivery", "del"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=12))
    s += [PageBreak(), P("Foreword", h1)]
    for t in [
        "Most crime is committed by people who have offended before. Every time we help someone leave crime "
        "behind, we prevent the next victim. That is why reducing reoffending is everybody's business: the "
        "Probation Service and the prisons, but also housing, health, employers and the voluntary sector.",
        "This strategy is owned by the Hertfordshire Criminal Justice Board and delivered by its reducing "
        "reoffending group. It covers adults; children are the responsibility of Hertfordshire Youth Justice.",
        "It sets out five priorities for 2024 to 2027, each agreed with the agencies that will lead it.",
        "<b>Chair, Hertfordshire Criminal Justice Board</b>"]:
        s.append(P(t))
    s += [PageBreak(), P("The case for change", h1),
          P("The figures below are illustrative and are not official statistics.", small)]
    s.append(tbl([["Indicator", "2023/24"], ["Adults supervised by probation in Hertfordshire", "3,900"],
                  ["Proven reoffending rate (adults)", "23%"],
                  ["People released from prison with no settled home", "1 in 7"],
                  ["People on probation in work six weeks after release", "19%"],
                  ["Prison leavers starting drug treatment within three weeks", "42%"],
                  ["Domestic abuse perpetrators on probation caseloads", "1,050"]], [120 * mm, 50 * mm]))
    s += [P("The seven resettlement pathways", h2),
          P("National policy describes the needs that affect reoffending as seven pathways. We use them to plan "
            "services; they are not our priorities:", body)]
    s += bullets(["Accommodation", "Education, training and employment", "Health",
                  "Drugs and alcohol", "Finance, benefit and debt", "Children and families",
                  "Attitudes, thinking and behaviour"], bl)
    s += [PageBreak(), P("Where we have come from", h1),
          P("Our 2020–2023 strategy had three themes: Housing first; A job for everyone; and Women in the "
            "justice system. The work on women is now led by the Hertfordshire women's centre partnership and is "
            "built into every priority below.", body), P("How we work", h2)]
    s += bullets(["<b>Whole person</b>: we look at every need, not one at a time.",
                  "<b>Through the gate</b>: support starts before release, not after it.",
                  "<b>Victims in mind</b>: less reoffending means fewer victims."], bl)
    s += [P("The Police and Crime Plan", h2),
          P("The Commissioner's plan for 2025–2029 includes Breaking the cycle of offending as one of its six "
            "priorities, and funds Integrated Offender Management and accommodation for prison leavers.", body)]
    s += [PageBreak(), P("Our priorities", h1),
          P("A passport to a new start. Each of our five priorities is stamped by the agency that will lead it.",
            body), Spacer(1, 4), VisaPage(FW)]
    s += [PageBreak(), P("Delivery", h1),
          P("Each priority has a task group. Their main actions for 2024/25 are below.", body)]
    s.append(tbl([["Task group", "Key actions 2024/25", "Lead"],
                  ["IOM", "One IOM team for the county; a refreshed fixed and flex cohort", "Police, probation"],
                  ["Accommodation", "Thirty more move-on beds; a duty-to-refer protocol with every district",
                   "District councils"],
                  ["Employment", "Employment hubs with the Jobcentre; a local employers' pledge", "DWP, probation"],
                  ["Treatment", "Treatment workers in courts; naloxone on release", "Public health"],
                  ["Perpetrators", "An accredited domestic abuse programme across the county", "Probation, PCC"]],
                 [32 * mm, 100 * mm, 38 * mm]))
    s += [PageBreak(), P("Measures and governance", h1),
          P("The reducing reoffending group meets every two months and reports to the Criminal Justice Board.",
            body)]
    s.append(tbl([["Measure", "Baseline", "Direction"], ["Proven reoffending rate (adults)", "23%", "Down"],
                  ["Released into settled accommodation", "86%", "Up"],
                  ["In work six weeks after release", "19%", "Up"],
                  ["Starting treatment within three weeks of release", "42%", "Up"],
                  ["Perpetrators completing a programme", "160", "Up"]], [100 * mm, 35 * mm, 35 * mm]))
    s += [Spacer(1, 4), P("Baselines are illustrative.", small), Spacer(1, 8),
          P("Contact: cjb@hertfordshire.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Hertfordshire Criminal Justice Board")
        doc.build(story(pages))
    needles = {"fw": "Foreword Most crime", "case": "The case for change The figures",
               "past": "Where we have come from Our", "pri": "Our priorities A passport",
               "del": "Delivery Each priority", "gov": "Measures and governance The"}
    two_pass(run, out, needles)
    return out
