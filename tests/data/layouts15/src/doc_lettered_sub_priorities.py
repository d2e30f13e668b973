"""Hollinsey Drug and Alcohol Strategy 2026-2029 (Word, published as its LibreOffice PDF only). Three
priorities labelled by letter, "Priority A - X" to "Priority C - X" (Heading 1), each with two or three
sub-priorities "A1 - X", "A2 - X" (Heading 2) that read like priorities and have the same kind of wording.
The strategy says it has three priorities and that the sub-priorities belong to the delivery groups. Other
lists: a typed contents page, From Harm to Hope's three national priorities (numbered), the needs assessment's
findings, and a measures table keyed A1 to C2. Pages start at page breaks: A on p4, B and C on p5."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "lettered_sub_priorities_drugs"
ACC = "2B4F8C"
TITLE = "Hollinsey Drug and Alcohol Strategy 2026-2029"
PRI = [
    ("A", "Fewer people harmed or killed by drugs and alcohol in Hollinsey",
     "Hollinsey's rate of deaths from drug poisoning is the third highest in the region, and alcohol-specific "
     "hospital admissions have risen for four years in a row.",
     [("Preventing drug and alcohol deaths",
       "Naloxone for everyone leaving treatment or custody; a review of every drug-related death."),
      ("Reducing alcohol harm in the night-time economy",
       "Licensing conditions, a town centre welfare hub and identification and brief advice in A&E."),
      ("Early help for young people who use drugs",
       "A young people's substance misuse service in every secondary school.")]),
    ("B", "Recovery that lasts, with a home, a job and family around it",
     "Only one in four people who leave treatment in Hollinsey are still in recovery a year later.",
     [("More people in treatment",
       "Raise the number of adults in structured treatment from 1,380 to 1,700."),
      ("Housing and employment support for people in recovery",
       "Individual Placement and Support in every treatment service and a recovery housing pathway."),
      ("Support for families affected by someone's drug or alcohol use",
       "A family support service and named contacts for children of parents in treatment.")]),
    ("C", "Safer neighbourhoods, free from drug dealing and county lines",
     "Three county lines operate into Hollinsey from outside the county, and residents of the Westfield and "
     "Old Quay estates name drug dealing as their main concern.",
     [("Closing down county lines and local drug markets",
       "Joint operations with the regional organised crime unit and the British Transport Police."),
      ("Safeguarding children and adults who are exploited",
       "A referral to the exploitation hub for every child found in possession of drugs for supply.")]),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Hollinsey Combating Drugs Partnership", accent=ACC, heading_sizes=(17, 13, 11.5))
    set_footer(doc.sections[0], TITLE)
    para(doc, "Hollinsey Drug and Alcohol Strategy", size=28, color=ACC, space_before=170)
    para(doc, "2026-2029", size=22, color=ACC)
    para(doc, "Hollinsey Combating Drugs Partnership", size=14, color="595959", space_before=24)
    para(doc, "December 2026", size=11, color="595959", space_before=230)
    page_break(doc)
    # p2 contents + foreword
    para(doc, "Contents", size=17, color=ACC, bold=True)
    for t in ["Foreword", "The national strategy", "Drugs and alcohol in Hollinsey", "Our priorities",
              "Priority A and its sub-priorities", "Priorities B and C and their sub-priorities",
              "Measuring success", "Governance"]:
        para(doc, t, space_after=2)
    doc.add_heading("Foreword", level=1)
    para(doc, "Drugs and alcohol cost lives in Hollinsey: 41 people died from drug poisoning in the last three "
              "years, and many more families live with the harm that addiction causes. This strategy brings the "
              "council, the police, the NHS, probation, housing and the voluntary sector together behind one plan.")
    para(doc, "Councillor Dev Markham, Chair, Hollinsey Combating Drugs Partnership", italic=True, color="595959")
    page_break(doc)
    # p3 national + local
    doc.add_heading("The national strategy", level=1)
    para(doc, "From Harm to Hope, the Government's ten-year drugs plan, asks every area to set up a Combating "
              "Drugs Partnership. It has three national priorities:")
    for i, t in enumerate(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                           "Achieve a generational shift in the demand for drugs"], 1):
        para(doc, f"{i}.\t{t}", indent_cm=0.6, space_after=2)
    doc.add_heading("Drugs and alcohol in Hollinsey", level=1)
    para(doc, "Our needs assessment (2026) found:")
    bullets(doc, ["an estimated 1,950 adults use opiates or crack cocaine, and 61% of them are not in treatment;",
                  "alcohol-specific hospital admissions are 22% above the England average;",
                  "one in three people leaving prison with a drug need does not start community treatment;",
                  "cannabis and vaping are the substances young people ask about most."])
    doc.add_heading("Our priorities", level=1)
    para(doc, "This strategy has three priorities, labelled A to C. Each priority has two or three "
              "sub-priorities. The sub-priorities are owned by the partnership's delivery groups and will be "
              "reviewed every year; the three priorities are fixed for the life of the strategy.")
    page_break(doc)
    # p4 A, p5 B and C
    for letter, title, why, subs in PRI:
        if letter == "C":
            para(doc, "", space_after=4)
        doc.add_heading(f"Priority {letter} \u2013 {title}", level=1)
        para(doc, why)
        for j, (st, what) in enumerate(subs, 1):
            doc.add_heading(f"{letter}{j} \u2013 {st}", level=2)
            para(doc, what)
        if letter == "A":
            para(doc, "Delivery group: Harm Reduction Group, chaired by the Director of Public Health.", italic=True,
                 color="595959")
            page_break(doc)
        elif letter == "B":
            para(doc, "Delivery group: Treatment and Recovery Group.", italic=True, color="595959")
        else:
            para(doc, "Delivery group: Safer Communities Group, chaired by Hollinsey Police's district commander.",
                 italic=True, color="595959")
    page_break(doc)
    # p6 measures + governance
    doc.add_heading("Measuring success", level=1)
    table(doc, ["Ref", "Measure", "Baseline 2025-26", "Ambition 2029"],
          [["A1", "Deaths from drug poisoning (three-year rate per 100,000)", "9.8", "7.0"],
           ["A2", "Alcohol-specific hospital admissions per 100,000", "702", "600"],
           ["A3", "Young people in specialist treatment", "64", "110"],
           ["B1", "Adults in structured treatment", "1,380", "1,700"],
           ["B2", "People in treatment who are in work", "14%", "22%"],
           ["B3", "Families supported by the family service", "n/a", "250 a year"],
           ["C1", "County lines closed", "3", "all identified lines"],
           ["C2", "Children referred to the exploitation hub", "n/a", "100%"]],
          [1.5, 9.2, 3.0, 3.0], head_fill=ACC)
    doc.add_heading("Governance", level=1)
    para(doc, "The Combating Drugs Partnership meets quarterly and reports to the Hollinsey Health and Wellbeing "
              "Board and the Community Safety Partnership. Its Senior Responsible Owner is the Director of Public "
              "Health. Each delivery group reports on its sub-priorities at every meeting.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 6, common.pdf_pages(pdf)
    return [pdf]
