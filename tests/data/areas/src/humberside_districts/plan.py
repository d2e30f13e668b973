"""Humberside Police and Crime Plan 2025-2029 (fictional new edition): an outcomes framework.

reportlab, A4 portrait, 12 pages. Three aims; under them seven numbered outcomes, which are the plan's
priorities (P1-P7), each drawn as an outcome panel: a large numeral in a coloured column, an "OUTCOME n" kicker,
the outcome in bold, "What we will do" objectives n.1 ... and a small "How we will know" indicator table.
"""
from __future__ import annotations

from hd_kit import A4, Paragraph, Spacer, Table, TableStyle, bl, colors, grid, hexc, mm, rl_pages, styles
from rl_kit import ContentsLine, ParagraphStyle, Tiles, TA_CENTER

FILE = "plan/humberside_police_and_crime_plan_2025-29.pdf"
NAVY, TEAL, GOLD, PLUM = "#14325C", "#0F7C80", "#C98A12", "#5B2A6E"
S = styles("dejavu", "liberation-serif", NAVY)
AIMS = {1: ("Engaged, resilient and inclusive communities", TEAL),
        2: ("Safer communities", NAVY),
        3: ("Effective organisations", PLUM)}

OUTCOMES = [
    (1, 1, "Communities that feel safe and are free from anti-social behaviour", [
        "Neighbourhood policing teams that are visible and known, with ward surgeries in towns, villages and estates.",
        "Tackle anti-social behaviour, including off-road bikes, nuisance vehicles and criminal damage, using every "
        "power available and the ASB case review.",
        "Protect rural and coastal communities from farm, machinery, wildlife and heritage crime and from "
        "fly-tipping.",
        "Challenge hate crime, increase the reporting of hate incidents (online hate included) and support "
        "community cohesion."],
     [("Residents who feel safe in their area", "78%", "82%"), ("ASB incidents recorded", "31,400", "Down"),
      ("Hate incidents reported", "2,150", "Up")]),
    (2, 1, "Victims and witnesses who are supported to cope and recover", [
        "Commission victim care that meets the Victims' Code for every victim, whether or not they report, "
        "including victims of hate crime.",
        "Protect people from fraud and scams, older and vulnerable residents above all, with trading standards.",
        "Offer restorative justice to every victim who wants it, including where the person who harmed them is "
        "a child.",
        "Support children who are victims of crime, including children who live with domestic abuse, and "
        "survivors of modern slavery and trafficking as they recover.",
        "Help witnesses give their best evidence through witness care and special measures."],
     [("Victims satisfied with support", "81%", "85%"), ("Victims offered restorative justice", "1 in 3", "All")]),
    (3, 2, "Fewer people harmed by violence, drugs and exploitation", [
        "Reduce serious violence and knife crime with the Humber Violence Prevention Partnership, meeting the "
        "Serious Violence Duty.",
        "Disrupt drug supply, county lines and cuckooing.",
        "Protect children from criminal exploitation and from going missing.",
        "Pursue organised crime groups, including modern slavery and human trafficking through the Humber ports."],
     [("Knife crime offences", "640", "Down"), ("County lines closed", "48", "Up")]),
    (4, 2, "Women and girls who are safe, and feel safe, wherever they are", [
        "Improve the response to domestic abuse: early identification, safe accommodation, and perpetrator "
        "programmes that hold abusers to account and change behaviour.",
        "More rape and sexual offence cases reaching charge, with ISVA support throughout.",
        "Act on stalking and harassment, online and offline.",
        "Safe town centres and night-time economies, for women and girls above all: Ask for Angela, safe havens "
        "and well-run licensed premises."],
     [("Women who feel safe after dark", "54%", "65%"), ("Domestic abuse repeat victims", "34%", "Down")]),
    (5, 2, "Fewer people reoffending", [
        "Integrated Offender Management for the most prolific offenders.",
        "Drug and alcohol treatment and recovery, drug testing on arrest, treatment requirements in sentences, "
        "and fewer drug-related deaths, with the four combating drugs partnerships.",
        "Divert children and young adults from crime: first-time entrants, out-of-court resolutions and "
        "reoffending by children.",
        "A home and a job for people leaving prison.",
        "A whole-system approach for women in the justice system."],
     [("Proven reoffending rate (adults)", "27%", "Down"), ("First-time entrants per 100,000", "160", "Down")]),
    (6, 3, "A police service that is visible, responsive and trusted", [
        "Answer 999 and 101 calls quickly, and make online reporting simple.",
        "Deal with complaints openly, with independent scrutiny panels.",
        "Use stop and search and force fairly, with community scrutiny.",
        "Value for money: officer numbers, the estate and the budget."],
     [("101 calls answered in 2 minutes", "71%", "90%"), ("Trust in Humberside Police", "74%", "Up")]),
    (7, 3, "Partners who work as one system to prevent harm", [
        "A Community Safety Fund and grants that back local partnership work.",
        "Share data, analysis and problem-solving with the community safety partnerships.",
        "Build a trauma-informed, skilled workforce across partner organisations.",
        "Align partnership boards across the Humber and reduce duplication."],
     [("Joint problem-solving plans", "22", "Up"), ("Staff trained in trauma-informed practice", "1,900", "5,000")]),
]


def outcome_panel(num, aim, text, objectives, indicators):
    colour = hexc(AIMS[aim][1])
    numeral = Paragraph(str(num), ParagraphStyle("num", fontName=S["hbold"], fontSize=34, leading=38,
                                                 textColor=colors.white, alignment=TA_CENTER))
    head = Paragraph(text, ParagraphStyle("oh", parent=S["h2"], fontSize=13.5, leading=16.5, textColor=colour,
                                          spaceBefore=0))
    kick = Paragraph(f"OUTCOME {num}", S["kicker"])
    objs = [Paragraph(f"<b>{num}.{i}</b>&nbsp; {o}", ParagraphStyle("ob", parent=S["cell"], fontSize=8.6,
                                                                      leading=11, spaceAfter=2))
            for i, o in enumerate(objectives, start=1)]
    ind = grid([["How we will know (indicator)", "Baseline 2024/25*", "Ambition 2029"]]
               + [list(r) for r in indicators], [78 * mm, 32 * mm, 28 * mm], S, head_fill=AIMS[aim][1])
    inner = [kick, head, Paragraph("<b>What we will do</b>", S["cell"]), Spacer(1, 2)] + objs + [Spacer(1, 3), ind]
    t = Table([[numeral, inner]], colWidths=[16 * mm, 154 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colour), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (1, 0), (1, 0), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("LINEBELOW", (1, 0), (1, 0), 0.8, colour)]))
    return t


def aim_band(aim, cont=False):
    name, colour = AIMS[aim]
    t = Table([[Paragraph(f"AIM {aim}{' (continued)' if cont else ''}", ParagraphStyle(
        "ak", fontName=S["bold"], fontSize=8, leading=10, textColor=colors.white)),
        Paragraph(name, ParagraphStyle("an", fontName=S["hbold"], fontSize=15, leading=18,
                                       textColor=colors.white))]], colWidths=[24 * mm, 146 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc(colour)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t


def cover(c, W, H):
    c.setFillColor(hexc(NAVY))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc(TEAL))
    c.rect(0, H * 0.28, W, 10 * mm, stroke=0, fill=1)
    for i, col in enumerate((TEAL, NAVY, PLUM)):
        c.setFillColor(hexc(col if col != NAVY else "#2F5C99"))
        c.circle(W - 40 * mm + i * 11 * mm, H - 40 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(S["hbold"], 30)
    c.drawString(20 * mm, H * 0.62, "Police and Crime Plan")
    c.setFont(S["hreg"], 22)
    c.drawString(20 * mm, H * 0.62 - 12 * mm, "2025 \u2013 2029")
    c.setFont(S["reg"], 11)
    c.drawString(20 * mm, H * 0.62 - 24 * mm, "Humberside Police and Crime Commissioner")
    c.drawString(20 * mm, H * 0.62 - 30 * mm, "East Riding of Yorkshire \u00b7 Hull \u00b7 North Lincolnshire \u00b7 "
                                               "North East Lincolnshire")
    c.setFont(S["reg"], 8)
    c.drawString(20 * mm, 15 * mm, "A fictional re-creation for testing. Statistics are illustrative.")


def chrome(c, W, H, n):
    c.setStrokeColor(hexc(NAVY))
    c.setLineWidth(0.6)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFont(S["reg"], 7.5)
    c.setFillColor(hexc("#555555"))
    c.drawString(20 * mm, H - 12 * mm, "Police and Crime Plan 2025\u20132029")
    c.drawRightString(W - 20 * mm, 11 * mm, f"{n}")
    c.drawString(20 * mm, 11 * mm, "humberside-pcc.example")


def build(root):
    out = root / FILE
    H1, H2, B = S["h1"], S["h2"], S["body"]
    toc = [("Foreword from the Commissioner", 3), ("Where we are now", 4), ("Vision, mission and values", 5),
           ("Aim 1: Engaged, resilient and inclusive communities", 6), ("Aim 2: Safer communities", 7),
           ("Aim 3: Effective organisations", 9), ("Roadmap 2025\u20132029", 10),
           ("Resources, commissioning and measuring progress", 11), ("Governance and accountability", 12)]
    p2 = [Paragraph("Contents", H1), Spacer(1, 8)] + [
        ContentsLine(t, n, S["reg"], 11, hexc("#222222"), gap=10) for t, n in toc]
    p3 = [Paragraph("Foreword from the Commissioner", H1),
          Paragraph("This is my second Police and Crime Plan. It keeps the three aims that residents, partners and "
                    "the Police and Crime Panel told me were right in 2021, and it sharpens what sits under them. "
                    "For the first time the plan is written as outcomes: the differences people across the Humber "
                    "should notice by 2029, rather than a list of activities.", B),
          Paragraph("An outcome is only worth writing down if we can tell whether it is happening. Each outcome in "
                    "this plan therefore has a small set of indicators, a baseline and an ambition. Some of them "
                    "the police can move alone; most need councils, health, probation, schools, the voluntary "
                    "sector and residents to move together.", B),
          Paragraph("I have listened to more than 4,000 people in the past six months, at drop-ins in market "
                    "towns, on estates, at the coast and online. Anti-social behaviour, drug dealing, the safety "
                    "of women and girls after dark and the time it takes to answer 101 came up again and again. "
                    "You will find each of them in what follows.", B),
          Paragraph("\u201cWe must be judged by what changes for people, not by how busy we are.\u201d", S["quote"]),
          Paragraph("Police and Crime Commissioner for Humberside", S["cellb"])]
    tiles = Tiles([("942,000", "people live in the Humber police area"), ("4", "unitary councils, four CSPs"),
                   ("98,600", "crimes recorded in 2024/25*"), ("31,400", "ASB incidents in 2024/25*"),
                   ("2,460 km\u00b2", "of rural land, 150 km of coast"), ("4,000+", "residents consulted")],
                  3, 170 * mm, ParagraphStyle("tn", fontName=S["hbold"], fontSize=17, leading=20,
                                              textColor=colors.white),
                  ParagraphStyle("tc", fontName=S["reg"], fontSize=8, leading=10, textColor=colors.white),
                  [hexc(TEAL), hexc(NAVY), hexc(PLUM)])
    p4 = [Paragraph("Where we are now", H1), tiles, Spacer(1, 4),
          Paragraph("* Illustrative figures for this test document, not official statistics.", S["small"]),
          Paragraph("What you told us", H2)] + bl([
              "Anti-social behaviour was the top concern in every council area, with off-road bikes named most "
              "often in Hull and North East Lincolnshire.",
              "Rural residents want crime on farms and in villages taken as seriously as crime in towns.",
              "Two in five women said they avoid town centres after dark.",
              "Victims want to be kept informed, and many did not know support was available if they did not report.",
              "Partners asked for fewer, better-joined boards and shared data."], S) + [
          Paragraph("Our inspection position", H2),
          Paragraph("The most recent PEEL inspection graded the force outstanding in three areas and asked it to "
                    "improve how it investigates crime. This plan holds the Chief Constable to account for that "
                    "improvement under Aim 3.", B)]
    vals = grid([["Value", "What it means for how we work"],
                 ["Ambition", "We set targets we can be held to, and publish progress every quarter."],
                 ["Compassion", "We start from the needs of victims and of people at risk of harm."],
                 ["Integrity", "We are open about what is working and what is not."],
                 ["Partnership", "We work as one system with councils, health, probation and communities."]],
                [40 * mm, 130 * mm], S, head_fill=NAVY, bold_first=True)
    glance = grid([["Aim", "Short name of each outcome"],
                   ["Engaged, resilient and inclusive communities", "Safe neighbourhoods \u00b7 Victims and witnesses"],
                   ["Safer communities", "Violence, drugs and exploitation \u00b7 Women and girls \u00b7 Reoffending"],
                   ["Effective organisations", "A trusted police service \u00b7 One system"]],
                  [70 * mm, 100 * mm], S, head_fill=TEAL, bold_first=True)
    p5 = [Paragraph("Vision, mission and values", H1),
          Paragraph("<b>Vision:</b> a Humber where people are safe, and feel safe, in their homes, streets and "
                    "online.", B),
          Paragraph("<b>Mission:</b> to hold the police to account, commission services that prevent harm and "
                    "support victims, and bring partners together around shared outcomes.", B), vals,
          Spacer(1, 10), Paragraph("How the plan fits together", H2),
          Paragraph("Three aims hold seven outcomes. The outcomes are what we will be judged on; the aims group "
                    "them. The short names below are used in the roadmap and the quarterly reports.", B), glance]
    pages_o = {6: [aim_band(1), Spacer(1, 6)], 7: [aim_band(2), Spacer(1, 6)], 8: [aim_band(2, True), Spacer(1, 6)],
               9: [aim_band(3), Spacer(1, 6)]}
    where = {1: 6, 2: 6, 3: 7, 4: 7, 5: 8, 6: 9, 7: 9}
    for num, aim, text, objs, inds in OUTCOMES:
        pages_o[where[num]] += [outcome_panel(num, aim, text, objs, inds), Spacer(1, 8)]
    pages_o[8] += [Paragraph("Working with the combating drugs partnerships", H2),
                   Paragraph("Each of the four council areas has a combating drugs partnership under the national "
                             "drugs strategy. The Commissioner chairs none of them but sits on all four, and funds "
                             "drug testing on arrest and the criminal justice treatment workers named in 5.2.", B)]
    road = grid([["", "2025/26", "2026/27", "2027/28", "2028/29"],
                 ["Safe neighbourhoods", "Ward surgeries in every area", "Rural crime team doubled",
                  "Hate reporting app", "Review"],
                 ["Victims and witnesses", "New victim care contract", "RJ offer to all", "Witness hub", "Review"],
                 ["Violence, drugs and exploitation", "Violence reduction plan refresh", "Knife arches at events",
                  "Ports taskforce", "Review"],
                 ["Women and girls", "Safe havens in four towns", "Perpetrator contract", "Stalking clinic",
                  "Review"],
                 ["Reoffending", "Drug testing on arrest", "Prison leavers' housing pilot", "Women's centre",
                  "Review"],
                 ["A trusted police service", "101 call-back", "Scrutiny panels online", "Estate plan", "Review"],
                 ["One system", "Shared data hub", "Workforce training", "Board review", "Review"]],
                [42 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm], S, head_fill=NAVY, bold_first=True)
    p10 = [Paragraph("Roadmap 2025\u20132029", H1),
           Paragraph("The milestones the Commissioner's office will deliver or fund, year by year.", B), road]
    budget = grid([["Commissioned service or fund", "2025/26 (\u00a3k)*"],
                   ["Victim care and witness support", "2,450"], ["Domestic abuse and sexual violence services", "1,980"],
                   ["Restorative justice", "310"], ["Community Safety Fund (grants to partners)", "1,500"],
                   ["Drug testing on arrest and criminal justice treatment", "640"],
                   ["Youth diversion", "420"]], [120 * mm, 50 * mm], S, head_fill=TEAL)
    p11 = [Paragraph("Resources, commissioning and measuring progress", H1), budget,
           Paragraph("* Illustrative figures.", S["small"]), Spacer(1, 6),
           Paragraph("National requirements", H2),
           Paragraph("The Chief Constable must also have regard to the Strategic Policing Requirement: terrorism, "
                     "serious and organised crime, public disorder, civil emergencies, child sexual abuse, "
                     "national cyber incidents and violence against women and girls.", B),
           Paragraph("Measuring progress", H2),
           Paragraph("Every indicator in this plan is reported to the Police and Crime Panel each quarter, with a "
                     "narrative on what is driving the numbers. Where a partner leads, its board's own report is "
                     "used rather than a new one.", B)]
    p12 = [Paragraph("Governance and accountability", H1),
           Paragraph("The Commissioner holds the Chief Constable to account at a monthly public accountability "
                     "board. The Police and Crime Panel scrutinises the Commissioner. The Humber Community Safety "
                     "Leaders' Group brings together the chairs of the four community safety partnerships, the "
                     "domestic abuse, violence prevention, drugs, youth justice and reducing reoffending boards.", B),
           Paragraph("Contact us", H2),
           Paragraph("Office of the Police and Crime Commissioner for Humberside \u00b7 enquiries@humberside-pcc.example "
                     "\u00b7 01482 000 000 (illustrative)", B),
           Paragraph("This plan is available in large print, easy read and other languages on request.", B)]
    pages = [[], p2, p3, p4, p5, pages_o[6], pages_o[7], pages_o[8], pages_o[9], p10, p11, p12]
    return rl_pages(out, title="Humberside Police and Crime Plan 2025-2029", author="Humberside OPCC",
                    pages=pages, cover=cover, chrome=chrome)
