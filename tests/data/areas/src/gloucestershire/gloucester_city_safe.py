"""Gloucester City Safe Partnership Plan 2024-2027: reportlab report (Liberation Sans, DejaVu Serif
headings).

Four priorities, stated once, on p6 as the **green end boxes of a decision flowchart** ("How an issue
becomes a City Safe priority"): a start box, two yes/no **decision diamonds** ("High harm or high volume
in the city?", "Can City Safe add value?"), a grey end box for issues led elsewhere (a distractor listing
them), and four green rounded boxes at the foot, each headed by a small "PRIORITY" tag and holding one
priority in bold (two or three lines).  The key findings and the previous plan's priorities (p4), the
Safer Gloucestershire priorities quoted (p5), the delivery table (p7) and the measures (p8) are
distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/gloucester_city_safe_partnership_plan_2024-27.pdf"
TITLE = "Gloucester City Safe Partnership Plan 2024–2027"

RED, GREEN, INK, GREY = hexc("#8C1D40"), hexc("#2D7D46"), hexc("#222222"), hexc("#6A6A6A")
PALE = hexc("#F3E9ED")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=20, leading=24, textColor=RED, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=11.5, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
box = ParagraphStyle("box", fontName=BOLD, fontSize=10.5, leading=13, textColor=colors.white, alignment=TA_CENTER)
flow = ParagraphStyle("flow", fontName=REG, fontSize=9, leading=11.5, textColor=INK, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)

PRIORITIES = [
    ("Reducing anti-social behaviour and street-based harm in the city centre",
     "Begging, street drinking, nuisance in Kings Square and the Quays, and the vulnerability behind them."),
    ("Tackling serious violence and knife crime in Gloucester",
     "Our part of the county's Serious Violence Duty response, focused on the city's hotspots."),
    ("Reducing drug and alcohol related harm",
     "More people in treatment, naloxone in hostels, and alcohol licensing that protects health."),
    ("Making the city centre safer for women and girls at night",
     "Safe spaces, trained door staff and street pastors, and better lighting on routes home."),
]


class Flowchart(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width = width

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 175 * mm
        return aw, self.h

    def _para(self, text, style, x, y, w, h):
        p = Paragraph(text, style)
        _, ph = p.wrap(w, h)
        p.drawOn(self.canv, x, y + (h - ph) / 2)

    def _arrow(self, x1, y1, x2, y2, label=None):
        c = self.canv
        c.setStrokeColor(GREY)
        c.setFillColor(GREY)
        c.setLineWidth(1.2)
        c.line(x1, y1, x2, y2)
        if y2 < y1:
            p = c.beginPath()
            p.moveTo(x2, y2)
            p.lineTo(x2 - 2 * mm, y2 + 3 * mm)
            p.lineTo(x2 + 2 * mm, y2 + 3 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        else:
            p = c.beginPath()
            p.moveTo(x2, y2)
            p.lineTo(x2 - 3 * mm, y2 + 2 * mm)
            p.lineTo(x2 - 3 * mm, y2 - 2 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        if label:
            c.setFont(BOLD, 8.5)
            c.drawString((x1 + x2) / 2 + 2 * mm, (y1 + y2) / 2 + 1 * mm, label)

    def _diamond(self, cx, cy, w, h, text):
        c = self.canv
        c.setFillColor(hexc("#FFF4D6"))
        c.setStrokeColor(hexc("#C8A23A"))
        c.setLineWidth(1.2)
        p = c.beginPath()
        p.moveTo(cx, cy + h / 2)
        p.lineTo(cx + w / 2, cy)
        p.lineTo(cx, cy - h / 2)
        p.lineTo(cx - w / 2, cy)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        self._para(text, flow, cx - w / 4 - 4 * mm, cy - h / 4, w / 2 + 8 * mm, h / 2)

    def draw(self):
        c = self.canv
        aw, top = self.aw, self.h
        cx = 62 * mm
        # start
        c.setFillColor(hexc("#E6E6E6"))
        c.roundRect(cx - 45 * mm, top - 16 * mm, 90 * mm, 14 * mm, 7 * mm, stroke=0, fill=1)
        self._para("Issues raised by the strategic assessment, residents and partners", flow, cx - 42 * mm,
                   top - 16 * mm, 84 * mm, 14 * mm)
        self._arrow(cx, top - 16 * mm, cx, top - 24 * mm)
        self._diamond(cx, top - 40 * mm, 76 * mm, 32 * mm, "High harm or high volume in the city?")
        self._arrow(cx, top - 56 * mm, cx, top - 66 * mm, "Yes")
        self._diamond(cx, top - 82 * mm, 76 * mm, 32 * mm, "Led by a county partnership?")
        # no from first diamond -> monitor; yes from second -> led elsewhere
        self._arrow(cx + 38 * mm, top - 40 * mm, cx + 62 * mm, top - 40 * mm, "No")
        self._arrow(cx + 38 * mm, top - 82 * mm, cx + 62 * mm, top - 82 * mm, "Yes")
        c.setFillColor(hexc("#DDDDDD"))
        c.roundRect(cx + 62 * mm, top - 50 * mm, aw - cx - 62 * mm, 20 * mm, 3 * mm, stroke=0, fill=1)
        self._para("Keep under review through the tasking group", flow, cx + 64 * mm, top - 50 * mm,
                   aw - cx - 66 * mm, 20 * mm)
        c.setFillColor(hexc("#DDDDDD"))
        c.roundRect(cx + 62 * mm, top - 96 * mm, aw - cx - 62 * mm, 28 * mm, 3 * mm, stroke=0, fill=1)
        self._para("Support the county lead: domestic abuse, exploitation, Prevent, reoffending", flow,
                   cx + 64 * mm, top - 96 * mm, aw - cx - 66 * mm, 28 * mm)
        self._arrow(cx, top - 98 * mm, cx, top - 108 * mm, "No")
        # bus bar to four end boxes
        bw = (aw - 3 * 5 * mm) / 4
        c.setStrokeColor(GREY)
        c.line(bw / 2, top - 110 * mm, aw - bw / 2, top - 110 * mm)
        for i, (name, _) in enumerate(PRIORITIES):
            x = i * (bw + 5 * mm)
            self._arrow(x + bw / 2, top - 110 * mm, x + bw / 2, top - 117 * mm)
            c.setFillColor(GREEN)
            c.roundRect(x, top - 172 * mm, bw, 55 * mm, 4 * mm, stroke=0, fill=1)
            c.setFillColor(hexc("#BFE3C9"))
            c.setFont(BOLD, 7.5)
            c.drawCentredString(x + bw / 2, top - 124 * mm, "PRIORITY")
            self._para(name, box, x + 3 * mm, top - 170 * mm, bw - 6 * mm, 42 * mm)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8)
    c.drawString(18 * mm, H - 6 * mm, "GLOUCESTER CITY SAFE")
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawString(18 * mm, 10 * mm, "City Safe Partnership Plan 2024–2027")
    c.drawRightString(W - 18 * mm, 10 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("#A8365A"))
    for i in range(6):
        c.rect(W - (30 + i * 22) * mm, 0, 12 * mm, (60 + i * 25) * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 11)
    c.drawString(18 * mm, H - 26 * mm, "GLOUCESTER CITY SAFE")
    c.setFont(SBOLD, 30)
    c.drawString(18 * mm, H - 100 * mm, "Partnership Plan")
    c.drawString(18 * mm, H - 113 * mm, "2024–2027")
    c.setFont(REG, 10)
    c.drawString(18 * mm, H - 125 * mm, "Working together for a safer Gloucester")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 18 * mm, W - 36 * mm, H - 36 * mm, id="s", **pad)],
                         onPage=header)]


def tbl(data, widths, fill):
    t = Table([[Paragraph(str(x), body) if i else x for x in r] for i, r in enumerate(data)], colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), BOLD, 9), ("BACKGROUND", (0, 0), (-1, 0), fill),
                           ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Introduction", "fw"), ("Gloucester today", "ctx"), ("Our place in the county", "county"),
                      ("Choosing our priorities", "pri"), ("Delivery plan 2024/25", "del"),
                      ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Introduction", h1)]
    for t in ["Gloucester City Safe is the community safety partnership for the city of Gloucester. Its members "
              "are Gloucester City Council, Gloucestershire Constabulary, Gloucestershire County Council, the "
              "fire and rescue service, the NHS, probation, housing providers and the voluntary sector.",
              "The city has a growing night-time economy, a regenerated docks and a young, diverse population. "
              "It also has the highest levels of crime and anti-social behaviour in the county.",
              "This plan sets out the four priorities that City Safe will lead for the next three years, and how "
              "we chose them.", "<b>Chair, Gloucester City Safe</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Gloucester today", h1),
          Tiles([("132,000", "residents"), ("14,900", "crimes recorded in 2023/24"), ("3,600", "ASB incidents"),
                 ("118", "knife crime offences"), ("610", "adults in drug treatment"),
                 ("48%", "of women feel unsafe in the city centre after dark")], 3, W - 36 * mm, num, cap,
                [RED, hexc("#A8365A"), GREEN]),
          Paragraph("These figures are illustrative and are not official statistics.", small),
          Paragraph("Key findings", h2)]
    s += bullets(["Over half of ASB reports come from the city centre and Westgate.",
                  "Knife crime is concentrated among young men aged 16 to 24.",
                  "Alcohol-related hospital admissions are well above the national average.",
                  "Women are most worried about walking home through the docks and the bus station."], bl)
    s += [Paragraph("Our 2021–2024 priorities", h2),
          Paragraph("Our last plan had three priorities: Safer streets; Protecting vulnerable people; and Tackling "
                    "drugs and violence. Much of that work continues under the new priorities.", body)]
    s += [PageBreak(), Paragraph("Our place in the county", h1),
          Paragraph("City Safe works alongside Safer Gloucestershire, which leads on county-wide issues. Its "
                    "priorities for 2024–2027 are reducing serious violence and knife crime; ending violence "
                    "against women and girls; tackling the criminal exploitation of children and young people; "
                    "preventing radicalisation and extremism; and building cohesive communities and tackling hate "
                    "crime.", body),
          Paragraph("We also deliver in the city the Commissioner's Police and Crime Plan, the county's Serious "
                    "Violence Strategy and the Combating Drugs Partnership strategy.", body),
          Paragraph("Our ways of working", h2)]
    s += bullets(["<b>Place-based</b>: we focus on the streets and wards where harm is greatest.",
                  "<b>Problem-solving</b>: we use the SARA model for every persistent problem.",
                  "<b>Listening</b>: residents and businesses help set our tasking priorities."], bl)
    s += [PageBreak(), Paragraph("Choosing our priorities", h1),
          Paragraph("We put every issue from the strategic assessment through the same two questions. Four came "
                    "out at the bottom of the chart: they are our priorities for 2024–2027.", body),
          Spacer(1, 4), Paragraph("How an issue becomes a City Safe priority", h2), Flowchart(W - 36 * mm)]
    s += [PageBreak(), Paragraph("Delivery plan 2024/25", h1)]
    s.append(tbl([["Priority area", "What it means", "Key actions", "Lead"]] +
                 [[n.split(" ")[0] + " …", d, a, l] for (n, d), a, l in zip(PRIORITIES, [
                     "City centre PSPO review; outreach for rough sleepers; business crime scheme",
                     "Knife arches in the night-time economy; detached youth work",
                     "Naloxone in every hostel; alcohol liaison nurse at Gloucestershire Royal",
                     "Safe space at the Guildhall; Ask for Angela; lighting on the docks route"],
                     ["City council", "Constabulary", "Public health", "City council"])],
                 [30 * mm, 60 * mm, 56 * mm, 28 * mm], RED))
    s += [PageBreak(), Paragraph("Measures and governance", h1)]
    s.append(tbl([["Measure", "Baseline", "Target 2027"], ["ASB incidents in the city centre", "1,900", "-15%"],
                  ["Knife crime offences", "118", "-20%"], ["Adults in treatment", "610", "750"],
                  ["Women who feel safe in the city centre after dark", "52%", "65%"]],
                 [90 * mm, 40 * mm, 40 * mm], GREEN))
    s += [Paragraph("Baselines are illustrative.", small),
          Paragraph("The City Safe board meets every two months and reports to the city council's Overview and "
                    "Scrutiny Committee and to Safer Gloucestershire. Contact: citysafe@gloucester.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Gloucester City Safe")
        doc.build(story(pages))
    needles = {"fw": "Introduction Gloucester City Safe", "ctx": "Gloucester today", "county": "Our place in the county",
               "pri": "Choosing our priorities We put", "del": "Delivery plan 2024/25 Priority",
               "gov": "Measures and governance Measure"}
    two_pass(run, out, needles)
    return out
