"""Penvarra Youth Justice Plan 2026-27 (Word). Page 3 is its own Word section laid out in TWO newspaper
columns. The five strategic aims are list paragraphs numbered by a custom numbering definition whose level
text is "Strategic Aim %1:", so the label is not part of the paragraph's text in the .docx; LibreOffice prints
"Strategic Aim 1:" in bold. A second list in the same document (the Child First principles, p2) is an ordinary
decimal list. Published as .docx and as its LibreOffice PDF; pages start at section and page breaks."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_BREAK

import common
from docx_extra import add_numbering, number_paragraph
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "strategic_aim_columns_youth_justice"
ACC = "8A3B12"
AIMS = [
    ("Fewer Penvarra children entering the youth justice system for the first time",
     "First-time entrants fell to 142 per 100,000 children in 2025, but remain above the regional average. We will "
     "widen the Turnaround programme and make every out-of-court decision at a joint panel."),
    ("Children on our caseload are in full-time education, training or work",
     "Only 41% of children finishing an order were in full-time education. We will place a specialist teacher in the "
     "service and agree a protocol with every secondary school."),
    ("Keeping children safe from exploitation and serious violence",
     "One in four children we worked with last year had been criminally exploited. We will hold a single "
     "exploitation panel with children's social care and the police."),
    ("Reducing the over-representation of Black and mixed heritage children",
     "Black and mixed heritage children are 6% of Penvarra's 10 to 17 year olds but 15% of our caseload. We will "
     "publish our disproportionality data every quarter."),
    ("Victims have a voice in restorative justice",
     "Only 22% of victims were offered a restorative process. We will contact every identified victim within five "
     "working days."),
]


def set_columns(section, num: int, space_twips: int = 567) -> None:
    sectpr = section._sectPr
    old = sectpr.find(qn("w:cols"))
    if old is not None:
        sectpr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    sectpr.append(cols)


def build(work: Path) -> Path:
    doc = new_doc("Penvarra Youth Justice Plan 2026-27", "Penvarra Youth Justice Partnership Board", accent=ACC,
                  heading_sizes=(18, 13, 11))
    set_footer(doc.sections[0], "Penvarra Youth Justice Plan 2026-27")
    aim = add_numbering(doc, 31, 31, [dict(fmt="decimal", text="Strategic Aim %1:", suff="space", bold=True,
                                           color=ACC, left_cm=0, hanging_cm=0)], multilevel=False)
    dec = add_numbering(doc, 32, 32, [dict(fmt="decimal", text="%1.", left_cm=0.8, hanging_cm=0.6)],
                        multilevel=False)
    para(doc, "Penvarra Youth Justice Plan 2026-27", size=28, color=ACC, space_before=160)
    para(doc, "Penvarra Youth Justice Service and the Youth Justice Partnership Board", size=14, color="595959")
    para(doc, "Submitted to the Youth Justice Board on 30 April 2026", size=10, color="595959", space_before=180)
    page_break(doc)
    doc.add_heading("Introduction", level=1)
    para(doc, "This is our annual youth justice plan, written under section 40 of the Crime and Disorder Act 1998. It "
              "looks back on 2025-26 and sets out our strategic aims for the year ahead. It was agreed by the Youth "
              "Justice Partnership Board, chaired by the council's Director of Children's Services.")
    doc.add_heading("Child First", level=1)
    para(doc, "Our practice follows the four tenets of the Youth Justice Board's Child First principle:")
    for t in ["As children: recognise their needs, capacities, rights and potential.",
              "Building pro-social identity: promote children's individual strengths and capacities.",
              "Collaborating with children: encourage active participation, engagement and wider social inclusion.",
              "Diverting from stigma: promote a childhood removed from the justice system."]:
        number_paragraph(para(doc, t, space_after=3), dec)
    doc.add_heading("Last year in numbers", level=1)
    table(doc, ["Key performance indicator", "2024-25", "2025-26"],
          [["First-time entrants per 100,000 10-17 year olds", "161", "142"],
           ["Reoffending rate (binary)", "33.1%", "29.4%"],
           ["Custody rate per 1,000 10-17 year olds", "0.09", "0.07"],
           ["Children in suitable accommodation at the end of their order", "88%", "91%"]],
          [10.5, 3, 3], head_fill=ACC)
    para(doc, "Last year's plan had four aims: diversion, education, exploitation and participation. All four carry "
              "forward in some form.", space_before=8)
    # p3: a new section on a new page, in two columns
    sec = doc.add_section()
    set_columns(sec, 2)
    doc.add_heading("Our strategic aims for 2026-27", level=1)
    para(doc, "The Board agreed five strategic aims in March 2026, after listening to 38 children and their "
              "families.", italic=True)
    for i, (name, body) in enumerate(AIMS):
        p = para(doc, name, bold=True, color=ACC, size=11.5, space_after=3, keep_next=True)
        number_paragraph(p, aim)
        b = para(doc, body, size=10)
        if i == 2:  # the author's column break, so that aims 4 and 5 start the right-hand column
            b.add_run().add_break(WD_BREAK.COLUMN)
    para(doc, "\u201cI want someone to talk to who isn't going to judge me.\u201d \u2013 a young person, aged 15",
         italic=True, size=10, color="595959")
    sec = doc.add_section()
    set_columns(sec, 1)
    doc.add_heading("Resources and governance", level=1)
    para(doc, "The service's budget for 2026-27 is \u00a32.41 million, of which \u00a3812,000 is the Youth Justice "
              "Board grant. The Board meets quarterly and reviews the national key performance indicators at every "
              "meeting.")
    doc.add_heading("Board sign-off", level=1)
    para(doc, "Signed on behalf of the Penvarra Youth Justice Partnership Board by Helen Tregear, Chair.")
    doc.add_heading("Challenges and risks", level=1)
    bullets(doc, ["Recruitment of qualified youth justice workers", "Court delays for children remanded",
                  "The end of the Turnaround grant in March 2027"])
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
