"""Thanet Community Safety Partnership Plan 2026-2029: house style K2 (HTML -> Chromium).

Five priorities on p5 in the K2 **stat-led strip** (Thanet's sea blue and sand).  The previous priorities and
findings (p4), the PCC's priorities quoted (p6), actions and measures are distractors.
"""
from kent_districts import k2_style
from kent_districts.shared import PCC_SENTENCE

DOC = {
    "file": "strategies/thanet_community_safety_partnership_plan_2026-29.pdf",
    "title": "Thanet Community Safety Partnership Plan 2026–2029",
    "org": "Thanet Community Safety Partnership",
    "cover_title": "Community Safety Partnership Plan",
    "years": "2026–29",
    "theme": dict(c1="#0D5C75", c2="#D9B26F", c3="#F5F0E6", font="Liberation Sans", hfont="Liberation Serif",
                  foot="Thanet CSP · Community Safety Partnership Plan", folio='"— " counter(page) " —"'),
    "heads": {"fw": "Introduction", "ctx": "Thanet in numbers", "pri": "Our five priorities",
              "del": "Our action plan", "gov": "Governance, performance and partners"},
    "foreword": [
        "Thanet's three towns, Margate, Ramsgate and Broadstairs, and its villages sit on the north-east tip of Kent. "
        "The district has a growing visitor economy and a strong cultural offer, but also some of the most deprived "
        "neighbourhoods in the south east.",
        "Crime and anti-social behaviour are higher here than in most of Kent, and they are felt most in a small "
        "number of streets. This plan sets out the five priorities the partnership will pursue together.",
        "Our coastline brings its own risks: cliffs, harbours and a summer influx of visitors.",
    ],
    "signed": "Chair, Thanet Community Safety Partnership",
    "context": {
        "intro": "Thanet has about 142,000 residents (illustrative), and many more people in the summer months.",
        "stats": [("142,000", "residents"), ("17,800", "crimes recorded in 2024/25"),
                  ("4,600", "ASB incidents"), ("3,300", "domestic abuse incidents"),
                  ("96", "violence with injury offences in town centres each month"),
                  ("14", "deaths by suicide each year")],
        "findings": ["Street-based ASB is concentrated in central Margate and Ramsgate harbour.",
                     "Violence and knife crime involve a small group of young people, often linked to drug "
                     "dealing.",
                     "Children placed in Thanet from outside Kent are at higher risk of exploitation.",
                     "Deaths by suicide are above the national rate; some happen in public places on the coast.",
                     "Domestic abuse incidents rise in the summer."],
        "previous": "The 2023–2026 plan had four priorities: Safer town centres; Violence and vulnerability; "
                    "Protecting people from domestic abuse; and Reducing reoffending.",
        "prev_head": "Our 2023–2026 priorities",
    },
    "pri_intro": "The partnership agreed five priorities for 2026–2029, after a public survey and a workshop with "
                 "partners in November 2025.",
    "priorities": [
        ("Tackling anti-social behaviour and street-based nuisance in Margate, Ramsgate and Broadstairs",
         "Joint patrols, outreach and enforcement in the streets where residents and traders are most affected.",
         "4,600", "ASB incidents"),
        ("Violence and knife crime",
         "Focused work with the young people most involved in violence, and with their families.",
         "96", "violence with injury offences a month"),
        ("Domestic abuse",
         "Better early help, more specialist support and a joined-up response to repeat victims.",
         "3,300", "domestic abuse incidents"),
        ("Tackling the exploitation of children and vulnerable adults",
         "Spotting the signs of criminal and sexual exploitation and cuckooing, and disrupting exploiters.",
         "120", "children identified as at risk"),
        ("Preventing suicide in public places",
         "Safety measures at high-risk coastal sites, and training for staff who may meet people in crisis.",
         "14", "deaths by suicide a year"),
    ],
    "delivery": {
        "intro": "Our action plan is refreshed every year. The main actions for the first year are below.",
        "head": ["Priority area", "Year one actions", "Lead"],
        "rows": [("ASB", "Margate Task Force patrols; Ramsgate harbour PSPO", "Thanet District Council"),
                 ("Violence", "Focused deterrence with 30 young people", "Kent Police, VRU"),
                 ("Domestic abuse", "Summer awareness campaign; IDVA at QEQM Hospital", "Council, NHS"),
                 ("Exploitation", "Cuckooing protocol with housing providers", "Kent Police"),
                 ("Suicide", "Signage and cameras at coastal sites; suicide awareness training",
                  "Public health, council")],
        "pcc_head": "The Police and Crime Commissioner",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership meets quarterly. Its performance is scrutinised by Thanet District Council's "
                 "Overview and Scrutiny Panel.",
        "head": ["Measure", "Baseline", "Target direction"],
        "rows": [("ASB incidents", "4,600", "Down"), ("Knife crime offences", "84", "Down"),
                 ("Repeat domestic abuse victims", "29%", "Down"), ("Children at risk of exploitation with a "
                                                                   "plan", "120", "All"),
                 ("Deaths by suicide", "14", "Down")],
        "partners": "Thanet District Council; Kent Police; Kent Fire and Rescue Service; Kent County Council; "
                    "the Probation Service; NHS Kent and Medway; HM Coastguard; Samaritans; voluntary groups.",
    },
    "contact": "Cecil Street, Margate · csp@thanet.example",
}


def build(root):
    return k2_style.build(root, DOC, "thanet_csp")
