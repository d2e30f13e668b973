"""Lancashire Violence Reduction Network Serious Violence Duty Strategy 2025-2030: reportlab report (DejaVu Sans).

The priorities are the **ingredients on a recipe card** (p5, "A recipe for fewer people hurt"): a bordered
cream card with a title strip, a "Serves / Prep time" line, "Ingredients: our four priorities" (bold bulleted
items with a grey quantity line) and a numbered "Method" (actions, not priorities). Distractors: the
definition, specified authorities and the 5 Cs (p4), delivery and measures (p6)."""
from rl_kit import Paragraph
from lancashire_districts import kit_rl

SPEC = dict(
    file="strategies/lancashire_serious_violence_duty_strategy_2025-30.pdf",
    title="Lancashire Serious Violence Duty Strategy 2025–2030", short="Lancashire Violence Reduction Network",
    org="Lancashire Violence Reduction Network", cover_title="Serious Violence Duty Strategy", years="2025 – 2030",
    cover_kicker="Prepared by the specified authorities under the Serious Violence Duty", c1="#23395B", c2="#D81E5B",
    rl_font="dejavu", rl_head="dejavu",
    foreword=["The Serious Violence Duty asks councils, police, health, fire, probation and youth justice to work "
              "together to prevent and reduce serious violence.",
              "Our strategic needs assessment shows that violence is concentrated in a small number of places and "
              "among young people. This strategy is our response."],
    signed="Director, Lancashire Violence Reduction Network",
    ctx_head="Serious violence in Lancashire", ctx_intro="From our strategic needs assessment.",
    stats=[("1,240", "knife crime offences"), ("610", "hospital admissions for assault"), ("46%", "victims aged under 25"),
           ("14", "homicides"), ("5", "districts with most violence"), ("38", "weapons surrendered a month")],
    findings_head="Definition and the public health approach",
    findings=["Serious violence means public place violence causing injury, knife and weapon crime, and homicide.",
              "The specified authorities are the councils, police, fire, health, probation and youth justice.",
              "The 5 Cs: collaboration, co-production, cooperation in data sharing, counter-narrative, community consensus."],
    previous="Our 2022–2025 response strategy focused on: Early intervention; Hospital and custody navigators; and "
             "Community mentoring.",
    pcc=None, pri_head="A recipe for fewer people hurt",
    recipe_title="Recipe: a safer Lancashire", recipe_meta="Serves: 1.5 million residents · Prep time: five years · "
                                                          "Cooks: all the specified authorities",
    priorities=[("Preventing knife crime and weapon carrying", "Quantity: education in every secondary school and weapon sweeps in hotspots."),
                ("Early help for children and young people at risk of violence", "Quantity: mentoring, family support and youth work."),
                ("Teachable moments: support for young people admitted to hospital with violent injuries", "Quantity: navigators in A&E and custody suites."),
                ("Community-led violence prevention in our most affected neighbourhoods", "Quantity: grants to community groups in five hotspot areas.")],
    method=["Share data every month through the violence dashboard.", "Commission mentoring through the district partnerships.",
            "Evaluate each programme and stop what does not work."],
    delivery=[("Knife crime", "Knife crime education; hotspot sweeps", "Lancashire Constabulary"),
              ("Early help", "Mentoring in five districts", "VRN"),
              ("Teachable moments", "A&E navigators in three hospitals", "NHS, VRN"),
              ("Community-led", "Community grants", "VRN")],
    measures=[("Hospital admissions for assault (under 25)", "280", "Fewer"), ("Knife crime offences", "1,240", "Fewer"),
              ("Homicides", "14", "Fewer")],
    governance="The strategy is overseen by the Violence Reduction Network Board, chaired by the Police and Crime Commissioner.",
    partners="Lancashire County Council; Blackburn with Darwen; Blackpool; district councils; Lancashire Constabulary; "
             "Lancashire Fire and Rescue Service; NHS; Probation Service; Youth Justice Services.",
    contact="vrn@lancashire.example",
)


def build(root):
    def pri(st):
        return [Paragraph("Four priorities are the ingredients of this strategy.", st["body"]),
                kit_rl.recipe_card(SPEC, st)]
    return kit_rl.build(root, SPEC, pri)
