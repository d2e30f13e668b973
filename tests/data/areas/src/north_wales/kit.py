"""Shared helpers for the north_wales area: an HTML page skeleton printed by Chromium (one <section> per printed
page, so that contents page numbers are known in advance and checked after the build), and a few reportlab canvas
helpers for the documents drawn page by page."""
from __future__ import annotations

import html
import subprocess
from pathlib import Path

from common import chromium_to_pdf, num_pages
from north_wales.work import work_file


def e(s: str) -> str:
    return html.escape(s, quote=False)


def check_pages(pdf: Path, expected: int) -> None:
    n = num_pages(pdf)
    if n != expected:
        raise RuntimeError(f"{pdf.name}: {n} pages, expected {expected} (a page overflowed)")


def html_pdf(root: Path, rel: str, stem: str, title: str, css: str, sections: list[str], pages: int) -> Path:
    """Write the sections as one HTML file (each section starts a new page) and print it."""
    body = "\n".join(sections)
    doc = (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(title)}</title>'
           f'<style>{css}</style></head><body>{body}</body></html>')
    src = work_file(stem + ".html")
    src.write_text(doc, encoding="utf-8")
    out = root / rel
    chromium_to_pdf(src, out)
    check_pages(out, pages)
    return out


def docx_pdf(root: Path, rel: str, stem: str, d, pages: int, symbol_at: int = 0) -> Path:
    from north_wales.work import soffice_stable
    src = work_file(stem + ".docx")
    d.save(str(src))
    out = root / rel
    soffice_stable(src, out, symbol_at=symbol_at)
    check_pages(out, pages)
    return out


# ------------------------------------------------------------------ reportlab
def rl_para(c, text: str, style, x: float, y_top: float, w: float) -> float:
    """Draw a Paragraph with its top at y_top; return the y of its bottom."""
    from reportlab.platypus import Paragraph
    p = Paragraph(text, style)
    _, h = p.wrap(w, 10000)
    p.drawOn(c, x, y_top - h)
    return y_top - h


def rl_paras(c, items, style, x, y_top, w, gap=4) -> float:
    y = y_top
    for t in items:
        y = rl_para(c, t, style, x, y, w) - gap
    return y
