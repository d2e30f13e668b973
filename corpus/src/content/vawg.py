"""Merrowdale Violence Against Women and Girls Strategy 2024-2029 (designed brochure,
reportlab, single-column body). Each priority has a label line "PRIORITY n" above its
banner heading. Distractors: forms of VAWG, the national strategy's pillars, principles,
vision, stat tiles, case studies, a delivery plan table and governance bullets."""

from rl_covers import back_page, cover_block

OUT = "strategies/merrowdale_vawg_strategy_2024-29.pdf"
PRODUCER = "rl"

PR = [
    "Preventing violence and abuse before it starts",
    "Supporting survivors and their children",
    "Holding perpetrators to account",
    "Making streets, parks and the night-time economy safer for women and girls",
]

COVER = {
    "kicker": "Merrowdale VAWG Partnership Board",
    "title": "Violence Against Women and Girls Strategy 2024\u20132029",
    "subtitle": "Everyone in Merrowdale has the right to be safe, and to feel safe, at home, "
                "at work, online and in public",
    "strap": "Prevention \u00b7 Support \u00b7 Justice \u00b7 Safer spaces",
    "org": "Merrowdale VAWG Partnership Board",
    "date": "September 2024",
}

BACK = {
    "title": "Help and support",
    "lines": [
        "If you are in immediate danger call 999. If you cannot speak, press 55 when prompted.",
        "Merrowdale Domestic Abuse Helpline: 0800 0 960 733 (24 hours)",
        "Merrowdale Sexual Assault Referral Centre: 01632 960 744",
        "National Stalking Helpline: 0808 802 0300",
        "www.merrowdale-vawg.example",
    ],
    "small": ["Fictional document created for the stratalign demonstration corpus. Merrowdale "
              "is an invented police force area and the helpline numbers shown, apart from 999 "
              "and the national stalking helpline, are not real."],
}

BLOCKS = [
    ("page", "Contents"),
    ("contents", [
        ("Foreword", "Foreword", 0),
        ("What we mean by violence against women and girls", "What we mean by violence "
                                                              "against women and girls", 0),
        ("The picture in Merrowdale", "The picture in Merrowdale", 0),
        ("Our vision and principles", "Our vision and principles", 0),
        ("Our priorities", ">" + PR[0], 0),
        ("Priority 1: Preventing violence and abuse", PR[0], 1),
        ("Priority 2: Supporting survivors", PR[1], 1),
        ("Priority 3: Holding perpetrators to account", PR[2], 1),
        ("Priority 4: Safer streets, parks and night-time economy", PR[3], 1),
        ("Delivery plan", "Delivery plan", 0),
        ("Governance", "Governance", 0),
    ]),

    ("page", "Foreword"),
    ("lead", "Violence against women and girls is not inevitable. It is driven by attitudes "
             "and inequalities that can be challenged and changed."),
    ("p", "Every year thousands of women and girls in Merrowdale experience domestic abuse, "
          "rape, sexual assault, stalking and harassment. Many more change the way they live "
          "because of the threat of violence. Men and boys are victims too, and this strategy "
          "applies to every survivor, but we are clear that these are crimes which "
          "disproportionately affect women and girls and are overwhelmingly committed by men."),
    ("p", "Since our last strategy, partners have opened a new sexual assault referral centre "
          "in Brackenford, doubled the number of independent domestic violence advisers and "
          "introduced a domestic abuse perpetrator programme. But survivors told us that too "
          "often they still have to fight to be believed, that the justice process is slow, and "
          "that help is harder to find outside the city."),
    ("p", "This strategy was written with survivors, specialist services and young people. It "
          "sets four priorities for the next five years and commits every partner on the "
          "VAWG Partnership Board to play their part."),
    ("spacer", 8),
    ("p", "<b>Joanna Pryce</b>, Police and Crime Commissioner for Merrowdale<br/>"
          "<b>Dr Miriam Osei</b>, Chair of the Merrowdale VAWG Partnership Board"),

    ("section", "What we mean by violence against women and girls", {"columns": 1}),
    ("p", "We use the term violence against women and girls to refer to acts of violence or "
          "abuse that disproportionately affect women and girls. In this strategy it "
          "includes:"),
    ("bullets", ["domestic abuse, including coercive control and economic abuse",
                 "rape and other sexual offences", "stalking and harassment",
                 "so-called honour-based abuse, forced marriage and female genital mutilation",
                 "sexual exploitation and abuse of children", "spiking",
                 "online and technology-facilitated abuse, including intimate image abuse",
                 "sexual harassment in public places, at work and in education"]),
    ("p", "Men and boys who experience these crimes will receive the same high standard of "
          "service, and specialist support that meets their needs."),
    ("h2", "The national context"),
    ("p", "The Government\u2019s Tackling Violence Against Women and Girls Strategy and the "
          "Domestic Abuse Act 2021 set the national framework. The national approach is "
          "organised around four pillars:"),
    ("bullets", ["prioritising prevention", "supporting victims", "pursuing perpetrators",
                 "a stronger system"]),
    ("p", "Violence against women and girls is also a national threat in the Strategic "
          "Policing Requirement. Our local priorities reflect the national pillars but have "
          "been shaped by what survivors in Merrowdale told us."),

    ("section", "The picture in Merrowdale", {"columns": 1}),
    ("stats", [("16,800", "domestic abuse incidents and crimes recorded in 2023/24"),
               ("1,390", "rapes reported to Merrowdale Police"),
               ("3,020", "stalking and harassment offences"),
               ("1 in 2", "women say they feel unsafe walking alone after dark")], 4),
    ("p", "These figures are only what is reported. National estimates suggest that fewer than "
          "one in five women who experience partner abuse report it to the police, and that "
          "fewer than one in six victims of rape do so."),
    ("h2", "What survivors told us"),
    ("p", "More than 1,200 people responded to our consultation, including 310 survivors. "
          "Their main messages were:"),
    ("bullets", ["believe us the first time and do not make us repeat our story",
                 "help should be easy to find wherever you live, including in rural areas",
                 "the justice system takes too long and perpetrators face too few "
                 "consequences", "young people need to learn about healthy relationships much "
                                 "earlier", "women want to feel safe in parks, on public "
                                            "transport and in the evening economy"]),
    ("case", "In her words", ["\u201cThe IDVA was the first person who didn\u2019t look at me like "
                              "I was making a fuss. She stayed with me through the whole court "
                              "case.\u201d Survivor, Ellerton Vale"]),

    ("section", "Our vision and principles", {"columns": 1}),
    ("quote", "\u201cA Merrowdale where women and girls are safe and free from the fear of "
              "violence and abuse.\u201d", "Our vision"),
    ("p", "Our work is guided by the following principles. They apply to all of our priorities "
          "and to every service commissioned under this strategy:"),
    ("table", ["Principle", "What it means"], [
        ["Survivor-centred", "Survivors\u2019 voices shape our services and decisions"],
        ["Trauma-informed", "Every contact recognises and responds to the impact of trauma"],
        ["Intersectional", "We recognise that racism, disability, age, sexuality and poverty "
                           "affect experiences of abuse and access to help"],
        ["Whole-family", "Children are victims in their own right"],
        ["Shared responsibility", "Ending VAWG is everyone\u2019s business, including men "
                                  "and boys"],
    ], [0.28, 0.72]),
    ("p", "The pages that follow set out our four priorities, what we will do under each, "
          "and how we will know that we are making a difference."),

    ("section", PR[0], {"label": "PRIORITY 1", "columns": 1}),
    ("lead", "Abuse is preventable. We want every child and young person in Merrowdale to "
             "understand healthy relationships and consent, and every adult to know how to "
             "recognise and challenge abuse."),
    ("p", "Prevention means changing the attitudes and norms that allow abuse to happen, and "
          "intervening early when the warning signs appear. Schools, youth services, sports "
          "clubs, employers and health services all have a part to play, as do men and boys."),
    ("h3", "We will"),
    ("bullets", ["deliver a healthy relationships programme in every primary and secondary "
                 "school by 2026", "launch a campaign led by young men to challenge misogyny "
                                   "online and offline",
                 "train GPs, midwives and health visitors to ask about abuse safely",
                 "support employers to adopt domestic abuse and sexual harassment policies"]),
    ("h3", "How we will know"),
    ("bullets", ["the number of schools delivering the programme",
                 "changes in young people\u2019s attitudes measured by the annual schools "
                 "survey", "more disclosures to health professionals"]),

    ("section", PR[1], {"label": "PRIORITY 2", "columns": 1}),
    ("lead", "Survivors should get the right help at the right time, wherever they live in "
             "Merrowdale, and children affected by abuse should be supported as victims in "
             "their own right."),
    ("p", "We will build on the specialist services that the Commissioner, the councils and "
          "the NHS already fund. We will make sure that help is available in rural areas and "
          "for groups who face additional barriers, including disabled women, older women, "
          "Black and minoritised women and LGBT+ survivors."),
    ("h3", "We will"),
    ("bullets", ["sustain the IDVA and ISVA services and add specialist advisers for young "
                 "people", "provide safe accommodation that meets the needs of survivors with "
                           "complex needs", "fund therapeutic support for children and "
                                                "young people who have experienced abuse",
                 "introduce a single point of access so survivors only tell their story once"]),
    ("h3", "How we will know"),
    ("bullets", ["survivors\u2019 own measures of safety and wellbeing at the end of support",
                 "waiting times for counselling", "the number of children supported"]),
    ("case", "Case study: Amira", ["Amira was referred by her health visitor. Her IDVA "
                                   "arranged a place in safe accommodation for her and her two "
                                   "children, supported her through a non-molestation order "
                                   "and found the children a place in a therapeutic group. A "
                                   "year on, she has her own tenancy."]),

    ("section", PR[2], {"label": "PRIORITY 3", "columns": 1}),
    ("lead", "The responsibility for abuse lies with the person who commits it. We will pursue "
             "perpetrators relentlessly and give them every opportunity to change."),
    ("p", "Survivors told us that perpetrators face too few consequences. Merrowdale Police "
          "will target the most harmful and serial perpetrators using all available powers, "
          "and the criminal justice system will work to reduce delays. Alongside enforcement we "
          "will invest in programmes that challenge and change abusive behaviour, so that the "
          "cycle of abuse does not move on to a new partner."),
    ("h3", "We will"),
    ("bullets", ["use Domestic Abuse Protection Orders and Stalking Protection Orders wherever "
                 "they are needed", "expand the Drive programme for high-harm perpetrators",
                 "improve charge rates for rape through the joint police and CPS action plan",
                 "manage serial perpetrators through multi-agency tasking"]),
    ("h3", "How we will know"),
    ("bullets", ["charge and conviction rates for rape, domestic abuse and stalking",
                 "the number of protective orders applied for and breaches acted on",
                 "reduced reoffending by perpetrators completing programmes"]),

    ("section", PR[3], {"label": "PRIORITY 4", "columns": 1}),
    ("lead", "Women and girls should be able to walk, travel, study, work and enjoy a night out "
             "without fear of harassment or violence."),
    ("p", "Women told us where they feel unsafe: poorly lit paths, parks, bus stations and the "
          "late-night economy. We will use their knowledge to design safer places, train the "
          "people who work in them and encourage bystanders to act. This priority supports "
          "the Safer Streets work of the community safety partnerships."),
    ("h3", "We will"),
    ("bullets", ["carry out women\u2019s safety walks in every town centre and act on the "
                 "findings", "train bar, door and taxi staff in the Ask for Angela and "
                             "bystander schemes", "work with transport operators to tackle "
                                                  "harassment on buses and trains",
                 "introduce welfare and vulnerability patrols on weekend nights"]),
    ("h3", "How we will know"),
    ("bullets", ["women\u2019s feelings of safety in public places",
                 "the number of venues with accredited staff",
                 "reports of sexual harassment and spiking"]),

    ("page", "Delivery plan"),
    ("p", "The first-year delivery plan sets out the main actions for 2024/25. It will be "
          "refreshed each year by the VAWG Partnership Board."),
    ("table", ["Action", "Lead", "Timescale"], [
        ["Commission the schools healthy relationships programme", "County Council", "2024/25"],
        ["Young men\u2019s campaign on misogyny", "OPCC", "2025"],
        ["IRIS training for GP practices", "Integrated Care Board", "2024\u201326"],
        ["Young people\u2019s ISVA and IDVA posts", "OPCC", "2024/25"],
        ["Safe accommodation for survivors with complex needs", "District councils", "2025/26"],
        ["Single point of access for survivors", "VAWG Board", "2025/26"],
        ["Expand the Drive perpetrator programme", "OPCC and Probation", "2024/25"],
        ["Rape joint action plan", "Police and CPS", "Ongoing"],
        ["Women\u2019s safety walks", "Community safety partnerships", "Annual"],
        ["Ask for Angela and bystander training", "Licensing authorities", "2024/25"],
    ], [0.56, 0.28, 0.16]),

    ("page", "Governance"),
    ("p", "The Merrowdale VAWG Partnership Board oversees this strategy. It reports to the "
          "Merrowdale Community Safety Leaders Group and the Safeguarding Partnership. The "
          "board will:"),
    ("bullets", ["monitor the delivery plan every quarter",
                 "receive the Domestic Abuse Local Partnership Board\u2019s report on safe "
                 "accommodation", "hear from survivors through the Survivor Voice Panel",
                 "publish an annual progress report"]),
    ("h2", "Board members"),
    ("p", "Office of the Police and Crime Commissioner; Merrowdale Police; Merrowdale County "
          "Council; Brackenford City Council; the district councils of Kestlemoor, Saltmere "
          "Coast, Dunholt and Ellerton Vale; NHS Merrowdale Integrated Care Board; the "
          "Probation Service; the Crown Prosecution Service; Merrowdale Women\u2019s Aid; "
          "Merrowdale Rape Crisis; and the Survivor Voice Panel."),
]

DOC = {
    "theme": {
        "font": "LiberationSans", "bold": "LiberationSans-Bold",
        "italic": "LiberationSans-Italic",
        "primary": "#4b1d6b", "accent": "#e8488a", "h3": "#a0307a", "label_color": "#ffc7e0",
        "tiles": ["#4b1d6b", "#a0307a", "#e8488a", "#2b6c8a"],
        "glance": ["#4b1d6b"], "case_bg": "#f5eef8", "box_bg": "#4b1d6b", "columns": 1,
        "banner_h": 44 * 2.8346, "banner_size": 23, "page_numbers": "page_of",
        "deco": "#e8488a", "cover_bg": "#ffffff", "cover_sub": "#f3dcef", "body_size": 10.2,
    },
    "meta": {"title": "Merrowdale Violence Against Women and Girls Strategy 2024-2029",
             "author": "Merrowdale VAWG Partnership Board",
             "subject": "VAWG strategy"},
    "running": "Violence Against Women and Girls Strategy 2024\u20132029",
    "running_right": "Merrowdale VAWG Partnership Board",
    "footer": "merrowdale-vawg.example",
    "cover_draw": lambda c, b, d: cover_block(c, b, d, COVER),
    "back_draw": lambda c, b, d: back_page(c, b, d, BACK),
    "blocks": BLOCKS,
}
