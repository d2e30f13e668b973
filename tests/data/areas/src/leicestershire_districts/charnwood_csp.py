"""Charnwood Community Safety Partnership Plan 2025-2028 (house style A, green, strong/medium marks)."""
from __future__ import annotations

from pathlib import Path

from . import house_a

SPEC = {
    "out": "strategies/charnwood_community_safety_partnership_plan_2025-28.pdf",
    "title": "Charnwood Community Safety Partnership Plan 2025\u20132028",
    "cover_title": ["Charnwood Community", "Safety Partnership Plan"], "years": "2025 to 2028",
    "body": "Charnwood Community Safety Partnership",
    "running": "Charnwood CSP Plan 2025\u20132028", "folio": "{n} | Charnwood CSP",
    "theme": {"main": "#1E6B3A", "acc": "#8CC63F", "pale": "#EEF6E8", "font": "liberation-sans",
              "hfont": "liberation-serif", "h1": 21},
    "foreword": [
        "Charnwood is a borough of contrasts: Loughborough, with its university and busy town centre, the growing "
        "communities of Shepshed, Syston and Birstall, and dozens of villages along the Soar valley and in the "
        "Charnwood Forest. Crime here is below the national average, but it is not evenly spread.",
        "Our partners have agreed five priorities for the next three years. They come from our strategic "
        "assessment and from more than 900 replies to our residents' survey. We have checked each one against the "
        "Police and Crime Commissioner's new plan, the county's Joint Health and Wellbeing Strategy and the "
        "Borough Council's corporate strategy, so that everyone can see where our work fits."],
    "signed": "Chair, Charnwood Community Safety Partnership (Cabinet Lead Member for Community Safety)",
    "about": [
        "The partnership brings together Charnwood Borough Council, Leicestershire County Council, Leicestershire "
        "Police, Leicestershire Fire and Rescue Service, the Integrated Care Board and the Probation Service, with "
        "Loughborough University, Loughborough College and the voluntary sector. Its Joint Action Group meets "
        "every month to deal with the people and places causing most harm."],
    "area_title": "Charnwood in numbers", "area_intro": "Taken from the 2024\u201325 partnership strategic assessment.",
    "stats": [("183,000", "residents, including 18,000 students"), ("11,900", "recorded crimes in the year"),
              ("3,150", "anti-social behaviour reports"), ("42%", "of night-time violence in Loughborough town "
              "centre"), ("1,450", "shop theft offences, up by a quarter"), ("2,100", "domestic abuse incidents")],
    "findings_intro": "What the assessment told us:",
    "findings": ["anti-social behaviour is falling overall but persistent in a handful of estates and parks;",
                 "violence and disorder cluster around the night-time economy on Thursdays and Saturdays;",
                 "exploitation of vulnerable adults through cuckooing has been found in several flats;",
                 "stalking reports have doubled, partly because recording has improved;",
                 "shop theft has risen sharply, with a small number of prolific offenders responsible."],
    "prev_intro": "Our 2022\u20132025 plan had four priorities. This is how they have moved on.",
    "previous": [["Reducing anti-social behaviour", "Continues with a sharper focus on nuisance and repeat victims"],
                 ["Student safety", "Widened to the whole night-time economy"],
                 ["Protecting vulnerable people", "Now focused on exploitation and cuckooing"],
                 ["Domestic abuse", "Continues, with stalking added"]],
    "context": "The Commissioner's Police and Crime Plan 2025\u20132029 has seven priorities, reproduced below. "
               "We must have regard to them when we set our own.",
    "hwb": ["Best start in life", "Staying healthy, safe and well", "Living and supported well"],
    "council": ["People", "Place", "Prosperity"], "council_name": "Charnwood Corporate Strategy",
    "matrix_title": "Our priorities and how they align",
    "matrix_intro": "Our five priorities for 2025\u20132028 are the rows below. Reading across shows how strongly "
                    "each supports the priorities of three other plans.",
    "matrix_corner": "Partnership priority 2025\u20132028", "marks": "sm",
    "priorities": [
        ("Tackling anti-social behaviour and nuisance across the borough", "Parks, estates and repeat victims"),
        ("A safe night out in Loughborough for students and residents", "Street support, welfare and licensing"),
        ("Protecting vulnerable people from exploitation and cuckooing", "Closure orders and safe accommodation"),
        ("Tackling domestic abuse and stalking", "Early help, target hardening and stalking advocacy"),
        ("Reducing shop theft and business crime", "Retail radio, prolific offenders and banning notices"),
    ],
    "matrix": ["s,,,,m,,,,m,,s,s,", "s,,m,m,,,,,s,,s,s,s", ",,s,,m,,,,s,s,s,,", ",,,s,m,,,s,s,s,s,,",
               "s,,,,,m,,,,,,s,s"],
    "actions_intro": "Each priority has a lead partner and a short action plan, reviewed by the Joint Action Group.",
    "actions": [["ASB", "Targeted patrols and youth outreach in the five parks with most reports", "Borough Council",
                 "2025"], ["ASB", "Community Protection Notices used consistently across partners", "Police",
                 "2026"], ["Night-time", "Student Street Support volunteers on Thursday and Saturday nights",
                 "University", "2025"], ["Night-time", "Welfare and vulnerability training for door staff",
                 "Licensing", "2025"], ["Exploitation", "Cuckooing protocol with housing providers",
                 "Borough Council", "2026"], ["Domestic abuse", "Sanctuary scheme extended to private tenants",
                 "Borough Council", "2026"], ["Domestic abuse", "Stalking advocate post for north Leicestershire",
                 "OPCC", "2025"], ["Retail", "Shopwatch radio and shared banning scheme in Loughborough",
                 "BID", "2025"]],
    "measures": [["ASB incidents and repeat callers", "Police"], ["Night-time violence with injury", "Police"],
                 ["Cuckooing closures and safeguarding referrals", "Borough Council"],
                 ["Repeat domestic abuse referrals", "MARAC"], ["Shop theft offences", "Police"]],
    "governance": ["The partnership's Strategic Group meets quarterly and is scrutinised annually by the Borough "
                   "Council's Scrutiny Commission. The Joint Action Group handles delivery. Serious cases are "
                   "escalated to the Leicestershire Safer Communities Strategy Board."],
    "contacts": ["Community Safety Team, Charnwood Borough Council", "Southfield Road, Loughborough",
                 "Email csp@charnwood-csp.example", "Telephone 01509 000 000 (illustrative)"],
}


def build(root: Path) -> Path:
    return house_a.build(root, SPEC)
