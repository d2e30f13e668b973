"""Royal Borough of Windsor and Maidenhead Community Safety Partnership Plan 2025–2028 (style B, navy/gold)."""
import style_links

D = dict(
    file="strategies/windsor_and_maidenhead_community_safety_partnership_plan_2025-28.pdf",
    title="Windsor and Maidenhead Community Safety Partnership Plan 2025–2028",
    org="Royal Borough of Windsor and Maidenhead Community Safety Partnership",
    strap="A safe borough for residents and visitors",
    email="communitysafety@rbwm.example", font="liberation-sans", hfont="liberation-serif",
    primary="#1B2A4A", accent="#B08D2E", tile="#1B2A4A", link="#B08D2E", link2="#1B2A4A", fill="#FBF6E9",
    ink="#1B2A4A", folio=lambda n, t: f"— {n} —",
    foreword=[
        "Windsor and Maidenhead welcome millions of visitors every year, and our town centres are busy late into "
        "the evening. Residents expect to feel safe in them, and in their own homes.",
        "This plan sets out four priorities agreed by the Community Safety Partnership after reviewing the "
        "evidence and listening to residents, businesses and the voluntary sector.",
    ],
    signed="Chair, Windsor and Maidenhead Community Safety Partnership",
    context="The Royal Borough has around 155,000 residents (illustrative) and two main towns, Windsor and "
            "Maidenhead, with Ascot, Eton and many villages.",
    stats=[("7,100", "crimes recorded in 2024/25"), ("48%", "of violent crime in the evening in town centres"),
           ("95", "stalking offences reported"), ("60", "people sleeping rough over the year")],
    findings=["Violence and disorder in Windsor and Maidenhead town centres peak on Friday and Saturday nights.",
              "Stalking reports have doubled in three years (illustrative), and most victims know the offender.",
              "Rough sleeping has risen, and people sleeping rough are often victims of crime.",
              "Anti-social behaviour is concentrated in a small number of parks and car parks."],
    previous_head="Our previous plan",
    previous_intro="The 2021–2024 plan, extended for one year, focused on:",
    previous=["Vulnerability and exploitation", "Anti-social behaviour", "Town centres"],
    intro="The board agreed these four priorities in February 2025. They are deliberately joined up: each "
          "link depends on the others.",
    priorities=[("WAM1", "Making Windsor and Maidenhead town centres safer at night", ""),
                ("WAM2", "Anti-social behaviour", ""),
                ("WAM3", "Stalking and harassment", ""),
                ("WAM4", "Supporting people who are sleeping rough", "")],
    below_head="Why these four?",
    why=["Each of the four was rated high harm in the strategic assessment. Domestic abuse is overseen by the "
         "Berkshire-wide domestic abuse and VAWG board; our stalking priority adds the local response to that "
         "board's work."],
    actions=[("Nights out", ["Pursue Purple Flag status for Maidenhead.", "Street pastors and a safe haven on "
                                                                          "Saturday nights."]),
             ("Anti-social behaviour", ["Problem-solving plans for the five worst-affected car parks."]),
             ("Stalking", ["A specialist stalking advocate shared with Slough.",
                           "Briefings for housing officers on stalking protection orders."]),
             ("Rough sleeping", ["Outreach with the police neighbourhood teams.", "A winter night shelter."])],
    governance="The partnership reports to the Royal Borough's Cabinet and to the Communities Overview and "
               "Scrutiny Panel. It meets quarterly.",
    measures=[["Night-time violence in town centres", "640", "Down"], ["Anti-social behaviour reports", "2,050",
                                                                        "Down"],
              ["Stalking victims referred to an advocate", "70", "Up"], ["People sleeping rough", "60", "Down"]],
    partners=["Royal Borough of Windsor and Maidenhead", "Thames Valley Police",
              "Royal Berkshire Fire and Rescue Service", "Frimley Integrated Care Board", "Probation Service",
              "Windsor Business Improvement District"],
)


def build(out_root):
    return style_links.build(out_root, D)
