"""Reigate and Banstead Community Safety Partnership Plan 2026-2029: python-docx -> LibreOffice, house style A.
The priorities are the merged first-column cells of the action plan table (section 3, two pages).
Distractors: key findings, the 2023-2026 priorities and the PCC's priorities (p4), delivery groups, measures."""
from surrey_districts import style_actionplan

D = dict(
    file="strategies/reigate_and_banstead_community_safety_partnership_plan_2026-29.pdf",
    slug="reigate_banstead_csp",
    title="Reigate and Banstead Community Safety Partnership Plan 2026\u20132029",
    kind="csp",
    body="Reigate and Banstead Community Safety Partnership",
    cover_title="Community Safety Partnership Plan and Action Plan",
    cover_sub="Reigate and Banstead \u00b7 2026\u20132029",
    cover_lines=["Banstead \u00b7 Horley \u00b7 Redhill \u00b7 Reigate \u00b7 Tadworth", "Approved by the partnership, March 2026"],
    header_left="Reigate & Banstead CSP", header_right="Plan and Action Plan 2026\u20132029",
    footer="Page {PAGE} of {NUMPAGES}",
    colours=("1F3A5F", "E07B24", "4F4F4F"), tint="F4F6F9", tint2="FCE9D8",
    font="Liberation Sans", size=10,
    sections=dict(fwd="Foreword", ctx="The borough and the evidence", pri="Priorities and action plan 2026\u20132029",
                  dlv="Delivery and resources", gov="Performance and governance"),
    foreword=[
        "Reigate and Banstead has four busy town centres, a major airport on its southern edge and some of the "
        "most sought-after villages in Surrey. It also has neighbourhoods where anti-social behaviour, drug use "
        "and domestic abuse are part of daily life for too many people.",
        "This document combines our three-year plan with the action plan the partnership will use to hold itself "
        "to account. Each priority sits alongside the specific actions, lead agencies and dates agreed by the "
        "partners, so that residents can see not only what we want to achieve but how we will do it.",
        "The action plan will be refreshed every year; the priorities will stay the same for the life of the plan.",
    ],
    signed="Chair, Reigate and Banstead Community Safety Partnership",
    context=("The borough has around 152,000 residents. Redhill and Horley are growing fast, with new housing "
             "and a changing town centre offer. The figures below are from the 2025 strategic assessment."),
    stats=[("4,120", "anti-social behaviour incidents, 2025/26"), ("1 in 3", "violent crimes linked to alcohol"),
           ("690", "fly-tipping incidents cleared by the council"), ("17%", "rise in domestic abuse reports since 2023")],
    findings=["Redhill and Horley town centres account for a quarter of all police-recorded crime in the borough.",
              "Anti-social behaviour in parks and on two estates is linked to a small number of families.",
              "Alcohol and drug use feature in most violent incidents and in many domestic abuse cases.",
              "Fly-tipping on rural lanes has almost doubled since 2021, much of it trade waste."],
    previous=("Priorities 2023\u20132026",
              "Our previous plan had four priorities, now replaced:",
              ["Community resilience", "Vulnerable people", "Town centres and the night-time economy",
               "Serious and organised crime"]),
    pri_intro=["The partnership has chosen five priorities for 2026\u20132029. They are set out in the first column "
               "of the action plan below; each is followed by the actions that will deliver it, who leads and when.",
               "The action plan is a working document and will be refreshed each April."],
    priorities=[
        dict(id="RAB1", text="Safer Redhill and Horley town centres", plan=["P1"],
             actions=[("Agree a joint town centre tasking plan with a named council and police lead for each town.",
                       "Council and Surrey Police", "2026"),
                      ("Extend CCTV coverage to the Redhill station approach and the Horley high street.",
                       "Council", "2027"),
                      ("Support the business crime partnership with radio links and shared exclusions.",
                       "Business crime partnership", "2026"),
                      ("Work for Purple Flag accreditation for Redhill's evening economy.", "Council", "2028")]),
        dict(id="RAB2", text="Reducing anti-social behaviour on our estates and in our parks", plan=["P1"],
             actions=[("Hold monthly case conferences for the highest-risk ASB cases.", "Council ASB team", "Ongoing"),
                      ("Use acceptable behaviour contracts before enforcement with young people.",
                       "Surrey Police and council", "Ongoing"),
                      ("Improve lighting and sightlines in the four parks with most reports.", "Council Greenspaces",
                       "2027"),
                      ("Fund detached youth work on the Merstham and Preston estates.", "Surrey County Council Youth",
                       "2026")]),
        dict(id="RAB3", text="Reducing the harm caused by domestic abuse", plan=["P3"],
             actions=[("Achieve Domestic Abuse Housing Alliance accreditation for the council's housing service.",
                       "Council Housing", "2027"),
                      ("Train all frontline staff in the partnership to recognise and respond to abuse.",
                       "All partners", "2027"),
                      ("Fund a children's worker in the local domestic abuse outreach service.",
                       "East Surrey Domestic Abuse Services", "2026"),
                      ("Review every domestic homicide and learn lessons quickly.", "CSP board", "Ongoing")]),
        dict(id="RAB4", text="Reducing harm from drugs and alcohol", plan=["P5"],
             actions=[("Increase referrals from police custody and the courts into treatment.",
                       "i-access treatment service", "2027"),
                      ("Make naloxone available in hostels and supported housing.", "Public Health", "2026"),
                      ("Work with licensees to reduce alcohol-fuelled disorder.", "Council Licensing", "Ongoing"),
                      ("Offer alcohol brief advice in GP surgeries and the hospital.", "NHS Surrey Heartlands", "2027")]),
        dict(id="RAB5", text="Fly-tipping and environmental crime", plan=[],
             actions=[("Install deployable cameras at the ten worst fly-tipping sites.", "Council Neighbourhood Services",
                       "2026"),
                      ("Prosecute or fine every offender we can identify, and publicise outcomes.", "Council", "Ongoing"),
                      ("Check waste carriers' licences at roadside operations with the Environment Agency.",
                       "Council and Environment Agency", "2027"),
                      ("Help landowners clear and secure private land that is repeatedly targeted.",
                       "Council and NFU", "2027")]),
    ],
    delivery=["Each priority has a lead agency, shown in the action plan. Progress is tracked on a shared "
              "dashboard, and actions that slip are escalated to the partnership's quarterly board."],
    groups=[["Town Centres Group", "Redhill, Reigate, Horley and Banstead centres", "Monthly"],
            ["Community Harm and Risk Meeting", "High-risk ASB and vulnerable people", "Monthly"],
            ["Domestic Abuse Forum", "Domestic abuse", "Bi-monthly"],
            ["Substance Misuse Group", "Drugs and alcohol", "Quarterly"],
            ["Environmental Crime Group", "Fly-tipping and littering", "Quarterly"]],
    measures=[["Crime in Redhill and Horley town centres", "3,300", "A fall of 10%"],
              ["ASB incidents", "4,120", "Below 3,700"],
              ["Domestic abuse victims supported", "410", "500"],
              ["Adults in drug and alcohol treatment", "620", "700"],
              ["Fly-tipping incidents", "690", "Below 550"]],
    governance=["The partnership board reports to the council's Overview and Scrutiny Committee and meets "
                "quarterly. Its statutory duties come from the Crime and Disorder Act 1998 and the Serious "
                "Violence Duty."],
    partners=["Reigate and Banstead Borough Council", "Surrey Police", "Surrey County Council",
              "Surrey Fire and Rescue Service", "NHS Surrey Heartlands", "Probation Service", "Raven Housing Trust",
              "East Surrey Domestic Abuse Services"],
    contact="Contact: community.safety@reigate-banstead.example (illustrative)",
)


def build(out_root):
    return style_actionplan.build(D, out_root)
