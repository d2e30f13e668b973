"""Coventry Community Safety Partnership Plan 2026-2029: house style S (HTML/CSS -> Chromium, paint colour cards).

Six priorities on p5, each the colour name on a paint sample card.  Distractors: the card codes and "Mixed from"
lines (p5), the findings and the previous plan's priorities (p4), the Mayor's priorities quoted (p6), actions and
measures.
"""
from west_midlands_metro import swatch_style
from west_midlands_metro.shared import PLAN_SENTENCE

DOC = {
    "file": "strategies/coventry_community_safety_partnership_plan_2026-29.pdf",
    "title": "Coventry Community Safety Partnership Plan 2026–2029",
    "org": "Coventry Community Safety Partnership",
    "cover_title": "A safer Coventry: Community Safety Partnership Plan",
    "years": "2026–2029",
    "theme": dict(font="Liberation Sans", hfont="DejaVu Serif", c1="#006D77", c2="#E29578", c3="#EDF6F9",
                  foot="Coventry Community Safety Partnership Plan 2026–2029", folio='"Page " counter(page)',
                  code="COVENTRY 26",
                  chips=[("#006D77", "#4D9DA5", "#A3CED2"), ("#83406A", "#AD7395", "#D7B8CA"),
                         ("#E29578", "#EDB9A4", "#F6DDD3"), ("#22577A", "#5E89A6", "#A9C2D3"),
                         ("#6A994E", "#98BA84", "#CDE0C1"), ("#BC6C25", "#D49B69", "#EBCDB1")]),
    "heads": {"fw": "Welcome", "ctx": "Coventry today", "pri": "Our priorities: the colours of a safer city",
              "del": "Putting the plan into action", "gov": "Governance, measures and partners"},
    "foreword": [
        "Coventry is a city of peace and reconciliation, a university city and one of the fastest-growing cities "
        "in the country. Keeping it safe is a shared job.",
        "This plan sets out six priorities for the Coventry Community Safety Partnership. We chose them after "
        "looking at the evidence, hearing from residents and students, and talking to the people who work on "
        "our streets every day.",
        "We have shown our priorities as a palette: different colours, one picture of a safer city.",
    ],
    "signed": "Cabinet Member for Policing and Equalities, on behalf of the partnership",
    "context": {
        "intro": "Coventry has around 355,000 residents (illustrative), including more than 60,000 students.",
        "stats": [("355,000", "residents"), ("38,900", "crimes in 2024/25"), ("5,800", "ASB incidents"),
                  ("6,100", "domestic abuse incidents"), ("540", "knife crimes"),
                  ("£2.3m", "lost to scams by older residents (reported)")],
        "findings": ["Most violence in the city centre happens between 10pm and 4am at weekends.",
                     "A small group of repeat offenders accounts for a third of neighbourhood crime.",
                     "Older residents living alone are targeted by phone and doorstep scams.",
                     "Knife crime has fallen slightly but remains above the 2019 level."],
        "prev_head": "Our priorities in 2023–2026",
        "previous": "The last plan focused on: Reducing offending; Protecting vulnerable people; Tackling "
                    "violence; and Making communities stronger.",
    },
    "pri_intro": "The partnership has agreed six priorities. Each is shown below as one colour in our palette.",
    "priorities": [
        ("Tackling anti-social behaviour", "Tackling ASB where it happens, with neighbourhood teams and "
         "landlords.", "resident surveys, ward forums"),
        ("Domestic abuse and violence against women and girls", "Through the Coventry Domestic Abuse Strategy "
         "and our VAWG action plan.", "the Domestic Abuse Partnership"),
        ("Keeping the city centre safe after dark", "Safe routes, safe venues and a safe haven for anyone who "
         "needs help on a night out.", "Purple Flag, Best Bar None"),
        ("Serious violence and knife crime", "Working with the Violence Reduction Partnership on a public health "
         "approach.", "the Serious Violence Duty"),
        ("Managing repeat and prolific offenders", "Integrated Offender Management for the people who commit "
         "most neighbourhood crime.", "probation, police, housing"),
        ("Scams targeting older and isolated residents", "Call blockers, friendly callers and Trading Standards "
         "visits.", "Trading Standards, Age UK"),
    ],
    "delivery": {
        "intro": "Each priority has a lead officer and an action plan. The main actions for the first year are "
                 "set out below.",
        "head": ["Priority", "First-year actions", "Lead"],
        "rows": [("ASB", "Neighbourhood ASB panels; landlord enforcement", "City Council"),
                 ("DA and VAWG", "Safe spaces in the city centre; DA champions", "City Council"),
                 ("City centre after dark", "Safe haven; taxi marshals", "Coventry BID, Police"),
                 ("Violence", "Custody navigators; school mentors", "VRP"),
                 ("Repeat offenders", "IOM hub; accommodation pathway", "Probation"),
                 ("Scams", "Call blockers for 400 households", "Trading Standards")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership reports every six months to the council's Scrutiny Co-ordination Committee.",
        "head": ["Measure", "Baseline", "Target direction"],
        "rows": [("ASB incidents", "5,800", "Down"), ("Knife crime", "540", "Down"),
                 ("Night-time violence", "610", "Down"), ("IOM reoffending", "49%", "Down"),
                 ("Scam losses reported", "£2.3m", "Down")],
        "partners": "Coventry City Council; West Midlands Police; West Midlands Fire Service; the Probation "
                    "Service; Coventry and Warwickshire ICB; the University of Warwick; Coventry University; "
                    "Coventry BID.",
    },
    "contact": "Coventry City Council, Earl Street · safercoventry@coventry.example",
}


def build(root):
    return swatch_style.build(root, DOC, "coventry_csp")
