"""Safer and Stronger Together: Bury Community Safety Plan 2025-2028 (python-docx; kept as a native .docx).

Bury Council Word template: Liberation Serif body, Liberation Sans headings, dark green and gold, a centred
cover with the logo block and a partner strip, header "Bury Community Safety Plan 2025–2028", footer
"Page N of M" centred.  The priorities are **unnumbered Heading 2s under the Heading 1 "Our priorities"**, each
followed by "What this means" and "What we will do" paragraphs.  As a .docx it has no pages: gold page 1.
Distractors: the 2022-2025 priorities (a bullet list), the Mayor's priorities quoted, the LET'S principles,
theme labels in the delivery table, outcome measures.
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/bury_community_safety_plan_2025-28.docx"
GREEN, GOLD = "00553B", "B58B00"

PRIORITIES = [
    ("Tackling crime and anti-social behaviour in our town centres and neighbourhoods",
     "Bury, Radcliffe, Ramsbottom, Prestwich, Tottington and Whitefield town centres are the heart of our "
     "communities. Residents told us that groups causing nuisance, off-road bikes and shop theft make them "
     "feel less safe.",
     "Neighbourhood problem-solving plans for every hotspot, joint patrols, and swift use of civil powers."),
    ("Supporting victims and tackling the causes of domestic abuse",
     "Domestic abuse accounts for one in five violent crimes recorded in Bury.",
     "Early help for families, the Safe Space network in community hubs, and specialist support in A&E."),
    ("Strengthening community cohesion",
     "Bury is an increasingly diverse borough. Most people say that people from different backgrounds get on "
     "well together, but this is not true everywhere.",
     "A community cohesion fund, inter-faith work through the Bury Faith Forum, and a shared approach to "
     "monitoring tensions."),
    ("Reducing drug and alcohol related harm and offending",
     "A large share of acquisitive crime in Bury is linked to drug use.",
     "Treatment places for people arrested for drug-related offences, and closer work between the treatment "
     "service and probation."),
    ("Reducing reoffending",
     "A small number of people commit a large share of crime in the borough.",
     "Integrated Offender Management, housing support for people leaving prison, and work placements."),
]


def foreword(d):
    X.prose(d, [
        "Keeping people safe is at the very heart of public service. This plan sets out how the Bury "
        "Community Safety Partnership will work together, and with communities across the borough, to keep "
        "people safe from harm, to reduce risk and vulnerability, and to present a united front to those who "
        "seek to harm others.",
        "It builds on the plan for 2022 to 2025 and on the LET'S principles of the Bury 2030 strategy: Local, "
        "Enterprising, Together and Strengths-based.",
    ])
    W.para(d, "Cabinet Member for Communities, Bury Council, and Chair of the Community Safety Partnership",
           italic=True)


def context(d):
    W.para(d, "Bury has about 195,000 residents in six townships. The figures below come from the 2024 "
              "strategic assessment.")
    X.stats_table(d, [
        ("Total recorded crime", "17,900", "down 2%"),
        ("Anti-social behaviour incidents", "5,300", "down 8%"),
        ("Domestic abuse crimes", "3,050", "up 4%"),
        ("Hate crimes", "310", "up 11%"),
        ("Adults in drug treatment", "1,120", "up 6%"),
    ], fill=GREEN, band="E8F0EC")
    W.heading(d, "Our 2022 to 2025 priorities", 2)
    X.previous(d, "The last plan had six priorities:", [
        "Reducing drug related offending",
        "Supporting victims and tackling the cause of domestic abuse",
        "Strengthening community cohesion",
        "Creating and maintaining safe spaces",
        "Tackling crime and anti-social behaviour",
        "Reducing reoffending",
    ])
    W.para(d, "We have combined \"safe spaces\" with our town centres work and widened the drugs priority to "
              "include alcohol.")
    W.heading(d, "The bigger picture", 2)
    X.mayor_quote(d, "The Greater Manchester Police, Fire and Crime Plan 2026–2030 priorities", fill="F5EFD9",
                  colour=GREEN, numbered=False)


def our_priorities(d):
    W.para(d, "Following consultation with residents, partners and our communities of interest, the partnership "
              "has agreed five priorities for the next three years.")
    for title, why, what in PRIORITIES:
        W.heading(d, title, 2)
        W.runs(d, [("What this means: ", {"bold": True}), (why, {})])
        W.runs(d, [("What we will do: ", {"bold": True}), (what, {})])


def delivery(d):
    X.actions(d, [
        ("Town centres", "Joint patrols on Friday and Saturday evenings in Bury and Radcliffe", "GMP / Council", "2025"),
        ("Domestic abuse", "Open two more Safe Spaces in community hubs", "Council", "2026"),
        ("Cohesion", "Launch the community cohesion fund (£40,000 a year)", "Council", "2025"),
        ("Drugs and alcohol", "Place a treatment worker in the custody suite", "Public Health", "2026"),
        ("Reoffending", "Offer a housing assessment before release to everyone on IOM", "Probation", "2026"),
    ], fill=GREEN)
    W.heading(d, "How we will know we are making a difference", 2)
    X.measures(d, [
        ("ASB incidents in town centres", "1,900", "-10%"),
        ("Repeat domestic abuse victims", "27%", "under 25%"),
        ("People who feel they belong to their neighbourhood", "64%", "68%"),
        ("Successful completions of drug treatment", "19%", "24%"),
        ("Proven reoffending rate (adults)", "26%", "23%"),
    ], fill=GREEN)
    W.heading(d, "Governance and contact", 2)
    W.para(d, "The Community Safety Partnership reports to the Team Bury partnership and to the Overview and "
              "Scrutiny Committee.")
    X.contacts(d, "Community Safety team, Bury Council", "community.safety@bury.example")


SPEC = dict(
    file=FILE, title="Safer and Stronger Together: Bury Community Safety Plan 2025–2028", org="Bury Council",
    style=W.Style(body="Liberation Serif", head="Liberation Sans", size=11.5, colours=(GREEN, GREEN, GOLD), h1=20,
                  h2=13, header_left="Bury Community Safety Plan 2025–2028", header_right="",
                  footer="Page {PAGE} of {NUMPAGES}", footer_align="center", hf_colour="00553B"),
    cover=dict(kind="centre", logo=["BURY", "COUNCIL"], logo_fill=GREEN,
               lines=["Safer and Stronger Together", "Bury Community Safety Plan 2025 to 2028"],
               partners="Bury Council · Greater Manchester Police · Greater Manchester Fire and Rescue Service · "
                        "Probation Service · NHS Greater Manchester (Bury) · Bury VCFA", date="June 2025",
               strip="F5EFD9"),
    sections=[
        ("Foreword", "fw", foreword),
        ("Bury today", "ctx", context),
        ("Our priorities", "pri", our_priorities),
        ("Delivering the plan", "del", delivery),
    ],
)


def build(out_root):
    return report.build(SPEC, out_root)
