"""Lincolnshire Combating Drugs Partnership Strategy 2023-2026: reportlab report (Liberation Sans Narrow body,
Liberation Serif headings).

Four priorities, stated once, on p6 as the **rungs of a ladder** ("Climbing out of harm"): a drawn ladder
with two rails and four rungs, a grey "2023" at its foot and "2026" at its top; beside each rung, to the
right, the priority in bold (one or two lines) with a grey sentence under it; no numbers.  The rungs are
read bottom to top, but pdftotext prints them top to bottom.  The partnership's principles (p3), the
*From harm to hope* priorities (p4), the local findings (p5), the delivery themes (p7) and the outcomes
table (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets
from reportlab.pdfbase import pdfmetrics

FILE = "strategies/lincolnshire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Lincolnshire Combating Drugs Partnership Strategy 2023–2026"

TEAL, AMBER, INK, GREY = hexc("#0F5C5C"), hexc("#D9822B"), hexc("#1E1E1E"), hexc("#6A6A6A")
PALE = hexc("#E4EFEF")
REG, BOLD = fonts("liberation-narrow")
SREG, SBOLD = fonts("liberation-serif")
pdfmetrics.registerFontFamily(REG, normal=REG, bold=BOLD, italic=REG, boldItalic=BOLD)
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10.4, leading=14, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=TEAL, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12.5, leading=15, textColor=AMBER, spaceBefore=8, spaceAfter=4)
rung = ParagraphStyle("rung", fontName=BOLD, fontSize=14, leading=17, textColor=TEAL)
rdesc = ParagraphStyle("rdesc", fontName=REG, fontSize=9.6, leading=12.4, textColor=GREY)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=9.8, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=18, leading=21, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=9, leading=11, textColor=colors.white)

# bottom rung first
PRIORITIES = [
    ("Stopping young people from starting to use drugs",
     "Drug education in schools and colleges, and early help for young people who are starting to experiment."),
    ("Disrupting county lines and local drug dealing",
     "Closing lines, protecting the people they exploit and taking dealers off the streets of our towns."),
    ("Getting more people into treatment and supporting long-term recovery",
     "More adults and young people in treatment, with housing, work and peer support to stay well."),
    ("Reducing drug-related deaths",
     "Naloxone for everyone at risk, faster follow-up after a non-fatal overdose and learning from every death."),
]


class Ladder(Flowable):
    def __init__(self, items, width, height=150 * mm):
        super().__init__()
        self.items, self.width, self.height = items, width, height

    def wrap(self, aw, ah):
        self.paras = []
        for name, txt in self.items:
            a, b = Paragraph(name, rung), Paragraph(txt, rdesc)
            self.paras.append((a, a.wrap(aw - 62 * mm, ah), b, b.wrap(aw - 62 * mm, ah)))
        return aw, self.height

    def draw(self):
        c = self.canv
        x1, x2 = 12 * mm, 42 * mm
        bottom, top = 10 * mm, self.height - 10 * mm
        c.setStrokeColor(hexc("#8A5A2B"))
        c.setLineWidth(5)
        c.line(x1, bottom - 6 * mm, x1, top + 6 * mm)
        c.line(x2, bottom - 6 * mm, x2, top + 6 * mm)
        n = len(self.items)
        step = (top - bottom) / (n - 1)
        c.setFont(BOLD, 10)
        c.setFillColor(GREY)
        c.drawCentredString((x1 + x2) / 2, bottom - 12 * mm + 2, "2023")
        c.drawCentredString((x1 + x2) / 2, top + 8 * mm, "2026")
        # draw from the top rung down, so that the text runs top to bottom on the page
        for k in reversed(range(n)):
            y = bottom + k * step
            c.setStrokeColor(AMBER)
            c.setLineWidth(6)
            c.line(x1 + 2, y, x2 - 2, y)
            c.setStrokeColor(hexc("#C9C9C9"))
            c.setLineWidth(0.8)
            c.setDash(2, 2)
            c.line(x2 + 3 * mm, y, x2 + 12 * mm, y)
            c.setDash()
            a, (_, ha), b, (_, hb) = self.paras[k]
            ytop = y + (ha + hb + 3) / 2
            a.drawOn(c, x2 + 15 * mm, ytop - ha)
            b.drawOn(c, x2 + 15 * mm, ytop - ha - 3 - hb)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.8)
    c.line(18 * mm, H - 15 * mm, W - 18 * mm, H - 15 * mm)
    c.setFillColor(GREY)
    c.setFont(REG, 8.5)
    c.drawString(18 * mm, H - 13 * mm, "Lincolnshire Combating Drugs Partnership")
    c.drawRightString(W - 18 * mm, H - 13 * mm, "Strategy 2023–2026")
    c.drawCentredString(W / 2, 11 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(AMBER)
    c.setLineWidth(6)
    for k in range(6):
        y = 40 * mm + k * 22 * mm
        c.line(W - 60 * mm, y, W - 30 * mm, y)
    c.setStrokeColor(hexc("#8A5A2B"))
    c.line(W - 60 * mm, 30 * mm, W - 60 * mm, 160 * mm)
    c.line(W - 30 * mm, 30 * mm, W - 30 * mm, 160 * mm)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10.5)
    c.drawString(18 * mm, H - 24 * mm, "LINCOLNSHIRE COMBATING DRUGS PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(18 * mm, H - 110 * mm, "Combating Drugs")
    c.drawString(18 * mm, H - 123 * mm, "Partnership Strategy")
    c.setFont(REG, 18)
    c.drawString(18 * mm, H - 137 * mm, "2023 – 2026")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 44 * mm, id="s", **pad)],
                         onPage=header)]


def grid(rows, widths, fill=TEAL):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.8), ("FONT", (0, 0), (-1, 0), BOLD, 9.8),
                           ("BACKGROUND", (0, 0), (-1, 0), fill), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    FW = W - 36 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The national strategy", "nat"), ("The local picture", "ctx"),
                      ("Our priorities", "pri"), ("Delivery", "del"), ("Outcomes and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 12, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Drugs cause harm in every part of Lincolnshire: to the people who use them, to their families, and to "
        "communities where dealing and exploitation take hold. In a rural county, treatment can be a long bus ride "
        "away, and that makes recovery harder.",
        "The Lincolnshire Combating Drugs Partnership brings together the county council's public health team, "
        "Lincolnshire Police, the Police and Crime Commissioner, probation, the prison at Lincoln, the NHS, the "
        "Department for Work and Pensions and people with lived experience of recovery.",
        "<b>Senior Responsible Owner, Lincolnshire Combating Drugs Partnership</b>"]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("Our principles", h2))
    s += bullets(["<b>Recovery is possible</b>: we will never write anyone off.",
                  "<b>Lived experience</b>: people in recovery help design and deliver services.",
                  "<b>Whole system</b>: health, justice, housing and work together."], bl)
    s += [PageBreak(), Paragraph("The national strategy", h1),
          Paragraph("<i>From harm to hope</i>, the Government's ten-year drugs plan published in 2021, has three "
                    "strategic priorities:", body)]
    s += bullets(["Break drug supply chains.", "Deliver a world-class treatment and recovery system.",
                  "Achieve a generational shift in the demand for drugs."], bl)
    s.append(Paragraph("Every area has a combating drugs partnership, led by a senior responsible owner, which "
                       "reports against a national outcomes framework: reducing drug use, reducing drug-related "
                       "crime, and reducing drug-related deaths and harm.", body))
    s += [PageBreak(), Paragraph("The local picture", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body),
          Tiles([("2,900", "adults in drug treatment"), ("54", "drug-related deaths in 2022"),
                 ("38", "county lines identified"), ("21%", "of young people who have tried cannabis by 16")], 4, FW,
                num, cap, [TEAL, AMBER, hexc("#3E7C7C"), hexc("#A9652A")]),
          Paragraph("What the needs assessment found", h2)]
    s += bullets(["Two in five adults who need treatment for opiates or crack are not in it.",
                  "Most county lines run into Lincoln, Boston, Skegness and Grantham.",
                  "Deaths are highest among men in their forties living alone.",
                  "Young people in coastal towns start using drugs earlier than elsewhere."], bl)
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("Recovery is a climb, one rung at a time. Our four priorities for 2023 to 2026 are the rungs of "
                    "the ladder below, from the bottom up.", body),
          Paragraph("Climbing out of harm", h2), Spacer(1, 12 * mm), Ladder(PRIORITIES, FW)]
    s += [PageBreak(), Paragraph("Delivery", h1), Paragraph("The main actions for 2023/24 to 2025/26:", body),
          grid([["Theme", "Key actions", "Lead"],
                ["Prevention", Paragraph("Drug education in every secondary school; early help for young people", body),
                 "Public health"],
                ["Supply", Paragraph("County lines operations; closure orders for cuckooed homes", body), "Police"],
                ["Treatment", Paragraph("Outreach in market towns; treatment requirements at court", body),
                 "Public health, probation"],
                ["Deaths", Paragraph("Naloxone; follow-up within 48 hours of an overdose", body), "Public health"]],
               [30 * mm, 104 * mm, 40 * mm])]
    s += [PageBreak(), Paragraph("Outcomes and governance", h1),
          Paragraph("The partnership board meets quarterly and reports to the Joint Office for Combating Drugs "
                    "through the national outcomes framework.", body),
          grid([["National outcome", "Local measure", "Baseline"], ["Reducing drug use", "Young people's use", "21%"],
                ["Reducing drug-related crime", "Lines closed", "38"],
                ["Reducing drug-related deaths and harm", "Deaths per year", "54"],
                ["Increasing engagement in treatment", "Adults in treatment", "2,900"]],
               [66 * mm, 66 * mm, 42 * mm]),
          Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: cdp@lincolnshire.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Lincolnshire Combating Drugs Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Drugs cause harm", "nat": "The national strategy From harm",
               "ctx": "The local picture The figures", "pri": "Our priorities Recovery is a climb",
               "del": "Delivery The main actions", "gov": "Outcomes and governance The partnership"}
    two_pass(run, out, needles)
    return out
