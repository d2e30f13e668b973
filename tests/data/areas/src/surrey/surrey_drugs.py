"""Surrey Combating Drugs Partnership Strategy 2023-2026 (refreshed 2024): HTML printed by Chromium.

Four priorities, stated once, on p6 under "Our priorities and where we are after year one": a 2 x 2 grid of
cards, each led by a **CSS progress ring** (a conic-gradient donut, no text in the drawing) with the share of
year-one milestones met printed in its hole ("62%"), then the priority in bold and a grey "Year one: ..." line;
no numbers.  pdftotext prints each card's percentage before its heading.  The From harm to hope priorities
and outcomes (p4), the principles (p3), the short delivery themes (p7) and the outcomes framework (p8) are
distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from surrey.work import work_file

FILE = "strategies/surrey_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Surrey Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [
    ("Breaking county lines and local drug supply", 70, "#2B6CB0",
     "Year one: 31 county lines closed and 44 children and vulnerable adults safeguarded (illustrative)."),
    ("Getting more people into treatment and helping them stay in recovery", 55, "#2F855A",
     "Year one: 6% more adults in treatment; peer mentors in four towns (illustrative)."),
    ("Preventing drug-related deaths", 62, "#C05621",
     "Year one: naloxone carried by every police response officer; a drug death review panel (illustrative)."),
    ("Stopping young people from starting to use drugs", 40, "#6B46C1",
     "Year one: drug education reviewed in 30 schools; a new early help offer (illustrative)."),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-left { content: "Surrey Combating Drugs Partnership"; font: 7.5pt 'DejaVu Sans'; color: #888; }
  @bottom-right { content: counter(page); font: bold 8.5pt 'DejaVu Sans'; color: #2B6CB0; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #1A365D; color: #fff; position: relative; break-after: page; }
.cover .ring { position: absolute; right: -30mm; top: 40mm; width: 150mm; height: 150mm; border-radius: 50%;
  background: conic-gradient(#63B3ED 0 35%, #68D391 35% 60%, #F6AD55 60% 80%, #B794F4 80% 100%); }
.cover .ring::after { content: ""; position: absolute; inset: 28mm; border-radius: 50%; background: #1A365D; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-weight: 700; font-size: 9.5pt; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 200mm; font-size: 27pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 240mm; font-size: 13pt; color: #BEE3F8; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #1A365D; margin: 0 0 4mm 0; }
h2 { font-size: 11pt; color: #2B6CB0; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; border-bottom: 1px dashed #A0AEC0; font-size: 11pt; }
.toc div span.p { margin-left: auto; color: #2B6CB0; font-weight: 700; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin-top: 5mm; }
.card { border: 1px solid #CBD5E0; border-radius: 4mm; padding: 5mm; display: flex; gap: 4mm; align-items: flex-start;
  min-height: 62mm; }
.ring { flex: 0 0 26mm; height: 26mm; border-radius: 50%; position: relative; }
.ring .hole { position: absolute; inset: 4.5mm; border-radius: 50%; background: #fff; display: flex;
  align-items: center; justify-content: center; font-weight: 700; font-size: 11pt; color: #444; }
.card h3 { font-size: 12pt; line-height: 1.3; margin: 0 0 2.5mm 0; color: #1A202C; }
.card .yr1 { font-size: 8.2pt; color: #666; }
.key { font-size: 7.8pt; color: #666; margin-top: 4mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #1A365D; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E2E8F0; padding: 1.6mm 2mm; vertical-align: top; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
.stat { background: #EBF4FF; border-radius: 2mm; padding: 3mm; font-size: 7.8pt; }
.stat b { display: block; font-size: 15pt; color: #1A365D; }
.nat { border-left: 4px solid #A0AEC0; background: #F7FAFC; padding: 3mm 5mm; margin: 3mm 0; }
.note { font-size: 7.5pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="ring"></div><div class="org">SURREY COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Combating Drugs Partnership Strategy 2023–2026</h1><div class="yr">Refreshed after year one, '
             'summer 2024</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction and principles", "intro"), ("The national strategy", "nat"),
                 ("Drugs and alcohol in Surrey", "ctx"), ("Our priorities and year one", "pri"),
                 ("What we will do next", "del"), ("Outcomes framework and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="p">{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction and principles</h1>')
    for t in [
        "The Surrey Combating Drugs Partnership was set up in 2022 in response to the national drug strategy. It "
        "brings together Surrey County Council public health, Surrey Police, the Police and Crime Commissioner, "
        "the Probation Service, the NHS, the treatment provider, the borough and district councils and people "
        "with lived experience of addiction.",
        "We published our strategy in 2023. This refreshed edition keeps the same four priorities and reports "
        "what we achieved in the first year, so that residents can judge our progress.",
        "The partnership is accountable to the Senior Responsible Owner, the county's Director of Public Health."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<h2>Our principles</h2><ul><li><b>Recovery is possible</b> for everyone.</li><li><b>Lived '
             'experience</b> shapes every decision.</li><li><b>No wrong door</b>: any service can start the journey '
             'to treatment.</li><li><b>Evidence-led</b>: we fund what works.</li></ul><p><b>Chair, Surrey Combating '
             'Drugs Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">The national strategy</h1><p>The ten-year drug strategy <i>From harm to '
             'hope</i> (2021) has three strategic priorities, which every local partnership works towards:</p>'
             '<div class="nat"><p>Break drug supply chains</p><p>Deliver a world-class treatment and recovery '
             'system</p><p>Achieve a generational shift in the demand for drugs</p></div><p>Its outcomes are to '
             'reduce drug use, reduce drug-related crime, and reduce drug-related deaths and harm, supported by '
             'increased engagement in treatment and improved recovery outcomes.</p><h2>What this means for '
             'Surrey</h2><p>Government funding for treatment and recovery (the supplementary substance misuse '
             'treatment and recovery grant) comes with targets for the number of people in treatment, which we '
             'report each quarter.</p></div>')
    P.append('<div class="pg"><h1 class="t">Drugs and alcohol in Surrey</h1><p class="note">The figures below are '
             'illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("5,600", "adults estimated to use opiates or crack"), ("3,100", "adults in treatment"),
                 ("68", "drug-related deaths in a year"), ("40", "county lines active")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the needs assessment found</h2><ul><li>Fewer than half of the people who need treatment '
             'are in it.</li><li>Deaths are highest among men over 40 who have left treatment.</li><li>County lines '
             'from London and the south coast exploit children and vulnerable adults in Surrey towns.</li>'
             '<li>Cannabis and nitrous oxide are the drugs young people use most.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities and year one</h1><p>Our strategy has four priorities. '
             'Each card shows one priority and the share of its year-one milestones that we met.</p><div class="grid">')
    for name, pct, col, yr in PRIORITIES:
        P.append(f'<div class="card"><div class="ring" style="background: conic-gradient({col} 0 {pct}%, #E2E8F0 '
                 f'{pct}% 100%)"><div class="hole">{pct}%</div></div><div><h3>{e(name)}</h3>'
                 f'<div class="yr1">{e(yr)}</div></div></div>')
    P.append('</div><p class="key">Rings: share of year-one milestones met (illustrative). The priorities are in no '
             'order of importance.</p></div>')
    P.append('<div class="pg"><h1 class="t">What we will do next</h1><table><tr><th>Theme</th><th>Actions '
             '2024–2026</th><th>Lead</th></tr>')
    for r in [("Supply", "Joint operations against county lines; closure orders on cuckooed homes", "Surrey Police"),
              ("Treatment", "Treatment in every custody suite; peer mentors; residential rehab places", "Public health"),
              ("Deaths", "Naloxone in hostels and pharmacies; a drug death review panel", "Public health"),
              ("Young people", "Drug education in schools; early help for children who use drugs", "Children's services")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes framework and governance</h1><table><tr><th>Outcome</th>'
             '<th>Measure</th><th>Baseline</th></tr>')
    for r in [("Less drug supply", "County lines closed", "31"), ("More people in treatment", "Adults in treatment",
                                                                     "3,100"),
              ("Fewer deaths", "Drug-related deaths", "68"), ("Fewer young people using drugs", "Under-18s in treatment",
                                                              "210")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The partnership meets every quarter and reports to the Surrey Health and Wellbeing Board, '
             'to the Police and Crime Commissioner and to the national Joint Combating Drugs Unit.</p><p class="note">'
             'Baselines are illustrative. Contact: cdp@surreycc.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction and principles The Surrey", "nat": "The national strategy The ten-year",
               "ctx": "Drugs and alcohol in Surrey The figures", "pri": "Our priorities and year one Our strategy",
               "del": "What we will do next", "gov": "Outcomes framework and governance"}
    src = work_file("surrey_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
