"""West Mercia Serious Violence Duty: Strategic Needs Assessment 2025 and Response Strategy (reportlab, canvas).

House style: slate blue and crimson, Liberation Sans Narrow body, Liberation Serif headings.  The needs
assessment's six recommendations appear in the executive summary (p3) and in detail (p7); an age pyramid,
hospital-data tiles and a heat table by community safety partnership area are distractors.  The four
priorities the Serious Violence Partnership adopted are stated once, as a 2 x 2 grid of tiles on p8.
"""
from __future__ import annotations

from pathlib import Path

from .rlk import A4, C, Doc, S, face, heat_colour, mm

OUT = "strategies/west_mercia_serious_violence_needs_assessment_and_strategy_2025.pdf"
SLATE, CRIM, INK, MUTE = "#34495e", "#b0243b", "#1d242b", "#6a7580"

RECS = [
    ("Focus prevention on young people aged 10–24 who carry knives",
     "Under-25s are 44% of knife crime suspects and 38% of victims; most first carry a knife for protection."),
    ("Target the night-time economy hotspots of the largest towns",
     "A fifth of serious violence happens between 22:00 and 04:00 at weekends in five town centres."),
    ("Treat child criminal exploitation as a driver of serious violence",
     "One in three under-18s arrested for serious violence had been assessed as at risk of exploitation."),
    ("Build a shared violence dataset across the specified authorities",
     "Health, education and council data could not yet be matched to police data at small-area level."),
    ("Include domestic abuse-related serious violence in scope",
     "Domestic abuse accounts for 31% of violence with injury; the Duty allows partners to include it."),
    ("Expand hospital-based youth navigators",
     "Emergency department attendances for assault among under-25s rose 9%; navigators reach only two sites."),
]

ADOPTED = [
    "Reduce knife crime and weapon carrying among young people",
    "Reduce violence in the night-time economy",
    "Protect children and young people from exploitation and county lines",
    "Build a shared data and evidence base on violence",
]


def build(root: Path) -> Path:
    reg, bold = face("narrow")
    sreg, sbold = face("serif")
    d = Doc(root / OUT, "West Mercia Serious Violence Duty Strategic Needs Assessment and Response Strategy 2025",
            "West Mercia Serious Violence Partnership")
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    body = S("b", reg, 10, INK, 13.6)
    small = S("s", reg, 7.8, MUTE, 10)
    h3 = S("h3", sbold, 12, SLATE, 15)

    def chrome(title, part):
        d.rect(0, H - 6 * mm, W, 6 * mm, fill=SLATE)
        d.string(L, H - 16 * mm, part.upper(), bold, 8, CRIM)
        d.para(L, H - 18 * mm, R - L, title, S("h2", sbold, 19, SLATE, 23))
        d.line(L, 13 * mm, R, 13 * mm, SLATE, 0.8)
        d.string(L, 8.5 * mm, "West Mercia Serious Violence Partnership · Needs Assessment and Response Strategy 2025",
                 reg, 7.5, MUTE)
        d.string(R, 8.5 * mm, f"{d.page} / 9", bold, 8, SLATE, align="right")

    # 1 cover
    d.rect(0, 0, W, H, fill=SLATE)
    d.rect(0, 0, 12 * mm, H, fill=CRIM)
    d.string(L + 4 * mm, H - 46 * mm, "WEST MERCIA SERIOUS VIOLENCE PARTNERSHIP", bold, 11, "#f1b7c1")
    d.para(L + 4 * mm, H - 54 * mm, R - L - 4 * mm, "Serious Violence Duty<br/>Strategic Needs Assessment<br/>and Response "
           "Strategy 2025", S("c", sbold, 28, "#ffffff", 33))
    d.para(L + 4 * mm, H - 112 * mm, 130 * mm, "Herefordshire · Shropshire · Telford and Wrekin · Worcestershire",
           S("c2", reg, 13, "#d5dde5", 17))
    d.string(L + 4 * mm, 22 * mm, "Fictional document prepared for testing · all data illustrative", reg, 8.5, "#b5c2cf")
    d.next()
    # 2 contents
    chrome("Contents", "Guide")
    d.contents(L, H - 42 * mm, R - L, [
        ("Executive summary", 3, 0), ("The Duty, our definition and national measures", 4, 0),
        ("Who is affected", 5, 0), ("Where violence happens", 6, 0), ("Recommendations", 7, 0),
        ("Our response strategy", 8, 0), ("Delivery, measures and governance", 9, 0)], reg, bold, 12, INK, step=22,
        num_colour=CRIM)
    d.next()
    # 3 exec summary
    chrome("Executive summary", "Part 1")
    y = d.paras(L, H - 34 * mm, R - L, [
        ("The Serious Violence Duty, in force since January 2023, requires the specified authorities in each "
         "local government area to work together to prevent and reduce serious violence. In West Mercia the "
         "four community safety partnership areas have agreed to discharge the Duty jointly. This document "
         "refreshes the strategic needs assessment and the response strategy.", body),
        ("Serious violence in West Mercia is low by national standards but rising: knife-enabled offences rose "
         "by 11% over three years, and hospital admissions for assault with a sharp object by 7%. It is "
         "concentrated among young men, in five town centres at night, and in places where children are "
         "criminally exploited.", body),
        ("<b>Recommendations of the needs assessment</b>", h3)], gap=6)
    for i, (t, _) in enumerate(RECS, 1):
        d.string(L, y - 10, f"R{i}", bold, 10, CRIM)
        y -= d.para(L + 10 * mm, y, R - L - 10 * mm, t, body) + 5
    d.para(L, y - 6 * mm, R - L, "The partnership's decision on the recommendations, and the response strategy's "
           "priorities, are set out in Part 6.", small)
    d.next()
    # 4 duty and national measures
    chrome("The Duty, our definition and national measures", "Part 2")
    d.paras(L, H - 34 * mm, R - L, [
        ("<b>Our local definition</b>", h3),
        ("Serious violence means homicide, violence against the person with injury where a weapon was used or "
         "threatened, robbery, and violence linked to criminal exploitation or the night-time economy, in "
         "public places. Domestic abuse and sexual offences are addressed by their own strategies.", body),
        ("<b>Specified authorities</b>", h3),
        ("Herefordshire Council, Shropshire Council, Telford and Wrekin Council, Worcestershire County Council "
         "and the district councils; West Mercia Police; Hereford and Worcester and Shropshire fire and rescue "
         "services; the integrated care boards; the Probation Service; youth offending teams.", body),
        ("<b>Home Office success measures</b>", h3),
        ("The national measures against which progress is judged are: hospital admissions for assault with a "
         "sharp object; knife and sharp object enabled serious violence recorded by the police; and homicides, "
         "all for victims under 25.", body),
        ("<b>Funding</b>", h3),
        ("Home Office Duty grant, Police and Crime Commissioner violence reduction funding, and partners' own "
         "budgets. Illustrative total for 2025–26: £1.4m.", body)], gap=5)
    d.next()
    # 5 who is affected (age pyramid + tiles)
    chrome("Who is affected", "Part 3")
    ages = ["0–9", "10–14", "15–17", "18–24", "25–34", "35–44", "45–54", "55+"]
    male = [4, 38, 96, 210, 180, 120, 70, 40]
    female = [3, 18, 40, 86, 92, 70, 41, 26]
    cx, base = W / 2, H - 40 * mm
    d.string(cx - 40 * mm, base + 2 * mm, "Male victims", bold, 9, SLATE, align="centre")
    d.string(cx + 40 * mm, base + 2 * mm, "Female victims", bold, 9, CRIM, align="centre")
    for i, (a, m, f) in enumerate(zip(ages, male, female)):
        yy = base - (i + 1) * 9 * mm
        d.rect(cx - 8 * mm - m * 0.28 * mm, yy, m * 0.28 * mm, 7 * mm, fill=SLATE)
        d.rect(cx + 8 * mm, yy, f * 0.28 * mm, 7 * mm, fill=CRIM)
        d.string(cx, yy + 2.2 * mm, a, reg, 8, INK, align="centre")
    tiles = [("612", "knife-enabled offences", [540, 566, 590, 612]), ("147", "sharp-object hospital admissions",
             [130, 138, 141, 147]), ("9", "homicides", [7, 11, 8, 9]), ("1,014", "assault attendances, under-25s",
             [900, 930, 980, 1014])]
    tw = (R - L - 15 * mm) / 4
    for i, (n, l, v) in enumerate(tiles):
        x = L + i * (tw + 5 * mm)
        y = H - 150 * mm
        d.rect(x, y, tw, 30 * mm, fill="#eef1f4")
        d.string(x + 3 * mm, y + 20 * mm, n, sbold, 17, SLATE)
        d.string(x + 3 * mm, y + 14 * mm, l, reg, 7.5, INK)
        d.spark(x + 3 * mm, y + 3 * mm, tw - 6 * mm, 8 * mm, v, CRIM)
    d.paras(L, H - 162 * mm, R - L, [
        ("Victims of serious violence, 2024, by age and sex (pyramid). Tiles: 2021–2024. Young men aged 15–24 are "
         "the largest group of both victims and suspects. Illustrative figures.", small)])
    d.next()
    # 6 where (heat table by CSP area)
    chrome("Where violence happens", "Part 4")
    areas = ["Herefordshire", "Shropshire", "Telford and Wrekin", "North Worcestershire", "South Worcestershire"]
    types = ["Knife-enabled", "Robbery", "Night-time economy", "Exploitation-linked", "Weapon possession"]
    vals = [[0.31, 0.12, 0.44, 0.09, 0.38], [0.27, 0.10, 0.36, 0.11, 0.33], [0.72, 0.41, 0.58, 0.39, 0.77],
            [0.55, 0.30, 0.49, 0.28, 0.61], [0.42, 0.22, 0.63, 0.17, 0.46]]
    rows = [["Area (rate per 1,000)"] + types] + [[a] + [f"{v:.2f}" for v in r] for a, r in zip(areas, vals)]
    cmds = [("FONT", (0, 0), (-1, -1), reg, 9.5), ("FONT", (0, 0), (-1, 0), bold, 8.5),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 1.5, C("#ffffff")), ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
    for i, r in enumerate(vals, 1):
        for j, v in enumerate(r, 1):
            cmds.append(("BACKGROUND", (j, i), (j, i), C(heat_colour(v, 0.09, 0.77))))
    y = d.table(L, H - 34 * mm, rows, [44 * mm] + [26 * mm] * 5, cmds)
    d.paras(L, y - 8 * mm, R - L, [
        ("Darker cells mean higher rates. Telford and Wrekin and North Worcestershire have the highest rates of "
         "knife-enabled violence and weapon possession; South Worcestershire and Herefordshire have the highest "
         "share linked to the night-time economy.", body),
        ("<b>Town centres at night</b>", h3),
        ("Five town centres (Telford, Shrewsbury, Worcester, Kidderminster, Hereford) account for 21% of serious "
         "violence between 22:00 and 04:00 on Friday and Saturday nights.", body),
        ("<b>Exploitation</b>", h3),
        ("County lines from the West Midlands conurbation supply all four areas. Exploitation-linked violence "
         "clusters around a small number of addresses and transport hubs.", body)], gap=5)
    d.next()
    # 7 recommendations detail
    chrome("Recommendations", "Part 5")
    y = H - 34 * mm
    for i, (t, why) in enumerate(RECS, 1):
        d.string(L, y - 10, f"Recommendation {i}", bold, 9.5, CRIM)
        y -= 15
        y -= d.para(L, y, R - L, t, S("rt", sbold, 12.5, SLATE, 15.5)) + 3
        y -= d.para(L, y, R - L, why, body) + 10
    d.next()
    # 8 response strategy (gold)
    chrome("Our response strategy", "Part 6")
    y = d.paras(L, H - 34 * mm, R - L, [
        ("The Serious Violence Partnership Board considered the needs assessment in March 2025 and adopted four "
         "strategic priorities for its response strategy for 2025–2028. Recommendation 6 (youth navigators) is "
         "delivered within the first priority. Recommendation 5 was not adopted: domestic abuse-related violence "
         "remains with the domestic abuse partnership boards.", body)], gap=8)
    tw, th = (R - L - 6 * mm) / 2, 44 * mm
    for i, t in enumerate(ADOPTED):
        x = L + (i % 2) * (tw + 6 * mm)
        yy = y - (i // 2 + 1) * th - (i // 2) * 6 * mm
        d.rect(x, yy, tw, th, fill="#eef1f4")
        d.rect(x, yy + th - 2 * mm, tw, 2 * mm, fill=CRIM)
        d.c.setFillColor(C(SLATE))
        d.c.circle(x + 10 * mm, yy + th - 12 * mm, 5.5 * mm, stroke=0, fill=1)
        d.string(x + 10 * mm, yy + th - 14 * mm, str(i + 1), sbold, 14, "#ffffff", align="centre")
        d.para(x + 5 * mm, yy + th - 21 * mm, tw - 10 * mm, t, S("ad", sbold, 13, SLATE, 16))
    d.next()
    # 9 delivery
    chrome("Delivery, measures and governance", "Part 7")
    rows = [["Theme", "Key interventions", "Measure"],
            ["Knives", "Schools programme; hospital youth navigators; knife amnesty bins", "Knife-enabled offences, under-25s"],
            ["Night-time", "Street marshals; bleed kits; licensing conditions; safe spaces", "NTE violence with injury"],
            ["Exploitation", "Contextual safeguarding; disruption of county lines", "Children assessed at risk"],
            ["Data", "Information sharing agreement; violence dashboard; evaluation", "Datasets shared"]]
    y = d.table(L, H - 34 * mm, rows, [26 * mm, 90 * mm, 58 * mm], [
        ("FONT", (0, 0), (-1, -1), reg, 9.5), ("FONT", (0, 0), (-1, 0), bold, 9.5),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, C(CRIM)), ("LINEBELOW", (0, 1), (-1, -1), 0.3, C("#cfd6dd")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
    d.paras(L, y - 8 * mm, R - L, [
        ("<b>Governance</b>", h3),
        ("The Serious Violence Partnership Board, chaired by the Office of the Police and Crime Commissioner, "
         "reports to the four community safety partnerships and to the Local Criminal Justice Board.", body),
        ("<b>Links to the Police and Crime Plan</b>", h3),
        ("The Safer West Mercia Plan 2025–2029 commits, under its priorities, to preventing serious violence "
         "and knife crime with partners under the Duty.", body),
        ("<b>Contact</b>", h3),
        ("Serious Violence Partnership Co-ordinator · svd@westmercia-pcc.example · 01000 000 119 (illustrative)", body)],
        gap=5)
    return d.save()
