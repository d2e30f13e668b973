"""Avon and Somerset Reducing Reoffending Board Strategy 2025-2028 (reportlab).

Five priorities, stated once, on "Our priorities" (p5): a **coloured band down the left third of the page**, the
priorities in white split by white rules, and the board's explanation in the right two-thirds.  Distractors: the
resettlement pathways (p4), the previous strategy's themes (p3), the actions and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import edgeband_rl

FILE = "strategies/avon_and_somerset_reducing_reoffending_strategy_2025-28.pdf"
PRIORITIES = [
    "Finding settled homes for people leaving prison",
    "Getting people into work and training after custody",
    "Integrated offender management focused on neighbourhood crime",
    "Supporting women in contact with the justice system",
    "Treatment requirements that tackle addiction and mental ill health",
]


def spec():
    return dict(
        file=FILE, stem="reoffending", producer="rl", title="Avon and Somerset Reducing Reoffending Strategy "
        "2025–2028", author="Avon and Somerset Reducing Reoffending Board", org="Avon and Somerset Reducing "
        "Reoffending Board", running="Reducing Reoffending Strategy 2025–2028", cover=["Reducing Reoffending",
        "Strategy 2025–2028"], cover_sub="Avon and Somerset", colours=("#37474F", "#FF8F00", "#ECEFF1"),
        rlfont="dejavu-cond", pagefmt_rl="— {n} —",
        sections=[
            ("intro", "Introduction", [
                ("p", "The Reducing Reoffending Board is co-chaired by the Police and Crime Commissioner and the "
                      "Probation Service's regional director. Our last strategy (2022–2025) had three themes: "
                      "Accommodation; Substance misuse; and Employment. This strategy replaces them."),
                ("sign", "Co-chairs, Avon and Somerset Reducing Reoffending Board")]),
            ("path", "The resettlement pathways", [
                ("p", "National policy describes seven pathways out of offending: accommodation; education, training "
                      "and employment; health; drugs and alcohol; finance, benefit and debt; children and families; "
                      "and attitudes, thinking and behaviour. We use them to plan services."),
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("1 in 7", "people released homeless"), ("18%", "in work six weeks after release"),
                           ("620", "people on the IOM cohort"), ("240", "women on probation")])]),
            ("pri", "Our priorities", [edgeband_rl(PRIORITIES, "The board has agreed five priorities for 2025–2028:",
                ["Each priority has a task group of the board, led by the agency with the most influence over it.",
                 "The priorities were chosen because housing, work and treatment make the biggest difference to "
                 "whether people offend again, because integrated offender management reduces neighbourhood "
                 "crime, and because women's needs are different.",
                 "The board will review them after two years."])]),
            ("del", "Actions and measures", [
                ("table", [["Action", "Lead"], ["Accommodation on the day of release from HMP Bristol", "Councils"],
                           ["Employment hubs in probation offices", "DWP"], ["IOM cohort refreshed quarterly",
                           "Police and probation"], ["A women's centre in Taunton", "OPCC"],
                           ["More community sentence treatment requirements", "Probation and NHS"]], [0.7, 0.3]),
                ("table", [["Measure", "Baseline", "Direction"], ["Released homeless", "1 in 7", "Down"],
                           ["In work at six weeks", "18%", "Up"]], [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: rrb@avonandsomerset.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
