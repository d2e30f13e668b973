"""Safer Leeds Partnership Plan 2024-25: Word report (python-docx + LibreOffice).

The eight priorities are the rows of one table, "Priority crime type | West
Yorkshire ranking | Lead" (p6).  The delivery page uses short labels, and the
"Our approach" bullets, the strategic assessment findings, the action plan,
the governance bullets and the partner list are distractors.
"""
from pathlib import Path

from docx_kit import *  # noqa: F401,F403
from docx_kit import bullets, contents, header_footer, heading, new_doc, para, table

from west_yorkshire.report import back_page, build_docx, cover, stat_table

FILE = "strategies/safer_leeds_partnership_plan_2024-25.pdf"
TITLE = "Safer Leeds Partnership Plan 2024–25"
GREEN, LIME, GREY = "00594F", "3E8E41", "404040"

PRIORITIES = [
    ("Domestic violence and abuse", "Highest volume of the five districts", "Leeds Domestic Violence and Abuse Board"),
    ("Serious violence and knife crime", "2nd highest rate per 1,000 residents", "Leeds Violence Reduction Group"),
    ("Anti-social behaviour", "3rd highest rate per 1,000 residents", "Leeds Anti-Social Behaviour Team"),
    ("Burglary and vehicle crime", "Highest rate per 1,000 households", "West Yorkshire Police, Leeds District"),
    ("Hate crime", "2nd highest rate per 1,000 residents", "Stronger Communities Team"),
    ("Child sexual and criminal exploitation", "2nd highest rate of referrals", "Leeds Safeguarding Children Partnership"),
    ("Drug dealing and supply", "Highest volume of the five districts", "Leeds Combating Drugs Partnership"),
    ("Road safety and dangerous driving", "3rd highest casualty rate", "Leeds Safer Roads Partnership"),
]

DELIVERY = [
    ("DVA", "Front Door Safeguarding Hub triage of every police-attended incident; domestic violence champions in "
            "GP practices; expansion of the Leeds perpetrator programme."),
    ("Violence", "Navigators in the Leeds General Infirmary emergency department; weapons sweeps and knife arches at "
                 "city centre events; work with schools on the risks of carrying a knife."),
    ("ASB", "Joint tasking of police and council officers in each ward; a single ASB Case Review process; early "
            "warning letters and acceptable behaviour contracts for young people."),
    ("Neighbourhood crime", "Target hardening for repeat burglary victims; vehicle crime patrols in hotspot "
                            "car parks; Safer Streets improvements to lighting and alleyway gates."),
    ("Hate", "Third-party reporting centres in libraries and community hubs; a rapid response to community tensions "
             "after national events."),
    ("Exploitation", "A single multi-agency exploitation panel; training for taxi drivers and hotel staff; return "
                     "home interviews for every child who goes missing."),
    ("Drugs", "Intelligence-led disruption of dealing in local centres; closure orders for properties used to deal "
              "drugs; a referral route into treatment for people arrested."),
    ("Roads", "Community Speedwatch in residential streets; average speed cameras on main routes; action against "
              "off-road bikes."),
]

ACTIONS = [
    ["Area", "Action", "Lead", "By"],
    ["DVA", "Extend domestic violence champions to 40 more GP practices", "Public Health", "Dec 2024"],
    ["DVA", "Recommission the perpetrator programme", "Safer Leeds", "Mar 2025"],
    ["Violence", "Second emergency department navigator", "VRP / NHS", "Sep 2024"],
    ["ASB", "Single ASB Case Review process for all tenures", "Safer Leeds", "Jul 2024"],
    ["Neighbourhood crime", "Safer Streets scheme in two wards", "Council / Police", "Mar 2025"],
    ["Hate", "Ten new third-party reporting centres", "Stronger Communities", "Jan 2025"],
    ["Exploitation", "Adult exploitation pathway", "Adult Social Care", "Mar 2025"],
    ["Drugs", "Arrest referral into treatment", "Forward Leeds / Police", "Oct 2024"],
    ["Roads", "Average speed cameras on two routes", "Highways", "Mar 2025"],
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, heading_font="Liberation Serif", colours=(GREEN, LIME, GREY),
                title=TITLE, author="Safer Leeds")
    header_footer(d, "Safer Leeds", "Partnership Plan 2024–25", footer_fmt="Page {PAGE}", rule_colour=LIME)
    cover(d, "SAFER LEEDS", ["Partnership Plan", "2024–25"], "Leeds community safety partnership", "April 2024",
          GREEN, sub_colour="DCEFD9",
          footer="Leeds City Council • West Yorkshire Police • West Yorkshire Fire and Rescue Service • Probation "
                 "Service • NHS West Yorkshire Integrated Care Board")
    para(d, "Contents", bold=True, size=22, colour=GREEN, space_after=14)
    entries = [("Foreword", "fw", 0), ("About Safer Leeds", "about", 0), ("Crime in Leeds", "crime", 0),
               ("Our priorities for 2024–25", "pri", 0)]
    entries += [(p[0], "pri", 1) for p in PRIORITIES]
    entries += [("How we will deliver", "del", 0), ("Action plan 2024–25", "act", 0),
                ("Governance and partners", "gov", 0)]
    contents(d, entries, pages, leader=True)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Leeds is a growing, diverse and ambitious city, and most people who live, work and study here feel safe. But "
        "crime and anti-social behaviour still cause real harm, and they fall hardest on the communities that already "
        "face the greatest disadvantage.",
        "Safer Leeds is the city's community safety partnership. This plan sets out where the partnership will focus "
        "in 2024–25. It is based on our annual strategic assessment, which compares Leeds with the other four West "
        "Yorkshire districts, and on what residents told us through the Leeds Community Safety Survey.",
        "The plan supports the Mayor of West Yorkshire's Police and Crime Plan and the West Yorkshire strategies on "
        "serious violence and on the safety of women and girls. Where those strategies already set out what will be "
        "done, we have not repeated it here.",
        "We will report on progress to the council's scrutiny board and publish an update in the spring."]:
        para(d, t)
    para(d, "Chair, Safer Leeds Executive", bold=True)
    heading(d, "About Safer Leeds", 1, page_break=True)
    para(d, "The Crime and Disorder Act 1998 requires the council, the police, the fire and rescue service, the "
            "Probation Service and the integrated care board to work together to reduce crime and disorder, substance "
            "misuse and reoffending. Since 2023 the partnership also has duties under the Serious Violence Duty.")
    heading(d, "Our approach", 2)
    bullets(d, ["Locality working: problems are solved in the neighbourhoods where they happen.",
                "Early help: we intervene before problems escalate, especially with children and families.",
                "Victims first: every victim is listened to and offered support.",
                "Evidence-led: we focus on the places, people and problems causing most harm."], bold_lead=True)
    heading(d, "How the partnership is organised", 2)
    para(d, "The Safer Leeds Executive sets the direction and meets every quarter. Delivery is led by thematic boards "
            "and by three locality partnerships covering East North East, South South East and West North West Leeds.")
    heading(d, "Crime in Leeds", 1, page_break=True)
    para(d, "The figures below are drawn from the 2023 strategic assessment. They are rounded and illustrative.")
    stat_table(d, [("820,000", "residents"), ("96,000", "crimes recorded in 2023"),
                   ("19,000", "domestic abuse incidents"), ("1 in 8", "crimes are anti-social behaviour"),
                   ("640", "knife crime offences"), ("+9%", "hate crimes reported"),
                   ("3,900", "burglaries"), ("310", "killed or seriously injured on roads")],
               [GREEN, LIME, "1F6F8B", "6B4E9B"])
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="595959")
    heading(d, "What the strategic assessment found", 2)
    bullets(d, ["Demand is concentrated in the city centre and in inner-city wards to the east and south.",
                "Domestic abuse is under-reported, particularly by older people and men.",
                "Young people are over-represented both as victims and as perpetrators of knife crime.",
                "Drug markets drive much of the violence and anti-social behaviour in local centres.",
                "Residents' top concerns are speeding, anti-social behaviour and drug dealing."])
    heading(d, "Our priorities for 2024–25", 1, page_break=True)
    para(d, "The partnership has chosen eight priority crime types for 2024–25. The ranking column shows where Leeds "
            "stands among the five West Yorkshire districts, where first is the highest volume or rate.")
    table(d, [["Priority crime type", "West Yorkshire ranking", "Lead"]] + [list(p) for p in PRIORITIES],
          [6.2, 5.2, 5.0], head_fill=GREEN, band="E6F1E8", size=9.5, bold_first_col=True)
    para(d, "")
    para(d, "Rankings are illustrative and compare rates across Bradford, Calderdale, Kirklees, Leeds and Wakefield.",
         italic=True, size=8.5, colour="595959")
    para(d, "Each priority has a lead board or team that agrees an annual delivery plan. The partnership's wider "
            "statutory duties, including reducing reoffending and substance misuse, are delivered through the Leeds "
            "Reducing Reoffending Board and the Leeds Combating Drugs Partnership.")
    heading(d, "How we will deliver", 1, page_break=True)
    para(d, "For each priority the lead board will deliver the activity below during 2024–25.")
    for label, text in DELIVERY:
        p = para(d, label + ": ", bold=True, space_after=5)
        p.runs[0].font.color.rgb = RGBColor.from_string(LIME)
        p.add_run(text)
    heading(d, "Action plan 2024–25", 1, page_break=True)
    table(d, ACTIONS, [3.4, 7.4, 3.4, 2.2], head_fill=GREEN, band="E6F1E8", size=9)
    para(d, "")
    para(d, "The action plan is refreshed after each strategic assessment.", italic=True, size=9)
    heading(d, "Governance and partners", 1, page_break=True)
    para(d, "The Safer Leeds Executive is accountable for this plan. It reports to:")
    bullets(d, ["Leeds City Council's Environment, Housing and Communities Scrutiny Board",
                "The Mayor of West Yorkshire, who provides community safety funding",
                "The Leeds Health and Wellbeing Board, on substance misuse and violence"])
    heading(d, "Our partners", 2)
    bullets(d, ["Leeds City Council", "West Yorkshire Police", "West Yorkshire Fire and Rescue Service",
                "Probation Service", "NHS West Yorkshire Integrated Care Board", "Leeds Community Foundation",
                "Housing Leeds and registered housing providers", "Leeds Beckett University and the University of Leeds",
                "Forum Central (voluntary sector)"])
    back_page(d, ["Safer Leeds", "Elland Road Police Station, Leeds", "saferleeds@leeds.example",
                  "Figures in this plan are illustrative."], GREEN)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Leeds is a growing", "about": "About Safer Leeds The Crime",
               "crime": "Crime in Leeds The figures", "pri": "Our priorities for 2024–25 The partnership",
               "del": "How we will deliver For each", "act": "Action plan 2024–25 Area",
               "gov": "Governance and partners The Safer"}
    return build_docx(make, out, needles, "leeds_csp")
