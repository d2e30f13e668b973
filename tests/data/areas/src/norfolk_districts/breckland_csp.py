"""Breckland Community Safety Partnership: Year 2 refresh 2025-26 of the 2024-2027 plan (reportlab, green and rust).

Priorities (p5): a refresh table "Priority / Status for 2025-26 / What changed"; one priority is retired (struck
through, "RETIRED" stamp in the status cell), one is new ("NEW" badge).  Gold = the five current priorities.
"""
from __future__ import annotations

from pathlib import Path

from .kit_rl import (A4, P, ParagraphStyle, Spacer, bullets, build_pages, colors, grid, house, mm, styles, Fill)

OUT = "strategies/breckland_community_safety_plan_2024-27_year2_refresh.pdf"
TITLE = "Breckland Community Safety Plan 2024\u20132027: Year 2 refresh 2025\u201326"
AUTHOR = "Breckland Community Safety Partnership"
H = house("dejavu-cond", "liberation-serif", accent="#2F5D3A", accent2="#2F5D3A", rust="#B5542C",
          pale="#EEF3EC", ink="#202020")
ST = styles(H, 9.4)
W, HH = A4

CURRENT = [
    ("Tackling anti-social behaviour in our market towns", "Continuing",
     "Thetford, Dereham, Swaffham, Attleborough and Watton remain the focus; Thetford town centre is added as a "
     "hotspot."),
    ("Protecting vulnerable adults from exploitation and modern slavery", "Continuing",
     "Widened to include labour exploitation on farms and in food factories."),
    ("Reducing rural crime and hare coursing", "Continuing", "No change."),
    ("Tackling domestic abuse in Breckland's communities", "Continuing",
     "Now linked to the county safe accommodation pathway."),
]
RETIRED = ("Reducing road casualties on the A11 and A47 corridors",
           "Passed to the Norfolk Road Safety Partnership, which leads on casualty reduction.")
NEW = ("Reducing shop theft and retail crime in our town centres",
       "Added after a rise in shop theft reported by retailers in Thetford and Dereham.")


def deco(c, n):
    if n == 1:
        c.setFillColor(H["pale"])
        c.rect(0, 0, W, HH, stroke=0, fill=1)
        c.setFillColor(H["accent"])
        c.rect(0, HH - 110 * mm, W, 110 * mm, stroke=0, fill=1)
        c.setFillColor(H["rust"])
        c.rect(0, HH - 114 * mm, W, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#4C7A57"))
        for k in range(9):  # a row of stylised pine trees (the Brecks)
            x = 20 * mm + k * 20 * mm
            c.wedge(x - 8 * mm, 40 * mm, x + 8 * mm, 70 * mm, 250, 40, stroke=0, fill=1)
        return
    c.setStrokeColor(H["rust"])
    c.setLineWidth(2)
    c.line(20 * mm, HH - 14 * mm, W - 20 * mm, HH - 14 * mm)
    c.setFont(H["reg"], 7.5)
    c.setFillColor(H["accent"])
    c.drawString(20 * mm, HH - 12 * mm, "Breckland Community Safety Plan \u2022 Year 2 refresh 2025\u201326")
    c.drawRightString(W - 20 * mm, 10 * mm, f"{n}")
    c.drawString(20 * mm, 10 * mm, "Breckland Community Safety Partnership")


def build(root: Path) -> Path:
    out = root / OUT
    b, h1, h2, h3, sm = ST["body"], ST["h1"], ST["h2"], ST["h3"], ST["small"]
    ct = ParagraphStyle("ct", fontName=H["hbold"], fontSize=30, leading=35, textColor=colors.white)
    cs = ParagraphStyle("cs", fontName=H["reg"], fontSize=13, leading=18, textColor=colors.HexColor("#DDE8DA"))
    cover = [Spacer(1, 30 * mm), P("Breckland Community Safety Plan 2024\u20132027", ct), Spacer(1, 6 * mm),
             P("Year 2 refresh: 2025\u201326", cs), P("Breckland Community Safety Partnership", cs)]
    toc = [("1", "Why we have refreshed the plan", 3), ("2", "What the 2025 strategic assessment told us", 4),
           ("3", "Our priorities, refreshed", 5), ("4", "Delivery in 2025\u201326", 6),
           ("5", "Our place in Norfolk's plans", 7), ("6", "Measuring progress", 8),
           ("7", "Governance and contacts", 9)]
    contents = [P("Contents", h1), grid([[a, t, str(n)] for a, t, n in toc], [12 * mm, 140 * mm, 18 * mm], ST,
                                       line=H["rust"], extra=[("ALIGN", (2, 0), (2, -1), "RIGHT")])]
    why = [P("1  Why we have refreshed the plan", h1),
           P("The Breckland Community Safety Plan 2024\u20132027 was agreed by the partnership in March 2024. We "
             "said then that we would look again at our priorities every year, using the annual strategic "
             "assessment, what residents tell us and what our partners see on the ground.", b),
           P("This refresh does not replace the plan. It restates the priorities for the second year, explains "
             "the one priority we have retired and the one we have added, and sets out what we will deliver in "
             "2025\u201326.", b),
           P("The partnership brings together Breckland Council, Norfolk Constabulary, Norfolk County Council, "
             "Norfolk Fire and Rescue Service, the Probation Service, the NHS Norfolk and Waveney Integrated Care "
             "Board, Flagship and other housing providers, and voluntary sector partners.", b),
           P("What has not changed", h2)]
    why += bullets(["Our vision: a district where people feel safe in their homes, their towns and the "
                    "countryside.", "Our approach: problem-solving, early help and using enforcement where it "
                    "is needed.", "Our five market towns as the focus of most local delivery."], ST["bullet"])
    tiles = grid([["Recorded ASB incidents", "Shop theft offences", "Rural crime reports", "Domestic abuse "
                   "incidents"],
                  [P("<font size=18><b>3,960</b></font><br/>down 6%", b), P("<font size=18><b>1,140</b></font>"
                                                                            "<br/>up 21%", b),
                   P("<font size=18><b>512</b></font><br/>down 3%", b), P("<font size=18><b>2,870</b></font>"
                                                                          "<br/>up 2%", b)]],
                 [42.5 * mm] * 4, ST, head_bg=H["accent"], extra=[("BACKGROUND", (0, 1), (-1, 1), H["pale"])])
    sa = [P("2  What the 2025 strategic assessment told us", h1),
          P("All figures on this page are <b>illustrative</b> and cover the year to December 2024.", sm), tiles,
          Spacer(1, 8), P("Key findings", h2)]
    sa += bullets(["Anti-social behaviour fell slightly overall but is concentrated in Thetford and Dereham town "
                   "centres in the evenings.",
                   "Shop theft rose sharply, with repeat offending by a small number of people, often linked to "
                   "drug use.",
                   "Hare coursing reports peaked after harvest, as in previous years.",
                   "Road casualties on the A11 and A47 fell, and the county road safety partnership now has a "
                   "dedicated corridor programme.",
                   "Agencies identified more potential victims of labour exploitation in food processing."],
                  ST["bullet"])
    sa += [Spacer(1, 6), P("Residents' survey (illustrative)", h3),
           grid([["Issue", "Very or fairly worried"], ["Anti-social behaviour", "44%"], ["Speeding", "41%"],
                 ["Shop theft and town centre crime", "33%"], ["Rural crime", "29%"]], [120 * mm, 50 * mm], ST,
                head_bg=H["rust"], line=colors.HexColor("#CCCCCC"))]
    strike = ParagraphStyle("strike", parent=ST["cell"], textColor=colors.HexColor("#8A8A8A"))
    stamp = ParagraphStyle("stamp", parent=ST["cellb"], textColor=H["rust"])
    newb = ParagraphStyle("newb", parent=ST["cellb"], textColor=colors.white)
    rows = [["Priority", "Status for 2025\u201326", "What changed"]]
    for t, s, w in CURRENT:
        rows.append([P(t, ST["cellb"]), s, w])
    rows.append([P(f"<strike>{RETIRED[0]}</strike>", strike), P("RETIRED<br/>March 2025", stamp),
                 P(RETIRED[1], strike)])
    rows.append([P(NEW[0], ST["cellb"]), P("NEW", newb), NEW[1]])
    n = len(rows)
    ref = [P("3  Our priorities, refreshed", h1),
           P("The table restates our priorities for the second year of the plan. Priorities that continue are "
             "unchanged in wording. One priority has been retired and is shown struck through; one is new.", b),
           grid(rows, [62 * mm, 30 * mm, 78 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#BBBBBB"),
                pad=6, extra=[("BACKGROUND", (0, n - 2), (-1, n - 2), colors.HexColor("#F1F1F1")),
                              ("BACKGROUND", (1, n - 1), (1, n - 1), H["rust"]),
                              ("BOX", (1, n - 2), (1, n - 2), 1.2, H["rust"])]),
           Spacer(1, 8),
           P("For 2025\u201326 the partnership therefore has five priorities. Speeding and road safety remain "
             "important to residents and are covered by the Norfolk Road Safety Partnership and Community "
             "Speedwatch; we will continue to pass on local concerns.", b)]
    acts = [["Ref", "Action", "Theme", "Lead", "By"],
            ["A1", "Joint patrols and a problem-solving plan for Thetford town centre", "Places", "Police / council",
             "Sep 2025"],
            ["A2", "Community protection warnings and notices for persistent ASB", "Places", "Council", "Ongoing"],
            ["A3", "Train licensing and housing staff to spot labour exploitation", "People", "Council / GLAA",
             "Dec 2025"],
            ["A4", "Farm watch and a harvest-time hare coursing operation", "Rural", "Police", "Oct 2025"],
            ["A5", "Domestic abuse champions in every council front-line team", "People", "Council", "Mar 2026"],
            ["A6", "Retail crime forum and shared banning scheme in Thetford and Dereham", "Places",
             "Business / police", "Jul 2025"],
            ["A7", "Refer prolific shop theft offenders to drug treatment", "People", "Probation / CGL", "Ongoing"]]
    deliv = [P("4  Delivery in 2025\u201326", h1),
             P("The action plan below is grouped by delivery theme. The themes (Places, People, Rural) are how the "
               "partnership organises its task groups; they are not priorities in themselves.", b),
             grid(acts, [12 * mm, 80 * mm, 22 * mm, 34 * mm, 22 * mm], ST, head_bg=H["rust"],
                  line=colors.HexColor("#CCCCCC"), zebra=H["pale"]),
             Spacer(1, 8), P("Funding", h2),
             P("The partnership's local budget for 2025\u201326 is an <b>illustrative</b> \u00a368,000, including "
               "a grant from the Police and Crime Commissioner.", b)]
    place = [P("5  Our place in Norfolk's plans", h1),
             P("Our priorities sit alongside the county-wide strategies and the Police and Crime Plan. The Norfolk "
               "Police and Crime Plan 2025\u20132029 has six priorities:", b)]
    place += bullets(["Preventing crime and harm", "Safer neighbourhoods, towns and villages",
                      "Tackling serious violence and exploitation", "Making Norfolk safe for women and girls",
                      "Putting victims first and building trust", "A Constabulary fit for the future"], ST["bullet"])
    place += [Spacer(1, 4), P("We also contribute to:", b)]
    place += bullets(["the Norfolk Domestic Abuse and Sexual Violence Board's strategy;",
                      "the Norfolk Serious Violence Duty strategy;",
                      "the Norfolk Combating Drugs Partnership's plan;",
                      "the Breckland Council corporate plan theme 'Safe and healthy communities'."], ST["bullet"])
    meas = [P("6  Measuring progress", h1),
            grid([["Priority area", "Measure", "Direction"],
                  ["ASB", "Repeat ASB locations in the five market towns", "Down"],
                  ["Exploitation", "Referrals to the National Referral Mechanism from Breckland partners", "Up"],
                  ["Rural crime", "Hare coursing incidents between August and March", "Down"],
                  ["Domestic abuse", "Repeat referrals to MARAC", "Down"],
                  ["Retail crime", "Shop theft offences in Thetford and Dereham", "Down"],
                  ["Confidence", "Residents who feel safe outside after dark (survey)", "Up"]],
                 [34 * mm, 106 * mm, 30 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#CCCCCC")),
            Spacer(1, 8), P("We report progress to the partnership every quarter and to Breckland Council's "
                            "overview and scrutiny commission once a year.", b)]
    gov = [P("7  Governance and contacts", h1),
           P("The Breckland Community Safety Partnership meets quarterly and is chaired by the council's executive "
             "member for community safety. Task groups report to it; the Operational Partnership Team meets "
             "weekly to manage individual cases.", b),
           P("Contact", h2),
           P("Community Safety Team, Breckland Council, Elizabeth House, Dereham. "
             "Email: communitysafety@breckland.example. Telephone: 01362 000 000 (illustrative).", b),
           Spacer(1, 10),
           P("This document is a fictional re-creation prepared as test data; all statistics are illustrative.", sm)]
    pages = [cover, contents, why, sa, ref, deliv, place, meas, gov]
    return build_pages(out, pages, deco, TITLE, AUTHOR, cover_frame=(20 * mm, HH - 105 * mm, 170 * mm, 90 * mm))
