"""Brighton & Hove Combating Drugs Partnership Plan 2023-2026: HTML printed by Chromium (Liberation Sans).

Four priorities, stated once, on p6 "The elements of our plan" as **tiles of a periodic table**: each tile
has a small "atomic number", a large two-letter symbol ("Su", "Tr", "Dd", "Yp") and, under it, the priority
in bold (two or three lines).  The four coloured tiles are the priorities; three grey tiles beside them
("Da" Data and evidence, "Lx" Lived experience, "Wf" Workforce) are enablers, as the legend under the table
says, and are distractors, as are the symbols and numbers, the *From harm to hope* priorities and outcomes
(p4), the principles (p3), the short labels on p7 and the outcomes table (p8).
"""
import html

from common import chromium_to_pdf, two_pass
from sussex.work import work_file

FILE = "strategies/brighton_and_hove_combating_drugs_partnership_plan_2023-26.pdf"
TITLE = "Brighton & Hove Combating Drugs Partnership Plan 2023–2026"

PRIORITIES = [
    (1, "Su", "Disrupting county lines and the local drug supply", "#2F6690"),
    (2, "Tr", "Getting more people into treatment and keeping them in recovery", "#3A7D44"),
    (3, "Dd", "Preventing drug-related deaths", "#9E2A2B"),
    (4, "Yp", "Preventing young people from starting to use drugs and alcohol", "#B5651D"),
]
ENABLERS = [(5, "Da", "Data and evidence"), (6, "Lx", "Lived experience"), (7, "Wf", "Workforce")]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.8pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "Brighton & Hove Combating Drugs Partnership"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F4F1EA; break-after: page; }
.cover .strip { position: absolute; left: 0; top: 0; width: 210mm; height: 12mm; background: #2F6690; }
.cover .org { position: absolute; left: 18mm; top: 24mm; font-size: 10pt; font-weight: 700; color: #2F6690; }
.cover h1 { position: absolute; left: 18mm; top: 95mm; font-size: 34pt; margin: 0; width: 170mm; line-height: 1.12; color: #1d2b36; }
.cover .yr { position: absolute; left: 18mm; top: 150mm; font-size: 18pt; color: #9E2A2B; }
.cover .mini { position: absolute; left: 18mm; top: 190mm; display: flex; gap: 3mm; }
.cover .mini div { width: 22mm; height: 22mm; color: #fff; font-size: 16pt; font-weight: 700; padding: 3mm; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #1d2b36; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #2F6690; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #d5d0c4; }
.toc div span:first-child { flex: 1; }
.ptable { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin-top: 6mm; }
.el { border: 0.5mm solid rgba(0,0,0,0.15); padding: 2.5mm 3mm 3mm 3mm; min-height: 52mm; color: #fff; }
.el .n { font-size: 8pt; }
.el .sym { font-size: 30pt; font-weight: 700; line-height: 1.05; margin: 1mm 0 2mm 0; }
.el .name { font-size: 10.5pt; font-weight: 700; line-height: 1.25; }
.gap { grid-column: span 1; }
.en { background: #E4E4E4; color: #555; min-height: 36mm; }
.en .name { font-weight: 400; font-size: 8.6pt; }
.legend { display: flex; gap: 8mm; margin-top: 5mm; font-size: 8.2pt; color: #444; }
.legend span i { display: inline-block; width: 4mm; height: 4mm; margin-right: 2mm; vertical-align: -0.6mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 5mm 0; }
th { background: #1d2b36; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d5d0c4; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
.tag { display: inline-block; font-weight: 700; color: #fff; padding: 0.4mm 2mm; margin-right: 2mm; font-size: 8.4pt; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="strip"></div><div class="org">BRIGHTON &amp; HOVE COMBATING DRUGS '
             'PARTNERSHIP</div><h1>Combating Drugs Partnership Plan</h1><div class="yr">2023–2026</div>'
             '<div class="mini">' + "".join(f'<div style="background:{c}">{s}</div>' for _, s, _, c in PRIORITIES)
             + '</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("About the partnership", "fw"), ("The national strategy", "nat"), ("Brighton & Hove in figures",
                                                                                    "ctx"),
                 ("The elements of our plan", "pri"), ("What we will do", "do"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">About the partnership</h1>')
    for t in ["The Brighton & Hove Combating Drugs Partnership brings together Brighton & Hove City Council, Sussex "
              "Police, the Office of the Sussex Police and Crime Commissioner, NHS Sussex, the Probation Service, "
              "HM Prison and Probation Service, Jobcentre Plus, treatment providers and people with lived "
              "experience of drug and alcohol use.",
              "Brighton & Hove has one of the highest rates of drug-related deaths in the south east. Behind every "
              "number is a person, a family and a community. This plan sets out our local priorities for 2023 to "
              "2026 and how we will deliver them together."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<h2>Our principles</h2><ul><li>People with lived experience at the table</li><li>Treatment works, '
             'and recovery is possible</li><li>No wrong door</li><li>Challenging stigma in everything we do</li>'
             '</ul><p><b>Senior Responsible Owner, Brighton &amp; Hove Combating Drugs Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">The national strategy</h1><p>The national drugs strategy, <i>From harm to '
             'hope</i> (2021), has three strategic priorities:</p><ol><li>Break drug supply chains</li><li>Deliver a '
             'world-class treatment and recovery system</li><li>Achieve a generational shift in the demand for '
             'drugs</li></ol><p>Its national outcomes are reducing drug use, reducing drug-related crime, and '
             'reducing drug-related deaths and harm. Every local partnership publishes a plan showing how it will '
             'deliver them.</p></div>')
    P.append('<div class="pg"><h1 class="t">Brighton &amp; Hove in figures</h1><p>Illustrative figures, not official '
             'statistics.</p><table><tr><th>Indicator</th><th>2022/23</th></tr>')
    for r in [("Adults in drug and alcohol treatment", "2,700"), ("Drug-related deaths", "44"),
              ("County lines operating into the city", "18"), ("Young people in specialist treatment", "140"),
              ("Continuity of care from prison", "41%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">The elements of our plan</h1><p>We have set out our plan as a periodic '
             'table. The four coloured elements are our priorities for 2023 to 2026. The grey elements are the '
             'things that make them work.</p><div class="ptable">')
    for n, sym, name, col in PRIORITIES:
        P.append(f'<div class="el" style="background:{col}"><div class="n">{n}</div><div class="sym">{sym}</div>'
                 f'<div class="name">{e(name)}</div></div>')
    for n, sym, name in ENABLERS:
        P.append(f'<div class="el en"><div class="n">{n}</div><div class="sym">{sym}</div>'
                 f'<div class="name">{e(name)}</div></div>')
    P.append('</div><div class="legend"><span><i style="background:#2F6690"></i>Priority</span>'
             '<span><i style="background:#E4E4E4"></i>Enabler</span></div></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1>')
    acts = {"Su": ["Joint operations with neighbouring forces on lines into the city.",
                   "Closure orders on cuckooed homes, with support for the tenant."],
            "Tr": ["More treatment places funded by the supplementary grant.", "A recovery worker in custody and "
                                                                               "at the prison gate."],
            "Dd": ["A drug-related death review panel.", "Naloxone for families, hostels and outreach teams."],
            "Yp": ["Drug and alcohol education in every secondary school.", "Early help for young people who "
                                                                            "experiment."]}
    for n, sym, name, col in PRIORITIES:
        P.append(f'<h2><span class="tag" style="background:{col}">{sym}</span></h2><ul>'
                 + "".join(f"<li>{e(a)}</li>" for a in acts[sym]) + "</ul>")
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><table><tr><th>Outcome</th><th>Measure</th>'
             '<th>Direction</th></tr>')
    for r in [("Less drug supply", "County lines closed", "Up"), ("More people in recovery", "Adults in treatment",
                                                                   "Up"),
              ("Fewer deaths", "Drug-related deaths", "Down"), ("Less demand", "Young people who have used drugs",
                                                                "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The partnership meets quarterly and reports to the national Joint Combating Drugs Unit, '
             'the Health and Wellbeing Board and the Safer Communities Partnership.</p><p class="note">All figures '
             'are illustrative. Contact: cdp@brighton-hove.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "About the partnership The Brighton", "nat": "The national strategy The national",
               "ctx": "in figures Illustrative", "pri": "The elements of our plan We have",
               "do": "What we will do Su", "gov": "Outcomes and governance Outcome"}
    src = work_file("brighton_hove_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
