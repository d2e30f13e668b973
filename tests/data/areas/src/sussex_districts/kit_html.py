"""HTML pages printed by headless Chromium for this area's Chromium documents.

Each document supplies its own stylesheet and a list of page bodies; every page is a fixed A4 box with its
own running header and folio, so the page of every element is known when the HTML is written.
"""
from __future__ import annotations

import html as _html
from pathlib import Path

from common import chromium_to_pdf
from sussex_districts.work import work_file

BASE_CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.pg { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
             break-after: page; }
section.pg:last-child { page-break-after: auto; break-after: auto; }
.body { position: absolute; left: 20mm; right: 20mm; top: 24mm; bottom: 22mm; }
.run { position: absolute; left: 20mm; right: 20mm; top: 10mm; font-size: 7.5pt; }
.folio { position: absolute; bottom: 10mm; font-size: 8pt; }
table { border-collapse: collapse; width: 100%; }
"""


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def ul(items, cls="") -> str:
    return f"<ul class='{cls}'>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def table(rows, cls="tbl", widths=None) -> str:
    cols = "".join(f"<col style='width:{w}%'>" for w in widths) if widths else ""
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table class='{cls}'><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def contents(entries, cls="toc") -> str:
    """entries: (text, page, level)."""
    out = [f"<div class='{cls}'>"]
    for text, page, level in entries:
        out.append(f"<div class='e l{level}'><span class='t'>{text}</span><span class='n'>{page}</span></div>")
    out.append("</div>")
    return "".join(out)


def build(out_pdf: Path, name: str, title: str, css: str, cover: str, pages: list[str], running: str,
          folio: str = "{n}", lang: str = "en-GB") -> Path:
    """cover: the whole cover page's HTML; pages: bodies of pages 2.. (page 2 is the contents)."""
    total = len(pages) + 1
    secs = [f"<section class='pg cover'>{cover}</section>"]
    for i, body in enumerate(pages, start=2):
        f = folio.format(n=i, total=total)
        secs.append(f"<section class='pg'><div class='run'>{running}</div><div class='body'>{body}</div>"
                    f"<div class='folio'>{f}</div></section>")
    doc = (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{esc(title)}</title>"
           f"<style>{BASE_CSS}{css}</style></head><body>{''.join(secs)}</body></html>")
    src = work_file(name + ".html")
    src.write_text(doc, encoding="utf-8")
    chromium_to_pdf(src, out_pdf)
    return out_pdf
