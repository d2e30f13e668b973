"""one_page_strategy: a whole reducing reoffending strategy on one A4 landscape page (reportlab).

Three columns under a banner. The middle column, "Our five priorities", has numbered discs with a bold title and a
smaller "We will" line under each; the second priority starts with a number ("18 to 25: ..."). Around it: the
vision, stat tiles, the seven reducing reoffending pathways of the previous strategy, principles, the national
probation aims, measures, governance and a partner strip, all on the same page.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

import common
from rl_kit import box, make_canvas, para_at, text

NAME = "one_page_strategy"
TITLE = "Hollinshire Reducing Reoffending Strategy 2025-2028: strategy on a page"
AUTHOR = "Hollinshire Reducing Reoffending Board"

PRIORITIES = [
    ("Accommodation on the day of release", "end releases from prison to no fixed abode."),
    ("18 to 25: a distinct approach for young adults", "offer maturity-informed supervision and a transitions panel."),
    ("Getting people into work and training", "open employment hubs with local employers in every probation office."),
    ("Health, drugs and alcohol", "secure continuity of care from prison into community treatment."),
    ("Women in the justice system", "open a women's centre in each of the county's three largest towns."),
]
NAVY, TEAL, GOLD, GREY = "17324D", "138086", "F2A900", "F1F4F6"


def build(out: Path) -> Path:
    path = out / f"{NAME}.pdf"
    w, h = landscape(A4)
    c = make_canvas(path, TITLE, AUTHOR, pagesize=(w, h))
    # banner
    box(c, 0, h - 70, w, 70, NAVY)
    text(c, 28, h - 32, "Hollinshire Reducing Reoffending Strategy 2025\u20132028", font="Sans-Bold", size=19,
         color="FFFFFF")
    text(c, 28, h - 54, "Strategy on a page  |  Hollinshire Reducing Reoffending Board", size=10.5,
         color="D7E3EC")
    text(c, w - 28, h - 54, "Agreed 3 July 2025", size=9, color="D7E3EC", anchor="right")

    top = h - 86
    col_w = [222, 330, 222]
    xs = [24, 24 + 222 + 14, 24 + 222 + 14 + 330 + 14]

    # ---- left column: vision, stats, previous pathways
    x = xs[0]
    box(c, x, top - 74, col_w[0], 74, TEAL)
    text(c, x + 10, top - 16, "OUR VISION", font="Sans-Bold", size=8.5, color="FFFFFF", char_space=1)
    para_at(c, "Fewer victims, because people who have offended are supported to build a life free from crime.",
            x + 10, top - 24, col_w[0] - 20, font="Sans-Bold", size=10.5, color="FFFFFF", leading=13)
    y = top - 96
    text(c, x, y, "Why it matters", font="Sans-Bold", size=11, color=NAVY)
    stats = [("24.6%", "adults reoffend within a year"), ("1 in 6", "prison leavers homeless on release"),
             ("31%", "of the caseload aged 18 to 25"), ("\u00a318bn", "national cost of reoffending a year")]
    for i, (num, lab) in enumerate(stats):
        bx = x + (i % 2) * 113
        by = y - 12 - (i // 2 + 1) * 50
        box(c, bx, by, 109, 46, GREY)
        text(c, bx + 8, by + 26, num, font="Sans-Bold", size=15, color=TEAL)
        para_at(c, lab, bx + 8, by + 20, 96, size=7.5, color="333333", leading=9)
    y = y - 12 - 2 * 50 - 20
    text(c, x, y, "Our last strategy (2021\u20132024) worked on the", font="Sans-Bold", size=9, color=NAVY)
    text(c, x, y - 11, "seven reducing reoffending pathways:", font="Sans-Bold", size=9, color=NAVY)
    pathways = ["accommodation", "education, training and employment", "health", "drugs and alcohol",
                "finance, benefit and debt", "children and families", "attitudes, thinking and behaviour"]
    yy = y - 25
    for k, pw in enumerate(pathways, start=1):
        text(c, x + 4, yy, f"{k}. {pw}", size=8.5, color="444444")
        yy -= 11.5

    # ---- middle column: the five priorities
    x = xs[1]
    text(c, x, top - 14, "Our five priorities", font="Sans-Bold", size=15, color=NAVY)
    y = top - 30
    for i, (title, will) in enumerate(PRIORITIES, start=1):
        box(c, x, y - 62, col_w[1], 62, "FFFFFF", stroke="C9D3DB", radius=6)
        c.saveState()
        c.setFillColor(common_colour(GOLD))
        c.circle(x + 24, y - 31, 15, stroke=0, fill=1)
        c.restoreState()
        text(c, x + 24, y - 36, str(i), font="Sans-Bold", size=14, color=NAVY, anchor="center")
        para_at(c, title, x + 48, y - 9, col_w[1] - 58, font="Sans-Bold", size=12, color=NAVY, leading=14)
        para_at(c, "We will: " + will, x + 48, y - 38, col_w[1] - 58, size=8.5, color="444444", leading=10.5)
        y -= 70
    para_at(c, "<b>Principles:</b> victims first \u2022 trauma-informed \u2022 evidence-led \u2022 lived experience "
               "in every service", x, y - 4, col_w[1], size=8.5, color="333333", leading=11)

    # ---- right column: national aims, measures, governance
    x = xs[2]
    box(c, x, top - 118, col_w[2], 118, GREY)
    text(c, x + 10, top - 16, "National context", font="Sans-Bold", size=10.5, color=NAVY)
    para_at(c, "The Probation Service's national aims for 2025/26:", x + 10, top - 24, col_w[2] - 20, size=8.5,
            color="333333", leading=10.5)
    for k, aim in enumerate(["protect the public", "reduce reoffending", "deliver the sentence of the court",
                             "support victims"]):
        text(c, x + 16, top - 52 - k * 13, "\u2022 " + aim, size=8.5, color="333333")
    y = top - 136
    text(c, x, y, "How we will measure success", font="Sans-Bold", size=10.5, color=NAVY)
    measures = ["proven reoffending rate (adults and 18 to 25s)", "settled accommodation on release and at three "
                "months", "people in work six weeks after release", "treatment starts within three weeks of release",
                "women's centre referrals"]
    yy = y - 8
    for m in measures:
        hgt = para_at(c, "\u2022 " + m, x, yy, col_w[2], size=8.5, color="333333", leading=10.5)
        yy -= hgt + 4
    y = yy - 10
    text(c, x, y, "Governance", font="Sans-Bold", size=10.5, color=NAVY)
    para_at(c, "The Board reports to the Hollinshire Criminal Justice Board and the Police and Crime Commissioner. "
               "Each priority has a lead and a delivery plan reviewed every quarter.", x, y - 8, col_w[2], size=8.5,
            color="333333", leading=10.5)

    # partner strip
    box(c, 0, 0, w, 30, NAVY)
    text(c, w / 2, 11, "Probation Service  \u2022  Hollinshire Police  \u2022  Office of the Police and Crime "
                       "Commissioner  \u2022  HMP Hollinshire  \u2022  Hollinshire County Council  \u2022  NHS "
                       "Hollinshire ICB  \u2022  DWP", size=8.5, color="FFFFFF", anchor="center")
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return path


def common_colour(hex_):
    from rl_kit import hexc
    return hexc(hex_)


def finish(work: Path, out: Path) -> list[Path]:
    return [build(out)]
