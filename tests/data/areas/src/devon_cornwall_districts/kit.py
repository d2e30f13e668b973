"""Build helpers for the devon_cornwall_districts area (accessible versions).

Every document is composed page by page: a list of pages, each a list of reportlab flowables or an HTML
fragment.  The builders check that the PDF has exactly as many pages as the list (so nothing overflowed),
which also makes the contents page numbers known in advance.
"""
from __future__ import annotations

import html as _html
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and ids: deterministic output

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

import common

WORK = Path(tempfile.gettempdir()) / "devon_cornwall_districts_build"

def family(key: str) -> tuple[str, str]:
    """rl_kit.fonts plus a registered family, so that <b> in a Paragraph picks the bold face."""
    from reportlab.lib.fonts import addMapping
    from rl_kit import fonts

    r, b = fonts(key)
    addMapping(r, 0, 0, r)
    addMapping(r, 1, 0, b)
    addMapping(r, 0, 1, r)
    addMapping(r, 1, 1, b)
    return r, b


# --------------------------------------------------------------------------- pictograms
# Simple drawn pictures on a 100 x 100 grid (y downwards, as in SVG).  No text inside them.
ICONS: dict[str, list[tuple]] = {
    "person": [("circle", 50, 24, 14), ("poly", [(28, 92), (32, 50), (68, 50), (72, 92)])],
    "people": [("circle", 32, 30, 11), ("circle", 68, 30, 11), ("poly", [(14, 90), (18, 52), (46, 52), (50, 90)]),
               ("poly", [(50, 90), (54, 52), (82, 52), (86, 90)])],
    "house": [("poly", [(12, 50), (50, 14), (88, 50)]), ("rect", 22, 50, 56, 40), ("hole", 42, 66, 16, 24)],
    "knife": [("poly", [(18, 84), (70, 22), (80, 16), (76, 30), (26, 90)]), ("rect", 12, 80, 16, 8),
              ("line", 10, 10, 90, 90)],
    "heart": [("circle", 34, 38, 18), ("circle", 66, 38, 18), ("poly", [(17, 44), (83, 44), (50, 86)])],
    "phone": [("rect", 32, 10, 36, 80), ("hole", 37, 18, 26, 56), ("circle", 50, 82, 4)],
    "car": [("rect", 12, 48, 76, 26), ("poly", [(26, 48), (34, 28), (66, 28), (74, 48)]), ("circle", 30, 76, 9),
            ("circle", 70, 76, 9)],
    "pill": [("circle", 32, 50, 18), ("circle", 68, 50, 18), ("rect", 32, 32, 36, 36)],
    "hand": [("rect", 30, 40, 42, 46), ("rect", 30, 16, 8, 30), ("rect", 41, 10, 8, 34), ("rect", 52, 12, 8, 32),
             ("rect", 63, 18, 8, 28), ("poly", [(30, 60), (14, 44), (20, 38), (32, 50)])],
    "shield": [("poly", [(50, 10), (84, 22), (80, 60), (50, 90), (20, 60), (16, 22)])],
    "speech": [("rect", 10, 14, 80, 50), ("poly", [(26, 64), (26, 86), (46, 64)])],
    "book": [("poly", [(10, 24), (48, 30), (48, 86), (10, 80)]), ("poly", [(52, 30), (90, 24), (90, 80), (52, 86)])],
    "police": [("poly", [(26, 30), (50, 10), (74, 30)]), ("rect", 26, 30, 48, 8), ("circle", 50, 50, 12),
               ("poly", [(28, 92), (32, 66), (68, 66), (72, 92)])],
    "moon": [("circle", 48, 50, 34), ("hole_circle", 64, 40, 30)],
    "tick": [("poly", [(12, 52), (24, 40), (42, 58), (78, 18), (90, 30), (42, 82)])],
    "tree": [("circle", 50, 36, 26), ("rect", 44, 56, 12, 36)],
    "shop": [("rect", 14, 40, 72, 50), ("poly", [(10, 40), (18, 16), (82, 16), (90, 40)]), ("hole", 42, 62, 16, 28)],
    "wave": [("poly", [(6, 60), (22, 44), (38, 60), (54, 44), (70, 60), (86, 44), (94, 52), (94, 90), (6, 90)])],
    "bed": [("rect", 10, 52, 80, 20), ("rect", 10, 34, 22, 18), ("rect", 10, 72, 6, 16), ("rect", 84, 72, 6, 16)],
    "question": [("circle", 50, 50, 40), ("hole", 44, 64, 12, 12), ("hole", 44, 26, 12, 30)],
    "pound": [("circle", 50, 50, 40), ("hole", 34, 62, 32, 8), ("hole", 42, 28, 8, 34)],
    "calendar": [("rect", 12, 20, 76, 68), ("hole", 20, 38, 60, 42), ("rect", 26, 10, 8, 18), ("rect", 66, 10, 8, 18)],
    "school": [("poly", [(10, 40), (50, 14), (90, 40)]), ("rect", 18, 40, 64, 50), ("hole", 30, 52, 12, 12),
               ("hole", 58, 52, 12, 12)],
    "tractor": [("rect", 20, 40, 50, 26), ("rect", 44, 20, 22, 22), ("circle", 30, 74, 16), ("circle", 76, 78, 10)],
    "cup": [("poly", [(22, 18), (78, 18), (68, 64), (32, 64)]), ("rect", 46, 64, 8, 16), ("rect", 30, 80, 40, 8)],
    "key": [("circle", 30, 50, 20), ("hole_circle", 30, 50, 8), ("rect", 46, 46, 44, 8), ("rect", 76, 54, 8, 14)],
}


def icon_svg(name: str, size: float, fg: str, bg: str, unit: str = "px") -> str:
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="{size}{unit}" '
           f'height="{size}{unit}" aria-hidden="true"><rect x="0" y="0" width="100" height="100" rx="10" fill="{bg}"/>']
    for sh in ICONS[name]:
        k = sh[0]
        if k == "circle":
            out.append(f'<circle cx="{sh[1]}" cy="{sh[2]}" r="{sh[3]}" fill="{fg}"/>')
        elif k == "hole_circle":
            out.append(f'<circle cx="{sh[1]}" cy="{sh[2]}" r="{sh[3]}" fill="{bg}"/>')
        elif k == "rect":
            out.append(f'<rect x="{sh[1]}" y="{sh[2]}" width="{sh[3]}" height="{sh[4]}" fill="{fg}"/>')
        elif k == "hole":
            out.append(f'<rect x="{sh[1]}" y="{sh[2]}" width="{sh[3]}" height="{sh[4]}" fill="{bg}"/>')
        elif k == "line":
            out.append(f'<line x1="{sh[1]}" y1="{sh[2]}" x2="{sh[3]}" y2="{sh[4]}" stroke="{fg}" stroke-width="6"/>')
        elif k == "poly":
            pts = " ".join(f"{x},{y}" for x, y in sh[1])
            out.append(f'<polygon points="{pts}" fill="{fg}"/>')
    out.append("</svg>")
    return "".join(out)


def icon_rl(c, name: str, x: float, y: float, size: float, fg, bg, radius: float = 4) -> None:
    """Draw pictogram `name` with its lower-left corner at (x, y)."""
    s = size / 100.0

    def P(px, py):
        return x + px * s, y + size - py * s

    c.saveState()
    c.setFillColor(bg)
    c.roundRect(x, y, size, size, radius, stroke=0, fill=1)
    for sh in ICONS[name]:
        k = sh[0]
        col = bg if k in ("hole", "hole_circle") else fg
        c.setFillColor(col)
        c.setStrokeColor(col)
        if k in ("circle", "hole_circle"):
            cx, cy = P(sh[1], sh[2])
            c.circle(cx, cy, sh[3] * s, stroke=0, fill=1)
        elif k in ("rect", "hole"):
            x0, y0 = P(sh[1], sh[2] + sh[4])
            c.rect(x0, y0, sh[3] * s, sh[4] * s, stroke=0, fill=1)
        elif k == "line":
            c.setLineWidth(6 * s)
            c.line(*P(sh[1], sh[2]), *P(sh[3], sh[4]))
        elif k == "poly":
            p = c.beginPath()
            pts = [P(px, py) for px, py in sh[1]]
            p.moveTo(*pts[0])
            for q in pts[1:]:
                p.lineTo(*q)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


class IconRow(Flowable):
    """A pictogram box on the left and one or more flowables (lines of text) to its right."""

    def __init__(self, icon, items, size=22 * mm, gap=6 * mm, fg=colors.white, bg=colors.black, pad=3 * mm,
                 frame=None):
        super().__init__()
        self.icon, self.items, self.size, self.gap = icon, items, size, gap
        self.fg, self.bg, self.pad, self.frame = fg, bg, pad, frame

    def wrap(self, aw, ah):
        self.aw = aw
        tw = aw - self.size - self.gap
        self.sizes = [f.wrap(tw, ah) for f in self.items]
        th = sum(h for _, h in self.sizes)
        self.h = max(self.size, th) + 2 * self.pad
        return aw, self.h

    def draw(self):
        c = self.canv
        if self.frame is not None:
            c.setStrokeColor(self.frame)
            c.setLineWidth(1)
            c.line(0, 0, self.aw, 0)
        if self.icon:
            icon_rl(c, self.icon, 0, self.h - self.pad - self.size, self.size, self.fg, self.bg)
        th = sum(h for _, h in self.sizes)
        y = self.h - self.pad - max(0, (self.size - th) / 2)
        for f, (_, h) in zip(self.items, self.sizes):
            y -= h
            f.drawOn(c, self.size + self.gap, y)


class Box(Flowable):
    """A box with a coloured border and optional fill holding flowables."""

    def __init__(self, items, border, fill=None, pad=5 * mm, width=1.5, radius=3, side=None):
        super().__init__()
        self.items, self.border, self.fill, self.pad, self.width, self.radius = items, border, fill, pad, width, radius
        self.side = side  # a thick bar on the left instead of a full border

    def wrap(self, aw, ah):
        self.aw = aw
        self.sizes = [f.wrap(aw - 2 * self.pad, ah) for f in self.items]
        self.h = sum(h for _, h in self.sizes) + 2 * self.pad
        return aw, self.h

    def draw(self):
        c = self.canv
        if self.fill is not None:
            c.setFillColor(self.fill)
            c.roundRect(0, 0, self.aw, self.h, self.radius, stroke=0, fill=1)
        if self.side:
            c.setFillColor(self.border)
            c.rect(0, 0, self.side, self.h, stroke=0, fill=1)
        else:
            c.setStrokeColor(self.border)
            c.setLineWidth(self.width)
            c.roundRect(0, 0, self.aw, self.h, self.radius, stroke=1, fill=0)
        y = self.h - self.pad
        for f, (_, h) in zip(self.items, self.sizes):
            y -= h
            f.drawOn(c, self.pad + (self.side or 0), y)


class Rule(Flowable):
    def __init__(self, colour, width=1.0, space=4):
        super().__init__()
        self.colour, self.width, self.space = colour, width, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.width)
        self.canv.line(0, self.space, self.aw, self.space)


def rl_pages(path: Path, pages: list[list], on_page, title: str, author: str, pagesize=A4,
             margins=(20 * mm, 20 * mm, 22 * mm, 22 * mm), subject: str = "") -> Path:
    """Build a PDF whose page i holds pages[i]; on_page(canvas, n, total) decorates each page."""
    W, H = pagesize
    ml, mr, mt, mb = margins
    total = len(pages)
    frame = Frame(ml, mb, W - ml - mr, H - mt - mb, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)

    def deco(c, doc):
        c.saveState()
        on_page(c, doc.page, total)
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=pagesize, title=title, author=author, subject=subject,
                          creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    doc.addPageTemplates([PageTemplate("p", [frame], onPage=deco)])
    story = []
    for i, pg in enumerate(pages):
        story += pg
        if i < total - 1:
            story.append(PageBreak())
    doc.build(story)
    n = common.num_pages(path)
    if n != total:
        raise RuntimeError(f"{path.name}: {n} pages, composed {total} (something overflowed)")
    return path


# --------------------------------------------------------------------------- HTML
BASE_CSS = """
@page { size: A4; margin: 0 }
html, body { margin: 0; padding: 0 }
.page { width: 210mm; height: 296.9mm; box-sizing: border-box; overflow: hidden; position: relative;
        break-after: page; page-break-after: always }
.page:last-child { break-after: auto; page-break-after: auto }
"""

CHECK_JS = """
<script>
document.querySelectorAll('.page').forEach(function (p) {
  var inner = p.querySelector('.body') || p;
  if (inner.scrollHeight > inner.clientHeight + 1 || p.scrollHeight > p.clientHeight + 1) {
    var d = document.createElement('div'); d.textContent = 'OVERFLOWCHECKFAILED';
    d.style.position = 'absolute'; d.style.top = '0'; d.style.left = '0'; p.appendChild(d);
  }
});
</script>
"""


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def html_pages(path: Path, css: str, pages: list[str], title: str, lang: str = "en-GB") -> Path:
    """Print pages (HTML fragments, each becoming one A4 page) with headless Chromium."""
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / (Path(path).stem + ".html")
    body = "\n".join(f'<section class="page p{i}">{pg}</section>' for i, pg in enumerate(pages, start=1))
    src.write_text(f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
                   f"<style>{BASE_CSS}{css}</style></head><body>{body}{CHECK_JS}</body></html>", encoding="utf-8")
    common.chromium_to_pdf(src, path)
    texts = common.page_texts(path)
    if len(texts) != len(pages):
        raise RuntimeError(f"{path.name}: {len(texts)} pages, composed {len(pages)}")
    bad = [i for i, t in enumerate(texts, start=1) if "overflowcheckfailed" in t]
    if bad:
        raise RuntimeError(f"{path.name}: content overflows page(s) {bad}")
    return path
