"""Oadby and Wigston Community Safety Partnership Plan 2025-2028 (house style A, navy and teal)."""
from __future__ import annotations

from pathlib import Path

from . import house_a

SPEC = {
    "out": "strategies/oadby_and_wigston_community_safety_partnership_plan_2025-28.pdf",
    "title": "Oadby and Wigston Community Safety Partnership Plan 2025\u20132028",
    "cover_title": ["Oadby and Wigston", "Community Safety", "Partnership Plan"], "years": "2025\u20132028",
    "body": "Oadby and Wigston Community Safety Partnership",
    "running": "Oadby and Wigston CSP", "folio": "\u2014 {n} \u2014",
    "theme": {"main": "#1B2A4A", "acc": "#2A9D8F", "pale": "#E6F2F1", "font": "dejavu-cond",
              "hfont": "dejavu-cond", "h1": 20},
    "foreword": [
        "Oadby and Wigston is the smallest borough in Leicestershire and one of the most densely populated, "
        "sitting on the south-eastern edge of Leicester. It is a safe place to live, and we intend to keep it so.",
        "This plan sets five priorities. Because we are a small partnership, we have been careful to show how each "
        "one lines up with the larger plans of the Police and Crime Commissioner, the Health and Wellbeing Board and "
        "the Borough Council. Where others lead, we support; where the borough has a particular problem, we lead."],
    "signed": "Chair, Oadby and Wigston Community Safety Partnership",
    "about": [
        "The partnership's members are Oadby and Wigston Borough Council, Leicestershire County Council, "
        "Leicestershire Police, Leicestershire Fire and Rescue Service, the Integrated Care Board and the Probation "
        "Service, with housing associations, the schools and the voluntary sector invited."],
    "area_title": "The borough in numbers", "area_intro": "Key figures from the partnership's strategic assessment.",
    "stats": [("58,000", "residents in Oadby, Wigston and South Wigston"), ("3,400", "recorded crimes"),
              ("980", "anti-social behaviour reports"), ("310", "burglaries and vehicle crimes"),
              ("1 in 4", "residents aged over 65"), ("420", "fraud reports by residents to Action Fraud")],
    "findings_intro": "The assessment highlighted:",
    "findings": ["off-road bikes and e-scooters as the fastest-growing source of ASB complaints;",
                 "burglary and theft from vehicles concentrated near the A6 and the ring road;",
                 "domestic abuse as the largest single category of violent crime;",
                 "older residents losing large sums to courier, romance and investment fraud;",
                 "young people reporting harmful contact online, in a schools survey."],
    "prev_intro": "Our 2022\u20132025 plan set four priorities:",
    "previous": [["Anti-social behaviour and environmental crime", "Environmental crime now handled by the "
                  "Council's enforcement team"], ["Acquisitive crime", "Continues as burglary and vehicle crime"],
                 ["Domestic abuse", "Continues"], ["Vulnerable residents", "Now focused on fraud and scams"]],
    "context": "The Police and Crime Plan 2025\u20132029 for Leicester, Leicestershire and Rutland has these "
               "priorities:",
    "hwb": ["Best start in life", "Staying healthy, safe and well", "Dying well"],
    "council": ["Building, protecting and empowering communities", "Providing excellent services",
                "Growing the borough economically"], "council_name": "Borough Council Corporate Plan",
    "matrix_title": "Our priorities and where they fit",
    "matrix_intro": "The five priorities agreed for 2025\u20132028 are listed down the left. The marks show the "
                    "strength of the link to each priority of the other plans.",
    "matrix_corner": "Priority", "marks": "sm",
    "priorities": [
        ("Reducing anti-social behaviour, including off-road bikes and e-scooters", "Hotspot patrols and "
         "seizures"),
        ("Preventing burglary and vehicle crime", "Target hardening and repeat victims"),
        ("Improving our response to domestic abuse", "Early identification and local support"),
        ("Protecting older residents from fraud and scams", "Awareness, call blockers and doorstep crime"),
        ("Keeping young people safe online", "Schools, parents and youth groups"),
    ],
    "matrix": ["s,,,,m,,,,m,,s,m,", "s,,,,m,,,,,,s,,", ",,,s,s,,,,s,,s,,", ",,,,s,,,,s,,s,m,",
               ",,,,,,,s,s,,s,,"],
    "actions_intro": "Actions for the first year:",
    "actions": [["ASB", "Section 59 warnings and seizures of off-road bikes; joint days of action", "Police", "2025"],
                ["ASB", "Dispersal and PSPO review for Brocks Hill and Blaby Road park", "Borough Council", "2026"],
                ["Burglary", "Free target-hardening for repeat victims and older residents", "Borough Council",
                 "2025"], ["Domestic abuse", "Training for front-line council staff to spot and refer", "Borough "
                 "Council", "2025"], ["Fraud", "Scams awareness sessions with banks and the library service",
                 "Trading Standards", "2025"], ["Fraud", "Call blockers for residents at high risk", "Trading "
                 "Standards", "2026"], ["Online", "Online safety sessions in every secondary school",
                 "County Council", "2026"]],
    "measures": [["ASB reports involving vehicles", "Police"], ["Burglary and vehicle crime", "Police"],
                 ["Domestic abuse referrals from council services", "Borough Council"],
                 ["Residents supported after fraud", "Trading Standards"],
                 ["Pupils reached by online safety sessions", "County Council"]],
    "governance": ["The partnership board meets four times a year, chaired by the Borough Council, and reports to "
                   "the Service Delivery Committee. A tasking group meets monthly."],
    "contacts": ["Community Safety, Oadby and Wigston Borough Council", "Station Road, Wigston",
                 "Email csp@oadby-wigston-csp.example", "Telephone 0116 000 0002 (illustrative)"],
}


def build(root: Path) -> Path:
    return house_a.build(root, SPEC)
