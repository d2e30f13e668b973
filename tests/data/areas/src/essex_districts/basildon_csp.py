"""Safer Basildon Partnership plan 2025-2028: house style D (HTML/CSS -> Chromium), the priorities printed
as the destinations of a station departure board (p5)."""
from .kit_html import DEPARTURES_CSS, departures, document
from .shared import csp

FILE = "strategies/safer_basildon_partnership_community_safety_plan_2025-28.pdf"
PRIORITIES = [
    ("Tackling anti-social behaviour in our neighbourhoods and the town centre",
     "Basildon, Pitsea, Laindon and Wickford town centres; housing estates"),
    ("Reducing serious violence and knife crime", "schools, A&E navigators, weapon sweeps"),
    ("Protecting people from domestic abuse", "the Basildon DA hub, MARAC, Operation Encompass"),
    ("Disrupting drug dealing and county lines", "closure orders, cuckooing visits, rail station patrols"),
    ("Preventing modern slavery and labour exploitation",
     "car washes, nail bars, the Anti-Slavery Partnership, businesses"),
]
D = csp(
    font="Liberation Sans", c1="#1f3a5f", c2="#d2691e", org="Safer Basildon Partnership",
    short="Safer Basildon Partnership \u00b7 Community Safety Plan 2025\u201328", folio="Page {n} of 6",
    pdf_title="Safer Basildon Partnership Community Safety Plan 2025-2028",
    title_lines=["Community Safety", "Plan"], years="2025\u20132028", pri_title="Where we're heading",
    foreword=["Basildon is a young, fast-growing borough with a proud new-town history. Most residents feel "
              "safe most of the time, but too many tell us that anti-social behaviour, drug dealing and "
              "violence spoil the places they live.",
              "This plan is the partnership's route for the next three years. Like a departures board, it "
              "lists where we are going and the stops on the way."],
    signed="Chair, Safer Basildon Partnership",
    previous=["Anti-social behaviour", "Violence and vulnerability", "Domestic abuse", "Hate crime"],
    context_intro="Basildon borough has about 190,000 residents (illustrative) and four town centres.",
    stats=[("9,800", "ASB reports a year"), ("1,450", "domestic abuse crimes"), ("112", "knife offences"),
           ("38", "slavery referrals")],
    findings=["ASB is concentrated in the town centre and three estates.",
              "Knife offences fell but remain above the county average.",
              "Referrals for labour exploitation have doubled since 2022."],
    pri_intro="Five priorities, agreed by the responsible authorities in March 2025. The stops listed under "
              "each are where our work will call along the way.",
    actions=[("ASB", "Monthly problem-solving meetings for each hotspot", "Borough council"),
             ("Violence", "Knife crime education in every secondary school", "Essex Police"),
             ("Domestic abuse", "Fund a domestic abuse champion in each GP surgery", "Council and ICB"),
             ("Drugs", "Cuckooing visits with housing officers", "Essex Police"),
             ("Modern slavery", "Training for licensing officers and taxi drivers", "Borough council")],
    measures=["Fewer repeat ASB locations", "Fewer knife-enabled offences", "More slavery referrals made early"],
    governance="The partnership board meets quarterly and reports to the council's scrutiny committee.",
    contact="community.safety@basildon.example",
)


def build(out_root):
    css = DEPARTURES_CSS % {"frame": "#1f3a5f", "amber": "#ffb000"}
    return document(D, departures(PRIORITIES), css, out_root / FILE)
