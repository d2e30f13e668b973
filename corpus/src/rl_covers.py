"""Cover and back-page artwork for the reportlab brochures (drawn directly on the canvas)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit


def _wrap(c, text, font, size, x, y, width, leading, color, align="left"):
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(text, font, size, width):
        if align == "left":
            c.drawString(x, y, line)
        else:
            c.drawRightString(x + width, y, line)
        y -= leading
    return y


def cover_bands(c, b, doc, cov):
    """Full-colour cover with diagonal bands and a white title block (plan style)."""
    W, H, t = b.W, b.H, b.t
    c.saveState()
    c.setFillColor(b.pri)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, col in enumerate(t["tiles"][:4]):
        c.setFillColor(colors.HexColor(col))
        p = c.beginPath()
        x0 = W * (0.35 + 0.16 * i)
        p.moveTo(x0, 0)
        p.lineTo(x0 + 60 * mm, 0)
        p.lineTo(x0 + 160 * mm, H * 0.55)
        p.lineTo(x0 + 100 * mm, H * 0.55)
        p.close()
        c.setFillAlpha(0.55)
        c.drawPath(p, stroke=0, fill=1)
    c.setFillAlpha(1)
    c.setFillColor(colors.white)
    c.rect(0, H * 0.55, W * 0.82, H * 0.30, stroke=0, fill=1)
    c.setFillColor(b.acc)
    c.rect(0, H * 0.55, 6 * mm, H * 0.30, stroke=0, fill=1)
    y = H * 0.85 - 22 * mm
    c.setFillColor(b.acc)
    c.setFont(t["bold"], 11)
    c.drawString(18 * mm, y + 6 * mm, cov["kicker"].upper())
    y = _wrap(c, cov["title"], t["bold"], 31, 18 * mm, y - 8 * mm, W * 0.82 - 30 * mm, 36, b.pri)
    y = _wrap(c, cov["subtitle"], t["font"], 14, 18 * mm, y - 3 * mm, W * 0.82 - 30 * mm, 18,
              colors.HexColor("#444444"))
    c.setFillColor(colors.white)
    c.setFont(t["bold"], 13)
    c.drawString(18 * mm, 40 * mm, cov["org"])
    c.setFont(t["font"], 10.5)
    c.drawString(18 * mm, 33 * mm, cov["date"])
    if cov.get("strap"):
        c.setFont(t["italic"], 10.5)
        c.drawString(18 * mm, 24 * mm, cov["strap"])
    c.restoreState()


def cover_block(c, b, doc, cov):
    """Cover with a solid colour top two-thirds, big title and a photo-like panel grid."""
    W, H, t = b.W, b.H, b.t
    c.saveState()
    c.setFillColor(colors.HexColor(t.get("cover_bg", "#ffffff")))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(b.pri)
    c.rect(0, H * 0.36, W, H * 0.64, stroke=0, fill=1)
    # mosaic
    pal = [colors.HexColor(x) for x in t["tiles"]]
    cw = W / 5
    for i in range(5):
        for j in range(2):
            c.setFillColor(pal[(i + 2 * j) % len(pal)])
            c.rect(i * cw, H * 0.36 - (j + 1) * 26 * mm, cw, 26 * mm, stroke=0, fill=1)
    c.setFillColor(b.acc)
    c.setFont(t["bold"], 12)
    c.drawString(20 * mm, H - 36 * mm, cov["kicker"].upper())
    y = _wrap(c, cov["title"], t["bold"], 34, 20 * mm, H - 56 * mm, W - 45 * mm, 39,
              colors.white)
    y = _wrap(c, cov["subtitle"], t["font"], 15, 20 * mm, y - 6 * mm, W - 50 * mm, 19,
              colors.HexColor(t.get("cover_sub", "#f0e6ff")))
    if cov.get("strap"):
        _wrap(c, cov["strap"], t["italic"], 12, 20 * mm, H * 0.36 + 22 * mm, W - 50 * mm, 15,
              colors.white)
    c.setFillColor(b.pri)
    c.setFont(t["bold"], 12.5)
    c.drawString(20 * mm, 34 * mm, cov["org"])
    c.setFont(t["font"], 10)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20 * mm, 27 * mm, cov["date"])
    c.restoreState()


def cover_split(c, b, doc, cov):
    """Left colour column with the title, right column of stacked colour blocks."""
    W, H, t = b.W, b.H, b.t
    c.saveState()
    c.setFillColor(colors.HexColor("#ffffff"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(b.pri)
    c.rect(0, 0, W * 0.62, H, stroke=0, fill=1)
    pal = [colors.HexColor(x) for x in t["tiles"]]
    bh = H / 4
    for i in range(4):
        c.setFillColor(pal[i % len(pal)])
        c.rect(W * 0.62, i * bh, W * 0.38, bh, stroke=0, fill=1)
    c.setFillColor(b.acc)
    c.rect(18 * mm, H - 60 * mm, 30 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(t["bold"], 11)
    c.drawString(18 * mm, H - 52 * mm, cov["kicker"].upper())
    y = _wrap(c, cov["title"], t["bold"], 30, 18 * mm, H - 80 * mm, W * 0.62 - 32 * mm, 35,
              colors.white)
    y = _wrap(c, cov["subtitle"], t["font"], 13.5, 18 * mm, y - 6 * mm, W * 0.62 - 32 * mm, 18,
              colors.HexColor("#e8f5ee"))
    c.setFont(t["bold"], 12)
    c.setFillColor(colors.white)
    c.drawString(18 * mm, 36 * mm, cov["org"])
    c.setFont(t["font"], 10)
    c.drawString(18 * mm, 29 * mm, cov["date"])
    if cov.get("strap"):
        c.setFont(t["italic"], 10)
        c.drawString(18 * mm, 22 * mm, cov["strap"])
    c.restoreState()


def back_page(c, b, doc, back):
    W, H, t = b.W, b.H, b.t
    c.saveState()
    c.setFillColor(b.pri)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(b.acc)
    c.rect(0, H * 0.42, W, 2.5 * mm, stroke=0, fill=1)
    y = H * 0.42 + 60 * mm
    c.setFillColor(colors.white)
    c.setFont(t["bold"], 20)
    c.drawString(20 * mm, y, back["title"])
    y -= 12 * mm
    for line in back["lines"]:
        y = _wrap(c, line, t["font"], 11, 20 * mm, y, W - 40 * mm, 15, colors.white) - 3
    y = H * 0.42 - 18 * mm
    for line in back.get("small", []):
        y = _wrap(c, line, t["font"], 8.5, 20 * mm, y, W - 40 * mm, 11.5,
                  colors.HexColor("#dddddd")) - 4
    c.restoreState()
