"""Reading Community Safety Partnership Strategy 2025–2028 (house style A: Schedule 1 table, red)."""
import style_schedule

D = dict(
    file="strategies/reading_community_safety_partnership_strategy_2025-28.pdf",
    title="Reading Community Safety Partnership Strategy 2025–2028",
    org="Reading Community Safety Partnership", years="2025–2028", strap="A safer Reading for everyone",
    email="csp@reading.example", colours=("9B1B30", "2F5496"), agreed="20 March 2025", agreed_short="03/2025",
    footer="Page {PAGE}",
    foreword=["Reading is a young, diverse and growing town, and the Community Safety Partnership brings together "
              "the organisations with a legal duty to reduce crime and disorder here.",
              "This strategy follows the partnership's strategic assessment and a survey of 1,400 residents "
              "(illustrative). It sets five priorities. Each responsible authority has formally agreed them, and "
              "Schedule 1 records that agreement.",
              "The Thames and the Kennet are part of what makes Reading special, but they have also cost lives. "
              "For the first time, water safety is one of our priorities."],
    signed="Chair, Reading Community Safety Partnership",
    context="Reading has around 175,000 residents (illustrative); a third are under 25, and the town centre draws "
            "visitors from across the Thames Valley.",
    stats=[("14,800", "crimes recorded 2024/25"), ("3,900", "anti-social behaviour reports"),
           ("112", "knife crime offences"), ("6", "water-related deaths in five years")],
    findings=["Serious youth violence is concentrated in the town centre and two neighbourhoods.",
              "County lines networks continue to exploit vulnerable adults through cuckooing.",
              "Domestic abuse is the largest single cause of repeat victimisation.",
              "Anti-social behaviour and water deaths both peak in summer along the riverside."],
    previous_head="Priorities of the 2022–2025 strategy",
    previous_intro="The last strategy had four priorities:",
    previous=["Reducing violence and exploitation", "Tackling anti-social behaviour and nuisance",
              "Protecting people at risk of harm", "Improving community confidence"],
    intro="The partnership's five priorities for 2025–2028 are set out in Schedule 1 below, which records their "
          "formal adoption by each responsible authority under the Crime and Disorder Act 1998.",
    authorities=["Council", "Police", "Fire", "ICB", "Probation"],
    priorities=[("RDG1", "Reducing anti-social behaviour in Reading's neighbourhoods", ""),
                ("RDG2", "Tackling serious youth violence and knife crime", ""),
                ("RDG3", "Reducing domestic abuse and its impact on families", ""),
                ("RDG4", "Keeping people safe near the Thames and Kennet", ""),
                ("RDG5", "Disrupting county lines and cuckooing", "")],
    after="Note: Reading's Serious Violence Duty partners agreed the serious violence priority jointly with the "
          "Thames Valley Violence Reduction Unit. ICB: Buckinghamshire, Oxfordshire and Berkshire West "
          "Integrated Care Board.",
    actions=[("Anti-social behaviour", "Neighbourhoods with the most reports will have a problem-solving plan.",
              ["Joint patrols by police and council wardens.", "A single point of contact for repeat victims."]),
             ("Serious youth violence", "We will work with schools, youth services and the hospital.",
              ["Knife crime education in every secondary school.", "Youth workers at the Royal Berkshire "
                                                                     "Hospital emergency department."]),
             ("Domestic abuse", "Support for families and children affected.",
              ["Operation Encompass notifications to every school.", "Perpetrator programme places doubled."]),
             ("Water safety", "A riverside water safety plan with the fire service and the Environment Agency.",
              ["Throwlines and signs at ten riverside locations.", "Summer water safety talks for Year 6 pupils."]),
             ("County lines", "Disrupting lines and protecting the adults they exploit.",
              ["Cuckooing protocol with housing providers.", "Closure orders where homes are taken over."])],
    governance="The partnership board meets quarterly and reports to the council's Housing, Neighbourhoods and "
               "Leisure Committee. Each priority has a lead and a delivery group.",
    measures=[["Anti-social behaviour reports", "3,900", "Fewer"], ["Knife crime offences", "112", "Fewer"],
              ["Repeat domestic abuse victims", "30%", "Fewer"], ["Water-related deaths", "6 in 5 years", "None"],
              ["Cuckooing closure orders", "9", "More where needed"]],
    partners=["Reading Borough Council", "Thames Valley Police", "Royal Berkshire Fire and Rescue Service",
              "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board", "Probation Service",
              "Brighter Futures for Children", "Reading Voluntary Action"],
)


def build(out_root):
    return style_schedule.build(out_root, D)
