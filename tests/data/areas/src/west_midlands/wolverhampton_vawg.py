"""Safer Wolverhampton Partnership: Violence Against Women and Girls Strategy 2024-2028: HTML/CSS printed by
Chromium (Liberation Sans body, DejaVu Serif on the labels).

Four priorities, stated once, on p6 as a **gallery wall** ("Our priorities, on the gallery wall"): four framed
pictures (CSS-drawn abstract artworks, no text, in dark frames with a cream mount) hung in a 2 x 2 grid on a
grey wall, each with a small **museum label** card beside the frame: the priority as the bold serif title,
an italic grey credit line ("Workshop piece, 2023 · acrylic on board") and one sentence.  No numbers.  The
national Tackling VAWG strategy's pillars and the survivors' words (p5), the definition (p4), the action
table's short themes (p7) and the outcomes (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from west_midlands.work import work_file

FILE = "strategies/wolverhampton_vawg_strategy_2024-28.pdf"
TITLE = "Safer Wolverhampton Partnership: Violence Against Women and Girls Strategy 2024–2028"

PRIORITIES = [
    ("Preventing violence against women and girls before it starts", "Workshop piece, 2023 · acrylic on board",
     "Healthy relationships education in every school, and work with men and boys to challenge misogyny.",
     "linear-gradient(135deg,#7B2D8E 0 40%,#F2C14E 40% 55%,#2E4057 55%)"),
    ("Supporting survivors and their children to recover and thrive", "Workshop piece, 2023 · collage",
     "Specialist advocates, therapeutic support for children and support that lasts as long as it is needed.",
     "radial-gradient(circle at 35% 40%,#F28F3B 0 18%,transparent 19%),linear-gradient(#C8553D,#5B2A86)"),
    ("Holding perpetrators to account and changing their behaviour", "Workshop piece, 2024 · ink and wash",
     "Swifter justice, more use of protective orders and behaviour change programmes that work.",
     "repeating-linear-gradient(90deg,#1B998B 0 8mm,#ECE2D0 8mm 11mm,#2D3047 11mm 16mm)"),
    ("Making public spaces safe for women and girls, day and night", "Workshop piece, 2024 · acrylic on canvas",
     "Safer routes, better lighting, trained staff in venues and on transport, and a city centre safe haven.",
     "linear-gradient(#0B1D51 0 55%,#725AC1 55% 70%,#F4D35E 70%)"),
]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @top-left { content: "Violence Against Women and Girls Strategy 2024–2028"; font: 7.5pt 'Liberation Sans'; color: #6A3D7C; }
  @bottom-center { content: counter(page); font: 700 9pt 'Liberation Sans'; color: #6A3D7C; } }
@page bare { margin: 0; @top-left { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #4A1D5C; color: #fff; overflow: hidden; }
.cover .arc { position: absolute; right: -40mm; top: 40mm; width: 160mm; height: 160mm; border-radius: 50%; border: 14mm solid #C77DBA; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 170mm; font: 700 28pt/1.15 'DejaVu Serif'; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 232mm; font-size: 16pt; }
.pg { break-before: page; }
h1.t { font: 700 19pt 'DejaVu Serif'; color: #4A1D5C; margin: 0 0 4mm 0; }
h2 { font-size: 11.5pt; color: #6A3D7C; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1px dashed #B79AC4; margin: 0 2mm 1.3mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.stat { border: 1px solid #D8C8E0; padding: 2.5mm 3mm; } .stat b { font-size: 15pt; color: #6A3D7C; display: block; }
.voice { background: #F4EEF7; padding: 3mm 5mm; margin: 2mm 0; font-style: italic; }
.wall { background: #E7E5E1; padding: 8mm 6mm 6mm 6mm; display: grid; grid-template-columns: 1fr 1fr; gap: 9mm 7mm; border-top: 3mm solid #C9C5BD; }
.exhibit { display: flex; gap: 3mm; align-items: flex-start; }
.frame { width: 40mm; height: 52mm; border: 3mm solid #2B2118; padding: 4mm; background: #F6F0E3; box-shadow: 1mm 1.5mm 2mm rgba(0,0,0,.35); flex: none; }
.art { width: 100%; height: 100%; }
.label { background: #fff; border: 0.3mm solid #BDB7AC; padding: 2.4mm 2.6mm; width: 37mm; margin-top: 14mm; box-shadow: 0.4mm 0.6mm 0 rgba(0,0,0,.15); }
.label .ti { font: 700 9.6pt/1.25 'DejaVu Serif'; color: #111; }
.label .cr { font-size: 6.6pt; color: #777; font-style: italic; margin: 1mm 0 1.2mm 0; }
.label .tx { font-size: 7.2pt; line-height: 1.35; color: #333; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #6A3D7C; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E0D4E6; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head>'
         '<body>']
    P.append('<div class="cover"><div class="arc"></div><div class="org">SAFER WOLVERHAMPTON PARTNERSHIP</div>'
             '<h1>Violence Against Women and Girls Strategy</h1><div class="yr">2024 – 2028</div></div>')
    P.append('<div class="pg"><h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Understanding violence against women and girls", "ctx"),
                 ("What survivors told us", "heard"), ("Our priorities, on the gallery wall", "pri"),
                 ("What we will do", "do"), ("Governance and outcomes", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Violence against women and girls is not inevitable. It is caused by the choices of perpetrators, and it is "
        "made possible by attitudes that we can all challenge.",
        "This is the Safer Wolverhampton Partnership's first strategy to cover every form of violence against "
        "women and girls: domestic abuse, sexual violence, stalking, harassment, so-called honour-based abuse, "
        "female genital mutilation and forced marriage.",
        "Survivors shaped it. In 2023 a group of survivors worked with artists at a series of workshops, and "
        "their pictures now hang in the civic centre. We have used four of them to show our priorities.",
        "Men and boys are also victims of these crimes, and our services are open to them."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safer Wolverhampton Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Understanding violence against women and girls</h1><p>The Home Office '
             'defines violence against women and girls as acts of violence or abuse that disproportionately affect '
             'women and girls. The figures below are illustrative and are not official statistics.</p>'
             '<div class="stats">')
    for n, c in [("5,900", "domestic abuse crimes recorded in 2023/24"), ("610", "rapes and other sexual offences"),
                 ("1,240", "stalking and harassment offences"), ("1 in 3", "women who say they feel unsafe in the "
                 "city centre after dark")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Who is affected</h2><p>Women aged 16 to 24 are the most likely to be victims. Disabled '
             'women and women from some minority communities face extra barriers to getting help.</p></div>')
    P.append('<div class="pg"><h1 class="t">What survivors told us</h1>')
    for q in ["I needed someone to believe me the first time I told them.",
              "The support stopped when the court case ended, but the fear didn't.",
              "Nobody ever talked to him about what he was doing."]:
        P.append(f'<div class="voice">"{e(q)}"</div>')
    P.append('<h2>The national strategy</h2><p>The government\'s Tackling Violence Against Women and Girls strategy '
             '(2021) and its Tackling Domestic Abuse Plan (2022) are built around four areas: Prioritising '
             'prevention; Supporting victims; Pursuing perpetrators; and A stronger system.</p>'
             '<h2>The Police and Crime Plan</h2><p>The Police and Crime Commissioner\'s plan for 2024–2028 includes '
             'the priority Tackling violence against women and girls, with objectives on domestic abuse, rape and '
             'sexual offences, safety in public places and prevention.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities, on the gallery wall</h1><p>Our four priorities for 2024 '
             'to 2028 are the titles on the gallery labels. Each picture was made by a survivor at our workshops.'
             '</p><div class="wall">')
    for name, credit, txt, art in PRIORITIES:
        P.append(f'<div class="exhibit"><div class="frame"><div class="art" style="background:{art}"></div></div>'
                 f'<div class="label"><div class="ti">{e(name)}</div><div class="cr">{e(credit)}</div>'
                 f'<div class="tx">{e(txt)}</div></div></div>')
    P.append('</div><p class="note">The pictures are reproduced with the artists\' permission; the artists are not '
             'named, at their request.</p></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1><table><tr><th>Theme</th><th>Action</th><th>Lead</th>'
             '<th>By</th></tr>')
    for r in [("Prevention", "Healthy relationships lessons in every secondary school", "Education", "2025"),
              ("Prevention", "A campaign with football clubs aimed at young men", "Council", "2025"),
              ("Support", "Children's IDVA and therapeutic groups", "Council", "2024"),
              ("Support", "Floating support for two years after a refuge stay", "Housing", "2026"),
              ("Perpetrators", "A perpetrator programme with the Probation Service", "Probation", "2025"),
              ("Perpetrators", "Stalking protection orders sought in every eligible case", "Police", "2024"),
              ("Public spaces", "A women's safety charter for city centre venues", "Licensing", "2024"),
              ("Public spaces", "Lighting upgrades on six routes to the bus station", "Highways", "2026")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Governance and outcomes</h1><p>The VAWG Board reports to the Safer '
             'Wolverhampton Partnership and to the Domestic Abuse Local Partnership Board.</p><h2>Outcomes we want '
             'to see by 2028</h2><ul><li>Fewer women and girls experience violence and abuse.</li><li>More survivors '
             'say they were believed and supported.</li><li>More perpetrators are brought to justice.</li><li>Women '
             'and girls feel safer in the city centre.</li></ul><table><tr><th>Measure</th><th>Baseline</th>'
             '<th>Direction</th></tr>')
    for r in [("Repeat referrals to MARAC", "33%", "Down"), ("Survivors who felt believed", "64%", "Up"),
              ("Women who feel safe after dark", "67%", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative. Contact: saferwolverhampton@wolverhampton.example'
             '</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Violence against women and girls is not", "ctx": "Understanding violence against "
               "women and girls The Home", "heard": "What survivors told us", "pri": "on the gallery wall Our four",
               "do": "What we will do Theme", "gov": "Governance and outcomes The VAWG"}
    src = work_file("wolverhampton_vawg.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
