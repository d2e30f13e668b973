"""Calderdale Drug and Alcohol Strategy 2023-26: Word report (python-docx + LibreOffice).

The four priorities are the rows of one table, "Priority | What we will do |
How we will measure it" (p6); the priority cells wrap.  Distractors: the
national From harm to hope priorities and outcomes (p4), the stat tiles,
what residents told us, the governance bullets, partner list and delivery plan.
"""
from pathlib import Path

from docx_kit import *  # noqa: F401,F403
from docx_kit import bullets, contents, header_footer, heading, new_doc, para, table

from west_yorkshire.report import back_page, build_docx, cover, stat_table

FILE = "strategies/calderdale_drug_and_alcohol_strategy_2023-26.pdf"
TITLE = "Calderdale Drug and Alcohol Strategy 2023–2026"
TEAL, AMBER, GREY = "0B5563", "C7731B", "404040"

PRIORITIES = [
    ("Reduce the supply of drugs and the crime and exploitation linked to it",
     ["Target the dealers and county lines that supply Calderdale", "Close premises used for dealing",
      "Safeguard children and adults exploited to move drugs"],
     "Drug supply offences; county lines closed; people safeguarded"),
    ("Build a treatment and recovery system that helps people get well and stay well",
     ["Increase the number of adults in treatment", "Strengthen recovery communities and peer support",
      "Join up treatment with mental health, housing and employment support"],
     "Adults in treatment; successful completions; drug-related deaths"),
    ("Stop children and young people from starting to use drugs and alcohol",
     ["Deliver drug and alcohol education in every secondary school", "Offer early help to young people who "
      "start using substances", "Support families affected by a parent's drug or alcohol use"],
     "Young people in specialist support; school survey on substance use"),
    ("Reduce the harm caused by alcohol",
     ["Use licensing to manage the impact of alcohol in town centres", "Offer brief advice on alcohol in GP "
      "practices and hospitals", "Expand alcohol treatment and aftercare"],
     "Alcohol-related hospital admissions; alcohol-specific deaths"),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(TEAL, AMBER, GREY), title=TITLE,
                author="Calderdale Combating Drugs Partnership")
    header_footer(d, "Calderdale Combating Drugs Partnership", "Drug and Alcohol Strategy 2023–2026",
                  footer_fmt="Page {PAGE}", rule_colour=AMBER)
    cover(d, "CALDERDALE COMBATING DRUGS PARTNERSHIP", ["Drug and Alcohol", "Strategy 2023–2026"],
          "Reducing harm, supporting recovery", "September 2023", TEAL, sub_colour="FCE8D2", org_colour=AMBER)
    para(d, "Contents", bold=True, size=22, colour=TEAL, space_after=14)
    entries = [("Foreword", "fw", 0), ("Introduction and national context", "intro", 0),
               ("The picture in Calderdale", "pic", 0), ("Our four priorities", "pri", 0)]
    entries += [(p[0], "pri", 1) for p in PRIORITIES]
    entries += [("What residents and people in recovery told us", "told", 0), ("Governance", "gov", 0),
                ("Delivery plan 2023–24", "plan", 0)]
    contents(d, entries, pages, leader=True)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Drugs and alcohol cause harm to individuals, families and communities across Calderdale, from Halifax and "
        "Brighouse to Todmorden and Hebden Bridge. They are linked to crime, poor health, homelessness and early death.",
        "This strategy is the first from the Calderdale Combating Drugs Partnership, which was set up in 2022 in "
        "response to the national drugs strategy. It brings together the council, the police, health services, "
        "probation, treatment providers and people with lived experience of addiction and recovery.",
        "Recovery is possible. We have heard from many people who have rebuilt their lives, and they have helped to "
        "shape every part of this strategy.",
        "We will publish an update on our progress every year."]:
        para(d, t)
    para(d, "Senior Responsible Owner, Calderdale Combating Drugs Partnership", bold=True)
    heading(d, "Introduction and national context", 1, page_break=True)
    para(d, "In December 2021 the government published From harm to hope, a ten-year plan to cut crime and save "
            "lives. It has three national priorities:")
    bullets(d, ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                "Achieve a generational shift in the demand for drugs"])
    para(d, "It also sets three national strategic outcomes: to reduce drug use, to reduce drug-related crime, and to "
            "reduce drug-related deaths and harm.")
    para(d, "Every area has a combating drugs partnership to deliver the national plan locally. Our local strategy "
            "adapts the national priorities to Calderdale and adds alcohol, which causes more harm here than any "
            "other substance.")
    heading(d, "The picture in Calderdale", 1, page_break=True)
    para(d, "Calderdale has a population of around 210,000. The figures below are illustrative and rounded.")
    stat_table(d, [("1,300", "adults in drug treatment"), ("1,100", "adults in alcohol treatment"),
                   ("34", "drug-related deaths over three years"), ("+20%", "alcohol-related admissions"),
                   ("4", "county lines disrupted last year"), ("1 in 10", "pupils offered drugs"),
                   ("£4.2m", "spent on treatment a year"), ("3 in 5", "in treatment have a mental health need")],
               [TEAL, AMBER, "3B7D8C", "9B5A14"])
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="595959")
    heading(d, "What the needs assessment found", 2)
    bullets(d, ["Many people who use opiates and crack cocaine are not in treatment.",
                "Alcohol-related hospital admissions are above the regional average.",
                "Cannabis use is the most common reason young people are referred to specialist support.",
                "Drug supply in the main towns is linked to county lines from larger cities."])
    heading(d, "Our four priorities", 1, page_break=True)
    para(d, "The partnership has agreed four priorities. For each one the table shows what we will do and how we will "
            "measure it.")
    rows = [["Priority", "What we will do", "How we will measure it"]]
    rows += [[p[0], p[1], p[2]] for p in PRIORITIES]
    table(d, rows, [4.4, 7.4, 4.6], head_fill=TEAL, band="EAF2F3", size=9.5, bold_first_col=True)
    para(d, "")
    para(d, "Each priority has a lead and an action group that reports to the partnership.", italic=True, size=9.5)
    heading(d, "What residents and people in recovery told us", 1, page_break=True)
    for q in ["“Getting help quickly is everything. If you have to wait, the moment passes.”",
              "“Recovery gave me my family back.”",
              "“Young people need honest information, not scare stories.”"]:
        para(d, q, italic=True, colour=TEAL, size=12)
    para(d, "More than 600 people responded to our consultation (illustrative). They asked for faster access to "
            "treatment, more support for families, and more visible action against dealing.")
    heading(d, "Governance", 1, page_break=True)
    para(d, "The Calderdale Combating Drugs Partnership meets every quarter. It reports to the Health and Wellbeing "
            "Board and to the Safer Stronger Calderdale community safety partnership.")
    bullets(d, ["The Senior Responsible Owner reports progress to the national Joint Combating Drugs Unit.",
                "Three action groups lead on supply, treatment and recovery, and prevention.",
                "A lived experience forum advises the partnership.",
                "An annual report is published each autumn."])
    heading(d, "Members of the partnership", 2)
    bullets(d, ["Calderdale Council (Public Health)", "West Yorkshire Police", "Probation Service",
                "NHS West Yorkshire Integrated Care Board", "Calderdale and Huddersfield NHS Foundation Trust",
                "Drug and alcohol treatment provider", "Mayor of West Yorkshire", "Lived experience representatives"])
    heading(d, "Delivery plan 2023–24", 1, page_break=True)
    table(d, [["Area", "Action", "Lead", "By"],
              ["Supply", "Closure orders for dealing premises", "Police / council", "Mar 2024"],
              ["Treatment", "Outreach worker for people not in treatment", "Treatment provider", "Jan 2024"],
              ["Treatment", "Naloxone in hostels and custody", "Public Health", "Dec 2023"],
              ["Prevention", "Schools education programme", "Public Health", "Jul 2024"],
              ["Alcohol", "Town centre licensing review", "Licensing", "Mar 2024"]],
          [2.8, 7.8, 3.6, 2.2], head_fill=AMBER, band="FBF1E6", size=9.5)
    back_page(d, ["Calderdale Combating Drugs Partnership", "Town Hall, Crossley Street, Halifax",
                  "combatingdrugs@calderdale.example", "Figures in this strategy are illustrative."], TEAL)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs and alcohol", "intro": "Introduction and national context In",
               "pic": "The picture in Calderdale Calderdale", "pri": "Our four priorities The partnership",
               "told": "What residents and people in recovery told us", "gov": "Governance The Calderdale",
               "plan": "Delivery plan 2023–24 Area"}
    return build_docx(make, out, needles, "calderdale_drugs")
