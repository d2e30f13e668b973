"""Standing Together: the Mayor's Police, Fire and Crime Plan for Greater Manchester 2026-2030 (python-docx ->
LibreOffice).  A fictional new edition.

GMCA corporate Word template: Liberation Sans body, Liberation Serif headings, purple and red, header "Police,
Fire and Crime Plan 2026–2030" with the GMCA name on the right, footer "Standing Together | N".  Seven
priorities, each an unnumbered **Heading 2 on a shaded band with a thick red left border** (two a page,
pp6-9), followed by a grey "Equality action" line and the numbered objectives "1.1 ..." typed with a hanging
indent.  Distractors: the previous plan's three priorities (p5), the principles (p4), the objectives, the
partnership boards table (p10), the fire and rescue commitments (p10), measures and money (p11-12).
"""
from greater_manchester_boroughs import mayor
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "plan/greater_manchester_police_fire_and_crime_plan_2026-30.pdf"
PURPLE, RED, BAND = "4B2466", "C8102E", "EEE8F3"

EQUALITY = [
    "Publish complaint and misconduct outcomes by ethnicity, sex and disability every year.",
    "Track outcomes for Black and mixed-heritage children at every stage of the youth justice system.",
    "Make third-party hate crime reporting centres accessible to disabled and Deaf residents.",
    "Ask communities which streets and places feel unsafe, and publish what was done.",
    "Make sure treatment and housing services are open to women leaving prison.",
    "Commission specialist 'by and for' services for Black and minoritised women.",
    "Track exploitation referrals by age, sex and ethnicity.",
]


def foreword(d):
    X.prose(d, [
        "Greater Manchester is at its best when we stand together. This plan sets out what the Mayor, as "
        "Police and Crime Commissioner and fire and rescue authority for the city-region, and the Deputy "
        "Mayor for Policing, Crime, Criminal Justice and Fire will ask of Greater Manchester Police, of the "
        "fire and rescue service and of every partner who shares the job of keeping our ten boroughs safe.",
        "Since the last plan the force has come out of special measures, 999 calls are answered faster than "
        "ever, and neighbourhood teams are back in every ward. But residents still tell us that trust has to be "
        "earned every day, that anti-social behaviour wears communities down, and that the harm caused by "
        "violence, exploitation and addiction falls hardest on those with least.",
        "This edition of Standing Together was shaped by more than 5,000 residents, by the ten community "
        "safety partnerships and by the boards that lead our work on gender-based violence, serious violence, "
        "drugs and alcohol, and reducing reoffending. We will report on it every year to the Police, Fire and "
        "Crime Panel.",
    ])
    W.para(d, "The Mayor of Greater Manchester", bold=True, before=10)
    W.para(d, "The Deputy Mayor for Policing, Crime, Criminal Justice and Fire", bold=True)


def approach(d):
    W.para(d, "Everything in this plan is guided by five principles, agreed with partners and residents:")
    W.bullets(d, [
        ("Prevention first: ", "acting early, before harm happens or escalates."),
        ("Victims at the centre: ", "listening to victims and survivors and designing services around them."),
        ("Tackling inequality: ", "every priority has at least one equality action."),
        ("Working as one system: ", "police, councils, health, fire, probation and the voluntary sector together."),
        ("Listening and accountable: ", "telling residents what we have done and how well it worked."),
    ])
    W.heading(d, "The Live Well mission", 2)
    W.para(d, "The plan supports the Greater Manchester Strategy's Live Well mission: safe, strong communities "
              "are one of the building blocks of good lives. It also meets the Home Secretary's Strategic "
              "Policing Requirement and the national Fire and Rescue National Framework for England.")


def told_us(d):
    W.para(d, "Our consultation ran for eight weeks in the autumn of 2025. The figures below are illustrative.")
    X.stats_table(d, [
        ("Residents who responded to the survey", "5,240", "–"),
        ("Feel safe in their local area after dark", "61%", "up 2 points"),
        ("Think ASB is a problem where they live", "35%", "down 1 point"),
        ("Have confidence in GMP locally", "54%", "up 4 points"),
        ("Partner organisations that took part", "260", "–"),
    ], head=("What we asked", "Result", "Since 2024"), fill=PURPLE, band=BAND)
    W.heading(d, "Where we have come from", 2)
    X.previous(d, "The previous plans had three headline priorities, which run through this edition:", [
        "Keeping people safe and supporting victims",
        "Reducing harm and offending",
        "Strengthening communities and places",
    ])
    W.para(d, "We have kept those ambitions but set out seven more specific priorities, so that residents and "
              "partners can see exactly what we will do and how we will be held to account.")


def priorities(d):
    W.para(d, "Our seven priorities are set out below. For each we list the objectives that the Deputy Mayor "
              "will hold partners to account for, and the equality action that goes with it.")
    for k, (head, objectives) in enumerate(mayor.PRIORITIES, 1):
        h = W.heading(d, head, 2, new_page=(k % 2 == 1 and k > 1))
        W.shade_para(h, BAND, left_bar=RED)
        h.paragraph_format.space_before = W.Pt(16)
        W.runs(d, [("Equality action: ", {"bold": True, "colour": "7F7F7F", "size": 9}),
                   (EQUALITY[k - 1], {"italic": True, "colour": "7F7F7F", "size": 9})], after=4)
        W.para(d, "Our objectives", bold=True, size=10, colour=PURPLE, after=2)
        for j, obj in enumerate(objectives, 1):
            p = d.add_paragraph()
            p.paragraph_format.left_indent = W.Cm(1.0)
            p.paragraph_format.first_line_indent = W.Cm(-1.0)
            p.paragraph_format.tab_stops.add_tab_stop(W.Cm(1.0))
            p.paragraph_format.space_after = W.Pt(3)
            p.add_run(f"{k}.{j}\t").bold = True
            p.add_run(obj)


def partnership(d):
    W.para(d, "The plan is delivered through the partnerships below. Each has agreed to show how its own "
              "strategy supports this plan.")
    X.actions(d, [
        ("Community safety", "Ten community safety partnerships, one in each borough", "Council chief executives", "Quarterly"),
        ("Gender-based violence", "Gender-Based Violence Board", "Deputy Mayor", "Quarterly"),
        ("Serious violence", "Violence Reduction Unit Executive", "Deputy Mayor", "Bi-monthly"),
        ("Drugs and alcohol", "Combating Drugs and Alcohol Partnership", "Director of Public Health", "Quarterly"),
        ("Justice", "Local Criminal Justice Board", "Chief Constable", "Quarterly"),
        ("Reoffending", "Reducing Reoffending Board", "Probation regional director", "Quarterly"),
    ], head=("Area", "Partnership", "Chair", "Meets"), fill=PURPLE, cm=(3.4, 7.2, 3.8, 2.0))
    W.heading(d, "Fire and rescue", 2)
    W.para(d, "As fire and rescue authority the Mayor will also ask Greater Manchester Fire and Rescue Service "
              "to keep response times under ten minutes, carry out 40,000 safe and well visits a year, and "
              "complete the building safety programme for high-rise residential buildings.")


def money(d):
    W.para(d, "The police budget for 2026/27 is £850 million (illustrative), of which about a quarter comes from "
              "the council tax precept. The Mayor also commissions victims' services, the Violence Reduction "
              "Unit and community safety grants to the ten boroughs.")
    X.measures(d, [
        ("999 calls answered within 10 seconds", "94%", "95% or more"),
        ("Public confidence in GMP (survey)", "54%", "60%"),
        ("Victims satisfied with the service", "71%", "75%"),
        ("ASB incidents", "74,000", "-10%"),
        ("Domestic abuse repeat victims", "29%", "under 25%"),
        ("Hospital admissions for knife injuries (under 25)", "310", "-20%"),
        ("Drug-related deaths", "290", "-15%"),
    ], head=("Measure", "2024/25", "2030 ambition"), fill=PURPLE)
    W.heading(d, "Holding us to account", 2)
    W.para(d, "The Police, Fire and Crime Panel scrutinises the plan. The Deputy Mayor holds the Chief Constable "
              "to account at a public Accountability Board every two months, and publishes a progress report "
              "each year.")
    W.heading(d, "Contact", 2)
    X.contacts(d, "Police, Crime, Criminal Justice and Fire team at the Greater Manchester Combined Authority",
               "pcf@greatermanchester-ca.example")


SPEC = dict(
    file=FILE, title="Standing Together: Police, Fire and Crime Plan for Greater Manchester 2026–2030",
    org="Greater Manchester Combined Authority",
    style=W.Style(body="Liberation Sans", head="Liberation Serif", size=10.5, colours=(PURPLE, PURPLE, RED),
                  h1=22, h2=15, header_left="Police, Fire and Crime Plan 2026–2030",
                  header_right="Greater Manchester Combined Authority", footer="Standing Together | {PAGE}",
                  footer_align="center", hf_colour="4B2466"),
    cover=dict(kind="plain", logo=["GMCA", "Greater Manchester", "Combined Authority"], logo_fill=PURPLE,
               lines=["Standing Together", "The Mayor's Police, Fire and Crime Plan for Greater Manchester",
                      "2026 to 2030"], date="March 2026"),
    sections=[
        ("Foreword", "fw", foreword),
        ("Our approach", "ap", approach),
        ("What you told us", "tu", told_us),
        ("Our priorities", "pri", priorities),
        ("Working in partnership", "wp", partnership),
        ("Money, measures and accountability", "mm", money),
    ],
)


def build(out_root):
    return report.build(SPEC, out_root)
