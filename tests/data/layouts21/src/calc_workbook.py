"""sheet_tabs_row_headings_workbook_drugs.pdf: the Stavenby Combating Drugs Partnership's delivery workbook
2026-27, an Excel workbook (openpyxl) printed whole by LibreOffice Calc ("Print entire workbook"): a cover
sheet, one sheet per priority and a KPI sheet, each on one A4 portrait page, with gridlines and the
**row and column headings** printed (Excel's Page Setup > Sheet > "Row and column headings"), so every line of
the text layer starts with a row number and every page has an A B C D E F strip.

Each priority sheet's title cell (A1, merged over A1:F1) is the priority; the page header is the sheet's tab
name, a short form ("P1 Deaths"). The cover's contents list and the KPI sheet use those short forms; the
cover also quotes From Harm to Hope's three national priorities. Gold is the four title cells, pages 2-5.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

import calc_kit as K
import common

NAME = "sheet_tabs_row_headings_workbook_drugs"
TITLE = "Stavenby Combating Drugs Partnership \u2013 delivery workbook 2026-27"
F = "Liberation Sans"
TEAL = "1D5C63"
WIDTHS = [7, 42, 22, 12, 22, 10]
PRIORITIES = [
    ("P1 Deaths", "Fewer people dying because of drugs and alcohol in Stavenby",
     "Lead: Director of Public Health. Sub-group: Drug-Related Deaths Panel.", [
         ("1a", "Review every suspected drug-related death within eight weeks and share the learning",
          "Public health", "Quarterly", "Green"),
         ("1b", "Give naloxone to everyone leaving treatment, prison or hospital after an overdose",
          "Stavenby Recovery Service", "Mar 2027", "Amber"),
         ("1c", "Run an outreach van on Thursday and Friday evenings in Stavenby and Coldharbour",
          "Stavenby Recovery Service", "Sep 2026", "Green"),
         ("1d", "Agree a non-fatal overdose pathway with the ambulance service", "Integrated Care Board",
          "Dec 2026", "Red"),
     ]),
    ("P2 Treatment", "More people starting treatment and staying in recovery",
     "Lead: Head of Commissioning. Sub-group: Treatment and Recovery Group.", [
         ("2a", "Cut the wait from referral to first appointment to ten working days", "Stavenby Recovery Service",
          "Dec 2026", "Amber"),
         ("2b", "Meet every prison leaver at the gate with a treatment worker", "Probation Service",
          "Jul 2026", "Green"),
         ("2c", "Open a recovery caf\u00e9 run by people in recovery", "Stavenby Recovery Community",
          "Mar 2027", "Green"),
         ("2d", "Offer alcohol care team support at Stavenby General Hospital seven days a week",
          "Integrated Care Board", "Mar 2027", "Amber"),
     ]),
    ("P3 Supply", "Disrupting the supply of drugs and the exploitation that comes with it",
     "Lead: Detective Superintendent, Ockenden Police. Sub-group: Supply and Exploitation Group.", [
         ("3a", "Close down county lines running into Stavenby and safeguard the children involved",
          "Ockenden Police", "Ongoing", "Green"),
         ("3b", "Use closure orders on addresses taken over by dealers", "Stavenby Borough Council",
          "Ongoing", "Green"),
         ("3c", "Share intelligence on cuckooing with housing providers every month", "Ockenden Police",
          "Jun 2026", "Amber"),
     ]),
    ("P4 Young people", "Young people making safer and better-informed choices about drugs",
     "Lead: Head of Early Help. Sub-group: Children and Young People Group.", [
         ("4a", "Deliver drug education that meets the PSHE guidance in every secondary school",
          "Stavenby Youth Service", "Mar 2027", "Green"),
         ("4b", "See every child referred by the youth justice service within five days",
          "Young People's Substance Service", "Sep 2026", "Amber"),
         ("4c", "Support children whose parents use drugs through a family group", "Stavenby Family Hub",
          "Dec 2026", "Green"),
     ]),
]
RAG = {"Green": "8FD14F", "Amber": "FFC000", "Red": "FF6B6B"}
KPIS = [
    ("P1 Deaths", "Drug misuse deaths per 100,000 (3-year rolling)", "7.9", "7.2", "OHID"),
    ("P1 Deaths", "Naloxone kits given out", "612", "800", "Local"),
    ("P2 Treatment", "Adults in treatment (opiates, non-opiates, alcohol)", "1,486", "1,650", "NDTMS"),
    ("P2 Treatment", "Continuity of care after prison", "41%", "60%", "NDTMS"),
    ("P3 Supply", "County lines closed", "9", "12", "Police"),
    ("P3 Supply", "Drug-related homicides", "1", "0", "Police"),
    ("P4 Young people", "Young people in specialist treatment", "74", "90", "NDTMS"),
    ("P4 Young people", "Young people leaving treatment in a planned way", "78%", "80%", "NDTMS"),
]


def _print_setup(ws, tab: str) -> None:
    K.page_setup(ws, WIDTHS, landscape=False, fit_height=1, margins=(0.5, 0.9))
    ws.page_margins.header = ws.page_margins.footer = 0.35
    ws.print_options.headings = True
    ws.print_options.gridLines = True
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.left.text = "Stavenby CDP delivery workbook 2026-27"
    ws.oddFooter.right.text = "Page &P of &N"


def _merged(ws, row: int, value: str, font: Font, height: float, fill: str | None = None) -> None:
    ws.cell(row=row, column=1, value=value)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    c = ws.cell(row=row, column=1)
    c.font = font
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    ws.row_dimensions[row].height = height


def build_xlsx(work: Path) -> Path:
    wb = Workbook()
    K.properties(wb, TITLE, "Stavenby Borough Council Public Health")
    cover = wb.active
    cover.title = "Cover"
    _print_setup(cover, "Cover")
    _merged(cover, 1, "Stavenby Combating Drugs Partnership", Font(name=F, bold=True, size=18, color=TEAL), 26)
    _merged(cover, 2, "Delivery workbook 2026-27", Font(name=F, bold=True, size=14), 20)
    _merged(cover, 3, "Version 1.2, 2 June 2026. Owner: Combating Drugs Partnership Coordinator. Status: agreed "
                      "by the Partnership Board on 19 May 2026.", Font(name=F, size=10, color="444444"), 28)
    _merged(cover, 5, "About this workbook", Font(name=F, bold=True, size=12, color=TEAL), 18)
    _merged(cover, 6, "This workbook is how the partnership tracks its local drugs strategy. There is one tab "
                      "for each of our four priorities, with the actions agreed for 2026-27, and a KPI tab with the "
                      "measures we report to the Board each quarter. Update the Status column on each tab before "
                      "the quarterly Board.", Font(name=F, size=10), 56)
    _merged(cover, 8, "Tabs in this workbook", Font(name=F, bold=True, size=12, color=TEAL), 18)
    tabs = [("Cover", "this page"), *[(t, "actions and leads") for t, *_ in PRIORITIES], ("KPIs", "quarterly measures")]
    r = 9
    for tab, what in tabs:
        cover.cell(row=r, column=1, value=r - 8).font = Font(name=F, size=10)
        cover.cell(row=r, column=2, value=tab).font = Font(name=F, size=10, bold=True)
        cover.cell(row=r, column=3, value=what).font = Font(name=F, size=10)
        r += 1
    r += 1
    _merged(cover, r, "National context", Font(name=F, bold=True, size=12, color=TEAL), 18)
    _merged(cover, r + 1, "From Harm to Hope, the national drugs strategy, has three priorities: break drug supply "
                          "chains; deliver a world-class treatment and recovery system; and achieve a generational "
                          "shift in the demand for drugs. Our four priorities are set out in the Stavenby Drugs and "
                          "Alcohol Strategy 2025-2028.", Font(name=F, size=10), 56)
    _merged(cover, r + 3, "Previous plan", Font(name=F, bold=True, size=12, color=TEAL), 18)
    cover.print_area = f"A1:F{r + 4}"
    _merged(cover, r + 4, "The 2024-25 workbook had three tabs: 'Treatment access', 'Safer nights' and 'Families'. "
                          "Open actions from those tabs were moved to P2 and P4.", Font(name=F, size=10), 30)

    for tab, prio, lead, actions in PRIORITIES:
        ws = wb.create_sheet(tab)
        _print_setup(ws, tab)
        _merged(ws, 1, prio, Font(name=F, bold=True, size=16, color="FFFFFF"), 44, fill=TEAL)
        _merged(ws, 2, lead, Font(name=F, size=10, italic=True, color="444444"), 16)
        _merged(ws, 3, "What we will do in 2026-27", Font(name=F, bold=True, size=12, color=TEAL), 20)
        for ci, h in enumerate(["Ref", "Action", "Owner", "Due", "Status", "Qtr 1"], start=1):
            c = ws.cell(row=5, column=ci, value=h)
            c.font = Font(name=F, bold=True, size=10)
            c.fill = PatternFill("solid", fgColor="D9E7E8")
        r = 6
        for ref, act, owner, due, status in actions:
            vals = [ref, act, owner, due, status, "\u2713" if status != "Red" else "\u2717"]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.font = Font(name=F, size=10)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=RAG[status])
            ws.row_dimensions[r].height = 14 * max(K.lines_needed(v, w) for v, w in zip(vals, WIDTHS)) + 4
            r += 1
        r += 1
        _merged(ws, r, "Risks and issues", Font(name=F, bold=True, size=12, color=TEAL), 20)
        _merged(ws, r + 1, "Funding for 2027-28 is not yet confirmed. Status is reported by the action owner; the "
                           "coordinator checks it against the evidence before each Board.", Font(name=F, size=10), 30)

    ks = wb.create_sheet("KPIs")
    _print_setup(ks, "KPIs")
    _merged(ks, 1, "Key performance indicators", Font(name=F, bold=True, size=16, color=TEAL), 24)
    _merged(ks, 2, "Latest published figures at May 2026. Targets are for March 2027.",
            Font(name=F, size=10, italic=True), 16)
    for ci, h in enumerate(["Tab", "Measure", "Latest", "Target", "Source", ""], start=1):
        c = ks.cell(row=4, column=ci, value=h)
        c.font = Font(name=F, bold=True, size=10)
        c.fill = PatternFill("solid", fgColor="D9E7E8")
    for i, row in enumerate(KPIS, start=5):
        for ci, v in enumerate(row, start=1):
            c = ks.cell(row=i, column=ci, value=v)
            c.font = Font(name=F, size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ks.row_dimensions[i].height = 30
    ks.column_dimensions["A"].width = 15
    path = work / f"{NAME}.xlsx"
    wb.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_xlsx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
