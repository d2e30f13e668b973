"""Tendring Community Safety Partnership plan 2025-2028: house style H (reportlab), each priority on the door
board of a drawn striped beach hut, three huts then two (p5)."""
from .kit_rl import BeachHuts, Doc
from .shared import csp

FILE = "strategies/tendring_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Anti-social behaviour in our coastal towns", "Clacton, Jaywick, Walton and Harwich seafronts and town "
                                                   "centres."),
    ("Domestic abuse", "Early help, refuge places and support for children who live with abuse."),
    ("Drug and alcohol misuse", "Outreach, treatment referrals and safer licensed premises."),
    ("Water safety on our coast", "Beach patrols, throwlines and school lessons on tides and currents."),
    ("Serious violence", "Youth outreach, weapon sweeps and work with A&E at Colchester Hospital."),
]
D = csp(
    font="liberation-sans", c1="#0b5c8c", c2="#e0a526", org="Tendring Community Safety Partnership",
    short="Tendring CSP \u2013 Community Safety Plan 2025\u20132028", folio="Page {n}",
    pdf_title="Tendring Community Safety Partnership Plan 2025-2028",
    title_lines=["Community Safety", "Plan"], years="2025\u20132028", pri_title="Our priorities on the seafront",
    foreword=["Tendring has 36 miles of coastline and some of the most deprived neighbourhoods in England, "
              "alongside thriving resorts. Its community safety needs are distinct.",
              "Each beach hut on page 5 holds one of our five priorities; we chose them with residents, "
              "businesses and the RNLI."],
    signed="Chair, Tendring Community Safety Partnership",
    previous=["Anti-social behaviour and street drinking", "Domestic abuse", "Drug-related harm",
              "Safeguarding vulnerable people"],
    context_intro="Tendring district has about 150,000 residents (illustrative) and many summer visitors.",
    stats=[("3,600", "ASB reports"), ("1,300", "DA incidents"), ("19", "coastal rescues"),
           ("240", "violence with injury")],
    findings=["Summer ASB doubles on the seafronts.",
              "Alcohol is a factor in half of the district's violent incidents.",
              "Most coastal rescues involve people cut off by tides."],
    pri_intro="The partnership agreed these five priorities in April 2025.",
    actions=[("ASB", "Seafront summer plan with wardens and police", "District council"),
             ("Domestic abuse", "IDVA at Clacton police station", "Commissioned service"),
             ("Drugs and alcohol", "Assertive outreach to street drinkers", "Treatment provider"),
             ("Water safety", "Throwline stations at ten locations", "RNLI and council"),
             ("Violence", "Hospital navigators at weekends", "VVP")],
    measures=["Seafront ASB in July and August", "Coastal rescues and near misses", "Repeat DA victims"],
    governance="The partnership board meets quarterly and reports to the Tendring Community Leadership "
               "Board.",
    contact="tcsp@tendring.example",
)


def build(out_root):
    d = Doc(D)
    return d.build(out_root / FILE, [BeachHuts(d, PRIORITIES, ["#2a8fc9", "#e74c3c", "#f1c40f", "#27ae60",
                                                                 "#8e44ad"])])
