"""smartart_hierarchy_autofit_reoffending.pdf: the Glaisdon Reducing Reoffending Board's "strategy on a page" deck,
made in PowerPoint and saved as PDF (reportlab, 16:9 slides of 960 x 540 pt, 5 pages).

What PowerPoint's PDF export does to a SmartArt hierarchy, imitated here:
  * the SmartArt is flattened into ordinary shapes and text boxes: the connectors first, then each node's shape
    and text in the order of the SmartArt's data model, depth first (the ambition, priority 1, its two actions,
    priority 2, its two actions ...), so the text layer's order is not row by row;
  * every node has "shrink text on overflow": each node's text is drawn at the largest size (up to 18 pt) that
    fits its box, so the five priority nodes come out at different sizes, and some action nodes (level 3) are in
    BIGGER type than some priority nodes (level 2). Only the level and the fill colour tell them apart.

Gold is the five level-2 nodes of slide 3's hierarchy, page 3 ("Our strategy on a page"), left to right.

Not gold: the ambition at the top of the hierarchy; the ten level-3 action nodes; slide 2's four findings;
slide 4's hierarchy of exactly the same design for the region's Reducing Reoffending Plan (its three regional
priorities and six pathways); slide 5's measures with short names and the governance text.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.utils import simpleSplit

import common
from rl_kit import box, hexc, make_canvas, text

NAME = "smartart_hierarchy_autofit_reoffending"
TITLE = "Glaisdon Reducing Reoffending Strategy 2026-2029 - strategy on a page"
SW, SH = 960, 540
NAVY = "1B365D"
BLUE = "2F6DB5"
PALE = "D6E4F5"
INK = "1A1A1A"
GREY = "595959"

PRIORITIES = [
    ("A home on release for everyone leaving prison",
     ["Duty to refer 12 weeks before release", "Glaisdon Housing First: 20 places"]),
    ("Faster access to drug and alcohol treatment",
     ["Treatment within 3 weeks of release", "Recovery navigators at court"]),
    ("Jobs, training and education for people on probation",
     ["Employment hub at the probation office", "20 employer pledges"]),
    ("A women's centre approach for women in contact with the justice system",
     ["Women's centre open five days a week", "Trauma-informed reporting"]),
    ("Breaking the cycle for young adults aged 18 to 25",
     ["Young adult panel", "Mentors with lived experience"]),
]
REGIONAL = [
    ("Protect the public", ["Risk management", "Victim contact"]),
    ("Reduce reoffending", ["Accommodation", "Employment", "Health and substance use"]),
    ("Build confidence in probation", ["Community payback"]),
]


def fit(s, w, h, font, max_size=18, min_size=7):
    size = max_size
    while size > min_size:
        lines = simpleSplit(s, font, size, w)
        if len(lines) * size * 1.15 <= h:
            return size, lines
        size -= 0.5
    return size, simpleSplit(s, font, size, w)


def node(c, x, y, w, h, s, *, fill, color, font="Sans-Bold", max_size=18):
    """One flattened SmartArt node: its shape, then its text box (shrink on overflow), centred."""
    box(c, x, y, w, h, fill, radius=7)
    size, lines = fit(s, w - 14, h - 12, font, max_size)
    lead = size * 1.15
    t = c.beginText()
    t.setFont(font, size)
    t.setFillColor(hexc(color))
    y0 = y + h / 2 + len(lines) * lead / 2 - size * 0.95
    for i, ln in enumerate(lines):
        t.setTextOrigin(x + w / 2 - c.stringWidth(ln, font, size) / 2, y0 - i * lead)
        t.textOut(ln)
    c.drawText(t)
    return size


def chrome(c, n, title):
    box(c, 0, 0, SW, SH, "FFFFFF")
    text(c, 36, SH - 58, title, "Sans-Bold", 28, NAVY)
    box(c, 36, SH - 72, 90, 4, BLUE)
    text(c, 36, 18, "Glaisdon Reducing Reoffending Board", "Sans", 9, GREY)
    text(c, SW / 2, 18, "OFFICIAL", "Sans-Bold", 9, GREY, anchor="center")
    text(c, SW - 36, 18, str(n), "Sans", 9, GREY, anchor="right")


def hierarchy(c, root, branches, *, top, root_w=420):
    """Connectors first, then the nodes depth-first (the SmartArt data model's order)."""
    n = len(branches)
    gap = 14
    bw = (SW - 72 - (n - 1) * gap) / n
    root_h, l2_h, l3_h = 52, 78, 46
    rx, ry = SW / 2 - root_w / 2, top - root_h
    l2y = ry - 40 - l2_h
    c.saveState()
    c.setStrokeColor(hexc("8FA9C8"))
    c.setLineWidth(1.5)
    c.line(SW / 2, ry, SW / 2, ry - 20)
    xs = [36 + i * (bw + gap) for i in range(n)]
    c.line(xs[0] + bw / 2, ry - 20, xs[-1] + bw / 2, ry - 20)
    for i, (p, acts) in enumerate(branches):
        cx = xs[i] + bw / 2
        c.line(cx, ry - 20, cx, l2y + l2_h)
        c.line(xs[i] + 10, l2y, xs[i] + 10, l2y - 12 - (len(acts) - 0.5) * (l3_h + 10))
        for j in range(len(acts)):
            yy = l2y - 12 - j * (l3_h + 10) - l3_h / 2
            c.line(xs[i] + 10, yy, xs[i] + 20, yy)
    c.restoreState()
    sizes = []
    node(c, rx, ry, root_w, root_h, root, fill=NAVY, color="FFFFFF", max_size=18)
    for i, (p, acts) in enumerate(branches):
        sizes.append(node(c, xs[i], l2y, bw, l2_h, p, fill=BLUE, color="FFFFFF"))
        for j, a in enumerate(acts):
            yy = l2y - 12 - j * (l3_h + 10) - l3_h
            node(c, xs[i] + 20, yy, bw - 20, l3_h, a, fill=PALE, color=INK, font="Sans")
    return sizes


def finish(work: Path, out: Path) -> list[Path]:
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Glaisdon Reducing Reoffending Board", pagesize=(SW, SH))
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")

    # 1 title
    box(c, 0, 0, SW, SH, NAVY)
    box(c, 0, 150, SW, 6, "7FB2E5")
    text(c, 60, 330, "Reducing Reoffending Strategy", "Sans-Bold", 44, "FFFFFF")
    text(c, 60, 285, "2026\u20132029", "Sans", 30, "BFD6F0")
    text(c, 60, 200, "Glaisdon Reducing Reoffending Board \u2022 Partnership launch, 23 June 2026", "Sans", 16,
         "FFFFFF")
    text(c, SW - 36, 18, "1", "Sans", 9, "BFD6F0", anchor="right")
    c.showPage()

    # 2 findings
    chrome(c, 2, "What the data tell us")
    y = SH - 120
    for big, t in [("38%", "of adults released from HMP Glaisdon Moor reoffend within a year"),
                   ("1 in 4", "people leave prison with nowhere settled to live"),
                   ("61%", "of people on probation in Glaisdon have a drug or alcohol need"),
                   ("18\u201325", "year-olds are a fifth of the caseload but a third of reoffences")]:
        text(c, 60, y - 34, big, "Sans-Bold", 36, BLUE)
        text(c, 230, y - 28, t, "Sans", 18, INK)
        y -= 88
    c.showPage()

    # 3 the strategy on a page
    chrome(c, 3, "Our strategy on a page")
    sizes = hierarchy(c, "Our ambition: fewer victims, because fewer people come back into the system", PRIORITIES,
                      top=SH - 92, root_w=520)
    if len(set(sizes)) < 3:
        raise SystemExit(f"{NAME}: the priority nodes should shrink to different sizes, got {sizes}")
    c.showPage()

    # 4 the regional plan, same design
    chrome(c, 4, "The regional picture")
    text(c, 36, SH - 96, "The Probation Service's regional Reducing Reoffending Plan 2025\u20132028 sets three "
                         "priorities for every area in the region.", "Sans", 14, GREY)
    hierarchy(c, "Regional Reducing Reoffending Plan 2025\u20132028", REGIONAL, top=SH - 116, root_w=460)
    c.showPage()

    # 5 measures and governance
    chrome(c, 5, "How we will know, and who is responsible")
    rows = [("Housing", "Settled accommodation on the first night after release", "62% \u2192 80%"),
            ("Treatment", "Prison leavers starting treatment within 3 weeks", "34% \u2192 60%"),
            ("Employment", "People on probation in work six months after release", "17% \u2192 25%"),
            ("Women", "Women supervised through the women's centre", "new \u2192 75%"),
            ("Young adults", "Proven reoffending, 18\u201325 cohort", "41% \u2192 33%")]
    y = SH - 112
    text(c, 60, y, "Priority", "Sans-Bold", 13, NAVY)
    text(c, 230, y, "Measure", "Sans-Bold", 13, NAVY)
    text(c, 760, y, "2025 \u2192 2029", "Sans-Bold", 13, NAVY)
    for short, m, t in rows:
        y -= 34
        box(c, 50, y - 10, SW - 100, 28, "F2F6FB")
        text(c, 60, y, short, "Sans-Bold", 13, BLUE)
        text(c, 230, y, m, "Sans", 13, INK)
        text(c, 760, y, t, "Sans", 13, INK)
    text(c, 60, y - 60, "The board meets every quarter and reports to the Glaisdon Community Safety Partnership and to "
                        "the Police and Crime Commissioner.", "Sans", 14, INK)
    text(c, 60, y - 82, "Each priority has a named lead from the Probation Service, Glaisdon City Council or the NHS.",
         "Sans", 14, INK)
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
