"""Nottinghamshire Domestic Abuse and Sexual Violence Strategy 2024-2027: HTML printed by Chromium
(DejaVu Serif headings, Liberation Sans body).

Five priorities, stated once, on p6 as the **petals of a flower diagram**: a centre disc ("Survivors at the
centre") with five rounded petals placed around it on a pentagon (one at the top, two at the sides, two
below), each petal holding one priority in bold serif type over two to four lines; no numbers.  pdftotext
reads the petals top first, then left and right.  The survivor quotes and the definition (p4), the national
Tackling Domestic Abuse Plan pillars, the previous strategy's priorities and the principles (p5), the short
delivery labels (p7) and the outcomes (p8) are distractors.
"""
import html
import math

from common import chromium_to_pdf, two_pass
from nottinghamshire.work import work_file

FILE = "strategies/nottinghamshire_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Nottinghamshire Domestic Abuse and Sexual Violence Strategy 2024–2027"

PRIORITIES = [
    "Preventing domestic abuse and sexual violence before it starts",
    "Support for every survivor, adult or child, when and where they need it",
    "Holding perpetrators to account and helping them to change",
    "Safe homes for survivors and their children",
    "Improving the justice response to rape and sexual violence",
]
COLOURS = ["#6A4C93", "#8E5BA8", "#B07CC6", "#7D3C98", "#5B2C6F"]
# petal order on the page: top, upper left, upper right, lower left, lower right
ANGLES = [-90, 198, -18, 126, 54]

DELIVERY = [
    ("Prevent", ["Healthy relationships lessons in every secondary school.",
                 "A county campaign for men and boys on consent."]),
    ("Support", ["IDVAs and ISVAs in hospitals, GP surgeries and courts.",
                 "Specialist workers for children who have lived with abuse."]),
    ("Pursue and change", ["Perpetrator programmes in every district.", "Domestic abuse protection orders."]),
    ("Home", ["Refuge spaces and dispersed safe accommodation.", "Sanctuary schemes so survivors can stay put."]),
    ("Justice", ["ISVAs at court for every trial.", "A rape scrutiny panel with the police and CPS."]),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-right { content: "Page " counter(page); font: 8pt 'Liberation Sans'; color: #6A4C93; }
  @bottom-left { content: "Nottinghamshire DASV Strategy 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #999; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
h1, h2, .petal, .core { font-family: 'DejaVu Serif', serif; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F4EFF8; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 0; width: 210mm; height: 120mm; background: #5B2C6F; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; color: #fff; letter-spacing: .8pt; }
.cover h1 { position: absolute; left: 18mm; top: 52mm; font-size: 27pt; line-height: 1.2; margin: 0; width: 175mm; color: #fff; }
.cover .yr { position: absolute; left: 18mm; top: 135mm; font-size: 16pt; color: #5B2C6F; }
.cover .help { position: absolute; left: 18mm; bottom: 20mm; width: 174mm; font-size: 9pt; color: #444; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #5B2C6F; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #6A4C93; margin: 5mm 0 2mm 0; }
.toc div { padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px dashed #c9b6d8; display: flex; justify-content: space-between; }
.quote { font-family: 'DejaVu Serif', serif; font-style: italic; color: #5B2C6F; border-left: 3px solid #B07CC6; padding-left: 4mm; margin: 3mm 0; }
.stats { display: flex; gap: 3mm; margin: 3mm 0; } .stat { flex: 1; background: #F4EFF8; padding: 2mm 3mm; }
.stat b { display: block; font-size: 14pt; color: #5B2C6F; }
.flower { position: relative; width: 174mm; height: 178mm; margin: 4mm auto 0 auto; }
.petal { position: absolute; width: 60mm; height: 50mm; border-radius: 50% 50% 50% 50% / 55% 55% 45% 45%;
  color: #fff; font-size: 10.6pt; font-weight: 700; line-height: 1.3; text-align: center;
  display: flex; align-items: center; justify-content: center; padding: 0 7mm; }
.core { position: absolute; left: 65mm; top: 64mm; width: 44mm; height: 44mm; border: 2mm solid #fff; border-radius: 50%; background: #F7D154;
  color: #3A2146; font-size: 10pt; font-weight: 700; text-align: center; display: flex; align-items: center; justify-content: center; padding: 0 5mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 5mm 0; }
th { background: #5B2C6F; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e2d7ea; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def flower():
    out = ['<div class="flower">']
    cx, cy, r = 87, 86, 52
    for text, ang, col in zip(PRIORITIES, ANGLES, COLOURS):
        x = cx + r * math.cos(math.radians(ang)) - 30
        y = cy + r * math.sin(math.radians(ang)) - 25
        out.append(f'<div class="petal" style="left:{x:.1f}mm;top:{y:.1f}mm;background:{col}">{e(text)}</div>')
    out.append('<div class="core">Survivors at the centre</div></div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">NOTTINGHAMSHIRE DOMESTIC ABUSE LOCAL '
             'PARTNERSHIP BOARD</div><h1>Domestic Abuse and Sexual Violence Strategy</h1>'
             '<div class="yr">2024 – 2027</div><div class="help">If you are in danger, call 999. For confidential '
             'support, call the Nottinghamshire domestic abuse helpline on 0800 000 0000 (illustrative).</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Domestic abuse and sexual violence in Nottinghamshire", "ctx"),
                 ("Where this strategy comes from", "from"), ("Our priorities", "pri"),
                 ("Delivering the strategy", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Domestic abuse and sexual violence can happen to anyone, and their harm lasts for years. One in five "
        "crimes recorded in Nottinghamshire is linked to domestic abuse (illustrative), and most sexual violence "
        "is never reported.",
        "This strategy is the Domestic Abuse Local Partnership Board's plan for the county's seven districts. It "
        "meets our duty under Part 4 of the Domestic Abuse Act 2021 and sets out how partners will work together "
        "on sexual violence too.",
        "Survivors shaped it. Their voices are at the centre of our priorities, and of the diagram that shows "
        "them.",
        "We will publish an annual report on our progress."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Nottinghamshire Domestic Abuse Local Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Domestic abuse and sexual violence in Nottinghamshire</h1>'
             '<p>Domestic abuse is abusive behaviour by one person towards another to whom they are personally '
             'connected: physical or sexual abuse, violent or threatening behaviour, controlling or coercive '
             'behaviour, economic abuse, and psychological or emotional abuse. The figures are illustrative.</p>'
             '<div class="stats">')
    for n, c in [("14,600", "domestic abuse incidents and crimes"), ("1,350", "sexual offences recorded"),
                 ("2,900", "children in households referred to MARAC"), ("64", "refuge spaces")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["“I needed someone to believe me the first time I asked for help.”",
              "“My children were the ones who suffered most, and no one asked them.”",
              "“I left with a bin bag of clothes. I should not have had to be the one to go.”"]:
        P.append(f'<div class="quote">{e(q)}</div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Where this strategy comes from</h1><h2>The national picture</h2>'
             '<p>The national Tackling Domestic Abuse Plan has four pillars: prioritising prevention; supporting '
             'victims; pursuing perpetrators; and a stronger system. The national strategy for tackling violence '
             'against women and girls sets the wider frame.</p><h2>Our last strategy</h2><p>The 2021–2024 strategy '
             'had three priorities: Early intervention; Safe accommodation; and Pursuing perpetrators. All three '
             'continue in a new form.</p><h2>Our principles</h2><ul><li><b>Believe survivors</b> and act on what '
             'they tell us.</li><li><b>See the child</b>: children are victims in their own right.</li>'
             '<li><b>Intersectional</b>: services that work for every community.</li><li><b>Trauma-informed</b> '
             'in every contact.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Five priorities, drawn as the petals of one flower '
             'because none of them works without the others.</p>')
    P.append(flower())
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivering the strategy</h1><p>The Board\'s delivery groups use short '
             'names for each priority. Their main actions are:</p>')
    for name, acts in DELIVERY:
        P.append(f'<h2>{e(name)}</h2><ul>' + "".join(f"<li>{e(a)}</li>" for a in acts) + '</ul>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>By 2027 we want to see these outcomes '
             '(baselines illustrative):</p><table><tr><th>Outcome</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Repeat referrals to MARAC", "29%", "Down"), ("Survivors who feel safer after support", "81%", "Up"),
              ("Perpetrators completing a programme", "180", "Up"),
              ("Households placed in safe accommodation", "420", "Up"),
              ("Rape cases reaching court", "6%", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Governance</h2><p>The Domestic Abuse Local Partnership Board meets quarterly and reports '
             'to Nottinghamshire County Council and the Safer Nottinghamshire Board. Members include the county and '
             'district councils, Nottinghamshire Police, the Office of the Police and Crime Commissioner, the '
             'Integrated Care Board, the Probation Service and specialist services.</p>'
             '<p>Contact: dasv@nottinghamshire.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse and sexual violence can", "ctx": "in Nottinghamshire Domestic abuse is",
               "from": "Where this strategy comes from The national", "pri": "Our priorities Five priorities",
               "del": "Delivering the strategy The", "gov": "Outcomes and governance By 2027"}
    src = work_file("notts_dasv.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
