"""The fixed work folder for the intermediate .docx and .html files of the city_of_london area, a LibreOffice
conversion whose font object order is pinned, and the small HTML page skeleton that the Chromium prints share.

LibreOffice writes the embedded font objects in an order that can vary from run to run (OpenSymbol, the bullet
font, first or last).  The files are otherwise identical, so `soffice_stable` converts again until OpenSymbol is at
a fixed place among the font objects, which makes the output byte-identical from build to build.
"""
import html
import re
import subprocess
from pathlib import Path

from common import chromium_to_pdf, locate, soffice_to_pdf

WORK = Path("/tmp/city_of_london_build")


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name


def _fonts_by_object(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 3 and parts[-1].isdigit() and parts[-2].isdigit():
            rows.append((int(parts[-2]), parts[0].split("+")[-1]))
    return [name for _, name in sorted(rows)]


def soffice_stable(src: Path, out: Path, tries: int = 40, symbol_at: int = 0) -> None:
    """Convert until OpenSymbol is font object number `symbol_at` (0: the first), if it is used at all."""
    for _ in range(tries):
        soffice_to_pdf(src, out)
        names = _fonts_by_object(out)
        if "OpenSymbol" not in names or names.index("OpenSymbol") == symbol_at:
            return
    raise RuntimeError(f"{out.name}: LibreOffice never wrote OpenSymbol at position {symbol_at} in {tries} tries")


# ------------------------------------------------------------------ HTML skeleton for the Chromium prints
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


def build_html(root, rel, name, title, css, cover, sections, back=""):
    """sections: (key, title, inner html); each starts a new page, section i on page 3 + i (checked)."""
    out = root / rel
    src = work_file(name)
    toc = "".join(f'<div class="row"><span class="tt">{e(s[1])}</span><span class="ld"></span>'
                  f'<span class="pn">{3 + i}</span></div>' for i, s in enumerate(sections))
    body = "".join(f'<div class="pg sec-{s[0]}"><h1 class="t">{e(s[1])}</h1>{s[2]}</div>' for s in sections)
    doc = (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(title)}</title>'
           f'<style>{css}</style></head><body>{cover}<div class="contents"><h1 class="t">Contents</h1>'
           f'<div class="toc">{toc}</div></div>{body}{back}</body></html>')
    src.write_text(doc, encoding="utf-8")
    chromium_to_pdf(src, out)
    want = {s[0]: 3 + i for i, s in enumerate(sections)}
    got = locate(out, {s[0]: s[1].strip() + " " + " ".join(html.unescape(re.sub(r"<[^>]+>", " ", s[2])).split()[:3])
                       for s in sections}, first=3)
    bad = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    if bad:
        raise RuntimeError(f"{out.name}: sections not on their contents pages (want, got): {bad}")
    return out
