"""tab_delimited_export_youth_justice.txt: the Marlowick Youth Justice Partnership's delivery plan 2026-27, an
Excel sheet (openpyxl) saved by LibreOffice Calc as "Text (tab delimited)", as an officer would when the
partnership's website only takes text files: UTF-8, tab between fields, `"` round any field that holds a line
break or a tab.

In the sheet each priority is a merged cell over its action rows; a text export keeps a merged cell's value in
its first row only, so each priority is the first field of the first row of its group and the rows under it
start with a tab. Two priority cells contain a line break typed with Alt+Enter, so they are quoted and run over
two lines of the file. Other columns hold the Youth Justice Board's key performance indicators, the Child First
tenets, leads, dates and status words; a title block above the header row quotes last year's priorities.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

import calc_kit as K
import common

NAME = "tab_delimited_export_youth_justice"
TITLE = "Marlowick Youth Justice Partnership \u2013 Youth Justice Plan 2026-27 delivery plan"
TXT_FILTER = "txt:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false"
PLAN = [
    ("Fewer children entering the youth justice system\nfor the first time", [
        ("1.1", "Offer every child given a community resolution a voluntary Turnaround assessment",
         "First-time entrants", "Building pro-social identity", "Prevention Team Manager", "Jun 2026", "On track"),
        ("1.2", "Review all out-of-court disposal decisions at a joint panel with the police",
         "First-time entrants", "Diverting from stigma", "Operations Manager", "Jul 2026", "On track"),
        ("1.3", "Train school inclusion staff in trauma-informed responses to incidents in school",
         "Education, training and employment", "As children", "Education Officer", "Mar 2027",
         "Not started"),
    ]),
    ("Keeping children safe from exploitation and serious violence", [
        ("2.1", "Screen every child on the caseload for criminal exploitation at the start of an order",
         "Serious violence", "As children", "Exploitation Lead", "Apr 2026", "Complete"),
        ("2.2", "Refer children at risk to the Marlowick Exploitation Hub within five working days",
         "Serious violence", "Collaborating with children", "Exploitation Lead", "Ongoing", "On track"),
        ("2.3", "Agree a transitional safeguarding protocol with adult services for 17-year-olds",
         "Accommodation", "Building pro-social identity", "Head of Service", "Dec 2026", "Delayed"),
    ]),
    ("Reducing reoffending by the children we work with", [
        ("3.1", "Deliver an enhanced case management pilot for children with complex needs",
         "Reoffending", "Building pro-social identity", "Senior Practitioner", "Sep 2026", "On track"),
        ("3.2", "Make sure every child leaves custody with a suitable address agreed 10 days before release",
         "Accommodation", "As children", "Resettlement Worker", "Ongoing", "On track"),
        ("3.3", "Offer restorative justice to every victim of a child on an order", "Victims",
         "Collaborating with children", "Victim Worker", "Ongoing", "On track"),
    ]),
    ("Tackling the over-representation of Black and mixed heritage children\nin the youth justice system", [
        ("4.1", "Publish a disproportionality dashboard each quarter and discuss it at the Board",
         "Reoffending", "As children", "Performance Officer", "Jul 2026", "On track"),
        ("4.2", "Commission community mentors from Marlowick's Black-led voluntary organisations",
         "Education, training and employment", "Building pro-social identity", "Head of Service", "Jan 2027",
         "Not started"),
    ]),
]
COLS = ["Priority", "Ref", "Action", "YJB key performance indicator", "Child First tenet", "Lead", "Due",
        "Status"]


def build_xlsx(work: Path) -> Path:
    wb = Workbook()
    K.properties(wb, TITLE, "Marlowick Youth Justice Service")
    ws = wb.active
    ws.title = "Delivery plan"
    ws["A1"] = "Marlowick Youth Justice Partnership"
    ws["A2"] = "Youth Justice Plan 2026-27: delivery plan (agreed by the Management Board, 28 May 2026)"
    ws["A3"] = ("Last year's priorities (2025-26) were: education, training and employment; the voice of the child; "
                "and custody and resettlement. They are reported in the annual review, not in this sheet.")
    ws["A4"] = "Status: Complete / On track / Delayed / Not started. KPIs are the YJB's key performance indicators."
    hr = 6
    for ci, lab in enumerate(COLS, start=1):
        ws.cell(row=hr, column=ci, value=lab).font = Font(bold=True)
    r = hr + 1
    for prio, actions in PLAN:
        start = r
        for row in actions:
            for ci, v in enumerate(row, start=2):
                ws.cell(row=r, column=ci, value=v)
            r += 1
        ws.cell(row=start, column=1, value=prio).alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Contact: yjs.performance@marlowick.example.gov.uk")
    path = work / f"{NAME}.xlsx"
    wb.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_xlsx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    # the sheet is saved as text here (a second, different conversion of the same workbook)
    common.soffice([work / f"{NAME}.xlsx"], work, TXT_FILTER)
    target = out / f"{NAME}.txt"
    shutil.copyfile(work / f"{NAME}.txt", target)
    return [target]
