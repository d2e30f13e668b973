"""Kestermoor Serious Violence Strategy: the priorities are in the SECOND column of a table on p3. The first
column holds the public health tier ("Primary prevention" ...), which is not the priority; the third column is
the lead and the fourth the first-year milestone. The tiers are also explained in a list on p2."""
from __future__ import annotations

from kit7 import Doc, box, text

NAME = "tier_first_column_serious_violence"
ROWS = [
    ("Primary prevention", "Every child in Kestermoor learns about healthy relationships, knives and consent before "
     "they leave primary school", "Director of Education", "Programme in 40 of 62 primary schools"),
    ("Primary prevention", "Safer evenings in Kestermoor and Dunholt town centres", "Kestermoor Community Safety "
     "Partnership", "Night-time economy plan agreed with licensees"),
    ("Secondary prevention", "A trusted adult for every young person arrested or admitted to hospital with an injury "
     "from violence", "Violence Reduction Unit", "Navigators in both emergency departments"),
    ("Secondary prevention", "Keeping children in school and out of exclusion", "Headteachers' Forum",
     "Inclusion panel in every secondary school"),
    ("Tertiary prevention", "Focused deterrence for the small number of people who cause the most harm",
     "Kestermoor Police", "Group violence intervention launched"),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Kestermoor Serious Violence Strategy 2026-2029",
            "Kestermoor Serious Violence Duty Partnership", footer="Kestermoor Serious Violence Strategy 2026-2029",
            accent="7A1F2B")
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, "F4EDE4")
    box(c, 0, H - 300, W, 300, "7A1F2B")
    text(c, 56, H - 170, "Serious Violence Strategy", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 205, "Kestermoor 2026-2029", "Sans", 18, "FFFFFF")
    text(c, 56, H - 275, "Published under the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)",
         "Sans", 10, "F2D7DB")
    text(c, 56, 120, "Kestermoor Serious Violence Duty Partnership", "Sans-Bold", 12, "7A1F2B")
    text(c, 56, 102, "Kestermoor Police \u00b7 Kestermoor County Council \u00b7 Kestermoor Integrated Care Board \u00b7 "
         "Kestermoor Fire and Rescue Service \u00b7 Probation Service \u00b7 Youth Justice Service", "Sans", 8.5, "444444")
    d.next()
    w = d.writer()
    w.heading("Introduction", 18)
    w.para("Serious violence is rare in Kestermoor, but it is concentrated. Half of all knife crime with injury in "
           "2024-25 happened in four wards, and two in five of those injured were under 25. Our strategic needs "
           "assessment (January 2026) found that most of the young people involved had been excluded from school "
           "or had been known to children's social care.")
    w.heading("What the needs assessment found", 14)
    w.bullets(["1. Knife crime with injury rose by 11% over three years, to 188 offences",
               "2. One in three violent incidents in public happens between 10pm and 3am",
               "3. Forty-one children were permanently excluded last year, the highest number since 2017",
               "4. Hospital admissions for assault with a sharp object fell slightly, to 64"], bullet="")
    w.heading("A public health approach", 14)
    w.para("We have organised our priorities by the three tiers of the public health approach. The tiers say "
           "<i>who</i> an intervention is for; the priorities say <i>what</i> we will do.")
    w.bullets(["<b>Primary prevention</b> \u2013 stopping violence before it starts, for the whole population",
               "<b>Secondary prevention</b> \u2013 acting early with people at higher risk",
               "<b>Tertiary prevention</b> \u2013 reducing harm once violence has happened, and preventing it "
               "happening again"])
    w.heading("Our definition of serious violence", 14)
    w.para("For this strategy, serious violence means homicide, violence against the person that causes injury, "
           "robbery, and offences involving a knife or other weapon, in a public place. Domestic abuse and sexual "
           "violence are covered by the Kestermoor VAWG Strategy.")
    d.next()
    w = d.writer()
    w.heading("Our priorities", 20)
    w.para("The Partnership agreed five priorities in February 2026. The table shows the tier each one sits in, "
           "who leads it, and what we expect to have done by March 2027.", after=10)
    data = [["Tier", "Priority", "Lead", "By March 2027"]] + [list(r) for r in ROWS]
    w.table(data, [96, 210, 92, 85], head_bg="7A1F2B", size=9.5, zebra="F4EDE4",
            extra=[("FONTNAME", (1, 1), (1, -1), "Sans-Bold"), ("TEXTCOLOR", (0, 1), (0, -1), "#7A1F2B")])
    w.heading("Our principles", 14)
    w.bullets(["Led by evidence, and honest about what has not worked",
               "Trauma-informed in everything we commission",
               "Young people help design the services meant for them"])
    d.next()
    w = d.writer()
    w.heading("How we will know it is working", 18)
    w.para("The Home Office asks every partnership to report on three success measures:")
    w.bullets(["A reduction in hospital admissions for assault with a knife or sharp object",
               "A reduction in knife and sharp object enabled serious violence recorded by the police",
               "A reduction in homicides recorded by the police"])
    w.para("We have added local measures for each priority.", after=8)
    w.table([["Measure", "2024-25", "Aim for 2028-29"],
             ["Primary schools delivering the programme", "9", "62"],
             ["Violent incidents in town centres, 10pm to 3am", "1,040", "Below 900"],
             ["Young people offered a navigator within 48 hours", "\u2013", "90%"],
             ["Permanent exclusions", "41", "Below 20"],
             ["Repeat offending by the focused deterrence cohort", "\u2013", "Down by a third"]],
            [250, 90, 120], head_bg="7A1F2B", zebra="F4EDE4")
    w.heading("Governance", 14)
    w.para("The strategy is owned by the Kestermoor Serious Violence Duty Partnership, chaired by the Police and "
           "Crime Commissioner. The Partnership will review it each year and publish a progress report every July.")
    return [d.close()]
