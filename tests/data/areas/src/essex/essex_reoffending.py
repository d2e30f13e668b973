"""Essex Reducing Reoffending Strategy 2024-2027: reportlab report, A4 landscape (Liberation Sans).

Five priorities, stated once, on p6 as the **column heads of a table** ("Our five priorities and what we
will do"): the header row holds the five priorities in bold white on dark cells, wrapping over two or three
lines; the rows below ("Why it matters", "What we will do", "Lead", "We will know it is working when") fill
each column.  The seven resettlement pathways and the IOM cohorts (p5), the previous strategy's themes (p3)
and the short names in the governance table (p7) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/essex_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Essex Reducing Reoffending Strategy 2024–2027"

TEAL, RUST, INK, GREY = hexc("#0E5E6F"), hexc("#B5522B"), hexc("#202020"), hexc("#666666")
PALE = hexc("#E6F0F2")
REG, BOLD = fonts("liberation-sans")
PAGE = landscape(A4)
W, H = PAGE

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13, spaceAfter=5, textColor=INK)
cell = ParagraphStyle("cell", fontName=REG, fontSize=8.2, leading=10.6, textColor=INK)
rowh = ParagraphStyle("rowh", fontName=BOLD, fontSize=8.2, leading=10.6, textColor=TEAL)
colh = ParagraphStyle("colh", fontName=BOLD, fontSize=10.5, leading=13, textColor=colors.white)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=20, leading=24, textColor=TEAL, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=RUST, spaceBefore=6, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.6, textColor=colors.white)

PRIORITIES = [
    ("Managing the most prolific and harmful offenders together",
     "A small group commits a large share of neighbourhood crime.",
     "One IOM cohort across Essex, with police, probation and treatment in the same team.", "Probation, police",
     "Fewer offences by the cohort"),
    ("Finding settled accommodation for people leaving prison",
     "One in six people leave prison with nowhere to live (illustrative).",
     "Housing advisers in Chelmsford prison and a duty to refer that works on release day.", "District councils",
     "More people housed on the night of release"),
    ("Getting people into education, training and work",
     "Work is one of the strongest protections against reoffending.",
     "Employment hubs, employer pledges and training in custody that leads to real jobs.", "DWP, probation",
     "More people in work six weeks after release"),
    ("Treating the drug and alcohol needs of people in the justice system",
     "Half of the people on probation have a drug or alcohol need.",
     "Continuity of care from prison and custody, and treatment requirements used more often.",
     "Combating drugs partnership", "More people starting treatment after release"),
    ("Holding domestic abuse perpetrators to account and changing their behaviour",
     "Domestic abuse perpetrators often reoffend against new partners.",
     "Licence enforcement, MARAC and MAPPA information sharing, and accredited perpetrator programmes.",
     "Probation, PFCC", "Fewer repeat perpetrators"),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, 8 * mm, H, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawString(18 * mm, H - 11 * mm, "Essex Reducing Reoffending Board")
    c.drawRightString(W - 15 * mm, H - 11 * mm, "Reducing Reoffending Strategy 2024–2027")
    c.setFillColor(RUST)
    c.setFont(BOLD, 9)
    c.drawRightString(W - 15 * mm, 9 * mm, f"( {p} )")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RUST)
    c.rect(W * 0.66, 0, W * 0.34, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "ESSEX REDUCING REOFFENDING BOARD")
    c.setFont(BOLD, 34)
    c.drawString(20 * mm, H - 90 * mm, "Reducing Reoffending")
    c.drawString(20 * mm, H - 105 * mm, "Strategy")
    c.setFont(REG, 20)
    c.drawString(20 * mm, H - 122 * mm, "2024–2027")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 16 * mm, W - 33 * mm, H - 34 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    fw = W - 33 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Introduction", "intro"), ("Reoffending in Essex", "ctx"), ("The national framework", "nat"),
                      ("Our five priorities and what we will do", "pri"), ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Introduction", h1)]
    for t in [
        "Around half of all crime in Essex is committed by people who have offended before. Helping them stop is one "
        "of the surest ways to prevent crime and protect future victims.",
        "The Essex Reducing Reoffending Board is a sub-group of the Essex Criminal Justice Board. Its members are "
        "the Probation Service, Essex Police, the Police, Fire and Crime Commissioner, HM Prison and Probation "
        "Service, the three upper-tier councils, the NHS, the Department for Work and Pensions and the voluntary "
        "sector.",
        "Our previous strategy (2021–2024) had three themes: Homes; Health; and Jobs. This strategy keeps them in "
        "view and adds a focus on the people who cause most harm.",
        "<b>Chair, Essex Reducing Reoffending Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Reoffending in Essex", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body),
          Tiles([("26%", "proven adult reoffending rate"), ("5,400", "people supervised by probation"),
                 ("1 in 6", "released with no settled home"), ("48%", "with a drug or alcohol need"),
                 ("310", "people in the IOM cohort")], 5, fw, num, cap, [TEAL, RUST]),
          Spacer(1, 8), Paragraph("What people with lived experience told us", h2)]
    s += bullets(["The first night out of prison decides a lot.", "Nobody wants to hire you with a record.",
                  "Treatment in prison stops at the gate."], bl)
    s += [PageBreak(), Paragraph("The national framework", h1),
          Paragraph("Our work follows the seven resettlement pathways used by HM Prison and Probation Service:", body)]
    s += [Paragraph(f"{k}. {t}", bl) for k, t in enumerate(
        ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
         "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"], 1)]
    s += [Paragraph("Integrated Offender Management", h2),
          Paragraph("The national IOM strategy (2020) sets three cohorts: <b>Fixed</b> (neighbourhood crime, always "
                    "in scope), <b>Flex</b> (local priorities) and <b>Free</b> (other offenders chosen locally).",
                    body)]
    s += [PageBreak(), Paragraph("Our five priorities and what we will do", h1)]
    cw = fw / 5.7
    rows = [[Paragraph(p[0], colh) for p in PRIORITIES]]
    labels = ["Why it matters", "What we will do", "Lead", "We will know it is working when"]
    for k in range(4):
        rows.append([[Paragraph(labels[k], rowh), Paragraph(p[k + 1], cell)] for p in PRIORITIES])
    t = Table(rows, colWidths=[fw / 5] * 5)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 7),
          ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 6),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("GRID", (0, 0), (-1, -1), 3, colors.white),
          ("BACKGROUND", (0, 1), (-1, -1), PALE)]
    for i in range(5):
        st.append(("BACKGROUND", (i, 0), (i, 0), TEAL if i % 2 == 0 else RUST))
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 6), Paragraph("Each priority has a task group that reports to the board every quarter.", small)]
    s += [PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The board meets quarterly and reports to the Essex Criminal Justice Board. The task groups use "
                    "short names:", body)]
    g = Table([["Task group", "Chair", "Headline measure", "Baseline"], ["IOM", "Probation", "Offences by the cohort",
                                                                          "4,100"],
               ["Homes", "District councils", "Housed on release", "71%"], ["Jobs", "DWP", "In work at six weeks",
                                                                             "18%"],
               ["Treatment", "Public health", "Treatment starts after release", "39%"],
               ["Perpetrators", "Probation", "Repeat perpetrators", "24%"]], colWidths=[45 * mm, 50 * mm, 70 * mm,
                                                                                       30 * mm])
    g.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    g.hAlign = "LEFT"
    s += [g, Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: rrb@essex.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, PAGE, templates(), TITLE, "Essex Reducing Reoffending Board")
        doc.build(story(pages))
    needles = {"intro": "Introduction Around half", "ctx": "Reoffending in Essex The figures",
               "nat": "The national framework Our work", "pri": ("Our five priorities and what we will do", 3),
               "gov": "Governance and measures The board"}
    two_pass(run, out, needles)
    return out
