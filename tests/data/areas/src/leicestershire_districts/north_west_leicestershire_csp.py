"""North West Leicestershire Community Safety Partnership Plan 2025-2028 (house style C, blue-green)."""
from __future__ import annotations

from pathlib import Path

from . import house_c

SPEC = {
    "out": "strategies/north_west_leicestershire_community_safety_partnership_plan_2025-28.pdf",
    "title": "North West Leicestershire Community Safety Partnership Plan 2025\u20132028",
    "cover_title": ["North West Leicestershire", "Safer Communities", "Partnership Plan"],
    "years": "2025 to 2028", "body": "North West Leicestershire Community Safety Partnership", "code": "NWL",
    "running": "NWL Community Safety Partnership \u00b7 2025\u20132028",
    "theme": {"main": "#0B6E6E", "acc": "#F4A259", "pale": "#E4F1F1", "font": "dejavu", "hfont": "dejavu",
              "size": 9.2, "h1": 18},
    "fills": ["#0B6E6E", "#BC4B51", "#5B8E7D", "#F4A259", "#3E5C76"],
    "vision": "safe, strong and connected communities from Coalville to Castle Donington.",
    "foreword": [
        "North West Leicestershire is changing fast. The East Midlands Airport and Gateway, the logistics parks "
        "along the M1 and new housing around Coalville and Ashby bring jobs and people, and with them new risks.",
        "The partnership has agreed five priorities. Each carries a reference (NWL-P1 to NWL-P5) so that partners "
        "can report against it, and each is tied to the Police and Crime Plan in our register."],
    "signed": "Chair, North West Leicestershire Community Safety Partnership",
    "role": ["The partnership is the statutory community safety partnership for the district. Its responsible "
             "authorities are North West Leicestershire District Council, Leicestershire County Council, "
             "Leicestershire Police, Leicestershire Fire and Rescue Service, the Integrated Care Board and the "
             "Probation Service."],
    "area_intro": "Figures from the 2024\u201325 strategic assessment.",
    "stats": [("106,000", "residents"), ("7,900", "recorded crimes"), ("1,870", "ASB reports"),
              ("290", "rural thefts"), ("31", "modern slavery referrals"), ("1,350", "domestic abuse incidents")],
    "findings": ["anti-social behaviour is concentrated in Coalville town centre and two estates;",
                 "thefts of plant, machinery and fuel from farms and building sites are rising;",
                 "labour exploitation has been found in warehousing and car washes near the Gateway;",
                 "domestic abuse incidents are above the county average;",
                 "extremist material and online radicalisation have been raised by schools."],
    "shape_intro": "These plans and frameworks shaped our priorities.",
    "previous": [["Anti-social behaviour", "Continues"], ["Rural crime", "Continues"], ["Domestic abuse",
                  "Continues"], ["Serious violence", "Now led by the Violence Reduction Network"]],
    "national": ["Serious Violence Duty (2023).", "Prevent duty (Counter-Terrorism and Security Act 2015).",
                 "Modern Slavery Act 2015: duty to notify the Home Office of potential victims."],
    "register_intro": "The register below is the partnership's formal statement of its priorities for "
                      "2025\u20132028.",
    "priorities": [
        ("Reducing anti-social behaviour in Coalville and our communities", "1,870 reports; two persistent "
         "hotspots", "District Council", "1. Visible neighbourhood policing"),
        ("Tackling rural crime, including theft from farms", "Rural thefts up 18%", "Police",
         "2. Protecting rural communities"),
        ("Protecting people from exploitation and modern slavery", "31 referrals linked to logistics and car "
         "washes", "Police", "3. Serious violence, drugs and exploitation"),
        ("Reducing domestic abuse", "Above county rate; repeat victims", "County Council",
         "4. Keeping women and girls safe"),
        ("Building community resilience against extremism", "Concerns from schools and the Prevent panel",
         "District Council", "None directly"),
    ],
    "watch": [["Road safety", "Led by the Road Safety Partnership"],
              ["Airport-related crime", "Managed by the airport policing team"]],
    "actions": [["NWL-P1", "Coalville town centre problem-solving group", "District Council", "2025"],
                ["NWL-P2", "Rural crime surgeries and machinery marking", "Police", "2025"],
                ["NWL-P3", "Modern slavery training for logistics employers", "District Council", "2026"],
                ["NWL-P3", "Joint inspections of car washes", "Police", "2025"],
                ["NWL-P4", "Domestic abuse champions in every council team", "District Council", "2025"],
                ["NWL-P5", "Prevent awareness for community and faith groups", "District Council", "2026"]],
    "measures": [["NWL-P1", "ASB reports", "1,870"], ["NWL-P2", "Rural thefts", "290"],
                 ["NWL-P3", "Modern slavery referrals", "31"], ["NWL-P4", "Repeat domestic abuse victims", "29%"],
                 ["NWL-P5", "People completing Prevent awareness sessions", "120"]],
    "governance": ["The partnership meets quarterly and is scrutinised by the District Council's Community "
                   "Scrutiny Committee. It reports to the Leicestershire Safer Communities Strategy Board."],
    "contacts": ["Community Safety, North West Leicestershire District Council", "Whitwick Road, Coalville",
                 "Email csp@nwleics-csp.example", "Telephone 01530 000 000 (illustrative)"],
}


def build(root: Path) -> Path:
    return house_c.build(root, SPEC)
