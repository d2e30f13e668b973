"""Bristol Combating Drugs Partnership Plan 2025-2028 (HTML printed by Chromium).

Four priorities, stated once, on "Our priorities" (p6) as **horizontal bands with a progress bar**: a coloured
left edge, the priority as the band heading, a line of description and a bar labelled "Delivery: year 1 of 3".
Distractors: the From Harm to Hope strategic priorities (p5), the needs assessment (p4), the actions and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import progress_bands_html

FILE = "strategies/bristol_combating_drugs_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Breaking drug supply chains and county lines", "Police-led disruption of the lines and networks that supply "
     "Bristol and run from it.", 30),
    ("Building a world-class treatment and recovery system", "More people in treatment, staying in treatment and "
     "recovering.", 25),
    ("Fewer lives lost to drugs", "Naloxone, outreach and learning from every death.", 20),
    ("Getting people in recovery into homes and jobs", "Recovery housing and supported employment so that "
     "recovery lasts.", 15),
]


def spec():
    return dict(
        file=FILE, stem="bristol_drugs", producer="html", title="Bristol Combating Drugs Partnership Plan "
        "2025–2028", author="Bristol Combating Drugs Partnership", org="Bristol Combating Drugs Partnership",
        running="Bristol Combating Drugs Partnership", cover=["Combating Drugs", "Partnership Plan", "2025–2028"],
        cover_sub="Bristol", colours=("#1F4E79", "#F4B400", "#EAF1F8"), font="DejaVu Sans",
        pagefmt='"Page " counter(page)',
        sections=[
            ("intro", "Introduction", [
                ("p", "The Bristol Combating Drugs Partnership brings together the council, police, probation, the "
                      "NHS, treatment providers and people with lived experience. It leads the city's response to "
                      "the national drug strategy."),
                ("sign", "Senior Responsible Owner, Bristol Combating Drugs Partnership")]),
            ("need", "The needs assessment", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("3,900", "adults in drug and alcohol treatment"), ("68", "drug-related deaths in a "
                           "year"), ("42", "county lines closed"), ("11%", "of people in recovery in work")]),
                ("ul", ["Crack cocaine use is rising among people already using opiates.",
                        "Most drug-related deaths are of men aged 35 to 54 living alone.",
                        "People leave treatment without a home or work to go to."])]),
            ("nat", "The national strategy", [
                ("p", "The national drug strategy From Harm to Hope has three strategic priorities: break drug supply "
                      "chains; deliver a world-class treatment and recovery system; and achieve a generational shift "
                      "in demand for drugs. We have adapted them for Bristol below."),
                ("p", "The national outcomes are: reducing drug use, reducing drug-related crime, reducing "
                      "drug-related deaths and harm, and increasing engagement in treatment and recovery.")]),
            ("pri", "Our priorities", [progress_bands_html(PRIORITIES, "The partnership has agreed four priorities "
                                                          "for Bristol:")]),
            ("del", "Actions and measures", [
                ("table", [["Action", "Lead"], ["Drug testing on arrest in Bristol custody", "Police"],
                           ["A crack cocaine treatment pathway", "Treatment provider"],
                           ["Naloxone for every hostel resident", "Public health"],
                           ["Individual placement and support in treatment", "DWP and council"]], [0.7, 0.3]),
                ("table", [["Measure", "Baseline", "Direction"], ["Adults in treatment", "3,900", "Up"],
                           ["Drug-related deaths", "68", "Down"]], [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: cdp@bristol.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
