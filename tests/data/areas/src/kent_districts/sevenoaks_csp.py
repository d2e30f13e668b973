"""Sevenoaks District Community Safety Partnership Plan 2026-2029: house style K1 (python-docx -> LibreOffice).

Four priorities on p5 as **filled-in fields of the county template**.  The template's suggested themes, the
previous priorities and findings (p4), the PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k1_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/sevenoaks_district_community_safety_partnership_plan_2026-29.pdf",
    "title": "Sevenoaks District Community Safety Partnership Plan 2026–2029",
    "org": "Sevenoaks District Community Safety Partnership",
    "cover_title": "Community Safety Partnership Plan",
    "years": "2026–2029",
    "theme": dict(c1="3A5A40", c2="A3B18A", field="EEF2EA", footer="Page {PAGE}", font="Liberation Serif",
                  hfont="Liberation Sans", size=10.5, symbol_at=3),
    "heads": {"fw": "1. Foreword", "ctx": "2. About the district", "pri": "3. Priorities for 2026–2029",
              "del": "4. What partners will do", "gov": "5. Governance"},
    "foreword": [
        "Sevenoaks district is mostly rural, with 93 per cent of its land in the Metropolitan Green Belt. Crime is "
        "low compared with Kent as a whole, but residents worry about crime in the countryside, speeding through "
        "villages and the fraud that targets older people.",
        "This plan, written on the county template, sets out four priorities for the next three years.",
    ],
    "signed": "Chair, Sevenoaks District Community Safety Partnership",
    "context": {
        "intro": "Sevenoaks district has about 121,000 residents (illustrative); one in four is over 65.",
        "stats": [("121,000", "residents"), ("7,100", "crimes recorded in 2024/25"),
                  ("520", "rural and wildlife crimes"), ("1,400", "domestic abuse incidents"),
                  ("£1.9m", "lost to fraud and scams by residents"), ("310", "speeding complaints from parishes")],
        "findings": ["Older residents lost more to fraud than any other district in west Kent.",
                     "Hare coursing, fly-tipping and equipment theft cluster in the north of the district.",
                     "Speeding through villages is the top concern raised by parish councils.",
                     "Domestic abuse in affluent areas is less often reported."],
        "previous": "The 2023–2026 plan had four priorities: Safer communities; Protecting vulnerable people; "
                    "Road safety; and Environmental crime.",
        "prev_head": "Our previous plan",
    },
    "pri_intro": "The partnership agreed four priorities for 2026 to 2029. Each is entered in the county template "
                 "below.",
    "priorities": [
        ("Rural and wildlife crime",
         "Theft from farms, hare coursing and wildlife crime are our most common rural crimes."),
        ("Road safety and speeding in our villages",
         "Parishes tell us speeding is their greatest concern, and rural roads see serious collisions."),
        ("Protecting older residents from scams and fraud",
         "Fraud is now the crime our older residents are most likely to suffer."),
        ("Recognising and responding to domestic abuse",
         "Domestic abuse happens in every community, including ours, but is often hidden."),
    ],
    "delivery": {
        "intro": "The partnership's action plan is updated every year. Key actions for 2026/27:",
        "head": ["Priority area", "Actions", "Lead"],
        "rows": [("Rural crime", "Farm watch; joint patrols with the Rural Task Force", "Kent Police"),
                 ("Roads", "More Community Speedwatch groups; village gateways", "Council, KCC Highways"),
                 ("Scams", "Scams champions in banks and GP surgeries; call blockers", "Council, Trading Standards"),
                 ("Domestic abuse", "Awareness campaign in workplaces and GP surgeries", "Council")],
        "pcc_head": "Police and Crime Plan for Kent",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership meets quarterly and reports to Sevenoaks District Council's Scrutiny "
                 "Committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Rural crimes reported", "520", "Up (better reporting)"), ("Killed or seriously injured", "41", "Down"),
                 ("Money lost to scams", "£1.9m", "Down"), ("Domestic abuse reports", "1,400", "Up")],
        "partners": "Sevenoaks District Council; Kent Police; Kent Fire and Rescue Service; Kent County Council "
                    "(including Trading Standards and Highways); parish and town councils; voluntary groups.",
    },
    "contact": "Council Offices, Argyle Road, Sevenoaks · csp@sevenoaks.example",
}


def build(root):
    return k1_style.build(root, DOC, "sevenoaks_csp")
