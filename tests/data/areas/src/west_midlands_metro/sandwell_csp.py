"""Safer Sandwell Partnership Plan 2026-2029: house style T (reportlab, tower blocks), Sandwell's colours.

Six priorities on p5 on the name bands of drawn tower blocks.  Distractors: the findings and the previous
priorities (p4), the numbered explanations (p5), the Mayor's priorities quoted (p6), actions and measures.
"""
from west_midlands_metro import towers_style
from west_midlands_metro.shared import PLAN_SENTENCE

DOC = {
    "file": "strategies/safer_sandwell_partnership_plan_2026-29.pdf",
    "title": "Safer Sandwell Partnership Plan 2026–2029",
    "org": "Safer Sandwell Partnership",
    "cover_lines": ["Safer Sandwell", "Partnership Plan"],
    "years": "2026 to 2029",
    "theme": dict(c1="#5B2A86", c2="#F4A259", c3="#F5F0FA", font="dejavu-cond", hfont="liberation-serif",
                  header="Safer Sandwell Partnership Plan 2026 to 2029", folio="{n} | Safer Sandwell",
                  sky="#FBF3EA", towers=["#5B2A86", "#7A4EA3", "#8E6BB8", "#4B2170", "#6D3B96", "#3E1B5B"]),
    "heads": {"fw": "Introduction from the chair", "ctx": "Sandwell: what the evidence says",
              "pri": "Six priorities for Sandwell", "del": "Our delivery plan", "gov": "How we will be held to account"},
    "foreword": [
        "Sandwell's six towns – Oldbury, Rowley Regis, Smethwick, Tipton, Wednesbury and West Bromwich – each have "
        "their own character and their own community safety concerns.",
        "This plan sets out what the Safer Sandwell Partnership will focus on for the next three years. It draws "
        "on our annual strategic assessment and on more than 1,500 responses to our residents' survey.",
        "The Sandwell Domestic Abuse Strategy sits alongside this plan and sets out our detailed response to "
        "domestic abuse.",
    ],
    "signed": "Chair of the Safer Sandwell Partnership",
    "context": {
        "intro": "Sandwell is home to about 345,000 people (illustrative) and is one of the most deprived "
                 "boroughs in England.",
        "stats": [("345,000", "residents"), ("41,200", "crimes in 2024/25"), ("6,900", "ASB reports"),
                  ("7,300", "domestic abuse incidents"), ("2,400", "fly-tipping incidents"),
                  ("96", "children referred for criminal exploitation")],
        "find_head": "Key findings of the 2025 strategic assessment",
        "findings": ["Nuisance off-road bikes are the ASB issue residents raise most.",
                     "Fly-tipping has risen for three years running.",
                     "County lines run out of Sandwell to towns across the Midlands.",
                     "Reports of hate incidents rise sharply when national or international events raise "
                     "tensions."],
        "prev_head": "What we focused on in 2023–2026",
        "previous": "Our previous priorities were: Safer neighbourhoods; Reducing violence; Protecting people "
                    "from exploitation; and Stronger, more cohesive communities.",
    },
    "pri_intro": "From the evidence, the partnership has chosen six priorities. Each is shown on one of our "
                 "towers below.",
    "key_head": "Reading the skyline, from left to right",
    "priorities": [
        ("Anti-social behaviour, including nuisance off-road bikes",
         "Joint patrols, seizures and diversion schemes in the hotspots residents tell us about."),
        ("Reducing domestic abuse",
         "Delivered through the Sandwell Domestic Abuse Strategy and its partnership board."),
        ("Child criminal exploitation and county lines",
         "Finding children who are being exploited earlier and disrupting the lines that use them."),
        ("Substance misuse: drugs and alcohol",
         "More people into treatment, and less harm from drug and alcohol use on our streets."),
        ("Hate crime and community tensions",
         "Third-party reporting centres and a rapid response when tensions rise."),
        ("Fly-tipping and environmental crime",
         "Cameras at hotspots and prosecutions of those who dump waste for profit."),
    ],
    "delivery": {
        "intro": "The delivery plan below is refreshed every April. Each theme group reports to the partnership "
                 "board.",
        "head": ["Theme group", "2026/27 actions", "Lead"],
        "rows": [("Neighbourhoods", "Off-road bike operations; fly-tipping cameras", "Council, Police"),
                 ("Domestic abuse", "See the Sandwell Domestic Abuse Strategy", "DA Partnership Board"),
                 ("Exploitation", "Multi-agency child exploitation panel", "Children's Trust"),
                 ("Substance misuse", "Outreach in town centres", "Public Health"),
                 ("Cohesion", "Tension monitoring; reporting centres", "Council")],
        "pcc_head": "How this links to the Mayor's plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The Safer Sandwell Partnership board meets every quarter and reports to the council's Safer "
                 "Neighbourhoods Scrutiny Board.",
        "head": ["Indicator", "Baseline", "Aim"],
        "rows": [("ASB reports", "6,900", "Reduce"), ("Domestic abuse repeat victims", "32%", "Reduce"),
                 ("Children referred for exploitation", "96", "Earlier identification"),
                 ("People in treatment", "1,610", "Increase"), ("Fly-tipping incidents", "2,400", "Reduce")],
        "partners": "Sandwell Council; West Midlands Police; West Midlands Fire Service; Sandwell Children's "
                    "Trust; the Probation Service; NHS Black Country; local voluntary groups.",
    },
    "contact": "Sandwell Council House, Oldbury · safersandwell@sandwell.example",
}


def build(root):
    return towers_style.build(root, DOC)
