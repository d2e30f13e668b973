"""Dartford and Gravesham Community Safety Partnership Plan 2026-2029: house style K2 (HTML -> Chromium).

Five priorities on p5 in the K2 **stat-led strip**; the previous plan's priorities and the findings (p4), the
PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k2_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/dartford_and_gravesham_community_safety_partnership_plan_2026-29.pdf",
    "title": "Dartford and Gravesham Community Safety Partnership Plan 2026–2029",
    "org": "Dartford and Gravesham Community Safety Partnership",
    "cover_title": "Community Safety Partnership Plan",
    "years": "2026 – 2029",
    "theme": dict(c1="#123F5A", c2="#F28C28", c3="#EEF4F7", font="Liberation Sans", hfont="DejaVu Serif",
                  foot="Dartford and Gravesham CSP Plan 2026–2029", folio='"Page " counter(page)'),
    "heads": {"fw": "Foreword", "ctx": "Our two boroughs", "pri": "Our priorities for 2026–2029",
              "del": "What we will do", "gov": "Governance and measures"},
    "foreword": [
        "Dartford and Gravesham have run a joint Community Safety Partnership since the two boroughs decided that "
        "crime and disorder do not stop at the boundary between them. The Thames riverside, the A2 corridor, "
        "Bluewater and the two town centres bring people together from across north Kent and beyond.",
        "This plan sets out the five priorities the partnership will work on for the next three years. They come "
        "from our joint strategic assessment, from what residents told us in our autumn 2025 survey and from the "
        "views of councillors, police officers and voluntary groups.",
        "We know that partners cannot do everything at once. By agreeing five priorities we can put shared money, "
        "staff and attention where they will make the biggest difference.",
    ],
    "signed": "Chair, Dartford and Gravesham Community Safety Partnership",
    "context": {
        "intro": "Dartford and Gravesham together are home to about 240,000 people (illustrative). Both boroughs "
                 "are growing fast, with new housing at Ebbsfleet and along the riverside.",
        "stats": [("240,000", "residents across the two boroughs"), ("21,400", "crimes recorded in 2024/25"),
                  ("5,100", "anti-social behaviour reports"), ("3,700", "domestic abuse incidents and crimes"),
                  ("118", "knife crime offences"), ("64", "hate crimes reported each quarter")],
        "findings": ["Anti-social behaviour is concentrated in Gravesend town centre and around Dartford's "
                     "transport hubs.",
                     "Knife crime has risen in both boroughs, mostly involving young men aged 15 to 24.",
                     "A third of domestic abuse victims referred to MARAC had been referred before.",
                     "Hate crime reports rise after national and international events.",
                     "Residents raised gambling venues on the high streets as a growing worry."],
        "previous": "Our 2023–2026 plan had three priorities: Safer town centres; Protecting vulnerable people; "
                    "and Violence reduction. The new plan keeps that work but sets sharper priorities.",
        "prev_head": "Our 2023–2026 plan",
    },
    "pri_intro": "The partnership agreed these five priorities in January 2026. Each has a lead partner and a "
                 "delivery group, and each will be reviewed every year.",
    "priorities": [
        ("Reducing anti-social behaviour and its impact on residents",
         "Joint patrols, early warning letters and case reviews, so that repeat victims are heard and helped.",
         "5,100", "ASB reports a year"),
        ("Serious violence and knife crime",
         "Meeting the Serious Violence Duty locally with the Violence Reduction Unit, schools and youth services.",
         "118", "knife crime offences"),
        ("Supporting victims of domestic abuse and holding abusers to account",
         "Earlier help through GPs and schools, and firm action against those who abuse.",
         "3,700", "domestic abuse incidents"),
        ("Tackling hate crime and building community cohesion",
         "Third-party reporting centres and a rapid response when tensions rise.",
         "64", "hate crimes a quarter"),
        ("Reducing gambling-related harm",
         "Licensing powers, staff training and links to treatment for people harmed by gambling.",
         "1 in 5", "residents worried about gambling venues"),
    ],
    "delivery": {
        "intro": "Each priority has a delivery group that reports to the partnership every quarter. Our main "
                 "actions for 2026/27 are below.",
        "head": ["Theme", "Actions for 2026/27", "Lead"],
        "rows": [("ASB", "Community Safety Unit case reviews; ASB awareness week", "Borough councils"),
                 ("Violence", "Knife amnesty bins; mentoring in two secondary schools", "Kent Police, VRU"),
                 ("Domestic abuse", "Domestic abuse champions in GP surgeries", "Councils, Kent Police"),
                 ("Hate and cohesion", "Third-party reporting centres in libraries", "Councils"),
                 ("Gambling", "Licensing policy review; staff training in venues", "Licensing teams")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE + " Our priorities support the plan, and the PCC's community safety grant pays for "
               "some of our work.",
    },
    "gov": {
        "intro": "The partnership board meets four times a year and reports to both councils' scrutiny "
                 "committees and to the Kent Community Safety Partnership.",
        "head": ["Measure", "Baseline 2024/25", "Direction"],
        "rows": [("ASB reports", "5,100", "Down"), ("Knife crime offences", "118", "Down"),
                 ("Repeat MARAC referrals", "33%", "Down"), ("Hate crime reports", "256", "Up (more reporting)"),
                 ("Gambling support referrals", "40", "Up")],
        "partners": "Dartford Borough Council; Gravesham Borough Council; Kent Police; Kent Fire and Rescue "
                    "Service; Kent County Council; the Probation Service; NHS Kent and Medway; housing providers; "
                    "voluntary and community groups.",
    },
    "contact": "Civic Centre, Gravesend · communitysafety@dartford-gravesham.example",
}


def build(root):
    return k2_style.build(root, DOC, "dartford_gravesham_csp")
