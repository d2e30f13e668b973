"""renamed_sections.pdf: the Safer Ravensford Partnership Plan 2025-2028 (reportlab). The "plan on a page" (page 3)
names the priorities briefly ("Priority 1: Keeping young people safe"); each priority's own section (pages 4-7),
opened by a "PRIORITY 1" tag, carries a longer, differently worded heading ("Keeping children and young people
safe from harm"). The sections are clearly the priorities' own sections, so gold is the section headings on pages
4-7, not the short names on page 3. The key actions are numbered 1.1, 1.2 ...; "Our promises to residents" on page
8 is a numbered list too.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import rl_kit as R

NAME = "renamed_sections"
TITLE = "Safer Ravensford Partnership Plan 2025\u20132028"
W, H = A4
M = 54
RED, INK, SAND, GREY = "A23B2A", "26303A", "F6EFE7", "6B6B6B"

PRIORITIES = [
    ("Keeping young people safe", "Keeping children and young people safe from harm",
     "Children in Ravensford are more likely than adults to be victims of violence and robbery, and a growing number "
     "are being exploited by adults to sell drugs. Young people told us they do not feel safe in the town centre "
     "after school or on the buses.",
     ["Set up a contextual safeguarding panel to look at places, not just individual children, where young people "
      "are harmed.", "Fund detached youth workers in the town centre and at the bus station from 3 pm to 9 pm.",
      "Train school staff, taxi drivers and takeaway staff to spot the signs of exploitation.",
      "Offer every child found carrying a knife a mentor within 48 hours."],
     "Robbery of under-18s; children safer after exploitation panel support; young people who feel safe in the town "
     "centre (youth survey)."),
    ("Safer neighbourhoods", "Neighbourhoods where people feel safe and anti-social behaviour is dealt with quickly",
     "Anti-social behaviour is the issue residents raise with us most. Reports fell by 11% last year, but residents "
     "of the Carrbrook and Oldfield estates told us that nothing changes when they report it.",
     ["Give every victim of anti-social behaviour an update within five working days.",
      "Hold a monthly neighbourhood problem-solving meeting in Carrbrook, Oldfield and the town centre.",
      "Use the ASB case review to give victims a say when they feel ignored.",
      "Fix broken street lighting and remove graffiti within 48 hours of a report."],
     "ASB reports in the three areas; victim satisfaction; residents who feel safe after dark."),
    ("Tackling domestic abuse", "Protecting people from domestic abuse and sexual violence",
     "Domestic abuse accounts for one in five violent crimes in Ravensford. Reports of rape and sexual assault rose by "
     "18% in two years, and survivors told us that support ends too soon.",
     ["Place independent domestic violence advisers in the emergency department and in GP practices.",
      "Make the Ravensford Sexual Assault Referral Centre outreach service available in the town.",
      "Run the \u201cDrive\u201d programme for high-harm perpetrators.",
      "Publish every domestic homicide review and act on its recommendations within a year."],
     "Repeat victims at MARAC; survivors who feel safer at case closure; perpetrators completing Drive."),
    ("Reducing reoffending", "Breaking the cycle of reoffending",
     "Just over a quarter of adults and a third of children who offend in Ravensford reoffend within a year. People "
     "released from short prison sentences without a home are the most likely to reoffend.",
     ["Manage the 60 most prolific offenders through Integrated Offender Management.",
      "Make sure nobody leaves HMP Ravensford without a plan for where they will sleep that night.",
      "Fund a recovery worker at the Ravensford hub for people leaving prison with a drug or alcohol need.",
      "Offer restorative justice to victims of crimes committed by people on the IOM scheme."],
     "Proven reoffending rate; prison leavers housed on the first night; IOM cohort reoffending."),
]


def frame(c, n):
    R.text(c, M, H - 34, TITLE, size=8, color=GREY)
    c.setStrokeColor(R.hexc("D8CFC4"))
    c.line(M, H - 40, W - M, H - 40)
    R.text(c, W / 2, 30, f"- {n} -", size=8.5, color=GREY, anchor="center")


def cover(c):
    R.box(c, 0, 0, W, H, SAND)
    R.box(c, 0, H - 300, W * 0.62, 300, RED)
    R.text(c, M, H - 110, "Safer Ravensford", font="Sans-Bold", size=34, color="FFFFFF")
    R.text(c, M, H - 150, "Partnership Plan", font="Sans", size=22, color="FFFFFF")
    R.text(c, M, H - 180, "2025\u20132028", font="Sans-Bold", size=22, color="FFE3DA")
    R.para_at(c, "Ravensford Borough Council \u2022 Aldermoor Police \u2022 Aldermoor Fire and Rescue Service \u2022 "
              "Probation Service \u2022 Ravensford and District Integrated Care Board", M, 90, W - 2 * M, size=9,
              color=INK)
    c.showPage()


def welcome(c):
    frame(c, 2)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=RED)
    w.heading("Welcome", size=22)
    w.para("The Safer Ravensford Partnership brings together the organisations responsible for community safety in "
           "the borough. This plan sets out our four priorities for the next three years, what we will do about "
           "each one and how we will know whether we are succeeding.")
    w.para("We chose our priorities using our strategic assessment, which looked at crime, anti-social behaviour, "
           "health and social care data, and a survey answered by 1,480 residents and 620 young people. We also "
           "listened to victims, to frontline staff and to councillors.")
    w.para("<b>Councillor Joanne Pilkington</b>, Chair, Safer Ravensford Partnership")
    w.heading("Ravensford in numbers", size=15, before=10)
    w.table([["", "2024/25", "Change on 2023/24"],
             ["Total recorded crime", "14,206", "\u22124%"],
             ["Anti-social behaviour reports", "5,912", "\u221211%"],
             ["Violence with injury", "1,844", "+3%"],
             ["Robbery of under-18s", "96", "+22%"],
             ["Domestic abuse crimes and incidents", "3,977", "+5%"],
             ["Proven reoffending rate (adults)", "27.1%", "+0.6 points"]],
            [240, 120, 135], head_bg=RED, zebra="FBF6F1")
    w.heading("What residents told us", size=15, before=8)
    w.bullets(["72% feel safe in their neighbourhood after dark, but only 44% in the town centre;",
               "young people\u2019s top worry was being robbed or threatened on the way home;",
               "residents want to be told what happened after they report something."])
    c.showPage()


def plan_on_a_page(c):
    frame(c, 3)
    R.text(c, M, H - 90, "Our plan on a page", font="Sans-Bold", size=24, color=RED)
    R.para_at(c, "<b>Our vision:</b> a Ravensford where people are safe, feel safe and look out for one another.",
              M, H - 104, W - 2 * M, size=11, color=INK)
    y = H - 140
    colw = (W - 2 * M - 12) / 2
    for i, (short, _, _, actions, _) in enumerate(PRIORITIES):
        x = M + (i % 2) * (colw + 12)
        top = y - (i // 2) * 230
        R.box(c, x, top - 215, colw, 215, SAND, stroke="D8CFC4", radius=6)
        R.box(c, x, top - 46, colw, 46, RED, radius=6)
        R.para_at(c, f"<b>Priority {i + 1}: {short}</b>", x + 10, top - 10, colw - 20, size=12.5, color="FFFFFF")
        ty = top - 60
        R.text(c, x + 10, ty, "Key actions", font="Sans-Bold", size=9, color=RED)
        ty -= 6
        for a in actions[:3]:
            h = R.para_at(c, "\u2022 " + a, x + 10, ty, colw - 20, size=8.8, color=INK, leading=11)
            ty -= h + 4
    R.para_at(c, "<b>How we work:</b> listening to residents \u2022 acting early \u2022 sharing information \u2022 being "
              "open about results", M, 96, W - 2 * M, size=10, color=INK)
    c.showPage()


def section(c, i, page):
    short, heading, why, actions, measures = PRIORITIES[i]
    frame(c, page)
    R.box(c, M, H - 92, 74, 20, RED, radius=10)
    R.text(c, M + 37, H - 86, f"PRIORITY {i + 1}", font="Sans-Bold", size=8.5, color="FFFFFF", anchor="center")
    w = R.Writer(c, M, H - 104, W - 2 * M, bottom=60, accent=RED)
    w.para(f"<b>{heading}</b>", size=21, leading=25, color=INK, after=12)
    w.heading("Why this matters", size=13)
    w.para(why)
    w.heading("Key actions", size=13, before=6)
    for j, a in enumerate(actions, start=1):
        w.para(f"<b>{i + 1}.{j}</b>&nbsp;&nbsp;{a}", indent=0, after=5)
    w.heading("How we will measure progress", size=13, before=6)
    w.para(measures)
    w.heading("Lead", size=13, before=6)
    w.para(["Ravensford Borough Council (children\u2019s services) and Aldermoor Police",
            "Ravensford Borough Council (community safety)",
            "Ravensford Domestic Abuse Partnership Board",
            "The Probation Service"][i])
    R.box(c, M, 70, W - 2 * M, 70, SAND, radius=6)
    R.para_at(c, ["<i>\u201cI want to be able to get the bus home from college without looking over my "
                  "shoulder.\u201d</i> \u2013 young person, 16",
                  "<i>\u201cWhen I finally reported it, someone came round the next day. That made all the "
                  "difference.\u201d</i> \u2013 Oldfield resident",
                  "<i>\u201cMy adviser was with me every step, from the police station to court.\u201d</i> \u2013 "
                  "survivor",
                  "<i>\u201cHaving a room to go to on the day I got out meant I didn\u2019t go back to my old "
                  "mates.\u201d</i> \u2013 IOM participant"][i], M + 14, 126, W - 2 * M - 28, size=10.5, color=INK)
    c.showPage()


def delivery(c):
    frame(c, 8)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=RED)
    w.heading("Delivering the plan", size=22)
    w.para("The partnership board meets every quarter and receives a performance report on every priority. Each "
           "priority has a lead partner and a delivery group. The council\u2019s Communities Scrutiny Panel reviews "
           "the plan every year.")
    w.heading("Our promises to residents", size=15, before=8)
    for j, t in enumerate(["We will tell you what happened after you report anti-social behaviour.",
                           "We will publish our performance every quarter on the council website.",
                           "We will hold a public meeting in every ward at least once a year.",
                           "We will involve young people in checking our progress."], start=1):
        w.para(f"{j}.&nbsp;&nbsp;{t}", after=4)
    w.heading("Links to other plans", size=15, before=8)
    w.para("This plan supports the Aldermoor Police and Crime Plan 2025\u20132029 (neighbourhood policing that residents "
           "can see and trust; protecting women and girls; cutting violence and knife crime; putting victims first) "
           "and the Ravensford Corporate Plan. Our second priority is also the borough\u2019s anti-social behaviour "
           "strategy.")
    w.heading("Contact", size=15, before=8)
    w.para("Community Safety Team, Ravensford Borough Council, Town Hall, Ravensford RV1 1AA \u2022 "
           "safer.ravensford@ravensford.gov.uk")
    c.showPage()


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    c = R.make_canvas(target, TITLE, "Safer Ravensford Partnership")
    cover(c)
    welcome(c)
    plan_on_a_page(c)
    for i in range(4):
        section(c, i, 4 + i)
    delivery(c)
    c.save()
    return [target]
