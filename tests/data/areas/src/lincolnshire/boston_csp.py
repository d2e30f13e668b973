"""Safer Boston Partnership Community Safety Strategy 2024-2027: reportlab report (DejaVu Sans Condensed body,
Liberation Serif headings).

Four priorities, stated once, on p6 as the **category labels of a horizontal bar chart** ("Our four
priorities, and how many residents put each in their top three"): each label is the priority in bold,
right-aligned and wrapping over two or three lines to the left of the axis, with a bar and an illustrative
percentage to its right.  A second bar chart on p4 ("What residents worry about most") labels eight issues;
it is a survey finding, not a list of priorities.  The previous strategy's priorities (p5), the survey
issues (p4), the short theme labels of the delivery table (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/safer_boston_community_safety_strategy_2024-27.pdf"
TITLE = "Safer Boston Partnership Community Safety Strategy 2024–2027"

BLUE, ORANGE, INK, GREY = hexc("#1C4E80"), hexc("#E8833A"), hexc("#222222"), hexc("#666666")
PALE = hexc("#E6EEF6")
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=BLUE, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=11, leading=13.5, textColor=BLUE, alignment=TA_RIGHT)
lab2 = ParagraphStyle("lab2", fontName=REG, fontSize=9, leading=11, textColor=INK, alignment=TA_RIGHT)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)

PRIORITIES = [
    ("Reducing anti-social behaviour and street drinking in the town centre", 71,
     "Town centre", "Nuisance, street drinking and intimidation around the Market Place, Central Park and the "
     "bus station."),
    ("Tackling modern slavery and labour exploitation", 38, "Exploitation",
     "Workers exploited in fields, packhouses, houses in multiple occupation and hand car washes."),
    ("Building community cohesion and tackling hate crime", 44, "Cohesion",
     "A town where people of every background get on, and where hate crime is reported and dealt with."),
    ("Reducing the harm caused by drugs and alcohol", 52, "Substances",
     "More people in treatment, fewer alcohol-related admissions and no open drug dealing in the town."),
]

WORRIES = [("Speeding and dangerous driving", 58), ("Street drinking", 55), ("Litter and fly-tipping", 49),
           ("Drug dealing and drug use", 47), ("Noisy or rowdy behaviour", 41), ("Burglary", 29),
           ("Groups of young people", 24), ("Hate crime", 12)]


class BarChart(Flowable):
    """Horizontal bars; the category labels (Paragraphs) sit right-aligned to the left of the axis."""

    def __init__(self, items, width, style, bar_h, colour, label_w=70 * mm, gap=6 * mm, axis=True):
        super().__init__()
        self.items, self.width, self.style, self.bar_h = items, width, style, bar_h
        self.colour, self.label_w, self.gap, self.axis = colour, label_w, gap, axis

    def wrap(self, aw, ah):
        self.rows = []
        for name, pct in self.items:
            p = Paragraph(name, self.style)
            _, h = p.wrap(self.label_w, ah)
            self.rows.append((p, h, pct, max(h, self.bar_h) + self.gap))
        self.h = sum(r[3] for r in self.rows) + 10 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        x0 = self.label_w + 5 * mm
        scale = (self.width - x0 - 18 * mm) / 100
        y = self.h - 2 * mm
        for p, h, pct, rh in self.rows:
            mid = y - rh / 2
            p.drawOn(c, 0, mid - h / 2)
            c.setFillColor(self.colour)
            c.rect(x0, mid - self.bar_h / 2, pct * scale, self.bar_h, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont(BOLD, 9.5)
            c.drawString(x0 + pct * scale + 2 * mm, mid - 3, f"{pct}%")
            y -= rh
        c.setStrokeColor(GREY)
        c.setLineWidth(0.8)
        c.line(x0, 6 * mm, x0, self.h - 1 * mm)
        if self.axis:
            c.line(x0, 6 * mm, x0 + 100 * scale, 6 * mm)
            c.setFont(REG, 7)
            c.setFillColor(GREY)
            for t in (0, 25, 50, 75, 100):
                c.drawCentredString(x0 + t * scale, 2 * mm, f"{t}%")


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(ORANGE)
    c.rect(18 * mm, H - 15 * mm, 12 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawString(33 * mm, H - 14.6 * mm, "Safer Boston Partnership · Community Safety Strategy 2024–2027")
    c.setFillColor(BLUE)
    c.setFont(BOLD, 9)
    c.drawRightString(W - 18 * mm, 11 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # the town's church tower, drawn as a simple silhouette
    c.setFillColor(hexc("#2E6AA6"))
    c.rect(W - 62 * mm, 0, 26 * mm, 150 * mm, stroke=0, fill=1)
    c.rect(W - 58 * mm, 150 * mm, 18 * mm, 30 * mm, stroke=0, fill=1)
    c.rect(W - 55 * mm, 180 * mm, 12 * mm, 22 * mm, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, 42 * mm, W, 2.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "SAFER BOSTON PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(18 * mm, H - 115 * mm, "Community Safety")
    c.drawString(18 * mm, H - 128 * mm, "Strategy")
    c.setFont(REG, 18)
    c.drawString(18 * mm, H - 142 * mm, "2024 – 2027")
    c.setFont(REG, 9)
    c.drawString(18 * mm, 30 * mm, "Boston Borough Council · Lincolnshire Police · Lincolnshire County Council")
    c.drawString(18 * mm, 24 * mm, "Lincolnshire Fire and Rescue · Probation Service · NHS Lincolnshire ICB")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 44 * mm, id="s", **pad)],
                         onPage=header)]


def grid(rows, widths, fill=BLUE):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("BACKGROUND", (0, 0), (-1, 0), fill), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    FW = W - 36 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Boston today", "ctx"), ("Where we have come from", "old"),
                      ("Our priorities", "pri"), ("What we will do", "del"), ("Keeping track", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Boston is a market town and port on the Haven, at the heart of one of the most productive farming areas in "
        "the country. Its growers and food factories depend on workers who have come from across Europe and "
        "beyond, and the town has changed quickly over twenty years.",
        "The Safer Boston Partnership brings together Boston Borough Council, Lincolnshire Police, Lincolnshire "
        "County Council, the fire service, probation, the NHS and community groups. It works within the Safer "
        "Lincolnshire Partnership and focuses on what matters most in the borough.",
        "We asked residents which issues mattered most to them, and we have shown their answers beside our "
        "priorities so that everyone can see why we chose them.",
        f'<font name="{BOLD}">Chair, Safer Boston Partnership</font>']:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Boston today", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body),
          grid([["Indicator", "2023/24"], ["Residents", "70,500"], ["Recorded crimes", "7,600"],
                ["ASB incidents", "2,450"], ["Modern slavery referrals from the borough", "64"],
                ["Hate crimes recorded", "118"], ["Alcohol-related hospital admissions", "610"]],
               [110 * mm, 40 * mm]),
          Paragraph("What residents worry about most", h2),
          Paragraph("Share of 900 survey respondents (illustrative) who said each issue was a problem in their area. "
                    "This is what people told us, not a list of our priorities.", body),
          BarChart(WORRIES, FW, lab2, 4.2 * mm, hexc("#9DB6CF"), label_w=55 * mm, gap=2.6 * mm)]
    s += [PageBreak(), Paragraph("Where we have come from", h1),
          Paragraph("Our 2021–2024 strategy had three priorities: Town centre safety; Vulnerable people; and "
                    "Community confidence. It brought in the town centre public spaces protection order and the "
                    "community cohesion forum.", body),
          Paragraph("How we chose our new priorities", h2)]
    s += bullets(["Harm: how much damage an issue does to victims and the community.",
                  "Volume and trend: how often it happens, and whether it is rising.",
                  "Concern: what residents told us in the survey.",
                  "Added value: whether working together makes a difference no single agency could."], bl)
    s.append(Paragraph("Speeding was residents' biggest single worry. It is led by the Lincolnshire Road Safety "
                       "Partnership and the police, who run community speed watch in the borough; it is not a "
                       "priority of this strategy.", body))
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("The partnership has agreed four priorities for 2024 to 2027. The chart shows each priority "
                    "with the share of residents (illustrative) who put it among their top three concerns when we "
                    "asked them to choose from a shortlist.", body), Spacer(1, 4),
          Paragraph("Our four priorities, and how many residents put each in their top three", h2), Spacer(1, 4),
          BarChart([(n, p) for n, p, _, _ in PRIORITIES], FW, lab, 11 * mm, ORANGE, label_w=72 * mm, gap=9 * mm),
          Spacer(1, 6), Paragraph("What each priority covers", h2)]
    for _, _, short, txt in PRIORITIES:
        s.append(Paragraph(f'<font name="{BOLD}">{short}:</font> {txt}', body))
    s += [PageBreak(), Paragraph("What we will do", h1),
          Paragraph("The main actions for 2024/25, by theme.", body),
          grid([["Theme", "Key actions 2024/25", "Lead"],
                ["Town centre", Paragraph("Joint patrols; review of the public spaces protection order; outreach "
                                          "to street drinkers", body), "Borough council"],
                ["Exploitation", Paragraph("Joint visits to houses in multiple occupation; training for employers "
                                           "and landlords; survivor support", body), "Police"],
                ["Cohesion", Paragraph("Community cohesion forum; hate crime reporting centres; welcome events",
                                       body), "Borough council"],
                ["Substances", Paragraph("Outreach with the treatment service; alcohol liaison at Pilgrim "
                                         "Hospital", body), "Public health"]],
               [30 * mm, 100 * mm, 44 * mm], fill=ORANGE)]
    s += [PageBreak(), Paragraph("Keeping track", h1),
          Paragraph("The partnership meets quarterly and reports to the Safer Lincolnshire Partnership board and "
                    "the borough council's Overview and Scrutiny Committee.", body),
          grid([["Measure", "Baseline", "Direction"], ["ASB incidents in the town centre", "1,120", "Down"],
                ["Modern slavery referrals", "64", "Up (better recognition)"], ["Hate crimes reported", "118",
                                                                                "Up (more reporting)"],
                ["Alcohol-related admissions", "610", "Down"]], [100 * mm, 30 * mm, 44 * mm]),
          Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: saferboston@boston.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Safer Boston Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Boston is a market town", "ctx": "Boston today The figures",
               "old": "Where we have come from Our", "pri": "Our priorities The partnership has agreed",
               "del": "What we will do The main", "gov": "Keeping track The partnership"}
    two_pass(run, out, needles)
    return out
