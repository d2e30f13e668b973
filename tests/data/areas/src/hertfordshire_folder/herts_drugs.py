"""Hertfordshire Combating Drugs Partnership Strategy 2025-2028: reportlab (Liberation Sans, DejaVu Serif
headings, dark red), a board-paper look with numbered paragraphs in the margin.  The priorities are the first
column of a four-column "logic model" table (p5): Local priority | What we will do | Outcome we want |
National strand, where the last column repeats From Harm to Hope's strands."""
from __future__ import annotations

from . import shared as T
from .kit import A4, Paragraph, ParagraphStyle, Table, TableStyle, esc, hexc, mm, rl_simple, rl_styles

NAME = "hertfordshire_combating_drugs_partnership_strategy_2025-28.pdf"
TITLE = "Hertfordshire Combating Drugs Partnership Strategy 2025-2028"
RED = "#8B1E1E"
W, H = A4
PRIORITIES = [
    ("Breaking drug supply chains and closing county lines",
     "Joint operations on county lines, cuckooing visits, Operation Sceptre", "Fewer active lines; more "
     "disruptions", T.HARM_TO_HOPE[0]),
    ("Delivering a world-class treatment and recovery system",
     "Expand community treatment, prison release pathways and recovery housing", "More people in treatment "
     "and in recovery", T.HARM_TO_HOPE[1]),
    ("Reducing drug-related deaths", "Naloxone, drug death reviews, near-fatal overdose pathway",
     "Fewer drug-related deaths", T.HARM_TO_HOPE[1]),
    ("Reducing demand for drugs among young people", "Evidence-based drug education, targeted youth support "
     "and family work", "Fewer young people using drugs", T.HARM_TO_HOPE[2]),
]


def on_page(c, doc):
    c.saveState()
    c.setFont("LiberationSans-Regular", 7.5)
    c.setFillColor(hexc("#666666"))
    c.drawString(20 * mm, H - 12 * mm, "Hertfordshire Combating Drugs Partnership")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Strategy 2025-2028")
    c.setStrokeColor(hexc(RED))
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.drawCentredString(W / 2, 10 * mm, f"- {doc.page} -")
    c.restoreState()


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(hexc(RED))
    c.rect(0, H - 110 * mm, W, 110 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#FFFFFF"))
    c.setFont("DejaVuSerif-Bold", 22)
    c.drawString(20 * mm, H - 60 * mm, "Combating Drugs Partnership")
    c.setFont("DejaVuSerif", 14)
    c.drawString(20 * mm, H - 72 * mm, "Hertfordshire strategy 2025-2028")
    c.setFillColor(hexc("#333333"))
    c.setFont("LiberationSans-Regular", 10)
    c.drawString(20 * mm, H - 130 * mm, "From harm to hope in Hertfordshire: a partnership response")
    c.setFont("LiberationSans-Regular", 7.5)
    c.drawString(20 * mm, 25 * mm, "A fictional re-creation made for testing; not a publication of the partnership.")
    c.restoreState()


def logic_model(S, width):
    st = ParagraphStyle("c", fontName=S["reg"], fontSize=8.5, leading=10.8)
    pr = ParagraphStyle("p", fontName=S["bold"], fontSize=9.8, leading=12.4, textColor=hexc(RED))
    hd = ParagraphStyle("h", fontName=S["bold"], fontSize=8.5, leading=10.5, textColor=hexc("#FFFFFF"))
    rows = [[Paragraph(x, hd) for x in ("Local priority", "What we will do", "Outcome we want",
                                        "National strand")]]
    for p, what, outc, strand in PRIORITIES:
        rows.append([Paragraph(esc(p), pr), Paragraph(esc(what), st), Paragraph(esc(outc), st),
                     Paragraph(esc(strand), st)])
    t = Table(rows, colWidths=[width * f for f in (0.3, 0.3, 0.2, 0.2)])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc(RED)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.5, hexc("#BBBBBB")),
                           ("BACKGROUND", (0, 1), (0, -1), hexc("#F7ECEC")),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def build(out_root):
    out = out_root / "strategies" / NAME
    S = rl_styles("liberation-sans", "dejavu", RED, size=9.6)
    from .kit import fonts
    fonts("dejavu")
    import reportlab.pdfbase.pdfmetrics as pm
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
        if n not in pm.getRegisteredFontNames():
            pm.registerFont(TTFont(n, "/usr/share/fonts/truetype/dejavu/" + f))
    S["h1"].fontName = S["h2"].fontName = "DejaVuSerif-Bold"
    width = W - 40 * mm
    sections = [
        ("intro", "1. Introduction", [
            ("p", "1.1 The Hertfordshire Combating Drugs Partnership brings together the county council, "
                  "district councils, the police, probation, health, treatment providers, the Police and Crime "
                  "Commissioner and people with lived experience. It was set up in 2022 in response to the "
                  "national drugs strategy."),
            ("p", "1.2 This strategy sets our local priorities for 2025-2028 and replaces the partnership's "
                  "first delivery plan (2022-2025)."),
            ("h2", "The national strategy"),
            ("p", "1.3 From Harm to Hope, the ten-year national drugs strategy published in December 2021, has "
                  "three strategic priorities:"),
            ("ol", T.HARM_TO_HOPE),
            ("p", "1.4 Its outcomes are to reduce drug use, reduce drug-related crime, reduce drug-related "
                  "deaths and harm, and increase engagement in treatment and long-term recovery."),
        ]),
        ("need", "2. Needs assessment: key findings", T.context("Hertfordshire", [
            ("4,900", "adults in structured treatment"), ("58", "drug-related deaths a year"),
            ("46%", "of opiate users not in treatment"), ("31", "county lines disrupted")],
            ["Cocaine use is rising among young adults in the night-time economy.",
             "Most drug-related deaths involve more than one substance.",
             "Continuity of care from prison to community treatment is below the national average.",
             "Young people's treatment numbers fell during 2023-2025."])
         + [("p", "2.1 The partnership's first delivery plan (2022-2025) was organised around four work "
                  "streams: enforcement, treatment, recovery and prevention.")]),
        ("pri", "3. Our local priorities", [
            ("p", "3.1 The partnership board agreed four local priorities for 2025-2028. The logic model below "
                  "shows each priority, what we will do, the outcome we want and the national strand it serves."),
            ("flow", logic_model(S, width)),
            ("small", "National strand: From Harm to Hope (2021)."),
            ("p", "3.2 Alcohol is in scope of every priority except the first; the partnership's alcohol "
                  "harm plan will be refreshed in 2026."),
        ]),
        ("del", "4. Delivery and governance", [
            ("p", "4.1 Four sub-groups - supply, treatment and recovery, deaths review, and young people - "
                  "report to the board each quarter. The board reports to the Safer Hertfordshire Board and the "
                  "Health and Wellbeing Board, and through the Senior Responsible Owner to the Joint Combating "
                  "Drugs Unit."),
            ("p", "4.2 " + T.pcp_para()),
        ] + T.action_table([
            ["Supply", "Quarterly county lines intensification weeks", "Police", "Quarterly"],
            ["Treatment", "Prison release in-reach workers", "Treatment provider", "Sep 2025"],
            ["Deaths", "Naloxone in all hostels and custody suites", "Public health", "Dec 2025"],
            ["Young people", "Drug education offer to all secondary schools", "Public health", "Jul 2026"]])),
        ("out", "5. Outcomes framework", T.measures_table([
            ["Adults in treatment", "4,900", "5,600"], ["Continuity of care after prison", "38%", "60%"],
            ["Drug-related deaths", "58", "fewer each year"], ["County lines closed", "31", "40 a year"],
            ["Young people in specialist treatment", "210", "260"]])
         + [("small", "All figures are illustrative, for this fictional re-creation."),
            ("p", "Contact: cdp@hertfordshire-cdp.example")]),
    ]
    return rl_simple(out, TITLE, "Hertfordshire Combating Drugs Partnership", S, sections, on_page, on_cover,
                     (20 * mm, 20 * mm, 22 * mm, 20 * mm))
