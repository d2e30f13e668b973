"""rollup_banner_artwork_domestic_abuse.pdf: the print-ready artwork of a pull-up (roll-up) banner that the
Wraybeck Domestic Abuse Partnership Board stands at its strategy launch and in the town's hub (reportlab). One page
850 mm wide and 2000 mm tall, with type sized to be read across a room: body lines at 60 to 90 pt, the slogan at 190 pt,
the priorities at 120 pt, each wrapped over two or three lines beside a big number disc. The bottom 150 mm disappears
into the stand's base, so it carries only the partners' names.

Gold is the four priorities under "Our priorities".

Not gold: the slogan (the largest text on the page); the strategy's name; "What we believe", three statements in
the same band-and-disc design, a size smaller; the "Need help now?" band; the partner names in the base.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

import common
from rl_kit import box, hexc, make_canvas, text

NAME = "rollup_banner_artwork_domestic_abuse"
TITLE = "Wraybeck Domestic Abuse Partnership Board \u2013 roll-up banner 850 x 2000 mm \u2013 strategy launch 2026"
PURPLE = "4B2364"
LILAC = "EADCF2"
GOLD = "F2B705"
INK = "2B1236"

PRIORITIES = [
    "Spotting abuse early and acting on it",
    "Safe housing for every survivor and their children",
    "Support that fits children and young people",
    "Holding abusers to account and changing their behaviour",
]
BELIEFS = ["Victims are believed", "Children are heard", "No one is turned away"]


def disc(c, cx, cy, r, s, fill, colour, size):
    c.saveState()
    c.setFillColor(hexc(fill))
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.restoreState()
    text(c, cx, cy - size * 0.36, s, "Sans-Bold", size, colour, anchor="center")


def finish(work, out):
    path = out / f"{NAME}.pdf"
    W, H = 850 * mm, 2000 * mm
    c = make_canvas(path, TITLE, "Wraybeck Domestic Abuse Partnership Board", pagesize=(W, H))
    M = 60 * mm

    box(c, 0, 0, W, H, "FFFFFF")
    # top band
    box(c, 0, H - 260 * mm, W, 260 * mm, PURPLE)
    text(c, M, H - 80 * mm, "Wraybeck Domestic Abuse Partnership", "Sans-Bold", 78, "E7D3F3")
    y = H - 155 * mm
    for ln in ["Everyone deserves", "to be safe at home"]:
        text(c, M, y, ln, "Sans-Bold", 190, "FFFFFF")
        y -= 72 * mm
    # strategy name
    y = H - 330 * mm
    text(c, M, y, "Our Domestic Abuse Strategy", "Sans-Bold", 110, PURPLE)
    text(c, M, y - 48 * mm, "2026\u20132029", "Sans", 110, PURPLE)

    # priorities
    y = H - 470 * mm
    box(c, 0, y - 20 * mm, W, 70 * mm, GOLD)
    text(c, M, y, "Our priorities", "Sans-Bold", 130, INK)
    y -= 110 * mm
    tw = W - M - 230 * mm
    for i, p in enumerate(PRIORITIES, 1):
        lines = simpleSplit(p, "Sans-Bold", 120, tw)
        assert 2 <= len(lines) <= 3, lines
        block = len(lines) * 48 * mm
        disc(c, M + 60 * mm, y - block / 2 + 30 * mm, 55 * mm, str(i), PURPLE, "FFFFFF", 150)
        yy = y
        for ln in lines:
            text(c, M + 150 * mm, yy, ln, "Sans-Bold", 120, INK)
            yy -= 48 * mm
        y = yy - 30 * mm

    # beliefs, the same design a size smaller
    y -= 10 * mm
    box(c, 0, y - 16 * mm, W, 56 * mm, LILAC)
    text(c, M, y, "What we believe", "Sans-Bold", 100, INK)
    y -= 90 * mm
    for b in BELIEFS:
        disc(c, M + 40 * mm, y + 12 * mm, 32 * mm, "\u2713", GOLD, INK, 100)
        text(c, M + 100 * mm, y, b, "Sans", 90, INK)
        y -= 60 * mm

    # help band
    box(c, 0, 150 * mm, W, 330 * mm, PURPLE)
    y = 410 * mm
    text(c, M, y, "Need help now?", "Sans-Bold", 120, GOLD)
    text(c, M, y - 70 * mm, "In an emergency, call 999", "Sans-Bold", 80, "FFFFFF")
    text(c, M, y - 130 * mm, "Wraybeck Domestic Abuse Service", "Sans", 70, "FFFFFF")
    text(c, M, y - 165 * mm, "01632 960 412 (24 hours)", "Sans-Bold", 80, "FFFFFF")
    text(c, M, y - 225 * mm, "wraybeck.gov.uk/domesticabuse", "Sans", 66, "E7D3F3")

    # base: hidden by the stand
    text(c, W / 2, 90 * mm, "Wraybeck Borough Council  \u00b7  Wraybeck Police  \u00b7  NHS Wraybeck  \u00b7  "
         "Wraybeck Women's Refuge", "Sans", 40, "666666", anchor="center")
    text(c, W / 2, 40 * mm, "Printed June 2026", "Sans", 30, "888888", anchor="center")
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
