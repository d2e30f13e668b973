"""Norfolk Combating Drugs Partnership: Delivery Plan 2025-26 (reportlab on A4 landscape; plum and lime,
Liberation Sans Narrow with DejaVu Sans headings).

The four priorities (pp6-7) each head a RAG-rated action table: a plum band "DELIVERY AREA n" with the priority in
bold, then rows Ref / Action / Theme / Owner / Milestone / Q1 / Q2, the last two Red-Amber-Green cells.
"""
from __future__ import annotations

from pathlib import Path

from .kit_rl import (A4, P, ParagraphStyle, Spacer, Table, TableStyle, bullets, build_pages, colors, grid, house,
                     landscape, mm, styles, TA_CENTER)

OUT = "strategies/norfolk_combating_drugs_partnership_delivery_plan_2025-26.pdf"
TITLE = "Norfolk Combating Drugs Partnership: Delivery Plan 2025\u201326"
AUTHOR = "Norfolk Combating Drugs Partnership"
H = house("liberation-narrow", "dejavu", accent="#5E2750", accent2="#5E2750", lime="#8DB600", pale="#F4EEF2",
          ink="#222222")
ST = styles(H, 9.6)
W, HH = landscape(A4)
RAG = {"R": ("Red", "#C62828"), "A": ("Amber", "#EF8F00"), "G": ("Green", "#2E7D32"), "-": ("\u2013", "#BDBDBD")}
AREAS = [
    ("Breaking drug supply chains and county lines into Norfolk", [
        ("1.1", "Joint operations against county lines with the Eastern Region", "Supply", "Police", "Quarterly",
         "G", "G"),
        ("1.2", "Closure orders and partial closures for cuckooed addresses", "Supply", "Police / councils", "Ongoing",
         "G", "A"),
        ("1.3", "Intelligence sharing with the prison and probation services", "Supply", "HMPPS", "Sep 2025", "A", "A")]),
    ("Getting more people into treatment and keeping them in recovery", [
        ("2.1", "Increase adults in structured treatment by 8%", "Treatment", "Public health", "Mar 2026", "A", "G"),
        ("2.2", "Continuity of care from prison to community treatment", "Treatment", "Probation / CGL", "Ongoing",
         "R", "A"),
        ("2.3", "Recovery housing pilot in Norwich and Great Yarmouth", "Recovery", "Housing", "Jan 2026", "A", "A"),
        ("2.4", "Peer mentors with lived experience in every hub", "Recovery", "Provider", "Dec 2025", "G", "G")]),
    ("Reducing drug and alcohol-related deaths", [
        ("3.1", "Naloxone for everyone leaving prison and every hostel", "Harm reduction", "Public health",
         "Jun 2025", "G", "G"),
        ("3.2", "Drug-related death review panel for every death", "Learning", "Public health", "Ongoing", "G", "G"),
        ("3.3", "Alcohol care team at the three acute hospitals", "Harm reduction", "ICB", "Mar 2026", "R", "R")]),
    ("Preventing young people from starting to use drugs", [
        ("4.1", "Drug education resources for all secondary schools", "Demand", "Children's Services", "Sep 2025",
         "A", "G"),
        ("4.2", "Young people's substance misuse service referral campaign", "Demand", "Provider", "Nov 2025", "-",
         "A"),
        ("4.3", "Targeted work with children excluded from school", "Demand", "Youth Justice Service", "Mar 2026",
         "-", "R")]),
]


def deco(c, n):
    if n == 1:
        c.setFillColor(H["accent"])
        c.rect(0, 0, W, HH, stroke=0, fill=1)
        c.setFillColor(H["lime"])
        c.rect(W * 0.62, 0, 6 * mm, HH, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#74375F"))
        c.rect(W * 0.62 + 6 * mm, 0, W, HH, stroke=0, fill=1)
        return
    c.setFillColor(H["lime"])
    c.rect(0, HH - 5 * mm, W, 5 * mm, stroke=0, fill=1)
    c.setFillColor(H["accent"])
    c.setFont(H["reg"], 8)
    c.drawString(15 * mm, HH - 11 * mm, "Norfolk Combating Drugs Partnership \u2502 Delivery Plan 2025\u201326")
    c.drawRightString(W - 15 * mm, 8 * mm, f"{n} / 9")


def area_table(i, head, rows):
    band = Table([[P(f"DELIVERY AREA {i}", ParagraphStyle("l", fontName=H["bold"], fontSize=8, leading=10,
                                                          textColor=H["lime"])),
                   P(head, ParagraphStyle("h", fontName=H["hbold"], fontSize=12.5, leading=15,
                                          textColor=colors.white))]], colWidths=[32 * mm, 235 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), H["accent"]), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    cw = ParagraphStyle("cw", fontName=H["bold"], fontSize=8, leading=10, textColor=colors.white, alignment=TA_CENTER)
    data = [["Ref", "Action", "Theme", "Owner", "Milestone", "Q1", "Q2"]]
    extra = []
    for r, (ref, act, th, own, ms, q1, q2) in enumerate(rows, start=1):
        data.append([ref, act, th, own, ms, P(RAG[q1][0], cw), P(RAG[q2][0], cw)])
        extra += [("BACKGROUND", (5, r), (5, r), colors.HexColor(RAG[q1][1])),
                  ("BACKGROUND", (6, r), (6, r), colors.HexColor(RAG[q2][1]))]
    t = grid(data, [12 * mm, 110 * mm, 30 * mm, 40 * mm, 31 * mm, 22 * mm, 22 * mm], ST,
             head_bg=colors.HexColor("#8C5A7E"), line=colors.HexColor("#D5C8D1"), extra=extra)
    return [band, t, Spacer(1, 9)]


def build(root: Path) -> Path:
    out = root / OUT
    b, h1, h2, h3, sm = ST["body"], ST["h1"], ST["h2"], ST["h3"], ST["small"]
    ct = ParagraphStyle("ct", fontName=H["hbold"], fontSize=28, leading=34, textColor=colors.white)
    cs = ParagraphStyle("cs", fontName=H["reg"], fontSize=13, leading=18, textColor=colors.HexColor("#E6D6E1"))
    cover = [Spacer(1, 45 * mm), P("Norfolk Combating Drugs Partnership", cs), Spacer(1, 3 * mm),
             P("Delivery Plan 2025\u201326", ct), Spacer(1, 5 * mm),
             P("Quarter 2 update, reported to the partnership board in October 2025", cs)]
    toc = [("Introduction", 3), ("From Harm to Hope", 4), ("Norfolk's position", 5), ("Delivery areas 1 and 2", 6),
           ("Delivery areas 3 and 4", 7), ("Enablers", 8), ("Outcomes, governance and contacts", 9)]
    contents = [P("Contents", h1), grid([[P(a, b), P(str(n), b)] for a, n in toc], [120 * mm, 20 * mm], ST,
                                       line=H["lime"])]
    intro = [P("Introduction", h1),
             P("The Norfolk Combating Drugs Partnership brings together the county council, the Police and Crime "
               "Commissioner, Norfolk Constabulary, the NHS, the Probation Service, the district councils, Jobcentre "
               "Plus and treatment providers, with people who have lived experience of drug and alcohol use.", b),
             P("Our three-year strategy (2023\u20132026) sets the partnership's direction. This delivery plan sets out "
               "the actions for 2025\u201326 and their status at the end of the second quarter. Each action is rated "
               "Red, Amber or Green for quarter 1 and quarter 2.", b),
             P("How to read the ratings", h2),
             grid([["Rating", "Meaning"], ["Green", "On track"], ["Amber", "At risk; mitigation in place"],
                   ["Red", "Off track; escalated to the board"], ["\u2013", "Not yet started"]],
                  [30 * mm, 110 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#CCCCCC"))]
    fhh = [P("From Harm to Hope", h1),
           P("The national ten-year drugs plan, <i>From Harm to Hope</i> (2021), has three strategic priorities:", b)]
    fhh += bullets(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                    "Achieve a generational shift in the demand for drugs"], ST["bullet"])
    fhh += [P("Its national outcomes are to reduce drug use, reduce drug-related crime, reduce drug-related deaths "
              "and harm, and increase engagement in treatment and recovery.", b),
            P("Our local delivery areas follow the national priorities closely, but the partnership has chosen to "
              "treat drug and alcohol-related deaths as a delivery area of its own.", b)]
    pos = [P("Norfolk's position", h1), P("All figures are <b>illustrative</b>.", sm),
           grid([["Measure", "Norfolk", "England", "Trend"], ["Adults in structured treatment", "3,850", "\u2013", "Up"],
                 ["Continuity of care after prison", "38%", "45%", "Up"],
                 ["Drug-related deaths (per 100,000)", "5.6", "5.2", "Up"],
                 ["Alcohol-specific deaths (per 100,000)", "11.9", "14.5", "Stable"],
                 ["County lines closed in the year", "47", "\u2013", "Up"],
                 ["Under-18s in specialist treatment", "210", "\u2013", "Down"]],
                [100 * mm, 40 * mm, 40 * mm, 40 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#CCCCCC"),
                zebra=H["pale"])]
    p6 = area_table(1, *AREAS[0]) + area_table(2, *AREAS[1])
    p7 = area_table(3, *AREAS[2]) + area_table(4, *AREAS[3])
    en = [P("Enablers", h1), P("The enablers support every delivery area.", b),
          grid([["Enabler", "Action", "Q1", "Q2"], ["Data", "Shared dashboard of treatment and criminal justice data",
                                                    "Amber", "Green"],
                ["Workforce", "Recruit twelve treatment workers funded by the grant", "Red", "Amber"],
                ["Lived experience", "A lived experience panel reviewing every service change", "Green", "Green"]],
               [40 * mm, 150 * mm, 30 * mm, 30 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#CCCCCC"))]
    outc = [P("Outcomes, governance and contacts", h1),
            P("The partnership board meets quarterly, chaired by the Police and Crime Commissioner's nominated "
              "senior responsible owner, and reports to the Joint Combating Drugs Unit. Its work supports the Norfolk "
              "Police and Crime Plan's priorities 'Preventing crime and harm' and 'Tackling serious violence and "
              "exploitation'.", b),
            P("Contact: Combating Drugs Partnership coordinator, County Hall, Norwich. Email: cdp@norfolk.example.", b),
            P("This document is a fictional re-creation prepared as test data; all statistics are illustrative.", sm)]
    pages = [cover, contents, intro, fhh, pos, p6, p7, en, outc]
    return build_pages(out, pages, deco, TITLE, AUTHOR, pagesize=(W, HH),
                       margins=(15 * mm, 15 * mm, 17 * mm, 14 * mm), cover_frame=(20 * mm, 20 * mm, 160 * mm, 160 * mm))
