"""Build helpers for the south_wales_bilingual area (written for this area).

Two producers:
- reportlab, drawn page by page on a canvas: every page is placed by hand, so the
  page of each statement is fixed by the source, and `fill` fails loudly when a
  block does not fit its box;
- HTML/CSS printed by headless Chromium, one fixed-size <section class="pg"> per
  page (overflow would add pages, which `check_pages` catches).
"""
from __future__ import annotations

import html as _html
import sys
from pathlib import Path

sys.dont_write_bytecode = True

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as _canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

import common
from rl_kit import fonts, hexc
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

_FAMILIES = {  # family -> (regular, bold, italic, bold italic) files
    "sans": ("liberation/LiberationSans-Regular", "liberation/LiberationSans-Bold",
             "liberation/LiberationSans-Italic", "liberation/LiberationSans-BoldItalic"),
    "serif": ("liberation/LiberationSerif-Regular", "liberation/LiberationSerif-Bold",
              "liberation/LiberationSerif-Italic", "liberation/LiberationSerif-BoldItalic"),
    "narrow": ("liberation/LiberationSansNarrow-Regular", "liberation/LiberationSansNarrow-Bold",
               "liberation/LiberationSansNarrow-Italic", "liberation/LiberationSansNarrow-BoldItalic"),
    "dejavu": ("dejavu/DejaVuSans", "dejavu/DejaVuSans-Bold", "dejavu/DejaVuSans-Oblique",
               "dejavu/DejaVuSans-BoldOblique"),
    "dejacond": ("dejavu/DejaVuSansCondensed", "dejavu/DejaVuSansCondensed-Bold",
                 "dejavu/DejaVuSansCondensed-Oblique", "dejavu/DejaVuSansCondensed-BoldOblique"),
    "dserif": ("dejavu/DejaVuSerif", "dejavu/DejaVuSerif-Bold", "dejavu/DejaVuSerif-Italic",
               "dejavu/DejaVuSerif-BoldItalic"),
}


def family(name: str) -> tuple[str, str, str, str]:
    """Register a TTF family with bold/italic mappings (so <b>/<i> work); return its four font names."""
    names = []
    for f in _FAMILIES[name]:
        fn = "swb-" + f.split("/")[1]
        if fn not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(fn, f"/usr/share/fonts/truetype/{f}.ttf"))
        names.append(fn)
    r, b, i, bi = names
    addMapping(r, 0, 0, r); addMapping(r, 1, 0, b); addMapping(r, 0, 1, i); addMapping(r, 1, 1, bi)
    addMapping(b, 0, 0, b); addMapping(b, 1, 0, b); addMapping(b, 0, 1, bi); addMapping(b, 1, 1, bi)
    return r, b, i, bi

WORK = Path("/tmp/south_wales_bilingual_build")
W, H = A4
esc = _html.escape


# ----------------------------------------------------------------------------- reportlab
def canvas(path: Path, title: str, author: str, pagesize=A4):
    c = _canvas.Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("stratalign test data")
    return c


def st(name, font, size, colour="#222222", leading=None, align=TA_LEFT, before=0, after=4, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.28,
                          textColor=hexc(colour), alignment=align, spaceBefore=before, spaceAfter=after, **kw)


def fill(c, flows, x, y, w, h, name="box"):
    """Place flowables in a frame (x, y = bottom left); fail if they do not all fit."""
    f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    rest = list(flows)
    f.addFromList(rest, c)
    if rest:
        raise RuntimeError(f"{name}: {len(rest)} flowables did not fit")


def table(rows, widths, style_cmds, repeat=0):
    t = Table(rows, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle(style_cmds))
    return t


def P(text, style):
    return Paragraph(text, style)


# ----------------------------------------------------------------------------- Chromium
def html_pdf(out_pdf: Path, title: str, css: str, pages: list[str], lang: str = "cy") -> Path:
    """Write one HTML file of fixed-size pages and print it with Chromium."""
    WORK.mkdir(parents=True, exist_ok=True)
    body = "\n".join(pages)
    doc = (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{esc(title)}</title>"
           f"<style>@page {{ size: 210mm 297mm; margin: 0 }} html, body {{ margin: 0; padding: 0 }}"
           f" .pg {{ width: 210mm; height: 297mm; position: relative; overflow: hidden; box-sizing: border-box;"
           f" page-break-after: always; break-after: page }} .pg:last-child {{ page-break-after: auto;"
           f" break-after: auto }} * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact }}"
           f"{css}</style></head><body>{body}</body></html>")
    src = WORK / (out_pdf.stem + ".html")
    src.write_text(doc, encoding="utf-8")
    common.chromium_to_pdf(src, out_pdf)
    return out_pdf


def check_pages(pdf: Path, expected: int) -> None:
    n = common.num_pages(pdf)
    if n != expected:
        raise RuntimeError(f"{pdf.name}: {n} pages, expected {expected} (a page overflowed?)")


def ul(items, cls=""):
    return f"<ul class='{cls}'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def trows(rows, head=True, cls=""):
    out = [f"<table class='{cls}'>"]
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)
