"""reportlab helpers for the derbyshire_districts handouts and board papers: a miniature 16:9 slide drawn in
vector (frame, coloured title strap, text), and a platypus flowable that embeds one in a paper.
"""
from __future__ import annotations

from reportlab import rl_config

rl_config.invariant = 1  # deterministic output

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
         "/usr/share/fonts/truetype/liberation2"]
FAMILIES = {"sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"),
            "dejavu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
            "serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic"),
            "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique")}


def fonts(family: str) -> tuple[str, str, str]:
    from pathlib import Path
    names = FAMILIES[family]
    for n in names:
        if n not in pdfmetrics.getRegisteredFontNames():
            for d in _DIRS:
                p = Path(d) / f"{n}.ttf"
                if p.exists():
                    pdfmetrics.registerFont(TTFont(n, str(p)))
                    break
            else:
                raise FileNotFoundError(n)
    return names


def hexc(s: str):
    return colors.HexColor(s)


def wrap_text(c, text, font, size, x, y, width, color, leading=1.2, align="left", max_lines=None):
    """Draw wrapped text with its first baseline at y; return the y under the last line."""
    lines = simpleSplit(text, font, size, width)
    if max_lines:
        lines = lines[:max_lines]
    c.setFillColor(hexc(color) if isinstance(color, str) else color)
    c.setFont(font, size)
    for ln in lines:
        if align == "center":
            c.drawCentredString(x + width / 2, y, ln)
        else:
            c.drawString(x, y, ln)
        y -= size * leading
    return y


def draw_slide(c, x, y, w, spec: dict, fam: str = "sans", theme: tuple[str, str, str] = ("#1F4E79", "#E8EEF6", "#222222")):
    """A miniature 16:9 slide with its lower-left corner at (x, y) and width w.

    spec: {"title": str, "kicker": str, "bullets": [..], "numbered": [..], "tiles": [..], "bars": [..],
           "cover": True, "table": [[..], ..], "footer": str, "n": int}
    """
    reg, bold, ital = fonts(fam)
    accent, light, ink = theme
    h = w * 9 / 16
    k = w / 960.0  # points per "slide pixel" (the slide is 960 x 540)
    c.saveState()
    c.setStrokeColor(hexc("#9A9A9A"))
    c.setLineWidth(0.6)
    if spec.get("cover"):
        c.setFillColor(hexc(accent))
        c.rect(x, y, w, h, stroke=1, fill=1)
        yy = wrap_text(c, spec.get("kicker", ""), reg, 26 * k, x + 50 * k, y + h - 150 * k, w - 100 * k, "#FFFFFF")
        yy = wrap_text(c, spec["title"], bold, 48 * k, x + 50 * k, yy - 20 * k, w - 100 * k, "#FFFFFF")
        wrap_text(c, spec.get("sub", ""), reg, 24 * k, x + 50 * k, yy - 20 * k, w - 100 * k, "#FFFFFF")
        c.restoreState()
        return h
    c.setFillColor(colors.white)
    c.rect(x, y, w, h, stroke=1, fill=1)
    c.setFillColor(hexc(accent))
    c.rect(x, y + h - 12 * k, w, 12 * k, stroke=0, fill=1)
    top = y + h - 40 * k
    if spec.get("kicker"):
        top = wrap_text(c, spec["kicker"], bold, 20 * k, x + 40 * k, top - 10 * k, w - 80 * k, accent)
    top = wrap_text(c, spec.get("title", ""), bold, spec.get("title_size", 40) * k, x + 40 * k,
                    top - 30 * k, w - 80 * k, ink) - 12 * k
    body = spec.get("body_size", 24) * k
    if spec.get("bullets"):
        for b in spec["bullets"]:
            c.setFillColor(hexc(accent))
            c.circle(x + 48 * k, top + body * 0.32, 4 * k, stroke=0, fill=1)
            top = wrap_text(c, b, reg, body, x + 62 * k, top, w - 110 * k, ink) - 8 * k
    if spec.get("numbered"):
        for i, b in enumerate(spec["numbered"], start=1):
            c.setFillColor(hexc(accent))
            c.setFont(bold, body)
            c.drawString(x + 40 * k, top, f"{i}.")
            top = wrap_text(c, b, bold if spec.get("bold_items") else reg, body, x + 80 * k, top, w - 130 * k,
                            ink) - 10 * k
    if spec.get("bars"):
        bh = spec.get("bar_h", 70) * k
        for i, b in enumerate(spec["bars"], start=1):
            c.setFillColor(hexc(light))
            c.rect(x + 40 * k, top - bh + body, w - 80 * k, bh - 6 * k, stroke=0, fill=1)
            c.setFillColor(hexc(accent))
            c.rect(x + 40 * k, top - bh + body, 60 * k, bh - 6 * k, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(bold, body * 1.2)
            c.drawCentredString(x + 70 * k, top - bh / 2 + body * 0.6, str(i))
            lines = simpleSplit(b, bold, body, w - 200 * k)
            ty = top - bh / 2 + body * 0.9 + (len(lines) - 1) * body * 0.6 - body * 0.6
            wrap_text(c, b, bold, body, x + 120 * k, ty, w - 200 * k, ink)
            top -= bh
    if spec.get("tiles"):
        items = spec["tiles"]
        cols = 2
        tw, th = (w - 100 * k) / cols, spec.get("tile_h", 150) * k
        for i, t in enumerate(items):
            tx = x + 40 * k + (i % cols) * (tw + 20 * k)
            ty = top - (i // cols + 1) * (th + 16 * k) + body
            c.setFillColor(hexc(accent if i % 3 == 0 else light))
            c.roundRect(tx, ty, tw, th, 10 * k, stroke=0, fill=1)
            lines = simpleSplit(t, bold, body, tw - 40 * k)
            start = ty + th / 2 + (len(lines) - 1) * body * 0.6 - body * 0.35
            wrap_text(c, t, bold, body, tx + 20 * k, start, tw - 40 * k, "#FFFFFF" if i % 3 == 0 else ink,
                      align="center")
    if spec.get("table"):
        rows = spec["table"]
        ncol = len(rows[0])
        cw = (w - 80 * k) / ncol
        for r, row in enumerate(rows):
            for j, cell in enumerate(row):
                c.setFillColor(hexc(accent if r == 0 else (light if r % 2 == 0 else "#FFFFFF")))
                c.rect(x + 40 * k + j * cw, top - 30 * k, cw, 40 * k, stroke=0, fill=1)
                wrap_text(c, cell, bold if r == 0 else reg, 18 * k, x + 46 * k + j * cw, top - 12 * k, cw - 12 * k,
                          "#FFFFFF" if r == 0 else ink, max_lines=1)
            top -= 40 * k
    if spec.get("footer") or spec.get("n"):
        c.setFont(reg, 14 * k)
        c.setFillColor(hexc("#888888"))
        c.drawString(x + 30 * k, y + 16 * k, spec.get("footer", ""))
        if spec.get("n"):
            c.drawRightString(x + w - 30 * k, y + 16 * k, str(spec["n"]))
    c.restoreState()
    return h


class SlideFlowable(Flowable):
    """A slide embedded in a paper, in a grey 'screen' mount, with a caption under it."""

    def __init__(self, spec, width, fam="sans", theme=("#1F4E79", "#E8EEF6", "#222222"), caption="",
                 cap_font=None, cap_size=8.5):
        super().__init__()
        self.spec, self.w, self.fam, self.theme, self.caption = spec, width, fam, theme, caption
        self.cap_font, self.cap_size = cap_font, cap_size

    def wrap(self, aw, ah):
        self.h = self.w * 9 / 16 + 16 + (16 if self.caption else 0)
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(hexc("#D9D9D9"))
        c.rect(0, 16 if self.caption else 0, self.w, self.w * 9 / 16 + 16, stroke=0, fill=1)
        draw_slide(c, 8, (16 if self.caption else 0) + 8, self.w - 16, self.spec, self.fam, self.theme)
        if self.caption:
            reg, bold, ital = fonts(self.fam)
            c.setFont(self.cap_font or ital, self.cap_size)
            c.setFillColor(hexc("#555555"))
            c.drawString(0, 3, self.caption)
