"""Thanet Community Safety Partnership Plan 2024-2027: reportlab report (Liberation Serif body, Liberation Sans
Narrow headings).

Five priorities, stated once, as **sub-headings under three themed parts** (pp6-7): each part opens with a
full-width coloured band "PART A  |  Safer streets" (the part names are themes, not priorities), under which
each priority is a bold sub-heading with a small coloured square before it and a paragraph and "We will" bullets
after it.  No numbers.  The previous plan's priorities and the Kent Community Safety Agreement's themes (p5), the
key findings (p4), the delivery table's short themes (p8) and the measures (p9) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/thanet_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Thanet Community Safety Partnership Plan 2024–2027"

SEA, CORAL, INK, GREY = hexc("#0F5C6E"), hexc("#E4572E"), hexc("#1F1F1F"), hexc("#666666")
PARTS = [hexc("#0F5C6E"), hexc("#7A3E65"), hexc("#3E7A45")]
REG, BOLD = fonts("liberation-serif")
NREG, NBOLD = fonts("liberation-narrow")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10.2, leading=14, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName=NBOLD, fontSize=24, leading=28, textColor=SEA, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=NBOLD, fontSize=12.5, leading=15, textColor=CORAL, spaceBefore=8, spaceAfter=4)
part = ParagraphStyle("part", fontName=NBOLD, fontSize=13, leading=16, textColor=colors.white)
sub = ParagraphStyle("sub", fontName=NBOLD, fontSize=14.5, leading=17.5, textColor=INK, spaceAfter=3)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY)
num = ParagraphStyle("num", fontName=NBOLD, fontSize=18, leading=21, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=NREG, fontSize=9, leading=11, textColor=colors.white)

# (part, [(priority, paragraph, we will ...)])
PLAN = [
    ("PART A  |  Safer streets", [
        ("Tackling anti-social behaviour and street drinking in Margate, Ramsgate and Broadstairs",
         "Our town centres and seafronts are busy all year and very busy in summer. Anti-social behaviour, street "
         "drinking and begging are the issues residents raise most.",
         ["Run a summer seafront plan with joint patrols and quick clean-up.",
          "Use Community Protection Warnings and Notices early and consistently.",
          "Give repeat victims of anti-social behaviour a named case officer."]),
        ("Disrupting county lines and drug dealing in our towns",
         "Drug lines from London and north Kent use Thanet's towns as a market, and take over the homes of "
         "vulnerable people to deal from them.",
         ["Close drug lines with Kent Police's county lines team and the Metropolitan Police.",
          "Protect the people whose homes are taken over (cuckooing), with housing and social care.",
          "Act on community intelligence within a week."]),
    ]),
    ("PART B  |  Safer homes", [
        ("Reducing domestic abuse",
         "Domestic abuse is the largest single source of violent crime in Thanet, and much of it is never reported.",
         ["Place domestic abuse champions in every housing and health team.",
          "Hold a weekly one-stop shop in Margate and a monthly one in Ramsgate.",
          "Bring landlords into the response, so that victims can stay safely in their homes."]),
        ("Protecting older residents from scams and doorstep crime",
         "Thanet has one of the oldest populations in Kent. Scams by post, phone and online, and rogue traders at "
         "the door, take savings and confidence from older people.",
         ["Work with Kent Trading Standards on no-cold-calling zones.",
          "Train bank staff, carers and volunteers to spot a scam.",
          "Visit every repeat victim of a scam."]),
    ]),
    ("PART C  |  Stronger communities", [
        ("Tackling hate crime and building community cohesion",
         "Thanet welcomes people from many countries. Hate incidents rose after incidents in 2023 (illustrative), "
         "and some communities tell us they do not report them.",
         ["Open third-party hate crime reporting centres in libraries and community hubs.",
          "Fund community events that bring neighbours together.",
          "Monitor community tensions with the police and the council."]),
    ]),
]

DELIVERY = [("Streets", "ASB and street drinking", "Seafront plan; PSPO review; case officers", "Thanet DC"),
            ("Drugs", "County lines", "Line closures; cuckooing visits", "Kent Police"),
            ("Homes", "Domestic abuse", "One-stop shops; landlord forum", "Thanet DC"),
            ("Scams", "Older residents", "No-cold-calling zones; scam champions", "Trading Standards"),
            ("Cohesion", "Hate crime", "Reporting centres; events fund", "Thanet DC")]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(SEA)
    c.rect(0, H - 5 * mm, W, 5 * mm, stroke=0, fill=1)
    c.setFont(NREG, 8)
    c.setFillColor(GREY)
    c.drawString(20 * mm, 12 * mm, "Thanet Community Safety Partnership Plan 2024–2027")
    c.setFillColor(CORAL)
    c.setFont(NBOLD, 10)
    c.drawRightString(W - 20 * mm, 12 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#E9F3F5"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(SEA)
    c.rect(0, 0, W, 110 * mm, stroke=0, fill=1)
    c.setFillColor(CORAL)
    for k in range(5):
        c.rect(20 * mm + k * 12 * mm, 118 * mm, 8 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColor(SEA)
    c.setFont(NBOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "THANET COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(NBOLD, 36)
    c.drawString(20 * mm, H - 100 * mm, "Community Safety")
    c.drawString(20 * mm, H - 114 * mm, "Partnership Plan")
    c.setFillColor(CORAL)
    c.setFont(NBOLD, 20)
    c.drawString(20 * mm, H - 130 * mm, "2024–2027")
    c.setFillColor(colors.white)
    c.setFont(NREG, 11)
    c.drawString(20 * mm, 60 * mm, "Margate  ·  Ramsgate  ·  Broadstairs  ·  Birchington  ·  Westgate-on-Sea")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(22 * mm, 22 * mm, W - 44 * mm, H - 44 * mm, id="s", **pad)],
                         onPage=header)]


class Square(Flowable):
    def __init__(self, colour, para):
        super().__init__()
        self.colour, self.para = colour, para

    def wrap(self, aw, ah):
        self.aw = aw
        _, self.h = self.para.wrap(aw - 8 * mm, ah)
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.colour)
        c.rect(0, self.h - 4.6 * mm, 3.4 * mm, 3.4 * mm, stroke=0, fill=1)
        self.para.drawOn(c, 8 * mm, 0)


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for t, k in [("Introduction", "intro"), ("Thanet in context", "ctx"), ("What shaped this plan", "shape"),
                 ("Our priorities", "pri"), ("Delivery", "del"), ("Governance and measures", "gov")]:
        s.append(ContentsLine(t, pages.get(k, 0), NREG, 12.5, INK, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Introduction", h1)]
    for t in [
        "Thanet is the easternmost district of Kent: five coastal towns and villages with beaches that bring "
        "millions of visitors, and some of the most deprived neighbourhoods in the South East.",
        "The Thanet Community Safety Partnership brings together Thanet District Council, Kent Police, Kent Fire and "
        "Rescue Service, Kent County Council, the Probation Service, the NHS and the voluntary sector. It is one of "
        "the twelve district partnerships in Kent.",
        "This plan sets out five priorities for 2024 to 2027, grouped in three parts. It is based on our strategic "
        "assessment and on what residents, businesses and young people told us.",
        "<b>Chair, Thanet Community Safety Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Thanet in context", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body), Spacer(1, 4),
          Tiles([("141,000", "residents"), ("14,600", "crimes recorded in 2023/24"),
                 ("3,900", "anti-social behaviour incidents"), ("2,950", "domestic abuse incidents and crimes"),
                 ("27%", "of residents aged 65 or over"), ("170", "hate crimes recorded")], 3, W - 44 * mm, num, cap,
                PARTS),
          Paragraph("Illustrative figures.", small), Paragraph("Key findings", h2)]
    s += bullets(["Anti-social behaviour rises sharply between May and September on the seafronts.",
                  "Three drug lines operate in Margate and Ramsgate at any one time (illustrative).",
                  "Older residents lose more to scams than residents of any other Kent district.",
                  "Domestic abuse repeat rates are above the Kent average.",
                  "Hate crime is under-reported by newer communities."], bl)
    s += [PageBreak(), Paragraph("What shaped this plan", h1), Paragraph("Our last plan", h2),
          Paragraph("The 2021–2024 plan had three priorities: Safer town centres; Vulnerable people; and Tackling "
                    "crime and disorder. Each has been reviewed, and the issues are now named more precisely.", body),
          Paragraph("The Kent Community Safety Agreement", h2),
          Paragraph("The county-wide Agreement for 2024–2027 covers anti-social behaviour, serious violence, domestic "
                    "abuse, the exploitation of adults and Prevent across all twelve districts. This plan adds the "
                    "issues that matter most in Thanet.", body),
          Paragraph("What residents told us", h2)]
    s += bullets(["\u201cSort out the seafront in summer.\u201d", "\u201cStop the dealing in the alleys.\u201d",
                  "\u201cMy mother was scammed twice.\u201d"], bl)
    s += [Paragraph("How we work", h2)]
    s += bullets(["Problem-solving, not only enforcement.", "Victims first.", "Share information safely."], bl)
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("Our five priorities are grouped in three parts. The parts describe where the harm happens; the "
                    "priorities are what we will work on.", body), Spacer(1, 4)]
    for i, (pname, items) in enumerate(PLAN):
        if i == 2:
            s.append(CondPageBreak(80 * mm))
        band = Table([[Paragraph(pname, part)]], colWidths=[W - 44 * mm])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PARTS[i]), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                  ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        s += [Spacer(1, 6), band, Spacer(1, 8)]
        for name, txt, acts in items:
            s.append(KeepTogether([Square(PARTS[i], Paragraph(name, sub)), Paragraph(txt, body),
                                   Paragraph("<b>We will:</b>", body)] + bullets(acts, bl) + [Spacer(1, 6)]))
        if i == 0:
            s.append(PageBreak())
    s += [PageBreak(), Paragraph("Delivery", h1),
          Paragraph("Each priority has a lead partner. The main actions for 2024/25 are below.", body)]
    t = Table([["Theme", "Focus", "Key actions 2024/25", "Lead"]] + [list(r) for r in DELIVERY],
              colWidths=[22 * mm, 34 * mm, 70 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), NBOLD, 10),
                           ("BACKGROUND", (0, 0), (-1, 0), SEA), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#BBD3D8")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The partnership meets quarterly and reports to the council's Overview and Scrutiny Panel and to "
                    "the Kent Community Safety Partnership.", body)]
    m = Table([["Measure", "Baseline", "Direction"], ["ASB incidents", "3,900", "Down"],
               ["Drug lines closed", "9", "Up"], ["Repeat domestic abuse victims", "31%", "Down"],
               ["Repeat scam victims visited", "–", "All"], ["Hate crimes reported", "170", "Up (more reporting)"]],
              colWidths=[80 * mm, 30 * mm, 50 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), NBOLD, 10),
                           ("BACKGROUND", (0, 0), (-1, 0), SEA), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#BBD3D8"))]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("Baselines are illustrative.", small),
          Paragraph("Contact: community.safety@thanet.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Thanet Community Safety Partnership")
        doc.build(story(pages))
    needles = {"intro": "Introduction Thanet is", "ctx": "Thanet in context The figures",
               "shape": "What shaped this plan", "pri": "Our priorities Our five", "del": "Delivery Each priority",
               "gov": "Governance and measures The"}
    two_pass(run, out, needles)
    return out
