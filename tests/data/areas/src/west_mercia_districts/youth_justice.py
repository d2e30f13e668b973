"""Worcestershire Youth Justice Service: Youth Justice Plan 2025-26 with performance dashboard (reportlab,
canvas).

House style: teal and sunflower, DejaVu Sans Condensed body with DejaVu Serif headings.  Distractors: the
Child First tenets (p3), the YJB key performance indicator dashboard (p4), offence and disproportionality
charts (p5), and the RAG review of the 2024-25 priorities (p6).  The Management Board's priorities for
2025-26 are stated once, on p7, as five arrow-shaped banners.
"""
from __future__ import annotations

from pathlib import Path

from .rlk import A4, C, Doc, Paragraph, S, face, mm

OUT = "strategies/worcestershire_youth_justice_plan_2025-26.pdf"
TEAL, SUN, INK, MUTE = "#00796b", "#f6b81a", "#1f2b2a", "#61706e"
BANNERS = ["#00796b", "#00897b", "#26a69a", "#4db6ac", "#80a8a2"]

PRIORITIES = [
    "Reduce the number of children entering the justice system for the first time",
    "Reduce reoffending by children",
    "Protect children from exploitation",
    "Improve education, training and employment outcomes for children",
    "Put victims at the heart of restorative practice",
]


def build(root: Path) -> Path:
    reg, bold = face("cond")
    sreg, sbold = face("dserif")
    d = Doc(root / OUT, "Worcestershire Youth Justice Plan 2025-26", "Worcestershire Youth Justice Service")
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    body = S("b", reg, 9.4, INK, 13)
    small = S("s", reg, 7.4, MUTE, 9.6)
    h3 = S("h3", sbold, 11, TEAL, 14)

    def chrome(title):
        d.rect(0, H - 30 * mm, W, 30 * mm, fill="#e0f2f1")
        d.rect(0, H - 30 * mm, W, 1.2 * mm, fill=SUN)
        d.string(L, H - 11 * mm, "Worcestershire Youth Justice Service · Youth Justice Plan 2025–26", reg, 8, MUTE)
        d.para(L, H - 15 * mm, R - L, title, S("h2", sbold, 17, TEAL, 21))
        d.string(W / 2, 9 * mm, f"Page {d.page} of 8", reg, 8, MUTE, align="centre")

    # 1 cover
    d.rect(0, 0, W, H, fill=TEAL)
    d.c.setFillColor(C(SUN))
    d.c.circle(W - 40 * mm, H - 60 * mm, 34 * mm, stroke=0, fill=1)
    d.c.setFillColor(C("#4db6ac"))
    d.c.circle(W - 78 * mm, H - 100 * mm, 18 * mm, stroke=0, fill=1)
    d.string(L, H - 130 * mm, "WORCESTERSHIRE YOUTH JUSTICE SERVICE", bold, 11, "#b2dfdb")
    d.para(L, H - 138 * mm, R - L, "Youth Justice Plan<br/>2025–26", S("c", sbold, 34, "#ffffff", 40))
    d.para(L, H - 170 * mm, 120 * mm, "Our performance in 2024–25 and the Management Board's priorities for the "
           "year ahead", S("c2", reg, 13, "#e0f2f1", 17))
    d.string(L, 20 * mm, "Fictional document for testing · figures illustrative", reg, 8, "#b2dfdb")
    d.next()
    # 2 contents
    chrome("Contents")
    d.contents(L, H - 46 * mm, R - L, [
        ("Introduction and Child First", 3, 0), ("Key performance indicators", 4, 0), ("Who we work with", 5, 0),
        ("Review of 2024–25", 6, 0), ("Our priorities for 2025–26", 7, 0), ("Resources, risks and governance", 8, 0)],
        reg, bold, 12, INK, leader="·", step=22, num_colour=TEAL)
    d.next()
    # 3 intro and child first
    chrome("Introduction and Child First")
    y = d.paras(L, H - 40 * mm, R - L, [
        ("Every youth justice partnership must publish an annual plan under section 40 of the Crime and Disorder "
         "Act 1998, setting out how youth justice services will be provided and funded. This plan was approved "
         "by the Worcestershire Youth Justice Management Board in May 2025. It follows the Youth Justice Board's "
         "guidance and template.", body),
        ("<b>Child First</b>", h3),
        ("The Youth Justice Board's guiding principle is Child First. Our practice is built on its four tenets:", body)],
        gap=5)
    tenets = [("As children", "Prioritise the best interests of children and recognise their needs, capacities, "
                              "rights and potential."),
              ("Building pro-social identity", "Promote children's individual strengths and capacities to develop "
                                               "their pro-social identity for sustainable desistance."),
              ("Collaborating with children", "Encourage children's active participation, engagement and wider "
                                              "social inclusion."),
              ("Diverting from stigma", "Promote a childhood removed from the justice system, using prevention, "
                                        "diversion and minimal intervention.")]
    tw = (R - L - 6 * mm) / 2
    for i, (t, x) in enumerate(tenets):
        xx = L + (i % 2) * (tw + 6 * mm)
        yy = y - 4 * mm - (i // 2) * 36 * mm
        d.rect(xx, yy - 32 * mm, tw, 32 * mm, fill="#f3faf9", stroke="#b2dfdb")
        d.para(xx + 4 * mm, yy - 4 * mm, tw - 8 * mm, f"<b>{t}</b>", S("tt", bold, 10.5, TEAL, 13))
        d.para(xx + 4 * mm, yy - 11 * mm, tw - 8 * mm, x, body)
    d.para(L, y - 84 * mm, R - L, "The tenets are quoted from the Youth Justice Board's strategic plan.", small)
    d.next()
    # 4 KPI dashboard
    chrome("Key performance indicators")
    kpis = [("First-time entrants per 100,000 aged 10–17", "142", [210, 188, 170, 151, 142], "down"),
            ("Reoffending rate (binary, %)", "33.9", [38.1, 36.2, 35.0, 34.8, 33.9], "down"),
            ("Custodial sentences", "6", [11, 9, 8, 7, 6], "down"),
            ("Children in suitable accommodation at end of order (%)", "91", [84, 86, 88, 90, 91], "up"),
            ("Children in education, training or employment at end of order (%)", "64", [70, 68, 66, 65, 64], "down"),
            ("Children with identified SEND needs supported (%)", "88", [72, 79, 83, 86, 88], "up"),
            ("Children with a mental health need accessing support (%)", "76", [61, 66, 70, 73, 76], "up"),
            ("Out-of-court disposals completed (%)", "92", [85, 88, 90, 91, 92], "up"),
            ("Victims offered restorative justice (%)", "71", [80, 78, 75, 73, 71], "down")]
    cw, ch = (R - L - 8 * mm) / 3, 40 * mm
    for i, (l, n, v, dirn) in enumerate(kpis):
        x = L + (i % 3) * (cw + 4 * mm)
        y = H - 40 * mm - (i // 3 + 1) * (ch + 4 * mm)
        d.rect(x, y, cw, ch, fill="#ffffff", stroke="#b2dfdb", lw=0.8)
        d.para(x + 3 * mm, y + ch - 3 * mm, cw - 6 * mm, l, S("kl", reg, 7.8, MUTE, 9.6))
        d.string(x + 3 * mm, y + 13 * mm, n, sbold, 20, TEAL)
        d.spark(x + 28 * mm, y + 12 * mm, cw - 32 * mm, 9 * mm, v, SUN, lw=1.4)
        d.string(x + 3 * mm, y + 4 * mm, "Trend 2020–21 to 2024–25, " + dirn, reg, 6.8, MUTE)
    d.para(L, 24 * mm, R - L, "Youth Justice Board key performance indicators and local measures. Illustrative figures.",
           small)
    d.next()
    # 5 who we work with
    chrome("Who we work with")
    d.para(L, H - 40 * mm, R - L, "<b>Offences by type, children sentenced or given an out-of-court disposal, 2024–25</b>", h3)
    d.hbars(L, H - 50 * mm, R - L, ["Violence against the person", "Theft and handling", "Criminal damage",
                                    "Drug offences", "Possession of a weapon", "Motoring offences", "Robbery",
                                    "Sexual offences"], [96, 54, 41, 38, 29, 22, 14, 6], TEAL, reg, 8.6, bar_h=10,
            gap=5, label_w=55 * mm)
    d.para(L, H - 150 * mm, R - L, "<b>Disproportionality</b>", h3)
    rows = [["Group", "Share of 10–17 population", "Share of youth justice caseload"],
            ["Black and mixed heritage children", "4%", "11%"], ["Children in care", "1%", "17%"],
            ["Children with an EHC plan", "3%", "19%"], ["Girls", "49%", "16%"]]
    d.table(L, H - 160 * mm, rows, [70 * mm, 52 * mm, 52 * mm], [
        ("FONT", (0, 0), (-1, -1), reg, 9.2), ("FONT", (0, 0), (-1, 0), bold, 9.2),
        ("BACKGROUND", (0, 0), (-1, 0), C("#e0f2f1")), ("LINEBELOW", (0, 0), (-1, -1), 0.4, C("#cfe3e0")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    d.next()
    # 6 review of 2024-25 (RAG)
    chrome("Review of 2024–25")
    rows = [["2024–25 priority", "What we achieved", "Rating"],
            ["Prevention and diversion", "Turnaround reached 141 children; fewer first-time entrants", "Green"],
            ["Serious youth violence", "Knife-crime sessions in 22 schools; weapon possession flat", "Amber"],
            ["Education, training and employment", "ETE at end of order fell to 64%", "Red"],
            ["Victims", "Fewer victims offered restorative justice", "Amber"],
            ["Disproportionality", "Over-representation of children in care unchanged", "Amber"]]
    cmds = [("FONT", (0, 0), (-1, -1), reg, 9.2), ("FONT", (0, 0), (-1, 0), bold, 9.2),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, C(TEAL)), ("LINEBELOW", (0, 1), (-1, -1), 0.4, C("#cfe3e0")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for i, r in enumerate(rows[1:], 1):
        col = {"Green": "#43a047", "Amber": "#f6b81a", "Red": "#e53935"}[r[2]]
        cmds += [("BACKGROUND", (2, i), (2, i), C(col)), ("TEXTCOLOR", (2, i), (2, i), C("#ffffff"))]
    y = d.table(L, H - 40 * mm, rows, [58 * mm, 94 * mm, 22 * mm], cmds)
    d.paras(L, y - 8 * mm, R - L, [
        ("<b>Learning from the year</b>", h3),
        ("Diversion works: children given a Turnaround or out-of-court intervention were far less likely to "
         "offend again within a year. Education outcomes fell as more children were excluded or on part-time "
         "timetables. An inspection of the service in 2024 rated it 'good' overall.", body)], gap=4)
    d.next()
    # 7 priorities (gold): arrow banners
    chrome("Our priorities for 2025–26")
    y = d.paras(L, H - 40 * mm, R - L, [
        ("The Youth Justice Management Board agreed five priorities for 2025–26. They respond to the review of "
         "2024–25, the inspection and what children and victims told us.", body)], gap=8)
    bh, gap = 20 * mm, 5 * mm
    for i, t in enumerate(PRIORITIES):
        top = y - i * (bh + gap)
        bot = top - bh
        p = d.c.beginPath()
        p.moveTo(L, top)
        p.lineTo(R - 10 * mm, top)
        p.lineTo(R, top - bh / 2)
        p.lineTo(R - 10 * mm, bot)
        p.lineTo(L, bot)
        p.lineTo(L + 7 * mm, top - bh / 2)
        p.close()
        d.c.setFillColor(C(BANNERS[i]))
        d.c.drawPath(p, stroke=0, fill=1)
        para = Paragraph(t, S("pt", bold, 12.5, "#ffffff", 15))
        _, ph = para.wrap(R - L - 32 * mm, 1000)
        para.drawOn(d.c, L + 14 * mm, top - bh / 2 - ph / 2 - 1)
    y -= 5 * (bh + gap) + 4 * mm
    d.paras(L, y, R - L, [("Disproportionality is not a separate priority this year; it is measured within each "
                           "priority, and the Board receives a quarterly report on it.", body)])
    d.next()
    # 8 resources, risks, governance
    chrome("Resources, risks and governance")
    rows = [["Funding source", "2025–26"], ["Youth Justice Board grant", "£742,000"], ["Worcestershire County Council", "£1,310,000"],
            ["West Mercia Police", "£96,000"], ["Police and Crime Commissioner", "£85,000"], ["Probation Service", "£41,000"],
            ["Integrated care board", "£120,000"]]
    y = d.table(L, H - 40 * mm, rows, [90 * mm, 40 * mm], [
        ("FONT", (0, 0), (-1, -1), reg, 9.2), ("FONT", (0, 0), (-1, 0), bold, 9.2), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, C("#cfe3e0")), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    d.paras(L, y - 8 * mm, R - L, [
        ("<b>Risks</b>", h3),
        ("Rising school exclusions; recruitment of qualified staff; the end of Turnaround funding in March 2026.", body),
        ("<b>Governance</b>", h3),
        ("The Management Board, chaired by the Director of Children's Services, meets quarterly. It reports to "
         "the Worcestershire Safeguarding Children Partnership and to the Local Criminal Justice Board. The plan "
         "contributes to the Safer West Mercia Plan 2025–2029, whose priorities are cutting crime, policing with "
         "the community, supporting victims and witnesses, and maximising resources and value for money.", body),
        ("<b>Contact</b>", h3),
        ("Worcestershire Youth Justice Service · yjs@worcestershire.example · 01000 000 440 (illustrative)", body)],
        gap=4)
    return d.save()
