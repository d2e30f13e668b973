"""Tunbridge Wells Community Safety Partnership Plan 2026-2029: house style K3 (reportlab).

Four priorities on p5 in the K3 **table of priorities with sparklines**.  The previous priorities and findings
(p4), the PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k3_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/tunbridge_wells_community_safety_partnership_plan_2026-29.pdf",
    "title": "Tunbridge Wells Community Safety Partnership Plan 2026–2029",
    "org": "Tunbridge Wells Community Safety Partnership",
    "cover_lines": ["Community Safety", "Partnership Plan"],
    "years": "2026–2029",
    "theme": dict(c1="#3D348B", c2="#F7B801", c3="#F2F0FA", font="dejavu-cond", hfont="dejavu-cond",
                  folio="( {n} )", header="Tunbridge Wells Community Safety Partnership Plan"),
    "heads": {"fw": "Foreword", "ctx": "The borough today", "pri": "Our priorities", "del": "Delivery",
              "gov": "Governance and performance"},
    "foreword": [
        "Royal Tunbridge Wells is a historic spa town with a lively evening economy, and the borough includes "
        "Paddock Wood, Southborough, Cranbrook and many villages in the High Weald.",
        "Crime is low compared with much of Kent. The partnership has chosen four priorities where working "
        "together will make the most difference.",
    ],
    "signed": "Chair, Tunbridge Wells Community Safety Partnership",
    "context": {
        "intro": "The borough has about 117,000 residents (illustrative).",
        "stats": [("117,000", "residents"), ("7,400", "crimes recorded in 2024/25"),
                  ("1,250", "night-time economy incidents"), ("96", "stalking and harassment reports a month"),
                  ("£2.3m", "lost by residents to fraud"), ("980", "shoplifting offences")],
        "findings": ["Most violence in the town centre happens between 10pm and 3am at weekends.",
                     "Stalking and harassment reports have doubled in three years.",
                     "Older residents lose more money to fraud here than almost anywhere in Kent.",
                     "Shoplifting has risen sharply in the town centre and Pantiles."],
        "previous": "The 2023–2026 plan had three priorities: Town centre safety; Domestic abuse; and Road safety.",
        "prev_head": "Previous priorities",
    },
    "pri_intro": "From 2026 to 2029 the partnership will concentrate on four priorities.",
    "priorities": [
        ("A safe and welcoming night-time economy",
         "Best Bar None, taxi marshals and the Safe Space on Friday and Saturday nights.",
         [1100, 1180, 1150, 1220, 1250], "1,250", "night-time incidents"),
        ("Stalking and harassment",
         "Recognising stalking early, supporting victims and using protection orders.",
         [40, 55, 70, 84, 96], "96", "reports a month"),
        ("Fraud and scams targeting older people",
         "Prevention with banks, Trading Standards and community groups.",
         [1.2, 1.5, 1.7, 2.0, 2.3], "£2.3m", "lost to fraud"),
        ("Shoplifting and retail crime",
         "A retail crime partnership with the business improvement district.",
         [520, 610, 700, 860, 980], "980", "shoplifting offences"),
    ],
    "delivery": {
        "intro": "Each priority has a lead officer and an action plan. Main actions for 2026/27:",
        "head": ["Priority", "Actions 2026/27", "Lead"],
        "rows": [("Night-time economy", "Taxi marshals; Safe Space; Ask for Angela", "Borough council"),
                 ("Stalking", "Stalking advocate; training for housing staff", "Council, Kent Police"),
                 ("Fraud", "Banking protocol; scam awareness talks", "Trading Standards"),
                 ("Retail crime", "Shopwatch radio; offender banning scheme", "BID, Kent Police")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership meets quarterly and reports to the borough council's Overview and Scrutiny "
                 "Committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Night-time violence", "1,250", "Down"), ("Stalking protection orders", "6", "Up"),
                 ("Money lost to fraud", "£2.3m", "Down"), ("Shoplifting offences", "980", "Down")],
        "partners": "Tunbridge Wells Borough Council; Kent Police; Kent Fire and Rescue Service; Kent County "
                    "Council; Royal Tunbridge Wells Together (BID); NHS Kent and Medway; voluntary groups.",
    },
    "contact": "Town Hall, Royal Tunbridge Wells · csp@tunbridgewells.example",
}


def build(root):
    return k3_style.build(root, DOC)
