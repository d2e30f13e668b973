"""Gloucestershire Serious Violence Strategy 2024-2029: reportlab report (DejaVu Sans Condensed).

Four priorities, stated once, on p6 as the **labels of a rainbow of nested arches** ("Layers of
protection"): four concentric half-rings standing on a base line, widest at the back, each a different
colour; a thin leader line runs from the right foot of each ring to a label box on the right, holding the
priority in bold (two lines) and a grey line under it.  No numbers.  The specified authorities and
definition (p4), the Home Office success measures and the key findings (p5), the interventions (p7) and the
measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/gloucestershire_serious_violence_strategy_2024-29.pdf"
TITLE = "Gloucestershire Serious Violence Strategy 2024–2029"

PURPLE, INK, GREY = hexc("#4A235A"), hexc("#222222"), hexc("#6A6A6A")
RING = [hexc("#4A235A"), hexc("#7D3C98"), hexc("#AF7AC5"), hexc("#D7BDE2")]
REG, BOLD = fonts("dejavu-cond")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=21, leading=25, textColor=PURPLE, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=PURPLE, spaceBefore=8, spaceAfter=4)
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=11, leading=13.5, textColor=INK)
sub = ParagraphStyle("sub", fontName=REG, fontSize=8, leading=10, textColor=GREY)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)

PRIORITIES = [
    ("Reducing serious violence and knife crime across Gloucestershire", "The whole county: places, people, times"),
    ("Preventing children and young people from becoming involved in violence", "Schools, mentors, navigators"),
    ("Supporting communities to lead local responses to violence", "Grants and trusted voices"),
    ("Building a trauma-informed workforce", "Training for every specified authority"),
]


class Arches(Flowable):
    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 150 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        cx, base = 45 * mm, 20 * mm
        radii = [44 * mm, 35 * mm, 26 * mm, 17 * mm]
        for r, col in zip(radii, RING):
            c.setFillColor(col)
            c.wedge(cx - r, base - r, cx + r, base + r, 0, 180, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.wedge(cx - 9 * mm, base - 9 * mm, cx + 9 * mm, base + 9 * mm, 0, 180, stroke=0, fill=1)
        c.setStrokeColor(INK)
        c.line(0, base, cx + 48 * mm, base)
        c.setFont(BOLD, 7)
        c.setFillColor(PURPLE)
        c.drawCentredString(cx, base + 2 * mm, "SAFER")
        lx = 100 * mm
        for i, ((name, line), r) in enumerate(zip(PRIORITIES, radii)):
            fx = cx + r - 4.5 * mm
            ly = 130 * mm - i * 30 * mm
            c.setStrokeColor(GREY)
            c.setLineWidth(0.6)
            c.line(fx, base + 1 * mm, fx, base + 6 * mm + (3 - i) * 0)
            c.line(fx, base + 6 * mm, lx - 3 * mm, ly)
            c.setFillColor(RING[i])
            c.circle(fx, base + 1 * mm, 1.2 * mm, stroke=0, fill=1)
            c.setStrokeColor(RING[i])
            c.setLineWidth(1.5)
            p = Paragraph(name, lab)
            _, ph = p.wrap(self.aw - lx - 4 * mm, 40 * mm)
            q = Paragraph(line, sub)
            _, qh = q.wrap(self.aw - lx - 4 * mm, 20 * mm)
            c.rect(lx - 3 * mm, ly - qh - 3 * mm, self.aw - lx + 3 * mm, ph + qh + 6 * mm, stroke=1, fill=0)
            p.drawOn(c, lx, ly)
            q.drawOn(c, lx, ly - qh - 1 * mm)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PURPLE)
    c.rect(0, 0, 6 * mm, H, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawString(18 * mm, H - 11 * mm, "Gloucestershire Serious Violence Strategy 2024–2029")
    c.drawRightString(W - 18 * mm, 10 * mm, f"{p} / 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PURPLE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for r, col in zip([90, 72, 54, 36], RING[1:] + [colors.white]):
        c.setFillColor(col)
        c.wedge(W / 2 - r * mm, -r * mm, W / 2 + r * mm, r * mm, 0, 180, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "GLOUCESTERSHIRE SERIOUS VIOLENCE PARTNERSHIP")
    c.setFont(BOLD, 31)
    c.drawString(18 * mm, H - 100 * mm, "Serious Violence Strategy")
    c.drawString(18 * mm, H - 114 * mm, "2024–2029")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def tbl(data, widths):
    t = Table([[Paragraph(str(x), body) if i else x for x in r] for i, r in enumerate(data)], colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), BOLD, 9), ("BACKGROUND", (0, 0), (-1, 0), PURPLE),
                           ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, RING[3])]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The Duty and who it covers", "def"), ("What the evidence says", "ev"),
                      ("Layers of protection", "pri"), ("What we will fund", "int"), ("Measuring success", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in ["Serious violence is rare in Gloucestershire, but when it happens it devastates families and "
              "frightens communities. Most of it involves young people, and much of it is linked to drugs.",
              "Since January 2023 the Serious Violence Duty has required the specified authorities to work "
              "together to prevent and reduce serious violence. This strategy is our joint response.",
              "We have built it on a strategic needs assessment and on conversations with young people, parents "
              "and community groups.", "<b>Chair, Gloucestershire Serious Violence Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The Duty and who it covers", h1),
          Paragraph("Our local definition of serious violence covers homicide, violence causing injury, knife and "
                    "weapon offences, robbery, and violence linked to drugs and exploitation. Domestic abuse and "
                    "sexual violence are led by the Domestic Abuse Local Partnership Board.", body),
          Paragraph("The specified authorities", h2)]
    s += bullets(["Gloucestershire Constabulary", "Gloucestershire Fire and Rescue Service",
                  "Gloucestershire County Council and the six district councils", "NHS Gloucestershire Integrated "
                  "Care Board", "The Probation Service", "The Youth Justice Service"], bl)
    s += [PageBreak(), Paragraph("What the evidence says", h1),
          Tiles([("310", "knife crime offences in 2023/24"), ("58%", "of victims aged under 25"),
                 ("6", "homicides"), ("95", "hospital admissions for assault with a sharp object")], 2,
                W - 36 * mm, num, cap, [PURPLE, RING[1]]),
          Paragraph("These figures are illustrative and are not official statistics.", small),
          Paragraph("Key findings", h2)]
    s += bullets(["Violence peaks on Friday and Saturday nights in Gloucester and Cheltenham.",
                  "School exclusion and going missing are strong warning signs.",
                  "Young people trust youth workers and sports coaches more than agencies."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    s += bullets(["Fewer hospital admissions for assault with a knife or sharp object",
                  "Fewer knife and sharp object offences recorded by the police",
                  "Fewer homicides"], bl)
    s += [PageBreak(), Paragraph("Layers of protection", h1),
          Paragraph("Our four priorities work like layers of protection, from the whole county at the back to the "
                    "people who deliver every day at the front.", body), Arches()]
    s += [PageBreak(), Paragraph("What we will fund", h1)]
    s.append(tbl([["Intervention", "What it does", "Where"],
                  ["Hospital navigators", "Youth workers in A&E at Gloucestershire Royal", "Gloucester"],
                  ["Mentors in schools", "Trusted adults for children at risk of exclusion", "County-wide"],
                  ["Community fund", "Small grants for local groups", "Priority wards"],
                  ["Trauma-informed Gloucestershire", "Training and reflective supervision", "County-wide"]],
                 [45 * mm, 85 * mm, 44 * mm]))
    s += [PageBreak(), Paragraph("Measuring success", h1)]
    s.append(tbl([["Local measure", "Baseline", "Target 2029"], ["Knife crime offences", "310", "-20%"],
                  ["Young people reached by navigators", "150", "400"], ["Practitioners trained", "600", "3,000"]],
                 [90 * mm, 40 * mm, 40 * mm]))
    s.append(Paragraph("Baselines are illustrative. The partnership reports to Safer Gloucestershire and to the "
                       "Police and Crime Commissioner. Contact: svd@gloucestershire.example", body))
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Gloucestershire Serious Violence Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "def": "The Duty and who it covers Our",
               "ev": "What the evidence says", "pri": "Layers of protection Our four",
               "int": "What we will fund Intervention", "gov": "Measuring success Local"}
    two_pass(run, out, needles)
    return out
