"""St Helens Combating Drugs Partnership Strategy 2023-2026: reportlab report (Liberation Sans body,
Liberation Serif headings).

The four local priorities are stated once, on p6, as a **honeycomb**: four flat-topped hexagons drawn on the
canvas in a zigzag row (the second and fourth set half a hexagon lower), each holding one priority in white
bold type and nothing else; no numbers.  The page explains that the delivery pages use short names.  The
*From Harm to Hope* priorities and outcomes (p4), the principles (p3), the short theme names that head the
delivery page (p7: "Enforcement", "Recovery", "Saving lives", "Prevention") and the outcomes table (p8) are
distractors.
"""
import math

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/st_helens_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "St Helens Combating Drugs Partnership Strategy 2023–2026"

TEAL, ORANGE, INK, GREY = hexc("#006E7F"), hexc("#E0701E"), hexc("#202020"), hexc("#606060")
HEX = [hexc("#006E7F"), hexc("#E0701E"), hexc("#5B4B8A"), hexc("#2E7D4F")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 40 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.3, leading=13.3, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=TEAL, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
hexst = ParagraphStyle("hex", fontName=BOLD, fontSize=11, leading=13.5, textColor=colors.white, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.3, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Breaking drug supply chains in St Helens", "Enforcement",
     "Closing down dealing lines, tackling cuckooing and acting on community intelligence."),
    ("Getting more people into treatment and recovery", "Recovery",
     "More adults and young people in treatment, more completing it, and more in work and housing."),
    ("Preventing drug-related deaths", "Saving lives",
     "Naloxone for everyone at risk, faster review of every death and better support after prison release."),
    ("Reducing the number of young people who start using drugs", "Prevention",
     "Drug education in every school and early help for children whose parents use drugs."),
]


class Honeycomb(Flowable):
    """Four flat-topped hexagons in a zigzag row, each holding one priority."""

    def __init__(self, items, fills, width):
        super().__init__()
        self.items, self.fills = items, fills
        self.side = width / 6.5 * 2 / 1.0 / 2  # hex width w = 2*side; row width = 3.25 w
        self.w = 2 * self.side
        self.hh = math.sqrt(3) * self.side
        self.width = width

    def wrap(self, aw, ah):
        return self.width, self.hh * 1.5 + 4

    def draw(self):
        c = self.canv
        s = self.side
        for k, (text, fill) in enumerate(zip(self.items, self.fills)):
            cx = s + k * 1.5 * s
            cy = self.hh * (1.0 if k % 2 == 0 else 0.5) + 2
            p = c.beginPath()
            for j in range(6):
                a = math.radians(60 * j)
                x, y = cx + (s - 1.5) * math.cos(a), cy + (s - 1.5) * math.sin(a)
                if j == 0:
                    p.moveTo(x, y)
                else:
                    p.lineTo(x, y)
            p.close()
            c.setFillColor(fill)
            c.drawPath(p, stroke=0, fill=1)
            para = Paragraph(text, hexst)
            tw = s * 1.25
            _, th = para.wrap(tw, self.hh)
            para.drawOn(c, cx - tw / 2, cy - th / 2)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(20 * mm, H - 15 * mm, 30 * mm, 2 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.4)
    c.drawRightString(W - 20 * mm, H - 14.5 * mm, "St Helens Combating Drugs Partnership")
    c.drawString(20 * mm, 11 * mm, "Strategy 2023–2026")
    c.drawRightString(W - 20 * mm, 11 * mm, f"Page {p} of 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    s = 24 * mm
    for k, (cx, cy) in enumerate([(150, 230), (186, 209), (150, 188), (186, 251)]):
        p = c.beginPath()
        for j in range(6):
            a = math.radians(60 * j)
            x, y = cx * mm + s * math.cos(a), cy * mm + s * math.sin(a)
            p.moveTo(x, y) if j == 0 else p.lineTo(x, y)
        p.close()
        c.setFillColor(HEX[k])
        c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 26 * mm, "ST HELENS COMBATING DRUGS PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(20 * mm, 110 * mm, "Combating Drugs")
    c.drawString(20 * mm, 96 * mm, "Partnership Strategy")
    c.setFillColor(ORANGE)
    c.setFont(SREG, 18)
    c.drawString(20 * mm, 82 * mm, "2023–2026")
    c.setFillColor(GREY)
    c.setFont(REG, 8.5)
    c.drawString(20 * mm, 22 * mm, "St Helens Borough Council · Merseyside Police · NHS Cheshire and Merseyside · "
                                   "Probation Service")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, FW, H - 42 * mm, id="s", **pad)], onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The national strategy", "nat"), ("Drugs in St Helens", "ctx"),
                      ("Our local priorities", "pri"), ("What we will do", "del"), ("Outcomes and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, TEAL, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Drugs harm people in every part of St Helens: the people who use them, their children and families, and "
        "the neighbourhoods where they are sold. Too many people in our borough have died from drug use, and every "
        "one of those deaths could have been prevented.",
        "The Combating Drugs Partnership was set up in 2022 in response to the national drugs strategy. It brings "
        "together St Helens Borough Council, Merseyside Police, the NHS, the Probation Service, HMP Altcourse and "
        "our treatment providers, and people with lived experience of addiction and recovery.",
        "This strategy sets out four local priorities, and how we will measure our progress against the national "
        "outcomes framework.",
        "<b>Senior Responsible Owner, St Helens Combating Drugs Partnership</b>"]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("Our principles", h2))
    s += bullets(["<b>Recovery is possible</b>: we believe in people's capacity to change.",
                  "<b>No wrong door</b>: every contact is a chance to help.",
                  "<b>Lived experience</b>: people in recovery help design our services."], bl)
    s += [PageBreak(), Paragraph("The national strategy", h1),
          Paragraph("<i>From harm to hope</i>, the government's ten-year drugs plan published in 2021, has three "
                    "strategic priorities:", body)]
    s += bullets(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                  "Achieve a generational shift in the demand for drugs"], bl)
    s += [Paragraph("The national outcomes framework", h2),
          Paragraph("Every partnership reports against the same strategic outcomes: reducing drug use, reducing "
                    "drug-related crime, and reducing drug-related deaths and harm; and the intermediate outcomes "
                    "beneath them, such as more people engaged in treatment and more people in recovery.", body),
          Paragraph("Our local priorities, on page 6, are our own; they are shaped by the national strategy but "
                    "written for St Helens.", body)]
    s += [PageBreak(), Paragraph("Drugs in St Helens", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("1,320", "adults in drug and alcohol treatment"), ("29", "drug-related deaths in three years"),
                    ("44%", "of acquisitive crime linked to drug use"), ("6", "county lines disrupted in a year"),
                    ("63", "young people in specialist treatment"), ("1 in 3", "prison leavers engaging in treatment")],
                   3, FW, num, cap, [TEAL, ORANGE, hexc("#5B4B8A"), hexc("#2E7D4F"), hexc("#8A3B3B"),
                                     hexc("#3B5B8A")]))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What our needs assessment found", h2))
    s += bullets(["Crack cocaine use has risen and is linked to the county lines supplying the borough.",
                  "Most drug-related deaths involve men in their forties using several substances.",
                  "Many young people try cannabis and nitrous oxide before they are fifteen."], bl)
    s += [PageBreak(), Paragraph("Our local priorities", h1),
          Paragraph("The partnership has agreed four local priorities. They fit together: less supply, more "
                    "recovery, fewer deaths and less demand.", body), Spacer(1, 14),
          Honeycomb([p[0] for p in PRIORITIES], HEX, FW), Spacer(1, 16),
          Paragraph("On the following pages each priority is referred to by a short name, shown in the colour of its "
                    "hexagon.", body)]
    s += [PageBreak(), Paragraph("What we will do", h1)]
    for (name, short, what), col in zip(PRIORITIES, HEX):
        st = ParagraphStyle("sh", parent=h2, textColor=col)
        s += [Paragraph(short, st), Paragraph(what, body)]
    s += [Paragraph("Actions for 2023/24", h2)]
    tb = [["Theme", "Action", "Lead"],
          ["Enforcement", "Closure orders on cuckooed homes; joint operations on county lines", "Merseyside Police"],
          ["Recovery", "Recovery café in the town centre; peer mentors", "Public Health"],
          ["Saving lives", "Naloxone in every hostel; a drug-related deaths panel", "Public Health"],
          ["Prevention", "Drug education in schools; a hidden harm service for children", "Children's Services"]]
    t = Table([[Paragraph(c, body) for c in r] for r in tb], colWidths=[30 * mm, 100 * mm, FW - 130 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc("#E2F0F2")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#C7D9DC")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, PageBreak(), Paragraph("Outcomes and governance", h1)]
    tb = [["Outcome", "Baseline", "Target 2026"], ["Adults in treatment", "1,320", "1,500"],
          ["Drug-related deaths a year", "10", "Fewer than 7"], ["Prison leavers engaging in treatment", "33%", "60%"],
          ["Young people in specialist treatment", "63", "80"]]
    t = Table(tb, colWidths=[90 * mm, 35 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), hexc("#E2F0F2")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#C7D9DC"))]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("Figures are illustrative.", small), Paragraph("Governance", h2),
          Paragraph("The partnership reports to the St Helens Health and Wellbeing Board and the St Helens Community "
                    "Safety Partnership, and to the national Joint Combating Drugs Unit. The Police and Crime "
                    "Commissioner for Merseyside is a member.", body),
          Paragraph("Contact: cdp@sthelens.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "St Helens Combating Drugs Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Drugs harm", "nat": "The national strategy From harm", "ctx": "Drugs in St Helens The",
               "pri": "Our local priorities The partnership", "del": "What we will do Enforcement",
               "gov": "Outcomes and governance"}
    two_pass(run, out, needles)
    return out
