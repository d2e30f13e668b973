"""Avon and Somerset Serious Violence Prevention Strategy 2025-2030 (reportlab, long: 13 pages).

Four priorities, stated once, in the **executive summary** (p3): a grey panel "Our four priorities" with each
priority in bold and a plain line under it.  Each is discussed at length in a chapter (pp8-11) headed by a short
name.  Distractors: the Serious Violence Duty's specified authorities and the Home Office measures (p5), the
strategic needs assessment's findings (p6), the public health approach (p7), the chapter headings, the
interventions and the outcomes table.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import panel_rl

FILE = "strategies/avon_and_somerset_serious_violence_prevention_strategy_2025-30.pdf"
PRIORITIES = [
    ("Reducing knife crime and weapon carrying among young people",
     "Fewer young people carrying, using or hurt by knives."),
    ("Preventing the criminal exploitation of children",
     "Fewer children groomed into drug lines and violence."),
    ("Tackling violence linked to the night-time economy",
     "Safer town and city centres after dark."),
    ("Reaching young people at teachable moments in hospital and custody",
     "A trusted youth worker at the moment a young person is most open to change."),
]
CHAPTERS = [
    ("Knives and weapons", "Most knife crime involves people under 25, often known to each other. Carrying is "
     "driven by fear as much as intent.", "Weapons education in schools, knife arches at events, targeted "
     "stop and search with community scrutiny, and mentoring for young people who carry."),
    ("Exploitation", "Children are recruited online and in person to move drugs across the force area. Many are "
     "excluded from school or missing from care.", "A multi-agency exploitation hub, return-home interviews, "
     "disruption of the adults who exploit, and support for families."),
    ("Nights out", "A fifth of violence with injury happens in the night-time economy, most of it between "
     "midnight and 3am.", "Licensing conditions, street marshals, SafeSpaces and targeted patrols in Bristol, Bath, "
     "Weston-super-Mare and Taunton."),
    ("Teachable moments", "A stay in hospital or a night in custody can be the moment a young person is ready to "
     "talk.", "Youth workers in emergency departments and custody suites, with follow-up for twelve weeks."),
]


def spec():
    secs = [
        ("sum", "Executive summary", [
            panel_rl(PRIORITIES, "Our four priorities",
                     "This strategy is the response of the Avon and Somerset specified authorities to the Serious "
                     "Violence Duty. It follows a strategic needs assessment and sets four priorities for five "
                     "years; each is explained in a chapter of its own."),
            ("p", "The Violence Reduction Partnership coordinates delivery on behalf of the five local areas.")]),
        ("fw", "Foreword", [
            ("p", "Serious violence devastates families and communities. It is preventable. This strategy sets out how "
                  "the police, councils, health, probation, youth justice and fire services will work together to "
                  "prevent it."),
            ("sign", "Chair, Avon and Somerset Violence Reduction Partnership")]),
        ("duty", "The Serious Violence Duty", [
            ("p", "The Duty requires the specified authorities (police, justice, fire and rescue, health and local "
                  "authorities) to work together to prevent and reduce serious violence, with educational "
                  "authorities, prisons and youth custody as relevant authorities."),
            ("h", "Home Office success measures"),
            ("ul", ["A reduction in hospital admissions for assaults with a knife or sharp object",
                    "A reduction in knife and sharp object enabled serious violence recorded by the police",
                    "A reduction in homicides"]),
            ("p", "These are national measures. Our local measures are on page 12.")]),
        ("sna", "What the needs assessment found", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("1,150", "knife crime offences"), ("62%", "of suspects under 25"), ("410", "children "
                       "assessed as at risk of exploitation"), ("21%", "of violence with injury in the "
                       "night-time economy")]),
            ("ul", ["Violence is concentrated in a small number of neighbourhoods in each area.",
                    "School exclusion and going missing are strong warning signs.",
                    "Alcohol is a factor in most night-time violence."])]),
        ("php", "A public health approach", [
            ("p", "We use a public health approach: focused on a defined population, with and for communities, not "
                  "constrained by organisational boundaries, focused on generating long-term as well as short-term "
                  "solutions, based on data and intelligence, and rooted in evidence of effectiveness."),
            ("p", "We also use the levels of prevention: primary (stopping violence before it starts), secondary "
                  "(responding early) and tertiary (preventing further harm).")]),
    ]
    for i, (name, why, what) in enumerate(CHAPTERS, 1):
        secs.append((f"ch{i}", f"{i}. {name}", [("h", "Why it matters"), ("p", why), ("p", why + " Partners in "
                    "all five areas report the same pattern, and the needs assessment confirms it."),
                    ("h", "What we will do"), ("p", what), ("h", "Who leads"), ("p", "A named lead in each area "
                    "reports quarterly to the Violence Reduction Partnership board.")]))
    secs += [
        ("meas", "Local measures", [
            ("table", [["Measure", "Baseline", "Direction"], ["Knife crime, under-25s", "720", "Down"],
                       ["Children referred to the exploitation hub", "410", "Earlier identification"],
                       ["Night-time violence with injury", "2,300", "Down"], ["Young people engaged at a teachable "
                       "moment", "380", "Up"]], [0.5, 0.25, 0.25]),
            ("note", "Baselines are illustrative.")]),
        ("gov", "Governance", [
            ("p", "The Violence Reduction Partnership board reports to the Police and Crime Board and to each "
                  "community safety partnership. Contact: vrp@avonandsomerset.example")]),
    ]
    return dict(file=FILE, stem="serious_violence", producer="rl", title="Avon and Somerset Serious Violence "
                "Prevention Strategy 2025–2030", author="Avon and Somerset Violence Reduction Partnership",
                org="Avon and Somerset Violence Reduction Partnership", running="Serious Violence Prevention "
                "Strategy 2025–2030", cover=["Serious Violence", "Prevention Strategy", "2025–2030"],
                cover_sub="Avon and Somerset Violence Reduction Partnership", colours=("#222E50", "#E4572E", "#E9ECF2"),
                rlfont="liberation-serif", pagefmt_rl="Page {n}", sections=secs)


def build(root):
    return kbuild(spec(), root)
