"""Bristol Combating Drugs Partnership Plan 2023-2026: Word report (python-docx + LibreOffice).

The four local priorities are the second-column cells of a table on p6
("No. | Our local priority | National priority | Lead group"); the cells wrap.
The delivery sections (pp7-9) are headed by the three national "From harm to
hope" priorities, which are distractors, as are the national outcomes (p5,
including "Reducing drug-related deaths and harm"), the needs assessment
findings, the action tables and the outcome measures.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table

FILE = "strategies/bristol_combating_drugs_partnership_plan_2023-26.pdf"
TITLE = "Bristol Combating Drugs Partnership Plan 2023–2026"
PURPLE, ORANGE, INK = "3B2A6B", "D9641E", "303030"

PRIORITIES = [
    ("Disrupt the supply of drugs and close county lines operating in Bristol", "Break drug supply chains",
     "Drug Supply and Exploitation Group"),
    ("Increase the number of people in treatment and sustaining their recovery",
     "Deliver a world-class treatment and recovery system", "Treatment and Recovery Group"),
    ("Reduce drug-related deaths", "Deliver a world-class treatment and recovery system",
     "Drug-Related Deaths Panel"),
    ("Prevent young people from starting to use drugs", "Achieve a generational shift in the demand for drugs",
     "Young People's Substance Misuse Group"),
]
SECTIONS = [
    ("Break drug supply chains",
     [("Target the organised crime groups that supply Bristol's crack and heroin markets", "Police", "Ongoing"),
      ("Close premises used for dealing and protect cuckooed tenants", "Council, housing", "2024"),
      ("Safeguard children found running county lines through the Safer Options hub", "Children's services", "2024")]),
    ("Deliver a world-class treatment and recovery system",
     [("Increase treatment capacity with the supplementary substance misuse grant", "Public health", "2024"),
      ("Assertive outreach for people sleeping rough", "Providers", "2024"),
      ("Continuity of care from HMP Bristol into community treatment", "Probation, providers", "2025"),
      ("Naloxone for everyone at risk of overdose and their families", "Public health", "Ongoing"),
      ("Review every drug-related death and act on the learning", "Drug-Related Deaths Panel", "Ongoing")]),
    ("Achieve a generational shift in the demand for drugs",
     [("Drug education programme for every secondary school", "Education, public health", "2025"),
      ("Expand the young people's substance misuse service", "Public health", "2024"),
      ("Support for children whose parents use drugs", "Children's services", "2025")]),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(PURPLE, ORANGE, INK), title=TITLE,
                author="Bristol Combating Drugs Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Bristol Combating Drugs Partnership", "Plan 2023–2026", footer_fmt="{PAGE}", rule_colour=ORANGE)
    para(d, "", space_after=50)
    cover_block(d, [("BRISTOL COMBATING DRUGS PARTNERSHIP", 12, True, "FFFFFF"), ("", 8, False, "FFFFFF"),
                    ("Partnership Plan", 32, True, "FFFFFF"), ("2023–2026", 22, False, "FFFFFF"),
                    ("", 8, False, "FFFFFF"), ("Our local response to From harm to hope", 12, False, "FFFFFF")],
                PURPLE, height_cm=10)
    para(d, "", space_after=220)
    para(d, "Bristol City Council · Avon and Somerset Police · Office of the Police and Crime Commissioner · Probation "
            "Service · NHS Bristol, North Somerset and South Gloucestershire ICB · Department for Work and Pensions",
         size=9, colour="666666")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PURPLE, space_after=14)
    entries = [("Foreword", "fw", 0), ("Drugs in Bristol", "ctx", 0), ("The national strategy", "nat", 0),
               ("Our local priorities", "pri", 0), ("What we will do", "s0", 0)]
    entries += [(s[0], f"s{i}", 1) for i, s in enumerate(SECTIONS)]
    entries += [("Measuring our progress", "kpi", 0), ("Governance", "gov", 0)]
    contents(d, entries, pages, leader=False)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Drugs cause great harm in Bristol. The city has one of the highest rates of crack cocaine and opiate use in "
        "England, drug-related deaths are above the national average, and drug markets drive violence and the "
        "exploitation of children (illustrative).",
        "The Bristol Combating Drugs Partnership was set up in 2022 in response to the national drugs strategy, From "
        "harm to hope. It brings together the council, the police, health services, probation, the Department for Work "
        "and Pensions and people with lived experience of drug use.",
        "This plan sets out our four local priorities and what we will do to deliver them. It follows the structure of "
        "the national strategy, but the priorities are ours, based on our needs assessment."]:
        para(d, t)
    para(d, "Senior Responsible Owner, Bristol Combating Drugs Partnership", bold=True)
    heading(d, "Drugs in Bristol", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.")
    table(d, [["Indicator", "Bristol", "England"], ["Adults using opiates or crack cocaine (estimate)", "5,600", "–"],
              ["Of whom in treatment", "54%", "47%"], ["Drug-related deaths a year", "58", "–"],
              ["Drug-related deaths per 100,000", "11.2", "8.0"], ["Young people in specialist treatment", "260", "–"]],
          [9.0, 3.6, 3.6], head_fill=PURPLE, band="EFECF5", size=10)
    para(d, "")
    heading(d, "What our needs assessment found", 2)
    bullets(d, ["Crack cocaine use is rising and is linked to violence and exploitation.",
                "Many people who die from drugs were not in treatment at the time.",
                "People leaving HMP Bristol are at high risk of overdose in the first fortnight.",
                "Young people report that cannabis and ketamine are easy to get."])
    heading(d, "The national strategy", 1, page_break=True)
    para(d, "From harm to hope (2021) is the government's ten-year drugs strategy. It has three national priorities:")
    bullets(d, ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                "Achieve a generational shift in the demand for drugs"])
    para(d, "It also sets three strategic outcomes against which every combating drugs partnership reports:")
    bullets(d, ["Reducing drug use", "Reducing drug-related crime", "Reducing drug-related deaths and harm"])
    para(d, "The national outcomes framework adds intermediate measures such as the number of people in treatment, "
            "continuity of care after prison and the number of county lines closed.")
    heading(d, "Our local priorities", 1, page_break=True)
    para(d, "The partnership has agreed four local priorities for 2023–2026. The table shows the national priority "
            "each one supports and the group that leads it.")
    rows = [["No.", "Our local priority", "National priority", "Lead group"]]
    rows += [[str(i + 1), p, n, g] for i, (p, n, g) in enumerate(PRIORITIES)]
    table(d, rows, [1.2, 6.6, 4.6, 4.2], head_fill=PURPLE, band="EFECF5", size=10)
    para(d, "")
    para(d, "Alcohol harm is addressed through the Bristol alcohol strategy and the Keeping Bristol Safe Partnership.",
         italic=True, size=9.5)
    heading(d, "Our principles", 2)
    bullets(d, ["Recovery is possible, and people with lived experience help to design our services.",
                "Drug use is a health issue as well as a crime issue.", "We will reduce stigma in everything we do."])
    heading(d, "What we will do", 1, page_break=True)
    for i, (name, acts) in enumerate(SECTIONS):
        heading(d, name, 2, page_break=(i > 0))
        table(d, [["Action", "Lead", "By"]] + [list(a) for a in acts], [10.0, 4.0, 2.6], head_fill=ORANGE,
              band="FBEFE7", size=9.5)
        para(d, "")
    heading(d, "Measuring our progress", 1, page_break=True)
    table(d, [["Measure", "Baseline", "Ambition 2026"], ["Adults in treatment for opiates or crack", "3,020", "3,500"],
              ["Continuity of care after prison", "41%", "65%"], ["Drug-related deaths", "58", "Fewer"],
              ["County lines closed", "28", "More"], ["Young people in specialist treatment", "260", "320"]],
          [8.4, 3.8, 4.4], head_fill=PURPLE, band="EFECF5", size=10)
    para(d, "Baselines are illustrative.", italic=True, size=9)
    heading(d, "Governance", 1)
    para(d, "The partnership board meets quarterly and reports to the Bristol Health and Wellbeing Board and to the "
            "Keeping Bristol Safe Partnership. Its senior responsible owner reports to the national Joint Combating "
            "Drugs Unit.")
    page_break(d)
    para(d, "", space_after=300)
    cover_block(d, [("Bristol Combating Drugs Partnership", 13, True, "FFFFFF"), ("City Hall, Bristol", 10, False,
                                                                                  "FFFFFF"),
                    ("cdp@bristol.example", 10, False, "FFFFFF")], PURPLE, height_cm=3)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs cause great harm", "ctx": "Drugs in Bristol The figures",
               "nat": "The national strategy From harm", "pri": "Our local priorities The partnership",
               "s0": "What we will do Break drug supply chains Action", "kpi": "Measuring our progress Measure",
               "gov": "Governance The partnership board"}
    needles.update({f"s{i}": f"{s[0]} Action Lead By" for i, s in enumerate(SECTIONS) if i})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "bristol_drugs.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
