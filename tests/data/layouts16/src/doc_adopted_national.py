"""Quarrington Combating Drugs Partnership Plan 2027-2030 (Word, published as its LibreOffice PDF only, 5 pages).
The partnership ADOPTS the national drug strategy's three priorities as its own, in the Government's words,
and adds a fourth, local priority. So three of the four gold priorities are word for word the national
strategy's, and that wording is first printed on p2, in the section about the national strategy (a shaded box
quoting From Harm to Hope), before the partnership states them as its own priorities on p3 (Heading 1
"Priority 1 - X", "Priority 2 - X") and p4 ("Priority 3", "Priority 4"). Other lists: the national outcomes
framework (p2), the 2022-2025 substance misuse strategy's priorities (p5, bullets), and a measures table."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, shade, table

NAME = "adopted_national_priorities_drugs"
ACC = "7A2E5C"
TITLE = "Quarrington Combating Drugs Partnership Plan 2027-2030"
NATIONAL = ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
            "Achieve a generational shift in the demand for drugs"]
LOCAL = "Reduce the harm that alcohol causes to drinkers, their families and Quarrington's town centres"
DESC = [
    ("Quarrington is supplied by at least four county lines from outside the county, and police seized crack "
     "cocaine at 38 addresses in the Hartley and Moss Side wards last year.",
     ["Joint operations with the regional organised crime unit against the lines supplying Quarrington",
      "Closure orders on properties taken over by dealers (cuckooing), with support for the tenants",
      "A referral to the exploitation panel for every child found carrying drugs for supply"]),
    ("About 1,240 adults are in structured treatment in Quarrington, but we estimate that more than half of "
     "those who use opiates or crack cocaine are not in treatment at all.",
     ["Raise the number of adults in treatment to 1,500 by March 2030",
      "Start treatment within three weeks of release from prison for at least 70% of people with a need",
      "Add housing support and Individual Placement and Support to every treatment pathway"]),
    ("One in five 15-year-olds in Quarrington say they have been offered drugs, and the number of young people "
     "in specialist treatment has fallen since 2021.",
     ["Drug and alcohol education in every secondary school, planned with the young people's service",
      "Early help for children whose parents are in treatment",
      "Swift, certain and tough consequences for adults caught in possession, with a drug awareness course"]),
    ("Alcohol causes more harm in Quarrington than all illegal drugs together: alcohol-specific hospital "
     "admissions are 34% above the England average and have risen for five years. The national strategy does "
     "not cover alcohol, so the partnership has added this priority of its own.",
     ["Identification and brief advice in A&E and in every GP practice in the two highest-need wards",
      "A night-time welfare hub in Quarrington town centre on Friday and Saturday nights",
      "Licensing conditions on off-licences selling high-strength alcohol near the bus station"]),
]


def priority(doc, n, text, desc, wills):
    doc.add_heading(f"Priority {n} \u2013 {text}", level=1)
    para(doc, desc)
    para(doc, "We will:", bold=True, space_after=2)
    bullets(doc, wills)


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Quarrington Combating Drugs Partnership", accent=ACC, heading_sizes=(16, 13, 11.5))
    set_footer(doc.sections[0], TITLE)
    # p1 cover
    para(doc, "Quarrington Combating Drugs Partnership", size=14, color="595959", space_before=150)
    para(doc, "Partnership Plan", size=30, color=ACC)
    para(doc, "2027-2030", size=24, color=ACC)
    para(doc, "Local delivery of the national drug strategy in Quarrington", size=13, color="595959",
         space_before=12)
    para(doc, "January 2027", size=11, color="595959", space_before=260)
    page_break(doc)
    # p2 foreword + national strategy
    doc.add_heading("Foreword", level=1)
    para(doc, "Drugs harm every part of Quarrington. Last year 29 people in the district died from drug poisoning, "
              "and drug markets drive much of the violence our police and youth services deal with. This plan "
              "sets out how the Combating Drugs Partnership will work together over the next three years.")
    para(doc, "We have chosen to keep our plan close to the national strategy, so that our work adds up to "
              "something that can be compared with other areas. But alcohol does more harm here than any other "
              "drug, and we could not leave it out.")
    para(doc, "Dr Amira Castell, Director of Public Health and Senior Responsible Owner", italic=True)
    doc.add_heading("The national drug strategy", level=1)
    para(doc, "The Government's ten-year drug strategy, From Harm to Hope (2021), asks every area to form a "
              "Combating Drugs Partnership and to agree a local plan. The national strategy has three "
              "priorities:")
    t = doc.add_table(rows=1, cols=1)
    cell = t.rows[0].cells[0]
    shade(cell, "F3E6EE")
    cell.paragraphs[0].add_run("From Harm to Hope: the national priorities").bold = True
    for i, p in enumerate(NATIONAL, 1):
        cell.add_paragraph(f"{i}.  {p}")
    para(doc, "", space_after=2)
    para(doc, "Progress nationally is measured by the National Combating Drugs Outcomes Framework. Its three "
              "strategic outcomes are:")
    bullets(doc, ["reduce drug use", "reduce drug-related crime", "reduce drug-related deaths and harm"])
    page_break(doc)
    # p3 our priorities 1-2
    doc.add_heading("Our priorities", level=1)
    para(doc, "The partnership agreed its priorities on 14 November 2026. We have adopted the three national "
              "priorities as our own, in the same words, and added a fourth priority for Quarrington. These four "
              "are the partnership's priorities for 2027 to 2030.")
    priority(doc, 1, NATIONAL[0], *DESC[0])
    priority(doc, 2, NATIONAL[1], *DESC[1])
    page_break(doc)
    # p4 priorities 3-4
    priority(doc, 3, NATIONAL[2], *DESC[2])
    priority(doc, 4, LOCAL, *DESC[3])
    page_break(doc)
    # p5 measures, last strategy, governance
    doc.add_heading("How we will measure progress", level=1)
    table(doc, ["Priority", "Measure", "Baseline", "Target 2030"],
          [["1", "County lines closed", "6 a year", "10 a year"],
           ["2", "Adults in structured treatment", "1,240", "1,500"],
           ["2", "Continuity of care after prison", "48%", "70%"],
           ["3", "Young people in specialist treatment", "64", "90"],
           ["4", "Alcohol-specific admissions per 100,000", "812", "700"]],
          [1.8, 7.6, 3.2, 3.2], head_fill=ACC)
    doc.add_heading("Our last strategy", level=1)
    para(doc, "The Quarrington Substance Misuse Strategy 2022-2025 had four priorities. Its final report is "
              "published on the council's website.")
    bullets(doc, ["Fewer drug-related deaths", "More people in recovery", "Less drug dealing in our "
                  "neighbourhoods", "Children and families protected from the harm of parental substance misuse"])
    doc.add_heading("Governance", level=1)
    para(doc, "The partnership meets quarterly. It reports to the Quarrington Health and Wellbeing Board and to the "
              "Community Safety Partnership, and sends its annual return to the Joint Combating Drugs Unit. Three "
              "delivery groups (Supply, Treatment and recovery, Prevention and alcohol) report at every meeting.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [pdf]
