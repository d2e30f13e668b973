"""Safer Brackenford Partnership: Community Safety Partnership Plan 2024-2027.

Word-style report (python-docx -> LibreOffice). Priorities are Heading 1 headings of the
form "Priority n: X", one section per priority. Distractors: the previous plan's strands,
strategic assessment findings, responsible authorities, vision, "We will" bullets,
measures and an action plan table."""

OUT = "strategies/brackenford_csp_plan_2024-27.pdf"
PRODUCER = "docx"

PR = [
    "Serious violence and knife crime",
    "Domestic abuse",
    "Anti-social behaviour and a safer city centre",
    "Reducing reoffending",
    "Hate crime and community cohesion",
]
H = [f"Priority {i}: {t}" for i, t in enumerate(PR, 1)]

BLOCKS = [
    ("contents_title", "Contents"),
    ("contents", [
        ("Foreword", "Foreword", 0),
        ("1. About the Safer Brackenford Partnership", "1. About the Safer Brackenford "
                                                        "Partnership", 0),
        ("2. Community safety in Brackenford", "2. Community safety in Brackenford", 0),
        ("3. Looking back at our 2021-24 plan", "3. Looking back at our 2021-24 plan", 0),
        ("4. Our priorities for 2024-27", "4. Our priorities for 2024-27", 0),
        (H[0], H[0], 1), (H[1], H[1], 1), (H[2], H[2], 1), (H[3], H[3], 1), (H[4], H[4], 1),
        ("5. Delivery and governance", "5. Delivery and governance", 0),
        ("6. Action plan 2024-25", "6. Action plan 2024-25", 0),
    ]),

    ("h1", "Foreword"),
    ("p", "I am pleased to introduce the Safer Brackenford Partnership Plan for 2024 to 2027. "
          "It sets out how the council, Merrowdale Police, Merrowdale Fire and Rescue Service, "
          "the Probation Service and the Brackenford and District Integrated Care Board will "
          "work together, with the voluntary and community sector, to reduce crime and "
          "disorder in our city."),
    ("p", "Brackenford is a safe place to live, work and visit for most people, most of the "
          "time. But the last three years have brought new pressures. Knife crime has risen, "
          "particularly among young people; reports of domestic abuse are higher than ever; and "
          "the city centre has had to recover from the pandemic while dealing with a rise in "
          "shop theft and street drinking."),
    ("p", "Our priorities are based on the partnership\u2019s strategic assessment, on what "
          "residents told us in the Brackenford Residents\u2019 Survey and on the Police and Crime "
          "Commissioner\u2019s Police and Crime Plan. We have kept the list short so that we can "
          "concentrate our shared resources where they will make the most difference."),
    ("p", "I would like to thank the officers, staff and volunteers across the partnership "
          "whose work sits behind this plan, and the residents who give their time to make "
          "their neighbourhoods safer."),
    ("spacer", 12),
    ("p", "<b>Councillor Aisha Rahman</b>"),
    ("p", "Chair, Safer Brackenford Partnership, and Cabinet Member for Communities"),

    ("h1", "1. About the Safer Brackenford Partnership"),
    ("p", "The Safer Brackenford Partnership is the community safety partnership for the city of "
          "Brackenford. Under the Crime and Disorder Act 1998 the responsible authorities must "
          "work together to reduce crime and disorder, anti-social behaviour, substance misuse "
          "and reoffending, and to prepare and implement a partnership plan."),
    ("h2", "The responsible authorities"),
    ("bullets", ["Brackenford City Council", "Merrowdale Police",
                 "Merrowdale Fire and Rescue Service",
                 "The Probation Service (Merrowdale Probation Delivery Unit)",
                 "Brackenford and District Integrated Care Board"]),
    ("p", "They are joined by the Office of the Police and Crime Commissioner, Brackenford "
          "Housing, the Youth Justice Service, the University of Brackenford, Brackenford "
          "Business Improvement District and Voluntary Action Brackenford."),
    ("h2", "Our vision"),
    ("quote", "\u201cA city where people are safe and feel safe, and where communities work "
              "together to prevent harm.\u201d"),
    ("h2", "How we chose our priorities"),
    ("p", "Each year the partnership produces a strategic assessment which brings together "
          "police, council, health and fire data with residents\u2019 views. The 2023 assessment "
          "identified a long list of issues. We scored each one for the harm it causes, how "
          "often it happens, how it is changing, public concern and whether partnership working "
          "adds value. The five issues with the highest scores became our priorities."),

    ("h1", "2. Community safety in Brackenford"),
    ("p", "Brackenford has a population of 312,000 and is the commercial centre of "
          "Merrowdale. Around 41,000 students attend the university and further education "
          "colleges, and the city centre attracts 60,000 visitors on a typical Saturday night. "
          "Six of the city\u2019s 28 wards are among the 10% most deprived in England."),
    ("stats", [("31,900", "crimes recorded in 2023/24, up 4%"),
               ("7,450", "anti-social behaviour incidents"),
               ("312", "knife crime offences"), ("4,210", "domestic abuse incidents")]),
    ("h2", "What the strategic assessment found"),
    ("p", "The key findings of the 2023 strategic assessment were:"),
    ("bullets", ["violence with injury is concentrated in the city centre and in east "
                 "Brackenford, with peaks on weekend nights",
                 "one in three victims of knife crime is aged under 25",
                 "domestic abuse incidents have increased for five consecutive years",
                 "shop theft has increased by 38% in two years",
                 "a small cohort of around 180 people accounts for almost a quarter of "
                 "neighbourhood crime", "hate crime reports rose after national and "
                                        "international events",
                 "vehicle crime and burglary remain below 2019 levels"]),
    ("table", ["Crime type", "2022/23", "2023/24", "Change"], [
        ["Violence with injury", "3,980", "4,215", "+6%"],
        ["Robbery", "402", "455", "+13%"],
        ["Residential burglary", "1,310", "1,248", "-5%"],
        ["Shoplifting", "2,460", "3,390", "+38%"],
        ["Hate crime", "611", "684", "+12%"],
        ["Criminal damage", "3,005", "2,870", "-4%"],
    ], [0.4, 0.2, 0.2, 0.2]),
    ("p", "<i>Source: Merrowdale Police recorded crime, Brackenford City Council. Figures are "
          "rounded.</i>"),

    ("h1", "3. Looking back at our 2021-24 plan"),
    ("p", "Our previous plan had four strands:"),
    ("bullets", ["Violent crime", "Domestic abuse", "Road safety", "Acquisitive crime"]),
    ("p", "Much was achieved. The Safe Nights scheme reduced violence with injury in the night-time "
          "economy, the council and police closed 14 properties used for drug dealing, and the "
          "domestic abuse one-stop shop supported more than 2,000 people. Residential burglary "
          "fell by 22% over the three years."),
    ("p", "Road safety is no longer a partnership priority. It is now led by the Merrowdale Road "
          "Safety Partnership and the highway authority, and the Safer Brackenford Partnership "
          "will receive an annual update. Acquisitive crime is now addressed through our work on "
          "reducing reoffending."),
    ("h2", "What residents told us"),
    ("p", "More than 2,400 people responded to the Brackenford Residents\u2019 Survey in 2023. "
          "The issues they were most worried about were drug dealing and drug use (48%), "
          "anti-social behaviour (45%), people carrying knives (39%) and speeding traffic (33%). "
          "Fewer than half (46%) felt safe in the city centre after dark."),

    ("h1", "4. Our priorities for 2024-27"),
    ("p", "The partnership has agreed five priorities for the next three years. Each of the "
          "following sections explains why the priority matters, what we will do and how we "
          "will measure success. A detailed action plan is refreshed every year."),
    ("p", "Three principles will guide how we work on all of our priorities:"),
    ("bullets", ["<b>Prevention first</b> \u2013 intervening early to stop problems from "
                 "developing", "<b>Victims at the centre</b> \u2013 designing services around "
                               "the needs of the people harmed",
                 "<b>Evidence-led</b> \u2013 using data and evaluation to decide where to act"]),

    ("h1", H[0]),
    ("p", "Serious violence causes lasting harm to victims, their families and the wider "
          "community. In Brackenford it is concentrated among young men, in the city centre and "
          "in a handful of neighbourhoods in the east of the city, and it is closely linked to "
          "drug markets. Under the Serious Violence Duty we will contribute to the Merrowdale "
          "Serious Violence Duty Strategy, focusing on what partners in the city can do."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["deliver knife crime education in every secondary school and pupil referral "
                 "unit in the city", "run weapons sweeps and test purchases of knives with "
                                     "trading standards",
                 "fund detached youth work in the evenings in the wards with most violence",
                 "continue Safe Nights and the Night Safe Haven in the city centre",
                 "share hospital data on assaults through the Brackenford Information Sharing "
                 "to Tackle Violence agreement"]),
    ("h2", "How we will measure success"),
    ("bullets", ["a reduction in knife crime offences and in violence with injury",
                 "fewer young people attending the emergency department after an assault",
                 "more young people engaging with youth workers"]),

    ("h1", H[1]),
    ("p", "Domestic abuse accounts for one in five crimes recorded in Brackenford and is "
          "the most common reason for a referral to children\u2019s social care. It affects "
          "people of every age and background, though women are much more likely to "
          "experience repeated and severe abuse. The Domestic Abuse Act 2021 places a duty on "
          "the council to provide support within safe accommodation, and our work sits "
          "alongside the Merrowdale Violence Against Women and Girls Strategy."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["keep the domestic abuse one-stop shop open five days a week",
                 "train 500 frontline staff each year to recognise and respond to abuse, "
                 "including coercive control and economic abuse",
                 "strengthen the multi-agency risk assessment conference (MARAC) and reduce "
                 "repeat referrals", "provide support for children who witness abuse",
                 "carry out domestic homicide reviews and share the learning"]),
    ("h2", "How we will measure success"),
    ("bullets", ["an increase in reporting, showing that victims have confidence to come "
                 "forward", "a lower rate of repeat referrals to MARAC",
                 "more survivors reporting that they feel safer after support"]),

    ("h1", H[2]),
    ("p", "Anti-social behaviour has a real effect on people\u2019s quality of life, especially "
          "when it is persistent. Residents told us that street drinking, begging, drug use in "
          "public and groups of young people causing nuisance make the city centre feel "
          "unwelcoming. Shop theft and abuse of retail staff have also increased."),
    ("p", "We will use the full range of tools and powers available under the Anti-social "
          "Behaviour, Crime and Policing Act 2014, but we will always start with support and "
          "early intervention."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["renew the city centre Public Spaces Protection Order following consultation",
                 "run a joint ASB hub in which police, housing and council officers case-manage "
                 "the most serious cases", "work with the Business Improvement District on "
                                            "a retail crime partnership",
                 "publicise the community trigger so that victims know how to ask for a case "
                 "review", "support Purple Flag accreditation for the evening economy"]),
    ("h2", "How we will measure success"),
    ("bullets", ["fewer repeat anti-social behaviour incidents at the same locations",
                 "more residents saying they feel safe in the city centre after dark",
                 "a reduction in shop theft"]),

    ("h1", H[3]),
    ("p", "Around 180 people commit almost a quarter of neighbourhood crime in Brackenford. "
          "Many have problems with drugs, alcohol, mental health and housing. Breaking that "
          "cycle reduces the number of future victims and saves money across the system. We "
          "will work with the Merrowdale Reducing Reoffending Board, which leads this work "
          "across the county."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["manage prolific offenders through Integrated Offender Management, with "
                 "police and probation co-located in the city",
                 "provide accommodation on release from prison for those at risk of rough "
                 "sleeping", "increase the number of people in drug and alcohol treatment "
                             "following arrest or sentence",
                 "work with the Youth Justice Service to reduce first-time entrants"]),
    ("h2", "How we will measure success"),
    ("bullets", ["proven reoffending rates for adults and young people",
                 "the reduction in offending by the Integrated Offender Management cohort",
                 "the number of people leaving prison with settled accommodation"]),

    ("h1", H[4]),
    ("p", "Brackenford is a diverse city and most people get on well together. But hate crime "
          "reports have risen, and local tensions can escalate quickly after events elsewhere. "
          "Hate crime is under-reported, particularly by disabled people and by lesbian, gay, "
          "bisexual and trans residents. A cohesive city is also more resilient to extremism."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["expand the network of third-party hate crime reporting centres",
                 "run a community tension monitoring group that meets monthly, and more often "
                 "when needed", "deliver Prevent awareness training to partners",
                 "fund community events in Hate Crime Awareness Week"]),
    ("h2", "How we will measure success"),
    ("bullets", ["more hate crime reported through third-party centres",
                 "higher satisfaction among victims of hate crime",
                 "the share of residents who agree that people from different backgrounds "
                 "get on well together"]),

    ("h1", "5. Delivery and governance"),
    ("p", "The Safer Brackenford Partnership Board meets quarterly and is accountable for this "
          "plan. It reports to the council\u2019s Communities Scrutiny Committee once a year and "
          "is held to account by the Police and Crime Commissioner."),
    ("p", "The board will:"),
    ("bullets", ["agree an annual action plan and review it every quarter",
                 "receive a performance report against each priority",
                 "commission the annual strategic assessment",
                 "oversee domestic homicide reviews and ASB case reviews",
                 "coordinate with the Merrowdale Violence Reduction Partnership and the "
                 "Combating Drugs Partnership"]),
    ("p", "Delivery groups report to the board for each priority. Funding comes from "
          "partners\u2019 core budgets, the Police and Crime Commissioner\u2019s community safety "
          "grant and the Serious Violence Duty grant."),

    ("h1", "6. Action plan 2024-25"),
    ("table", ["Action", "Lead", "By"], [
        ["Knife crime education programme in 18 secondary schools", "Youth Service", "Jul 2025"],
        ["Evaluate the Night Safe Haven", "Council Community Safety Team", "Mar 2025"],
        ["Launch retail crime partnership with the Business Improvement District",
         "Merrowdale Police", "Dec 2024"],
        ["Review city centre Public Spaces Protection Order", "Council Legal Services",
         "Oct 2024"],
        ["Deliver domestic abuse training to 500 staff", "Domestic Abuse Coordinator",
         "Mar 2025"], ["Recommission safe accommodation for survivors", "Housing",
                       "Apr 2025"],
        ["Publish two domestic homicide review reports", "Community Safety Team", "Mar 2025"],
        ["Co-locate Integrated Offender Management team", "Police / Probation", "Jan 2025"],
        ["Open four new third-party hate reporting centres", "Cohesion Team", "Mar 2025"],
        ["Annual strategic assessment", "Community Safety Analyst", "Jan 2025"],
    ], [0.6, 0.27, 0.13]),
    ("back", {"title": "Safer Brackenford Partnership",
              "lines": ["Community Safety Team, Brackenford City Council",
                        "Civic Centre, Market Street, Brackenford BR1 2AA",
                        "saferbrackenford@brackenford.example", "01632 960 120"],
              "small": ["This plan can be provided in other formats and languages on request.",
                        "Fictional document created for the stratalign demonstration corpus. "
                        "Brackenford and Merrowdale are invented places."]}),
]

DOC = {
    "theme": {"font": "Liberation Sans", "size": 10.5, "h1": "#7B2D26", "h2": "#2F4F6F",
              "table_head": "#7B2D26", "zebra": "#F6EFEE", "cover_bg": "#7B2D26",
              "cover_kicker": "#F4D6CF",
              "tiles": ["#7B2D26", "#2F4F6F", "#A0522D", "#4A6B3A"], "box_bg": "#F6EFEE",
              "footer": "page_n_center"},
    "meta": {"title": "Safer Brackenford Partnership Plan 2024-2027",
             "author": "Brackenford City Council", "subject": "Community Safety Partnership Plan"},
    "running": "Safer Brackenford Partnership Plan 2024\u20132027",
    "cover": {"org": "Brackenford City Council  |  Safer Brackenford Partnership",
              "kicker": "Community Safety Partnership",
              "title": "Safer Brackenford Partnership Plan 2024\u20132027",
              "subtitle": "Working together for a safer city",
              "lines": ["Approved by the Safer Brackenford Partnership Board, 12 March 2024",
                        "Version 1.2"]},
    "blocks": BLOCKS,
}
