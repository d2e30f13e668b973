"""Gransford Local Criminal Justice Board: "Business Plan 2027-28" (Word, A4 landscape, published as its
LibreOffice PDF only, 3 pages).

A criminal justice board plan in the form LCJB business managers use: a short narrative, then WORKSTREAMS and
a RAG-rated DELIVERY PLAN. The Board's four priorities are stated once, on p1, as a numbered list "1." to "4."
inside a one-cell shaded box headed "The Board's priorities for 2027-28". Look-alikes: the National Criminal
Justice Board's three ambitions (bullets, p1); the SIX WORKSTREAMS WS1-WS6 on p2, with names that read like
priorities ("Victims and witnesses", "Timeliness") and a "Supports priority" column; the Victims' Code
summary (p2); the delivery plan (p3), a landscape table of actions numbered 1.1-6.1 with Blue/Green/Amber/Red
status cells, grouped by full-width workstream rows ("WS1 Victims and witnesses") that look like group headings."""
from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, RGBColor

import common
from docx_kit import (bullets, cell_text, col_widths, merge_cells, new_doc, page_break, para, repeat_header,
                      set_footer, set_header, shade, table)

NAME = "workstreams_rag_delivery_plan_other"
ACC = "004F59"
TITLE = "Gransford Local Criminal Justice Board Business Plan 2027-28"
PRIORITIES = [
    "Victims and witnesses supported from the first report to the end of the court case, and kept informed at "
    "every stage",
    "Cut the time it takes for cases to reach a final hearing, starting with rape and serious sexual offences",
    "Better quality case files from the police to the Crown Prosecution Service, first time",
    "Tackle the over-representation of Black, Asian and minority ethnic people at every stage of the criminal "
    "justice system",
]
WORKSTREAMS = [
    ("WS1", "Victims and witnesses", "Gransford Witness Care Unit manager", "1"),
    ("WS2", "Timeliness and the Crown Court caseload", "HMCTS Delivery Director", "2"),
    ("WS3", "Rape and serious sexual offences (Operation Soteria)", "Detective Chief Superintendent, "
     "Public Protection", "1, 2"),
    ("WS4", "File quality and digital case files", "CPS Area Business Manager", "3"),
    ("WS5", "Race disparity and scrutiny panels", "Office of the Police and Crime Commissioner", "4"),
    ("WS6", "Out of court resolutions", "Chief Inspector, Criminal Justice", "3, 4"),
]
RAG = {"B": "9DC3E6", "G": "A9D18E", "A": "FFD966", "R": "F4B183"}
DELIVERY = [
    ("WS1 Victims and witnesses", [
        ("1.1", "Check compliance with the Victims' Code in every agency every quarter", "Witness Care", "Jun 27", "G",
         "Q4 audit done; 81% compliance"),
        ("1.2", "Offer pre-trial visits to every vulnerable witness", "Witness Service", "Sep 27", "A",
         "Volunteer shortage at Gransford Crown Court"),
        ("1.3", "Text updates to victims at every change of hearing date", "HMCTS", "Dec 27", "R",
         "Supplier delay; escalated to region")]),
    ("WS2 Timeliness and the Crown Court caseload", [
        ("2.1", "Run additional sitting days in Courts 3 and 4", "HMCTS", "Mar 28", "G", "Funded to March 2028"),
        ("2.2", "List every trial older than 52 weeks for review", "Resident Judge", "Jul 27", "B", "Complete")]),
    ("WS3 Rape and serious sexual offences", [
        ("3.1", "Early advice from the CPS on every rape case within 28 days", "CPS", "Sep 27", "A", "64% at Q4"),
        ("3.2", "Independent Sexual Violence Advisers at every trial", "OPCC", "Jun 27", "G", "Contract extended")]),
    ("WS4 File quality and digital case files", [
        ("4.1", "Joint file quality checks on 50 files a month", "Police and CPS", "Monthly", "G", "On track"),
        ("4.2", "Move remand files to the digital case system", "Police", "Dec 27", "A", "Training under way")]),
    ("WS5 Race disparity and scrutiny panels", [
        ("5.1", "Publish disparity data for every stage each quarter", "OPCC", "Sep 27", "A", "Data sharing agreed"),
        ("5.2", "Set up a community scrutiny panel for out of court resolutions", "OPCC", "Jun 27", "B",
         "First meeting held")]),
    ("WS6 Out of court resolutions", [
        ("6.1", "Review the two-tier framework a year on", "Police", "Oct 27", "G", "Scoping")]),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Gransford Local Criminal Justice Board", accent=ACC, size=10, margins_cm=1.8,
                  heading_sizes=(14, 12, 10.5))
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    set_header(sec, "Gransford Local Criminal Justice Board", right_text="Business Plan 2027-28", width_cm=26.1,
               size=8.5)
    set_footer(sec, "Version 1.0 approved by the Board on 24 March 2027", width_cm=26.1)
    # ---------------------------------------------------------------- p1
    para(doc, "Gransford Local Criminal Justice Board", bold=True, size=12, color=ACC, space_after=0)
    para(doc, "Business Plan 2027-28", size=22, color=ACC, space_after=8)
    doc.add_heading("Introduction from the Chair", level=1)
    para(doc, "The Local Criminal Justice Board brings together the agencies that make up the criminal justice "
              "system in Gransford: Gransford Constabulary, the Crown Prosecution Service, HM Courts and Tribunals "
              "Service, the Probation Service, HM Prison Service, the Youth Justice Service, the Witness Service "
              "and the Police and Crime Commissioner. None of us can deliver justice on our own.")
    para(doc, "This plan sets the Board's priorities for the year and the workstreams that will deliver them. "
              "The delivery plan at the end is the Board's working document; its status column is updated "
              "before every meeting.")
    para(doc, "Deputy Chief Constable Helen Marr-Whitby, Chair", italic=True, size=9.5)
    doc.add_heading("The national picture", level=1)
    para(doc, "Our plan supports the National Criminal Justice Board's three ambitions for the system:")
    bullets(doc, ["A system that puts victims first", "Swifter justice", "Fair treatment for everyone"])
    t = doc.add_table(rows=1, cols=1)
    t.style = doc.styles["Table Grid"]
    c = t.rows[0].cells[0]
    shade(c, "E2F0EE")
    cell_text(c, ["The Board's priorities for 2027-28"] + [f"{i}.  {p}" for i, p in enumerate(PRIORITIES, 1)],
              size=10.5)
    c.paragraphs[0].runs[0].bold = True
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string(ACC)
    col_widths(t, [26.0])
    page_break(doc)
    # ---------------------------------------------------------------- p2
    doc.add_heading("Our workstreams", level=1)
    para(doc, "Each workstream has a senior lead from one of the member agencies and reports to the Board every "
              "quarter. Some workstreams support more than one priority.")
    table(doc, ["Ref", "Workstream", "Senior lead", "Supports priority"],
          [list(w) for w in WORKSTREAMS], [1.6, 10.0, 10.0, 4.4], head_fill=ACC, size=10)
    doc.add_heading("The Victims' Code", level=1)
    para(doc, "Every member agency has duties under the Code of Practice for Victims of Crime. The Code gives "
              "victims 12 rights, including the right to be referred to support services, to be informed about "
              "the investigation and the court case, to make a Victim Personal Statement and to make a "
              "complaint. Workstream 1 checks how well we meet them.")
    doc.add_heading("Key facts for 2026-27", level=1)
    bullets(doc, ["Crown Court open caseload: 1,412 cases, up 9%",
                  "Average time from charge to completion for adult rape cases: 611 days",
                  "Files passing the joint quality check first time: 58%",
                  "Black people are 3.4 times more likely than white people to be stopped and searched in "
                  "Gransford"])
    page_break(doc)
    # ---------------------------------------------------------------- p3-4
    doc.add_heading("Delivery plan 2027-28", level=1)
    para(doc, "Status key: B complete; G on track; A some risk to delivery; R off track.", size=9, color="595959")
    nrows = 1 + sum(1 + len(a) for _, a in DELIVERY)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due", "RAG", "Update (March 2027)"]):
        cell_text(c, h, bold=True, size=9, color="FFFFFF")
        shade(c, ACC)
    repeat_header(t.rows[0])
    r = 1
    for ws, acts in DELIVERY:
        m = merge_cells(t, r, 0, r, 5)
        cell_text(m, ws, bold=True, size=9.5, color=ACC)
        shade(m, "E2F0EE")
        r += 1
        for ref, act, owner, due, rag, upd in acts:
            row = t.rows[r].cells
            for cc, v in zip(row, (ref, act, owner, due, rag, upd)):
                cell_text(cc, v, size=9, align="center" if v == rag else None, bold=(v == rag))
            shade(row[4], RAG[rag])
            r += 1
    col_widths(t, [1.4, 10.2, 3.4, 2.0, 1.4, 7.6])
    para(doc, "")
    doc.add_heading("Governance and reporting", level=1)
    para(doc, "The Board meets every quarter. Workstream leads report by exception: any action rated Red for two "
              "quarters in a row is escalated to the Board with a recovery plan. The Board reports each year to "
              "the Police and Crime Panel and to the National Criminal Justice Board.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 3, common.pdf_pages(pdf)
    return [pdf]
