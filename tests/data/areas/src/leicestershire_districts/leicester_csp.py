"""Safer Leicester Partnership: Community Safety Plan 2025-2028 (house style A, purple, ticks)."""
from __future__ import annotations

from pathlib import Path

from . import house_a

SPEC = {
    "out": "strategies/safer_leicester_partnership_plan_2025-28.pdf",
    "title": "Safer Leicester Partnership: Community Safety Plan 2025\u20132028",
    "cover_title": ["Safer Leicester", "Partnership Plan"], "years": "2025\u20132028",
    "body": "Safer Leicester Partnership (Leicester Community Safety Partnership)",
    "running": "Safer Leicester Partnership \u00b7 Community Safety Plan 2025\u20132028", "folio": "Page {n}",
    "theme": {"main": "#4B2A7B", "acc": "#E0A526", "pale": "#F1ECF7", "font": "dejavu", "hfont": "dejavu"},
    "foreword": [
        "Leicester is a young, diverse and growing city. Most people who live, work, study and visit here are safe "
        "and feel safe. But some neighbourhoods carry far more than their share of crime, and some harms, from knife "
        "crime to abuse in the home, fall hardest on people who are already vulnerable.",
        "This plan sets out what the Safer Leicester Partnership will concentrate on for the next three years. It "
        "draws on our strategic assessment, on what residents told us, and on the plans of our partners, so that "
        "our work supports theirs rather than duplicating it. Page 6 shows how each of our priorities lines up "
        "with the Police and Crime Plan, the Health and Wellbeing Strategy and the City Council's plan."],
    "signed": "Chair, Safer Leicester Partnership",
    "about": [
        "The partnership is the city's statutory community safety partnership under the Crime and Disorder Act "
        "1998. Its responsible authorities are Leicester City Council, Leicestershire Police, Leicestershire Fire "
        "and Rescue Service, the Integrated Care Board and the Probation Service. The Office of the Police and "
        "Crime Commissioner, the Violence Reduction Network and the voluntary sector also attend."],
    "area_title": "Leicester in numbers", "area_intro": "A snapshot from the 2025 strategic assessment.",
    "stats": [("372,000", "residents, half of them under 35"), ("41,500", "recorded crimes a year"),
              ("9,800", "anti-social behaviour incidents reported"), ("23%", "of crime in the city centre ward"),
              ("610", "knife-enabled offences"), ("1 in 5", "crimes flagged as domestic abuse")],
    "findings_intro": "The strategic assessment found that:",
    "findings": ["anti-social behaviour is the issue residents raise most at ward meetings;",
                 "violence with injury is concentrated in the city centre at night and in four neighbourhoods;",
                 "domestic abuse reports rose again, with repeat victims making up a third of cases;",
                 "drug-related deaths and alcohol-related hospital admissions are above the England average;",
                 "hate incidents rise sharply after national and international events;",
                 "referrals to Prevent from education settings have increased."],
    "prev_intro": "Our last plan had five priorities. Most of that work continues under the new priorities.",
    "previous": [["Anti-social behaviour", "Fewer repeat callers; new problem-solving panels in every ward"],
                 ["Serious violence", "Handed on to the Violence Reduction Network's Duty strategy"],
                 ["Domestic and sexual abuse", "Now part of the wider VAWG priority"],
                 ["Substance misuse", "Continues as drugs and alcohol harm"],
                 ["Community cohesion", "Widened to include hate crime"]],
    "context": "The Police and Crime Commissioner's plan for 2025\u20132029 sets seven priorities for Leicester, "
               "Leicestershire and Rutland. We have regard to them, as the law requires:",
    "hwb": ["Healthy places to live", "Mental health and wellbeing", "Reducing harm from alcohol and drugs"],
    "council": ["Safe and inclusive neighbourhoods", "A thriving city centre", "Children and young people"],
    "council_name": "Leicester City Council Plan",
    "matrix_title": "Our priorities for 2025\u20132028 and how they align",
    "matrix_intro": "The partnership has agreed six priorities. Each row shows where a priority contributes to the "
                    "priorities of the plans we work alongside.",
    "matrix_corner": "Our priority", "marks": "t",
    "priorities": [
        ("Tackling anti-social behaviour and its impact on neighbourhoods", "Problem-solving in the worst-hit wards"),
        ("Reducing serious violence and knife crime", "With the VRN, in the city centre and four hotspots"),
        ("Ending violence against women and girls", "Domestic abuse, sexual violence and stalking"),
        ("Reducing the harm caused by drugs and alcohol", "Treatment, recovery and a safer night-time city"),
        ("Strengthening community cohesion and tackling hate", "Reporting, reassurance and tension monitoring"),
        ("Preventing radicalisation and extremism", "The Prevent duty and Channel panel"),
    ],
    "matrix": ["t,,,,t,,,t,t,,t,t,", ",,t,,,,,t,,,t,t,t", ",,,t,t,,,,t,,t,,",
               ",,,,,t,,,t,t,,t,", "t,,,,t,,,t,t,,t,,", ",,,,,,,,t,,t,,t"],
    "actions_intro": "The full delivery plan is refreshed each April. Its main actions are:",
    "actions": [["ASB", "Ward problem-solving panels meet monthly in the ten wards with most calls", "City Council",
                 "2025"], ["ASB", "Community Trigger reviews completed within 25 working days", "City Council", "2025"],
                ["Violence", "Extend the city centre violence hotspot patrols to Friday afternoons", "Police", "2026"],
                ["Violence", "Bleed kits and first aid training for night-time venues", "VRN", "2025"],
                ["VAWG", "Specialist domestic abuse advisers in the Royal Infirmary emergency department",
                 "ICB", "2026"], ["VAWG", "Safe space scheme in city centre venues", "BID", "2025"],
                ["Drugs", "Assertive outreach for people leaving custody into treatment", "Public Health", "2026"],
                ["Cohesion", "Tension monitoring group meets weekly during periods of heightened risk",
                 "City Council", "2025"], ["Prevent", "Prevent training for all school designated "
                 "safeguarding leads", "City Council", "2027"]],
    "measures": [["Repeat ASB callers", "Police"], ["Violence with injury in the city centre", "Police"],
                 ["Repeat domestic abuse victims at MARAC", "MARAC"], ["Successful completions of drug treatment",
                 "NDTMS"], ["Hate incidents reported by third-party centres", "City Council"],
                 ["Prevent referrals accepted for Channel", "Home Office"]],
    "governance": ["The partnership board meets quarterly and reports to the City Council's scrutiny commission "
                   "for community safety. Delivery groups lead each priority and report against the action plan. "
                   "Domestic homicide reviews are commissioned by the board and published."],
    "contacts": ["Community Safety Team, Leicester City Council", "City Hall, 115 Charles Street, Leicester",
                 "Email safer.leicester@leicester-csp.example", "Telephone 0116 000 0001 (illustrative)"],
}


def build(root: Path) -> Path:
    return house_a.build(root, SPEC)
