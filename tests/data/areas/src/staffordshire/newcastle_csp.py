"""Newcastle-under-Lyme Community Safety Partnership Plan 2024-2027: reportlab report (DejaVu Sans
Condensed body, Liberation Sans headings).

Five priorities, stated once, on p6 as the second tier of an **organisation chart** ("How we are organised
around our priorities"): the partnership board box at the top, a vertical trunk line down the left and a
branch to each priority box; each box holds the priority in bold and a grey "Delivery group: ... · Chair: ..."
line.  No numbers.  A side box names who the board reports to.  The previous plan's priorities (p5), the
principles (p5), the key findings (p4), the delivery group names in the action table (p7) and the measures
(p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/newcastle-under-lyme_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Newcastle-under-Lyme Community Safety Partnership Plan 2024–2027"

GREEN, LIME, INK, GREY = hexc("#0E5E4E"), hexc("#8DBF3F"), hexc("#222222"), hexc("#6A6A6A")
PALE = hexc("#EAF3E6")
REG, BOLD = fonts("dejavu-cond")
HREG, HBOLD = fonts("liberation-sans")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=HBOLD, fontSize=20, leading=24, textColor=GREEN, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=HBOLD, fontSize=11.5, leading=14, textColor=GREEN, spaceBefore=8, spaceAfter=4)
boxp = ParagraphStyle("boxp", fontName=BOLD, fontSize=11.2, leading=14, textColor=GREEN)
boxs = ParagraphStyle("boxs", fontName=REG, fontSize=8, leading=10, textColor=GREY)
top = ParagraphStyle("top", fontName=HBOLD, fontSize=10.5, leading=13, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)

PRIORITIES = [
    ("Reducing anti-social behaviour in Newcastle town centre and Kidsgrove", "Town centres", "Borough council",
     "Joint patrols, the town centre PSPO, youth outreach on Friday and Saturday evenings."),
    ("Tackling hate crime and supporting its victims", "Hate crime", "Staffordshire Police",
     "Third-party reporting centres, hate crime awareness week, support for repeat victims."),
    ("Reducing speeding and dangerous driving on rural roads", "Roads", "Fire and rescue service",
     "Community Speedwatch in twelve villages, speed indicator devices, joint operations."),
    ("Tackling serious violence, including knife crime", "Violence", "Staffordshire Police",
     "Knife surrender bins, weapons awareness in schools, the Serious Violence Duty action plan."),
    ("Preventing people being drawn into violent extremism", "Prevent", "Borough council",
     "Prevent awareness for staff and taxi drivers, referrals through Channel."),
]


class OrgChart(Flowable):
    """Board box at the top, a trunk down the left and a branch to each priority box."""

    def __init__(self, items, width):
        super().__init__()
        self.items, self.width = items, width

    def wrap(self, aw, ah):
        self.aw = aw
        self.top = Paragraph("Newcastle-under-Lyme Community Safety Partnership Board", top)
        self.topw = 92 * mm
        _, self.toph = self.top.wrap(self.topw - 10 * mm, ah)
        self.toph += 9 * mm
        self.side = [Paragraph("<b>Reports to</b>", boxs),
                     Paragraph("Borough council Health, Wellbeing and Partnerships scrutiny committee; the "
                               "Staffordshire Commissioner", boxs)]
        self.sides = [p.wrap(60 * mm, ah) for p in self.side]
        self.boxes = []
        bw = aw - 24 * mm
        for name, grp, chair, _ in self.items:
            ps = [Paragraph(name, boxp), Paragraph(f"Delivery group: {grp} \u00b7 Chair: {chair}", boxs)]
            sz = [p.wrap(bw - 10 * mm, ah) for p in ps]
            self.boxes.append((ps, sz, sum(h for _, h in sz) + 10 * mm))
        self.h = self.toph + 12 * mm + sum(b[2] + 6 * mm for b in self.boxes)
        return aw, self.h

    def draw(self):
        c = self.canv
        y = self.h - self.toph
        c.setFillColor(GREEN)
        c.roundRect(0, y, self.topw, self.toph, 3 * mm, stroke=0, fill=1)
        self.top.drawOn(c, 5 * mm, y + 4.5 * mm)
        # side note
        sx = self.aw - 64 * mm
        yy = self.h - 2 * mm
        for p, (_, hh) in zip(self.side, self.sides):
            yy -= hh
            p.drawOn(c, sx, yy)
        c.setStrokeColor(LIME)
        c.setLineWidth(2.2)
        trunk_x = 10 * mm
        yb = y - 12 * mm
        last_mid = yb
        for ps, sz, bh in self.boxes:
            by = yb - bh
            mid = by + bh / 2
            c.line(trunk_x, mid, 24 * mm, mid)
            c.setFillColor(PALE)
            c.setStrokeColor(GREEN)
            c.setLineWidth(1)
            c.roundRect(24 * mm, by, self.aw - 24 * mm, bh, 2 * mm, stroke=1, fill=1)
            c.setStrokeColor(LIME)
            c.setLineWidth(2.2)
            ty = by + bh - 5 * mm
            for p, (_, hh) in zip(ps, sz):
                ty -= hh
                p.drawOn(c, 29 * mm, ty)
                ty -= 1
            last_mid = mid
            yb = by - 6 * mm
        c.line(trunk_x, y, trunk_x, last_mid)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, 7 * mm, H, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(HREG, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "Newcastle-under-Lyme Community Safety Partnership Plan 2024\u20132027")
    c.setFillColor(GREEN)
    c.setFont(HBOLD, 8.5)
    c.drawRightString(W - 18 * mm, 11 * mm, f"{p} / 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(LIME)
    c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(2)
    c.line(30 * mm, H - 60 * mm, 30 * mm, H - 120 * mm)
    for k in range(3):
        c.line(30 * mm, H - (75 + k * 18) * mm, 50 * mm, H - (75 + k * 18) * mm)
        c.rect(50 * mm, H - (80 + k * 18) * mm, 40 * mm, 10 * mm, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont(HBOLD, 10)
    c.drawString(18 * mm, H - 22 * mm, "NEWCASTLE-UNDER-LYME COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(HBOLD, 30)
    c.drawString(18 * mm, 130 * mm, "Community Safety")
    c.drawString(18 * mm, 117 * mm, "Partnership Plan")
    c.setFont(HREG, 16)
    c.drawString(18 * mm, 100 * mm, "2024\u20132027")
    c.setFillColor(GREEN)
    c.setFont(HREG, 10)
    c.drawString(18 * mm, 30 * mm, "Newcastle-under-Lyme Borough Council and partners")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def tbl(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, LIME)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The borough in numbers", "ctx"), ("Looking back", "back"),
                      ("How we are organised around our priorities", "pri"), ("Action plan 2024/25", "act"),
                      ("Measuring progress", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Newcastle-under-Lyme is a borough of market towns, villages and a university, on the edge of the Potteries. "
        "It is a safe place to live, but residents have told us clearly what worries them.",
        "The Community Safety Partnership brings together Newcastle-under-Lyme Borough Council, Staffordshire Police, "
        "Staffordshire Fire and Rescue Service, Staffordshire County Council, the Probation Service, the Integrated "
        "Care Board, Aspire Housing and Keele University.",
        "This plan sets out the five priorities the partnership will work on together from 2024 to 2027, and how we "
        "have organised ourselves to deliver them.",
        "<b>Chair, Newcastle-under-Lyme Community Safety Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The borough in numbers", h1),
          Paragraph("The figures on this page are illustrative and are not official statistics.", small),
          Tiles([("129,000", "residents"), ("9,800", "crimes recorded in 2023/24"),
                 ("2,600", "anti-social behaviour incidents"), ("84", "hate crimes reported"),
                 ("37", "people killed or seriously injured on the borough's roads"), ("52", "knife crime offences")],
                3, W - 36 * mm, num, cap, [GREEN, hexc("#3D7F5C"), hexc("#5E9F3A")]),
          Paragraph("Key findings of the strategic assessment", h2)]
    s += bullets(["ASB is concentrated in Newcastle town centre and Kidsgrove, mostly on weekend evenings.",
                  "Hate crime is under-reported, especially by disabled residents and students.",
                  "Speeding is the most common complaint at rural parish council meetings.",
                  "Knife crime is low but rising among under-25s."], bl)
    s += [PageBreak(), Paragraph("Looking back", h1),
          Paragraph("Our 2021\u20132024 plan had three priorities: Safer town centres; Vulnerable people; and Safer "
                    "roads. Safer roads work continues in this plan with a sharper rural focus.", body),
          Paragraph("Our principles", h2)]
    s += bullets(["<b>Listen first</b>: residents shape what we do.", "<b>Share</b>: data, places and budgets.",
                  "<b>Problem-solve</b>: use the SARA model on every hotspot.",
                  "<b>Support victims</b>: every partner knows where to refer."], bl)
    s += [Paragraph("The Police and Crime Plan", h2),
          Paragraph("The Staffordshire Commissioner's plan sets the wider framework for our work, and the "
                    "Commissioner's community safety fund pays for much of this plan.", body),
          PageBreak(), Paragraph("How we are organised around our priorities", h1),
          Paragraph("Each of our five priorities has its own delivery group, which reports to the board.", body),
          Spacer(1, 6), OrgChart(PRIORITIES, W - 36 * mm)]
    s += [PageBreak(), Paragraph("Action plan 2024/25", h1),
          Paragraph("The delivery groups' main actions for the first year:", body)]
    rows = [["Delivery group", "Main actions", "By"]]
    for name, grp, chair, act in PRIORITIES:
        rows.append([grp, Paragraph(act, body), "March 2025"])
    s.append(tbl(rows, [36 * mm, 108 * mm, 30 * mm]))
    s += [PageBreak(), Paragraph("Measuring progress", h1)]
    s.append(tbl([["Measure", "Baseline", "Direction"], ["ASB incidents", "2,600", "Down"],
                  ["Hate crimes reported", "84", "Up (more reporting)"], ["Killed or seriously injured", "37", "Down"],
                  ["Knife crime offences", "52", "Down"], ["Staff trained in Prevent", "140", "Up"]],
                 [90 * mm, 35 * mm, 49 * mm]))
    s += [Spacer(1, 6), Paragraph("The board meets quarterly. Baselines are illustrative. "
                                  "Contact: csp@newcastle-staffs.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Newcastle-under-Lyme Community Safety Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Newcastle-under-Lyme is a borough", "ctx": "The borough in numbers The figures",
               "back": "Looking back Our 2021", "pri": "How we are organised around our priorities Each",
               "act": "Action plan 2024/25 The delivery", "gov": "Measuring progress Measure"}
    two_pass(run, out, needles)
    return out
