"""Leicester, Leicestershire and Rutland Violence Against Women and Girls Strategy 2024-2028: HTML printed by
Chromium (DejaVu Sans body, DejaVu Serif promises).

Four priorities, stated once, on p6 as **pull-quote promises** ("Our four promises"): each priority is set in
large italic serif type between an oversized coloured opening quotation mark (a separate, absolutely placed
element, which pdftotext prints on a line of its own) and a small attribution line "— the partnership's promise
to women and girls"; no numbers.  The page says the four promises are the strategy's priorities.  The survivor
quotes (p4, short italic quotations in a different style), the national Tackling VAWG Strategy's pillars (p5),
the principles (p5), the delivery themes (p7) and the outcome measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from leicestershire.work import work_file

FILE = "strategies/llr_violence_against_women_and_girls_strategy_2024-28.pdf"
TITLE = "Leicester, Leicestershire and Rutland Violence Against Women and Girls Strategy 2024–2028"

PRIORITIES = [
    "Preventing violence against women and girls before it starts",
    "Making sure every survivor gets the right support at the right time",
    "Holding perpetrators to account and changing their behaviour",
    "Making public spaces safer for women and girls",
]

CSS = """
@page { size: A4; margin: 18mm 18mm 18mm 18mm;
  @bottom-right { content: "Page " counter(page); font: 7.5pt 'DejaVu Sans'; color: #6A1B4D; }
  @bottom-left { content: "LLR VAWG Strategy 2024–2028"; font: 7.5pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #6A1B4D; color: #fff; break-after: page; overflow: hidden; }
.cover .arc { position: absolute; right: -60mm; top: 40mm; width: 200mm; height: 200mm; border-radius: 50%; border: 14mm solid #9C2A6E; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 9.5pt; font-weight: 700; letter-spacing: .8pt; width: 150mm; }
.cover h1 { position: absolute; left: 18mm; top: 120mm; font-family: 'DejaVu Serif', serif; font-size: 27pt; line-height: 1.15; margin: 0; width: 160mm; }
.cover .yr { position: absolute; left: 18mm; top: 185mm; font-size: 16pt; }
.pg { break-before: page; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 20pt; color: #6A1B4D; margin: 0 0 5mm 0; }
h2 { font-size: 10.8pt; color: #4A1236; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #E8D3DF; }
.toc div span.d { flex: 1; }
.voice { font-style: italic; color: #555; border-left: 1mm solid #D7B5C9; padding-left: 3mm; margin: 2.5mm 0; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #F7EDF3; padding: 3mm; text-align: center; } .stat b { display: block; font-size: 15pt; color: #6A1B4D; }
.promise { position: relative; margin: 6mm 0 7mm 0; padding: 2mm 6mm 0 24mm; min-height: 36mm; }
.promise .qm { position: absolute; left: 0; top: -8mm; font-family: 'DejaVu Serif', serif; font-size: 78pt; line-height: 1; color: #D98CB3; }
.promise .txt { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 17pt; line-height: 1.3; color: #4A1236; }
.promise .att { font-size: 7.8pt; color: #888; margin-top: 2mm; letter-spacing: .3pt; }
dl.det dt { font-weight: 700; color: #6A1B4D; margin-top: 3mm; }
dl.det dd { margin: 0.5mm 0 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 5mm 0; }
th { background: #6A1B4D; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E8D3DF; padding: 1.6mm 2mm; vertical-align: top; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #4A1236; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="arc"></div><div class="org">LEICESTER, LEICESTERSHIRE AND RUTLAND '
             'DOMESTIC AND SEXUAL VIOLENCE AND ABUSE PARTNERSHIP BOARD</div><h1>Violence Against Women and Girls '
             'Strategy</h1><div class="yr">2024 – 2028</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("What women and girls told us", "told"), ("The national picture and our principles", "nat"),
                 ("Our four promises", "pri"), ("How we will keep our promises", "det"), ("Measuring progress", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Violence against women and girls is a national emergency, and it happens here: in homes, on nights out, "
        "online and on the way home from school. It is never the fault of the woman or girl who is harmed.",
        "This strategy brings together Leicester City Council, Leicestershire County Council, Rutland County Council, "
        "Leicestershire Police, the Police and Crime Commissioner, the NHS, the Probation Service and specialist "
        "services across Leicester, Leicestershire and Rutland. It covers domestic abuse, sexual violence, stalking, "
        "harassment, so-called honour-based abuse, forced marriage and female genital mutilation.",
        "We have made four promises. This document explains them and how we will keep them."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, LLR Domestic and Sexual Violence and Abuse Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">What women and girls told us</h1><p>The figures are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("21,300", "domestic abuse crimes and incidents"), ("2,050", "rapes and sexual offences recorded"),
                 ("57%", "of women feel unsafe in town centres after dark")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>In their words</h2>')
    for q in ["I didn’t know what was happening to me was abuse until a nurse asked.",
              "I had to tell my story five times to five different people.",
              "I plan my route home from the bus stop every single night."]:
        P.append(f'<div class="voice">{e(q)}</div>')
    P.append('<p>Quotes are composites written for this strategy from our engagement sessions.</p></div>')
    P.append('<div class="pg"><h1 class="t">The national picture and our principles</h1><p>The Government’s '
             'Tackling Violence Against Women and Girls Strategy has three pillars: prioritising prevention; '
             'supporting victims; and pursuing perpetrators, supported by a stronger system. The Domestic Abuse '
             'Act 2021 places a duty on local authorities to provide support in safe accommodation.</p>'
             '<h2>Our principles</h2><ul><li>Survivors are believed and listened to.</li><li>We see the whole '
             'family, including children.</li><li>We work with men and boys to change attitudes.</li><li>Services '
             'meet the needs of every community.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our four promises</h1><p>Our priorities for 2024–2028 are four promises '
             'to the women and girls of Leicester, Leicestershire and Rutland.</p>')
    for t in PRIORITIES:
        P.append(f'<div class="promise"><div class="qm">“</div><div class="txt">{e(t)}</div>'
                 f'<div class="att">— the partnership’s promise to women and girls</div></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">How we will keep our promises</h1><dl class="det">')
    for lab, txt in [("Prevention", "Healthy relationships education in every secondary school; campaigns with men "
                      "and boys; training for GPs and midwives to ask about abuse."),
                     ("Support", "Independent domestic and sexual violence advisers; safe accommodation and "
                      "sanctuary schemes; support for children who live with abuse."),
                     ("Perpetrators", "Behaviour change programmes; stalking protection orders; a multi-agency "
                      "tasking approach for serial perpetrators."),
                     ("Public spaces", "Safer streets funding for lighting and CCTV; Ask for Angela in licensed "
                      "premises; welfare hubs on nights out.")]:
        P.append(f'<dt>{e(lab)}</dt><dd>{e(txt)}</dd>')
    P.append('</dl></div>')
    P.append('<div class="pg"><h1 class="t">Measuring progress</h1><p>The Partnership Board meets quarterly and '
             'reports to the three councils and to the Police and Crime Commissioner.</p><table><tr>'
             '<th>Outcome measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Pupils reached by healthy relationships education", "8,400", "Up"),
              ("Survivors supported within five days of referral", "64%", "Up"),
              ("Perpetrators completing a behaviour change programme", "120", "Up"),
              ("Women who feel safe in town centres after dark", "43%", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">LLR Domestic and Sexual Violence and Abuse Partnership Board</h2>'
             '<p>vawg@llr-partnership.example</p><p>If you are in danger, call 999.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Violence against women and girls is", "told": "What women and girls told us The",
               "nat": "The national picture and our principles The", "pri": "Our four promises Our priorities",
               "det": "How we will keep our promises Prevention", "gov": "Measuring progress The Partnership"}
    src = work_file("llr_vawg.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
