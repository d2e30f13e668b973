"""A spreadsheet delivery tracker (openpyxl .xlsx); build.py prints it to PDF with LibreOffice Calc.
Every place, partnership and figure is fictional."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from common import FIXED_DATE

OAK = [
    "Anti-social behaviour and neighbourhood nuisance",
    "Serious violence and knife crime",
    "Domestic abuse and violence against women and girls",
    "Drug-related harm and exploitation",
    "Road safety and rural crime",
]
RAG_FILL = {"G": "92D050", "A": "FFC000", "R": "FF5B5B"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _setup(ws, title: str, widths: list[float]):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddHeader.left.text = "&A"
    ws.oddHeader.right.text = "OFFICIAL"
    ws.oddFooter.left.text = title
    ws.oddFooter.right.text = "Page &P of &N"
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def _head(ws, row: int, labels: list[str]):
    for ci, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=ci, value=lab)
        c.font = Font(name="Liberation Sans", bold=True, color="FFFFFF", size=10)
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(vertical="center", wrap_text=True)
        c.border = BOX


def spreadsheet_delivery_tracker(work: Path) -> Path:
    wb = Workbook()
    wb.properties.creator = "Oakhurst Vale Community Safety Partnership"
    wb.properties.title = "Partnership Plan 2025/26 delivery tracker"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.properties.lastModifiedBy = "Community Safety Team"
    title = "Oakhurst Vale CSP Partnership Plan 2025/26 - delivery tracker"
    body = Font(name="Liberation Sans", size=10)

    # ---- sheet 1: the priorities, one merged "Priority area" cell over its outcomes
    ws = wb.active
    ws.title = "Plan on a page"
    _setup(ws, title, [7, 34, 58, 30, 8])
    ws["A1"] = "Oakhurst Vale Community Safety Partnership"
    ws["A1"].font = Font(name="Liberation Sans", bold=True, size=15, color="1F3864")
    ws["A2"] = "Partnership Plan 2025/26: priority areas, outcomes and leads"
    ws["A2"].font = Font(name="Liberation Sans", size=11)
    ws["A3"] = "Position at the end of Quarter 1 (30 June 2025). RAG: G on track, A some slippage, R off track."
    ws["A3"].font = Font(name="Liberation Sans", italic=True, size=9, color="555555")
    _head(ws, 5, ["Ref", "Priority area", "Outcome", "Lead", "RAG"])
    outcomes = [
        [("Fewer repeat victims of anti-social behaviour", "ASB Partnership Manager", "G"),
         ("Cases resolved within 28 days", "Oakhurst Vale Homes", "A")],
        [("Fewer victims of knife crime aged under 25", "Ashvale Police", "A"),
         ("More young people reached by diversion and youth work", "Youth Service", "G"),
         ("Fewer hospital admissions for assault", "Public Health", "G")],
        [("More victims referred to specialist support at first contact", "Domestic Abuse Coordinator", "G"),
         ("Women feel safer in parks and the town centre after dark", "Community Safety Team", "R")],
        [("More people in drug treatment within three weeks of release", "Combating Drugs Partnership", "A"),
         ("Cuckooed addresses identified and closed quickly", "Ashvale Police", "G")],
        [("Fewer people killed or seriously injured on rural roads", "Highways and Fire Service", "A"),
         ("Fewer thefts of farm machinery and fuel", "Rural Crime Team", "G")],
    ]
    r = 6
    for i, (name, outs) in enumerate(zip(OAK, outcomes)):
        first = r
        for outcome, lead, rag in outs:
            for ci, v in enumerate([None, None, outcome, lead, rag], start=1):
                c = ws.cell(row=r, column=ci)
                if v is not None:
                    c.value = v
                c.font = body
                c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if ci == 5 else None)
                c.border = BOX
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
            ws.row_dimensions[r].height = 27
            r += 1
        ws.cell(row=first, column=1, value=f"P{i + 1}")
        ws.cell(row=first, column=2, value=name)
        for col in (1, 2):
            c = ws.cell(row=first, column=col)
            c.font = Font(name="Liberation Sans", size=10.5, bold=(col == 2))
            c.alignment = Alignment(vertical="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="The Police and Crime Commissioner's priorities (for reference): "
                                   "Fighting crime and protecting the vulnerable; Putting victims first; "
                                   "Safer roads and rural communities.").font = Font(name="Liberation Sans",
                                                                                      size=9, italic=True)
    ws.print_title_rows = "5:5"

    # ---- sheet 2: actions, which refer back to the priority refs
    wa = wb.create_sheet("Actions")
    _setup(wa, title, [8, 62, 8, 28, 11, 24, 6])
    wa["A1"] = "Actions 2025/26"
    wa["A1"].font = Font(name="Liberation Sans", bold=True, size=13, color="1F3864")
    _head(wa, 3, ["Action", "Description", "Priority", "Owner", "Due", "Update", "RAG"])
    acts = [
        ("A1", "Introduce a single ASB case management system across council and housing", "P1", "ASB Partnership Manager",
         "Sep 2025", "Procurement complete", "G"),
        ("A2", "Offer every high-risk ASB victim a named contact", "P1", "Oakhurst Vale Homes", "Jul 2025",
         "Started in two wards", "A"),
        ("A3", "Weapon awareness sessions in all secondary schools", "P2", "Ashvale Police", "Mar 2026",
         "5 of 9 schools booked", "G"),
        ("A4", "Hospital navigator for young people attending with assault injuries", "P2", "Public Health",
         "Oct 2025", "Recruitment under way", "A"),
        ("A5", "Detached youth work in Brookside and the Marsh estate", "P2", "Youth Service", "Jun 2025",
         "Running three nights a week", "G"),
        ("A6", "Domestic abuse training for GP practice staff", "P3", "Domestic Abuse Coordinator", "Dec 2025",
         "12 practices trained", "G"),
        ("A7", "Women's safety walks in Central Park and the riverside", "P3", "Community Safety Team", "Sep 2025",
         "Lighting works delayed", "R"),
        ("A8", "Continuity of care pathway from HMP Ashvale", "P4", "Combating Drugs Partnership", "Nov 2025",
         "Draft pathway agreed", "A"),
        ("A9", "Cuckooing protocol with housing providers", "P4", "Ashvale Police", "Aug 2025", "In place", "G"),
        ("A10", "Speed enforcement on the A4120 and B3302", "P5", "Highways and Fire Service", "Ongoing",
         "Two camera sites live", "A"),
        ("A11", "Farm watch and fuel tank marking scheme", "P5", "Rural Crime Team", "Oct 2025",
         "140 farms signed up", "G"),
    ]
    for ri, row in enumerate(acts, start=4):
        for ci, v in enumerate(row, start=1):
            c = wa.cell(row=ri, column=ci, value=v)
            c.font = body
            c.alignment = Alignment(vertical="top", wrap_text=True)
            c.border = BOX
        wa.cell(row=ri, column=7).fill = PatternFill("solid", fgColor=RAG_FILL[row[6]])
    wa.print_title_rows = "3:3"

    # ---- sheet 3: key
    wk = wb.create_sheet("Key")
    _setup(wk, title, [10, 80])
    wk["A1"] = "RAG key"
    wk["A1"].font = Font(name="Liberation Sans", bold=True, size=13)
    for ri, (k, v) in enumerate([("G", "On track: the outcome is improving and actions are on schedule"),
                                 ("A", "Some slippage: actions are late or the outcome has not yet improved"),
                                 ("R", "Off track: the Board needs to take action")], start=3):
        wk.cell(row=ri, column=1, value=k).fill = PatternFill("solid", fgColor=RAG_FILL[k])
        wk.cell(row=ri, column=2, value=v).font = body
    path = work / "spreadsheet_delivery_tracker.xlsx"
    wb.save(path)
    return path


BUILDERS = {"spreadsheet_delivery_tracker": spreadsheet_delivery_tracker}
