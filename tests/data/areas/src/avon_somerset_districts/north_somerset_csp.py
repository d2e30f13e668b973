"""North Somerset Community Safety Partnership Plan 2025-2028 (house style C, reportlab).

Five priorities, stated once, on "Our priorities" (p7) as the **coloured tabs of a drawn ring binder's divider
sheets**: five stacked sheets behind a dark spine and rings, each with a section number "01" ... on the sheet and
the priority in white on the tab at its right edge.  Distractors: the previous plan's priorities (p3), the key
findings (p6), the Commissioner's priorities (p5), the actions and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import binder_rl

FILE = "strategies/north_somerset_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Reducing anti-social behaviour and street drinking in Weston town centre", ""),
    ("Keeping children safe from exploitation and county lines", ""),
    ("Violence against women and girls", ""),
    ("Keeping residents safe from fraud and scams, especially those living alone", ""),
    ("Safer roads in our rural villages", ""),
]


def spec():
    return dict(
        file=FILE, stem="north_somerset_csp", producer="rl", title="North Somerset Community Safety Partnership "
        "Plan 2025–2028", author="North Somerset Community Safety Partnership",
        org="North Somerset Community Safety Partnership", running="North Somerset Community Safety Partnership",
        cover=["Community Safety", "Partnership Plan", "2025–2028"], cover_sub="North Somerset",
        colours=("#0E4D64", "#F28C28", "#E7F0F3"), tabs=["#0E4D64", "#F28C28", "#7A3E9D", "#2A9D8F", "#C0392B"],
        pagefmt_rl="North Somerset CSP  |  {n}",
        sections=[
            ("fw", "Foreword", [
                ("p", "North Somerset runs from Portishead and Clevedon on the Severn to Weston-super-Mare and the "
                      "villages below the Mendips. Our residents tell us that they want a safe, welcoming town "
                      "centre in Weston, protection for the most vulnerable and action on the issues that affect "
                      "village life."),
                ("p", "The partnership's last plan (2022–2025) had four priorities: Safer Weston; Protecting young "
                      "people; Domestic abuse; and Safer communities. This plan moves on from them."),
                ("sign", "Chair, North Somerset Community Safety Partnership")]),
            ("ctx", "North Somerset in figures", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("218,000", "residents"), ("14,200", "crimes recorded in 2024/25"),
                           ("4,100", "anti-social behaviour incidents"), ("38", "children discussed at the "
                           "exploitation panel"), ("£640,000", "lost to fraud by residents"),
                           ("96", "people killed or seriously injured on rural roads")])]),
            ("pcc", "The Police and Crime Plan", [
                ("p", "The Police and Crime Commissioner's plan for 2025–2029 has seven priorities. We quote them "
                      "here so that partners can see the links:"),
                ("ul", ["Preventing serious violence", "Tackling violence against women and girls",
                        "Reducing anti-social behaviour and neighbourhood crime", "Putting victims and survivors "
                        "first", "Breaking the cycle of reoffending", "Building trust and confidence in policing",
                        "A modern and efficient police service"])]),
            ("find", "What we found", [
                ("ul", ["Half of the district's anti-social behaviour is in Weston town centre and on the seafront.",
                        "Street drinking and begging cluster around the High Street and the Italian Gardens.",
                        "County lines use Weston's holiday lets and vulnerable tenants.",
                        "Residents living alone are the most frequent victims of phone and doorstep scams.",
                        "Speeding through villages on the A370 and A38 is residents' top rural worry."])]),
            ("pri", "Our priorities", [binder_rl(PRIORITIES, "The partnership has agreed five priorities for "
                                                  "2025–2028. Each one is a section of our delivery plan.")]),
            ("del", "Delivery and measures", [
                ("table", [["Section", "Main actions for 2025/26", "Lead"],
                           ["01", "Town centre rangers; alcohol-free zone enforcement", "Council"],
                           ["02", "Exploitation panel; return-home interviews", "Children's services"],
                           ["03", "Safe spaces in Weston; bystander training", "Council"],
                           ["04", "Trading Standards scam marshals", "Council"],
                           ["05", "Community Speedwatch; village speed signs", "Council highways"]],
                 [0.15, 0.6, 0.25]),
                ("note", "Baselines and measures are illustrative. Contact: csp@n-somerset.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
