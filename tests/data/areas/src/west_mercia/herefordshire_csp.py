"""Herefordshire Community Safety Partnership Plan 2024-2027: reportlab report (DejaVu Sans, Liberation Serif
headings).

Five priorities, stated once, in a coloured SIDEBAR box on the right of an otherwise ordinary text page (p5,
"Our plan for 2024 to 2027"): the page's prose runs in the wide left column, and the sidebar lists the five
priorities as bold lines with a small square before each (no numbers).  The previous plan's themes (p3), the
key findings (p4), the Police and Crime Plan's five priorities quoted on p6, the delivery pages' one-word theme
tabs (pp7-8) and the measures are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/herefordshire_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Herefordshire Community Safety Partnership Plan 2024–2027"
RED, DARK, SAND, PALE = hexc("#8C1D18"), hexc("#262626"), hexc("#E8D9B5"), hexc("#F6F0E2")
REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
M = 20 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.6, spaceAfter=6, textColor=DARK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=RED, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=SBOLD, fontSize=13.5, leading=17, textColor=RED, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=hexc("#666666"))
sb_h = ParagraphStyle("sbh", fontName=SBOLD, fontSize=14, leading=17, textColor=colors.white, spaceAfter=8)
sb_p = ParagraphStyle("sbp", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=colors.white, spaceAfter=9,
                      leftIndent=11, bulletIndent=0, bulletFontName=REG, bulletFontSize=8)
sb_n = ParagraphStyle("sbn", fontName=REG, fontSize=8, leading=10.5, textColor=SAND)
tab = ParagraphStyle("tab", fontName=BOLD, fontSize=8.5, leading=10, textColor=colors.white)

PRIORITIES = [
    "Reducing anti-social behaviour in our market towns and villages",
    "Tackling domestic abuse and sexual violence",
    "Reducing the harm caused by drugs and alcohol",
    "Protecting rural communities and businesses from crime",
    "Keeping people safe on Herefordshire\u2019s roads",
]

PCC = ["Keeping our communities safe", "Protecting people from harm", "Putting victims and survivors first",
       "Reducing offending and reoffending", "Building trust and confidence in policing"]

DELIVERY = [
    ("ASB", "Problem-solving groups in Hereford, Leominster, Ross-on-Wye, Ledbury and Bromyard",
     ["Monthly tasking for the ten streets with most reports.", "Youth outreach on Friday evenings in Hereford.",
      "A named caseworker for every high-risk ASB victim."]),
    ("Abuse", "Domestic abuse and sexual violence",
     ["Domestic abuse champions in GP practices and the county hospital.", "Operation Encompass in every school.",
      "Sexual violence awareness for licensed premises staff."]),
    ("Substances", "Drugs and alcohol",
     ["Naloxone in hostels and supported housing.", "Alcohol liaison at the county hospital.",
      "Joint work with the combating drugs partnership."]),
    ("Rural", "Farms, villages and rural businesses",
     ["Machinery marking events at livestock markets.", "Farm Watch and Horse Watch messaging.",
      "Fly-tipping hotspot cameras with landowners."]),
    ("Roads", "Road safety",
     ["Community Speedwatch in 25 more parishes.", "Motorcycle safety events on the A44 and A49.",
      "Young driver sessions in sixth forms."]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8)
    c.drawString(M, H - 6 * mm, "HEREFORDSHIRE COMMUNITY SAFETY PARTNERSHIP")
    c.setFillColor(hexc("#777777"))
    c.setFont(REG, 8)
    c.drawString(M, 11 * mm, "Partnership Plan 2024\u20132027")
    c.drawRightString(W - M, 11 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PALE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RED)
    c.rect(0, H - 150 * mm, W, 150 * mm, stroke=0, fill=1)
    c.setFillColor(SAND)
    for k in range(6):
        c.rect(M + k * 12 * mm, H - 160 * mm, 8 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(M, H - 25 * mm, "HEREFORDSHIRE COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(SBOLD, 38)
    c.drawString(M, H - 100 * mm, "Partnership Plan")
    c.setFont(SREG, 22)
    c.drawString(M, H - 115 * mm, "2024 to 2027")
    c.setFillColor(DARK)
    c.setFont(REG, 10)
    c.drawString(M, 40 * mm, "Hereford \u00b7 Leominster \u00b7 Ross-on-Wye \u00b7 Ledbury \u00b7 Bromyard \u00b7 Kington")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(M, 20 * mm, W - 2 * M, H - 40 * mm, id="s", **pad)], onPage=header)]


def sidebar():
    items = [Paragraph("Our priorities", sb_h)]
    items += [Paragraph(p, sb_p, bulletText="\u25a0") for p in PRIORITIES]
    items.append(Paragraph("Agreed by the partnership board, March 2024.", sb_n))
    return items


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("Herefordshire today", "ctx"), ("Our plan for 2024 to 2027", "plan"),
                      ("The Police and Crime Plan", "pcp"), ("Delivering the plan", "del"),
                      ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, DARK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Herefordshire is one of the safest counties in England, and one of the most sparsely populated. That brings "
        "its own challenges: long distances, isolated victims, and crime that crosses the border with Wales.",
        "The Herefordshire Community Safety Partnership brings together Herefordshire Council, West Mercia Police, "
        "Hereford and Worcester Fire and Rescue Service, the Probation Service, the NHS and the voluntary sector. "
        "We have a duty under the Crime and Disorder Act 1998 to work together to reduce crime and disorder, "
        "substance misuse and reoffending.",
        "Our last plan (2021\u20132024) had three themes: <b>Safer neighbourhoods</b>, <b>Protecting vulnerable "
        "people</b> and <b>Substance misuse</b>. Those themes were broad. This plan is narrower: it names five "
        "problems that our strategic assessment and our residents say matter most."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, Herefordshire Community Safety Partnership</b>", body))
    s += [PageBreak(), Paragraph("Herefordshire today", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4)]
    num = ParagraphStyle("num", fontName=SBOLD, fontSize=20, leading=23, textColor=RED)
    cap = ParagraphStyle("cap", fontName=REG, fontSize=8.5, leading=11, textColor=DARK)
    s.append(Tiles([("188,000", "residents"), ("11,400", "crimes recorded in 2023/24"),
                    ("4,100", "anti-social behaviour incidents"), ("2,700", "domestic abuse incidents and crimes"),
                    ("410", "rural and farm crimes"), ("96", "people killed or seriously injured on the roads")],
                   3, W - 2 * M, num, cap, [PALE, hexc("#F1E6CC")]))
    s.append(Paragraph("Key findings of the strategic assessment", h2))
    s += bullets(["Anti-social behaviour is concentrated in Hereford city centre and the market towns.",
                  "Domestic abuse is under-reported in rural areas, where victims are more isolated.",
                  "Alcohol is a factor in two in five violent offences in the night-time economy.",
                  "Theft of machinery, quad bikes and fuel from farms is rising.",
                  "The A49 and A44 account for a third of serious road collisions."], bl)
    # the sidebar page
    s += [PageBreak(), Paragraph("Our plan for 2024 to 2027", h1)]
    left = [Paragraph(t, body) for t in [
        "This plan covers the three years from April 2024. It is deliberately short. We have chosen a small number "
        "of priorities so that partners can put their effort where it will make most difference, rather than "
        "spreading it thinly across everything that matters.",
        "We chose the priorities in three steps. First, the strategic assessment looked at five years of crime, "
        "ASB, health and fire data. Second, more than 1,400 residents answered our community safety survey. Third, "
        "the partnership board tested a longer list against three questions: how much harm is caused, how much "
        "residents worry about it, and whether working together adds something that no single agency can do "
        "alone.",
        "Some important issues are not on the list because another board leads on them. Serious violence is led "
        "by the West Mercia Serious Violence Duty partnership, the safeguarding of children and adults by the "
        "safeguarding partnerships, and reoffending by the Probation Service and the West Mercia Criminal Justice "
        "Board. We will support their work and report on it to the board.",
        "Each priority has a lead partner and a delivery group. The delivery groups agree an action plan every "
        "year, and the board reviews progress every quarter. Residents can see the plan and our annual report on "
        "the council\u2019s website.",
        "We will also keep the plan under review. If the strategic assessment shows a new problem emerging, the "
        "board can add it to the plan during the year."]]
    cw = W - 2 * M
    t = Table([[left, sidebar()]], colWidths=[cw * 0.6, cw * 0.4])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (1, 0), (1, 0), RED),
                           ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 14),
                           ("LEFTPADDING", (1, 0), (1, 0), 12), ("RIGHTPADDING", (1, 0), (1, 0), 12),
                           ("TOPPADDING", (1, 0), (1, 0), 12), ("BOTTOMPADDING", (1, 0), (1, 0), 12)]))
    s.append(t)
    s += [PageBreak(), Paragraph("The Police and Crime Plan", h1),
          Paragraph("The Police and Crime Commissioner for West Mercia published the Safer West Mercia Plan in 2025. "
                    "It has five priorities:", body)]
    for i, n in enumerate(PCC, 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;{n}", ParagraphStyle("nl", parent=body, leftIndent=14,
                                                                 firstLineIndent=-14)))
    s.append(Paragraph("The Commissioner funds part of our work through the community safety grant, and a member of "
                       "the Commissioner\u2019s office sits on the board. Our priorities contribute mainly to the "
                       "first two of the Commissioner\u2019s priorities.", body))
    s.append(Paragraph("Our ways of working", h2))
    s += bullets(["Prevention first: act before problems escalate.", "Think family: look at the whole household.",
                  "Rural proofing: check that every action works outside Hereford.",
                  "Share information safely and quickly."], bl)
    s += [PageBreak(), Paragraph("Delivering the plan", h1),
          Paragraph("Each delivery group has a short name, used in our action plan and performance reports.", body)]
    for k, (short, long, acts) in enumerate(DELIVERY):
        if k == 3:
            s.append(PageBreak())
        tb = Table([[Paragraph(short.upper(), tab), Paragraph(f"<b>{long}</b>", body)]],
                   colWidths=[28 * mm, W - 2 * M - 28 * mm])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), RED), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("BACKGROUND", (1, 0), (1, 0), PALE)]))
        s += [Spacer(1, 8), tb, Spacer(1, 4)] + bullets(acts, bl)
    s += [PageBreak(), Paragraph("Measures and governance", h1)]
    mt = Table([["Measure", "Baseline", "Direction"], ["ASB incidents", "4,100", "Down"],
                ["Repeat domestic abuse victims", "31%", "Down"], ["Adults in drug and alcohol treatment", "820",
                                                                    "Up"],
                ["Rural crimes reported", "410", "Up (more reporting)"],
                ["People killed or seriously injured on the roads", "96", "Down"]],
               colWidths=[95 * mm, 30 * mm, 40 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.5, SAND), ("BACKGROUND", (0, 0), (-1, 0), PALE)]))
    mt.hAlign = "LEFT"
    s += [mt, Paragraph("Baselines are illustrative.", small), Paragraph("Governance", h2),
          Paragraph("The partnership board meets quarterly and reports to the council\u2019s scrutiny committee "
                    "and to the Police and Crime Commissioner. The Herefordshire Domestic Abuse Partnership Board "
                    "and the combating drugs partnership report to it.", body),
          Paragraph("Contact: communitysafety@herefordshire.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Herefordshire Community Safety Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Herefordshire is one", "ctx": "Herefordshire today The figures",
               "plan": "Our plan for 2024 to 2027 This plan", "pcp": "The Police and Crime Plan The Police",
               "del": "Delivering the plan Each delivery", "gov": "Measures and governance Measure"}
    two_pass(run, out, needles)
    return out
