"""Merrowdale Police and Crime Plan 2025-2029 (designed brochure, reportlab).

Priorities appear as plain, unnumbered banner headings, one section per priority,
after an "at a glance" grid page."""

from rl_covers import back_page, cover_bands

OUT = "plan/merrowdale_police_and_crime_plan_2025-29.pdf"
PRODUCER = "rl"

P1 = "Preventing serious violence and exploitation"
P2 = "Tackling violence against women and girls"
P3 = "Cutting neighbourhood crime, reoffending and anti-social behaviour"
P4 = "Putting victims first"
P5 = "Making our roads safer"
P6 = "Tackling fraud and online crime"

COVER = {
    "kicker": "Police and Crime Commissioner for Merrowdale",
    "title": "Police and Crime Plan 2025\u20132029",
    "subtitle": "Safer streets, stronger communities: my plan for policing and community "
                "safety in Merrowdale",
    "org": "Joanna Pryce, Police and Crime Commissioner for Merrowdale",
    "date": "Published March 2025",
}

BACK = {
    "title": "Contact the Commissioner",
    "lines": [
        "Office of the Police and Crime Commissioner for Merrowdale",
        "Castle Yard House, 2 Castle Yard, Brackenford BR1 4TQ",
        "Telephone: 01632 960 410",
        "Email: contact@merrowdale-pcc.example",
        "Web: www.merrowdale-pcc.example",
        "This plan is available in large print, Easy Read and other languages on request.",
    ],
    "small": [
        "In an emergency always call 999. To report a crime that is not an emergency, "
        "call 101 or use the Merrowdale Police website.",
        "Merrowdale is a fictional police force area. This document was written for the "
        "stratalign demonstration corpus; all names, places and figures are invented.",
    ],
}

glance = [
    (P1, "Knife crime, violence in the night-time economy and the exploitation of children "
         "through county lines."),
    (P2, "Prevention, support for survivors and relentless pursuit of perpetrators."),
    (P3, "Burglary, vehicle crime, shop theft and the behaviour that blights "
         "neighbourhoods, and the offenders who cause most of it."),
    (P4, "Better support from the first call to court and beyond, for every victim "
         "and witness."),
    (P5, "Fewer people killed or seriously injured, and action on speeding and "
         "anti-social driving."),
    (P6, "Protecting residents and businesses from scams, fraud and online harm."),
]

BLOCKS = [
    ("page", "Contents"),
    ("contents", [
        ("Foreword from the Commissioner", "Foreword from the Commissioner", 0),
        ("Merrowdale today", "Merrowdale today", 0),
        ("What you told us", "What you told us", 1),
        ("My vision and values", "My vision and values", 0),
        ("My priorities at a glance", "My priorities at a glance", 0),
        (P1, ">" + P1, 1),
        (P2, P2, 1),
        (P3, P3, 1),
        (P4, P4, 1),
        (P5, P5, 1),
        (P6, P6, 1),
        ("Working together", "Working together", 0),
        ("Delivering and monitoring the plan", "Delivering and monitoring the plan", 0),
    ]),
    ("spacer", 16),
    ("small", "Throughout this plan \u201cI\u201d refers to the Police and Crime Commissioner and "
              "\u201cwe\u201d to the Commissioner, Merrowdale Police and partners working together."),

    ("page", "Foreword from the Commissioner"),
    ("lead", "When I was elected I promised to listen first. Over the last year I have held "
             "forty-two public meetings, from Brackenford city centre to the smallest villages "
             "of Kestlemoor, and more than 6,300 people completed my police and crime survey."),
    ("p", "The message was clear. People want to see officers in their communities, they want "
          "to know that when they report something it will be taken seriously, and they want "
          "action on the issues that make them feel unsafe: knife crime, violence against women "
          "and girls, speeding traffic, drug dealing and the anti-social behaviour that wears "
          "neighbourhoods down. Many of you also told me about scams and online fraud, which "
          "now make up the largest share of crime that residents experience."),
    ("p", "This plan sets out six priorities for the next four years. They are the areas where I "
          "will focus the police budget, the grants I award and my influence as a convenor of "
          "partners. Each priority explains what I will do, what I expect Merrowdale Police to "
          "deliver and how I will judge whether we are making a difference."),
    ("p", "No single organisation can make Merrowdale safer on its own. Councils, health, "
          "probation, fire and rescue, schools, the voluntary sector and residents all have a "
          "part to play. I will use the Merrowdale Criminal Justice Board, the community safety "
          "partnerships and the partnership boards that I chair to make sure that our "
          "strategies pull in the same direction."),
    ("p", "The Chief Constable is responsible for operational policing and I will support him "
          "while holding him to account on your behalf. I will publish the results of that "
          "scrutiny so that you can see how the force is performing against this plan."),
    ("p", "Thank you to everyone who took part in the consultation. I look forward to working "
          "with you to deliver it."),
    ("spacer", 10),
    ("p", "<b>Joanna Pryce</b><br/>Police and Crime Commissioner for Merrowdale"),

    ("section", "Merrowdale today", {"sub": "A snapshot of the county, its communities and "
                                             "the demand on policing."}),
    ("p", "Merrowdale covers 1,870 square kilometres and is home to around 1.12 million people. "
          "The city of Brackenford accounts for over a quarter of the population and most of the "
          "night-time economy, while Kestlemoor is one of the most sparsely populated districts "
          "in England. The Saltmere Coast sees its population double in the summer months. "
          "Dunholt and Ellerton Vale combine market towns with large former mining "
          "communities."),
    ("stats", [("1.12m", "residents"), ("98,400", "crimes recorded by Merrowdale Police "
                                                 "in 2023/24"),
               ("3,420", "police officers"), ("612", "police community support officers and "
                                                "special constables")], 2),
    ("p", "Recorded crime has risen by 6% over three years, driven mainly by violence against "
          "the person, stalking and harassment, and shoplifting. Burglary and vehicle crime "
          "remain below their pre-pandemic levels. Police-recorded fraud understates the "
          "problem: the Crime Survey suggests that fraud and computer misuse now account for "
          "around four in ten of all crimes experienced by adults."),
    ("p", "Demand is changing. Officers spend more of their time on mental health crises, "
          "missing people and safeguarding, and investigations increasingly involve digital "
          "evidence. Roads policing has come under pressure at the same time as the number of "
          "people killed or seriously injured on Merrowdale roads has risen for three years in "
          "a row."),
    ("h2", "What you told us"),
    ("p", "My police and crime survey ran from June to September 2024. The issues residents most "
          "wanted the police and partners to focus on were:"),
    ("table", ["Issue raised", "Share of respondents"], [
        ["Visible neighbourhood policing", "71%"],
        ["Speeding and dangerous driving", "58%"],
        ["Drug dealing", "52%"],
        ["Anti-social behaviour", "49%"],
        ["Violence against women and girls", "44%"],
        ["Fraud and scams", "37%"],
    ], [0.72, 0.28]),
    ("p", "Young people who took part through the Merrowdale Youth Commission asked for more "
          "places to go, more trust between young people and the police, and action on knife "
          "carrying. Businesses in the rural districts and on the coast asked for a better "
          "response to theft and to online fraud."),
    ("h3", "National expectations"),
    ("p", "I must also have regard to the Strategic Policing Requirement, which sets out the "
          "national threats to which every force must be able to contribute. These are:"),
    ("bullets", ["terrorism", "serious and organised crime", "a national cyber incident",
                 "child sexual abuse", "public disorder", "civil emergencies",
                 "violence against women and girls"]),
    ("p", "These threats are met through regional and national arrangements as well as by "
          "Merrowdale Police, and they are reflected in the priorities of this plan."),

    ("page", "My vision and values"),
    ("quote", "\u201cA Merrowdale where everyone is safe and feels safe: at home, on our streets, "
              "on our roads and online.\u201d", "My vision for Merrowdale"),
    ("p", "My vision is supported by the values that will guide how my office works and what I "
          "expect from the organisations I fund. They apply to everything in this plan."),
    ("table", ["Our values", "What this means in practice"], [
        ["Listening", "We will act on what residents, victims and young people tell us, and "
                      "report back on what changed as a result."],
        ["Fairness", "Everyone should receive the same high standard of service whoever they "
                     "are and wherever they live in Merrowdale."],
        ["Openness", "Decisions, spending and performance will be published in plain English."],
        ["Value for money", "Every pound spent on policing and community safety must make a "
                            "difference."],
        ["Partnership", "We will work with others where that gets a better result for the "
                        "public."],
    ], [0.28, 0.72]),
    ("h2", "My commitments to you"),
    ("p", "Alongside the six priorities I have made four commitments that cut across the whole "
          "plan. They describe the kind of service I want Merrowdale Police to provide rather "
          "than the problems it should tackle:"),
    ("bullets", ["a named neighbourhood officer for every ward and parish",
                 "101 calls answered within three minutes on average",
                 "every victim offered a referral to support within two days",
                 "an annual report to the public on progress against this plan"]),

    ("page", "My priorities at a glance"),
    ("p", "This plan has six priorities. Each is set out on the following pages with what I "
          "will do, what partners have agreed to do and how we will measure progress."),
    ("spacer", 6),
    ("glance", glance, 2),
    ("spacer", 10),
    ("small", "Early intervention, listening to communities and reducing inequality run through "
              "all six priorities. See \u201cWorking together\u201d."),

    ("section", P1),
    ("lead", "Serious violence causes the greatest harm and fear in our communities. Too many "
             "young people in Merrowdale are carrying knives, and too many children are being "
             "groomed to move and sell drugs for organised crime groups."),
    ("p", "Most serious violence in Merrowdale takes place in a small number of places: "
          "Brackenford city centre at night, parts of east Brackenford and the larger towns of "
          "the Saltmere Coast. Much of it is linked to drug markets and the exploitation of "
          "children and vulnerable adults. Under the Serious Violence Duty, partners share a "
          "responsibility to understand and prevent it, and the Merrowdale Violence Reduction "
          "Partnership, which I fund, leads that work."),
    ("p", "I want to see fewer young people harmed by violence, fewer children drawn into "
          "criminal exploitation, and swift action against the gangs who exploit them."),
    ("h3", "What I will do"),
    ("bullets", ["fund the Violence Reduction Partnership to deliver the Serious Violence Duty "
                 "strategy and publish an annual strategic needs assessment",
                 "commission youth workers in the emergency department at Brackenford Royal "
                 "Infirmary and in custody suites",
                 "support targeted hot-spot patrols in the places where violence is "
                 "concentrated",
                 "invest in the county lines taskforce and in rescue and support for exploited "
                 "children"]),
    ("h3", "How we will know"),
    ("bullets", ["fewer hospital admissions for assault with a sharp object among under-25s",
                 "a reduction in knife-enabled crime",
                 "more county lines closed and more children safeguarded"]),
    ("case", "Case study: Safe Nights Brackenford", [
        "Since 2023 street pastors, door staff, the council\u2019s CCTV team and the police "
        "have met before every Friday and Saturday night shift to share intelligence about the "
        "city centre. Violence with injury in the night-time economy fell by 14% in the first "
        "year."]),

    ("section", P2),
    ("lead", "Violence against women and girls is a national emergency. Domestic abuse alone "
             "accounts for one in six crimes recorded in Merrowdale."),
    ("p", "Women and girls told my consultation that they change how they live to keep "
          "themselves safe: avoiding parks after dark, taking longer routes home and not "
          "reporting harassment because they doubt anything will be done. Survivors of domestic "
          "abuse, rape and stalking described long waits for justice and too many agencies "
          "asking them to repeat their story."),
    ("p", "I will support the Merrowdale VAWG Strategy agreed by partners and use my funding to "
          "make sure that specialist services are there when survivors need them. I expect "
          "Merrowdale Police to pursue perpetrators relentlessly and to make full use of "
          "protective orders."),
    ("h3", "What I will do"),
    ("bullets", ["maintain funding for independent domestic and sexual violence advisers and "
                 "for specialist services for children",
                 "expand perpetrator programmes for domestic abuse and stalking",
                 "fund education on healthy relationships in every secondary school",
                 "work with the night-time economy to make public spaces safer for women"]),
    ("h3", "How we will know"),
    ("bullets", ["more victims of rape and serious sexual offences supported through to a "
                 "charge", "fewer repeat victims of domestic abuse",
                 "more women and girls saying they feel safe in public spaces"]),
    ("stats", [("1 in 6", "crimes recorded in Merrowdale is domestic abuse related"),
               ("2,140", "referrals to the Merrowdale sexual assault referral centre "
                         "last year")]),

    ("section", P3),
    ("lead", "Neighbourhood crimes such as burglary, robbery, theft and vehicle crime, and "
             "persistent anti-social behaviour, shape how safe people feel where they live."),
    ("p", "A small number of prolific offenders commit a large share of neighbourhood crime, "
          "often driven by drug and alcohol dependency. Integrated Offender Management brings "
          "the police, probation and treatment services together to manage them, and I will "
          "continue to fund it. I will also support the youth justice service and the "
          "community safety partnerships to prevent offending and reoffending."),
    ("p", "Anti-social behaviour is the issue raised most often at my public meetings. I will "
          "make sure that victims of anti-social behaviour are heard, that the community trigger "
          "is well publicised and that councils and the police use their powers together."),
    ("h3", "What I will do"),
    ("bullets", ["protect neighbourhood policing teams and recruit more special constables",
                 "fund Integrated Offender Management and drug testing on arrest",
                 "support shop theft initiatives with retailers in town centres",
                 "provide a community safety fund for local projects chosen by residents"]),
    ("h3", "How we will know"),
    ("bullets", ["lower rates of burglary, robbery and vehicle crime",
                 "reduced proven reoffending among people on Integrated Offender Management",
                 "fewer repeat calls about anti-social behaviour at the same location"]),
    ("case", "Case study: Clear, Hold, Build in Ashgate", [
        "Police and Brackenford City Council targeted an organised crime group dealing drugs "
        "on the Ashgate estate. After eleven arrests, the partners moved in youth provision, "
        "housing repairs and a residents\u2019 group. Calls about anti-social behaviour on the "
        "estate have since fallen by a third."]),

    ("section", P4),
    ("lead", "Victims should be treated with dignity and respect, kept informed and given the "
             "support they need to cope and recover, whether or not they report to the police."),
    ("p", "I commission the Merrowdale Victim Care Hub, which offers every victim of crime "
          "emotional and practical support, and I fund specialist services for victims of "
          "domestic abuse, sexual violence, hate crime and fraud. Too many victims still tell "
          "me that they were not updated on their case, or that they lost confidence as it "
          "progressed through the courts."),
    ("p", "Witnesses are essential to justice. I will work with the courts, the Crown "
          "Prosecution Service and the Witness Service to reduce delays and to support people "
          "to give their best evidence."),
    ("h3", "What I will do"),
    ("bullets", ["monitor compliance with the Victims\u2019 Code and publish the results",
                 "create a victims\u2019 panel to advise me and to review the services I fund",
                 "fund restorative justice for victims who want it",
                 "press for faster court hearings through the Criminal Justice Board"]),
    ("h3", "How we will know"),
    ("bullets", ["higher victim satisfaction with being kept informed",
                 "fewer victims withdrawing from prosecutions",
                 "more victims taking up support"]),

    ("section", P5),
    ("lead", "Every death or serious injury on our roads devastates a family. Road safety was "
             "the second most common concern in my survey."),
    ("p", "Last year 412 people were killed or seriously injured on Merrowdale roads, including "
          "a growing number of motorcyclists on the rural routes through Kestlemoor and young "
          "drivers on the coast road. Residents in towns and villages also told me about "
          "speeding, noisy vehicles and anti-social driving, which make streets feel unsafe."),
    ("p", "I will work with the force, the highway authorities and the fire and rescue service "
          "through a refreshed Merrowdale Road Safety Partnership to reduce casualties, and "
          "support communities who want to take part in Community Speed Watch."),
    ("h3", "What I will do"),
    ("bullets", ["invest in the roads policing unit and in average speed cameras on the routes "
                 "with the worst collision records",
                 "grow Community Speed Watch to 120 volunteer groups",
                 "fund education for young and older drivers and motorcyclists",
                 "ensure that victims of serious road collisions are referred to support"]),
    ("h3", "How we will know"),
    ("bullets", ["fewer people killed or seriously injured",
                 "more enforcement against the fatal four offences: speeding, drink and drug "
                 "driving, mobile phone use and not wearing a seatbelt"]),
    ("stats", [("412", "people killed or seriously injured on our roads in 2023"),
               ("84", "Community Speed Watch groups")]),

    ("section", P6),
    ("lead", "Fraud is now the crime that residents are most likely to experience, yet it "
             "receives a fraction of policing resources."),
    ("p", "Older people and people who are lonely or isolated are targeted by courier fraud, "
          "romance fraud and investment scams. Small businesses lose money to invoice fraud and "
          "ransomware. Children are exposed to online grooming and sextortion. Reports go to "
          "Action Fraud nationally, and many victims never hear what happened next."),
    ("p", "I will make sure that every victim of fraud reported in Merrowdale is contacted and "
          "offered support, and that the force has the skills to investigate crime with an "
          "online element."),
    ("h3", "What I will do"),
    ("bullets", ["fund a fraud victim support service within the Victim Care Hub",
                 "work with banks, trading standards and the voluntary sector to stop scams "
                 "before money is lost",
                 "expand the force\u2019s cyber crime unit and digital forensics capacity",
                 "deliver online safety advice for parents, schools and small businesses"]),
    ("h3", "How we will know"),
    ("bullets", ["more fraud victims contacted within 72 hours",
                 "more money returned to victims", "greater awareness of scams among older "
                                                   "residents"]),

    ("page", "Working together"),
    ("p", "The priorities in this plan are delivered with many partners. Local authorities lead "
          "the community safety partnerships, health partners commission treatment and "
          "prevention services, and probation and youth justice services supervise people "
          "who offend."),
    ("h2", "Cross-cutting themes"),
    ("p", "Three themes run through every part of this plan. They are not separate priorities, "
          "but they shape how each priority will be delivered:"),
    ("bullets", ["<b>Early intervention</b>: acting early to stop problems escalating",
                 "<b>Listening to communities</b>: involving residents, young people and "
                 "victims in decisions", "<b>Reducing inequality</b>: tackling "
                                          "disproportionality and reaching communities "
                                          "that are less well served"]),
    ("h2", "Our partners"),
    ("table", ["Partnership", "Role"], [
        ["Merrowdale Criminal Justice Board", "Courts, prosecution, probation, prisons and "
                                              "victim services"],
        ["Community safety partnerships", "Brackenford, Kestlemoor, Saltmere Coast, Dunholt "
                                          "and Ellerton Vale"],
        ["Merrowdale Violence Reduction Partnership", "Leads the Serious Violence Duty"],
        ["Combating Drugs Partnership", "Treatment, supply and prevention"],
        ["Merrowdale Safeguarding Partnership", "Safeguarding children and adults"],
        ["Merrowdale Fire and Rescue Service", "Road safety and home safety"],
    ], [0.42, 0.58]),

    ("page", "Delivering and monitoring the plan"),
    ("h2", "Funding"),
    ("p", "In 2025/26 the policing budget for Merrowdale is \u00a3298 million, of which \u00a3112 "
          "million is raised through the police precept. I will also receive \u00a34.6 million "
          "from the Ministry of Justice for victim services and \u00a31.9 million from the Home "
          "Office for the Violence Reduction Partnership."),
    ("h2", "Holding the Chief Constable to account"),
    ("p", "I hold the Chief Constable to account through a monthly Accountability Board held in "
          "public, topic reviews on each priority, and the findings of HM Inspectorate of "
          "Constabulary and Fire and Rescue Services."),
    ("h2", "Measuring success"),
    ("p", "I will publish a quarterly performance report. It will include the national crime and "
          "policing measures set by government alongside the local measures in this plan:"),
    ("bullets", ["reduce murder and other homicide",
                 "reduce serious violence", "disrupt drugs supply and county lines",
                 "reduce neighbourhood crime", "tackle cyber crime",
                 "improve satisfaction among victims"]),
    ("p", "The Police and Crime Panel reviews this plan and my annual report, and scrutinises "
          "my decisions."),
]

DOC = {
    "theme": {
        "font": "Helvetica", "bold": "Helvetica-Bold", "italic": "Helvetica-Oblique",
        "primary": "#12355b", "accent": "#f2a900", "h3": "#0b7a75",
        "tiles": ["#0b7a75", "#12355b", "#c0392b", "#6c3483"],
        "glance": ["#12355b", "#0b7a75", "#6c3483", "#c0392b", "#d35400", "#1f618d"],
        "case_bg": "#eef3f8", "box_bg": "#0b7a75", "columns": 2, "banner_h": 40 * 2.8346,
        "page_numbers": "alternate", "banner_size": 23,
    },
    "meta": {"title": "Police and Crime Plan 2025-2029",
             "author": "Office of the Police and Crime Commissioner for Merrowdale",
             "subject": "Police and Crime Plan"},
    "running": "Police and Crime Plan 2025\u20132029",
    "running_right": "Police and Crime Commissioner for Merrowdale",
    "footer": "merrowdale-pcc.example",
    "cover_draw": lambda c, b, d: cover_bands(c, b, d, COVER),
    "back_draw": lambda c, b, d: back_page(c, b, d, BACK),
    "blocks": BLOCKS,
}
