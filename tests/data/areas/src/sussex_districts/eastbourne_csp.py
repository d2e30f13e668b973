"""Eastbourne Community Safety Partnership Plan 2026-2029 (fictional re-creation).

House style: reportlab report, Liberation Sans with Liberation Serif headings, navy and coral, folio at the left.
The priorities page (p6) is a **two-level table with merged first-column cells**: "Outcome" (a navy cell merged
down over its rows), "Our priorities" (bold) and "What we will do".  The document calls the second column its
priorities, so the gold is that column, not the outcomes.
"""
from __future__ import annotations

from pathlib import Path

from rl_kit import Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors, hexc, mm
from sussex_districts import kit_rl
from sussex_districts.work import ILLUS

OUT = "strategies/eastbourne_community_safety_partnership_plan_2026-29.pdf"
NAVY, CORAL = "#1d2f5e", "#e76f51"

OUTCOMES = [
    ("A safe and welcoming town centre and seafront", [
        ("Reducing anti-social behaviour and street drinking in the town centre",
         "Joint patrols with the council's wardens; dispersal and PSPO powers used fairly; outreach for street "
         "drinkers."),
        ("Tackling street-based drug dealing",
         "Intelligence from residents and businesses; closure orders on problem premises."),
    ]),
    ("Fewer people harmed by abuse and exploitation", [
        ("Reducing domestic abuse and stalking",
         "Awareness campaigns; training for housing and health staff; a stalking advocate for the borough."),
        ("Protecting vulnerable adults from cuckooing and exploitation",
         "A cuckooing protocol with housing providers; safeguarding referrals within 24 hours."),
    ]),
    ("Older residents feel safe and confident at home", [
        ("Preventing fraud and scams targeting older residents",
         "Scams awareness talks; call blockers; Trading Standards and bank staff working together."),
    ]),
]


def cover(c, W, H, meta):
    c.setFillColor(colors.white)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc(NAVY))
    c.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
    c.setFillColor(hexc(CORAL))
    for k in range(5):
        c.circle(W - 40 * mm + k * 6 * mm, H * 0.42, (30 - k * 5) * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LiberationSerif-Bold", 30)
    c.drawString(20 * mm, H - 80 * mm, "Community Safety")
    c.drawString(20 * mm, H - 93 * mm, "Partnership Plan")
    c.setFont("LiberationSans-Regular", 14)
    c.drawString(20 * mm, H - 108 * mm, "Eastbourne 2026\u20132029")
    c.setFillColor(hexc(NAVY))
    c.setFont("LiberationSans-Regular", 10)
    c.drawString(20 * mm, 40 * mm, "Eastbourne Community Safety Partnership")
    c.drawString(20 * mm, 34 * mm, "Eastbourne Borough Council \u2022 Sussex Police \u2022 East Sussex County Council")


def priorities_table(h):
    hd = ParagraphStyle("hd", fontName="LiberationSans-Bold", fontSize=9, leading=11, textColor=colors.white)
    oc = ParagraphStyle("oc", fontName="LiberationSerif-Bold", fontSize=12.5, leading=15, textColor=colors.white)
    pr = ParagraphStyle("pr", fontName="LiberationSans-Bold", fontSize=10.5, leading=13, textColor=hexc(NAVY))
    wd = ParagraphStyle("wd", fontName="LiberationSans-Regular", fontSize=8.8, leading=11.5)
    rows = [[Paragraph("Outcome", hd), Paragraph("Our priorities", hd), Paragraph("What we will do", hd)]]
    st = [("BACKGROUND", (0, 0), (-1, 0), hexc(CORAL)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("GRID", (1, 1), (-1, -1), 0.5, hexc("#b8c0d6")), ("TOPPADDING", (0, 0), (-1, -1), 7),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 7)]
    r = 1
    for outcome, pris in OUTCOMES:
        st += [("SPAN", (0, r), (0, r + len(pris) - 1)), ("BACKGROUND", (0, r), (0, r + len(pris) - 1), hexc(NAVY)),
               ("LINEBELOW", (0, r + len(pris) - 1), (-1, r + len(pris) - 1), 2, hexc(NAVY))]
        for k, (p, w) in enumerate(pris):
            rows.append([Paragraph(outcome, oc) if k == 0 else "", Paragraph(p, pr), Paragraph(w, wd)])
        r += len(pris)
    t = Table(rows, colWidths=[46 * mm, 58 * mm, 66 * mm])
    t.setStyle(TableStyle(st))
    return t


def build(root: Path) -> Path:
    h = kit_rl.House(body="liberation-sans", head="liberation-serif", size=9.8, main=NAVY, accent=CORAL,
                     tint="#eef0f6", header="Eastbourne Community Safety Partnership Plan 2026\u20132029",
                     folio="Eastbourne CSP Plan  |  {n}", folio_pos="left", cover=cover, leader=True)
    pages = [
        [("h1", "Welcome"),
         ("p", "Eastbourne is a safe place to live, work and visit, and we want to keep it that way. This plan "
               "sets out how the partners of the Eastbourne Community Safety Partnership will work together over "
               "the next three years to reduce crime and anti-social behaviour and to protect the people most "
               "at risk of harm."),
         ("p", "The plan is organised around three outcomes that residents told us matter most. Under each "
               "outcome are the priorities the partnership will work on and what we will do."),
         ("p", "Eastbourne has an older population than most of the country, a busy seafront and a town centre "
               "that is changing fast. Our plan reflects all three."),
         ("h2", "Who we are"),
         ("bul", ["Eastbourne Borough Council", "Sussex Police", "East Sussex County Council",
                  "East Sussex Fire and Rescue Service", "Probation Service", "NHS Sussex",
                  "Voluntary and community sector representatives"]),
         ("small", "Chair, Eastbourne Community Safety Partnership")],
        [("h1", "Eastbourne today"),
         ("tiles", [("104,000", "residents, a quarter of them aged 65 or over"),
                    ("2,950", "anti-social behaviour reports in 2024/25"),
                    ("46%", "of ASB reports in the town centre"),
                    ("1,780", "domestic abuse incidents"),
                    ("\u00a31.2m", "lost to fraud by residents aged over 65"),
                    ("19", "addresses cuckooed and closed")], 3),
         ("small", ILLUS),
         ("h2", "What the strategic assessment found"),
         ("bul", ["Street drinking and begging in Terminus Road and the seafront drive many ASB reports.",
                  "Dealing is concentrated in a few streets and linked to county lines from London.",
                  "Older residents lose more money to scams than any other group.",
                  "Stalking reports have doubled in three years."]),
         ("h2", "Community safety survey 2025"),
         ("table", [["Concern", "Very or fairly worried"], ["Anti-social behaviour", "57%"],
                    ["Drug dealing and use", "49%"], ["Fraud and scams", "41%"], ["Burglary", "27%"]],
          [0.7, 0.3]),
         ("small", ILLUS)],
        [("h1", "The wider picture"),
         ("h2", "Our 2023\u20132026 priorities"),
         ("p", "The last plan had four priorities: town centre anti-social behaviour; drug-related harm; "
               "domestic abuse; and hate crime. Hate crime work now sits with the East Sussex Community Cohesion "
               "network."),
         ("h2", "National frameworks"),
         ("bul", ["The Serious Violence Duty, led in East Sussex through the county partnership.",
                  "<i>From harm to hope</i>, the national drugs strategy, with its three priorities: break drug "
                  "supply chains; deliver a world-class treatment and recovery system; and achieve a "
                  "generational shift in demand for drugs.",
                  "The Anti-social Behaviour Action Plan (2023)."]),
         ("h2", "The Sussex Police and Crime Plan"),
         ("box", "Pillars of the Police and Crime Plan 2025\u20132029",
          ["Strengthen local policing", "Fight crime and prevent harm", "Put victims first and reduce reoffending",
           "Improve access and public confidence"])],
        [("h1", "Our outcomes and priorities"),
         ("p", "Three outcomes, five priorities. The table shows what we will do for each priority in 2026\u201327."),
         ("flow", [Spacer(1, 4), priorities_table(h)])],
        [("h1", "How we will deliver"),
         ("table", [["Theme", "Delivery group", "Meets"],
                    ["Town centre", "Town Centre Tasking Group", "Monthly"],
                    ["Drugs", "Eastbourne Drugs Action Group", "Bi-monthly"],
                    ["Abuse and exploitation", "Vulnerability and Exploitation Panel", "Monthly"],
                    ["Older residents", "Scams Partnership (with Trading Standards)", "Quarterly"]],
          [0.25, 0.55, 0.2]),
         ("p", "Each group has an action plan and a lead officer. Progress is reported to the partnership board "
               "every quarter."),
         ("h2", "Resources"),
         ("p", "The Police and Crime Commissioner's community safety grant (\u00a348,000 in 2026/27, illustrative) "
               "and the council's community safety budget fund the work, alongside partners' own services.")],
        [("h1", "Measuring progress"),
         ("table", [["Measure", "2024/25", "Direction"],
                    ["ASB incidents, town centre", "1,360", "Down"],
                    ["Drug supply offences detected", "118", "Up"],
                    ["Repeat domestic abuse victims", "29%", "Down"],
                    ["Cuckooing referrals acted on within 24 hours", "64%", "Up"],
                    ["Scam victims supported", "210", "Up"]], [0.6, 0.2, 0.2]),
         ("small", ILLUS),
         ("h2", "Governance and contact"),
         ("p", "The partnership board meets quarterly; its annual report goes to the council's Scrutiny "
               "Committee. Contact: Community Safety Team, Eastbourne Borough Council, 1 Grove Road. "
               "community.safety@eastbourne.example")],
    ]
    contents = [("Welcome", 3, 0), ("Eastbourne today", 4, 0), ("The wider picture", 5, 0),
                ("Our outcomes and priorities", 6, 0), ("How we will deliver", 7, 0), ("Measuring progress", 8, 0)]
    out = root / OUT
    kit_rl.build(out, "Eastbourne Community Safety Partnership Plan 2026\u20132029",
                 "Eastbourne Community Safety Partnership", h, contents, pages)
    return out
