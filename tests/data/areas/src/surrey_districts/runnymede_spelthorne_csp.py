"""Runnymede and Spelthorne Community Safety Partnership Plan 2026-2029 (a joint CSP): HTML/CSS -> Chromium,
house style O (Liberation Sans Narrow headings, navy and teal).  The priorities are the six outcome statements
"By 2029, ..." on p5.  Distractors: findings, each borough's previous priorities and the PCC's priorities
(p4), the "We will know because" lines, delivery and measures."""
from surrey_districts import style_outcomes

D = dict(
    file="strategies/runnymede_and_spelthorne_community_safety_partnership_plan_2026-29.pdf",
    slug="runnymede_spelthorne_csp", kind="csp",
    title="Runnymede and Spelthorne Community Safety Partnership Plan 2026\u20132029",
    body="Runnymede and Spelthorne Community Safety Partnership",
    cover_title="Safer by the Thames",
    cover_sub="Joint Community Safety Partnership Plan 2026\u20132029",
    cover_lines=["Runnymede Borough Council \u00b7 Spelthorne Borough Council \u00b7 Surrey Police \u00b7 Surrey County "
                 "Council \u00b7 Surrey Fire and Rescue Service \u00b7 NHS \u00b7 Probation", "April 2026"],
    header_left="Runnymede & Spelthorne CSP \u00b7 2026\u20132029", folio="{n} / 7",
    colours=("#1D3557", "#2A9D8F"), tint="#E9F4F3",
    font="Liberation Sans", heading_font="Liberation Sans Narrow",
    sections=dict(fwd="Joint foreword", ctx="Our two boroughs", pri="Six outcomes we are working towards",
                  dlv="How the joint partnership works", gov="Measures and governance"),
    foreword=["In 2025 the Runnymede and Spelthorne community safety partnerships merged. The two boroughs share "
              "a police neighbourhood command, a stretch of the Thames, the edge of Heathrow and many of the "
              "same problems.",
              "This first joint plan sets six outcomes for 2029. Some, like anti-social behaviour and domestic "
              "abuse, are shared with every partnership in Surrey. Others reflect our geography: the river, the "
              "airport and the industrial estates along the M25.",
              "We thank the residents of both boroughs who answered our survey."],
    signed="Joint Chairs, Runnymede and Spelthorne Community Safety Partnership",
    context=("Together the boroughs have about 190,000 residents, from Egham, Addlestone and Chertsey to "
             "Staines-upon-Thames, Ashford, Sunbury and Shepperton."),
    stats=[("3,760", "ASB incidents across both boroughs"), ("48", "knife-enabled offences by under-25s"),
           ("21", "modern slavery referrals"), ("9", "water-related deaths in five years")],
    findings=["ASB is concentrated on a handful of estates and riverside open spaces.",
              "Knife possession among young people has risen around transport hubs.",
              "Labour exploitation has been found in warehousing and car washes near the airport.",
              "Gambling-related harm is rising, and few people know where to get help."],
    previous=("Previous priorities of the two partnerships",
              "Before the merger, Runnymede's priorities were \u2018Safer communities\u2019 and \u2018Protecting the "
              "vulnerable\u2019; Spelthorne's were:",
              ["Anti-social behaviour", "Serious violence", "Exploitation"]),
    pri_intro=["Our six outcomes are the joint partnership's priorities for 2026\u20132029."],
    priorities=[
        dict(id="RUS1", icon="people", plan=["P1"],
             text="By 2029, anti-social behaviour on our estates and in our open spaces will have fallen",
             know="reported ASB in the ten priority locations falls by a quarter."),
        dict(id="RUS2", icon="knife", plan=["P2"],
             text="By 2029, fewer young people will carry knives",
             know="knife possession offences among under-25s fall and weapon surrender bins fill less."),
        dict(id="RUS3", icon="link", plan=["P2"],
             text="By 2029, victims of modern slavery around Heathrow and our industrial estates will be found and helped",
             know="more victims are referred and supported, and more exploiters are prosecuted."),
        dict(id="RUS4", icon="wave", plan=[],
             text="By 2029, fewer people will drown or be hurt in and around the Thames",
             know="water rescues and deaths fall, and every riverside hotspot has safety equipment."),
        dict(id="RUS5", icon="dice", plan=[],
             text="By 2029, people harmed by gambling will get help sooner",
             know="referrals to gambling support services double."),
        dict(id="RUS6", icon="shield", plan=["P3"],
             text="By 2029, survivors of domestic abuse will be safer and better supported",
             know="repeat victimisation falls and more survivors say they felt believed."),
    ],
    delivery=["The joint partnership has one board and five delivery groups, with the two councils sharing "
              "a community safety team."],
    groups=[["Joint Action Group", "ASB hotspots", "Monthly"], ["Youth Violence Group", "Knives and young people", "Monthly"],
            ["Exploitation Group", "Modern slavery", "Bi-monthly"], ["River Safety Forum", "The Thames", "Quarterly"],
            ["Health and Harm Group", "Gambling and domestic abuse", "Quarterly"]],
    measures=[["ASB in priority locations", "1,420", "1,060"], ["Knife possession, under-25s", "48", "35"],
              ["Modern slavery referrals", "21", "More identified"], ["Water rescues", "14", "Fewer"],
              ["Gambling support referrals", "40", "80"], ["Repeat domestic abuse victims", "34%", "25%"]],
    governance=["The joint board reports to both councils' scrutiny committees each year."],
    partners=["Runnymede Borough Council", "Spelthorne Borough Council", "Surrey Police", "Surrey County Council",
              "Surrey Fire and Rescue Service", "NHS Surrey Heartlands", "Probation Service", "RNLI"],
    contact="Contact: jointcsp@runnymede-spelthorne.example (illustrative)",
)


def build(out_root):
    return style_outcomes.build(D, out_root)
