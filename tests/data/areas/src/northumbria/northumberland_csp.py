"""Safer Northumberland Partnership Plan 2024-2027: reportlab report with margin headings.

Six priorities, three per page (pp6-7).  Each is a row of a two-column layout:
the priority heading sits in a narrow left margin column (bold serif, wrapping
over two to four lines) beside its description, commitments and lead in the
wide main column.  There is no number or label.  The strategic assessment's
key findings (p5), the previous plan's themes (p4), the "year one" delivery
table under short labels (p8), the outcomes and the governance list are
distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import Marker

FILE = "strategies/safer_northumberland_partnership_plan_2024-27.pdf"
TITLE = "Safer Northumberland Partnership Plan 2024–2027"

MOSS, HEATH, SAND, INK = hexc("#3D5A3A"), hexc("#7A4E7E"), hexc("#F1EDE3"), hexc("#242424")
REG, BOLD = fonts("liberation-serif")
SREG, SBOLD = fonts("liberation-sans")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10, leading=13.6, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=2.5)
margin_h = ParagraphStyle("mh", fontName=BOLD, fontSize=12.5, leading=15.5, textColor=MOSS)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=20, leading=24, textColor=MOSS, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=11.5, leading=14, textColor=HEATH, spaceBefore=8, spaceAfter=4)
lead = ParagraphStyle("lead", parent=body, fontName=SREG, fontSize=8.2, leading=10.5, textColor=hexc("#5E5E5E"))
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=9.8, textColor=hexc("#666666"))
cell = ParagraphStyle("cell", parent=body, fontName=SREG, fontSize=8.6, leading=11, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName=SBOLD, textColor=colors.white)
toc: dict = {}

PRIORITIES = [
    ("Tackling rural and wildlife crime",
     "Northumberland is England's most sparsely populated county. Farm machinery theft, livestock worrying, hare "
     "coursing and fly-tipping cost rural businesses dearly, and isolated victims often feel that no one is coming.",
     ["Expand Farm Watch and the rural crime volunteer network.", "Run joint operations with neighbouring forces "
      "against travelling criminals.", "Use fly-tipping enforcement powers across the council's rural estates."],
     "Northumbria Police rural crime team"),
    ("Reducing anti-social behaviour in our towns and coastal communities",
     "ASB is residents' top concern in Blyth, Cramlington, Ashington and Bedlington, and in coastal villages in the "
     "summer season.",
     ["Agree a joint problem-solving plan for each town with repeated ASB.", "Use Public Spaces Protection Orders "
      "where evidence supports them.", "Fund detached youth work on summer evenings."], "Northumberland County Council"),
    ("Domestic abuse and sexual violence",
     "Domestic abuse is the most common form of violent crime in the county. Rural victims face long journeys to "
     "support, and fear of being known in a small community stops many from reporting.",
     ["Offer outreach support in market towns and villages.", "Train farm and rural business advisers to recognise "
      "abuse.", "Increase the number of perpetrators held to account through the courts."],
     "Northumberland Domestic Abuse Partnership"),
    ("Making our rural roads safer",
     "Our rural A and B roads see a high share of the serious collisions in Northumbria, often involving speed, "
     "motorcycles and young drivers.",
     ["Extend Community Speedwatch to 30 more parishes.", "Run biker safety events at popular routes each spring.",
      "Target enforcement on the A68, A69 and A1 corridors."], "Northumberland Road Safety Partnership"),
    ("Protecting older and vulnerable residents from scams and doorstep crime",
     "Our population is older than the national average. Scams by post, phone and online, and rogue traders on the "
     "doorstep, take savings and confidence from people who live alone.",
     ["Set up No Cold Calling Zones where residents ask for them.", "Give call blockers to residents at high risk.",
      "Train bank, post office and pharmacy staff to spot the signs."], "Trading Standards"),
    ("Reducing the harm caused by alcohol and drugs",
     "Alcohol-related hospital admissions in the county are above the national average, and drug-related deaths "
     "have risen in the south-east of the county (illustrative).",
     ["Increase the number of adults in treatment through the combating drugs partnership.", "Offer alcohol advice "
      "in GP practices and at Wansbeck and Hexham hospitals.", "Support families affected by a relative's substance "
      "use."], "Public health"),
]


def page_deco(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(MOSS)
    c.rect(18 * mm, H - 15 * mm, 22 * mm, 1.6 * mm, stroke=0, fill=1)
    c.setFont(SREG, 7.8)
    c.setFillColor(hexc("#555555"))
    c.drawRightString(W - 18 * mm, H - 14.6 * mm, "Safer Northumberland Partnership · Plan 2024–2027")
    c.setFont(SREG, 8)
    c.drawCentredString(W / 2, 11 * mm, f"– {p} –")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(SAND)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(MOSS)
    c.rect(0, 0, W, 120 * mm, stroke=0, fill=1)
    c.setFillColor(HEATH)
    c.rect(0, 120 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(MOSS)
    c.setFont(SBOLD, 10)
    c.drawString(20 * mm, H - 28 * mm, "SAFER NORTHUMBERLAND PARTNERSHIP")
    c.setFont(BOLD, 36)
    c.drawString(20 * mm, H - 95 * mm, "Partnership Plan")
    c.setFont(REG, 22)
    c.drawString(20 * mm, H - 110 * mm, "2024–2027")
    c.setFillColor(colors.white)
    c.setFont(REG, 12)
    c.drawString(20 * mm, 60 * mm, "Safe towns, safe villages, safe roads")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(MOSS)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 14)
    c.drawString(20 * mm, 100 * mm, "Safer Northumberland Partnership")
    c.setFont(SREG, 10)
    c.drawString(20 * mm, 90 * mm, "County Hall, Morpeth")
    c.drawString(20 * mm, 83 * mm, "safernorthumberland@northumberland.example")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 44 * mm, id="s", **pad)],
                         onPage=page_deco),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def pri_row(name, why, dos, who):
    main = [Paragraph(why, body), Paragraph("<b>We will</b>", body)] + bullets(dos, bl, bullet="–") + \
           [Spacer(1, 2), Paragraph(f"Lead: {who}", lead)]
    t = Table([[Paragraph(name, margin_h), main]], colWidths=[46 * mm, W - 36 * mm - 46 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 10 * mm), ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                           ("LINEBEFORE", (1, 0), (1, 0), 1.2, HEATH), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("1  Introduction", "fw"), ("2  Northumberland at a glance", "ctx"),
                      ("3  What our assessment found", "sa"), ("4  Our priorities for 2024–2027", "pri"),
                      ("5  Year one delivery", "del"), ("6  Governance and outcomes", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), SREG, 11, INK, leader=True, gap=13))
    s += [PageBreak(), Marker("fw", toc), Paragraph("1  Introduction", h1)]
    for t in [
        "The Safer Northumberland Partnership is the county's community safety partnership. Its members are "
        "Northumberland County Council, Northumbria Police, Northumberland Fire and Rescue Service, the Probation "
        "Service, the NHS and the voluntary and community sector.",
        "Northumberland is a safe place to live. Crime is lower than in the rest of the force area, but the county's "
        "size means that services are stretched thin, and people in rural areas can feel far from help.",
        "This plan sets out six priorities for the next three years. They come from our strategic assessment and "
        "from the residents, businesses and parish councils who took part in our consultation.",
        "Our previous plan (2021–2024) was organised under three broad themes: keeping people safe, supporting "
        "vulnerable people and strong communities. This plan is more specific, so that residents can hold us to "
        "account for named issues."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, Safer Northumberland Partnership</b>", body))
    s.append(Paragraph("Our ways of working", h2))
    s += bullets(["Rural proofing: every action is tested for how it works in the countryside.",
                  "Prevention first.", "Listening to residents and parish councils."], bl)
    s += [PageBreak(), Marker("ctx", toc), Paragraph("2  Northumberland at a glance", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    rows = [["Indicator", "Northumberland", "Northumbria"], ["Residents", "322,000", "1.5 million"],
            ["Crimes per 1,000 residents", "58", "84"], ["ASB incidents per 1,000 residents", "19", "27"],
            ["Killed or seriously injured on roads (2023)", "142", "518"], ["Residents aged 65 and over", "26%", "20%"],
            ["Alcohol-related hospital admissions per 100,000", "690", "745"]]
    t = Table([[Paragraph(c, cellb if r == 0 else cell) for c in row] for r, row in enumerate(rows)],
              colWidths=[88 * mm, 42 * mm, 44 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), MOSS), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [SAND,
                           colors.white]), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 8), Paragraph("What residents told us", h2)]
    s += bullets(["Speeding and dangerous driving were the top concern in villages.",
                  "ASB was the top concern in the south-east towns.",
                  "Farmers felt that rural crime was not taken seriously.",
                  "Older residents were worried about scams."], bl)
    s += [PageBreak(), Marker("sa", toc), Paragraph("3  What our assessment found", h1),
          Paragraph("Our 2023 strategic assessment brought together police, council, fire and health data. Its key "
                    "findings were:", body)]
    s += bullets(["Violence with injury is concentrated in Blyth, Ashington and Cramlington town centres.",
                  "Reports of rural crime rose for the third year running.",
                  "Domestic abuse is under-reported in rural areas.",
                  "Serious collisions are concentrated on a small number of rural routes.",
                  "Fraud against older people is rising and is rarely reported.",
                  "Drug-related deaths have risen in the south-east of the county."], bl)
    s.append(Paragraph("Serious violence, exploitation and reducing reoffending are led across Northumbria by the "
                       "Violence Reduction Unit and the Local Criminal Justice Board. We support that work but they "
                       "are not separate priorities in this plan.", body))
    s += [PageBreak(), Marker("pri", toc), Paragraph("4  Our priorities for 2024–2027", h1),
          Paragraph("The partnership has agreed six priorities. Each has a lead and a set of commitments for the life "
                    "of the plan.", body), Spacer(1, 6)]
    for i, p in enumerate(PRIORITIES):
        if i == 3:
            s += [PageBreak(), Spacer(1, 4)]
        s.append(pri_row(*p))
    s += [PageBreak(), Marker("del", toc), Paragraph("5  Year one delivery", h1),
          Paragraph("The table lists the main actions for 2024/25 under short theme names.", body)]
    rows = [["Theme", "Action", "By"], ["Rural", "Rural crime summit with the NFU", "Sept 2024"],
            ["ASB", "Town problem-solving plans in place", "Dec 2024"], ["DA & SV", "Rural outreach service live",
                                                                         "Mar 2025"],
            ["Roads", "Speedwatch in 10 new parishes", "Mar 2025"], ["Scams", "500 call blockers installed", "Mar 2025"],
            ["Substances", "Treatment places up by 10%", "Mar 2025"]]
    t = Table([[Paragraph(c, cellb if r == 0 else cell) for c in row] for r, row in enumerate(rows)],
              colWidths=[30 * mm, 110 * mm, 34 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), HEATH), ("LINEBELOW", (0, 1), (-1, -1), 0.4,
                                                                     hexc("#CCCCCC")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 8), Paragraph("Funding", h2),
          Paragraph("The plan is funded by partners' own budgets and by a community safety grant from the Police and "
                    "Crime Commissioner (illustrative: £180,000 in 2024/25).", body)]
    s += [PageBreak(), Marker("gov", toc), Paragraph("6  Governance and outcomes", h1),
          Paragraph("The partnership board meets four times a year and reports to the council's Communities and Place "
                    "Overview and Scrutiny Committee. It is supported by:", body)]
    s += bullets(["the Rural Crime Group", "the ASB Problem Solving Group", "the Domestic Abuse Partnership",
                  "the Road Safety Partnership", "the Scams and Doorstep Crime Group",
                  "the Combating Drugs Partnership"], bl)
    s.append(Paragraph("Outcomes we want to see", h2))
    s += bullets(["Residents in rural areas feel safer.", "Fewer people harmed on our roads.",
                  "More victims of abuse come forward, and sooner.", "Fewer older people lose money to scams."], bl)
    s.append(Paragraph("Outcomes will be reported in the partnership's annual report.", small))
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, templates(), TITLE, "Safer Northumberland Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
