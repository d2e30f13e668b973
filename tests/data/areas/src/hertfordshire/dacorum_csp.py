"""Dacorum Community Safety Partnership Strategy 2024-2027: reportlab report (DejaVu Sans Condensed body,
Liberation Serif headings).

Five priorities, stated once, on p6 as **bunting**: a drawn string sagging gently across the page with five
coloured pennants hanging from it (a square top and a pointed foot), each holding one priority in white bold
over three to five short lines; no numbers.  The one-word grey
captions under the bunting ("Neighbourhoods", "Fraud" ...) are distractors, as are the previous strategy's
priorities (p5), the key findings (p4), the short delivery themes (p7) and the measures (p8).
"""
import textwrap

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets
from reportlab.pdfbase import pdfmetrics

FILE = "strategies/dacorum_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Dacorum Community Safety Partnership Strategy 2024–2027"

PURPLE, INK, GREY = hexc("#5B2A86"), hexc("#222222"), hexc("#666666")
FLAGS = [hexc("#5B2A86"), hexc("#1F7A8C"), hexc("#B5432E"), hexc("#3C7A3B"), hexc("#C27C0E")]
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 40 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=PURPLE, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=12.5, leading=15, textColor=PURPLE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=GREY)

PRIORITIES = [
    ("Reducing anti-social behaviour across the borough", "Neighbourhoods"),
    ("Protecting older and vulnerable residents from fraud and scams", "Fraud"),
    ("Tackling rural crime in our villages and countryside", "Rural"),
    ("Reducing drug and alcohol harm", "Substances"),
    ("Challenging hate crime and building community cohesion", "Cohesion"),
]


class Bunting(Flowable):
    """A sagging string with five pennants; the text of each pennant in white bold."""

    def __init__(self, items, width, height=92 * mm):
        super().__init__()
        self.items, self.width, self.height = items, width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        w, h = self.width, self.height
        n = len(self.items)
        top = h - 6 * mm
        sag = 5 * mm
        # the string: a gentle curve from post to post
        c.setStrokeColor(hexc("#8C7B6B"))
        c.setLineWidth(1.4)
        p = c.beginPath()
        p.moveTo(0, top)
        p.curveTo(w * 0.33, top - 2 * sag, w * 0.66, top - 2 * sag, w, top)
        c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(hexc("#8C7B6B"))
        c.rect(-3, top - 80 * mm, 3, 80 * mm + 4, stroke=0, fill=1)
        c.rect(w, top - 80 * mm, 3, 80 * mm + 4, stroke=0, fill=1)
        pw = (w - 10 * mm) / n - 3 * mm
        body_h, point = 40 * mm, 22 * mm
        for i, (text, word) in enumerate(self.items):
            x0 = 5 * mm + i * (pw + 3 * mm)
            t = (x0 + pw / 2) / w
            # y of the string at t (cubic Bezier with both inner points at top - 2 sag)
            ys = top - 2 * sag * 3 * t * (1 - t)
            y_top = ys - 1.5 * mm
            c.setFillColor(FLAGS[i])
            p = c.beginPath()
            p.moveTo(x0, y_top)
            p.lineTo(x0 + pw, y_top)
            p.lineTo(x0 + pw, y_top - body_h)
            p.lineTo(x0 + pw / 2, y_top - body_h - point)
            p.lineTo(x0, y_top - body_h)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(hexc("#8C7B6B"))
            c.circle(x0 + 3, y_top - 1, 1.6, stroke=0, fill=1)
            c.circle(x0 + pw - 3, y_top - 1, 1.6, stroke=0, fill=1)
            c.setFillColor(colors.white)
            size = 9.6
            c.setFont(BOLD, size)
            lines = textwrap.wrap(text, 15, break_on_hyphens=False)
            y = y_top - 6 * mm
            for ln in lines:
                c.drawCentredString(x0 + pw / 2, y, ln)
                y -= size * 1.3
            c.setFillColor(GREY)
            c.setFont(REG, 7.5)
            c.drawCentredString(x0 + pw / 2, y_top - body_h - point - 5 * mm, word)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(PURPLE)
    c.setLineWidth(0.8)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(GREY)
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, H - 12 * mm, "Dacorum Community Safety Partnership")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Strategy 2024–2027")
    c.setFillColor(PURPLE)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(W / 2, 10 * mm, f"· {p} ·")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#F3EEF8"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(PURPLE)
    c.rect(0, H - 150 * mm, W, 150 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "DACORUM COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(20 * mm, H - 90 * mm, "Community Safety")
    c.drawString(20 * mm, H - 104 * mm, "Strategy")
    c.setFont(SREG, 19)
    c.drawString(20 * mm, H - 124 * mm, "2024–2027")
    c.setFillColor(PURPLE)
    c.setFont(REG, 10)
    c.drawString(20 * mm, 60 * mm, "Hemel Hempstead · Berkhamsted · Tring · Kings Langley · and our villages")
    for i, col in enumerate(FLAGS):
        x = 20 * mm + i * 16 * mm
        c.setFillColor(col)
        p = c.beginPath()
        p.moveTo(x, 100 * mm)
        p.lineTo(x + 13 * mm, 100 * mm)
        p.lineTo(x + 6.5 * mm, 82 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, FW, H - 40 * mm, id="s", **pad)], onPage=header)]


def tbl(rows, widths, head=PURPLE):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                           ("BACKGROUND", (0, 0), (-1, 0), head), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#D5CBE0")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.hAlign = "LEFT"
    return t


def P(t, st=body):
    return Paragraph(t, st)


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), P("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Dacorum in context", "ctx"), ("Where we have come from", "past"),
                      ("Our priorities", "pri"), ("What we will do", "del"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=12))
    s += [PageBreak(), P("Foreword", h1)]
    for t in [
        "Dacorum is the largest borough in Hertfordshire by area: the new town of Hemel Hempstead, the market "
        "towns of Berkhamsted and Tring, and more than thirty villages in the Chilterns. Most residents feel safe, "
        "and we want to keep it that way for everyone, in town and country alike.",
        "The Dacorum Community Safety Partnership brings together Dacorum Borough Council, Hertfordshire "
        "Constabulary, Hertfordshire County Council, Hertfordshire Fire and Rescue Service, the Probation Service, "
        "the NHS, housing providers and the voluntary sector.",
        "This strategy sets out five priorities for 2024 to 2027. We chose them from our strategic assessment and "
        "from what 650 residents told us in our survey (illustrative).",
        "<b>Chair, Dacorum Community Safety Partnership</b>"]:
        s.append(P(t))
    s += [PageBreak(), P("Dacorum in context", h1),
          P("The figures below are illustrative and are not official statistics.", small)]
    s.append(tbl([["Indicator", "2023/24"], ["Residents", "156,000"], ["Crimes recorded", "11,200"],
                  ["Anti-social behaviour incidents", "3,400"], ["Fraud reports from residents over 65", "380"],
                  ["Rural crimes recorded", "520"], ["Adults in drug or alcohol treatment", "610"],
                  ["Hate crimes recorded", "170"]], [110 * mm, 40 * mm]))
    s += [P("Key findings of the strategic assessment", h2)]
    s += bullets(["Anti-social behaviour is highest in Hemel Hempstead town centre and in Adeyfield and "
                  "Grovehill.", "Older residents lose large sums to courier fraud and romance scams.",
                  "Farm machinery and fuel theft have risen in the Chiltern villages.",
                  "Alcohol-related hospital admissions are above the county average.",
                  "Hate crime reports rose after incidents in 2023."], bl)
    s += [PageBreak(), P("Where we have come from", h1),
          P("Our 2021–2024 strategy had four priorities. Each has been reviewed against the new strategic "
            "assessment:", body)]
    s.append(tbl([["2021–2024 priority", "What happened"],
                  ["Crime and disorder in Hemel Hempstead town centre", "Carried forward, widened to the borough"],
                  ["Protecting vulnerable people", "Split: fraud is now a priority of its own"],
                  ["Serious violence and county lines", "Now led by the county Serious Violence Duty partnership"],
                  ["Safer roads", "Led by the Hertfordshire Road Safety Partnership"]], [85 * mm, 85 * mm]))
    s += [P("How we work", h2)]
    s += bullets(["<b>Listen first</b>: residents and businesses shape what we do.",
                  "<b>Town and country</b>: the villages get the same attention as the towns.",
                  "<b>Share what we know</b>: one problem-solving meeting for each hotspot."], bl)
    s += [P("The Police and Crime Plan", h2),
          P("The Police and Crime Commissioner's plan for 2025–2029 has six priorities: Keeping our neighbourhoods "
            "safe; Reducing serious violence; Ending violence against women and girls; Putting victims first; "
            "Breaking the cycle of offending; and Making Hertfordshire's roads safer. The Commissioner's community "
            "safety grant funds part of our work.", body)]
    s += [PageBreak(), P("Our priorities", h1),
          P("Five priorities, strung together: the partnership will work on all five from 2024 to 2027.", body),
          Spacer(1, 6), Bunting(PRIORITIES, FW), Spacer(1, 8),
          P("Why these five?", h2),
          P("They are the issues that cause the most harm in Dacorum, that residents raised most often, and that no "
            "single agency can solve alone. Serious violence, domestic abuse and reoffending are led at county "
            "level, and the partnership contributes to the county plans.", body)]
    s += [PageBreak(), P("What we will do", h1),
          P("Each priority has a lead partner. The main actions for 2024/25 are below, under short theme names.",
            body)]
    s.append(tbl([["Theme", "Key actions 2024/25", "Lead"],
                  [P("Neighbourhoods", small), P("Problem-solving plans for the town centre, Adeyfield and Grovehill; "
                                                 "a review of the public spaces protection order", small),
                   P("Council", small)],
                  [P("Fraud", small), P("Scam-awareness talks; call blockers for repeat victims; a banking "
                                        "protocol with local branches", small), P("Police", small)],
                  [P("Rural", small), P("Farm watch; machinery marking; a rural crime surgery at markets", small),
                   P("Police", small)],
                  [P("Substances", small), P("Alcohol outreach; naloxone in hostels; a town centre wet-room "
                                             "pilot", small), P("Public health", small)],
                  [P("Cohesion", small), P("Hate crime reporting centres; a cohesion fund; a faith forum", small),
                   P("Council", small)]], [30 * mm, 110 * mm, 30 * mm]))
    s += [PageBreak(), P("Measures and governance", h1),
          P("The partnership board meets quarterly and reports to the council's Housing and Community Overview and "
            "Scrutiny Committee and to the Police and Crime Commissioner.", body)]
    s.append(tbl([["Measure", "Baseline", "Direction"], ["ASB incidents", "3,400", "Down"],
                  ["Repeat fraud victims", "95", "Down"], ["Rural crimes", "520", "Down"],
                  ["Alcohol-related admissions", "1,150", "Down"], ["Hate crimes reported", "170", "Up"]],
                 [90 * mm, 40 * mm, 40 * mm]))
    s += [Spacer(1, 4), P("Baselines are illustrative.", small), Spacer(1, 10),
          P("Contact: csp@dacorum.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Dacorum Community Safety Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Dacorum is the largest", "ctx": "Dacorum in context The figures",
               "past": "Where we have come from Our", "pri": "Our priorities Five priorities, strung",
               "del": "What we will do Each", "gov": "Measures and governance The"}
    two_pass(run, out, needles)
    return out
