"""Surrey Heath Community Safety Partnership Plan 2026-2029: python-docx -> LibreOffice, house style A
(Liberation Serif body, purple).  The priorities are the merged first-column cells of the action plan table.
Distractors: findings, the 2022-2025 themes and the PCC's priorities (p4), delivery groups, measures."""
from surrey_districts import style_actionplan

D = dict(
    file="strategies/surrey_heath_community_safety_partnership_plan_2026-29.pdf",
    slug="surrey_heath_csp",
    title="Surrey Heath Community Safety Partnership Plan 2026\u20132029",
    kind="csp",
    body="Surrey Heath Community Safety Partnership",
    cover_title="Surrey Heath Community Safety Plan",
    cover_sub="2026\u20132029 with year one action plan",
    cover_lines=["Bagshot \u00b7 Camberley \u00b7 Chobham \u00b7 Deepcut \u00b7 Frimley \u00b7 Lightwater \u00b7 Windlesham",
                 "Published May 2026"],
    header_left="Surrey Heath CSP", header_right="Community Safety Plan 2026\u20132029",
    footer="\u2013 {PAGE} \u2013",
    colours=("4B2C6F", "7D5BA6", "444444"), tint="F1EDF7", tint2="E2D9EE",
    font="Liberation Serif", heading_font="Liberation Sans", size=11, symbol_at=3,
    table_heads=["Priority", "Action", "Lead", "Due"],
    sections=dict(fwd="Introduction", ctx="Surrey Heath: what we know", pri="Priorities and year one actions",
                  dlv="Partnership arrangements", gov="How we will measure progress"),
    foreword=[
        "Surrey Heath sits on the county's border with Hampshire and Berkshire, with Camberley at its heart and "
        "a ring of villages, heathland and military land around it. It is a safe place to live, and we intend to "
        "keep it that way.",
        "Residents have told us that they want the partnership to get the basics right: stop the nuisance and "
        "noise that spoil neighbourhoods, keep homes and cars safe, calm the traffic on village roads, protect "
        "people at home and keep children safe from those who would exploit them.",
        "This plan sets those out as five priorities and lists the first year of actions against each.",
    ],
    signed="Chair, Surrey Heath Community Safety Partnership",
    context=("Surrey Heath has about 90,000 residents. The A30 and M3 corridors bring travelling criminals as "
             "well as commuters, and the borough borders three police force areas."),
    stats=[("1,870", "ASB incidents, 2025/26"), ("312", "burglaries and vehicle thefts"),
           ("44", "people killed or seriously injured on local roads"), ("19", "children referred for exploitation")],
    findings=["Noise and nuisance from off-road motorbikes on the heath generate a third of ASB reports in summer.",
              "Burglary and vehicle crime are often committed by people travelling from outside Surrey.",
              "Speeding complaints come from almost every parish and residents' association.",
              "Exploitation referrals are rising among 13- to 15-year-olds."],
    previous=("Our 2022\u20132025 themes",
              "The previous plan was built around three themes, now replaced:",
              ["Safer places", "Safer people", "Safer roads"]),
    pri_intro=["This section sets out our five priorities for 2026\u20132029, in the first column of the table, with "
               "the actions agreed for the first year."],
    priorities=[
        dict(id="SUH1", text="Tackling anti-social behaviour and nuisance motorbikes", plan=["P1"],
             actions=[("Run joint operations with the Ministry of Defence police on heath land.", "Surrey Police", "Sep 2026"),
                      ("Seize bikes used anti-socially and publicise the results.", "Surrey Police", "Ongoing"),
                      ("Use community protection notices for persistent neighbour nuisance.", "Borough council", "Ongoing")]),
        dict(id="SUH2", text="Burglary and vehicle crime", plan=["P1"],
             actions=[("Work with forces in Hampshire and Thames Valley on cross-border offenders.", "Surrey Police", "2027"),
                      ("Offer free window and door security to repeat victims.", "Borough council", "2026"),
                      ("Promote Neighbourhood Watch and vehicle crime prevention messages.", "Neighbourhood Watch",
                       "Ongoing")]),
        dict(id="SUH3", text="Road safety, including speeding through our villages", plan=[],
             actions=[("Back new Community Speedwatch groups in every village that wants one.", "Surrey Police", "2026"),
                      ("Review speed limits on the roads with the most complaints.", "Surrey County Council Highways", "2027"),
                      ("Deliver young driver education in sixth forms.", "Surrey Fire and Rescue Service", "Annual")]),
        dict(id="SUH4", text="Responding to domestic abuse", plan=["P3"],
             actions=[("Make domestic abuse training mandatory for council frontline staff.", "Borough council", "2026"),
                      ("Promote the outreach service at the Frimley Park Hospital hub.", "NW Surrey Domestic Abuse Service",
                       "2026"),
                      ("Offer a sanctuary scheme to victims who want to stay at home.", "Borough council", "Ongoing")]),
        dict(id="SUH5", text="Keeping children safe from criminal exploitation", plan=["P2"],
             actions=[("Map locations where children are groomed or missing from home.", "Surrey County Council", "2026"),
                      ("Train taxi drivers, hotel staff and shop workers to report concerns.", "Borough council Licensing",
                       "2027"),
                      ("Use closure orders on properties used to exploit children.", "Surrey Police", "Ongoing")]),
    ],
    delivery=["Actions for later years will be agreed each spring. Delivery groups report to the partnership "
              "every quarter."],
    groups=[["Problem Solving Group", "ASB and nuisance bikes", "Monthly"],
            ["Acquisitive Crime Group", "Burglary and vehicle crime", "Quarterly"],
            ["Roads Group", "Speeding and road safety", "Quarterly"],
            ["Safeguarding Group", "Domestic abuse and exploitation", "Bi-monthly"]],
    measures=[["ASB incidents", "1,870", "Below 1,650"],
              ["Burglaries and vehicle thefts", "312", "Below 280"],
              ["People killed or seriously injured", "44", "Fewer each year"],
              ["Domestic abuse victims supported", "160", "200"],
              ["Children with an exploitation plan reviewed monthly", "70%", "100%"]],
    governance=["The partnership reports to the council's Performance and Finance Scrutiny Committee and works "
                "within the Surrey Community Safety Agreement."],
    partners=["Surrey Heath Borough Council", "Surrey Police", "Surrey County Council", "Surrey Fire and Rescue Service",
              "NHS Frimley", "Probation Service", "Accent Housing", "Neighbourhood Watch"],
    contact="Contact: community.safety@surreyheath.example (illustrative)",
)


def build(out_root):
    return style_actionplan.build(D, out_root)
