"""Derbyshire Serious Violence Duty Strategy (refresh 2025-2028): a board paper (reportlab, condensed sans).

Layout: a partnership report on the annual refresh of the strategy.  Section 4 (page 6) embeds "Figure 3", a
slide from the refresh workshop: the four priorities as numbered horizontal bars (a dark number block on the
left of each light bar, the priority in bold).  It is the only statement of the priorities.
"""
from reportlab.platypus import Spacer

from .paper import Paper
from .slides_rl import SlideFlowable

OUT = "strategies/derbyshire_serious_violence_duty_strategy_2025-28.pdf"
ACC, LIGHT = "#3A3F8F", "#E6E7F5"
PRIS = ["Reducing knife crime and violence involving young people",
        "Tackling violence in the night-time economy",
        "Early intervention in schools and families to prevent violence",
        "Supporting victims of violence to recover"]


def build(root):
    out = root / OUT
    pp = Paper("cond", ACC, LIGHT, "Derbyshire Serious Violence Partnership · Strategic Board",
               "Serious Violence Duty Strategy: annual refresh 2025")
    cover = pp.cover([("Board", "Derbyshire Serious Violence Partnership Strategic Board"), ("Date", "September 2025"),
                      ("Item", "3"), ("Presented by", "Head of the Violence Reduction Unit (role)"),
                      ("For", "Approval")],
                     "Serious Violence Duty Strategy 2025–2028: annual refresh",
                     ["<b>Purpose.</b> To approve the refreshed strategy for Derby and Derbyshire, its priorities and "
                      "its intervention plan, following the updated strategic needs assessment.",
                      "<i>A fictional re-creation for testing. All figures are illustrative.</i>"])
    sections = [
        ("The Serious Violence Duty", [
            pp.p("The Police, Crime, Sentencing and Courts Act 2022 requires specified authorities to work "
                 "together to prevent and reduce serious violence: the police, councils, fire and rescue, "
                 "health (the Integrated Care Board), probation and youth offending teams. Education and prisons "
                 "are relevant authorities."),
            pp.p("Locally, serious violence means homicide, violence against the person causing injury, knife and "
                 "weapon offences, robbery, and domestic abuse-related serious violence."),
            pp.p("The partnership must publish a strategic needs assessment and a strategy, and review them "
                 "every year.")]),
        ("Strategic needs assessment: key findings", [
            pp.table([["Finding (illustrative)", "Figure"],
                      ["Knife and sharp object offences", "610, up 9%"],
                      ["Share of victims aged under 25", "41%"],
                      ["Violence in Derby city centre, Friday and Saturday nights", "28% of the total"],
                      ["Children excluded from school among young suspects", "1 in 3"],
                      ["Hospital admissions for assault with a sharp object", "74"]], [330, 120]),
            Spacer(1, 8),
            pp.p("The Home Office success measures are: hospital admissions for assault with a sharp object; "
                 "knife and sharp object enabled offences; and homicides, especially among victims aged under "
                 "25.")]),
        ("Review of year one", [
            pp.table([["2024 priority", "Progress", "Rating"],
                      ["Young people and knives", "Schools programme reached 9,000 pupils", "Green"],
                      ["Public places", "City centre marshals funded", "Green"],
                      ["Exploitation", "Transferred to the exploitation board", "Closed"],
                      ["Data sharing", "Agreement signed by all authorities", "Green"]], [150, 220, 80])]),
        ("Refreshed priorities", [
            pp.p("The refresh workshop in July agreed four priorities for 2025–2028, shown in Figure 3 as "
                 "presented on the day."),
            SlideFlowable({"title": "Our priorities from 2025", "kicker": "Serious Violence Partnership refresh",
                           "bars": PRIS, "bar_h": 78, "body_size": 24, "title_size": 38,
                           "footer": "Derbyshire Serious Violence Partnership", "n": 9},
                          400, "cond", (ACC, LIGHT, "#1E1E1E"),
                          caption="Figure 3: slide 9 of the refresh workshop presentation, July 2025"),
            Spacer(1, 10),
            pp.p("Exploitation and county lines are now led by the county exploitation board and the Combating "
                 "Drugs Partnership; this strategy links to them but does not duplicate them.")]),
        ("Intervention plan", [
            pp.table([["Theme", "Intervention", "Lead", "Funding"],
                      ["Knives", "Focused deterrence for under-25s in Derby", "Police", "Grant"],
                      ["Knives", "Knife crime education in all secondary schools", "Councils", "Grant"],
                      ["Night-time", "Street marshals and a safe haven in Derby", "Council", "PCC"],
                      ["Early intervention", "Mentors in schools with high exclusion rates", "Education",
                       "Grant"],
                      ["Victims", "Hospital navigators at Royal Derby Hospital", "ICB", "Grant"]],
                     [90, 220, 80, 60])]),
        ("Funding, measures and governance", [
            pp.table([["Measure", "Baseline (illustrative)", "Direction"],
                      ["Hospital admissions, assault with a sharp object", "74", "Down"],
                      ["Knife and sharp object offences", "610", "Down"],
                      ["Violent incidents, night-time economy", "1,150", "Down"], ["Victims supported", "480", "Up"]],
                     [230, 130, 90]),
            Spacer(1, 8),
            pp.p("Funding 2025–26 (illustrative): Home Office Duty grant £310,000; partner contributions £190,000."),
            pp.p("Governance: the Strategic Board reports to the Police and Crime Commissioner, who is the "
                 "convener. Contact: serious.violence@derbyshire.example.")]),
    ]
    return pp.build(out, "Derbyshire Serious Violence Duty Strategy 2025-2028", cover, sections)
