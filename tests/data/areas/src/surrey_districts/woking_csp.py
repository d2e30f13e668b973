"""Safer Woking Partnership Plan 2026-2029: python-docx -> LibreOffice, house style A (DejaVu Sans Condensed,
teal).  The priorities are the merged first-column cells of the action plan table.  Distractors: findings,
the 2023-2026 plan's priorities and the PCC's priorities (p4), delivery groups, measures."""
from surrey_districts import style_actionplan

D = dict(
    file="strategies/safer_woking_partnership_plan_2026-29.pdf",
    slug="woking_csp",
    title="Safer Woking Partnership Plan 2026\u20132029",
    kind="csp",
    body="Safer Woking Partnership",
    cover_title="Safer Woking Partnership",
    cover_sub="Three-year plan and action plan, 2026\u20132029",
    cover_lines=["Woking Borough Council \u00b7 Surrey Police \u00b7 Surrey County Council \u00b7 Surrey Fire and Rescue "
                 "\u00b7 NHS \u00b7 Probation", "April 2026"],
    header_left="Safer Woking Partnership", header_right="2026\u20132029",
    footer="{PAGE}",
    colours=("0E6E6E", "17A2A2", "4A4A4A"), tint="EAF6F6", tint2="D3EEEE",
    font="DejaVu Sans Condensed", size=10,
    sections=dict(fwd="A message from the Chair", ctx="Woking in numbers", pri="Our plan for 2026\u20132029",
                  dlv="Working together", gov="Measuring success and accountability"),
    findings_head="What the strategic assessment found",
    foreword=[
        "Woking is a diverse, fast-changing town: a commuter hub with a rebuilt town centre, a large Muslim "
        "community with a long history here, new arrivals from across the world and pockets of real hardship.",
        "Most people in Woking are safe and feel safe. But the partnership's assessment shows problems that "
        "no single agency can solve: a town centre that empties in the evening, shop theft that leaves staff "
        "frightened, exploitation hidden in car washes and nail bars, hate incidents after national events and "
        "people sleeping in doorways.",
        "This plan and its action plan are our shared answer. We will review it every year in public.",
    ],
    signed="Chair, Safer Woking Partnership",
    context=("Woking has about 105,000 residents. Its town centre has been redeveloped around the station and "
             "two shopping centres; the surrounding villages include Byfleet, Knaphill and Pyrford."),
    stats=[("1,050", "shop theft offences recorded in 2025/26"), ("38", "potential modern slavery victims referred"),
           ("96", "hate crimes and incidents reported"), ("22", "people found sleeping rough on the count night")],
    findings=["Shop theft has risen by a third in two years, and staff report more threats and violence.",
              "Evening footfall in the town centre is low, and residents say it feels unsafe after 8pm.",
              "Modern slavery referrals are linked to hand car washes and houses in multiple occupation.",
              "Hate incidents rise after national and international events and are under-reported."],
    previous=("Priorities of the 2023\u20132026 plan",
              "The previous plan worked to three priorities:",
              ["Safer town centre", "Protecting people at risk", "Cohesive communities"]),
    pri_intro=["Our five priorities for 2026\u20132029 are the first column of the action plan below."],
    priorities=[
        dict(id="WOK1", text="A safe and welcoming Woking town centre", plan=["P1"],
             actions=[("Appoint town centre wardens working evenings and weekends.", "Council", "2026"),
                      ("Run a joint patrol plan with the neighbourhood team around the station.", "Surrey Police", "Ongoing"),
                      ("Bring empty units back into use for evening activities.", "Council Regeneration", "2028"),
                      ("Join the Ask for Angela and safe haven schemes across the centre.", "Council Licensing", "2026")]),
        dict(id="WOK2", text="Shop theft and abuse of retail workers", plan=["P1"],
             actions=[("Set up a retail crime partnership with shared banning notices.", "Business partnership", "2026"),
                      ("Prioritise prolific shop thieves for offender management and treatment.",
                       "Surrey Police and Probation", "2027"),
                      ("Offer body-worn cameras and training to small independent retailers.", "Council", "2027")]),
        dict(id="WOK3", text="Modern slavery and human trafficking", plan=["P2"],
             actions=[("Train licensing, housing and environmental health officers to spot the signs.", "Council", "2026"),
                      ("Carry out joint visits to hand car washes and nail bars.", "Surrey Police and council", "Ongoing"),
                      ("Agree a safe accommodation pathway for survivors found in the borough.", "Council Housing", "2027"),
                      ("Publish the partnership's first modern slavery statement.", "Council", "2026")]),
        dict(id="WOK4", text="Hate crime and community cohesion", plan=["P4"],
             actions=[("Open hate crime reporting centres in libraries and places of worship.", "Council", "2026"),
                      ("Agree a rapid tension-monitoring meeting after national events.", "Surrey Police", "Ongoing"),
                      ("Fund community projects that bring residents of different backgrounds together.",
                       "Council Communities", "2027")]),
        dict(id="WOK5", text="Rough sleeping and street homelessness", plan=[],
             actions=[("Fund an assertive outreach team seven days a week.", "Council Housing", "2026"),
                      ("Provide a winter shelter and a year-round assessment hub.", "York Road Project", "2026"),
                      ("Agree a joint protocol for people sleeping rough who also cause ASB.",
                       "Council and Surrey Police", "2027"),
                      ("Link rough sleepers with mental health and treatment services within 48 hours.",
                       "NHS Surrey Heartlands", "2027")]),
    ],
    delivery=["The partnership's executive group oversees the action plan, supported by four task groups."],
    groups=[["Town Centre Task Group", "Town centre and shop theft", "Monthly"],
            ["Exploitation and Slavery Group", "Modern slavery", "Bi-monthly"],
            ["Community Cohesion Forum", "Hate crime and tensions", "Quarterly"],
            ["Homelessness Partnership", "Rough sleeping", "Monthly"]],
    measures=[["Evening footfall in the town centre", "Index 100", "Index 120"],
              ["Shop theft offences", "1,050", "Below 900"],
              ["Modern slavery referrals to the NRM", "38", "More victims identified"],
              ["Hate crimes reported", "96", "Higher reporting"],
              ["People sleeping rough on count night", "22", "Below 10"]],
    governance=["The Safer Woking Partnership is the borough's community safety partnership. It reports to the "
                "council's Overview and Scrutiny Committee and to the Surrey Community Safety Board."],
    partners=["Woking Borough Council", "Surrey Police", "Surrey County Council", "Surrey Fire and Rescue Service",
              "NHS Surrey Heartlands", "Probation Service", "York Road Project", "Woking Mosque and faith forum"],
    contact="Contact: saferwoking@woking.example (illustrative)",
)


def build(out_root):
    return style_actionplan.build(D, out_root)
