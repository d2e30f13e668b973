"""Wakefield District Community Safety Partnership Plan 2025–2028 (house style A, purple): HTML printed by
Chromium.  Five priorities as admission tickets.  Distractors: findings, the 2022–2025 priorities, the Mayor's
priorities, actions and measures."""
from west_yorkshire_metro import standard, tickets

FILE = "strategies/wakefield_district_community_safety_partnership_plan_2025-28.pdf"
TITLE = "Wakefield District Community Safety Partnership Plan 2025–2028"
THEME = dict(font="'DejaVu Sans', sans-serif", hfont="'DejaVu Sans', sans-serif", c1="#4B2E83",
             c2="#F2C14E", c3="#EFEAF7", footer='"Page " counter(page)',
             running="Wakefield District Community Safety Partnership")
PRIORITIES = [
    ("Reducing anti-social behaviour, including off-road bikes",
     "Targeting the places and people behind repeat nuisance, and seizing illegally used bikes."),
    ("Protecting people from domestic abuse",
     "Earlier help for victims and their children and a strong response to repeat abusers."),
    ("Cutting drug and alcohol related harm",
     "Fewer people harmed by substances, in treatment sooner and supported in recovery."),
    ("Disrupting drug dealing and organised crime groups",
     "Closing down drug lines and the groups that supply them across the district."),
    ("Tackling modern slavery and human trafficking",
     "Finding victims in car washes, nail bars and farms and bringing offenders to justice."),
]


def build(out_root):
    d = dict(
        file=FILE, name="wakefield_csp", title=TITLE, theme=THEME, css=tickets.css(THEME),
        cover=tickets.cover("WAKEFIELD DISTRICT COMMUNITY SAFETY PARTNERSHIP", "Community Safety Plan",
                            "2025 – 2028"),
        foreword=["The Wakefield district is a mix of a historic city, former coalfield towns and rural "
                  "villages. This plan builds on what has worked and focuses on the harm residents tell us about.",
                  "Our partners have agreed to pool their effort on five shared priorities."],
        signed="Chair, Wakefield District Community Safety Partnership",
        context_head="The district in figures",
        context=["The partnership's annual strategic assessment draws on police, council, health and "
                 "probation data."],
        stats=[("14,300", "anti-social behaviour incidents"), ("5,900", "domestic abuse incidents"),
               ("1,020", "adults in drug or alcohol treatment"), ("27", "active county lines disrupted"),
               ("45", "potential victims of modern slavery referred"), ("72%", "residents who feel safe at night")],
        findings=["Off-road motorbikes are the top anti-social behaviour complaint.",
                  "Drug-related deaths in the district are above the national rate.",
                  "Most modern slavery referrals come from hand car washes."],
        bg_head="Our starting point",
        previous_head="Priorities in the 2022–2025 plan",
        previous_intro="The previous plan's priorities were:",
        previous=["Neighbourhood crime", "Vulnerability and exploitation", "Domestic abuse", "Substance misuse"],
        pri_head="The partnership's priorities",
        pri_html=tickets.priorities("For 2025–2028 the partnership will concentrate on:", PRIORITIES),
        actions=[("ASB", "Off-road bike operation each summer", "Police"),
                 ("Domestic abuse", "Specialist support in the family courts", "Council"),
                 ("Drugs and alcohol", "Naloxone in all hostels", "Public health"),
                 ("Organised crime", "Closure orders on drug premises", "Police, housing"),
                 ("Modern slavery", "Multi-agency car wash visits", "Police, HMRC, council")],
        measures=["Fewer anti-social behaviour incidents", "Repeat domestic abuse rate", "Treatment numbers and "
                  "drug-related deaths", "Drug lines closed", "Modern slavery referrals and outcomes"],
        governance="The partnership board meets every two months and reports to the Wakefield District Health "
                   "and Wellbeing Board and to the council's scrutiny committee.",
        contact="safer.communities@wakefield.example",
    )
    return standard.build(out_root, d)
