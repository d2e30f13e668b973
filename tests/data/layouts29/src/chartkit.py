"""Small drawing helpers shared by this batch's reportlab charts: wrapped label blocks drawn line by line
(each line its own text object, as chart engines write them) and polygon / path shortcuts."""
from __future__ import annotations

from reportlab.lib.utils import simpleSplit

from rl_kit import hexc


def label(c, x, y_top, s, width, *, font="Sans", size=8.5, color="222222", anchor="left", leading=None):
    """Wrap s to width and draw it from y_top down; anchor left/right/center at x. Returns the height."""
    lines = simpleSplit(s, font, size, width)
    lead = leading or size * 1.2
    c.saveState()
    c.setFillColor(hexc(color))
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        y = y_top - size - i * lead
        if anchor == "right":
            c.drawRightString(x, y, ln)
        elif anchor == "center":
            c.drawCentredString(x, y, ln)
        else:
            c.drawString(x, y, ln)
    c.restoreState()
    return len(lines) * lead


def n_lines(s, width, font="Sans", size=8.5):
    return len(simpleSplit(s, font, size, width))


def polygon(c, pts, *, fill=None, stroke=None, width=1, alpha=1.0, dash=None):
    c.saveState()
    if fill:
        c.setFillColor(hexc(fill), alpha=alpha)
    if stroke:
        c.setStrokeColor(hexc(stroke))
        c.setLineWidth(width)
    if dash:
        c.setDash(*dash)
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)
    c.restoreState()


def line(c, x1, y1, x2, y2, color="BBBBBB", width=0.6, dash=None):
    c.saveState()
    c.setStrokeColor(hexc(color))
    c.setLineWidth(width)
    if dash:
        c.setDash(*dash)
    c.line(x1, y1, x2, y2)
    c.restoreState()
