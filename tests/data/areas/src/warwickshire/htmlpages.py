"""The ordinary pages of the warwickshire HTML documents (cover, contents, prose, stats, tables), so that each
module only writes its own priorities page."""
from warwickshire.kit import esc

BASE_CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-right { content: "FOOTER" counter(page); font: 7.8pt 'Liberation Sans'; color: #666; } }
@page bare { margin: 0; @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'FONT', sans-serif; font-size: 9.5pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: ACC; color: #fff; position: relative; }
.cover .o { position: absolute; left: 20mm; top: 22mm; font-weight: 700; letter-spacing: 1px; font-size: 10pt; }
.cover h1 { position: absolute; left: 20mm; top: 105mm; width: 170mm; font-size: 30pt; line-height: 1.15; margin: 0; }
.cover .y { position: absolute; left: 20mm; top: 172mm; font-size: 17pt; opacity: 0.85; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: ACC; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: ACC; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #ccd; }
.toc div span:first-child { flex: 1; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0 5mm 0; }
.stats div { background: TINT; padding: 3mm; }
.stats b { display: block; font-size: 17pt; color: ACC; }
table.d { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 5mm 0; }
table.d th { background: ACC; color: #fff; text-align: left; padding: 1.6mm 2mm; }
table.d td { border-bottom: 1px solid #d8d8e0; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def css(acc, tint, footer, font="Liberation Sans"):
    return (BASE_CSS.replace("ACC", acc).replace("TINT", tint).replace("FOOTER", footer)
            .replace("FONT", font))


def cover(org, title, years):
    return f'<div class="cover"><div class="o">{esc(org)}</div><h1>{esc(title)}</h1><div class="y">{esc(years)}</div></div>'


def contents(entries):
    return ('<div class="pg"><h1 class="t">Contents</h1><div class="toc">' + "".join(
        f'<div><span>{esc(t)}</span><span>{n}</span></div>' for t, n in entries) + '</div></div>')


def prose(title, paras, extra=""):
    return (f'<div class="pg"><h1 class="t">{esc(title)}</h1>' + "".join(f"<p>{esc(p)}</p>" for p in paras)
            + extra + '</div>')


def stats(items):
    return '<div class="stats">' + "".join(f'<div><b>{a}</b>{esc(b)}</div>' for a, b in items) + '</div>'


def ul(items):
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def table(rows):
    return ('<table class="d"><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</table>")
