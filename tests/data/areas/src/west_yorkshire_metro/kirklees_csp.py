"""Kirklees Community Safety Partnership Plan 2025–2028 (house style A, green): HTML printed by Chromium.
Five priorities as admission tickets.  Distractors: findings, the 2022–2025 priorities, the Mayor's priorities,
actions and measures."""
from west_yorkshire_metro import standard, tickets

FILE = "strategies/kirklees_community_safety_partnership_plan_2025-28.pdf"
TITLE = "Kirklees Community Safety Partnership Plan 2025–2028"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'Liberation Serif', serif", c1="#1E5B3A",
             c2="#9BC53D", c3="#EAF3E3", footer='counter(page) "  |  Kirklees Communities Partnership"',
             running="Kirklees Community Safety Partnership Plan")
PRIORITIES = [
    ("Tackling anti-social behaviour and its impact on residents",
     "Putting victims of persistent nuisance first and using the full range of tools and powers."),
    ("Violence against women and girls",
     "Making Kirklees a place where women and girls are safe at home, online and in public."),
    ("Serious violence",
     "Delivering the Serious Violence Duty locally: fewer people hurt, fewer weapons carried."),
    ("Safer roads",
     "Cutting speeding, nuisance driving and the number of people killed or seriously injured."),
    ("Rural, wildlife and heritage crime",
     "Protecting farms, moorland, wildlife and historic sites across the Pennine villages."),
]


def build(out_root):
    d = dict(
        file=FILE, name="kirklees_csp", title=TITLE, theme=THEME, css=tickets.css(THEME),
        cover=tickets.cover("KIRKLEES COMMUNITY SAFETY PARTNERSHIP", "Partnership Plan", "2025 – 2028"),
        fw_head="Welcome",
        foreword=["Kirklees stretches from the towns of Huddersfield and Dewsbury to moorland villages. Our "
                  "communities are safe places to live, but the issues people raise differ from valley to valley.",
                  "This plan is our shared commitment as council, police, fire, health, probation and voluntary "
                  "partners for the next three years."],
        signed="Cabinet Member for Communities, on behalf of the Partnership",
        context_head="Kirklees today",
        context=["We have used the partnership strategic assessment, residents' survey results and our "
                 "performance data to decide where to focus."],
        stats=[("9,870", "anti-social behaviour reports in 2024/25"), ("38", "people killed or seriously injured "
               "on roads each quarter"), ("1,150", "violence with injury offences"), ("62%", "women who feel "
               "unsafe in town centres after dark"), ("140", "rural and wildlife crimes reported"),
               ("3 in 4", "residents satisfied with their area")],
        findings=["Persistent anti-social behaviour drives dissatisfaction more than any crime type.",
                  "Speeding is the most common complaint at ward meetings.",
                  "Hare coursing, sheep worrying and lead theft from churches have risen."],
        bg_head="Looking back",
        previous_head="The 2022–2025 plan",
        previous_intro="Our previous plan had these priorities, which we have now reviewed:",
        previous=["Safeguarding people at risk", "Community cohesion", "Domestic abuse", "Serious organised crime"],
        pri_head="What we will focus on",
        pri_html=tickets.priorities("Our five priorities for 2025–2028 are:", PRIORITIES),
        actions=[("ASB", "Victim-first case reviews; Community Trigger publicity", "Council"),
                 ("VAWG", "Safe spaces in town centres; bystander training", "Council, police"),
                 ("Violence", "Focused deterrence project in Dewsbury", "Police, VRP"),
                 ("Roads", "Community Speedwatch in 20 villages", "Police, highways"),
                 ("Rural", "Farm watch and heritage crime patrols", "Police rural team")],
        measures=["Fewer repeat victims of anti-social behaviour", "More women feeling safe after dark",
                  "Fewer violence with injury offences", "Fewer people killed or seriously injured on roads",
                  "Rural crime reporting and outcomes"],
        governance="The Communities Partnership Board oversees this plan and reports to overview and scrutiny "
                   "each year.",
        contact="community.safety@kirklees.example",
    )
    return standard.build(out_root, d)
