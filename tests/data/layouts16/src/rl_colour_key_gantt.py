"""Pellworth Reducing Reoffending Delivery Plan 2027-2029 (reportlab, A4 landscape, 3 pages). The four priorities
are stated ONLY in the colour key of the delivery timeline (a Gantt chart) on p2: a "Key: our priorities" box
with a coloured swatch and the priority's wording. Each action bar in the chart has its priority's colour; the
bars' labels are the actions. Two more keys of the same design sit beside it on the same page ("Key: markers",
"Key: lead partners" with abbreviations). p3 has an action register whose "Priority" column rates each action
High / Medium / Low (the word priority as a rating), and measures. p1 has the introduction, the 2024-26 plan's
five themes (bullets) and the national probation targets."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from kit16 import Doc, box, hexc, para_at, style, text

NAME = "colour_key_gantt_reoffending"
ACC = "3B3F8C"
TITLE = "Pellworth Reducing Reoffending Delivery Plan 2027-2029"
PRI = [
    ("1F77B4", "A safe place to live for everyone leaving HMP Pellworth"),
    ("2CA02C", "Drug and alcohol treatment that carries on after release"),
    ("E07B00", "Work, training and money advice for people on probation"),
    ("8E44AD", "Fewer young adults aged 18 to 25 drawn back into offending"),
]
# (action, priority index, start quarter, end quarter (exclusive), lead, milestone quarter or None)
ACTS = [
    ("Housing navigators in the resettlement team", 0, 0, 3, "PDC", 2),
    ("Duty to refer protocol with housing providers", 0, 1, 4, "PDC", None),
    ("20 units of move-on accommodation", 0, 3, 8, "PDC", 7),
    ("Continuity of care appointments before release", 1, 0, 4, "CGL", 3),
    ("Naloxone for everyone leaving custody", 1, 0, 2, "PH", None),
    ("Peer recovery mentors for people on licence", 1, 4, 8, "PH", None),
    ("Jobs hub at the Probation office, Quay Street", 2, 1, 6, "PS", 5),
    ("Fair Chance employer pledge: 15 employers", 2, 2, 8, "DWP", None),
    ("Debt and benefits advice at induction", 2, 0, 3, "CAB", None),
    ("Transition panel for 17 year olds moving to adult probation", 3, 0, 4, "YJS", 3),
    ("Mentoring for young adults on community orders", 3, 3, 8, "VCS", 7),
]
QUARTERS = ["Q1 27-28", "Q2 27-28", "Q3 27-28", "Q4 27-28", "Q1 28-29", "Q2 28-29", "Q3 28-29", "Q4 28-29"]
LEADS = [("PDC", "Pellworth District Council"), ("PS", "Probation Service"), ("PH", "Public Health"),
         ("CGL", "treatment provider"), ("DWP", "Jobcentre Plus"), ("CAB", "Citizens Advice"),
         ("YJS", "Youth Justice Service"), ("VCS", "voluntary sector")]


def key_box(c, x, top, w, title, rows, *, swatch=True):
    """A key: a title and rows of (marker, text). Returns the box height."""
    y = top - 22
    st = style(font="Sans", size=9, leading=11)
    ps = [Paragraph(t, st) for _, t in rows]
    hs = [p.wrap(w - 40, 1000)[1] for p in ps]
    h = 30 + sum(max(hh, 12) + 5 for hh in hs)
    box(c, x, top - h, w, h, "FFFFFF", stroke="9A9CC4")
    text(c, x + 8, top - 15, title, "Sans-Bold", 9.5, ACC)
    for (mark, _), p, hh in zip(rows, ps, hs):
        if swatch:
            box(c, x + 8, y - 10, 18, 10, mark)
        else:
            text(c, x + 8, y - 9, mark, "Sans-Bold", 8.5, "333333")
        p.drawOn(c, x + 32, y - hh + 1)
        y -= max(hh, 12) + 5
    return h


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Pellworth Reducing Reoffending Board", footer=TITLE, accent=ACC,
            land=True)
    c, W, H = d.c, d.W, d.H
    # ---------------------------------------------------------------- p1 introduction
    box(c, 0, H - 150, W, 150, ACC)
    text(c, 56, H - 80, "Pellworth Reducing Reoffending Delivery Plan", "Sans-Bold", 26, "FFFFFF")
    text(c, 56, H - 112, "2027-2029  |  Pellworth Reducing Reoffending Board", "Sans", 14, "DADCF2")
    w = d.writer(top=H - 185, width=450)
    w.heading("Introduction", 15)
    w.para("This plan sets out what the Pellworth Reducing Reoffending Board will do over the next two years. It "
           "was agreed on 25 November 2026 and replaces the 2024-26 plan. The board has four priorities; they "
           "are shown in the key to the delivery timeline on page 2, and every action in the timeline is "
           "coloured by the priority it serves.")
    w.para("About 900 people are supervised by the Probation Service in Pellworth, and HMP Pellworth releases "
           "around 45 people a month into the district. One in three of them is released without a settled "
           "home. Proven reoffending in Pellworth is 27.4%, above the regional average of 24.9%.")
    w.heading("The 2024-26 plan", 13, before=4)
    w.para("The last plan was organised around five themes, most of which continue in this plan in some form:")
    w.bullets(["Accommodation", "Health and substance misuse", "Education, training and employment",
               "Finance, benefit and debt", "Children and families"], size=10)
    w2 = d.writer(x=540, top=H - 185, width=W - 596)
    w2.heading("National targets we share", 13)
    w2.para("The Probation Service's regional business plan sets three targets that this plan helps to meet:",
            size=10)
    w2.bullets(["Settled accommodation on the first night of release for at least 90% of people",
                "Treatment started within three weeks of release for at least 60% of people with a need",
                "Employment six weeks after release for at least 30% of people"], size=10)
    w2.heading("How to read the timeline", 13, before=8)
    w2.para("Bars show when an action runs, from the quarter it starts to the quarter it ends. A diamond marks a "
            "milestone the board will check. Letters at the end of a bar show the lead partner.", size=10)
    d.next()
    # ---------------------------------------------------------------- p2 the Gantt chart and its keys
    text(c, 56, H - 62, "Delivery timeline 2027-2029", "Sans-Bold", 20, ACC)
    text(c, 56, H - 80, "Figure 1: actions by quarter, April 2027 to March 2029", "Sans", 10, "555555")
    label_w, x0, qw, row_h = 235, 56 + 235, 44, 27
    top = H - 100
    for i, q in enumerate(QUARTERS):
        box(c, x0 + i * qw, top - 18, qw - 1, 18, "E4E5F3")
        text(c, x0 + i * qw + qw / 2, top - 13, q, "Sans-Bold", 7.5, "333333", anchor="center")
    y = top - 22
    for a, p, s, e, lead, ms in ACTS:
        y -= row_h
        box(c, 56, y, label_w + 8 * qw, row_h - 2, "F7F7FB")
        para_at(c, a, 60, y + row_h - 5, label_w - 10, size=8.5, leading=10)
        col = PRI[p][0]
        box(c, x0 + s * qw + 2, y + 6, (e - s) * qw - 4, row_h - 14, col, radius=3)
        text(c, x0 + e * qw - 5, y + 10, lead, "Sans-Bold", 7.5, "FFFFFF", anchor="right")
        if ms is not None:
            cx, cy = x0 + ms * qw + qw / 2, y + row_h - 4
            pth = c.beginPath()
            pth.moveTo(cx, cy + 5)
            pth.lineTo(cx + 5, cy)
            pth.lineTo(cx, cy - 5)
            pth.lineTo(cx - 5, cy)
            pth.close()
            c.setFillColor(hexc("222222"))
            c.drawPath(pth, stroke=0, fill=1)
    assert y > 60, y
    kx, kw = 56 + label_w + 8 * qw + 16, W - (56 + label_w + 8 * qw + 16) - 40
    h1 = key_box(c, kx, top, kw, "Key: our priorities", [(col, t) for col, t in PRI])
    h2 = key_box(c, kx, top - h1 - 10, kw, "Key: markers",
                 [("\u25c6", "Milestone the board will check"), ("\u25ac", "Action under way")], swatch=False)
    h3 = key_box(c, kx, top - h1 - h2 - 20, kw, "Key: lead partners", LEADS, swatch=False)
    assert top - h1 - h2 - h3 - 20 > 50
    d.next()
    # ---------------------------------------------------------------- p3 action register and measures
    w = d.writer(width=W - 112)
    w.heading("Action register", 17)
    w.para("The register gives each action's reference, lead and status. The <b>Priority</b> column is the "
           "board's rating of how urgent the action is (High, Medium or Low), which decides the order in which "
           "the delivery group takes actions forward when resources are tight.", size=10, after=8)
    rating = ["High", "Medium", "Low", "High", "High", "Medium", "High", "Medium", "Low", "High", "Medium"]
    status = ["Started", "Not started", "Not started", "Started", "Complete", "Not started", "Not started",
              "Not started", "Started", "Started", "Not started"]
    rows = [["Ref", "Action", "Lead", "Priority", "Status"]]
    for i, ((a, p, s, e, lead, ms), r, st) in enumerate(zip(ACTS, rating, status), 1):
        rows.append([f"A{i}", a, dict(LEADS)[lead], r, st])
    w.table(rows, [40, 330, 150, 70, 90], head_bg=ACC, zebra="EFEFF8", size=8.5)
    w.heading("How we will measure progress", 13, before=2)
    w.bullets(["Proven reoffending rate for Pellworth (Ministry of Justice, annual)",
               "People housed on the first night of release (monthly)",
               "Continuity of care: treatment started within three weeks of release (quarterly)",
               "People on probation in employment at six weeks and six months"], size=9.5)
    w.heading("Governance", 13, before=4)
    w.para("The board meets every two months and reports to the Pellworth Community Safety Partnership twice a "
           "year. The head of the Probation Service in Pellworth chairs it.", size=10)
    return [d.close()]
