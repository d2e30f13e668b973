"""Northmere plan on a page (landscape): six priorities in a 2 x 3 grid numbered in rows (1-3 top, 4-6
bottom), but drawn column by column (1, 4, 2, 5, 3, 6), each title wrapped over two lines. Pages 2-3 are text."""
from __future__ import annotations

from kit6 import Doc, box, para_at, text

NAME = "plan_on_page_grid_column_order"
PR = [
    ("Anti-social behaviour and nuisance vehicles", "Off-road bikes, car cruises, noise"),
    ("Serious violence and knife crime", "Knife arches, youth diversion, A&amp;E navigators"),
    ("Domestic abuse", "Safe accommodation, Encompass, perpetrator work"),
    ("Rural and wildlife crime", "Farm watch, hare coursing, fly-tipping"),
    ("Fraud and scams targeting older people", "Banking protocol, call blockers, doorstep crime"),
    ("Drug dealing and county lines", "Cuckooing visits, closure orders, outreach"),
]
COL = ["1B5E8C", "A33B3B", "6B4C9A", "4C7A34", "C07A1B", "2D6F73"]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Northmere Community Safety Partnership Plan 2026/27", "Northmere District Council",
            footer="Northmere Community Safety Partnership Plan 2026/27", land=True, footer_on_first=True,
            accent="1B5E8C")
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 70, W, 70, "1B5E8C")
    text(c, 30, H - 44, "Northmere Community Safety Partnership \u2013 plan on a page 2026/27", "Sans-Bold", 20,
         "FFFFFF")
    # left strip: vision and values
    box(c, 30, 90, 170, H - 180, "EEF3F8", radius=6)
    text(c, 42, H - 110, "OUR VISION", "Sans-Bold", 10, "1B5E8C")
    para_at(c, "Northmere is a safe place to live, work and visit, where people look out for each other.", 42,
            H - 118, 146, size=10.5, leading=14)
    text(c, 42, H - 230, "HOW WE WORK", "Sans-Bold", 10, "1B5E8C")
    y = H - 238
    for v in ["Think family", "Prevent first", "Share what we know", "Listen to residents", "Focus on places"]:
        y -= para_at(c, "\u2022 " + v, 42, y, 146, size=10) + 3
    text(c, 42, 200, "STATUTORY DUTIES", "Sans-Bold", 10, "1B5E8C")
    para_at(c, "Crime and Disorder Act 1998; Serious Violence Duty; Domestic Abuse Act 2021 Part 4", 42, 192, 146,
            size=8.5)
    text(c, 220, H - 100, "OUR PRIORITIES FOR 2026/27", "Sans-Bold", 12, "1B5E8C")
    bw, bh, gx, gy = 183, 130, 14, 14
    x0, ytop = 220, H - 115
    order = [0, 3, 1, 4, 2, 5]  # drawn column by column
    for i in order:
        row, col = divmod(i, 3)
        x = x0 + col * (bw + gx)
        y = ytop - (row + 1) * bh - row * gy
        box(c, x, y, bw, bh, COL[i], radius=8)
        c.setFillColorRGB(1, 1, 1)
        c.circle(x + 24, y + bh - 24, 15, stroke=0, fill=1)
        text(c, x + 24, y + bh - 30, str(i + 1), "Sans-Bold", 16, COL[i], anchor="center")
        para_at(c, PR[i][0], x + 12, y + bh - 48, bw - 24, font="Sans-Bold", size=14, color="FFFFFF", leading=17)
        para_at(c, PR[i][1], x + 12, y + 38, bw - 24, size=8.5, color="FFFFFF", leading=10.5)
    # bottom strip: measures
    box(c, x0, 90, 3 * bw + 2 * gx, 100, "F6EEE2", radius=6)
    text(c, x0 + 10, 172, "HOW WE WILL KNOW", "Sans-Bold", 10, "8A5A14")
    for k, m in enumerate(["ASB calls down 10%", "Knife crime down 15%", "Repeat MARAC cases below 28%",
                           "Fly-tipping down", "Scam victims helped: 300", "County lines closed: 6"]):
        text(c, x0 + 10 + (k // 3) * 270, 152 - (k % 3) * 18, "\u2022 " + m, "Sans", 9.5)
    text(c, 30, 60, "Partners: Northmere District Council \u00b7 Hollinshire Police \u00b7 Hollinshire Fire and Rescue "
         "\u00b7 Probation Service \u00b7 NHS Hollinshire ICB \u00b7 Northmere Homes", "Sans", 9, "555555")
    d.next()
    w = d.writer(width=W - 112)
    w.heading("About this plan", 18)
    w.para("The plan on a page is the partnership's plan for 2026/27. It is reviewed every year after the "
           "strategic assessment, which the Board considered in January 2026.")
    w.para("Last year the partnership had five priorities: anti-social behaviour; violence in the night-time "
           "economy; domestic abuse; rural crime; and exploitation. Violence in the night-time economy is now part of "
           "the wider serious violence priority, and fraud against older people has been added after a rise of 40% "
           "in reported doorstep and telephone scams.")
    w.heading("Delivery groups", 14)
    w.table([["Group", "Chair", "Meets"],
             ["Neighbourhoods and ASB", "Northmere NPT Inspector", "Monthly"],
             ["Violence and exploitation", "Head of Community Safety", "Every six weeks"],
             ["Domestic abuse", "Domestic Abuse Coordinator", "Quarterly"],
             ["Rural and fraud", "Rural Crime Team Sergeant", "Quarterly"]], [250, 250, 150])
    d.next()
    w = d.writer(width=W - 112)
    w.heading("Contact us", 18)
    w.para("Community Safety Team, Northmere District Council, Market Hall, Northmere NM4 2QT. "
           "community.safety@northmere.example.gov.uk")
    w.para("To report anti-social behaviour, call 101 or use the online form. In an emergency, always call 999.")
    return [d.close()]
