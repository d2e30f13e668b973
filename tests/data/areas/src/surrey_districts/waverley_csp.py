"""Waverley Community Safety Partnership Plan 2026-2029: HTML/CSS -> Chromium, house style O (DejaVu Sans,
green and ochre).  The priorities are the four outcome statements "By 2029, ..." on p5.  Distractors:
findings, the 2022-2025 priorities and the PCC's priorities (p4), the "We will know because" lines, delivery,
measures."""
from surrey_districts import style_outcomes

D = dict(
    file="strategies/waverley_community_safety_partnership_plan_2026-29.pdf",
    slug="waverley_csp", kind="csp",
    title="Waverley Community Safety Partnership Plan 2026\u20132029",
    body="Waverley Community Safety Partnership",
    cover_title="Safer Waverley 2029",
    cover_sub="Community Safety Partnership Plan 2026\u20132029",
    cover_lines=["Farnham \u00b7 Godalming \u00b7 Haslemere \u00b7 Cranleigh \u00b7 and the villages", "Spring 2026"],
    header_left="Waverley Community Safety Partnership", folio="Page {n}",
    colours=("#2F5D3A", "#B8860B"), tint="#EEF3EC",
    font="DejaVu Sans",
    sections=dict(fwd="Welcome", ctx="Waverley at a closer look", pri="Four outcomes for 2029",
                  dlv="Delivery", gov="Progress and accountability"),
    foreword=["Waverley is Surrey's largest borough by area: four market towns and dozens of villages set in "
              "farmland, woods and the Surrey Hills National Landscape.",
              "It is a safe place, and residents want it to stay that way. This plan focuses on four outcomes that "
              "matter in both the towns and the countryside.",
              "We will publish an update on each outcome every year."],
    signed="Chair, Waverley Community Safety Partnership",
    context=("Waverley has around 128,000 residents. Farnham is the largest town; almost half of residents live "
             "in villages or small settlements."),
    stats=[("2,050", "ASB incidents, 2025/26"), ("480", "domestic abuse incidents"),
           ("164", "rural and wildlife crimes"), ("29", "alcohol-specific hospital admissions per 10,000")],
    findings=["ASB in the towns is linked to evenings and weekends; in villages to off-road vehicles and parties.",
              "Domestic abuse victims in rural areas wait longer before seeking help.",
              "Poaching, hare coursing and thefts of machinery are the most common rural crimes.",
              "Alcohol harm is higher among older adults than in most of Surrey."],
    previous=("Our 2022\u20132025 priorities",
              "The last plan's priorities, now replaced, were:",
              ["Keeping communities safe", "Protecting people from harm", "Rural crime"]),
    pri_intro=["The partnership has agreed four outcomes, which are its priorities for the next three years."],
    priorities=[
        dict(id="WAV1", icon="people", plan=["P1"],
             text="By 2029, residents across Waverley's towns and villages will see less anti-social behaviour",
             know="reported ASB falls by 15% and fewer residents name it as a problem."),
        dict(id="WAV2", icon="house", plan=["P3"],
             text="By 2029, more people experiencing domestic abuse will get help early",
             know="more referrals come from GPs, schools and community groups, not only the police."),
        dict(id="WAV3", icon="tree", plan=["P1"],
             text="By 2029, rural communities will be better protected from rural and wildlife crime",
             know="rural crime falls and more farms and estates join Rural Watch."),
        dict(id="WAV4", icon="pill", plan=["P5"],
             text="By 2029, fewer people will be harmed by drugs and alcohol",
             know="more people enter and complete treatment, and alcohol-related admissions fall."),
    ],
    delivery=["Three delivery groups report to the partnership each quarter."],
    groups=[["Neighbourhoods Group", "ASB in towns and villages", "Monthly"],
            ["Safe at Home Group", "Domestic abuse", "Bi-monthly"],
            ["Rural Crime Group", "Rural and wildlife crime", "Quarterly"],
            ["Substance Harm Group", "Drugs and alcohol", "Quarterly"]],
    measures=[["ASB incidents", "2,050", "1,750"], ["Non-police domestic abuse referrals", "36%", "50%"],
              ["Rural and wildlife crimes", "164", "130"], ["Adults completing treatment", "41%", "50%"]],
    governance=["The partnership is accountable to the council's Community Wellbeing Overview and Scrutiny "
                "Committee."],
    partners=["Waverley Borough Council", "Surrey Police", "Surrey County Council", "Surrey Fire and Rescue Service",
              "NHS Surrey Heartlands", "Probation Service", "Surrey Hills National Landscape", "Age UK Surrey"],
    contact="Contact: community.safety@waverley.example (illustrative)",
)


def build(out_root):
    return style_outcomes.build(D, out_root)
