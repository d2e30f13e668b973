"""South and Vale Community Safety Partnership Plan 2025–2028 (house style C: consultation poll, orange)."""
import style_poll

D = dict(
    file="strategies/south_and_vale_community_safety_partnership_plan_2025-28.pdf",
    title="South and Vale Community Safety Partnership Plan 2025–2028",
    org="South and Vale Community Safety Partnership",
    strap="South Oxfordshire and the Vale of White Horse", email="csp@southandvale.example",
    c1="#7A3B00", c2="#F28C28", c3="#FFE1C2", font="'Liberation Sans Narrow', 'Liberation Sans'",
    hfont="'Liberation Sans'", folio=lambda n: f"– {n} –",
    foreword=["South Oxfordshire and the Vale of White Horse share a community safety partnership. Our districts "
              "are mostly rural, with market towns such as Abingdon, Didcot, Henley, Thame and Wantage, and the "
              "River Thames running through both.",
              "Our four priorities were chosen after listening to residents and to our partners. They are set out "
              "on page 5, with the share of residents who supported each."],
    signed="Chair, South and Vale Community Safety Partnership",
    context="Around 290,000 residents (illustrative) live in the two districts. Crime is low, but some harms are "
            "serious and growing.",
    stats=[("11,200", "crimes recorded 2024/25"), ("£3.1m", "lost to fraud by residents"),
           ("14", "drug lines active in our towns"), ("5", "accidental drownings in five years")],
    findings=["County lines from London and Birmingham target Didcot, Abingdon and Wantage.",
              "Fraud and scams cause the greatest financial harm, especially to older residents.",
              "Anti-social behaviour reports are highest in Didcot and Abingdon town centres.",
              "Rivers, lakes and flooded gravel pits draw young people in hot weather."],
    previous_head="Looking back",
    previous_intro="The 2022–2025 plan's priorities were:",
    previous=["Anti-social behaviour", "Exploitation", "Domestic abuse", "Fraud"],
    intro="Residents were asked to choose the issues that should come first. The board chose these four, in the "
          "order of residents' support.",
    question="Survey question: Which issues should the partnership focus on in your area?",
    priorities=[("SVA1", "Dealing with anti-social behaviour quickly",
                 "“Reports go nowhere and the same people keep causing trouble.”"),
                ("SVA2", "County lines and drug dealing in our market towns",
                 "“You can see the dealing outside the station.”"),
                ("SVA3", "Protecting residents from fraud and scams", "“My mother lost her savings to a phone call.”"),
                ("SVA4", "Staying safe near water", "“The gravel pits are lethal in summer.”")],
    percent=[59, 51, 44, 26],
    also=["speeding (35%)", "fly-tipping (30%)", "shed and garage burglary (17%)"],
    after="Percentages are illustrative. Domestic abuse remains a core duty for both councils and is overseen by "
          "the Oxfordshire Domestic Abuse Strategic Board rather than by this partnership.",
    actions=[("Anti-social behaviour", ["Respond to every report within five working days."]),
             ("County lines", ["Cuckooing visits with housing associations.", "Closure orders on drug houses."]),
             ("Fraud and scams", ["Scam awareness talks at community groups.", "Trusted trader scheme."]),
             ("Water safety", ["Signs and throwlines at lakes and gravel pits.", "Summer campaign with the fire "
                                                                                 "service."])],
    governance="The partnership is hosted by the two councils' shared community safety team. It meets quarterly "
               "and reports to both councils' Cabinets.",
    measures=[["Anti-social behaviour reports", "1,950", "Down"], ["Drug lines disrupted", "14", "Up"],
              ["Fraud victims supported", "410", "Up"], ["Water-related deaths", "5 in 5 years", "None"]],
    partners=["South Oxfordshire District Council", "Vale of White Horse District Council",
              "Oxfordshire County Council", "Thames Valley Police", "Oxfordshire Fire and Rescue Service",
              "Probation Service"],
)


def build(out_root):
    return style_poll.build(out_root, D)
