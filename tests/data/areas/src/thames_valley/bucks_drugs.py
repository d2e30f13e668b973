"""Buckinghamshire Combating Drugs Partnership Strategy 2023-2026: Word report.

python-docx + LibreOffice.  The priorities are table rows
"Priority | What we will do | How we will measure it" with wrapped cells.
National outcomes, vision, membership and a long local action plan are
distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403

FILE = "strategies/buckinghamshire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Buckinghamshire Combating Drugs Partnership Strategy 2023–2026"
GREEN, DARK, LIGHT = "00703C", "1D2B36", "E5F2EA"

PRIORITY_ROWS = [
    ["Priority", "What we will do", "How we will measure it"],
    ["Breaking drug supply chains",
     ["Target the county lines and organised crime groups supplying drugs into Aylesbury, High Wycombe and Chesham.",
      "Protect children and vulnerable adults who are exploited to sell drugs.",
      "Use civil and housing powers against premises used for drug supply."],
     ["County lines closed", "Drug supply offences charged", "Cuckooing closures"]],
    ["Delivering a world-class treatment and recovery system",
     ["Increase the number of adults and young people in structured treatment.",
      "Improve continuity of care for people leaving prison.",
      "Expand residential rehabilitation, peer support and recovery housing."],
     ["Numbers in treatment (adults and young people)", "Continuity of care after prison", "Drug-related deaths"]],
    ["Achieving a generational shift in demand for drugs",
     ["Deliver evidence-based drug education in schools and colleges.",
      "Offer early intervention to young people and adults found in possession of drugs.",
      "Challenge the normalisation of recreational drug use in the night-time economy."],
     ["Self-reported drug use among young people", "Referrals from out-of-court diversion schemes"]],
]

ACTION_PLAN = [
    ("Supply", "Joint county lines operation with TVP and the Met", "Thames Valley Police", "Q2 2023/24"),
    ("Supply", "Cuckooing protocol with housing associations", "Buckinghamshire Council Housing", "Q3 2023/24"),
    ("Supply", "Drugs and exploitation training for taxi drivers", "Licensing", "Q4 2023/24"),
    ("Supply", "Test purchase operations at vape and convenience stores", "Trading Standards", "Ongoing"),
    ("Treatment", "Recommission adult treatment service", "Public Health", "Q1 2024/25"),
    ("Treatment", "In-reach worker at HMP Aylesbury and HMP Bullingdon", "Treatment provider / Probation", "Q3 2023/24"),
    ("Treatment", "Naloxone for people leaving prison and hostels", "Treatment provider", "Ongoing"),
    ("Treatment", "Drug-related death review panel", "Public Health", "Quarterly"),
    ("Treatment", "Peer recovery champions", "Recovery community", "Q4 2023/24"),
    ("Demand", "Drug education resources for PSHE", "Public Health / Schools", "Q2 2024/25"),
    ("Demand", "Out-of-court diversion scheme for possession", "TVP / Treatment provider", "Q3 2023/24"),
    ("Demand", "Night-time economy campaign", "Community Safety", "Q4 2023/24"),
    ("System", "Combating drugs needs assessment refresh", "Public Health", "Annual"),
    ("System", "Local outcomes dashboard", "Public Health Intelligence", "Q2 2023/24"),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="DejaVu Sans", size=9.5, colours=(GREEN, DARK, GREEN), title=TITLE,
                author="Buckinghamshire Combating Drugs Partnership", margins=(2.0, 2.0, 2.2, 2.0))
    header_footer(d, "Buckinghamshire Combating Drugs Partnership", "Strategy 2023–2026",
                  footer_fmt="Buckinghamshire Council  |  Page {PAGE}", colour="4D4D4D", size=8, rule_colour=GREEN)
    # cover
    cover_block(d, [("", 10, False, "FFFFFF"), ("Buckinghamshire", 16, True, "CDEBD8"),
                    ("Combating Drugs Partnership", 30, True, "FFFFFF"), ("Strategy 2023–2026", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Reducing drug-related harm, crime and deaths", 12, False, "CDEBD8")],
                GREEN, height_cm=16)
    para(d, "", space_after=40)
    para(d, "Buckinghamshire Council • Thames Valley Police • Probation Service • NHS Buckinghamshire, Oxfordshire and "
            "Berkshire West ICB • Office of the Police and Crime Commissioner • Department for Work and Pensions",
         size=8.5, colour="4D4D4D")
    page_break(d)
    # contents
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=12)
    contents(d, [("Foreword", "fw", 0), ("About this strategy", "about", 0), ("Drugs in Buckinghamshire", "ctx", 0),
                 ("Our vision and the national outcomes", "vis", 0), ("Our strategic priorities", "pri", 0),
                 ("Local action plan 2023–24", "act", 0), ("Partnership and governance", "gov", 0)], pages)
    # foreword
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Drugs cause harm to individuals, families and communities across Buckinghamshire. Drug-related deaths have risen, "
        "county lines continue to exploit young people in our towns, and too few people who need treatment receive it.",
        "In December 2021 the Government published From harm to hope, a ten-year drugs plan, and asked every area to form a "
        "combating drugs partnership. Our partnership brings together the council, the police, health, probation, the "
        "Department for Work and Pensions and the Police and Crime Commissioner, with people with lived experience of recovery.",
        "This strategy sets out our local response. It adopts the three strategic priorities of the national plan and "
        "explains what we will do in Buckinghamshire to deliver each of them, and how we will know we are succeeding.",
        "Recovery is possible. Every year hundreds of people in Buckinghamshire leave treatment free from dependence. We want "
        "many more people to have that opportunity.",
    ]:
        para(d, t)
    para(d, "Senior Responsible Owner, Buckinghamshire Combating Drugs Partnership", bold=True)
    heading(d, "About this strategy", 1)
    para(d, "This strategy covers illicit drugs. Alcohol is addressed in the Buckinghamshire Alcohol Harm Reduction Plan, "
            "although many of the services described here support people who use both. The strategy runs from 2023 to 2026 "
            "and will be reviewed each year alongside the local needs assessment.")
    # context
    heading(d, "Drugs in Buckinghamshire", 1, page_break=True)
    para(d, "The figures below come from our combating drugs needs assessment and are illustrative.")
    t = table(d, [["2,100", "38", "47%", "1 in 10"],
                  ["estimated opiate and crack users", "drug-related deaths in three years", "of people in treatment also have a mental health need", "adults aged 16–59 used a drug in the last year"]],
              [4.25, 4.25, 4.25, 4.25], head_fill=DARK, size=9)
    for c in range(4):
        for run in t.cell(0, c).paragraphs[0].runs:
            run.font.size = Pt(20)
    para(d, "")
    para(d, "Key findings", bold=True, colour=GREEN)
    bullets(d, ["Most people who use opiates and crack cocaine in Buckinghamshire are not in treatment.",
                "Only around a third of people released from prison with a drug need engage with community treatment (illustrative).",
                "County lines from London and Birmingham operate in Aylesbury and High Wycombe.",
                "Cannabis and cocaine are the most commonly used drugs among young adults.",
                "Drug-related deaths are concentrated among men aged 35–54 with long histories of use."])
    # vision + national outcomes
    heading(d, "Our vision and the national outcomes", 1)
    para(d, "Our vision is a Buckinghamshire where fewer people use drugs, where those who do are supported to recover, and "
            "where communities are free from the harm caused by drug supply.", italic=True)
    para(d, "The National Combating Drugs Outcomes Framework sets the outcomes by which all partnerships are measured:")
    bullets(d, ["Reducing drug use", "Reducing drug-related crime", "Reducing drug-related deaths and harm",
                "Increasing engagement in drug treatment", "Improving drug recovery outcomes"])
    # priorities table
    heading(d, "Our strategic priorities", 1, page_break=True)
    para(d, "Our three strategic priorities mirror the national plan. The table sets out what partners will do under each "
            "priority and how progress will be measured.")
    t = table(d, PRIORITY_ROWS, [4.0, 7.6, 5.4], head_fill=GREEN, band=LIGHT, size=9.5, bold_first_col=True)
    para(d, "")
    para(d, "Each priority has a lead partner: Thames Valley Police for supply, Public Health for treatment and recovery, and "
            "the Community Safety team for demand. Progress is reported to the partnership every quarter.")
    # action plan
    heading(d, "Local action plan 2023–24", 1, page_break=True)
    table(d, [["Theme", "Action", "Lead", "When"]] + [list(r) for r in ACTION_PLAN], [2.2, 7.8, 4.4, 2.6],
          head_fill=DARK, band="F2F2F2", size=8.5)
    # governance
    heading(d, "Partnership and governance", 1, page_break=True)
    para(d, "The Combating Drugs Partnership reports to the Buckinghamshire Health and Wellbeing Board and the Safer "
            "Buckinghamshire Board. Its members are:")
    bullets(d, ["Buckinghamshire Council (Public Health, Community Safety, Children's Services, Housing)", "Thames Valley Police",
                "Office of the Police and Crime Commissioner for Thames Valley", "Probation Service", "HMP Aylesbury",
                "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB", "Oxford Health NHS Foundation Trust",
                "Department for Work and Pensions (Jobcentre Plus)", "Treatment and recovery providers",
                "Representatives of the recovery community"])
    para(d, "Sub-groups", bold=True, colour=GREEN)
    bullets(d, ["Supply and Enforcement Group", "Treatment and Recovery Group", "Prevention and Young People Group",
                "Drug-Related Deaths Review Panel"])
    # back page
    page_break(d)
    para(d, "", space_after=300)
    cover_block(d, [("Need help with drugs or alcohol?", 14, True, "FFFFFF"),
                    ("Contact the Buckinghamshire drug and alcohol service on 0300 000 0000 (illustrative).", 10, False, "FFFFFF"),
                    ("Buckinghamshire Combating Drugs Partnership, The Gateway, Gatehouse Road, Aylesbury", 9, False, "CDEBD8"),
                    ("Figures in this strategy are illustrative.", 8.5, False, "CDEBD8")], GREEN, height_cm=4)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs cause harm", "about": "About this strategy This strategy covers",
               "ctx": "Drugs in Buckinghamshire The figures", "vis": "Our vision and the national outcomes Our vision",
               "pri": "Our strategic priorities Our three", "act": "Local action plan 2023–24 Theme",
               "gov": "Partnership and governance The Combating"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "bucks_drugs.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
