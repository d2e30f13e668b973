"""Elmbridge Community Safety Partnership Plan 2026-2029: python-docx -> LibreOffice, house style N (numbered
headings, TOC field).  The priorities are the numbered Heading 2 sub-sections 3.1-3.5.  Distractors: the
2023-2026 priorities and key findings (p4), the PCC's priorities quoted in a box (p4), delivery groups and
measures."""
from surrey_districts import style_numbered

D = dict(
    file="strategies/elmbridge_community_safety_partnership_plan_2026-29.pdf",
    slug="elmbridge_csp",
    title="Elmbridge Community Safety Partnership Plan 2026\u20132029",
    kind="csp",
    body="Elmbridge Community Safety Partnership",
    cover_title="Community Safety Partnership Plan",
    cover_sub="2026 \u2013 2029",
    cover_lines=["Elmbridge Borough Council \u00b7 Surrey Police \u00b7 Surrey Fire and Rescue Service \u00b7 "
                 "Surrey County Council \u00b7 NHS Surrey Heartlands \u00b7 Probation Service",
                 "Published April 2026"],
    header_left="Elmbridge Community Safety Partnership", header_right="Plan 2026\u20132029",
    footer="Page {PAGE}",
    colours=("1B4F72", "2E86C1", "4D5656"), tint="E8F1F8",
    font="Liberation Sans", size=10.5,
    sections=dict(fwd="Foreword", ctx="Elmbridge today", pri="Our priorities for 2026\u20132029", dlv="Delivering the plan",
                  gov="Measures and governance"),
    foreword=[
        "Elmbridge is one of the safest boroughs in the country, and most residents tell us they feel safe where "
        "they live. That is not a reason to stand still. Behind the low overall figures sit real harms: young "
        "people drawn into drug running, women who do not feel safe walking home from the station, families "
        "who lose someone to the river, and neighbours worn down by persistent anti-social behaviour.",
        "This plan sets out where the partnership will concentrate its shared effort for the next three years. "
        "It was shaped by the Surrey community safety strategic assessment, by 1,100 responses to our residents' "
        "survey (illustrative figure) and by conversations with councillors, schools and voluntary groups along "
        "the Thames and in our villages.",
        "No single agency can deliver these priorities alone. We will pool information, tasking and, where we "
        "can, funding, and we will report openly to the Overview and Scrutiny Committee each year on what has "
        "changed.",
    ],
    signed="Chair, Elmbridge Community Safety Partnership, and Portfolio Holder for Community Safety",
    context=("Elmbridge has around 140,000 residents living in towns and villages along the Thames, the Mole "
             "and the Wey, from Walton and Weybridge to Cobham, Esher and the Moleseys. The figures below come "
             "from the partnership's 2025 strategic assessment."),
    stats=[("3,950", "anti-social behaviour reports to police and council, 2025/26"),
           ("\u221212%", "change in residential burglary since 2022/23"),
           ("41%", "of women surveyed who feel unsafe after dark near stations"),
           ("6", "water-related incidents needing rescue, 2025")],
    findings=["Anti-social behaviour is concentrated in a small number of parks, parades and riverside spots, "
              "and peaks in summer evenings.",
              "Burglary has fallen but remains the crime residents worry about most; vehicle crime has risen on "
              "driveways in Esher and Cobham.",
              "Referrals for child criminal exploitation have doubled in three years, most linked to drug lines "
              "from south-west London.",
              "Most incidents on the river involve young people swimming near weirs in hot weather."],
    previous=("The 2023\u20132026 plan",
              "The previous plan had three priorities. This plan replaces them:",
              ["Safer neighbourhoods", "Protecting vulnerable people", "Acquisitive crime"]),
    pri_intro=("The partnership has agreed five priorities for 2026\u20132029. They are set out below, each with "
               "the reason we chose it, what we will do and who leads."),
    priorities=[
        dict(id="ELM1", text="Reducing anti-social behaviour in our neighbourhoods", plan=["P1"],
             why="Anti-social behaviour is the issue residents raise most often with councillors, and a handful "
                 "of locations generate a large share of the calls.",
             actions=["Run monthly joint action group meetings on the top ten locations.",
                      "Use community protection warnings and notices consistently across partners.",
                      "Promote the ASB case review so that repeat victims know their rights."],
             lead="Elmbridge Borough Council, Community Safety Team"),
        dict(id="ELM2", text="Tackling violence against women and girls", plan=["P3"],
             why="Women and girls told us they change how they travel and where they go to stay safe. Domestic "
                 "abuse, stalking and harassment in public places all form part of this priority.",
             actions=["Map the routes from stations and town centres that women say feel unsafe, and improve them.",
                      "Train licensed premises and taxi drivers to spot and respond to predatory behaviour.",
                      "Work with schools on healthy relationships and challenging misogyny."],
             lead="Surrey Police, Elmbridge Neighbourhood Policing Team, with the council"),
        dict(id="ELM3", text="Protecting young people from exploitation and county lines", plan=["P2"],
             why="More Elmbridge children are being groomed to carry and sell drugs. They are victims first.",
             actions=["Share intelligence on exploitation through the multi-agency child exploitation meeting.",
                      "Support parents to recognise the signs, through schools and youth clubs.",
                      "Disrupt the adults who exploit children, using every civil and criminal power."],
             lead="Surrey County Council Children's Services and Surrey Police"),
        dict(id="ELM4", text="Keeping people safe on and near the River Thames", plan=[],
             why="The river is part of Elmbridge's character, but cold water, weirs and strong currents claim "
                 "lives every few years.",
             actions=["Install and check throwlines and signage at the riverside hotspots.",
                      "Deliver water safety sessions in every Elmbridge secondary school before the summer.",
                      "Run joint patrols with the fire service on hot weekends."],
             lead="Surrey Fire and Rescue Service, with the council's Leisure team"),
        dict(id="ELM5", text="Reducing burglary and car crime", plan=["P1"],
             why="Burglary and theft from cars cause distress out of proportion to their number, and residents "
                 "tell us these are the crimes they fear most.",
             actions=["Offer crime prevention visits to repeat and near-repeat victims within 48 hours.",
                      "Target catalytic converter and keyless car theft with mark-and-register events.",
                      "Support Neighbourhood Watch to grow in the areas with the fewest schemes."],
             lead="Surrey Police"),
    ],
    delivery=["Each priority has a lead officer and a delivery group, which report to the partnership board every "
              "quarter. The groups use short working titles, shown below."],
    groups=[["Joint Action Group", "Places and people causing anti-social behaviour", "Monthly"],
            ["Safer Streets group", "Women's and girls' safety", "Every two months"],
            ["Exploitation panel", "Children at risk of exploitation", "Monthly"],
            ["River safety forum", "Water safety", "Quarterly"],
            ["Acquisitive crime group", "Burglary and vehicle crime", "Quarterly"]],
    measures=[["ASB reports in the ten hotspot locations", "1,180", "A fall of 20%"],
              ["Women who feel safe after dark near stations", "59%", "70% or more"],
              ["Children referred for exploitation support within a week", "64%", "90%"],
              ["Water rescues in the borough", "6", "Fewer each year"],
              ["Residential burglaries", "420", "Below 380"]],
    governance=["The Community Safety Partnership is the statutory partnership under the Crime and Disorder Act "
                "1998. It reports to the council's Overview and Scrutiny Committee and works with the Surrey "
                "Community Safety Board, which coordinates county-wide work."],
    partners=["Elmbridge Borough Council", "Surrey Police", "Surrey County Council", "Surrey Fire and Rescue Service",
              "NHS Surrey Heartlands", "Probation Service", "Elmbridge CVS", "Paragon Asra Housing"],
    contact="Contact: community.safety@elmbridge.example \u00b7 01372 000 000 (illustrative)",
)


def build(out_root):
    return style_numbered.build(D, out_root)
