"""Kelderby Community Safety Partnership Plan 2026-29. The five priorities are stated ONLY as the row headers
of a "Priority x Partner" matrix (p3): partners across the top (short names), a tick for each partner that
contributes and a bold "L" for the lead. A second matrix of the same design on the same page lists the
statutory duties against partners. The PCC's priorities are quoted on p2; p4 has measures with short tags."""
from __future__ import annotations

from reportlab.platypus import Paragraph, Table, TableStyle

from kit9 import Doc, box, hexc, style, text

NAME = "partner_matrix_csp"
ACC = "2F5D50"
PARTNERS = ["Council", "Police", "Fire", "NHS", "Probation", "Housing", "Schools", "VCS"]
PRI = [
    ("Reducing antisocial behaviour in Kelderby town centre and the Eastgate estate",
     "LVVVVV.V"),
    ("Protecting people at risk of exploitation, including county lines",
     "VLVVVVVV"),
    ("Tackling domestic abuse and supporting the whole family",
     "VVVLVVVV"),
    ("Safer roads for people who walk and cycle",
     "VLL...V."),
    ("Building confidence in neighbourhoods with the highest fear of crime",
     "LV...VVV"),
]
DUTIES = [
    ("Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)", "VLVVV..."),
    ("Prevent duty (Counter-Terrorism and Security Act 2015)", "LV.VVVV."),
    ("Domestic Homicide Reviews (Domestic Violence, Crime and Victims Act 2004)", "LVVVVVVV"),
]


def matrix(c, x, top, rows, head, acc):
    sth = style(font="Sans-Bold", size=8.5, leading=10, color="FFFFFF")
    st0 = style(font="Sans-Bold", size=9.5, leading=12, color="222222")
    stc = style(font="DejaVu-Bold", size=11, leading=13, color=acc, align=1)
    data = [[Paragraph(head, sth)] + [Paragraph(p, style(font="Sans-Bold", size=7.5, leading=9, color="FFFFFF", align=1)) for p in PARTNERS]]
    for name, marks in rows:
        cells = []
        for m in marks:
            cells.append(Paragraph({"V": "\u2713", "L": "L", ".": ""}[m], stc))
        data.append([Paragraph(name, st0)] + cells)
    t = Table(data, colWidths=[190] + [37.5] * 8)
    cmds = [("BACKGROUND", (0, 0), (-1, 0), hexc(acc)), ("GRID", (0, 0), (-1, -1), 0.5, hexc("B8C7C2")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (1, 0), (-1, -1), 1), ("RIGHTPADDING", (1, 0), (-1, -1), 1)]
    for i in range(1, len(data)):
        cmds.append(("BACKGROUND", (0, i), (0, i), hexc("E3ECE9")))
    t.setStyle(TableStyle(cmds))
    _, h = t.wrap(490, 10000)
    t.drawOn(c, x, top - h)
    return h


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Kelderby Community Safety Partnership Plan 2026-29",
            "Kelderby Community Safety Partnership", footer="Kelderby Community Safety Partnership Plan 2026-29",
            accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, "EAF1EE")
    box(c, 0, H - 340, W, 340, ACC)
    text(c, 56, H - 150, "Kelderby Community Safety", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 188, "Partnership Plan 2026-29", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 230, "Working together for a safer Kelderby", "Sans", 15, "D7E6E1")
    text(c, 56, 120, "Kelderby Borough Council \u2022 Northvale Police \u2022 Northvale Fire and Rescue Service",
         "Sans", 10, "333333")
    text(c, 56, 104, "NHS Northvale Integrated Care Board \u2022 Probation Service (Kelderby)", "Sans", 10, "333333")
    d.next()
    w = d.writer()
    w.heading("Foreword", 18)
    w.para("Kelderby is a safe place to live, work and visit, and most residents tell us they feel safe. But crime "
           "is not spread evenly. Eastgate has three times the borough's rate of antisocial behaviour, and reports "
           "of domestic abuse rose by 11% last year. This plan sets out how the partners in the Community Safety "
           "Partnership will work together over the next three years.")
    w.para("Councillor Amrit Sahota, Chair, Kelderby Community Safety Partnership", color="555555", size=9.5)
    w.heading("Our vision", 14, before=8)
    w.para("<i>A borough where everyone feels safe and is safe, at home, online and on our streets.</i>", size=12,
           color=ACC)
    w.heading("How we set our priorities", 14, before=8)
    w.para("Our priorities come from the 2025 strategic assessment, a residents' survey answered by 1,912 people and "
           "workshops with partners. The assessment found:")
    w.bullets(["Antisocial behaviour reports fell by 6% across the borough but rose by 18% in the town centre.",
               "Children as young as 12 are being recruited to sell drugs for county lines from outside Kelderby.",
               "Two in five domestic abuse victims had children living at home.",
               "Pedestrian and cyclist casualties on the A614 corridor are the highest in the county."])
    w.heading("The Police and Crime Commissioner's plan", 14, before=8)
    w.para("The Northvale Police and Crime Commissioner, Dawn Castellano, published her Police and Crime Plan in "
           "2025. Its priorities are:")
    w.bullets(["Putting victims first", "Fighting crime in every neighbourhood", "A police service people trust"])
    w.para("Each of our priorities supports at least one of the Commissioner's.")
    d.next()
    w = d.writer()
    w.heading("Who does what", 18)
    w.para("The table below sets out our priorities for 2026-29 and which partners will deliver each one. "
           "<b>L</b> shows the lead partner; <font name='DejaVu'>\u2713</font> shows a partner that contributes.")
    h = matrix(c, 56, w.y - 4, PRI, "Priority", ACC)
    w.y -= h + 14
    w.para("VCS = voluntary and community sector, through Kelderby Together. Housing = Kelderby Homes and the "
           "registered providers' forum.", size=8.5, color="555555")
    w.heading("Our statutory duties", 14, before=10)
    w.para("The Partnership also meets the duties placed on its members by law. These are not priorities of this "
           "plan, but they run through it.")
    h = matrix(c, 56, w.y - 4, DUTIES, "Duty", "6B7F79")
    w.y -= h + 14
    d.next()
    w = d.writer()
    w.heading("How we will measure progress", 18)
    w.table([["Priority (short name)", "Measure", "Baseline 2024-25", "Target 2028-29"],
             ["Town centre ASB", "Antisocial behaviour incidents, town centre and Eastgate", "2,314", "1,850"],
             ["Exploitation", "Children referred to the exploitation panel who are safeguarded", "64%", "80%"],
             ["Domestic abuse", "Repeat referrals to MARAC", "31%", "26%"],
             ["Safer roads", "People walking or cycling killed or seriously injured", "27", "18"],
             ["Confidence", "Residents who feel safe after dark (Eastgate, Northfields)", "48%", "60%"]],
            [110, 200, 90, 90], head_bg=ACC, zebra="E3ECE9")
    w.heading("Our principles", 14, before=6)
    w.bullets(["<b>Prevention first.</b> We act early, before harm happens.",
               "<b>Led by evidence.</b> We go where the data and residents take us.",
               "<b>One Kelderby.</b> We share information and budgets when it helps."])
    w.heading("Governance", 14, before=6)
    w.para("The Partnership meets quarterly. Each priority has a delivery group, chaired by the lead partner, which "
           "reports to every meeting. The plan is refreshed each year after the strategic assessment.")
    w.heading("Our last plan", 14, before=6)
    w.para("The 2023-26 plan had three priorities: keeping the night-time economy safe, reducing burglary, and "
           "tackling hate crime. Burglary is now at its lowest level for ten years and moves to business as usual.")
    return [d.close()]
