"""Nottinghamshire Combating Drugs Partnership Strategy 2023-2026 (2024 refresh): reportlab report
(Liberation Sans body and headings).

Four priorities, stated once, on p6 as the **title bars of a 2 x 2 performance dashboard** ("Our priorities
and how we are doing"): each tile has a coloured title bar holding the priority in white bold (one or two
lines), a large illustrative figure with a caption, a small line chart with year labels, and a status pill
("On track", "Improving", "Behind", "New").  No numbers.  The national *From harm to hope* priorities and
outcomes (p4), the principles (p5), the figures, captions, year labels and status pills, the short labels of
the delivery page (p7) and the partner list (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/nottinghamshire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Nottinghamshire Combating Drugs Partnership Strategy 2023–2026"

NAVY, INK, GREY = hexc("#14213D"), hexc("#1E1E1E"), hexc("#666666")
TILE = [hexc("#1D7874"), hexc("#C1440E"), hexc("#14213D"), hexc("#6C4E9B")]
REG, BOLD = fonts("liberation-sans")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=21, leading=25, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=hexc("#1D7874"), spaceBefore=8,
                    spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
tt = ParagraphStyle("tt", fontName=BOLD, fontSize=11.5, leading=14, textColor=colors.white)
big = ParagraphStyle("big", fontName=BOLD, fontSize=26, leading=28, textColor=NAVY)
capst = ParagraphStyle("capst", fontName=REG, fontSize=8, leading=10, textColor=GREY)

# (priority, figure, caption, series, status)
PRIORITIES = [
    ("Disrupting drug supply and dealing in our communities", "412", "drug supply disruptions in 2023/24",
     [260, 300, 350, 412], "On track"),
    ("Getting more people into treatment and recovery", "5,480", "adults in drug and alcohol treatment",
     [4900, 5010, 5230, 5480], "Improving"),
    ("Preventing drug-related deaths", "61", "drug-related deaths registered in 2023",
     [52, 58, 66, 61], "Behind"),
    ("Supporting families affected by drug and alcohol use", "340", "family members supported in 2023/24",
     [0, 120, 210, 340], "New"),
]
YEARS = ["20/21", "21/22", "22/23", "23/24"]


class Dashboard(Flowable):
    """Four tiles in a 2 x 2 grid: title bar, figure and caption, a small line chart, a status pill."""

    GAP = 7 * mm
    TH = 98 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 2 * self.TH + self.GAP

    def draw(self):
        c = self.canv
        tw = (self.aw - self.GAP) / 2
        for k, (name, fig, caption, series, status) in enumerate(PRIORITIES):
            col, row = k % 2, k // 2
            x = col * (tw + self.GAP)
            y = (1 - row) * (self.TH + self.GAP)
            c.setStrokeColor(hexc("#D5D9E0"))
            c.setFillColor(hexc("#F7F8FA"))
            c.setLineWidth(0.8)
            c.roundRect(x, y, tw, self.TH, 3 * mm, stroke=1, fill=1)
            title = Paragraph(name, tt)
            _, th = title.wrap(tw - 10 * mm, 40 * mm)
            bar = max(th + 8 * mm, 24 * mm)
            c.setFillColor(TILE[k])
            c.roundRect(x, y + self.TH - bar, tw, bar, 3 * mm, stroke=0, fill=1)
            c.rect(x, y + self.TH - bar, tw, 4 * mm, stroke=0, fill=1)
            title.drawOn(c, x + 5 * mm, y + self.TH - bar + (bar - th) / 2)
            fp = Paragraph(fig, big)
            _, fh = fp.wrap(tw - 10 * mm, 20 * mm)
            fp.drawOn(c, x + 5 * mm, y + self.TH - bar - 6 * mm - fh)
            cp = Paragraph(caption + " (illustrative)", capst)
            _, ch = cp.wrap(tw - 10 * mm, 20 * mm)
            cp.drawOn(c, x + 5 * mm, y + self.TH - bar - 8 * mm - fh - ch)
            # line chart
            gx, gy, gw, gh = x + 6 * mm, y + 17 * mm, tw - 12 * mm, 22 * mm
            c.setStrokeColor(hexc("#C5CAD3"))
            c.setLineWidth(0.5)
            c.line(gx, gy, gx + gw, gy)
            lo, hi = min(series), max(series)
            pts = [(gx + i * gw / (len(series) - 1), gy + 2 * mm + (v - lo) / ((hi - lo) or 1) * (gh - 4 * mm))
                   for i, v in enumerate(series)]
            c.setStrokeColor(TILE[k])
            c.setLineWidth(1.6)
            for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
                c.line(x1, y1, x2, y2)
            c.setFillColor(TILE[k])
            for px, py in pts:
                c.circle(px, py, 1.1 * mm, stroke=0, fill=1)
            c.setFillColor(GREY)
            c.setFont(REG, 6.5)
            for (px, _), yl in zip(pts, YEARS):
                c.drawCentredString(px, gy - 3.5 * mm, yl)
            # status pill
            sw = c.stringWidth(status, BOLD, 7.5) + 8 * mm
            c.setFillColor(colors.white)
            c.setStrokeColor(TILE[k])
            c.roundRect(x + tw - sw - 5 * mm, y + 5 * mm, sw, 6 * mm, 3 * mm, stroke=1, fill=1)
            c.setFillColor(TILE[k])
            c.setFont(BOLD, 7.5)
            c.drawCentredString(x + tw - sw / 2 - 5 * mm, y + 7 * mm, status)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, H - 12 * mm, "Nottinghamshire Combating Drugs Partnership")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Strategy 2023–2026 · 2024 refresh")
    c.setStrokeColor(hexc("#1D7874"))
    c.setLineWidth(0.8)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 8)
    c.drawCentredString(W / 2, 10 * mm, f"– {p} –")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for k, col in enumerate(TILE):
        c.setFillColor(col)
        c.roundRect(20 * mm + (k % 2) * 42 * mm, 40 * mm + (k // 2) * 42 * mm, 38 * mm, 38 * mm, 3 * mm,
                    stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 25 * mm, "NOTTINGHAMSHIRE COMBATING DRUGS PARTNERSHIP")
    c.setFont(BOLD, 30)
    c.drawString(20 * mm, H - 80 * mm, "Combating Drugs")
    c.drawString(20 * mm, H - 93 * mm, "Partnership Strategy")
    c.setFont(REG, 16)
    c.drawString(20 * mm, H - 107 * mm, "2023–2026  ·  2024 refresh")
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("The national strategy", "nat"), ("How we work", "how"),
                      ("Our priorities and how we are doing", "pri"), ("What we will do next", "del"),
                      ("Governance and partners", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, NAVY, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "The Nottinghamshire Combating Drugs Partnership brings together the organisations that tackle drug supply "
        "and drug harm across Nottingham and Nottinghamshire. Our strategy for 2023 to 2026 responds to the "
        "national drugs strategy, and this refresh reports on our first year.",
        "Drug-related deaths in the area are still above the national average, and too few people who need "
        "treatment are in it. But more people are now in treatment than at any time in the last decade "
        "(illustrative), and police disruption of supply has risen every year.",
        "We have kept our priorities, and added a dashboard so that anyone can see how we are doing.",
        "<b>Senior Responsible Owner, Nottinghamshire Combating Drugs Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The national strategy", h1),
          Paragraph("<i>From harm to hope</i> (2021), the national ten-year drugs plan, has three strategic "
                    "priorities:", body)]
    s += bullets(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                  "Achieve a generational shift in the demand for drugs"], bl)
    s += [Paragraph("It asks each local partnership to track shared outcomes:", body)]
    s += bullets(["reducing drug use", "reducing drug-related crime", "reducing drug-related deaths and harm",
                  "increasing engagement in treatment", "improving recovery outcomes"], bl)
    s += [Paragraph("The local picture", h2),
          Paragraph("Nottingham has some of the highest rates of opiate and crack cocaine use in the East Midlands, "
                    "and Mansfield and Ashfield some of the highest rates of drug-related deaths in the county "
                    "(illustrative).", body)]
    s += [PageBreak(), Paragraph("How we work", h1), Paragraph("Our principles", h2)]
    s += bullets(["<b>Recovery is possible</b> for everyone, and we plan for it.",
                  "<b>Whole family</b>: drug use harms the people around the user too.",
                  "<b>No wrong door</b>: every service is a way into treatment.",
                  "<b>Evidence and lived experience</b> together shape what we commission."], bl)
    s += [Paragraph("Who is involved", h2),
          Paragraph("Nottingham City Council and Nottinghamshire County Council (public health), Nottinghamshire "
                    "Police, the Office of the Police and Crime Commissioner, the Probation Service, HM Prison "
                    "Nottingham and HMP Ranby, the Integrated Care Board, treatment providers, Jobcentre Plus and "
                    "people with lived experience of recovery.", body)]
    s += [PageBreak(), Paragraph("Our priorities and how we are doing", h1),
          Paragraph("We have four priorities for 2023–2026. Each tile shows one headline measure and our own "
                    "assessment of progress in the first year.", body), Spacer(1, 4), Dashboard(),
          Spacer(1, 3), Paragraph("All figures on this page are illustrative and are not official statistics.", small)]
    s += [PageBreak(), Paragraph("What we will do next", h1),
          Paragraph("The delivery groups use short names. Their actions for 2024/25:", body)]
    for t, acts in [("Supply", ["Closure orders on cuckooed properties.", "Targeting dealers who exploit children."]),
                    ("Treatment", ["Outreach to people not in treatment.", "Drug testing on arrest in every custody "
                                   "suite, with referral to treatment."]),
                    ("Deaths", ["Naloxone for every person leaving prison.", "A drug-related death review panel."]),
                    ("Families", ["A family support service in every district.", "Support for children of parents "
                                  "in treatment."])]:
        s += [Paragraph(t, h2)] + bullets(acts, bl)
    s += [PageBreak(), Paragraph("Governance and partners", h1),
          Paragraph("The partnership board meets quarterly, chaired by the Senior Responsible Owner, and reports to "
                    "the national Joint Combating Drugs Unit and the Health and Wellbeing Boards.", body)]
    t = Table([["Group", "Chair"], ["Supply reduction group", "Nottinghamshire Police"],
               ["Treatment and recovery group", "Public health"], ["Drug-related deaths panel", "Public health"],
               ["Families group", "Voluntary sector"]], colWidths=[80 * mm, 60 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#D5D9E0"))]))
    t.hAlign = "LEFT"
    s += [t, Spacer(1, 8), Paragraph("Contact: cdp@nottinghamshire.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc = make_doc(out, A4, [
            PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm, id="s", **pad)],
                         onPage=header)], TITLE, "Nottinghamshire Combating Drugs Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword The Nottinghamshire Combating", "nat": "The national strategy From harm",
               "how": "How we work Our principles", "pri": "Our priorities and how we are doing We have",
               "del": "What we will do next The", "gov": "Governance and partners The"}
    two_pass(run, out, needles)
    return out
