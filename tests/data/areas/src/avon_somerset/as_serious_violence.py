"""Avon and Somerset Serious Violence Duty Strategy 2024-2029: HTML printed by Chromium.

The four strategic priorities are stated once, on p6, as a lettered list
(A-D, each letter in a coloured disc) inside a shaded panel headed "Our
strategic priorities".  The delivery sections that follow (pp7-8) carry only
short titles ("Knives and weapons", "Young people", "Nights out", "Data and
insight").  The local definition of serious violence, the specified
authorities, the needs assessment findings, the Home Office success measures,
the local measures and the governance chart are distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/avon_and_somerset_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Avon and Somerset Serious Violence Duty Strategy 2024–2029"

PRIORITIES = [
    ("Reduce knife crime and other serious violence across Avon and Somerset", "Knives and weapons",
     ["Focused deterrence in Bristol, Weston-super-Mare and Bridgwater for the people most involved in violence.",
      "Knife arches, weapons sweeps and surrender bins with schools and transport operators.",
      "Hospital navigators in the emergency departments at Southmead, the BRI, Weston and Musgrove Park."]),
    ("Prevent children and young people from being drawn into violence", "Young people",
     ["Mentoring and trusted adults for children at risk of exclusion.",
      "Youth workers in custody suites and in the emergency departments.",
      "Violence prevention in the PSHE curriculum in every secondary school."]),
    ("Reduce violence in the night-time economy", "Nights out",
     ["Best Bar None and Ask for Angela in every city and town centre.",
      "Welfare hubs and street marshals on the busiest nights.",
      "Licensing reviews where premises are linked to repeated violence."]),
    ("Build a shared data and intelligence picture of serious violence", "Data and insight",
     ["A single data-sharing agreement for all the specified authorities.",
      "An annual strategic needs assessment using police, health, education and youth justice data.",
      "A shared dashboard for the five local violence reduction units."]),
]

CSS = """
@page { size: A4; margin: 20mm 17mm 20mm 17mm;
  @bottom-left { content: "Avon and Somerset Violence Reduction Partnership"; font: 7.5pt 'Liberation Sans'; color: #8A8A8A; }
  @bottom-right { content: "Page " counter(page); font: 8pt 'Liberation Sans'; color: #5C2A86; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.45; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #2A1740; color: #fff; position: relative; overflow: hidden; break-after: page; }
.cover .stripe { position: absolute; left: 0; top: 150mm; width: 210mm; height: 16mm; background: #E6007E; }
.cover .stripe2 { position: absolute; left: 0; top: 170mm; width: 210mm; height: 6mm; background: #F29100; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-weight: 700; font-size: 10pt; letter-spacing: 1.5pt; }
.cover h1 { position: absolute; left: 18mm; top: 70mm; width: 170mm; font-size: 30pt; line-height: 1.15; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 190mm; font-size: 22pt; color: #F29100; }
.page { break-before: page; }
h1.t { font-size: 21pt; color: #5C2A86; margin: 0 0 5mm 0; }
h2 { font-size: 12.5pt; color: #5C2A86; margin: 5mm 0 2mm 0; }
.toc table td { border: none; padding: 2mm 0; font-size: 11pt; } .toc td.n { text-align: right; color: #5C2A86; }
.def { border-left: 5px solid #E6007E; background: #FBEAF3; padding: 4mm 6mm; font-size: 10.5pt; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 4mm 0; }
.tile { background: #EFE9F5; padding: 4mm 3mm; border-radius: 2mm; }
.tile .n { font-size: 18pt; font-weight: 700; color: #5C2A86; } .tile .c { font-size: 8pt; }
.panel { background: #F3EEF8; border-radius: 4mm; padding: 6mm 8mm; margin-top: 4mm; }
.panel .row { display: flex; align-items: center; gap: 5mm; margin: 5mm 0; }
.panel .disc { flex: 0 0 13mm; height: 13mm; border-radius: 50%; background: #E6007E; color: #fff; font-weight: 700; font-size: 15pt; text-align: center; line-height: 13mm; }
.panel .txt { font-size: 15pt; font-weight: 700; color: #2A1740; line-height: 1.25; }
.sec { border-top: 3px solid #F29100; margin-top: 6mm; padding-top: 2mm; }
.sec h2 { margin-top: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th { background: #5C2A86; color: #fff; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #DDD3E6; padding: 2mm; vertical-align: top; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
.note { font-size: 7.8pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #2A1740; color: #fff; padding: 140mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">AVON AND SOMERSET VIOLENCE REDUCTION PARTNERSHIP</div>'
             '<h1>Serious Violence Duty Strategy</h1><div class="stripe"></div><div class="stripe2"></div>'
             '<div class="yr">2024–2029</div></div>')
    toc = [("Foreword", "fw"), ("What we mean by serious violence", "def"), ("The picture in Avon and Somerset", "ctx"),
           ("Our strategic priorities", "pri"), ("Delivering the strategy", "del"), ("Measuring success", "kpi"),
           ("Governance", "gov")]
    P.append('<h1 class="t">Contents</h1><div class="toc"><table>')
    for t, k in toc:
        P.append(f'<tr><td>{e(t)}</td><td class="n">{pages.get(k, 0)}</td></tr>')
    P.append('</table></div>')
    P.append('<div class="page"><h1 class="t">Foreword</h1>')
    for t in [
        "The Serious Violence Duty, which came into force in January 2023, requires the police, councils, youth offending "
        "teams, probation, fire and rescue services and the NHS to work together to prevent and reduce serious "
        "violence. This strategy is our joint response for the whole of Avon and Somerset.",
        "It builds on five years of work by the violence reduction units in Bristol, Bath and North East Somerset, "
        "North Somerset, South Gloucestershire and Somerset. Each unit will deliver the strategy locally, with its own "
        "action plan.",
        "We have chosen four strategic priorities. They are based on our strategic needs assessment and on what "
        "young people, families and communities have told us.",
        "Violence is preventable. By working together, and by treating violence as a public health problem as well as "
        "a crime, we can stop it before it starts."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, Avon and Somerset Violence Reduction Partnership Board</b></p></div>")
    P.append('<div class="page"><h1 class="t">What we mean by serious violence</h1><div class="def">For this strategy, '
             'serious violence means homicide, violence against the person causing injury, knife and weapon crime, '
             'robbery, and violence linked to drug markets and exploitation. Domestic abuse and sexual violence are '
             'led by their own partnership strategies, but are reflected here where they overlap.</div>'
             '<h2>The specified authorities</h2><ul>')
    for t in ["Avon and Somerset Police", "Bristol, Bath and North East Somerset, North Somerset, South Gloucestershire "
              "and Somerset councils", "the youth offending teams", "the Probation Service",
              "Avon Fire and Rescue Service and Devon and Somerset Fire and Rescue Service",
              "the Bristol, North Somerset and South Gloucestershire and the Somerset integrated care boards"]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul><h2>Our approach</h2><p>We follow a public health approach: we focus on populations, use data to "
             "understand the problem, address the causes of violence, and test and evaluate what we do. We work with "
             "communities and with young people, not just for them.</p></div>")
    P.append('<div class="page"><h1 class="t">The picture in Avon and Somerset</h1><p>Figures are illustrative, '
             'from the 2023 strategic needs assessment.</p><div class="tiles">')
    for n, c in [("1,260", "knife-enabled offences a year"), ("58%", "of victims under 25"), ("1 in 3", "violent "
                  "offences in city and town centres at night"), ("22", "homicides in three years")]:
        P.append(f'<div class="tile"><div class="n">{e(n)}</div><div class="c">{e(c)}</div></div>')
    P.append('</div><h2>Key findings</h2><ul>')
    for t in ["Knife crime is concentrated in central and east Bristol, Weston-super-Mare and Bridgwater.",
              "Children excluded from school are many times more likely to be involved in violence.",
              "Alcohol is a factor in most violence in the night-time economy.",
              "Drug markets and county lines drive a large share of the most serious violence.",
              "Partners do not yet share data routinely, so hidden violence is missed."]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul></div>")
    P.append('<div class="page"><h1 class="t">Our strategic priorities</h1><p>The partnership board has agreed four '
             'strategic priorities for 2024–2029. Every local violence reduction unit will plan against them.</p>'
             '<div class="panel">')
    for i, (name, _, _) in enumerate(PRIORITIES):
        P.append(f'<div class="row"><div class="disc">{"ABCD"[i]}</div><div class="txt">{e(name)}</div></div>')
    P.append('</div><p>Tackling violence against women and girls and exploitation are cross-cutting themes that run '
             'through all four priorities.</p></div>')
    P.append('<div class="page"><h1 class="t">Delivering the strategy</h1><p>Each local violence reduction unit will '
             'agree an annual action plan. The main areas of activity are:</p>')
    for k, (name, short, acts) in enumerate(PRIORITIES):
        if k == 2:
            P.append('</div><div class="page">')
        P.append(f'<div class="sec"><h2>{e(short)}</h2><ul>' + "".join(f"<li>{e(a)}</li>" for a in acts) + "</ul></div>")
    P.append("</div>")
    P.append('<div class="page"><h1 class="t">Measuring success</h1><h2>The Home Office success measures</h2><ol>'
             '<li>A reduction in hospital admissions for assaults with a knife or sharp object, especially among those '
             'victims aged under 25</li><li>A reduction in knife and sharp object enabled serious violence recorded by '
             'the police</li><li>A reduction in homicides recorded by the police</li></ol><h2>Local measures</h2>'
             '<table><tr><th>Measure</th><th>Baseline</th></tr>')
    for r in [("Under-25s admitted to hospital after assault with a sharp object", "140"),
              ("Night-time economy violence with injury", "2,900"), ("Children excluded permanently", "310"),
              ("Partners sharing data under the agreement", "6 of 14")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="page"><h1 class="t">Governance</h1><p>The Avon and Somerset Violence Reduction Partnership '
             'Board is chaired by the Police and Crime Commissioner and meets quarterly. The five local violence reduction '
             'units report to it, and it reports to the Local Criminal Justice Board and to each community safety '
             'partnership.</p><h2>Links to other strategies</h2><ul><li>Community safety partnership plans</li>'
             '<li>VAWG and domestic abuse strategies</li><li>Combating drugs partnership plans</li>'
             '<li>Youth justice plans</li></ul></div>')
    P.append('<div class="back"><h2>Avon and Somerset Violence Reduction Partnership</h2>'
             '<p>vrp@avonandsomerset.example</p><p>Figures in this strategy are illustrative.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword The Serious Violence Duty", "def": "What we mean by serious violence For this",
               "ctx": "The picture in Avon and Somerset Figures", "pri": "Our strategic priorities The partnership",
               "del": "Delivering the strategy Each", "kpi": "Measuring success The Home Office",
               "gov": "Governance The Avon and Somerset"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "as_serious_violence.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
