"""Essex Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium, **tabs printed from a
web page**.

The partnership's web page shows its four priorities as tabs.  Printed, each tab panel appears in turn
(pp6-7, two per page): a strip of four short tab labels ("Supply", "Treatment", "Deaths", "Young people",
the active one highlighted), then the panel with the full priority as its heading and its description.
The tab labels (printed four times), the *From harm to hope* priorities (p4), the principles (p3), the
"Quick links" on p5 and the outcomes table (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from essex.work import work_file

FILE = "strategies/essex_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Essex Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [
    ("Supply", "Breaking county lines and local drug dealing",
     "Close down county lines running into Essex, disrupt street dealing, and protect the people whose homes are "
     "taken over by dealers.", ["Joint operations with the Metropolitan Police on lines from London.",
                                "Closure orders on cuckooed addresses, with support for the tenant."]),
    ("Treatment", "Getting more people into treatment and keeping them in recovery",
     "Expand treatment places, improve continuity of care from prison and police custody, and build recovery "
     "communities.", ["More treatment places funded by the supplementary grant.",
                      "A recovery worker in every custody suite."]),
    ("Deaths", "Reducing drug-related deaths",
     "Learn from every death, put naloxone in more hands and reach people who use alone.",
     ["A drug-related death review panel.", "Naloxone for families, hostels and police officers."]),
    ("Young people", "Stopping young people from starting to use drugs",
     "Honest drug education, early help for young people who experiment, and support for their families.",
     ["Drug education in every secondary school.", "A young people's substance misuse service in every district."]),
]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.8pt 'Liberation Sans'; color: #555; }
  @top-left { content: "essexcdp.example/strategy"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #103B52; color: #fff; break-after: page; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; }
.cover h1 { position: absolute; left: 18mm; top: 120mm; font-size: 32pt; margin: 0; width: 170mm; line-height: 1.15; }
.cover .yr { position: absolute; left: 18mm; top: 175mm; font-size: 18pt; color: #7FD1C7; }
.pg { break-before: page; }
.nav { background: #103B52; color: #fff; padding: 2mm 4mm; font-size: 8pt; margin-bottom: 5mm; }
h1.t { font-size: 19pt; color: #103B52; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #103B52; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 11pt; border-bottom: 1px dashed #9bb; }
.toc div span:first-child { flex: 1; }
.tabs { display: flex; border-bottom: 3px solid #1C8C7E; margin-top: 6mm; }
.tabs span { padding: 1.8mm 5mm; font-size: 8.5pt; background: #E7EEF1; color: #456; margin-right: 1.5mm;
  border-radius: 2mm 2mm 0 0; }
.tabs span.on { background: #1C8C7E; color: #fff; font-weight: 700; }
.panel { border: 1px solid #B9CED6; border-top: 0; padding: 4mm 6mm 2mm 6mm; margin-bottom: 6mm; break-inside: avoid; }
.panel h3 { font-size: 14pt; color: #103B52; margin: 0 0 2mm 0; }
.chips span { display: inline-block; border: 1px solid #1C8C7E; color: #1C8C7E; border-radius: 3mm; padding: 0.5mm 3mm;
  margin: 0 2mm 2mm 0; font-size: 8.4pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #103B52; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d0dde2; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def nav():
    return '<div class="nav">Home › About the partnership › Our strategy</div>'


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">ESSEX COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Our strategy: From harm to hope in Essex</h1><div class="yr">2023–2026</div></div>')
    P.append(nav() + '<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("About the partnership", "fw"), ("The national strategy", "nat"), ("Essex in figures", "ctx"),
                 ("Our priorities", "pri"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg">' + nav() + '<h1 class="t">About the partnership</h1>')
    for t in [
        "The Essex Combating Drugs Partnership brings together Essex County Council, Southend-on-Sea City Council, "
        "Thurrock Council, Essex Police, the Police, Fire and Crime Commissioner, the Probation Service, the NHS, "
        "HM Prison and Probation Service, Jobcentre Plus and people with lived experience.",
        "We were set up in 2022 under the national drugs strategy. This page sets out our local priorities for "
        "2023 to 2026."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<h2>Our principles</h2><ul><li>Lived experience at the table</li><li>Treatment is a route out of '
             'crime</li><li>No wrong door</li><li>Reducing stigma</li></ul><p><b>Senior Responsible Owner, Essex '
             'Combating Drugs Partnership</b></p></div>')
    P.append('<div class="pg">' + nav() + '<h1 class="t">The national strategy</h1><p>The national drugs strategy, '
             '<i>From harm to hope</i> (2021), has three strategic priorities:</p><ol><li>Break drug supply chains</li>'
             '<li>Deliver a world-class treatment and recovery system</li><li>Achieve a generational shift in the '
             'demand for drugs</li></ol><p>Its national outcomes are reducing drug use, reducing drug-related crime, '
             'and reducing drug-related deaths and harm.</p></div>')
    P.append('<div class="pg">' + nav() + '<h1 class="t">Essex in figures</h1><p>Illustrative figures, not official '
             'statistics.</p><table><tr><th>Indicator</th><th>2022/23</th></tr>')
    for r in [("Adults in drug and alcohol treatment", "8,900"), ("Drug-related deaths", "112"),
              ("County lines identified", "64"), ("Young people in specialist treatment", "510"),
              ("Continuity of care from prison", "38%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Quick links</h2><p class="chips"><span>Get help</span><span>Naloxone</span>'
             '<span>For families</span><span>For professionals</span></p></div>')
    labels = [p[0] for p in PRIORITIES]
    P.append('<div class="pg">' + nav() + '<h1 class="t">Our priorities</h1><p>Select a tab to read about each of '
             'our four local priorities. (Printed version: all tabs are shown.)</p>')
    for i, (lab, name, txt, acts) in enumerate(PRIORITIES):
        if i == 2:
            P.append('</div><div class="pg">' + nav())
        P.append('<div class="tabs">' + "".join(f'<span class="{"on" if j == i else ""}">{e(x)}</span>'
                                                for j, x in enumerate(labels)) + '</div>')
        P.append(f'<div class="panel"><h3>{e(name)}</h3><p>{e(txt)}</p><ul>'
                 + "".join(f"<li>{e(a)}</li>" for a in acts) + '</ul></div>')
    P.append('</div>')
    P.append('<div class="pg">' + nav() + '<h1 class="t">Outcomes and governance</h1><table><tr><th>Outcome</th>'
             '<th>Measure</th><th>Direction</th></tr>')
    for r in [("Less drug supply", "County lines closed", "Up"), ("More people in recovery", "Adults in treatment",
                                                                   "Up"),
              ("Fewer deaths", "Drug-related deaths", "Down"), ("Less demand", "Young people who have used drugs",
                                                                "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The partnership board meets quarterly and reports to the Joint Combating Drugs Unit. The '
             'Senior Responsible Owner is the Police, Fire and Crime Commissioner.</p><p class="note">All figures are '
             'illustrative. Contact: cdp@essex.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "About the partnership The Essex", "nat": "The national strategy The national",
               "ctx": "Essex in figures Illustrative", "pri": "Our priorities Select a tab",
               "gov": "Outcomes and governance Outcome"}
    src = work_file("essex_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
