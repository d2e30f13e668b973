"""Lincolnshire Domestic Abuse Partnership Strategy 2024-2027: HTML printed by Chromium (Liberation Sans, DejaVu
Serif in the links).

Four priorities, stated once, on p6 as the **links of a chain** ("Breaking the chain"): four tall
pill-shaped rings with thick borders in a row, overlapping like chain links and set alternately higher and
lower, each holding one priority in bold serif, centred over three to five lines; no numbers.  A grey
caption under the chain explains the picture.  The definition and the survivors' words (p4), the national
Tackling Domestic Abuse Plan's four pillars and the partnership's principles (p5), the short theme labels
of "What the priorities mean" (p6), the delivery themes (p7) and the outcomes (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from lincolnshire.work import work_file

FILE = "strategies/lincolnshire_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Lincolnshire Domestic Abuse Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Prevent", "Preventing domestic abuse and intervening earlier",
     "Healthy relationships education in every secondary school, and training so that GPs, midwives, housing "
     "officers and teachers spot abuse and act sooner."),
    ("Safe homes", "Providing safe accommodation and specialist support for victims",
     "Refuge and dispersed safe accommodation in every district, sanctuary schemes, and IDVAs and outreach "
     "workers for every risk level."),
    ("Perpetrators", "Holding perpetrators to account and changing their behaviour",
     "Swift police action, domestic abuse protection orders, and behaviour change programmes for those who "
     "want to stop."),
    ("Children", "Recognising children as victims of domestic abuse in their own right",
     "Operation Encompass in every school, and therapeutic support for children who have lived with abuse."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 19mm 18mm;
  @bottom-center { content: "Page " counter(page); font: 8.5pt 'Liberation Sans'; color: #5B2A6E; }
  @top-left { content: "Lincolnshire Domestic Abuse Partnership"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #5B2A6E; color: #fff; break-after: page; overflow: hidden; }
.cover .ring { position: absolute; width: 60mm; height: 34mm; border: 5mm solid #D9A441; border-radius: 17mm; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 150mm; font: bold 30pt 'DejaVu Serif'; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 192mm; font-size: 16pt; }
.cover .help { position: absolute; left: 18mm; bottom: 18mm; font-size: 9pt; width: 174mm; border-top: 1px solid #D9A441; padding-top: 3mm; }
.pg { break-before: page; }
h1.t { font: bold 20pt 'DejaVu Serif'; color: #5B2A6E; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #A0522D; margin: 5mm 0 2mm 0; }
.toc div { display: flex; border-bottom: 1px solid #ddd; padding: 2.2mm 0; font-size: 10.5pt; }
.toc div span:first-child { flex: 1; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 3mm 0; }
.stat { border-top: 3px solid #5B2A6E; padding-top: 2mm; } .stat b { font-size: 15pt; color: #5B2A6E; display: block; }
blockquote { font-style: italic; color: #444; border-left: 3px solid #D9A441; margin: 2mm 0 3mm 0; padding-left: 4mm; }
.chain { position: relative; height: 112mm; margin: 6mm 0 2mm 0; }
.link { position: absolute; width: 50mm; height: 88mm; border: 4.5mm solid; border-radius: 25mm; display: flex; align-items: center; justify-content: center; text-align: center; padding: 0 3.5mm; background: rgba(255,255,255,0.0); }
.link span { font: bold 10pt 'DejaVu Serif'; line-height: 1.3; max-width: 30mm; position: relative; z-index: 10; color: #2B1433; }
.cap { font-size: 8pt; color: #777; text-align: center; margin-bottom: 4mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #5B2A6E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e2d6e6; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #5B2A6E; color: #fff; padding: 170mm 18mm 0 18mm; }
"""

LINKS = [(0, 8, "#5B2A6E"), (41, 20, "#A0522D"), (82, 8, "#5B2A6E"), (123, 20, "#A0522D")]


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">LINCOLNSHIRE DOMESTIC ABUSE PARTNERSHIP</div>'
             '<div class="ring" style="left:30mm;top:70mm"></div><div class="ring" style="left:78mm;top:80mm"></div>'
             '<div class="ring" style="left:126mm;top:70mm"></div>'
             '<h1>Domestic Abuse Strategy</h1><div class="yr">2024 – 2027</div>'
             '<div class="help">If you are in danger, call 999. For confidential help, contact the Lincolnshire '
             'domestic abuse helpline (illustrative number 0300 000 0000) or visit help.lincolnshire.example</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Understanding domestic abuse in Lincolnshire", "ctx"),
                 ("National and local context", "nat"), ("Breaking the chain: our priorities", "pri"),
                 ("Delivering the strategy", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Domestic abuse touches every community in Lincolnshire, from the city and the coast to the smallest "
        "village. In rural areas it can be harder to seek help: services are further away, neighbours may know "
        "everyone, and a car may be the only way out.",
        "The Lincolnshire Domestic Abuse Partnership is the local partnership board required by Part 4 of the "
        "Domestic Abuse Act 2021. Its members are Lincolnshire County Council, the district councils, Lincolnshire "
        "Police, the Police and Crime Commissioner, the NHS, probation and specialist domestic abuse services.",
        "This strategy was shaped by survivors. Their words run through it, and they will help us judge whether it "
        "has worked."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Lincolnshire Domestic Abuse Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Understanding domestic abuse in Lincolnshire</h1><p>Domestic abuse is '
             'defined in the Domestic Abuse Act 2021 as abusive behaviour by one person towards another where both '
             'are aged 16 or over and are personally connected. It includes physical, sexual, economic, '
             'psychological and emotional abuse, and controlling or coercive behaviour.</p>'
             '<p>The figures below are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("13,400", "incidents and crimes recorded"), ("1,150", "cases heard at MARAC"),
                 ("3,200", "children in households referred"), ("148", "households in safe accommodation")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["Nobody asked me. I went to the doctor six times.", "The refuge was forty miles from my children's "
              "school.", "He was arrested and home again by the morning."]:
        P.append(f"<blockquote>“{e(q)}”</blockquote>")
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">National and local context</h1><h2>The national plan</h2><p>The '
             'Government\'s Tackling Domestic Abuse Plan is built on four pillars: Prioritising prevention; '
             'Supporting victims; Pursuing perpetrators; and A stronger system. Our priorities follow a similar '
             'shape but are our own.</p><h2>The Police and Crime Plan</h2><p>The Commissioner\'s plan for '
             '2025–2029 includes Tackling violence against women and girls and Putting victims and witnesses first '
             'among its six priorities.</p><h2>Our principles</h2><ul><li><b>Survivor-led</b>: we design services '
             'with the people who use them.</li><li><b>Whole family</b>: we see the child, the victim and the '
             'person causing harm.</li><li><b>No wrong door</b>: any agency can open the way to help.</li>'
             '<li><b>Inclusive</b>: older victims, men, LGBT+ victims and migrant women are not left out.</li></ul>'
             '</div>')
    P.append('<div class="pg"><h1 class="t">Breaking the chain: our priorities</h1><p>Our four priorities for '
             '2024 to 2027 are the links in a chain that we mean to break. Each is led by a sub-group of the '
             'partnership.</p><div class="chain">')
    for (left, top, col), (_, name, _) in zip(LINKS, PRIORITIES):
        P.append(f'<div class="link" style="left:{left}mm;top:{top}mm;border-color:{col}"><span>{e(name)}</span></div>')
    P.append('</div><div class="cap">Four links, one chain: each priority depends on the others.</div>'
             '<h2>What the priorities mean</h2>')
    for short, _, txt in PRIORITIES:
        P.append(f'<p><b>{e(short)}.</b> {e(txt)}</p>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivering the strategy</h1><p>Each sub-group has an action plan. The '
             'main actions for 2024/25:</p><table><tr><th>Theme</th><th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in [("Prevent", "Healthy relationships lessons; IRIS training in GP practices", "Public health"),
              ("Safe homes", "Twelve new dispersed units; sanctuary scheme in every district", "County council"),
              ("Perpetrators", "Behaviour change programme for medium-risk perpetrators; DAPO pilot", "Police and OPCC"),
              ("Children", "Operation Encompass in all schools; children's therapeutic service", "Children's services")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Workforce</h2><p>A shared training offer for every partner, at three levels.</p></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>The partnership meets quarterly and '
             'reports to the Safer Lincolnshire Partnership, to the county council\'s executive and to the '
             'Ministry of Housing, Communities and Local Government on the safe accommodation duty.</p>'
             '<table><tr><th>Outcome</th><th>Measure</th><th>Baseline</th></tr>')
    for r in [("Abuse identified sooner", "Referrals from health settings", "410"),
              ("Victims safe at home", "Households in safe accommodation", "148"),
              ("Fewer repeat victims", "Repeat MARAC cases", "31%"),
              ("Children recover", "Children completing therapeutic support", "220")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Lincolnshire Domestic Abuse Partnership</h2>'
             '<p>County Offices, Newland, Lincoln</p><p>dapartnership@lincolnshire.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse touches", "ctx": "Understanding domestic abuse in Lincolnshire Domestic",
               "nat": "National and local context The national", "pri": "Breaking the chain: our priorities Our four",
               "del": "Delivering the strategy Each", "gov": "Outcomes and governance The partnership"}
    src = work_file("lincolnshire_domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
