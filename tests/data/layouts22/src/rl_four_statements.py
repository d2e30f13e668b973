"""Safer Dallowmere Partnership: "Community Safety Strategy 2026-2029" (reportlab platypus, A4, 14 pages).

The five priorities are printed FOUR times, in three forms:
  p4   executive summary: short names only ("Town centres", "Domestic abuse", ...)
  p5   "Plan on a page": the full wording in five coloured columns under the vision, above enablers and outcomes
  p8-12 one chapter each, headed by a "PRIORITY N" kicker and the full wording as the chapter heading (GOLD)
  p14  Annex A, a table repeating the full wording with lead, sub-group and measures
The contents page (p2) gives the chapter titles in full as well. Lists that look like priorities: the
assessment's six key findings (p6), the PCC's four priorities and the 2023-2026 strategy's four priorities
(p7), the three enablers on the plan on a page."""
from __future__ import annotations

from pathlib import Path

from kit22 import (BarChart, Chapter, Doc, KeepTogether, NextPageTemplate, OrgChart, P, PageBreak, Paragraph,
                   Spacer, Styles, Table, TableStyle, H, W, M, bullets, contents, hexc, mm, numbered, style, table)
from reportlab.lib.enums import TA_CENTER

NAME = "plan_on_a_page_annex_chapters_csp"
ACC = "2E4A62"
PART = "Safer Dallowmere Partnership"
TITLE = "Community Safety Strategy 2026-2029"
COLOURS = ["2E4A62", "8A3C5C", "B5651D", "3D6B45", "5B4B8A"]
PRIORITIES = [
    "Make Wickerby and Stanmarsh town centres safe and welcoming, day and night",
    "Reduce domestic abuse and support every victim to be safe",
    "Stop young people being drawn into violence and exploitation",
    "Tackle the drug and alcohol harm that fuels crime in our communities",
    "Protect residents from fraud, scams and online harm",
]
SHORT = ["Town centres", "Domestic abuse", "Youth violence", "Drugs and alcohol", "Fraud and online harm"]
CHAPTERS = [
    dict(why="Wickerby town centre accounts for 23% of all recorded crime in the district but only 4% of its "
             "residents. Shoplifting rose by 28% in 2025, and violence with injury in the night-time economy is "
             "concentrated in three streets around the bus station and Corn Street between 11pm and 3am. Traders "
             "in Stanmarsh tell us that begging and street drinking put shoppers off coming into town.",
         want=["Fewer violent incidents in the night-time economy", "Less retail crime and repeat shoplifting",
               "Residents and visitors who feel safe in both town centres after dark"],
         act=[("Extend the Wickerby Safe Space to Thursday nights", "Council / Street Pastors"),
              ("Create a Business Crime Partnership with shared intelligence for 60 retailers", "BID / Police"),
              ("Use Public Spaces Protection Orders only alongside support offers", "Council")],
         quote="We want people to come back into town in the evening. That only happens if they feel safe.",
         who="Wickerby Business Improvement District"),
    dict(why="Dallowmere and Fenholt Police recorded 2,870 domestic abuse crimes and incidents in Dallowmere in "
             "2025, around eight a day, and domestic abuse is linked to 41% of violence with injury. Repeat MARAC "
             "referrals stand at 38%, and the independent advocacy service supported 720 victims, with a "
             "waiting time of up to three weeks for medium-risk cases.",
         want=["Victims, including children, get specialist support within a week",
               "More perpetrators challenged to change their behaviour",
               "Professionals who recognise and respond to coercive control"],
         act=[("Recommission the advocacy service with two children's workers", "Council / OPCC"),
              ("Pilot a whole-family perpetrator programme in Stanmarsh", "Probation / Children's Services"),
              ("Train 300 staff in recognising coercive control", "DA sub-group")],
         quote="The advocate was the first person who believed me straight away.",
         who="A survivor who took part in our consultation"),
    dict(why="Knife and weapon offences by under-25s rose by 17% in two years, and 64% of them happen within "
             "a mile of Wickerby bus station. The Youth Justice Service reports that children involved in serious "
             "violence had, on average, three earlier contacts with schools or social care for going missing or "
             "exclusion. The Serious Violence Duty strategic needs assessment identified county lines drug "
             "supply as the main driver of exploitation.",
         want=["Fewer under-25s injured with a knife or other weapon",
               "Children at risk of exploitation identified and supported earlier",
               "Exploiters disrupted and county lines closed"],
         act=[("Place youth workers in Dallowmere General's emergency department", "ICB / OPCC"),
              ("Hold a fortnightly exploitation panel with schools present", "Children's Services"),
              ("Deliver weapons awareness in every secondary school each year", "Education partners")],
         quote="Most young people just want something to do and someone to talk to.",
         who="Member of Dallowmere Youth Council"),
    dict(why="An estimated 1,050 adults in Dallowmere use opiates or crack cocaine, and 47% of them are not in "
             "treatment. Alcohol-specific hospital admissions are 21% above the national rate. Police estimate "
             "that half of acquisitive crime is linked to drug use, and drug-related deaths have risen for three "
             "years running.",
         want=["More people in treatment, and staying in treatment",
               "Less alcohol-related violence and disorder", "Drug supply disrupted in our neighbourhoods"],
         act=[("Open a recovery hub in Stanmarsh", "Public Health"),
              ("Introduce drug testing on arrest for acquisitive offences", "Police"),
              ("Relaunch Best Bar None with 35 licensed venues", "Licensing")],
         quote="Recovery is possible, and it starts with someone showing up.",
         who="Peer mentor, Dallowmere Recovery Community"),
    dict(why="Fraud is now the most common crime experienced by Dallowmere residents, yet it is the least "
             "reported. Action Fraud received 1,410 reports from the district in 2025, with losses of \u00a34.6 "
             "million. Older residents lose the most per crime; younger residents are most often targeted "
             "online through sextortion and purchase scams.",
         want=["More residents able to recognise and report fraud",
               "Repeat victims of scams identified and protected",
               "Young people supported after online abuse or sextortion"],
         act=[("Train 200 Scam Champions among volunteers and bank staff", "Trading Standards"),
              ("Install call blockers for 150 repeat scam victims", "Trading Standards / Adult Social Care"),
              ("Run online safety sessions in schools and colleges", "Police Cyber Protect")],
         quote="I was too embarrassed to tell anyone until the Trading Standards officer called.",
         who="Resident, Stanmarsh"),
]
FINDINGS = [
    "Violence in the night-time economy is concentrated in three streets in Wickerby.",
    "Domestic abuse is linked to two in five violent crimes with injury.",
    "Weapon offences by under-25s have risen by 17% in two years.",
    "Half of acquisitive crime is linked to drug use.",
    "Fraud is the most common and least reported crime.",
    "Confidence that partners deal with local issues has fallen to 49%.",
]
PCC = ["Cut crime and keep people safe", "Put victims first", "Build trust and confidence in policing",
       "Work with partners to prevent harm"]
OLD = ["Anti-social behaviour", "Domestic abuse and sexual violence", "Serious violence",
       "Substance misuse"]


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc(ACC))
    c.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
    for i, col in enumerate(COLOURS):
        c.setFillColor(hexc(col))
        c.rect(i * W / 5, H * 0.42 - 9, W / 5, 9, stroke=0, fill=1)
    c.setFillColor(hexc("FFFFFF"))
    c.setFont("Sans-Bold", 12)
    c.drawString(M, H - 40 * mm, PART.upper())
    c.setFont("Sans-Bold", 32)
    c.drawString(M, H - 70 * mm, "Community Safety")
    c.drawString(M, H - 83 * mm, "Strategy 2026-2029")
    c.setFont("Sans", 13)
    c.drawString(M, H - 96 * mm, "Safe places, safe homes, safe futures")
    c.setFillColor(hexc("333333"))
    c.setFont("Sans", 9.5)
    c.drawString(M, 46 * mm, "Dallowmere District Council  \u2022  Dallowmere and Fenholt Police  \u2022  "
                             "Fenholt Fire and Rescue Service")
    c.drawString(M, 40 * mm, "Probation Service  \u2022  Fenholt Integrated Care Board  \u2022  "
                             "Office of the Police and Crime Commissioner")
    c.setFont("Sans", 8)
    c.drawString(M, 20 * mm, "Published July 2026  \u2022  Version 1.0 as agreed by the partnership board, "
                             "18 June 2026")
    c.restoreState()


class PlanOnAPage:
    """The plan on a page, drawn as a table: vision band, five coloured priority columns, enablers, outcomes."""

    @staticmethod
    def make(st):
        fw = W - 2 * M
        cw = fw / 5
        white = style(font="Sans-Bold", size=10.5, leading=13, color="FFFFFF", align=TA_CENTER)
        num = style(font="Sans-Bold", size=22, leading=24, color="FFFFFF", align=TA_CENTER)
        vis = style(font="Sans-Bold", size=11.5, leading=15, color="FFFFFF", align=TA_CENTER)
        small = style(font="Sans", size=8.2, leading=10.2, color="222222", align=TA_CENTER)
        band = style(font="Sans-Bold", size=9, leading=11, color="333333", align=TA_CENTER)
        rows = [[Paragraph("OUR VISION: Dallowmere is a place where everyone is safe and feels safe, at home, "
                           "online and in public places", vis), "", "", "", ""],
                [Paragraph(str(n), num) for n in range(1, 6)],
                [Paragraph(p, white) for p in PRIORITIES],
                [Paragraph("Outcome: " + ch["want"][0].lower()[0].upper() + ch["want"][0][1:], small)
                 for ch in CHAPTERS],
                [Paragraph("HOW WE WORK: Listening to victims \u2022 Early help \u2022 Sharing data", band), "", "",
                 "", ""]]
        t = Table(rows, colWidths=[cw] * 5, rowHeights=[46, 34, 92, 62, 30])
        cmds = [("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 4), (-1, 4)),
                ("BACKGROUND", (0, 0), (-1, 0), hexc("1E2F3E")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 4), (-1, 4), hexc("E4E8EC")),
                ("LINEBELOW", (0, 0), (-1, -1), 3, hexc("FFFFFF")), ("LINEAFTER", (0, 0), (-1, -1), 3,
                                                                     hexc("FFFFFF"))]
        for i, col in enumerate(COLOURS):
            cmds += [("BACKGROUND", (i, 1), (i, 2), hexc(col)), ("BACKGROUND", (i, 3), (i, 3), hexc("F2F2F2"))]
        t.setStyle(TableStyle(cmds))
        return t


def story(pages):
    st = Styles(accent=ACC, body=9.8)
    s = [Spacer(1, 1), NextPageTemplate("plain"), PageBreak()]
    # p2 contents
    s += [Paragraph("Contents", st.h1), Spacer(1, 4)]
    entries = [("Foreword", "foreword", 0), ("Executive summary", "summary", 0), ("Our plan on a page", "poap", 0),
               ("About Dallowmere and what the assessment tells us", "area", 0),
               ("National and local context", "context", 0), ("Our priorities", "intro", 0)]
    entries += [(f"Priority {n}: {p}", f"p{n}", 1) for n, p in enumerate(PRIORITIES, 1)]
    entries += [("Governance and performance", "gov", 0), ("Annex A: Priorities, leads and measures", "annex", 0)]
    s.append(contents(st, entries, pages))
    s += [Spacer(1, 12), P(st, "This is the partnership's statutory crime and disorder reduction strategy under "
                                "section 6 of the Crime and Disorder Act 1998. It replaces the 2023-2026 "
                                "strategy. An easy read summary and a Welsh-language summary are available on "
                                "request.", st.small)]
    # p3 foreword
    s += [NextPageTemplate("body"), PageBreak(), Chapter("foreword", "Foreword"), Paragraph("Foreword", st.h1)]
    s += [P(st, "Dallowmere is a safe place to live, and most of our residents tell us they feel safe. But safety "
                "is not shared equally. People living in the centre of Wickerby and on the Mill Bank estate in "
                "Stanmarsh are far more likely to be victims of crime than people in our villages, and women and "
                "younger residents are the least likely to feel safe after dark."),
          P(st, "This strategy is shorter and more focused than the last one. The board chose five priorities "
                "after looking at the evidence in the strategic assessment, listening to 1,640 residents who took "
                "part in our survey and meeting victims, young people and local businesses. Each priority has a "
                "chapter of its own with a named lead and a small set of measures."),
          P(st, "Money is tight for every partner. We will not be able to do everything, and this strategy is "
                "honest about what we will stop doing as well as what we will start. What we can promise is that "
                "the partnership will focus its time and its shared funding on these five priorities, and report "
                "openly on progress every year."),
          P(st, "<b>Councillor Amira Lessington</b><br/>Chair, Safer Dallowmere Partnership"),
          Spacer(1, 6),
          P(st, "I welcome this strategy and the way it supports my Police and Crime Plan. The partnership's focus "
                "on town centres, domestic abuse and young people matches what residents across the force area "
                "tell me matters most, and my office will continue to fund its work."),
          P(st, "<b>Graham Tolley</b><br/>Police and Crime Commissioner for Dallowmere and Fenholt")]
    # p4 executive summary (short names)
    s += [PageBreak(), Chapter("summary", "Executive summary"), Paragraph("Executive summary", st.h1)]
    s += [P(st, "<b>Our vision</b> is that Dallowmere is a place where everyone is safe and feels safe, at home, "
                "online and in public places."),
          P(st, "Our strategic assessment (January 2026) looked at three years of data from the police, council, "
                "health services, fire service and probation. It produced six key findings, set out on page %s. "
                "From them, the partnership board agreed to focus on five areas of work for the next three years:"
                % pages.get("area", "00"))]
    s += bullets(st, [f"<b>{x}</b>" for x in SHORT])
    s += [P(st, "The priorities are shown together on our plan on a page (page %s) and each has its own chapter "
                "from page %s. The board's leads and measures for each are summarised in Annex A."
                % (pages.get("poap", "00"), pages.get("p1", "00"))),
          Paragraph("What will be different", st.h2),
          P(st, "The 2023-2026 strategy had four priorities and 86 actions. An independent review found that the "
                "board spent most of its meetings on action updates rather than on problems. This strategy has "
                "fifteen first-year actions and a dashboard of ten measures."),
          Paragraph("What we will stop doing", st.h2),
          P(st, "The partnership will no longer run its own anti-social behaviour case panel: ASB cases will be "
                "managed through the council's neighbourhood teams and the police's problem-solving hubs, and "
                "reported to the board by exception."),
          Paragraph("Money", st.h2),
          P(st, "The partnership's shared budget for 2026-27 is \u00a3246,000: \u00a3168,000 from the PCC's "
                "Community Safety Fund and \u00a378,000 from the council. Serious Violence Duty grant "
                "(\u00a364,000) is managed with the other districts in the force area.")]
    # p5 plan on a page
    s += [PageBreak(), Chapter("poap", "Our plan on a page"), Paragraph("Our plan on a page", st.h1),
          P(st, "The diagram shows how the strategy fits together: our vision, our five priorities and the "
                "main outcome we want for each, and the three ways of working that run through all of them."),
          Spacer(1, 4), PlanOnAPage.make(st), Spacer(1, 10),
          P(st, "<b>Enablers.</b> Listening to victims, early help and sharing data are ways of working, not "
                "priorities in their own right: they do not have separate chapters or measures.", st.small),
          P(st, "<b>Measures.</b> Each outcome above is tracked through the dashboard described on page %s."
                % pages.get("gov", "00"), st.small)]
    # p6 area and findings
    s += [PageBreak(), Chapter("area", "About Dallowmere"), Paragraph("About Dallowmere", st.h1),
          P(st, "Dallowmere district has 131,800 residents. Around half live in the two market towns of "
                "Wickerby and Stanmarsh; the rest live in 28 rural parishes. Recorded crime was 8,960 offences in "
                "2025, a rate of 68 per 1,000 residents, below the average for similar areas."),
          table(st, [["Indicator", "Dallowmere", "Force area", "England"],
                     ["Recorded crime per 1,000 (2025)", "68.0", "71.4", "89.7"],
                     ["Violence with injury per 1,000", "7.9", "8.1", "9.6"],
                     ["Domestic abuse incidents and crimes", "2,870", "11,420", "n/a"],
                     ["Shoplifting offences", "1,120", "4,310", "n/a"],
                     ["Reported fraud (Action Fraud)", "1,410", "5,880", "n/a"]],
                [70 * mm, 32 * mm, 32 * mm, 36 * mm], head=ACC),
          Spacer(1, 6),
          BarChart("Crime by type in Dallowmere, 2025 (share of recorded crime)",
                   [("Violence against the person", 35), ("Theft and shoplifting", 22), ("Criminal damage", 12),
                    ("Public order", 10), ("Burglary and vehicle crime", 9), ("Other", 12)], W - 2 * M,
                   colour=ACC, unit="%", maxv=40),
          Paragraph("What the strategic assessment tells us", st.h2),
          P(st, "The assessment's key findings are below. They are evidence, not priorities: several findings "
                "feed into more than one priority, and some will be addressed by other partnerships.")]
    s += numbered(st, FINDINGS, "Finding {n}")
    # p7 context
    s += [PageBreak(), Chapter("context", "National and local context"),
          Paragraph("National and local context", st.h1),
          P(st, "The partnership works within a national framework that includes the Serious Violence Duty, the "
                "Domestic Abuse Act 2021, the national drugs strategy and the Government's ambition to halve "
                "violence against women and girls within a decade."),
          Paragraph("The Police and Crime Plan", st.h2),
          P(st, "The Police and Crime Commissioner's plan for 2025-2029 has four priorities:")]
    s += numbered(st, PCC)
    s += [P(st, "Our strategy contributes mainly to the PCC's first, second and fourth priorities."),
          Paragraph("Looking back: the 2023-2026 strategy", st.h2),
          P(st, "The last strategy had four priorities:")]
    s += bullets(st, OLD)
    s += [P(st, "Progress was mixed. Anti-social behaviour reports fell by 12% and the domestic abuse advocacy "
                "service was expanded, but violence in the night-time economy and drug-related deaths both rose. "
                "The review of the strategy recommended fewer, sharper priorities, a single dashboard and clearer "
                "leadership for each area of work."),
          Paragraph("Other plans", st.h2),
          P(st, "This strategy sits alongside the council's Corporate Plan, the Fenholt Safeguarding Adults and "
                "Children's Partnerships' plans, the Combating Drugs Partnership's delivery plan and the Youth "
                "Justice Plan. Where those plans already cover an issue, our chapters refer to them rather than "
                "repeat their actions.")]
    # p8-12 chapters
    for n, (p, ch) in enumerate(zip(PRIORITIES, CHAPTERS), 1):
        s += [PageBreak(), Chapter(f"p{n}", f"Priority {n}: {SHORT[n - 1]}"),
              Paragraph(f"PRIORITY {n}", style(font="Sans-Bold", size=10, leading=13, color=COLOURS[n - 1])),
              Paragraph(p, style("h1x", font="Sans-Bold", size=20, leading=24, color=COLOURS[n - 1],
                                 spaceAfter=10)),
              Paragraph("Why this matters", st.h2), P(st, ch["why"]),
              Paragraph("What we want to achieve by 2029", st.h2)]
        s += bullets(st, ch["want"])
        s += [Paragraph("What we will do in 2026-27", st.h2)]
        s.append(table(st, [["Action", "Lead"]] + [list(a) for a in ch["act"]], [120 * mm, 50 * mm],
                       head=COLOURS[n - 1]))
        s += [Spacer(1, 8), Paragraph(f"\u201c{ch['quote']}\u201d", st.quote), P(st, ch["who"], st.small),
              Paragraph("Links to other plans", st.h2),
              P(st, "This priority is led for the partnership by the chair of the %s sub-group, who reports to "
                    "every board meeting. Progress will be measured through the indicators in Annex A." %
                    SHORT[n - 1].lower())]
    # p13 governance
    s += [PageBreak(), Chapter("gov", "Governance and performance"), Paragraph("Governance and performance", st.h1),
          P(st, "The Safer Dallowmere Partnership Board meets quarterly. It is accountable to the council's "
                "Overview and Scrutiny Committee, which reviews the partnership's work each year, and it reports "
                "to the Police and Crime Commissioner on the use of the Community Safety Fund."),
          OrgChart("Safer Dallowmere Partnership Board", "Partnership Executive Group",
                   ["Town Centres Group", "Domestic Abuse Local Partnership Board", "Youth Violence and "
                    "Exploitation Group", "Combating Drugs Partnership", "Fraud and Scams Group"], W - 2 * M,
                   colour=ACC),
          Spacer(1, 8), Paragraph("Our dashboard", st.h2),
          P(st, "The board will see a dashboard of ten measures every quarter, with a narrative from each lead. "
                "The measures and their leads are listed in Annex A."),
          Paragraph("Equality", st.h2),
          P(st, "An equality impact assessment was completed for this strategy. It found that women, disabled "
                "residents and younger people are most affected by the issues in it, and that the priorities "
                "should have a positive impact on them.")]
    # p14 annex table
    s += [PageBreak(), Chapter("annex", "Annex A"), Paragraph("Annex A: Priorities, leads and measures", st.h1)]
    leads = ["Head of Place, Dallowmere District Council", "Chair, Domestic Abuse Local Partnership Board",
             "Superintendent, Dallowmere and Fenholt Police", "Director of Public Health",
             "Head of Trading Standards"]
    meas = ["Violence with injury in the NTE; shoplifting; feeling safe after dark",
            "Repeat MARAC referrals; advocacy waiting time",
            "Under-25 knife injuries; children with an exploitation safety plan",
            "Adults in treatment; alcohol-related violence",
            "Scam victims supported; fraud reports"]
    rows = [["Priority", "Lead", "Measures"]] + [[p, leads[i], meas[i]] for i, p in enumerate(PRIORITIES)]
    s.append(table(st, rows, [72 * mm, 48 * mm, 50 * mm], head=ACC, bold_col0=True))
    s += [Spacer(1, 8), P(st, "Baselines for each measure are published with the first quarterly dashboard "
                              "(October 2026).", st.small)]
    return s


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    doc = Doc(target, title=f"{PART}: {TITLE}", author=PART, st=Styles(accent=ACC), cover=cover,
              footer=f"{PART}  |  {TITLE}", header_left=f"{PART} \u2013 {TITLE}")
    pages = doc.build_twice(story)
    assert [pages[f"p{n}"] for n in range(1, 6)] == [8, 9, 10, 11, 12], pages
    assert pages["poap"] == 5 and pages["annex"] == 14, pages
    return [target]
