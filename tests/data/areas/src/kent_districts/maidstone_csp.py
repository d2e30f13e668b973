"""Safer Maidstone Partnership Community Safety Plan 2026-2029: house style K2 (HTML -> Chromium).

Five priorities on p5 in the K2 **stat-led strip** (Maidstone's green and plum colours).  The previous
priorities and findings (p4), the PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k2_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/safer_maidstone_partnership_community_safety_plan_2026-29.pdf",
    "title": "Safer Maidstone Partnership Community Safety Plan 2026–2029",
    "org": "Safer Maidstone Partnership",
    "cover_title": "Community Safety Plan",
    "years": "2026 to 2029",
    "theme": dict(c1="#2E5E3A", c2="#7B2D5B", c3="#EFF5F0", font="DejaVu Sans", hfont="DejaVu Sans",
                  foot="Safer Maidstone Partnership", folio='counter(page) " of " counter(pages)',
                  tocrule="1px solid #cfdccf", tocfill=""),
    "heads": {"fw": "Welcome", "ctx": "Maidstone today", "pri": "Where we will focus",
              "del": "Delivering the plan", "gov": "How we will know we are making a difference"},
    "foreword": [
        "Maidstone is the county town of Kent, with a busy town centre, a large rural area and a growing population. "
        "Most residents tell us they feel safe, but some places and some people are affected far more than others.",
        "The Safer Maidstone Partnership brings together Maidstone Borough Council, Kent Police, Kent Fire and Rescue "
        "Service, Kent County Council, the Probation Service, health partners and the voluntary sector.",
        "This plan names the five areas where we will focus our shared effort from 2026 to 2029.",
    ],
    "signed": "Chair, Safer Maidstone Partnership",
    "context": {
        "intro": "Maidstone borough has about 185,000 residents (illustrative). The figures below come from our "
                 "2025 strategic assessment.",
        "stats": [("185,000", "residents"), ("15,900", "crimes recorded in 2024/25"),
                  ("3,400", "ASB incidents, half in the town centre"), ("2,900", "domestic abuse incidents"),
                  ("71", "most serious violence offences"), ("610", "adults in drug or alcohol treatment")],
        "findings": ["Street drinking and nuisance in the town centre drive most ASB complaints.",
                     "Serious violence is linked to the night-time economy and to drug markets.",
                     "Coercive control offences have doubled since 2021 as awareness has grown.",
                     "Hate crime is under-reported by disabled residents.",
                     "Drug and alcohol use features in half of town centre ASB cases."],
        "find_head": "Key findings",
        "previous": "Our previous plan (2022–2025) set out four themes: Safer town centre; Keeping children and "
                    "young people safe; Reducing reoffending; and Protecting vulnerable people.",
        "prev_head": "What came before",
    },
    "pri_intro": "The partnership has chosen five priorities for 2026–2029. The headline figure beside each shows "
                 "why it matters in Maidstone.",
    "priorities": [
        ("Anti-social behaviour and nuisance in the town centre",
         "Town centre wardens, the Public Spaces Protection Order and support for street drinkers.",
         "1,700", "town centre ASB incidents"),
        ("Reducing serious violence",
         "Working with the Violence Reduction Unit on hotspots, weapons and the people most at risk.",
         "71", "most serious violence offences"),
        ("Domestic abuse and coercive control",
         "Helping professionals spot coercive control and making sure victims get specialist help.",
         "2,900", "domestic abuse incidents"),
        ("Responding to hate crime",
         "Making it easier to report hate crime and supporting the people and places targeted.",
         "212", "hate crimes recorded"),
        ("Substance misuse",
         "Outreach, treatment and recovery for people whose drug or alcohol use harms them and others.",
         "610", "adults in treatment"),
    ],
    "delivery": {
        "intro": "A delivery group leads each priority and publishes an action plan each April. Highlights for "
                 "2026/27:",
        "head": ["Focus", "What we will do in 2026/27", "Who leads"],
        "rows": [("Town centre", "Extend warden hours to 10pm; review the PSPO", "Maidstone Borough Council"),
                 ("Violence", "Bleed kits in the town centre; hotspot patrols", "Kent Police"),
                 ("Coercive control", "Training for 300 frontline staff", "Domestic Abuse Forum"),
                 ("Hate", "Hate crime awareness week; reporting app", "Council, Kent Police"),
                 ("Substances", "Assertive outreach with street drinkers", "Treatment provider")],
        "pcc_head": "Links to the Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The Safer Maidstone Partnership board meets every quarter and reports each year to the "
                 "council's Communities, Housing and Environment Committee.",
        "head": ["Indicator", "2024/25", "Aim"],
        "rows": [("Town centre ASB incidents", "1,700", "Fewer"), ("Most serious violence", "71", "Fewer"),
                 ("Coercive control referrals", "380", "More, earlier"), ("Hate crime reports", "212", "More"),
                 ("Adults in treatment", "610", "More")],
        "partners": "Maidstone Borough Council; Kent Police; Kent Fire and Rescue Service; Kent County Council; "
                    "the Probation Service; NHS Kent and Medway; Maidstone Business Improvement District; "
                    "housing associations; voluntary groups.",
    },
    "contact": "Maidstone House, Maidstone · safermaidstone@maidstone.example",
}


def build(root):
    return k2_style.build(root, DOC, "maidstone_csp")
