"""Derbyshire Youth Justice Plan 2025-26: python-pptx deck -> LibreOffice (board presentation).

Layout: the priorities are stated once, on the deck's closing "Summary" slide (slide 12): four stacked
rounded bars, each with a round number badge on its left and the priority in bold on the bar.  The earlier
slides carry the Child First tenets, the YJB key performance indicators, the review of the 2024-25 priorities,
children's voices and the risks (distractors).
"""
from .deck import Deck, LEFT, S
from . import parts

OUT = "strategies/derbyshire_youth_justice_plan_2025-26.pdf"
NAVY, LIGHT, DARK, ACC = "#23395B", "#E6ECF5", "#101C2E", "#F2A541"
PRIS = ["Diverting children from the justice system at the earliest point",
        "Reducing reoffending by children",
        "Keeping children safe from exploitation and serious violence",
        "Improving children's access to education, training and employment"]


def build(root):
    d = Deck("Derbyshire Youth Justice Plan 2025-26", "Derbyshire Youth Justice Service  |  Management Board",
             accent=NAVY, font="DejaVu Sans", number_fmt="{n}")
    parts.title_slide(d, "Derbyshire Youth Justice Service", "Youth Justice Plan 2025–26",
                      "Presentation to the Youth Justice Management Board", DARK, ACC)
    parts.agenda(d, ["Child First", "Our performance", "Review of 2024–25", "What children told us",
                     "National key performance indicators", "Risks to delivery", "Resources", "Summary"], NAVY)
    s = d.slide()
    d.heading(s, "Child First")
    d.text(s, 0.6, 1.45, 12, 0.7, "The Youth Justice Board's Child First principle has four tenets:", size=17,
           color="#444444")
    for i, (t, sub) in enumerate([("As children", "Prioritise the best interests of children"),
                                  ("Building pro-social identity", "Promote children's strengths and capacities"),
                                  ("Collaborating with children", "Encourage active participation"),
                                  ("Diverting from stigma", "Promote a childhood removed from the justice system")]):
        d.shape(s, S.ROUNDED_RECTANGLE, 0.7 + i * 3.05, 2.4, 2.85, 2.8, fill=LIGHT, paras=[
            (t, {"bold": True, "size": 17, "color": NAVY}), (sub, {"size": 14, "color": "#333333"})], spacing=6)
    parts.tiles(d, "Our performance", [("212", "first-time entrants (down 9%)"), ("31%", "reoffending rate"),
                                       ("6", "custodial sentences"), ("74%", "children in suitable ETE at close"),
                                       ("48", "children at risk of exploitation"), ("390", "children diverted")],
                LIGHT, NAVY, note="All figures are illustrative.")
    s = d.slide()
    d.heading(s, "Review of 2024–25")
    d.table(s, 0.6, 1.45, 12.1, [["2024–25 priority", "What happened", "Rating"],
                                 ["Reduce first-time entrants", "Turnaround scheme embedded in all localities", "Green"],
                                 ["Reduce reoffending", "Rate steady; new desistance model piloted", "Amber"],
                                 ["Disproportionality", "Audit of out-of-court decisions completed", "Amber"],
                                 ["Serious youth violence", "Knife crime programme in Derby schools", "Green"]],
            [3.6, 6.7, 1.8], size=14, row_h=0.6)
    parts.quotes(d, "What children told us", [
        "My worker actually listened to me.", "I didn't know I could get help with college.",
        "The older lads made me hold stuff for them.", "Court was scary and I didn't understand it.",
        "Boxing kept me out of trouble.", "Let us help design the service."], LIGHT, DARK)
    s = d.slide()
    d.heading(s, "National key performance indicators")
    d.bullets(s, 0.6, 1.5, 12, 5, ["Suitable accommodation", "Education, training and employment",
                                    "Special educational needs and disabilities", "Mental health and emotional wellbeing",
                                    "Substance misuse", "Out-of-court disposals", "Links to wider services",
                                    "Management board attendance", "Serious violence", "Victims"], size=17,
              spacing=4)
    s = d.slide()
    d.heading(s, "Risks to delivery")
    d.table(s, 0.6, 1.45, 12.1, [["Risk", "Mitigation", "Owner"],
                                 ["Grant reduced in 2026", "Partner contributions reviewed", "Head of service"],
                                 ["Recruitment of case managers", "Career pathway and agency cover", "HR"],
                                 ["Court delays", "Liaison with the Youth Court", "Operations manager"]],
            [3.8, 5.8, 2.5], size=14, row_h=0.6)
    parts.pcp_slide(d, LIGHT, DARK, intro="The Police and Crime Commissioner funds part of the service. The "
                    "Police and Crime Plan 2025–2029 has six priorities:")
    s = d.slide()
    d.heading(s, "Resources")
    d.table(s, 0.6, 1.45, 12.1, [["Source", "2025–26 (illustrative)"], ["Youth Justice Board grant", "£1.42m"],
                                 ["Derbyshire County Council", "£2.10m"], ["Police and Crime Commissioner", "£0.31m"],
                                 ["Probation and health", "£0.27m"]], [7.0, 5.1], size=15, row_h=0.6)
    s = d.slide()
    d.heading(s, "Children's voices in delivery")
    d.bullets(s, 0.6, 1.5, 12, 5, ["Participation group meets monthly", "Children help recruit staff",
                                    "Feedback at the end of every order"], size=18)
    s = d.slide()
    d.heading(s, "Summary: our priorities for 2025–26")
    for i, t in enumerate(PRIS, start=1):
        y = 1.6 + (i - 1) * 1.25
        d.shape(s, S.ROUNDED_RECTANGLE, 1.5, y, 11.1, 1.0, fill=LIGHT, paras=t, size=20, bold=True, color=NAVY,
                align=LEFT, margin=0.55)
        d.shape(s, S.OVAL, 0.8, y - 0.05, 1.1, 1.1, fill=ACC, paras=str(i), size=24, bold=True, color=DARK)
    s = d.slide()
    d.heading(s, "Governance and sign-off")
    d.bullets(s, 0.6, 1.5, 7, 5, ["Youth Justice Management Board: quarterly", "Chair: Director of Children's "
                                   "Services", "Plan submitted to the Youth Justice Board", "youth.justice@derbyshire.example"],
              size=18)
    return d.to_pdf(root / OUT)
