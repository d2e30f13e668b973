"""Safer Bradford Partnership Plan 2025–2028 (house style A, blue): HTML printed by Chromium.
Five priorities, stated once as admission tickets on the priorities page.  Distractors: the key findings,
the 2022–2025 priorities, the Mayor's seven priorities (box), the actions table and measures."""
from west_yorkshire_metro import standard, tickets

FILE = "strategies/safer_bradford_partnership_plan_2025-28.pdf"
TITLE = "Safer Bradford Partnership Plan 2025–2028"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'Liberation Sans', sans-serif", c1="#123C69",
             c2="#E8A33D", c3="#E7EEF6", footer='"Safer Bradford  ·  page " counter(page)',
             running="Safer Bradford Partnership Plan 2025–2028")
PRIORITIES = [
    ("Making neighbourhoods safer from anti-social behaviour",
     "Quicker joint action on nuisance, off-road bikes and intimidation, with residents kept informed."),
    ("Reducing violence and knife crime among young people",
     "Working with the Violence Reduction Partnership on the streets, in schools and in hospital."),
    ("Tackling domestic abuse",
     "Spotting abuse earlier, keeping adults and children safe and holding abusers to account."),
    ("Stopping the exploitation of children and vulnerable adults",
     "Recognising grooming, county lines and cuckooing, and disrupting the people responsible."),
    ("Tackling problem gambling",
     "Raising awareness of gambling harm and making sure people can find help quickly."),
]


def build(out_root):
    d = dict(
        file=FILE, name="bradford_csp", title=TITLE, theme=THEME, css=tickets.css(THEME),
        cover=tickets.cover("SAFER BRADFORD PARTNERSHIP", "Community Safety Partnership Plan", "2025 – 2028"),
        foreword=["Bradford district is young, diverse and ambitious. Most people feel safe where they live, but "
                  "too many residents tell us that nuisance, reckless driving and fear of violence hold their "
                  "neighbourhoods back.",
                  "This plan sets out where the Safer Bradford Partnership will put its shared effort over the next "
                  "three years. It was shaped by our strategic assessment, by consultation with residents and by "
                  "the Mayor's Police and Crime Plan."],
        signed="Chair, Safer Bradford Partnership",
        context_head="Bradford district in numbers",
        context=["The district has more than half a million residents and one of the youngest populations in "
                 "England. Crime is concentrated in the city centre and in a small number of neighbourhoods."],
        stats=[("22,400", "anti-social behaviour incidents reported in 2024/25"), ("1 in 4", "recorded crimes "
               "flagged as domestic abuse related"), ("310", "knife-enabled offences involving under-25s"),
               ("64", "children referred for exploitation concerns each quarter"), ("7%", "adults showing signs of "
               "gambling harm"), ("81%", "residents who feel safe in daylight")],
        findings=["Anti-social behaviour is the issue residents raise most often.",
                  "Knife crime is falling but remains above the West Yorkshire average.",
                  "Repeat domestic abuse victims account for four in ten incidents.",
                  "Betting shop and online gambling harm is under-recognised."],
        bg_head="Where we have come from",
        previous_head="Our 2022–2025 priorities",
        previous_intro="The last plan had four priorities. We have reviewed each of them:",
        previous=["Safer city centre", "Reducing reoffending", "Domestic abuse and sexual violence",
                  "Serious violence"],
        pri_head="Our priorities for 2025–2028",
        pri_html=tickets.priorities("The partnership board agreed five priorities for this plan:", PRIORITIES),
        actions=[("Anti-social behaviour", "Off-road bike taskforce; ward-level problem solving", "Council, police"),
                 ("Violence", "Youth workers in the emergency department", "VRP"),
                 ("Domestic abuse", "Domestic abuse champions in GP practices", "Council"),
                 ("Exploitation", "Cuckooing protocol with housing providers", "Police"),
                 ("Gambling", "Gambling harm training for frontline staff", "Public health")],
        measures=["Fewer repeat anti-social behaviour locations", "Fewer hospital admissions for assault with a "
                  "sharp object (under-25s)", "More domestic abuse referrals from health settings",
                  "More children safeguarded from exploitation", "More people referred to gambling support"],
        governance="The Safer Bradford Partnership board meets quarterly and reports to the district's health and "
                   "wellbeing and community safety scrutiny arrangements. Each priority has a lead officer.",
        contact="safer.bradford@bradford.example",
    )
    return standard.build(out_root, d)
