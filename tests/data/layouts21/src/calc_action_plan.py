"""merged_cells_pcc_column_action_plan_csp.pdf: the Rushcombe Community Safety Partnership's Action Plan
2026-27, an Excel workbook (openpyxl) printed by LibreOffice Calc: A4 landscape, fit to width (eleven columns,
so 11 pt text prints at about 6 pt), title rows 1-5 repeated on both pages, "Page N of M" footer.

The five priorities of the Rushcombe Community Safety Strategy 2026-2029 are column A, "Our priority": each is a
merged cell spanning its five to seven action rows, wrapped and centred vertically. Column B, "Police and Crime
Plan link", is a second merged column of the same design whose merges follow a different grouping: it holds the
Greywater Police and Crime Commissioner's priorities. The fourth priority's merge runs over the page break, so
its first action (4.1) is on page 1 but its name is printed (centred in what is left of the merge) on page 2.
Only column A is gold: priorities 1-3 on page 1, 4-5 on page 2.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

import calc_kit as K
import common

NAME = "merged_cells_pcc_column_action_plan_csp"
TITLE = "Rushcombe Community Safety Partnership \u2013 Action Plan 2026-27"
F = "Liberation Sans"
EN = "\u2013"
PCC = {
    "cut": "Cut crime and keep communities safe",
    "vic": "Put victims first",
    "vawg": "Tackle violence against women and girls",
    "conf": "Build public confidence in policing",
}
# (priority, [(pcc key, [actions: (action, lead, partners, start, due, measure, rag, comment)])])
PLAN = [
    ("Reduce anti-social behaviour in Rushcombe town centre and on the Moorfield estate", [
        ("cut", [
            ("Run a monthly problem-solving tasking meeting for the town centre and Moorfield", "Rushcombe DC "
             "(community safety)", "Police, Moorfield Homes", "Apr 2026", "Monthly", "Hot spot ASB reports", "G",
             "Meetings held in April and May"),
            ("Renew the town centre public spaces protection order after consultation", "Rushcombe DC", "Police",
             "Jun 2026", "Oct 2026", "PSPO renewed", "G", "Consultation opens 1 July"),
            ("Deploy two additional ASB caseworkers to Moorfield", "Moorfield Homes", "Rushcombe DC",
             "Apr 2026", "Jul 2026", "Cases closed in 28 days", "A", "One post filled; second out to advert"),
        ]),
        ("vic", [
            ("Give every repeat victim of ASB a named caseworker and a fortnightly update", "Rushcombe DC",
             "Moorfield Homes", "Apr 2026", "Ongoing", "Repeat victim satisfaction", "G", ""),
            ("Publicise the ASB case review on the council website and in tenant newsletters", "Rushcombe DC",
             "Housing providers", "May 2026", "Sep 2026", "Case review requests", "G", "Web page updated"),
        ]),
    ]),
    ("Protect children and adults from exploitation, including county lines", [
        ("cut", [
            ("Hold a fortnightly multi-agency exploitation panel covering children and adults",
             "Greywater County Council (children's services)", "Police, YJS, health", "Apr 2026", "Fortnightly",
             "People safer after six months", "G", "Adults added to terms of reference in May"),
            ("Map addresses linked to cuckooing and share them with housing and adult social care",
             "Greywater Police", "Rushcombe DC, Moorfield Homes", "Apr 2026", "Quarterly", "Addresses reviewed",
             "A", "Data sharing agreement awaiting sign-off"),
            ("Use closure orders and injunctions against county lines dealers", "Greywater Police",
             "Rushcombe DC (legal)", "Apr 2026", "Ongoing", "Orders obtained", "G", ""),
        ]),
        ("vic", [
            ("Train 250 taxi drivers, hotel staff and security staff to spot exploitation",
             "Rushcombe DC (licensing)", "Voluntary sector", "Jun 2026", "Mar 2027", "Staff trained", "A",
             "Licensing condition under review"),
            ("Offer a trusted adult to every child returning from a missing episode", "Greywater County Council",
             "Hollinsby Youth Trust", "Apr 2026", "Ongoing", "Return interviews within 72 hours", "R",
             "Capacity gap: see risk log"),
            ("Run a cuckooing protocol so that tenants at risk are protected within 48 hours", "Moorfield Homes",
             "Police, adult social care", "Jul 2026", "Dec 2026", "Cases resolved", "G", ""),
            ("Deliver exploitation awareness sessions to parents at all five secondary schools",
             "Hollinsby Youth Trust", "Schools", "Sep 2026", "Mar 2027", "Parents reached", "G", ""),
        ]),
    ]),
    ("Tackle domestic abuse and sexual violence", [
        ("vawg", [
            ("Fund an independent domestic violence adviser at Rushcombe General Hospital",
             "Rushcombe Domestic Abuse Partnership", "Integrated Care Board", "Jul 2026", "Mar 2027",
             "Referrals from hospital", "A", "Funding agreed; recruitment from July"),
            ("Deliver healthy relationships workshops in Year 9 in every secondary school",
             "Greywater Women's Aid", "Schools", "Sep 2026", "Mar 2027", "Pupils reached", "G", ""),
            ("Complete the outstanding domestic homicide review and publish its action plan",
             "Rushcombe CSP", "All partners", "Apr 2026", "Dec 2026", "Review published", "A",
             "Awaiting Home Office quality assurance"),
            ("Introduce a perpetrator programme for men referred by the police and children's services",
             "Greywater County Council", "Probation Service", "Oct 2026", "Mar 2027", "Programme completions",
             "R", "Provider procurement delayed"),
        ]),
        ("vic", [
            ("Open two more refuge spaces for women with older sons", "Rushcombe DC (housing)",
             "Greywater Women's Aid", "Apr 2026", "Dec 2026", "Spaces open", "G", ""),
        ]),
    ]),
    ("Reduce serious violence and knife crime among under-25s", [
        ("cut", [
            ("Deliver knife crime education to Year 6 and Year 8 pupils in every school in the district",
             "Greywater Violence Reduction Unit", "Schools", "Sep 2026", "Mar 2027", "Pupils reached", "G", ""),
            ("Place youth workers in the emergency department on Friday and Saturday nights",
             "Greywater Violence Reduction Unit", "Rushcombe General Hospital", "Jun 2026", "Ongoing",
             "Young people engaged", "A", "Starts once honorary contracts are signed"),
            ("Install knife bins at four locations agreed with the police", "Rushcombe DC", "Greywater Police",
             "May 2026", "Aug 2026", "Bins installed; knives surrendered", "G", ""),
        ]),
        ("conf", [
            ("Hold a community reassurance meeting after every knife incident in the town centre",
             "Greywater Police", "Rushcombe DC, councillors", "Apr 2026", "Ongoing", "Meetings held", "G", ""),
            ("Publish the serious violence needs assessment summary in plain English", "Rushcombe CSP",
             "Greywater Violence Reduction Unit", "Jul 2026", "Sep 2026", "Summary published", "G", ""),
        ]),
    ]),
    ("Make the night-time economy safer for everyone", [
        ("vawg", [
            ("Achieve Safe Night Out accreditation for Rushcombe town centre", "Rushcombe DC (licensing)",
             "Pubwatch, Police", "Apr 2026", "Nov 2026", "Accreditation awarded", "A", "Assessment booked"),
            ("Train door staff and bar staff in bystander intervention and spiking awareness",
             "Rushcombe DC (licensing)", "Pubwatch", "May 2026", "Dec 2026", "Staff trained", "G", ""),
            ("Run a safe space in the town centre on Friday and Saturday nights", "Rushcombe Street Pastors",
             "Police, ambulance", "Apr 2026", "Ongoing", "People helped", "G", ""),
        ]),
        ("conf", [
            ("Extend taxi marshals to the last Friday of every month and bank holidays", "Rushcombe DC",
             "Taxi trade", "Jun 2026", "Ongoing", "Marshalled nights", "G", ""),
            ("Publish a quarterly night-time economy update for residents and businesses", "Rushcombe CSP",
             "Business Improvement District", "Jul 2026", "Quarterly", "Updates published", "G", ""),
        ]),
    ]),
]
RAG_FILL = {"G": "8FD14F", "A": "FFC000", "R": "FF6B6B"}
COLS = ["Our priority", "Police and Crime Plan link", "Ref", "Action", "Lead", "Partners", "Start", "Due",
        "Measure", "RAG", "Update (May 2026)"]
WIDTHS = [24, 20, 6, 40, 22, 20, 9, 10, 20, 6, 26]


def build_xlsx(work: Path) -> Path:
    wb = Workbook()
    K.properties(wb, TITLE, "Rushcombe District Council Community Safety Team")
    ws = wb.active
    ws.title = "Action plan 2026-27"
    K.page_setup(ws, WIDTHS, margins=(0.4, 0.85))
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = "&A"
    ws.oddHeader.right.text = "OFFICIAL"
    ws.oddFooter.left.text = TITLE
    ws.oddFooter.right.text = "Page &P of &N"
    ws["A1"] = "Rushcombe Community Safety Partnership"
    ws["A1"].font = Font(name=F, bold=True, size=18, color="2E4A1F")
    ws["A2"] = "Action Plan 2026-27 (year one of the Community Safety Strategy 2026-2029)"
    ws["A2"].font = Font(name=F, bold=True, size=13)
    ws["A3"] = ("Agreed by the Partnership Board on 21 April 2026. Position at 31 May 2026. RAG: G on track, "
                "A some slippage, R off track. Column B shows how each action supports the Greywater Police and "
                "Crime Plan 2025-2029.")
    ws["A3"].font = Font(name=F, size=10, color="444444")
    ws.merge_cells("A3:K3")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 16
    hr = 5
    for ci, lab in enumerate(COLS, start=1):
        c = ws.cell(row=hr, column=ci, value=lab)
        c.font = Font(name=F, bold=True, size=10, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2E4A1F")
        c.alignment = Alignment(vertical="center", wrap_text=True)
        c.border = K.BOX
    ws.row_dimensions[hr].height = 28
    ws.print_title_rows = f"1:{hr}"
    wrap = Alignment(wrap_text=True, vertical="top")
    merged = Alignment(wrap_text=True, vertical="center")
    r = hr + 1
    for pi, (prio, groups) in enumerate(PLAN, start=1):
        p_start = r
        ai = 0
        for key, actions in groups:
            g_start = r
            for action in actions:
                ai += 1
                vals = [f"{pi}.{ai}", *action[:-2], action[-2], action[-1]]
                for ci, v in enumerate(vals, start=3):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.font = Font(name=F, size=11, bold=(ci == 3))
                    c.alignment = wrap
                    c.border = K.BOX
                rag = ws.cell(row=r, column=10)
                rag.fill = PatternFill("solid", fgColor=RAG_FILL[action[6]])
                rag.alignment = Alignment(horizontal="center", vertical="top")
                lines = max(K.lines_needed(v, w, 11) for v, w in zip(vals, WIDTHS[2:]))
                ws.row_dimensions[r].height = 15 * lines + 5
                r += 1
            ws.cell(row=g_start, column=2, value=PCC[key])
            ws.merge_cells(start_row=g_start, start_column=2, end_row=r - 1, end_column=2)
            c = ws.cell(row=g_start, column=2)
            c.font = Font(name=F, size=10, bold=True, color="5B5B5B")
            c.alignment = merged
            c.fill = PatternFill("solid", fgColor="EDEDED")
            for rr in range(g_start, r):
                ws.cell(row=rr, column=2).border = K.BOX
        ws.cell(row=p_start, column=1, value=prio)
        ws.merge_cells(start_row=p_start, start_column=1, end_row=r - 1, end_column=1)
        c = ws.cell(row=p_start, column=1)
        c.font = Font(name=F, size=11, bold=True, color="2E4A1F")
        c.alignment = merged
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        for rr in range(p_start, r):
            ws.cell(row=rr, column=1).border = K.BOX
    r += 1
    notes = [
        "Key: actions are numbered by priority (1.1 is the first action under the first priority).",
        "The 2023-2026 strategy's priorities (neighbourhood crime, domestic abuse, drug-related harm) closed on "
        "31 March 2026; their open actions have moved into this plan.",
        "Contact: community.safety@rushcombe.example.gov.uk",
    ]
    for n in notes:
        ws.cell(row=r, column=1, value=n).font = Font(name=F, size=9, italic=True, color="555555")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
    path = work / f"{NAME}.xlsx"
    wb.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_xlsx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
