"""Safer Ashlingham Partnership: "Community Safety Strategy 2027-2030" (reportlab, A4, full length).

The five priorities are each STATED on a full-bleed coloured divider page that holds only "Priority N" and the
priority's name (gold). The same wording is also printed on the contents page, in the executive summary's list,
in the running header of every page of the chapter that follows each divider (right-hand side), and (in a
shorter form) in the governance chart and the landscape action plan. Lists that look like priorities: the
strategic assessment's eight numbered key findings, the PCC's four priorities, the national Beating Crime
Plan's aims, the 2024-2027 strategy's four priorities (in the "looking back" section)."""
from __future__ import annotations

from pathlib import Path

from content19 import GLOSSARY, equality
from kit19 import (BarChart, Chapter, ColumnChart, Doc, Fill, KeepTogether, NextPageTemplate, OrgChart, P,
                   PageBreak, Paragraph, Spacer, Styles, H, W, M, bullets, contents, hexc, mm, numbered, style,
                   table)

NAME = "divider_pages_running_headers_csp"
ACC = "1D5C63"
PART = "Safer Ashlingham Partnership"
TITLE = "Community Safety Strategy 2027-2030"
COLOURS = ["1D5C63", "7A3B69", "A4462B", "3F5E1E", "2F4A7A"]
PRIORITIES = [
    "Reduce anti-social behaviour in our neighbourhoods and town centres",
    "Protect people from domestic abuse and sexual violence",
    "Prevent serious violence and the exploitation of young people",
    "Cut drug and alcohol related harm and the crime it drives",
    "Build confident, connected communities that stand up to hate",
]
SHORT = ["Anti-social behaviour", "Domestic abuse and sexual violence", "Serious violence and exploitation",
         "Drugs and alcohol", "Cohesion and hate crime"]

CHAPTERS = [
    {
        "why": "Anti-social behaviour is the issue residents raise most often with councillors, the police and "
               "housing providers. In the 2026 residents' survey 41% of people in Pendlecot said ASB was a fairly "
               "or very big problem where they live, against 24% across the borough. Reports to the council and "
               "police together fell by 6% last year, but repeat callers now make up a third of all reports, and "
               "one in five of them is a disabled person.",
        "objectives": ["Respond to repeat and vulnerable callers through one case review process",
                       "Make Ashlingham and Ormsley town centres feel safer in the evening",
                       "Use the full range of tools and powers early, before problems become entrenched",
                       "Involve young people in designing diversionary activity"],
        "actions": [("Launch a single ASB case management system shared by the council, police and the three "
                     "largest housing associations", "Ashlingham Borough Council", "Sept 2027"),
                    ("Extend the town centre ranger service to Friday and Saturday evenings", "BID / Council",
                     "Apr 2028"),
                    ("Review every Community Trigger application within 15 working days", "ASB Panel", "Ongoing"),
                    ("Run two youth-led summer programmes in Pendlecot and Marsh Lane", "Youth Service",
                     "Summer 2027 and 2028")],
        "measures": [("Residents who say ASB is a big problem (survey)", "27%", "22% by 2030"),
                     ("Repeat callers (three or more reports in 90 days)", "612", "Reduce by 20%"),
                     ("Community Trigger reviews completed on time", "71%", "100%")],
        "story": "When Mrs D. reported noise and intimidation for the fifth time in two months, her case was "
                 "brought to the ASB Panel. Within a week the housing association, the police and the council's "
                 "environmental health team agreed one plan, with a single named officer as her contact.",
    },
    {
        "why": "Wealdmarch Police recorded 3,940 domestic abuse crimes and incidents in Ashlingham in 2026, "
               "around 11 a day. Domestic abuse is a factor in 38% of all violence with injury in the borough. "
               "Rape and other sexual offences reported to the police rose by 14%, which partners read in part as "
               "greater confidence to report, but fewer than one in ten reports leads to a charge.",
        "objectives": ["Make sure victims and their children can get specialist support quickly",
                       "Increase the number of perpetrators who are challenged to change",
                       "Improve the response to sexual violence, including for men and boys",
                       "Learn from Domestic Homicide Reviews and act on their recommendations"],
        "actions": [("Recommission the IDVA and outreach service with a dedicated children's worker",
                     "Council / OPCC", "Apr 2028"),
                    ("Pilot a perpetrator programme for medium-risk cases", "Probation / OPCC", "Jan 2028"),
                    ("Train 400 frontline staff in the Ask and Act approach", "Training sub-group", "Mar 2029"),
                    ("Publish an annual summary of DHR learning and progress", "DA and SV Board", "Each July")],
        "measures": [("Victims supported by the IDVA service", "1,105", "Increase"),
                     ("Repeat MARAC cases", "36%", "28-40% (SafeLives range)"),
                     ("Perpetrators starting a behaviour change programme", "42", "150 a year")],
        "story": "A GP practice in Ormsley now has an IRIS-trained advocate on site one morning a week. In its "
                 "first year 61 patients were referred, 40 of whom had never told anyone before.",
    },
    {
        "why": "Serious violence is rare in Ashlingham but its harm is great and concentrated. Two-thirds of knife "
               "offences happen within a kilometre of Ashlingham bus station and the Marsh Lane estate. Children "
               "known to the Youth Justice Service for weapon offences had, on average, three earlier contacts "
               "with schools or children's social care about going missing or exclusion.",
        "objectives": ["Meet the Serious Violence Duty with a shared response strategy",
                       "Identify children at risk of exploitation earlier, through schools and health",
                       "Disrupt the people who exploit children and move drugs into the borough",
                       "Keep weapons off our streets through prevention and enforcement"],
        "actions": [("Place youth workers in the emergency department at Ashlingham General", "ICB / OPCC",
                     "Oct 2027"),
                    ("Run a monthly exploitation hub that brings children's services, police and the YJS together",
                     "Children's Services", "Ongoing"),
                    ("Deliver knife-crime education in every secondary school each year", "Education partners",
                     "Each academic year"),
                    ("Install two further knife surrender bins", "Wealdmarch Police", "Dec 2027")],
        "measures": [("Hospital admissions for assault with a sharp object (under 25)", "19", "Reduce"),
                     ("Knife crime offences", "147", "Reduce by 15%"),
                     ("Children discussed at the exploitation hub with a safety plan", "n/a", "100%")],
        "story": "The Marsh Lane detached youth team met 230 young people in its first six months. Eleven were "
                 "referred to the exploitation hub; nine were supported back into education.",
    },
    {
        "why": "Around 1,300 adults in Ashlingham are estimated to use opiates or crack cocaine, and about half of "
               "them are not in treatment. Alcohol-specific hospital admissions are 18% above the England "
               "average. Police estimate that drug-related offending drives about 45% of acquisitive crime, "
               "and drug-related deaths have risen for four years in a row.",
        "objectives": ["Increase the number of people in treatment and keep them there",
                       "Break the supply chains that bring drugs into our neighbourhoods",
                       "Reduce alcohol-related violence in the night-time economy",
                       "Support people in recovery into housing and work"],
        "actions": [("Open a second recovery hub in Ormsley", "Public Health", "Jun 2028"),
                    ("Introduce drug testing on arrest for acquisitive crime", "Wealdmarch Police", "Jan 2028"),
                    ("Relaunch the Best Bar None scheme with 40 venues", "Licensing", "Nov 2027"),
                    ("Create 12 places of recovery housing with Pendlecot Homes", "Housing", "Mar 2029")],
        "measures": [("Adults in structured treatment", "1,020", "1,250 by 2030"),
                     ("Drug-related deaths (three-year average)", "14", "Reduce"),
                     ("Alcohol-related violence in the NTE", "312", "Reduce by 10%")],
        "story": "Peer mentors at the Ashlingham recovery hub now meet people at the custody suite. In 2026 "
                 "one in four people released from custody with a drug need started treatment within three weeks.",
    },
    {
        "why": "Ashlingham is more diverse than ten years ago, and most residents say people from different "
               "backgrounds get on well together (78%). Yet recorded hate crime rose by 9% in 2026, with racially "
               "aggravated public order offences and disability hate crime the fastest-growing types, and "
               "community tension rose sharply in the town centre after the events of August 2026.",
        "objectives": ["Make it easier to report hate crime and hate incidents",
                       "Respond quickly and visibly to community tension",
                       "Support faith and community groups to build links between communities",
                       "Counter extremist narratives online and in person"],
        "actions": [("Recruit and train 25 third-party hate crime reporting centres", "Cohesion team",
                     "Mar 2028"),
                    ("Publish a community tension monitoring protocol", "CSP", "Sept 2027"),
                    ("Fund a small grants scheme for community events", "Council", "Each year"),
                    ("Deliver Prevent awareness training in colleges", "Prevent lead", "Ongoing")],
        "measures": [("Residents who say people get on well together", "78%", "80%"),
                     ("Hate crimes reported through third-party centres", "23", "100 a year"),
                     ("Victims satisfied with the response to hate crime", "64%", "75%")],
        "story": "After the August 2026 disorder, partners held eleven street meetings in a week and the "
                 "mosque, two churches and the gurdwara hosted a joint open day attended by 600 people.",
    },
]

FINDINGS = [
    "Anti-social behaviour is the top concern in every neighbourhood survey, and repeat victimisation is rising.",
    "Domestic abuse accounts for 38% of violence with injury and one in six of all crimes recorded.",
    "Knife crime is concentrated around the bus station, the Marsh Lane estate and the late-night economy.",
    "Drug markets are linked to exploitation of children and to most acquisitive crime.",
    "Alcohol is a factor in half of night-time violence and 18% more hospital admissions than England.",
    "Hate crime has risen by 9%, and disability hate crime is the fastest-growing type.",
    "Shoplifting has risen by 31%, mostly in Ashlingham town centre retail parks.",
    "Residents' confidence in how the police and council deal with local issues fell from 58% to 52%.",
]


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc(ACC))
    c.rect(0, H * 0.38, W, H * 0.62, stroke=0, fill=1)
    for i, col in enumerate(COLOURS):
        c.setFillColor(hexc(col))
        c.rect(i * W / 5, H * 0.38 - 10, W / 5, 10, stroke=0, fill=1)
    c.setFillColor(hexc("FFFFFF"))
    c.setFont("Sans-Bold", 13)
    c.drawString(M, H - 40 * mm, PART.upper())
    c.setFont("Sans-Bold", 34)
    c.drawString(M, H - 70 * mm, "Community Safety")
    c.drawString(M, H - 84 * mm, "Strategy 2027-2030")
    c.setFont("Sans", 14)
    c.drawString(M, H - 98 * mm, "Safer streets, stronger communities")
    c.setFillColor(hexc("333333"))
    c.setFont("Sans", 10)
    c.drawString(M, 50 * mm, "Ashlingham Borough Council  \u2022  Wealdmarch Police  \u2022  Wealdmarch Fire and Rescue")
    c.drawString(M, 44 * mm, "Probation Service  \u2022  Ashlingham and Ormsley Integrated Care Board")
    c.drawString(M, 38 * mm, "Office of the Police and Crime Commissioner for Wealdmarch")
    c.setFont("Sans", 8.5)
    c.drawString(M, 20 * mm, "Published June 2027  \u2022  www.ashlingham.gov.uk/saferashlingham (fictional)")
    c.restoreState()


def story(pages):
    st = Styles(accent=ACC, body=9.8)
    s = []
    # ------------------------------------------------------------- cover (drawn) and contents
    s += [Spacer(1, 1), NextPageTemplate("plain"), PageBreak()]
    s += [Paragraph("Contents", st.h1), Spacer(1, 4)]
    entries = [("Foreword", "foreword", 0), ("Executive summary", "summary", 0), ("About Ashlingham", "area", 0),
               ("What the strategic assessment tells us", "sna", 0), ("National and local context", "context", 0),
               ("Looking back: the 2024-2027 strategy", "back", 0), ("Our priorities", "prio_intro", 0)]
    entries += [(f"Priority {n}: {p}", f"p{n}", 1) for n, p in enumerate(PRIORITIES, 1)]
    entries += [("Delivery and governance", "gov", 0), ("Performance framework", "perf", 0),
                ("Appendix A: Action plan 2027-2028", "appA", 0), ("Appendix B: Glossary", "appB", 0),
                ("Appendix C: Equality statement", "appC", 0), ("Contact us", "contact", 0)]
    s.append(contents(st, entries, pages))
    s += [Spacer(1, 14), P(st, "This strategy is the statutory crime and disorder reduction strategy of the "
                                "Safer Ashlingham Partnership under section 6 of the Crime and Disorder Act 1998. "
                                "It also sets out how the partnership will meet the Serious Violence Duty.",
                           st.small)]
    # ------------------------------------------------------------- foreword
    s += [NextPageTemplate("body"), PageBreak(), Chapter("foreword", "Foreword"), Paragraph("Foreword", st.h1)]
    s += [P(st, "I am proud to introduce the Safer Ashlingham Partnership's strategy for the next three years. "
                "Ashlingham remains a safe place to live, work and visit: overall crime is below the average for "
                "similar areas, and our town centres are busier than they have been since before the pandemic. "
                "But we know that safety is not felt equally. People on the Marsh Lane estate and in Pendlecot are "
                "three times more likely to be victims of crime than people in our villages, and too many women "
                "tell us they change how they travel after dark."),
          P(st, "This strategy was shaped by more than 2,100 residents who answered our survey, by the young people "
                "of Ashlingham Youth Council, and by the victims and survivors who shared their experiences with "
                "us. It is built on our most thorough strategic assessment yet, and on the lessons of the last "
                "strategy, which you can read about later in this document."),
          P(st, "Partnership working is not new in Ashlingham, but the pressure on every organisation's budget "
                "means that we must focus on fewer things and do them well. That is why we have chosen five "
                "priorities, and why each one has a named lead, a small number of measures and an action plan "
                "that we will refresh every year."),
          P(st, "<b>Councillor Helen Marchbank</b><br/>Chair, Safer Ashlingham Partnership and Cabinet Member "
                "for Communities, Ashlingham Borough Council"),
          Spacer(1, 8),
          P(st, "As Police and Crime Commissioner I welcome this strategy and the clear link it makes with my "
                "Police and Crime Plan. My plan asks every community safety partnership in Wealdmarch to focus on "
                "the issues that matter most to its residents, and Ashlingham's partners have done exactly that. "
                "My office will continue to fund the partnership's work through the Community Safety Fund, worth "
                "\u00a3212,000 in 2027-28, and I will hold the Chief Constable to account for the police's part "
                "in delivering it."),
          P(st, "<b>Daniel Okafor-Reeve</b><br/>Police and Crime Commissioner for Wealdmarch")]
    # ------------------------------------------------------------- executive summary
    s += [PageBreak(), Chapter("summary", "Executive summary"), Paragraph("Executive summary", st.h1)]
    s += [P(st, "<b>Our vision</b> is that Ashlingham is a place where everyone is safe and feels safe, at home, "
                "online and in public spaces, and where people who cause harm are stopped."),
          P(st, "The strategic assessment completed in January 2027 analysed three years of police, council, "
                "health, fire and probation data, together with the residents' survey. It identified eight key "
                "findings (page %s). The partnership's board considered them in a workshop in February 2027 and "
                "agreed that the strategy will concentrate on five priorities:" % pages.get("sna", "00"))]
    s += numbered(st, PRIORITIES)
    s += [Spacer(1, 4),
          P(st, "Each priority has its own chapter. A chapter explains why the priority matters, what we want to "
                "achieve, what we will do and how we will know if we are succeeding. The detailed actions for the "
                "first year are in Appendix A, and they will be refreshed each spring."),
          P(st, "<b>What is different this time?</b> The last strategy had four priorities and more than ninety "
                "actions. Many actions were completed, but reporting on so many diluted the board's attention. "
                "This strategy has twenty actions in its first year, each with one accountable lead, and a "
                "performance framework of fifteen measures (page %s)." % pages.get("perf", "00")),
          P(st, "<b>Resources.</b> The partnership's own budget is small: \u00a3212,000 from the PCC's Community "
                "Safety Fund and \u00a385,000 from the council. Most of the work described in this strategy is "
                "delivered from partners' core budgets, with additional funding from the Serious Violence Duty "
                "grant (\u00a396,000) and the Supplementary Substance Misuse Treatment and Recovery Grant."),
          P(st, "<b>Cross-cutting themes.</b> Three themes run through every priority: listening to victims and "
                "communities, early intervention, and using data well. They are not priorities in their own right "
                "and do not have separate chapters.")]
    # ------------------------------------------------------------- about the area
    s += [PageBreak(), Chapter("area", "About Ashlingham"), Paragraph("About Ashlingham", st.h1)]
    s += [P(st, "Ashlingham is a borough of 184,600 people in the north of Wealdmarch, made up of the market town "
                "of Ashlingham, the former mill town of Pendlecot, the coastal town of Ormsley and nineteen rural "
                "parishes. It has a younger population than the county as a whole, and its population grew by 7% "
                "between 2021 and 2026, mostly through new housing east of Ashlingham town."),
          P(st, "Deprivation is concentrated: four neighbourhoods in Pendlecot and Marsh Lane are among the 10% most "
                "deprived in England, while much of the rural north is among the least deprived. Crime follows the "
                "same pattern, and the three wards with the highest crime rates account for 39% of all recorded "
                "crime but only 17% of residents.")]
    s.append(table(st, [["Indicator", "Ashlingham", "Wealdmarch", "England"],
                        ["Population (mid-2026)", "184,600", "1,012,300", "57.9 million"],
                        ["Aged under 25", "30.4%", "28.1%", "29.6%"],
                        ["From an ethnic minority background", "14.2%", "9.8%", "19.0%"],
                        ["Living in the 20% most deprived areas", "18.7%", "11.2%", "20.0%"],
                        ["Total recorded crime per 1,000 people (2026)", "78.4", "71.9", "89.7"],
                        ["Violence with injury per 1,000 people", "8.9", "7.7", "9.6"],
                        ["ASB incidents per 1,000 people", "27.5", "23.0", "n/a"]],
                   [72 * mm, 30 * mm, 30 * mm, 38 * mm], head=ACC))
    s += [Spacer(1, 6),
          ColumnChart("Total recorded crime in Ashlingham, 2022 to 2026", [("2022", 13120), ("2023", 13890),
                                                                            ("2024", 14310), ("2025", 14650),
                                                                            ("2026", 14470)],
                      W - 2 * M, 125, colour=ACC),
          Spacer(1, 8),
          BarChart("Crime by type, 2026 (share of all recorded crime)",
                   [("Violence against the person", 36), ("Theft and shoplifting", 19), ("Criminal damage", 11),
                    ("Public order", 10), ("Burglary and vehicle crime", 8), ("Sexual offences", 3),
                    ("Drugs and weapons possession", 3), ("Other", 10)], W - 2 * M, colour="5A6B7D",
                   unit="%", maxv=40)]
    s += [PageBreak(), Paragraph("Where crime happens", st.h2),
          P(st, "The table below shows the five wards with the highest rate of recorded crime. Ashlingham Central "
                "includes the town centre and its night-time economy; its resident population is small, so its "
                "rate per 1,000 residents is high. Rates for Marsh Lane and Pendlecot North reflect mainly "
                "residential crime, particularly domestic abuse and ASB.")]
    s.append(table(st, [["Ward", "Crimes 2026", "Per 1,000 residents", "Change on 2025", "Most common"],
                        ["Ashlingham Central", "2,611", "301.2", "+4%", "Shoplifting, violence (NTE)"],
                        ["Marsh Lane", "1,702", "142.8", "-3%", "Domestic abuse, ASB"],
                        ["Pendlecot North", "1,315", "118.3", "+2%", "ASB, criminal damage"],
                        ["Ormsley Harbour", "1,077", "97.6", "-8%", "Violence, theft"],
                        ["Pendlecot South", "911", "81.0", "+1%", "Domestic abuse"]],
                   [42 * mm, 24 * mm, 32 * mm, 28 * mm, 44 * mm], head=ACC))
    s += [Paragraph("Victims and people who offend", st.h2),
          P(st, "Women are the victims in 77% of domestic abuse crimes and 89% of sexual offences. Young men aged "
                "18 to 24 are the group most likely to be victims of violence with injury in public places, and "
                "the group most likely to be arrested for it. Of the 1,041 adults supervised by the Probation "
                "Service in Ashlingham, 46% have a drug misuse need and 38% a housing need."),
          P(st, "Public confidence matters as much as the numbers. In the 2026 survey, 52% of residents agreed that "
                "the police and council are dealing with the anti-social behaviour and crime issues that matter "
                "in their area, down from 58% in 2023. Women, disabled residents and people aged 16 to 24 were "
                "least likely to say they felt safe in their local area after dark.")]
    s.append(BarChart("Residents who feel safe walking alone after dark, 2026 survey",
                      [("All residents", 68), ("Men", 79), ("Women", 57), ("Aged 16-24", 54),
                       ("Disabled residents", 49), ("Pendlecot", 51), ("Rural parishes", 84)], W - 2 * M,
                      colour=ACC, unit="%", maxv=100))
    # ------------------------------------------------------------- strategic assessment
    s += [PageBreak(), Chapter("sna", "What the strategic assessment tells us"),
          Paragraph("What the strategic assessment tells us", st.h1),
          P(st, "The partnership's strategic assessment is refreshed every year by the Wealdmarch Community Safety "
                "Analysis Unit. The 2027 assessment used police recorded crime and incidents, ASB reports to the "
                "council and housing providers, hospital emergency department data, ambulance call-outs, fire "
                "service data, Youth Justice Service and Probation caseloads, and the residents' survey. It also "
                "drew on the Serious Violence Duty strategic needs assessment and the Combating Drugs "
                "Partnership's needs assessment, which cover the whole of Wealdmarch."),
          Paragraph("Key findings", st.h2)]
    s += [Paragraph(f"<b>Key finding {n}.</b> {f}", st.bullet, bulletText="") for n, f in enumerate(FINDINGS, 1)]
    s += [Spacer(1, 4), P(st, "Not every finding became a priority. Shoplifting (finding 7) will be led by the "
                              "Business Crime Reduction Partnership, which reports to the board twice a year, and "
                              "confidence (finding 8) runs through every priority as part of our commitment to "
                              "listen to communities."),
          Paragraph("How we chose our priorities", st.h2),
          P(st, "Each issue in the assessment was scored against five tests: the volume of harm, the severity of "
                "harm, the trend, public concern and whether partnership working (rather than one agency acting "
                "alone) could make a difference. The board also took account of the statutory duties that fall on "
                "partners, including the Serious Violence Duty and the Domestic Abuse Act 2021."),
          table(st, [["Issue", "Volume", "Severity", "Trend", "Public concern", "Partnership adds value"],
                     ["Anti-social behaviour", "High", "Medium", "Stable", "Very high", "Yes"],
                     ["Domestic abuse", "High", "Very high", "Rising", "Medium", "Yes"],
                     ["Sexual violence", "Medium", "Very high", "Rising", "High", "Yes"],
                     ["Knife crime and serious violence", "Low", "Very high", "Rising", "High", "Yes"],
                     ["Drug supply and misuse", "Medium", "High", "Rising", "High", "Yes"],
                     ["Hate crime", "Low", "High", "Rising", "Medium", "Yes"],
                     ["Shoplifting", "High", "Low", "Rising", "Medium", "Partly"],
                     ["Road safety", "Medium", "High", "Falling", "High", "Led elsewhere"]],
                [46 * mm, 20 * mm, 22 * mm, 20 * mm, 28 * mm, 34 * mm], head=ACC)]
    # ------------------------------------------------------------- policy context
    s += [PageBreak(), Chapter("context", "National and local context"), Paragraph("National and local context",
                                                                                  st.h1),
          Paragraph("National", st.h2),
          P(st, "Community safety partnerships must have regard to the police and crime objectives of their Police "
                "and Crime Commissioner and to national strategy. The Government's approach to crime and policing "
                "sets out three aims:"),
          *bullets(st, ["cutting homicide and serious violence, and tackling the threat of knife crime",
                        "reducing neighbourhood crime and anti-social behaviour",
                        "halving violence against women and girls within a decade"]),
          P(st, "Other national frameworks that shape this strategy include the Serious Violence Duty (2023), the "
                "Domestic Abuse Act 2021 and its statutory guidance, the ten-year drugs plan <i>From Harm to Hope</i>, "
                "the Anti-social Behaviour Action Plan, and the Prevent duty."),
          Paragraph("The Police and Crime Plan for Wealdmarch 2025-2029", st.h2),
          P(st, "The Commissioner's plan has four priorities, and this strategy contributes to all of them:"),
          *numbered(st, ["Visible, responsive neighbourhood policing", "Tackling violence against women and girls",
                         "Protecting young people from violence and exploitation",
                         "Supporting victims and witnesses through the justice system"]),
          Paragraph("Other local strategies", st.h2),
          P(st, "This strategy sits beside the Ashlingham Corporate Plan 2026-2030, the Wealdmarch Domestic Abuse "
                "Strategy (the county council's statutory safe accommodation strategy), the Wealdmarch Serious "
                "Violence Response Strategy, the Combating Drugs Partnership Plan and the Health and Wellbeing "
                "Strategy. Where another board already leads on an issue, this strategy says so, and the "
                "partnership's role is to make sure the work reaches Ashlingham."),
          table(st, [["Strategy", "Owner", "How this strategy links"],
                     ["Wealdmarch Domestic Abuse Strategy 2025-2028", "Wealdmarch DA Local Partnership Board",
                      "Priority 2 delivers its community response locally"],
                     ["Serious Violence Response Strategy", "Wealdmarch Serious Violence Partnership",
                      "Priority 3 is Ashlingham's local delivery plan"],
                     ["Combating Drugs Partnership Plan", "Wealdmarch CDP", "Priority 4"],
                     ["Health and Wellbeing Strategy", "Health and Wellbeing Board", "Priorities 2 and 4"]],
                [62 * mm, 54 * mm, 54 * mm], head=ACC)]
    # ------------------------------------------------------------- looking back
    s += [PageBreak(), Chapter("back", "Looking back: the 2024-2027 strategy"),
          Paragraph("Looking back: the 2024-2027 strategy", st.h1),
          P(st, "Our last strategy had four priorities:"),
          *bullets(st, ["Tackling anti-social behaviour and environmental crime",
                        "Reducing domestic abuse", "Reducing reoffending", "Safeguarding vulnerable people"]),
          P(st, "Highlights included the opening of the Pendlecot community hub, a 21% fall in deliberate fires, "
                "the roll-out of the Ask for Angela scheme to 64 venues and the introduction of the integrated "
                "offender management cohort for domestic abuse perpetrators. Reoffending is now led by the "
                "Wealdmarch Reducing Reoffending Board, so it is not a priority of this strategy, though the "
                "partnership will continue to support it through Priority 4."),
          table(st, [["2024-2027 measure", "Baseline 2023", "2026", "Outcome"],
                     ["ASB incidents", "5,612", "5,076", "Achieved (-10%)"],
                     ["Repeat domestic abuse victims at MARAC", "41%", "36%", "Achieved"],
                     ["Proven reoffending rate (adults)", "24.8%", "25.3%", "Not achieved"],
                     ["Deliberate fires", "322", "254", "Achieved"]],
                [70 * mm, 32 * mm, 28 * mm, 40 * mm], head="5A6B7D"),
          Paragraph("What residents told us", st.h2),
          P(st, "The consultation on the draft strategy ran from 6 January to 14 February 2027. 2,116 people "
                "responded to the survey and 180 took part in eleven focus groups. The issues residents most "
                "wanted the partnership to focus on were:"),
          *numbered(st, ["Drug dealing and drug use in public places (58%)", "Anti-social behaviour (54%)",
                         "Speeding and dangerous driving (47%)", "Knife crime (39%)",
                         "Violence against women and girls (33%)"]),
          P(st, "Speeding is dealt with by the Wealdmarch Road Safety Partnership; the others are reflected in our "
                "priorities.")]
    # ------------------------------------------------------------- priorities intro
    s += [PageBreak(), Chapter("prio_intro", "Our priorities"), Paragraph("Our priorities", st.h1),
          P(st, "The following five chapters set out the partnership's priorities for 2027 to 2030. Each chapter "
                "opens with a divider page and follows the same structure: why it matters, what we want to "
                "achieve, what we will do, how we will measure progress and who leads."),
          P(st, "Priorities 2 and 3 overlap: much of the serious violence in Ashlingham happens in the home, and "
                "exploitation often begins with abuse. Where an action serves both, it appears once, in the "
                "chapter of the lead group (see the action plan in Appendix A, page %s)." % pages.get("appA", "00")),
          table(st, [["", "Lead officer", "Delivery group", "Reports to board"],
                     *[[f"Priority {n}", lead, grp, when] for n, (lead, grp, when) in enumerate([
                         ("Head of Community Safety, ABC", "ASB Panel", "Quarterly"),
                         ("DA Co-ordinator, ABC", "Domestic Abuse and Sexual Violence Group", "Quarterly"),
                         ("Superintendent, Wealdmarch Police", "Serious Violence and Exploitation Group",
                          "Quarterly"),
                         ("Director of Public Health", "Ashlingham Drugs and Alcohol Group", "Half-yearly"),
                         ("Cohesion Manager, ABC", "Communities Together Group", "Half-yearly")], 1)]],
                [22 * mm, 54 * mm, 64 * mm, 30 * mm], head=ACC)]
    # ------------------------------------------------------------- the five chapters
    for n, (name, ch) in enumerate(zip(PRIORITIES, CHAPTERS), 1):
        col = COLOURS[n - 1]
        s += [Fill(col), NextPageTemplate("divider"), PageBreak(), Chapter(f"p{n}", name), Spacer(1, 200),
              Paragraph(f"Priority {n}", style(font="Sans", size=20, color="FFFFFF", leading=26)), Spacer(1, 10),
              Paragraph(name, style(font="Sans-Bold", size=32, color="FFFFFF", leading=38)),
              NextPageTemplate("body"), PageBreak()]
        s += [Paragraph("Why this matters", st.h2), P(st, ch["why"]),
              Paragraph("What we want to achieve", st.h2), *bullets(st, ch["objectives"]),
              Paragraph("What we will do", st.h2),
              table(st, [["Action", "Lead", "When"], *[list(a) for a in ch["actions"]]],
                    [104 * mm, 40 * mm, 26 * mm], head=col),
              Paragraph("How we will know", st.h2),
              table(st, [["Measure", "Baseline (2026)", "Ambition"], *[list(m) for m in ch["measures"]]],
                    [104 * mm, 30 * mm, 36 * mm], head=col),
              KeepTogether([Paragraph("Making a difference", st.h3), P(st, ch["story"], st.quote)])]
        links = {1: (3, "young people drawn into anti-social behaviour are often the same young people at risk "
                        "of exploitation"),
                 2: (3, "violence in the home and serious violence in public share causes and often the same "
                        "families"),
                 3: (4, "drug markets are the main driver of child criminal exploitation in the borough"),
                 4: (1, "drug use in public places is one of the most common ASB complaints"),
                 5: (1, "much hate crime is reported first as neighbour nuisance")}[n]
        s += [Paragraph("Links to other priorities", st.h3),
              P(st, f"This priority is closely linked to Priority {links[0]} (see page "
                    f"{pages.get('p%d' % links[0], '00')}): {links[1]}. The lead officers meet every quarter to "
                    "agree which delivery group takes forward joint actions, so that no family is worked with by "
                    "two groups at once.")]
        if n == 3:
            s.append(P(st, "The Serious Violence Duty requires a strategy to prevent and reduce serious violence. "
                           "For Ashlingham this chapter, together with the Wealdmarch Serious Violence Response "
                           "Strategy, is that strategy. Violence in the home is covered by Priority 2.", st.small))
    # ------------------------------------------------------------- governance
    s += [PageBreak(), Chapter("gov", "Delivery and governance"), Paragraph("Delivery and governance", st.h1),
          P(st, "The Safer Ashlingham Partnership board meets quarterly and is chaired by the Cabinet Member for "
                "Communities. Its statutory members are Ashlingham Borough Council, Wealdmarch Police, Wealdmarch "
                "Fire and Rescue Service, the Probation Service and the Integrated Care Board; Wealdmarch County "
                "Council, the PCC's office, housing associations, the voluntary sector and the Business "
                "Improvement District are co-opted members."),
          OrgChart("Safer Ashlingham Partnership Board", "Community Safety Executive Group (officers)",
                   ["ASB Panel", "Domestic Abuse and Sexual Violence Group", "Serious Violence and Exploitation "
                    "Group", "Ashlingham Drugs and Alcohol Group", "Communities Together Group"], W - 2 * M,
                   colour=ACC, side="Crime and Disorder Scrutiny Committee"),
          Spacer(1, 10),
          P(st, "Each delivery group is led by the lead officer for its priority and reports to the executive "
                "group every quarter using a standard highlight report. The board receives a performance report "
                "at every meeting and commissions a deep dive into one priority each quarter."),
          P(st, "The council's Crime and Disorder Scrutiny Committee scrutinises the partnership at least once a "
                "year. The partnership also reports to the Wealdmarch Community Safety Board, which brings the "
                "county's six CSPs together with the PCC."),
          Paragraph("Information sharing", st.h2),
          P(st, "Partners share information under the Wealdmarch Community Safety Information Sharing Agreement "
                "(2025), which is being extended to cover the Serious Violence Duty data set. Section 17A of the "
                "Crime and Disorder Act 1998 allows partners to share depersonalised data for this purpose.")]
    # ------------------------------------------------------------- performance framework
    s += [PageBreak(), Chapter("perf", "Performance framework"), Paragraph("Performance framework", st.h1),
          P(st, "The measures below are reported to the board every quarter. Most come from partners' own systems; "
                "survey measures are updated once a year. A dash means that no target has been set because the "
                "direction of travel is what matters, or because a rise may reflect better reporting.")]
    rows = [["Priority", "Measure", "Source", "Baseline", "Direction"]]
    for n, ch in enumerate(CHAPTERS, 1):
        for m, (meas, base, amb) in enumerate(ch["measures"]):
            rows.append([SHORT[n - 1] if m == 0 else "", meas, ["Survey", "Police", "Council", "Health",
                                                                  "Partnership"][(n + m) % 5], base, amb])
    s.append(table(st, rows, [32 * mm, 62 * mm, 22 * mm, 22 * mm, 32 * mm], head=ACC, zebra=None))
    # ------------------------------------------------------------- appendix A (landscape)
    s += [NextPageTemplate("land"), PageBreak(), Chapter("appA", "Appendix A: Action plan 2027-2028"),
          Paragraph("Appendix A: Action plan 2027-2028", st.h1),
          P(st, "Actions are numbered by priority. RAG status will be added from the first quarterly report. The "
                "action plan will be refreshed each spring; the year two refresh will be published in June 2028.")]
    rows = [["No.", "Action", "Lead organisation", "Partners", "Milestone", "Due"]]
    groups = []
    for n, ch in enumerate(CHAPTERS, 1):
        groups.append(len(rows))
        rows.append([f"{n}", SHORT[n - 1], "", "", "", ""])
        for k, (act, lead, when) in enumerate(ch["actions"], 1):
            rows.append([f"{n}.{k}", act, lead, "All CSP partners" if k % 2 else "Voluntary sector",
                         "Progress report to board", when])
    extra = [("BACKGROUND", (0, g), (-1, g), hexc("DDE7E8")) for g in groups]
    extra += [("SPAN", (1, g), (-1, g)) for g in groups]
    s.append(table(st, rows, [14 * mm, 104 * mm, 42 * mm, 34 * mm, 38 * mm, 25 * mm], head=ACC, zebra=None,
                   extra=extra, first_bold_rows=tuple(groups)))
    # ------------------------------------------------------------- appendices B, C, back
    s += [NextPageTemplate("body"), PageBreak(), Chapter("appB", "Appendix B: Glossary"),
          Paragraph("Appendix B: Glossary", st.h1)]
    s.append(table(st, [["Term", "Meaning"]] + [[k, v] for k, v in sorted(GLOSSARY.items())],
                   [28 * mm, 142 * mm], head=ACC, bold_col0=True))
    s += [Chapter("appC", "Appendix C: Equality statement"), Spacer(1, 8),
          Paragraph("Appendix C: Equality statement", st.h2)]
    s += [P(st, t) for t in equality(PART, "March 2027")]
    s += [Chapter("contact", "Contact us"), Paragraph("Contact us", st.h2),
          P(st, "Community Safety Team, Ashlingham Borough Council, Civic Centre, Mill Street, Ashlingham AS1 4QT. "
                "Telephone 01632 960 418. Email saferashlingham@ashlingham.gov.uk (fictional)."),
          P(st, "In an emergency always call 999. To report a non-emergency crime call 101.", st.small)]
    return s


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    doc = Doc(target, title=f"{PART}: {TITLE}", author=PART, st=Styles(accent=ACC), cover=cover,
              footer=f"{PART}  |  {TITLE}", header_left=f"{PART} \u2013 {TITLE}", divider_colour=ACC)
    pages = doc.build_twice(story)
    assert [pages[f"p{n}"] for n in range(1, 6)] == sorted(pages[f"p{n}"] for n in range(1, 6))
    return [target]
