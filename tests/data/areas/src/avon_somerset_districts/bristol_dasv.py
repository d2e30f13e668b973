"""Bristol Domestic Abuse and Sexual Violence Strategy 2025-2028 (Word, Bristol City Council template,
python-docx + LibreOffice).

Four priorities, stated once, on "Our strategic priorities" (p7): a two-column Word table, a shaded narrow left
cell holding a white diamond and the right cell the bold priority with a "Lead:" line under it.  Distractors: the
national pillars (p5), the safe accommodation needs assessment findings (p6), the actions and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import diamond_docx

FILE = "strategies/bristol_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf"
PRIORITIES = [
    ("Spotting abuse sooner and stopping it happening in the first place", "Public Health Bristol"),
    ("Safe accommodation and specialist support for survivors and their children", "Housing and Landlord Services"),
    ("Challenging and changing the behaviour of people who abuse", "Probation Service and police"),
    ("Recognising children as victims of domestic abuse in their own right", "Children's Services"),
]


def spec():
    return dict(
        file=FILE, stem="bristol_dasv", producer="docx", title="Bristol Domestic Abuse and Sexual Violence Strategy "
        "2025–2028", author="Bristol City Council", org="Bristol City Council",
        running="Bristol Domestic Abuse and Sexual Violence Strategy", running_right="2025–2028",
        cover=["Domestic Abuse and", "Sexual Violence Strategy", "2025–2028"], cover_sub="Bristol",
        cover_foot="Bristol City Council and the Domestic Abuse Local Partnership Board.",
        colours=("B0004E", "2B2B2B", "F8E6EE"), font="DejaVu Sans", pagefmt_docx="{PAGE}",
        sections=[
            ("intro", "Introduction", [
                ("p", "This strategy is Bristol City Council's statutory strategy under Part 4 of the Domestic Abuse "
                      "Act 2021 and the city's plan for tackling sexual violence. It sits under the force-wide "
                      "Violence Against Women and Girls Strategy and the Keeping Bristol Safe Partnership."),
                ("sign", "Executive Director, Adults and Communities, Bristol City Council")]),
            ("ctx", "Domestic abuse and sexual violence in Bristol", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("12,800", "domestic abuse crimes and incidents"), ("1,350", "sexual offences reported"),
                           ("310", "households supported in safe accommodation"), ("2,400", "children living in "
                           "households referred to MARAC")])]),
            ("nat", "The national framework", [
                ("p", "The national Tackling Domestic Abuse Plan has four pillars: prioritising prevention, "
                      "supporting victims, pursuing perpetrators and a stronger system. We use them to organise our "
                      "delivery plan, but they are not this strategy's priorities."),
                ("p", "The Domestic Abuse Act 2021 recognises children who see, hear or experience the effects of "
                      "abuse as victims in their own right.")]),
            ("need", "What the needs assessment found", [
                ("ul", ["Refuge spaces in the city meet around two-thirds of assessed need (illustrative).",
                        "Black and minoritised survivors wait longer for specialist support.",
                        "Most perpetrators are never referred to a behaviour change programme.",
                        "Children affected by abuse are often invisible to adult services."])]),
            ("pri", "Our strategic priorities", [
                diamond_docx(PRIORITIES, "The Local Partnership Board agreed four strategic priorities. Each has a "
                             "lead organisation accountable to the board.")]),
            ("del", "Delivery plan and measures", [
                ("table", [["Pillar", "Key action 2025/26"], ["Prevention", "Healthy relationships lessons in all "
                           "secondary schools"], ["Support", "20 more dispersed safe accommodation units"],
                           ["Perpetrators", "A community perpetrator programme for 120 men"],
                           ["System", "Operation Encompass notifications to every school"]], [0.3, 0.7]),
                ("table", [["Measure", "Baseline", "Direction"], ["Households in safe accommodation", "310", "Up"],
                           ["Perpetrators completing a programme", "45", "Up"]], [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: dasv@bristol.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
