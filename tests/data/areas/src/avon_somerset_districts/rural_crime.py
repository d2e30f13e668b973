"""Avon and Somerset Rural Crime Partnership Plan 2025-2027 (reportlab).

Four priorities, stated once, on "Our priorities" (p5): **stacked field-green bands with a drawn hedge along the
top edge**, the priority in white on the band and a paragraph under each.  Distractors: the previous plan's
themes (p3), the survey findings (p4) and the measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import hedge_bands_rl

FILE = "strategies/avon_and_somerset_rural_crime_partnership_plan_2025-27.pdf"
PRIORITIES = [
    ("Reducing theft of farm machinery, vehicles and fuel", "Marking, tracking and secure storage, and a rural "
     "crime team that follows stolen machinery to ports."),
    ("Tackling wildlife crime and hare coursing", "Seizing vehicles and dogs, and training officers in wildlife "
     "law."),
    ("Cutting fly-tipping on farmland and rural lanes", "Cameras at hotspots and help for farmers who have to clear "
     "waste dumped on their land."),
    ("Protecting heritage sites from theft and damage", "Metal theft from churches and damage to scheduled "
     "monuments."),
]


def spec():
    return dict(
        file=FILE, stem="rural_crime", producer="rl", title="Avon and Somerset Rural Crime Partnership Plan "
        "2025–2027", author="Avon and Somerset Rural Crime Partnership", org="Avon and Somerset Rural Crime "
        "Partnership", running="Rural Crime Partnership Plan 2025–2027", cover=["Rural Crime", "Partnership Plan",
        "2025–2027"], cover_sub="Avon and Somerset", colours=("#3B5E2B", "#6E8B3D", "#EEF3E8"),
        rlfont="liberation-serif", pagefmt_rl="Page {n}",
        sections=[
            ("intro", "Introduction", [
                ("p", "The Rural Crime Partnership brings together the police, the National Farmers' Union, the "
                      "Country Land and Business Association, the councils, Historic England and rural charities. "
                      "Our last plan had three themes: Farm crime; Wildlife; and Rural communities."),
                ("sign", "Chair, Avon and Somerset Rural Crime Partnership")]),
            ("find", "What the rural crime survey found", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("£2.1m", "value of farm machinery stolen"), ("180", "hare coursing reports"),
                           ("3,200", "rural fly-tipping incidents"), ("45", "heritage crimes")]),
                ("ul", ["Farmers do not always report crime because they expect no response.",
                        "Organised groups target GPS units and quad bikes.",
                        "Fly-tipping costs landowners thousands of pounds a year."])]),
            ("pri", "Our priorities", [hedge_bands_rl(PRIORITIES, "The partnership has agreed four priorities for "
                                                      "2025–2027.")]),
            ("meas", "Measures", [
                ("table", [["Measure", "Baseline", "Direction"], ["Value of machinery stolen", "£2.1m", "Down"],
                           ["Hare coursing reports", "180", "Down"], ["Rural fly-tipping", "3,200", "Down"]],
                 [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: ruralcrime@avonandsomerset.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
