"""Safer Wolverhampton Partnership Plan 2026-2029: house style S (HTML/CSS -> Chromium, paint colour cards),
Wolverhampton's colours, Liberation Serif headings.

Six priorities on p5 as paint card names.  Distractors: card codes and "Mixed from" lines, findings and previous
priorities (p4), the Mayor's priorities quoted (p6), actions and measures.
"""
from west_midlands_metro import swatch_style
from west_midlands_metro.shared import PLAN_SENTENCE

DOC = {
    "file": "strategies/safer_wolverhampton_partnership_plan_2026-29.pdf",
    "title": "Safer Wolverhampton Partnership Plan 2026–2029",
    "org": "Safer Wolverhampton Partnership",
    "cover_title": "Safer Wolverhampton Partnership Plan",
    "years": "2026–2029",
    "theme": dict(font="Liberation Sans", hfont="Liberation Serif", c1="#1B1B3A", c2="#F2A541", c3="#F7F4EE",
                  foot="City of Wolverhampton · Safer Wolverhampton Partnership", folio='"— " counter(page) " —"',
                  code="WOLVES PALETTE",
                  chips=[("#F2A541", "#F6C27E", "#FBE0BE"), ("#1B1B3A", "#56567A", "#A3A3BC"),
                         ("#693668", "#976A96", "#C9B1C8"), ("#A74482", "#C47DA9", "#E2BED4"),
                         ("#2E86AB", "#6EABC7", "#B3D3E3"), ("#D7263D", "#E36979", "#F1B2BB")]),
    "heads": {"fw": "Foreword", "ctx": "The evidence", "pri": "What we will focus on",
              "del": "Delivering the plan", "gov": "Accountability"},
    "foreword": [
        "The Safer Wolverhampton Partnership is the city's statutory community safety partnership. This plan sets "
        "six priorities for the next three years.",
        "Road safety and fire safety at home join our list this time, because residents told us that dangerous "
        "driving worries them more than most crime, and because a number of fatal house fires in the city have "
        "involved people already known to partners.",
    ],
    "signed": "Chair, Safer Wolverhampton Partnership",
    "context": {
        "intro": "Wolverhampton has about 265,000 residents (illustrative).",
        "stats": [("265,000", "residents"), ("30,100", "crimes in 2024/25"), ("4,700", "ASB incidents"),
                  ("360", "serious violence offences with injury"), ("118", "people killed or seriously injured "
                  "on our roads"), ("9", "fire deaths in homes in five years")],
        "findings": ["Serious violence is concentrated in the city centre and two neighbourhoods.",
                     "A small IOM cohort accounts for a large share of burglary and robbery.",
                     "Speeding and car cruising are raised at every ward meeting.",
                     "People who died in house fires often lived alone with health problems."],
        "prev_head": "Priorities 2023–2026",
        "previous": "Reducing reoffending; Violence prevention; and Vulnerable victims.",
    },
    "pri_intro": "Six priorities for 2026–2029. We have printed them as a paint card: each colour is part of one "
                 "picture.",
    "priorities": [
        ("Anti-social behaviour", "Quick action in the streets and estates where it recurs.",
         "housing, neighbourhood policing"),
        ("Serious violence", "A public health approach with the Violence Reduction Partnership.",
         "the Serious Violence Duty"),
        ("Tackling domestic abuse", "Support for survivors and their children, and action against those who "
         "harm.", "the domestic abuse board"),
        ("Reducing reoffending", "Housing, work and treatment for people leaving prison, and IOM.",
         "probation, youth justice"),
        ("Safer roads for everyone", "Speed enforcement, camera vans and Community Speedwatch.",
         "the Safer Roads Partnership"),
        ("Keeping people safe from fire at home", "Safe and Well visits for residents most at risk.",
         "West Midlands Fire Service"),
    ],
    "delivery": {
        "intro": "Each priority has an action plan owned by a lead partner.",
        "head": ["Priority", "Actions", "Lead"],
        "rows": [("ASB", "ASB case panel; mediation", "City of Wolverhampton Council"),
                 ("Serious violence", "Youth workers in A&E", "VRP"),
                 ("Domestic abuse", "Refuge expansion; Drive programme", "Council"),
                 ("Reoffending", "IOM review; accommodation", "Probation"),
                 ("Roads", "Average speed cameras on two routes", "Safer Roads Partnership"),
                 ("Fire", "2,000 Safe and Well visits", "West Midlands Fire Service")],
        "pcc_head": "The Mayor's plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership reports to the council's Scrutiny Board twice a year.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("ASB incidents", "4,700", "Down"), ("Serious violence with injury", "360", "Down"),
                 ("Repeat DA victims", "28%", "Down"), ("IOM reoffending", "44%", "Down"),
                 ("Killed or seriously injured", "118", "Down"), ("Accidental dwelling fires", "210", "Down")],
        "partners": "City of Wolverhampton Council; West Midlands Police; West Midlands Fire Service; the "
                    "Probation Service; the Royal Wolverhampton NHS Trust; Wolverhampton Voluntary Sector Council.",
    },
    "contact": "Civic Centre, St Peter's Square, Wolverhampton · safercity@wolverhampton.example",
}


def build(root):
    return swatch_style.build(root, DOC, "wolverhampton_csp")
