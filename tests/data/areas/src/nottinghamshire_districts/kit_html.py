"""HTML/CSS -> Chromium helpers for the nottinghamshire_districts area (written for this area).

A document module writes its sections as HTML strings, each starting on a new page; the page numbers in the
contents are filled by a two-pass build (common.two_pass), and the footer comes from CSS @page margin boxes.
"""
from __future__ import annotations

from pathlib import Path

from common import chromium_to_pdf, two_pass

WORK = Path("/tmp/nottinghamshire_districts_build")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_html(out: Path, css: str, sections_fn, needles: dict, title: str) -> Path:
    """`sections_fn(pages) -> list of HTML strings`, one per section, each printed from a new page."""
    out = Path(out)
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / (out.stem + ".html")

    def make(pages):
        body = "\n".join(f'<section class="sec">{s}</section>' for s in sections_fn(pages))
        src.write_text(f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{esc(title)}</title>"
                       f"<style>.sec{{break-after:page}} .sec:last-child{{break-after:auto}} {css}</style>"
                       f"</head><body>{body}</body></html>", encoding="utf-8")
        chromium_to_pdf(src, out)

    two_pass(make, out, needles)
    return out


def table(rows, cls="", head=True, widths=None):
    """rows: list of lists of str (HTML) or (html, {attr: value}) for rowspan/colspan/class."""
    out = [f"<table class='{cls}'>"]
    if widths:
        out.append("<colgroup>" + "".join(f"<col style='width:{w}'>" for w in widths) + "</colgroup>")
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        cells = []
        for c in r:
            if c is None:
                continue
            if isinstance(c, tuple):
                html, attrs = c
                a = " ".join(f"{k}='{v}'" for k, v in attrs.items())
                cells.append(f"<{tag} {a}>{html}</{tag}>")
            else:
                cells.append(f"<{tag}>{c}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def ul(items, cls=""):
    return f"<ul class='{cls}'>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"
