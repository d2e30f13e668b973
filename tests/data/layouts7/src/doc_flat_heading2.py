"""Ravensholt Victims Strategy (Word). There is no Heading 1: every section title in the document is a Heading 2,
flat, and the four priorities are unlabelled Heading 2s among them ("About this strategy", "What victims told
us", "Our priorities", then the four priorities, then "The Victims' Code", "How we will measure progress",
"Governance"). The style alone does not say which headings are priorities; the "Our priorities" paragraph does.
Published as .docx and as its LibreOffice PDF; pages are set by explicit page breaks."""
from __future__ import annotations

import shutil
from pathlib import Path

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "flat_heading2_victims"
ACC = "1B4D6E"
PRI = [
    ("Victims get the right support, whether or not they report to the police",
     "Four in ten victims who contacted our victim service last year had not reported the crime. They told us they "
     "were afraid of not being believed, or of what would happen to the offender.",
     ["Keep the victim service open to self-referral", "Fund specialist advocates for hate crime and fraud victims"]),
    ("Victims are kept informed, at every stage, by someone who knows their case",
     "Not being kept informed is the biggest single cause of complaints. Victims told us they had to chase the "
     "police, the Crown Prosecution Service and the court separately.",
     ["A single point of contact from charge to sentence", "Text updates when a hearing date changes"]),
    ("Fewer victims drop out of the justice process",
     "In 2024-25, 29% of cases where a suspect was identified ended because the victim did not support further "
     "action. Delays in the Crown Court are a big part of the reason.",
     ["Pre-trial support visits to the court", "Independent advisers for victims waiting more than a year for "
      "trial"]),
    ("Services designed with victims, and checked by them",
     "The people best placed to tell us whether services work are the victims who use them.",
     ["A victims' panel that reviews a sample of cases every quarter", "Publish what we changed because of "
      "feedback"]),
]


def build(work: Path) -> Path:
    doc = new_doc("Ravensholt Victims Strategy 2026-2029", "Ravensholt Local Criminal Justice Board", accent=ACC,
                  heading_sizes=(17, 15, 11.5))
    set_footer(doc.sections[0], "Ravensholt Victims Strategy 2026-2029")
    para(doc, "Victims Strategy 2026-2029", style="Title", space_before=150)
    para(doc, "Ravensholt Local Criminal Justice Board and the Office of the Police and Crime Commissioner",
         style="Subtitle")
    para(doc, "Approved by the Board on 12 February 2026", size=10, color="595959", space_before=200)
    page_break(doc)
    doc.add_heading("About this strategy", level=2)
    para(doc, "This strategy sets out how the police, the Crown Prosecution Service, the courts, Probation, the "
              "Police and Crime Commissioner and the victim services we fund will work together for victims of crime "
              "in Ravensholt. It meets the duty in the Victims and Prisoners Act 2024 for local bodies to "
              "collaborate on services for victims.")
    doc.add_heading("What victims told us", level=2)
    para(doc, "We surveyed 640 victims and held six focus groups in autumn 2025. They told us:")
    bullets(doc, ["they want one person to contact, not five", "they were not told when a court date moved",
                  "they did not know support was available if they had not reported",
                  "waiting for trial was harder than the crime itself"])
    doc.add_heading("Our vision", level=2)
    para(doc, "Every victim in Ravensholt is treated with dignity and gets the help they need to cope and recover.")
    page_break(doc)
    doc.add_heading("Our priorities", level=2)
    para(doc, "The Board has agreed four priorities. Each of the next four headings is one of them.")
    for i, (title, why, will) in enumerate(PRI):
        if i == 2:
            page_break(doc)
        doc.add_heading(title, level=2)
        para(doc, why)
        para(doc, "What we will do", bold=True)
        bullets(doc, will)
    page_break(doc)
    doc.add_heading("The Victims' Code", level=2)
    para(doc, "Under the Code of Practice for Victims of Crime, victims have twelve rights. Among them, the right:")
    bullets(doc, ["to be able to understand and to be understood", "to have the details of the crime recorded "
                  "without unjustified delay", "to be provided with information when reporting the crime",
                  "to be referred to services that support victims", "to be provided with information about "
                  "compensation", "to be kept informed about the investigation and prosecution"])
    doc.add_heading("How we will measure progress", level=2)
    table(doc, ["Measure", "2024-25", "Aim"],
          [["Victims satisfied with being kept informed", "57%", "75%"],
           ["Cases closed because the victim withdrew support", "29%", "22%"],
           ["Self-referrals to the victim service", "1,310", "1,600"]], [10, 3, 3], head_fill=ACC)
    doc.add_heading("Governance", level=2)
    para(doc, "The Local Criminal Justice Board's Victims and Witnesses Group will monitor the strategy and report to "
              "the Board twice a year. The previous strategy (2022-2025) had three aims: compliance with the "
              "Victims' Code, better support for vulnerable witnesses, and faster justice.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    return [docx, common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
