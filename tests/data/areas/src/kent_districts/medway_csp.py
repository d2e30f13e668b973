"""Medway Community Safety Partnership Strategy 2026-2029: house style K2 (HTML -> Chromium).

Five priorities on p5 in the K2 **stat-led strip** (Medway's purple and teal).  The previous priorities and
findings (p4), the PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k2_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/medway_community_safety_partnership_strategy_2026-29.pdf",
    "title": "Medway Community Safety Partnership Strategy 2026–2029",
    "org": "Medway Community Safety Partnership",
    "cover_title": "Community Safety Partnership Strategy",
    "years": "2026 – 2029",
    "theme": dict(c1="#4B2A73", c2="#1AA39A", c3="#F3EFF8", font="Liberation Sans", hfont="Liberation Sans",
                  foot="Medway Community Safety Partnership Strategy 2026–2029", folio='counter(page)',
                  tocrule="0", tocfill="border-bottom: 1.5px dashed #1AA39A;"),
    "heads": {"fw": "Foreword", "ctx": "Medway in focus: the evidence", "pri": "Our priorities",
              "del": "Delivery", "gov": "Governance and performance"},
    "foreword": [
        "Medway's five towns, Strood, Rochester, Chatham, Gillingham and Rainham, and its Hoo Peninsula villages "
        "are home to more than 280,000 people. As a unitary authority, Medway Council works with partners "
        "across the whole of community safety.",
        "This strategy sets out our priorities for the next three years. They reflect what the strategic assessment "
        "told us and what residents said in the 2025 Medway community safety survey.",
        "We will publish an update each year on what has been done.",
    ],
    "signed": "Chair, Medway Community Safety Partnership",
    "context": {
        "intro": "The figures below summarise the 2025 strategic assessment. They are illustrative.",
        "stats": [("283,000", "residents"), ("29,600", "crimes recorded in 2024/25"),
                  ("6,900", "ASB incidents"), ("5,600", "domestic abuse incidents"),
                  ("162", "knife crime offences"), ("1,480", "adults in drug or alcohol treatment")],
        "findings": ["ASB and fly-tipping are the issues residents raise most often.",
                     "Knife crime is highest in Chatham town centre and Gillingham.",
                     "Sexual offences and stalking reports have risen by a fifth in two years.",
                     "One in three victims did not know where to get support.",
                     "Drug-related deaths have risen for four years."],
        "previous": "The 2023–2026 strategy had four priorities: Anti-social behaviour; Violence and vulnerability; "
                    "Domestic abuse; and Substance misuse.",
        "prev_head": "Our 2023–2026 strategy",
    },
    "pri_intro": "Medway Community Safety Partnership will focus on five priorities from 2026 to 2029.",
    "priorities": [
        ("Anti-social behaviour and environmental crime",
         "Tackling nuisance, fly-tipping and graffiti quickly, and dealing firmly with persistent perpetrators.",
         "6,900", "ASB incidents"),
        ("Reducing serious violence and knife crime",
         "Delivering the Serious Violence Duty in Medway with the Violence Reduction Unit.",
         "162", "knife crime offences"),
        ("Tackling violence against women and girls",
         "Domestic abuse, sexual violence, stalking and harassment, and women's safety in public places.",
         "5,600", "domestic abuse incidents"),
        ("Drug and alcohol harm",
         "More people in treatment, fewer deaths, and action on drug-related nuisance.",
         "1,480", "adults in treatment"),
        ("Supporting victims of crime",
         "Making sure every victim knows where to get help and is supported to cope and recover.",
         "1 in 3", "victims did not know where to get support"),
    ],
    "delivery": {
        "intro": "Each priority has a lead officer and a delivery group. The main actions for 2026/27 are below.",
        "head": ["Priority area", "Key actions 2026/27", "Lead"],
        "rows": [("ASB and environmental crime", "Fly-tipping cameras; joint enforcement days", "Medway Council"),
                 ("Violence", "Knife crime education in every secondary school", "VRU, Kent Police"),
                 ("VAWG", "Safe spaces in Chatham; stalking advocate", "Medway Council"),
                 ("Drugs and alcohol", "Naloxone in hostels; alcohol liaison at Medway Maritime Hospital",
                  "Public health"),
                 ("Victims", "Victim information leaflet; single referral route", "Council, Victim Support")],
        "pcc_head": "Working with the PCC",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership reports to Medway Council's Cabinet and to the Regeneration, Culture and "
                 "Environment Overview and Scrutiny Committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("ASB incidents", "6,900", "Down"), ("Fly-tipping incidents", "4,100", "Down"),
                 ("Knife crime offences", "162", "Down"), ("Adults in treatment", "1,480", "Up"),
                 ("Victims who got support", "41%", "Up")],
        "partners": "Medway Council; Kent Police; Kent Fire and Rescue Service; the Probation Service; NHS Kent and "
                    "Medway; Medway Youth Justice Service; housing providers; voluntary groups.",
    },
    "contact": "Gun Wharf, Chatham · communitysafety@medway.example",
}


def build(root):
    return k2_style.build(root, DOC, "medway_csp")
