"""Shared helpers for the dorset area's Chromium prints: a page skeleton (cover, contents on p2, one section
per page), and a check that every section starts on the page its contents entry gives."""
import html

from common import chromium_to_pdf, locate
from dorset.work import work_file


def e(s):
    return html.escape(s, quote=False)


BASE = """
* { box-sizing: border-box; }
body { margin: 0; }
.pg { break-before: page; }
.cover, .back { page: bare; width: 210mm; height: 297mm; position: relative; overflow: hidden; }
.cover { break-after: page; }
.back { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm 0; }
td, th { text-align: left; vertical-align: top; padding: 1.6mm 2mm; }
"""


def sections_html(sections):
    """sections: (key, title, inner html); each starts a new page, in order."""
    return "".join(f'<div class="pg sec-{k}"><h1 class="t">{e(t)}</h1>{body}</div>' for k, t, body in sections)


def contents_html(sections, first=3, cls="toc"):
    rows = []
    for i, (k, t, _) in enumerate(sections):
        rows.append(f'<div class="row"><span class="tt">{e(t)}</span><span class="ld"></span>'
                    f'<span class="pn">{first + i}</span></div>')
    return f'<div class="{cls}">' + "".join(rows) + "</div>"


def build_html(root, rel, name, title, css, cover, sections, back, needles):
    """Write the HTML, print it, and check that section i starts on page 3 + i."""
    out = root / rel
    src = work_file(name)
    doc = (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(title)}</title>'
           f'<style>{BASE}{css}</style></head><body>{cover}<div class="contents"><h1 class="t">Contents</h1>'
           f'{contents_html(sections)}</div>{sections_html(sections)}{back}</body></html>')
    src.write_text(doc, encoding="utf-8")
    chromium_to_pdf(src, out)
    check_pages(out, sections, needles)
    return out


def check_pages(out, sections, needles):
    want = {k: 3 + i for i, (k, _, _) in enumerate(sections)}
    titles = {k: t for k, t, _ in sections}
    got = locate(out, {k: needles.get(k, titles[k]) for k in want}, first=3)
    bad = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    if bad:
        raise RuntimeError(f"{out.name}: sections not on their contents pages (want, got): {bad}")
