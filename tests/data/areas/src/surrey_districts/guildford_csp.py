"""Safer Guildford Partnership Plan 2026-2029: HTML/CSS -> Chromium, house style O.  The priorities are the
five outcome statements "By 2029, ..." on p5, each beside a drawn icon.  Distractors: findings, the 2023-2026
priorities and the PCC's priorities (p4), the "We will know because" lines (p5), delivery and measures."""
from surrey_districts import style_outcomes

D = dict(
    file="strategies/safer_guildford_partnership_plan_2026-29.pdf",
    slug="guildford_csp", kind="csp",
    title="Safer Guildford Partnership Plan 2026\u20132029",
    body="Safer Guildford Partnership",
    cover_title="What will be different by 2029",
    cover_sub="Safer Guildford Partnership Plan 2026\u20132029",
    cover_lines=["Guildford Borough Council, Surrey Police, Surrey County Council, Surrey Fire and Rescue Service, "
                 "NHS Surrey Heartlands, the Probation Service and the University of Surrey", "April 2026"],
    header_left="Safer Guildford Partnership \u00b7 Plan 2026\u20132029", folio="{n}",
    colours=("#114B5F", "#C6623D"), tint="#EAF1F3",
    font="Liberation Sans", heading_font="Liberation Serif",
    sections=dict(fwd="Foreword", ctx="Guildford now", pri="Our outcomes for 2029",
                  dlv="How we will get there", gov="Keeping track"),
    foreword=["Guildford is the county town: a cathedral city in all but name, with a university of 17,000 "
              "students, a late-night economy that draws people from across west Surrey, and villages "
              "stretching from the Hog's Back to the Surrey Hills.",
              "For this plan the partnership has tried something different. Instead of naming broad themes, we "
              "have written down what we want to be true by 2029 and committed to measuring whether it is. "
              "These outcomes are our priorities.",
              "They are ambitious, and some depend on people and funding we do not control. But they are the "
              "right things to aim for, and residents told us so."],
    signed="Chair, Safer Guildford Partnership",
    context=("The borough has about 145,000 residents and a daytime population far larger. The statistics below "
             "come from the 2025 strategic assessment and the residents' survey."),
    stats=[("2,980", "ASB reports, 2025/26"), ("1 in 4", "violent crimes in the town centre after 10pm"),
           ("31", "children referred for exploitation"), ("27", "people sleeping rough on a single night")],
    findings=["Anti-social behaviour is spread across the borough, but Stoke, Westborough and the town centre "
              "account for half.",
              "Night-time violence is concentrated in a few streets between 11pm and 3am at weekends.",
              "Women students report harassment on the walk between the town and campus.",
              "Rough sleeping has risen for three years, and many people have nowhere to go after hospital or "
              "prison."],
    previous=("Priorities 2023\u20132026",
              "Our previous priorities were:",
              ["Safer night-time economy", "Vulnerable people", "Neighbourhood crime and ASB"]),
    pri_intro=["We have set five outcomes. Each is a priority for the partnership, and each has a way of "
               "telling whether we have achieved it."],
    priorities=[
        dict(id="GUI1", icon="house", plan=["P1"],
             text="By 2029, fewer people in Guildford will experience anti-social behaviour",
             know="ASB reports and the share of residents who say it is a problem both fall by a fifth."),
        dict(id="GUI2", icon="moon", plan=["P1"],
             text="By 2029, Guildford's night-time economy will be a safe place for everyone",
             know="night-time violence falls and the town keeps its Purple Flag."),
        dict(id="GUI3", icon="shield", plan=["P3"],
             text="By 2029, women and girls will be, and feel, safer in every part of the borough",
             know="more women say they feel safe after dark, and reports of harassment are acted on."),
        dict(id="GUI4", icon="link", plan=["P2"],
             text="By 2029, fewer young people will be drawn into county lines and exploitation",
             know="fewer children go missing and more are supported early."),
        dict(id="GUI5", icon="bed", plan=[],
             text="By 2029, no one will need to sleep rough in Guildford",
             know="the annual count finds fewer than five people and every one has an offer of a bed."),
    ],
    delivery=["Each outcome has a lead partner and a small delivery group."],
    groups=[["Community Harm Group", "Anti-social behaviour", "Monthly"],
            ["Night-time Economy Group", "Safe nights out", "Monthly"],
            ["Women's Safety Group", "Women and girls", "Bi-monthly"],
            ["Exploitation Panel", "Children at risk", "Monthly"],
            ["Homelessness Board", "Rough sleeping", "Monthly"]],
    measures=[["ASB reports", "2,980", "2,400"], ["Night-time violent crimes", "410", "330"],
              ["Women who feel safe after dark", "54%", "70%"], ["Children missing from home", "88", "60"],
              ["People sleeping rough on count night", "27", "Under 5"]],
    governance=["The partnership reports to the council's Overview and Scrutiny Committee and publishes progress "
                "against each outcome every year."],
    partners=["Guildford Borough Council", "Surrey Police", "Surrey County Council", "Surrey Fire and Rescue Service",
              "NHS Surrey Heartlands", "Probation Service", "University of Surrey", "Experience Guildford BID"],
    contact="Contact: saferguildford@guildford.example (illustrative)",
)


def build(out_root):
    return style_outcomes.build(D, out_root)
