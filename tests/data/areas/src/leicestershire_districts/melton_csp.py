"""Melton Community Safety Partnership Plan 2025-2028 (house style B, 3 x 2 grid with a grey sixth
square that is a way of working, not a priority; orange)."""
from __future__ import annotations

from pathlib import Path

from . import house_b

SPEC = {
    "out": "strategies/melton_community_safety_partnership_plan_2025-28.pdf",
    "title": "Melton Community Safety Partnership Plan 2025\u20132028",
    "cover_title": ["Melton Community", "Safety Partnership"], "years": "Strategic Plan 2025\u20132028",
    "body": "Melton Community Safety Partnership", "running": "MELTON CSP STRATEGIC PLAN",
    "folio": "{n}",
    "theme": {"font": "'Liberation Sans Narrow', 'Liberation Sans', sans-serif", "main": "#C4501B",
              "acc": "#2E4057", "pale": "#FBEDE5"},
    "cols": 3, "gap": "7mm", "sqsize": "13pt",
    "fills": ["#C4501B", "#2E4057", "#D98E04", "#4E7D5B", "#8C2F39"],
    "extra": ("Communicating with our communities",
              "Runs through everything we do: a way of working, not a separate priority"),
    "welcome": [
        "Melton Mowbray and the villages of the Vale of Belvoir and the Wolds make up one of the most rural "
        "boroughs in the East Midlands. Crime is low, but residents feel the effect of every burglary, every "
        "speeding driver and every dealer who travels out from the cities.",
        "After consulting residents, the partnership has chosen five priorities for 2025\u20132028, and one way of "
        "working that runs through all of them. We show how they support the Police and Crime Plan and the plans "
        "of the County and Borough Councils."],
    "signed": "Portfolio Holder for Housing and Communities, Chair of the partnership",
    "about": [
        "The partnership is led by Melton Borough Council with Leicestershire Police, Leicestershire County Council, "
        "Leicestershire Fire and Rescue Service, the Integrated Care Board and the Probation Service."],
    "picture": "Figures from the 2024\u201325 strategic assessment.",
    "stats": [("52,000", "residents"), ("2,900", "recorded crimes"), ("140", "drug offences"),
              ("38", "killed or seriously injured on borough roads"), ("190", "online fraud reports"),
              ("120", "thefts from farms and rural businesses")],
    "survey": "The consultation (illustrative) asked residents to rank local concerns. Drug dealing, road safety "
              "and violent crime came top, followed by cyber crime and rural theft.",
    "quotes": ["You can see the deals happening near the bus station in broad daylight.",
               "The A606 is a racetrack at weekends."],
    "context": "The Police and Crime Plan 2025\u20132029 lists these priorities:",
    "prev_intro": "Our 2021\u20132024 strategy set five key areas:",
    "previous": [["Drug-related crime", "Continues"], ["Road safety", "Continues"], ["Violent crime", "Continues"],
                 ["Cybercrime", "Now includes online fraud"], ["Communication", "Now a way of working"]],
    "pri_intro": "Five coloured squares are our priorities. The grey square is how we will work on all of them.",
    "priorities": [
        ("Tackling drug dealing and drug-related crime", "Closing county lines and dealing hotspots"),
        ("Road safety on our rural roads", "Speeding, motorbikes and the A606 and A607"),
        ("Reducing violent crime", "Town-centre violence and weapons"),
        ("Protecting residents from cyber crime and online fraud", "Advice, alerts and victim support"),
        ("Keeping rural businesses and farms safe", "Farm thefts, machinery and fuel"),
    ],
    "lineup_intro": "How each priority supports our partners' plans:",
    "lineup": [("Cutting serious violence, drugs and exploitation", "Reducing harm from drugs", "Safe communities"),
               ("Protecting rural communities", "Healthy places", "Safe communities"),
               ("Cutting serious violence, drugs and exploitation", "Staying safe", "Safe communities"),
               ("Outstanding support for victims", "Living well", "Excellent services"),
               ("Protecting rural communities", "Healthy places", "Growing the local economy")],
    "council_name": "Melton Corporate Strategy",
    "duties": "The partnership meets the Serious Violence Duty through the Violence Reduction Network, and reviews "
              "domestic homicides through the Leicestershire Safer Communities Strategy Board.",
    "actions": [("Drugs", "Closure orders on properties used for dealing", "Police"),
                ("Drugs", "Drug dog and knife arch operations at the bus and rail stations", "Police"),
                ("Roads", "Biker safety events and speed enforcement on the A606", "Road Safety Partnership"),
                ("Violence", "Town-centre licensing checks and bleed kits", "Borough Council"),
                ("Cyber", "Cyber protect talks for older residents and small businesses", "Police"),
                ("Rural", "Farm Watch and fuel tank alarms", "Police"),
                ("Communication", "Quarterly 'You said, we did' newsletter", "Borough Council")],
    "measures": [("Drug trafficking offences and closures", "Police"), ("Killed or seriously injured casualties",
                  "Road Safety Partnership"), ("Violence with injury", "Police"), ("Online fraud reports",
                  "Action Fraud"), ("Rural thefts", "Police")],
    "governance": ["The partnership meets quarterly and reports each year to the Borough Council's Scrutiny "
                   "Committee. An annual action plan sets the year's work."],
    "contacts": ["Communities Team, Melton Borough Council, Parkside, Station Approach, Melton Mowbray",
                 "Email csp@melton-csp.example", "Telephone 01664 000 000 (illustrative)"],
}


def build(root: Path) -> Path:
    return house_b.build(root, SPEC)
