"""Sellacombe Reducing Reoffending Strategy 2026-2029 (reportlab, A4, 3 pages): the priorities are the
labelled DOTS in the top-right quadrant of a 2 x 2 prioritisation matrix (a scatter plot).

p1: title, introduction, the data the board used (OASys needs, probation caseload), the 2023-2026 strategy's
priorities in prose. p2: "How we chose our priorities": a scatter plot of thirteen criminogenic needs, x = how
common the need is among people on probation in Sellacombe (%), y = strength of its link to reoffending
(score 0-10), split into four quadrants by dashed lines at the medians. The top-right quadrant is shaded and
titled "OUR PRIORITIES"; the others are titled "PARTNER-LED", "MONITOR" and "KEEP UNDER REVIEW". Every dot has
a label of the same design beside it; two non-priority dots sit just outside the shaded quadrant (one left of
the vertical line, one below the horizontal line). A sentence under the chart says the four needs in the
shaded quadrant are the board's priorities. p3: principles, headline measures, governance, what happens to
the needs in the other quadrants."""
from __future__ import annotations

from chartkit import label, line
from kit29 import Doc, hexc, text

NAME = "matrix_2x2_top_right_reoffending"
TITLE = "Sellacombe Reducing Reoffending Strategy 2026-2029"
ACC = "8C2F39"
# (label, prevalence %, link score, label side)
DOTS = [
    ("Accommodation on release", 58, 8.6, "r"),
    ("Drug and alcohol misuse", 71, 8.1, "l"),
    ("Employment, training and education", 49, 7.2, "r"),
    ("Mental health and emotional wellbeing", 64, 6.6, "l"),
    ("Family and relationships", 37, 7.4, "l"),
    ("Attitudes to offending", 22, 8.3, "r"),
    ("Domestic abuse perpetration", 18, 7.0, "r"),
    ("Finance, benefits and debt", 62, 5.5, "l"),
    ("Lifestyle and associates", 52, 4.6, "r"),
    ("Gambling", 9, 5.2, "r"),
    ("Learning disability and difficulties", 27, 3.4, "r"),
    ("Physical health", 33, 2.1, "r"),
    ("Veterans' needs", 6, 2.6, "r"),
]
XMED, YMED = 42, 6.0
PRIORITY_ORDER = [0, 1, 2, 3]


def matrix(c, x0, y0, pw, ph):
    sx = lambda v: x0 + pw * v / 80  # noqa: E731
    sy = lambda v: y0 + ph * v / 10  # noqa: E731
    c.setFillColor(hexc("F6E3E5"))
    c.rect(sx(XMED), sy(YMED), sx(80) - sx(XMED), sy(10) - sy(YMED), stroke=0, fill=1)
    c.setStrokeColor(hexc("777777"))
    c.setLineWidth(0.8)
    c.rect(x0, y0, pw, ph, stroke=1, fill=0)
    line(c, sx(XMED), y0, sx(XMED), y0 + ph, "777777", 0.8, dash=(4, 3))
    line(c, x0, sy(YMED), x0 + pw, sy(YMED), "777777", 0.8, dash=(4, 3))
    for v in range(0, 81, 10):
        text(c, sx(v), y0 - 12, str(v), "Sans", 7.5, "555555", anchor="center")
    for v in range(0, 11, 2):
        text(c, x0 - 5, sy(v) - 3, str(v), "Sans", 7.5, "555555", anchor="right")
    text(c, x0 + pw / 2, y0 - 28, "How common among people on probation in Sellacombe (% of assessed caseload)",
         "Sans", 8.5, "333333", anchor="center")
    c.saveState()
    c.translate(x0 - 26, y0 + ph / 2)
    c.rotate(90)
    c.setFont("Sans", 8.5)
    c.setFillColor(hexc("333333"))
    c.drawCentredString(0, 0, "Strength of link to reoffending (score 0-10)")
    c.restoreState()
    text(c, sx(79), sy(10) - 14, "OUR PRIORITIES", "Sans-Bold", 9, ACC, anchor="right")
    text(c, sx(1), sy(10) - 14, "PARTNER-LED", "Sans-Bold", 9, "666666")
    text(c, sx(79), sy(0) + 6, "MONITOR", "Sans-Bold", 9, "666666", anchor="right")
    text(c, sx(1), sy(0) + 6, "KEEP UNDER REVIEW", "Sans-Bold", 9, "666666")
    for name, px, py, side in DOTS:
        x, y = sx(px), sy(py)
        top = (px >= XMED and py >= YMED)
        c.setFillColor(hexc(ACC if top else "8D8D8D"))
        c.circle(x, y, 4.2, stroke=0, fill=1)
        if side == "r":
            label(c, x + 7, y + 5, name, 105, size=8, color="222222")
        else:
            label(c, x - 7, y + 5, name, 105, size=8, color="222222", anchor="right")


def build(out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Sellacombe Reducing Reoffending Board",
            footer="Sellacombe Reducing Reoffending Strategy 2026-2029", accent=ACC)
    c, W, H = d.c, d.W, d.H
    text(c, 56, H - 80, "Reducing Reoffending Strategy", "Serif-Bold", 26, ACC)
    text(c, 56, H - 108, "2026-2029", "Serif", 20, "555555")
    text(c, 56, H - 132, "Sellacombe Reducing Reoffending Board", "Sans", 12, "333333")
    c.setFillColor(hexc(ACC))
    c.rect(56, H - 146, 120, 3, stroke=0, fill=1)
    w = d.writer(top=H - 180, size=10.5)
    w.heading("Introduction", size=15)
    w.para("About 2,300 people are supervised by the Probation Service in Sellacombe at any time, and one in "
           "four of those released from prison is convicted again within a year. Reoffending creates new "
           "victims, costs public services dearly and keeps families in crisis. This strategy is the board's "
           "plan for the next three years.")
    w.para("Rather than choosing priorities by discussion alone, the board plotted every need recorded in "
           "offender assessments against two questions: how common is it here, and how strongly does it drive "
           "reoffending? The result is on page 2.")
    w.heading("The evidence we used", size=13)
    w.bullets(["Needs recorded in 1,912 offender assessments completed in Sellacombe in 2025-26.",
               "Proven reoffending data for the 2023-24 cohort (Ministry of Justice).",
               "Interviews with 41 people on probation and 12 families, carried out by Sellacombe Lived Experience "
               "Network.",
               "Research on the strength of each need's link to reoffending, scored by the board's analysts on a "
               "scale of 0 to 10."], size=10)
    w.heading("The last strategy", size=13)
    w.para("The 2023-2026 strategy had three priorities: women in the justice system, prolific neighbourhood "
           "offenders and prison leavers without a home. The women's pathway is now run by the Women's Centre "
           "under its own contract, and the integrated offender management scheme has its own plan, so neither "
           "is repeated here.")
    d.next()
    w = d.writer(top=H - 60, size=10.5)
    w.heading("How we chose our priorities", size=17)
    w.para("Each dot is one need. Needs to the right are more common among people on probation in Sellacombe; "
           "needs nearer the top are more strongly linked to reoffending. The dashed lines are the median of each "
           "scale.")
    text(c, 56, w.y - 8, "Figure 1. Prioritisation matrix: prevalence and link to reoffending, 2025-26",
         "Sans-Bold", 10, ACC)
    matrix(c, 95, w.y - 420, 430, 390)
    w.y -= 470
    w.para("<b>The four needs in the shaded top-right quadrant are the board's priorities for 2026-2029.</b> "
           "They are both common and strongly linked to reoffending, and partners in Sellacombe can change them. "
           "Needs in the other quadrants are not forgotten: see page 3.", size=10.5)
    text(c, 56, w.y - 4, "Source: Sellacombe Probation Delivery Unit, OASys extract 1 April 2025 to 31 March 2026; "
         "board analysis.", "Sans-Italic", 7.5, "666666")
    d.next()
    w = d.writer(top=H - 60, size=10.5)
    w.heading("What happens to the other needs", size=15)
    w.table([["Quadrant", "What it means", "Who leads"],
             ["Partner-led", "Strongly linked but less common: specialist programmes already exist", "Probation "
              "Service (accredited programmes), Domestic Abuse Partnership Board"],
             ["Monitor", "Common but less strongly linked: covered by universal services", "Sellacombe Council "
              "welfare rights team"],
             ["Keep under review", "Less common and less strongly linked", "The board's analysts, annually"]],
            [95, 220, 168], head_bg=ACC, zebra="F6E3E5")
    w.heading("Our principles", size=13)
    w.bullets(["<b>People first:</b> we describe people by what they need, not by their offence.",
               "<b>One plan per person:</b> services agree who leads for each person leaving prison.",
               "<b>Evidence:</b> we will repeat the matrix every year and publish it."], size=10)
    w.heading("Measures", size=13)
    w.table([["Measure", "Baseline (2025-26)", "Aim (2028-29)"],
             ["Prison leavers in settled accommodation three months after release", "54%", "70%"],
             ["Prison leavers who start treatment within three weeks", "41%", "60%"],
             ["People on probation in work six weeks after the end of their sentence", "23%", "33%"],
             ["Proven reoffending rate, adults (12-month cohort)", "26.8%", "24.0%"]],
            [280, 100, 103], head_bg=ACC, zebra="F6E3E5")
    w.heading("Governance", size=13)
    w.para("The board meets quarterly and reports to the Sellacombe Community Safety Partnership and to the "
           "Police and Crime Commissioner's Local Criminal Justice Board. Each priority has a named lead who "
           "reports on progress at alternate meetings.")
    return d.close()


def finish(work, out):
    return [build(out)]
