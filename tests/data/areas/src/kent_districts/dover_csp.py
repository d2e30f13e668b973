"""Dover District Community Safety Partnership Plan 2026-2029: house style K1 (python-docx -> LibreOffice).

Four priorities on p5 as **filled-in fields of the county template**.  The template's suggested themes, the
previous priorities and findings (p4), the PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k1_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/dover_district_community_safety_partnership_plan_2026-29.pdf",
    "title": "Dover District Community Safety Partnership Plan 2026–2029",
    "org": "Dover District Community Safety Partnership",
    "cover_title": "Community Safety Partnership Plan",
    "years": "2026–2029",
    "theme": dict(c1="7A1F2B", c2="C9A227", field="F1E9E9", footer="{PAGE}", font="DejaVu Sans", size=9.5),
    "heads": {"fw": "1. Introduction", "ctx": "2. The district", "pri": "3. Our partnership priorities",
              "del": "4. Delivery", "gov": "5. Monitoring and governance"},
    "foreword": [
        "Dover district includes the busiest ferry port in Europe, the towns of Dover, Deal and Sandwich and a wide "
        "rural area. The port and the A2 and A20 shape many of the community safety issues we face.",
        "This plan uses the Kent community safety plan template. It sets out four priorities for 2026 to 2029.",
        "Partners will report on progress each year.",
    ],
    "signed": "Chair, Dover District Community Safety Partnership",
    "context": {
        "intro": "Dover district has about 118,000 residents (illustrative).",
        "stats": [("118,000", "residents"), ("10,200", "crimes recorded in 2024/25"),
                  ("2,400", "ASB incidents"), ("2,100", "domestic abuse incidents"),
                  ("35", "potential victims of modern slavery referred"), ("9", "county lines disrupted")],
        "findings": ["ASB is concentrated in Dover town centre and parts of Deal.",
                     "The port is a route for people trafficking and for workers exploited in car washes and "
                     "on farms.",
                     "County lines from London use Dover and Deal, and exploit local children and adults.",
                     "Domestic abuse is under-reported in rural parts of the district."],
        "previous": "The 2023–2026 plan had three priorities: Safer streets; Protecting the vulnerable; and "
                    "Tackling drug supply.",
        "prev_head": "Previous plan",
    },
    "pri_intro": "Using the county template, the partnership has agreed four priorities for the district.",
    "priorities": [
        ("Anti-social behaviour",
         "Residents rank ASB as their first concern in every survey since 2021."),
        ("Reducing domestic abuse",
         "Around 2,100 incidents each year, with many more unreported."),
        ("Modern slavery and people trafficking through the port",
         "Dover's port makes the district a gateway for trafficking and labour exploitation."),
        ("Exploitation and county lines",
         "Drug lines from outside Kent exploit children and vulnerable adults in our towns."),
    ],
    "delivery": {
        "intro": "Each priority has a lead partner who reports to the partnership every quarter.",
        "head": ["Priority area", "Key actions", "Lead"],
        "rows": [("ASB", "Community Safety Accreditation Scheme patrols in Dover", "Dover District Council"),
                 ("Domestic abuse", "Rural outreach sessions; awareness in GP practices", "Council, NHS"),
                 ("Modern slavery", "Joint operations at the port; training for port staff", "Kent Police, Border Force"),
                 ("County lines", "Cuckooing protocol; exploitation screening in schools", "Kent Police")],
        "pcc_head": "Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership reports to Dover District Council's Overview and Scrutiny Committee each "
                 "year.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("ASB incidents", "2,400", "Down"), ("Domestic abuse repeat victims", "30%", "Down"),
                 ("Modern slavery referrals (NRM)", "35", "Up (more found)"), ("County lines disrupted", "9", "Up")],
        "partners": "Dover District Council; Kent Police; Border Force; Port of Dover; Kent Fire and Rescue "
                    "Service; Kent County Council; the Probation Service; voluntary groups.",
    },
    "contact": "White Cliffs Business Park, Dover · csp@dover.example",
}


def build(root):
    return k1_style.build(root, DOC, "dover_csp")
