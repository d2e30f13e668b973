"""County Durham and Darlington Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium
(Liberation Sans).

Five priorities, stated once, on p6 as the **spoke labels of a radar (spider) chart** ("Our priorities and
how far we have come"): an inline SVG with five spokes, grid pentagons, a grey "2023 baseline" polygon
and a teal "2026 ambition" polygon; each spoke ends in a label box (HTML, absolutely positioned) holding
the priority in bold, wrapping over two or three lines.  No numbers.  The tick values, legend, the *From
harm to hope* priorities (p4), the previous strategy's priorities (p5), the short action headings (p7)
and the outcomes table (p8) are distractors.
"""
import html
import math

from common import chromium_to_pdf, two_pass
from durham.work import work_file

FILE = "strategies/county_durham_and_darlington_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "County Durham and Darlington Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [  # (priority, baseline 0-1, ambition 0-1)
    ("Breaking drug supply chains and closing down county lines", 0.45, 0.8),
    ("Getting more people into treatment and supporting long-term recovery", 0.55, 0.85),
    ("Reducing drug-related deaths", 0.35, 0.7),
    ("Getting people leaving prison or on probation into drug treatment", 0.4, 0.75),
    ("Preventing young people from starting to use drugs", 0.3, 0.65),
]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-right { content: counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #14746F; }
  @bottom-left { content: "Combating Drugs Partnership Strategy 2023–2026"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0F4C5C; color: #fff; break-after: page; overflow: hidden; }
.cover .c1 { position: absolute; right: -40mm; top: 40mm; width: 150mm; height: 150mm; border-radius: 50%; border: 14mm solid #14746F; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; width: 120mm; }
.cover h1 { position: absolute; left: 18mm; top: 190mm; font-size: 29pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 250mm; font-size: 15pt; color: #99E2B4; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #0F4C5C; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #14746F; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 11pt; border-bottom: 1px dashed #99C9C2; }
.toc div span.d { flex: 1; }
.nat { border: 1px solid #99C9C2; padding: 3mm 4mm; background: #F1FAF8; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0; }
.stat { border-top: 4px solid #14746F; padding: 2mm; } .stat b { font-size: 15pt; color: #0F4C5C; display: block; }
.radar { position: relative; width: 176mm; height: 168mm; margin-top: 2mm; }
.radar svg { position: absolute; left: 0; top: 0; }
.lab { position: absolute; width: 50mm; font-weight: 700; font-size: 10.2pt; line-height: 1.28; color: #0F4C5C; }
.legend { font-size: 8pt; color: #555; margin-top: 2mm; }
.legend span { display: inline-block; width: 8mm; height: 3mm; margin: 0 1.5mm 0 4mm; vertical-align: middle; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 5mm 0; }
th { background: #0F4C5C; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #D5E8E4; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def radar():
    cx, cy, R = 88.0, 86.0, 50.0
    n = len(PRIORITIES)
    ang = [math.radians(-90 + 360 * k / n) for k in range(n)]

    def pt(k, f):
        return cx + R * f * math.cos(ang[k]), cy + R * f * math.sin(ang[k])
    svg = [f'<svg width="176mm" height="168mm" viewBox="0 0 176 168">']
    for f in (0.25, 0.5, 0.75, 1.0):
        pts = " ".join(f"{x:.2f},{y:.2f}" for x, y in (pt(k, f) for k in range(n)))
        svg.append(f'<polygon points="{pts}" fill="none" stroke="#C9DEDA" stroke-width="0.35"/>')
    for k in range(n):
        x, y = pt(k, 1.0)
        svg.append(f'<line x1="{cx}" y1="{cy}" x2="{x:.2f}" y2="{y:.2f}" stroke="#9FC2BC" stroke-width="0.4"/>')
    for idx, col, op in ((1, "#B8B8B8", 0.55), (2, "#14746F", 0.35)):
        pts = " ".join(f"{x:.2f},{y:.2f}" for x, y in (pt(k, PRIORITIES[k][idx]) for k in range(n)))
        svg.append(f'<polygon points="{pts}" fill="{col}" fill-opacity="{op}" stroke="{col}" stroke-width="0.7"/>')
    for f, t in ((0.5, "50%"), (1.0, "100%")):
        x, y = pt(0, f)
        svg.append(f'<text x="{x + 1.5:.2f}" y="{y + 3:.2f}" font-size="3" fill="#888" '
                   f'font-family="Liberation Sans">{t}</text>')
    svg.append('</svg>')
    # label boxes: (left, top) in mm for each spoke end
    pos = [(63, 20), (128, 56), (117, 131), (10, 131), (0, 56)]
    labs = "".join(f'<div class="lab" style="left:{x}mm;top:{y}mm;'
                   f'{"text-align:center" if k == 0 else ""}">{e(p)}</div>'
                   for k, ((p, _, _), (x, y)) in enumerate(zip(PRIORITIES, pos)))
    return f'<div class="radar">{"".join(svg)}{labs}</div>'


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="c1"></div><div class="org">County Durham and Darlington Combating '
             'Drugs Partnership</div><h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023 – 2026</div>'
             '</div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("The national strategy", "nat"), ("The local picture", "loc"),
                 ("Our priorities and how far we have come", "pri"), ("What we will do", "do"),
                 ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Drugs cause harm to the people who use them, to their families and to the communities where they are "
        "sold. County Durham and Darlington have some of the highest rates of drug-related deaths in England, and "
        "behind every death is a family left grieving.",
        "The Combating Drugs Partnership was set up in 2022 in response to the national drugs strategy. It brings "
        "together public health in both councils, treatment and recovery services, Durham Constabulary, the "
        "Probation Service, prisons, the NHS, housing and people with lived experience of addiction.",
        "This strategy sets out our five priorities for 2023 to 2026 and how we will measure progress against "
        "them."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Senior Responsible Owner, Combating Drugs Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">The national strategy</h1><div class="nat"><b>From harm to hope</b>, '
             'the Government\'s ten-year drugs plan (2021), has three strategic priorities:<ul>'
             '<li>Break drug supply chains</li><li>Deliver a world-class treatment and recovery system</li>'
             '<li>Achieve a generational shift in the demand for drugs</li></ul>Its outcomes include reducing '
             'drug use, reducing drug-related crime and reducing drug-related deaths and harm.</div>'
             '<h2>What it asks of local partnerships</h2><p>Each area must have a combating drugs partnership with a '
             'senior responsible owner, a joint needs assessment and a local plan with a shared set of outcomes. '
             'This document is that plan for County Durham and Darlington.</p><h2>The Police and Crime Plan</h2>'
             '<p>The Police, Crime and Victims\' Commissioner\'s plan for 2025–2029 commits to working with the '
             'partnership on treatment, recovery and drug-related deaths, and to closing down county lines.</p></div>')
    P.append('<div class="pg"><h1 class="t">The local picture</h1><p class="note">The figures below are '
             'illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("2,900", "adults in drug and alcohol treatment"), ("118", "drug-related deaths over three "
                 "years"), ("41%", "of prison leavers engaged in treatment within three weeks"),
                 ("27", "county lines disrupted in 2022/23"), ("9%", "of 15-year-olds say they have tried "
                 "cannabis"), ("62%", "of people in treatment for opiates also use alcohol")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Our last strategy</h2><p>The County Durham Drug and Alcohol Strategy 2020–2023 focused on '
             'three areas: Prevention and early help; Treatment and recovery; and Enforcement. This new strategy '
             'covers Darlington as well and adds a priority for people in the justice system.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities and how far we have come</h1><p>Our five priorities are '
             'the five spokes of the chart. The grey shape shows where we were in 2023 and the teal shape the '
             'ambition we have set for 2026 (both illustrative).</p>')
    P.append(radar())
    P.append('<div class="legend"><span style="background:#B8B8B8"></span>2023 baseline'
             '<span style="background:#8CC0BB"></span>2026 ambition</div></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1><table><tr><th>Short name</th><th>Key actions</th>'
             '<th>Lead</th></tr>')
    for r in [("Supply", "Closure orders on cuckooed homes; joint operations with neighbouring forces",
               "Durham Constabulary"),
              ("Treatment", "Recovery hubs in every locality; peer mentors in treatment services", "Public health"),
              ("Deaths", "Naloxone for every person leaving prison; a drug-related death review panel",
               "Public health"),
              ("Justice", "Prison in-reach workers at HMP Durham and HMP Frankland; treatment requirements at court",
               "Probation Service"),
              ("Young people", "Drug education in schools; early help for children of parents who use drugs",
               "Councils")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><table><tr><th>National outcome</th>'
             '<th>Local measure</th><th>Baseline (illustrative)</th></tr>')
    for r in [("Reducing drug supply", "County lines disrupted", "27"),
              ("Increasing engagement in treatment", "Adults in treatment", "2,900"),
              ("Improving recovery outcomes", "Successful completions", "19%"),
              ("Reducing drug-related deaths", "Deaths a year", "39"),
              ("Continuity of care", "Prison leavers in treatment within three weeks", "41%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Governance</h2><p>The partnership meets quarterly and reports to both Health and '
             'Wellbeing Boards, the Safe Durham Partnership and the Darlington Community Safety Partnership. '
             'Contact: cdp@durham.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs cause harm", "nat": "The national strategy From harm",
               "loc": "The local picture The figures", "pri": "Our priorities and how far we have come Our five",
               "do": "What we will do Short name", "gov": "Outcomes and governance National"}
    src = work_file("drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
