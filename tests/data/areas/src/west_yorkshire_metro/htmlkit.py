"""A small HTML/CSS engine shared by this area's Chromium documents.

A document is a cover, a contents page (always page 2) and a list of sections; each section starts a new page
unless `cont` is set.  Page numbers in the contents are found by building twice (common.two_pass).  Each
document module supplies its own theme, cover, footer and the HTML of its sections, so the engine only fixes
the order of the parts.
"""
import html as _html

from common import chromium_to_pdf, two_pass
from west_yorkshire_metro.work import work_file

BASE = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-center { content: %(footer)s; font: 8pt %(font)s; color: %(c1)s; }
  @top-left { content: "%(running)s"; font: 7.5pt %(font)s; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: %(font)s; font-size: 9.4pt; line-height: 1.48; color: #232323; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; overflow: hidden; break-after: page; }
.sec { break-before: page; } .sec.cont { break-before: auto; }
h1.t { font-family: %(hfont)s; font-size: 19pt; color: %(c1)s; margin: 0 0 5mm 0; }
h2 { font-family: %(hfont)s; font-size: 11.5pt; color: %(c1)s; margin: 5mm 0 2mm 0; }
.toc { margin-top: 4mm; } .toc div { display: flex; font-size: 11pt; padding: 2.2mm 0; }
.toc div .f { flex: 1; margin: 0 2mm 1.2mm 2mm; %(leader)s }
table.g { border-collapse: collapse; width: 100%%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
table.g th { background: %(c1)s; color: #fff; text-align: left; padding: 1.6mm 2mm; }
table.g td { border-bottom: 1px solid #d5d5d5; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #666; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0; }
.stat { background: %(c3)s; padding: 2.5mm 3mm; } .stat b { display: block; font-size: 15pt; color: %(c1)s; }
.box { border: 1px solid %(c2)s; padding: 3mm 4mm; margin: 3mm 0; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
"""


def e(s: str) -> str:
    return _html.escape(s, quote=False)


def ul(items) -> str:
    return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"


def table(head, rows) -> str:
    h = "".join(f"<th>{e(x)}</th>" for x in head)
    b = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="g"><tr>{h}</tr>{b}</table>'


def stats(items) -> str:
    return '<div class="stats">' + "".join(f'<div class="stat"><b>{e(a)}</b>{e(b)}</div>' for a, b in items) + \
        '</div><p class="note">All figures are illustrative, for this example document only; they are not official statistics.</p>'


LEADERS = {"dots": "border-bottom: 1.5px dotted #999;", "dash": "border-bottom: 1px dashed #aaa;",
           "none": "", "line": "border-bottom: 0.6px solid #bbb;"}


def build_doc(out_pdf, name, title, theme, cover, sections, css="", leader="dots"):
    """theme: dict(font, hfont, c1, c2, c3, footer (CSS content), running).  sections: list of
    (key, heading, body_html, cont) — heading is printed as h1.t and is the contents needle."""
    vals = dict(theme)
    vals["leader"] = LEADERS[leader]
    style = BASE % vals + css
    src = work_file(name + ".html")

    def render(pages):
        P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(title)}</title>'
             f'<style>{style}</style></head><body>', cover]
        P.append('<div class="sec"><h1 class="t">Contents</h1><div class="toc">')
        for key, head, _b, _c in sections:
            P.append(f'<div><span>{e(head)}</span><span class="f"></span><span>{pages.get(key, 0)}</span></div>')
        P.append('</div></div>')
        for key, head, body, cont in sections:
            P.append(f'<div class="sec{" cont" if cont else ""}"><h1 class="t">{e(head)}</h1>{body}</div>')
        P.append('</body></html>')
        src.write_text("".join(P), encoding="utf-8")
        chromium_to_pdf(src, out_pdf)

    two_pass(render, out_pdf, {k: h for k, h, _b, _c in sections})
    return out_pdf
