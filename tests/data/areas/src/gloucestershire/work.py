"""The fixed work folder for the intermediate .docx and .html files of the gloucestershire area, and a
LibreOffice conversion whose font object order is pinned.

LibreOffice writes the embedded font objects in an order that varies from run to run (for these reports, two
orders were seen: OpenSymbol, the bullet font, first (usually) or last).  The files are otherwise identical,
so `soffice_stable` converts again until OpenSymbol is at a fixed place among the font objects (usually first), which makes the output
byte-identical from build to build.
"""
import subprocess
from pathlib import Path

from common import soffice_to_pdf

WORK = Path("/tmp/gloucestershire_build")


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
    """Convert until OpenSymbol is font object number `symbol_at` (0: the first).  The reports in this
    area writes it at a fixed place in almost every run."""
    for _ in range(tries):
        soffice_to_pdf(src, out)
        names = _fonts_by_object(out)
        if "OpenSymbol" not in names or names.index("OpenSymbol") == symbol_at:
            return
    raise RuntimeError(f"{out.name}: LibreOffice never wrote OpenSymbol at position {symbol_at} in {tries} tries")


# --------------------------------------------------------------------------- HTML documents (Chromium)
import html as _html

BASE_CSS = """
@page { size: A4; margin: 18mm 17mm 19mm 17mm; }
@page bare { margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.2pt; line-height: 1.5; color: #222; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; overflow: hidden; break-after: page; }
.pg { break-before: page; }
h1.t { font-size: 19pt; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { text-align: left; padding: 1.6mm 2mm; color: #fff; }
td { border-bottom: 1px solid #ccc; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #666; }
"""


def e(s: str) -> str:
    return _html.escape(s, quote=False)


def rows(head, body, fill):
    """An HTML table: head cells shaded `fill`."""
    out = ["<table><tr>" + "".join(f'<th style="background:{fill}">{e(h)}</th>' for h in head) + "</tr>"]
    for r in body:
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    return "".join(out) + "</table>"


def ul(items):
    return "<ul>" + "".join(f"<li>{e(t)}</li>" for t in items) + "</ul>"


def paras(items):
    return "".join(f"<p>{e(t)}</p>" for t in items)


def html_doc(title, org, colour, footer, sections, extra_css=""):
    """A Chromium report: cover, contents (page 2), then one page per section.

    sections: (contents title, key, inner html); the page of each is found by build_html's needles."""
    def render(pages):
        css = BASE_CSS + f"""
@page {{ @bottom-left {{ content: "{footer}"; font: 7.5pt 'DejaVu Sans'; color: #666; }}
        @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'DejaVu Sans'; color: #666; }} }}
@page bare {{ @bottom-left {{ content: none }} @bottom-right {{ content: none }} }}
h1.t, h2 {{ color: {colour}; }}
.cover {{ background: {colour}; color: #fff; }}
.cover .org {{ position: absolute; left: 18mm; top: 22mm; font-weight: 700; letter-spacing: 1pt; font-size: 10pt; }}
.cover h1 {{ position: absolute; left: 18mm; top: 100mm; font-size: 29pt; line-height: 1.15; margin: 0; width: 170mm; }}
.cover .blk {{ position: absolute; right: 0; bottom: 0; width: 120mm; height: 90mm; background: rgba(255,255,255,0.15);
              border-top-left-radius: 60mm; }}
.toc div {{ display: flex; padding: 2.2mm 0; font-size: 11pt; }}
.toc div span.d {{ flex: 1; border-bottom: 1.5px dashed #aaa; margin: 0 2mm 1.4mm 2mm; }}
""" + extra_css
        P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(title)}</title><style>{css}</style>'
             f'</head><body><div class="cover"><div class="org">{e(org.upper())}</div><h1>{e(title)}</h1>'
             '<div class="blk"></div></div><h1 class="t">Contents</h1><div class="toc">']
        for t, k, _ in sections:
            P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
        P.append('</div>')
        for t, k, inner in sections:
            P.append(f'<div class="pg"><h1 class="t">{e(t)}</h1>{inner}</div>')
        P.append('</body></html>')
        return "\n".join(P)
    return render


def build_html(out, name, render, sections):
    from common import chromium_to_pdf, two_pass
    import re as _re
    needles = {}
    for t, k, inner in sections:
        first = _re.sub(r"<[^>]+>", " ", inner)
        first = _html.unescape(" ".join(first.split()[:4]))
        needles[k] = f"{t} {first}"
    src = work_file(name)

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
