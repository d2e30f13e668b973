"""House style A, shared by three district CSPs (Bradford, Kirklees, Wakefield), each with its own colours:
the priorities are printed as **admission tickets** — a stub with a perforated (dashed) edge holding
"No. 0n", and the ticket body with the priority in bold and one sentence under it."""
from west_yorkshire_metro.htmlkit import e

CSS = """
.tk { display: flex; border: 1.4px solid %(c1)s; border-radius: 2.5mm; margin: 0 0 4mm 0; break-inside: avoid; }
.tk .stub { width: 24mm; background: %(c3)s; border-right: 2px dashed %(c1)s; text-align: center; padding: 3mm 1mm;
  color: %(c1)s; font-size: 8pt; letter-spacing: 0.5pt; }
.tk .stub b { display: block; font-size: 18pt; }
.tk .body { flex: 1; padding: 3mm 5mm; }
.tk .body .p { font-size: 12.5pt; font-weight: 700; color: %(c1)s; margin: 0 0 1.5mm 0; line-height: 1.25; }
.cv-a { background: %(c1)s; color: #fff; }
.cv-a .band { position: absolute; left: 0; top: 150mm; width: 210mm; height: 16mm; background: %(c2)s; }
.cv-a .hole { position: absolute; width: 14mm; height: 14mm; border-radius: 50%%; background: #fff; top: 151mm; }
.cv-a h1 { position: absolute; left: 20mm; top: 70mm; width: 170mm; font-size: 30pt; line-height: 1.15; margin: 0; }
.cv-a .org { position: absolute; left: 20mm; top: 22mm; font-size: 11pt; font-weight: 700; letter-spacing: 1pt; }
.cv-a .yr { position: absolute; left: 20mm; top: 185mm; font-size: 16pt; }
"""


def cover(org, title, years):
    return (f'<div class="cover cv-a"><div class="org">{e(org)}</div><h1>{e(title)}</h1><div class="band"></div>'
            f'<div class="hole" style="left:-7mm"></div><div class="hole" style="right:-7mm"></div>'
            f'<div class="yr">{e(years)}</div></div>')


def priorities(intro, items, after=""):
    h = f"<p>{e(intro)}</p>"
    for i, (t, d) in enumerate(items, 1):
        h += (f'<div class="tk"><div class="stub">No.<b>{i:02d}</b></div><div class="body"><div class="p">{e(t)}</div>'
              f'<div>{e(d)}</div></div></div>')
    return h + after


def css(theme):
    return CSS % theme
