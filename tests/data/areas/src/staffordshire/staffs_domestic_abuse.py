"""Staffordshire and Stoke-on-Trent Domestic Abuse Strategy 2024-2027: reportlab report (DejaVu Sans, DejaVu
Serif in the shield).

Four priorities, stated once, on p6 as the **four quarters of a heraldic shield** ("Our shield"): a drawn
shield split by a cross into four coloured quarters, each holding one priority in white bold, wrapping over
two to four lines (the lower quarters taper to the shield's point).  No numbers.  A motto scroll under the
shield ("Safe at home, safe in our communities") is not a priority.  The definition and survivor quotes
(p4), the national Tackling Domestic Abuse Plan's pillars and the local principles (p5), the short delivery
labels (p7) and the outcomes (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/staffordshire_and_stoke-on-trent_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Staffordshire and Stoke-on-Trent Domestic Abuse Strategy 2024–2027"

PURPLE, TEAL, INK, GREY = hexc("#5B2A86"), hexc("#127C88"), hexc("#222222"), hexc("#666666")
QUARTERS = [hexc("#5B2A86"), hexc("#127C88"), hexc("#127C88"), hexc("#5B2A86")]
PALE = hexc("#F1ECF6")
REG, BOLD = fonts("dejavu")
W, H = A4
SERIF = "DejaVuSerif-Bold"

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

if SERIF not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont(SERIF, "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
quote = ParagraphStyle("quote", parent=body, fontName="Helvetica-Oblique", fontSize=10, leading=14,
                       leftIndent=12, textColor=PURPLE)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=20, leading=24, textColor=PURPLE, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.2, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
qs = ParagraphStyle("qs", fontName=SERIF, fontSize=12.5, leading=16, textColor=colors.white, alignment=TA_CENTER)
motto = ParagraphStyle("motto", fontName="Helvetica-Oblique", fontSize=10, leading=12, textColor=PURPLE,
                       alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)

PRIORITIES = [
    ("Preventing domestic abuse through education and early help", "Prevent",
     "Healthy relationships education in every secondary school, and early help for families where abuse is "
     "starting."),
    ("Making sure victims and their children get the right support at the right time", "Support",
     "Independent domestic violence advisers, children's workers and a single point of access for help."),
    ("Holding perpetrators to account and changing their behaviour", "Pursue",
     "Joint police and probation management of high-harm perpetrators, and behaviour change programmes."),
    ("Providing safe accommodation for everyone fleeing abuse", "Homes",
     "Refuge places, dispersed safe homes and sanctuary schemes, meeting our duty under Part 4 of the Domestic "
     "Abuse Act 2021."),
]


class Shield(Flowable):
    SW, SH = 150 * mm, 165 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        self.paras = [Paragraph(n, qs) for n, _, _ in PRIORITIES]
        self.qw = 52 * mm
        self.sizes = [p.wrap(self.qw, ah) for p in self.paras]
        self.m = Paragraph("Safe at home, safe in our communities", motto)
        self.m.wrap(100 * mm, ah)
        return aw, self.SH + 18 * mm

    def draw(self):
        c = self.canv
        x0 = (self.aw - self.SW) / 2
        y0 = 18 * mm
        top = y0 + self.SH
        mid_x = x0 + self.SW / 2
        shoulder = y0 + self.SH * 0.45
        midy = y0 + self.SH * 0.55

        def outline():
            p = c.beginPath()
            p.moveTo(x0, top)
            p.lineTo(x0 + self.SW, top)
            p.lineTo(x0 + self.SW, shoulder)
            p.curveTo(x0 + self.SW, y0 + self.SH * 0.18, mid_x + 25 * mm, y0 + 10 * mm, mid_x, y0)
            p.curveTo(mid_x - 25 * mm, y0 + 10 * mm, x0, y0 + self.SH * 0.18, x0, shoulder)
            p.close()
            return p
        c.saveState()
        c.clipPath(outline(), stroke=0, fill=0)
        rects = [(x0, midy, mid_x, top), (mid_x, midy, x0 + self.SW, top), (x0, y0, mid_x, midy),
                 (mid_x, y0, x0 + self.SW, midy)]
        for (a, b, cc, d), col in zip(rects, QUARTERS):
            c.setFillColor(col)
            c.rect(a, b, cc - a, d - b, stroke=0, fill=1)
        c.restoreState()
        c.setStrokeColor(hexc("#D4AF37"))
        c.setLineWidth(4)
        c.drawPath(outline(), stroke=1, fill=0)
        c.line(mid_x, top, mid_x, y0)
        c.line(x0, midy, x0 + self.SW, midy)
        centres = [(x0 + self.SW / 4, (midy + top) / 2), (x0 + 3 * self.SW / 4, (midy + top) / 2),
                   (x0 + self.SW / 4 + 6 * mm, midy - 24 * mm), (x0 + 3 * self.SW / 4 - 6 * mm, midy - 24 * mm)]
        for k, (p, (w, h)) in enumerate(zip(self.paras, self.sizes)):
            cx, cy = centres[k]
            qw = self.qw if k < 2 else self.qw - 8 * mm
            _, h = p.wrap(qw, 200 * mm)
            p.drawOn(c, cx - qw / 2, cy - h / 2)
        # motto scroll
        c.setFillColor(PALE)
        c.setStrokeColor(PURPLE)
        c.setLineWidth(1)
        c.roundRect(mid_x - 55 * mm, 1 * mm, 110 * mm, 11 * mm, 5 * mm, stroke=1, fill=1)
        self.m.drawOn(c, mid_x - 50 * mm, 4 * mm)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PURPLE)
    c.setFont(REG, 7.6)
    c.drawString(18 * mm, H - 12 * mm, "Staffordshire and Stoke-on-Trent Domestic Abuse Partnership Board")
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFillColor(GREY)
    c.drawCentredString(W / 2, 10 * mm, f"\u2014 {p} \u2014")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PURPLE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.circle(W - 30 * mm, H - 60 * mm, 55 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(18 * mm, H - 22 * mm, "STAFFORDSHIRE AND STOKE-ON-TRENT DOMESTIC ABUSE PARTNERSHIP BOARD")
    c.setFont(BOLD, 30)
    c.drawString(18 * mm, 120 * mm, "Domestic Abuse")
    c.drawString(18 * mm, 106 * mm, "Strategy 2024\u20132027")
    c.setFont(REG, 10)
    c.drawString(18 * mm, 40 * mm, "If you are in danger, call 999. Help is available 24 hours a day.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def tbl(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.8), ("FONT", (0, 0), (-1, 0), BOLD, 8.8),
                           ("BACKGROUND", (0, 0), (-1, 0), PURPLE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Understanding domestic abuse", "und"), ("The national picture", "nat"),
                      ("Our shield", "pri"), ("What we will do", "do"), ("Outcomes and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Domestic abuse can happen to anyone. In Staffordshire and Stoke-on-Trent it accounts for about one in six "
        "recorded crimes (illustrative), and many more incidents are never reported.",
        "The Domestic Abuse Partnership Board brings together the two councils, Staffordshire Police, the Staffordshire "
        "Commissioner's office, the NHS, the Probation Service, housing providers and specialist services. Both "
        "councils have duties under Part 4 of the Domestic Abuse Act 2021 to provide support in safe accommodation.",
        "This strategy was shaped by survivors. It sets out four priorities for the next three years.",
        "<b>Independent Chair, Staffordshire and Stoke-on-Trent Domestic Abuse Partnership Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Understanding domestic abuse", h1),
          Paragraph("The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between people aged 16 or "
                    "over who are personally connected. It includes physical or sexual abuse, violent or threatening "
                    "behaviour, controlling or coercive behaviour, economic abuse and psychological or emotional "
                    "abuse. Children who see, hear or experience its effects are victims in their own right.", body),
          Tiles([("17,900", "domestic abuse incidents and crimes"), ("3,400", "children in households referred to "
                 "MARAC"), ("410", "households supported in safe accommodation"), ("29%", "repeat victims")], 2,
                W - 36 * mm, num, cap, [PURPLE, TEAL]),
          Paragraph("These figures are illustrative and are not official statistics.", small),
          Paragraph("What survivors told us", h2),
          Paragraph("\u201cI didn't know it was abuse until someone named it.\u201d", quote),
          Paragraph("\u201cI had to tell my story six times to six different people.\u201d", quote),
          Paragraph("\u201cThe refuge saved my life, but there was nowhere to go next.\u201d", quote)]
    s += [PageBreak(), Paragraph("The national picture", h1),
          Paragraph("The national Tackling Domestic Abuse Plan (2022) has four pillars:", body)]
    s += bullets(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"], bl)
    s += [Paragraph("Our principles", h2)]
    s += bullets(["<b>Survivor-led</b>: survivors help design and check our services.",
                  "<b>Think family</b>: children are victims in their own right.",
                  "<b>Inclusive</b>: services for men, older people, disabled people and LGBT+ people.",
                  "<b>Tell it once</b>: one assessment, shared safely."], bl)
    s += [Paragraph("The Commissioner's plan", h2),
          Paragraph("The Staffordshire Commissioner funds many of the services in this strategy, including the "
                    "independent domestic violence advisers and perpetrator programmes.", body)]
    s += [PageBreak(), Paragraph("Our shield", h1),
          Paragraph("Our four priorities for 2024\u20132027 are the four quarters of the shield. Together they "
                    "protect people from domestic abuse.", body), Spacer(1, 10), Shield()]
    s += [PageBreak(), Paragraph("What we will do", h1)]
    for name, short, txt in PRIORITIES:
        s += [Paragraph(short, h2), Paragraph(txt, body)]
    s += [Paragraph("Actions for 2024/25", h2),
          tbl([["Strand", "Action", "Lead"], ["Prevent", "Train 60 school staff in healthy relationships", "Councils"],
               ["Support", "Open a single point of access", "Commissioner's office"],
               ["Pursue", "Expand the perpetrator programme to Stoke-on-Trent", "Probation, police"],
               ["Homes", "Add 20 dispersed safe homes", "Councils"]], [30 * mm, 100 * mm, 44 * mm])]
    s += [PageBreak(), Paragraph("Outcomes and governance", h1)]
    s += bullets(["Fewer people experience domestic abuse.", "Victims are safer sooner and recover.",
                  "Perpetrators stop abusing.", "No one has to stay in an abusive home for want of somewhere to go."],
                 bl)
    s += [Paragraph("Governance", h2),
          Paragraph("The board meets quarterly and reports to both councils and to the Staffordshire Commissioner. "
                    "A survivor reference group reviews progress twice a year. Contact: dapb@staffs-stoke.example",
                    body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Staffordshire and Stoke-on-Trent Domestic Abuse Partnership Board")
        doc.build(story(pages))
    needles = {"fw": "Foreword Domestic abuse can happen", "und": "Understanding domestic abuse The Domestic",
               "nat": "The national picture The national", "pri": "Our shield Our four priorities",
               "do": "What we will do Prevent", "gov": "Outcomes and governance"}
    two_pass(run, out, needles)
    return out
