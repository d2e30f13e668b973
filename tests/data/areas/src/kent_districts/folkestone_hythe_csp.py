"""Folkestone and Hythe Community Safety Partnership Plan 2026-2029: house style K3 (reportlab).

Five priorities on p5 in the K3 **table of priorities with sparklines**.  The previous priorities and findings
(p4), the PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k3_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/folkestone_and_hythe_community_safety_partnership_plan_2026-29.pdf",
    "title": "Folkestone and Hythe Community Safety Partnership Plan 2026–2029",
    "org": "Folkestone and Hythe Community Safety Partnership",
    "cover_lines": ["Community Safety", "Partnership Plan"],
    "years": "2026 – 2029",
    "theme": dict(c1="#006D77", c2="#E29578", c3="#EDF6F9", font="dejavu", hfont="liberation-serif",
                  folio="Page {n}", header="Folkestone and Hythe CSP · Plan 2026–2029"),
    "heads": {"fw": "Foreword", "ctx": "Our district", "pri": "Our priorities", "del": "Delivering the plan",
              "gov": "Governance and measures"},
    "foreword": [
        "Folkestone and Hythe district runs from the Romney Marsh to the harbour at Folkestone and the Channel "
        "Tunnel terminal. Its long coastline, beaches and harbours are loved by residents and visitors alike.",
        "This plan sets out the five priorities of the Community Safety Partnership for 2026 to 2029, based on the "
        "2025 strategic assessment and our residents' survey.",
    ],
    "signed": "Chair, Folkestone and Hythe Community Safety Partnership",
    "context": {
        "intro": "The district has about 111,000 residents (illustrative), and its population grows each summer.",
        "stats": [("111,000", "residents"), ("9,800", "crimes recorded in 2024/25"), ("2,600", "ASB incidents"),
                  ("2,000", "VAWG crimes and incidents"), ("27", "water-related rescues each summer"),
                  ("640", "mental health calls to police")],
        "findings": ["ASB peaks on the seafront and in Folkestone town centre in summer.",
                     "Women and girls say they feel unsafe in parts of the town centre at night.",
                     "Cold-water incidents and tombstoning from harbour walls continue each summer.",
                     "Police spend many hours with people in mental health crisis.",
                     "Doorstep crime and scams target older residents in Hythe and the Marsh."],
        "previous": "The 2023–2026 plan had three priorities: Safer public spaces; Vulnerability; and Violence.",
        "prev_head": "Our 2023–2026 plan",
    },
    "pri_intro": "The partnership will focus on five priorities. The chart beside each shows the trend that "
                 "worries us.",
    "priorities": [
        ("Tackling anti-social behaviour along the coast and in Folkestone town centre",
         "Summer patrols, youth outreach and quick action on hotspots.", [2300, 2450, 2380, 2520, 2600], "2,600",
         "ASB incidents"),
        ("Violence against women and girls",
         "Safer streets at night, support for victims and action against perpetrators.",
         [1500, 1620, 1780, 1900, 2000], "2,000", "VAWG crimes and incidents"),
        ("Water safety on our beaches and harbours",
         "Signs, lifesaving kit and summer campaigns with the RNLI and the harbour company.",
         [18, 22, 19, 25, 27], "27", "water rescues"),
        ("Vulnerable people in mental health crisis",
         "Getting people in crisis the right care from the right service, quickly.", [480, 520, 560, 600, 640],
         "640", "mental health calls"),
        ("Protecting older people from doorstep crime and scams",
         "Trading Standards, banks and volunteers working to stop fraud before money is lost.",
         [140, 165, 170, 190, 205], "205", "scams reported"),
    ],
    "delivery": {
        "intro": "Each priority has a lead partner. The main actions for 2026/27 are:",
        "head": ["Priority", "Actions 2026/27", "Lead"],
        "rows": [("ASB", "Seafront summer plan; town centre Community Safety Unit", "District council"),
                 ("VAWG", "Safe haven venues; Walk and Talk with women", "Council, Kent Police"),
                 ("Water safety", "Harbour wall signs; RNLI school visits", "Council, RNLI"),
                 ("Mental health", "Mental health practitioner in the control room", "NHS, Kent Police"),
                 ("Scams", "Call blockers; Friends Against Scams training", "Trading Standards")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership board meets quarterly and reports to the council's Overview and Scrutiny "
                 "Committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("ASB incidents", "2,600", "Down"), ("Women who feel safe at night", "46%", "Up"),
                 ("Water rescues", "27", "Down"), ("Hours police spend with people in crisis", "3,100", "Down"),
                 ("Money lost to scams", "£640k", "Down")],
        "partners": "Folkestone and Hythe District Council; Kent Police; Kent Fire and Rescue Service; Kent "
                    "County Council; RNLI; NHS Kent and Medway; Folkestone Harbour company; voluntary groups.",
    },
    "contact": "Civic Centre, Castle Hill Avenue, Folkestone · csp@folkestone-hythe.example",
}


def build(root):
    return k3_style.build(root, DOC)
