"""HTML/CSS house styles printed by Chromium, shared by several documents of the lancashire_districts area.

A document is a dict (see the document modules); `build(root, spec, layout)` writes six A4 pages: cover,
contents (p2), foreword (p3), context with illustrative statistics and the distractors (p4), the priorities in
the document's own layout (p5) and delivery, measures and governance (p6).
"""
import html

from common import chromium_to_pdf
from lancashire_districts.work import check_pages, work_file

SECTIONS = [("Foreword", 3), ("context", 4), ("priorities", 5), ("Delivery, measures and governance", 6)]


def e(s):
    return html.escape(s, quote=False)


BASE_CSS = """
@page { size: A4; margin: 18mm 17mm 18mm 17mm;
  @bottom-left { content: "%(foot)s"; font: 7.5pt '%(font)s'; color: #777; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt '%(font)s'; color: %(c1)s; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: '%(font)s', sans-serif; font-size: 9.4pt; line-height: 1.48; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: %(c1)s; color: #fff;
  break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 150mm; width: 210mm; height: 14mm; background: %(c2)s; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1.2pt; }
.cover h1 { position: absolute; left: 18mm; top: 70mm; width: 170mm; font-size: 29pt; line-height: 1.15; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 175mm; font-size: 17pt; }
.cover .kick { position: absolute; left: 18mm; top: 260mm; font-size: 9pt; opacity: .85; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: %(c1)s; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: %(c1)s; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #ddd; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin-bottom: 3mm; }
.stat { background: #F3F3F3; border-top: 3px solid %(c2)s; padding: 2mm 3mm; font-size: 8.5pt; }
.stat b { font-size: 14pt; color: %(c1)s; display: block; }
.pcc { border: 1px solid %(c1)s; padding: 2.5mm 4mm; font-size: 8.5pt; background: #FAFAFA; margin-top: 3mm; }
table.g { border-collapse: collapse; width: 100%%; font-size: 8.5pt; margin: 2mm 0 4mm 0; }
table.g th { background: %(c1)s; color: #fff; text-align: left; padding: 1.5mm 2mm; }
table.g td { border-bottom: 1px solid #ddd; padding: 1.5mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #777; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
"""


def render(spec, layout_html, layout_css):
    s = spec
    css = BASE_CSS % {"foot": s["short"], "font": s.get("font", "Liberation Sans"), "c1": s["c1"], "c2": s["c2"]}
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(s["title"])}</title>'
         f'<style>{css}{layout_css}</style></head><body>']
    P.append(f'<div class="cover"><div class="org">{e(s["org"].upper())}</div><h1>{e(s["cover_title"])}</h1>'
             f'<div class="band"></div><div class="yr">{e(s["years"])}</div>'
             f'<div class="kick">{e(s.get("cover_kicker", ""))}</div></div>')
    heads = [("Foreword", 3), (s["ctx_head"], 4), (s["pri_head"], 5), ("Delivery, measures and governance", 6)]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, n in heads:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{n}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in s["foreword"]:
        P.append(f"<p>{e(t)}</p>")
    P.append(f'<p><b>{e(s["signed"])}</b></p></div>')
    P.append(f'<div class="pg"><h1 class="t">{e(s["ctx_head"])}</h1><p>{e(s["ctx_intro"])} All figures on this '
             'page are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in s["stats"]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append(f'</div><h2>{e(s.get("findings_head", "What the strategic assessment found"))}</h2><ul>')
    for t in s["findings"]:
        P.append(f"<li>{e(t)}</li>")
    P.append(f'</ul><h2>{e(s.get("prev_head", "Our previous plan"))}</h2><p>{e(s["previous"])}</p>')
    if s.get("pcc"):
        P.append(f'<div class="pcc"><b>The Police and Crime Plan for Lancashire</b><br>{e(s["pcc"])}</div>')
    P.append('</div>')
    P.append(f'<div class="pg"><h1 class="t">{e(s["pri_head"])}</h1>{layout_html}</div>')
    P.append('<div class="pg"><h1 class="t">Delivery, measures and governance</h1>'
             f'<p>{e(s.get("delivery_intro", "Each priority has a lead partner and a delivery group. Our main actions for the first year are below."))}</p>'
             '<table class="g"><tr><th>Theme</th><th>Main actions for the first year</th><th>Lead</th></tr>')
    for r in s["delivery"]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>How we will measure progress</h2><table class="g"><tr><th>Measure</th><th>Baseline '
             '(illustrative)</th><th>Aim</th></tr>')
    for r in s["measures"]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append(f'</table><h2>Governance</h2><p>{e(s["governance"])}</p><h2>Partners</h2><p>{e(s["partners"])}</p>'
             f'<p class="note">Contact: {e(s["contact"])}. Statistics in this document are illustrative.</p></div>')
    P.append('</body></html>')
    return "\n".join(P)


def build(root, spec, layout_html, layout_css, stem):
    out = root / spec["file"]
    src = work_file(stem + ".html")
    src.write_text(render(spec, layout_html, layout_css), encoding="utf-8")
    chromium_to_pdf(src, out)
    check_pages(out, {"Foreword": 3, spec["ctx_head"]: 4, spec["pri_head"]: 5,
                      "Delivery, measures and governance": 6})
    return out


# ----------------------------------------------------------------------------------- layouts

BALLOT_CSS = """
.ballot { border: 2px solid #111; margin: 4mm 0 5mm 0; }
.ballot .bh { background: %(c1)s; color: #fff; font-weight: 700; letter-spacing: 1.5pt; padding: 2.5mm 5mm; font-size: 10pt; }
.ballot .bi { font-size: 8.3pt; padding: 2mm 5mm; border-bottom: 2px solid #111; background: #F4F4F4; }
.ballot table { border-collapse: collapse; width: 100%%; }
.ballot td { border-bottom: 1px solid #111; padding: 3mm 4mm; vertical-align: middle; }
.ballot td.n { width: 12mm; font-size: 16pt; font-weight: 700; color: %(c1)s; text-align: center; border-right: 1px solid #111; }
.ballot td.p b { font-size: 12.5pt; display: block; line-height: 1.25; }
.ballot td.p span { font-size: 8pt; color: #666; }
.ballot td.x { width: 20mm; text-align: center; border-left: 1px solid #111; }
.ballot td.x div { width: 11mm; height: 11mm; border: 2px solid #111; margin: auto; font-size: 17pt; line-height: 10mm; font-weight: 700; color: %(c2)s; }
"""


def ballot(spec):
    """Style A: the chosen priorities printed as a marked ballot paper."""
    rows = "".join(f'<tr><td class="n">{i}</td><td class="p"><b>{e(t)}</b><span>{e(v)}</span></td>'
                   f'<td class="x"><div>&#x2715;</div></td></tr>' for i, (t, _, v) in enumerate(spec["priorities"], 1))
    h = (f'<p>{e(spec["pri_intro"])}</p><div class="ballot"><div class="bh">{e(spec["ballot_head"])}</div>'
         f'<div class="bi">{e(spec["ballot_instr"])}</div><table>{rows}</table></div>'
         '<h2>What each priority means</h2><ul>' +
         "".join(f"<li>{e(d)}</li>" for _, d, _ in spec["priorities"]) + '</ul>' +
         '<p class="note">Vote counts are illustrative.</p>')
    return h, BALLOT_CSS % {"c1": spec["c1"], "c2": spec["c2"]}


LIFT_CSS = """
.lift { width: 120mm; margin: 4mm auto; background: linear-gradient(90deg,#C9CDD2,#EEF0F2,#C0C4C9); border: 2px solid #8A9097;
  border-radius: 3mm; padding: 5mm 6mm; }
.lift .lh { text-align: center; font-size: 9pt; letter-spacing: 2pt; font-weight: 700; color: #333; margin-bottom: 3mm; }
.lift .fl { display: flex; align-items: center; border-top: 1px solid #9AA0A6; padding: 2.5mm 0; }
.lift .btn { flex: 0 0 11mm; height: 11mm; border-radius: 50%%; border: 2px solid #555; background: #F7F7F7;
  text-align: center; line-height: 10mm; font-weight: 700; font-size: 12pt; margin-right: 4mm; box-shadow: inset 0 0 2mm #999; }
.lift .nm b { font-size: 12pt; color: #1A1A1A; display: block; line-height: 1.25; }
.lift .nm span { font-size: 7.8pt; color: #555; }
"""


def lift(spec):
    """Blackburn with Darwen: a lift's floor directory, one floor per priority (top floor first)."""
    n = len(spec["priorities"])
    rows = "".join(f'<div class="fl"><div class="btn">{n - i}</div><div class="nm"><b>{e(t)}</b>'
                   f'<span>{e(sub)}</span></div></div>' for i, (t, _, sub) in enumerate(spec["priorities"]))
    h = (f'<p>{e(spec["pri_intro"])}</p><div class="lift"><div class="lh">{e(spec["lift_head"])}</div>{rows}</div>'
         '<h2>What each priority means</h2><ul>' + "".join(f"<li>{e(d)}</li>" for _, d, _ in spec["priorities"]) + '</ul>')
    return h, LIFT_CSS


EMAIL_CSS = """
.mail { border: 1px solid #BBB; border-radius: 2mm; margin: 3mm 0; font-size: 9.2pt; }
.mail .bar { background: #E9E9EE; padding: 1.5mm 4mm; font-size: 8pt; color: #444; border-bottom: 1px solid #BBB; }
.mail .hd { padding: 2mm 4mm; border-bottom: 1px solid #DDD; font-size: 8.5pt; }
.mail .hd div { margin: 0.6mm 0; } .mail .hd span { color: #777; display: inline-block; width: 16mm; }
.mail .bd { padding: 3mm 6mm; }
.mail ol { padding-left: 7mm; } .mail ol li { margin-bottom: 2.5mm; }
.mail ol li b { font-size: 11.5pt; color: %(c1)s; display: block; }
"""


def email(spec):
    """VAWG: an email to partners whose body states the priorities as a numbered list."""
    items = "".join(f"<li><b>{e(t)}</b>{e(d)}</li>" for t, d in spec["priorities"])
    h = (f'<p>{e(spec["pri_intro"])}</p><div class="mail"><div class="bar">Inbox · Message</div><div class="hd">'
         f'<div><span>From:</span>{e(spec["mail_from"])}</div><div><span>To:</span>{e(spec["mail_to"])}</div>'
         f'<div><span>Subject:</span><b>{e(spec["mail_subject"])}</b></div></div><div class="bd">'
         f'<p>{e(spec["mail_open"])}</p><ol>{items}</ol><p>{e(spec["mail_close"])}</p>'
         f'<p>{e(spec["mail_sign"])}</p></div></div>')
    return h, EMAIL_CSS % {"c1": spec["c1"]}


TEAM_CSS = """
.team { border-radius: 3mm; overflow: hidden; border: 2px solid #2E7D32; margin: 3mm 0; }
.team .th { background: repeating-linear-gradient(90deg,#2E7D32 0 12mm,#388E3C 12mm 24mm); color: #fff; padding: 3mm 5mm; }
.team .th b { font-size: 13pt; display: block; } .team .th span { font-size: 8pt; }
.team .pl { display: flex; align-items: center; padding: 2.6mm 5mm; border-top: 1px solid #C8E6C9; }
.team .shirt { flex: 0 0 12mm; height: 12mm; background: %(c1)s; color: #fff; font-weight: 700; font-size: 13pt;
  text-align: center; line-height: 12mm; border-radius: 2mm 2mm 1mm 1mm; margin-right: 5mm; }
.team .pl b { font-size: 12pt; display: block; line-height: 1.25; } .team .pl span { font-size: 8pt; color: #555; }
.team .subs { background: #F1F8E9; padding: 2mm 5mm; font-size: 8pt; color: #555; border-top: 1px solid #C8E6C9; }
"""


def team(spec):
    """Youth justice: a team sheet with shirt numbers; the starting line-up are the priorities."""
    rows = "".join(f'<div class="pl"><div class="shirt">{i}</div><div><b>{e(t)}</b><span>{e(pos)}</span></div></div>'
                   for i, (t, _, pos) in enumerate(spec["priorities"], 1))
    h = (f'<p>{e(spec["pri_intro"])}</p><div class="team"><div class="th"><b>{e(spec["team_head"])}</b>'
         f'<span>{e(spec["team_sub"])}</span></div>{rows}<div class="subs">{e(spec["team_subs"])}</div></div>'
         '<h2>Why these priorities</h2><ul>' + "".join(f"<li>{e(d)}</li>" for _, d, _ in spec["priorities"]) + '</ul>')
    return h, TEAM_CSS % {"c1": spec["c1"]}


STICKER_CSS = """
.sheet { background: #F4F1EA; border: 1px dashed #AAA; padding: 6mm; margin: 3mm 0; }
.st { display: flex; align-items: center; margin: 3mm 0; }
.st .dot { flex: 0 0 34mm; height: 34mm; border-radius: 50%%; background: %(c1)s; border: 2mm solid #fff;
  box-shadow: 0.6mm 0.8mm 1.5mm rgba(0,0,0,.35); display: flex; align-items: center; justify-content: center;
  color: #fff; font-weight: 700; font-size: 22pt; }
.st .tx { margin-left: 6mm; } .st .tx b { font-size: 13pt; display: block; color: #222; }
.st .tx span { font-size: 8.5pt; color: #555; }
"""


def stickers(spec):
    """Fire and rescue: a sheet of round peel-off stickers, each with an icon letter, the priority beside it."""
    rows = "".join(f'<div class="st"><div class="dot">{e(ic)}</div><div class="tx"><b>{e(t)}</b>'
                   f'<span>{e(d)}</span></div></div>' for t, d, ic in spec["priorities"])
    h = f'<p>{e(spec["pri_intro"])}</p><div class="sheet">{rows}</div><p class="note">{e(spec["sheet_note"])}</p>'
    return h, STICKER_CSS % {"c1": spec["c1"]}
