"""Kelsford Combating Drugs Partnership: "Our plan to reduce drug harm 2027-2030", a DL tri-fold (roll fold)
leaflet as the printer's artwork: two A4 landscape pages of three panels each (reportlab).

The PDF is in print order, not reading order. Page 1 is the OUTSIDE of the sheet: from left to right the
inside flap (97 mm), the back panel and the front cover. Page 2 is the INSIDE: the three panels a reader sees
when the leaflet is fully open. A reader sees the front cover (p1, right) first, then the inside flap (p1,
left), which is where the leaflet states its five priorities in full ("Our five priorities", a numbered
list), above "Our promises to you" (principles). So the priorities come FIRST in the page's text, before the
back panel and the cover title. The back panel has the 2023-2026 plan's three focus areas and contacts. The
inside (p2) has "What you told us" (three numbered concerns) and "What we will do" under SHORT names
("1 Supply", "2 Treatment", ...), which are not the priorities' wording."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

import common
from rl_kit import box, hexc, make_canvas, para_at, text

NAME = "trifold_fold_order_drugs"
ACC = "0F6E6E"
ACC2 = "DDF0EE"
W, H = landscape(A4)
PRIORITIES = [
    ("Supply", "Cut the supply of drugs into Kelsford's towns and villages"),
    ("Treatment", "Make treatment easier to start, with no waiting list for anyone who asks for help"),
    ("Drug deaths", "Prevent drug deaths by getting naloxone and outreach to the people most at risk"),
    ("Young people and families", "Help young people and families before drug use becomes a problem"),
    ("Homes and work", "Find homes and work for people in recovery"),
]
ACTIONS = [
    ["Closure orders on homes taken over by dealers", "Joint days of action with Brenford Police"],
    ["Same-week assessments at the Kelsford Recovery Hub", "Evening clinics in Upper Wyke and Stallow"],
    ["Naloxone kits for every hostel and family who asks", "Outreach to people leaving prison"],
    ["Drug education in every secondary school", "Support groups for parents and carers"],
    ["Supported housing places kept for people in treatment", "Job coaches in the recovery hub"],
]


def fold_marks(c, xs):
    c.saveState()
    c.setStrokeColor(hexc("BBBBBB"))
    c.setDash(3, 3)
    c.setLineWidth(0.4)
    for x in xs:
        c.line(x, 0, x, 14)
        c.line(x, H - 14, x, H)
    c.restoreState()


def outside(c):
    flap, panel = 97 * mm, 100 * mm
    x0, x1, x2 = 0, flap, flap + panel
    pad = 18
    # ---- inside flap (read second): the priorities at a glance, then principles
    box(c, x0, 0, flap, H, ACC2)
    y = H - 36
    text(c, x0 + pad, y, "Our plan at a glance", "Sans-Bold", 15, ACC)
    y -= 12
    y -= para_at(c, "Our vision: a Kelsford where fewer lives are lost or damaged by drugs, and where anyone "
                 "who wants help can get it.", x0 + pad, y, flap - 2 * pad, font="Sans-Italic", size=9.5,
                 color="333333") + 16
    text(c, x0 + pad, y, "Our five priorities", "Sans-Bold", 12.5, ACC)
    y -= 10
    for i, (_, p) in enumerate(PRIORITIES, 1):
        c.setFillColor(hexc(ACC))
        c.circle(x0 + pad + 9, y - 8, 9, stroke=0, fill=1)
        text(c, x0 + pad + 9, y - 11.5, str(i), "Sans-Bold", 10, "FFFFFF", anchor="center")
        h = para_at(c, p, x0 + pad + 26, y, flap - 2 * pad - 26, font="Sans-Bold", size=10, leading=12.5,
                    color="1D1D1D")
        y -= max(h, 18) + 10
    y -= 8
    text(c, x0 + pad, y, "Our promises to you", "Sans-Bold", 12.5, ACC)
    y -= 10
    for p in ["We will treat you with respect, whatever your situation",
              "We will listen to people with lived experience",
              "We will share what we learn with other areas"]:
        y -= para_at(c, "\u2013 " + p, x0 + pad, y, flap - 2 * pad, size=9.5, color="333333") + 5
    # ---- back panel
    xb = x1 + pad
    y = H - 36
    text(c, xb, y, "Get help now", "Sans-Bold", 14, ACC)
    y -= 10
    for line in ["Kelsford Recovery Hub, 14 Market Row, Kelsford KL4 2DW", "Open Monday to Saturday, 9am to 7pm",
                 "Call 01632 960 418 or just walk in", "In an emergency, always call 999"]:
        y -= para_at(c, line, xb, y, panel - 2 * pad, size=9.5) + 4
    y -= 20
    text(c, xb, y, "Our last plan", "Sans-Bold", 12, ACC)
    y -= 10
    y -= para_at(c, "Our 2023-2026 plan focused on:", xb, y, panel - 2 * pad, size=9.5) + 4
    for p in ["fewer drug-related deaths", "more people in recovery", "safer neighbourhoods"]:
        y -= para_at(c, "\u2022 " + p, xb + 6, y, panel - 2 * pad - 6, size=9.5, color="444444") + 3
    y -= 20
    y -= para_at(c, "The Kelsford Combating Drugs Partnership brings together Kelsford District Council, Brenford "
                 "County Council, Brenford Police, the NHS, the Probation Service and Kelsford Recovery "
                 "Collective.", xb, y, panel - 2 * pad, size=8.5, color="555555") + 10
    para_at(c, "Large print and easy read versions: call 01632 960 400. Published March 2027.", xb, y,
            panel - 2 * pad, size=8.5, color="555555")
    # ---- front cover (read first)
    box(c, x2, 0, panel, H, ACC)
    xf = x2 + pad
    text(c, xf, H - 40, "KELSFORD COMBATING DRUGS PARTNERSHIP", "Sans-Bold", 9, "FFFFFF", char_space=0.6)
    para_at(c, "Our plan to reduce drug harm", xf, H - 120, panel - 2 * pad, font="Sans-Bold", size=28,
            leading=32, color="FFFFFF")
    text(c, xf, H - 240, "2027-2030", "Sans-Bold", 22, "BDE6E1")
    para_at(c, "A short guide for residents", xf, H - 262, panel - 2 * pad, size=13, color="FFFFFF")
    c.setFillColor(hexc("2A8C8C"))
    c.circle(x2 + panel - 30, 90, 110, stroke=0, fill=1)
    fold_marks(c, [x1, x2])


def inside(c):
    panel, flap = 100 * mm, 97 * mm
    x0, x1, x2 = 0, panel, 2 * panel
    pad = 18
    # ---- panel 2: why a plan, what you told us
    y = H - 36
    text(c, x0 + pad, y, "Why we need a plan", "Sans-Bold", 14, ACC)
    y -= 10
    y -= para_at(c, "Drugs cause harm in every part of Kelsford. Last year 23 people in the district died from "
                 "drug poisoning, and the Recovery Hub worked with 1,180 adults.", x0 + pad, y,
                 panel - 2 * pad, size=9.5) + 12
    for big, small in [("23", "drug-related deaths in 2025"), ("1,180", "adults in treatment"),
                       ("4 in 10", "people waited more than three weeks to start treatment")]:
        box(c, x0 + pad, y - 40, panel - 2 * pad, 40, ACC2, radius=4)
        text(c, x0 + pad + 10, y - 26, big, "Sans-Bold", 16, ACC)
        para_at(c, small, x0 + pad + 80, y - 10, panel - 2 * pad - 90, size=8.5, color="333333")
        y -= 48
    y -= 12
    text(c, x0 + pad, y, "What you told us", "Sans-Bold", 14, ACC)
    y -= 8
    y -= para_at(c, "412 people answered our survey. Their top three concerns were:", x0 + pad, y,
                 panel - 2 * pad, size=9.5) + 6
    for i, p in enumerate(["Drug dealing near schools and parks", "Waiting too long for help",
                           "Needles and litter in public places"], 1):
        y -= para_at(c, f"{i}. {p}", x0 + pad + 4, y, panel - 2 * pad - 4, size=9.5) + 3
    # ---- panels 3 and 4: what we will do, under short names
    for col, idxs in ((x1, (0, 1, 2)), (x2, (3, 4))):
        y = H - 36
        if col == x1:
            text(c, col + pad, y, "What we will do", "Sans-Bold", 14, ACC)
            y -= 18
        for i in idxs:
            short = PRIORITIES[i][0]
            text(c, col + pad, y - 10, f"{i + 1}  {short}", "Sans-Bold", 11.5, ACC)
            y -= 20
            for a in ACTIONS[i]:
                y -= para_at(c, "\u2022 " + a, col + pad + 4, y, (flap if col == x2 else panel) - 2 * pad - 4,
                             size=9.5) + 3
            y -= 14
    # pull quote (panel 3) and a fact box (panel 2), at the foot of the panels
    box(c, x1 + pad - 6, 50, panel - 2 * pad + 12, 130, ACC, radius=6)
    para_at(c, "\u201cWhen I asked for help I was told to come back in six weeks. I nearly didn't come back at "
            "all.\u201d", x1 + pad + 4, 166, panel - 2 * pad - 8, font="Sans-Italic", size=11.5, leading=15,
            color="FFFFFF")
    text(c, x1 + pad + 4, 66, "Hub client, 2026 survey", "Sans", 8.5, "BDE6E1")
    box(c, x0 + pad - 6, 50, panel - 2 * pad + 12, 92, "F4F4F4", radius=6)
    text(c, x0 + pad + 4, 122, "Did you know?", "Sans-Bold", 11, ACC)
    para_at(c, "Naloxone can reverse an opioid overdose. Anyone can carry it, and kits are free from the "
            "Recovery Hub and from six pharmacies in Kelsford.", x0 + pad + 4, 112, panel - 2 * pad - 8, size=9)
    y -= 6
    box(c, x2 + pad - 6, y - 150, flap - 2 * pad + 12, 150, ACC2, radius=4)
    text(c, x2 + pad, y - 18, "How we will know", "Sans-Bold", 12, ACC)
    para_at(c, "Every year we will publish how many people died, how long people waited for treatment and how "
            "many people are in recovery. Our plan also follows the national drug strategy, From Harm to Hope, "
            "and its national outcomes framework.", x2 + pad, y - 26, flap - 2 * pad, size=9, color="333333")
    fold_marks(c, [x1, x2])


def finish(work: Path, out: Path) -> list[Path]:
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, "Our plan to reduce drug harm 2027-2030 (DL leaflet, print file)",
                    "Kelsford Combating Drugs Partnership", pagesize=(W, H))
    outside(c)
    c.showPage()
    inside(c)
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
