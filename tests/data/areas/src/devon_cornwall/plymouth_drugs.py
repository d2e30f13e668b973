"""Plymouth Combating Drugs Partnership Strategy 2023-2026: Word report (python-docx + LibreOffice).

The four local priorities are the first-column cells of a table "Priority |
What we will do | How we will measure it" on one page (the cells wrap).  The
national strategy's three priorities (From harm to hope), the national
outcomes, the local outcomes framework and the membership list are
distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403

FILE = "strategies/plymouth_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Plymouth Combating Drugs Partnership Strategy 2023–2026"
GREEN, ORANGE = "1E5631", "D9822B"

PRIORITIES = [
    ("Breaking drug supply chains and closing county lines",
     ["Target the organised crime groups that supply drugs into the city, with the regional organised crime unit.",
      "Close county lines running into Plymouth and safeguard the children and adults they exploit.",
      "Use closure orders and tenancy enforcement against premises used for dealing.",
      "Act quickly on community intelligence about drug dealing."],
     ["County lines closed", "Drug supply offences charged", "Closure orders obtained"]),
    ("Building a high-quality treatment and recovery system",
     ["Increase the number of adults and young people in structured treatment.",
      "Improve continuity of care for people leaving prison.",
      "Expand residential rehabilitation and recovery housing.",
      "Invest in a visible recovery community, with peer mentors and employment support."],
     ["Numbers in treatment", "Successful completions", "Continuity of care after prison release"]),
    ("Preventing drug use among children and young people",
     ["Support schools to deliver evidence-based drug education.",
      "Provide early help for children affected by a parent's drug or alcohol use.",
      "Offer targeted support to young people who are starting to use drugs.",
      "Work with the youth justice service on diversion for drug possession."],
     ["Young people in specialist treatment", "Schools using the drug education programme"]),
    ("Reducing drug-related deaths",
     ["Make naloxone available through pharmacies, hostels and the police.",
      "Review every drug-related death to learn lessons.",
      "Run a local drug alert system for dangerous substances.",
      "Reach people who are not in treatment through outreach."],
     ["Drug-related deaths", "Naloxone kits issued", "People re-engaged after an overdose"]),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(GREEN, ORANGE, "404040"), title=TITLE,
                author="Plymouth Combating Drugs Partnership")
    header_footer(d, "Plymouth Combating Drugs Partnership", "Strategy 2023–2026",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", rule_colour=ORANGE)
    para(d, "PLYMOUTH COMBATING DRUGS PARTNERSHIP", bold=True, size=12, colour=ORANGE, space_after=60)
    cover_block(d, [("Combating Drugs", 30, True, "FFFFFF"), ("Partnership Strategy", 30, True, "FFFFFF"),
                    ("2023–2026", 20, False, "FFFFFF"), ("", 8, False, "FFFFFF"),
                    ("Reducing the harm that drugs cause to people and places in Plymouth", 12, False, "DCEBDD")],
                GREEN, height_cm=11)
    para(d, "", space_after=130)
    para(d, "Plymouth City Council • Devon and Cornwall Police • Probation Service • NHS Devon • Office of the "
            "Police and Crime Commissioner • Department for Work and Pensions", size=9, colour="595959")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("1  Foreword", "fw", 0), ("2  The national strategy", "nat", 0), ("3  Drugs in Plymouth", "ctx", 0),
                 ("4  Our priorities", "pri", 0), ("5  Outcomes framework", "out", 0),
                 ("6  Governance and membership", "gov", 0)], pages)
    heading(d, "1  Foreword", 1, page_break=True)
    for t in [
        "Drugs cause enormous harm in Plymouth. They drive crime and violence, they fuel the exploitation of children and "
        "vulnerable adults, and they cost lives. Behind every statistic is a person, a family and a community.",
        "In December 2021 the Government published From harm to hope, a ten-year plan to cut crime and save lives. It "
        "asked every area to set up a combating drugs partnership, bringing together the police, the council, health, "
        "probation and others under a single senior responsible owner.",
        "This strategy sets out how the Plymouth Combating Drugs Partnership will deliver the national ambitions in our "
        "city. It is based on a local needs assessment and on the experience of people who use drugs, their families and "
        "the staff who support them.",
        "We have agreed four local priorities. They reflect the national strategy but also our local picture, including "
        "the high number of drug-related deaths in the city.",
        "We will report on progress to the Safer Plymouth Board and to the Health and Wellbeing Board every year."]:
        para(d, t)
    para(d, "Senior Responsible Owner, Plymouth Combating Drugs Partnership", bold=True)
    heading(d, "2  The national strategy", 1, page_break=True)
    para(d, "From harm to hope sets three strategic priorities for the whole country:")
    bullets(d, ["break drug supply chains", "deliver a world-class treatment and recovery system",
                "achieve a generational shift in the demand for drugs"])
    para(d, "It also sets national outcomes against which every partnership reports:")
    table(d, [["National outcome", "Example measure"],
              ["Reducing drug use", "Prevalence of drug use (national survey)"],
              ["Reducing drug-related crime", "Neighbourhood crime; drug-related homicide"],
              ["Reducing drug-related deaths and harm", "Deaths related to drug misuse"],
              ["Reducing drug supply", "County lines closed; drug seizures"],
              ["Increasing engagement in treatment", "Numbers in treatment; continuity of care"],
              ["Improving recovery outcomes", "Treatment completions; employment and housing"]], [7.0, 9.4],
          head_fill=GREEN, band="EEF4EF", size=9.5)
    para(d, "")
    para(d, "Combating drugs partnerships are expected to agree local priorities that fit their own circumstances.")
    heading(d, "3  Drugs in Plymouth", 1, page_break=True)
    para(d, "Our needs assessment brought together data from treatment services, the police, public health and the "
            "coroner. The figures below are illustrative.")
    table(d, [["Indicator", "Plymouth", "England"],
              ["Opiate and crack cocaine users per 1,000 adults", "13.1", "8.9"],
              ["Adults in structured treatment", "2,350", "–"],
              ["Drug-related deaths per 100,000 (three years)", "9.4", "5.0"],
              ["Continuity of care after prison release", "38%", "43%"],
              ["County lines known to operate into the city", "14", "–"]], [10.0, 3.2, 3.2], head_fill=ORANGE,
          band="FBF0E4", size=9.5)
    para(d, "")
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=9, colour="666666")
    para(d, "What people told us", bold=True, colour=GREEN)
    bullets(d, ["Getting into treatment is easier than it was, but waiting lists for residential rehab are long.",
                "Families want more support for themselves.",
                "People in recovery want help to find work and a home.",
                "Residents are worried about open drug dealing in parts of the city centre."])
    heading(d, "4  Our priorities", 1, page_break=True)
    para(d, "The partnership has agreed four priorities for 2023 to 2026. The table sets out what we will do and how we "
            "will know whether it is working.")
    rows = [["Priority", "What we will do", "How we will measure it"]]
    rows += [[name, dos, kpis] for name, dos, kpis in PRIORITIES]
    t = table(d, rows, [4.0, 8.2, 4.4], head_fill=GREEN, band=None, size=9.5, bold_first_col=True)
    for r in range(1, len(rows)):
        shade(t.cell(r, 0), "EEF4EF")
    para(d, "")
    para(d, "Cross-cutting commitments: we will involve people with lived experience in everything we do, tackle the "
            "stigma that stops people seeking help, and treat alcohol harm alongside drugs wherever the two overlap.",
         italic=True)
    heading(d, "5  Outcomes framework", 1, page_break=True)
    para(d, "Progress will be reported every quarter using this local outcomes framework.")
    table(d, [["Outcome", "Baseline 2022/23", "Ambition 2026"],
              ["Adults in treatment", "2,350", "2,700"], ["Young people in treatment", "120", "150"],
              ["Successful completions", "14%", "18%"], ["Continuity of care", "38%", "60%"],
              ["Drug-related deaths", "31", "fewer each year"], ["Naloxone kits issued", "900", "1,500"]],
          [7.0, 4.6, 4.8], head_fill=GREEN, band="EEF4EF", size=9.5)
    para(d, "")
    para(d, "Baselines and ambitions are illustrative.", italic=True, size=9, colour="666666")
    heading(d, "6  Governance and membership", 1, page_break=True)
    para(d, "The partnership meets quarterly and reports to the Safer Plymouth Board and the Health and Wellbeing "
            "Board. Its members are:")
    bullets(d, ["Senior Responsible Owner (Director of Public Health)", "Devon and Cornwall Police",
                "Office of the Police and Crime Commissioner", "Probation Service", "HMP Exeter",
                "NHS Devon Integrated Care Board", "Plymouth City Council housing, children's services and adult social care",
                "Department for Work and Pensions", "Treatment and recovery providers", "People with lived experience"])
    para(d, "Three delivery groups report to the partnership: Supply and Enforcement, Treatment and Recovery, and "
            "Prevention and Young People. Drug-related deaths are reviewed by a separate panel.")
    page_break(d)
    para(d, "", space_after=300)
    cover_block(d, [("Plymouth Combating Drugs Partnership", 14, True, "FFFFFF"),
                    ("Public Health, Plymouth City Council, Ballard House, Plymouth", 10, False, "FFFFFF"),
                    ("combatingdrugs@plymouth.example", 10, False, "FFFFFF"),
                    ("Statistics in this strategy are illustrative.", 9, False, "DCEBDD")], GREEN, height_cm=4)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "1 Foreword", "nat": "2 The national strategy From", "ctx": "3 Drugs in Plymouth",
               "pri": "4 Our priorities The partnership", "out": "5 Outcomes framework",
               "gov": "6 Governance and membership"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "plymouth_drugs.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
