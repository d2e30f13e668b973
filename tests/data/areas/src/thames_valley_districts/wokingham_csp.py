"""Wokingham Borough Community Safety Partnership Plan 2025–2028 (house style B: chain links, blue)."""
import style_links

D = dict(
    file="strategies/wokingham_borough_community_safety_partnership_plan_2025-28.pdf",
    title="Wokingham Borough Community Safety Partnership Plan 2025–2028",
    org="Wokingham Borough Community Safety Partnership",
    strap="Safe, confident communities",
    email="csp@wokingham.example", font="liberation-sans", hfont="dejavu",
    primary="#12436D", accent="#28A197", tile="#12436D", link="#12436D", link2="#28A197", fill="#E8F1F8",
    ink="#0B2A45", folio=lambda n, t: f"{n} | Wokingham CSP", contents="rules",
    foreword=[
        "Wokingham has low crime compared with most of England, but residents tell us that the crimes that do "
        "happen, from a car broken into on the drive to a phone call from a fraudster, can shake their "
        "confidence.",
        "This plan keeps our focus tight. It was shaped by the borough's strategic assessment, by the residents' "
        "survey and by conversations with town and parish councils.",
    ],
    signed="Chair, Wokingham Borough Community Safety Partnership",
    context="The borough has around 180,000 residents (illustrative), with fast-growing new communities at "
            "Arborfield, Shinfield and Winnersh alongside long-established villages.",
    stats=[("4,200", "crimes recorded in 2024/25"), ("610", "residential burglaries"),
           ("£1.9m", "lost to reported fraud"), ("27", "people killed or seriously injured on roads")],
    findings=["Burglary and theft from vehicles are the crimes residents fear most.",
              "Older residents lost the most money to courier and investment fraud.",
              "Road safety near schools and on rural lanes is the top concern raised by parish councils.",
              "Domestic abuse reports have risen by 9% (illustrative), in part because more victims come forward."],
    previous_head="Our 2022–2025 priorities",
    previous_intro="Under the previous plan the partnership worked on:",
    previous=["Neighbourhood crime", "Vulnerable people", "Community confidence"],
    intro="These are the five links that make up our plan. None of them can be delivered by one agency alone.",
    priorities=[("WOK1", "Reducing anti-social behaviour and its effect on residents", ""),
                ("WOK2", "Preventing burglary and vehicle crime", ""),
                ("WOK3", "Tackling scams and fraud targeting older people", ""),
                ("WOK4", "Improving road safety around schools and villages", ""),
                ("WOK5", "Responding to domestic abuse", "")],
    below_head="How we chose them",
    why=["The board scored each issue in the strategic assessment for harm, volume, trend and public concern. "
         "These five scored highest. Serious violence and exploitation remain important and are led by the "
         "Thames Valley Violence Reduction Unit and the Berkshire West safeguarding partnership."],
    actions=[("Anti-social behaviour", ["Joint patrols in parks and play areas during school holidays.",
                                        "Faster case reviews for repeat victims."]),
             ("Burglary and vehicle crime", ["Target-hardening visits for repeat burglary streets.",
                                             "Crime prevention advice for residents moving into new homes."]),
             ("Scams", ["Trading Standards and Neighbourhood Watch call-blocker scheme.",
                        "Banking protocol training for branch staff."]),
             ("Road safety", ["School Streets pilots at four primary schools.", "Community Speedwatch in villages."]),
             ("Domestic abuse", ["A domestic abuse champion in every GP surgery."])],
    governance="The partnership board meets four times a year and is chaired in rotation by the council and "
               "Thames Valley Police. The plan is refreshed each year after the strategic assessment.",
    measures=[["Anti-social behaviour incidents", "1,420", "Down"], ["Residential burglaries", "610", "Down"],
              ["Fraud victims given support", "230", "Up"], ["Killed or seriously injured", "27", "Down"],
              ["Domestic abuse victims supported", "540", "Up"]],
    partners=["Wokingham Borough Council", "Thames Valley Police", "Royal Berkshire Fire and Rescue Service",
              "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board", "Probation Service",
              "Neighbourhood Watch"],
)


def build(out_root):
    return style_links.build(out_root, D)
