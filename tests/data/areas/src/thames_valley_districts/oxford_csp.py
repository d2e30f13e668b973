"""Oxford Safer Communities Partnership Plan 2025–2028 (house style C: consultation poll, dark blue)."""
import style_poll

D = dict(
    file="strategies/oxford_safer_communities_partnership_plan_2025-28.pdf",
    title="Oxford Safer Communities Partnership Plan 2025–2028",
    org="Oxford Safer Communities Partnership", strap="You told us what matters. Here is what we will do.",
    email="safercommunities@oxford.example", c1="#002147", c2="#4B9CD3", c3="#BFD9EE",
    font="'Liberation Sans'", hfont="'Liberation Serif'", folio=lambda n: f"{n}",
    foreword=["Oxford is a compact city of students, families, workers and visitors. The Safer Communities "
              "Partnership brings together the city council, Thames Valley Police, the county council, health, "
              "probation and the fire service.",
              "This year we asked people what the partnership should focus on. More than 2,300 residents, students "
              "and businesses replied (illustrative). Their answers, together with the strategic assessment, "
              "decided our five priorities.",
              "We will report back every year on what has changed."],
    signed="Chair, Oxford Safer Communities Partnership",
    context="Oxford has around 165,000 residents (illustrative), a third of them students, and some of the most "
            "and least deprived neighbourhoods in the county.",
    stats=[("17,300", "crimes recorded 2024/25"), ("72", "children discussed at the exploitation panel"),
           ("190", "people sleeping rough over the year"), ("340", "hate crimes reported")],
    findings=["Child exploitation linked to drug supply is concentrated in the east and south of the city.",
              "Street drinking and anti-social behaviour cluster in the city centre and along the Cowley Road.",
              "Domestic abuse and sexual violence are the largest cause of serious harm to women in the city.",
              "People sleeping rough are far more likely to be victims of violence and theft."],
    previous_head="Our 2022–2025 priorities",
    previous_intro="The last plan focused on:",
    previous=["Exploitation", "Domestic abuse", "Anti-social behaviour", "Reducing reoffending"],
    intro="We asked: which issues should the partnership work on together over the next three years? The board "
          "chose the five most supported options that the evidence also showed to be high harm.",
    question="Consultation question 4: Choose up to three issues the Safer Communities Partnership should "
             "prioritise.",
    priorities=[("OXF1", "Exploitation of children and young people",
                 "“Children are being groomed to sell drugs and nobody seems to stop it.”"),
                ("OXF2", "Anti-social behaviour and street drinking in the city centre",
                 "“Some evenings I avoid Bonn Square altogether.”"),
                ("OXF3", "Ending domestic and sexual abuse", "“It happens behind closed doors, but it affects us all.”"),
                ("OXF4", "Tackling hate crime and supporting victims", "“I have been shouted at for wearing a headscarf.”"),
                ("OXF5", "Reducing harm to people sleeping rough", "“People sleeping in doorways need help, not moving on.”")],
    percent=[61, 58, 54, 37, 33],
    also=["cycle theft (31%)", "speeding (24%)", "noise from parties (12%)"],
    after="The results are illustrative. Cycle theft will be taken forward by the police neighbourhood teams and "
          "speeding by the county road safety team; they are not partnership priorities.",
    actions=[("Exploitation", ["Joint exploitation hub with children's social care.", "Disruption plans for "
                                                                                         "adults who exploit children."]),
             ("City centre", ["Public Spaces Protection Order review.", "Outreach for street drinkers."]),
             ("Domestic and sexual abuse", ["Sanctuary scheme for victims who want to stay at home.",
                                            "Training for college and university staff."]),
             ("Hate crime", ["Third-party reporting in community centres.", "Hate crime awareness week."]),
             ("Rough sleeping", ["Street population multi-agency meeting each week."])],
    governance="The partnership meets quarterly and reports to the city council's Scrutiny Committee. It works "
               "alongside the Safer Oxfordshire Partnership on county-wide issues.",
    measures=[["Children supported out of exploitation", "72", "More"], ["City-centre anti-social behaviour",
                                                                         "2,600", "Less"],
              ["Domestic abuse repeat victims", "29%", "Fewer"], ["Hate crimes reported", "340", "More reporting"],
              ["People sleeping rough (snapshot)", "38", "Fewer"]],
    partners=["Oxford City Council", "Oxfordshire County Council", "Thames Valley Police",
              "Oxfordshire Fire and Rescue Service", "NHS partners", "Probation Service"],
)


def build(out_root):
    return style_poll.build(out_root, D)
