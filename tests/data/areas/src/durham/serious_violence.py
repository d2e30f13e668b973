"""County Durham and Darlington Serious Violence Strategy 2024-2029: reportlab report (DejaVu Sans,
DejaVu Serif headings).

Four priorities, stated once, on p6 as **interlocking gear wheels** ("How our priorities work together"):
four drawn cogs of different sizes, meshing, each with one priority centred in white bold over three to
five lines; a small grey hub label under each gear's text names its lead group ("Lead: ...").  No numbers.
The definition and specified authorities (p4), the key findings, the Home Office success measures and
the prevention levels (p5), the intervention titles (p7) and the measures (p8) are distractors.
"""
import math

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/county_durham_and_darlington_serious_violence_strategy_2024-29.pdf"
TITLE = "County Durham and Darlington Serious Violence Strategy 2024–2029"

STEEL, ORANGE, INK, GREY = hexc("#2E4057"), hexc("#E07A1F"), hexc("#1F1F1F"), hexc("#6E6E6E")
REG, BOLD = fonts("dejavu")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
for _n in ("DejaVuSerif", "DejaVuSerif-Bold"):
    if _n not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_n, f"/usr/share/fonts/truetype/dejavu/{_n}.ttf"))
SBOLD = "DejaVuSerif-Bold"
W, H = A4
FW = W - 36 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=20, leading=25, textColor=STEEL, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.8, textColor=GREY)
gtxt = ParagraphStyle("gtxt", fontName=BOLD, fontSize=10, leading=12.6, textColor=colors.white, alignment=TA_CENTER)
glead = ParagraphStyle("glead", fontName=REG, fontSize=7, leading=9, textColor=hexc("#DDE3EA"), alignment=TA_CENTER)
tcell = ParagraphStyle("tcell", fontName=REG, fontSize=8.5, leading=11, textColor=INK)
thead = ParagraphStyle("thead", fontName=BOLD, fontSize=8.5, leading=11, textColor=colors.white)

# priority, lead, centre (mm from the drawing's bottom-left), outer radius (mm), teeth, fill
PRIORITIES = [
    ("Reducing serious violence and knife crime where it is most concentrated", "Lead: Violence Hotspots Group",
     (58, 128), 40, 14, "#2E4057"),
    ("Preventing children and young people from becoming involved in violence", "Lead: Children and Young People "
     "Group", (123, 98), 36, 12, "#E07A1F"),
    ("Tackling alcohol-related violence in the night-time economy", "Lead: Nights Out Group",
     (46, 59), 34, 12, "#1F7A6D"),
    ("Building a trauma-informed workforce across the partnership", "Lead: Workforce Group",
     (112, 35), 32, 11, "#7A4E9C"),
]


class Gears(Flowable):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def wrap(self, aw, ah):
        return self.w, self.h

    def gear(self, c, cx, cy, R, teeth, fill, phase=0.0):
        depth = 4.2 * mm
        r = R - depth
        pts = []
        n = teeth * 4
        for i in range(n):
            a = phase + 2 * math.pi * i / n
            rad = R if i % 4 in (1, 2) else r
            pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for x, y in pts[1:]:
            p.lineTo(x, y)
        p.close()
        c.setFillColor(hexc(fill))
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.2)
        c.drawPath(p, stroke=1, fill=1)
        c.setStrokeColor(hexc("#FFFFFF"))
        c.setLineWidth(0.6)
        c.circle(cx, cy, r - 2.5 * mm, stroke=1, fill=0)
        return r

    def draw(self):
        c = self.canv
        for k, (text, lead, (x, y), R, teeth, fill) in enumerate(PRIORITIES):
            cx, cy = x * mm, y * mm
            r = self.gear(c, cx, cy, R * mm, teeth, fill, phase=0.13 * k)
            width = 1.45 * (r - 2.5 * mm)
            p = Paragraph(text, gtxt)
            _, ph = p.wrap(width, 200)
            q = Paragraph(lead, glead)
            _, qh = q.wrap(width, 200)
            total = ph + 4 + qh
            p.drawOn(c, cx - width / 2, cy + total / 2 - ph)
            q.drawOn(c, cx - width / 2, cy - total / 2)


def cover(c, doc):
    c.saveState()
    c.setFillColor(STEEL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, 120 * mm, 12 * mm, 60 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(22 * mm, H - 26 * mm, "COUNTY DURHAM AND DARLINGTON SERIOUS VIOLENCE PARTNERSHIP")
    c.setFont(SBOLD, 30)
    c.drawString(22 * mm, 164 * mm, "Serious Violence")
    c.drawString(22 * mm, 150 * mm, "Strategy")
    c.setFont(REG, 15)
    c.drawString(22 * mm, 130 * mm, "2024 – 2029")
    c.setFont(REG, 8.5)
    c.drawString(22 * mm, 30 * mm, "Published under the Serious Violence Duty (Police, Crime, Sentencing and Courts Act "
                                   "2022)")
    c.restoreState()


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(ORANGE)
    c.rect(0, H - 9 * mm, W, 2 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.5)
    c.drawString(18 * mm, 10 * mm, "Serious Violence Strategy 2024–2029")
    c.setFillColor(STEEL)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 18 * mm, 10 * mm, f"[ {p} ]")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, FW, H - 40 * mm, id="s", **pad)], onPage=header)]


def table(rows, widths, head=STEEL):
    data = [[Paragraph(x, thead if r == 0 else tcell) for x in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#CCCCCC")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def story(pages):
    s = [NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1)]
    for text, key in [("Foreword", "fw"), ("What we mean by serious violence", "def"),
                      ("What the needs assessment found", "sna"), ("How our priorities work together", "pri"),
                      ("What we will do", "do"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, gap=10))
    s.append(PageBreak())
    s.append(Paragraph("Foreword", h1))
    for t in [
        "Serious violence is rare in County Durham and Darlington compared with the big cities, but when it "
        "happens it devastates families and frightens whole communities. Much of it is preventable.",
        "The Serious Violence Duty asks the councils, the police, fire and rescue, health, probation and youth "
        "justice to work together to understand and prevent serious violence. This is our first strategy under the "
        "Duty, and it runs to 2029.",
        "Our priorities are not separate projects. Like the gears of a machine, each one turns the others: less "
        "violence at night means fewer young people drawn in, and a trauma-informed workforce makes every "
        "conversation count.", "We will review this strategy every year as our needs assessment is refreshed."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, Serious Violence Strategic Partnership</b>", body))
    s.append(PageBreak())
    s.append(Paragraph("What we mean by serious violence", h1))
    s.append(Paragraph("Our local definition covers homicide, violence causing injury, knife and weapon offences, "
                       "robbery, and violence linked to drugs or alcohol, in public places. Domestic abuse and "
                       "sexual violence are led by the Domestic Abuse and Sexual Violence Executive Group, and we "
                       "work closely with it.", body))
    s.append(Paragraph("The specified authorities", h2))
    s += bullets(["Durham County Council and Darlington Borough Council", "Durham Constabulary",
                  "County Durham and Darlington Fire and Rescue Service", "The Integrated Care Board",
                  "The Probation Service", "The youth justice services"], bl)
    s.append(Paragraph("Education, prisons and youth custody are relevant authorities and work with us.", body))
    s.append(PageBreak())
    s.append(Paragraph("What the needs assessment found", h1))
    s.append(Paragraph("The figures below are illustrative and are not official statistics.", small))
    s += bullets(["Serious violence is concentrated: five areas account for 38% of offences.",
                  "Knife crime offences rose by 14% in two years; a quarter involve under-18s.",
                  "Half of violence with injury in Durham City and Darlington town centres happens between 10pm and "
                  "4am at weekends, and alcohol is a factor in most of it.",
                  "Most young people known to the youth justice service for violence have experienced trauma."], bl)
    s.append(Paragraph("The national success measures", h2))
    s.append(Paragraph("The Home Office asks every area to report on three headline measures: hospital admissions "
                       "for assault with a sharp object; knife and sharp object enabled offences; and homicides. We "
                       "add local measures on page 8.", body))
    s.append(Paragraph("Levels of prevention", h2))
    s.append(Paragraph("We work at three levels: primary prevention for everyone; secondary prevention for those "
                       "at risk; and tertiary prevention with those already involved in violence.", body))
    s.append(PageBreak())
    s.append(Paragraph("How our priorities work together", h1))
    s.append(Paragraph("Our four priorities for 2024–2029 are shown as the gears below. Each has a lead group "
                       "that reports to the partnership.", body))
    s.append(Spacer(1, 6))
    s.append(Gears(FW, 172 * mm))
    s.append(PageBreak())
    s.append(Paragraph("What we will do", h1))
    for head, txt in [("Hotspot patrols", "Problem-oriented patrols in the five areas with most violence, with "
                       "youth workers and community safety officers."),
                      ("Navigators in A&amp;E", "Youth workers at University Hospital of North Durham and "
                       "Darlington Memorial Hospital who meet young people injured by violence."),
                      ("Mentors in schools", "Mentoring and weapons awareness for pupils at risk of exclusion."),
                      ("Safer nights", "Street marshals, a safe haven and licensing action on venues where "
                       "violence recurs."),
                      ("Trauma training", "Trauma-informed practice training for 1,500 staff by 2026.")]:
        s.append(Paragraph(head, h2))
        s.append(Paragraph(txt, body))
    s.append(PageBreak())
    s.append(Paragraph("Measures and governance", h1))
    s.append(table([["Measure", "Baseline (illustrative)", "Ambition"],
                    ["Hospital admissions for assault with a sharp object", "58", "Down"],
                    ["Knife and sharp object enabled offences", "310", "Down"],
                    ["Homicides", "7", "Down"],
                    ["Night-time violence with injury in town centres", "640", "Down"],
                    ["Staff trained in trauma-informed practice", "220", "1,500"]], [90 * mm, 45 * mm, 39 * mm]))
    s.append(Paragraph("Governance", h2))
    s.append(Paragraph("The Serious Violence Strategic Partnership is chaired by the Police, Crime and Victims' "
                       "Commissioner's office and reports to the Safe Durham Partnership and the Darlington "
                       "Community Safety Partnership. Contact: seriousviolence@durham-pcvc.example", body))
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "County Durham and Darlington Serious Violence Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "def": "What we mean by serious violence Our local",
               "sna": "What the needs assessment found The figures", "pri": "How our priorities work together Our",
               "do": "What we will do Hotspot", "gov": "Measures and governance Measure"}
    two_pass(run, out, needles)
    return out
