"""Safer Great Yarmouth Partnership Community Safety Plan 2024-2027: reportlab report (DejaVu Sans
Condensed body, Liberation Serif headings).

Four priorities, stated once, on p6 as a **row of four beach huts**: each hut is a drawn pentagon (a pitched
roof in a darker shade over a pastel body, with a small door) standing on a strip of sand, and the priority
is printed in bold in the body of the hut, centred over three to five lines.  No numbers.  Short explanations
follow under the huts with one-word labels ("Seafront", "Cuckooing", "Substances", "Cohesion").  The previous
plan's priorities and the findings (p5), the labels and the action headings (pp6-7) and the measures (p8) are
distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/safer_great_yarmouth_partnership_plan_2024-27.pdf"
TITLE = "Safer Great Yarmouth Partnership: Community Safety Plan 2024–2027"

SEA, SAND, INK, GREY = hexc("#0F5C7A"), hexc("#F1DFB6"), hexc("#222222"), hexc("#666666")
REG, BOLD = fonts("dejavu-cond")
SERIF, SERIFB = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SERIFB, fontSize=23, leading=27, textColor=SEA, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=hexc("#C0504D"), spaceBefore=8,
                    spaceAfter=3)
hut_st = ParagraphStyle("hut", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=INK, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=9.4, leading=13, textColor=SEA)

# (priority, short label, explanation, body colour, roof colour)
PRIORITIES = [
    ("Reducing anti-social behaviour on the seafront and in the town centre", "Seafront",
     "Summer patrols with the police, council wardens and the Marine Parade businesses; quicker action against the "
     "few people who cause most of the trouble.", "#F7C6C7", "#C0504D"),
    ("Stopping cuckooing and the exploitation of vulnerable adults", "Cuckooing",
     "Visits to people at risk of having their homes taken over by dealers, and quicker moves for those who want "
     "to leave.", "#C9E4F2", "#0F5C7A"),
    ("Reducing drug and alcohol harm", "Substances",
     "Outreach to street drinkers, naloxone in hostels, and more people in treatment and recovery through the "
     "local service.", "#FBE3A6", "#C28A12"),
    ("Building community cohesion and tackling hate crime", "Cohesion",
     "Bringing longstanding and newer communities together, third-party reporting of hate crime, and rapid "
     "response to tensions.", "#CDEBD3", "#3E8E57"),
]


class BeachHuts(Flowable):
    def __init__(self, items, width):
        super().__init__()
        self.items, self.width = items, width

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 105 * mm

    def draw(self):
        c = self.canv
        n = len(self.items)
        gap = 5 * mm
        hw = (self.aw - gap * (n - 1)) / n
        base, body_h, roof_h = 10 * mm, 62 * mm, 20 * mm
        c.setFillColor(SAND)
        c.rect(-6 * mm, 0, self.aw + 12 * mm, base + 2 * mm, stroke=0, fill=1)
        for i, (name, _lab, _t, bodyc, roofc) in enumerate(self.items):
            x = i * (hw + gap)
            c.setFillColor(hexc(bodyc))
            c.setStrokeColor(hexc(roofc))
            c.setLineWidth(1.2)
            c.rect(x, base, hw, body_h, stroke=1, fill=1)
            c.setFillColor(hexc(roofc))
            p = c.beginPath()
            p.moveTo(x - 3 * mm, base + body_h)
            p.lineTo(x + hw / 2, base + body_h + roof_h)
            p.lineTo(x + hw + 3 * mm, base + body_h)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            # small door at the foot
            c.setFillColor(colors.white)
            c.rect(x + hw / 2 - 5 * mm, base, 10 * mm, 12 * mm, stroke=0, fill=1)
            para = Paragraph(name, hut_st)
            _, ph = para.wrap(hw - 5 * mm, body_h)
            top = base + body_h - 6 * mm
            para.drawOn(c, x + 2.5 * mm, top - ph)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(SEA)
    c.rect(0, 0, W, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, 3 * mm, "Safer Great Yarmouth Partnership · Community Safety Plan 2024–2027")
    c.drawRightString(W - 18 * mm, 3 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#BFE3EF"))
    c.rect(0, H / 2, W, H / 2, stroke=0, fill=1)
    c.setFillColor(SEA)
    c.rect(0, 70 * mm, W, H / 2 - 70 * mm, stroke=0, fill=1)
    c.setFillColor(SAND)
    c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
    c.setFillColor(SEA)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "SAFER GREAT YARMOUTH PARTNERSHIP")
    c.setFont(SERIFB, 34)
    c.drawString(18 * mm, H - 80 * mm, "Community Safety Plan")
    c.setFont(SERIF, 22)
    c.drawString(18 * mm, H - 96 * mm, "2024–2027")
    c.setFillColor(colors.white)
    c.setFont(REG, 11)
    c.drawString(18 * mm, 100 * mm, "Great Yarmouth · Gorleston · Caister · Bradwell · Hemsby")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 18 * mm, W - 36 * mm, H - 36 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Great Yarmouth in figures", "ctx"), ("What has changed", "chg"),
                      ("Our priorities", "pri"), ("What we will do", "do"), ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Great Yarmouth is a proud seaside borough, with a busy port, a growing offshore energy industry and a "
        "visitor economy that brings millions of people to the seafront each year. It also has some of the most "
        "deprived neighbourhoods in the East of England.",
        "The Safer Great Yarmouth Partnership is the borough's operational partnership. It brings together Great "
        "Yarmouth Borough Council, Norfolk Constabulary, Norfolk County Council, Norfolk Fire and Rescue Service, "
        "the Probation Service, the NHS, housing providers and voluntary groups.",
        "This plan sets out four priorities for the next three years. It works alongside the Norfolk County "
        "Community Safety Partnership strategy and the Police and Crime Commissioner's plan.",
        "<b>Chair, Safer Great Yarmouth Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Great Yarmouth in figures", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4)]
    t = Table([["", "2023/24"], ["Residents", "100,000"], ["Visitors each year", "5.5 million"],
               ["Crimes recorded", "9,800"], ["Anti-social behaviour incidents", "3,400"],
               ["Properties visited for cuckooing concerns", "120"], ["Adults in drug and alcohol treatment", "760"],
               ["Hate crimes recorded", "150"]], colWidths=[110 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.6), ("FONT", (0, 0), (-1, 0), BOLD, 9.6),
                           ("BACKGROUND", (0, 0), (-1, 0), SEA), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, hexc("#F6EEDC")]),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("Where harm is concentrated", h2),
          Paragraph("Nelson and Central and Northgate wards account for almost half of recorded crime and ASB in "
                    "the borough. Summer brings a sharp rise on the seafront and Regent Road.", body)]
    s += [PageBreak(), Paragraph("What has changed", h1), Paragraph("Our last plan", h2),
          Paragraph("The 2021–2024 plan had three priorities: Safer seafront; Protecting vulnerable people; and "
                    "Reducing reoffending. Reoffending work now sits with the Norfolk and Suffolk Reducing "
                    "Reoffending Board.", body), Paragraph("Findings from the local assessment", h2)]
    s += bullets(["ASB on the seafront peaks in July and August and on Friday and Saturday nights.",
                  "Dealers from outside the county take over the homes of vulnerable adults in the town centre.",
                  "Alcohol-related hospital admissions are among the highest in Norfolk.",
                  "Reports of hate crime rose after tensions in 2023 (illustrative)."], bl)
    s += [Paragraph("What residents told us", h2)]
    s += bullets(["Make the seafront feel safe for families again.", "Listen to all our communities.",
                  "Help people with addictions rather than moving them on."], bl)
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("These are the four things the partnership will work on together from 2024 to 2027.", body),
          Spacer(1, 6), BeachHuts(PRIORITIES, W - 36 * mm), Spacer(1, 8)]
    for name, label, txt, _b, _r in PRIORITIES:
        s.append(Paragraph(f"{label}.", lab))
        s.append(Paragraph(txt, body))
    s += [PageBreak(), Paragraph("What we will do", h1)]
    t = Table([["Theme", "Action 2024/25", "Lead"],
               ["Seafront", Paragraph("Summer seafront plan; dispersal powers reviewed; wardens until 11pm", body),
                "Borough council"],
               ["Cuckooing", Paragraph("Cuckooing visits; multi-agency risk meeting; housing moves", body),
                "Police, housing"],
               ["Substances", Paragraph("Street outreach; naloxone; alcohol liaison at James Paget Hospital", body),
                "Public health"],
               ["Cohesion", Paragraph("Community events; third-party reporting; tension monitoring", body),
                "Borough council"]], colWidths=[30 * mm, 100 * mm, 44 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), SEA), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, SAND)]))
    s += [t, Paragraph("Working with others", h2),
          Paragraph("Domestic abuse, serious violence and Prevent are led county-wide by the Norfolk County Community "
                    "Safety Partnership; we take part in that work rather than repeat it.", body)]
    s += [PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The partnership meets every two months and reports to the borough council's Housing and "
                    "Neighbourhoods Committee and to the Norfolk County Community Safety Partnership.", body)]
    m = Table([["Measure", "Baseline", "Direction"], ["ASB incidents on the seafront (June–September)", "1,250",
                                                     "Down"],
               ["Cuckooing addresses closed", "38", "Up"], ["Adults in treatment", "760", "Up"],
               ["Hate crime reports", "150", "Up (more reporting)"]], colWidths=[100 * mm, 30 * mm, 40 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("BACKGROUND", (0, 0), (-1, 0), hexc("#C0504D")),
                           ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("LINEBELOW", (0, 1), (-1, -1), 0.5, SAND)]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: safer@great-yarmouth.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Safer Great Yarmouth Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Great Yarmouth is", "ctx": "Great Yarmouth in figures The figures",
               "chg": "What has changed Our last plan", "pri": "Our priorities These are",
               "do": "What we will do Theme", "gov": "Governance and measures The partnership meets"}
    two_pass(run, out, needles)
    return out
