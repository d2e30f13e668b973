"""year_columns_a3_poster_youth_justice: the Frayswick Youth Justice Partnership's "strategy on a page", made in
Word as an A3 landscape poster (python-docx -> LibreOffice Writer). Published as .docx and as its PDF (1 page).

The poster is one big table: the header row reads "Our priorities | Year 1: 2026-27 | Year 2: 2027-28 |
Year 3: 2028-29 | How we will know", and the five priorities are the bold, shaded ROW HEADERS, each followed by a
milestone for each year. Gold is those five row headers.

Not gold: the Child First tenets in a band of four cells above the table; a full-width row "What makes it work"
inside the SAME table, followed by three enabler rows whose bold, shaded row headers look exactly like the
priorities; the vision; last year's priorities and the governance line under the table.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

import common
from docx_kit import cell_margins, cell_text, col_widths, merge_cells, new_doc, para, row_height, shade, valign

NAME = "year_columns_a3_poster_youth_justice"
TITLE = "Frayswick Youth Justice Partnership: our strategy on a page 2026-2029"
ACC = "0B5563"
PALE = "DCEFF1"

ROWS = [
    ("Fewer children entering the youth justice system",
     "Turnaround and Youth Diversion in every locality team",
     "Out-of-court decisions reviewed by a joint panel each month",
     "First-time entrants below the regional average",
     "First-time entrants per 100,000 children"),
    ("Children in education, training or work",
     "Education worker in the youth justice team; school exclusion alerts",
     "Every child on an order has a named education lead",
     "Post-16 offer agreed with Frayswick College",
     "Children in suitable education, training or employment at the end of their order"),
    ("Reducing serious violence involving children",
     "Weapons awareness programme in every secondary school",
     "Joint exploitation panel with the Serious Violence Partnership",
     "Mentoring for every child arrested for a knife offence",
     "Knife and weapon offences by children; hospital admissions for assault"),
    ("Stable homes for children leaving custody or care",
     "Resettlement plan started on the first day in custody",
     "Two supported lodging places kept for children leaving custody",
     "No child released to unsuitable accommodation",
     "Children in suitable accommodation at the end of their order"),
    ("Hearing the voices of children and victims",
     "Children's panel meets every quarter and reports to the Board",
     "Restorative justice offered to every victim",
     "Children help recruit every new member of staff",
     "Children's and victims' feedback; victims offered restorative justice"),
]
ENABLERS = [
    ("A skilled and supported workforce", "Trauma-informed training for all staff",
     "Clinical supervision for case managers", "Staff survey: 80% feel supported", "Staff turnover; training records"),
    ("Shared data and good information", "One dataset shared by the partners", "Live dashboard for the Board",
     "Annual needs assessment published", "Board reviews the dashboard each quarter"),
    ("Strong links with schools and health", "Named youth justice contact in every school",
     "Speech and language screening for every child", "Joint health pathway with CAMHS",
     "Children screened; referrals taken up"),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Frayswick Youth Justice Partnership", size=10, accent=ACC, margins_cm=1.2)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(42.0), Cm(29.7)
    for side in ("top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.0))

    para(doc, "FRAYSWICK YOUTH JUSTICE PARTNERSHIP", bold=True, size=16, color="5C7F86", space_after=0)
    para(doc, "Our strategy on a page 2026\u20132029", bold=True, size=40, color=ACC, space_after=4)
    para(doc, runs=[("Our vision: ", True), ("every child in Frayswick is safe, is treated as a child first, and "
                                            "has the chance to build a positive future free from offending.", False)],
         size=15, space_after=10)

    band = doc.add_table(rows=2, cols=4)
    band.style = doc.styles["Table Grid"]
    merge_cells(band, 0, 0, 0, 3)
    cell_text(band.cell(0, 0), "Child First: how we work with every child (Youth Justice Board)", bold=True, size=13,
              color="FFFFFF")
    shade(band.cell(0, 0), "5C7F86")
    tenets = ["As children: seeing children as children", "Building a pro-social identity",
              "Collaborating with children", "Promoting diversion from the justice system"]
    for i, t in enumerate(tenets):
        cell_text(band.cell(1, i), t, size=13, align="center")
        shade(band.cell(1, i), "EEF3F4")
    col_widths(band, [9.9] * 4)
    cell_margins(band)
    para(doc, "", space_after=4, size=4)

    widths = [8.2, 8.0, 8.0, 8.0, 7.4]
    t = doc.add_table(rows=1 + len(ROWS) + 1 + len(ENABLERS), cols=5)
    t.style = doc.styles["Table Grid"]
    head = ["Our priorities", "Year 1: 2026\u201327", "Year 2: 2027\u201328", "Year 3: 2028\u201329",
            "How we will know"]
    for c, h in zip(t.rows[0].cells, head):
        cell_text(c, h, bold=True, size=15, color="FFFFFF")
        shade(c, ACC)
    r = 1
    for row in ROWS:
        for j, v in enumerate(row):
            cell = t.cell(r, j)
            if j == 0:
                cell_text(cell, v, bold=True, size=15, color=ACC)
                shade(cell, PALE)
            else:
                cell_text(cell, v, size=12.5, italic=(j == 4))
            valign(cell, "center")
        row_height(t.rows[r], 2.5)
        r += 1
    merge_cells(t, r, 0, r, 4)
    cell_text(t.cell(r, 0), "What makes it work", bold=True, size=15, color="FFFFFF")
    shade(t.cell(r, 0), "5C7F86")
    r += 1
    for row in ENABLERS:
        for j, v in enumerate(row):
            cell = t.cell(r, j)
            if j == 0:
                cell_text(cell, v, bold=True, size=15, color=ACC)
                shade(cell, PALE)
            else:
                cell_text(cell, v, size=12.5, italic=(j == 4))
            valign(cell, "center")
        row_height(t.rows[r], 1.7)
        r += 1
    col_widths(t, widths)
    cell_margins(t, top=90, bottom=90, left=120, right=120)

    para(doc, "", space_after=2, size=4)
    para(doc, runs=[("Last year's plan (2025\u201326) focused on: ", True),
                    ("reducing reoffending; remand and custody; and the over-representation of children in care.",
                     False)], size=12, color="555555", space_after=2)
    para(doc, runs=[("Governance: ", True),
                    ("the Frayswick Youth Justice Management Board (chair: Dr Imogen Carrow, Director of Children's "
                     "Services) agrees the plan and reviews progress every quarter. Published June 2026.", False)],
         size=12, color="555555", space_after=0)
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
    assert common.pdf_pages(pdf) == 1, common.pdf_pages(pdf)
    return [docx, pdf]
