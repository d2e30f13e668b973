"""Safer Somerset Partnership Strategy 2025-2028 (house style B, HTML printed by Chromium, teal colours).

Five priorities, stated once, on the "Our five priorities" page (p6), in the same kicker layout as Keeping Bristol
Safe: short noun phrases in large light type under a flush-right "PRIORITY" kicker.  Distractors: the 2022-25
priorities (p3), the county strategic assessment's "top risks" ranking (p5), the delivery groups and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import KICKER_CSS, kicker_html

FILE = "strategies/safer_somerset_partnership_strategy_2025-28.pdf"
PRIORITIES = [
    ("Anti-social behaviour that harms communities and individuals",
     "Persistent and targeted anti-social behaviour, in towns and in villages."),
    ("Domestic abuse", "Earlier help for victims and their children, and a consistent response from every agency."),
    ("Serious violence", "Our Serious Violence Duty response, shaped by the force-wide strategy."),
    ("Rural crime", "Farm, wildlife and heritage crime across the Levels, Exmoor and the Quantocks."),
    ("Preventing accidental drowning on our coast and waterways",
     "Water safety messages, throwlines and patrols at the places where people get into trouble."),
]


def spec():
    return dict(
        file=FILE, stem="somerset_csp", producer="html", title="Safer Somerset Partnership Strategy 2025–2028",
        author="Safer Somerset Partnership", org="Safer Somerset Partnership",
        running="Safer Somerset Partnership · Strategy 2025–2028", cover=["Partnership Strategy", "2025–2028"],
        cover_sub="Working together for a safer Somerset", colours=("#00606B", "#8CC63F", "#E5F2F2"),
        font="Liberation Sans", css=KICKER_CSS % dict(c="#00606B"),
        sections=[
            ("intro", "Introduction", [
                ("p", "Somerset is a large rural county with a long coastline, market towns and the county town of "
                      "Taunton. Since Somerset Council became a single unitary authority, the Safer Somerset "
                      "Partnership has been the one community safety partnership for the whole county."),
                ("p", "Our previous strategy (2022–2025) had three priorities: Protecting vulnerable people; "
                      "Building resilient communities; and Reducing offending. We have replaced them with five more "
                      "specific priorities."),
                ("sign", "Chair, Safer Somerset Partnership")]),
            ("ctx", "Somerset in numbers", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("575,000", "residents"), ("38,000", "crimes recorded in 2024/25"),
                           ("9,600", "anti-social behaviour incidents"), ("7,900", "domestic abuse crimes and "
                           "incidents"), ("240", "rural crimes against farms"), ("14", "water-related deaths in "
                           "five years")])]),
            ("risk", "What the strategic assessment found", [
                ("p", "The county strategic assessment ranks the risks below by harm and volume. The ranking informs "
                      "our priorities but is not the list of priorities itself."),
                ("table", [["Rank", "Risk", "Trend"], ["1", "Domestic abuse", "Rising"],
                           ["2", "Anti-social behaviour", "Stable"], ["3", "Violence with injury", "Rising"],
                           ["4", "Drug supply and county lines", "Stable"], ["5", "Theft from farms", "Rising"],
                           ["6", "Fraud against older people", "Rising"]], [0.15, 0.6, 0.25])]),
            ("pri", "Our five priorities", [
                kicker_html(PRIORITIES, "The partnership board agreed these five priorities in March 2025.",
                            "Drug supply and county lines are led by the Somerset Combating Drugs Partnership.")]),
            ("del", "Delivering the strategy", [
                ("p", "Each priority has a delivery group. Their main actions for 2025/26 are:"),
                ("ul", ["ASB: a single case management system for council and police; ASB case review publicity.",
                        "Domestic abuse: Somerset Domestic Abuse Service in every hospital and GP cluster.",
                        "Serious violence: hotspot plans for Taunton, Bridgwater and Yeovil.",
                        "Rural crime: Farm Watch, a rural crime team and marked machinery.",
                        "Water safety: a summer campaign with the RNLI and the fire service."]),
                ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "9,600", "Down"],
                           ["Repeat domestic abuse victims", "29%", "Down"], ["Water-related deaths", "14 in five "
                           "years", "Down"]], [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: safersomerset@somerset.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
