"""Derby and Derbyshire Combating Drugs Partnership Strategy 2023-2026: HTML/CSS printed by Chromium
(Liberation Sans).

Four priorities, stated once, on p6 as the **source labels of four tributaries flowing into a river** ("Four
streams, one river"): an inline SVG river running from left to right towards a sea labelled with the vision,
four tributary streams joining it from above and below; at the head of each stream, a white label box with a
blue rule holding the priority in bold.  No numbers.  The river's name ("The road to recovery"), the vision,
the *From Harm to Hope* priorities and outcomes (p4), the principles (p5), the delivery themes (p7) and the
outcomes table (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from derbyshire.work import work_file

FILE = "strategies/derby_and_derbyshire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Derby and Derbyshire Combating Drugs Partnership Strategy 2023–2026"

# (priority, label left mm, label top mm, stream path in the 176 x 170 viewBox)
PRIORITIES = [
    ("Breaking drug supply chains and county lines", 4, 6, "M24,30 C30,60 40,70 52,92"),
    ("Getting more people into drug and alcohol treatment and recovery", 92, 4, "M112,34 C110,60 100,74 96,90"),
    ("Preventing drug-related deaths", 20, 136, "M36,134 C40,118 50,108 64,100"),
    ("Stopping young people from starting to use drugs", 104, 134, "M122,132 C118,118 116,108 122,96"),
]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #1B5E8C; }
  @bottom-left { content: "Derby and Derbyshire Combating Drugs Partnership"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0F3D5E; color: #fff; break-after: page; overflow: hidden; }
.cover .w { position: absolute; left: -20mm; width: 260mm; height: 40mm; border-radius: 50%; border-top: 5mm solid #3FA7D6; opacity: .7; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 80mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 130mm; font-size: 16pt; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #0F3D5E; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #1B5E8C; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px dashed #9CC6DE; }
.toc div span.t { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.stat { background: #E8F3F9; border-radius: 2mm; padding: 2.5mm 3mm; } .stat b { font-size: 15pt; color: #0F3D5E; display: block; }
.map { position: relative; width: 176mm; height: 170mm; margin-top: 3mm; background: #F3F7EE; border-radius: 3mm; }
.map svg { position: absolute; left: 0; top: 0; }
.lab { position: absolute; width: 62mm; background: #fff; border-left: 3px solid #1B5E8C; padding: 2mm 3mm;
  font-weight: 700; font-size: 10.5pt; line-height: 1.25; color: #0F3D5E; box-shadow: 0 0.5mm 1.5mm rgba(0,0,0,.15); }
.river { position: absolute; left: 6mm; top: 104mm; font-size: 7.5pt; letter-spacing: 1.5pt; color: #1B5E8C; }
.sea { position: absolute; left: 146mm; top: 88mm; width: 29mm; font-size: 8pt; color: #fff; text-align: center; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #0F3D5E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #cfe2ee; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
"""
MM = 3.7795


def e(s):
    return html.escape(s, quote=False)


def river():
    svg = [f'<svg width="{176 * MM:.0f}" height="{170 * MM:.0f}" viewBox="0 0 176 170" xmlns="http://www.w3.org/2000/svg">',
           '<path d="M142,60 C160,62 176,70 176,95 C176,120 160,128 142,130 C150,110 150,80 142,60 Z" fill="#1B5E8C"/>',
           '<path d="M0,100 C30,92 50,104 80,96 C105,90 125,100 146,94" stroke="#3FA7D6" stroke-width="9" fill="none" '
           'stroke-linecap="round"/>']
    for _, _, _, d in PRIORITIES:
        svg.append(f'<path d="{d}" stroke="#7CC4E4" stroke-width="4" fill="none" stroke-linecap="round"/>')
    svg.append('</svg>')
    out = ['<div class="map">', "".join(svg), '<div class="river">THE ROAD TO RECOVERY</div>',
           '<div class="sea">Fewer lives lost and harmed by drugs</div>']
    for name, x, y, _ in PRIORITIES:
        out.append(f'<div class="lab" style="left:{x}mm;top:{y}mm">{e(name)}</div>')
    out.append('</div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    waves = "".join(f'<div class="w" style="top:{190 + 18 * i}mm"></div>' for i in range(4))
    P.append(f'<div class="cover">{waves}<div class="org">DERBY AND DERBYSHIRE COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023–2026</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction", "intro"), ("The national strategy", "nat"), ("Our principles and the local picture",
                                                                          "loc"),
                 ("Our priorities", "pri"), ("Delivery plan", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span class="t">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction</h1>')
    for t in ["Drugs cause harm far beyond the people who use them: to families, to neighbourhoods where dealing "
              "takes place and to children drawn into supply. Derby and Derbyshire have more drug-related deaths than "
              "the national average.",
              "The Combating Drugs Partnership was set up in 2022 as the national strategy asked. It covers Derby "
              "City and Derbyshire County and brings together both councils, Derbyshire Constabulary, the Police "
              "and Crime Commissioner, the Integrated Care Board, the Probation Service, HM Prison Service, "
              "Jobcentre Plus and treatment providers.",
              "This strategy sets out our four priorities for 2023 to 2026.",
              "Senior Responsible Owner, Derby and Derbyshire Combating Drugs Partnership"]:
        P.append(f"<p>{e(t)}</p>")
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">The national strategy</h1><p><i>From Harm to Hope</i>, the ten-year '
             'drugs plan published in 2021, has three strategic priorities:</p><ul><li>Break drug supply chains'
             '</li><li>Deliver a world-class treatment and recovery system</li><li>Achieve a generational shift in '
             'the demand for drugs</li></ul><p>Its national outcomes include reducing drug use, reducing drug-related '
             'crime, reducing drug-related deaths and harm, and increasing engagement in treatment and recovery.</p>'
             '<h2>What it asks of local partnerships</h2><p>Every area must have a partnership, a needs assessment, '
             'a local plan and an agreed set of local outcomes, reported to the Joint Combating Drugs Unit.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our principles and the local picture</h1><p>We will work to these '
             'principles:</p><ul><li><b>Recovery is possible</b> for everyone.</li><li><b>No wrong door</b>: any '
             'service can start someone on the road to treatment.</li><li><b>Lived experience</b> shapes what we '
             'do.</li></ul><p>The figures are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("4,300", "adults in treatment"), ("112", "drug-related deaths in three years"),
                 ("31", "county lines disrupted"), ("46%", "of prison leavers engaging with treatment within three "
                                                        "weeks"),
                 ("620", "young people supported by substance misuse services"), ("£96m", "estimated yearly cost of "
                                                                                  "drug-related crime")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Our four priorities for 2023 to 2026 are the four '
             'streams that feed one river: the road to recovery for people, families and communities.</p>')
    P.append(river())
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivery plan</h1><table><tr><th>Theme</th><th>Main actions</th>'
             '<th>Lead</th></tr>')
    for r in [("Supply", "Operation Dovetail on county lines; closure orders; rail network patrols", "Police"),
              ("Treatment", "More outreach; residential rehab places; treatment on release from prison",
               "Public health"),
              ("Deaths", "Naloxone for families and hostel staff; near-fatal overdose reviews", "Public health"),
              ("Young people", "Drug education in schools; targeted work with children at risk", "Both councils")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><table><tr><th>Outcome</th><th>Baseline'
             '</th><th>Ambition 2026</th></tr>')
    for r in [("Adults in treatment", "4,300", "5,100"), ("Drug-related deaths a year", "37", "Fewer than 30"),
              ("County lines disrupted", "31", "45"), ("Prison leavers in treatment within three weeks", "46%",
                                                        "65%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The partnership board meets every quarter and reports to both health and wellbeing boards '
             'and to the Joint Combating Drugs Unit.</p><p class="note">All figures illustrative. Contact: '
             'cdp@derbyshire.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Drugs cause harm", "nat": "The national strategy From Harm",
               "loc": "Our principles and the local picture We will", "pri": "Our priorities Our four",
               "del": "Delivery plan Theme", "gov": "Outcomes and governance Outcome"}
    src = work_file("drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
