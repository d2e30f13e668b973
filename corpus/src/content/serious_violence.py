"""Merrowdale Serious Violence Duty Strategy 2024 (Word-style report).

The priorities are a numbered list of sentence-style objectives under "4. Our strategic
objectives"; later sections refer to them as "Objective 1" etc. without restating them.
Distractors: specified authorities, the local definition of serious violence, a numbered
list of needs-assessment findings, the "5 Cs" principles, national outcome measures."""

OUT = "strategies/merrowdale_serious_violence_duty_strategy_2024.pdf"
PRODUCER = "docx"

PR = [
    "Reduce serious violence in public places, with a particular focus on knife crime",
    "Intervene early to support children and young people at risk of involvement in violence",
    "Reduce violence linked to the night-time economy in our town and city centres",
    "Improve the way partners share and use data and intelligence about violence",
    "Involve communities and young people in designing our response to violence",
]

BLOCKS = [
    ("contents_title", "Contents"),
    ("contents", [
        ("Foreword", "Foreword", 0),
        ("1. Introduction", "1. Introduction", 0),
        ("2. Our strategic needs assessment", "2. Our strategic needs assessment", 0),
        ("3. Our approach", "3. Our approach", 0),
        ("4. Our strategic objectives", "4. Our strategic objectives", 0),
        ("5. Delivering the objectives", "5. Delivering the objectives", 0),
        ("6. Governance and accountability", "6. Governance and accountability", 0),
        ("7. Measuring success", "7. Measuring success", 0),
    ]),

    ("h1", "Foreword"),
    ("p", "Serious violence devastates lives. Behind every stabbing, every serious assault and "
          "every homicide there are victims, families and whole communities left to cope with "
          "the consequences. Violence is not inevitable: it is preventable, and that belief is "
          "at the heart of this strategy."),
    ("p", "The Serious Violence Duty, introduced by the Police, Crime, Sentencing and Courts Act "
          "2022, requires specified authorities to work together to prevent and reduce serious "
          "violence. In Merrowdale this work is led by the Merrowdale Violence Reduction "
          "Partnership (MVRP), which the Police and Crime Commissioner has convened since 2021."),
    ("p", "This is our first strategy under the Duty. It is based on a strategic needs "
          "assessment that brought together police, health, education, youth justice and "
          "community data for the first time. It sets five objectives and explains how we will "
          "deliver them over the next three years."),
    ("p", "We are grateful to the young people, parents and community organisations who told "
          "us what violence means to them and what would make a difference."),
    ("spacer", 10),
    ("p", "<b>Dr Rajesh Naidoo</b>, Director, Merrowdale Violence Reduction Partnership"),
    ("p", "<b>Joanna Pryce</b>, Police and Crime Commissioner for Merrowdale"),

    ("h1", "1. Introduction"),
    ("h2", "1.1 The Serious Violence Duty"),
    ("p", "The Duty requires the specified authorities for a local government area to "
          "collaborate and plan to prevent and reduce serious violence, including identifying "
          "the kinds of serious violence that occur in the area, the causes of that violence, "
          "and preparing and implementing a strategy. The specified authorities in Merrowdale "
          "are:"),
    ("bullets", ["Merrowdale Police", "Merrowdale Fire and Rescue Service",
                 "NHS Merrowdale Integrated Care Board",
                 "Merrowdale County Council and Brackenford City Council",
                 "the district councils of Kestlemoor, Saltmere Coast, Dunholt and Ellerton Vale",
                 "the Probation Service", "Merrowdale Youth Justice Service"]),
    ("p", "Educational authorities and prisons must cooperate with them. The Police and Crime "
          "Commissioner has a role in supporting the partnership and receives the Home Office "
          "grant that funds it."),
    ("h2", "1.2 Our definition of serious violence"),
    ("p", "Partners in Merrowdale have agreed that, for the purposes of this strategy, serious "
          "violence includes:"),
    ("bullets", ["homicide", "violence resulting in serious injury, including grievous bodily "
                             "harm and wounding", "offences involving a knife, sharp object "
                                                  "or firearm", "robbery",
                 "violence associated with drug markets and county lines",
                 "domestic abuse and sexual violence resulting in serious harm"]),
    ("p", "Domestic abuse and sexual violence are addressed in detail by the Merrowdale VAWG "
          "Strategy, and this strategy does not duplicate that work."),

    ("h1", "2. Our strategic needs assessment"),
    ("p", "The strategic needs assessment (SNA) was completed in November 2023 and will be "
          "refreshed annually. Its main findings were:"),
    ("numbered", [
        "Serious violence has risen by 11% since 2019, faster than the national average.",
        "Half of all knife crime takes place in just 14 of Merrowdale\u2019s 170 "
        "neighbourhoods, mainly in Brackenford and the Saltmere Coast.",
        "Young men aged 15 to 24 are the group most likely to be victims and perpetrators.",
        "More than a third of serious violence in public places occurs between 10pm and 4am "
        "on Friday and Saturday nights, and most of it is alcohol-related.",
        "Children who are excluded from school, known to children\u2019s social care or who "
        "have been exploited are at much greater risk.",
        "Partners do not consistently share data: only 40% of assault attendances at "
        "emergency departments are shared with the police and councils.",
    ]),
    ("stats", [("1,184", "serious violence offences in 2022/23"),
               ("612", "knife or sharp object offences"),
               ("197", "hospital admissions for assault with a sharp object"),
               ("9", "homicides")]),
    ("h2", "2.1 Where and when violence happens"),
    ("table", ["Area", "Share of serious violence", "Main features"], [
        ["Brackenford city centre", "29%", "Night-time economy, weekends, alcohol"],
        ["East Brackenford", "18%", "Drug markets, young people, knives"],
        ["Saltmere and Haddon Bay", "16%", "Seasonal, night-time economy, county lines"],
        ["Dunholt town", "9%", "Drug-related, domestic"],
        ["Rest of Merrowdale", "28%", "Mostly domestic settings"],
    ], [0.3, 0.22, 0.48]),
    ("p", "The SNA also listened to 420 young people through surveys and workshops. Most said "
          "that they carry a knife, or know people who do, because they feel unsafe. They asked "
          "for trusted adults, safe places to go and a response from the police that treats "
          "them fairly."),

    ("h1", "3. Our approach"),
    ("p", "The MVRP follows a public health approach to violence. This means treating violence "
          "as something that can be prevented by understanding its causes and acting on them "
          "across a whole population, rather than only responding after harm has happened."),
    ("p", "Our approach is guided by the \u201c5 Cs\u201d of the public health approach, which "
          "we use to test every part of our work:"),
    ("bullets", ["<b>Collaboration</b>: partners work together rather than in silos",
                 "<b>Co-production</b>: communities and young people help to design the "
                 "response", "<b>Cooperation in data and intelligence sharing</b>",
                 "<b>Counter-narrative</b>: offering young people alternatives to violence",
                 "<b>Community consensus</b>: building support for a preventive approach"]),
    ("p", "We also work at three levels of prevention: primary prevention for the whole "
          "population, secondary prevention for those at risk, and tertiary prevention for "
          "those already involved in violence."),

    ("h1", "4. Our strategic objectives"),
    ("p", "Based on the needs assessment and the views of young people and partners, the "
          "Merrowdale Violence Reduction Partnership has agreed five strategic objectives for "
          "2024 to 2027:"),
    ("numbered", PR, True),
    ("p", "The objectives complement the Police and Crime Commissioner\u2019s priority on "
          "preventing serious violence and exploitation, and the community safety partnership "
          "plans for each district. Section 5 describes how each will be delivered."),

    ("h1", "5. Delivering the objectives"),
    ("h2", "Objective 1"),
    ("p", "Most knife crime is concentrated in a small number of places. We will combine "
          "focused patrols and enforcement in those places with youth work, environmental "
          "improvements and work with retailers to restrict the sale of knives."),
    ("bullets", ["hot-spot policing in the 14 neighbourhoods identified in the SNA",
                 "knife amnesty bins and test purchase operations",
                 "focused deterrence for the small number of young people involved in "
                 "repeated violence"]),
    ("h2", "Objective 2"),
    ("p", "We will reach children before they become involved in violence, through schools, "
          "the youth justice service, health and the voluntary sector. We will prioritise "
          "children who are excluded or at risk of exclusion, and those known to be at risk "
          "of exploitation."),
    ("bullets", ["mentoring for children at risk of exclusion in 30 schools",
                 "youth workers in the emergency department and in custody",
                 "a trauma-informed training programme for teachers and youth workers"]),
    ("h2", "Objective 3"),
    ("p", "Violence in town and city centres at night is linked to alcohol and crowding. We will "
          "work with licensing authorities, venues, transport providers and street pastors to "
          "reduce it."),
    ("bullets", ["Safe Nights partnerships in Brackenford and Saltmere",
                 "safe havens and welfare vehicles on busy nights",
                 "training for door staff on conflict resolution"]),
    ("h2", "Objective 4"),
    ("p", "We cannot prevent what we cannot see. We will put in place a Merrowdale-wide "
          "information sharing agreement and make anonymised emergency department data "
          "available to every community safety partnership."),
    ("bullets", ["full implementation of the Information Sharing to Tackle Violence standard "
                 "in both emergency departments", "a shared violence dashboard for partners",
                 "an annual refresh of the SNA"]),
    ("h2", "Objective 5"),
    ("p", "We will fund a Youth Violence Panel of young people to advise the MVRP, support "
          "community-led projects through a small grants fund and share our progress openly "
          "with communities."),
    ("bullets", ["a Youth Violence Panel of 20 young people",
                 "a community grants fund of \u00a3150,000 a year",
                 "community events in each of the 14 priority neighbourhoods"]),

    ("h1", "6. Governance and accountability"),
    ("p", "The Merrowdale Violence Reduction Partnership Board is the strategic board for the "
          "Duty. It is chaired by the Police and Crime Commissioner and meets quarterly. The "
          "board will:"),
    ("bullets", ["agree and monitor the annual delivery plan",
                 "approve the strategic needs assessment",
                 "report progress to the Home Office and publish an annual report",
                 "ensure that each community safety partnership includes serious violence in "
                 "its plan"]),
    ("p", "Community safety partnerships are the main local delivery mechanism, supported by "
          "the MVRP core team."),

    ("h1", "7. Measuring success"),
    ("p", "We will use the three national success measures for the Serious Violence Duty:"),
    ("bullets", ["a reduction in hospital admissions for assault with a knife or sharp object",
                 "a reduction in knife and sharp object enabled serious violence recorded by "
                 "the police", "a reduction in homicides"]),
    ("p", "We will also track local measures for each objective, including the number of young "
          "people supported, emergency department data sharing rates and young people\u2019s "
          "feelings of safety."),
    ("back", {"title": "Merrowdale Violence Reduction Partnership",
              "lines": ["Castle Yard House, 2 Castle Yard, Brackenford BR1 4TQ",
                        "mvrp@merrowdale-pcc.example"],
              "small": ["Fictional document created for the stratalign demonstration corpus. "
                        "Merrowdale is an invented police force area."]}),
]

DOC = {
    "theme": {"font": "Liberation Serif", "heading_font": "Liberation Sans", "size": 11.5,
              "h1": "#8B1E3F", "h2": "#3A3A3A", "table_head": "#8B1E3F", "zebra": "#F7EEF1",
              "cover_bg": "#8B1E3F", "cover_kicker": "#F3C6D3",
              "tiles": ["#8B1E3F", "#3A3A3A", "#C0504D", "#5B7F95"], "box_bg": "#F7EEF1",
              "footer": "text_right", "h1_size": 19},
    "meta": {"title": "Merrowdale Serious Violence Duty Strategy 2024",
             "author": "Merrowdale Violence Reduction Partnership",
             "subject": "Serious Violence Duty strategy"},
    "running": "Merrowdale Serious Violence Duty Strategy 2024",
    "footer_text": "Merrowdale Violence Reduction Partnership",
    "cover": {"org": "Merrowdale Violence Reduction Partnership",
              "kicker": "Serious Violence Duty",
              "title": "Merrowdale Serious Violence Duty Strategy 2024",
              "subtitle": "Preventing and reducing serious violence together, 2024 to 2027",
              "lines": ["Published January 2024", "Prepared under section 13 of the Police, "
                                                  "Crime, Sentencing and Courts Act 2022"]},
    "blocks": BLOCKS,
}
