"""House style B (HTML/CSS printed by Chromium): the priorities are a grid of coloured squares (2 x 2 or
3 x 2), each holding one priority in white bold, with a one-line description printed under the square.
A separate alignment table maps "Priority 1..n" to the other plans' priorities (their names are
distractors)."""
from __future__ import annotations

from pathlib import Path

from .kit import ILLUS, build_html, esc

PCP = ["Visible neighbourhood policing in every community", "Protecting rural communities",
       "Cutting serious violence, drugs and exploitation", "Keeping women and girls safe",
       "Outstanding support for victims", "Breaking the cycle of reoffending",
       "An efficient police service the public can trust"]

CSS = """
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: %(font)s; color: #222; font-size: 10pt; line-height: 1.42 }
.page { width: 210mm; height: 296.5mm; padding: 20mm 19mm 18mm; position: relative; overflow: hidden;
        page-break-after: always }
.page:last-child { page-break-after: auto }
.top { position: absolute; top: 0; left: 0; right: 0; height: 9mm; background: %(main)s }
.top span { position: absolute; right: 19mm; top: 2.2mm; color: #fff; font-size: 7.5pt; letter-spacing: .08em }
.folio { position: absolute; bottom: 9mm; left: 19mm; font-size: 8pt; color: %(main)s }
h1 { font-size: 21pt; color: %(main)s; margin: 4mm 0 4mm; font-weight: 700 }
h2 { font-size: 12.5pt; color: %(main)s; margin: 5mm 0 2mm }
.cover { background: %(main)s; color: #fff; padding: 0 }
.cover .band { position: absolute; left: 0; right: 0; top: 118mm; height: 70mm; background: %(acc)s }
.cover .t { position: absolute; left: 20mm; top: 132mm; font-size: 29pt; font-weight: 700; line-height: 1.15 }
.cover .y { position: absolute; left: 20mm; top: 200mm; font-size: 16pt }
.cover .o { position: absolute; left: 20mm; bottom: 18mm; font-size: 9pt }
.toc div { display: flex; border-bottom: 1px dotted #999; padding: 2.4mm 0; font-size: 11pt }
.toc div span:first-child { flex: 1 }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 3mm 0 }
.stats div { background: %(pale)s; border-top: 3px solid %(main)s; padding: 3mm }
.stats b { display: block; font-size: 17pt; color: %(main)s }
.note { font-size: 7.5pt; color: #666 }
table { border-collapse: collapse; width: 100%%; font-size: 8.6pt }
th { background: %(main)s; color: #fff; text-align: left; padding: 2mm }
td { border-bottom: 1px solid #ccc; padding: 2mm; vertical-align: top }
.grid { display: grid; grid-template-columns: repeat(%(cols)s, 1fr); column-gap: %(gap)s; row-gap: 8mm;
        margin-top: 6mm }
.sq { aspect-ratio: 1 / 1; color: #fff; padding: 5mm; position: relative; display: flex; align-items: flex-end }
.sq .n { position: absolute; top: 4mm; left: 5mm; font-size: 20pt; font-weight: 700; opacity: .55 }
.sq p { margin: 0; font-weight: 700; font-size: %(sqsize)s; line-height: 1.2 }
.sq.x { background: #9a9a9a !important }
.under { font-size: 8.4pt; color: #444; margin-top: 2mm; line-height: 1.3 }
.quote { border-left: 4px solid %(acc)s; padding: 1mm 4mm; margin: 3mm 0; font-style: italic }
"""


def build(root: Path, s: dict) -> Path:
    t = s["theme"]
    css = CSS % {"font": t["font"], "main": t["main"], "acc": t["acc"], "pale": t["pale"], "cols": s["cols"],
                 "gap": s.get("gap", "9mm"), "sqsize": s.get("sqsize", "12.5pt")}
    top = f'<div class="top"><span>{esc(s["running"])}</span></div>'

    def pg(n, inner, cls=""):
        return (cls, top + inner + f'<div class="folio">{esc(s["folio"].format(n=n))}</div>')

    toc = [("Welcome", 3), ("About the partnership", 3), ("Our local picture", 4), ("What residents told us", 4),
           ("The plans around us", 5), ("Our priorities", 6), ("How our priorities line up", 7),
           ("Delivery plan", 8), ("Measuring success", 8), ("Governance and contacts", 9)]
    pages = [("cover", f'<div class="band"></div><div class="t">{"<br>".join(esc(x) for x in s["cover_title"])}'
                       f'</div><div class="y">{esc(s["years"])}</div><div class="o">{esc(s["body"])}<br>'
                       'A fictional re-creation for testing; not a published document.</div>')]
    pages.append(pg(2, "<h1>Contents</h1><div class=\"toc\">" + "".join(
        f"<div><span>{esc(a)}</span><span>{b}</span></div>" for a, b in toc) + "</div>"))
    pages.append(pg(3, "<h1>Welcome</h1>" + "".join(f"<p>{esc(p)}</p>" for p in s["welcome"]) +
                    f'<p class="note">{esc(s["signed"])}</p><h2>About the partnership</h2>' +
                    "".join(f"<p>{esc(p)}</p>" for p in s["about"])))
    stats = "".join(f"<div><b>{esc(a)}</b>{esc(b)}</div>" for a, b in s["stats"])
    pages.append(pg(4, f'<h1>Our local picture</h1><p>{esc(s["picture"])}</p><div class="stats">{stats}</div>'
                       f'<p class="note">{ILLUS}</p><h2>What residents told us</h2><p>{esc(s["survey"])}</p>'
                    + "".join(f'<div class="quote">{esc(q)}</div>' for q in s["quotes"]) +
                    '<p class="note">Quotes are composites written for this re-creation.</p>'))
    prev = "".join(f"<tr><td><b>{esc(a)}</b></td><td>{esc(b)}</td></tr>" for a, b in s["previous"])
    pcp = "".join(f"<tr><td>{i + 1}</td><td>{esc(x)}</td></tr>" for i, x in enumerate(PCP))
    pages.append(pg(5, f'<h1>The plans around us</h1><p>{esc(s["context"])}</p>'
                       f'<table><tr><th style="width:10mm">No.</th><th>The Police and Crime Commissioner\'s '
                       f'priorities, 2025\u20132029</th></tr>{pcp}</table>'
                       f'<h2>Our last plan</h2><p>{esc(s["prev_intro"])}</p><table><tr><th>Previous priority'
                       f'</th><th>Where it went</th></tr>{prev}</table>'))
    sq = ""
    for i, (text, under) in enumerate(s["priorities"]):
        sq += (f'<div><div class="sq" style="background:{s["fills"][i % len(s["fills"])]}"><div class="n">'
               f'{i + 1:02d}</div><p>{esc(text)}</p></div><div class="under">{esc(under)}</div></div>')
    if s.get("extra"):
        a, b = s["extra"]
        sq += f'<div><div class="sq x"><p>{esc(a)}</p></div><div class="under">{esc(b)}</div></div>'
    pages.append(pg(6, f'<h1>Our priorities</h1><p>{esc(s["pri_intro"])}</p><div class="grid">{sq}</div>'))
    rows = "".join(f"<tr><td><b>Priority {i + 1}</b></td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
                   for i, (a, b, c) in enumerate(s["lineup"]))
    pages.append(pg(7, f'<h1>How our priorities line up</h1><p>{esc(s["lineup_intro"])}</p><table><tr>'
                       f'<th style="width:22mm">Ours</th><th>Police and Crime Plan</th><th>Health and Wellbeing '
                       f'Strategy</th><th>{esc(s["council_name"])}</th></tr>{rows}</table>'
                       f'<h2>Statutory duties</h2><p>{esc(s["duties"])}</p>'))
    act = "".join(f"<tr><td><b>{esc(a)}</b></td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in s["actions"])
    mea = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in s["measures"])
    pages.append(pg(8, f'<h1>Delivery plan</h1><table><tr><th style="width:28mm">Theme</th><th>Action</th>'
                       f'<th style="width:34mm">Lead</th></tr>{act}</table><h2>Measuring success</h2><table><tr>'
                       f'<th>Measure</th><th style="width:40mm">Source</th></tr>{mea}</table>'))
    pages.append(pg(9, "<h1>Governance and contacts</h1>" + "".join(f"<p>{esc(p)}</p>" for p in s["governance"]) +
                    "<h2>Contact us</h2><p>" + "<br>".join(esc(x) for x in s["contacts"]) + "</p>"))
    name = Path(s["out"]).stem
    return build_html(root / s["out"], name, css, pages, s["title"])
