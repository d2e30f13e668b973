"""Shared helpers for the suffolk area's Chromium prints: a page skeleton (cover, contents on p2, one section per
page), a base style sheet that each document themes, and a check that every section starts on the page its
contents entry gives."""
import html
import re

from common import chromium_to_pdf, locate
from suffolk.work import work_file


def e(s):
    return html.escape(s, quote=False)


def base_css(font, dark, accent, footer_left, footer_fmt='"Page " counter(page)', size="9pt"):
    return f"""
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: {font}; font-size: {size}; line-height: 1.5; color: #262626; }}
@page {{ size: A4; margin: 17mm 18mm 20mm 18mm;
  @bottom-right {{ content: {footer_fmt}; font: 8pt {font}; color: {dark}; }}
  @bottom-left {{ content: "{footer_left}"; font: 7pt {font}; color: #888; }} }}
@page bare {{ margin: 0; @bottom-right {{ content: none }} @bottom-left {{ content: none }} }}
.pg {{ break-before: page; }}
.cover, .back {{ page: bare; width: 210mm; height: 297mm; position: relative; overflow: hidden; }}
.cover {{ break-after: page; }}
.back {{ break-before: page; }}
h1.t {{ font-size: 19pt; color: {dark}; margin: 0 0 5mm 0; padding-bottom: 2mm; border-bottom: 3px solid {accent}; }}
h2 {{ font-size: 11pt; color: {dark}; margin: 5mm 0 2mm 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 2mm 0 5mm 0; font-size: 8.4pt; }}
td, th {{ text-align: left; vertical-align: top; padding: 1.6mm 2mm; }}
th {{ background: {dark}; color: #fff; }}
td {{ border-bottom: 1px solid #DDD; }}
.note {{ font-size: 7.4pt; color: #777; }}
.toc .row {{ display: flex; font-size: 11pt; padding: 2mm 0; }}
.toc .ld {{ flex: 1; border-bottom: 1.5px dotted {accent}; margin: 0 2mm 1.3mm 2mm; }}
"""


def table(head, rows, cls=""):
    h = f'<table class="{cls}"><tr>' + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr>"
    return h + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


def paras(*ts):
    return "".join(f"<p>{e(t)}</p>" for t in ts)


def ul(items, bold_lead=False):
    out = []
    for it in items:
        if bold_lead and isinstance(it, tuple):
            out.append(f"<li><b>{e(it[0])}</b> {e(it[1])}</li>")
        else:
            out.append(f"<li>{e(it)}</li>")
    return "<ul>" + "".join(out) + "</ul>"


def sections_html(sections):
    """sections: (key, title, inner html, in_contents); each starts a new page, in order."""
    return "".join(f'<div class="pg sec-{s[0]}"><h1 class="t">{e(s[1])}</h1>{s[2]}</div>' for s in sections)


def contents_html(sections, first=3):
    rows = []
    for i, s in enumerate(sections):
        if len(s) > 3 and not s[3]:
            continue
        rows.append(f'<div class="row"><span class="tt">{e(s[1])}</span><span class="ld"></span>'
                    f'<span class="pn">{first + i}</span></div>')
    return '<div class="toc">' + "".join(rows) + "</div>"


def build_html(root, rel, name, title, css, cover, sections, back):
    """Write the HTML, print it, and check that section i starts on page 3 + i."""
    out = root / rel
    src = work_file(name)
    doc = (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(title)}</title>'
           f'<style>{css}</style></head><body>{cover}<div class="contents"><h1 class="t">Contents</h1>'
           f'{contents_html(sections)}</div>{sections_html(sections)}{back}</body></html>')
    src.write_text(doc, encoding="utf-8")
    chromium_to_pdf(src, out)
    want = {s[0]: 3 + i for i, s in enumerate(sections)}
    got = locate(out, {s[0]: s[1].strip() + " " + " ".join(html.unescape(re.sub(r"<[^>]+>", " ", s[2])).split()[:3])
                       for s in sections}, first=3)
    bad = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    if bad:
        raise RuntimeError(f"{out.name}: sections not on their contents pages (want, got): {bad}")
    return out
