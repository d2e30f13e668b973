"""Safer Swansea Partnership Strategic Plan 2024-2027: reportlab report (DejaVu Sans Condensed).

Five priorities, stated once, on p6 as a **full-page typographic poster**: a full-bleed page with a small
heading strip ("Safer Swansea 2024-2027: five things we will focus on") and the five priorities set in very
large bold type, one after another, alternating between two colours, each wrapping over two or three lines;
no numbers, no descriptions, no boxes.  The explanations follow on pp7-8 under short labels ("Streets",
"Supply", "Home", "Hate", "Violence"), which are distractors, as are the previous plan's priorities and the
key findings (p5), the Swansea Public Services Board well-being objectives (p3), the delivery table and
measures (p9) and the partner list (p10).
"""
from common import num_pages, two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/safer_swansea_partnership_strategic_plan_2024-27.pdf"
TITLE = "Safer Swansea Partnership Strategic Plan 2024–2027"

SEA, SAND, INK, GREY = hexc("#08415C"), hexc("#F2A541"), hexc("#1E1E1E"), hexc("#5B6770")
TEAL, PALE = hexc("#2E8B8B"), hexc("#E8F1F4")
REG, BOLD = fonts("dejavu-cond")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.6, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=22, leading=26, textColor=SEA, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=15, leading=18, textColor=SEA, spaceBefore=8, spaceAfter=3)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)
strip = ParagraphStyle("strip", fontName=REG, fontSize=10, leading=14, textColor=hexc("#BFD6DF"))
poster = [ParagraphStyle(f"poster{k}", fontName=BOLD, fontSize=37, leading=41, textColor=c, spaceAfter=22)
          for k, c in enumerate([colors.white, SAND])]

PRIORITIES = [
    "Making our streets and parks free from anti-social behaviour",
    "Shutting down drug dealing and county lines",
    "Ending violence against women, domestic abuse and sexual violence",
    "Standing together against hate crime",
    "Reducing serious violence and knife crime",
]

EXPLAIN = [
    ("Streets", "Residents in the city centre, Townhill, the Mumbles seafront and our parks told us that groups "
     "gathering, off-road bikes and open drug use stop them using public space. We will map hotspots every month, "
     "use problem-solving plans, and offer young people somewhere to go and something to do in the evenings."),
    ("Supply", "Swansea is both a source and a destination for county lines. We will act on community intelligence "
     "within days, close premises used for dealing, and protect the vulnerable adults whose homes are taken over, "
     "with South Wales Police, housing providers and the Area Planning Board."),
    ("Home", "Domestic abuse is the largest single source of harm in the city. Working with the Swansea Bay VAWDASV "
     "board, we will make sure every front-line worker can ask and act, every high-risk victim is heard at MARAC, "
     "and perpetrators are challenged."),
    ("Hate", "Reported hate crime rose after national events in 2023 (illustrative). We will fund third-party "
     "reporting centres, support the regional community cohesion team, and bring communities together after "
     "tensions arise."),
    ("Violence", "Most serious violence is concentrated in a few wards and in the night-time economy. With the "
     "South Wales Serious Violence Duty partnership we will use hospital and police data to target hotspots and "
     "fund youth workers where young people are most at risk."),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(SEA)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 7.6)
    c.drawString(20 * mm, H - 6 * mm, "SAFER SWANSEA PARTNERSHIP")
    c.setFont(REG, 7.6)
    c.drawRightString(W - 20 * mm, H - 6 * mm, "Strategic Plan 2024–2027")
    c.setFillColor(SEA)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 20 * mm, 11 * mm, f"{p} / {doc._npages}")
    c.setFillColor(SAND)
    c.rect(20 * mm, 12 * mm, 10 * mm, 1.2 * mm, stroke=0, fill=1)
    c.restoreState()


def poster_page(c, doc):
    c.saveState()
    c.setFillColor(SEA)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(SAND)
    c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
    c.setFillColor(SEA)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 14 * mm, "SAFER SWANSEA 2024–2027")
    c.setFont(BOLD, 17)
    c.drawString(20 * mm, H - 23 * mm, "Five things we will focus on")
    c.setFillColor(TEAL)
    c.rect(0, 0, W, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 7.6)
    c.drawString(20 * mm, 5.5 * mm, "Safer Swansea Partnership · Strategic Plan 2024–2027")
    c.drawRightString(W - 20 * mm, 5.5 * mm, f"{c.getPageNumber()} / {doc._npages}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(SEA)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.wedge(-60 * mm, -80 * mm, 150 * mm, 130 * mm, 0, 90, stroke=0, fill=1)
    c.setFillColor(SAND)
    c.circle(W - 45 * mm, H - 70 * mm, 22 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "SAFER SWANSEA PARTNERSHIP")
    c.setFont(REG, 9)
    c.drawString(20 * mm, H - 30 * mm, "Partneriaeth Abertawe Mwy Diogel")
    c.setFont(BOLD, 36)
    c.drawString(20 * mm, H - 140 * mm, "Strategic Plan")
    c.setFont(REG, 22)
    c.drawString(20 * mm, H - 154 * mm, "2024–2027")
    c.setFont(REG, 10)
    c.drawString(20 * mm, H - 168 * mm, "Making Swansea a safe place to live, work, study and visit")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(SEA)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 14)
    c.drawString(20 * mm, 120 * mm, "Safer Swansea Partnership")
    c.setFont(REG, 9.5)
    y = 110 * mm
    for line in ["Civic Centre, Oystermouth Road, Swansea", "safer.swansea@swansea.example",
                 "01792 000 000 (illustrative)", "", "This plan is available in Welsh and in other formats.",
                 "All statistics in this plan are illustrative and are not official figures."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.restoreState()


NP = [11]


class SwanDoc(BaseDocTemplate):
    _npages = 11


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 22 * mm, W - 40 * mm, H - 44 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("poster", [Frame(20 * mm, 26 * mm, W - 40 * mm, H - 70 * mm, id="p", **pad)],
                         onPage=poster_page),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("Swansea in numbers", "ctx"), ("Looking back, looking forward", "back"),
                      ("Our focus for 2024–2027", "pri"), ("What we will do", "what"),
                      ("Delivery and measures", "del"), ("Governance and partners", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), BOLD, 11.5, SEA, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Swansea is a city of the sea and the hills: a university city, a city of sanctuary and the gateway to "
        "Gower. It is a safe place for most people, but not for everyone, and not all of the time.",
        "The Safer Swansea Partnership brings together Swansea Council, South Wales Police, Mid and West Wales "
        "Fire and Rescue Service, Swansea Bay University Health Board, the Probation Service and the voluntary "
        "sector to make the city safer. We are the community safety partnership for Swansea under the Crime and "
        "Disorder Act 1998.",
        "This plan is short on purpose. We have chosen five things to focus on and we have set them out on a single "
        "page, large enough to put on a wall, so that everyone who works for the partnership knows what they are.",
        "<b>Chair, Safer Swansea Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("Swansea Public Services Board", h2),
          Paragraph("The partnership contributes to the well-being objectives of the Swansea Public Services Board. "
                    "They are the Board's objectives, not priorities of this plan:", body)]
    s += bullets(["Early years: giving every child the best start in life", "Live well, age well",
                  "Working with nature", "Stronger communities"], bl)
    s += [PageBreak(), Paragraph("Swansea in numbers", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("246,000", "residents"), ("21,300", "crimes recorded in 2023/24"),
                    ("5,600", "anti-social behaviour incidents"), ("3,950", "domestic abuse incidents and crimes"),
                    ("188", "knife crime offences"), ("131", "hate crimes reported")], 3, W - 40 * mm, num, cap,
                   [SEA, TEAL, hexc("#3D5A80")]))
    s.append(Paragraph("Illustrative figures.", small))
    s += [Paragraph("Where crime happens", h2),
          Paragraph("Half of all recorded crime happens in four of the city's 32 wards (illustrative). The city "
                    "centre and the Kingsway carry the night-time economy; Townhill, Penderry and Castle carry most "
                    "anti-social behaviour reports.", body)]
    s += [PageBreak(), Paragraph("Looking back, looking forward", h1),
          Paragraph("Our 2021–2024 plan had three priorities. They are listed here for reference; they are not the "
                    "priorities of this plan.", body)]
    s += bullets(["Safer city centre", "Protecting vulnerable people", "Reducing crime and re-offending"], bl)
    s += [Paragraph("What the strategic assessment found", h2)]
    s += bullets(["Anti-social behaviour has moved from the city centre to parks and estates.",
                  "Drug dealing is the issue residents raise most often with councillors.",
                  "Domestic abuse accounts for one in five violent crimes.",
                  "Reported hate crime has risen, and many incidents are still not reported.",
                  "Knife crime is low by UK standards but has risen among under-25s."], bl)
    s += [Paragraph("What residents told us", h2),
          Paragraph("\u201cI don't walk through the park after four o'clock in winter.\u201d \u2014 resident, Townhill",
                    body),
          Paragraph("\u201cEveryone knows which flat the dealing is from.\u201d \u2014 resident, city centre", body)]
    s += [NextPageTemplate("poster"), PageBreak()]
    for k, name in enumerate(PRIORITIES):
        s.append(Paragraph(name, poster[k % 2]))
    s.append(Paragraph("The pages that follow explain what each one means and who leads it.", strip))
    s += [NextPageTemplate("single"), PageBreak(), Paragraph("What we will do", h1),
          Paragraph("Each focus has a delivery group, known by the short name in blue below.", body)]
    for k, (name, txt) in enumerate(EXPLAIN):
        s += [Paragraph(name, lab), Paragraph(txt, body)]
        if k == 2:
            s += [Paragraph("Ways of working", h2)]
            s += bullets(["We share information lawfully and quickly.", "We listen to people with lived experience.",
                          "We act on the causes, not only the symptoms."], bl)
            s.append(PageBreak())
    s += [PageBreak(), Paragraph("Delivery and measures", h1)]
    rows = [["Group", "Key actions 2024/25", "Measure", "Baseline"],
            ["Streets", "Park wardens; evening youth provision", "ASB incidents", "5,600"],
            ["Supply", "Closure orders; cuckooing protocol", "Premises closures", "14"],
            ["Home", "Ask and Act training; MARAC review", "Repeat MARAC cases", "29%"],
            ["Hate", "Third-party reporting centres", "Hate crimes reported", "131"],
            ["Violence", "Hospital data sharing; youth workers", "Knife crime offences", "188"]]
    t = Table([[Paragraph(str(x), body) for x in r] for r in rows],
              colWidths=[22 * mm, 78 * mm, 44 * mm, 26 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.5, TEAL),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Paragraph("Baselines are illustrative.", small)]
    s += [PageBreak(), Paragraph("Governance and partners", h1),
          Paragraph("The partnership board meets every quarter and reports to the Swansea Public Services Board and "
                    "the council's scrutiny programme committee. Each delivery group reports to every board "
                    "meeting.", body), Paragraph("Partners", h2)]
    s += bullets(["Swansea Council", "South Wales Police", "Mid and West Wales Fire and Rescue Service",
                  "Swansea Bay University Health Board", "The Probation Service", "Swansea Youth Justice Service",
                  "The office of the South Wales Police and Crime Commissioner", "Swansea Council for Voluntary "
                  "Service"], bl)
    s += [Paragraph("Links to other plans", h2),
          Paragraph("The Police and Crime Plan for South Wales; the Swansea Bay VAWDASV Strategy; the Swansea Bay "
                    "Area Planning Board substance misuse strategy; the South Wales Serious Violence Prevention "
                    "Strategy.", body)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = SwanDoc(str(out), pagesize=A4, title=TITLE, author="Safer Swansea Partnership", subject="",
                      creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
        doc._npages = NP[0]
        doc.addPageTemplates(templates())
        doc.build(story(pages))
    needles = {"fw": "Foreword Swansea is a city", "ctx": "Swansea in numbers The figures",
               "back": "Looking back, looking forward Our", "pri": "Five things we will focus on",
               "what": "What we will do Each focus", "del": "Delivery and measures Group",
               "gov": "Governance and partners The"}
    pages = two_pass(run, out, needles)
    if num_pages(out) != NP[0]:  # the folio prints "n / N"
        NP[0] = num_pages(out)
        run(pages)
    return out
