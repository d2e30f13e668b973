"""West Berkshire Building Communities Together Partnership Community Safety Plan 2025–2028 (style B, plum)."""
import style_links

D = dict(
    file="strategies/west_berkshire_community_safety_plan_2025-28.pdf",
    title="West Berkshire Community Safety Plan 2025–2028",
    org="Building Communities Together Partnership, West Berkshire",
    strap="Safer towns, safer villages",
    email="bct@westberks.example", font="dejavu-cond", hfont="liberation-serif",
    primary="#5B2A6E", accent="#D98C1E", tile="#5B2A6E", link="#5B2A6E", link2="#D98C1E", fill="#F4ECF7",
    ink="#3C1B49", folio=lambda n, t: f"Page {n} of {t}",
    foreword=[
        "West Berkshire is a largely rural district, with Newbury and Thatcham at its heart and more than fifty "
        "villages and hamlets across the downs. Crime here looks different from the towns of east Berkshire, and "
        "this plan reflects that.",
        "The Building Communities Together Partnership is the district's community safety partnership. Its members "
        "have agreed five priorities for the next three years, each with an owner and a delivery group.",
    ],
    signed="Chair, Building Communities Together Partnership",
    context="Around 162,000 residents (illustrative) live across 704 square kilometres, with the A4, A34 and M4 "
            "crossing the district.",
    stats=[("5,300", "crimes recorded in 2024/25"), ("260", "rural crimes reported to the rural crime team"),
           ("41", "people killed or seriously injured on roads"), ("390", "adults in drug or alcohol treatment")],
    findings=["Hare coursing and theft of farm machinery cluster on the downs in autumn and winter.",
              "Anti-social behaviour is reported in villages as well as in Newbury town centre.",
              "Collisions on rural A and B roads cause most deaths and serious injuries.",
              "Drug and alcohol misuse is present in most cases discussed at the vulnerability panel."],
    previous_head="What the last plan covered",
    previous_intro="The 2022–2025 plan had four themes:",
    previous=["Reducing crime in rural areas", "Safeguarding vulnerable people", "Tackling violent crime",
              "Building confident communities"],
    intro="Our five priorities are linked: the same families, places and people often appear in more than one.",
    priorities=[("WBK1", "Anti-social behaviour in towns and villages", ""),
                ("WBK2", "Rural crime, including hare coursing and machinery theft", ""),
                ("WBK3", "Drug and alcohol harm", ""),
                ("WBK4", "Domestic abuse and violence against women and girls", ""),
                ("WBK5", "Safer roads", "")],
    below_head="What is not on the list",
    why=["Serious violence and exploitation are tackled through the Serious Violence Duty partnership for Berkshire "
         "West, and fraud through the Thames Valley economic crime work. We will support both."],
    actions=[("Towns and villages", ["Parish councils to report anti-social behaviour hotspots each quarter.",
                                     "Detached youth work in Thatcham and Hungerford."]),
             ("Rural crime", ["Farm Watch and Horse Watch messaging.", "Joint operations against hare coursing."]),
             ("Drugs and alcohol", ["Outreach from the treatment service in Newbury town centre."]),
             ("Abuse", ["Safe spaces in pharmacies.", "Bystander training for night-time staff."]),
             ("Roads", ["Speed enforcement on the A4 and rural B roads.", "Older driver awareness sessions."])],
    governance="The partnership meets quarterly and reports to the council's Executive. A joint strategic "
               "assessment is prepared each autumn.",
    measures=[["Anti-social behaviour incidents", "1,310", "Down"], ["Rural crimes", "260", "Down"],
              ["Adults in treatment", "390", "Up"], ["Domestic abuse repeat victims", "31%", "Down"],
              ["Killed or seriously injured", "41", "Down"]],
    partners=["West Berkshire Council", "Thames Valley Police", "Royal Berkshire Fire and Rescue Service",
              "NHS partners", "Probation Service", "Greenham Trust"],
)


def build(out_root):
    return style_links.build(out_root, D)
