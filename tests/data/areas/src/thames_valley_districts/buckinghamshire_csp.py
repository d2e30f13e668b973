"""Safer Buckinghamshire Board Community Safety Plan 2025–2028 (house style A: Schedule 1 table, green/grey)."""
import style_schedule

D = dict(
    file="strategies/safer_buckinghamshire_community_safety_plan_2025-28.pdf",
    title="Safer Buckinghamshire Community Safety Plan 2025–2028",
    org="Safer Buckinghamshire Board", years="Community Safety Plan", strap="Safer places, safer people",
    email="saferbucks@buckinghamshire.example", colours=("2E5E4E", "6E6E6E"), agreed="4 March 2025",
    agreed_short="03/2025", font="Liberation Sans", hfont="Liberation Serif", symbol_at=1, footer="Page {PAGE} of {NUMPAGES}",
    foreword=["Buckinghamshire is a large county, from the Chiltern Hills to the Vale of Aylesbury, and from busy "
              "High Wycombe to small villages. The Safer Buckinghamshire Board is the county's community safety "
              "partnership.",
              "This plan sets out five priorities agreed by the board's responsible authorities. They are the "
              "issues where working together adds the most."],
    signed="Chair, Safer Buckinghamshire Board",
    context="Buckinghamshire has around 560,000 residents (illustrative). Most crime is in the towns, but rural "
            "crime and crime against older people are growing concerns.",
    stats=[("31,000", "crimes recorded 2024/25"), ("1,100", "rural crimes"), ("£6.2m", "lost to fraud by "
                                                                                           "residents"),
           ("58", "modern slavery referrals")],
    findings=["Anti-social behaviour is the most common concern in every area board's survey.",
              "Thefts of farm machinery, fly-tipping and wildlife crime cost rural businesses dearly.",
              "Residents over 65 lose the most to doorstep and telephone scams.",
              "Forced labour has been found in agriculture, construction and hand car washes."],
    previous_head="The 2022–2025 plan",
    previous_intro="The previous plan's themes were:",
    previous=["Protecting vulnerable people", "Neighbourhood safety", "Violence and exploitation"],
    intro="Schedule 1 lists the five priorities the board has adopted. Each has a lead officer and delivery plan.",
    authorities=["Council", "Police", "Fire", "ICB", "Probation"],
    priorities=[("BUC1", "Anti-social behaviour and neighbourhood crime", ""),
                ("BUC2", "Rural and wildlife crime", ""),
                ("BUC3", "Domestic abuse, including coercive control", ""),
                ("BUC4", "Protecting older residents from scams", ""),
                ("BUC5", "Modern slavery and human trafficking", "")],
    after="Fire: Buckinghamshire Fire and Rescue Service. ICB: Buckinghamshire, Oxfordshire and Berkshire West "
          "Integrated Care Board.",
    actions=[("Neighbourhoods", "Tackling local issues through the community boards.",
              ["Anti-social behaviour case reviews within 15 days.", "Neighbourhood crime prevention roadshows."]),
             ("Rural", "Working with farmers and landowners.", ["Rural crime forum twice a year.",
                                                                 "Fly-tipping prosecutions publicised."]),
             ("Domestic abuse", "Recognising coercive and controlling behaviour.", ["Training for GPs and "
                                                                                      "pharmacists."]),
             ("Scams", "Protecting older residents.", ["Trading Standards scam marshals.",
                                                       "Call blockers for repeat victims."]),
             ("Modern slavery", "Finding victims and disrupting offenders.", ["Anti-slavery network meetings."])],
    governance="The board meets quarterly and reports to the council's Cabinet Member for Communities. Delivery "
               "groups meet every six weeks.",
    measures=[["Anti-social behaviour incidents", "6,900", "Fewer"], ["Rural crimes", "1,100", "Fewer"],
              ["Coercive control offences charged", "45", "More"], ["Scam victims helped", "870", "More"],
              ["Modern slavery referrals", "58", "More"]],
    partners=["Buckinghamshire Council", "Thames Valley Police", "Buckinghamshire Fire and Rescue Service",
              "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board", "Probation Service",
              "Community Impact Bucks"],
)


def build(out_root):
    return style_schedule.build(out_root, D)
