"""HTML/CSS house styles of the west_midlands_metro area, printed by headless Chromium.

A document is a dict (see the document modules): cover, contents (page 2), foreword, context, the priorities
page, delivery, governance and measures, a back panel.  The priorities page is drawn by a function the
document module passes in (`pri_html(doc)`), so that one house style can serve several districts while the
one-off documents draw their own.  Contents page numbers come from a second pass (common.two_pass).
"""
import html

from common import chromium_to_pdf, two_pass
from west_midlands_metro.work import work_file

SECTIONS = [("fw", "foreword"), ("ctx", "context"), ("pri", "pri"), ("del", "delivery"), ("gov", "gov")]


def e(s):
    return html.escape(s, quote=False)


BASE_CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-left { content: "%(foot)s"; font: 7.5pt '%(font)s'; color: #777; }
  @bottom-right { content: %(folio)s; font: 8.5pt '%(font)s'; color: %(c1)s; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: '%(font)s', sans-serif; font-size: 9.4pt; line-height: 1.48; color: #242424; margin: 0; }
.pg { break-before: page; }
h1.t { font-family: '%(hfont)s', serif; font-size: 21pt; color: %(c1)s; margin: 0 0 4mm 0; }
h2 { font-family: '%(hfont)s', serif; font-size: 12pt; color: %(c1)s; margin: 5mm 0 2mm 0; }
.lead { font-size: 10.5pt; color: #333; }
.toc { margin-top: 8mm; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11.5pt; border-bottom: %(tocrule)s; }
.toc div span.d { flex: 1; %(tocfill)s margin: 0 2mm 1.4mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0 4mm 0; }
.stat { background: %(c3)s; padding: 3mm; border-radius: 2mm; }
.stat b { display: block; font-size: 16pt; color: %(c1)s; line-height: 1.1; }
.box { background: %(c3)s; border-left: 4px solid %(c2)s; padding: 3mm 4mm; margin: 4mm 0; font-size: 8.8pt; }
table.g { border-collapse: collapse; width: 100%%; font-size: 8.5pt; margin: 2mm 0 4mm 0; }
table.g th { background: %(c1)s; color: #fff; text-align: left; padding: 1.8mm 2mm; }
table.g td { border-bottom: 1px solid #d5d5d5; padding: 1.8mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; overflow: hidden; color: #fff;
  background: %(c1)s; break-after: page; }
.cover .band { position: absolute; left: 0; top: 175mm; width: 210mm; height: 10mm; background: %(c2)s; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10.5pt; font-weight: 700; letter-spacing: .8pt; }
.cover h1 { position: absolute; left: 18mm; top: 95mm; width: 170mm; font-family: '%(hfont)s', serif;
  font-size: 31pt; line-height: 1.12; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 195mm; font-size: 17pt; }
.cover .ill { position: absolute; left: 18mm; top: 262mm; font-size: 8pt; opacity: .85; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: %(c1)s; color: #fff;
  padding: 200mm 18mm 0 18mm; font-size: 10pt; }
"""


def css(theme):
    t = dict(font="Liberation Sans", hfont="Liberation Sans", c1="#1F3A5F", c2="#E0A100", c3="#F1F4F8",
             foot="", folio='counter(page)', tocrule="0", tocfill="border-bottom: 1.5px dotted #999;")
    t.update(theme)
    return BASE_CSS % t + t.get("extra", "")


def render(doc, pages, pri_html):
    th = doc["theme"]
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(doc["title"])}</title>'
         f'<style>{css(th)}</style></head><body>']
    P.append(f'<div class="cover"><div class="band"></div><div class="org">{e(doc["org"].upper())}</div>'
             f'<h1>{e(doc["cover_title"])}</h1><div class="yr">{e(doc["years"])}</div>'
             f'<div class="ill">{e(doc.get("cover_note", "Statistics in this document are illustrative."))}</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for key, _ in SECTIONS:
        P.append(f'<div><span>{e(doc["heads"][key])}</span><span class="d"></span><span>{pages.get(key, 0)}</span></div>')
    P.append('</div>')
    # foreword
    P.append(f'<div class="pg"><h1 class="t">{e(doc["heads"]["fw"])}</h1>')
    for t in doc["foreword"]:
        P.append(f"<p>{e(t)}</p>")
    P.append(f'<p><b>{e(doc["signed"])}</b></p></div>')
    # context
    c = doc["context"]
    P.append(f'<div class="pg"><h1 class="t">{e(doc["heads"]["ctx"])}</h1><p class="lead">{e(c["intro"])}</p>'
             '<div class="stats">')
    for n, cap in c["stats"]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(cap)}</div>')
    P.append(f'</div><p class="note">All figures are illustrative and are not official statistics.</p>'
             f'<h2>{e(c.get("find_head", "What the strategic assessment found"))}</h2><ul>')
    for t in c["findings"]:
        P.append(f"<li>{e(t)}</li>")
    P.append(f'</ul><h2>{e(c.get("prev_head", "Our last plan"))}</h2><p>{e(c["previous"])}</p></div>')
    # priorities
    P.append(f'<div class="pg"><h1 class="t">{e(doc["heads"]["pri"])}</h1><p class="lead">{e(doc["pri_intro"])}</p>')
    P.append(pri_html(doc))
    P.append('</div>')
    # delivery
    d = doc["delivery"]
    P.append(f'<div class="pg"><h1 class="t">{e(doc["heads"]["del"])}</h1><p class="lead">{e(d["intro"])}</p>'
             '<table class="g"><tr>' + "".join(f"<th>{e(h)}</th>" for h in d["head"]) + "</tr>")
    for r in d["rows"]:
        P.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>")
    P.append(f'</table><div class="box"><b>{e(d["pcc_head"])}</b><br>{e(d["pcc"])}</div></div>')
    # governance
    g = doc["gov"]
    P.append(f'<div class="pg"><h1 class="t">{e(doc["heads"]["gov"])}</h1><p class="lead">{e(g["intro"])}</p>')
    for t in g.get("paras", []):
        P.append(f"<p>{e(t)}</p>")
    P.append('<table class="g"><tr>' + "".join(f"<th>{e(h)}</th>" for h in g["head"]) + "</tr>")
    for r in g["rows"]:
        P.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>")
    P.append(f'</table><p class="note">Baselines are illustrative.</p><h2>Partners</h2><p>{e(g["partners"])}</p></div>')
    P.append(f'<div class="back"><b>{e(doc["org"])}</b><br>{e(doc["contact"])}</div></body></html>')
    return "\n".join(P)


def needles(doc):
    first = {"fw": doc["foreword"][0], "ctx": doc["context"]["intro"], "pri": doc["pri_intro"],
             "del": doc["delivery"]["intro"], "gov": doc["gov"]["intro"]}
    return {k: doc["heads"][k] + " " + " ".join(first[k].split()[:5]) for k, _ in SECTIONS}


def build(root, doc, pri_html, stem):
    out = root / doc["file"]
    src = work_file(stem + ".html")

    def run(pages):
        src.write_text(render(doc, pages, pri_html), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles(doc))
    return out
