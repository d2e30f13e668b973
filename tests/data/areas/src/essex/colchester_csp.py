"""Safer Colchester Partnership Strategic Plan 2024-2027: reportlab report (Liberation Sans Narrow body).

Five priorities, stated once, on p6, a **two-column page with the priorities in the right-hand column
only**: the left column holds the page title and the narrative "Why these five?" (which names topics in
running text), the right column a stack of bold unnumbered headings, each with a short description.  The
city council's Strategic Plan themes (p3), the key findings (p4), the previous plan's priorities (p5),
the delivery pages' short theme labels (p7) and the measures are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/safer_colchester_partnership_strategic_plan_2024-27.pdf"
TITLE = "Safer Colchester Partnership Strategic Plan 2024–2027"

GREEN, BERRY, INK, GREY = hexc("#1E5B3A"), hexc("#A3195B"), hexc("#1E1E1E"), hexc("#666666")
PALE = hexc("#E8F0EA")
REG, BOLD = fonts("liberation-narrow")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10, leading=13.6, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=22, leading=26, textColor=GREEN, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, textColor=BERRY, spaceBefore=8, spaceAfter=4)
ph = ParagraphStyle("ph", fontName=BOLD, fontSize=13, leading=16, textColor=GREEN, spaceBefore=4, spaceAfter=3)
pd = ParagraphStyle("pd", parent=body, fontSize=9.6, leading=12.8, spaceAfter=12, textColor=GREY)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.6, leading=10.6, textColor=colors.white)

PRIORITIES = [
    ("Tackling anti-social behaviour in our city centre and neighbourhoods",
     "Nuisance, intimidation and street drinking in the city centre and on our estates."),
    ("Keeping women and girls safe in the night-time economy",
     "Safer nights out in Colchester: venues, taxis, the bus station and the walk home."),
    ("Protecting our rural communities and villages from crime",
     "Farm and machinery theft, hare coursing and fly-tipping around Tiptree, Dedham Vale and Mersea."),
    ("Reducing the harm caused by drugs and alcohol",
     "More people in treatment and recovery, fewer drug-related deaths and alcohol-related admissions."),
    ("Protecting older and isolated residents from fraud and scams",
     "Doorstep crime, courier fraud and online scams aimed at people who live alone."),
]

DELIVERY = [
    ("City centre", ["Joint patrols with the council's community safety officers.", "Review the city centre PSPO.",
                     "Street drinking outreach with the local treatment service."]),
    ("Nights out", ["Best Bar None and Ask for Angela in all late venues.", "Safe haven on Friday and Saturday nights.",
                    "Welfare and vulnerability training for door staff and taxi drivers."]),
    ("Rural", ["Farm Watch and machinery marking events.", "Joint fly-tipping operations with landowners."]),
    ("Substances", ["Naloxone in hostels and pharmacies.", "Alcohol liaison at Colchester Hospital."]),
    ("Scams", ["Trading Standards call blockers for repeat victims.", "Scams awareness with banks and the library "
                                                                       "service."]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(18 * mm, H - 14 * mm, 30 * mm, 1.5 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawRightString(W - 18 * mm, H - 14 * mm, "Safer Colchester Partnership · Strategic Plan 2024–2027")
    c.drawString(18 * mm, 11 * mm, f"Page {p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W * 0.62, H, stroke=0, fill=1)
    c.setFillColor(BERRY)
    c.rect(W * 0.62, 0, W * 0.38, H * 0.35, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "SAFER COLCHESTER PARTNERSHIP")
    c.setFont(BOLD, 34)
    c.drawString(18 * mm, H - 120 * mm, "Strategic Plan")
    c.setFont(REG, 20)
    c.drawString(18 * mm, H - 134 * mm, "2024 to 2027")
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 30 * mm, "Colchester City Council · Essex Police · Essex County Fire and Rescue Service")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    cw = (W - 36 * mm - 12 * mm) / 2
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("twocol", [Frame(18 * mm, 20 * mm, cw, H - 42 * mm, id="l", **pad),
                                    Frame(18 * mm + cw + 12 * mm, 20 * mm, cw, H - 42 * mm, id="r", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Welcome", "fw"), ("Colchester in numbers", "ctx"), ("Looking back", "old"),
                      ("Our priorities", "pri"), ("Delivering the plan", "del"), ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Welcome", h1)]
    for t in [
        "Colchester is Britain's first recorded city and one of the fastest growing places in the country. Its "
        "historic centre, its university and its garrison sit beside villages, farmland and the Colne estuary.",
        "The Safer Colchester Partnership is the city's community safety partnership. It brings together Colchester "
        "City Council, Essex Police, Essex County Fire and Rescue Service, the Probation Service, the NHS, Essex "
        "County Council and the voluntary sector.",
        "This plan sets out the five priorities we will work on together from 2024 to 2027. It supports the city "
        "council's Strategic Plan, whose themes are Respond to the climate emergency; Deliver homes for people who "
        "need them; Improve health, wellbeing and happiness; Grow our economy; and Celebrate our heritage.",
        "<b>Chair, Safer Colchester Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Colchester in numbers", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("197,000", "residents"), ("16,800", "crimes recorded in 2023/24"), ("3,300", "ASB incidents"),
                    ("410", "rural crimes recorded"), ("£2.1m", "lost to fraud by residents over 65"),
                    ("870", "adults in drug and alcohol treatment")], 3, W - 36 * mm, num, cap,
                   [GREEN, BERRY, hexc("#2D7D6F")]))
    s.append(Paragraph("Key findings of the strategic assessment", h2))
    s += bullets(["ASB is concentrated in the city centre, Greenstead and the Hythe.",
                  "Women report feeling unsafe walking home from the city centre at night.",
                  "Rural crime is under-reported, especially machinery theft.",
                  "Residents over 75 are the most likely to lose money to scams.",
                  "Alcohol is a factor in most night-time violence."], bl)
    s += [PageBreak(), Paragraph("Looking back", h1),
          Paragraph("Our 2021–2024 plan had four priorities: Safer city centre; Protecting vulnerable people; "
                    "Reducing violence; and Stronger rural communities. The partnership met most of its targets "
                    "(illustrative), and the work continues under the new priorities.", body),
          Paragraph("What we achieved", h2)]
    s += bullets(["A safe haven in the city centre every weekend.", "Purple Flag status for the night-time economy.",
                  "Two hundred farms signed up to Farm Watch."], bl)
    s.append(Paragraph("Our ways of working", h2))
    s += bullets(["Prevention first.", "Problem-solving with residents.", "Sharing data safely."], bl)
    s += [NextPageTemplate("twocol"), PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("Why these five?", h2)]
    for t in [
        "We chose our priorities from the strategic assessment, a survey of 1,200 residents (illustrative) and "
        "workshops with frontline staff. We looked for issues that cause the most harm, that residents care about "
        "most, and that no single agency can solve.",
        "Some issues matter a great deal but are led elsewhere. Serious violence is led across Essex by the Violence "
        "and Vulnerability Unit, and domestic abuse by the Southend, Essex and Thurrock Domestic Abuse Board. We "
        "support both and report to them.",
        "Each priority has a lead partner and a delivery group, and each reports to the partnership board every "
        "quarter. The priorities are listed in no order of importance."]:
        s.append(Paragraph(t, body))
    s.append(FrameBreak())
    for name, txt in PRIORITIES:
        s += [Paragraph(name, ph), Paragraph(txt, pd)]
    s += [NextPageTemplate("single"), PageBreak(), Paragraph("Delivering the plan", h1),
          Paragraph("The main actions for 2024/25, by theme.", body)]
    rows = [["Theme", "Actions 2024/25"]] + [[n, Paragraph("<br/>".join(a), body)] for n, a in DELIVERY]
    t = Table(rows, colWidths=[32 * mm, W - 36 * mm - 32 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("FONT", (0, 1), (0, -1), BOLD, 9.5), ("BACKGROUND", (0, 0), (-1, 0), GREEN),
                           ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    s += [t, PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The partnership board meets quarterly and reports to the council's Crime and Disorder "
                    "Committee and to the Police, Fire and Crime Commissioner.", body)]
    m = Table([["Measure", "Baseline", "Direction"], ["ASB incidents", "3,300", "Down"],
               ["Women who feel safe in the city centre at night", "48%", "Up"],
               ["Rural crimes reported", "410", "Up (more reporting)"], ["Adults in treatment", "870", "Up"],
               ["Repeat victims of scams", "140", "Down"]], colWidths=[90 * mm, 30 * mm, 40 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("BACKGROUND", (0, 0), (-1, 0), BERRY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: safercolchester@colchester.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Safer Colchester Partnership")
        doc.build(story(pages))
    needles = {"fw": "Welcome Colchester is", "ctx": "Colchester in numbers The figures", "old": "Looking back Our",
               "pri": "Our priorities Tackling anti-social", "del": "Delivering the plan The main",
               "gov": "Governance and measures The partnership"}
    two_pass(run, out, needles)
    return out
