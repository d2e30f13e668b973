"""Safer Sandwell Partnership Plan 2024-2027: HTML/CSS printed by Chromium (Liberation Sans, DejaVu Sans on the
plates).

Five priorities, stated once, on p6 as **street name plates fixed to a brick wall** ("Where we will be working"):
a CSS-drawn brick wall with five white plates with a black rim, set at different heights in two columns; each
plate has a small red "SAFER SANDWELL" strip and a grey district code ("B70", "B66" ...) above the priority,
which is set in capitals by CSS (pdftotext prints capitals) and wraps over two or three lines.  No numbers.  The
explanations follow on p7 under short labels; the 2021-2024 priorities, key findings and the PCC's priorities
(p4-5), the delivery table and measures are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from west_midlands.work import work_file

FILE = "strategies/safer_sandwell_partnership_plan_2024-27.pdf"
TITLE = "Safer Sandwell Partnership Plan 2024–2027"

PRIORITIES = [
    ("Reducing anti-social behaviour and its impact on our communities", "B70", "ASB",
     "We will tackle the places and people behind repeat anti-social behaviour and support the residents who "
     "live with it, including on our estates and in our town centres."),
    ("Reducing domestic abuse and its impact on families", "B69", "Home",
     "We will identify abuse earlier, support victims and their children, and hold perpetrators to account."),
    ("Protecting children and young people from criminal exploitation", "B66", "Exploitation",
     "We will find the children at risk of being exploited by county lines and other criminal gangs, and act "
     "together to keep them safe."),
    ("Making our roads safer", "B71", "Roads",
     "We will tackle speeding, dangerous driving and nuisance vehicles, which residents in every town tell us "
     "about, with the police, the fire service and community speedwatch."),
    ("Reducing the harm caused by drugs and alcohol", "B67", "Substances",
     "We will get more people into treatment, reduce drug-related deaths and tackle street drinking."),
]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-left { content: "Safer Sandwell Partnership · Plan 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #777; }
  @bottom-right { content: "Page " counter(page); font: 8.5pt 'Liberation Sans'; color: #00594F; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #00594F; color: #fff; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 150mm; width: 210mm; height: 40mm; background: #F2A900; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 80mm; font-size: 32pt; line-height: 1.12; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 160mm; font-size: 20pt; color: #00594F; font-weight: 700; }
.cover .towns { position: absolute; left: 18mm; bottom: 22mm; font-size: 10pt; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #00594F; margin: 0 0 4mm 0; }
h2 { font-size: 11.5pt; color: #00594F; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #D5E3E0; }
.toc div span.t { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.stat { background: #E6F0EE; padding: 3mm; } .stat b { font-size: 15pt; color: #00594F; display: block; }
.quote { border-left: 4px solid #F2A900; padding: 1mm 4mm; font-style: italic; color: #444; }
.wall { margin-top: 4mm; height: 185mm; border-radius: 2mm; position: relative;
  background-color: #9B4A2C;
  background-image: linear-gradient(#D9CBB8 1.2mm, transparent 1.2mm),
    linear-gradient(90deg, #D9CBB8 1.2mm, transparent 1.2mm);
  background-size: 24mm 9mm, 24mm 18mm; }
.plate { position: absolute; width: 80mm; background: #fff; border: 1.2mm solid #111; border-radius: 2.5mm;
  box-shadow: 0 0 0 1.2mm #fff, 1mm 1.5mm 0 1.4mm rgba(0,0,0,.35); padding: 2.5mm 4mm 3.5mm 4mm; }
.plate .top { display: flex; justify-content: space-between; font: 700 6.8pt 'Liberation Sans'; letter-spacing: .6pt; }
.plate .top .b { color: #C8102E; } .plate .top .c { color: #777; }
.plate .name { font: 700 12.5pt/1.22 'DejaVu Sans'; text-transform: uppercase; color: #111; margin-top: 1.2mm; }
.key { font-size: 8pt; color: #555; margin-top: 3mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #00594F; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #cfe0dc; padding: 1.6mm 2mm; vertical-align: top; }
.lab { font-weight: 700; color: #C8102E; font-size: 10.5pt; margin: 4mm 0 1mm 0; }
.note { font-size: 7.6pt; color: #777; }
"""

POS = [(6, 10), (92, 30), (6, 64), (92, 92), (6, 124)]  # (left mm, top mm) of each plate


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head>'
         '<body>']
    P.append('<div class="cover"><div class="org">SAFER SANDWELL PARTNERSHIP</div><h1>Community Safety<br>Partnership '
             'Plan</h1><div class="band"></div><div class="yr">2024 – 2027</div><div class="towns">Oldbury · Rowley '
             'Regis · Smethwick · Tipton · Wednesbury · West Bromwich</div></div>')
    P.append('<div class="pg"><h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Sandwell in numbers", "ctx"), ("How we chose our priorities", "how"),
                 ("Where we will be working", "pri"), ("What we will do", "do"), ("Governance and measures", "gov")]:
        P.append(f'<div><span class="t">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Sandwell is made up of six towns, each with its own history and its own pride. Most residents feel safe "
        "where they live, but too many do not, and the same streets and estates come up again and again in our "
        "data.",
        "The Safer Sandwell Partnership is the borough's community safety partnership. It brings together Sandwell "
        "Council, West Midlands Police, West Midlands Fire Service, the Probation Service, the NHS and the "
        "voluntary and community sector, and it is accountable to residents.",
        "This plan sets out the five priorities we will work on from 2024 to 2027. We have shown them as street "
        "signs, because that is where the work happens: on the streets and in the homes of Sandwell.",
        "We will publish a short progress report every year."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safer Sandwell Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Sandwell in numbers</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("343,000", "residents"), ("41,200", "crimes recorded in 2023/24"), ("7,900", "ASB incidents"),
                 ("8,600", "domestic abuse crimes"), ("412", "road casualties"), ("1,700", "adults in treatment")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["Anti-social behaviour is concentrated in West Bromwich town centre and four estates.",
              "Domestic abuse accounts for one in five violent crimes.",
              "Speeding and nuisance driving are the top concern in the residents' survey.",
              "Children as young as 12 are being groomed to carry drugs."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><div class="quote">"We just want to be able to walk to the shops without worrying." '
             '— resident, Tipton (illustrative)</div></div>')
    P.append('<div class="pg"><h1 class="t">How we chose our priorities</h1><p>We used our strategic assessment, a '
             'residents\' survey with 2,300 replies (illustrative) and the views of partners.</p><h2>Our last plan</h2>'
             '<p>The 2021–2024 plan had three priorities: Safer neighbourhoods; Protecting vulnerable people; and '
             'Reducing violence. We have kept the work but now name the issues more precisely.</p>'
             '<h2>The Police and Crime Plan</h2><p>The Police and Crime Commissioner\'s plan for 2024–2028 has six '
             'priorities: Preventing and reducing crime; Standing up for young people; Tackling violence against '
             'women and girls; Supporting victims and witnesses; Reducing harm from drugs and alcohol; and A visible, '
             'accountable and trusted police service.</p><h2>What residents told us</h2><ul>'
             '<li>Speeding and nuisance vehicles</li><li>Drug dealing and drug use in public</li>'
             '<li>Groups gathering and intimidating people</li><li>Fly-tipping</li></ul>'
             '<p>Fly-tipping is led by the council\'s environment service and is not a partnership priority.</p></div>')
    P.append('<div class="pg"><h1 class="t">Where we will be working</h1><p>Our five priorities for 2024 to 2027 '
             'are the five street signs on the wall below. They are not in order of importance.</p><div class="wall">')
    for (name, code, _, _), (x, y) in zip(PRIORITIES, POS):
        P.append(f'<div class="plate" style="left:{x}mm; top:{y}mm"><div class="top"><span class="b">SAFER SANDWELL'
                 f'</span><span class="c">{code}</span></div><div class="name">{e(name)}</div></div>')
    P.append('</div><p class="key">The district codes show where each priority is most needed; the work covers the '
             'whole borough.</p></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1>')
    for name, _, lab, txt in PRIORITIES:
        P.append(f'<div class="lab">{e(lab)}</div><p>{e(txt)}</p>')
    P.append('<h2>Delivery groups</h2><table><tr><th>Group</th><th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in [("Neighbourhoods", "Hotspot problem-solving in West Bromwich; an ASB victims' champion", "Council"),
              ("Domestic abuse", "IDVA at Sandwell General Hospital; a perpetrator programme", "Council"),
              ("Exploitation", "A child exploitation panel; return-home interviews", "Children's Trust"),
              ("Roads", "Average speed cameras on two routes; community speedwatch", "Police, highways"),
              ("Substances", "Naloxone in hostels; an alcohol outreach worker", "Public health")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets quarterly and '
             'reports to the council\'s Safer Neighbourhoods and Active Communities Scrutiny Board and to the Police '
             'and Crime Commissioner.</p><table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "7,900", "Down"), ("Repeat domestic abuse victims", "29%", "Down"),
              ("Children at risk of exploitation with a plan", "64%", "Up"),
              ("People killed or seriously injured on roads", "118", "Down"),
              ("Adults in drug and alcohol treatment", "1,700", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p><h2>Contact</h2>'
             '<p>Safer Sandwell Partnership, Sandwell Council House, Oldbury · safersandwell@sandwell.example</p></div>'
             '</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Sandwell is made up", "ctx": "Sandwell in numbers The figures",
               "how": "How we chose our priorities We used", "pri": "Where we will be working Our five",
               "do": "What we will do ASB", "gov": "Governance and measures The partnership"}
    src = work_file("sandwell_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
