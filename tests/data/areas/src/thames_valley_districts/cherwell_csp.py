"""Cherwell Community Safety Partnership Plan 2025–2028 (house style C: consultation poll, green)."""
import style_poll

D = dict(
    file="strategies/cherwell_community_safety_partnership_plan_2025-28.pdf",
    title="Cherwell Community Safety Partnership Plan 2025–2028",
    org="Cherwell Community Safety Partnership", strap="Banbury, Bicester, Kidlington and our villages",
    email="csp@cherwell.example", c1="#245C3B", c2="#9BC53D", c3="#DCEFC4",
    font="'DejaVu Sans'", hfont="'DejaVu Serif'", folio=lambda n: f"Page {n} of 7",
    foreword=["Cherwell is one of the fastest-growing districts in England, with new homes at Bicester, Banbury "
              "and Heyford Park and a large rural area in between.",
              "We asked residents to help us choose what the Community Safety Partnership should concentrate on. "
              "Four priorities came out clearly, and the evidence supports every one of them."],
    signed="Chair, Cherwell Community Safety Partnership",
    context="Around 165,000 people (illustrative) live in Cherwell, in three towns and more than seventy "
            "parishes.",
    stats=[("9,800", "crimes recorded 2024/25"), ("2,400", "anti-social behaviour incidents"),
           ("310", "rural crimes"), ("1 in 20", "adults at risk of gambling harm")],
    findings=["Anti-social behaviour is concentrated in the three town centres and at Bicester Village station.",
              "Farm and equipment theft and poaching are the rural crimes that worry residents most.",
              "Domestic abuse incidents have risen faster than the county average.",
              "Gambling harm is linked to debt, domestic abuse and suicide in the cases reviewed by the "
              "partnership."],
    previous_head="Priorities 2022–2025",
    previous_intro="The partnership previously worked on:",
    previous=["Community safety in our towns", "Protecting vulnerable people", "Rural and environmental crime"],
    intro="Our survey asked residents to pick the issues the partnership should tackle together. The four "
          "priorities below were chosen by the board in the light of the results and the strategic assessment.",
    question="Which of these should the Community Safety Partnership focus on? (choose up to three)",
    priorities=[("CHE1", "Anti-social behaviour in Banbury, Bicester and Kidlington",
                 "“Groups gather by the bus station every evening.”"),
                ("CHE2", "Crime in our rural communities", "“Our village feels forgotten when tools are stolen.”"),
                ("CHE3", "Reducing domestic abuse", "“More help for people who can't speak up.”"),
                ("CHE4", "Reducing gambling-related harm", "“Online betting ruined my brother's marriage.”")],
    percent=[64, 47, 45, 22],
    also=["speeding in villages (28%)", "shoplifting (19%)", "dog fouling (15%)"],
    after="Percentages are illustrative. Gambling harm was chosen by fewer people but the strategic assessment "
          "rated it high harm; the board added it as a priority with the public health team.",
    actions=[("Towns", ["Town centre tasking meeting every month."]),
             ("Rural", ["Rural crime newsletter and farm watch.", "Police and council joint days of action."]),
             ("Domestic abuse", ["Domestic abuse champions in every council service."]),
             ("Gambling", ["Gambling harm training for debt advisers.", "Review of licensing policy for "
                                                                        "gambling premises."])],
    governance="The partnership reports to the council's Executive and meets quarterly. It works with the Safer "
               "Oxfordshire Partnership on county-wide issues.",
    measures=[["Anti-social behaviour incidents", "2,400", "Down"], ["Rural crimes", "310", "Down"],
              ["Domestic abuse victims supported", "690", "Up"], ["People referred for gambling support", "40",
                                                                   "Up"]],
    partners=["Cherwell District Council", "Oxfordshire County Council", "Thames Valley Police",
              "Oxfordshire Fire and Rescue Service", "NHS partners", "Probation Service"],
)


def build(out_root):
    return style_poll.build(out_root, D)
