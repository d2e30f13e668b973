"""Somerset Combating Drugs Partnership Plan 2025-2028 (reportlab).

Four priorities, stated once, on "Our four priorities" (p6): a **row of big numerals "1 2 3 4" over four columns**,
a rule, the priority in bold under each numeral and a short description under that.  Distractors: the national
outcomes (p5), the local findings (p4), the actions and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import numeral_columns_rl

FILE = "strategies/somerset_combating_drugs_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Cut the supply of illegal drugs into Somerset", "Disrupt county lines and local dealers."),
    ("Get more people into treatment and keep them there", "Faster access and fewer drop-outs."),
    ("Prevent drug and alcohol deaths", "Naloxone, outreach and reviews of every death."),
    ("Support families affected by someone's drug or alcohol use", "Help for parents, partners and children."),
]


def spec():
    return dict(
        file=FILE, stem="somerset_drugs", producer="rl", title="Somerset Combating Drugs Partnership Plan "
        "2025–2028", author="Somerset Combating Drugs Partnership", org="Somerset Combating Drugs Partnership",
        running="Somerset Combating Drugs Partnership · Plan 2025–2028", cover=["Combating Drugs", "Partnership Plan",
        "2025–2028"], cover_sub="Somerset", colours=("#2D4739", "#D98E04", "#EEF3EF"), rlfont="liberation-narrow",
        pagefmt_rl="{n}",
        sections=[
            ("intro", "Introduction", [
                ("p", "Somerset's drug and alcohol problems look different from a city's: dealing spreads along the "
                      "M5 corridor into market towns, treatment services are far apart and many people who die from "
                      "drugs were never in treatment."),
                ("sign", "Director of Public Health, Somerset Council, on behalf of the partnership")]),
            ("find", "What we found", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("2,700", "adults in treatment"), ("49", "drug and alcohol deaths a year"),
                           ("30", "county lines active"), ("1,900", "children living with a parent in treatment")])]),
            ("nat", "National outcomes", [
                ("p", "The national framework measures every partnership against the same outcomes: reduce drug use; "
                      "reduce drug-related crime; reduce drug-related deaths and harm; and increase engagement in "
                      "treatment and recovery. They frame our work but are not our priorities.")]),
            ("pri", "Our four priorities", [numeral_columns_rl(PRIORITIES, "The partnership board has agreed four "
                                                               "priorities for Somerset.")]),
            ("del", "Actions and measures", [
                ("ul", ["Operation to target county lines along the M5 corridor (police).",
                        "Outreach treatment vans in Minehead, Chard and Frome (treatment provider).",
                        "A family support service for people affected by a relative's drug use (council)."]),
                ("table", [["Measure", "Baseline", "Direction"], ["Adults in treatment", "2,700", "Up"],
                           ["Deaths", "49", "Down"], ["Families supported", "150", "Up"]], [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: cdp@somerset.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
