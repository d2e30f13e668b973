"""Dorset Serious Violence Prevention Partnership Strategy 2024-2029: reportlab report (Liberation Sans,
DejaVu Sans Condensed headings).

Four priorities, stated once, on p6 as **plaques under four drawn lifebuoys** ("Four lifelines"): a wooden
rail across the page with four orange-and-white ring buoys on ropes, two a row (2 x 2), the lower ones hanging from the upper ones, each
with a cream plaque beside it holding the priority in bold (two or three lines) and one sentence in grey.
No numbers.  The definition and specified authorities (p4), the Home Office success measures (p4), the key
findings and the "5 Cs" of the public health approach (p5), the intervention names (p7) and the local measures
(p8) are distractors.
"""
import math

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/dorset_serious_violence_prevention_strategy_2024-29.pdf"
TITLE = "Dorset Serious Violence Prevention Strategy 2024–2029"
ORANGE, NAVY, CREAM, INK, GREY = hexc("#E4572E"), hexc("#17324D"), hexc("#FFF4DC"), hexc("#222222"), hexc("#606770")
REG, BOLD = fonts("liberation-sans")
CREG, CBOLD = fonts("dejavu-cond")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=CBOLD, fontSize=21, leading=25, textColor=NAVY, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=CBOLD, fontSize=11, leading=14, textColor=ORANGE, spaceBefore=7, spaceAfter=3)
pl = ParagraphStyle("pl", fontName=BOLD, fontSize=11.2, leading=14, textColor=NAVY)
pls = ParagraphStyle("pls", fontName=REG, fontSize=8.2, leading=10.6, textColor=GREY, spaceBefore=3)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=GREY)
cell = ParagraphStyle("cell", parent=body, fontSize=8.6, leading=11, spaceAfter=0)

PRIORITIES = [
    ("Reducing serious violence and knife crime",
     "Fewer people hurt or killed with knives and other weapons, anywhere in Dorset."),
    ("Reaching young people at the moment of crisis, in hospital and in custody",
     "Youth workers ready in the emergency departments and custody suites when a young person is hurt or arrested."),
    ("Protecting young people from exploitation by county lines gangs",
     "Finding young people who are being groomed sooner, and disrupting the gangs that exploit them."),
    ("Helping victims of violence to recover",
     "Support that starts in hospital and lasts as long as a victim and their family need it."),
]


class Lifelines(Flowable):
    """A rail with four ring buoys on ropes, two a row, each with a plaque holding a priority."""

    def __init__(self, width):
        super().__init__()
        self.w, self.h = width, 150 * mm

    def wrap(self, aw, ah):
        return self.w, self.h

    def buoy(self, c, x, y, r):
        c.setLineWidth(r * 0.55)
        segs = 8
        for k in range(segs):
            c.setStrokeColor(ORANGE if k % 2 == 0 else colors.white)
            p = c.beginPath()
            p.arc(x - r, y - r, x + r, y + r, startAng=k * 360 / segs, extent=360 / segs)
            c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(hexc("#C9B38A"))
        c.setLineWidth(1.2)
        c.circle(x, y, r * 1.3, stroke=1, fill=0)

    def draw(self):
        c = self.canv
        c.setFillColor(hexc("#EAF3F7"))
        c.roundRect(0, 0, self.w, self.h, 8, stroke=0, fill=1)
        c.setFillColor(hexc("#8A5A32"))
        c.rect(6 * mm, self.h - 12 * mm, self.w - 12 * mm, 4.5 * mm, stroke=0, fill=1)
        colw = self.w / 2
        r = 9 * mm
        for i, (name, sent) in enumerate(PRIORITIES):
            row, col = divmod(i, 2)
            x0 = col * colw + 6 * mm
            cy = self.h - 40 * mm - row * 68 * mm
            # rope from the rail
            c.setStrokeColor(hexc("#B08D57"))
            c.setLineWidth(1.4)
            top = self.h - 12 * mm if row == 0 else self.h - 40 * mm - r * 1.3  # lower buoys hang from upper
            c.line(x0 + r + 3 * mm, top, x0 + r + 3 * mm, cy + r * 1.3)
            self.buoy(c, x0 + r + 3 * mm, cy, r)
            px, pw = x0 + 2 * r + 10 * mm, colw - 2 * r - 22 * mm
            p1, p2 = Paragraph(name, pl), Paragraph(sent, pls)
            _, h1_ = p1.wrap(pw - 8 * mm, 100 * mm)
            _, h2_ = p2.wrap(pw - 8 * mm, 100 * mm)
            ph = h1_ + h2_ + 12 * mm
            c.setFillColor(CREAM)
            c.setStrokeColor(hexc("#D8C18F"))
            c.roundRect(px, cy - ph / 2, pw, ph, 5, stroke=1, fill=1)
            p1.drawOn(c, px + 4 * mm, cy + ph / 2 - 5 * mm - h1_)
            p2.drawOn(c, px + 4 * mm, cy + ph / 2 - 5 * mm - h1_ - h2_ - 1 * mm)
        c.setFillColor(GREY)
        c.setFont(REG, 7.5)
        c.drawString(8 * mm, 4 * mm, "Four lifelines: the partnership's priorities for 2024–2029")


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, H - 6 * mm, "Dorset Serious Violence Prevention Partnership")
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawCentredString(W / 2, 10 * mm, f"{p}  ·  Serious Violence Prevention Strategy 2024–2029")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, 0, 14 * mm, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(26 * mm, H - 26 * mm, "DORSET SERIOUS VIOLENCE PREVENTION PARTNERSHIP")
    c.setFont(CBOLD, 32)
    c.drawString(26 * mm, H - 112 * mm, "Serious Violence")
    c.drawString(26 * mm, H - 126 * mm, "Prevention Strategy")
    c.setFont(CREG, 18)
    c.setFillColor(hexc("#F6B89F"))
    c.drawString(26 * mm, H - 142 * mm, "2024–2029")
    c.setFillColor(colors.white)
    c.setFont(REG, 9)
    c.drawString(26 * mm, 30 * mm, "Our response to the Serious Violence Duty in Bournemouth, Christchurch, Poole and "
                                   "Dorset")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def tbl(rows, widths):
    t = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=widths)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc("#DCE6EE")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#C4CFD8"))]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    fw = W - 40 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The Serious Violence Duty", "duty"), ("What we know", "know"),
                      ("Our priorities", "pri"), ("What we will do", "do"), ("Measuring success", "meas")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, NAVY, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in ["Serious violence is rare in Dorset, but every knife crime, every young person drawn into a county "
              "line and every life changed by violence is one too many. Behind the low numbers are families who "
              "will never be the same.",
              "The Serious Violence Duty asks us to work together to prevent violence, not only to respond to it. "
              "This strategy is the Dorset partnership's answer, built on our strategic needs assessment and on "
              "conversations with young people, parents, teachers and staff in our hospitals.",
              "We have chosen four priorities. They are deliberately few, so that everyone in the partnership knows "
              "where to put their effort.",
              "<b>Chair, Dorset Serious Violence Prevention Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The Serious Violence Duty", h1),
          Paragraph("The Duty came into force in January 2023. It requires specified authorities to work together "
                    "to prevent and reduce serious violence, to agree a local definition, to publish a strategic "
                    "needs assessment and to publish a strategy.", body),
          Paragraph("Our local definition", h2),
          Paragraph("Serious violence is violence that causes or risks serious injury or death: homicide, "
                    "violence with injury, knife and weapon offences, robbery, and violence linked to county lines "
                    "and exploitation, in public places.", body),
          Paragraph("Specified authorities in Dorset", h2)]
    s += bullets(["Dorset Police", "BCP Council and Dorset Council", "Dorset & Wiltshire Fire and Rescue Service",
                  "NHS Dorset (Integrated Care Board)", "The Probation Service",
                  "The Dorset Combined Youth Justice Service"], bl)
    s += [Paragraph("The national success measures", h2),
          Paragraph("The Home Office asks every area to reduce hospital admissions for assault with a sharp object, "
                    "knife and sharp object enabled serious violence, and homicide. These are national measures; our "
                    "own are on page 8.", body)]
    s += [PageBreak(), Paragraph("What we know", h1),
          Paragraph("Headlines from the strategic needs assessment 2023. All figures are illustrative.", body),
          tbl([["Indicator", "Dorset, 2022/23"], ["Knife and sharp object offences", "312"],
               ["Hospital admissions for assault with a sharp object", "38"],
               ["Share of suspects aged under 25", "47%"], ["Children referred for criminal exploitation", "164"],
               ["Violence with injury in the night-time economy", "1,020"]], [110 * mm, 50 * mm]),
          Paragraph("Key findings", h2)]
    s += bullets(["Violence is concentrated in central Bournemouth, Poole town centre and Weymouth.",
                  "Young people hurt by violence often attend hospital more than once before serious injury.",
                  "County lines from London and the Midlands exploit children from Dorset's towns.",
                  "Victims of violence said support stopped too soon."], bl)
    s += [Paragraph("Our approach: the public health model and the 5 Cs", h2),
          Paragraph("We follow the public health approach to violence and its \u201c5 Cs\u201d: collaboration, "
                    "co-production, cooperation in data and intelligence, counter-narrative, and community "
                    "consensus. These describe how we work; they are not our priorities.", body)]
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("The partnership's priorities for 2024 to 2029 are the four lifelines below. Each has a lead "
                    "partner and a set of interventions, described on the next page.", body), Spacer(1, 4),
          Lifelines(fw)]
    s += [PageBreak(), Paragraph("What we will do", h1),
          Paragraph("The interventions funded in 2024/25 are listed under their short names.", body),
          tbl([["Intervention", "What it is", "Lead"],
               ["Knife crime education", "Sessions in every secondary school and pupil referral unit", "Dorset Police"],
               ["Hospital navigators", "Youth workers in the emergency departments at Bournemouth and Dorchester",
                "NHS Dorset"],
               ["Custody navigators", "Youth workers in the custody suites at Weymouth and Poole", "Youth justice"],
               ["Exploitation hub", "A multi-agency team for children at risk of county lines", "BCP Council"],
               ["Violence recovery service", "Advocates for victims of violence and their families",
                "Victims' Bureau"]], [42 * mm, 88 * mm, 40 * mm])]
    s += [PageBreak(), Paragraph("Measuring success", h1),
          Paragraph("Alongside the national measures, the partnership will track these local measures. Baselines are "
                    "illustrative.", body),
          tbl([["Local measure", "Baseline", "Aim"], ["Knife and sharp object offences", "312", "Down"],
               ["Young people seen by a navigator", "140", "Up"],
               ["Children referred for exploitation seen within 5 days", "61%", "Up"],
               ["Victims supported for 12 weeks or more", "48%", "Up"]], [100 * mm, 30 * mm, 40 * mm]),
          Paragraph("Governance", h2),
          Paragraph("The partnership reports to the Dorset Criminal Justice Board and to the Police and Crime "
                    "Commissioner, who holds the Home Office grant. Contact: svpp@dorset-partnership.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Dorset Serious Violence Prevention Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "duty": "The Serious Violence Duty The Duty",
               "know": "What we know Headlines", "pri": "Our priorities The partnership's",
               "do": "What we will do The interventions", "meas": "Measuring success Alongside"}
    two_pass(run, out, needles)
    return out
