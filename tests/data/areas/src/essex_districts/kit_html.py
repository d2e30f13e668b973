"""HTML/CSS shell shared by the essex_districts documents printed with Chromium.

Six fixed A4 pages, each a 297 mm box with its own folio: cover; contents (p2); foreword with the previous
plan's priorities; context (illustrative statistics, findings, the PFCC's priorities quoted); the priorities
page, drawn by one of the layouts below; delivery, measures and governance.  Layouts: a station departure board
(house style D), stacked shipping containers (Thurrock), stepping stones across a river (domestic abuse and
VAWG) and a school report card (youth justice).
"""
from __future__ import annotations

import html
from pathlib import Path

from common import chromium_to_pdf

from .work import work_file

E = html.escape

CSS = """
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: '%(font)s', 'Liberation Sans', sans-serif; color: #222; font-size: 10pt;
       line-height: 1.38 }
.pg { width: 210mm; height: 297mm; position: relative; padding: 20mm 20mm 18mm; overflow: hidden;
      page-break-after: always }
.pg:last-child { page-break-after: auto }
.top { position: absolute; top: 0; left: 0; right: 0; height: 8mm; background: %(c1)s; color: #fff;
       font-size: 7.5pt; padding: 2.3mm 20mm }
.folio { position: absolute; bottom: 9mm; right: 20mm; font-size: 8pt; color: #666 }
h1 { color: %(c1)s; font-size: 19pt; margin: 2mm 0 4mm }
h2 { color: %(c2)s; font-size: 12pt; margin: 5mm 0 2mm }
p { margin: 0 0 2.4mm }
.small { font-size: 8pt; color: #666 }
.cover { background: %(c1)s; color: #fff; padding: 30mm 20mm }
.cover .org { font-weight: bold; letter-spacing: .08em; font-size: 11pt }
.cover .t { font-size: 30pt; font-weight: bold; line-height: 1.15; margin-top: 70mm }
.cover .y { font-size: 15pt; margin-top: 5mm }
.cover .note { position: absolute; bottom: 20mm; font-size: 8.5pt }
.cover .band { position: absolute; left: 0; right: 0; top: 175mm; height: 8mm; background: %(c2)s }
.toc div { display: flex; font-size: 11pt; margin: 0 0 4mm; border-bottom: 1px dashed #999 }
.toc span:first-child { flex: 1 }
.stats { display: flex; border: 1px solid %(c2)s; margin: 3mm 0 1mm }
.stats div { flex: 1; text-align: center; padding: 3mm 2mm; border-right: 1px solid #ccc; font-size: 8pt;
             color: #555 }
.stats b { display: block; font-size: 19pt; color: %(c1)s }
.quote { color: #666; padding-left: 5mm }
table.act { border-collapse: collapse; width: 100%%; font-size: 8.3pt }
table.act th { background: %(c2)s; color: #fff; text-align: left; padding: 1.5mm }
table.act td { border: 1px solid #bbb; padding: 1.5mm; vertical-align: top }
"""


def page(inner: str, d: dict, n: int, cls: str = "") -> str:
    folio = d.get("folio", "Page {n}").format(n=n, short=d["short"])
    top = "" if n == 1 else f'<div class="top">{E(d["short"])}</div><div class="folio">{E(folio)}</div>'
    return f'<div class="pg {cls}">{top}{inner}</div>'


def document(d: dict, pri_html: str, extra_css: str, out_pdf: Path) -> Path:
    css = CSS % {"font": d.get("font", "Liberation Sans"), "c1": d["c1"], "c2": d["c2"]} + extra_css
    pages = []
    pages.append(page(f'<div class="band"></div><div class="org">{E(d["org"].upper())}</div>'
                      f'<div class="t">{"<br>".join(E(t) for t in d["title_lines"])}</div>'
                      f'<div class="y">{E(d["years"])}</div><div class="note">'
                      f'{E(d.get("cover_note", "All statistics in this document are illustrative."))}</div>',
                      d, 1, "cover"))
    toc = "".join(f"<div><span>{E(t)}</span><span>{p}</span></div>" for t, p in d["contents"])
    pages.append(page(f'<h1>Contents</h1><div class="toc">{toc}</div><p class="small">'
                      f'{E(d.get("contents_note", "Alternative formats are available on request."))}</p>', d, 2))
    fw = "".join(f"<p>{E(p)}</p>" for p in d["foreword"])
    prev = "".join(f"<p>\u2013 {E(p)}</p>" for p in d["previous"])
    pages.append(page(f'<h1>{E(d.get("foreword_title", "Foreword"))}</h1>{fw}<p><b>{E(d["signed"])}</b></p>'
                      f'<h2>{E(d["prev_title"])}</h2><p>{E(d["prev_intro"])}</p>{prev}', d, 3))
    stats = "".join(f"<div><b>{E(n)}</b>{E(t)}</div>" for n, t in d["stats"])
    finds = "".join(f"<p>\u2022 {E(f)}</p>" for f in d["findings"])
    pages.append(page(
        f'<h1>{E(d.get("context_title", "Our area and what the evidence tells us"))}</h1>'
        f'<p>{E(d["context_intro"])}</p><div class="stats">{stats}</div>'
        f'<p class="small">Illustrative figures for this document, not official statistics.</p>'
        f'<h2>{E(d.get("findings_title", "Key findings of the strategic assessment"))}</h2>{finds}'
        f'<h2>{E(d.get("pcc_title", "How we fit with the Police, Fire and Crime Commissioner’s plan"))}</h2>'
        f'<p>{E(d.get("pcc_intro", "The Essex Police, Fire and Crime Plan 2025–2029 sets six priorities for the county. Our work contributes to several of them:"))}</p>'
        f'<p class="quote">{E("; ".join(d["pcc"]))}.</p>', d, 4))
    pages.append(page(f'<h1>{E(d["pri_title"])}</h1><p>{E(d["pri_intro"])}</p>{pri_html}', d, 5))
    rows = "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td><td>{E(c)}</td></tr>" for a, b, c in d["actions"])
    meas = "".join(f"<p>\u2022 {E(m)}</p>" for m in d["measures"])
    pages.append(page(
        f'<h1>{E(d.get("delivery_title", "Delivering the plan"))}</h1><p>{E(d["delivery_intro"])}</p>'
        f'<table class="act"><tr><th style="width:36mm">Theme</th><th>Action</th><th style="width:34mm">Lead'
        f'</th></tr>{rows}</table><h2>How we will measure progress</h2>{meas}<h2>Governance</h2>'
        f'<p>{E(d["governance"])}</p><p class="small">Contact: {E(d["contact"])}</p>', d, 6))
    doc = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(d["pdf_title"])}</title>'
           f'<style>{css}</style></head><body>{"".join(pages)}</body></html>')
    src = work_file(out_pdf.stem + ".html")
    src.write_text(doc, encoding="utf-8")
    chromium_to_pdf(src, out_pdf)
    return out_pdf


# ------------------------------------------------------------------ layouts
DEPARTURES_CSS = """
.board { background: #111; border: 4mm solid %(frame)s; border-radius: 3mm; padding: 4mm 5mm; margin-top: 4mm;
         font-family: 'DejaVu Sans Mono', monospace; color: %(amber)s }
.board .hd { display: flex; color: #fff; font-size: 8pt; letter-spacing: .12em; border-bottom: 1px solid #444;
             padding-bottom: 1.5mm; margin-bottom: 2mm }
.row { display: flex; align-items: flex-start; padding: 2.6mm 0; border-bottom: 1px solid #333 }
.row .plat { width: 16mm; font-size: 16pt; font-weight: bold; color: #fff }
.row .dest { flex: 1 }
.row .dest b { display: block; font-size: 12.5pt; line-height: 1.25 }
.row .dest i { display: block; font-style: normal; color: #bbb; font-size: 7.8pt; margin-top: 1mm }
.row .st { width: 24mm; text-align: right; font-size: 8.5pt; color: #7bd67b }
"""


def departures(items, status="On time", heading=("PLAT", "DESTINATION", "STATUS")):
    rows = "".join(
        f'<div class="row"><div class="plat">{i}</div><div class="dest"><b>{E(t)}</b><i>Calling at: {E(c)}</i>'
        f'</div><div class="st">{E(status)}</div></div>' for i, (t, c) in enumerate(items, 1))
    hd = "".join(f'<span style="{"flex:1" if k == 1 else "width:16mm" if k == 0 else "width:24mm;text-align:right"}">'
                 f'{E(h)}</span>' for k, h in enumerate(heading))
    return f'<div class="board"><div class="hd">{hd}</div>{rows}</div>'


CONTAINERS_CSS = """
.yard { margin-top: 5mm; background: #dfe8ef; border-bottom: 9mm solid #6b6b6b; padding: 5mm 4mm 6mm }
.stack { display: flex; flex-wrap: wrap; gap: 3mm }
.box { width: 77mm; min-height: 34mm; padding: 4mm 5mm; color: #fff; position: relative;
       border: 1.2mm solid #2b2b2b; overflow: hidden }
.box .rib { position: absolute; top: 0; bottom: 0; width: 1.6mm }
.box .in { position: relative }
.box .code { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; opacity: .85 }
.box b { display: block; font-size: 13pt; line-height: 1.2; margin: 1.5mm 0 }
.box span { font-size: 8pt }
"""


def containers(items, colours, ribs_col):
    def ribs(i):
        rib = ribs_col[i % len(ribs_col)]
        return "".join(f'<div class="rib" style="left:{3 + 5 * k}mm;background:{rib}"></div>' for k in range(15))

    boxes = "".join(
        f'<div class="box" style="background-color:{colours[i % len(colours)]}">{ribs(i)}<div class="in">'
        f'<div class="code">TCSU {4100 + 37 * i:04d} {i + 1}</div><b>{E(t)}</b><span>{E(s)}</span></div></div>'
        for i, (t, s) in enumerate(items))
    return f'<div class="yard"><div class="stack">{boxes}</div></div>'


STONES_CSS = """
.river { margin-top: 5mm; background: #cfe3f2; border-radius: 4mm; padding: 6mm 6mm 8mm; min-height: 160mm;
         position: relative }
.bank { font-size: 8pt; color: #345; font-weight: bold; letter-spacing: .1em }
.stone { width: 105mm; background: #8c8577; color: #fff; border-radius: 50% / 40%; padding: 6mm 12mm;
         margin: 5mm 0; box-shadow: 0 1.2mm 0 #5e574b }
.stone b { display: block; font-size: 12pt; line-height: 1.25 }
.stone span { font-size: 8pt; color: #f2efe9 }
"""


def stones(items, start="WHERE WE ARE NOW", end="A LIFE FREE FROM ABUSE"):
    offs = [0, 45, 12, 55, 20]
    s = "".join(f'<div class="stone" style="margin-left:{offs[i % 5]}mm"><b>{E(t)}</b><span>{E(x)}</span></div>'
                for i, (t, x) in enumerate(items))
    return (f'<div class="river"><div class="bank">{E(start)}</div>{s}'
            f'<div class="bank" style="text-align:right">{E(end)}</div></div>')


REPORT_CSS = """
table.rep { border-collapse: collapse; width: 100%; margin-top: 4mm; font-size: 8.6pt;
            border: 0.8mm double #333 }
table.rep th { background: #eee6c9; text-align: left; padding: 2mm; border: 1px solid #555; font-size: 8pt }
table.rep td { border: 1px solid #555; padding: 2.5mm 2mm; vertical-align: top }
table.rep td.subj { font-weight: bold; font-size: 11pt; width: 62mm; line-height: 1.25 }
table.rep td.grade { text-align: center; font-size: 15pt; font-family: 'DejaVu Serif', serif; width: 18mm;
                     color: #a52a2a }
.rephead { display: flex; justify-content: space-between; font-size: 8.5pt; border-bottom: 1px solid #999;
           padding-bottom: 2mm; margin-top: 3mm }
"""


def report_card(items, head):
    rows = "".join(f'<tr><td class="subj">{E(t)}</td><td class="grade">{E(g)}</td><td>{E(c)}</td></tr>'
                   for t, g, c in items)
    hd = "".join(f"<span>{E(h)}</span>" for h in head)
    return (f'<div class="rephead">{hd}</div><table class="rep"><tr><th>Subject (our priority)</th>'
            f'<th>Grade 2024/25</th><th>Comment</th></tr>{rows}</table>')
