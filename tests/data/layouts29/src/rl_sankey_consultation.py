"""Hessington Domestic Abuse Strategy 2026-2029: what you told us and what we agreed (reportlab, A4, 3 pages;
page 2 is landscape): the priorities are the right-hand NODES of a Sankey diagram.

p1 (portrait): title, chair's introduction, how the consultation ran (632 responses, 9 events), what the
Domestic Abuse Act 2021 requires of the board. p2 (landscape): "Figure 1. From issues raised to priorities
agreed": nine issue nodes on the left (with response counts), curved bands to seven outcome nodes on the
right. Four of them, under a bracket "Priorities agreed", are the strategy's priorities; the other three
(under "Taken elsewhere") are "Passed to Hessington Safeguarding Adults Board", "Already covered by the PCC's
Victims' Hub contract" and "Not taken forward: outside the board's remit". Every node label is wrapped beside
its node in the same type. p3 (portrait): the 2023-2026 strategy's priorities, values, measures, governance."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

from chartkit import label, n_lines
from kit29 import Doc, hexc, text

NAME = "sankey_issues_to_priorities_domestic_abuse"
TITLE = "Hessington Domestic Abuse Strategy 2026-2029"
ACC = "005A78"
ISSUES = [("Waiting for refuge or a safe home", 118), ("Being moved far from family and work", 54),
          ("Counselling for children", 96), ("Schools not knowing what is happening at home", 41),
          ("Perpetrators face no consequences", 87), ("Court delays and bail conditions", 62),
          ("Nobody asked me at the GP surgery", 73), ("Help at work", 28), ("Older people's experience", 33)]
OUTCOMES = ["Safe accommodation for every survivor who needs it",
            "Support for children who live with domestic abuse",
            "Holding perpetrators to account and changing their behaviour",
            "Earlier help through GP surgeries, schools and workplaces",
            "Passed to Hessington Safeguarding Adults Board",
            "Already covered by the PCC's Victims' Hub contract",
            "Not taken forward: outside the board's remit"]
# the PCC's Victims' Hub gets some of the "Court delays" responses too
FLOWS = [(0, 0, 118), (1, 0, 40), (1, 6, 14), (2, 1, 96), (3, 1, 25), (3, 3, 16), (4, 2, 87), (5, 2, 20),
         (5, 5, 30), (5, 6, 12), (6, 3, 73), (7, 3, 28), (8, 4, 33)]
COLS = ["2A7AB0", "2A7AB0", "6A4C93", "6A4C93", "C0392B", "C0392B", "2E8B57", "2E8B57", "888888"]


def sankey(c, x_left, x_right, y_top, height, node_w=10, gap=9):
    scale = (height - gap * (len(ISSUES) - 1)) / sum(v for _, v in ISSUES)
    out_tot = [sum(v for _, o, v in FLOWS if o == k) for k in range(len(OUTCOMES))]
    # left nodes
    ly, lpos = y_top, []
    for (name, v), col in zip(ISSUES, COLS):
        h = v * scale
        lpos.append(ly)
        c.setFillColor(hexc(col))
        c.rect(x_left, ly - h, node_w, h, stroke=0, fill=1)
        lab = f"{name} ({v})"
        lh = n_lines(lab, 150, "Sans", 8) * 9.6
        label(c, x_left - 6, ly - h / 2 + lh / 2, lab, 150, size=8, anchor="right")
        ly -= h + gap
    # right nodes: a wider gap between the priorities and the rest
    ry, rpos = y_top, []
    for k, tot in enumerate(out_tot):
        if k == 4:
            ry -= 34
        h = tot * scale
        rpos.append(ry)
        c.setFillColor(hexc(ACC if k < 4 else "9E9E9E"))
        c.rect(x_right, ry - h, node_w, h, stroke=0, fill=1)
        lh = n_lines(OUTCOMES[k], 170, "Sans", 8.5) * 10.2
        label(c, x_right + node_w + 6, ry - h / 2 + lh / 2, OUTCOMES[k], 170, size=8.5, color="1E1E1E")
        ry -= h + gap * 1.6
    # bands
    lcur = list(lpos)
    rcur = list(rpos)
    for i, o, v in FLOWS:
        h = v * scale
        y1a, y1b = lcur[i], lcur[i] - h
        y2a, y2b = rcur[o], rcur[o] - h
        lcur[i] -= h
        rcur[o] -= h
        xa, xb = x_left + node_w, x_right
        mx = (xa + xb) / 2
        c.saveState()
        c.setFillColor(hexc(COLS[i]), alpha=0.28)
        p = c.beginPath()
        p.moveTo(xa, y1a)
        p.curveTo(mx, y1a, mx, y2a, xb, y2a)
        p.lineTo(xb, y2b)
        p.curveTo(mx, y2b, mx, y1b, xa, y1b)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.restoreState()
    return rpos, out_tot, scale


def build(out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Hessington Domestic Abuse Local Partnership Board",
            footer="Hessington Domestic Abuse Strategy 2026-2029", accent=ACC)
    c, W, H = d.c, d.W, d.H
    c.setFillColor(hexc(ACC))
    c.rect(0, H - 140, W, 140, stroke=0, fill=1)
    text(c, 56, H - 66, "Domestic Abuse Strategy 2026-2029", "Sans-Bold", 23, "FFFFFF")
    text(c, 56, H - 92, "What you told us, and what we agreed", "Sans", 13, "D5EAF2")
    text(c, 56, H - 114, "Hessington Domestic Abuse Local Partnership Board", "Sans", 10.5, "D5EAF2")
    w = d.writer(top=H - 175, size=10.5)
    w.heading("Introduction", size=15)
    w.para("Between March and June 2026 we asked survivors, families, frontline workers and the public what "
           "should change. 632 people answered the survey and 140 came to nine listening events, including two "
           "run by and for Deaf survivors and one for older people. This strategy is built on what they told us.")
    w.para("We could not take every issue forward ourselves. Some belong to other boards and some are already "
           "being dealt with. Page 2 shows, in one picture, where each issue went.")
    w.para("<i>Superintendent (retired) Carys Blackwood-Amadi, Independent Chair</i>", after=12)
    w.heading("What the law asks of us", size=13)
    w.para("Part 4 of the Domestic Abuse Act 2021 requires Hessington Council, advised by this board, to:")
    w.bullets(["assess the need for support in safe accommodation;",
               "publish a strategy for providing that support;",
               "monitor and evaluate it, and report to government every year."], size=10)
    w.heading("Who took part", size=13)
    w.table([["Group", "Survey responses", "At events"],
             ["Survivors", "281", "58"], ["Family members and friends", "117", "21"],
             ["Frontline staff", "164", "49"], ["Public", "70", "12"]], [220, 130, 133], head_bg=ACC,
            zebra="E3F0F5")
    d.next()
    # ---- p2 landscape
    c.setPageSize(landscape(A4))
    d.W, d.H = W2, H2 = landscape(A4)
    text(c, 40, H2 - 48, "From issues raised to priorities agreed", "Sans-Bold", 18, ACC)
    text(c, 40, H2 - 66, "Figure 1. Where each issue raised in the consultation went (number of responses raising "
         "it; a response could raise more than one issue)", "Sans", 9, "444444")
    text(c, 200, H2 - 92, "ISSUES RAISED", "Sans-Bold", 8.5, "666666", anchor="right")
    text(c, 560, H2 - 92, "WHERE IT WENT", "Sans-Bold", 8.5, "666666")
    rpos, tots, scale = sankey(c, 206, 546, H2 - 104, 340)
    # brackets beside the outcome groups
    top1, bot1 = rpos[0], rpos[3] - tots[3] * scale
    top2, bot2 = rpos[4], rpos[6] - tots[6] * scale
    for (t, b, name, col) in ((top1, bot1, "Priorities agreed", ACC), (top2, bot2, "Taken elsewhere", "888888")):
        c.setStrokeColor(hexc(col))
        c.setLineWidth(1.2)
        c.line(W2 - 44, t, W2 - 44, b)
        c.line(W2 - 48, t, W2 - 44, t)
        c.line(W2 - 48, b, W2 - 44, b)
        c.saveState()
        c.translate(W2 - 32, (t + b) / 2)
        c.rotate(-90)
        c.setFont("Sans-Bold", 9)
        c.setFillColor(hexc(col))
        c.drawCentredString(0, 0, name)
        c.restoreState()
    text(c, 40, 50, "Source: Hessington DALPB consultation, 4 March to 14 June 2026; analysis by Hessington Council "
         "Insight Team. Band widths are proportional to the number of responses.", "Sans-Italic", 7.5, "666666")
    d.next()
    # ---- p3 portrait
    c.setPageSize(A4)
    d.W, d.H = W, H
    w = d.writer(top=H - 60, size=10.5)
    w.heading("What we will do next", size=15)
    w.para("Each of the four priorities has a lead officer and a delivery group. The groups will publish their "
           "first-year actions by March 2027. Issues passed to other boards will be followed up at our quarterly "
           "meetings until they are on those boards' own plans.")
    w.heading("Our last strategy", size=13)
    w.para("The 2023-2026 strategy's priorities were: more refuge spaces; a specialist service for male victims; "
           "and training for housing officers. The first two were met; housing officer training is now routine "
           "and part of the safe accommodation priority.")
    w.heading("Our values", size=13)
    w.bullets(["<b>Believe survivors.</b>", "<b>Nothing about us without us:</b> the survivors' panel reviews "
               "every delivery plan.", "<b>Equal access:</b> services that work for disabled, older, LGBT+ and "
               "minoritised survivors."], size=10)
    w.heading("How we will know it is working", size=13)
    w.table([["Measure", "2025-26", "Aim for 2028-29"],
             ["Households refused safe accommodation for lack of space", "143", "under 40"],
             ["Children in refuge offered specialist support within 4 weeks", "52%", "90%"],
             ["Referrals to a perpetrator behaviour-change programme", "61", "150"],
             ["Referrals to IDVAs from GP surgeries", "38", "120"]], [280, 90, 113], head_bg=ACC,
            zebra="E3F0F5")
    w.heading("Governance", size=13)
    w.para("The board reports to Hessington Council's Cabinet and to the Safer Hessington Partnership. Its annual "
           "report to government on safe accommodation is published each October.")
    return d.close()


def finish(work, out):
    return [build(out)]
