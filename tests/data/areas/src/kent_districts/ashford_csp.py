"""Ashford Community Safety Partnership Plan 2026-2029: house style K1 (python-docx -> LibreOffice).

Four priorities on p5 as **filled-in fields of the county template** (grey prompt line, shaded bordered field).
The template's suggested themes (p5 foot), the previous priorities and findings (p4), the PCC's priorities
quoted (p6), actions and measures are distractors.
"""
from kent_districts import k1_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/ashford_community_safety_partnership_plan_2026-29.pdf",
    "title": "Ashford Community Safety Partnership Plan 2026–2029",
    "org": "Ashford Community Safety Partnership",
    "cover_title": "Community Safety Partnership Plan",
    "years": "2026–2029",
    "theme": dict(c1="1B4965", c2="62B6CB", field="E4EEF2", footer="Page {PAGE} of {NUMPAGES}"),
    "heads": {"fw": "1. Foreword", "ctx": "2. Ashford in context", "pri": "3. Partnership priorities",
              "del": "4. Action plan summary", "gov": "5. Governance and performance"},
    "foreword": [
        "Ashford is one of the fastest-growing boroughs in Kent. The town sits at the heart of the county's road "
        "and rail links, and around it lie more than forty villages and a large farming area.",
        "The Ashford Community Safety Partnership has used the county template for this plan, so that partners "
        "across Kent can compare plans easily, but the priorities are our own.",
        "We will review the plan each year against the latest strategic assessment.",
    ],
    "signed": "Chair, Ashford Community Safety Partnership",
    "context": {
        "intro": "Ashford borough has about 136,000 residents (illustrative), and new housing is adding several "
                 "thousand more each year.",
        "stats": [("136,000", "residents"), ("11,800", "crimes recorded in 2024/25"),
                  ("2,700", "ASB incidents"), ("2,300", "domestic abuse incidents"),
                  ("410", "rural crimes, including farm machinery and fuel theft"),
                  ("38", "offenders managed through IOM")],
        "findings": ["ASB is highest in the town centre and around the retail parks, and in a few villages at "
                     "weekends.",
                     "Rural crime is under-reported and often involves organised groups from outside the "
                     "borough.",
                     "A small number of prolific offenders commit a large share of neighbourhood crime.",
                     "Domestic abuse repeat victimisation is above the Kent average."],
        "previous": "Our 2023–2026 priorities were: Safer town centre; Vulnerability and exploitation; and "
                    "Road safety.",
        "prev_head": "Previous priorities (2023–2026)",
    },
    "pri_intro": "The partnership agreed four priorities at its meeting in February 2026, using the county "
                 "template below.",
    "priorities": [
        ("Tackling anti-social behaviour in Ashford town centre and our villages",
         "ASB is the issue residents raise most often, in town and in the villages."),
        ("Reducing domestic abuse and supporting those affected",
         "Domestic abuse accounts for one in five violent crimes in the borough."),
        ("Tackling crime in our rural communities",
         "Farm, fuel and machinery theft and hare coursing harm rural businesses and residents."),
        ("Managing the most prolific offenders",
         "A few people commit much of our neighbourhood crime; managing them well prevents many victims."),
    ],
    "delivery": {
        "intro": "The action plan is held by the partnership's delivery group. A summary of the actions for "
                 "2026/27 follows.",
        "head": ["Priority area", "Actions 2026/27", "Lead"],
        "rows": [("ASB", "Village surgeries; CCTV upgrade in the town centre", "Ashford Borough Council"),
                 ("Domestic abuse", "One Stop Shop at the Gateway; DA champions", "Council, Kent Police"),
                 ("Rural crime", "Rural watch schemes; farm security advice", "Kent Police Rural Task Force"),
                 ("Prolific offenders", "Joint IOM case reviews with probation", "Probation, Kent Police")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership meets four times a year and reports to the council's Overview and Scrutiny "
                 "Committee.",
        "head": ["Measure", "Baseline 2024/25", "Direction"],
        "rows": [("ASB incidents", "2,700", "Down"), ("Repeat domestic abuse victims", "31%", "Down"),
                 ("Rural crimes reported", "410", "Up (better reporting)"), ("IOM cohort reoffending", "48%", "Down")],
        "partners": "Ashford Borough Council; Kent Police; Kent Fire and Rescue Service; Kent County Council; the "
                    "Probation Service; NHS Kent and Medway; parish councils; voluntary groups.",
    },
    "contact": "Civic Centre, Tannery Lane, Ashford · csp@ashford.example",
}


def build(root):
    return k1_style.build(root, DOC, "ashford_csp")
