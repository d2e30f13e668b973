"""Bracknell Forest Community Safety Partnership Plan 2025–2028 (house style B: chain links, green)."""
import style_links

D = dict(
    file="strategies/bracknell_forest_community_safety_partnership_plan_2025-28.pdf",
    title="Bracknell Forest Community Safety Partnership Plan 2025–2028",
    org="Bracknell Forest Community Safety Partnership",
    strap="Working together for a safer borough",
    email="community.safety@bracknell-forest.example",
    primary="#1E5B3A", accent="#7A9A01", tile="#1E5B3A", link="#1E5B3A", link2="#7A9A01", fill="#EEF4E6",
    ink="#143D27",
    foreword=[
        "Bracknell Forest is one of the safest places to live in the Thames Valley, and residents want it to stay "
        "that way. This plan sets out where the Community Safety Partnership will put its shared effort over the "
        "next three years.",
        "We listened to more than a thousand residents, young people and businesses during the summer survey, and "
        "we looked hard at the evidence in the strategic assessment. Some things that matter a great deal, such as "
        "serious violence, are led for us by Thames Valley-wide partnerships, and we will support that work rather "
        "than duplicate it.",
        "Our four priorities are deliberately few. Each one has a delivery group, a lead officer and measures that "
        "the board will review every quarter.",
    ],
    signed="Chair, Bracknell Forest Community Safety Partnership",
    context="Bracknell Forest has around 125,000 residents (illustrative), a busy town centre rebuilt in the last "
            "decade and villages such as Crowthorne, Sandhurst and Binfield.",
    stats=[("6,900", "crimes recorded in 2024/25"), ("1,850", "anti-social behaviour reports"),
           ("1 in 4", "violent crimes linked to domestic abuse"), ("38", "children referred for exploitation "
                                                                      "concerns")],
    findings=["Anti-social behaviour reports rose in the town centre and at The Lexicon in the evenings.",
              "Domestic abuse incidents are under-reported by older victims and in rural wards.",
              "Exploitation referrals have grown as professionals have become better at spotting the signs.",
              "Alcohol is a factor in about a third of violent incidents in the night-time economy."],
    previous_head="Looking back: our 2022–2025 plan",
    previous_intro="The last plan had three priorities, which the board reviewed in March 2025:",
    previous=["Safer town centre", "Protecting vulnerable people", "Reducing violence"],
    intro="The partnership board agreed four priorities for 2025–2028. Each one is a link in the chain: if one "
          "breaks, the others are weaker.",
    priorities=[("BRF1", "Tackling anti-social behaviour", ""),
                ("BRF2", "Supporting people affected by domestic abuse", ""),
                ("BRF3", "Keeping young people safe from exploitation", ""),
                ("BRF4", "Reducing the harm caused by drugs and alcohol", "")],
    why=["Anti-social behaviour is what residents raise with us most often. Domestic abuse accounts for one in four "
         "violent crimes. Exploitation of young people is growing, and drug and alcohol misuse runs through all "
         "three.",
         "Serious violence is led by the Thames Valley Violence Reduction Unit and the borough's Serious Violence "
         "Duty partners; the partnership will contribute to that work through its exploitation priority."],
    actions=[("Anti-social behaviour", ["Hold a monthly problem-solving meeting for the top ten locations.",
                                        "Use Community Protection Warnings early and consistently.",
                                        "Publish the Community Trigger process in plain English."]),
             ("Domestic abuse", ["Train 200 front-line staff to ask about abuse.",
                                 "Run a campaign aimed at older victims in rural wards."]),
             ("Exploitation", ["Bring the exploitation panel and missing-children meeting together.",
                               "Work with schools on a spot-the-signs session for every Year 8."]),
             ("Drugs and alcohol", ["Refer people found in possession to the treatment service.",
                                    "Support licensed premises to join Best Bar None."])],
    governance="The Community Safety Partnership Board meets quarterly and is chaired by a senior council "
               "officer. Four delivery groups report to it. The board reports each year to the council's Overview "
               "and Scrutiny Commission.",
    measures=[["Anti-social behaviour reports", "1,850", "Down"], ["Repeat domestic abuse victims", "28%", "Down"],
              ["Children in exploitation cases with a plan", "38", "Up"], ["Adults in drug treatment", "410", "Up"]],
    partners=["Bracknell Forest Council", "Thames Valley Police", "Royal Berkshire Fire and Rescue Service",
              "Frimley Integrated Care Board", "Probation Service", "Silva Homes"],
)


def build(out_root):
    return style_links.build(out_root, D)
