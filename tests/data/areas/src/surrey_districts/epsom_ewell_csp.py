"""Epsom and Ewell Community Safety Partnership Plan 2026-2029: python-docx -> LibreOffice, house style N
(numbered headings, TOC field; DejaVu Sans, maroon).  The priorities are the numbered Heading 2 sub-sections
3.1-3.4.  Distractors: key findings, the 2023-2026 priorities and the PCC's priorities (p4), delivery and
measures."""
from surrey_districts import style_numbered

D = dict(
    file="strategies/epsom_and_ewell_community_safety_partnership_plan_2026-29.pdf",
    slug="epsom_ewell_csp",
    title="Epsom and Ewell Community Safety Partnership Plan 2026\u20132029",
    kind="csp",
    body="Epsom and Ewell Community Safety Partnership",
    cover_title="Community Safety Plan",
    cover_sub="Epsom and Ewell 2026\u20132029",
    cover_lines=["A plan of the Epsom and Ewell Community Safety Partnership", "Version 1.0 \u00b7 March 2026"],
    header_left="Epsom & Ewell CSP", header_right="Community Safety Plan 2026\u20132029",
    footer="Epsom and Ewell CSP  |  {PAGE}",
    colours=("7B1E3A", "A93452", "4A4A4A"), tint="F6E9ED",
    font="DejaVu Sans", size=9.5,
    sections=dict(fwd="Foreword", ctx="Context", pri="Priorities 2026\u20132029", dlv="Delivery arrangements",
                  gov="Performance and governance"),
    findings_head="Strategic assessment: main findings",
    foreword=[
        "Epsom and Ewell is a compact borough: a historic market town, a university, a racecourse that draws "
        "tens of thousands of visitors on race days, and residential neighbourhoods where most people feel safe.",
        "This plan was agreed by the partnership board in February 2026 after a review of the strategic "
        "assessment and a public consultation. It keeps a tight focus on four priorities so that partners can "
        "put real effort behind each one.",
        "We are grateful to the residents, businesses and voluntary organisations who told us what matters to "
        "them.",
    ],
    signed="Chair, Epsom and Ewell Community Safety Partnership",
    context=("The borough has a population of about 81,000. The figures below summarise the 2025 strategic "
             "assessment prepared for the partnership by the county community safety team."),
    stats=[("2,210", "ASB incidents recorded in 2025/26"),
           ("310", "domestic abuse crimes reported to police"),
           ("27", "knife-enabled offences involving under-25s"),
           ("\u00a3740k", "reported losses to fraud")],
    findings=["Town centre anti-social behaviour rises sharply in the late afternoon when schools finish.",
              "Domestic abuse is the largest single category of violent crime in the borough.",
              "A small group of young people is linked to most knife-enabled offences, several of them also "
              "known to children's services.",
              "Courier fraud and romance scams account for most of the money lost."],
    previous=("Priorities 2023\u20132026",
              "The previous plan's three priorities were:",
              ["Safer town centre", "Vulnerability and exploitation", "Reducing harm"]),
    pri_intro="The partnership has agreed the following priorities for the period of this plan.",
    priorities=[
        dict(id="EPS1", text="Tackling anti-social behaviour, including in Epsom town centre", plan=["P1"],
             why="Anti-social behaviour is the top concern in our residents' survey, and the town centre sees "
                 "the most reports.",
             actions=["Deploy council enforcement officers alongside the neighbourhood team after school hours.",
                      "Use the town centre public spaces protection order fairly and consistently.",
                      "Involve young people in designing activities and spaces in the town centre."],
             lead="Epsom and Ewell Borough Council"),
        dict(id="EPS2", text="Supporting victims of domestic abuse", plan=["P3"],
             why="Too many victims still reach help only after years of abuse.",
             actions=["Place an independent domestic violence adviser in the council's housing team.",
                      "Promote the Surrey domestic abuse helpline in GP surgeries and pharmacies.",
                      "Provide sanctuary scheme security measures so victims can stay safely at home."],
             lead="Your Sanctuary and Epsom and Ewell Borough Council Housing"),
        dict(id="EPS3", text="Serious youth violence and knife crime", plan=["P2"],
             why="Knife-enabled offences among young people are low in number but devastating in impact.",
             actions=["Deliver knife crime awareness in every secondary school and at the college.",
                      "Offer intensive mentoring to young people identified as at risk.",
                      "Carry out weapon sweeps and test purchases of knives with retailers."],
             lead="Surrey Police and Surrey County Council Youth Justice"),
        dict(id="EPS4", text="Fraud and scams against vulnerable residents", plan=["P4"],
             why="Residents lost around three-quarters of a million pounds last year (illustrative).",
             actions=["Deliver scam awareness sessions with Trading Standards and Age UK.",
                      "Work with banks on the Banking Protocol to stop courier fraud in progress.",
                      "Visit every repeat victim to offer call blockers and advice."],
             lead="Surrey Trading Standards and Surrey Police Operation Signature"),
    ],
    delivery=["Delivery is overseen by the partnership's officer group, which meets monthly and tasks resources "
              "to the priorities."],
    groups=[["Town Centre Group", "Anti-social behaviour and the town centre", "Monthly"],
            ["Domestic Abuse Forum", "Victims of domestic abuse", "Bi-monthly"],
            ["Youth Safety Panel", "Knife crime and young people", "Monthly"],
            ["Fraud Prevention Group", "Fraud and scams", "Quarterly"]],
    measures=[["ASB incidents in the town centre", "880", "A fall of 15%"],
              ["Domestic abuse victims supported by an IDVA", "140", "200"],
              ["Knife-enabled offences, under-25s", "27", "Below 20"],
              ["Repeat fraud victims visited", "55%", "100%"]],
    governance=["The partnership board meets quarterly and reports annually to the Crime and Disorder Committee. "
                "Its work is aligned with the Surrey Community Safety Agreement."],
    partners=["Epsom and Ewell Borough Council", "Surrey Police", "Surrey County Council",
              "Surrey Fire and Rescue Service", "NHS Surrey Heartlands", "Probation Service",
              "University for the Creative Arts", "Epsom Downs Racecourse"],
    contact="Contact: csp@epsom-ewell.example (illustrative)",
)


def build(out_root):
    return style_numbered.build(D, out_root)
