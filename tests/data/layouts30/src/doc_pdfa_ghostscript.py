"""Carnwick Youth Justice Plan 2026-27 (Word, printed by LibreOffice), then archived by the council's records
system as PDF/A-2b with Ghostscript (pdfwrite, sRGB output intent, XMP metadata): fonts re-embedded as CFF
subsets (as CIDFontType0 / CFF), the text re-encoded, and the Info and XMP title replaced by the records system's
reference ("CARN-YJS-PLAN-2026-27 archived copy"), not the plan's title."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table
from kit30 import gs_pdfa2b

NAME = "ghostscript_pdfa2b_youth_justice"
ACC = "245A8D"
PRI = ["Fewer children entering the youth justice system for the first time",
       "Education, training and work for every child we supervise",
       "Keeping children safe from exploitation and serious violence",
       "Listening to children and acting on what they tell us"]


def build(work: Path) -> Path:
    doc = new_doc("Carnwick Youth Justice Plan 2026-27", "Carnwick Youth Justice Partnership Board", accent=ACC,
                  heading_sizes=(17, 13, 11))
    set_footer(doc.sections[0], "Carnwick Youth Justice Plan 2026-27")
    para(doc, "Carnwick Youth Justice Partnership Board", size=13, color="595959", space_before=120)
    para(doc, "Youth Justice Plan 2026\u201327", size=28, color=ACC)
    doc.add_heading("Introduction from the Chair", level=1)
    para(doc, "This plan sets out how the Carnwick Youth Justice Service and its partners will work with "
              "children in the year ahead. We follow the Child First principle: we see children as children, "
              "build on their strengths and help them move away from offending.")
    para(doc, "Marcus Elridge, Chair of the Youth Justice Partnership Board", italic=True, color="595959")
    page_break(doc)
    doc.add_heading("Our performance in 2025\u201326", level=1)
    para(doc, "First-time entrants fell from 64 to 51. The reoffending rate stayed at 31%. Thirteen children "
              "received custodial sentences, up from nine.")
    doc.add_heading("Last year's priorities", level=2)
    para(doc, "The 2025\u201326 plan's priorities were reducing custody, improving health assessments and "
              "reducing the overrepresentation of children in care. Work on all three continues through the "
              "board's standing groups.")
    doc.add_heading("National key performance indicators", level=2)
    bullets(doc, ["Suitable accommodation", "Education, training and employment", "Special educational needs",
                  "Mental health and emotional wellbeing", "Substance misuse", "Out-of-court disposals"])
    doc.add_heading("Child First principles", level=2)
    bullets(doc, ["See children as children", "Develop a pro-social identity", "Collaborate with children",
                  "Promote diversion"])
    page_break(doc)
    doc.add_heading("Our priorities for 2026\u201327", level=1)
    para(doc, "The board has agreed four priorities:")
    notes = ["A new prevention and diversion offer with the police and schools, and a review of every "
             "out-of-court decision.",
             "A dedicated education officer, and work with colleges on places for children who leave school "
             "early.",
             "Joint work with the exploitation hub, and a contextual safeguarding approach in the two town centres.",
             "A children's panel that reviews our services twice a year, and feedback forms in every case."]
    for i, (p, n) in enumerate(zip(PRI, notes), 1):
        doc.add_heading(f"{i}. {p}", level=2)
        para(doc, n)
    page_break(doc)
    doc.add_heading("Resources and governance", level=1)
    table(doc, ["Funding source", "2026-27 (\u00a3)"],
          [["Youth Justice Board grant", "612,000"], ["Carnwick Council", "1,104,000"],
           ["Police and Crime Commissioner", "145,000"], ["Integrated care board", "98,000"]], [10, 5],
          head_fill=ACC)
    para(doc, "The Youth Justice Partnership Board meets every quarter. The plan will be reviewed in "
              "March 2027.", space_before=8)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    common.normalise_pdf(work / f"{NAME}.pdf")
    pdf = gs_pdfa2b(work / f"{NAME}.pdf", out / f"{NAME}.pdf", work, "CARN-YJS-PLAN-2026-27 archived copy",
                    "Carnwick Council Records Management")
    assert common.pdf_pages(pdf) == 4, common.pdf_pages(pdf)
    return [pdf]
