"""Fenstowe Combating Drugs Partnership: "plan on a page", two landscape A4 pages. Page 1 is a honeycomb: the
partnership's ambition in a dark central hexagon and the six local priorities in the six hexagons around it,
each centred and wrapped over three lines (reading order is by ring position, not top to bottom). Along the
bottom, From Harm to Hope's three national priorities in a strip of three smaller hexagons of the SAME shape.
Page 2: outcomes, principles, governance and the members of the partnership."""
from __future__ import annotations

import math

from reportlab.lib.utils import simpleSplit

from kit9 import Doc, box, hexc, text

NAME = "hexagon_poster_drugs"
ACC = "0F5E73"
PRI = [  # clockwise from the top
    "Fewer people dying from drugs and alcohol in Fenstowe",
    "More people in treatment and staying in recovery",
    "Disrupting county lines and the supply of drugs",
    "Support for families affected by someone's drug use",
    "Young people making informed choices about drugs",
    "Housing and jobs that help people stay in recovery",
]
COLS = ["1B8A6B", "2E7FB0", "7A4E9E", "C0533A", "D08C1F", "4F7F2F"]


def hexagon(c, cx, cy, r, fill, stroke=None):
    p = c.beginPath()
    for k in range(6):
        a = math.radians(60 * k)  # flat-topped
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        (p.moveTo if k == 0 else p.lineTo)(x, y)
    p.close()
    c.saveState()
    c.setFillColor(hexc(fill))
    if stroke:
        c.setStrokeColor(hexc(stroke))
        c.setLineWidth(2)
    c.drawPath(p, stroke=1 if stroke else 0, fill=1)
    c.restoreState()


def centred(c, s, cx, cy, width, font, size, color, lines=None):
    ls = simpleSplit(s, font, size, width)
    if lines is not None:
        assert len(ls) == lines, (s, ls)
    lead = size * 1.2
    y0 = cy + (len(ls) - 1) * lead / 2 - size * 0.35
    for i, ln in enumerate(ls):
        text(c, cx, y0 - i * lead, ln, font, size, color, anchor="center")


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Fenstowe Combating Drugs Partnership: our plan on a page 2026-2029",
            "Fenstowe Combating Drugs Partnership", footer="Fenstowe Combating Drugs Partnership \u2013 plan on a "
            "page 2026-2029", accent=ACC, land=True, footer_on_first=True)
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 70, W, 70, ACC)
    text(c, 40, H - 40, "Fenstowe Combating Drugs Partnership", "Sans-Bold", 22, "FFFFFF")
    text(c, 40, H - 60, "Our plan on a page 2026\u20132029", "Sans", 13, "CFE6EC")
    text(c, W - 40, H - 48, "June 2026", "Sans", 11, "CFE6EC", anchor="right")
    r = 72
    cx, cy = W / 2 - 90, H / 2 + 22
    hexagon(c, cx, cy, r, ACC)
    centred(c, "OUR AMBITION", cx, cy + 34, 120, "Sans-Bold", 8, "CFE6EC")
    centred(c, "A Fenstowe where drugs cause less harm to people, families and places", cx, cy - 4, 108,
            "Sans-Bold", 10, "FFFFFF")
    dist = r * math.sqrt(3) + 4
    for k, (s, col) in enumerate(zip(PRI, COLS)):
        a = math.radians(90 - 60 * k)
        hx, hy = cx + dist * math.cos(a), cy + dist * math.sin(a)
        hexagon(c, hx, hy, r - 2, "FFFFFF", stroke=col)
        centred(c, s, hx, hy, 98, "Sans-Bold", 10, col, lines=3)
    # side panel
    x0 = W - 250
    text(c, x0, H - 110, "Why it matters", "Sans-Bold", 13, ACC)
    from kit9 import para_at
    y = H - 122
    for s in ["31 drug-related deaths in Fenstowe in 2024, the highest in the region",
              "Only 44% of adults who use opiates are in treatment",
              "An estimated 1,400 children live with a parent who is dependent on drugs or alcohol",
              "Nine county lines were closed by Harwold Police in 2025"]:
        y -= para_at(c, "\u2022 " + s, x0, y, 210, size=9.5, leading=12) + 6
    text(c, x0, y - 18, "Our six priorities", "Sans-Bold", 13, ACC)
    y -= 30
    y -= para_at(c, "Agreed by the partnership board on 12 May 2026, after consultation with people in recovery, "
                    "families and front-line staff.", x0, y, 210, size=9.5, leading=12)
    # national strip
    by = 86
    text(c, 40, by + 40, "The national strategy: From Harm to Hope (2021)", "Sans-Bold", 10, "555555")
    for k, s in enumerate(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                           "Achieve a generational shift in demand for drugs"]):
        hx = 80 + k * 118
        hexagon(c, hx, by - 8, 54, "E4E4E4")
        centred(c, s, hx, by - 8, 76, "Sans", 8.5, "444444")
    d.next()
    box(c, 0, H - 70, W, 70, ACC)
    text(c, 40, H - 45, "How we will know it is working", "Sans-Bold", 20, "FFFFFF")
    w = d.writer(x=40, top=H - 95, width=W / 2 - 60)
    w.table([["Outcome", "Baseline", "2029"],
             ["Drug-related deaths per 100,000", "9.8", "7.0"],
             ["Adults in treatment (opiates and crack)", "44%", "55%"],
             ["Successful completions of treatment", "18%", "24%"],
             ["Young people referred to specialist support", "96", "150"],
             ["County lines closed", "9", "12 a year"]],
            [200, 70, 70], head_bg=ACC, zebra="E2EEF1")
    w.heading("Our principles", 13)
    w.bullets(["Recovery is possible for everyone.", "We treat addiction as a health condition.",
               "People with lived experience help to design services."], size=9.5)
    w = d.writer(x=W / 2 + 10, top=H - 95, width=W / 2 - 50)
    w.heading("Who is in the partnership", 13)
    w.bullets(["Fenstowe County Council (public health, children's services, housing)",
               "Harwold Police and the Office of the Police and Crime Commissioner",
               "Probation Service, HMP Ashgrove and the Integrated Care Board",
               "Fenstowe Recovery Network and Turning Point Fenstowe",
               "Department for Work and Pensions, Jobcentre Plus"], size=9.5)
    w.heading("Governance", 13, before=8)
    w.para("The partnership board is chaired by the Director of Public Health, Dr Sunita Varma, and reports to the "
           "Health and Wellbeing Board and the Community Safety Partnership. Each priority has a lead officer and "
           "a delivery group.", size=9.5)
    w.heading("Where we were", 13, before=8)
    w.para("Our 2023 drugs plan focused on three areas: treatment capacity, naloxone and enforcement. These are "
           "now part of the six priorities.", size=9.5)
    return [d.close()]
