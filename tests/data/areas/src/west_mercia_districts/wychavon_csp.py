"""Wychavon Community Safety Partnership: Community Safety Infographic Report 2025 (reportlab, canvas).

House style: purple and leaf green, Liberation Sans Narrow headings, donut charts with legends that name crime
types, small-multiple bar charts by town.  The four priorities are stated once, on p6 ("Where the 2025–26
fund goes"), each as a row beside a donut showing its share of the partnership fund.
"""
from __future__ import annotations

from pathlib import Path

from .rlk import A4, C, Doc, S, face, mm

OUT = "strategies/wychavon_community_safety_infographic_report_2025.pdf"
PURP, LEAF, INK, MUTE = "#4e2a84", "#7cb342", "#262233", "#6f6a7a"
PAL = [PURP, LEAF, "#b39ddb", "#f9a825", "#26a69a", "#ef6c00", "#90a4ae"]

PRIORITIES = [
    ("Protect rural communities and farms from crime", 34, "£40,800"),
    ("Reduce speeding and improve safety on rural roads", 22, "£26,400"),
    ("Tackle anti-social behaviour in Droitwich Spa, Evesham and Pershore", 28, "£33,600"),
    ("Protect older and vulnerable residents from scams and doorstep crime", 16, "£19,200"),
]


def build(root: Path) -> Path:
    reg, bold = face("sans")
    nreg, nbold = face("narrow")
    d = Doc(root / OUT, "Wychavon Community Safety Infographic Report 2025", "Wychavon Community Safety Partnership")
    W, H = A4
    L, R = 16 * mm, W - 16 * mm
    body = S("b", reg, 9, INK, 12.8)
    small = S("s", reg, 7.2, MUTE, 9.4)
    h3 = S("h3", nbold, 12, PURP, 15)

    def chrome(title, kicker):
        d.string(L, H - 14 * mm, kicker.upper(), nbold, 8.5, LEAF)
        d.string(L, H - 24 * mm, title, nbold, 21, PURP)
        d.rect(L, H - 28 * mm, 30 * mm, 1.2 * mm, fill=LEAF)
        d.rect(0, 0, W, 11 * mm, fill=PURP)
        d.string(L, 4.2 * mm, "Wychavon Community Safety Partnership · Infographic Report 2025", reg, 7.5, "#e6def2")
        d.string(R, 4.2 * mm, str(d.page), bold, 9, "#ffffff", align="right")

    def legend(x, y, names, cols, size=7.6, step=11):
        for i, (n, col) in enumerate(zip(names, cols)):
            d.rect(x, y - i * step, 7, 7, fill=col)
            d.string(x + 11, y - i * step + 0.8, n, reg, size, INK)

    # 1 cover
    d.rect(0, 0, W, H, fill=PURP)
    for i, (p, col) in enumerate(zip([34, 22, 28, 16], [LEAF, "#b39ddb", "#f9a825", "#26a69a"])):
        d.donut(W - 58 * mm + (i % 2) * 34 * mm, 90 * mm - (i // 2) * 34 * mm, 14 * mm, [p, 100 - p], [col, "#6b4a9c"],
                hole=PURP)
    d.string(L, H - 50 * mm, "WYCHAVON COMMUNITY SAFETY PARTNERSHIP", nbold, 11, "#c5e1a5")
    d.para(L, H - 58 * mm, R - L, "Community Safety<br/>Infographic Report 2025", S("c", nbold, 34, "#ffffff", 38))
    d.para(L, H - 100 * mm, 110 * mm, "Crime and community safety in Droitwich Spa, Evesham, Pershore and our "
           "villages, and how the partnership will spend its 2025–26 fund", S("c2", reg, 12, "#e6def2", 16))
    d.string(L, 20 * mm, "Fictional document for testing · all figures illustrative", reg, 8, "#c9bde0")
    d.next()
    # 2 contents
    chrome("Contents", "Inside")
    y = H - 44 * mm
    for i, (t, p) in enumerate([("Wychavon in numbers", 3), ("Towns and villages", 4), ("Rural crime and roads", 5),
                                ("Where the 2025–26 fund goes", 6), ("Last year and the bigger picture", 7),
                                ("Actions, governance and contacts", 8)]):
        d.rect(L, y - 3.5 * mm, 9 * mm, 9 * mm, fill=LEAF if i % 2 else PURP, r=1.5 * mm)
        d.string(L + 4.5 * mm, y - 0.6 * mm, str(p), nbold, 11, "#ffffff", align="centre")
        d.string(L + 14 * mm, y - 0.6 * mm, t, reg, 12, INK)
        y -= 15 * mm
    d.next()
    # 3 numbers
    chrome("Wychavon in numbers", "Section 1")
    d.paras(L, H - 36 * mm, R - L, [("Wychavon is a largely rural district of about 130,000 people, with three "
                                     "market towns and more than a hundred villages. Crime is low, but rural "
                                     "isolation shapes how it is experienced.", body)])
    d.donut(L + 32 * mm, H - 92 * mm, 26 * mm, [2310, 1620, 1480, 1150, 960, 610, 1340], PAL)
    d.string(L + 32 * mm, H - 92 * mm, "9,470", nbold, 16, INK, align="centre")
    d.string(L + 32 * mm, H - 97 * mm, "crimes, 2024", reg, 7.5, MUTE, align="centre")
    legend(L + 66 * mm, H - 72 * mm, ["Violence against the person (2,310)", "Anti-social behaviour incidents (1,620)",
                                      "Theft and handling (1,480)", "Criminal damage and arson (1,150)",
                                      "Vehicle and farm equipment theft (960)", "Burglary (610)", "Other offences (1,340)"], PAL)
    d.string(L, H - 132 * mm, "Change since 2023", nbold, 12, PURP)
    d.hbars(L, H - 138 * mm, R - L, ["Rural and farm crime", "Speeding complaints", "ASB incidents", "Scams reported",
                                     "Burglary", "Domestic abuse"], [14, 11, 6, 19, 3, 2], LEAF, reg, 8.2, bar_h=10,
            gap=6, label_w=52 * mm, fmt="+{}%")
    d.para(L, 30 * mm, R - L, "Sources: West Mercia Police, Wychavon District Council, Trading Standards. Illustrative "
           "figures.", small)
    d.next()
    # 4 towns
    chrome("Towns and villages", "Section 2")
    towns = [("Droitwich Spa", [420, 310, 95, 40]), ("Evesham", [510, 360, 88, 52]), ("Pershore", [190, 120, 60, 38]),
             ("Villages", [500, 230, 717, 171])]
    cats = ["ASB", "Theft", "Rural", "Scams"]
    bw = (R - L - 12 * mm) / 2
    for i, (t, vals) in enumerate(towns):
        x = L + (i % 2) * (bw + 12 * mm)
        y = H - 44 * mm - (i // 2) * 92 * mm
        d.string(x, y, t, nbold, 13, PURP)
        d.vbars(x + 10 * mm, y - 70 * mm, bw - 12 * mm, 58 * mm, cats, [vals], [PAL[i % len(PAL)]], reg, 7.5)
    d.para(L, 40 * mm, R - L, "Incidents and offences, 2024, by type. ASB = anti-social behaviour incidents; Rural = "
           "farm, machinery, fuel and wildlife crime; Scams = reports to Trading Standards and Action Fraud.", small)
    d.next()
    # 5 rural and roads
    chrome("Rural crime and roads", "Section 3")
    d.donut(L + 26 * mm, H - 66 * mm, 20 * mm, [38, 24, 17, 12, 9], PAL)
    legend(L + 54 * mm, H - 52 * mm, ["Machinery and quad bike theft", "Fuel and heating oil theft",
                                      "Hare coursing and poaching", "Livestock offences", "Fly-tipping on farmland"], PAL)
    d.donut(L + 26 * mm, H - 126 * mm, 20 * mm, [41, 27, 19, 13], [PURP, LEAF, "#f9a825", "#90a4ae"])
    legend(L + 54 * mm, H - 112 * mm, ["Speeding through villages", "Rural A-road collisions", "HGVs on lanes",
                                       "Motorcycle casualties"], [PURP, LEAF, "#f9a825", "#90a4ae"])
    d.paras(L + 118 * mm, H - 40 * mm, R - L - 118 * mm, [
        ("<b>Rural crime</b>", h3),
        ("Rural crime rose 14%: most is theft of machinery, GPS units and quad bikes from farms near the M5 and "
         "A44. Farmers told us they often do not report.", body),
        ("<b>Roads</b>", h3),
        ("Speeding complaints rose 11%. Fifty-one people were killed or seriously injured on Wychavon's roads; "
         "two-thirds on rural A and B roads.", body)], gap=4)
    d.next()
    # 6 priorities (gold)
    chrome("Where the 2025–26 fund goes", "Section 4 · our priorities")
    y = d.paras(L, H - 36 * mm, R - L, [
        ("The partnership agreed four priorities for 2025–26 and divided its £120,000 community safety fund "
         "between them. Each donut shows the priority's share of the fund.", body)], gap=6)
    y -= 4 * mm
    for i, (t, share, amt) in enumerate(PRIORITIES):
        rowh = 38 * mm
        cy = y - rowh / 2
        d.donut(L + 17 * mm, cy, 14 * mm, [share, 100 - share], [PAL[i], "#ece8f3"])
        d.string(L + 17 * mm, cy - 2.5 * mm, f"{share}%", nbold, 13, INK, align="centre")
        d.para(L + 40 * mm, cy + 8 * mm, R - L - 80 * mm, t, S("pt", nbold, 15, PURP, 18))
        d.string(R, cy + 2 * mm, amt, nbold, 14, INK, align="right")
        d.string(R, cy - 4 * mm, "of the fund", reg, 7.5, MUTE, align="right")
        if i < len(PRIORITIES) - 1:
            d.line(L + 40 * mm, y - rowh, R, y - rowh, "#dcd6e6", 0.5)
        y -= rowh
    d.next()
    # 7 last year and PCP
    chrome("Last year and the bigger picture", "Section 5")
    rows = [["2024–25 priority", "Result", "Now"], ["Rural crime", "Farm Watch grew to 1,100 members", "Continued"],
            ["Anti-social behaviour in towns", "Incidents down 4%", "Continued"],
            ["Road safety", "Speedwatch in 18 villages", "Continued"],
            ["Domestic abuse awareness", "Campaign reached 9,000 people", "Led county-wide"]]
    y = d.table(L, H - 36 * mm, rows, [62 * mm, 78 * mm, 38 * mm], [
        ("FONT", (0, 0), (-1, -1), reg, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
        ("BACKGROUND", (0, 0), (-1, 0), C("#ede7f6")), ("LINEBELOW", (0, 0), (-1, -1), 0.4, C("#dcd6e6")),
        ("TOPPADDING", (0, 0), (-1, -1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5)])
    d.paras(L, y - 8 * mm, R - L, [
        ("<b>The Safer West Mercia Plan 2025–2029</b>", h3),
        ("The Police and Crime Commissioner's priorities are cutting crime, policing with the community, "
         "supporting victims and witnesses, and maximising resources and value for money. Our rural crime, "
         "roads and ASB work supports the plan's community objectives.", body),
        ("<b>County-wide strategies</b>", h3),
        ("Domestic abuse, drugs, serious violence and youth justice are led by county-wide partnerships. The "
         "South Worcestershire Community Safety Partnership co-ordinates with them on our behalf.", body)], gap=4)
    d.next()
    # 8 actions
    chrome("Actions, governance and contacts", "Section 6")
    rows = [["Theme", "What we will do", "Partner"], ["Rural", "Farm Watch; CCTV grants; machinery marking", "Police, NFU"],
            ["Roads", "Speedwatch; speed indicator devices; school gate campaign", "Parishes, Safer Roads"],
            ["ASB", "Town centre PSPO review; youth outreach in Evesham", "Council"],
            ["Scams", "Call blockers; bank protocol; doorstep crime rapid response", "Trading Standards"]]
    y = d.table(L, H - 36 * mm, rows, [30 * mm, 100 * mm, 48 * mm], [
        ("FONT", (0, 0), (-1, -1), reg, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 1, C(PURP)), ("LINEBELOW", (0, 1), (-1, -1), 0.4, C("#dcd6e6")),
        ("TOPPADDING", (0, 0), (-1, -1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5)])
    d.paras(L, y - 8 * mm, R - L, [
        ("<b>Governance</b>", h3),
        ("The Wychavon partnership group meets quarterly and reports to the South Worcestershire Community "
         "Safety Partnership board.", body),
        ("<b>Contact</b>", h3),
        ("Community Safety, Wychavon District Council · communitysafety@wychavon.example · 01000 000 870 "
         "(illustrative)", body)], gap=4)
    return d.save()
