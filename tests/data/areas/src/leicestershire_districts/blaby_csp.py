"""Blaby District Community Safety Partnership Plan 2025-2028 (house style B, 3 x 2 grid, teal)."""
from __future__ import annotations

from pathlib import Path

from . import house_b

SPEC = {
    "out": "strategies/blaby_community_safety_partnership_plan_2025-28.pdf",
    "title": "Blaby District Community Safety Partnership Plan 2025\u20132028",
    "cover_title": ["Blaby District", "Community Safety", "Partnership Plan"], "years": "2025\u20132028",
    "body": "Blaby District Community Safety Partnership", "running": "BLABY DISTRICT CSP PLAN 2025\u201328",
    "folio": "Page {n} of 9",
    "theme": {"font": "'DejaVu Sans', sans-serif", "main": "#00677F", "acc": "#F2A900", "pale": "#E5F1F4"},
    "cols": 3, "gap": "8mm", "sqsize": "11.5pt",
    "fills": ["#00677F", "#0A8A8A", "#3A5BA0", "#7A3E8E", "#B5462E", "#4F7A28"],
    "welcome": [
        "Blaby District stretches from the edge of Leicester at Glenfield, Braunstone Town and Enderby out to the "
        "villages of the south and west. It includes Fosse Park and a busy stretch of the M1 and M69, which bring "
        "visitors, trade and, sometimes, crime.",
        "This plan sets out six priorities for the partnership. We chose them after studying the evidence and "
        "listening to residents, parish councils and businesses. For each one we have checked how it supports the "
        "Police and Crime Commissioner's plan and the health and council plans that sit alongside ours."],
    "signed": "Chair, Blaby District Community Safety Partnership",
    "about": [
        "The partnership is made up of Blaby District Council, Leicestershire County Council, Leicestershire Police, "
        "Leicestershire Fire and Rescue Service, the Integrated Care Board and the Probation Service. Parish "
        "councils, Neighbourhood Watch and local businesses are closely involved."],
    "picture": "Figures from the 2024\u201325 strategic assessment.",
    "stats": [("104,000", "residents across 24 parishes"), ("6,800", "recorded crimes"),
              ("1,720", "anti-social behaviour reports"), ("310", "fly-tipping incidents on rural land"),
              ("47", "people killed or seriously injured on the district's roads"), ("1,180", "domestic abuse "
              "incidents")],
    "survey": "More than 700 people answered our survey (illustrative). The issues they raised most were speeding, "
              "anti-social behaviour, fly-tipping and scams.",
    "quotes": ["Cars come through the village at 50 and nobody seems to care.",
               "The lads on bikes round the recreation ground make older people scared to go out."],
    "context": "We have regard to the Police and Crime Plan for Leicester, Leicestershire and Rutland. Its "
               "priorities are:",
    "prev_intro": "Our 2022\u20132025 plan had four priority areas:",
    "previous": [["Anti-social behaviour", "Continues"], ["Acquisitive crime", "Now led by police neighbourhood "
                  "teams"], ["Domestic abuse", "Continues"], ["Vulnerable people and hate", "Split into scams "
                  "and cohesion"]],
    "pri_intro": "Six priorities will guide the partnership from 2025 to 2028. Each has a lead partner and a short "
                 "action plan.",
    "priorities": [
        ("Reducing anti-social behaviour in our towns and villages", "Problem-solving for the places and people "
         "most affected"),
        ("Tackling rural crime and fly-tipping", "With farmers, landowners and the rural crime team"),
        ("Making our roads safer", "Speed checks, Community Speedwatch and safer routes to school"),
        ("Tackling domestic abuse", "Spotting it early and getting people help"),
        ("Protecting people from fraud and scams", "Awareness, call blockers and support after a scam"),
        ("Preventing hate crime and supporting community cohesion", "Reporting centres and quick reassurance"),
    ],
    "lineup_intro": "Each of our priorities supports at least one priority of the plans around us.",
    "lineup": [("Visible neighbourhood policing in every community", "Healthy places", "Safe communities"),
               ("Protecting rural communities", "Healthy places", "Clean and green district"),
               ("Protecting rural communities", "Staying healthy, safe and well", "Safe communities"),
               ("Keeping women and girls safe", "Staying healthy, safe and well", "Safe communities"),
               ("Outstanding support for victims", "Living well", "Safe communities"),
               ("Visible neighbourhood policing in every community", "Mental health", "Strong communities")],
    "council_name": "Blaby District Plan",
    "duties": "The partnership also meets its duties under the Serious Violence Duty, through the Violence Reduction "
              "Network, and under the Domestic Abuse Act 2021, through the county's domestic abuse board.",
    "actions": [("ASB", "Monthly tasking of hotspot parks and car parks", "District Council"),
                ("Rural", "Rural crime surgeries and fly-tipping cameras at known sites", "District Council"),
                ("Roads", "Community Speedwatch in every parish that wants it", "Police"),
                ("Roads", "Safer routes to school in Narborough and Whetstone", "County Council"),
                ("Domestic abuse", "Drop-in advice at the Enderby hub", "Voluntary sector"),
                ("Scams", "Call blockers for residents referred by banks and GPs", "Trading Standards"),
                ("Cohesion", "Third-party hate reporting centres in libraries", "District Council")],
    "measures": [("ASB incidents", "Police"), ("Fly-tipping incidents on private land", "District Council"),
                 ("Killed or seriously injured casualties", "Road Safety Partnership"),
                 ("Repeat domestic abuse victims", "MARAC"), ("Scam victims supported", "Trading Standards"),
                 ("Hate incidents reported", "Police")],
    "governance": ["The partnership board meets quarterly and is scrutinised by the District Council's Scrutiny "
                   "Commission. A monthly Joint Action Group deals with cases and hotspots."],
    "contacts": ["Community Services, Blaby District Council, Desford Road, Narborough",
                 "Email csp@blaby-csp.example", "Telephone 0116 000 0003 (illustrative)"],
}


def build(root: Path) -> Path:
    return house_b.build(root, SPEC)
