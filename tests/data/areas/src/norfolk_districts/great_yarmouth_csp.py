"""Safer Great Yarmouth Partnership: Annual Report 2025-26 and Priorities for 2026-27 (reportlab, sea blue and coral).

Part 1 (pp4-5) reports progress on last year's five priorities, each a card headed "2025-26 priority: ..." with an
outcome stamp; part 2 (p7) states the "Priorities for 2026-27" as a numbered list of coral-numbered bold lines with
a sentence under each.  Two of last year's priorities carry over word for word; gold = the 2026-27 list.
"""
from __future__ import annotations

from pathlib import Path

from .kit_rl import (A4, P, ParagraphStyle, Spacer, Table, TableStyle, bullets, build_pages, colors, grid, house,
                     mm, styles, TA_CENTER)

OUT = "strategies/safer_great_yarmouth_annual_report_2025-26_and_priorities_2026-27.pdf"
TITLE = "Safer Great Yarmouth Partnership: Annual Report 2025\u201326 and Priorities for 2026\u201327"
AUTHOR = "Safer Great Yarmouth Partnership"
H = house("liberation-narrow", "dejavu", accent="#0B4F6C", accent2="#0B4F6C", coral="#E8604C", sand="#F6EFE2",
          ink="#1F2A30")
ST = styles(H, 10)
W, HH = A4

LAST = [
    ("Reducing anti-social behaviour in the town centre and on the seafront", "Partly achieved",
     ["A dispersal and town centre PSPO renewed in June 2025.", "Youth outreach on the Golden Mile on summer evenings.",
      "ASB reports fell in the town centre but rose in Gorleston."]),
    ("Tackling drug dealing and county lines", "Achieved",
     ["Eleven county lines closed with the county lines taskforce.", "Closure orders on four addresses."]),
    ("Tackling domestic abuse", "Partly achieved",
     ["A domestic abuse champion in every council team.", "Waiting times for outreach support remain too long."]),
    ("Supporting community cohesion", "Achieved",
     ["Community events in Great Yarmouth and Gorleston with local faith and migrant groups.",
      "A new third-party hate crime reporting centre at the library."]),
    ("Improving safety in the night-time economy", "Achieved",
     ["Best Bar None accreditation for 14 venues; street pastors every Friday and Saturday.",
      "This priority now closes: the work continues as business as usual through Pubwatch."]),
]
NEXT = [
    ("Reducing anti-social behaviour in the town centre and on the seafront",
     "We will extend problem-solving to Gorleston and keep the summer youth outreach."),
    ("Disrupting drug dealing and cuckooing",
     "Last year we closed county lines; this year we will focus on the local dealing that follows them and on "
     "protecting the tenants whose homes are taken over."),
    ("Tackling domestic abuse",
     "We will cut waiting times for outreach support and promote the county helpline."),
    ("Building community cohesion and reporting of hate crime",
     "We will grow the reporting centres and bring communities together through shared events."),
    ("Keeping people safe around water on the coast and rivers",
     "New for 2026\u201327, after a rise in water-related incidents on the beaches and the River Yare."),
]


def deco(c, n):
    if n == 1:
        c.setFillColor(H["accent"])
        c.rect(0, 0, W, HH, stroke=0, fill=1)
        c.setFillColor(H["sand"])
        c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#7FB7CE"))
        c.setLineWidth(2)
        for k in range(4):  # waves
            y = 78 * mm + k * 7 * mm
            p = c.beginPath()
            p.moveTo(0, y)
            for x in range(0, int(W) + 20, 20):
                p.curveTo(x + 5, y + 5, x + 15, y - 5, x + 20, y)
            c.drawPath(p, stroke=1, fill=0)
        return
    c.setFillColor(H["accent"])
    c.rect(0, 0, 8 * mm, HH, stroke=0, fill=1)
    c.setFillColor(H["coral"])
    c.rect(0, 0, 8 * mm, 30 * mm, stroke=0, fill=1)
    c.setFillColor(H["accent"])
    c.setFont(H["reg"], 8)
    c.drawString(22 * mm, HH - 12 * mm, "Safer Great Yarmouth Partnership \u2014 Annual Report 2025\u201326")
    c.setFont(H["bold"], 9)
    c.drawRightString(W - 18 * mm, 10 * mm, f"{n}")


def build(root: Path) -> Path:
    out = root / OUT
    b, h1, h2, h3, sm = ST["body"], ST["h1"], ST["h2"], ST["h3"], ST["small"]
    ct = ParagraphStyle("ct", fontName=H["hbold"], fontSize=28, leading=34, textColor=colors.white)
    cs = ParagraphStyle("cs", fontName=H["reg"], fontSize=14, leading=19, textColor=colors.HexColor("#CFE6EF"))
    cover = [Spacer(1, 40 * mm), P("Safer Great Yarmouth Partnership", cs), Spacer(1, 4 * mm),
             P("Annual Report 2025\u201326", ct), P("and Priorities for 2026\u201327", ct)]
    toc = [("Introduction from the chair", 3), ("Part 1: How we did in 2025\u201326", 4),
           ("What the data tells us", 6), ("Part 2: Priorities for 2026\u201327", 7),
           ("Delivering in 2026\u201327", 8), ("Measures, governance and contacts", 9)]
    contents = [P("Contents", h1), grid([[P(a, b), P(f"<para alignment='right'>{n}</para>", b)] for a, n in toc],
                                       [150 * mm, 20 * mm], ST, line=H["coral"])]
    intro = [P("Introduction from the chair", h1),
             P("This report looks back at what the Safer Great Yarmouth Partnership achieved in 2025\u201326 and "
               "sets the priorities we will work on in 2026\u201327. We publish it each spring so that residents, "
               "councillors and partners can see what we said we would do, what we did, and what comes next.", b),
             P("It has been a year of real progress. County lines into the borough were closed at a faster rate "
               "than ever, and the town centre's night-time economy has been recognised for its safety. But "
               "anti-social behaviour has moved rather than gone away, and some victims of domestic abuse still "
               "wait too long for help.", b),
             P("Looking ahead, we have kept the priorities that still need our joint effort, sharpened two of "
               "them, closed one whose work is now routine, and added one that this summer's incidents on the "
               "beaches made unavoidable.", b),
             P("Chair, Safer Great Yarmouth Partnership", h3)]
    stamp = ParagraphStyle("stamp", fontName=H["bold"], fontSize=8.5, leading=10, textColor=colors.white,
                           alignment=TA_CENTER)

    def card(t, outcome, items):
        fill = colors.HexColor("#2E8B57") if outcome == "Achieved" else colors.HexColor("#D98E04")
        head = Table([[P(f"2025\u201326 priority: {t}", ST["h3"]), P(outcome.upper(), stamp)]],
                     colWidths=[138 * mm, 30 * mm])
        head.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), H["sand"]), ("BACKGROUND", (1, 0), (1, 0), fill),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        return [head, Spacer(1, 3)] + bullets(items, ST["bullet"]) + [Spacer(1, 7)]

    p4 = [P("Part 1: How we did in 2025\u201326", h1),
          P("Last year the partnership agreed five priorities. For each we report what was done and whether we "
            "achieved what we set out to.", b)]
    for item in LAST[:3]:
        p4 += card(*item)
    p5 = []
    for item in LAST[3:]:
        p5 += card(*item)
    p5 += [P("Funding used in 2025\u201326", h2),
           grid([["Source", "Amount (illustrative)"], ["Police and Crime Commissioner grant", "\u00a342,000"],
                 ["Borough council", "\u00a355,000"], ["Safer Streets legacy funding", "\u00a318,500"]],
                [110 * mm, 60 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#CCCCCC"))]
    data = [P("What the data tells us", h1), P("All figures are <b>illustrative</b> (year to December 2025).", sm),
            grid([["Measure", "2024", "2025", "Change"], ["ASB incidents, borough", "4,210", "4,050", "-4%"],
                  ["ASB incidents, Gorleston", "690", "810", "+17%"], ["Drug supply offences", "188", "231", "+23%"],
                  ["Cuckooing cases referred", "19", "34", "+79%"],
                  ["Domestic abuse incidents", "3,140", "3,185", "+1%"], ["Hate crimes reported", "146", "172",
                                                                          "+18%"],
                  ["Water-related incidents attended", "21", "37", "+76%"]],
                 [80 * mm, 30 * mm, 30 * mm, 30 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#CCCCCC"),
                 zebra=H["sand"]),
            Spacer(1, 8), P("Key findings", h2)]
    data += bullets(["More drug supply offences reflect more proactive policing, not only more dealing.",
                     "Cuckooing referrals nearly doubled, mostly involving tenants with learning disabilities or "
                     "drug dependency.", "The rise in hate crime reports follows the opening of new reporting "
                     "centres and is welcomed.", "Two deaths in the water in summer 2025 led the coroner to ask "
                     "partners to review beach and riverside safety."], ST["bullet"])
    num = ParagraphStyle("num", fontName=H["hbold"], fontSize=20, leading=24, textColor=H["coral"])
    pt = ParagraphStyle("pt", fontName=H["bold"], fontSize=12.5, leading=16, textColor=H["accent"])
    rows = [[P(str(i), num), [P(t, pt), Spacer(1, 2), P(d, b)]] for i, (t, d) in enumerate(NEXT, start=1)]
    lst = Table(rows, colWidths=[14 * mm, 156 * mm])
    lst.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.6, H["coral"]),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    pri = [P("Part 2: Priorities for 2026\u201327", h1),
           P("After reviewing the year and the data, the partnership agreed these five priorities at its meeting "
             "in March 2026.", b), Spacer(1, 4), lst, Spacer(1, 8),
           P("'Improving safety in the night-time economy' is no longer a priority: the work continues through "
             "Pubwatch and Best Bar None.", b)]
    acts = [["Action", "Theme", "Lead"],
            ["Extend the town centre problem-solving group to Gorleston", "Place", "Borough council"],
            ["Cuckooing protocol with housing providers and adult social care", "Vulnerability", "Police / housing"],
            ["Outreach capacity review with the county domestic abuse service", "Support", "County council"],
            ["Two more third-party hate crime reporting centres", "Communities", "Borough council"],
            ["Beach and riverside safety review with the RNLI and coastguard", "Place", "Fire and rescue"],
            ["Water safety talks in primary schools before the summer holidays", "Education", "Fire and rescue"]]
    deliv = [P("Delivering in 2026\u201327", h1),
             grid(acts, [100 * mm, 30 * mm, 40 * mm], ST, head_bg=H["coral"], line=colors.HexColor("#CCCCCC")),
             Spacer(1, 8),
             P("Our priorities contribute to the Norfolk Police and Crime Plan (its priorities include 'Safer "
               "neighbourhoods, towns and villages' and 'Tackling serious violence and exploitation') and to the "
               "county-wide strategies on domestic abuse, serious violence and drugs.", b)]
    meas = [P("Measures, governance and contacts", h1),
            grid([["Priority", "Measure"], ["1", "ASB incidents in the town centre, seafront and Gorleston"],
                  ["2", "Cuckooing cases closed with the tenant safeguarded"],
                  ["3", "Days from referral to first outreach contact"], ["4", "Hate crime reports; cohesion "
                                                                               "survey"],
                  ["5", "Water-related incidents; schools reached"]], [25 * mm, 145 * mm], ST,
                 head_bg=H["accent"], line=colors.HexColor("#CCCCCC")),
            Spacer(1, 8), P("Governance", h2),
            P("The partnership board meets quarterly and reports to the borough council's Housing and Neighbourhoods "
              "Committee and to the Norfolk County Community Safety Partnership.", b),
            P("Contact", h2),
            P("Community Safety, Great Yarmouth Borough Council, Town Hall, Great Yarmouth. "
              "Email: safer@great-yarmouth.example. Telephone 01493 000 000 (illustrative).", b),
            P("This document is a fictional re-creation prepared as test data; all statistics are illustrative.", sm)]
    pages = [cover, contents, intro, p4, p5, data, pri, deliv, meas]
    return build_pages(out, pages, deco, TITLE, AUTHOR, margins=(22 * mm, 18 * mm, 20 * mm, 20 * mm),
                       cover_frame=(22 * mm, 120 * mm, 170 * mm, 140 * mm))
