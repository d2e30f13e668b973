"""annual_report_and_strategy_long: a 30+ page Writer document (annual report + strategy) whose four
priorities sit on one page deep inside, among chapters full of numbered headings and lists."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt, RGBColor

import docx_kit as K

NAME = "annual_report_and_strategy_long"
TITLE = "Safer Merrowdale Partnership: Annual Report 2024/25 and Community Safety Strategy 2025–2028"
ACC = "004B5A"

PRIORITIES = [
    ("Reducing serious violence and knife crime",
     "Serious violence is rare in Merrowdale but its harm is lasting. The strategic assessment found that "
     "knife-enabled offences are concentrated in the town centre and two neighbourhoods, and that most "
     "victims and offenders are under 25.",
     ["run a focused deterrence programme with young people identified through the Serious Violence Duty "
      "problem profile", "fund youth work in the evening in the three wards with the highest rates of violence"]),
    ("Tackling domestic abuse and sexual violence",
     "Domestic abuse accounts for one in six recorded crimes in the borough. Victims told us they want to be "
     "believed first time and to get help without having to tell their story again and again.",
     ["commission a single front door for domestic abuse support", "extend the Drive perpetrator programme "
      "to every high-risk case heard at MARAC"]),
    ("Preventing anti-social behaviour in neighbourhoods and town centres",
     "Anti-social behaviour remains the issue residents raise with us most often. We will focus on "
     "persistent problems in the same places and on the people most affected by them.",
     ["use the ASB case review to put victims at the centre of our response", "hold a problem-solving "
      "clinic every month for neighbourhood teams and housing officers"]),
    ("Reducing drug-related harm and exploitation",
     "Drug markets drive violence, exploitation and acquisitive crime. We will tackle supply and support "
     "people into treatment and recovery at the same time.",
     ["close down cuckooed addresses within 14 days of identification", "increase the number of people "
      "referred into treatment from custody and the courts"]),
]

OLD_PRIORITIES = [
    ("Reducing violence in the night-time economy", "Green",
     ["introduce a Safe Haven in the town centre on Friday and Saturday nights",
      "train 200 bar and door staff in vulnerability awareness",
      "agree a late-night transport plan with the bus operator"],
     ["the Safe Haven opened in June 2023 and supported 412 people in 2024/25",
      "263 staff from 41 premises completed the Ask for Angela and WAVE training",
      "violence with injury in the town centre between 10pm and 4am fell by 14%"]),
    ("Protecting vulnerable people from exploitation", "Amber",
     ["set up a multi-agency exploitation panel", "map the places where children go missing from",
      "raise awareness of cuckooing with housing providers"],
     ["the panel has met monthly since September 2022 and considered 96 children",
      "the missing-from-home return interview rate improved from 61% to 78%",
      "awareness of cuckooing among housing staff remains low outside Merrowdale Homes"]),
    ("Tackling anti-social behaviour", "Green",
     ["introduce the ASB case review (community trigger) online", "agree a common risk assessment",
      "run a summer diversion programme for young people"],
     ["the online form has been used 38 times and 11 reviews met the threshold",
      "all partners now use the same ASB risk assessment matrix",
      "the summer programme reached 1,140 young people in 2024"]),
    ("Reducing reoffending", "Red",
     ["develop an Integrated Offender Management scheme for neighbourhood crime",
      "improve access to accommodation for people leaving prison",
      "increase employment support for people on probation"],
     ["the IOM cohort was set up but staffing gaps reduced its reach",
      "only 58% of people leaving prison had settled accommodation on release",
      "the employment hub moved to a new site and referrals fell during the move"]),
]


class _Num:
    """Chapter / section numbering typed into the heading text (1., 1.1 ...), as most authors do."""

    def __init__(self, doc):
        self.doc, self.ch, self.sub, self.titles = doc, 0, 0, []

    def chap(self, title, *, numbered=True):
        K.page_break(self.doc)
        if numbered:
            self.ch += 1
            self.sub = 0
            title = f"{self.ch}. {title}"
        self.titles.append(title)
        return self.doc.add_heading(title, level=1)

    def sec(self, title):
        self.sub += 1
        return self.doc.add_heading(f"{self.ch}.{self.sub} {title}", level=2)


def _contents(doc, entries):
    doc.add_heading("Contents", level=1)
    for level, text, page in entries:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        pf.space_after = Pt(3 if level else 1)
        pf.left_indent = Cm(0.6 * (level - 1)) if level else Cm(0)
        if level == 0:
            pf.space_before = Pt(10)
            r = p.add_run(text)
            r.bold = True
            r.font.color.rgb = RGBColor.from_string(ACC)
        else:
            p.add_run(f"{text}\t{page}")


CONTENTS = [  # (level, title, page): pages checked against the LibreOffice PDF by hand
    (0, "Part A: Annual Report 2024/25", ""),
    (1, "1. Foreword", 3), (1, "2. About the Safer Merrowdale Partnership", 4), (1, "3. 2024/25 in numbers", 6),
    (1, "4. Our work in 2024/25 by delivery group", 8), (1, "5. Progress against our 2022–2025 priorities", 10),
    (1, "6. Case studies", 12), (1, "7. Hate crime and community cohesion", 13), (1, "8. Updates from partners", 14),
    (1, "9. Engaging with communities", 15), (1, "10. Learning from reviews", 16),
    (1, "11. Funding and spend 2024/25", 17),
    (0, "Part B: Community Safety Strategy 2025–2028", ""),
    (1, "12. Introduction to the strategy", 19), (1, "13. Strategic assessment 2025", 20),
    (1, "14. What you told us", 21), (1, "15. Our priorities for 2025–2028", 22),
    (1, "16. Cross-cutting themes", 23), (1, "17. Delivering the strategy", 24),
    (1, "18. Measuring success", 25), (1, "19. Governance and accountability", 26),
    (1, "Appendix 1: Glossary", 27), (1, "Appendix 2: Data sources", 28), (1, "Appendix 3: Performance tables", 29),
    (1, "Appendix 4: Board membership", 30), (1, "Appendix 5: Consultation results in detail", 31),
]


def build(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Safer Merrowdale Partnership", accent=ACC, size=11.5, heading_sizes=(18, 13, 11.5))
    doc.styles["Normal"].paragraph_format.line_spacing = 1.2
    sec = doc.sections[0]
    K.different_first_page(sec)
    K.set_header(sec, "Safer Merrowdale Partnership", right_text="Annual Report 2024/25 and Strategy 2025–2028")
    K.set_footer(sec, "OFFICIAL", page_word="")

    # ---------------------------------------------------------------- cover (page 1)
    K.para(doc, "", space_after=90)
    K.para(doc, "Safer Merrowdale Partnership", size=16, color="7F7F7F", space_after=6)
    K.para(doc, "Annual Report 2024/25", bold=True, size=32, color=ACC, space_after=0)
    K.para(doc, "and Community Safety Strategy 2025–2028", size=22, color=ACC, space_after=40)
    K.para(doc, "Published September 2025", size=12, space_after=160)
    K.para(doc, "Merrowdale Borough Council  ·  Northshire Police  ·  Northshire Fire and Rescue Service  ·  "
                "Merrowdale and Riverside Integrated Care Board  ·  Probation Service (Northshire)  ·  "
                "Merrowdale Homes  ·  Office of the Northshire Police and Crime Commissioner",
           size=9.5, color="595959")

    # ---------------------------------------------------------------- contents (page 2)
    K.page_break(doc)
    _contents(doc, CONTENTS)

    nm = _Num(doc)
    # ---------------------------------------------------------------- Part A
    nm.chap("Foreword")
    for t in [
        "Welcome to the Safer Merrowdale Partnership's annual report for 2024/25, which this year we publish "
        "together with our new Community Safety Strategy for 2025 to 2028.",
        "Part A looks back. It sets out what the partnership did in the final year of our 2022–2025 strategy, "
        "what changed in the borough, and where we did not achieve what we set out to do. We have tried to be "
        "honest about both. Recorded crime fell for the second year running, and the Safe Haven in the town "
        "centre has become part of the furniture of a Saturday night. But reoffending has not come down as we "
        "hoped, and too many people leaving prison still have nowhere settled to live.",
        "Part B looks forward. Over the winter we carried out a full strategic assessment, and more than 1,900 "
        "residents, young people and business owners told us what they think. Their views, and the evidence, "
        "shaped the four priorities in Chapter 11. They are deliberately few. We would rather do a small number "
        "of things well than spread ourselves across everything.",
        "None of this happens without the officers, staff, volunteers and residents who give their time to "
        "make Merrowdale safer. On behalf of the board, thank you.",
    ]:
        K.para(doc, t)
    K.para(doc, "Councillor Ruth Abiodun, Cabinet Member for Communities, and Superintendent Mark Tennant, "
                "Northshire Police — joint chairs, Safer Merrowdale Partnership", italic=True, space_before=10)

    nm.chap("About the Safer Merrowdale Partnership")
    K.para(doc, "The Safer Merrowdale Partnership is the community safety partnership for the borough of "
                "Merrowdale. It brings together the organisations that have a legal duty to work together to "
                "reduce crime and disorder, and others who choose to take part.")
    nm.sec("Our statutory duties")
    K.para(doc, "Under the Crime and Disorder Act 1998 and later legislation the responsible authorities must "
                "work together to:")
    K.bullets(doc, [
        "reduce crime and disorder, including anti-social behaviour and other behaviour adversely affecting "
        "the local environment",
        "combat the misuse of drugs, alcohol and other substances",
        "reduce reoffending",
        "prevent and reduce serious violence (the Serious Violence Duty, from January 2023)",
        "carry out Domestic Homicide Reviews, now Domestic Abuse Related Death Reviews",
        "prepare a strategic assessment every year and a partnership plan",
    ])
    nm.sec("Who we are")
    K.para(doc, "The responsible authorities in Merrowdale are:")
    K.bullets(doc, ["Merrowdale Borough Council", "Northshire County Council", "Northshire Police",
                    "Northshire Fire and Rescue Service", "Merrowdale and Riverside Integrated Care Board",
                    "the Probation Service (Northshire Probation Delivery Unit)"])
    K.para(doc, "The following organisations are co-opted members of the board:")
    K.bullets(doc, ["the Office of the Northshire Police and Crime Commissioner", "Merrowdale Homes",
                    "Merrowdale Council for Voluntary Service", "Northshire Youth Justice Service",
                    "Riverside College", "the Merrowdale Business Improvement District"])
    nm.sec("How we are organised")
    K.para(doc, "The board meets four times a year. Most of the work is done by four delivery groups and by "
                "Joint Action Groups that meet in each locality:")
    K.bullets(doc, [("Violence Reduction Group", " – leads on the Serious Violence Duty and the night-time economy"),
                    ("Neighbourhoods and ASB Group", " – leads on anti-social behaviour, hate crime and cohesion"),
                    ("Domestic Abuse Partnership Board", " – leads on domestic abuse and sexual violence"),
                    ("Combating Drugs Partnership (Merrowdale sub-group)", " – leads on drugs and alcohol"),
                    ("Joint Action Groups", " – north, central and south localities, monthly")])
    nm.sec("How we are funded")
    K.para(doc, "The partnership has no budget of its own beyond the community safety grant passed to it by the "
                "Police and Crime Commissioner. In 2024/25 this was £186,400. Partners also pool staff time and "
                "bid jointly for national funds such as the Safer Streets Fund and the Serious Violence Duty "
                "grant. Chapter 7 shows how the money was spent.")
    nm.sec("Our area")
    K.para(doc, "Merrowdale is a borough of 148,000 people on the River Merrow. The town of Merrowdale holds "
                "just over half the population; the rest live in the market towns of Ashcott and Kelby and in "
                "a ring of villages. The borough has grown by 6% since 2011 and is getting older, but the "
                "town-centre wards are young and diverse. Two neighbourhoods, Eastgate and Brookside, are among "
                "the 10% most deprived in England.")

    nm.chap("2024/25 in numbers")
    K.para(doc, "This chapter summarises what happened in 2024/25. Figures are for the financial year (1 April "
                "2024 to 31 March 2025) unless we say otherwise. Rates are per 1,000 residents.")
    nm.sec("Recorded crime")
    K.table(doc, ["Crime type", "2023/24", "2024/25", "Change"], [
        ["All recorded crime", "11,204", "10,688", "−4.6%"], ["Violence with injury", "1,402", "1,322", "−5.7%"],
        ["Violence without injury", "2,310", "2,297", "−0.6%"], ["Stalking and harassment", "1,655", "1,702", "+2.8%"],
        ["Sexual offences", "298", "311", "+4.4%"], ["Residential burglary", "486", "431", "−11.3%"],
        ["Vehicle crime", "702", "654", "−6.8%"], ["Shoplifting", "1,118", "1,291", "+15.5%"],
        ["Criminal damage and arson", "1,204", "1,090", "−9.5%"], ["Drug offences", "388", "452", "+16.5%"],
        ["Possession of weapons", "121", "133", "+9.9%"], ["Public order offences", "1,020", "905", "−11.3%"],
    ], [7.5, 3, 3, 3], zebra="EAF2F4")
    K.para(doc, "")
    K.para(doc, "The rise in drug offences and possession of weapons reflects more proactive policing in the "
                "town centre rather than a rise in underlying offending. The rise in shoplifting follows the "
                "national trend and is concentrated in three retail parks.")
    nm.sec("Anti-social behaviour")
    K.para(doc, "Police recorded 3,870 incidents of anti-social behaviour, 8% fewer than in 2023/24. The council "
                "received a further 2,416 reports, most about noise, fly-tipping and neighbour disputes.")
    K.bullets(doc, ["41% of police-recorded ASB was in the three town-centre wards",
                    "youth-related ASB fell by 19% during the summer diversion programme",
                    "62 Community Protection Warnings and 17 Community Protection Notices were issued",
                    "four closure orders were obtained, all for premises linked to drug supply"])
    nm.sec("Domestic abuse")
    K.para(doc, "There were 2,944 domestic abuse incidents and crimes recorded by the police, similar to the "
                "year before. The Multi-Agency Risk Assessment Conference (MARAC) heard 412 cases, 31% of them "
                "repeat cases. Merrowdale Women's Aid supported 1,036 adults and 288 children.")
    nm.sec("Serious violence")
    K.para(doc, "Knife-enabled serious violence fell from 96 to 88 offences. Hospital admissions for assault "
                "with a sharp object among under-25s fell from 14 to 11. There were two homicides in the "
                "borough; one is the subject of a review.")
    nm.sec("Drugs and alcohol")
    K.para(doc, "The number of adults in structured drug treatment rose from 712 to 768. There were 19 "
                "drug-related deaths registered in 2024, the highest number in a decade. Alcohol-related "
                "hospital admissions remain above the regional average.")
    nm.sec("Feeling safe")
    K.para(doc, "In the autumn residents' survey:")
    K.bullets(doc, ["82% said they feel safe in their neighbourhood during the day (84% in 2023)",
                    "47% said they feel safe in the town centre after dark (44% in 2023)",
                    "women were half as likely as men to feel safe walking alone after dark",
                    "36% agreed that the police and council are dealing with the issues that matter"])


    nm.chap("Our work in 2024/25 by delivery group")
    K.para(doc, "Each delivery group reports to the board every quarter. This chapter summarises their "
                "highlights and the challenges they faced during the year.")
    groups = [
        ("Violence Reduction Group",
         ["published the borough's first serious violence problem profile in July 2024",
          "secured £41,200 of Serious Violence Duty grant for a focused deterrence pilot",
          "ran knife-crime awareness sessions in all eight secondary schools",
          "agreed a hospital data-sharing protocol with Merrowdale General's emergency department",
          "supported the Licensing Committee's review of the town-centre cumulative impact policy"],
         ["the focused deterrence pilot started four months late because of recruitment",
          "emergency department data is still only shared quarterly"]),
        ("Neighbourhoods and ASB Group",
         ["introduced a shared ASB risk assessment used by police, council and Merrowdale Homes",
          "held 36 Joint Action Group meetings across the three localities",
          "ran the summer diversion programme with 14 youth and sports organisations",
          "trained 48 staff in the ASB case review (community trigger)",
          "supported two Public Spaces Protection Order consultations"],
         ["demand on the council's ASB team rose by 12% with no increase in staff",
          "victims still report having to tell their story to several agencies"]),
        ("Domestic Abuse Partnership Board",
         ["recommissioned the community outreach service for three years",
          "opened four new units of safe accommodation for women with complex needs",
          "introduced a MARAC steering group to reduce repeat referrals",
          "ran a “Know the signs” campaign aimed at older residents",
          "trained 140 professionals in coercive control"],
         ["waiting times for children's recovery support reached 14 weeks",
          "referrals from health settings remain low"]),
        ("Combating Drugs Partnership (Merrowdale sub-group)",
         ["increased the number of adults in structured treatment by 8%",
          "distributed 1,020 naloxone kits, including to hostel staff and families",
          "opened a peer-led recovery café in Merrowdale town centre",
          "worked with Project Harbour to identify 23 cuckooed addresses",
          "started a drug-related death review panel"],
         ["drug-related deaths rose despite more people in treatment",
          "continuity of care from prison into community treatment is only 42%"]),
    ]
    for name, highs, lows in groups:
        nm.sec(name)
        K.para(doc, "Highlights", bold=True, space_after=2)
        for i, t in enumerate(highs, start=1):
            K.para(doc, f"{i}. {t}", indent_cm=0.6, space_after=2)
        K.para(doc, "Challenges", bold=True, space_after=2, space_before=4)
        K.bullets(doc, lows)
    nm.sec("Joint Action Groups")
    K.para(doc, "The three locality Joint Action Groups dealt with 211 problem-solving cases. The most common "
                "issues were youth-related ASB (64 cases), drug dealing (41), street drinking (27), neighbour "
                "disputes (22) and off-road bikes (19). 71% of cases were closed as resolved or improved.")

    nm.chap("Progress against our 2022–2025 priorities")
    K.para(doc, "Our last strategy, agreed in 2022, had four priorities. This was the final year of that "
                "strategy. For each priority we show what we said we would do, what happened, and a rating.")
    for i, (name, *_rest) in enumerate(OLD_PRIORITIES, start=1):
        K.para(doc, f"{i}. {name}", indent_cm=0.6, space_after=2)
    K.para(doc, "Green means achieved, amber means partly achieved and red means not achieved.")
    for i, (name, rag, said, did) in enumerate(OLD_PRIORITIES, start=1):
        nm.sec(f"Priority {i}: {name}")
        K.para(doc, "What we said we would do", bold=True, space_after=2)
        K.bullets(doc, said)
        K.para(doc, "What happened", bold=True, space_after=2, space_before=4)
        K.bullets(doc, did)
        K.para(doc, f"Overall rating: {rag}", italic=True, space_before=4)
        K.para(doc, "The board agreed that this work will continue as part of business as usual where it has "
                    "been effective, and that the lessons learned will inform the delivery plans for the new "
                    "strategy.")
    nm.sec("Summary")
    K.table(doc, ["2022–2025 priority", "Rating", "Carried forward?"],
            [[n, r, c] for (n, r, *_), c in zip(OLD_PRIORITIES, [
                "Yes, within serious violence", "Yes, within drug-related harm", "Yes", "No – led by the Reducing "
                "Reoffending Board"])], [8.5, 2.5, 5.5], zebra="EAF2F4")

    nm.chap("Case studies")
    cases = [
        ("Operation Lantern: a safer night out",
         ["Operation Lantern brings police, licensing officers, street marshals and the Safe Haven together "
          "on Friday and Saturday nights. Street marshals carry radios linked to the CCTV control room.",
          "In March 2025 a marshal noticed a young woman who had become separated from her friends and was "
          "being followed by an older man. The marshal walked her to the Safe Haven and the CCTV operator "
          "tracked the man, who was stopped by officers and later charged with an unrelated offence.",
          "“I didn't know where I was and my phone was dead. I don't know what would have happened.”"]),
        ("Project Harbour: closing cuckooed homes",
         ["Project Harbour is a joint team of housing officers, police and drug workers. When a home is taken "
          "over by drug dealers the team visits within 48 hours, offers the tenant support and, where needed, "
          "seeks a closure order.",
          "In 2024/25 the team identified 23 cuckooed addresses. Nineteen tenants accepted support; four "
          "closure orders were granted; eleven people were arrested for supply offences."]),
        ("Neighbourhood mediation in Brookside",
         ["A long-running dispute between neighbours in Brookside had led to 40 calls to the police over two "
          "years. The council's ASB team referred both households to the community mediation service.",
          "After four sessions the families agreed a written plan about noise, parking and the shared garden. "
          "There have been no further calls in the nine months since."]),
    ]
    for head, paras in cases:
        nm.sec(head)
        for t in paras:
            K.para(doc, t, italic=t.startswith("“"))
    nm.sec("What the case studies tell us")
    K.bullets(doc, ["early, joint visits work better than letters", "victims value a named contact",
                    "problems in the same place tend to recur unless the place itself changes",
                    "volunteers such as street marshals add capacity that statutory services do not have"])

    nm.chap("Hate crime and community cohesion")
    K.para(doc, "Hate crime is not one of the partnership's priorities, but the board receives a report on it "
                "every six months and the Neighbourhoods and ASB Group oversees the work.")
    nm.sec("What happened in 2024/25")
    K.table(doc, ["Hate crime strand", "2023/24", "2024/25"], [
        ["Race", "182", "171"], ["Religion or belief", "21", "34"], ["Sexual orientation", "39", "44"],
        ["Disability", "28", "25"], ["Transgender identity", "9", "13"]], [8.5, 4, 4], zebra="EAF2F4")
    K.para(doc, "")
    K.para(doc, "The rise in religious hate crime followed international events in October 2024 and was "
                "concentrated in a short period. Community leaders, police and the council met weekly during "
                "that time.")
    nm.sec("What we did")
    K.bullets(doc, ["opened two new third-party reporting centres, at Riverside College and the library",
                    "ran Hate Crime Awareness Week with 22 events",
                    "trained 60 taxi drivers as part of the licensing conditions",
                    "supported the interfaith forum's schools programme"])
    nm.sec("Community tensions")
    K.para(doc, "The community tension monitoring group met 14 times. It uses a simple scale from 1 (normal) to "
                "5 (critical). The borough was at level 2 for most of the year and at level 3 for three weeks "
                "in the autumn.")

    nm.chap("Updates from partners")
    K.para(doc, "Each responsible authority contributes to the partnership through its own services. These "
                "are some of the things they did this year.")
    for who, what in [
        ("Northshire Police", ["introduced a town-centre neighbourhood team of one sergeant and six officers",
                               "carried out 1,180 stop and searches in the borough, 24% leading to a positive outcome",
                               "ran Operation Sceptre weeks of action in November and May"]),
        ("Merrowdale Borough Council", ["appointed an ASB victim caseworker",
                                        "installed 14 new CCTV cameras in Eastgate",
                                        "launched a licensing enforcement protocol with the police"]),
        ("Northshire Fire and Rescue Service", ["carried out 1,906 safe and well visits",
                                                 "reduced deliberate fires by 17%",
                                                 "ran the FireSetters intervention with 22 young people"]),
        ("Integrated Care Board", ["funded an independent domestic violence adviser in the emergency department",
                                   "included domestic abuse in GP safeguarding training",
                                   "supported the drug-related death review panel"]),
        ("Probation Service", ["supervised 1,140 people living in the borough",
                               "ran the Building Choices programme for 64 people",
                               "opened a women's probation hub at the family centre"]),
        ("Merrowdale Homes", ["dealt with 612 ASB cases among its tenants",
                              "worked with Project Harbour on 15 cuckooing cases",
                              "adopted the Domestic Abuse Housing Alliance standards"]),
    ]:
        K.para(doc, who, bold=True, color=ACC, space_before=6, space_after=2, keep_next=True)
        K.bullets(doc, what)

    nm.chap("Engaging with communities")
    K.para(doc, "Community engagement is how we find out what matters to people and whether what we do is "
                "working. In 2024/25 the partnership:")
    for i, t in enumerate(["held 18 “Your Street” walkabouts with residents, councillors and officers",
                           "attended 42 community events, from the Ashcott show to the Eid festival",
                           "ran the winter residents' survey, with 1,412 responses",
                           "consulted young people through schools, the youth council and youth clubs",
                           "set up a survivors' advisory group with Merrowdale Women's Aid",
                           "published a quarterly newsletter, Safer Streets News, to 6,800 subscribers"], start=1):
        K.para(doc, f"{i}. {t}", indent_cm=0.6, space_after=2)
    nm.sec("Neighbourhood Watch")
    K.para(doc, "There are now 214 Neighbourhood Watch schemes in the borough covering 9,600 households. The "
                "partnership funded a part-time coordinator and a new online alert system.")
    nm.sec("Community Speedwatch")
    K.para(doc, "Fourteen villages run Community Speedwatch groups. Volunteers recorded 3,200 vehicles "
                "exceeding the limit, and 1,900 warning letters were sent by the police.")
    nm.sec("What people asked us to do differently")
    K.bullets(doc, ["tell us what happened after we reported something",
                    "hold meetings at times when working people can attend",
                    "use plain English and translate key messages",
                    "come to us rather than asking us to come to you"])

    nm.chap("Learning from reviews")
    K.para(doc, "The partnership commissions Domestic Homicide Reviews (DHRs) and contributes to Safeguarding "
                "Adults Reviews and Child Safeguarding Practice Reviews led by the safeguarding partnerships.")
    nm.sec("Reviews in 2024/25")
    K.table(doc, ["Review", "Status", "Published"], [
        ["DHR “Adam” (2022)", "Completed, Home Office quality assured", "July 2024"],
        ["DHR “Beth” (2023)", "Completed, awaiting Home Office panel", "—"],
        ["DHR “Carol and Dev” (2024)", "In progress; criminal trial concluded", "—"],
        ["SAR “Mr E” (joint with adult safeguarding)", "In progress", "—"],
    ], [6.5, 6.5, 3.5], zebra="EAF2F4")
    K.para(doc, "")
    nm.sec("Learning themes")
    K.para(doc, "Across the reviews the same themes come up again and again:")
    for i, t in enumerate(["professional curiosity about who else lives in the household",
                           "older victims of domestic abuse, including abuse by adult children",
                           "the link between domestic abuse, alcohol and mental ill-health",
                           "information not shared between GP practices and specialist services",
                           "victims who had contact with many services but were never asked about abuse",
                           "the impact of economic abuse and debt"], start=1):
        K.para(doc, f"{i}. {t}", indent_cm=0.6, space_after=2)
    nm.sec("What we have changed")
    K.bullets(doc, ["routine enquiry about domestic abuse is now part of the adult social care assessment",
                    "two GP practices piloted an IRIS-style training and referral scheme",
                    "the DHR action plan is reviewed at every Domestic Abuse Partnership Board meeting",
                    "a seven-minute briefing has been circulated for each published review"])

    nm.chap("Funding and spend 2024/25")
    K.para(doc, "The table below shows how the community safety grant and other external funding were used.")
    K.table(doc, ["Project", "Funding source", "Amount"], [
        ["Street marshals and Safe Haven", "PCC community safety grant", "£48,000"],
        ["Summer diversion programme", "PCC community safety grant", "£32,500"],
        ["Community mediation service", "PCC community safety grant", "£21,000"],
        ["ASB victim caseworker", "PCC community safety grant", "£34,900"],
        ["DHR independent chairs", "PCC community safety grant and council", "£18,000"],
        ["Focused deterrence pilot", "Serious Violence Duty grant", "£41,200"],
        ["Cuckooing prevention (Project Harbour)", "Combating Drugs Partnership", "£26,000"],
        ["CCTV upgrade, Eastgate", "Safer Streets Fund round 5", "£96,000"],
        ["Women's night-time safety campaign", "Safer Streets Fund round 5", "£12,400"],
        ["Partnership analyst (0.5 FTE)", "Council and police", "£22,000"],
    ], [7.5, 6, 3], zebra="EAF2F4")
    K.para(doc, "")
    K.para(doc, "All projects funded by the community safety grant report quarterly to the board. Two projects "
                "underspent because of delays in recruitment; the underspend was returned to the PCC.")

    # ---------------------------------------------------------------- Part B
    K.page_break(doc)
    K.para(doc, "", space_after=120)
    K.para(doc, "Part B", size=20, color="7F7F7F", space_after=4)
    K.para(doc, "Community Safety Strategy 2025–2028", bold=True, size=30, color=ACC, space_after=20)
    K.para(doc, "Agreed by the Safer Merrowdale Partnership board on 24 June 2025", size=12)

    nm.chap("Introduction to the strategy")
    nm.sec("Why a new strategy")
    K.para(doc, "Our 2022–2025 strategy came to an end in March 2025. Since it was written the partnership has "
                "taken on the Serious Violence Duty, the Government has published new national strategies on "
                "drugs and on violence against women and girls, and the cost of living has put pressure on every "
                "household and every service.")
    K.para(doc, "This strategy runs from 2025 to 2028. It will be refreshed each year when the new strategic "
                "assessment is complete, but the priorities will stay the same unless something significant "
                "changes.")
    nm.sec("Our vision")
    K.para(doc, "“A borough where everyone is, and feels, safe at home, in their neighbourhood and in the town "
                "centre, day and night.”", italic=True, size=13, color=ACC)
    nm.sec("Our principles")
    K.para(doc, "In everything we do we will:")
    K.bullets(doc, ["put victims and the people most affected first", "prevent problems before they start",
                    "use evidence and test what works", "share information safely and promptly",
                    "work with communities, not just for them"])
    nm.sec("How this strategy fits with other plans")
    K.para(doc, "This strategy sits alongside the Northshire Police and Crime Plan, the Merrowdale Health and "
                "Wellbeing Strategy, the Northshire Serious Violence Strategy and the Domestic Abuse Safe "
                "Accommodation Strategy. Chapter 15 explains the links.")

    nm.chap("Strategic assessment 2025")
    nm.sec("How we did it")
    K.para(doc, "The partnership analyst brought together three years of police, council, health, fire, "
                "probation and youth justice data. The assessment used the MoRiLE method to score each issue for "
                "threat, risk and harm, and for the partnership's capacity to make a difference.")
    nm.sec("Key findings")
    for i, t in enumerate([
        "Overall crime is falling, but violence against the person has not fallen in line with other crime.",
        "Knife-enabled offences are concentrated in the town centre, Eastgate and Brookside.",
        "Domestic abuse is under-reported, particularly by older people and by men.",
        "Repeat victimisation accounts for a third of domestic abuse incidents.",
        "ASB is highly concentrated: 5% of locations account for 30% of incidents.",
        "Drug-related deaths have risen and are concentrated among men aged 35 to 54.",
        "Children as young as 12 are being drawn into drug supply.",
        "Shoplifting has risen sharply and is linked to drug dependency.",
        "Road danger is a growing concern for residents, particularly speeding in villages.",
        "Online fraud against older residents is rising but rarely reported locally.",
    ], start=1):
        K.para(doc, f"{i}. {t}", indent_cm=0.6, space_after=3)
    nm.sec("Recommendations")
    K.para(doc, "The assessment recommended that the partnership should:")
    for i, t in enumerate([
        "focus on a small number of priorities where partnership working adds most value",
        "treat serious violence and drug markets as linked problems",
        "improve the response to repeat victims of domestic abuse",
        "concentrate ASB resources on the highest-harm places and people",
        "strengthen the pathway from custody and courts into drug treatment",
        "continue to support the night-time economy partnership",
        "pass the lead for reoffending to the Reducing Reoffending Board",
        "leave road safety and fraud to their existing partnerships, with a reporting line to the board",
    ], start=1):
        K.para(doc, f"R{i}  {t}", indent_cm=0.6, space_after=3)
    nm.sec("Issues we considered but did not prioritise")
    K.bullets(doc, ["road safety – led by the Northshire Road Safety Partnership",
                    "fraud and scams – led by Northshire Trading Standards",
                    "modern slavery – led by the Northshire Anti-Slavery Network",
                    "reoffending – led by the Northshire Reducing Reoffending Board"])

    nm.chap("What you told us")
    nm.sec("Residents' survey")
    K.para(doc, "1,412 residents completed the survey between November 2024 and January 2025. Asked which issues "
                "the partnership should focus on, they chose:")
    for i, t in enumerate(["drug dealing and drug use in public places", "anti-social behaviour",
                           "speeding and dangerous driving", "knife crime", "burglary"], start=1):
        K.para(doc, f"{i}. {t}", indent_cm=0.6, space_after=2)
    K.para(doc, "Residents in Eastgate and Brookside were more likely than others to say that drug dealing was a "
                "problem where they live. Women in every part of the borough were more likely than men to worry "
                "about being harassed in public.")
    nm.sec("Young people")
    K.para(doc, "412 young people aged 11 to 18 took part through schools, the youth council and youth clubs. "
                "They told us:")
    K.bullets(doc, ["“There's nothing to do after six so people hang about.”",
                    "they worry about knives more than adults think they do",
                    "they want police officers who know them by name",
                    "online bullying and sharing of images is a bigger worry than street crime for many girls"])
    nm.sec("Businesses")
    K.para(doc, "86 businesses responded through the Business Improvement District. Their top three concerns were "
                "shoplifting, begging and street drinking, and ASB near the bus station.")
    nm.sec("Victims and survivors")
    K.para(doc, "Thirty survivors of domestic abuse took part in focus groups run by Merrowdale Women's Aid. They "
                "asked for one place to go for help, for staff who understand coercive control, and for "
                "perpetrators to be made to change.")

    # ---------------------------------------------------------------- the priorities: one page
    nm.chap("Our priorities for 2025–2028")
    K.para(doc, "Taking the strategic assessment, the recommendations and what residents told us together, the "
                "board agreed four priorities for the next three years:")
    for i, (name, desc, wewill) in enumerate(PRIORITIES, start=1):
        h = nm.sec(name)
        h.paragraph_format.space_before = Pt(8)
        K.para(doc, desc, space_after=2, size=10.5)
        K.para(doc, "We will:", bold=True, space_after=1, size=10.5)
        for w in wewill:
            p = K.bullets(doc, [w], space_after=1)[0]
            for r in p.runs:
                r.font.size = Pt(10.5)

    nm.chap("Cross-cutting themes")
    K.para(doc, "Some things matter to every priority. These cross-cutting themes are not priorities in their own "
                "right, but each delivery group will show how its work addresses them.")
    for head, text in [
        ("Early intervention and prevention",
         "Acting early, before problems become entrenched, is better for the people involved and costs less. "
         "Every delivery plan will include at least one prevention action."),
        ("Listening to victims and communities",
         "We will use victims' and residents' experience to judge whether our work is making a difference, not "
         "just the numbers."),
        ("Tackling inequality",
         "Crime and its effects fall hardest on the most deprived neighbourhoods and on some groups more than "
         "others. We will look at our data by ward, age, sex, ethnicity and disability."),
        ("Using data and evidence",
         "We will share data through the information-sharing agreement signed in 2024 and evaluate new "
         "projects before we expand them."),
        ("Trauma-informed practice",
         "We will train front-line staff to recognise and respond to trauma, including in enforcement work."),
    ]:
        nm.sec(head)
        K.para(doc, text)
        K.para(doc, "What this means in practice:", bold=True, space_after=2)
        K.bullets(doc, ["each delivery group names a lead for the theme",
                        "progress is reported to the board once a year"])

    nm.chap("Delivering the strategy")
    nm.sec("Delivery groups")
    K.table(doc, ["Delivery group", "Leads on", "Chair"], [
        ["Violence Reduction Group", "Priority 1", "Chief Inspector, Northshire Police"],
        ["Domestic Abuse Partnership Board", "Priority 2", "Director of Public Health"],
        ["Neighbourhoods and ASB Group", "Priority 3", "Head of Community Safety, council"],
        ["Combating Drugs Partnership (Merrowdale)", "Priority 4", "Consultant in Public Health"],
    ], [6, 4, 6.5], zebra="EAF2F4")
    K.para(doc, "")
    nm.sec("Year one action plan (2025/26)")
    K.table(doc, ["Ref", "Action", "Priority", "Lead", "By"], [
        ["A1", "Complete the serious violence problem profile refresh", "P1", "Analyst", "Sep 2025"],
        ["A2", "Launch focused deterrence with 30 young people", "P1", "Police / YJS", "Jan 2026"],
        ["A3", "Evening youth work in Eastgate, Brookside and Town wards", "P1", "Council", "Oct 2025"],
        ["A4", "Commission the domestic abuse single front door", "P2", "Council", "Apr 2026"],
        ["A5", "Extend Drive to all high-risk MARAC cases", "P2", "PCC", "Mar 2026"],
        ["A6", "Routine enquiry training for 300 health staff", "P2", "ICB", "Mar 2026"],
        ["A7", "Monthly ASB problem-solving clinic", "P3", "Council / Police", "Jul 2025"],
        ["A8", "Review the ASB case review process with victims", "P3", "Council", "Dec 2025"],
        ["A9", "Cuckooing closures within 14 days", "P4", "Police / Housing", "Ongoing"],
        ["A10", "Custody and court treatment pathway", "P4", "Treatment provider", "Jan 2026"],
        ["A11", "Naloxone for every hostel and supported housing scheme", "P4", "Public health", "Sep 2025"],
        ["A12", "Refresh the information-sharing agreement", "All", "Council", "Mar 2026"],
    ], [1.2, 8, 1.8, 3.2, 2.3], size=9, zebra="EAF2F4")
    K.para(doc, "")
    nm.sec("Resources")
    K.para(doc, "The action plan will be delivered mainly within existing resources. The PCC's community safety "
                "grant for 2025/26 is £181,000; the Serious Violence Duty grant is £39,800. Any new funding bid "
                "will be tested against the four priorities.")

    nm.chap("Measuring success")
    K.para(doc, "The board will receive a performance report every quarter. The measures are:")
    K.table(doc, ["Measure", "Baseline 2024/25", "Direction"], [
        ["Knife-enabled serious violence offences", "88", "Reduce"],
        ["Hospital admissions for assault with a sharp object, under 25", "11", "Reduce"],
        ["Repeat MARAC cases", "31%", "Reduce to 28%"],
        ["Domestic abuse victims supported by specialist services", "1,036", "Increase"],
        ["Police-recorded ASB incidents", "3,870", "Reduce"],
        ["ASB victims satisfied with the response", "58%", "Increase"],
        ["Adults in structured drug treatment", "768", "Increase to 820"],
        ["Drug-related deaths (registered)", "19", "Reduce"],
        ["Feel safe in the town centre after dark", "47%", "Increase"],
    ], [9.5, 3.5, 3.5], zebra="EAF2F4")
    K.para(doc, "")
    K.para(doc, "We will also publish an annual report each September, like this one.")

    nm.chap("Governance and accountability")
    nm.sec("The board")
    K.para(doc, "The Safer Merrowdale Partnership board is accountable for this strategy. Each delivery group "
                "reports to the board and each responsible authority is accountable through its own governance.")
    nm.sec("Scrutiny")
    K.para(doc, "The council's Communities Scrutiny Committee acts as the crime and disorder committee and will "
                "review the partnership's work at least once a year.")
    nm.sec("Links to the Police and Crime Plan")
    K.para(doc, "The Northshire Police and Crime Commissioner's Police and Crime Plan 2024–2029 has four "
                "priorities, which this strategy supports:")
    K.bullets(doc, ["preventing crime and protecting the public", "supporting victims and witnesses",
                    "tackling violence against women and girls", "an effective and efficient police service"])
    nm.sec("Links to national strategies")
    K.bullets(doc, ["From Harm to Hope: the national 10-year drugs plan",
                    "Tackling Violence Against Women and Girls strategy",
                    "Serious Violence Duty statutory guidance",
                    "the Anti-social Behaviour Action Plan"])
    nm.sec("Equality impact")
    K.para(doc, "An equality impact assessment was completed for this strategy and is available on request.")

    nm.chap("Appendix 1: Glossary", numbered=False)
    for term, meaning in [
        ("ASB", "anti-social behaviour"), ("CSP", "community safety partnership"),
        ("DHR", "Domestic Homicide Review"), ("IOM", "Integrated Offender Management"),
        ("MARAC", "Multi-Agency Risk Assessment Conference"),
        ("MoRiLE", "Management of Risk in Law Enforcement, a method for scoring threat, risk and harm"),
        ("PCC", "Police and Crime Commissioner"), ("SAR", "Safeguarding Adults Review"),
        ("YJS", "Youth Justice Service"),
    ]:
        K.para(doc, runs=[(term + "  ", True), (meaning, False)], space_after=3)

    nm.chap("Appendix 2: Data sources", numbered=False)
    K.bullets(doc, ["Northshire Police recorded crime and incident data, 2022/23 to 2024/25",
                    "Merrowdale Borough Council ASB case management system",
                    "Hospital Episode Statistics via the Office for Health Improvement and Disparities",
                    "National Drug Treatment Monitoring System",
                    "Northshire Fire and Rescue Service incident data",
                    "Merrowdale residents' survey, winter 2024/25",
                    "MARAC and specialist service data"])
    K.para(doc, "Contact: community.safety@merrowdale.example.gov.uk", space_before=12)

    nm.chap("Appendix 3: Performance tables", numbered=False)
    K.para(doc, "These tables give the detailed figures behind Chapter 3, by locality.")
    for locality, rows in [
        ("North locality (Ashcott and villages)", [["All recorded crime", "2,411", "2,300"],
                                                  ["Violence with injury", "241", "228"],
                                                  ["Residential burglary", "141", "119"],
                                                  ["ASB incidents", "902", "844"],
                                                  ["Domestic abuse incidents and crimes", "611", "598"]]),
        ("Central locality (Merrowdale town)", [["All recorded crime", "6,540", "6,310"],
                                               ["Violence with injury", "930", "882"],
                                               ["Residential burglary", "252", "230"],
                                               ["ASB incidents", "2,240", "2,050"],
                                               ["Domestic abuse incidents and crimes", "1,688", "1,702"]]),
        ("South locality (Kelby and villages)", [["All recorded crime", "2,253", "2,078"],
                                                ["Violence with injury", "231", "212"],
                                                ["Residential burglary", "93", "82"],
                                                ["ASB incidents", "1,061", "976"],
                                                ["Domestic abuse incidents and crimes", "647", "644"]]),
    ]:
        K.para(doc, locality, bold=True, color=ACC, space_before=8, keep_next=True)
        K.table(doc, ["Measure", "2023/24", "2024/25"], rows, [9.5, 3.5, 3.5], zebra="EAF2F4")
    K.para(doc, "")
    K.para(doc, "Figures may not add up to the borough totals because some records have no location.")

    nm.chap("Appendix 4: Board membership", numbered=False)
    K.table(doc, ["Organisation", "Representative"], [
        ["Merrowdale Borough Council", "Cabinet Member for Communities (joint chair)"],
        ["Northshire Police", "Local Policing Area Commander (joint chair)"],
        ["Merrowdale Borough Council", "Director of Communities"],
        ["Northshire County Council", "Assistant Director, Children's Services"],
        ["Northshire Fire and Rescue Service", "Group Manager, Prevention"],
        ["Integrated Care Board", "Designated Nurse, Safeguarding"],
        ["Probation Service", "Head of Northshire Probation Delivery Unit"],
        ["Office of the PCC", "Head of Commissioning"],
        ["Merrowdale Homes", "Director of Housing Services"],
        ["Merrowdale CVS", "Chief Executive"],
        ["Northshire Youth Justice Service", "Service Manager"],
    ], [8, 8.5], zebra="EAF2F4")

    nm.chap("Appendix 5: Consultation results in detail", numbered=False)
    K.para(doc, "The winter 2024/25 residents' survey asked people how much of a problem each issue is in "
                "their area. The table shows the percentage answering “a very big” or “a fairly big” problem.")
    K.table(doc, ["Issue", "North", "Central", "South", "Borough"], [
        ["People using or dealing drugs", "24%", "51%", "29%", "38%"],
        ["Speeding traffic", "58%", "33%", "55%", "45%"],
        ["Groups hanging around in the streets", "22%", "41%", "26%", "32%"],
        ["Rubbish or litter lying around", "27%", "44%", "30%", "36%"],
        ["Noisy neighbours or loud parties", "9%", "21%", "12%", "15%"],
        ["People being drunk or rowdy in public", "11%", "36%", "15%", "24%"],
        ["Vandalism and graffiti", "14%", "29%", "17%", "22%"],
        ["Off-road bikes and e-scooters", "19%", "34%", "31%", "28%"],
        ["Knife crime", "6%", "23%", "9%", "15%"],
        ["Burglary", "17%", "18%", "21%", "18%"],
    ], [7, 2.3, 2.4, 2.3, 2.5], zebra="EAF2F4")
    K.para(doc, "")
    K.para(doc, "Who responded", bold=True, color=ACC, space_before=6)
    K.table(doc, ["Group", "Responses", "Share of responses", "Share of population"], [
        ["Women", "801", "57%", "51%"], ["Men", "588", "42%", "49%"], ["Aged 16–34", "236", "17%", "27%"],
        ["Aged 35–64", "702", "50%", "47%"], ["Aged 65 and over", "474", "34%", "26%"],
        ["Disabled people", "263", "19%", "18%"], ["Black and minority ethnic residents", "141", "10%", "14%"],
    ], [7, 3, 3.2, 3.3], zebra="EAF2F4")
    K.para(doc, "")
    K.para(doc, "Younger residents and residents from minority ethnic groups were under-represented. The young "
                "people's consultation and community events were used to hear from them directly.")

    assert nm.titles == [t for lvl, t, _ in CONTENTS if lvl], "contents out of step with the chapters"
    path = work / f"{NAME}.docx"
    doc.save(path)
    return path
