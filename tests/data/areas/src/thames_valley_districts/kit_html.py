"""HTML/CSS → Chromium toolkit for the thames_valley_districts area: a seven-page strategy (cover, contents,
foreword, context, priorities, actions, delivery), one fixed-height <section> per page, in which each document
supplies its own priorities page."""
from html import escape

from common import chromium_to_pdf
from shared import PCC_NOTE, PCC_PRIORITIES, SECTIONS, STAT_NOTE
from work import check_pages, work_file

BASE_CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: %(font)s; font-size: 10pt; line-height: 1.42; color: #222; }
section.page { width: 210mm; height: 297mm; padding: 20mm 20mm 18mm; position: relative; overflow: hidden;
  page-break-after: always; }
section.page:last-child { page-break-after: auto; }
h1 { font-family: %(hfont)s; color: %(c1)s; font-size: 21pt; margin: 0 0 5mm; line-height: 1.15; }
h2 { color: %(c2)s; font-size: 12pt; margin: 5mm 0 2mm; }
p { margin: 0 0 2.6mm; }
ul { margin: 0 0 3mm; padding-left: 5mm; } li { margin-bottom: 1mm; }
.run { position: absolute; top: 9mm; left: 20mm; right: 20mm; font-size: 7.5pt; color: #777;
  border-bottom: 0.6pt solid %(c1)s; padding-bottom: 1mm; }
.folio { position: absolute; bottom: 9mm; right: 20mm; font-size: 8.5pt; color: %(c1)s; font-weight: bold; }
.org { position: absolute; bottom: 9mm; left: 20mm; font-size: 7pt; color: #777; }
.toc div { display: flex; font-size: 11.5pt; padding: 2.2mm 0; border-bottom: 0.5pt dashed #aaa; }
.toc div span:first-child { flex: 1; }
.stats { display: flex; gap: 3mm; margin: 3mm 0 1mm; }
.stats div { flex: 1; background: %(c1)s; color: #fff; padding: 3mm; font-size: 8pt; }
.stats b { display: block; font-size: 18pt; font-family: %(hfont)s; }
.note { font-size: 8pt; color: #666; }
table.m { border-collapse: collapse; width: 100%%; font-size: 9pt; }
table.m th { background: %(c1)s; color: #fff; text-align: left; padding: 1.5mm; }
table.m td { border-bottom: 0.5pt solid #ccc; padding: 1.5mm; }
.cover { background: %(c1)s; color: #fff; }
.cover .t { font-family: %(hfont)s; font-size: 32pt; font-weight: bold; line-height: 1.12; margin-top: 60mm; }
.cover .s { font-size: 14pt; margin-top: 8mm; color: %(c3)s; }
.cover .o { font-size: 11pt; letter-spacing: 0.12em; text-transform: uppercase; }
.cover .f { position: absolute; bottom: 20mm; left: 20mm; font-size: 9.5pt; }
"""


def e(s):
    return escape(s, quote=False)


def page(body, d, n, folio):
    return (f'<section class="page"><div class="run">{e(d["title"])}</div>{body}'
            f'<div class="org">{e(d["org"])}</div><div class="folio">{folio(n)}</div></section>')


def build_doc(out_root, d, css_extra, priorities_html, folio=lambda n: f"Page {n}", cover_html=None,
              secs=SECTIONS):
    pages = {s: i + 3 for i, s in enumerate(secs)}
    css = BASE_CSS % dict(font=d.get("font", "'DejaVu Sans'"), hfont=d.get("hfont", "'DejaVu Sans'"),
                          c1=d["c1"], c2=d["c2"], c3=d.get("c3", "#ffffff")) + css_extra
    out = []
    out.append(cover_html(d) if cover_html else
               f'<section class="page cover"><div class="o">{e(d["org"])}</div><div class="t">{e(d["title"])}</div>'
               f'<div class="s">{e(d["strap"])}</div><div class="f">Contact: {e(d["email"])}</div></section>')
    toc = "".join(f"<div><span>{e(s)}</span><span>{pages[s]}</span></div>" for s in secs)
    out.append(page(f'<h1>Contents</h1><div class="toc">{toc}</div><p class="note" style="margin-top:6mm">'
                    f'{e(d.get("contents_note", "Alternative formats are available on request."))}</p>', d, 2, folio))
    fw = "".join(f"<p>{e(p)}</p>" for p in d["foreword"]) + f'<p><b>{e(d["signed"])}</b></p>'
    out.append(page(f"<h1>{e(secs[0])}</h1>{fw}", d, 3, folio))
    stats = "".join(f"<div><b>{e(a)}</b>{e(b)}</div>" for a, b in d["stats"])
    ctx = (f"<h1>{e(secs[1])}</h1><p>{e(d['context'])}</p><div class='stats'>{stats}</div>"
           f"<p class='note'>{e(STAT_NOTE)}</p><h2>{e(d.get('findings_head', 'What the strategic assessment found'))}"
           f"</h2><ul>{''.join(f'<li>{e(x)}</li>' for x in d['findings'])}</ul>"
           f"<h2>{e(d['previous_head'])}</h2><p>{e(d['previous_intro'])}</p>"
           f"<ul>{''.join(f'<li>{e(x)}</li>' for x in d['previous'])}</ul>")
    out.append(page(ctx, d, 4, folio))
    out.append(page(f"<h1>{e(secs[2])}</h1>" + priorities_html(d), d, 5, folio))
    acts = "".join(f"<h2>{e(lbl)}</h2><ul>{''.join(f'<li>{e(a)}</li>' for a in items)}</ul>"
                   for lbl, items in d["actions"])
    out.append(page(f"<h1>{e(secs[3])}</h1><p>{e(d.get('actions_intro', 'Each delivery group has an action plan. The main actions for the first year are:'))}</p>{acts}",
                    d, 6, folio))
    rows = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in d["measures"])
    dl = (f"<h1>{e(secs[4])}</h1><p>{e(d['governance'])}</p><h2>How we will know we are making a difference</h2>"
          f"<table class='m'><tr><th>Measure</th><th>Baseline (illustrative)</th><th>Direction</th></tr>{rows}</table>")
    if d.get("pcc_quote", True):
        dl += (f"<h2>The Police and Crime Plan</h2><p class='note'>{e(PCC_NOTE)}</p><ul class='note'>"
               + "".join(f"<li>{e(x)}</li>" for x in PCC_PRIORITIES) + "</ul>")
    dl += f"<h2>Partners</h2><p class='note'>{e(', '.join(d['partners']))}. Contact: {e(d['email'])}</p>"
    out.append(page(dl, d, 7, folio))
    html = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>" + e(d["title"]) +
            "</title><style>" + css + "</style></head><body>" + "".join(out) + "</body></html>")
    src = work_file(d["file"].split("/")[-1].replace(".pdf", ".html"))
    src.write_text(html, encoding="utf-8")
    pdf = out_root / d["file"]
    chromium_to_pdf(src, pdf)
    check_pages(pdf, {s: pages[s] for s in secs}, n_pages=7)
    return pdf
