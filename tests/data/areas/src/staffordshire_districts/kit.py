"""Drawing helpers for the staffordshire_districts area (reportlab canvas and Chromium HTML).

Written for this area: magazines, newsletters, posters, layered "Canva-like" pages, z-fold leaflets and
postcards are all drawn straight on a reportlab canvas (invariant=1) or printed from HTML by Chromium.
"""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and ids

from reportlab.lib.colors import HexColor, white, black  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import common  # noqa: E402

__all__ = ["HexColor", "white", "black", "mm", "Sheet", "font", "html_pdf", "WORK"]

WORK = Path(common.TMP) / "staffordshire_districts_build"
_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2",
         "/usr/share/fonts/truetype/dejavu"]
_FILES = {
    "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf", "sans-bi": "LiberationSans-BoldItalic.ttf",
    "serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
    "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
    "narrow": "LiberationSansNarrow-Regular.ttf", "narrow-b": "LiberationSansNarrow-Bold.ttf",
    "dv": "DejaVuSans.ttf", "dv-b": "DejaVuSans-Bold.ttf", "dv-i": "DejaVuSans-Oblique.ttf",
    "dvc": "DejaVuSansCondensed.ttf", "dvc-b": "DejaVuSansCondensed-Bold.ttf",
    "dvs": "DejaVuSerif.ttf", "dvs-b": "DejaVuSerif-Bold.ttf", "dvs-i": "DejaVuSerif-Italic.ttf",
    "dv-light": "DejaVuSans-ExtraLight.ttf",
}
_DONE: set[str] = set()


def font(key: str) -> str:
    """Register (once) and return the reportlab name of one of the area's fonts."""
    name = "SD-" + key
    if name not in _DONE:
        for d in _DIRS:
            p = Path(d) / _FILES[key]
            if p.exists():
                pdfmetrics.registerFont(TTFont(name, str(p)))
                break
        else:
            raise FileNotFoundError(_FILES[key])
        _DONE.add(name)
    return name


def col(c):
    return HexColor(c) if isinstance(c, str) else c


class Sheet:
    """A reportlab canvas with a few layout helpers; y grows upwards as usual."""

    def __init__(self, path: Path, size, title: str, author: str, subject: str = ""):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject(subject)
        self.c.setCreator("staffordshire_districts build")
        self.w, self.h = size

    # -- pages
    def size(self, size):
        self.c.setPageSize(size)
        self.w, self.h = size

    def next(self):
        self.c.showPage()

    def save(self) -> Path:
        self.c.showPage()
        self.c.save()
        return self.path

    # -- shapes
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.8, r=0):
        c = self.c
        if fill:
            c.setFillColor(col(fill))
        if stroke:
            c.setStrokeColor(col(stroke))
            c.setLineWidth(lw)
        if r:
            c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        if fill:
            self.c.setFillColor(col(fill))
        if stroke:
            self.c.setStrokeColor(col(stroke))
            self.c.setLineWidth(lw)
        self.c.circle(x, y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def poly(self, pts, fill=None, stroke=None, lw=0.8):
        p = self.c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        if fill:
            self.c.setFillColor(col(fill))
        if stroke:
            self.c.setStrokeColor(col(stroke))
            self.c.setLineWidth(lw)
        self.c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.6, dash=None):
        c = self.c
        c.setStrokeColor(col(color))
        c.setLineWidth(lw)
        c.setDash(dash or [])
        c.line(x1, y1, x2, y2)
        c.setDash([])

    # -- text
    def text(self, s, x, y, f="sans", size=10, color="#000000", align="left"):
        c = self.c
        c.setFont(font(f), size)
        c.setFillColor(col(color))
        {"left": c.drawString, "right": c.drawRightString, "center": c.drawCentredString}[align](x, y, s)

    def para(self, s, x, y, w, f="sans", size=10, lead=None, color="#000000", align="left") -> float:
        """Wrap `s` into width w from baseline y downwards; return the baseline after the last line."""
        lead = lead or size * 1.25
        for ln in simpleSplit(s, font(f), size, w):
            xx = {"left": x, "center": x + w / 2, "right": x + w}[align]
            self.text(ln, xx, y, f, size, color, align)
            y -= lead
        return y

    def lines(self, s, f, size, w):
        return simpleSplit(s, font(f), size, w)

    def rotated(self, s, x, y, angle, f="sans-b", size=10, color="#000000", align="left"):
        c = self.c
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        self.text(s, 0, 0, f, size, color, align)
        c.restoreState()

    def photo(self, x, y, w, h, caption, fill="#2e2e33", capcol="#d8d8d8", f="sans-i", size=7.5):
        """A dark photo placeholder with its caption set inside along the bottom edge."""
        self.rect(x, y, w, h, fill=fill)
        self.line(x + 4, y + 4, x + w - 4, y + h - 4, color="#45454c", lw=0.5)
        self.line(x + 4, y + h - 4, x + w - 4, y + 4, color="#45454c", lw=0.5)
        self.rect(x, y, w, 15 + 9 * (len(self.lines(caption, f, size, w - 10)) - 1), fill="#1b1b1f")
        yy = y + 5 + 9 * (len(self.lines(caption, f, size, w - 10)) - 1)
        for ln in self.lines(caption, f, size, w - 10):
            self.text(ln, x + 5, yy, f, size, capcol)
            yy -= 9

    def bullets(self, items, x, y, w, f="sans", size=9.5, lead=None, color="#000000", mark="\u2022", gap=2):
        lead = lead or size * 1.3
        for it in items:
            self.text(mark, x, y, f, size, color)
            y = self.para(it, x + 10, y, w - 10, f, size, lead, color) - gap
        return y

    def table(self, rows, x, y, widths, f="sans", fb="sans-b", size=8.5, head_fill="#333333",
              head_col="#ffffff", stripe="#f0f0f0", rule="#bbbbbb", pad=4):
        """A simple table drawn top-down from y; the first row is the header. Returns the y below it."""
        lead = size * 1.25
        for ri, row in enumerate(rows):
            cells = [self.lines(str(v), fb if ri == 0 else f, size, wd - 2 * pad) for v, wd in zip(row, widths)]
            hgt = max(len(cl) for cl in cells) * lead + 2 * pad
            if ri == 0:
                self.rect(x, y - hgt, sum(widths), hgt, fill=head_fill)
            elif ri % 2 == 0 and stripe:
                self.rect(x, y - hgt, sum(widths), hgt, fill=stripe)
            xx = x
            for cl, wd in zip(cells, widths):
                yy = y - pad - size
                for ln in cl:
                    self.text(ln, xx + pad, yy, fb if ri == 0 else f, size, head_col if ri == 0 else "#1a1a1a")
                    yy -= lead
                xx += wd
            y -= hgt
            self.line(x, y, x + sum(widths), y, rule, 0.4)
        return y


def html_pdf(name: str, html: str, out: Path) -> Path:
    """Write `html` to the work folder and print it with headless Chromium (normalised)."""
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{name}.html"
    src.write_text(html, encoding="utf-8")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    common.chromium_to_pdf(src, out)
    return out
