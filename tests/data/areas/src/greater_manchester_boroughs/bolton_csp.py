"""Bolton Community Safety Partnership Plan 2025-2028 (python-docx -> LibreOffice).

Council report template: Liberation Sans, teal and charcoal, typed section numbers "1." ... in the Heading 1s,
header "Bolton Community Safety Partnership" / "Plan 2025–2028", footer "Bolton CSP Plan 2025-28 | Page N of M".
The priorities are **bold run-in paragraphs** (p6): "Priority one – Tackling anti-social behaviour ... . We will
..." with the rest of the paragraph in ordinary type.  Distractors: the 2022-2025 priorities (p4), the Mayor's
priorities quoted in a shaded box (p5), the theme column of the action table (p7).
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/bolton_community_safety_partnership_plan_2025-28.pdf"
TEAL, INK = "00646E", "333F48"

PRIORITIES = [
    ("one", "Tackling anti-social behaviour in our neighbourhoods and town centre",
     "We will use the full range of tools in the Anti-social Behaviour, Crime and Policing Act 2014, from "
     "early warning letters to closure orders, and we will tell residents what we have done."),
    ("two", "Tackling domestic abuse and supporting the whole family",
     "We will make sure that adults and children affected by domestic abuse get help early, from services "
     "that talk to each other."),
    ("three", "Reducing violent crime and knife crime",
     "We will meet our duties under the Serious Violence Duty with the Violence Reduction Unit, focusing on "
     "the places and times where violence happens most."),
    ("four", "Protecting young people from exploitation",
     "We will spot the signs of criminal and sexual exploitation sooner, through the complex safeguarding "
     "team, schools and youth workers."),
    ("five", "Building strong and cohesive communities",
     "We will bring people from different backgrounds together, support community groups and respond "
     "quickly when tensions rise."),
]


def foreword(d):
    X.prose(d, [
        "Bolton is a borough of strong communities, from the town centre to Farnworth, Horwich, Westhoughton "
        "and Little Lever. Most people in Bolton are safe most of the time, but we know that crime and "
        "anti-social behaviour still blight some neighbourhoods and that some residents carry the harm of "
        "domestic abuse and violence for many years.",
        "This plan sets out what the Bolton Community Safety Partnership will focus on for the next three "
        "years. It was shaped by more than 1,900 residents who answered our community safety survey, by "
        "front-line staff and by the strategic assessment of crime and disorder in the borough.",
        "No single organisation can make Bolton safer on its own. The partnership brings together Bolton "
        "Council, Greater Manchester Police, Greater Manchester Fire and Rescue Service, the Probation Service, "
        "NHS Greater Manchester and our voluntary and community sector partners through Bolton CVS.",
    ])
    W.para(d, "Chair, Bolton Community Safety Partnership", bold=True, before=12)
    W.para(d, "Executive Cabinet Member for Stronger Communities", bold=True)


def context(d):
    W.para(d, "The partnership's strategic assessment (autumn 2024) looked at three years of police, council, "
              "fire, health and probation data. The headline figures are below.")
    X.stats_table(d, [
        ("Recorded crimes per 1,000 residents", "98", "down 3%"),
        ("Anti-social behaviour incidents reported to police", "7,420", "down 6%"),
        ("Domestic abuse incidents and crimes", "6,130", "up 2%"),
        ("Knife crime offences", "212", "down 4%"),
        ("Residents who feel safe outside after dark", "58%", "no change"),
        ("Deliberate fires", "640", "up 9%"),
    ], fill=TEAL, band="E6F2F3")
    W.heading(d, "Key findings", 2)
    W.bullets(d, [
        "Anti-social behaviour is concentrated in the town centre and in six neighbourhoods, and is the issue "
        "residents raise most often.",
        "Repeat victims of domestic abuse make up almost a third of all cases reaching MARAC.",
        "Violence with injury peaks on Friday and Saturday nights in the town centre.",
        "Referrals about children at risk of exploitation have risen for the third year running.",
    ])
    W.heading(d, "Our priorities for 2022 to 2025", 2)
    X.previous(d, "Our last plan had four priorities. Much of that work carries on in this plan:", [
        "Reducing crime and anti-social behaviour",
        "Protecting vulnerable people",
        "Reducing reoffending",
        "Improving community confidence",
    ])


def setting(d):
    W.para(d, "Community safety partnerships were set up by the Crime and Disorder Act 1998. The responsible "
              "authorities must work together to reduce crime and disorder, anti-social behaviour, substance "
              "misuse and reoffending, and since 2023 they must also plan together to prevent serious violence "
              "under the Serious Violence Duty.")
    W.para(d, "Our plan also supports the Bolton Vision 2030 and the Mayor of Greater Manchester's Police, Fire "
              "and Crime Plan, which sets the priorities for policing and community safety across the city-region.")
    X.mayor_quote(d, "The Mayor's priorities in Standing Together 2026–2030", fill="E6F2F3", colour=TEAL)
    W.heading(d, "How we decided our priorities", 2)
    W.para(d, "We scored each issue on how much harm it causes, how often it happens, what residents told us and "
              "whether a partnership response adds value. The five issues that scored highest became our "
              "priorities.")


def our_priorities(d):
    W.para(d, "The partnership board agreed five priorities for 2025 to 2028 in March 2025. Each has a lead "
              "partner and a delivery group that reports to the board every quarter.")
    for word, text, more in PRIORITIES:
        p = d.add_paragraph()
        p.paragraph_format.space_after = W.Pt(10)
        r = p.add_run(f"Priority {word} – {text}. ")
        r.bold = True
        r.font.color.rgb = W.hexrgb(TEAL)
        p.add_run(more)
    W.para(d, "Underpinning all five priorities is our commitment to listen to victims, to share information "
              "safely and to act early.", italic=True)


def delivery(d):
    W.para(d, "Each delivery group keeps a detailed action plan. The main actions for the first year are:")
    X.actions(d, [
        ("ASB", "Run a problem-solving plan for each of the six ASB hotspots and publish the results", "Council", "Mar 2026"),
        ("ASB", "Extend the town centre Street Wardens scheme to Saturday evenings", "Council / GMP", "Sep 2025"),
        ("Domestic abuse", "Introduce a whole-family assessment at the front door of children's services", "Council", "Dec 2025"),
        ("Violence", "Fund detached youth work in the town centre on Friday and Saturday nights", "VRU / Council", "Sep 2025"),
        ("Exploitation", "Train 300 school staff to recognise the signs of exploitation", "Complex safeguarding", "Jul 2026"),
        ("Cohesion", "Hold a community tensions meeting every month and after any major incident", "Council", "Ongoing"),
    ], fill=TEAL, band="F2F2F2")


def measures(d):
    X.measures(d, [
        ("ASB incidents reported to police", "7,420", "-10% by 2028"),
        ("Repeat domestic abuse cases at MARAC", "31%", "under 28%"),
        ("Hospital admissions for assault with a sharp object (under 25)", "44", "-15%"),
        ("Children referred to complex safeguarding and supported", "160", "all within 10 days"),
        ("Residents who agree people from different backgrounds get on well", "71%", "75%"),
    ], fill=TEAL)
    W.heading(d, "Governance", 2)
    W.para(d, "The Bolton Community Safety Partnership board meets every quarter and is accountable to the "
              "Bolton Vision Partnership. The council's Corporate and External Issues Scrutiny Committee "
              "reviews the plan every year.")
    W.heading(d, "Contact us", 2)
    X.contacts(d, "Community Safety Services team", "community.safety@bolton.example")


SPEC = dict(
    file=FILE, title="Bolton Community Safety Partnership Plan 2025–2028", org="Bolton Community Safety Partnership",
    style=W.Style(body="Liberation Sans", size=10.5, colours=(TEAL, TEAL, INK), h1=19, h2=13,
                  header_left="Bolton Community Safety Partnership", header_right="Plan 2025–2028",
                  footer="Bolton CSP Plan 2025-28 | Page {PAGE} of {NUMPAGES}", footer_align="right",
                  rule="00646E"),
    cover=dict(kind="band", logo=["BOLTON", "COUNCIL"], logo_fill=INK, fill=TEAL,
               lines=["Community Safety Partnership Plan", "2025 to 2028", "Working together for a safer Bolton"],
               date="Published April 2025"),
    number_fmt="{n}. {t}",
    sections=[
        ("Foreword", "fw", foreword),
        ("Bolton in numbers", "ctx", context),
        ("Where this plan fits", "fit", setting),
        ("Our priorities for 2025 to 2028", "pri", our_priorities),
        ("Delivering the plan", "del", delivery),
        ("Measuring success", "mea", measures),
    ],
)


def build(out_root):
    return report.build(SPEC, out_root)
