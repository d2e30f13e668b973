"""Cheshire West and Chester Combating Drugs Partnership Plan 2023-2026: reportlab report (Liberation Sans Narrow).

Four local priorities, one per page (pp6-9).  Each page has a small running
tab on the right edge with the national *From harm to hope* priority it sits
under (a distractor), then the local priority as a large heading with a thick
underline, then a side-by-side table of "The problem" and "What we will do".
The three national priorities and the national outcomes (p4), the local
picture (p5) and the outcomes table (p10) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/cheshire_west_combating_drugs_partnership_plan_2023-26.pdf"
TITLE = "Cheshire West and Chester Combating Drugs Partnership Plan 2023–2026"
GREEN, DARK, LIME, PALE = hexc("#006A4E"), hexc("#1F2A24"), hexc("#9BC53D"), hexc("#EDF5E6")
REG, BOLD = fonts("liberation-narrow")
W, H = A4
M = 20 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=10.2, leading=14, spaceAfter=5, textColor=DARK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=22, leading=26, textColor=GREEN, spaceAfter=9)
hp = ParagraphStyle("hp", fontName=BOLD, fontSize=24, leading=28, textColor=DARK, spaceAfter=3)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, textColor=GREEN, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=hexc("#666666"))
kick = ParagraphStyle("kick", fontName=BOLD, fontSize=9, leading=11, textColor=LIME, spaceAfter=4)

NATIONAL = ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
            "Achieve a generational shift in the demand for drugs"]

PRIORITIES = [
    ("Reducing drug supply and county lines activity", 0,
     "Drug markets in Chester, Ellesmere Port and Northwich are supplied by county lines from Merseyside. Dealers "
     "exploit children and take over the homes of vulnerable adults (cuckooing).",
     ["Target the lines and dealers causing most harm, through joint police and council operations.",
      "Close properties used for dealing, and protect tenants at risk of cuckooing.",
      "Share intelligence from treatment, housing and youth services with the police."]),
    ("Getting more people into treatment and sustaining their recovery", 1,
     "Fewer than half of the people who use opiates or crack cocaine in the borough are in treatment "
     "(illustrative), and too many leave treatment early.",
     ["Increase treatment places, including for people leaving prison and referred from custody.",
      "Offer same-week assessment at the Chester and Ellesmere Port hubs.",
      "Build recovery communities with peer mentors, housing and employment support."]),
    ("Preventing drug-related deaths", 1,
     "Drug-related deaths in the borough have risen for five years (illustrative). Most of the people who die "
     "were known to at least one service.",
     ["Give naloxone to everyone at risk, their families, hostels and frontline staff.",
      "Review every drug-related death and act on the lessons.",
      "Reach people who are not in treatment through outreach and needle exchange."]),
    ("Stopping young people from starting to use drugs", 2,
     "Most adults in treatment started using drugs before they were eighteen. Cannabis and vapes containing THC "
     "are the most common first drugs among young people in the borough.",
     ["Deliver drug education in every secondary school and college.",
      "Offer early help to young people who are experimenting, and to their families.",
      "Run campaigns with young people about the risks of THC vapes and nitrous oxide."]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.setFont(BOLD, 8.5)
    c.drawString(M, H - 13 * mm, "Cheshire West and Chester Combating Drugs Partnership")
    c.setFillColor(hexc("#777777"))
    c.setFont(REG, 8.5)
    c.drawRightString(W - M, 11 * mm, f"Page {p} of 10")
    c.setStrokeColor(LIME)
    c.setLineWidth(1.5)
    c.line(M, H - 15 * mm, W - M, H - 15 * mm)
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(LIME)
    c.circle(W - 30 * mm, 60 * mm, 55 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 11)
    c.drawString(M, H - 26 * mm, "CHESHIRE WEST AND CHESTER")
    c.drawString(M, H - 32 * mm, "COMBATING DRUGS PARTNERSHIP")
    c.setFont(BOLD, 36)
    c.drawString(M, H - 110 * mm, "Partnership Plan")
    c.setFont(REG, 22)
    c.drawString(M, H - 124 * mm, "2023 to 2026")
    c.setFont(REG, 10)
    c.drawString(M, H - 140 * mm, "Our local response to From harm to hope")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(M, 20 * mm, W - 2 * M, H - 42 * mm, id="s", **pad)], onPage=header)]


def rule():
    t = Table([[""]], colWidths=[W - 2 * M], rowHeights=[2.2 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIME)]))
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key, ind in [("Introduction", "intro", 0), ("The national strategy", "nat", 0),
                           ("The local picture", "ctx", 0), ("Our local priorities", "p0", 0)] + \
            [(p[0], f"p{i}", 14) for i, p in enumerate(PRIORITIES)] + [("Governance and outcomes", "gov", 0)]:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 10 if ind else 11.5, DARK,
                              indent=ind, leader=True, gap=10 if ind else 13))
    s += [PageBreak(), Paragraph("Introduction", h1)]
    for t in [
        "The Cheshire West and Chester Combating Drugs Partnership was formed in 2022 in response to the national "
        "drugs strategy. It brings together the council's public health team, Cheshire Constabulary, the Probation "
        "Service, the NHS, the treatment provider, housing, the Department for Work and Pensions and people with "
        "lived experience of addiction.",
        "This plan sets out our four local priorities for 2023 to 2026. It is based on our joint needs assessment "
        "and on what people in treatment and recovery told us.",
        "The partnership's senior responsible owner is the council's Director of Public Health."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("Our principles", h2))
    s += bullets(["Addiction is a health condition, and recovery is possible.", "People with lived experience shape "
                  "what we do.", "We work across the whole system, from enforcement to recovery."], bl)
    s += [PageBreak(), Paragraph("The national strategy", h1),
          Paragraph("<i>From harm to hope</i>, the Government's ten-year drugs plan (2021), has three strategic "
                    "priorities:", body)]
    for i, n in enumerate(NATIONAL, 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;{n}", ParagraphStyle("nl", parent=body, leftIndent=14,
                                                                 firstLineIndent=-14, fontName=BOLD)))
    s += [Paragraph("Its national outcomes are:", body)]
    s += bullets(["reducing drug use", "reducing drug-related crime", "reducing drug-related deaths and harm",
                  "increasing engagement in treatment", "improving recovery outcomes"], bl)
    s.append(Paragraph("Every area must have a combating drugs partnership, a joint needs assessment and a local "
                       "plan. Our local priorities sit under the national ones, and each priority page shows which.",
                       body))
    s += [PageBreak(), Paragraph("The local picture", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4)]
    t = Table([["Indicator", "Value"], ["Estimated opiate and crack users", "1,950"],
               ["Adults in drug treatment", "1,080"], ["Adults in alcohol treatment", "690"],
               ["Drug-related deaths (3-year total)", "74"], ["County lines operating into the borough", "9"],
               ["Young people in specialist substance misuse support", "120"]], colWidths=[115 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
                           ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("What people told us", h2)]
    s += bullets(["\u201cI waited six weeks for an appointment. By then I'd given up.\u201d",
                  "\u201cThe peer mentors are the reason I'm still clean.\u201d",
                  "\u201cNobody told my mum about naloxone until after my brother died.\u201d"], bl)
    for i, (name, nat, prob, acts) in enumerate(PRIORITIES):
        s += [PageBreak()]
        if i == 0:
            s.append(Paragraph("Our local priorities", h1))
            s.append(Paragraph("We have four local priorities. Each is set out on its own page.", body))
            s.append(Spacer(1, 8))
        s += [Paragraph(f"UNDER THE NATIONAL PRIORITY: {NATIONAL[nat].upper()}", kick), Paragraph(name, hp), rule(),
              Spacer(1, 10)]
        cw = (W - 2 * M) / 2
        left = [Paragraph("The problem", h2), Paragraph(prob, body)]
        right = [Paragraph("What we will do", h2)] + bullets(acts, bl)
        tb = Table([[left, right]], colWidths=[cw, cw])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, 0), PALE),
                                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
        s.append(tb)
    s += [PageBreak(), Paragraph("Governance and outcomes", h1),
          Paragraph("The partnership meets quarterly and reports to the Health and Wellbeing Board, the Cheshire West "
                    "and Chester community safety partnership and the Police and Crime Commissioner, who is a member.",
                    body)]
    ot = Table([["Outcome", "Baseline", "Aim by 2026"], ["Adults in drug treatment", "1,080", "1,300"],
                ["Drug-related deaths a year", "25", "Fewer"], ["Continuity of care after prison", "38%", "75%"],
                ["Drug supply disruptions", "42", "More"], ["Young people in early help", "120", "More"]],
               colWidths=[90 * mm, 35 * mm, 35 * mm])
    ot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.5, LIME)]))
    ot.hAlign = "LEFT"
    s += [ot, Paragraph("Baselines are illustrative.", small),
          Paragraph("Contact: cdp@cheshirewestandchester.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Cheshire West and Chester Combating Drugs Partnership")
        doc.build(story(pages))
    needles = {"intro": "Introduction The Cheshire West", "nat": "The national strategy From harm",
               "ctx": "The local picture The figures", "gov": "Governance and outcomes The partnership"}
    needles.update({f"p{i}": f"{p[0]} The problem" for i, p in enumerate(PRIORITIES)})
    two_pass(run, out, needles)
    return out
