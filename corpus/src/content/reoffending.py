"""Merrowdale Reducing Reoffending Strategy 2024-2027 (designed brochure, reportlab,
two-column body). Priorities are banner headings "Priority n \u2013 X"; the third wraps
over two lines. Distractors: the seven pathways to reducing reoffending, "Our approach"
bullets, partner list, stat tiles, case study, measures."""

from rl_covers import back_page, cover_split

OUT = "strategies/merrowdale_reducing_reoffending_strategy_2024-27.pdf"
PRODUCER = "rl"

PR = [
    "Cutting reoffending by the most prolific neighbourhood offenders",
    "Changing the behaviour of domestic abuse perpetrators",
    "Stable homes, jobs and training for people leaving prison and on probation",
    "A gender-responsive approach for women in the justice system",
]
H = [f"Priority {i} \u2013 {t}" for i, t in enumerate(PR, 1)]

COVER = {
    "kicker": "Merrowdale Reducing Reoffending Board",
    "title": "Reducing Reoffending Strategy 2024\u20132027",
    "subtitle": "Fewer victims by breaking the cycle of offending",
    "org": "Merrowdale Criminal Justice Board",
    "date": "November 2024",
    "strap": "Probation Service \u00b7 Merrowdale Police \u00b7 OPCC \u00b7 Councils \u00b7 NHS",
}

BACK = {
    "title": "Merrowdale Reducing Reoffending Board",
    "lines": ["Secretariat: Office of the Police and Crime Commissioner for Merrowdale",
              "Castle Yard House, 2 Castle Yard, Brackenford BR1 4TQ",
              "reoffending.board@merrowdale-pcc.example"],
    "small": ["Fictional document created for the stratalign demonstration corpus. All names, "
              "places and figures are invented."],
}

BLOCKS = [
    ("page", "Contents"),
    ("contents", [
        ("Foreword", "Foreword", 0),
        ("Reoffending in Merrowdale", "Reoffending in Merrowdale", 0),
        ("How we will work", "How we will work", 0),
        (H[0], H[0], 1), (H[1], H[1], 1), (H[2], H[2], 1), (H[3], H[3], 1),
        ("Delivery and governance", "Delivery and governance", 0),
    ]),

    ("page", "Foreword"),
    ("lead", "Most crime is committed by people who have offended before. Every person we help "
             "to stop offending means fewer victims in the future."),
    ("p", "Around a quarter of adults who leave prison or start a community sentence in "
          "Merrowdale go on to reoffend within a year. For those serving short prison sentences "
          "the figure is more than half. Behind those numbers are people with complex lives: "
          "many were in care as children, many have been victims themselves, and many have "
          "problems with drugs, alcohol, mental health, housing and debt."),
    ("p", "Reducing reoffending is not soft on crime. It is one of the most effective ways to "
          "protect the public. It requires robust supervision and swift enforcement when "
          "people break the conditions of their licence, but it also requires a home, a job "
          "and the right treatment."),
    ("p", "This strategy was developed by the Merrowdale Reducing Reoffending Board, a "
          "sub-group of the Criminal Justice Board. It sets four priorities, chosen because "
          "they are where the evidence shows partnership working makes the biggest "
          "difference in Merrowdale."),
    ("spacer", 8),
    ("p", "<b>Claire Whitaker</b>, Head of the Merrowdale Probation Delivery Unit and Chair of "
          "the Reducing Reoffending Board"),

    ("section", "Reoffending in Merrowdale"),
    ("stats", [("24.8%", "proven adult reoffending rate"),
               ("53%", "reoffending after prison sentences of under 12 months"),
               ("\u00a318bn", "estimated annual cost of reoffending in England and Wales"),
               ("1 in 3", "people released from prison without settled accommodation")], 2),
    ("p", "The Probation Service in Merrowdale supervises around 5,100 people on community "
          "sentences and licences at any one time. Some 1,900 people are released from prison "
          "to Merrowdale each year, mainly from HMP Brackenford and HMP Saltmere Marsh."),
    ("p", "A relatively small number of people account for a large share of offending. The "
          "Integrated Offender Management cohort of 420 people committed an estimated 9,000 "
          "neighbourhood crimes in the year before they joined the scheme."),
    ("h3", "What the evidence tells us"),
    ("bullets", ["stable accommodation and employment are strongly associated with lower "
                 "reoffending", "drug treatment reduces offending, especially when it starts "
                                "on the day of release",
                 "most women in the justice system have experienced domestic or sexual abuse",
                 "domestic abuse is the most common reason for a repeat referral to MARAC"]),
    ("table", ["Reoffending rate by cohort", "Merrowdale", "England and Wales"], [
        ["All adults", "24.8%", "25.1%"], ["Under 12-month custody", "53.2%", "55.0%"],
        ["Community orders", "30.1%", "31.4%"], ["Women", "19.6%", "20.3%"],
    ], [0.5, 0.25, 0.25]),

    ("section", "How we will work"),
    ("p", "National research identifies seven pathways out of offending. They remain a "
          "useful checklist for the support that people need, and our services are organised "
          "around them:"),
    ("bullets", ["accommodation", "education, training and employment", "health",
                 "drugs and alcohol", "finance, benefit and debt",
                 "children and families", "attitudes, thinking and behaviour"]),
    ("p", "The pathways are not our priorities. Instead we have chosen four priorities where "
          "the Board adds value beyond what each organisation does on its own."),
    ("h3", "Our approach"),
    ("bullets", ["<b>Pursue and support</b>: enforcement and help go together",
                 "<b>Whole system</b>: from arrest to resettlement, we plan together",
                 "<b>Lived experience</b>: people who have been through the system help to "
                 "design services", "<b>Evidence-based</b>: we fund what works and evaluate "
                                    "what is new"]),
    ("case", "Case study: Darren", ["Darren had 46 convictions for shop theft and burglary, "
                                    "all linked to heroin use. On Integrated Offender "
                                    "Management he was met at the prison gate, started "
                                    "treatment the same day and moved into supported housing. "
                                    "He has not been arrested for 18 months."]),

    ("section", H[0]),
    ("lead", "The people who commit the most burglary, robbery, theft and vehicle crime cause "
             "harm far out of proportion to their number."),
    ("p", "Integrated Offender Management (IOM) brings police, probation, treatment and "
          "housing together to manage them. Merrowdale\u2019s IOM scheme will focus on "
          "neighbourhood crime in line with the national IOM strategy, with a fixed cohort in "
          "each policing area and a clear offer of support in return for engagement."),
    ("h3", "We will"),
    ("bullets", ["co-locate police and probation IOM teams in Brackenford, Saltmere and "
                 "Dunholt", "extend electronic location monitoring for acquisitive "
                            "offenders on release",
                 "make drug testing on arrest routine in all custody suites",
                 "offer a same-day treatment appointment for everyone released into IOM"]),
    ("h3", "How we will measure it"),
    ("bullets", ["reduction in offending by the IOM cohort", "treatment engagement within "
                                                            "three weeks of release"]),

    ("colbreak",),
    ("stats", [("420", "people in the IOM cohort"), ("-38%", "fall in offending by the 2023 cohort after one year")], 1),
    ("case", "What people told us", ["\u201cBeing met at the gate made the difference. The first day out is when you go back to the old crowd.\u201d Former IOM participant"]),
    ("section", H[1]),
    ("lead", "Domestic abuse perpetrators often move from one partner to the next. Changing "
             "their behaviour protects future victims."),
    ("p", "The Probation Service delivers accredited programmes for people convicted of "
          "domestic abuse, and the Commissioner funds the Drive programme for high-harm "
          "perpetrators who have not been convicted. We will make sure that these work "
          "together, are available across Merrowdale and are always delivered alongside "
          "support for the victim."),
    ("h3", "We will"),
    ("bullets", ["reduce waiting times for the Building Better Relationships programme",
                 "use licence conditions and electronic monitoring to protect victims",
                 "offer a non-court behaviour change programme for lower-risk perpetrators",
                 "share information with the MARAC and the Multi-Agency Public Protection "
                 "Arrangements"]),
    ("h3", "How we will measure it"),
    ("bullets", ["programme completions", "further domestic abuse incidents within 12 months "
                                          "of completion"]),

    ("colbreak",),
    ("stats", [("310", "programme places a year"), ("14 weeks", "average wait to start in 2023/24")], 1),
    ("case", "Partnership in practice", ["In Dunholt, probation officers and the IDVA service now hold a joint weekly meeting so that every perpetrator on a programme has a linked victim safety plan."]),
    ("section", H[2]),
    ("lead", "A home and a job are the two strongest protective factors against reoffending."),
    ("p", "Too many people leave HMP Brackenford and HMP Saltmere Marsh with nowhere to go, or "
          "with only temporary accommodation for a few nights. Others lose their tenancy while "
          "on remand. We will work with the district councils to plan accommodation before "
          "release, and with employers and colleges to open up jobs and training."),
    ("h3", "We will"),
    ("bullets", ["expand Community Accommodation Service places to 120 beds",
                 "place housing officers in both prisons",
                 "recruit 40 employers to the Merrowdale Second Chances pledge",
                 "fund a prison-to-college pathway with Brackenford College"]),
    ("h3", "How we will measure it"),
    ("bullets", ["settled accommodation on the first night and after three months",
                 "employment six weeks and six months after release"]),

    ("colbreak",),
    ("stats", [("1,900", "releases from prison each year"), ("31%", "employed six months after release")], 1),
    ("case", "Second Chances pledge", ["Nineteen Merrowdale employers, from a haulage firm to a hotel group, have signed the pledge so far and offered 64 jobs to people on probation."]),
    ("section", H[3]),
    ("lead", "Women who offend have different needs from men, and many have been victims of "
             "serious abuse."),
    ("p", "Around 9% of people under probation supervision in Merrowdale are women. Short "
          "sentences can lead to women losing their homes and their children being taken into "
          "care. We will divert women away from custody where it is safe to do so and provide "
          "trauma-informed support through the Merrowdale Women\u2019s Centre."),
    ("h3", "We will"),
    ("bullets", ["extend the women\u2019s centre to Saltmere and Kestle Market",
                 "offer a women\u2019s diversion scheme at the point of arrest",
                 "make sure that women\u2019s probation appointments take place in women-only "
                 "settings", "support mothers to maintain contact with their children"]),
    ("h3", "How we will measure it"),
    ("bullets", ["reoffending by women", "the number of women diverted from custody"]),

    ("colbreak",),
    ("stats", [("460", "women under probation supervision"), ("7 in 10", "report experience of domestic abuse")], 1),
    ("case", "The Merrowdale Women\u2019s Centre", ["The centre offers a safe, women-only space for probation appointments, counselling, debt advice and parenting support, and runs a weekly drop-in for women leaving HMP Saltmere Marsh."]),
    ("page", "Delivery and governance"),
    ("p", "The Reducing Reoffending Board meets every two months and reports to the Merrowdale "
          "Criminal Justice Board. Each priority has a lead organisation and a delivery plan."),
    ("table", ["Priority", "Lead", "Key partners"], [
        ["Priority 1", "Merrowdale Police and Probation", "Treatment providers, councils"],
        ["Priority 2", "Probation Service", "OPCC, Drive, VAWG Board"],
        ["Priority 3", "Probation Service", "District councils, DWP, colleges"],
        ["Priority 4", "OPCC", "Merrowdale Women\u2019s Centre, Probation, police"],
    ], [0.2, 0.38, 0.42]),
    ("h2", "Members of the Board"),
    ("bullets", ["Probation Service (chair)", "Merrowdale Police", "Office of the Police and "
                                                                  "Crime Commissioner",
                 "HMP Brackenford and HMP Saltmere Marsh", "Merrowdale County Council and the "
                                                           "district councils",
                 "NHS Merrowdale Integrated Care Board", "Department for Work and Pensions",
                 "Merrowdale Youth Justice Service"]),
    ("h2", "Measuring success"),
    ("p", "We will report each quarter on the proven reoffending rate, the accommodation and "
          "employment outcomes of people on probation, and the measures listed under each "
          "priority."),
]

DOC = {
    "theme": {
        "font": "DejaVuSans", "bold": "DejaVuSans-Bold", "italic": "DejaVuSans-Oblique",
        "primary": "#1e5a43", "accent": "#f08a24", "h3": "#c2591a",
        "tiles": ["#1e5a43", "#f08a24", "#3c8d6e", "#7a4e2d"],
        "glance": ["#1e5a43"], "case_bg": "#eef6f1", "box_bg": "#1e5a43", "columns": 2,
        "banner_h": 46 * 2.8346, "banner_size": 24, "page_numbers": "right",
        "deco": "#f08a24", "body_size": 9.0,
    },
    "meta": {"title": "Merrowdale Reducing Reoffending Strategy 2024-2027",
             "author": "Merrowdale Reducing Reoffending Board", "subject": "Reducing reoffending"},
    "running": "Reducing Reoffending Strategy 2024\u20132027",
    "running_right": "Merrowdale Reducing Reoffending Board",
    "footer": "Merrowdale Criminal Justice Board",
    "cover_draw": lambda c, b, d: cover_split(c, b, d, COVER),
    "back_draw": lambda c, b, d: back_page(c, b, d, BACK),
    "blocks": BLOCKS,
}
