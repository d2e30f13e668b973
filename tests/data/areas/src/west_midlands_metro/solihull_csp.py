"""Safer Solihull Partnership Strategy 2026-2029: house style P (python-docx -> LibreOffice, signed pledge).

Five priorities on p5, each the bold left cell of a pledge table with a signature line for the lead partner.
Distractors: the signature blocks, findings and previous priorities (p4), the Mayor's priorities quoted (p6),
actions and measures.
"""
from west_midlands_metro import pledge_style
from west_midlands_metro.shared import PLAN_SENTENCE

DOC = {
    "file": "strategies/safer_solihull_partnership_strategy_2026-29.pdf",
    "title": "Safer Solihull Partnership Strategy 2026–2029",
    "org": "Safer Solihull Partnership",
    "pledge_org": "the Safer Solihull Partnership",
    "cover_title": "Safer Solihull Partnership Strategy",
    "years": "2026–2029",
    "theme": dict(c1="00594F", c2="B5A642", font="Liberation Sans", hfont="Liberation Serif",
                  field="EEF4F2", footer="Safer Solihull · page {PAGE}", symbol_at=1),
    "heads": {"fw": "1. Foreword", "ctx": "2. Solihull in context", "pri": "3. Our partnership pledge",
              "del": "4. Delivery", "gov": "5. Governance and measures"},
    "foreword": [
        "Solihull is one of the safest places to live in the West Midlands, but that is not how everyone feels. "
        "Burglary and car crime, stalking and scams aimed at older people cause real fear.",
        "This strategy is written as a pledge. Each partner that leads a priority has signed up to it, and we will "
        "report every year on what we have done.",
    ],
    "signed": "Chair, Safer Solihull Partnership",
    "context": {
        "intro": "Solihull has about 218,000 residents (illustrative), a large older population and both urban "
                 "and rural areas.",
        "stats": [("218,000", "residents"), ("17,900", "crimes in 2024/25"), ("1,350", "residential burglaries"),
                  ("2,950", "domestic abuse incidents"), ("310", "stalking and harassment reports"),
                  ("22%", "of residents aged 65 or over")],
        "findings": ["Burglary and vehicle crime are higher near the motorway junctions and the airport.",
                     "Stalking reports have risen faster than any other crime type.",
                     "Older residents are targeted by rogue traders and phone scams.",
                     "First-time entrants to the youth justice system have risen in north Solihull."],
        "prev_head": "Our previous priorities",
        "previous": "In 2023–2026 we focused on: Reducing crime; Protecting vulnerable people; and Building "
                    "confident communities.",
    },
    "pri_intro": "At its meeting in February 2026 the partnership agreed five priorities. The lead partners "
                 "have signed the pledge below.",
    "priorities": [
        ("Neighbourhood crime: burglary, vehicle crime and theft",
         "Target hardening, patrols in hotspots and tracking stolen vehicles.",
         "Neighbourhood Inspector, West Midlands Police"),
        ("Domestic abuse", "Earlier help through GP surgeries, schools and the hospital IDVA.",
         "Head of Community Safety, Solihull Council"),
        ("Stalking and harassment", "A stalking advocate and faster protection orders.",
         "Detective Inspector, Public Protection"),
        ("Protecting older residents from scams and doorstep crime",
         "No cold calling zones, call blockers and Trading Standards checks.",
         "Head of Trading Standards, Solihull Council"),
        ("Diverting young people away from crime",
         "Diversion for children at risk of entering the justice system, with the youth justice service.",
         "Head of Service, Solihull Youth Justice Service"),
    ],
    "delivery": {
        "intro": "The table shows the main actions for 2026/27 and who leads them.",
        "head": ["Priority area", "Actions 2026/27", "Lead"],
        "rows": [("Neighbourhood crime", "SmartWater kits; ANPR on main routes", "West Midlands Police"),
                 ("Domestic abuse", "Hospital IDVA; DA champions", "Solihull Council"),
                 ("Stalking", "Stalking advocate post", "Police, Victim Support"),
                 ("Scams", "400 call blockers; 'Not born yesterday' events", "Trading Standards"),
                 ("Young people", "Turnaround; youth workers in north Solihull", "Youth Justice Service")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership reports to the council's Stronger Communities Scrutiny Board every six months.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Residential burglary", "1,350", "Down"), ("Repeat DA victims", "27%", "Down"),
                 ("Stalking protection orders", "14", "Up"), ("Scam losses reported", "£0.9m", "Down"),
                 ("First-time entrants", "88", "Down")],
        "partners": "Solihull Metropolitan Borough Council; West Midlands Police; West Midlands Fire Service; the "
                    "Probation Service; Birmingham and Solihull ICB; Solihull Youth Justice Service; Age UK Solihull.",
    },
    "contact": "Council House, Manor Square, Solihull · safersolihull@solihull.example",
}


def build(root):
    return pledge_style.build(root, DOC, "solihull_csp")
