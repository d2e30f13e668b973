"""Pellingford Community Safety Partnership Plan 2026-2029 (Word). The plan is ONE three-level Word list
(w:abstractNum, multilevel): level 1 (ilvl 0, "Pillar %1:") holds the three pillars, level 2 (ilvl 1, "%1.%2")
the five priorities, and level 3 (ilvl 2, an en-dash bullet) the actions under each priority. All three levels
use the "List Paragraph" style; the only difference in the .docx is w:ilvl and the direct formatting. The
introduction says the priorities sit under the pillars. A second list with a numbering definition of the same
shape, in "Looking back", has the 2023-2026 plan's two pillars and four priorities in the same shape. Published as
.docx and as its LibreOffice PDF."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.shared import Pt

import common
from docx_extra import add_numbering, number_paragraph
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "pillar_levels_list_csp"
ACC = "1B5E8C"
PLAN = [
    ("Safer people", [
        ("Fewer young people drawn into violence and exploitation",
         ["Fund detached youth work in the four wards with most knife crime",
          "Offer every child excluded from school a mentor within ten days"]),
        ("Better protection for people who are repeat victims of anti-social behaviour",
         ["Hold a case review for anyone reporting three incidents in six months"])]),
    ("Safer places", [
        ("A town centre that is safe and welcoming in the evening",
         ["Run a Pellingford Safe Haven in the Corn Exchange on Friday and Saturday nights",
          "Renew the public spaces protection order for the town centre"]),
        ("Tackling drug dealing and its harm on the Millbrook and Quarry Hill estates",
         ["Close problem addresses faster with partial closure orders"])]),
    ("Stronger communities", [
        ("Communities that stand together against hate crime",
         ["Open three more third-party hate crime reporting centres",
          "Work with schools after every reported hate incident"])]),
]
OLD = [("Reducing crime", ["Burglary and vehicle crime", "Violent crime in the night-time economy"]),
       ("Protecting the vulnerable", ["Domestic abuse", "Scams and doorstep crime"])]


def build(work: Path) -> Path:
    doc = new_doc("Pellingford Community Safety Partnership Plan 2026-2029", "Pellingford Community Safety "
                  "Partnership", accent=ACC, heading_sizes=(16, 13, 11.5))
    set_footer(doc.sections[0], "Pellingford CSP Plan 2026-2029")
    levels = [dict(fmt="decimal", text="Pillar %1:", left_cm=0.0, hanging_cm=0.0, suff="space", bold=True,
                   color=ACC, size=13),
              dict(fmt="decimal", text="%1.%2", left_cm=1.2, hanging_cm=1.2, bold=True, size=11),
              dict(fmt="bullet", text="\u2013", left_cm=1.8, hanging_cm=0.6)]
    plan = add_numbering(doc, 61, 61, levels)
    old = add_numbering(doc, 62, 62, levels)  # a second definition of the same shape, for the 2023-26 plan
    # ---- p1
    para(doc, "Pellingford Community Safety Partnership", size=13, color="595959", space_before=110)
    para(doc, "Partnership Plan 2026-2029", size=30, color=ACC)
    para(doc, "Agreed by the partnership on 9 July 2026", size=11, color="595959", space_before=18)
    page_break(doc)
    # ---- p2
    doc.add_heading("Introduction", level=1)
    para(doc, "The Pellingford Community Safety Partnership brings together Pellingford Borough Council, "
              "Pellingford Police, the Fire and Rescue Service, the Probation Service, the Integrated Care Board and "
              "local housing providers. We have a legal duty to agree a plan to reduce crime and disorder, "
              "substance misuse and reoffending.")
    para(doc, "This plan is built on three pillars: safer people, safer places and stronger communities. Under "
              "them sit our five priorities for 2026-2029, and under each priority the actions partners have "
              "agreed to take in the first year.")
    doc.add_heading("What the strategic assessment found", level=1)
    bullets(doc, ["Knife crime involving under-18s rose from 19 to 31 offences in two years.",
                  "Eight in ten anti-social behaviour reports come from fewer than 200 addresses.",
                  "Violent crime in the town centre peaks between 10pm and 3am on Fridays and Saturdays.",
                  "Reported hate crime rose by 22%, mostly racially motivated abuse in public places."])
    doc.add_heading("Our values", level=1)
    para(doc, "We put victims first, we use evidence, and we work in the open with residents.")
    page_break(doc)
    # ---- p3: the plan as one multilevel list
    doc.add_heading("Our pillars, priorities and first-year actions", level=1)
    for pillar, pris in PLAN:
        p = para(doc, pillar, bold=True, size=13, color=ACC, style="List Paragraph", space_before=10,
                 space_after=4, keep_next=True)
        number_paragraph(p, plan, 0)
        for pri, acts in pris:
            p = para(doc, pri, bold=True, style="List Paragraph", space_before=4, space_after=2, keep_next=True)
            number_paragraph(p, plan, 1)
            for a in acts:
                p = para(doc, a, style="List Paragraph", space_after=2)
                number_paragraph(p, plan, 2)
    para(doc, "")
    para(doc, "Each priority has a delivery group that reports to the partnership every quarter.", italic=True,
         color="595959")
    page_break(doc)
    # ---- p4: looking back, measures
    doc.add_heading("Looking back: the 2023-2026 plan", level=1)
    para(doc, "Our last plan had two pillars and four priorities. Burglary fell by 27% over the three years, and "
              "the work on scams now sits with Trading Standards.")
    for pillar, pris in OLD:
        p = para(doc, pillar, bold=True, size=13, color="7F7F7F", style="List Paragraph", space_before=6,
                 space_after=4, keep_next=True)
        number_paragraph(p, old, 0)
        for pri in pris:
            p = para(doc, pri, bold=True, style="List Paragraph", space_after=2)
            number_paragraph(p, old, 1)
    doc.add_heading("How we will measure progress", level=1)
    table(doc, ["Measure", "2025-26", "Target 2028-29"],
          [["Knife crime offences by under-18s", "31", "20"],
           ["Repeat victims of anti-social behaviour", "412", "300"],
           ["Violent crime in the town centre at night", "655", "520"],
           ["Hate crimes reported through third-party centres", "38", "90"]],
          [10.0, 3.0, 3.4], head_fill=ACC)
    doc.add_heading("Governance", level=1)
    para(doc, "The partnership reports to the council's Community Scrutiny Committee each year, and to the Police "
              "and Crime Commissioner, whose Police and Crime Plan priorities are safer neighbourhoods, support "
              "for victims, and tackling serious violence.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 4, common.pdf_pages(pdf)
    return [docx, pdf]
