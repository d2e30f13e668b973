"""South Gloucestershire Safer and Stronger Communities Partnership Strategy 2025-2028 (house style A: the same
Word template as Bath and North East Somerset, in green, python-docx + LibreOffice).

Five priorities, stated once, under "Our priorities" (p5): Word auto-numbered list, bold priority, soft line
break, grey italic "Because ..." line.  Distractors: the previous strategy's themes (p3), the Commissioner's
priorities quoted (p3), the key findings (p4), the actions and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import because_docx

FILE = "strategies/south_gloucestershire_safer_stronger_communities_strategy_2025-28.pdf"
PRIORITIES = [
    ("Tackling anti-social behaviour, including nuisance off-road bikes",
     "off-road bikes on the Stockwood, Kingswood and Yate estates are the top complaint to the council."),
    ("Reducing domestic abuse", "domestic abuse makes up a fifth of all violent crime in South Gloucestershire."),
    ("Preventing serious violence and the exploitation of young people",
     "young people from the district are being drawn into violence and drug lines on the edge of Bristol."),
    ("Protecting older people from scams, rogue traders and doorstep crime",
     "older residents lost an illustrative £1.2 million to scams and rogue traders last year."),
    ("Making our high streets and shopping centres safer from retail crime",
     "shop theft and abuse of shop workers have risen in Yate, Kingswood and at Cribbs Causeway."),
]


def spec():
    return dict(
        file=FILE, stem="south_glos_csp", producer="docx", title="South Gloucestershire Safer and Stronger "
        "Communities Strategy 2025–2028", author="South Gloucestershire Council",
        org="South Gloucestershire Safer and Stronger Communities Partnership",
        running="Safer and Stronger South Gloucestershire", running_right="Strategy 2025–2028",
        cover=["Safer and Stronger", "Communities Strategy", "2025–2028"], cover_sub="South Gloucestershire",
        cover_foot="Published by South Gloucestershire Council on behalf of the partnership.",
        colours=("1E6B3A", "F2A900", "E9F3EC"), pagefmt_docx="{PAGE}",
        sections=[
            ("intro", "Introduction", [
                ("p", "South Gloucestershire wraps around the north and east of Bristol, from Filton and Patchway "
                      "to Yate, Thornbury and the Cotswold edge. It is one of the safest places in the force area, "
                      "but some neighbourhoods see much more crime than others."),
                ("p", "Our previous strategy had three themes: Safer neighbourhoods; Safer people; and Stronger "
                      "communities. This strategy turns them into five priorities."),
                ("p", "We also support the Police and Crime Commissioner's priorities, among them Reducing "
                      "anti-social behaviour and neighbourhood crime and Putting victims and survivors first."),
                ("sign", "Chair, Safer and Stronger Communities Partnership")]),
            ("ctx", "What the evidence tells us", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("295,000", "residents"), ("17,800", "crimes recorded in 2024/25"),
                           ("3,400", "anti-social behaviour incidents"), ("3,300", "domestic abuse crimes and "
                           "incidents"), ("£1.2m", "lost to scams by older residents"), ("1,600", "shop thefts")]),
                ("h", "Key findings"),
                ("ul", ["Nuisance off-road bikes generate more complaints than any other form of ASB.",
                        "Most serious violence involving young people happens close to the Bristol boundary.",
                        "Older people living alone are repeatedly targeted by scammers."])]),
            ("pri", "Our priorities", [
                because_docx(PRIORITIES, "The partnership has agreed five priorities for 2025–2028:")]),
            ("del", "Delivery and measures", [
                ("ul", ["Off-road bike operation with drones and seizure powers.",
                        "A domestic abuse champions network in every council team.",
                        "Detached youth work and a Serious Violence Duty action plan.",
                        "Trading Standards call blockers and a No Cold Calling Zone scheme.",
                        "A retail crime partnership with shopping centre managers."]),
                ("table", [["Measure", "Baseline", "Direction"], ["Off-road bike complaints", "780", "Down"],
                           ["Repeat domestic abuse", "27%", "Down"], ["Scam losses reported", "£1.2m", "Down"],
                           ["Shop thefts", "1,600", "Down"]], [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: saferstronger@southglos.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
