"""Doncaster Combating Drugs Partnership Strategy 2024-2027.

python-docx -> LibreOffice (Liberation Sans, Liberation Serif headings).  The priorities are the "Priority"
column of a PROGRAMME REGISTER table (p6): columns "Ref." (codes "CDP/24/01" ...), "Priority", "Senior
responsible officer" and "Funding stream", the priority cells in bold on pale green; the reference codes are
labels.  The From harm to hope priorities and outcomes are quoted on p5.
"""
from pathlib import Path

from docx_kit import Pt, rgb, shade, table
from south_yorkshire.kit import docx_build

OUT = "strategies/doncaster_combating_drugs_partnership_strategy_2024-27.pdf"
PRIORITIES = [
    ("Breaking drug supply chains and county lines into Doncaster", "Detective Superintendent, Doncaster district", "Police core; Project ADDER-style surge funding"),
    ("Getting more people into treatment and keeping them in recovery", "Director of Public Health", "Public health grant; SSMTR grant"),
    ("Preventing drug-related deaths", "Consultant in Public Health", "SSMTR grant"),
    ("Stopping young people from starting to use drugs", "Head of Early Help", "Public health grant"),
]


def register(d):
    rows = [["Ref.", "Priority", "Senior responsible officer", "Funding stream"]] + \
           [[f"CDP/24/0{i}", p, sro, f] for i, (p, sro, f) in enumerate(PRIORITIES, 1)]
    t = table(d, rows, [2.4, 6.2, 4.0, 4.0], head_fill="2E6B3F", size=9)
    for i in range(1, len(rows)):
        c = t.cell(i, 1)
        shade(c, "E6F2E8")
        for r in c.paragraphs[0].runs:
            r.bold, r.font.size = True, Pt(11)
            r.font.color.rgb = rgb("1E4D2B")
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.font.color.rgb = rgb("7F7F7F")


def build(root: Path) -> Path:
    doc = {
        "title": "Combating Drugs Partnership Strategy 2024\u20132027", "org": "Doncaster Combating Drugs Partnership",
        "subtitle": "Doncaster's local response to From harm to hope", "colour": "#2E6B3F",
        "running": "Doncaster Combating Drugs Partnership Strategy 2024\u20132027", "folio_docx": "{PAGE}",
        "sections": [
            ("Introduction", [
                ("p", "Doncaster's Combating Drugs Partnership was set up in 2022 in response to the national "
                      "ten-year drugs strategy, From harm to hope. Its members include the council, police, "
                      "probation, health, housing, Jobcentre Plus and people with lived experience of recovery."),
                ("p", "This strategy sets out our local priorities and the register that tracks them. The "
                      "partnership's Senior Responsible Owner reports progress to the Joint Combating Drugs Unit."),
                ("p", "Senior Responsible Owner, Doncaster Combating Drugs Partnership"),
            ]),
            ("The local picture", [
                ("p", "All figures are illustrative, not official statistics."),
                ("stats", [("2,100", "adults in treatment (illustrative)"), ("48", "drug-related deaths in three years (illustrative)"),
                           ("14", "county lines disrupted (illustrative)"), ("11%", "of 15-year-olds tried cannabis (illustrative)")]),
                ("h", "Key findings of the needs assessment"),
                ("ul", ["Fewer than half of people leaving prison with a drug need start community treatment.",
                        "Most drug-related deaths involve several substances.",
                        "Crack cocaine use is rising.", "Young people start using cannabis earlier than before."]),
            ]),
            ("The national framework", [
                ("h", "From harm to hope: the three strategic priorities"),
                ("ol", ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                        "Achieve a generational shift in the demand for drugs"]),
                ("h", "National outcomes"),
                ("ul", ["Reducing drug use", "Reducing drug-related crime", "Reducing drug-related deaths and harm",
                        "Increasing engagement in treatment", "Improving recovery outcomes"]),
                ("h", "Our principles"),
                ("ul", ["Recovery is possible for everyone.", "No wrong door.", "Lived experience in every decision."]),
            ]),
            ("Our priorities: the programme register", [
                ("p", "The partnership has agreed four local priorities for 2024\u20132027. Each is entered in the "
                      "programme register below with a reference, a senior responsible officer and a funding stream."),
                ("raw", register),
                ("p", "The register is reviewed at every partnership meeting. Reference numbers are used in our "
                      "action plan and in reports to the Joint Combating Drugs Unit."),
            ]),
            ("Action plan", [
                ("table", [["Ref.", "Action", "By"],
                           ["CDP/24/01", "Closure orders on cuckooed homes; drug testing on arrest", "2025"],
                           ["CDP/24/02", "In-reach workers at HMP Doncaster and HMP Lindholme", "2024"],
                           ["CDP/24/03", "Naloxone for every person leaving treatment or prison", "2024"],
                           ["CDP/24/04", "Drug education in schools and youth clubs", "2025"]]),
            ]),
            ("Outcomes and measures", [
                ("table", [["Measure", "Baseline (illustrative)", "Aim 2027"],
                           ["Adults in treatment", "2,100", "2,500"], ["Continuity of care after prison", "42%", "65%"],
                           ["Drug-related deaths (three years)", "48", "Down"],
                           ["Young people in specialist treatment", "95", "Up"]]),
            ]),
            ("Governance", [
                ("p", "The partnership reports to the Safer Stronger Doncaster Partnership and to the Health and "
                      "Wellbeing Board, and shares its register with the Mayor of South Yorkshire's office."),
                ("p", "Contact: cdp@doncaster.example"),
            ]),
        ],
    }
    return docx_build(doc, root / OUT, head_font="Liberation Serif", symbol_at=1)
