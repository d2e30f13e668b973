"""Corriston Youth Justice Plan 2026-27 (reportlab, A4, 3 pages): the priorities are the SPOKES of a radar
(spider) chart.

p1: title, chair's foreword, context figures, the Child First principle. p2: a short note ("The board's six
priorities for 2026-27 are the six spokes of the chart") and a radar chart of the board's self-assessment:
six axes, rings 1-5 with their numbers on the top spoke, two shapes (September 2026 score, March 2027 target)
and a legend. Each axis label is the priority's full wording, wrapped over two or three lines and set round the
circle: the top and bottom ones centred, the right-hand ones left-aligned, the left-hand ones right-aligned, so
labels on opposite sides share a baseline. p3: a second radar of the same design whose five spokes are the
national standards for children in the justice system (the YJB self-assessment areas), the 2025-26 plan's
three priorities in prose, the headline measures and governance."""
from __future__ import annotations

import math

from chartkit import label, line, n_lines, polygon
from kit29 import Doc, hexc, text

NAME = "radar_axes_selfassessment_youth_justice"
TITLE = "Corriston Youth Justice Plan 2026-27"
ACC = "00665E"
PRIORITIES = [
    "Fewer children entering the justice system for the first time",
    "Education, training or work for every child we supervise",
    "Safer lives for children at risk of criminal exploitation",
    "Reducing the over-representation of Black and mixed-heritage children",
    "Emotional and mental health support when children need it",
    "A stronger voice for victims through restorative justice",
]
SCORES = [3.5, 2.5, 3.0, 2.0, 2.5, 4.0]
TARGET = [4.0, 3.5, 4.0, 3.0, 3.5, 4.5]
STANDARDS = ["Out-of-court disposals", "At court", "In the community", "In secure settings",
             "On transition and resettlement"]
STD_SCORES = [4.0, 3.5, 3.5, 3.0, 2.5]
STD_PREV = [3.5, 3.0, 3.5, 3.0, 2.0]


def radar(c, cx, cy, r, axes, series, *, label_w=118, size=8.5):
    """series: [(values, colour, fill alpha, dash)]. Labels wrapped to label_w, placed outside the rim."""
    n = len(axes)
    ang = [math.pi / 2 - 2 * math.pi * i / n for i in range(n)]
    for ring in range(1, 6):
        pts = [(cx + r * ring / 5 * math.cos(a), cy + r * ring / 5 * math.sin(a)) for a in ang]
        polygon(c, pts, stroke="C8C8C8", width=0.5)
    for a in ang:
        line(c, cx, cy, cx + r * math.cos(a), cy + r * math.sin(a), "C8C8C8", 0.5)
    for ring in range(1, 6):
        text(c, cx + 3, cy + r * ring / 5 - 3, str(ring), "Sans", 6.5, "8A8A8A")
    for vals, colour, alpha, dash in series:
        pts = [(cx + r * v / 5 * math.cos(a), cy + r * v / 5 * math.sin(a)) for v, a in zip(vals, ang)]
        polygon(c, pts, fill=colour if alpha else None, stroke=colour, width=1.6, alpha=alpha, dash=dash)
        for x, y in pts:
            c.setFillColor(hexc(colour))
            c.circle(x, y, 2.2, stroke=0, fill=1)
    for s, a in zip(axes, ang):
        lx, ly = cx + (r + 12) * math.cos(a), cy + (r + 12) * math.sin(a)
        h = n_lines(s, label_w, "Sans", size) * size * 1.2
        cosv = math.cos(a)
        if abs(cosv) < 0.2:          # top or bottom spoke: centred
            anchor, top = "center", (ly + h + 2 if math.sin(a) > 0 else ly - 2)
        elif cosv > 0:
            anchor, top = "left", ly + h / 2
        else:
            anchor, top = "right", ly + h / 2
        label(c, lx, top, s, label_w, size=size, color="1E1E1E", anchor=anchor)


def legend(c, x, y, items):
    for i, (name, colour, dash) in enumerate(items):
        yy = y - i * 14
        c.saveState()
        c.setStrokeColor(hexc(colour))
        c.setLineWidth(1.8)
        if dash:
            c.setDash(*dash)
        c.line(x, yy + 3, x + 18, yy + 3)
        c.restoreState()
        text(c, x + 24, yy, name, "Sans", 8.5, "333333")


def build(out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Corriston Youth Justice Partnership Board",
            footer="Corriston Youth Justice Plan 2026-27", accent=ACC)
    c, W, H = d.c, d.W, d.H
    # ---- p1
    c.setFillColor(hexc(ACC))
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    text(c, 56, H - 70, "Corriston Youth Justice Plan 2026-27", "Sans-Bold", 24, "FFFFFF")
    text(c, 56, H - 96, "Corriston Youth Justice Partnership Board", "Sans", 13, "D9F0EC")
    text(c, 56, H - 118, "Annual plan under section 40 of the Crime and Disorder Act 1998", "Sans", 10, "D9F0EC")
    w = d.writer(top=H - 185, size=10.5)
    w.heading("Foreword", size=15)
    w.para("This is the board's first plan since the service moved into the council's Early Help directorate. "
           "It is shorter than the plans we have written before, because we wanted every partner to be able to "
           "read it in one sitting and say what it asks of them. Instead of long action tables we have used the "
           "board's own self-assessment: on page 2 you can see where we think we are on each of our priorities, "
           "and where we want to be by March 2027.")
    w.para("Children told us that they want the adults around them to explain things, to turn up when they say "
           "they will, and to see them as more than their offence. That is the test we will apply to this plan.")
    w.para("<i>Harriet Okonjo-Reid, Chair, Corriston Youth Justice Partnership Board</i>", after=14)
    w.heading("Corriston in numbers (2025-26)", size=13)
    w.table([["Measure", "Corriston", "Family group average"],
             ["First-time entrants (rate per 100,000 children aged 10-17)", "178", "152"],
             ["Children in the cohort in suitable education, training or work at the end of their order", "61%", "68%"],
             ["Reoffending rate (12-month cohort)", "31.4%", "32.0%"],
             ["Custodial sentences", "6", "5"],
             ["Black and mixed-heritage children in the cohort / in the 10-17 population", "19% / 8%", "n/a"]],
            [290, 95, 98], head_bg=ACC, zebra="E8F4F2")
    w.heading("How we work", size=13)
    w.para("The board follows the <b>Child First</b> principle: we see children as children, build on their "
           "strengths, encourage them to take part in decisions about them, and promote diversion from the formal "
           "justice system. This is a principle of the whole plan, not one of its priorities.")
    d.next()
    # ---- p2
    w = d.writer(top=H - 60, size=10.5)
    w.heading("Our priorities and where we are now", size=17)
    w.para("The board's six priorities for 2026-27 are the six spokes of the chart below. At its self-assessment "
           "day on 17 September 2026 the board scored itself on each priority from 1 (not started) to 5 "
           "(consistently good). The solid shape is that score; the dashed line is what we expect to reach by "
           "the end of March 2027. The delivery plan held by the service manager sets out the actions behind "
           "each spoke.")
    w.space(6)
    text(c, 56, w.y - 10, "Figure 1. Board self-assessment against the 2026-27 priorities (score 1-5)", "Sans-Bold",
         10, ACC)
    radar(c, W / 2, w.y - 250, 150, PRIORITIES, [(SCORES, ACC, 0.25, None), (TARGET, "E07B00", 0, (4, 3))],
          label_w=112)
    legend(c, 70, w.y - 470, [("Self-assessment, September 2026", ACC, None), ("Target, March 2027", "E07B00", (4, 3))])
    text(c, 56, w.y - 510, "Source: Corriston YJPB self-assessment day, 17 September 2026 (scores agreed by consensus).",
         "Sans-Italic", 8, "666666")
    w.y -= 530
    w.heading("Reading the chart", size=12)
    w.bullets(["The lowest scores are on over-representation and on education, training or work: both are "
               "areas where the board has only begun to collect the right data.",
               "The highest score is for restorative justice, where the victim contact team was inspected in 2025.",
               "A score of 3 means the work is in place but not yet consistent across the borough."], size=10)
    d.next()
    # ---- p3
    w = d.writer(top=H - 60, size=10.5)
    w.heading("National standards self-assessment", size=15)
    w.para("Every youth justice service also assesses itself each year against the national standards for "
           "children in the justice system. The chart uses the same scale. These standards are the framework the "
           "Youth Justice Board monitors; they are not the board's local priorities.")
    text(c, 56, w.y - 10, "Figure 2. National standards self-assessment, 2025 and 2026 (score 1-5)", "Sans-Bold", 10, ACC)
    radar(c, W / 2, w.y - 165, 95, STANDARDS, [(STD_SCORES, "5B6770", 0.2, None), (STD_PREV, "A0A0A0", 0, (2, 2))],
          label_w=100)
    legend(c, 70, w.y - 285, [("2026 self-assessment", "5B6770", None), ("2025 self-assessment", "A0A0A0", (2, 2))])
    w.y -= 320
    w.heading("Last year's plan", size=12)
    w.para("The 2025-26 plan had three priorities: reducing first-time entrants, reducing the use of custody and "
           "improving transitions to adult services. The first is carried forward; custody numbers are now "
           "among the lowest in the region and transitions are now part of the Probation Service's plan.")
    w.heading("Governance and reporting", size=12)
    w.para("The board meets quarterly. The service manager reports the headline measures (first-time entrants, "
           "reoffending, custody, education, training or work, and the new key performance indicators) at every "
           "meeting, and the self-assessment is repeated in March 2027. The plan is signed off by the council's "
           "Cabinet and sent to the Youth Justice Board.")
    return d.close()


def finish(work, out):
    return [build(out)]
