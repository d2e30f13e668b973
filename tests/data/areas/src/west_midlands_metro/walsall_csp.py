"""Safer Walsall Partnership Plan 2026-2029: house style P (python-docx -> LibreOffice, signed pledge),
Walsall's colours, DejaVu Sans.

Five priorities on p5 in the pledge table.  Distractors: signature blocks, findings and previous priorities (p4),
the Mayor's priorities quoted (p6), actions and measures.
"""
from west_midlands_metro import pledge_style
from west_midlands_metro.shared import PLAN_SENTENCE

DOC = {
    "file": "strategies/safer_walsall_partnership_plan_2026-29.pdf",
    "title": "Safer Walsall Partnership Plan 2026–2029",
    "org": "Safer Walsall Partnership",
    "pledge_org": "the Safer Walsall Partnership",
    "cover_title": "Safer Walsall Partnership Plan",
    "years": "2026 to 2029",
    "theme": dict(c1="8B1E3F", c2="3C153B", font="DejaVu Sans", hfont="DejaVu Sans", size=9.5,
                  field="F8EEF1", footer="Page {PAGE} of {NUMPAGES}", leader=False),
    "heads": {"fw": "Introduction", "ctx": "Why these priorities: the evidence", "pri": "The Safer Walsall pledge",
              "del": "What we will do in 2026/27", "gov": "Governance and how we measure success"},
    "foreword": [
        "Walsall is a borough of strong communities – Walsall town, Aldridge, Brownhills, Bloxwich, Darlaston and "
        "Willenhall. This plan sets out what the Safer Walsall Partnership will focus on.",
        "The plan is a pledge from the partners to residents: five commitments, each signed by the partner that "
        "leads it.",
    ],
    "signed": "Chair, Safer Walsall Partnership",
    "context": {
        "intro": "Walsall has about 288,000 residents (illustrative).",
        "stats": [("288,000", "residents"), ("33,700", "crimes in 2024/25"), ("1,900", "ASB incidents in the "
                  "town centre"), ("5,400", "domestic abuse incidents"), ("410", "car cruising complaints"),
                  ("260", "hate crimes")],
        "findings": ["ASB is concentrated in Walsall town centre, especially around the bus station.",
                     "Coercive control is under-reported.",
                     "Car cruising on the ring road and industrial estates is a weekend problem.",
                     "Hate crime has risen, with more incidents on public transport."],
        "prev_head": "Previous plan (2023–2026)",
        "previous": "Our previous priorities were: Safer town centres; Reducing violence; Protecting "
                    "vulnerable people; and Reducing reoffending.",
    },
    "pri_intro": "These are the partnership's priorities for 2026 to 2029, signed by the lead partners.",
    "priorities": [
        ("Anti-social behaviour in Walsall town centre", "A town centre ASB team and a Public Spaces Protection "
         "Order.", "Director of Communities, Walsall Council"),
        ("Domestic abuse and coercive control", "Training employers and GPs to recognise coercive control.",
         "Domestic Abuse Lead, Walsall Council"),
        ("Harm caused by drugs and alcohol", "Outreach and treatment for people drinking and using drugs in "
         "public places.", "Director of Public Health"),
        ("Hate crime", "Reporting centres and support on buses and trams.", "Cohesion Manager, Walsall Council"),
        ("Dangerous driving and car cruising", "Injunctions, camera enforcement and seizures.",
         "Roads Policing Inspector, West Midlands Police"),
    ],
    "delivery": {
        "intro": "The first-year actions are listed below.",
        "head": ["Commitment", "Actions", "Lead"],
        "rows": [("Town centre ASB", "ASB team; bus station patrols", "Walsall Council"),
                 ("Domestic abuse", "Coercive control campaign", "Council"),
                 ("Drugs and alcohol", "Outreach workers; treatment places", "Public Health"),
                 ("Hate crime", "Hate crime reporting app", "Council, TfWM"),
                 ("Car cruising", "Borough-wide injunction", "Police")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership board meets quarterly and reports to Cabinet once a year.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Town centre ASB", "1,900", "Down"), ("Coercive control crimes recorded", "420", "Up"),
                 ("Adults in treatment", "1,240", "Up"), ("Hate crime reports", "260", "Up"),
                 ("Car cruising complaints", "410", "Down")],
        "partners": "Walsall Council; West Midlands Police; West Midlands Fire Service; the Probation Service; "
                    "NHS Black Country ICB; Transport for West Midlands; One Walsall.",
    },
    "contact": "Civic Centre, Darwall Street, Walsall · saferwalsall@walsall.example",
}


def build(root):
    return pledge_style.build(root, DOC, "walsall_csp")
