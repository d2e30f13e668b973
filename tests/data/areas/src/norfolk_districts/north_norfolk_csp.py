"""North Norfolk Community Safety Partnership Plan 2025-2028 (reportlab; a tabbed ring-less divider design).

The priorities appear only as the labels of four coloured index tabs down the right-hand page edge (pp5-8, the
current section's tab wider and brighter, the others pale) and as the heading of each tabbed section page.  There
is no list of priorities anywhere else, and the contents page names the sections by their tab colour only.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from .kit_rl import (A4, P, ParagraphStyle, Spacer, bullets, build_pages, colors, grid, house, mm, styles, hexc)

OUT = "strategies/north_norfolk_community_safety_partnership_plan_2025-28.pdf"
TITLE = "North Norfolk Community Safety Partnership Plan 2025\u20132028"
AUTHOR = "North Norfolk Community Safety Partnership"
H = house("liberation-serif", "liberation-narrow", accent="#233D4D", accent2="#233D4D", ink="#1E1E1E")
ST = styles(H, 10)
W, HH = A4
TABS = [("Keeping rural and coastal communities safe from crime", "#2A7F62", "#CFE6DD"),
        ("Reducing anti-social behaviour in our towns and resorts", "#C8553D", "#F3D6CF"),
        ("Protecting older people from scams and doorstep crime", "#6A4C93", "#DDD3EA"),
        ("Making our roads safer", "#1F6FB2", "#CFE0F0")]
SECTION_PAGE = {5: 0, 6: 1, 7: 2, 8: 3}


def deco(c, n):
    if n == 1:
        c.setFillColor(H["accent"])
        c.rect(0, 0, W, HH, stroke=0, fill=1)
        for k, (_, col, _) in enumerate(TABS):
            c.setFillColor(hexc(col))
            c.roundRect(W - 26 * mm, 150 * mm - k * 26 * mm, 40 * mm, 22 * mm, 4 * mm, stroke=0, fill=1)
        return
    c.setFillColor(H["accent"])
    c.setFont(H["reg"], 8)
    c.drawString(18 * mm, HH - 12 * mm, "North Norfolk Community Safety Partnership Plan 2025\u20132028")
    c.drawString(18 * mm, 10 * mm, f"{n}")
    if n not in SECTION_PAGE:
        c.setFillColor(colors.HexColor("#E3E8EB"))
        c.rect(W - 8 * mm, 0, 8 * mm, HH, stroke=0, fill=1)
        return
    cur = SECTION_PAGE[n]
    top = HH - 30 * mm
    for k, (label, col, pale) in enumerate(TABS):
        active = k == cur
        tw = 38 * mm if active else 32 * mm
        th = 50 * mm
        y = top - (k + 1) * (th + 4 * mm)
        c.setFillColor(hexc(col) if active else hexc(pale))
        c.roundRect(W - tw, y, tw + 6 * mm, th, 5 * mm, stroke=0, fill=1)
        st = ParagraphStyle("tab", fontName=H["hbold"], fontSize=9 if active else 8.2, leading=11 if active else 10,
                            textColor=colors.white if active else hexc(col))
        p = Paragraph(label, st)
        w, h = p.wrap(tw - 7 * mm, th)
        p.drawOn(c, W - tw + 4 * mm, y + th - 5 * mm - h)


def section(k, why, do, measures, b, h1, h2, sm):
    label, col, pale = TABS[k]
    hs = ParagraphStyle("sh", parent=h1, textColor=hexc(col), fontSize=22, leading=26)
    out = [P(label, hs), P(why, b), P("What we will do", h2)]
    out += bullets(do, ST["bullet"])
    out += [Spacer(1, 4), P("How we will know", h2),
            grid([["Measure", "Baseline (illustrative)"]] + measures, [90 * mm, 52 * mm], ST,
                 head_bg=hexc(col), line=hexc(pale))]
    return out


def build(root: Path) -> Path:
    out = root / OUT
    b, h1, h2, h3, sm = ST["body"], ST["h1"], ST["h2"], ST["h3"], ST["small"]
    ct = ParagraphStyle("ct", fontName=H["hbold"], fontSize=30, leading=35, textColor=colors.white)
    cs = ParagraphStyle("cs", fontName=H["reg"], fontSize=13, leading=18, textColor=colors.HexColor("#C9D6DD"))
    cover = [Spacer(1, 60 * mm), P("North Norfolk", cs), P("Community Safety Partnership Plan", ct),
             P("2025\u20132028", ct), Spacer(1, 8 * mm),
             P("North Norfolk District Council, Norfolk Constabulary and partners", cs)]
    sw = "".join(f"<font color='{c}'>\u25a0</font> " for _, c, _ in TABS)
    contents = [P("Contents", h1),
                grid([[P("Welcome", b), P("3", b)], [P("Our district and the evidence", b), P("4", b)],
                      [P(f"The priority sections {sw} (follow the coloured tabs)", b), P("5\u20138", b)],
                      [P("Working with others", b), P("9", b)], [P("Governance and contacts", b), P("10", b)]],
                     [120 * mm, 22 * mm], ST, line=colors.HexColor("#BBBBBB"))]
    welcome = [P("Welcome", h1),
               P("North Norfolk is one of the safest places to live in England. It is also one of the oldest, "
                 "most rural and most visited: a coastline of resorts and villages, market towns, farmland and the "
                 "Broads, with a population that more than doubles in the summer.", b),
               P("This plan sets out where the partnership will focus between 2025 and 2028. Each priority has "
                 "its own section, marked by a coloured tab on the edge of the page, so that partners can turn "
                 "straight to the part that concerns them.", b),
               P("Our last plan (2022\u20132025) covered a wide range of themes, including the night-time economy in "
                 "Cromer, county lines and domestic abuse. County lines and domestic abuse are now led by the "
                 "county-wide strategies, which we support, so this plan concentrates on the issues only a local "
                 "partnership can tackle.", b),
               P("Leader, North Norfolk District Council, and District Commander, Norfolk Constabulary", h3)]
    evid = [P("Our district and the evidence", h1), P("All figures are <b>illustrative</b>.", sm),
            grid([["", "North Norfolk", "Norfolk"], ["Residents aged 65 and over", "34%", "25%"],
                  ["Rural crime reports per 10,000 people", "41", "23"],
                  ["ASB incidents, summer months (Jun\u2013Sep)", "1,120", "\u2013"],
                  ["Fraud reports by over-65s", "310", "\u2013"],
                  ["People killed or seriously injured on roads", "58", "402"]],
                 [80 * mm, 31 * mm, 31 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#CCCCCC")),
            Spacer(1, 8), P("What residents told us", h2)]
    evid += bullets(["Speeding through villages was the most common concern at parish meetings.",
                     "Farmers reported thefts of GPS units and quad bikes, and hare coursing.",
                     "Cromer, Sheringham and North Walsham businesses raised summer ASB by groups of young "
                     "people.", "Older residents described being targeted by rogue traders and phone scams."],
                    ST["bullet"])
    secs = [
        section(0, "Rural and coastal communities face crimes that towns rarely see: theft of farm machinery and "
                   "fuel, hare coursing, heritage crime at churches, and thefts from boats and beach huts.",
                ["Support Farm Watch and Boat Watch schemes with regular alerts.",
                 "Run a harvest-time operation against hare coursing with neighbouring districts.",
                 "Mark and register farm equipment and outboard engines."],
                [["Rural crime reports", "41 per 10,000"], ["Hare coursing incidents (Aug\u2013Mar)", "64"]],
                b, h1, h2, sm),
        section(1, "Anti-social behaviour is low for most of the year but rises sharply in the resorts in "
                   "summer and in North Walsham and Fakenham town centres.",
                ["A summer problem-solving plan for Cromer, Sheringham and Wells.",
                 "Youth outreach and diversionary activities in the school holidays.",
                 "Use community protection notices and dispersal powers where needed."],
                [["ASB incidents, Jun\u2013Sep", "1,120"], ["Repeat ASB locations", "9"]], b, h1, h2, sm),
        section(2, "A third of our residents are over 65. Many live alone, and rogue traders and scammers know it.",
                ["Trading Standards scam marshals and call blockers for repeat victims.",
                 "Banking protocol training for local bank and post office staff.",
                 "'No cold calling' zones where residents ask for them."],
                [["Fraud reports by over-65s", "310"], ["Call blockers installed", "48"]], b, h1, h2, sm),
        section(3, "Rural roads, summer traffic and speeding through villages make road safety residents' most "
                   "frequent concern.",
                ["Grow Community Speedwatch to twenty active groups.",
                 "Target the 'fatal four' on the A148 and A149 with the roads policing team.",
                 "Road safety sessions for young and older drivers."],
                [["People killed or seriously injured", "58"], ["Active Speedwatch groups", "14"]],
                b, h1, h2, sm),
    ]
    others = [P("Working with others", h1),
              P("Several issues that matter in North Norfolk are led by county-wide partnerships, which we "
                "support: domestic abuse and sexual violence, serious violence, county lines, and drug and alcohol "
                "treatment.", b),
              P("The Norfolk Police and Crime Plan 2025\u20132029", h2),
              P("Our work contributes to the Commissioner's priorities, especially 'Safer neighbourhoods, towns and "
                "villages' and 'Putting victims first and building trust'.", b),
              P("Our previous plan's themes (2022\u20132025)", h2)]
    others += bullets(["Safer night-time economy in Cromer", "County lines and exploitation",
                       "Domestic abuse", "Anti-social behaviour"], ST["bullet"])
    gov = [P("Governance and contacts", h1),
           P("The partnership meets four times a year, chaired by the council's portfolio holder for community "
             "safety. Progress is reported to the council's Overview and Scrutiny Committee each autumn.", b),
           P("Contact", h2),
           P("Community Safety, North Norfolk District Council, Council Offices, Holt Road, Cromer. Email: "
             "communitysafety@north-norfolk.example. Telephone 01263 000 000 (illustrative).", b),
           Spacer(1, 10),
           P("This document is a fictional re-creation prepared as test data; all statistics are illustrative.", sm)]
    pages = [cover, contents, welcome, evid] + secs + [others, gov]
    return build_pages(out, pages, deco, TITLE, AUTHOR, margins=(18 * mm, 44 * mm, 20 * mm, 20 * mm),
                       cover_frame=(18 * mm, 40 * mm, 140 * mm, 220 * mm))
