"""annual_delivery_plan_actions.pdf: the Safer Lowfield Partnership Annual Delivery Plan 2025/26, an Excel
workbook (openpyxl) printed by LibreOffice Calc: A4 landscape, fit to width, the column header row repeated on
every page, "Page N of M" footer.

The sheet is one long table of 30 actions numbered 1.1-4.7. Each priority is a full-width merged, shaded row
"Priority N \u2013 X" above its actions, so the priority rows fall on different printed pages. Only the four
priority rows are gold; the actions (which are imperatives and look like priorities), the "Strategy link" column
and the second sheet (Key) are not.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

import common

NAME = "annual_delivery_plan_actions"
TITLE = "Safer Lowfield Partnership \u2013 Annual Delivery Plan 2025/26"
EN = "\u2013"
THIN = Side(style="thin", color="8C8C8C")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F = "Liberation Sans"

PLAN = [
    ("Reduce neighbourhood crime and anti-social behaviour", [
        ("Run a problem-solving plan for each of the five ASB hot spots, reviewed at the monthly tasking meeting",
         "Lowfield District Council (ASB team)", "Police, Lowfield Homes", "Plans in place by June 2025",
         "ASB reports in hot spots", "G"),
        ("Give every victim of ASB a named officer and an update within five working days", "Lowfield Homes",
         "Council, Police", "From April 2025", "Victim satisfaction survey", "A"),
        ("Launch a Shopwatch radio scheme for Lowfield town centre retailers", "Aldermoor Police",
         "Business forum", "September 2025", "Shop theft offences", "G"),
        ("Review the town centre public spaces protection order and consult on renewal", "Lowfield District Council",
         "Police", "Consultation by Dec 2025", "PSPO renewed", "G"),
        ("Promote the ASB case review through every housing newsletter and the council website",
         "Lowfield District Council", "Housing providers", "July 2025", "Case review requests", "G"),
        ("Deliver an off-road bike operation each summer with seizures under section 59", "Aldermoor Police",
         "Council", "June to September 2025", "Bikes seized; reports", "A"),
        ("Install lighting and CCTV improvements at Millfield underpass (Safer Streets funding)",
         "Lowfield District Council", "Aldermoor County Council (highways)", "March 2026", "Works completed", "R"),
        ("Run two community safety days a year on the Fenside and Harling estates", "Lowfield Homes",
         "Fire and Rescue, Police", "Oct 2025, Mar 2026", "Residents attending", "G"),
    ]),
    ("Protect people at risk of harm and exploitation", [
        ("Hold a fortnightly exploitation panel for children and adults at risk of criminal exploitation",
         "Aldermoor County Council (children's services)", "Police, YJS, health", "From April 2025",
         "People safer after 6 months", "G"),
        ("Map locations linked to exploitation and share them with licensing and housing", "Aldermoor Police",
         "Council", "Quarterly", "Locations reviewed", "G"),
        ("Train 300 frontline staff (taxi drivers, hotel staff, housing officers) to spot exploitation",
         "Lowfield District Council", "Licensing, voluntary sector", "March 2026", "Staff trained", "A"),
        ("Run a cuckooing protocol so that vulnerable tenants are moved or protected within 48 hours",
         "Lowfield Homes", "Police, adult social care", "September 2025", "Cases resolved", "G"),
        ("Deliver Prevent awareness sessions in all secondary schools", "Prevent Coordinator", "Schools",
         "March 2026", "Sessions delivered", "G"),
        ("Fit call blockers for 100 residents targeted by scams", "Aldermoor Trading Standards", "Age UK Lowfield",
         "March 2026", "Blockers fitted; calls blocked", "A"),
        ("Set up two new hate crime third-party reporting centres", "Lowfield District Council",
         "Voluntary sector", "December 2025", "Centres open; reports", "R"),
        ("Review the partnership's response to missing adults with mental health needs",
         "Aldermoor Integrated Care Board", "Police", "January 2026", "Review completed", "A"),
    ]),
    ("Reduce violence, including violence against women and girls", [
        ("Accredit Lowfield town centre under the Safe Night Out scheme", "Lowfield District Council (licensing)",
         "Pubwatch, Police", "November 2025", "Accreditation awarded", "A"),
        ("Fund an independent domestic violence adviser at Lowfield Community Hospital", "Lowfield Domestic "
         "Abuse Partnership Board", "ICB", "From July 2025", "Referrals from hospital", "G"),
        ("Deliver healthy relationships workshops in Year 9 in all secondary schools", "Lowfield Domestic Abuse "
         "Service", "Schools", "March 2026", "Pupils reached", "G"),
        ("Run a street harassment campaign with the university and the bus company",
         "Lowfield District Council", "University, bus operator", "Autumn term 2025", "Campaign reach", "G"),
        ("Deliver knife crime education to Year 6 pupils in the eight priority schools",
         "Aldermoor Violence Reduction Partnership", "Schools", "March 2026", "Pupils reached", "G"),
        ("Introduce hospital-based youth workers at weekends", "Aldermoor Violence Reduction Partnership",
         "ICB", "October 2025", "Young people engaged", "R"),
        ("Complete the two outstanding domestic homicide reviews and publish action plans",
         "Safer Lowfield Partnership", "All partners", "December 2025", "Reviews published", "A"),
    ]),
    ("Reduce reoffending and the harm caused by drugs", [
        ("Manage the 40 most prolific offenders through Integrated Offender Management", "Probation Service",
         "Police, council", "Ongoing", "IOM cohort reoffending", "G"),
        ("Meet every prison leaver returning to Lowfield at the gate with a treatment worker",
         "Lowfield Recovery Service", "Probation, HMP Fenwood", "From June 2025", "Continuity of care", "A"),
        ("Make naloxone available in every hostel and supported housing scheme", "Aldermoor County Council "
         "(public health)", "Housing providers", "September 2025", "Kits issued", "G"),
        ("Use closure orders against addresses used for drug dealing", "Aldermoor Police", "Lowfield Homes",
         "Ongoing", "Closure orders obtained", "G"),
        ("Open six supported housing places for people leaving prison", "Lowfield District Council (housing)",
         "Probation", "March 2026", "Places open", "R"),
        ("Offer restorative justice to victims of IOM cohort offences", "Probation Service", "Restorative Aldermoor",
         "From April 2025", "Victims offered RJ", "G"),
        ("Run a drug-related death review panel within eight weeks of every death", "Aldermoor County Council "
         "(public health)", "Police, coroner", "Ongoing", "Reviews held on time", "A"),
    ]),
]
RAG_FILL = {"G": "8FD14F", "A": "FFC000", "R": "FF6B6B"}


def _setup(ws, widths):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.45
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.oddHeader.left.text = "&A"
    ws.oddHeader.right.text = "OFFICIAL"
    ws.oddFooter.left.text = TITLE
    ws.oddFooter.right.text = "Page &P of &N"
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def build_xlsx(work: Path) -> Path:
    wb = Workbook()
    wb.properties.creator = "Lowfield District Council Community Safety Team"
    wb.properties.title = TITLE
    wb.properties.created = common.FIXED_DATE
    wb.properties.modified = common.FIXED_DATE
    wb.properties.lastModifiedBy = "Community Safety Team"
    body = Font(name=F, size=10)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Delivery plan 2025-26"
    cols = ["Ref", "Action", "Lead", "Partners", "By when", "How we will measure it", "Q1 RAG"]
    _setup(ws, [6, 58, 26, 22, 17, 22, 8])
    ws["A1"] = "Safer Lowfield Partnership"
    ws["A1"].font = Font(name=F, bold=True, size=16, color="1B4F72")
    ws["A2"] = "Annual Delivery Plan 2025/26"
    ws["A2"].font = Font(name=F, bold=True, size=13)
    ws["A3"] = ("Version 1.0, agreed by the Partnership Board on 24 April 2025. This plan sets out the actions for "
                "year two of the Safer Lowfield Partnership Strategy 2024\u20132027. Quarter 1 position at 30 June 2025.")
    ws["A3"].font = Font(name=F, size=9, color="444444")
    ws.merge_cells("A3:G3")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 26
    hr = 5
    for ci, lab in enumerate(cols, start=1):
        c = ws.cell(row=hr, column=ci, value=lab)
        c.font = Font(name=F, bold=True, size=10, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1B4F72")
        c.alignment = Alignment(vertical="center", wrap_text=True)
        c.border = BOX
    ws.print_title_rows = f"{hr}:{hr}"
    r = hr + 1
    for pi, (prio, actions) in enumerate(PLAN, start=1):
        ws.cell(row=r, column=1, value=f"Priority {pi} {EN} {prio}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        c = ws.cell(row=r, column=1)
        c.font = Font(name=F, bold=True, size=11.5, color="1B4F72")
        c.alignment = Alignment(vertical="center")
        for ci in range(1, len(cols) + 1):
            ws.cell(row=r, column=ci).fill = PatternFill("solid", fgColor="D6E6F2")
            ws.cell(row=r, column=ci).border = BOX
        ws.row_dimensions[r].height = 22
        r += 1
        for ai, (action, lead, partners, when, measure, rag) in enumerate(actions, start=1):
            vals = [f"{pi}.{ai}", action, lead, partners, when, measure, rag]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.font = Font(name=F, size=10, bold=(ci == 1))
                c.alignment = wrap
                c.border = BOX
            # Calc does not grow rows for wrapped text in an .xlsx without heights: set them as Excel would
            widths = [6, 58, 26, 22, 17, 22, 8]
            lines = max(-(-len(str(v)) // int(wd * 1.3)) for v, wd in zip(vals, widths))
            ws.row_dimensions[r].height = 13.5 * lines + 5
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1

    ks = wb.create_sheet("Key")
    _setup(ks, [14, 90])
    ks["A1"] = "Key and abbreviations"
    ks["A1"].font = Font(name=F, bold=True, size=13)
    rows = [("G", "On track: the action is complete or will be completed on time"),
            ("A", "Some slippage: the action may be late but the lead expects to recover it"),
            ("R", "Off track: the action will not be completed on time without help from the Board"),
            ("ASB", "Anti-social behaviour"), ("ICB", "Integrated Care Board"),
            ("IOM", "Integrated Offender Management"), ("PSPO", "Public spaces protection order"),
            ("YJS", "Youth Justice Service"), ("RJ", "Restorative justice")]
    for i, (a, b) in enumerate(rows, start=3):
        ks.cell(row=i, column=1, value=a).font = Font(name=F, bold=True, size=10)
        ks.cell(row=i, column=2, value=b).font = body
        if a in RAG_FILL:
            ks.cell(row=i, column=1).fill = PatternFill("solid", fgColor=RAG_FILL[a])
    ks.cell(row=13, column=1, value="Strategy").font = Font(name=F, bold=True, size=10)
    ks.cell(row=13, column=2, value="Safer Lowfield Partnership Strategy 2024\u20132027 (the four priorities are the "
                                    "headings of the delivery plan)").font = body
    path = work / f"{NAME}.xlsx"
    wb.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_xlsx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
