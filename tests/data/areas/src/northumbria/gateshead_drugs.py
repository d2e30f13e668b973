"""Gateshead Combating Drugs Partnership Plan 2023-2026: Word report (python-docx + LibreOffice).

Four local priorities, stated once, in a bulleted list under "4. Our local
priorities" (p5).  Each bullet opens with the priority in bold, followed on
the same line by an en dash and a description in plain text (a run-in bold
lead on a list item).  The three national From harm to hope priorities (p4),
which are also the delivery section headings (pp6-7), the national outcomes,
the needs assessment findings, the action tables and the measures are
distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from northumbria.work import soffice_stable, work_file

FILE = "strategies/gateshead_combating_drugs_partnership_plan_2023-26.pdf"
TITLE = "Gateshead Combating Drugs Partnership Plan 2023–2026"
GREEN, ORANGE, INK = "2F5E2B", "D9782D", "333333"

PRIORITIES = [
    ("Disrupting drug supply and county lines in Gateshead",
     "closing down the dealing lines that operate in the borough, and the cuckooing of vulnerable tenants that "
     "goes with them."),
    ("Getting more people into treatment and recovery",
     "more adults and young people in structured treatment, staying in it, and supported into housing, work and "
     "recovery communities."),
    ("Reducing drug-related deaths",
     "fewer people dying from overdose and drug poisoning, through naloxone, outreach and learning from every "
     "death."),
    ("Preventing young people from starting to use drugs",
     "drug education in schools and colleges, and early help for young people who are experimenting."),
]

NATIONAL = ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
            "Achieve a generational shift in the demand for drugs"]

ACTIONS = [
    [("Operation Sentinel days of action against dealing lines", "Northumbria Police"),
     ("Cuckooing protocol with The Gateshead Housing Company", "Council, police"),
     ("Exploitation training for housing and hostel staff", "Council")],
    [("Increase treatment places by 20%", "Public health"), ("Peer mentors in the treatment service",
                                                             "Treatment provider"),
     ("Naloxone kits for every person leaving treatment and prison", "Public health"),
     ("Drug-related death review panel", "Public health"), ("Housing support workers for people in recovery",
                                                           "Council")],
    [("Drug education in every secondary school", "Public health, schools"),
     ("Young people's substance misuse service offers early help within two weeks", "Council"),
     ("Campaign on the risks of vapes, cannabis and ketamine", "Public health")],
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(GREEN, ORANGE, INK), title=TITLE,
                author="Gateshead Combating Drugs Partnership", margins=(2.4, 2.4, 2.5, 2.3))
    header_footer(d, "Gateshead Combating Drugs Partnership", "Plan 2023–2026", footer_fmt="Page {PAGE} of {NUMPAGES}",
                  colour="555555")
    cover_block(d, [("Gateshead Combating Drugs Partnership", 12, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Combating Drugs", 30, True, "FFFFFF"), ("Partnership Plan", 24, False, "FFFFFF"),
                    ("2023–2026", 18, False, "FFD9B3")], GREEN, height_cm=13)
    para(d, "", space_after=120)
    para(d, "A plan for Gateshead under From harm to hope, the national 10-year drugs plan.", italic=True, size=11,
         colour=GREEN)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("1. Introduction", "fw", 0), ("2. Drugs in Gateshead", "ctx", 0), ("3. The national plan", "nat", 0),
                 ("4. Our local priorities", "pri", 0), ("5. Delivery plan", "del", 0),
                 ("6. Outcomes and governance", "gov", 0)], pages, leader=True, bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "Drugs cause huge harm in Gateshead: to the people who use them, to their families, and to the communities "
        "where dealing and drug-related crime happen.",
        "The Gateshead Combating Drugs Partnership was set up in 2022 in response to the national drugs strategy. It "
        "brings together Gateshead Council, Northumbria Police, the Police and Crime Commissioner, the Probation "
        "Service, the NHS, Jobcentre Plus, treatment providers and people with lived experience.",
        "This plan sets out our four local priorities for 2023 to 2026 and how we will deliver them."]:
        para(d, t)
    para(d, "Senior Responsible Owner, Gateshead Combating Drugs Partnership", bold=True)
    heading(d, "2. Drugs in Gateshead", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.")
    table(d, [["Indicator", "Gateshead"], ["Estimated opiate and crack users", "1,450"],
              ["Adults in structured treatment", "980"], ["Drug-related deaths (three years)", "62"],
              ["Young people in treatment", "85"], ["Drug supply offences", "310"]], [11.0, 5.2], head_fill=GREEN,
          band="EDF3EC", size=9.5)
    para(d, "")
    heading(d, "What our needs assessment found", 2)
    bullets(d, ["Fewer than half of the people who need treatment are in it.",
                "Drug-related deaths are highest among men aged 35 to 54.",
                "Cannabis and ketamine use by young people is rising.",
                "Dealing lines from outside the borough target vulnerable tenants."])
    heading(d, "3. The national plan", 1, page_break=True)
    para(d, "From harm to hope (2021) is the Government's 10-year plan to cut crime and save lives. It has three "
            "strategic priorities:")
    numbered(d, NATIONAL)
    para(d, "and three national outcomes: reducing drug use; reducing drug-related crime; and reducing drug-related "
            "deaths and harm. Every local partnership must agree local priorities and report against the national "
            "outcomes framework.")
    heading(d, "4. Our local priorities", 1, page_break=True)
    para(d, "The partnership has agreed four local priorities for Gateshead:")
    for name, txt in PRIORITIES:
        p = d.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(8)
        r = p.add_run(name)
        r.bold = True
        r.font.color.rgb = RGBColor.from_string(GREEN)
        p.add_run(" – " + txt)
    para(d, "The first priority supports the national priority to break drug supply chains; the second and third "
            "support the treatment and recovery priority; and the fourth supports the generational shift in demand.")
    heading(d, "Our principles", 2)
    bullets(d, ["Lived experience: people who have used drugs help design services.", "No wrong door.",
                "Addiction is a health condition."], bold_lead=True)
    heading(d, "5. Delivery plan", 1, page_break=True)
    para(d, "Our delivery plan is organised under the three national priorities, as the national guidance asks.")
    for n, acts in zip(NATIONAL, ACTIONS):
        heading(d, n, 2)
        table(d, [["Action", "Lead"]] + [list(a) for a in acts], [11.4, 4.6], head_fill=ORANGE, size=9)
        para(d, "", space_after=2)
    heading(d, "6. Outcomes and governance", 1, page_break=True)
    table(d, [["National outcome", "Local measure", "Baseline"],
              ["Reducing drug use", "Young people reporting drug use (school survey)", "11%"],
              ["Reducing drug-related crime", "Drug supply offences; neighbourhood crime", "310"],
              ["Reducing drug-related deaths and harm", "Drug-related deaths", "62"],
              ["(treatment)", "Adults in structured treatment", "980"]], [5.2, 7.8, 3.2], head_fill=GREEN, size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "The partnership board meets quarterly and reports to the Gateshead Health and Wellbeing Board and the "
            "Safer Gateshead community safety partnership. It sends an annual return to the national Joint Combating "
            "Drugs Unit.")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Introduction Drugs cause", "ctx": "2. Drugs in Gateshead The figures",
               "nat": "3. The national plan From harm", "pri": "4. Our local priorities The partnership",
               "del": "5. Delivery plan Our delivery", "gov": "6. Outcomes and governance"}
    src = work_file("gateshead_drugs.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
