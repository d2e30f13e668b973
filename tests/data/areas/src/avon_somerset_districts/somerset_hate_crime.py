"""Somerset Hate Crime Strategy 2025-2028 (reportlab).

Four priorities, stated once, on "Our priorities" (p5): **full-width rows, each with a big numeral in a drawn
disc** on the left and the priority in bold beside it, a description under it.  Distractors: the protected
characteristics and definitions (p3), the findings (p4), the actions and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import disc_rows_rl

FILE = "strategies/somerset_hate_crime_strategy_2025-28.pdf"
PRIORITIES = [
    ("More people reporting hate incidents and crimes", "Third-party reporting centres, easy online reporting and "
     "campaigns in every town."),
    ("Supporting victims of hate crime", "A specialist caseworker service for anyone targeted because of who they "
     "are."),
    ("Challenging prejudice through education in schools and communities", "Lessons, assemblies and community "
     "events that build understanding before hate happens."),
    ("Tackling online hate and abuse", "Working with the police and platforms so that online hate is reported, "
     "investigated and removed."),
]


def spec():
    return dict(
        file=FILE, stem="somerset_hate_crime", producer="rl", title="Somerset Hate Crime Strategy 2025–2028",
        author="Somerset Council and the Safer Somerset Partnership", org="Somerset Council",
        running="Somerset Hate Crime Strategy 2025–2028", cover=["Hate Crime Strategy", "2025–2028"],
        cover_sub="Somerset: no place for hate", colours=("#3D2B56", "#E94F64", "#EFEAF4"), rlfont="liberation-sans",
        pagefmt_rl="Page {n}",
        sections=[
            ("intro", "Introduction and definitions", [
                ("p", "A hate crime is any criminal offence that the victim or anyone else perceives to be motivated "
                      "by hostility or prejudice based on race, religion, sexual orientation, disability or "
                      "transgender identity. A hate incident is the same kind of behaviour where no crime is "
                      "committed."),
                ("p", "This strategy is owned by Somerset Council on behalf of the Safer Somerset Partnership."),
                ("sign", "Lead Member for Communities, Somerset Council")]),
            ("find", "What we know", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("780", "hate crimes recorded"), ("1 in 3", "victims who told no one"), ("24%", "of "
                           "reports about disability"), ("140", "reports of online hate")]),
                ("ul", ["Most hate crime is under-reported, especially in rural areas.",
                        "Victims want someone to help them through the process.",
                        "Young people see prejudice online every day."])]),
            ("pri", "Our priorities", [disc_rows_rl(PRIORITIES, "The partnership has agreed four priorities:")]),
            ("del", "Actions and measures", [
                ("ul", ["Twelve third-party reporting centres in libraries and community hubs.",
                        "A hate crime caseworker funded by the Police and Crime Commissioner.",
                        "A schools programme in partnership with the county's multi-academy trusts."]),
                ("table", [["Measure", "Baseline", "Direction"], ["Hate crimes reported", "780", "Up"],
                           ["Victims supported", "210", "Up"]], [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: hatecrime@somerset.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
