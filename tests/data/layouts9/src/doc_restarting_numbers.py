"""Harrowdean Victims Strategy 2026-2029 (Word). Three lists in the document share ONE abstract numbering
definition ("%1.") and each restarts at 1 through its own w:num with a startOverride, as Word writes when you
choose "Restart at 1": the findings "What victims told us" (1-4, p2), the three priorities (1-3, p3) and the
year-one actions (1-5, p4). The priority list is the only one under a heading that says "priorities". The
Victims' Code rights are bullets. Published as .docx and as its LibreOffice PDF; pages start at page breaks."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import common
from docx_extra import add_numbering, number_paragraph
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "restarting_numbers_victims"
ACC = "7A2E4D"
PRI = ["Victims get the right support at the right time, whatever the crime",
       "Fewer victims drop out of the criminal justice process before trial",
       "Children and young people who are victims are heard and protected"]


def restart(doc, abs_id: int, num_id: int) -> int:
    """A new w:num on an existing abstract definition, restarting level 0 at 1."""
    numbering = doc.part.numbering_part.element
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(abs_id))
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return num_id


def numbered_list(doc, items, num, **kw):
    for t in items:
        number_paragraph(para(doc, t, space_after=4, **kw), num)


def build(work: Path) -> Path:
    doc = new_doc("Harrowdean Victims Strategy 2026-2029", "Office of the Police and Crime Commissioner for "
                  "Harrowdean", accent=ACC, heading_sizes=(18, 13, 11))
    set_footer(doc.sections[0], "Harrowdean Victims Strategy 2026-2029")
    first = add_numbering(doc, 41, 41, [dict(fmt="decimal", text="%1.", left_cm=0.9, hanging_cm=0.6)],
                          multilevel=False)
    pri = restart(doc, 41, 42)
    act = restart(doc, 41, 43)
    para(doc, "Harrowdean Victims Strategy", size=30, color=ACC, space_before=170)
    para(doc, "2026\u20132029", size=22, color=ACC)
    para(doc, "Office of the Police and Crime Commissioner for Harrowdean, with the Harrowdean Local Criminal "
              "Justice Board", size=13, color="595959", space_before=24)
    para(doc, "Published June 2026", size=11, color="595959", space_before=200)
    page_break(doc)
    doc.add_heading("Foreword from the Commissioner", level=1)
    para(doc, "Being a victim of crime can turn your life upside down. Every year around 41,000 crimes are reported "
              "in Harrowdean, and behind every one is a person who deserves to be treated with dignity and kept "
              "informed. I commission support services for victims, and I hold the police and other agencies to "
              "account for how they treat victims.")
    para(doc, "This strategy was written with victims. More than 600 people answered our survey and 40 took part in "
              "focus groups. I am grateful to each of them.")
    para(doc, "Rebecca Thornhill, Police and Crime Commissioner for Harrowdean", italic=True, color="595959")
    doc.add_heading("What victims told us", level=1)
    numbered_list(doc, ["Too many people were not told about the support available until weeks after they "
                        "reported the crime.",
                        "Victims want one person to keep them updated, not a different officer each time.",
                        "Delays in the courts are the main reason people give up on a case.",
                        "Young people said adults talked about them, not to them."], first)
    page_break(doc)
    doc.add_heading("Our priorities for 2026-2029", level=1)
    para(doc, "Based on what victims told us, and on the Victims and Prisoners Act 2024, we have set three "
              "priorities. Every service we commission and every action in this strategy is linked to at least "
              "one of them.")
    numbered_list(doc, PRI, pri, bold=True, color=ACC, size=12)
    para(doc, "These priorities sit under the Police and Crime Plan's aim of \u201cputting victims at the heart of "
              "everything we do\u201d.", space_before=8)
    doc.add_heading("The Victims' Code", level=2)
    para(doc, "Everything in this strategy builds on the 12 rights in the Code of Practice for Victims of Crime. "
              "Among them, victims have the right:")
    bullets(doc, ["to be able to understand and to be understood",
                  "to be referred to services that support victims",
                  "to be given information about the investigation and prosecution",
                  "to make a Victim Personal Statement",
                  "to make a complaint about their rights not being met"])
    doc.add_heading("Our values", level=2)
    para(doc, "We will be trauma-informed, we will be honest about what we can and cannot do, and we will treat "
              "every victim as an individual.")
    page_break(doc)
    doc.add_heading("What we will do in year one", level=1)
    para(doc, "In 2026-27 we will:")
    numbered_list(doc, ["Commission a single victim care hub for Harrowdean, open six days a week.",
                        "Give every victim of a high-harm crime a named case contact.",
                        "Fund two more independent sexual violence advisers for the Crown Court backlog.",
                        "Set up a young victims' panel that meets four times a year.",
                        "Publish the Victims' Code compliance results every quarter."], act)
    doc.add_heading("How we will measure progress", level=1)
    table(doc, ["Measure", "Baseline 2025-26", "Target 2028-29"],
          [["Victims contacted by support services within 48 hours", "61%", "85%"],
           ["Cases where the victim withdraws support for prosecution", "24%", "18%"],
           ["Young victims referred to specialist support", "310", "500"],
           ["Victims satisfied with the service they received", "67%", "75%"]],
          [9.5, 3.5, 3.5], head_fill=ACC)
    page_break(doc)
    doc.add_heading("Governance", level=1)
    para(doc, "The Harrowdean Local Criminal Justice Board's Victims and Witnesses Group oversees this strategy and "
              "reports to the Board twice a year. The Commissioner's Police and Crime Panel receives an annual "
              "report.")
    doc.add_heading("Our previous strategy", level=1)
    para(doc, "The 2022-2025 victims strategy had four priorities: improving the first contact with victims, "
              "support for victims of fraud, tackling hate crime, and restorative justice. The new hub replaces "
              "the separate fraud and hate crime services.")
    doc.add_heading("Get help", level=1)
    para(doc, "Harrowdean Victim Care: 0800 123 4567 (free, Monday to Saturday, 8am to 8pm). In an emergency "
              "always call 999.")
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
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [docx, pdf]
