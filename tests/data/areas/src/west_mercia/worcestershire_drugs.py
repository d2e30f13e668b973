"""Worcestershire Combating Drugs Partnership Strategy 2023-2026: reportlab report (DejaVu Sans Condensed).

Five local priorities as HEADINGS WITH ICONS (pp6-7, three then two): each heading sits to the right of a
coloured disc holding a small vector icon (a padlock, a hand, a heart, a scales, a seedling) drawn with
reportlab shapes, so the icon adds no text; there are no numbers.  Under each heading, "Why" and "What we will
do".  The three national priorities of From harm to hope (p4, among them "Break drug supply chains"), the
principles (p3), the local picture (p5), the action plan's short themes (p8) and the outcomes (p9) are
distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/worcestershire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Worcestershire Combating Drugs Partnership Strategy 2023–2026"
PLUM, DARK, AMBER, PALE = hexc("#4B2C5E"), hexc("#222222"), hexc("#F0A202"), hexc("#F3EEF6")
REG, BOLD = fonts("dejavu-cond")
W, H = A4
M = 20 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.6, spaceAfter=5, textColor=DARK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=22, leading=26, textColor=PLUM, spaceAfter=9)
hp = ParagraphStyle("hp", fontName=BOLD, fontSize=15, leading=18.5, textColor=PLUM)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=PLUM, spaceBefore=8, spaceAfter=4)
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=9, leading=11, textColor=AMBER, spaceBefore=3, spaceAfter=2)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=hexc("#666666"))

NATIONAL = ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
            "Achieve a generational shift in the demand for drugs"]

PRIORITIES = [
    ("lock", "Breaking drug supply chains into Worcestershire",
     "County lines from Birmingham and the Black Country supply crack cocaine and heroin to Worcester, Redditch, "
     "Kidderminster and Evesham.",
     ["Target the lines and dealers causing most harm.", "Close premises used for dealing.",
      "Share intelligence from treatment and housing services with the police."]),
    ("heart", "Improving access to treatment and supporting long-term recovery",
     "Fewer than half of the people who use opiates or crack are in treatment (illustrative), and waits are longest "
     "in rural districts.",
     ["Same-week assessment in every district.", "Peer mentors and recovery cafés.",
      "Housing and employment support for people in recovery."]),
    ("hand", "Reducing drug-related deaths",
     "Drug-related deaths have risen for four years (illustrative); most of the people who died were known to a "
     "service.", ["Naloxone for everyone at risk, their families and frontline staff.",
                  "Review every drug-related death.", "Outreach to people not in treatment."]),
    ("scales", "Getting people in contact with the criminal justice system into treatment",
     "Many people arrested for acquisitive crime use drugs, but few move from custody or prison into treatment.",
     ["Drug testing on arrest in Worcester and Redditch custody suites.", "More drug rehabilitation requirements.",
      "Continuity of care for everyone leaving prison."]),
    ("seed", "Preventing young people from starting to use drugs",
     "Most adults in treatment first used drugs before they were eighteen.",
     ["Drug education in every secondary school.", "Early help for young people who experiment.",
      "A campaign on THC vapes and nitrous oxide."]),
]


class Icon(Flowable):
    """A coloured disc with a simple white vector icon; no text."""

    def __init__(self, kind, size=16 * mm, fill=PLUM):
        super().__init__()
        self.kind, self.size, self.fill = kind, size, fill

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        c, s = self.canv, self.size
        c.saveState()
        c.setFillColor(self.fill)
        c.circle(s / 2, s / 2, s / 2, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.6)
        k, m = self.kind, s / 2
        if k == "lock":
            c.rect(m - 5 * mm / 2, m - 3.5 * mm, 5 * mm, 4 * mm, stroke=0, fill=1)
            c.arc(m - 1.7 * mm, m - 0.5 * mm, m + 1.7 * mm, m + 3.5 * mm, 0, 180)
            c.line(m - 1.7 * mm, m + 1.5 * mm, m - 1.7 * mm, m + 0.5 * mm)
            c.line(m + 1.7 * mm, m + 1.5 * mm, m + 1.7 * mm, m + 0.5 * mm)
        elif k == "heart":
            c.circle(m - 1.5 * mm, m + 1 * mm, 1.9 * mm, stroke=0, fill=1)
            c.circle(m + 1.5 * mm, m + 1 * mm, 1.9 * mm, stroke=0, fill=1)
            p = c.beginPath()
            p.moveTo(m - 3.3 * mm, m + 0.6 * mm)
            p.lineTo(m + 3.3 * mm, m + 0.6 * mm)
            p.lineTo(m, m - 3.4 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        elif k == "hand":
            c.roundRect(m - 2.5 * mm, m - 3.5 * mm, 5 * mm, 4.5 * mm, 1 * mm, stroke=0, fill=1)
            for dx in (-2, -0.7, 0.6, 1.9):
                c.roundRect(m + dx * mm - 0.5 * mm, m + 0.5 * mm, 1.1 * mm, 3 * mm, 0.5 * mm, stroke=0, fill=1)
        elif k == "scales":
            c.line(m, m - 3.5 * mm, m, m + 3.5 * mm)
            c.line(m - 3.5 * mm, m + 2.5 * mm, m + 3.5 * mm, m + 2.5 * mm)
            c.line(m - 4 * mm, m - 3.5 * mm, m + 4 * mm, m - 3.5 * mm)
            c.wedge(m - 5.5 * mm, m - 1 * mm, m - 1.5 * mm, m + 3 * mm, 180, 180, stroke=0, fill=1)
            c.wedge(m + 1.5 * mm, m - 1 * mm, m + 5.5 * mm, m + 3 * mm, 180, 180, stroke=0, fill=1)
        else:  # seedling
            c.line(m, m - 3.5 * mm, m, m + 1.5 * mm)
            c.ellipse(m - 4 * mm, m + 0.5 * mm, m, m + 3 * mm, stroke=0, fill=1)
            c.ellipse(m, m + 1.5 * mm, m + 4 * mm, m + 4 * mm, stroke=0, fill=1)
        c.restoreState()


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PALE)
    c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
    c.setFillColor(PLUM)
    c.setFont(BOLD, 8.5)
    c.drawString(M, H - 10 * mm, "Worcestershire Combating Drugs Partnership")
    c.setFillColor(hexc("#777777"))
    c.setFont(REG, 8.5)
    c.drawCentredString(W / 2, 10 * mm, f"\u2014 {p} \u2014")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(AMBER)
    c.circle(W * 0.78, H * 0.72, 48 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 11)
    c.drawString(M, H - 26 * mm, "WORCESTERSHIRE COMBATING DRUGS PARTNERSHIP")
    c.setFont(BOLD, 32)
    c.drawString(M, H - 150 * mm, "Combating Drugs")
    c.drawString(M, H - 163 * mm, "Strategy 2023\u20132026")
    c.setFont(REG, 11)
    c.drawString(M, H - 178 * mm, "Worcestershire\u2019s response to From harm to hope")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(M, 20 * mm, W - 2 * M, H - 44 * mm, id="s", **pad)], onPage=header)]


def priority_block(icon, name, why, acts):
    cw = W - 2 * M
    head = Table([[Icon(icon), Paragraph(name, hp)]], colWidths=[22 * mm, cw - 22 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    inner = [Paragraph("WHY", lab), Paragraph(why, body), Paragraph("WHAT WE WILL DO", lab)] + bullets(acts, bl)
    return KeepTogether([head, Table([[inner]], colWidths=[cw - 22 * mm],
                                     style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]),
                                     hAlign="RIGHT"), Spacer(1, 10)])


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Introduction", "intro"), ("The national strategy", "nat"), ("The local picture", "ctx"),
                      ("Our local priorities", "pri"), ("Action plan", "act"), ("Outcomes and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, DARK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Introduction", h1)]
    for t in [
        "The Worcestershire Combating Drugs Partnership was set up in 2022 in response to the national drugs "
        "strategy. Its members include Worcestershire County Council, the six district councils, West Mercia "
        "Police, the Police and Crime Commissioner, the Probation Service, the NHS, the treatment provider, the "
        "Department for Work and Pensions and people with lived experience.",
        "This strategy sets five local priorities for 2023 to 2026, based on our joint needs assessment.",
        "The senior responsible owner is the county\u2019s Director of Public Health."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("Our principles", h2))
    s += bullets(["Addiction is a health condition; recovery is possible.", "Lived experience shapes our work.",
                  "No wrong door: every service can help someone into treatment."], bl)
    s += [PageBreak(), Paragraph("The national strategy", h1),
          Paragraph("<i>From harm to hope</i> (2021) is the Government\u2019s ten-year drugs plan. It has three "
                    "strategic priorities:", body)]
    for i, n in enumerate(NATIONAL, 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;{n}", ParagraphStyle("nl", parent=body, leftIndent=14,
                                                                 firstLineIndent=-14, fontName=BOLD)))
    s.append(Paragraph("and five national outcomes: reducing drug use; reducing drug-related crime; reducing "
                       "drug-related deaths and harm; increasing engagement in treatment; and improving recovery "
                       "outcomes.", body))
    s.append(Paragraph("Each local partnership must agree a needs assessment and a local plan, and report against the "
                       "national outcomes framework.", body))
    s += [PageBreak(), Paragraph("The local picture", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4)]
    t = Table([["Indicator", "Value"], ["Estimated opiate and crack users", "3,100"],
               ["Adults in drug treatment", "1,650"], ["Drug-related deaths (3-year total)", "96"],
               ["County lines operating into the county", "14"], ["Prison leavers engaging with treatment in 3 weeks",
                                                                   "34%"],
               ["Young people in specialist substance misuse support", "150"]], colWidths=[115 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
                           ("BACKGROUND", (0, 0), (-1, 0), PLUM), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("What people told us", h2)]
    s += bullets(["\u201cI waited a month for my first appointment.\u201d",
                  "\u201cCome out of prison on a Friday and there\u2019s nobody to see until Monday.\u201d",
                  "\u201cRecovery café saved my life.\u201d"], bl)
    s += [PageBreak(), Paragraph("Our local priorities", h1),
          Paragraph("We have five local priorities. Each is shown with its own symbol, which is used throughout our "
                    "reports.", body), Spacer(1, 6)]
    for k, (icon, name, why, acts) in enumerate(PRIORITIES):
        if k == 3:
            s.append(PageBreak())
        s.append(priority_block(icon, name, why, acts))
    s += [PageBreak(), Paragraph("Action plan", h1), Paragraph("Our action plan uses short theme names:", body)]
    at = Table([["Theme", "Key action 2024/25", "Lead"], ["Supply", "Two county lines weeks of action", "Police"],
                ["Treatment", "Same-week assessment", "Treatment provider"], ["Deaths", "Naloxone in all hostels",
                                                                             "Public health"],
                ["Justice", "Drug testing on arrest", "Police, probation"], ["Young people", "School programme",
                                                                            "Education"]],
               colWidths=[35 * mm, 90 * mm, 45 * mm])
    at.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.5, AMBER), ("BACKGROUND", (0, 0), (-1, 0), PALE)]))
    at.hAlign = "LEFT"
    s += [at, PageBreak(), Paragraph("Outcomes and governance", h1)]
    ot = Table([["Outcome", "Baseline", "Aim by 2026"], ["Adults in drug treatment", "1,650", "2,000"],
                ["Drug-related deaths a year", "32", "Fewer"], ["Continuity of care after prison", "34%", "75%"],
                ["Drug supply disruptions", "51", "More"]], colWidths=[90 * mm, 35 * mm, 35 * mm])
    ot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.5, AMBER)]))
    ot.hAlign = "LEFT"
    s += [ot, Paragraph("Baselines are illustrative.", small),
          Paragraph("The partnership meets quarterly and reports to the Health and Wellbeing Board, the Safer "
                    "Communities Board and the Police and Crime Commissioner.", body),
          Paragraph("Contact: cdp@worcestershire.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Worcestershire Combating Drugs Partnership")
        doc.build(story(pages))
    needles = {"intro": "Introduction The Worcestershire", "nat": "The national strategy From harm",
               "ctx": "The local picture The figures", "pri": "Our local priorities We have five",
               "act": "Action plan Our action plan", "gov": "Outcomes and governance Outcome"}
    two_pass(run, out, needles)
    return out
