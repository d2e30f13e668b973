"""Mole Valley Community Safety Partnership Plan 2026-2029: python-docx -> LibreOffice, house style N
(numbered headings, TOC field; Liberation Serif body, green).  The priorities are the numbered Heading 2
sub-sections 3.1-3.5.  Distractors: key findings, the 2022-2025 themes and the PCC's priorities (p4),
delivery groups and measures."""
from surrey_districts import style_numbered

D = dict(
    file="strategies/mole_valley_community_safety_partnership_plan_2026-29.pdf",
    slug="mole_valley_csp",
    title="Mole Valley Community Safety Partnership Plan 2026\u20132029",
    kind="csp",
    body="Mole Valley Community Safety Partnership",
    cover_title="Safer Mole Valley",
    cover_sub="Community Safety Partnership Plan 2026\u20132029",
    cover_lines=["Mole Valley District Council with Surrey Police, Surrey County Council, Surrey Fire and Rescue "
                 "Service, NHS Surrey Heartlands and the Probation Service", "April 2026"],
    header_left="Safer Mole Valley", header_right="Community Safety Partnership Plan 2026\u201329",
    footer="{PAGE}",
    colours=("1E5631", "4C9A2A", "555555"), tint="EDF5E8",
    font="Liberation Serif", heading_font="Liberation Sans", size=11, symbol_at=3,
    sections=dict(fwd="Introduction from the Chair", ctx="Mole Valley: the picture in 2026",
                  pri="What the partnership will focus on", dlv="How we will deliver", gov="Checking our progress"),
    findings_head="What the evidence says",
    foreword=[
        "Mole Valley is a largely rural district: Dorking and Leatherhead are our two towns, and most of the rest "
        "of the district is green belt, farmland and the Surrey Hills. Crime is low, but when it happens in a "
        "small village it is felt by everyone.",
        "Our residents have been clear about what worries them: young people hanging around and causing "
        "trouble, thefts from farms and outbuildings, speeding through villages, and the phone calls and "
        "doorstep visits that cheat older neighbours out of their savings. Our partners add domestic abuse, "
        "which is hidden in every community, rural or urban.",
        "This plan is deliberately short. It names five things we will work on together, and it says how we "
        "will know whether we have made a difference.",
    ],
    signed="Chair of the Mole Valley Community Safety Partnership",
    context=("Mole Valley has about 88,000 residents. A third live in Dorking and Leatherhead; the rest live in "
             "villages such as Ashtead, Bookham, Capel and Beare Green, many of them with an older population."),
    stats=[("1,640", "anti-social behaviour incidents, 2025/26"),
           ("212", "thefts from farms, stables and outbuildings"),
           ("\u00a31.3m", "lost by residents to fraud and scams in a year"),
           ("58", "people killed or seriously injured on district roads")],
    findings=["Anti-social behaviour reports cluster in Leatherhead town centre, Dorking's parks and two "
              "village recreation grounds.",
              "Domestic abuse incidents have risen for three years; repeat victims account for two in five.",
              "Rural thefts target quad bikes, tools and fuel, often by travelling groups.",
              "Residents over 75 are five times more likely than average to lose money to a scam."],
    previous=("Our 2022\u20132025 themes",
              "The last plan was organised around four themes, which this plan replaces:",
              ["Community harm", "Vulnerable people", "Rural communities", "Partnership working"]),
    pri_intro="For 2026\u20132029 the partnership will focus on five priorities.",
    priorities=[
        dict(id="MOL1", text="Anti-social behaviour and its impact on residents", plan=["P1"],
             why="Persistent anti-social behaviour affects quality of life far beyond the individual incident.",
             actions=["Hold a fortnightly problem-solving meeting for the highest-risk cases.",
                      "Fund diversionary youth activity on Friday evenings in Leatherhead.",
                      "Give victims a single point of contact across the council and police."],
             lead="Mole Valley District Council"),
        dict(id="MOL2", text="Domestic abuse", plan=["P3"],
             why="Domestic abuse is under-reported in rural areas, where victims can be isolated and far from help.",
             actions=["Train frontline council, housing and GP practice staff to ask about abuse.",
                      "Fund outreach by the specialist domestic abuse service in village halls.",
                      "Make sure every high-risk case is heard at MARAC within two weeks."],
             lead="East Surrey Domestic Abuse Services and Surrey Police"),
        dict(id="MOL3", text="Crime in our rural communities", plan=["P1"],
             why="Farm theft, poaching and hare coursing hit livelihoods and make isolated residents feel unsafe.",
             actions=["Grow Rural Watch and farm watch schemes across the southern villages.",
                      "Hold property marking days for farm machinery and equipment.",
                      "Work with landowners to design out access for hare coursing."],
             lead="Surrey Police Rural Crime Team"),
        dict(id="MOL4", text="Scams and doorstep crime targeting older residents", plan=["P4"],
             why="Scams cause financial harm and long-lasting loss of confidence, especially among people who "
                 "live alone.",
             actions=["Set up no-cold-calling zones in streets where older people have been targeted.",
                      "Train bank, post office and pharmacy staff to spot and report scam victims.",
                      "Run talks with Age UK in sheltered housing schemes."],
             lead="Surrey Trading Standards"),
        dict(id="MOL5", text="Safer roads through our villages", plan=[],
             why="Speeding on narrow village roads is the most common complaint in parish council surveys.",
             actions=["Support Community Speedwatch groups with equipment and training.",
                      "Review collision sites with the county highways team every year.",
                      "Run cycle and motorcycle safety events on the Surrey Hills routes."],
             lead="Surrey County Council Highways and the Drive SMART road safety partnership"),
    ],
    delivery=["Delivery is through three working groups, each chaired by a partner, which report to the "
              "partnership every quarter."],
    groups=[["Community Harm Group", "Anti-social behaviour and scams", "Monthly"],
            ["Safer Homes Group", "Domestic abuse", "Every six weeks"],
            ["Rural and Roads Group", "Rural crime and road safety", "Quarterly"]],
    measures=[["Anti-social behaviour incidents", "1,640", "Below 1,400"],
              ["Repeat domestic abuse victims", "39%", "Below 30%"],
              ["Rural thefts", "212", "Below 180"],
              ["No-cold-calling zones in place", "12", "30"],
              ["People killed or seriously injured", "58", "Fewer each year"]],
    governance=["The partnership is chaired by the council's Strategic Director and reports to the Scrutiny "
                "Committee each year. It shares information under the Surrey multi-agency information sharing "
                "protocol."],
    partners=["Mole Valley District Council", "Surrey Police", "Surrey County Council", "Surrey Fire and Rescue Service",
              "NHS Surrey Heartlands", "Probation Service", "Age UK Surrey", "East Surrey Domestic Abuse Services"],
    contact="Contact: safer.molevalley@molevalley.example (illustrative)",
)


def build(out_root):
    return style_numbered.build(D, out_root)
