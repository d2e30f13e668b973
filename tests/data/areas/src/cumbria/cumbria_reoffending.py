"""Cumbria Reducing Reoffending Strategy 2024-2027: reportlab report (DejaVu Sans Condensed, Liberation Serif
headings).

Four priorities, stated once, on p6 as the **bricks of a wall under construction** ("Building blocks for
desistance"): a bottom course of two bricks, a middle course offset by half a brick (one full brick between two
empty half bricks) and a top course with a single brick on the left, each full brick holding one priority in
white bold type centred and wrapping over two or three lines.  The wall stands on a grey **foundation slab** that
names the partnership's foundations ("Lived experience · Shared data · A skilled workforce"), which are not
priorities.  No numbers; pdftotext reads the bricks top course first.

Distractors: the previous strategy's themes and the context figures (p4), the seven resettlement pathways and the
principles (p5), the foundation slab (p6), the task group names (p7) and the measures (p8).
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/cumbria_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Cumbria Reducing Reoffending Strategy 2024–2027"

BRICK, BRICK2, INK, GREY = hexc("#9C3D26"), hexc("#B5532F"), hexc("#232323"), hexc("#6D6D6D")
SLATE, PALE = hexc("#4A5560"), hexc("#EFEAE6")
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.5, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=BRICK, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=12.5, leading=15, textColor=SLATE, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=9.8, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.3, leading=10.4, textColor=colors.white)
brick = ParagraphStyle("brick", fontName=BOLD, fontSize=12, leading=14.6, textColor=colors.white, alignment=TA_CENTER)
found = ParagraphStyle("found", fontName=BOLD, fontSize=9.5, leading=12, textColor=colors.white, alignment=TA_CENTER)

PRIORITIES = [
    ("Finding settled homes for people leaving prison", "Homes",
     "A housing officer in HMP Haverigg, a duty-to-refer protocol with both councils, and move-on flats in "
     "Carlisle and Barrow."),
    ("Helping people into education, training and work", "Work",
     "Employment hubs with Jobcentre Plus, employers who offer jobs to people with convictions, and education that "
     "continues after release."),
    ("Managing the most prolific offenders through integrated offender management", "IOM",
     "One integrated offender management team for the county, with police, probation and treatment workers "
     "together."),
    ("Changing the behaviour of domestic abuse perpetrators", "Perpetrators",
     "Accredited programmes on licence and in the community, and closer working with the domestic abuse "
     "partnership."),
]


class Wall(Flowable):
    """A wall under construction: two full courses in stretcher bond and a top course with one brick, on a
    foundation slab.  Bricks are filled in reading order: the top brick, the middle course's full brick, then the
    bottom course left to right."""

    def __init__(self, items, width, course_h=33 * mm):
        super().__init__()
        self.items, self.width, self.ch = items, width, course_h

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 3 * self.ch + 24 * mm

    def draw(self):
        c = self.canv
        gap = 3 * mm
        L = (self.aw - gap) / 2
        slab_h = 18 * mm
        c.setFillColor(SLATE)
        c.rect(0, 0, self.aw, slab_h, stroke=0, fill=1)
        p = Paragraph("OUR FOUNDATIONS: Lived experience · Shared data · A skilled workforce", found)
        pw, ph = p.wrap(self.aw - 20 * mm, slab_h)
        p.drawOn(c, (self.aw - pw) / 2, (slab_h - ph) / 2)
        y0 = slab_h + gap
        y1 = y0 + self.ch
        y2 = y1 + self.ch
        bh = self.ch - gap
        # the middle course's half bricks carry no text
        c.setFillColor(PALE)
        c.rect(0, y1, L / 2 - gap / 2, bh, stroke=0, fill=1)
        c.rect(1.5 * L + 1.5 * gap, y1, self.aw - 1.5 * L - 1.5 * gap, bh, stroke=0, fill=1)
        slots = [(0, y2, L), (L / 2 + gap / 2, y1, L), (0, y0, L), (L + gap, y0, L)]
        for (name, _, _), (x, y, w), fill in zip(self.items, slots, [BRICK2, BRICK, BRICK, BRICK2]):
            c.setFillColor(fill)
            c.rect(x, y, w, bh, stroke=0, fill=1)
            para = Paragraph(name, brick)
            pw, ph = para.wrap(w - 18 * mm, bh)
            para.drawOn(c, x + (w - pw) / 2, y + (bh - ph) / 2)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "Cumbria Reducing Reoffending Board")
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Reducing Reoffending Strategy 2024–2027")
    c.setFillColor(BRICK)
    c.rect(W - 28 * mm, 8 * mm, 10 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(W - 23 * mm, 9.8 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PALE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    bw, bh = 40 * mm, 14 * mm
    for row in range(6):
        off = 0 if row % 2 == 0 else -bw / 2
        for k in range(7):
            c.setFillColor(BRICK if (row + k) % 3 else BRICK2)
            c.rect(off + k * (bw + 2 * mm), row * (bh + 2 * mm), bw, bh, stroke=0, fill=1)
    c.setFillColor(BRICK)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "CUMBRIA REDUCING REOFFENDING BOARD")
    c.setFillColor(INK)
    c.setFont(SBOLD, 32)
    c.drawString(18 * mm, H - 88 * mm, "Reducing Reoffending")
    c.drawString(18 * mm, H - 102 * mm, "Strategy 2024–2027")
    c.setFont(REG, 10.5)
    c.drawString(18 * mm, H - 116 * mm, "Fewer victims, safer communities, lives rebuilt")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def table(rows, widths, head):
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), head), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Reoffending in Cumbria", "ctx"), ("How we approach it", "how"),
                      ("Building blocks for desistance", "pri"), ("Task groups and delivery", "del"),
                      ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Most crime in Cumbria is committed by people who have offended before. Every time we help someone stop "
        "offending, we prevent future victims and give a family a parent, a son or a daughter back.",
        "The Cumbria Reducing Reoffending Board brings together the Probation Service, Cumbria Constabulary, HMP "
        "Haverigg, both councils, the Commissioner, health and treatment services, Jobcentre Plus and the "
        "voluntary sector. This is our first strategy since the Probation Service was reunified.",
        "Desistance is built, not imposed. This strategy sets out the four building blocks we will put in place "
        "together.",
        "<b>Chair, Cumbria Reducing Reoffending Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Reoffending in Cumbria", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4),
          Tiles([("24%", "proven reoffending rate for adults"), ("1,900", "people on probation in Cumbria"),
                 ("38%", "of prison leavers without settled accommodation on release"),
                 ("17%", "in work six weeks after release"), ("95", "people in the IOM cohort"),
                 ("420", "domestic abuse perpetrators on probation")], 3, W - 36 * mm, num, cap,
                [BRICK, SLATE, BRICK2]),
          Paragraph("Our previous strategy", h2),
          Paragraph("The 2021–2023 strategy had three themes: Accommodation; Substance misuse; and Women in the "
                    "justice system. Women's services are now led by the North West women's justice "
                    "partnership, and substance misuse by the Cumbria Combating Drugs Partnership.", body)]
    s += [PageBreak(), Paragraph("How we approach it", h1), Paragraph("The resettlement pathways", h2),
          Paragraph("Our work follows the seven pathways to reducing reoffending that guide resettlement in "
                    "England and Wales:", body)]
    s += bullets(["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                  "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"], bl)
    s += [Paragraph("Our principles", h2)]
    s += bullets(["<b>Desistance-focused</b>: we build on people's strengths.",
                  "<b>Lived experience</b>: people who have been through the system help design it.",
                  "<b>Protecting the public</b>: risk is managed, always.",
                  "<b>Rural reach</b>: services follow people home, wherever that is."], bl)
    s += [PageBreak(), Paragraph("Building blocks for desistance", h1),
          Paragraph("Our four priorities for 2024 to 2027 are the building blocks of the wall below. They stand on "
                    "the foundations that make all of our work possible.", body), Spacer(1, 10),
          Wall(PRIORITIES, W - 36 * mm)]
    s += [PageBreak(), Paragraph("Task groups and delivery", h1),
          Paragraph("A task group leads each building block. Their main actions for 2024/25:", body)]
    rows = [["Task group", "Main actions 2024/25", "Lead"]]
    for (name, short, act), lead in zip(PRIORITIES, ["Councils' housing", "Probation and DWP", "Police and probation",
                                                     "Probation"]):
        rows.append([short, Paragraph(act, body), lead])
    s.append(table(rows, [30 * mm, 106 * mm, 38 * mm], SLATE))
    s += [PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The board meets quarterly and reports to the Cumbria Criminal Justice Board and the Police, "
                    "Fire and Crime Commissioner.", body)]
    s.append(table([["Measure", "Baseline", "Ambition 2027"],
                    ["Prison leavers in settled accommodation on release", "62%", "80%"],
                    ["In work six weeks after release", "17%", "30%"], ["IOM cohort reoffending", "–", "Down"],
                    ["Perpetrator programme completions", "110", "180"]], [100 * mm, 36 * mm, 38 * mm], BRICK))
    s += [Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: reoffending@cumbria.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Cumbria Reducing Reoffending Board")
        doc.build(story(pages))
    needles = {"fw": "Foreword Most crime in Cumbria", "ctx": "Reoffending in Cumbria The figures",
               "how": "How we approach it The resettlement", "pri": "Building blocks for desistance Our four",
               "del": "Task groups and delivery A task", "gov": "Governance and measures The board"}
    two_pass(run, out, needles)
    return out
