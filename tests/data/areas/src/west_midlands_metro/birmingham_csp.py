"""Birmingham Community Safety Partnership Strategy 2026-2029: house style T (reportlab, tower blocks).

Six priorities on p5, each on the name band of a drawn tower block.  Distractors: the strategic assessment
findings and the 2023-2026 priorities (p4), the numbered explanations under the skyline (p5), the Mayor's
priorities quoted (p6), actions and measures.
"""
from west_midlands_metro import towers_style
from west_midlands_metro.shared import PLAN_SENTENCE

DOC = {
    "file": "strategies/birmingham_community_safety_partnership_strategy_2026-29.pdf",
    "title": "Birmingham Community Safety Partnership Strategy 2026–2029",
    "org": "Birmingham Community Safety Partnership",
    "cover_lines": ["Community Safety", "Partnership Strategy"],
    "years": "2026–2029",
    "theme": dict(c1="#1D3557", c2="#E63946", c3="#F1F4F9", font="liberation-sans", hfont="dejavu",
                  header="Birmingham Community Safety Partnership", folio="Page {n}",
                  towers=["#1D3557", "#457B9D", "#2A6F97", "#264653", "#3D5A80", "#14213D"]),
    "heads": {"fw": "Foreword", "ctx": "Birmingham in numbers", "pri": "Our priorities for 2026–2029",
              "del": "How we will deliver", "gov": "Governance and performance"},
    "foreword": [
        "Birmingham is a young, diverse and growing city of more than a million people. Most of our "
        "neighbourhoods are safe places to live, but crime and anti-social behaviour are concentrated in a small "
        "number of places and affect some communities far more than others.",
        "The Birmingham Community Safety Partnership brings together the City Council, West Midlands Police, West "
        "Midlands Fire Service, the Probation Service, the NHS and the voluntary sector. This strategy sets out "
        "the six priorities we have agreed from our strategic assessment and from what residents told us.",
        "Our skyline has changed a great deal in recent years; we have used it to show our priorities.",
    ],
    "signed": "Chair, Birmingham Community Safety Partnership",
    "context": {
        "intro": "Birmingham has about 1.15 million residents (illustrative) in ten constituencies and 69 wards.",
        "stats": [("1.15m", "residents"), ("128,000", "crimes recorded in 2024/25"), ("16,400", "ASB incidents"),
                  ("1,450", "knife crimes"), ("190", "people sleeping rough on a typical night"),
                  ("112", "potential victims of modern slavery referred")],
        "findings": ["Knife crime is concentrated among young men under 25 in a few inner-city wards.",
                     "Violence and disorder in Broad Street and the Gay Village peak between midnight and 4am.",
                     "Rough sleeping in the city centre has risen, and residents link it with begging.",
                     "Modern slavery referrals have doubled, mostly labour exploitation."],
        "prev_head": "Our 2023–2026 priorities",
        "previous": "The last strategy had four priorities: Reducing crime in our neighbourhoods; Protecting "
                    "vulnerable people; Tackling violence; and Building cohesive communities.",
    },
    "pri_intro": "The partnership agreed six priorities in March 2026. Each tower below carries one of them.",
    "key_head": "What each one means, from left to right",
    "priorities": [
        ("Anti-social behaviour that blights neighbourhoods",
         "We will target the streets and parks where ASB keeps coming back, using every tool in the 2014 Act."),
        ("Knife crime and serious youth violence",
         "With the Violence Reduction Partnership we will reach young people before and after violence."),
        ("Violence against women and girls",
         "We will make the city safer for women and girls at home, at work, online and in public."),
        ("A safe night-time economy in the city centre",
         "Venues, door staff, street pastors and police will work to one plan for Broad Street and Digbeth."),
        ("Reducing rough sleeping and street begging",
         "Outreach, housing and enforcement together, so no one needs to sleep on the streets."),
        ("Modern slavery and human trafficking",
         "More frontline staff trained to spot exploitation in car washes, nail bars and construction."),
    ],
    "delivery": {
        "intro": "Each priority has a lead partner and a delivery group that reports to the partnership every "
                 "quarter.",
        "head": ["Theme", "Key actions 2026/27", "Lead"],
        "rows": [("ASB", "Ward ASB hubs; Community Protection Notices", "City Council"),
                 ("Violence", "Hospital navigators; school knife arches", "VRP, West Midlands Police"),
                 ("VAWG", "Safe spaces; bystander training", "City Council"),
                 ("Night-time economy", "Best Bar None; safe haven on Broad Street", "BID, Police"),
                 ("Rough sleeping", "Street outreach team; Housing First", "City Council Housing"),
                 ("Modern slavery", "Frontline training; joint visits", "Police, Anti-Slavery Network")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership board meets quarterly and reports to the City Council's Community Safety "
                 "Scrutiny Committee.",
        "head": ["Measure", "Baseline 2024/25", "Direction"],
        "rows": [("ASB incidents", "16,400", "Down"), ("Knife crime", "1,450", "Down"),
                 ("Night-time economy violence", "1,020", "Down"), ("People sleeping rough", "190", "Down"),
                 ("Modern slavery referrals", "112", "Up (better identification)")],
        "partners": "Birmingham City Council; West Midlands Police; West Midlands Fire Service; the Probation "
                    "Service; NHS Birmingham and Solihull; Birmingham Voluntary Service Council.",
    },
    "contact": "Council House, Victoria Square, Birmingham · communitysafety@birmingham.example",
}


def build(root):
    return towers_style.build(root, DOC)
