"""Isle of Wight Community Safety Partnership Plan 2024-2027: reportlab report (Liberation Sans Narrow body,
Liberation Sans headings).

Five priorities, stated once, on p6 as **"Our commitments to the Island" cards in a 3 x 2 grid**: each card
has a coloured top strip, the priority in bold (wrapping over two or three lines) and one sentence under it;
no numbers.  The sixth cell is a different, grey dashed card "Running through all five" that names the
partnership's ways of working; it is not a priority.  The 2021-2024 priorities and the survey findings
(p5), the Island's statistics (p4), the delivery table's short themes (p7) and the measures (p8) are
distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/isle_of_wight_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Isle of Wight Community Safety Partnership Plan 2024–2027"

SEA, SAND, INK, GREY = hexc("#005F73"), hexc("#E9C46A"), hexc("#1D2B2F"), hexc("#5E6B6E")
STRIPS = [hexc("#005F73"), hexc("#9B2226"), hexc("#CA6702"), hexc("#2A7F62"), hexc("#3D405B")]
REG, BOLD = fonts("liberation-narrow")
HREG, HBOLD = fonts("liberation-sans")
W, H = A4
FW = W - 36 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=10, leading=14, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=HBOLD, fontSize=20, leading=25, textColor=SEA, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=HBOLD, fontSize=11.5, leading=14, textColor=SEA, spaceBefore=8, spaceAfter=4)
card_h = ParagraphStyle("card_h", fontName=HBOLD, fontSize=12, leading=15, textColor=INK, spaceAfter=5)
card_t = ParagraphStyle("card_t", fontName=REG, fontSize=9.4, leading=12.4, textColor=GREY)
cell = ParagraphStyle("cell", fontName=REG, fontSize=9.2, leading=12, textColor=INK)
cellb = ParagraphStyle("cellb", parent=cell, fontName=HBOLD, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY)

PRIORITIES = [
    ("Reducing anti-social behaviour across the Island",
     "Joint patrols in Newport, Ryde and Sandown, and quicker action with housing providers."),
    ("Reducing domestic abuse and sexual violence on the Island",
     "Earlier help, safe routes off the Island for survivors who need them, and perpetrators held to account."),
    ("Making the Island's roads safer",
     "More Community Speedwatch groups and action on the routes where people are killed or seriously injured."),
    ("Protecting rural and coastal communities from crime",
     "Farm and equipment theft, heritage crime and crime around our harbours and marinas."),
    ("Preventing radicalisation and extremism",
     "Delivering the Prevent duty in our schools, college and communities, including online."),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(SAND)
    c.rect(18 * mm, H - 14 * mm, 14 * mm, 2.2 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawRightString(W - 18 * mm, H - 14 * mm, "Isle of Wight Community Safety Partnership")
    c.setFont(HBOLD, 8.5)
    c.setFillColor(SEA)
    c.drawString(18 * mm, 11 * mm, f"{p}")
    c.setFont(REG, 8)
    c.setFillColor(GREY)
    c.drawString(24 * mm, 11 * mm, "Community Safety Partnership Plan 2024–2027")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#EAF4F4"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(SEA)
    c.rect(0, 0, W, 105 * mm, stroke=0, fill=1)
    c.setFillColor(SAND)  # a stylised island outline
    p = c.beginPath()
    p.moveTo(60 * mm, 150 * mm)
    p.curveTo(90 * mm, 185 * mm, 140 * mm, 190 * mm, 165 * mm, 160 * mm)
    p.curveTo(150 * mm, 140 * mm, 110 * mm, 128 * mm, 60 * mm, 150 * mm)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(SEA)
    c.setFont(HBOLD, 10)
    c.drawString(18 * mm, H - 22 * mm, "ISLE OF WIGHT COMMUNITY SAFETY PARTNERSHIP")
    c.setFillColor(colors.white)
    c.setFont(HBOLD, 30)
    c.drawString(18 * mm, 72 * mm, "Community Safety")
    c.drawString(18 * mm, 58 * mm, "Partnership Plan")
    c.setFont(HREG, 16)
    c.setFillColor(SAND)
    c.drawString(18 * mm, 42 * mm, "2024 – 2027")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(SEA)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(HBOLD, 14)
    c.drawString(18 * mm, 120 * mm, "Isle of Wight Community Safety Partnership")
    c.setFont(REG, 10)
    for k, line in enumerate(["County Hall, Newport, Isle of Wight", "Email: csp@iow.example",
                              "Telephone: 01983 000 000 (illustrative)"]):
        c.drawString(18 * mm, (108 - 7 * k) * mm, line)
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, FW, H - 42 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def commitments():
    cw = (FW - 2 * 5 * mm) / 3
    cells = []
    for k, (name, txt) in enumerate(PRIORITIES):
        cells.append([Paragraph(name, card_h), Paragraph(txt, card_t)])
    cells.append([Paragraph("Running through all five", ParagraphStyle("x", parent=card_h, textColor=GREY,
                                                                       fontSize=10.5)),
                  Paragraph("Listening to Island residents; thinking about the whole family; using what works; "
                            "and working across the Solent with Hampshire partners.", card_t)])
    data = [[cells[0], "", cells[1], "", cells[2]], [cells[3], "", cells[4], "", cells[5]]]
    t = Table(data, colWidths=[cw, 5 * mm, cw, 5 * mm, cw], rowHeights=[48 * mm, 48 * mm])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 9),
          ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 14),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
    pos = [(0, 0), (2, 0), (4, 0), (0, 1), (2, 1)]
    for k, (x, y) in enumerate(pos):
        st += [("BACKGROUND", (x, y), (x, y), hexc("#F4F8F8")), ("BOX", (x, y), (x, y), 0.6, hexc("#C7D6D8")),
               ("LINEABOVE", (x, y), (x, y), 6, STRIPS[k])]
    st += [("BOX", (4, 1), (4, 1), 0.8, hexc("#9AA5A8"), 1, (3, 3))]
    t.setStyle(TableStyle(st))
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Welcome", "fw"), ("The Island in context", "ctx"), ("Listening and learning", "lis"),
                      ("Our commitments to the Island", "pri"), ("Delivering our commitments", "del"),
                      ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 12, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Welcome", h1)]
    for t in [
        "The Isle of Wight is a safe place to live and to visit. It is also an island: our partners cannot call on "
        "a neighbouring town for help at short notice, and some of our residents need to leave the Island to be "
        "safe. This shapes everything in this plan.",
        "The Isle of Wight Community Safety Partnership brings together the Isle of Wight Council, Hampshire and "
        "Isle of Wight Constabulary, Hampshire and Isle of Wight Fire and Rescue Service, the Probation Service, the "
        "Isle of Wight NHS Trust and the voluntary sector.",
        "This plan makes five commitments to Island residents for the next three years. We will report on them "
        "every year to the council's Policy and Scrutiny Committee for Neighbourhoods and Regeneration.",
        "<b>Chair, Isle of Wight Community Safety Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The Island in context", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    stats = Table([["142,000", "residents, a quarter of them aged over 65"],
                   ["2.3 million", "visitors a year"],
                   ["9,100", "crimes recorded in 2023/24"],
                   ["2,600", "anti-social behaviour incidents"],
                   ["1,800", "domestic abuse incidents and crimes"],
                   ["64", "people killed or seriously injured on Island roads"]], colWidths=[40 * mm, FW - 40 * mm])
    stats.setStyle(TableStyle([("FONT", (0, 0), (0, -1), HBOLD, 15), ("FONT", (1, 0), (1, -1), REG, 10),
                               ("TEXTCOLOR", (0, 0), (0, -1), SEA), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#C7D6D8")),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [stats, Spacer(1, 8), Paragraph("Island geography matters: the Solent crossing adds time to every "
                                         "transfer, and rural roads carry heavy summer traffic.", body)]
    s += [PageBreak(), Paragraph("Listening and learning", h1), Paragraph("What Island residents told us", h2)]
    s += bullets(["Anti-social behaviour in town centres was the top concern in the residents' survey.",
                  "Speeding on rural roads was the top concern outside the towns.",
                  "Farmers and boat owners reported thefts of equipment and outboard engines.",
                  "Survivors of domestic abuse said that on a small island everyone knows everyone."], bl)
    s += [Paragraph("Our last plan", h2),
          Paragraph("The 2021–2024 plan had three priorities: Reducing harm from drugs and alcohol; Tackling crime "
                    "and disorder in our towns; and Safeguarding vulnerable people. Drugs and alcohol are now led by "
                    "the Island's combating drugs partnership.", body),
          Paragraph("Our duties", h2),
          Paragraph("The partnership meets the duties of the Crime and Disorder Act 1998, the Serious Violence Duty, "
                    "the Domestic Abuse Act 2021 and the Prevent duty.", body)]
    s += [PageBreak(), Paragraph("Our commitments to the Island", h1),
          Paragraph("These are the partnership's five priorities for 2024 to 2027. The sixth card describes how we "
                    "will work on all of them.", body), Spacer(1, 6), commitments()]
    s += [PageBreak(), Paragraph("Delivering our commitments", h1),
          Paragraph("Each commitment has a delivery group. The short names below are the groups' working titles.",
                    body)]
    rows = [[Paragraph(x, cellb) for x in ("Group", "First-year actions", "Lead")],
            [Paragraph(x, cell) for x in ("Towns", "Joint patrols; PSPO review in Ryde; youth outreach in the summer",
                                          "Council and police")],
            [Paragraph(x, cell) for x in ("Safe at home", "IDVA in St Mary's Hospital; refuge places on the mainland",
                                          "Domestic abuse forum")],
            [Paragraph(x, cell) for x in ("Roads", "Ten new Speedwatch groups; motorcycle safety campaign",
                                          "Road safety partnership")],
            [Paragraph(x, cell) for x in ("Rural and coast", "Farm watch; marine watch at Cowes and Yarmouth",
                                          "Police rural team")],
            [Paragraph(x, cell) for x in ("Prevent", "Training for schools; online safety sessions", "Council")]]
    dt = Table(rows, colWidths=[32 * mm, FW - 72 * mm, 40 * mm])
    dt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SEA), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C7D6D8")),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [dt]
    s += [PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The partnership board meets quarterly. It reports to the council and to the Police and Crime "
                    "Commissioner, whose Police and Crime Plan funds part of this work.", body)]
    s += bullets(["Anti-social behaviour incidents (baseline 2,600, illustrative): down.",
                  "Repeat referrals to MARAC: down.",
                  "People killed or seriously injured on Island roads (baseline 64, illustrative): down.",
                  "Rural and marine thefts: down.",
                  "Prevent training completed by school staff: up."], bl)
    s += [Paragraph("All baselines are illustrative.", small), NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Isle of Wight Community Safety Partnership")
        doc.build(story(pages))
    needles = {"fw": "Welcome The Isle of Wight is", "ctx": "The Island in context The figures",
               "lis": "Listening and learning What", "pri": "Our commitments to the Island These",
               "del": "Delivering our commitments Each", "gov": "Measures and governance The"}
    two_pass(run, out, needles)
    return out
