"""Tonbridge and Malling Community Safety Partnership Plan 2026-2029: house style K1 (python-docx -> LibreOffice).

Five priorities on p5 as **filled-in fields of the county template**.  The
template's suggested themes, the previous priorities and findings (p4), the PCC's priorities quoted, actions
and measures are distractors.
"""
from kent_districts import k1_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/tonbridge_and_malling_community_safety_partnership_plan_2026-29.pdf",
    "title": "Tonbridge and Malling Community Safety Partnership Plan 2026–2029",
    "org": "Tonbridge and Malling Community Safety Partnership",
    "cover_title": "Community Safety Partnership Plan",
    "years": "2026–2029",
    "theme": dict(c1="00467F", c2="F39200", field="E8EEF4", footer="Page {PAGE} of {NUMPAGES}", size=9.5),
    "heads": {"fw": "1. Introduction", "ctx": "2. The borough", "pri": "3. Our priorities",
              "del": "4. Action plan", "gov": "5. Governance and measures"},
    "foreword": [
        "Tonbridge and Malling stretches from the town of Tonbridge to the villages of the Medway Gap and the North "
        "Downs. It is one of the safer boroughs in Kent, but crime and anti-social behaviour still affect many "
        "residents.",
        "This plan follows the county template and sets out five priorities for 2026 to 2029.",
    ],
    "signed": "Chair, Tonbridge and Malling Community Safety Partnership",
    "context": {
        "intro": "The borough has about 135,000 residents (illustrative).",
        "stats": [("135,000", "residents"), ("8,900", "crimes recorded in 2024/25"),
                  ("2,100", "ASB incidents"), ("1,800", "domestic abuse incidents"),
                  ("290", "thefts from farms and rural businesses"), ("55", "children referred for early help after "
                                                                          "offending")],
        "findings": ["ASB is highest in Tonbridge town centre, Snodland and the Medway Gap.",
                     "Rural businesses are repeatedly targeted for machinery and fuel theft.",
                     "Drug and alcohol use features in many ASB and domestic abuse cases.",
                     "Most children who offend for the first time are 14 to 16."],
        "previous": "The 2023–2026 plan had three priorities: Safer places; Protecting people at risk; and Young "
                    "people.",
        "prev_head": "Previous priorities",
    },
    "pri_intro": "The partnership agreed five priorities, entered below in the county template.",
    "priorities": [
        ("Responding to anti-social behaviour",
         "Quick, joined-up action when residents report ASB."),
        ("Keeping people safe from domestic abuse",
         "Victims should be able to get help early, wherever they live."),
        ("Rural crime, including farm and equipment theft",
         "Rural businesses are losing equipment and fuel worth thousands of pounds."),
        ("Drug and alcohol related harm",
         "Drugs and alcohol lie behind much of the crime and ASB in the borough."),
        ("Diverting young people away from crime",
         "Early help for children at risk of offending stops problems growing."),
    ],
    "delivery": {
        "intro": "The action plan is kept by the partnership's Joint Action Group. Main actions for 2026/27:",
        "head": ["Priority area", "Actions", "Lead"],
        "rows": [("ASB", "Joint Action Group case reviews; community trigger", "Borough council"),
                 ("Domestic abuse", "Outreach in villages; one-stop shop in Tonbridge", "Council"),
                 ("Rural crime", "Tracking devices for farm machinery", "Kent Police"),
                 ("Drugs and alcohol", "Outreach with the treatment provider", "Public health"),
                 ("Young people", "Holiday activities; referrals to youth diversion", "KCC, youth justice")],
        "pcc_head": "Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership meets quarterly and reports to the council's Communities and Environment "
                 "Scrutiny Select Committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("ASB incidents", "2,100", "Down"), ("Domestic abuse repeat victims", "27%", "Down"),
                 ("Rural thefts", "290", "Down"), ("First-time entrants to the youth justice system", "55", "Down")],
        "partners": "Tonbridge and Malling Borough Council; Kent Police; Kent Fire and Rescue Service; Kent County "
                    "Council; the Probation Service; NHS Kent and Medway; parish councils; voluntary groups.",
    },
    "contact": "Gibson Building, Kings Hill · csp@tmbc.example",
}


def build(root):
    return k1_style.build(root, DOC, "tonbridge_malling_csp")
