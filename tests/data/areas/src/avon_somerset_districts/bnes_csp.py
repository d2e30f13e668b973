"""Bath and North East Somerset Community Safety Partnership Plan 2025-2028 (house style A: the council's Word
template, python-docx + LibreOffice).

Five priorities, stated once, under "Our priorities for 2025 to 2028" (p6): a Word auto-numbered list (List
Number style) with the bold priority, then a soft line break and a grey italic line beginning "Because".
Distractors: the previous priorities (p3), the key findings (p5), the Commissioner's priorities quoted (p7), the
action plan and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import because_docx

FILE = "strategies/bath_and_north_east_somerset_community_safety_plan_2025-28.pdf"
PRIORITIES = [
    ("Keeping Bath's night-time economy safe and welcoming",
     "Bath hosts six million visitors a year and most violence in the city happens between 10pm and 4am."),
    ("Reducing anti-social behaviour in our neighbourhoods and city centre",
     "anti-social behaviour is the issue residents raise with councillors more than any other."),
    ("Tackling domestic abuse and sexual violence",
     "domestic abuse is linked to one in six recorded crimes in the district."),
    ("Preventing deaths in the River Avon",
     "lives are lost in the river most years, often after a night out."),
    ("Reducing the harm caused by drugs and alcohol",
     "drug-related deaths and alcohol-related hospital admissions have both risen."),
]


def spec():
    return dict(
        file=FILE, stem="bnes_csp", producer="docx", title="Bath and North East Somerset Community Safety "
        "Partnership Plan 2025–2028", author="Bath and North East Somerset Council",
        org="Bath and North East Somerset Community Safety Partnership",
        running="B&NES Community Safety Partnership", running_right="Plan 2025–2028",
        cover=["Community Safety", "Partnership Plan", "2025–2028"], cover_sub="Bath and North East Somerset",
        cover_foot="Published by Bath and North East Somerset Council on behalf of the partnership.",
        colours=("1D4F91", "C8102E", "E8EEF7"), pagefmt_docx="Page {PAGE} of {NUMPAGES}",
        sections=[
            ("intro", "Introduction", [
                ("p", "Bath and North East Somerset is home to 195,000 people, the World Heritage City of Bath, the "
                      "market towns of Keynsham, Midsomer Norton and Radstock and many villages."),
                ("p", "The Community Safety Partnership (the Responsible Authorities Group) brings together the "
                      "council, Avon and Somerset Police, Avon Fire and Rescue Service, the Probation Service and the "
                      "Integrated Care Board."),
                ("p", "Our last plan (2022–2025) had three priorities: Safer nights; Protecting vulnerable people; "
                      "and Safer neighbourhoods. This plan keeps their spirit but names five specific priorities."),
                ("sign", "Cabinet Member for Communities, Bath and North East Somerset Council")]),
            ("ctx", "Bath and North East Somerset in figures", [
                ("p", "These figures are illustrative and are not official statistics."),
                ("stats", [("195,000", "residents"), ("6 million", "visitors a year"),
                           ("11,400", "crimes recorded in 2024/25"), ("2,900", "anti-social behaviour incidents"),
                           ("2,300", "domestic abuse crimes and incidents"), ("1,050", "adults in drug or alcohol "
                           "treatment")])]),
            ("find", "What we learned from the strategic assessment", [
                ("ul", ["Violence with injury peaks in Bath city centre on Friday and Saturday nights.",
                        "Anti-social behaviour is highest in the city centre, Twerton and Radstock.",
                        "Reports of domestic abuse have risen, which partly reflects more confidence to report.",
                        "The river and its towpaths are a risk to people who are drunk or distressed.",
                        "Drug-related deaths are above the England average (illustrative)."]),
                ("p", "Residents told us they want the city centre to feel safe at night, quicker action on "
                      "persistent anti-social behaviour and more visible patrols.")]),
            ("pri", "Our priorities for 2025 to 2028", [
                because_docx(PRIORITIES, "Following the strategic assessment and consultation, the partnership has "
                             "agreed five priorities:")]),
            ("pcc", "Links to other plans", [
                ("p", "The Police and Crime Plan for Avon and Somerset 2025–2029 sets seven priorities, including "
                      "Preventing serious violence, Tackling violence against women and girls and Reducing "
                      "anti-social behaviour and neighbourhood crime. Our plan also links to the council's Corporate "
                      "Strategy and the Health and Wellbeing Strategy."),
                ("p", "Serious violence is planned through the force-wide Serious Violence Prevention Strategy, and "
                      "the night-time economy through the Bath Night-Time Economy Strategy.")]),
            ("act", "Action plan and measures", [
                ("table", [["Priority area", "Main actions for 2025/26", "Lead"],
                           ["Night-time economy", "Street marshals; SafeSpace in Kingsmead Square", "Council"],
                           ["Anti-social behaviour", "ASB tasking group; PSPO review", "Police and council"],
                           ["Domestic abuse", "IDVA at the Royal United Hospital", "Council"],
                           ["River safety", "Throwline stations; riverside lighting", "Council, fire service"],
                           ["Drugs and alcohol", "Naloxone in hostels; alcohol care team", "Public health"]],
                 [0.28, 0.5, 0.22]),
                ("table", [["Measure", "Baseline", "Direction"], ["Night-time violence with injury", "610", "Down"],
                           ["ASB incidents", "2,900", "Down"], ["Deaths in the river", "3 a year", "None"]],
                 [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: communitysafety@bathnes.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
