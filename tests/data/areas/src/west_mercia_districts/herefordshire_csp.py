"""Herefordshire Community Safety Partnership: Strategic Assessment 2025 (reportlab, canvas-drawn).

House style: an annual strategic assessment in green and amber, Liberation Sans with Liberation Sans Narrow
tables.  The assessment's six recommendations appear twice (executive summary, p3; "Recommendation n" sections,
pp6-7); the priorities the Board adopted are stated once, in a boxed numbered list on p8 ("Board decision").
"""
from __future__ import annotations

from pathlib import Path

from .rlk import A4, TA_CENTER, C, Doc, S, face, mm

OUT = "strategies/herefordshire_csp_strategic_assessment_2025.pdf"
GREEN, AMBER, INK = "#2f5d3a", "#e39b2d", "#1f2a22"

RECS = [
    ("Prioritise anti-social behaviour in Hereford city centre, Leominster and Ross-on-Wye",
     "ASB incidents fell overall, but three places account for 54% of calls, and repeat callers in Hereford city "
     "centre rose by a fifth. Residents' survey: ASB is the top local concern in every market town."),
    ("Retain domestic abuse and sexual violence as a priority, with a focus on repeat victims",
     "Domestic abuse makes up 17% of recorded crime; 33% of MARAC cases are repeats. Reports of rape and "
     "serious sexual offences rose after the launch of the new sexual assault referral pathway."),
    ("Maintain a focus on rural and agricultural crime",
     "Theft of farm machinery, quad bikes and GPS units cost farms an estimated £1.2m (illustrative). Rural "
     "crime is under-reported and isolated households are at greater risk."),
    ("Consider serious violence and knife crime as a new local priority",
     "Knife-enabled offences remain low in number (61) but rose for the second year, concentrated in the "
     "night-time economy of Hereford city centre."),
    ("Address drug and alcohol related harm, including drug-related deaths",
     "Alcohol-related hospital admissions are above the England average; there were 19 drug-related deaths in "
     "the last three years. Drug supply offences rose after two county lines were identified."),
    ("Work with the Safer Roads Partnership on speeding and road safety",
     "Killed and seriously injured casualties rose to 96; rural A and B roads account for most. Speeding is "
     "the most common complaint to parish councils."),
]

ADOPTED = [
    "Tackle anti-social behaviour in Hereford city centre and the market towns",
    "Reduce domestic abuse and sexual violence",
    "Protect rural communities from crime, including farm and equipment theft",
    "Reduce the harm caused by drugs and alcohol",
    "Make Herefordshire's roads safer",
]


def build(root: Path) -> Path:
    reg, bold = face("sans")
    nreg, nbold = face("narrow")
    d = Doc(root / OUT, "Herefordshire Community Safety Partnership Strategic Assessment 2025",
            "Herefordshire Community Safety Partnership")
    W, H = A4
    L, R = 20 * mm, W - 20 * mm
    body = S("b", reg, 9.6, INK, 13.4, spaceAfter=0)
    small = S("s", reg, 7.6, "#55605a", 10)
    h2 = S("h2", bold, 17, GREEN, 21)
    h3 = S("h3", bold, 11, GREEN, 14)

    def chrome(title):
        d.rect(0, H - 14 * mm, W, 14 * mm, fill=GREEN)
        d.string(L, H - 9 * mm, "Herefordshire Community Safety Partnership", bold, 8.5, "#ffffff")
        d.string(R, H - 9 * mm, "Strategic Assessment 2025", reg, 8.5, "#dfe9e1", align="right")
        d.rect(L, 12 * mm, 8 * mm, 8 * mm, fill=AMBER)
        d.string(L + 4 * mm, 14.8 * mm, str(d.page), bold, 9, "#ffffff", align="centre")
        d.string(L + 11 * mm, 14.8 * mm, "OFFICIAL · Herefordshire CSP", reg, 7.5, "#6b756e")
        d.para(L, H - 26 * mm, R - L, title, h2)

    # 1 cover
    d.rect(0, 0, W, H, fill=GREEN)
    d.rect(0, H * 0.38, W, 3 * mm, fill=AMBER)
    d.string(L, H - 40 * mm, "HEREFORDSHIRE COMMUNITY SAFETY PARTNERSHIP", bold, 10, "#f2c27a")
    d.para(L, H - 50 * mm, R - L, "Strategic Assessment 2025", S("c", bold, 32, "#ffffff", 38))
    d.para(L, H - 72 * mm, R - L, "An assessment of crime, disorder and substance misuse in Herefordshire, "
           "with the partnership priorities for 2025–26", S("c2", reg, 13, "#e6efe8", 18))
    d.string(L, 30 * mm, "Prepared by the Community Safety Analyst, January 2025 · Fictional document for testing",
             reg, 8.5, "#cfe0d3")
    d.next()
    # 2 contents
    chrome("Contents")
    d.contents(L, H - 44 * mm, R - L, [
        ("1  Executive summary", 3, 0), ("2  Crime and disorder in numbers", 4, 0),
        ("3  Places: Hereford and the market towns", 5, 0), ("4  Recommendations", 6, 0),
        ("5  Board decision: priorities for 2025–26", 8, 0), ("6  Delivery, measures and contacts", 9, 0)],
        reg, bold, 11.5, INK, step=22)
    d.para(L, H - 190 * mm, R - L, "The strategic assessment is produced each year under the Crime and Disorder "
           "(Formulation and Implementation of Strategy) Regulations 2007. It informs the partnership plan and "
           "is shared with the Police and Crime Commissioner.", small)
    d.next()
    # 3 executive summary
    chrome("1  Executive summary")
    y = d.paras(L, H - 40 * mm, R - L, [
        ("Total recorded crime in Herefordshire fell by 3% in 2024, to 11,480 offences, and remains below the "
         "West Mercia average per 1,000 residents. Anti-social behaviour fell by 6%, but concern about it rose. "
         "Domestic abuse, rural crime and road casualties changed little; knife-enabled offences and drug supply "
         "offences rose from low bases.", body),
        ("The assessment used police, council, health, fire and probation data for the calendar years 2022–2024, "
         "a residents' survey (1,406 responses) and workshops with each locality team. Issues were compared on "
         "volume, trend, harm and public concern.", body),
        ("<b>Summary of recommendations to the Board</b>", h3)], gap=5)
    for i, (t, _) in enumerate(RECS, 1):
        d.rect(L, y - 11, 13, 13, fill=AMBER)
        d.string(L + 6.5, y - 7.5, str(i), bold, 8.5, "#ffffff", align="centre")
        y -= d.para(L + 20, y, R - L - 20, t, body) + 6
    d.para(L, y - 6, R - L, "The Board's decision on these recommendations is recorded in section 5. All "
           "figures in this assessment are illustrative, prepared for a fictional document.", small)
    d.next()
    # 4 numbers
    chrome("2  Crime and disorder in numbers")
    rows = [["Measure", "2022", "2023", "2024", "Change", "Trend"],
            ["All recorded crime", "12,310", "11,840", "11,480", "-3%", ""],
            ["Anti-social behaviour incidents", "6,950", "6,420", "6,030", "-6%", ""],
            ["Domestic abuse crimes", "1,930", "1,990", "1,960", "-2%", ""],
            ["Rural and agricultural crime", "640", "655", "648", "-1%", ""],
            ["Knife-enabled offences", "44", "53", "61", "+15%", ""],
            ["Drug supply offences", "71", "84", "102", "+21%", ""],
            ["Killed or seriously injured (roads)", "88", "91", "96", "+5%", ""]]
    ytab = d.table(L, H - 40 * mm, rows, [62 * mm, 20 * mm, 20 * mm, 20 * mm, 18 * mm, 30 * mm], [
        ("FONT", (0, 0), (-1, -1), nreg, 9), ("FONT", (0, 0), (-1, 0), nbold, 9),
        ("BACKGROUND", (0, 0), (-1, 0), C("#dfe9e1")), ("LINEBELOW", (0, 0), (-1, -1), 0.4, C("#c8d3cb")),
        ("ALIGN", (1, 0), (-2, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    trends = [[12.3, 11.8, 11.5], [69, 64, 60], [19.3, 19.9, 19.6], [64, 65.5, 64.8], [44, 53, 61], [71, 84, 102], [88, 91, 96]]
    rh = (H - 40 * mm - ytab) / 8
    for i, v in enumerate(trends):
        yy = H - 40 * mm - rh * (i + 1) - rh + 4
        d.spark(R - 26 * mm, yy, 20 * mm, rh - 8, v, GREEN if i < 4 else AMBER)
    d.para(L, ytab - 8 * mm, R - L, "Offences by type and locality, 2024", h3)
    d.vbars(L + 12 * mm, ytab - 75 * mm, R - L - 14 * mm, 52 * mm,
            ["Hereford", "Leominster", "Ross-on-Wye", "Ledbury", "Bromyard", "Kington", "Rural"],
            [[2100, 520, 410, 300, 160, 120, 1300], [620, 160, 150, 110, 60, 50, 810],
             [1010, 260, 200, 160, 80, 70, 180]], [GREEN, "#7fa886", AMBER], nreg, 7,
            legend=["Anti-social behaviour", "Domestic abuse", "Theft and burglary"])
    d.para(L, 40 * mm, R - L, "Source: West Mercia Police and Herefordshire Council systems. Illustrative figures.", small)
    d.next()
    # 5 places
    chrome("3  Places: Hereford and the market towns")
    y = d.paras(L, H - 40 * mm, R - L, [
        ("Hereford city accounts for 41% of recorded crime and 47% of ASB. In the market towns, ASB and criminal "
         "damage cluster around bus stations, car parks and riverside areas; rural parishes report farm theft, "
         "fly-tipping and speeding.", body)], gap=8)
    rows = [["Locality", "Crime per 1,000", "ASB per 1,000", "Top concern (survey)", "Hotspot"],
            ["Hereford city", "74", "41", "ASB and drug dealing", "High Town, bus station"],
            ["Leominster", "58", "34", "ASB", "Town centre, Grange"],
            ["Ross-on-Wye", "52", "31", "ASB", "Riverside, Broad Street"],
            ["Ledbury", "39", "22", "Speeding", "Homend"],
            ["Bromyard", "35", "19", "Speeding", "Town centre"],
            ["Kington", "33", "18", "Rural crime", "—"],
            ["Rural parishes", "21", "8", "Farm theft", "Golden Valley, Wye Valley"]]
    y = d.table(L, y, rows, [34 * mm, 24 * mm, 24 * mm, 42 * mm, 46 * mm], [
        ("FONT", (0, 0), (-1, -1), nreg, 9), ("FONT", (0, 0), (-1, 0), nbold, 9),
        ("BACKGROUND", (0, 0), (-1, 0), C(GREEN)), ("TEXTCOLOR", (0, 0), (-1, 0), C("#ffffff")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [C("#ffffff"), C("#f2f6f3")]),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    d.paras(L, y - 8 * mm, R - L, [
        ("<b>What residents told us</b>", h3),
        ("\u201cThe same group of young people gather at the bus station every evening.\u201d (Leominster)", body),
        ("\u201cQuad bikes and tools have gone from three farms on our lane this year.\u201d (Golden Valley)", body),
        ("\u201cCars come through the village far too fast.\u201d (near Bromyard)", body)], gap=5)
    d.next()
    # 6-7 recommendations
    for first in (0, 3):
        chrome("4  Recommendations" + (" (continued)" if first else ""))
        y = H - 42 * mm
        if not first:
            y = d.paras(L, y, R - L, [("Each recommendation below sets out the evidence behind it. The "
                                        "recommendations are the analyst's; the Board's decision follows in section 5.",
                                        body)], gap=8)
        for i in range(first, first + 3):
            t, why = RECS[i]
            d.string(L, y - 10, f"Recommendation {i + 1}", bold, 10, AMBER)
            y -= 16
            y -= d.para(L, y, R - L, t, S("rt", bold, 12, GREEN, 15)) + 4
            y -= d.para(L, y, R - L, "<b>Evidence.</b> " + why, body) + 4
            y -= d.para(L, y, R - L, "<b>Partners best placed to lead.</b> " + [
                "Council community safety team, police neighbourhood teams, housing providers",
                "Domestic abuse partnership board, police public protection unit, commissioned services",
                "Police rural and business crime team, National Farmers' Union, Neighbourhood Watch",
                "West Mercia Serious Violence Duty partnership, licensing, health",
                "Public health, Combating Drugs Partnership, treatment provider",
                "Safer Roads Partnership, highways, parish councils"][i], body) + 12
            d.line(L, y + 4, R, y + 4, "#c8d3cb")
        d.next()
    # 8 board decision (gold)
    chrome("5  Board decision: priorities for 2025–26")
    y = d.paras(L, H - 40 * mm, R - L, [
        ("The Community Safety Partnership Board considered the six recommendations at its meeting in February "
         "2025. It agreed five of them, widening the substance misuse recommendation to all drug and alcohol harm, and "
         "adopted the following partnership priorities for 2025–26:", body)], gap=8)
    top = y
    y -= 10
    for i, t in enumerate(ADOPTED, 1):
        d.string(L + 10, y - 12, f"{i}.", bold, 12, AMBER)
        y -= d.para(L + 24, y, R - L - 40, t, S("ad", bold, 12.5, GREEN, 16)) + 10
    d.rect(L, y, R - L, top - y, stroke=GREEN, lw=1.4)
    y -= 10 * mm
    y = d.paras(L, y, R - L, [
        ("<b>Not adopted as a local priority</b>", h3),
        ("Recommendation 4 (serious violence and knife crime) will be taken forward through the West Mercia "
         "Serious Violence Duty partnership, to which the CSP reports each quarter. The Board will review this "
         "at the 2026 assessment.", body),
        ("<b>The Police and Crime Commissioner's priorities</b>", h3),
        ("The Safer West Mercia Plan 2025–2029 sets four priorities: cutting crime; policing with the "
         "community; supporting victims and witnesses; and maximising resources and value for money. The "
         "partnership's priorities contribute to the first three.", body)], gap=5)
    d.next()
    # 9 delivery
    chrome("6  Delivery, measures and contacts")
    rows = [["Theme", "Action 2025–26", "Lead", "Measure"],
            ["ASB", "Town centre problem-solving plans in Hereford, Leominster, Ross", "Council", "ASB incidents"],
            ["Domestic abuse", "Repeat-victim review at MARAC; perpetrator programme places", "DA board", "Repeat rate"],
            ["Rural", "Farm Watch, equipment marking days, CCTV at farm entrances", "Police", "Rural crime"],
            ["Substances", "Alcohol brief advice in A&E; naloxone in hostels", "Public health", "Deaths, admissions"],
            ["Roads", "Speedwatch in 20 parishes; rural A-road enforcement", "Safer Roads", "KSI casualties"]]
    y = d.table(L, H - 40 * mm, rows, [26 * mm, 84 * mm, 28 * mm, 32 * mm], [
        ("FONT", (0, 0), (-1, -1), nreg, 8.8), ("FONT", (0, 0), (-1, 0), nbold, 8.8),
        ("BACKGROUND", (0, 0), (-1, 0), C("#dfe9e1")), ("LINEBELOW", (0, 0), (-1, -1), 0.4, C("#c8d3cb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    d.paras(L, y - 8 * mm, R - L, [
        ("<b>Governance</b>", h3),
        ("The CSP Board meets quarterly and receives a performance dashboard. Delivery groups report to the Board; "
         "the Board reports to the Health and Wellbeing Board and to the Police and Crime Commissioner.", body),
        ("<b>Contact</b>", h3),
        ("Community Safety Team, Herefordshire Council · communitysafety@herefordshire.example · "
         "01000 000 210 (illustrative)", body)], gap=5)
    return d.save()
