"""Cumbria Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium (Liberation Sans, Liberation
Serif headings).

Four priorities, stated once, on p6 as the **stations of a route map** ("Our route to 2026"): a thick coloured
line runs across the page from a "2023" terminus to a "2026" terminus, with four station discs on it; each
station's name is a priority, printed alternately **above and below the line** in bold and wrapping over two
to four lines in a narrow label.  No numbers.  pdftotext prints the two labels above the line first, then the
two below.  The explanations follow under short names ("Supply", "Treatment", "Deaths", "Young people").

Distractors: the principles (p3), the *From harm to hope* priorities and outcomes (p4), the needs assessment
findings (p5), the terminus labels and short names (pp6-7) and the outcomes framework (p8).
"""
import html

from common import chromium_to_pdf, two_pass
from cumbria.work import work_file

FILE = "strategies/cumbria_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Cumbria Combating Drugs Partnership Strategy 2023–2026"

# (priority, short name, position (above/below), explanation)
PRIORITIES = [
    ("Breaking county lines and local drug supply", "Supply", "above",
     "Close down county lines running from Merseyside and Lancashire, target local dealers, and protect the "
     "people whose homes are taken over (cuckooing)."),
    ("Getting more people into treatment and keeping them in recovery", "Treatment", "below",
     "More treatment places, outreach in rural areas, and recovery communities in Carlisle, Workington, Barrow "
     "and Kendal."),
    ("Preventing drug-related deaths", "Deaths", "above",
     "Naloxone for everyone at risk and their families, a review of every death, and faster help after a "
     "non-fatal overdose."),
    ("Stopping young people from starting to use drugs", "Young people", "below",
     "Drug education in schools, early help for children whose parents use drugs, and youth services in the "
     "places young people go."),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 18mm 17mm;
  @bottom-center { content: "Cumbria Combating Drugs Partnership  |  " counter(page); font: 7.8pt 'Liberation Sans'; color: #555; } }
@page bare { margin: 0; @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
h1, h2 { font-family: 'Liberation Serif', serif; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F4F1EA; break-after: page; overflow: hidden; }
.cover .line { position: absolute; left: 0; right: 0; top: 200mm; height: 5mm; background: #00807A; }
.cover .dot { position: absolute; top: 196mm; width: 13mm; height: 13mm; border-radius: 50%; background: #fff; border: 3.5mm solid #00807A; }
.cover .org { position: absolute; left: 18mm; top: 24mm; font-size: 10pt; font-weight: 700; color: #00807A; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 70mm; font-size: 32pt; line-height: 1.15; margin: 0; width: 170mm; color: #223; }
.cover .yr { position: absolute; left: 18mm; top: 130mm; font-size: 17pt; color: #B5651D; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #00605B; margin: 0 0 5mm 0; }
h2 { font-size: 12pt; color: #B5651D; margin: 5mm 0 2mm 0; }
h3 { font-size: 10pt; color: #00605B; margin: 3mm 0 1mm 0; }
.toc div { display: flex; padding: 1.8mm 0; font-size: 11pt; border-bottom: 1px dashed #b8c9c7; }
.toc div span.d { flex: 1; }
.route { position: relative; height: 112mm; margin: 6mm 0; background: #F4F1EA; border-radius: 3mm; }
.route .track { position: absolute; left: 8mm; right: 8mm; top: 52mm; height: 5mm; background: #00807A; border-radius: 2.5mm; }
.route .term { position: absolute; top: 48mm; width: 16mm; height: 13mm; background: #223; color: #fff; font-size: 8pt; font-weight: 700; text-align: center; line-height: 13mm; border-radius: 2mm; }
.route .stn { position: absolute; top: 49mm; width: 11mm; height: 11mm; border-radius: 50%; background: #fff; border: 3mm solid #00807A; }
.route .tick { position: absolute; width: 1.2mm; background: #00807A; }
.route .lab { position: absolute; width: 40mm; font-weight: 700; font-size: 12pt; line-height: 1.25; color: #223; }
.route .lab.above { bottom: 73mm; }
.route .lab.below { top: 71mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.stat { background: #F4F1EA; padding: 2.5mm 3mm; } .stat b { display: block; font-size: 15pt; color: #00605B; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #00605B; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d6dedd; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="line"></div>'
             + "".join(f'<div class="dot" style="left:{x}mm"></div>' for x in (30, 80, 130, 180))
             + '<div class="org">CUMBRIA COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023 – 2026</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("The national strategy", "nat"), ("Drugs in Cumbria", "ctx"),
                 ("Our route to 2026", "pri"), ("What we will do", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span class="d">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Drugs cause harm in every part of Cumbria: in the towns on the west coast and in Furness, in Carlisle, "
        "and in rural communities where help can be an hour's drive away. Too many families in the county have "
        "lost someone to drugs.",
        "The Cumbria Combating Drugs Partnership was set up in 2022 in response to the national drugs strategy. "
        "It brings together both councils, the police, the Commissioner, the NHS, probation, HMP Haverigg, "
        "Jobcentre Plus and people with lived experience of addiction and recovery.",
        "This strategy sets out the four stops on our route to 2026."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Senior Responsible Owner, Cumbria Combating Drugs Partnership</b></p><h2>Our principles</h2><ul>'
             '<li>Addiction is a health condition; recovery is possible.</li>'
             '<li>People with lived experience shape what we do.</li>'
             '<li>Rural residents should not get a lesser service.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">The national strategy</h1><p><i>From harm to hope</i>, the '
             'Government\'s ten-year drugs plan (2021), has three strategic priorities:</p><ol>'
             '<li>Break drug supply chains</li><li>Deliver a world-class treatment and recovery system</li>'
             '<li>Achieve a generational shift in demand for drugs</li></ol><p>Its strategic outcomes are reducing '
             'drug use; reducing drug-related crime; and reducing drug-related deaths and harm. Every local '
             'partnership must publish a plan and report against the national outcomes framework.</p>'
             '<h2>The Police and Crime Plan</h2><p>The Commissioner\'s plan for 2025–2029 supports our work on '
             'treatment and deaths as part of preventing crime, and our work on supply as part of reducing serious '
             'violence and exploitation.</p></div>')
    P.append('<div class="pg"><h1 class="t">Drugs in Cumbria</h1><p>The figures below are illustrative and are not '
             'official statistics.</p><div class="stats">')
    for n, c in [("3,100", "adults in structured treatment"), ("58", "drug-related deaths in 2022"),
                 ("41%", "of people leaving prison who start treatment within three weeks"),
                 ("27", "county lines identified in 2022/23"), ("310", "young people in specialist services"),
                 ("£9m", "estimated annual cost of drug-related crime")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the needs assessment found</h2><ul>'
             '<li>Barrow and Workington have the highest rates of drug-related deaths in the North West.</li>'
             '<li>Fewer than half of the people who need treatment are in it.</li>'
             '<li>Most county lines come up the M6 from Merseyside and Lancashire.</li>'
             '<li>Cannabis and ketamine use among young people is rising.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our route to 2026</h1><p>The partnership has four priorities. We show '
             'them as the stops on a route: each one matters on its own, and together they get us where we want to '
             'be by 2026.</p><div class="route"><div class="track"></div>'
             '<div class="term" style="left:3mm">2023</div><div class="term" style="right:3mm">2026</div>')
    xs = [30, 68, 106, 144]
    for (name, _, pos, _), x in zip(PRIORITIES, xs):
        P.append(f'<div class="stn" style="left:{x - 5.5}mm"></div>')
        if pos == "above":
            P.append(f'<div class="tick" style="left:{x - 0.6}mm; top:40mm; height:9mm"></div>')
        else:
            P.append(f'<div class="tick" style="left:{x - 0.6}mm; top:60mm; height:9mm"></div>')
        P.append(f'<div class="lab {pos}" style="left:{x - 12}mm">{e(name)}</div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1><p>Each stop has a lead and a delivery group.</p>')
    for name, short, _, txt in PRIORITIES:
        P.append(f'<h3>{e(short)}</h3><p>{e(txt)}</p>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>We report to the Office for Health '
             'Improvement and Disparities against the national outcomes framework, and to the Commissioner and both '
             'health and wellbeing boards.</p><table><tr><th>Outcome</th><th>Baseline</th><th>Ambition 2026</th></tr>')
    for r in [("Adults in treatment", "3,100", "3,700"), ("Drug-related deaths", "58", "Fewer each year"),
              ("Prison leavers engaging in treatment within three weeks", "41%", "75%"),
              ("County lines closed", "27", "Up"), ("Young people in treatment", "310", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative. Contact: drugspartnership@cumbria.example</p>'
             '</div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs cause harm", "nat": "The national strategy From harm",
               "ctx": "Drugs in Cumbria The figures", "pri": "Our route to 2026 The partnership",
               "del": "What we will do Each stop", "gov": "Outcomes and governance We report"}
    src = work_file("cumbria_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
