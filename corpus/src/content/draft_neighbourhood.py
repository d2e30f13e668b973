"""DRAFT Merrowdale Neighbourhood Crime and Safer Streets Strategy 2026-2029 (consultation
draft, Word-style report). For the "check a draft before publication" feature: it partly
duplicates existing strategies (anti-social behaviour, safer public spaces for women,
prolific offenders) and partly fills a Police and Crime Plan gap (fraud and scams).
Priorities are Heading 1 "Priority n \u2013 X". Distractors: document control table,
drafting notes, list of existing strategies, principles, numbered consultation questions."""

OUT = "drafts/draft_merrowdale_neighbourhood_crime_strategy_2026-29.pdf"
PRODUCER = "docx"

PR = [
    "Tackling anti-social behaviour in our communities",
    "Reducing burglary, robbery and vehicle crime",
    "Safer streets and public spaces for women and girls",
    "Protecting older and vulnerable residents from fraud and scams",
    "Managing the offenders who commit the most neighbourhood crime",
]
H = [f"Priority {i} \u2013 {t}" for i, t in enumerate(PR, 1)]

NOTE = "#C00000"

BLOCKS = [
    ("contents_title", "Contents"),
    ("contents", [
        ("Foreword", "Foreword", 0),
        ("1. Why a neighbourhood crime strategy?", "1. Why a neighbourhood crime strategy?", 0),
        ("2. How this strategy fits with other plans", "2. How this strategy fits with other "
                                                         "plans", 0),
        ("3. Our priorities", H[0], 0),
        (H[0], H[0], 1), (H[1], H[1], 1), (H[2], H[2], 1), (H[3], H[3], 1), (H[4], H[4], 1),
        ("4. Consultation and next steps", "4. Consultation and next steps", 0),
    ]),
    ("spacer", 14),
    ("table", ["Version", "Date", "Author", "Changes"], [
        ["0.1", "14 Jul 2025", "OPCC Policy Team", "First outline for partners"],
        ["0.2", "8 Aug 2025", "OPCC Policy Team", "Added context data"],
        ["0.3", "2 Sep 2025", "Neighbourhood Crime Working Group", "Priorities revised"],
        ["0.4", "19 Sep 2025", "OPCC Policy Team", "Consultation draft"],
    ], [0.12, 0.2, 0.38, 0.3]),

    ("h1", "Foreword"),
    ("p", "<i>[Drafting note: foreword to be agreed with the Commissioner and the chairs of the "
          "community safety partnerships before publication.]</i>"),
    ("p", "Neighbourhood crime, the burglaries, robberies, thefts and anti-social behaviour that "
          "happen where people live, has the biggest effect on how safe people feel. It is "
          "also where partnership working makes the most difference, because no single "
          "organisation holds all the answers."),
    ("p", "Across Merrowdale, the community safety partnerships, the police, councils, housing "
          "providers and the voluntary sector already do a great deal. But residents told the "
          "Commissioner that they want a more consistent approach wherever they live, and that "
          "newer threats, such as scams targeting older people, are not being addressed by "
          "anyone."),
    ("p", "This draft strategy sets out five proposed priorities for 2026 to 2029. We want to "
          "hear your views before it is finalised."),

    ("h1", "1. Why a neighbourhood crime strategy?"),
    ("p", "Neighbourhood crime accounted for around 27,000 offences recorded by Merrowdale "
          "Police in 2024/25. Burglary and vehicle crime have fallen over ten years, but they "
          "remain among the crimes that residents worry about most. Robbery and shop theft "
          "have both risen since 2022."),
    ("stats", [("27,100", "neighbourhood crimes in 2024/25"),
               ("7,900", "burglaries"), ("+21%", "robbery since 2022"),
               ("\u00a34.2m", "lost by Merrowdale residents to reported fraud")]),
    ("p", "Fraud and scams are now the most common crimes experienced by older residents. "
          "Reported losses in Merrowdale reached \u00a34.2 million last year, and national "
          "surveys suggest that fewer than one in seven frauds is reported. Doorstep crime, "
          "courier fraud and romance fraud cause great distress and can lead to a loss of "
          "independence."),
    ("p", "<i>[Drafting note: 2024/25 figures to be confirmed by the force analyst.]</i>"),

    ("h1", "2. How this strategy fits with other plans"),
    ("p", "This strategy supports the Police and Crime Plan 2025\u20132029. It builds on, and "
          "should not duplicate, the following existing strategies:"),
    ("bullets", ["the community safety partnership plans for Brackenford, Kestlemoor and the "
                 "Saltmere Coast", "the Merrowdale Violence Against Women and Girls Strategy "
                               "2024\u20132029", "the Merrowdale Reducing Reoffending Strategy "
                                                    "2024\u20132027",
                 "the Merrowdale Combating Drugs Partnership Strategy 2024\u20132027"]),
    ("p", "<i>[Drafting note: working group to confirm where this strategy adds value and where "
          "it simply restates existing commitments. Fraud is not covered by any current "
          "partnership strategy.]</i>"),
    ("h2", "Our principles"),
    ("bullets", ["<b>Problem-solving</b>: using the SARA model to understand and tackle "
                 "repeat problems", "<b>Designing out crime</b>: secure by design in new "
                                    "housing and public spaces",
                 "<b>Communities first</b>: residents help to set local priorities",
                 "<b>Victim focus</b>: repeat and vulnerable victims get extra support"]),

    ("h1", H[0]),
    ("p", "Anti-social behaviour remains the issue residents raise most often with the "
          "Commissioner. Responses vary across Merrowdale, and victims are not always aware "
          "of the ASB case review (community trigger). We propose a common standard for how "
          "partners respond."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["agree a Merrowdale-wide ASB policy and risk assessment",
                 "promote the ASB case review in every district",
                 "fund youth diversion in the places with most youth-related ASB"]),

    ("h1", H[1]),
    ("p", "Burglary, robbery and vehicle crime fall most heavily on a small number of "
          "neighbourhoods and on repeat victims. We will focus on hotspots, on target "
          "hardening for repeat victims and on disrupting the markets for stolen goods."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["offer free home security to every repeat burglary victim",
                 "use hotspot patrols and designing out crime in the 20 highest-crime "
                 "neighbourhoods", "work with second-hand dealers and online marketplaces to "
                                   "disrupt the sale of stolen goods"]),

    ("h1", H[2]),
    ("p", "Women and girls should feel safe in parks, on streets and on public transport. We "
          "will use women\u2019s safety audits and Safer Streets funding to improve lighting, "
          "CCTV and the design of public spaces."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["carry out safety audits of parks and transport hubs with women and girls",
                 "invest in lighting and CCTV where audits identify problems",
                 "train transport and security staff in bystander intervention"]),
    ("p", "<i>[Drafting note: VAWG Board to advise whether this priority overlaps with Priority 4 "
          "of the VAWG strategy.]</i>"),

    ("h1", H[3]),
    ("p", "Fraud now makes up the largest share of crime experienced by residents. Older and "
          "isolated people are targeted by courier fraud, romance fraud and doorstep crime. "
          "Partners will work together to prevent scams and to support victims."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["create a Merrowdale scams partnership with trading standards, banks and Age "
                 "UK Merrowdale", "train 1,000 Scam Champions among carers, volunteers and "
                                  "bank staff", "make sure every vulnerable fraud victim is "
                                                "visited and offered support",
                 "introduce No Cold Calling Zones on request"]),

    ("h1", H[4]),
    ("p", "A small number of prolific offenders commit a large share of neighbourhood crime. "
          "Integrated Offender Management (IOM) will focus on this group, combining supervision "
          "and enforcement with treatment and housing."),
    ("p", "<b>We will:</b>"),
    ("bullets", ["keep a fixed neighbourhood crime cohort in each district",
                 "extend electronic monitoring on release",
                 "provide same-day treatment appointments on release"]),

    ("h1", "4. Consultation and next steps"),
    ("p", "The consultation runs from 1 October to 30 November 2025. We would particularly "
          "like your views on the following questions:"),
    ("numbered", ["Do you agree with the five proposed priorities?",
                  "Is there anything missing from this strategy?",
                  "How should we involve residents in setting local priorities?",
                  "What would make you feel safer where you live?"]),
    ("p", "After the consultation, the working group will revise the strategy and present it to "
          "the Community Safety Leaders Group in January 2026, with publication planned for "
          "April 2026."),
    ("back", {"title": "Have your say",
              "lines": ["Neighbourhood Crime Strategy consultation, Office of the Police and "
                        "Crime Commissioner for Merrowdale",
                        "consult@merrowdale-pcc.example"],
              "small": ["CONSULTATION DRAFT v0.4. Not for publication.",
                        "Fictional document created for the stratalign demonstration corpus. "
                        "Merrowdale is an invented police force area."]}),
]

DOC = {
    "theme": {"font": "Liberation Sans", "size": 11, "h1": "#404040", "h2": "#0070C0",
              "table_head": "#595959", "zebra": "#F2F2F2", "cover_bg": "#595959",
              "cover_kicker": "#FFC000",
              "tiles": ["#595959", "#0070C0", "#7F7F7F", "#C55A11"], "box_bg": "#F2F2F2",
              "footer": "page_n_center", "h1_size": 17},
    "meta": {"title": "DRAFT Neighbourhood Crime and Safer Streets Strategy 2026-2029 v0.4",
             "author": "OPCC Merrowdale Policy Team", "subject": "Consultation draft"},
    "running": "DRAFT v0.4 \u2013 NOT FOR PUBLICATION",
    "running_right": "Neighbourhood Crime and Safer Streets Strategy",
    "cover": {"org": "Office of the Police and Crime Commissioner for Merrowdale",
              "kicker": "CONSULTATION DRAFT v0.4",
              "title": "Merrowdale Neighbourhood Crime and Safer Streets Strategy "
                       "2026\u20132029",
              "subtitle": "Draft for consultation with partners and the public",
              "lines": ["Status: DRAFT \u2013 for discussion, not for publication",
                        "Prepared by the Neighbourhood Crime Working Group, September 2025"]},
    "blocks": BLOCKS,
}
