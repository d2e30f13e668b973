"""Derby and Derbyshire Domestic Abuse and Sexual Violence Strategy 2025-2028: a board paper (reportlab, serif).

Layout: a partnership board report seeking sign-off of the strategy.  Section 4 (page 6) embeds "Figure 2", a
slide from the strategy's launch presentation, which shows the four priorities as a 2 x 2 grid of rounded tiles
(one dark, three light), in bold.  It is the only statement of the priorities.
"""
from reportlab.platypus import Spacer

from .paper import Paper
from .slides_rl import SlideFlowable

OUT = "strategies/derby_and_derbyshire_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf"
ACC, LIGHT = "#6A1B4D", "#F3E3EC"
PRIS = ["Preventing domestic abuse and sexual violence before it starts",
        "Safe accommodation and support for every victim-survivor",
        "Holding perpetrators to account and changing their behaviour",
        "Children and young people affected by domestic abuse"]


def build(root):
    out = root / OUT
    pp = Paper("serif", ACC, LIGHT, "Derby and Derbyshire Domestic Abuse and Sexual Violence Partnership Board",
               "Agenda item 6 · Domestic Abuse and Sexual Violence Strategy 2025–2028")
    cover = pp.cover([("Board", "Derby and Derbyshire Domestic Abuse and Sexual Violence Partnership Board"),
                      ("Meeting", "July 2025"), ("Agenda item", "6"),
                      ("Author", "Domestic Abuse and Sexual Violence Strategic Lead (on behalf of Derby City "
                                 "Council and Derbyshire County Council)"),
                      ("Decision sought", "Sign-off of the strategy for publication")],
                     "Domestic Abuse and Sexual Violence Strategy 2025–2028: final draft",
                     ["<b>Summary.</b> The strategy replaces the 2022–2025 strategy. It was developed with "
                      "survivors, specialist services and the six statutory partners, and meets the Domestic Abuse "
                      "Act 2021 duty to publish a safe accommodation strategy.",
                      "<i>A fictional re-creation for testing. All figures are illustrative.</i>"])
    sections = [
        ("Purpose and background", [
            pp.p("This paper asks the board to sign off the strategy and its delivery plan. The previous strategy "
                 "(2022–2025) had four priorities:"),
            *pp.bullets(["Prevention and early help", "Support for victims and their children",
                         "Pursuing perpetrators", "A strong, joined-up partnership"]),
            pp.p("An evaluation found better access to support but long waits for refuge places and little "
                 "work with perpetrators outside the criminal justice system.")]),
        ("Needs assessment: key findings", [
            pp.table([["Finding (illustrative)", "Figure"],
                      ["Domestic abuse incidents recorded by police, Derby and Derbyshire", "31,400"],
                      ["Households refused refuge for lack of space", "212"],
                      ["Children living in households referred to MARAC", "2,900"],
                      ["Sexual offences reported", "3,850"],
                      ["Perpetrators on a behaviour change programme", "140"]], [330, 120]),
            Spacer(1, 8),
            pp.p("Part 4 of the Domestic Abuse Act 2021 places a duty on the county and city councils to assess "
                 "the need for support in safe accommodation and to publish a strategy to meet it.")]),
        ("National and local framework", [
            pp.p("The national Tackling Domestic Abuse Plan (2022) has four pillars:"),
            *pp.bullets(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
                         "A stronger system"]),
            pp.p("The Tackling Violence Against Women and Girls Strategy (2021) and the Police and Crime Plan "
                 "2025–2029 also shape this strategy. The Commissioner's priority \"Protecting women and girls "
                 "from violence and abuse\" includes domestic abuse, rape, stalking and perpetrators."),
            pp.p("Our principles: survivor-led; trauma-informed; inclusive of all victims, including men and "
                 "LGBT+ people; and accountable.")]),
        ("The strategy's priorities", [
            pp.p("Figure 2 is the slide used at the strategy's launch with survivors and partners in May. It sets "
                 "out the four priorities the board is asked to agree."),
            SlideFlowable({"title": "Four priorities for 2025–2028", "kicker": "Domestic Abuse and Sexual Violence "
                           "Strategy", "tiles": PRIS, "tile_h": 120, "body_size": 25, "title_size": 38,
                           "footer": "Derby and Derbyshire DASV Partnership", "n": 5},
                          400, "serif", (ACC, LIGHT, "#222222"),
                          caption="Figure 2: slide 5 of the launch presentation, May 2025"),
            Spacer(1, 10),
            pp.p("Each priority has a lead group and a delivery plan (section 5). Sexual violence runs through "
                 "all four.")]),
        ("Delivery plan", [
            pp.table([["Theme", "Action", "Lead", "By"],
                      ["Prevention", "Healthy relationships education in schools", "Public health", "Jul 2026"],
                      ["Safe accommodation", "Twelve more refuge spaces; dispersed units", "Councils", "Mar 2026"],
                      ["Victim-survivor support", "IDVA and ISVA capacity reviewed", "PCC", "Dec 2025"],
                      ["Perpetrators", "Community behaviour change programme", "PCC and probation", "Apr 2026"],
                      ["Children", "Operation Encompass in every school", "Police and schools", "Sep 2025"],
                      ["Workforce", "Domestic abuse training for GPs", "ICB", "Mar 2026"]], [100, 210, 90, 50])]),
        ("Outcomes, governance and recommendations", [
            pp.table([["Outcome", "Measure", "Baseline (illustrative)"],
                      ["Fewer repeat victims", "MARAC repeat rate", "32%"],
                      ["No one turned away", "Refused refuge", "212"],
                      ["Perpetrators change", "Programme completions", "90"],
                      ["Children safer", "Encompass notifications", "5,100"]], [150, 170, 130]),
            Spacer(1, 8),
            pp.p("Governance: the board reports to the Safer Derbyshire board and Derby's Community Safety "
                 "Partnership, and to both Health and Wellbeing Boards."),
            pp.p("<b>Recommendation:</b> the board signs off the strategy and the delivery plan for publication. "
                 "<b>Contact:</b> dasv.partnership@derbyshire.example, 01629 000000 (illustrative).")]),
    ]
    return pp.build(out, "Derby and Derbyshire Domestic Abuse and Sexual Violence Strategy 2025-2028", cover,
                    sections)
