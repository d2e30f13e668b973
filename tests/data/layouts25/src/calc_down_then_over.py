"""spreadsheet_print_titles_down_then_over_youth_justice.pdf: the Thirlbeck Youth Justice Partnership's plan kept as
a workbook (.xlsx, openpyxl) and printed as a whole to PDF (LibreOffice Calc, as a council officer's "Save as PDF
> Entire workbook" does it). Six A4 landscape pages.

What a spreadsheet's print does, and this file keeps:
  * "Entire workbook": three sheets one after another, the sheet name in the header ("&A") and "Page N of 6" in
    the footer, gridlines printed;
  * the delivery plan is wider than the paper and is NOT fitted to a page: it prints DOWN, THEN OVER. Pages 2-3
    are columns A-F (priority, actions, leads, dates) for priorities 1-3, then 4-5 (a manual row break after
    priority 3); pages 4-5 are the columns further right (measures, baseline, target, RAG, commentary) for the
    same rows;
  * print titles: rows 1-3 (title and column heads) AND columns A-B ("No." and "Priority") repeat on every page,
    so every priority is printed twice, once beside its actions (pages 2-3) and once beside its measures
    (pages 4-5);
  * merged cells: each priority is one cell merged down over its three action rows, wrapped and centred
    vertically.

Gold is the five priority cells (column B of "Delivery plan"); the page is where each is first printed with its
actions: priorities 1-3 on page 2, priorities 4-5 on page 3. Pages 4-5 repeat them only as print titles.

Not gold: the introduction sheet's text (page 1), the YJB's national key performance indicators listed there,
the actions and measures, and the last sheet "2025-26 plan (closed)" (page 6) with last year's three priorities in
a table of the same design.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.pagebreak import Break, RowBreak

import calc_kit as K
import common

NAME = "spreadsheet_print_titles_down_then_over_youth_justice"
TITLE = "Thirlbeck Youth Justice Plan 2026-27"
F = "Liberation Sans"
TEAL = "1F5C63"
WRAP = Alignment(wrap_text=True, vertical="top")
MID = Alignment(wrap_text=True, vertical="center")

PLAN = [
    ("Fewer children entering the youth justice system for the first time", [
        ("Out-of-court disposal panel to review every eligible case within 10 days", "Police / YJS", "Sep 2026",
         "First-time entrants per 100,000 children aged 10-17", "214", "180", "G",
         "Panel sitting weekly since April."),
        ("Turnaround programme for children on the edge of the system", "YJS", "Jul 2026",
         "Children completing Turnaround", "38", "60", "G", "Funding confirmed to March 2027."),
        ("Diversion offer for children found with cannabis", "Police", "Dec 2026",
         "Children diverted rather than charged", "n/a", "90%", "A", "Awaiting force policy sign-off."),
    ]),
    ("Children in the justice system back in education, training or employment", [
        ("Virtual school adviser based in the YJS two days a week", "Education", "Sep 2026",
         "Children in full-time ETE at end of order", "52%", "70%", "A", "Recruitment under way."),
        ("Speech and language screening for every child on an order", "Health", "Oct 2026",
         "Children screened within 20 days", "61%", "95%", "G", "Therapist in post."),
        ("Work tasters with Thirlbeck College and local employers", "YJS / College", "Jan 2027",
         "Work tasters completed", "11", "40", "G", "Six employers signed up."),
    ]),
    ("Safer children: tackling exploitation and serious youth violence", [
        ("Joint exploitation panel with children's social care", "Social care", "Jun 2026",
         "Children with a disruption plan within 5 days", "44%", "85%", "A", "Panel terms agreed."),
        ("Knife crime education in all nine secondary schools", "Schools / Police", "Mar 2027",
         "Schools delivering the programme", "3", "9", "G", "On track."),
        ("Trusted adult for every child on the exploitation list", "YJS", "Dec 2026",
         "Children with a named trusted adult", "n/a", "100%", "R", "Needs two more posts."),
    ]),
    ("Stable homes and good health for every child we work with", [
        ("Housing protocol for 16 and 17 year olds leaving custody", "Housing", "Nov 2026",
         "Children with suitable accommodation at end of order", "81%", "95%", "A", "Protocol in draft."),
        ("Mental health practitioner in the YJS team", "CAMHS", "Sep 2026",
         "Children seen within 4 weeks of referral", "58%", "90%", "G", "Practitioner starts in August."),
        ("Substance use screening at first contact", "YJS / Health", "Jul 2026",
         "Children screened at first contact", "73%", "100%", "G", "Tool chosen."),
    ]),
    ("Making things right with victims through restorative justice", [
        ("Victim contact within 5 days of every new order", "YJS", "Jul 2026",
         "Victims contacted within 5 days", "67%", "90%", "A", "Admin support agreed."),
        ("Restorative conferences offered to every victim who wants one", "YJS", "Oct 2026",
         "Victims taking part in a restorative process", "24%", "40%", "G", "Two new facilitators trained."),
        ("Reparation projects chosen with the community", "YJS", "Mar 2027",
         "Reparation hours completed", "1,120", "1,500", "G", "Projects listed on the council website."),
    ]),
]
COLS = ["No.", "Priority", "Ref", "Action", "Lead", "Due", "Measure", "Baseline 2025-26", "Target 2026-27", "RAG",
        "Commentary (June 2026)"]
WIDTHS = [5, 26, 6, 44, 14, 10, 27, 9, 9, 5, 22]
RAG_FILL = {"G": "92D050", "A": "FFC000", "R": "FF5B5B"}


def header_footer(ws):
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = "&A"
    ws.oddHeader.right.text = "OFFICIAL"
    ws.oddFooter.left.text = "YJ Plan 2026-27 v1.0 FINAL.xlsx"
    ws.oddFooter.center.text = "Page &P of &N"
    ws.print_options.gridLines = True


def intro_sheet(ws):
    ws.title = "Introduction"
    K.page_setup(ws, [18, 18, 18, 18, 18, 18, 18], landscape=True, fit_height=1, margins=(0.5, 0.8))
    header_footer(ws)
    ws["A1"] = "Thirlbeck Youth Justice Partnership"
    ws["A1"].font = Font(name=F, bold=True, size=18, color=TEAL)
    ws["A2"] = "Youth Justice Plan 2026-27: introduction"
    ws["A2"].font = Font(name=F, bold=True, size=13)
    text = ("This workbook is the Thirlbeck Youth Justice Plan for 2026-27. Local authorities must publish a youth "
            "justice plan every year under section 40 of the Crime and Disorder Act 1998. Our plan follows the "
            "Youth Justice Board's guidance and the Child First approach: we see children as children, build on "
            "their strengths, and help them to move away from offending.\n\nThe Youth Justice Partnership Board "
            "agreed five priorities for the year at its meeting on 4 June 2026. They are set out, with the actions, "
            "leads, measures and targets for each, on the sheet 'Delivery plan'. The sheet '2025-26 plan (closed)' "
            "shows how last year's plan ended.\n\nLast year 93 children in Thirlbeck received a court order or an "
            "out-of-court disposal. First-time entrants fell for the third year running, but more children were "
            "exploited by county lines, and one child in three on an order was not in school, training or work.")
    ws["A4"] = text
    ws.merge_cells("A4:G12")
    ws["A4"].alignment = WRAP
    ws["A4"].font = Font(name=F, size=11)
    for r in range(4, 13):
        ws.row_dimensions[r].height = 22
    ws["A14"] = "National key performance indicators (Youth Justice Board) that the Board also monitors"
    ws["A14"].font = Font(name=F, bold=True, size=11, color=TEAL)
    kpis = ["Suitable accommodation", "Education, training and employment", "Special educational needs",
            "Mental health care and emotional wellbeing", "Substance misuse", "Out-of-court disposals",
            "Management board attendance", "Wider services", "Serious violence", "Victims"]
    for i, k in enumerate(kpis):
        ws.cell(row=15 + i // 2, column=1 + (i % 2) * 3, value=f"KPI {i + 1}: {k}").font = Font(name=F, size=10)
    ws["A21"] = "Board sign-off"
    ws["A21"].font = Font(name=F, bold=True, size=11, color=TEAL)
    for i, (a, b) in enumerate([("Chair", "Dr Priya Lancefield, Director of Children's Services"),
                                ("Agreed", "4 June 2026"), ("Review", "Quarterly, at each Board meeting")]):
        ws.cell(row=22 + i, column=1, value=a).font = Font(name=F, bold=True, size=10)
        ws.cell(row=22 + i, column=2, value=b).font = Font(name=F, size=10)


def plan_sheet(ws, plan, title_line, *, breaks=True, start_ref=1, cols=None):
    for i, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.pageOrder = "downThenOver"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    header_footer(ws)
    ws["A1"] = title_line
    ws["A1"].font = Font(name=F, bold=True, size=14, color=TEAL)
    ws["A2"] = "RAG: G on track, A some risk, R off track. Leads: YJS = Thirlbeck Youth Justice Service."
    ws["A2"].font = Font(name=F, size=9, italic=True, color="555555")
    hr = 3
    for ci, lab in enumerate(cols or COLS, start=1):
        c = ws.cell(row=hr, column=ci, value=lab)
        c.font = Font(name=F, bold=True, size=10, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=TEAL)
        c.alignment = MID
        c.border = K.BOX
    ws.row_dimensions[hr].height = 28
    ws.print_title_rows = f"1:{hr}"
    ws.print_title_cols = "A:B"
    r = hr + 1
    for pi, (prio, actions) in enumerate(plan, start=start_ref):
        p0 = r
        for ai, row in enumerate(actions, start=1):
            vals = [f"{pi}.{ai}", *row]
            for ci, v in enumerate(vals, start=3):
                c = ws.cell(row=r, column=ci, value=v)
                c.font = Font(name=F, size=10)
                c.alignment = WRAP
                c.border = K.BOX
            rag = ws.cell(row=r, column=10)
            rag.fill = PatternFill("solid", fgColor=RAG_FILL[row[6]])
            rag.alignment = Alignment(horizontal="center", vertical="top")
            lines = max(K.lines_needed(v, w, 10) for v, w in zip(vals, WIDTHS[2:]))
            ws.row_dimensions[r].height = max(3, lines) * 13 + 6
            r += 1
        for col, val in ((1, str(pi)), (2, prio)):
            c = ws.cell(row=p0, column=col, value=val)
            ws.merge_cells(start_row=p0, start_column=col, end_row=r - 1, end_column=col)
            c.font = Font(name=F, size=11, bold=True, color=TEAL)
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if col == 1 else None)
            c.fill = PatternFill("solid", fgColor="DDEEEF")
            for rr in range(p0, r):
                ws.cell(row=rr, column=col).border = K.BOX
        if breaks and pi == start_ref + 2:
            ws.row_breaks.append(Break(id=r - 1))
    return r


def build_xlsx(work: Path) -> Path:
    wb = Workbook()
    K.properties(wb, TITLE, "Thirlbeck Youth Justice Service")
    intro_sheet(wb.active)
    ws = wb.create_sheet("Delivery plan")
    r = plan_sheet(ws, PLAN, "Thirlbeck Youth Justice Plan 2026-27: delivery plan")
    ws.cell(row=r + 1, column=3, value="Priority numbers follow the Board's report of 4 June 2026.").font = Font(
        name=F, size=9, italic=True, color="555555")
    old = wb.create_sheet("2025-26 plan (closed)")
    closed = [
        ("Reducing first-time entrants", [
            ("Weekly out-of-court panel", "Police / YJS", "Mar 2026", "First-time entrants per 100,000", "241",
             "214", "G", "Achieved: 214 against a target of 220."),
        ]),
        ("Education for children on orders", [
            ("Education worker in the YJS team", "Education", "Mar 2026", "Children in full-time ETE", "47%",
             "52%", "A", "Improved, but short of the 60% target."),
        ]),
        ("Reducing custody and remands", [
            ("Bail support package for every remand hearing", "YJS", "Mar 2026", "Children remanded to custody",
             "9", "4", "G", "Closed: now business as usual."),
        ]),
    ]
    for i, w in enumerate(WIDTHS, start=1):
        old.column_dimensions[chr(64 + i)].width = w
    plan_sheet(old, closed, "Youth Justice Plan 2025-26: final position (closed 31 March 2026)", breaks=False,
               cols=COLS[:7] + ["Baseline 2024-25", "Final 2025-26", "RAG", "Final commentary"])
    old.page_setup.fitToWidth = 1
    old.page_setup.fitToHeight = 1
    from openpyxl.worksheet.properties import PageSetupProperties
    old.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    path = work / f"{NAME}.xlsx"
    wb.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_xlsx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    got = common.pdf_pages(work / f"{NAME}.pdf")
    if got != 6:
        raise SystemExit(f"{NAME}: expected 6 pages (intro, 4 plan pages down then over, closed sheet), got {got}")
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
