"""House style S (HTML/CSS -> Chromium): **priorities as the names on paint colour cards**.

Coventry, Dudley and Wolverhampton share this design with their own colours.  On the priorities page (p5) each
priority is printed as the colour name on a paint sample card: a strip of three shades of one colour on the left
(no text), a small grey code line ("COVENTRY 26 · 01") above the name, the name (the priority) in bold, and one
grey sentence.  Cards sit in a two-column grid.  The codes and the "Mixed from: …" lines are distractors.
"""
from west_midlands_metro import hkit
from west_midlands_metro.hkit import e

CSS = """
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm 6mm; margin-top: 5mm; }
.chip { display: flex; border: 1px solid #d0d0d0; background: #fff; box-shadow: 1px 1px 0 #bbb; min-height: 44mm;
  break-inside: avoid; }
.chip .shades { width: 17mm; display: flex; flex-direction: column; }
.chip .shades i { flex: 1; display: block; }
.chip .lab { padding: 3mm 3.5mm; flex: 1; }
.chip .code { font-size: 6.8pt; letter-spacing: .9pt; color: #888; margin-bottom: 1.5mm; }
.chip .name { font-weight: 700; font-size: 12pt; line-height: 1.2; color: #222; margin-bottom: 2mm; }
.chip .why { font-size: 8.2pt; color: #666; line-height: 1.35; }
.chip .mix { font-size: 7pt; color: #999; margin-top: 1.5mm; font-style: italic; }
"""


def pri_html(doc):
    th = doc["theme"]
    out = ['<div class="cards">']
    for i, (text, why, mix) in enumerate(doc["priorities"], 1):
        c = th["chips"][(i - 1) % len(th["chips"])]
        out.append(f'<div class="chip"><div class="shades"><i style="background:{c[0]}"></i>'
                   f'<i style="background:{c[1]}"></i><i style="background:{c[2]}"></i></div>'
                   f'<div class="lab"><div class="code">{e(th["code"])} · {i:02d}</div>'
                   f'<div class="name">{e(text)}</div><div class="why">{e(why)}</div>'
                   f'<div class="mix">Mixed from: {e(mix)}</div></div></div>')
    out.append('</div>')
    return "".join(out)


def build(root, doc, stem):
    doc["theme"]["extra"] = CSS + doc["theme"].get("extra", "")
    return hkit.build(root, doc, pri_html, stem)
