"""Keeping Bristol Safe Partnership: Community Safety Plan 2025-2028 (house style B, HTML printed by Chromium).

Five priorities, stated once, on the "Our priorities" page (p6): each in large light type under a small spaced
"PRIORITY" kicker set flush right, with a hairline above and a grey line of description below.  Distractors: the
2022-2025 priorities (p4), the strategic assessment's findings (p5), the Commissioner's priorities quoted (p7),
the delivery themes and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import KICKER_CSS, kicker_html

FILE = "strategies/keeping_bristol_safe_partnership_community_safety_plan_2025-28.pdf"
PRIORITIES = [
    ("Reducing serious youth violence and knife crime",
     "Fewer young people carrying knives, hurt or killed, with the Violence Reduction Partnership."),
    ("Ending violence against women and girls in Bristol",
     "A city where women and girls are safe at home, online, at work and on the street."),
    ("Protecting people from exploitation, including county lines",
     "Spotting children and adults who are being groomed or cuckooed and getting them out."),
    ("Supporting people sleeping rough to move off the streets",
     "Outreach, hostel places and a route into a home for everyone found sleeping rough."),
    ("Responding to hate crime and building cohesive communities",
     "Confidence to report, a joined-up response, and neighbourhoods where difference is welcomed."),
]


def spec():
    return dict(
        file=FILE, stem="bristol_csp", producer="html", title="Keeping Bristol Safe Partnership: Community Safety "
        "Plan 2025–2028", author="Keeping Bristol Safe Partnership", org="Keeping Bristol Safe Partnership",
        running="Keeping Bristol Safe Partnership · Community Safety Plan 2025–2028",
        cover=["Community Safety Plan", "2025–2028"], cover_sub="Bristol: a city where everyone is safe and feels safe",
        colours=("#6B1F4F", "#E0A526", "#F6ECF2"), font="Liberation Sans",
        css=KICKER_CSS % dict(c="#6B1F4F"),
        sections=[
            ("fw", "Foreword", [
                ("p", "Bristol is a young, diverse and growing city. Most people who live, work and study here are "
                      "safe most of the time, but harm is concentrated in a handful of wards and falls hardest on "
                      "people who already face disadvantage."),
                ("p", "The Keeping Bristol Safe Partnership is the city's community safety partnership. It brings "
                      "together Bristol City Council, Avon and Somerset Police, Avon Fire and Rescue Service, the "
                      "Probation Service, the Integrated Care Board and the voluntary and community sector."),
                ("p", "This plan sets out what we will focus on together for the next three years."),
                ("sign", "Chair, Keeping Bristol Safe Partnership")]),
            ("prev", "Where we have come from", [
                ("p", "Our 2022–2025 plan had four priorities. They were: Tackling violence in the city centre; "
                      "Safeguarding people at risk; Drugs and alcohol; and Reducing reoffending. We have reviewed "
                      "each of them with partners."),
                ("ul", ["City centre violence is now part of the Violence Reduction Partnership's work.",
                        "Drugs and alcohol have moved to the Bristol Combating Drugs Partnership.",
                        "Reoffending is led by the Avon and Somerset Reducing Reoffending Board."])]),
            ("ctx", "What the strategic assessment found", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("480,000", "residents"), ("61,000", "crimes recorded in 2024/25"),
                           ("420", "knife crime offences involving under-25s"), ("12,800", "domestic abuse crimes "
                           "and incidents"), ("95", "people found sleeping rough on a single night"),
                           ("1,900", "hate crimes reported")]),
                ("h", "Key findings"),
                ("ul", ["Knife crime is concentrated in five wards and in the city centre at weekends.",
                        "One in three recorded violent crimes involves a woman or girl as victim.",
                        "County lines from Bristol reach every part of the force area.",
                        "Rough sleeping has risen, and people sleeping rough are often victims of crime.",
                        "Hate crime is under-reported, especially disability hate crime."])]),
            ("pri", "Our priorities", [
                kicker_html(PRIORITIES, "The partnership has agreed five priorities for 2025–2028. Each has a lead "
                            "partner and a delivery group.")]),
            ("pcc", "How we fit with the Police and Crime Plan", [
                ("p", "The Police and Crime Commissioner's plan for 2025–2029 has seven priorities: Preventing "
                      "serious violence; Tackling violence against women and girls; Reducing anti-social behaviour "
                      "and neighbourhood crime; Putting victims and survivors first; Breaking the cycle of "
                      "reoffending; Building trust and confidence in policing; and A modern and efficient police "
                      "service."),
                ("p", "Our priorities contribute to several of these. The Commissioner's community safety grant "
                      "funds part of our work on violence and exploitation.")]),
            ("del", "Delivery and measures", [
                ("table", [["Theme", "Actions for 2025/26", "Lead"],
                           ["Violence", "Youth workers in the Bristol Royal Infirmary emergency department; weapons "
                            "sweeps in parks", "Violence Reduction Partnership"],
                           ["Women and girls", "Safer streets audits; bystander training for venues", "Council"],
                           ["Exploitation", "A multi-agency exploitation hub; cuckooing protocol", "Police"],
                           ["Rough sleeping", "Assertive outreach seven nights a week", "Council housing"],
                           ["Hate crime", "Third-party reporting centres; cohesion fund", "Council"]], [0.2, 0.55, 0.25]),
                ("table", [["Measure", "Baseline", "Direction"], ["Knife crime, under-25s", "420", "Down"],
                           ["People sleeping rough", "95", "Down"], ["Hate crimes reported", "1,900", "Up"]],
                 [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: kbsp@bristol.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
