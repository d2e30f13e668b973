"""Kent and Medway Reducing Reoffending Strategy 2024-2027 (Kent and Medway Reducing Reoffending Board): reportlab
report (DejaVu Sans).

Four priorities, stated once, on p6 as the **four quadrants of a 2 x 2 diagram** around a central disc that holds
the strategy's aim ("Fewer victims, safer communities"): each quadrant is a tinted box with the priority in bold
(wrapping over two or three lines) and a sentence; no numbers.  The hub text, the seven resettlement pathways and
the previous strategy's themes (p5), the key findings (p4), the short labels of the delivery pages (p7: "IOM",
"Homes", "Work", "Perpetrators") and the measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/kent_and_medway_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Kent and Medway Reducing Reoffending Strategy 2024–2027"

GREEN, AMBER, INK, GREY = hexc("#24553A"), hexc("#C98B1B"), hexc("#202020"), hexc("#626262")
TINTS = [hexc("#E3EEE7"), hexc("#F6EBD6"), hexc("#E6E9F3"), hexc("#F2E1E1")]
EDGES = [hexc("#24553A"), hexc("#C98B1B"), hexc("#3C4F8C"), hexc("#9A3B3B")]
REG, BOLD = fonts("dejavu")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=20, leading=24, textColor=GREEN, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=AMBER, spaceBefore=8, spaceAfter=4)
qh = ParagraphStyle("qh", fontName=BOLD, fontSize=12.5, leading=16, textColor=INK, spaceAfter=5)
qd = ParagraphStyle("qd", fontName=REG, fontSize=8.6, leading=12, textColor=GREY)
hub = ParagraphStyle("hub", fontName=BOLD, fontSize=10, leading=12.5, textColor=colors.white, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Managing the most prolific and harmful offenders together", "IOM",
     "Police, probation and partners jointly managing the people who commit the most crime.",
     ["Refresh the Integrated Offender Management cohort every quarter, using a shared scoring tool.",
      "Offer every person in the cohort a named officer and probation practitioner.",
      "Extend electronic monitoring for acquisitive offenders on release."]),
    ("Finding settled homes for people leaving prison and on probation", "Homes",
     "No one released from prison to the street, and fewer people on probation losing their home.",
     ["Start housing referrals twelve weeks before release.",
      "Fund move-on accommodation in every district with the district councils.",
      "Agree a protocol with landlords and housing providers."]),
    ("Helping people on probation into education, training and work", "Work",
     "A job is one of the strongest protections against reoffending.",
     ["Employment advisers in the three Kent prisons and every probation office.",
      "A pledge with local employers to interview people with convictions.",
      "Basic skills courses that continue after release."]),
    ("Changing the behaviour of domestic abuse perpetrators", "Perpetrators",
     "Accredited programmes and close management for those who cause domestic abuse.",
     ["Offer accredited behaviour change programmes to every eligible perpetrator on probation.",
      "Manage high-harm perpetrators jointly through MAPPA and MARAC.",
      "Support partners and ex-partners while the perpetrator is on a programme."]),
]


class Quadrants(Flowable):
    """Four tinted boxes in a 2 x 2 grid with a central disc."""

    def __init__(self, items, width, box_h=62 * mm, gap=10 * mm):
        super().__init__()
        self.items, self.width, self.box_h, self.gap = items, width, box_h, gap

    def wrap(self, aw, ah):
        self.bw = (self.width - self.gap) / 2
        return self.width, 2 * self.box_h + self.gap

    def draw(self):
        c = self.canv
        bw, bh, g = self.bw, self.box_h, self.gap
        pos = [(0, bh + g), (bw + g, bh + g), (0, 0), (bw + g, 0)]
        for k, ((name, _, desc, _), (x, y)) in enumerate(zip(self.items, pos)):
            c.setFillColor(TINTS[k])
            c.setStrokeColor(EDGES[k])
            c.setLineWidth(1.4)
            c.roundRect(x, y, bw, bh, 5 * mm, stroke=1, fill=1)
            # keep text clear of the central disc
            inset_l = 8 * mm if k % 2 == 0 else 18 * mm
            inset_r = 18 * mm if k % 2 == 0 else 8 * mm
            tw = bw - inset_l - inset_r
            p1, p2 = Paragraph(name, qh), Paragraph(desc, qd)
            _, h1_ = p1.wrap(tw, bh)
            _, h2_ = p2.wrap(tw, bh)
            top = y + bh - 9 * mm if k < 2 else y + bh - 14 * mm
            p1.drawOn(c, x + inset_l, top - h1_)
            p2.drawOn(c, x + inset_l, top - h1_ - 3 * mm - h2_)
        cx, cy, r = self.width / 2, bh + g / 2, 24 * mm
        c.setFillColor(colors.white)
        c.circle(cx, cy, r + 2.5 * mm, stroke=0, fill=1)
        c.setFillColor(GREEN)
        c.circle(cx, cy, r, stroke=0, fill=1)
        p = Paragraph("Fewer victims, safer communities", hub)
        _, ph_ = p.wrap(2 * r - 8 * mm, r * 2)
        p.drawOn(c, cx - r + 4 * mm, cy - ph_ / 2)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, 8 * mm, H, stroke=0, fill=1)
    c.setFont(REG, 7.4)
    c.setFillColor(GREY)
    c.drawString(22 * mm, H - 14 * mm, "Kent and Medway Reducing Reoffending Board")
    c.drawRightString(W - 20 * mm, H - 14 * mm, "Strategy 2024–2027")
    c.setFont(BOLD, 8.5)
    c.setFillColor(GREEN)
    c.drawRightString(W - 20 * mm, 12 * mm, f"{p} / 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(AMBER)
    c.circle(W - 40 * mm, 70 * mm, 60 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(22 * mm, H - 24 * mm, "KENT AND MEDWAY REDUCING REOFFENDING BOARD")
    c.setFont(BOLD, 30)
    c.drawString(22 * mm, H - 105 * mm, "Reducing Reoffending")
    c.drawString(22 * mm, H - 118 * mm, "Strategy")
    c.setFont(REG, 18)
    c.drawString(22 * mm, H - 134 * mm, "2024–2027")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(22 * mm, 22 * mm, W - 42 * mm, H - 44 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    FW = W - 42 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for t, k in [("Foreword", "fw"), ("Reoffending in Kent and Medway", "ctx"), ("What shapes this strategy", "nat"),
                 ("Our priorities", "pri"), ("What we will do", "do"), ("Governance and measures", "gov")]:
        s.append(ContentsLine(t, pages.get(k, 0), REG, 11, INK, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Most crime is committed by people who have offended before. Every time we help someone stop offending, we "
        "prevent future victims. That is why reducing reoffending matters to everyone in Kent and Medway, not only "
        "to the justice agencies.",
        "The Kent and Medway Reducing Reoffending Board brings together the Probation Service, Kent Police, the "
        "Police and Crime Commissioner, the prisons, Kent County Council, Medway Council, the district councils, the "
        "NHS, the Department for Work and Pensions and the voluntary sector. It reports to the Kent and Medway "
        "Criminal Justice Board.",
        "This strategy sets out four priorities for 2024 to 2027.",
        "<b>Chair, Kent and Medway Reducing Reoffending Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Reoffending in Kent and Medway", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body), Spacer(1, 4),
          Tiles([("26%", "proven reoffending rate for adults"), ("5,200", "people on probation"),
                 ("1 in 9", "prison leavers homeless on release"), ("17%", "of people on probation in work"),
                 ("340", "people in the IOM cohort"), ("3", "prisons in Kent")], 3, FW, num, cap, EDGES),
          Paragraph("Illustrative figures.", small), Paragraph("Key findings", h2)]
    s += bullets(["A small cohort commits a large share of burglary, robbery and vehicle crime.",
                  "People released without settled accommodation are far more likely to reoffend.",
                  "Few employers in Kent have a policy on recruiting people with convictions.",
                  "Domestic abuse perpetrators make up a growing share of the probation caseload."], bl)
    s += [PageBreak(), Paragraph("What shapes this strategy", h1), Paragraph("The seven resettlement pathways", h2),
          Paragraph("Nationally, the support people need to stop offending is described in seven pathways:", body)]
    s += bullets(["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                  "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"], bl)
    s += [Paragraph("Our last strategy", h2),
          Paragraph("The 2021–2024 strategy was organised around three themes: Accommodation; Health and substance "
                    "misuse; and Women in the justice system. Drug and alcohol treatment for people in the justice "
                    "system now sits with the Combating Drugs Partnership, and the women's work with the women's "
                    "centres' own plan.", body),
          Paragraph("Our principles", h2)]
    s += bullets(["Desistance-focused: we build on strengths.", "Whole-system: no agency can do this alone.",
                  "Evidence-led: we do what works."], bl)
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("The Board has agreed four priorities for 2024 to 2027, shown around the aim they all serve.",
                    body), Spacer(1, 10), Quadrants(PRIORITIES, FW), Spacer(1, 10),
          Paragraph("Each priority has a task group that reports to the Board. What each will do is set out on the next "
                    "page.", body)]
    s += [PageBreak(), Paragraph("What we will do", h1)]
    for name, lab, _, acts in PRIORITIES:
        s += [Paragraph(lab, h2)] + bullets(acts, bl)
    s += [PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The Board meets quarterly and reports to the Kent and Medway Criminal Justice Board. The Police "
                    "and Crime Commissioner funds much of the work.", body)]
    t = Table([["Measure", "Baseline", "Direction"], ["Proven reoffending (adults)", "26%", "Down"],
               ["Reoffending by the IOM cohort", "49%", "Down"], ["Homeless on release", "11%", "Down"],
               ["In work six weeks after release", "17%", "Up"],
               ["Perpetrators completing a programme", "220", "Up"]], colWidths=[80 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C8D8CE"))]))
    t.hAlign = "LEFT"
    s += [t, Spacer(1, 6), Paragraph("Baselines are illustrative.", small),
          Paragraph("Contact: reoffending.board@kent-medway.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Kent and Medway Reducing Reoffending Board")
        doc.build(story(pages))
    needles = {"fw": "Foreword Most crime", "ctx": "Reoffending in Kent and Medway The figures",
               "nat": "What shapes this strategy", "pri": "Our priorities The Board has",
               "do": "What we will do IOM", "gov": "Governance and measures The Board"}
    two_pass(run, out, needles)
    return out
