"""Small helpers shared by the merseyside_boroughs documents: write a page's HTML to a fixed work folder and
print it with headless Chromium (src/common.py), or write a text file as it is published."""
from __future__ import annotations

import html
from pathlib import Path

import common

WORK = Path("/tmp/merseyside_boroughs_build")
common.CHROME_PROFILE = "/tmp/chr_mboroughs"  # a profile of our own, so this build can run beside others

PRINT_BASE = """
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
a{color:inherit}
"""


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def print_page(page_html: str, out_pdf: Path, name: str) -> Path:
    """Write `page_html` to WORK/<name>.html and print it to `out_pdf` (dates and ids fixed afterwards)."""
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{name}.html"
    src.write_text(page_html, encoding="utf-8")
    out_pdf = Path(out_pdf)
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    common.chromium_to_pdf(src, out_pdf)
    return out_pdf


def write_text(text: str, out: Path) -> Path:
    """Write a published text file (HTML, Markdown, plain text) byte for byte: UTF-8, LF line ends."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(text.encode("utf-8"))
    return out


def ul(items, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def ol(items, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<ol{c}>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


def table(head, rows, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    h = "".join(f"<th scope=\"col\">{x}</th>" for x in head)
    b = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table{c}><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>"
