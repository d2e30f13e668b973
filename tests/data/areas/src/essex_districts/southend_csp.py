"""Southend-on-Sea Community Safety Partnership strategy 2025-2028: house style H (reportlab beach huts) in
Southend's own colours, three huts then two (p5)."""
from .kit_rl import BeachHuts, Doc
from .shared import csp

FILE = "strategies/southend-on-sea_community_safety_partnership_strategy_2025-28.pdf"
PRIORITIES = [
    ("A safer town centre and seafront", "High Street, the Pier approach and Marine Parade, day and night."),
    ("Violence and vulnerability", "Knife crime, youth violence and the people most at risk of harm."),
    ("Domestic abuse and violence against women and girls", "Prevention, support and accountability."),
    ("Drug and alcohol harm", "Treatment, recovery and reducing harm on our streets."),
    ("Homelessness and street-based vulnerability", "Rough sleeping, begging and the people behind them."),
]
D = csp(
    font="liberation-narrow", c1="#00546b", c2="#e35b3c", org="Southend-on-Sea Community Safety Partnership",
    short="Southend-on-Sea CSP Strategy 2025\u20132028", folio="Page {n} of 6",
    pdf_title="Southend-on-Sea Community Safety Partnership Strategy 2025-2028",
    title_lines=["Community Safety", "Strategy"], years="2025\u20132028", pri_title="Our priorities",
    foreword=["Southend-on-Sea is a city by the sea, with the longest pleasure pier in the world and millions "
              "of visitors. Our challenges are those of a busy urban centre on the coast.",
              "This strategy was shaped by the Safer Southend survey and by the partnership's strategic "
              "assessment."],
    signed="Chair, Southend-on-Sea Community Safety Partnership",
    previous=["Anti-social behaviour", "Serious violence", "Domestic abuse", "Drugs and exploitation",
              "Prevent"],
    prev_title="The 2021\u20132024 strategy",
    context_intro="Southend has about 182,000 residents (illustrative) and is a unitary authority.",
    stats=[("6,400", "ASB reports"), ("310", "knife offences"), ("2,200", "DA incidents"),
           ("75", "people sleeping rough")],
    findings=["The town centre and seafront generate a fifth of all crime.",
              "Drug-related deaths are above the national rate.",
              "Rough sleeping overlaps with drug use, begging and exploitation."],
    pri_intro="The five priorities below were agreed by the partnership in May 2025.",
    actions=[("Town centre", "Town centre and seafront safety plan with the BID", "City council"),
             ("Violence", "Violence reduction youth workers in hotspots", "VVP"),
             ("DA and VAWG", "Safe Space scheme in seafront venues", "City council"),
             ("Drugs and alcohol", "Naloxone for all hostel staff", "Public health"),
             ("Homelessness", "Rough sleeper outreach seven days a week", "City council")],
    measures=["Town centre crime and ASB", "Drug-related deaths", "Rough sleepers on the count"],
    governance="The partnership reports to the Southend Health and Wellbeing Board and the Cabinet.",
    contact="community.safety@southend.example",
)


def build(out_root):
    d = Doc(D)
    return d.build(out_root / FILE, [BeachHuts(d, PRIORITIES, ["#e35b3c", "#00546b", "#f2b134", "#4f9d69",
                                                                 "#6c5b7b"])])
