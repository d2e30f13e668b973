"""The HTML/CSS -> Chromium report skeleton of the surrey_districts area.

Every page is a fixed A4 box, so page numbers are known in advance: cover (1), contents (2), foreword (3),
context with illustrative statistics, findings, the previous plan and the PCC's priorities quoted (4), the
priorities page(s) written by the caller (5 onwards), delivery, and measures and governance.
"""
from __future__ import annotations

import html

from common import chromium_to_pdf
from surrey_districts.shared import ILLUS, PCC_INTRO, PCC_LIST
from surrey_districts.work import check_pages, work_file

E = html.escape

BASE_CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: FONT; font-size: 10.5pt; color: #222; line-height: 1.38; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
        padding: 20mm 18mm 22mm 18mm; }
.page:last-child { page-break-after: auto; }
@page wide { size: A4 landscape; margin: 0; }
.page.wide { page: wide; width: 297mm; height: 210mm; padding: 14mm 14mm 18mm 14mm; }
.page.wide .folio { left: 14mm; right: 14mm; bottom: 7mm; }
.folio { position: absolute; bottom: 10mm; left: 18mm; right: 18mm; font-size: 8.5pt; color: #666;
         border-top: 1px solid C2; padding-top: 2mm; display: flex; justify-content: space-between; }
h1 { font-family: HFONT; color: C1; font-size: 21pt; margin: 0 0 6mm 0; }
h2 { font-family: HFONT; color: C1; font-size: 13pt; margin: 5mm 0 2mm 0; }
p { margin: 0 0 3mm 0; }
ul { margin: 0 0 3mm 0; padding-left: 6mm; }
li { margin-bottom: 1.2mm; }
.cover { background: C1; color: white; padding: 0; }
.cover .inner { position: absolute; left: 18mm; right: 18mm; top: 70mm; }
.cover .kicker { font-size: 11pt; letter-spacing: 0.12em; text-transform: uppercase; opacity: 0.85; }
.cover .title { font-family: HFONT; font-size: 34pt; font-weight: bold; line-height: 1.1; margin: 6mm 0; }
.cover .sub { font-size: 15pt; }
.cover .foot { position: absolute; left: 18mm; right: 18mm; bottom: 20mm; font-size: 9.5pt; opacity: 0.9; }
.cover .band { position: absolute; left: 0; right: 0; top: 0; height: 48mm; background: C2; }
.toc div { display: flex; font-size: 12.5pt; padding: 3mm 0; border-bottom: 1px solid #ccc; }
.toc div span:first-child { flex: 1; }
.stats { display: flex; gap: 4mm; margin: 4mm 0 2mm 0; }
.stats div { flex: 1; background: TINT; padding: 3mm; border-radius: 2mm; font-size: 8.5pt; }
.stats b { display: block; font-size: 18pt; color: C1; }
.note { font-size: 8pt; color: #666; font-style: italic; }
.quotebox { background: TINT; border-left: 3mm solid C2; padding: 3mm 4mm; font-size: 9.5pt; margin-top: 4mm; }
table.t { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-bottom: 4mm; }
table.t th { background: C1; color: white; text-align: left; padding: 2mm; }
table.t td { border-bottom: 1px solid #ccc; padding: 2mm; vertical-align: top; }
"""


def css(D):
    c1, c2 = D["colours"][0], D["colours"][1]
    s = BASE_CSS.replace("HFONT", D.get("heading_font", D.get("font", "Liberation Sans")))
    s = s.replace("FONT", D.get("font", "Liberation Sans"))
    return s.replace("C1", c1).replace("C2", c2).replace("TINT", D.get("tint", "#eee"))


def page(D, n, body, cls=""):
    folio = f'<div class="folio"><span>{E(D["header_left"])}</span><span>{D.get("folio", "{n}").format(n=n)}</span></div>'
    return f'<div class="page {cls}">{body}{folio}</div>'


def html_report(D: dict, out_root, pri_pages: list[str], extra_css: str = ""):
    S = D["sections"]
    npri = len(pri_pages)
    pg = {"fwd": 3, "ctx": 4, "pri": 5, "dlv": 5 + npri, "gov": 6 + npri}
    cover = (f'<div class="page cover"><div class="band"></div><div class="inner">'
             f'<div class="kicker">{E(D["body"])}</div><div class="title">{E(D["cover_title"])}</div>'
             f'<div class="sub">{E(D["cover_sub"])}</div></div>'
             f'<div class="foot">{"<br>".join(E(x) for x in D["cover_lines"])}</div></div>')
    toc = "".join(f'<div><span>{E(S[k])}</span><span>{pg[k]}</span></div>' for k in ("fwd", "ctx", "pri", "dlv", "gov"))
    pages = [cover, page(D, 2, f'<h1>Contents</h1><div class="toc">{toc}</div>')]
    fw = "".join(f"<p>{E(t)}</p>" for t in D["foreword"]) + f'<p><i>{E(D["signed"])}</i></p>'
    pages.append(page(D, 3, f'<h1>{E(S["fwd"])}</h1>{fw}'))
    stats = "".join(f"<div><b>{E(a)}</b>{E(b)}</div>" for a, b in D["stats"])
    ctx = (f'<h1>{E(S["ctx"])}</h1><p>{E(D["context"])}</p><div class="stats">{stats}</div>'
           f'<p class="note">{E(ILLUS)}</p>'
           f'<h2>{E(D.get("findings_head", "Key findings from the strategic assessment"))}</h2>'
           f'<ul>{"".join(f"<li>{E(x)}</li>" for x in D["findings"])}</ul>'
           f'<h2>{E(D["previous"][0])}</h2><p>{E(D["previous"][1])}</p>'
           f'<ul>{"".join(f"<li>{E(x)}</li>" for x in D["previous"][2])}</ul>')
    if D.get("pcc", True):
        ctx += (f'<div class="quotebox"><b>The Police and Crime Commissioner\'s priorities</b><br>{E(PCC_INTRO)}'
                f'<br>{"<br>".join("&ndash; " + E(x) for x in PCC_LIST)}</div>')
    pages.append(page(D, 4, ctx))
    for i, body in enumerate(pri_pages):
        cls = ""
        if isinstance(body, tuple):
            body, cls = body
        pages.append(page(D, 5 + i, body, cls))
    dl = "".join(f"<p>{E(t)}</p>" for t in D["delivery"])
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in D["groups"])
    heads = D.get("group_heads", ["Delivery group", "Focus", "Meets"])
    dl += f'<table class="t"><tr>{"".join(f"<th>{E(h)}</th>" for h in heads)}</tr>{rows}</table>'
    dl += D.get("delivery_extra", "")
    pages.append(page(D, pg["dlv"], f'<h1>{E(S["dlv"])}</h1>{dl}'))
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in D["measures"])
    gv = (f'<p><b>How we will know we are making a difference (illustrative baselines)</b></p>'
          f'<table class="t"><tr><th>Measure</th><th>2025/26 baseline</th><th>Ambition</th></tr>{rows}</table>'
          + "".join(f"<p>{E(t)}</p>" for t in D["governance"])
          + f'<p style="font-size:9.5pt">Partners: {E("; ".join(D["partners"]))}.</p>'
          f'<p style="font-size:9.5pt">{E(D["contact"])}</p>')
    pages.append(page(D, pg["gov"], f'<h1>{E(S["gov"])}</h1>{gv}'))
    doc = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{E(D["title"])}</title>'
           f'<style>{css(D)}{extra_css}</style></head><body>{"".join(pages)}</body></html>')
    src = work_file(D["slug"] + ".html")
    src.write_text(doc, encoding="utf-8")
    out = out_root / D["file"]
    chromium_to_pdf(src, out)
    check_pages(out, {S[k]: pg[k] for k in ("fwd", "ctx", "pri", "dlv", "gov")})
    return out
