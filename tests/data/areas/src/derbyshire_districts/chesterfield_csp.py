"""Chesterfield Community Safety Partnership Plan 2025-2028: a board paper (reportlab).

Layout: a committee report recommending the new plan.  Section 3 (page 5) embeds "Figure 1", a slide from the
consultation presentation (a grey mount around a 16:9 slide with a coloured strap), which lists the five
priorities as numbered lines.  It is the only statement of the priorities.
"""
from reportlab.platypus import Spacer

from .paper import Paper
from .slides_rl import SlideFlowable

OUT = "strategies/chesterfield_community_safety_partnership_plan_2025-28.pdf"
ACC, LIGHT = "#004F71", "#E1EEF4"
PRIS = ["Tackle anti-social behaviour in the town centre and neighbourhoods",
        "Reduce violence and disorder in the night-time economy",
        "Keep women and girls safe",
        "Disrupt drug dealing and county lines",
        "Cut shop theft and crime against local businesses"]
PCP = ["Visible neighbourhood policing that communities can rely on",
       "Tackling anti-social behaviour and neighbourhood crime",
       "Protecting women and girls from violence and abuse", "Preventing serious violence, drugs and exploitation",
       "Putting victims first", "A police service that is efficient, fair and trusted"]


def build(root):
    out = root / OUT
    pp = Paper("sans", ACC, LIGHT, "Chesterfield Community Safety Partnership Board – Item 4",
               "Chesterfield Community Safety Partnership Plan 2025–2028 · report for decision")
    cover = pp.cover([("Meeting", "Chesterfield Community Safety Partnership Board"), ("Date", "June 2025"),
                      ("Agenda item", "4"), ("Report of", "Community Safety Manager, Chesterfield Borough Council"),
                      ("Purpose", "For decision"), ("Status", "Public")],
                     "Community Safety Partnership Plan 2025–2028",
                     ["<b>Recommendations.</b> The board is asked to (a) approve the Community Safety Partnership "
                      "Plan 2025–2028 and the priorities in section 3; (b) agree the delivery plan in section 5; "
                      "(c) note the measures in section 6.",
                      "<i>This paper is a fictional re-creation for testing. All figures are illustrative.</i>"])
    sw = 400
    sections = [
        ("Background", [
            pp.p("The partnership's plan for 2022–2025 ends this year. Its priorities were:"),
            *pp.bullets(["Anti-social behaviour", "Night-time economy", "Drugs and alcohol",
                         "Business crime and shop theft"]),
            pp.p("An annual review in March found good progress on anti-social behaviour and business crime, and "
                 "mixed progress on the night-time economy, where women's safety was raised repeatedly."),
            pp.p("The Crime and Disorder Act 1998 requires the partnership to prepare a plan informed by a "
                 "strategic assessment and consultation. The Serious Violence Duty adds a duty to prevent and "
                 "reduce serious violence.")]),
        ("Consultation and key findings", [
            pp.p("The draft plan was consulted on between January and March 2025. 1,140 residents, 62 businesses "
                 "and 14 community groups responded (illustrative)."),
            pp.table([["Finding (illustrative)", "Figure"], ["Residents who see ASB as a problem", "56%"],
                      ["Women who feel unsafe in the town centre after dark", "48%"],
                      ["Retailers reporting theft weekly", "61%"],
                      ["Residents aware of drug dealing nearby", "37%"],
                      ["Violent incidents in the night-time economy, Friday and Saturday", "320 a year"]],
                     [330, 120]),
            Spacer(1, 8),
            pp.p("Responses were presented to the partnership at a workshop in April, using the consultation "
                 "presentation. Section 3 reproduces the slide that set out the priorities.")]),
        ("Proposed priorities", [
            pp.p("The partnership proposes five priorities for 2025–2028. They were presented to the workshop as "
                 "shown in Figure 1."),
            SlideFlowable({"title": "Our priorities for 2025–2028", "kicker": "Consultation presentation",
                           "numbered": PRIS, "bold_items": True, "body_size": 27, "title_size": 40,
                           "footer": "Chesterfield Community Safety Partnership", "n": 7},
                          sw, "sans", (ACC, LIGHT, "#1E1E1E"),
                          caption="Figure 1: slide 7 of the consultation presentation, April 2025"),
            Spacer(1, 10),
            pp.p("The priorities keep a strong focus on the town centre, where most crime and disorder happens, "
                 "and respond to what women and retailers told us."),
            pp.p("Hate crime and road safety were considered but are not recommended as priorities; both will be "
                 "monitored through the Joint Action Group.")]),
        ("Fit with the Police and Crime Plan and other strategies", [
            pp.p("The Police and Crime Commissioner's plan for 2025–2029 has six priorities:"),
            *pp.bullets(PCP),
            pp.p("County-wide strategies cover domestic abuse and sexual violence, serious violence, drugs, youth "
                 "justice and reducing reoffending. This plan does not repeat them, but supports their delivery "
                 "in Chesterfield.")]),
        ("Delivery plan", [
            pp.table([["Theme", "Action", "Lead", "By"],
                      ["ASB", "Town centre ASB hub and Community Protection Warnings", "Council and police", "Ongoing"],
                      ["ASB", "Youth outreach on estates in Staveley and Loundsley Green", "Council", "Mar 2026"],
                      ["Night-time economy", "Best Bar None and street marshals", "Council", "Sep 2025"],
                      ["Women's safety", "Ask for Angela; safe spaces; lighting audit", "Council", "Dec 2025"],
                      ["Drugs", "Closure orders and cuckooing visits", "Police", "Ongoing"],
                      ["Business crime", "Shopwatch radio scheme and retail crime forum", "BID and police",
                       "Mar 2026"]], [90, 220, 90, 50])]),
        ("Measures, implications and contacts", [
            pp.table([["Outcome", "Measure", "Baseline (illustrative)"],
                      ["Less ASB", "ASB incidents", "2,880"], ["Safer nights out", "Violent incidents, NTE", "320"],
                      ["Women feel safer", "Survey: feel safe after dark", "52%"],
                      ["Less dealing", "Closure orders", "9"], ["Less shop theft", "Recorded offences", "1,410"]],
                     [150, 170, 130]),
            Spacer(1, 8),
            pp.p("<b>Financial:</b> delivered within existing budgets and the Commissioner's community safety "
                 "grant (£96,000 a year, illustrative). <b>Legal:</b> meets section 6 of the Crime and Disorder Act "
                 "1998. <b>Equality:</b> an equality impact assessment is attached."),
            pp.p("<b>Contact:</b> Community Safety Manager, community.safety@chesterfield.example, "
                 "01246 000002 (illustrative).")]),
    ]
    return pp.build(out, "Chesterfield Community Safety Partnership Plan 2025-2028", cover, sections)
