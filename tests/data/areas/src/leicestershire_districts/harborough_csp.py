"""Harborough District Community Safety Partnership Plan 2025-2028 (house style B, 2 x 2 grid, burgundy)."""
from __future__ import annotations

from pathlib import Path

from . import house_b

SPEC = {
    "out": "strategies/harborough_community_safety_partnership_plan_2025-28.pdf",
    "title": "Harborough District Community Safety Partnership Plan 2025\u20132028",
    "cover_title": ["Safer Harborough", "Partnership Plan"], "years": "April 2025 \u2013 March 2028",
    "body": "Harborough District Community Safety Partnership", "running": "SAFER HARBOROUGH 2025\u20132028",
    "folio": "Harborough CSP \u00b7 {n}",
    "theme": {"font": "'Liberation Serif', serif", "main": "#7B1E3A", "acc": "#C9A227", "pale": "#F6ECEF"},
    "cols": 2, "gap": "22mm", "sqsize": "15pt",
    "fills": ["#7B1E3A", "#A23B5A", "#5B4B8A", "#2F6F73"],
    "welcome": [
        "Harborough is Leicestershire's largest and most rural district: the market towns of Market Harborough and "
        "Lutterworth, the growing edge of Leicester at Scraptoft and Thurnby, and more than eighty villages and "
        "hamlets. It is one of the safest places in the country to live.",
        "Our residents tell us that what worries them is not the crime that makes the news, but speeding through "
        "their villages, thefts from farms and outbuildings, and the calls and visits that target older people. "
        "This plan focuses the partnership on four priorities and shows how each supports the plans of our "
        "partners."],
    "signed": "Chair, Harborough District Community Safety Partnership",
    "about": [
        "Harborough District Council, Leicestershire County Council, Leicestershire Police, Leicestershire Fire and "
        "Rescue Service, the Integrated Care Board and the Probation Service are the responsible authorities. The "
        "partnership works closely with parish councils, the National Farmers' Union and Neighbourhood Watch."],
    "picture": "Figures from the 2024\u201325 strategic assessment.",
    "stats": [("98,000", "residents, a third in villages"), ("4,900", "recorded crimes"),
              ("410", "rural and farm thefts"), ("63", "killed or seriously injured on district roads"),
              ("1 in 4", "residents aged 65 or over"), ("760", "domestic abuse incidents")],
    "survey": "In our residents' survey (illustrative) speeding was the top concern in 61 of the district's "
              "parishes. Rural theft and scams came next.",
    "quotes": ["We have had two quad bikes and a trailer taken in a year.",
               "My mother was phoned six times in one morning by someone saying they were from her bank."],
    "context": "The Police and Crime Commissioner's plan sets the direction for policing. Its priorities are:",
    "prev_intro": "Our 2022\u20132025 plan had five priorities:",
    "previous": [["Rural crime", "Continues"], ["Road safety", "Continues"], ["Anti-social behaviour",
                  "Now handled through the Joint Action Group"], ["Domestic abuse", "Continues"],
                 ["Cyber crime", "Merged into scams and doorstep crime"]],
    "pri_intro": "For 2025 to 2028 the partnership will focus on four priorities.",
    "priorities": [
        ("Keeping rural communities safe from crime", "Farms, outbuildings, machinery and heritage sites"),
        ("Speeding and road safety in our villages", "Speed checks, Speedwatch and engineering"),
        ("Protecting vulnerable adults from scams and doorstep crime", "Older and isolated residents"),
        ("Recognising domestic abuse earlier and supporting those affected", "Rural victims and hidden harm"),
    ],
    "lineup_intro": "This table shows which priority of each partner plan our four priorities support.",
    "lineup": [("Protecting rural communities", "Healthy places", "Communities"),
               ("Protecting rural communities", "Staying healthy, safe and well", "Place"),
               ("Outstanding support for victims", "Living well", "Communities"),
               ("Keeping women and girls safe", "Staying healthy, safe and well", "Communities")],
    "council_name": "Harborough Corporate Plan",
    "duties": "Anti-social behaviour cases and hotspots are handled every month by the Joint Action Group rather than "
              "as a separate priority. The partnership meets the Serious Violence Duty through the Violence "
              "Reduction Network.",
    "actions": [("Rural", "Farm Watch and tagging of machinery", "Police"),
                ("Rural", "Heritage crime marking for churches", "Police"),
                ("Roads", "Community Speedwatch and mobile speed cameras in priority villages", "Road Safety "
                 "Partnership"), ("Roads", "Village gateways and 20 mph limits where supported", "County Council"),
                ("Scams", "Doorstep crime rapid response and no-cold-calling zones", "Trading Standards"),
                ("Domestic abuse", "Outreach advice at market towns and GP surgeries", "Voluntary sector")],
    "measures": [("Rural crimes reported", "Police"), ("Killed or seriously injured casualties", "Road Safety "
                  "Partnership"), ("Scam and doorstep crime victims supported", "Trading Standards"),
                 ("Domestic abuse referrals from rural areas", "Voluntary sector")],
    "governance": ["The partnership meets quarterly. The Joint Action Group meets monthly to deal with individual "
                   "cases. The Council's Scrutiny Panel reviews the plan every year."],
    "contacts": ["Community Safety, Harborough District Council, Adam and Eve Street, Market Harborough",
                 "Email csp@harborough-csp.example", "Telephone 01858 000 000 (illustrative)"],
}


def build(root: Path) -> Path:
    return house_b.build(root, SPEC)
