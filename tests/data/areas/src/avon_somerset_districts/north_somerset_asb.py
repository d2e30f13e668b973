"""North Somerset Anti-Social Behaviour Strategy 2025-2028 (Word, North Somerset Council template,
python-docx + LibreOffice).

Four priorities, stated once, on "Our priorities" (p6): a two-column Word table "Our priority" | "What residents
will notice", the priorities in bold in the first column.  Distractors: the legal tools (p5), the findings (p4),
the escalation model and the measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import residents_docx

FILE = "strategies/north_somerset_anti_social_behaviour_strategy_2025-28.pdf"
PRIORITIES = [
    ("Stopping anti-social behaviour early, before it escalates", "A warning letter or a visit within a week of "
     "the first report, and support for young people at risk."),
    ("Putting victims of anti-social behaviour at the centre", "A single named officer and a call back within two "
     "working days; the ASB case review publicised."),
    ("Tackling fly-tipping and environmental crime", "Fewer dumped mattresses and sofas, and more fines for the "
     "people responsible."),
    ("Using enforcement powers consistently across partners", "The same response whether you rent from a housing "
     "association, rent privately or own your home."),
]


def spec():
    return dict(
        file=FILE, stem="north_somerset_asb", producer="docx", title="North Somerset Anti-Social Behaviour Strategy "
        "2025–2028", author="North Somerset Council", org="North Somerset Council",
        running="Anti-Social Behaviour Strategy", running_right="North Somerset Council",
        cover=["Anti-Social Behaviour", "Strategy 2025–2028"], cover_sub="North Somerset",
        cover_foot="A strategy of North Somerset Council and its partners.", colours=("00587C", "8DB600", "E6F1F5"),
        font="Liberation Serif", pagefmt_docx="{PAGE}", symbol_at=-1,
        sections=[
            ("intro", "Introduction", [
                ("p", "Anti-social behaviour blights lives. This strategy describes how North Somerset Council, the "
                      "police and housing providers will respond to it. It supports the Community Safety "
                      "Partnership's plan."),
                ("sign", "Executive Member for Neighbourhoods, North Somerset Council")]),
            ("find", "What residents told us", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("4,100", "ASB incidents"), ("1,900", "fly-tipping incidents"), ("12", "ASB case "
                           "reviews"), ("38%", "of callers who said they were not kept informed")]),
                ("ul", ["Residents want early action, not months of diaries.", "Victims feel passed between "
                        "agencies.", "Fly-tipping is the most visible sign of neglect."])]),
            ("tools", "Our tools and powers", [
                ("p", "The Anti-social Behaviour, Crime and Policing Act 2014 gives us civil injunctions, criminal "
                      "behaviour orders, Community Protection Notices, Public Spaces Protection Orders, closure "
                      "powers and dispersal powers. These are tools, not priorities."),
                ("p", "We use a four-stage escalation model: early warning, acceptable behaviour agreement, "
                      "Community Protection Notice, and court action.")]),
            ("pri", "Our priorities", [residents_docx(PRIORITIES, "We will focus on four priorities:")]),
            ("meas", "Measures and governance", [
                ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "4,100", "Down"],
                           ["Fly-tipping incidents", "1,900", "Down"], ["Victims kept informed", "62%", "Up"]],
                 [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: asb@n-somerset.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
