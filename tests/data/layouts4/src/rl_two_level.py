"""strategic_and_local_priorities.pdf: the Brackwater Community Safety Partnership Plan 2025-2028 (reportlab).

Two levels, both called "priorities": three short STRATEGIC PRIORITIES ("Safer places", "Safer people",
"Stronger, more confident communities"), each with three "Local priority 1a ..." boxes under it. Page 2 says
that "our priorities" in this plan means the three strategic priorities, and that the local priorities are reviewed
every year by the district groups, so gold is the three strategic priorities on their own pages (4, 5, 6). The
hierarchy diagram on page 3 repeats every name at both levels; the measures table on page 8 uses the local ones.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import rl_kit as R

NAME = "strategic_and_local_priorities"
TITLE = "Brackwater Community Safety Partnership Plan 2025\u20132028"
W, H = A4
M = 50
NAVY, GREEN, LIGHT, GREY = "183B56", "3C8D2F", "EAF3E6", "5A5A5A"

STRATEGIC = [
    ("Safer places", "Brackwater\u2019s town centres, villages and roads should be places where people can go "
     "about their lives without fear of crime or nuisance.",
     [("1a", "Town centre anti-social behaviour in Brackwater and Dunmere",
       "Street drinking, begging linked to drug use, and groups causing nuisance in the evenings.",
       "Brackwater District Council"),
      ("1b", "Shop theft and business crime",
       "Repeat theft from small shops in Dunmere and Holt Cross, and abuse of shop workers.",
       "Aldermoor Police"),
      ("1c", "Nuisance vehicles and anti-social driving",
       "Off-road bikes on the Moor Lane estate and car meets at Kestrel Way retail park.",
       "Aldermoor Police and the Road Safety Partnership")]),
    ("Safer people", "Some people are much more likely to be harmed than others. We will find them earlier and "
     "make sure partners respond together.",
     [("2a", "Domestic abuse, including in rural areas",
       "Victims in villages can be isolated from services and slow to seek help.",
       "Brackwater Domestic Abuse Forum"),
      ("2b", "Exploitation of children and county lines",
       "Children from Brackwater are being used to carry drugs to coastal towns.",
       "Aldermoor County Council Children\u2019s Services"),
      ("2c", "Fraud and scams targeting older people",
       "Doorstep crime and telephone fraud cost Brackwater residents over \u00a31.1 million last year.",
       "Aldermoor Trading Standards")]),
    ("Stronger, more confident communities", "People who feel part of their community are more likely to report "
     "problems and to look out for each other.",
     [("3a", "Hate crime and community tensions",
       "Reported hate crime has risen by 24%, much of it racially or religiously aggravated.",
       "Brackwater District Council"),
      ("3b", "Preventing radicalisation",
       "Supporting people vulnerable to being drawn into extremism, online and offline.",
       "Prevent Partnership Group"),
      ("3c", "Rural, farm and wildlife crime",
       "Theft of machinery and fuel, hare coursing and fly-tipping on farmland.",
       "Aldermoor Police Rural Crime Team")]),
]


ACTIONS = {
    "1a": "run evening outreach with the street pastors, and use community protection warnings where support is refused",
    "1b": "set up a Shopwatch radio scheme in Dunmere and offer free security surveys to independent shops",
    "1c": "use section 59 warnings and seizures, and work with the retail park owner on barriers and CCTV",
    "2a": "train parish clerks, vets and farm advisers to spot abuse, and run a rural outreach surgery each month",
    "2b": "hold a weekly exploitation panel and disrupt the routes used to move children to the coast",
    "2c": "fit call blockers for vulnerable residents and run scam awareness sessions in every village hall",
    "3a": "recruit six more third-party reporting centres and support victims through the hate crime caseworker",
    "3b": "train frontline staff and make sure every referral is discussed at Channel within four weeks",
    "3c": "expand Farm Watch and use automatic number plate recognition on the main rural routes",
}


def footer(c, n):
    R.text(c, M, 28, TITLE, size=8, color=GREY)
    R.text(c, W - M, 28, str(n), size=8, color=GREY, anchor="right")
    c.setStrokeColor(R.hexc("BBBBBB"))
    c.line(M, 40, W - M, 40)


def cover(c):
    R.box(c, 0, 0, W, H, NAVY)
    R.box(c, 0, H * 0.38, W, 8, GREEN)
    R.text(c, M, H - 120, "Brackwater", font="Sans-Bold", size=40, color="FFFFFF")
    R.text(c, M, H - 160, "Community Safety Partnership", font="Sans", size=24, color="FFFFFF")
    R.text(c, M, H - 230, "Partnership Plan 2025\u20132028", font="Sans-Bold", size=22, color="A9D99B")
    R.text(c, M, H * 0.38 - 40, "Safe places. Safe people. Strong communities.", size=14, color="FFFFFF")
    R.para_at(c, "Brackwater District Council \u2022 Aldermoor Police \u2022 Aldermoor Fire and Rescue Service \u2022 "
              "Probation Service \u2022 Aldermoor Integrated Care Board \u2022 Aldermoor County Council",
              M, 110, W - 2 * M, size=9, color="D0DCE6")
    c.showPage()


def intro(c):
    w = R.Writer(c, M, H - 60, W - 2 * M, bottom=60, accent=NAVY)
    w.heading("Introduction", size=22)
    w.para("Brackwater is a largely rural district of 118,000 people, with two market towns, Brackwater and Dunmere, "
           "and more than forty villages. Crime is low compared with the rest of Aldermoor, and most residents tell "
           "us they feel safe. But the problems we do have matter a great deal to the people affected by them: a "
           "shopkeeper who is threatened every week, an older man who loses his savings to a telephone scam, a "
           "teenager who is groomed to carry drugs to the coast.")
    w.para("This plan sets out what the Brackwater Community Safety Partnership will focus on over the next three "
           "years. It is based on our 2025 strategic assessment and on the views of 640 residents who took part in "
           "our community safety survey.")
    w.heading("How this plan is organised", size=15, before=10)
    w.para("The plan has two levels.")
    w.bullets(["<b>Three strategic priorities.</b> These are the partnership\u2019s priorities for the whole three "
               "years. When we talk about \u201cour priorities\u201d in this plan, we mean these three. They were "
               "agreed by the partnership board in June 2025 and will not change during the life of the plan.",
               "<b>Local priorities.</b> Under each strategic priority sit three local priorities: the specific "
               "problems in Brackwater\u2019s towns and villages that our two district delivery groups will work on. "
               "Local priorities are reviewed every year when the strategic assessment is refreshed, and may change."])
    w.para("Each local priority has a lead partner and measures of success (page 8). The delivery groups report to the "
           "partnership board every quarter.", after=10)
    w.heading("Our vision", size=15, before=6)
    w.para("<i>A district where everyone can live, work and grow up safely, and where communities look out for each "
           "other.</i>", size=12, color=NAVY)
    w.heading("A message from the chair", size=15, before=10)
    w.para("I am proud of what partners in Brackwater have achieved together, often with very small budgets. This plan "
           "is deliberately focused: three strategic priorities, and a short list of local problems under each, "
           "so that we can concentrate our effort where it will make the most difference. I would like to thank "
           "everyone who took part in our survey, and the many volunteers, from Neighbourhood Watch to the Dunmere "
           "street pastors, who do so much to keep our communities safe.")
    w.para("<b>Councillor Martin Oakes</b>, Chair, Brackwater Community Safety Partnership")
    footer(c, 2)
    c.showPage()


def diagram(c):
    R.text(c, M, H - 80, "Our plan on a page", font="Sans-Bold", size=22, color=NAVY)
    R.box(c, M, H - 150, W - 2 * M, 44, NAVY, radius=6)
    R.para_at(c, "<b>Vision:</b> a district where everyone can live, work and grow up safely, and where communities "
              "look out for each other", M + 12, H - 114, W - 2 * M - 24, size=10.5, color="FFFFFF")
    colw = (W - 2 * M - 20) / 3
    for i, (name, _, locals_) in enumerate(STRATEGIC):
        x = M + i * (colw + 10)
        R.arrow(c, x + colw / 2, H - 152, x + colw / 2, H - 180, color=GREEN)
        R.box(c, x, H - 240, colw, 58, GREEN, radius=6)
        R.text(c, x + 8, H - 196, f"STRATEGIC PRIORITY {i + 1}", font="Sans-Bold", size=7.5, color="E3F1DF")
        R.para_at(c, f"<b>{name}</b>", x + 8, H - 202, colw - 16, size=11, color="FFFFFF")
        y = H - 262
        for code, lname, _, _ in locals_:
            R.box(c, x, y - 62, colw, 62, LIGHT, stroke="9CC78F", radius=4)
            R.text(c, x + 8, y - 14, f"Local priority {code}", font="Sans-Bold", size=7.5, color=GREEN)
            R.para_at(c, lname, x + 8, y - 20, colw - 16, size=9, color="222222")
            y -= 72
    R.box(c, M, 120, W - 2 * M, 60, "F3F3F3", radius=4)
    R.para_at(c, "<b>How we work:</b> problem-solving with communities \u2022 sharing information safely \u2022 "
              "prevention and early help \u2022 fair and firm enforcement", M + 12, 168, W - 2 * M - 24, size=10)
    R.para_at(c, "The three strategic priorities are explained on pages 4 to 6, with the local priorities under each.",
              M, 100, W - 2 * M, size=9, color=GREY)
    footer(c, 3)
    c.showPage()


def priority_page(c, n, name, why, locals_, page):
    R.box(c, 0, H - 170, W, 170, NAVY)
    R.text(c, M, H - 62, f"STRATEGIC PRIORITY {n}", font="Sans-Bold", size=11, color="A9D99B", char_space=1)
    R.text(c, M, H - 100, name, font="Sans-Bold", size=30 if len(name) < 24 else 24, color="FFFFFF")
    R.para_at(c, why, M, H - 118, W - 2 * M, size=11, color="E0E8EF")
    w = R.Writer(c, M, H - 195, W - 2 * M, bottom=60, accent=NAVY)
    w.para("Under this strategic priority our district delivery groups will focus on three local priorities in "
           "2025/26:", size=10.5, after=12)
    for code, lname, detail, lead in locals_:
        top = w.y
        R.box(c, M, top - 118, W - 2 * M, 118, LIGHT, stroke="9CC78F", radius=5)
        R.text(c, M + 12, top - 18, f"Local priority {code}", font="Sans-Bold", size=9, color=GREEN)
        h = R.para_at(c, f"<b>{lname}</b>", M + 12, top - 24, W - 2 * M - 24, size=13, color=NAVY, leading=16)
        h2 = R.para_at(c, detail, M + 12, top - 30 - h, W - 2 * M - 24, size=10)
        h3 = R.para_at(c, f"<b>We will</b> {ACTIONS[code]}.", M + 12, top - 34 - h - h2, W - 2 * M - 24, size=10)
        R.para_at(c, f"<b>Lead partner:</b> {lead}", M + 12, top - 40 - h - h2 - h3, W - 2 * M - 24, size=9.5,
                  color=GREY)
        w.y = top - 130
    w.para("<b>What we will do.</b> Each delivery group agrees a problem-solving plan for its local priorities "
           "with the people affected, and reports progress to the board every quarter.", size=9.5, color=GREY)
    footer(c, page)
    c.showPage()


def governance(c):
    w = R.Writer(c, M, H - 60, W - 2 * M, bottom=60, accent=NAVY)
    w.heading("Who is involved", size=20)
    w.para("The partnership board is made up of the five responsible authorities under the Crime and Disorder Act "
           "1998, with the County Council, the Police and Crime Commissioner\u2019s office, housing associations and "
           "the voluntary sector as co-opted members. It meets quarterly and is chaired by the District Council\u2019s "
           "portfolio holder for communities.")
    w.table([["Group", "Chair", "Meets"],
             ["Partnership board", "Brackwater District Council", "Quarterly"],
             ["Brackwater and Holt Cross delivery group", "Aldermoor Police (inspector)", "Monthly"],
             ["Dunmere and villages delivery group", "Brackwater District Council", "Monthly"],
             ["Community MARAC (anti-social behaviour)", "Community Safety Officer", "Monthly"]],
            [200, 200, 95], head_bg=NAVY, zebra="F2F5F8")
    w.heading("Links to other plans", size=15, before=8)
    w.para("The Aldermoor Police and Crime Plan 2025\u20132029 sets four priorities for the county:")
    w.bullets(["Neighbourhood policing that residents can see and trust", "Protecting women and girls",
               "Cutting violence and knife crime", "Putting victims first"])
    w.para("Brackwater District Council\u2019s Corporate Plan 2024\u20132028 has three priorities: thriving towns "
           "and villages; a healthy and safe district; and responding to the climate emergency.")
    w.para("The county-wide Domestic Abuse Strategy, the Aldermoor Serious Violence Strategy and the Aldermoor "
           "Combating Drugs Partnership plan also apply in Brackwater. We do not repeat their actions here, but our "
           "local priorities 2a and 2b are how we contribute to them locally.")
    w.heading("Funding", size=15, before=8)
    w.para("The partnership has no budget of its own beyond a Community Safety Fund grant of \u00a338,000 from the "
           "Police and Crime Commissioner. Partners contribute staff time and use their own budgets for the actions "
           "they lead.")
    footer(c, 7)
    c.showPage()


def measures(c):
    w = R.Writer(c, M, H - 60, W - 2 * M, bottom=60, accent=NAVY)
    w.heading("Measuring success", size=20)
    w.para("We will report these measures to the board every quarter and publish them once a year.", after=10)
    rows = [["Local priority", "Measure", "2024/25 baseline"],
            ["1a Town centre ASB", "ASB incidents in Brackwater and Dunmere town centres", "1,204"],
            ["1b Shop theft", "Shop theft offences; repeat victim businesses", "688; 41"],
            ["1c Nuisance vehicles", "Reports of off-road bikes and car meets", "312"],
            ["2a Domestic abuse", "Referrals to outreach from rural postcodes", "96"],
            ["2b Exploitation", "Children open to the exploitation panel with reduced risk after 6 months", "New"],
            ["2c Fraud and scams", "Residents reached by scam awareness sessions; call blockers fitted", "1,150; 84"],
            ["3a Hate crime", "Hate crimes and incidents reported; third-party reports", "187; 23"],
            ["3b Radicalisation", "Prevent training completed by frontline staff", "410"],
            ["3c Rural crime", "Farm machinery and fuel thefts", "57"]]
    w.table(rows, [130, 270, 95], head_bg=NAVY, zebra="F2F5F8", size=9)
    w.heading("Residents\u2019 survey 2025", size=15, before=8)
    w.bullets(["84% feel safe in their local area during the day; 61% after dark",
               "the top three concerns were speeding (47%), anti-social behaviour (31%) and fly-tipping (29%)",
               "only 38% knew how to report anti-social behaviour to the Council"])
    footer(c, 8)
    c.showPage()


def back(c):
    R.box(c, 0, 0, W, H, NAVY)
    R.text(c, M, H - 120, "Contact us", font="Sans-Bold", size=22, color="FFFFFF")
    R.para_at(c, "Community Safety Team, Brackwater District Council, Council Offices, Station Road, Brackwater "
              "BW4 7DQ<br/>community.safety@brackwater.gov.uk \u2022 01632 962 310", M, H - 140, W - 2 * M, size=11,
              color="FFFFFF", leading=16)
    R.para_at(c, "In an emergency call 999. To report a crime call 101. To report anti-social behaviour to the "
              "Council visit brackwater.gov.uk/asb.", M, H - 210, W - 2 * M, size=11, color="FFFFFF", leading=16)
    R.text(c, W - M, 28, "9", size=8, color="D0DCE6", anchor="right")
    c.showPage()


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    c = R.make_canvas(target, TITLE, "Brackwater Community Safety Partnership")
    cover(c)
    intro(c)
    diagram(c)
    for i, (name, why, locals_) in enumerate(STRATEGIC, start=1):
        priority_page(c, i, name, why, locals_, 3 + i)
    governance(c)
    measures(c)
    back(c)
    c.save()
    return [target]
