"""Leicester, Leicestershire and Rutland Violence Against Women and Girls Strategy 2025-2030.

reportlab report, landscape-free. The priorities are four rounded coloured squares in a 2 x 2 block (p6), each
holding a priority in white; a one-line description is printed under each square. An alignment grid on p7
maps "V1-V4" against the Tackling Domestic Abuse Plan's pillars and the Police and Crime Plan (distractors).
"""
from __future__ import annotations

from pathlib import Path

from .kit import (ILLUS, P, Spacer, Table, TableStyle, build_rl, colors, contents, grid_table, hexc, mm, section,
                  styles, tiles, draw_lines)
from reportlab.lib.styles import ParagraphStyle
from rl_kit import A4

OUT = "strategies/llr_violence_against_women_and_girls_strategy_2025-30.pdf"
T = {"main": "#5B2A86", "acc": "#D1495B", "pale": "#F3EDF8", "font": "dejavu", "hfont": "liberation-serif",
     "h1": 22, "size": 9.3}
PRIORITIES = [
    ("Preventing abuse by challenging attitudes and behaviours", "In schools, workplaces, sport and online",
     "#5B2A86"),
    ("Supporting survivors and their children to recover", "Specialist, trauma-informed help for as long as needed",
     "#D1495B"),
    ("Pursuing perpetrators and changing behaviour", "Justice, protection orders and programmes that work",
     "#2E4A7D"),
    ("Making streets, transport and nights out safer for women and girls", "Safe spaces, lighting and "
     "bystander training", "#1F7A6D"),
]


def _cover(c, d):
    W, H = A4
    c.setFillColor(hexc("#F3EDF8"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, (_, _, col) in enumerate(PRIORITIES):
        c.setFillColor(hexc(col))
        c.roundRect(25 * mm + (i % 2) * 42 * mm, H - 105 * mm - (i // 2) * 42 * mm, 38 * mm, 38 * mm, 5 * mm,
                    stroke=0, fill=1)
    c.setFillColor(hexc("#5B2A86"))
    c.setFont("LiberationSerif-Bold", 30)
    c.drawString(25 * mm, H * 0.36, "Violence Against")
    c.drawString(25 * mm, H * 0.36 - 12 * mm, "Women and Girls")
    c.setFont("DejaVuSans", 12)
    c.drawString(25 * mm, H * 0.36 - 24 * mm, "Strategy 2025\u20132030 \u00b7 Leicester, Leicestershire and Rutland")
    c.setFont("DejaVuSans", 8)
    c.drawString(25 * mm, 15 * mm, "LLR Domestic and Sexual Violence and Abuse Partnership Board \u00b7 fictional "
                 "re-creation for testing")


def _chrome(c, d, n, land):
    PW, PH = d.pagesize
    c.setFillColor(hexc("#D1495B"))
    c.circle(PW - 18 * mm, 14 * mm, 5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVuSans-Bold", 9)
    c.drawCentredString(PW - 18 * mm, 12.6 * mm, str(n))
    c.setFillColor(hexc("#5B2A86"))
    c.setFont("DejaVuSans", 7.5)
    c.drawString(20 * mm, 13 * mm, "LLR VAWG Strategy 2025\u20132030")


def _back(c, d):
    W, H = A4
    c.setFillColor(hexc("#5B2A86"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LiberationSerif-Bold", 16)
    c.drawString(25 * mm, H * 0.5, "If you need help now")
    draw_lines(c, ["In an emergency call 999. If you cannot speak, press 55 when prompted.",
                   "Local domestic abuse helpline: 0808 000 0000 (illustrative)",
                   "Sexual violence support line: 0808 000 0001 (illustrative)",
                   "Partnership board: vawg@llr-dsva.example"], 25 * mm, H * 0.5 - 10 * mm, "DejaVuSans", 10, 15)


def build(root: Path) -> Path:
    S = styles(T)
    W, H = A4
    width = W - 40 * mm
    toc = [("Foreword", 3), ("Why a joint strategy", 3), ("What we know", 4), ("The national framework", 5),
           ("Our priorities", 6), ("How the priorities align", 7), ("Delivery and outcomes", 8), ("Governance", 9),
           ("Getting help", 10)]
    pages = [("p", contents(S, toc))]
    pages.append(("p", section(S, "Foreword", [
        "Violence against women and girls is not inevitable. It is a choice made by perpetrators, and it is "
        "tolerated when the rest of us look away. This strategy is the shared commitment of every partner on the "
        "board to stop it.",
        "It replaces our separate domestic abuse and sexual violence strategies with one joint strategy for the "
        "city and the two counties. It has been shaped by more than 300 survivors who told us what helped them and "
        "what let them down.",
        ("small", "Chair, LLR Domestic and Sexual Violence and Abuse Partnership Board"), ("sp", 6),
        P("Why a joint strategy", S["h1"]),
        "Leicester City Council, Leicestershire County Council and Rutland County Council each have duties under "
        "the Domestic Abuse Act 2021; the Police and Crime Commissioner commissions victim services; health, "
        "probation and the police all hold part of the picture. A single strategy lets us commission once, train "
        "once and measure once."])))
    pages.append(("p", section(S, "What we know", [
        tiles(S, [("31,000", "domestic abuse incidents and crimes a year"), ("2,400", "rapes and sexual offences "
                   "recorded"), ("1 in 3", "women feel unsafe in town centres after dark"),
                  ("58%", "of high-risk victims with children"), ("4,100", "stalking and harassment reports"),
                  ("9", "domestic homicide reviews under way")], width,
              fills=[hexc("#5B2A86"), hexc("#D1495B")]), ("small", ILLUS), ("sp", 4),
        ("h2", "Key findings"),
        ("bul", ["Most abuse is never reported to the police; survivors first tell a friend, GP or teacher.",
                 "Waiting lists for counselling after sexual violence run to nine months.",
                 "Few perpetrators are offered a programme unless they reach court.",
                 "Young women report harassment on buses and at stations as routine."]),
        ("h2", "What survivors told us"),
        "\u201cI needed someone who understood, not a leaflet.\u201d \u201cThe court date moved four times.\u201d "
        "(Composite quotes written for this re-creation.)"])))
    pages.append(("p", section(S, "The national framework", [
        "The national Tackling Violence Against Women and Girls Strategy and the Tackling Domestic Abuse Plan set "
        "the framework we work within. The Domestic Abuse Plan's four pillars are:",
        ("bul", ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
                 "A stronger system"]),
        "The national VAWG strategy's three pillars are prioritising prevention, supporting victims and pursuing "
        "perpetrators, underpinned by a stronger system.",
        ("h2", "Our previous strategies"),
        grid_table(S, ["Domestic abuse strategy 2021\u20132024", "Sexual violence strategy 2021\u20132024"], [
            ["Early intervention", "Awareness and education"], ["Safe accommodation", "Access to therapy"],
            ["Multi-agency risk management", "Criminal justice outcomes"]], [width / 2, width / 2]),
        ("h2", "The Police and Crime Plan"),
        "The Police and Crime Commissioner's plan for 2025\u20132029 includes the priority \u201cKeeping women and "
        "girls safe\u201d, alongside \u201cOutstanding support for victims\u201d."])))
    # p6: the 2 x 2 squares
    sq = ParagraphStyle("sq", fontName="LiberationSerif-Bold", fontSize=15, leading=18, textColor=colors.white)
    un = ParagraphStyle("un", fontName=S["reg"], fontSize=8.2, leading=10, textColor=hexc("#555555"))
    cells = []
    side = 72 * mm
    for text, desc, col in PRIORITIES:
        box = Table([[P(text, sq)]], colWidths=[side], rowHeights=[side])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc(col)), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 10), ("ROUNDEDCORNERS", [5 * mm] * 4)]))
        cells.append([box, Spacer(1, 3), P(desc, un)])
    grid = Table([[cells[0], cells[1]], [cells[2], cells[3]]], colWidths=[width / 2] * 2)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    pages.append(("p", [P("Our priorities", S["h1"]),
                        P("Four priorities will guide the partnership from 2025 to 2030.", S["body"]),
                        Spacer(1, 6), grid]))
    mk = {"s": "\u25a0 strong", "m": "\u25a1 medium", "": ""}
    rows = [("V1", "s,,,m,s,,"), ("V2", ",s,,m,,s,"), ("V3", ",,s,m,s,,"), ("V4", "s,,m,,s,,")]
    data = []
    for code, cells_ in rows:
        data.append([code] + [mk[x] for x in cells_.split(",")])
    pages.append(("p", section(S, "How the priorities align", [
        "V1 to V4 are our four priorities, in the order shown on page 6. The grid shows how strongly each "
        "contributes to the national pillars and to the Police and Crime Plan.",
        grid_table(S, ["", "Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
                       "A stronger system", "PCP: Keeping women and girls safe", "PCP: Outstanding support for "
                       "victims", "PCP: Breaking the cycle of reoffending"], data,
                   [12 * mm] + [(width - 12 * mm) / 7] * 7),
        ("small", "\u25a0 strong \u25a1 medium; blank means little or no contribution."),
        ("h2", "Links to other strategies"),
        "The Serious Violence Strategy treats domestic abuse as a form of serious violence; the combating drugs "
        "partnership and the reducing reoffending board each have actions for perpetrators and survivors with "
        "multiple needs."])))
    pages.append(("p", section(S, "Delivery and outcomes", [
        grid_table(S, ["Theme", "What we will do", "Lead"], [
            ["Prevention", "Healthy relationships education in every secondary school", "Councils"],
            ["Prevention", "White Ribbon accreditation for all partner organisations", "Board"],
            ["Support", "Independent domestic and sexual violence advisers in hospitals and GP hubs", "OPCC"],
            ["Support", "Children's therapeutic service after domestic abuse", "Councils"],
            ["Perpetrators", "Community perpetrator programme for non-court-mandated men", "OPCC"],
            ["Perpetrators", "Stalking protection orders sought in every eligible case", "Police"],
            ["Public spaces", "Safe spaces and bystander training across the night-time economy", "Councils"],
            ["Public spaces", "Harassment reporting on buses and at stations", "Transport operators"]],
            [26 * mm, width - 26 * mm - 34 * mm, 34 * mm], bold_first=True), ("sp", 6),
        ("h2", "Outcome measures"),
        ("bul", ["More survivors report feeling safer after support (survey).", "Fewer repeat referrals to MARAC.",
                 "More perpetrators completing programmes.", "More women feeling safe in town centres after dark."])
    ])))
    pages.append(("p", section(S, "Governance", [
        "The LLR Domestic and Sexual Violence and Abuse Partnership Board owns this strategy and reports to the "
        "three councils, the Police and Crime Commissioner and the Safeguarding Partnerships. Its Domestic Abuse "
        "Local Partnership Board sub-group meets the councils' duties under Part 4 of the Domestic Abuse Act 2021.",
        "A survivor reference group reviews progress each year."])))
    return build_rl(root / OUT, {"title": "LLR Violence Against Women and Girls Strategy 2025\u20132030",
                                 "author": "LLR Domestic and Sexual Violence and Abuse Partnership Board"},
                    T, pages, _cover, _back, _chrome)
