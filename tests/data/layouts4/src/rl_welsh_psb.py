"""welsh_psb_wellbeing_plan.pdf: the Glyndarren Public Services Board Well-being Plan 2023-2028 (reportlab).

A Welsh PSB plan under the Well-being of Future Generations (Wales) Act 2015. Its priorities are its three
WELL-BEING OBJECTIVES (one section each, pages 6-8, bilingual kicker "AMCAN LLESIANT 1 \u00b7 WELL-BEING
OBJECTIVE 1" and the Welsh title in small type above the English one). Not gold: the seven national well-being
goals (page 3 tiles, and as ticks in the matrix on page 5 and chips on every objective page), the five ways of
working, the numbered "Step 1.1 ..." actions under each objective, and the community safety partnership's
priorities quoted on page 9.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import rl_kit as R

NAME = "welsh_psb_wellbeing_plan"
TITLE = "Glyndarren Well-being Plan 2023\u20132028"
W, H = A4
M = 50
GREEN, DEEP, PALE, GREY, GOLD = "2E7D4F", "153D2A", "E8F3EC", "5E5E5E", "C99A2E"

GOALS = [("A prosperous Wales", "Cymru lewyrchus"), ("A resilient Wales", "Cymru gydnerth"),
         ("A healthier Wales", "Cymru iachach"), ("A more equal Wales", "Cymru sy\u2019n fwy cyfartal"),
         ("A Wales of cohesive communities", "Cymru o gymunedau cydlynus"),
         ("A Wales of vibrant culture and thriving Welsh language",
          "Cymru \u00e2 diwylliant bywiog lle mae\u2019r Gymraeg yn ffynnu"),
         ("A globally responsible Wales", "Cymru sy\u2019n gyfrifol ar lefel fyd-eang")]

OBJECTIVES = [
    ("Safe, connected communities where people look out for each other",
     "Cymunedau diogel a chysylltiedig lle mae pobl yn gofalu am ei gilydd",
     "People told us that feeling safe, and knowing their neighbours, matters more to their well-being than almost "
     "anything else. Anti-social behaviour in Glyndarren town centre and in parts of the valley communities has "
     "risen since 2021, and one in five adults over 65 say they are often lonely.",
     ["Work with the Safer Glyndarren Partnership to tackle anti-social behaviour hot spots, using problem-solving "
      "with residents in each of the five valley communities.",
      "Make Glyndarren and Aberfai town centres safer at night, through the Safe Night Out scheme and better "
      "lighting and transport.",
      "Support community-led groups, from men\u2019s sheds to youth clubs, with small grants and volunteer support.",
      "Reduce loneliness among older people through community connectors in every GP cluster."],
     [2, 4, 5]),
    ("A fair start in life for every child and young person",
     "Dechrau teg mewn bywyd i bob plentyn a pherson ifanc",
     "Nearly a third of children in Glyndarren live in poverty, and children who experience four or more adverse "
     "childhood experiences are much more likely to have poor health, to leave school without qualifications and "
     "to come into contact with the criminal justice system.",
     ["Extend Flying Start and family support to every community with high levels of child poverty.",
      "Work with schools to reduce exclusions, and offer every excluded pupil a youth worker.",
      "Develop trauma-informed practice across all PSB partners, building on the ACE Hub Wales framework.",
      "Keep young people safe from exploitation through a joint panel with the youth justice service."],
     [0, 2, 3]),
    ("Living well with nature in a changing climate",
     "Byw\u2019n dda gyda natur mewn hinsawdd sy\u2019n newid",
     "Flooding in 2020 and 2024 affected more than 900 homes in the valley. Access to green space is unequal, and "
     "our most deprived communities are the most exposed to flooding, heat and air pollution.",
     ["Deliver a community flood resilience plan with every community at high risk.",
      "Increase tree cover in the most deprived neighbourhoods, working with Natural Resources Wales.",
      "Tackle fly-tipping and environmental crime together, with shared enforcement and community clean-ups.",
      "Reduce the carbon emissions of PSB partners\u2019 buildings and fleets by 30% by 2028."],
     [1, 6, 2]),
]


def footer(c, n):
    c.setStrokeColor(R.hexc(GREEN))
    c.setLineWidth(2)
    c.line(M, 42, W - M, 42)
    R.text(c, M, 28, "Cynllun Llesiant Glyndarren | Glyndarren Well-being Plan 2023\u20132028", size=8, color=GREY)
    R.text(c, W - M, 28, f"Tudalen {n} | Page {n}", size=8, color=GREY, anchor="right")


def cover(c):
    R.box(c, 0, 0, W, H, DEEP)
    R.box(c, 0, 0, W, 240, GREEN)
    R.text(c, M, H - 100, "Bwrdd Gwasanaethau Cyhoeddus Glyndarren", size=13, color="CFE8D8")
    R.text(c, M, H - 118, "Glyndarren Public Services Board", size=13, color="FFFFFF")
    R.text(c, M, H - 210, "Cynllun Llesiant", font="Sans-Bold", size=34, color="CFE8D8")
    R.text(c, M, H - 250, "Well-being Plan", font="Sans-Bold", size=34, color="FFFFFF")
    R.text(c, M, H - 290, "2023\u20132028", font="Sans-Bold", size=26, color=GOLD)
    R.para_at(c, "Cyngor Bwrdeistref Sirol Glyndarren \u2022 Bwrdd Iechyd Prifysgol Cwm Aderyn \u2022 Gwasanaeth T\u00e2n ac "
              "Achub \u2022 Cyfoeth Naturiol Cymru<br/>Glyndarren County Borough Council \u2022 Cwm Aderyn University Health "
              "Board \u2022 Fire and Rescue Service \u2022 Natural Resources Wales", M, 200, W - 2 * M, size=9.5,
              color="FFFFFF", leading=13)
    c.showPage()


def foreword(c):
    w = R.Writer(c, M, H - 60, W - 2 * M, bottom=60, accent=DEEP)
    w.heading("Foreword", size=22)
    w.para("This is the second well-being plan of the Glyndarren Public Services Board. It sets out how the public "
           "bodies in the county borough will work together, and with communities, to improve the economic, social, "
           "environmental and cultural well-being of Glyndarren now and for future generations.")
    w.para("Our plan is based on our assessment of local well-being, published in May 2022, and on conversations "
           "with more than 2,000 people, including children in every secondary school. It is deliberately focused. "
           "Rather than describing everything our organisations do, it concentrates on three well-being objectives "
           "where we can achieve more together than any of us could alone.")
    w.para("The last few years have been hard for many families in Glyndarren: the pandemic, the rising cost of "
           "living and two serious floods. But they have also shown the strength of our communities, and the "
           "difference that public services can make when they work together and listen.")
    w.para("<b>Councillor Eleri Prydderch</b>, Chair, Glyndarren Public Services Board")
    w.heading("About this plan", size=15, before=12)
    w.para("The plan covers 2023 to 2028. We will publish an annual report on our progress each year, and review our "
           "objectives after the next assessment of local well-being in 2027.")
    w.para("Mae\u2019r ddogfen hon hefyd ar gael yn Gymraeg. This document is also available in Welsh.", color=GREY)
    footer(c, 2)
    c.showPage()


def goals_page(c):
    w = R.Writer(c, M, H - 60, W - 2 * M, bottom=60, accent=DEEP)
    w.heading("The Well-being of Future Generations (Wales) Act 2015", size=18)
    w.para("The Act requires public bodies in Wales to think about the long-term impact of their decisions, to work "
           "better with people, communities and each other, and to prevent persistent problems such as poverty, "
           "health inequalities and climate change. It sets seven national well-being goals:", after=10)
    tw, th, gap = (W - 2 * M - 20) / 3, 70, 10
    for i, (en, cy) in enumerate(GOALS):
        x = M + (i % 3) * (tw + gap)
        y = w.y - (i // 3) * (th + gap)
        R.box(c, x, y - th, tw, th, PALE, stroke="9FCDB0", radius=6)
        R.para_at(c, f"<b>{en}</b>", x + 8, y - 8, tw - 16, size=10, color=DEEP)
        R.para_at(c, cy, x + 8, y - 42, tw - 16, size=8, color=GREY)
    w.y -= 3 * (th + gap) + 10
    w.heading("The five ways of working", size=15)
    w.bullets(["<b>Long term</b> \u2013 balancing short-term needs with the need to safeguard the future;",
               "<b>Prevention</b> \u2013 acting to prevent problems occurring or getting worse;",
               "<b>Integration</b> \u2013 considering how our objectives affect each other and other bodies\u2019 "
               "objectives;",
               "<b>Collaboration</b> \u2013 working with others to meet our objectives;",
               "<b>Involvement</b> \u2013 involving people with an interest, reflecting the diversity of the area."])
    footer(c, 3)
    c.showPage()


def assessment(c):
    w = R.Writer(c, M, H - 60, W - 2 * M, bottom=60, accent=DEEP)
    w.heading("What our assessment of local well-being told us", size=18)
    w.para("Our assessment brought together data and the views of residents on every aspect of well-being. The "
           "findings that most shaped this plan were:")
    w.bullets(["30% of children live in poverty, the fourth highest rate in Wales;",
               "healthy life expectancy is 7.9 years lower in the most deprived areas than in the least deprived;",
               "anti-social behaviour reports rose by 16% between 2021 and 2023, mostly in town centres;",
               "one in five people aged over 65 say they are often or always lonely;",
               "more than 900 homes were flooded in 2020 and 2024;",
               "19% of residents speak Welsh, and the number of children in Welsh-medium education is rising."])
    w.heading("What people told us", size=15, before=8)
    w.para("<i>\u201cI want to be able to walk through town in the evening without worrying.\u201d</i> \u2013 resident, "
           "Aberfai", color=DEEP)
    w.para("<i>\u201cThere\u2019s nothing for us to do after school except hang around.\u201d</i> \u2013 pupil, Year 9",
           color=DEEP)
    w.para("<i>\u201cWhen the river came up, it was the neighbours who got us out, not the council.\u201d</i> \u2013 "
           "resident, Cwm Isaf", color=DEEP)
    footer(c, 4)
    c.showPage()


def matrix(c):
    w = R.Writer(c, M, H - 60, W - 2 * M, bottom=60, accent=DEEP)
    w.heading("Our well-being objectives", size=20)
    w.para("The PSB has set three well-being objectives for 2023 to 2028. For each objective we have identified the "
           "steps we will take together. The table shows how each objective contributes to the seven national "
           "well-being goals.", after=10)
    short = ["Prosperous", "Resilient", "Healthier", "More equal", "Cohesive communities", "Culture and Welsh language",
             "Globally responsible"]
    data = [["Well-being objective"] + short]
    for i, (name, _, _, _, goals) in enumerate(OBJECTIVES, start=1):
        data.append([f"{i}. {name}"] + ["\u2714" if g in goals else "" for g in range(7)])
    cw = [170] + [(W - 2 * M - 170) / 7] * 7
    w.table(data, cw, head_bg=DEEP, size=8.5, zebra="F2F8F4",
            extra=[("ALIGN", (1, 1), (-1, -1), "CENTER"), ("FONTNAME", (1, 1), (-1, -1), "DejaVu")])
    w.para("The objectives are set out in turn on the following pages. Each step will have a lead organisation and an "
           "annual delivery plan.", size=9.5, color=GREY)
    footer(c, 5)
    c.showPage()


def objective(c, i, page):
    name, cy, why, steps, goals = OBJECTIVES[i]
    R.box(c, 0, H - 150, W, 150, GREEN)
    R.text(c, M, H - 50, f"AMCAN LLESIANT {i + 1}  \u00b7  WELL-BEING OBJECTIVE {i + 1}", font="Sans-Bold", size=9,
           color="CFE8D8")
    R.para_at(c, cy, M, H - 60, W - 2 * M, size=10, color="CFE8D8")
    R.para_at(c, f"<b>{name}</b>", M, H - 80, W - 2 * M, size=20, leading=24, color="FFFFFF")
    w = R.Writer(c, M, H - 172, W - 2 * M, bottom=60, accent=DEEP)
    w.heading("Why this is important", size=13)
    w.para(why)
    w.heading("Steps we will take", size=13, before=6)
    for j, s in enumerate(steps, start=1):
        w.para(f"<b>Step {i + 1}.{j}</b>&nbsp;&nbsp;{s}", after=5)
    w.heading("Contribution to the national well-being goals", size=13, before=6)
    x = M
    for g in goals:
        label = GOALS[g][0]
        tw = c.stringWidth(label, "Sans", 8.5) + 16
        R.box(c, x, w.y - 18, tw, 18, PALE, stroke="9FCDB0", radius=9)
        R.text(c, x + 8, w.y - 12.5, label, size=8.5, color=DEEP)
        x += tw + 6
    w.y -= 30
    w.heading("How we will know we are making a difference", size=13, before=6)
    w.para(["People who feel safe in their community after dark (National Survey for Wales); anti-social behaviour "
            "reports; people who feel they belong to their local area.",
            "Children living in poverty; school exclusions; first-time entrants to the youth justice system.",
            "Homes at high risk of flooding with a community flood plan; tree canopy cover; partners\u2019 "
            "emissions."][i])
    footer(c, page)
    c.showPage()


def delivery(c):
    w = R.Writer(c, M, H - 60, W - 2 * M, bottom=60, accent=DEEP)
    w.heading("How we will deliver the plan", size=20)
    w.para("The statutory members of the PSB are Glyndarren County Borough Council, Cwm Aderyn University Health "
           "Board, the Fire and Rescue Service and Natural Resources Wales. The police, the Police and Crime "
           "Commissioner, the Probation Service, the County Voluntary Council, the Welsh Government and the local "
           "college are invited participants.")
    w.heading("Community safety", size=15, before=8)
    w.para("The Safer Glyndarren Partnership, our community safety partnership, reports to the PSB. Its own "
           "priorities for 2023\u20132026 are:")
    w.bullets(["Reducing anti-social behaviour", "Tackling violence against women, domestic abuse and sexual violence",
               "Reducing harm from drugs and alcohol", "Preventing serious violence and exploitation"])
    w.para("Our first well-being objective is where the PSB adds value to that work: by involving all public "
           "services, not just the community safety partners, in making communities safe and connected.")
    w.heading("Reporting", size=15, before=8)
    w.para("We will publish an annual report each summer, and the Council\u2019s Corporate Overview and Scrutiny "
           "Committee will scrutinise the work of the PSB. The Future Generations Commissioner for Wales will be "
           "consulted on any changes to our objectives.")
    w.heading("Contact us | Cysylltwch \u00e2 ni", size=15, before=8)
    w.para("Glyndarren PSB, Civic Centre, Stryd y Bont, Glyndarren GD1 4AA \u2022 psb@glyndarren.gov.wales")
    footer(c, 9)
    c.showPage()


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    c = R.make_canvas(target, TITLE, "Glyndarren Public Services Board")
    cover(c)
    foreword(c)
    goals_page(c)
    assessment(c)
    matrix(c)
    for i in range(3):
        objective(c, i, 6 + i)
    delivery(c)
    c.save()
    return [target]
