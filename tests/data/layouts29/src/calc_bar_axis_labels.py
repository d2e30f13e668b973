"""Haverleigh Community Safety Partnership: "Partnership fund 2026-27 by priority", a performance team's
workbook (openpyxl) printed to PDF by LibreOffice Calc, A4 landscape, 2 pages.

Page 1 (sheet "Fund by priority"): a title, a short note in merged cells that says the plan sets five
priorities without listing them, and a clustered HORIZONTAL bar chart whose category-axis labels are the five
priorities (long labels, wrapped by Calc over two or three lines), with a value axis in £000, data labels, a
chart title and a source note under the chart. Page 2 (sheet "Context"): two charts of the same design whose
category labels are the 2023-2026 plan's four priorities (last year's outturn) and the fund's four sources,
and a small table of headline measures with short tags. The chart data sit on a hidden sheet, which Calc does
not print, so the axis labels are the only statement of the priorities."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

import common

NAME = "bar_chart_axis_labels_csp"

PRIORITIES = [  # (priority, £000) in the plan's order, top to bottom on the chart
    ("Tackling antisocial behaviour in Haverleigh town centre and on the Ferry Road estates", 342),
    ("Keeping children and young people safe from exploitation", 286),
    ("Reducing domestic abuse and supporting everyone affected by it", 251),
    ("Cutting drug-related harm and the crime it drives", 197),
    ("Making streets, stations and buses feel safe after dark", 104),
]
OLD = [("Burglary and vehicle crime", 298), ("Street drinking and begging", 211), ("Hate crime", 96),
       ("Youth nuisance", 312)]
SOURCES = [("PCC Community Safety Fund", 455), ("Haverleigh Borough Council core budget", 390),
           ("Serious Violence Duty grant", 168), ("Safer Streets Fund (round 5)", 167)]


def _chart(ws_data, col, n, title, colour):
    ch = BarChart()
    ch.type = "bar"
    ch.grouping = "clustered"
    ch.title = title
    ch.legend = None
    ch.style = 2
    data = Reference(ws_data, min_col=col + 1, min_row=1, max_row=n + 1)
    cats = Reference(ws_data, min_col=col, min_row=2, max_row=n + 1)
    ch.add_data(data, titles_from_data=True)
    ch.set_categories(cats)
    s = ch.series[0]
    s.graphicalProperties.solidFill = colour
    s.graphicalProperties.line.solidFill = colour
    ch.dataLabels = DataLabelList()
    ch.dataLabels.showVal = True
    for k in ("showCatName", "showSerName", "showLegendKey", "showPercent", "showBubbleSize"):
        setattr(ch.dataLabels, k, False)
    ch.x_axis.scaling.orientation = "maxMin"   # first category at the top, as the plan lists them
    ch.x_axis.delete = False
    ch.y_axis.delete = False
    ch.y_axis.title = "£000"
    ch.y_axis.majorGridlines = None
    ch.y_axis.scaling.min = 0
    ch.gapWidth = 60
    return ch


def build_xlsx(work: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Fund by priority"
    ctx = wb.create_sheet("Context")
    data = wb.create_sheet("chart data")
    data["A1"], data["B1"] = "Priority", "2026-27 allocation (£000)"
    for i, (p, v) in enumerate(PRIORITIES, start=2):
        data.cell(i, 1, p)
        data.cell(i, 2, v)
    data["D1"], data["E1"] = "2023-2026 priority", "2025-26 outturn (£000)"
    for i, (p, v) in enumerate(OLD, start=2):
        data.cell(i, 4, p)
        data.cell(i, 5, v)
    data["G1"], data["H1"] = "Source", "2026-27 (£000)"
    for i, (p, v) in enumerate(SOURCES, start=2):
        data.cell(i, 7, p)
        data.cell(i, 8, v)
    data.sheet_state = "hidden"

    for sheet in (ws, ctx):
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6, header=0.3, footer=0.3)
        sheet.sheet_view.showGridLines = False
        sheet.print_options.gridLines = False
        sheet.oddFooter.left.text = "Haverleigh CSP Performance and Analysis Team"
        sheet.oddFooter.right.text = "Page &P of &N"
        for c in "ABCDEFGHIJKLMNOP":
            sheet.column_dimensions[c].width = 9.5

    navy = Font(name="Liberation Sans", size=18, bold=True, color="1F3864")
    ws["A1"] = "Haverleigh Community Safety Partnership"
    ws["A1"].font = navy
    ws["A2"] = "Partnership Plan 2026-2029: where the 2026-27 partnership fund goes"
    ws["A2"].font = Font(name="Liberation Sans", size=12, color="404040")
    ws.merge_cells("A4:P6")
    ws["A4"] = ("The Partnership Plan 2026-2029, agreed by the Strategic Board on 22 October 2026, sets five "
                "priorities for the borough. The chart below shows how the £1.18m partnership fund for 2026-27 "
                "is split between them. Figures are provisional until the Police and Crime Commissioner confirms "
                "the Community Safety Fund grant in January; staff time given by partners is not included.")
    ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A4"].font = Font(name="Liberation Sans", size=10)
    ch = _chart(data, 1, len(PRIORITIES), "Partnership fund 2026-27 by priority (£000)", "2E75B6")
    ch.width, ch.height = 25.5, 10.5
    ws.add_chart(ch, "A8")
    ws["A30"] = ("Source: Haverleigh CSP finance sub-group, allocations agreed 4 November 2026. Chart: Performance "
                 "and Analysis Team. Totals may not add up because of rounding.")
    ws["A30"].font = Font(name="Liberation Sans", size=8, italic=True, color="595959")
    ws.print_area = "A1:P31"

    ctx["A1"] = "Context: last year and where the money comes from"
    ctx["A1"].font = Font(name="Liberation Sans", size=14, bold=True, color="1F3864")
    ctx.merge_cells("A2:P3")
    ctx["A2"] = ("For comparison, the left chart shows 2025-26 spending under the previous plan (2023-2026) and "
                 "its four priorities, which the Strategic Board closed in October 2026. The right chart shows the "
                 "sources of the 2026-27 fund.")
    ctx["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ctx["A2"].font = Font(name="Liberation Sans", size=10)
    c1 = _chart(data, 4, len(OLD), "2025-26 outturn by 2023-2026 priority (£000)", "A5A5A5")
    c1.width, c1.height = 12.5, 8
    ctx.add_chart(c1, "A5")
    c2 = _chart(data, 7, len(SOURCES), "2026-27 partnership fund by source (£000)", "70AD47")
    c2.width, c2.height = 12.5, 8
    ctx.add_chart(c2, "I5")
    ctx["A23"] = "Headline measures (reported quarterly to the Strategic Board)"
    ctx["A23"].font = Font(name="Liberation Sans", size=11, bold=True, color="1F3864")
    rows = [("Tag", "Measure", "Baseline 2025-26", "Direction"),
            ("ASB", "ASB incidents reported in the town centre beat areas", "2,148", "Down"),
            ("Exploitation", "Children discussed at the exploitation panel with a safety plan", "71%", "Up"),
            ("DA", "Repeat referrals to MARAC within 12 months", "31%", "Down"),
            ("Drugs", "Adults in structured drug treatment", "1,032", "Up"),
            ("Night-time", "Residents who feel safe on public transport after dark", "58%", "Up")]
    head = PatternFill("solid", fgColor="1F3864")
    for r, row in enumerate(rows, start=24):
        for cidx, v in zip((1, 3, 11, 14), row):
            cell = ctx.cell(r, cidx, v)
            cell.font = Font(name="Liberation Sans", size=9, bold=(r == 24), color="FFFFFF" if r == 24 else "222222")
            if r == 24:
                for k in range(1, 17):
                    ctx.cell(r, k).fill = head
    ctx.print_area = "A1:P31"
    path = work / f"{NAME}.xlsx"
    wb.save(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_xlsx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    got = common.pdf_pages(pdf)
    if got != 2:
        raise SystemExit(f"{NAME}: expected 2 pages, got {got}")
    return [pdf]
