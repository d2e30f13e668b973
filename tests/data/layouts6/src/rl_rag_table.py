"""Hollinshire Reducing Reoffending Partnership: a landscape quarter 3 progress report. The seven priorities are
the rows of a RAG-rated table that runs over pp2-3 with its header repeated; p4 holds other tables."""
from __future__ import annotations

from kit6 import Doc, box, hexc, text

NAME = "rag_progress_table_reoffending"
RAG = {"G": "4E9A43", "A": "E0A526", "R": "C0392B"}
ROWS = [
    ("Accommodation on release from custody", "Head of Housing Options, Hollinshire districts", "A", "\u2191",
     "Commissioned 18 move-on beds with Hollin Housing Trust in October. The number released homeless fell from "
     "14% to 11%, but prison release on Fridays still leaves people without a bed for the weekend. The "
     "Accommodation Duty to Refer pathway is now used in both local prisons."),
    ("Employment, training and education for people on probation", "Head of Probation Delivery Unit, Hollinshire",
     "G", "\u2191", "Employment hub opened at Calderbridge with the Department for Work and Pensions. 212 people "
     "started work in Q1 to Q3 against a target of 180. Two employer breakfasts held."),
    ("Health, including mental health and substance misuse treatment", "Director of Public Health", "A", "\u2192",
     "Continuity of care on release rose to 48% (target 55%). The liaison and diversion service is fully "
     "staffed. A new community sentence treatment requirement pathway begins in Q4."),
    ("Women in the justice system", "Chief Executive, Hollinshire Women's Centre", "G", "\u2191",
     "Women's centre offers a one-stop shop at court on Tuesdays and Thursdays. 63 women diverted to support "
     "through the whole system approach."),
    ("Young adults aged 18 to 25 moving from youth to adult services", "Head of Youth Justice Service", "R",
     "\u2193", "The transition protocol has not yet been signed by all partners. Only 4 of 19 young people who "
     "moved to adult services in Q3 had a joint meeting before transfer. Escalated to the Board in January."),
    ("Finance, benefit and debt", "Citizens Advice Hollinshire", "A", "\u2192",
     "Benefits advice sessions run in both prisons. Bank accounts opened before release: 71 (target 90). "
     "Identification documents remain the main barrier."),
    ("Integrated Offender Management for neighbourhood crime", "Detective Chief Inspector, IOM", "G", "\u2191",
     "Cohort of 164 people. Reoffending by the neighbourhood crime cohort fell by 22% compared with the "
     "year before entering the scheme."),
]
HEAD = ["No.", "Priority", "Senior responsible owner", "Q3", "Trend", "Commentary"]
COLS = [34, 190, 150, 34, 38, 320]


def draw_table(c, x, top, rows, first):
    from reportlab.platypus import Paragraph, Table, TableStyle

    from rl_kit import style
    st, sth, stb = style(size=9), style(font="Sans-Bold", size=9, color="FFFFFF"), style(font="Sans-Bold", size=9.5)
    data = [[Paragraph(h, sth) for h in HEAD]]
    cmds = [("BACKGROUND", (0, 0), (-1, 0), hexc("243F60")), ("GRID", (0, 0), (-1, -1), 0.4, hexc("AAAAAA")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (3, 1), (4, -1), "CENTER")]
    for k, (name, owner, rag, trend, note) in enumerate(rows, start=1):
        data.append([Paragraph(str(first + k - 1), st), Paragraph(name, stb), Paragraph(owner, st),
                     Paragraph(f"<font color='#FFFFFF'><b>{rag}</b></font>", style(size=9, align=1)),
                     Paragraph(trend, style(font="DejaVu", size=11, align=1)), Paragraph(note, st)])
        cmds.append(("BACKGROUND", (3, k), (3, k), hexc(RAG[rag])))
    t = Table(data, colWidths=COLS)
    t.setStyle(TableStyle(cmds))
    _, h = t.wrap(sum(COLS), 1000)
    t.drawOn(c, x, top - h)
    return h


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Reducing Reoffending Delivery Plan 2025-2028: Quarter 3 Progress Report",
            "Hollinshire Reducing Reoffending Partnership", land=True, footer_on_first=True, accent="243F60",
            footer="Hollinshire Reducing Reoffending Partnership \u2013 Q3 2025/26 progress report \u2013 OFFICIAL")
    c, W, H = d.c, d.W, d.H
    w = d.writer(width=W - 112)
    w.heading("Reducing Reoffending Delivery Plan 2025-2028", 22)
    w.heading("Quarter 3 (October to December 2025) progress report to the Partnership Board, 19 February 2026",
              12, color="555555", after=14)
    w.heading("Summary", 14)
    w.para("Four of the seven priorities in the strategy are on track or ahead (green or amber with an improving "
           "trend). One is red: the transition of young adults from youth to adult services. The Board is asked to "
           "note the report and agree the exception actions in section 3.")
    w.heading("RAG key", 12)
    w.bullets(["<b>G</b> \u2013 on track: milestones met", "<b>A</b> \u2013 some slippage, recoverable within the year",
               "<b>R</b> \u2013 off track: Board action needed"], after=2)
    w.heading("The strategy's cross-cutting principles", 12)
    w.bullets(["Trauma-informed practice", "Lived experience in design and delivery",
               "Equality: tackling disproportionality"], after=2)
    d.next()
    text(c, 56, H - 50, "1. Progress against the strategy's priorities", "Sans-Bold", 15, "243F60")
    draw_table(c, 56, H - 64, ROWS[:4], 1)
    d.next()
    text(c, 56, H - 50, "1. Progress against the strategy's priorities (continued)", "Sans-Bold", 15, "243F60")
    h = draw_table(c, 56, H - 64, ROWS[4:], 5)
    w = d.writer(top=H - 64 - h - 24, width=W - 112)
    w.heading("2. National performance measures", 14)
    w.table([["Measure", "Hollinshire", "England and Wales"],
             ["Proven reoffending rate (adults)", "24.1%", "25.2%"],
             ["Settled accommodation at 3 months after release", "78%", "75%"]], [330, 150, 150])
    d.next()
    w = d.writer(width=W - 112)
    w.heading("3. Exceptions and actions for the Board", 14)
    w.table([["Ref", "Action", "Owner", "Due"],
             ["E1", "Sign the young adults transition protocol", "Board Chair", "March 2026"],
             ["E2", "Ask HMPPS to stop Friday releases from HMP Caldermoor", "Prison Governor", "April 2026"],
             ["E3", "Fund an identity documents worker", "Citizens Advice", "June 2026"]], [50, 400, 150, 110])
    w.heading("4. Actions closed this quarter", 14)
    w.bullets(["Employment hub opened (priority 2)", "Women's court one-stop shop launched (priority 4)",
               "IOM cohort refreshed (priority 7)"])
    return [d.close()]
