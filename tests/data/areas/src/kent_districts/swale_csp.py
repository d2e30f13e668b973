"""Swale Community Safety Partnership Plan 2026-2029: house style K3 (reportlab).

Four priorities on p5 in the K3 **table of priorities with sparklines**.  The previous priorities and findings
(p4), the PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k3_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/swale_community_safety_partnership_plan_2026-29.pdf",
    "title": "Swale Community Safety Partnership Plan 2026–2029",
    "org": "Swale Community Safety Partnership",
    "cover_lines": ["Community Safety", "Partnership Plan"],
    "years": "2026–2029",
    "theme": dict(c1="#283618", c2="#BC6C25", c3="#F4F1E6", font="liberation-sans", hfont="liberation-sans",
                  folio="{n} | Swale CSP", header="Swale Community Safety Partnership"),
    "heads": {"fw": "Introduction", "ctx": "Swale in focus", "pri": "Priorities 2026–2029",
              "del": "What happens next", "gov": "Oversight and measures"},
    "foreword": [
        "Swale includes Sittingbourne, Faversham, the Isle of Sheppey and a wide rural area along the Swale "
        "estuary. Its communities are varied, and so are the community safety issues they face.",
        "This plan sets out the four priorities that the Community Safety Partnership will tackle together.",
    ],
    "signed": "Chair, Swale Community Safety Partnership",
    "context": {
        "intro": "Swale has about 155,000 residents (illustrative).",
        "stats": [("155,000", "residents"), ("14,600", "crimes recorded in 2024/25"), ("3,900", "ASB incidents"),
                  ("2,800", "domestic abuse incidents"), ("44", "cuckooed addresses identified"),
                  ("2,300", "fly-tipping incidents")],
        "findings": ["Off-road bikes and quad bikes cause nuisance on Sheppey and in Sittingbourne.",
                     "County lines use the A249 corridor and exploit local young people and adults.",
                     "Fly-tipping on rural lanes costs landowners and the council heavily.",
                     "Domestic abuse rates are highest on the Isle of Sheppey."],
        "previous": "The 2023–2026 plan had four priorities: Safer town centres; Serious violence; "
                    "Vulnerability; and Road safety on the Isle of Sheppey.",
        "prev_head": "Previous priorities",
    },
    "pri_intro": "Four priorities were agreed by the partnership in March 2026, using the strategic assessment and "
                 "residents' views.",
    "priorities": [
        ("Reducing anti-social behaviour, including nuisance off-road bikes",
         "Targeted patrols, seizure of nuisance vehicles and diversion for young riders.",
         [3500, 3650, 3800, 3700, 3900], "3,900", "ASB incidents"),
        ("Protecting people from domestic abuse",
         "Earlier help for victims and families, with a focus on the Isle of Sheppey.",
         [2300, 2450, 2600, 2700, 2800], "2,800", "DA incidents"),
        ("Protecting vulnerable people from exploitation, including county lines and cuckooing",
         "Finding and protecting people whose homes are taken over, and disrupting drug lines.",
         [20, 26, 31, 38, 44], "44", "cuckooed addresses"),
        ("Tackling fly-tipping and environmental crime",
         "Cameras, enforcement and clean-up with landowners and the Rural Task Force.",
         [1900, 2000, 2250, 2200, 2300], "2,300", "fly-tips"),
    ],
    "delivery": {
        "intro": "Task groups will deliver each priority. The main actions for 2026/27 are:",
        "head": ["Priority", "Actions 2026/27", "Lead"],
        "rows": [("ASB", "Off-road bike operation; youth diversion on Sheppey", "Kent Police, council"),
                 ("Domestic abuse", "Sheppey one-stop shop; GP awareness", "Swale Borough Council"),
                 ("Exploitation", "Cuckooing panel with housing providers", "Kent Police"),
                 ("Fly-tipping", "Mobile cameras; fixed penalties; landowner fund", "Swale Borough Council")],
        "pcc_head": "How we support the PCC's plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership meets quarterly and reports to Swale Borough Council's Policy and Resources "
                 "Committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("ASB incidents", "3,900", "Down"), ("Repeat domestic abuse victims", "32%", "Down"),
                 ("Cuckooed addresses safeguarded", "44", "All"), ("Fly-tipping incidents", "2,300", "Down")],
        "partners": "Swale Borough Council; Kent Police; Kent Fire and Rescue Service; Kent County Council; the "
                    "Probation Service; housing providers; NFU; voluntary groups.",
    },
    "contact": "Swale House, East Street, Sittingbourne · csp@swale.example",
}


def build(root):
    return k3_style.build(root, DOC)
