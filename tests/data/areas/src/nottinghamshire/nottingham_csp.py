"""Nottingham Community Safety Partnership Plan 2024-2027: HTML printed by Chromium.

Six priorities, stated once, on p6 as the **first-level nodes of a mind map** ("Our plan as a mind map"):
an ellipse in the middle ("A safer Nottingham") with six curved SVG branches to six node boxes, three on
the left and three on the right at staggered heights; each node holds the priority in bold and a grey line
of short leaf words ("city centre · estates · tram stops"), which are not part of the priority.  No numbers.
The previous plan's priorities and the key findings (p4), the PCC's six priorities quoted in a sidebar and the
principles (p5), the delivery pages' short theme labels (p7) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from nottinghamshire.work import work_file

FILE = "strategies/nottingham_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Nottingham Community Safety Partnership Plan 2024–2027"

# (priority, leaf words, side, top in mm, colour)
PRIORITIES = [
    ("Reducing anti-social behaviour in the city centre and neighbourhoods", "city centre · estates · tram stops",
     "L", 4, "#D1495B"),
    ("Reducing serious violence and knife crime", "hotspots · A&E navigators · schools", "R", 30, "#00798C"),
    ("Violence against women and girls", "night-time economy · stalking · students", "L", 74, "#7B2D8B"),
    ("Reducing the harm caused by drugs and alcohol", "treatment · naloxone · licensing", "R", 100, "#EDAE49"),
    ("Tackling hate crime and building community cohesion", "reporting centres · events · faith groups", "L",
     144, "#30638E"),
    ("Tackling the criminal exploitation of children and young people", "county lines · missing children",
     "R", 170, "#3F7D20"),
]

DELIVERY = [
    ("ASB", ["Joint patrols of the city centre with the community protection officers.",
             "A named ASB caseworker for every repeat victim.", "Closure orders for problem premises."]),
    ("Violence", ["Navigators in the emergency department of the city hospital.",
                  "A hotspot plan for the six wards with most knife crime."]),
    ("VAWG", ["Safe spaces in the night-time economy with the universities.", "Stalking advocates."]),
    ("Substances", ["Naloxone in every hostel.", "A licensing plan for the city centre."]),
    ("Cohesion", ["Third-party hate crime reporting centres in libraries and mosques.",
                  "A cohesion fund for neighbourhood events."]),
    ("Exploitation", ["A weekly child exploitation panel.", "Return-home conversations for every missing child."]),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 18mm 17mm;
  @bottom-left { content: "Nottingham Community Safety Partnership  ·  " counter(page); font: 8pt 'DejaVu Sans'; color: #30638E; }
  @top-right { content: "Plan 2024–2027"; font: 7.5pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-left { content: none } @top-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #1F2A44; color: #fff; break-after: page; overflow: hidden; }
.cover .c1 { position: absolute; right: -30mm; top: -30mm; width: 130mm; height: 130mm; border-radius: 50%; background: #30638E; }
.cover .c2 { position: absolute; right: 40mm; top: 70mm; width: 50mm; height: 50mm; border-radius: 50%; background: #EDAE49; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 150mm; font-size: 28pt; line-height: 1.15; margin: 0; width: 160mm; }
.cover .yr { position: absolute; left: 18mm; top: 205mm; font-size: 15pt; color: #EDAE49; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #1F2A44; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #30638E; margin: 5mm 0 2mm 0; }
.toc div { padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #dde3ea; }
.toc div b { display: inline-block; width: 14mm; color: #D1495B; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.stat { background: #F0F3F7; padding: 2mm 3mm; } .stat b { font-size: 14pt; color: #1F2A44; display: block; }
.side { float: right; width: 64mm; border: 1.5px solid #30638E; padding: 3mm 4mm; margin: 0 0 3mm 5mm; font-size: 8pt; }
.map { position: relative; width: 176mm; height: 206mm; margin-top: 3mm; }
.map svg { position: absolute; left: 0; top: 0; }
.hub { position: absolute; left: 60mm; top: 86mm; width: 56mm; height: 32mm; border-radius: 50%; background: #1F2A44; color: #fff;
  font-size: 12pt; font-weight: 700; text-align: center; padding-top: 10.5mm; }
.node { position: absolute; width: 56mm; border: 1.6px solid #ccc; border-radius: 3mm; background: #fff; padding: 2.5mm 3mm; }
.node .p { font-size: 10.5pt; font-weight: 700; line-height: 1.3; }
.node .leaf { font-size: 7.2pt; color: #777; margin-top: 1.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #1F2A44; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #dde3ea; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #1F2A44; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def mind_map():
    out = ['<div class="map"><svg width="176mm" height="206mm" viewBox="0 0 176 206">']
    for name, leaf, side, top, col in PRIORITIES:
        y = top + 14
        if side == "L":
            out.append(f'<path d="M 62 102 C 52 102, 66 {y}, 56 {y}" stroke="{col}" stroke-width="1.4" fill="none"/>')
        else:
            out.append(f'<path d="M 114 102 C 124 102, 110 {y}, 120 {y}" stroke="{col}" stroke-width="1.4" fill="none"/>')
    out.append('</svg><div class="hub">A safer Nottingham</div>')
    for name, leaf, side, top, col in PRIORITIES:
        left = 0 if side == "L" else 120
        out.append(f'<div class="node" style="left:{left}mm;top:{top}mm;border-color:{col}">'
                   f'<div class="p" style="color:{col}">{e(name)}</div><div class="leaf">{e(leaf)}</div></div>')
    out.append('</div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="c1"></div><div class="c2"></div>'
             '<div class="org">NOTTINGHAM COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Nottingham in context", "ctx"), ("How we work", "how"),
                 ("Our plan as a mind map", "pri"), ("What we will do", "del"), ("Governance and measures", "gov")]:
        P.append(f'<div><b>{pages.get(k, 0)}</b>{e(t)}</div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Nottingham is a young, diverse and growing city, with two universities, a busy night-time economy and "
        "neighbourhoods that have some of the highest levels of deprivation in England. Crime and disorder are "
        "felt unevenly, and most of all by people who can least avoid them.",
        "The Community Safety Partnership brings together Nottingham City Council, Nottinghamshire Police, "
        "Nottinghamshire Fire and Rescue Service, the Probation Service, the Integrated Care Board and the "
        "voluntary and community sector. Its work is coordinated by the partnership's crime and drugs team.",
        "This plan sets out six priorities for the next three years, drawn from our strategic assessment and from "
        "what more than 1,200 residents told us (illustrative). We have drawn them as a mind map, because each "
        "one connects to the others and to the same aim.",
        "We will publish a short progress report every year."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Nottingham Community Safety Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Nottingham in context</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("338,000", "residents"), ("41,600", "crimes recorded in 2023/24"),
                 ("8,900", "anti-social behaviour incidents"), ("7,700", "domestic abuse incidents and crimes"),
                 ("310", "knife crime offences"), ("620", "hate crimes recorded")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["ASB is concentrated in the city centre and on six estates.",
              "Most knife crime victims and suspects are young men under 25.",
              "Women students report harassment in the night-time economy.",
              "Hate crime reports rise after national and international events.",
              "Children from the city are exploited by county lines networks."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our last plan</h2><p>The 2021–2024 plan had four priorities: Neighbourhood crime and '
             'anti-social behaviour; Violence and vulnerability; Substance misuse; and Hate crime. We have kept what '
             'worked and named our priorities more sharply.</p></div>')
    P.append('<div class="pg"><h1 class="t">How we work</h1><div class="side"><b>The Police and Crime Plan</b><br>'
             'The Police and Crime Commissioner\'s plan for 2024–2028 has six priorities: Keeping our '
             'neighbourhoods safe; Tackling serious violence and knife crime; Ending violence against women and '
             'girls; Supporting victims and survivors; Breaking the link between drugs and crime; Building trust '
             'and confidence in policing.</div><p>Our principles describe how we work, whatever the issue:</p><ul>'
             '<li><b>Locality first</b>: problems are solved where they happen.</li>'
             '<li><b>Victim focused</b>: we start with the person harmed.</li>'
             '<li><b>Evidence-led</b>: we use data from every partner.</li>'
             '<li><b>Fair</b>: we check our work for its impact on every community.</li></ul>'
             '<h2>Statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, the '
             'Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty. Prevent is delivered by the '
             'city\'s Prevent board and is not repeated in this plan.</p>'
             '<h2>Where the partnership fits</h2><p>The partnership reports to the Safer Nottinghamshire Board and '
             'works with the Violence Reduction Partnership, the combating drugs partnership and the city\'s '
             'domestic and sexual violence board.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our plan as a mind map</h1><p>Our six priorities for 2024–2027 branch '
             'out from one aim. The small grey words under each priority show where our work will start.</p>')
    P.append(mind_map())
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1><p>Each priority has a delivery group. Their first '
             'actions are below, under the short names the groups use.</p>')
    for name, acts in DELIVERY:
        P.append(f'<h2>{e(name)}</h2><ul>' + "".join(f"<li>{e(a)}</li>" for a in acts) + '</ul>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets quarterly, '
             'and reports to the council\'s scrutiny committee and to the Police and Crime Commissioner.</p>'
             '<table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "8,900", "Down"), ("Knife crime offences", "310", "Down"),
              ("Women who feel safe in the city centre at night", "44%", "Up"),
              ("Adults in drug and alcohol treatment", "2,350", "Up"), ("Hate crimes reported", "620", "Up"),
              ("Children discussed at the exploitation panel", "140", "Identified earlier")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p>'
             '<h2>Members</h2><p>Nottingham City Council; Nottinghamshire Police; Nottinghamshire Fire and Rescue '
             'Service; the Probation Service; NHS Nottingham and Nottinghamshire Integrated Care Board; the two '
             'universities; voluntary and community sector representatives.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Nottingham Community Safety Partnership</h2>'
             '<p>Loxley House, Nottingham</p><p>csp@nottingham.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Nottingham is a young", "ctx": "Nottingham in context The figures",
               "how": "How we work", "pri": "Our plan as a mind map Our six", "del": "What we will do Each",
               "gov": "Governance and measures The"}
    src = work_file("nottingham_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
