"""Leicester, Leicestershire and Rutland Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium
(Liberation Sans).

Four priorities, stated once, on p6 as the **legend of a donut chart** ("Our priorities and where the money
goes"): an SVG donut (stroke-dasharray segments, no text in the chart but the total in its hole) beside a legend
whose rows each hold a colour swatch, the priority in bold, and a grey line with the share and sum of the
partnership's grant ("22% · £0.99m"); no numbers.  The *From harm to hope* priorities quoted (p5), the principles
(p5), the local picture (p4), the tab-like delivery labels (p7) and the outcomes table (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from leicestershire.work import work_file

FILE = "strategies/llr_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Leicester, Leicestershire and Rutland Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [  # text, share, £m, colour
    ("Closing down county lines and local drug markets", 22, "0.99", "#1B5E20"),
    ("Getting more people into treatment and keeping them in recovery", 41, "1.85", "#2E7D32"),
    ("Preventing drug-related deaths", 23, "1.04", "#F9A825"),
    ("Reducing the number of young people who start using drugs", 14, "0.63", "#6D4C41"),
]

CSS = """
@page { size: A4; margin: 17mm 17mm 18mm 17mm;
  @bottom-right { content: "Page " counter(page) " of 9"; font: 7.5pt 'Liberation Sans'; color: #555; } }
@page bare { margin: 0; @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0F3D14; color: #fff; break-after: page; overflow: hidden; }
.cover svg { position: absolute; right: 14mm; bottom: 24mm; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; width: 170mm; }
.cover h1 { position: absolute; left: 18mm; top: 80mm; font-size: 28pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 130mm; font-size: 16pt; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #1B5E20; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #0F3D14; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.3mm 0; font-size: 11pt; border-bottom: 1px dashed #bbb; }
.toc div span.d { flex: 1; }
.box { border: 1px solid #C8E6C9; background: #F1F8F1; padding: 3mm 4mm; margin: 3mm 0; }
.chart { display: flex; align-items: center; gap: 10mm; margin-top: 8mm; }
.legend { flex: 1; }
.row { display: flex; gap: 4mm; align-items: flex-start; padding: 3.2mm 0; border-bottom: 1px solid #e3e3e3; }
.sw { width: 7mm; height: 7mm; border-radius: 1.2mm; flex: none; margin-top: 1mm; }
.row .txt { font-weight: 700; font-size: 12pt; line-height: 1.3; color: #17301A; }
.row .amt { font-size: 8.4pt; color: #777; margin-top: 0.8mm; }
.note { font-size: 8pt; color: #666; margin-top: 5mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #1B5E20; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #dde8dd; padding: 1.6mm 2mm; vertical-align: top; }
.lab { display: inline-block; background: #E8F5E9; color: #1B5E20; font-weight: 700; font-size: 8.5pt; padding: 1mm 3mm; border-radius: 3mm; margin-top: 4mm; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #0F3D14; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def donut(size_mm=70):
    r, sw = 40, 18
    circ = 2 * 3.14159265 * r
    parts = [f'<svg width="{size_mm}mm" height="{size_mm}mm" viewBox="0 0 120 120">'
             f'<circle cx="60" cy="60" r="{r}" fill="none" stroke="#eee" stroke-width="{sw}"/>']
    off = 0.0
    for _, share, _, col in PRIORITIES:
        ln = circ * share / 100
        parts.append(f'<circle cx="60" cy="60" r="{r}" fill="none" stroke="{col}" stroke-width="{sw}" '
                     f'stroke-dasharray="{ln:.2f} {circ - ln:.2f}" stroke-dashoffset="{-off:.2f}" '
                     f'transform="rotate(-90 60 60)"/>')
        off += ln
    parts.append('<text x="60" y="58" text-anchor="middle" font-family="Liberation Sans" font-size="11" '
                 'font-weight="700" fill="#17301A">£4.5m</text><text x="60" y="71" text-anchor="middle" '
                 'font-family="Liberation Sans" font-size="6.5" fill="#666">a year</text></svg>')
    return "".join(parts)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append(f'<div class="cover">{donut(90)}<div class="org">LEICESTER, LEICESTERSHIRE AND RUTLAND COMBATING DRUGS '
             'PARTNERSHIP</div><h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023 – 2026</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction", "fw"), ("The local picture", "ctx"), ("The national strategy and our principles", "nat"),
                 ("Our priorities and where the money goes", "pri"), ("What we will do", "det"), ("Outcomes", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction</h1>')
    for t in [
        "Drugs harm people who use them, their families and the communities where they are sold. The Leicester, "
        "Leicestershire and Rutland Combating Drugs Partnership was set up in 2022 in response to the national "
        "drugs strategy.",
        "The partnership brings together the three councils' public health teams, Leicestershire Police, the Police "
        "and Crime Commissioner, the Probation Service, the NHS, treatment providers, Jobcentre Plus and people with "
        "lived experience of recovery.",
        "This strategy sets our priorities for 2023 to 2026 and shows how we will spend the partnership's grants."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Senior Responsible Owner, LLR Combating Drugs Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">The local picture</h1><p>The figures are illustrative and are not '
             'official statistics.</p><table><tr><th>Indicator</th><th>2022/23</th></tr>')
    for r in [("Adults in drug treatment", "4,300"), ("Estimated opiate and crack users not in treatment", "57%"),
              ("Drug-related deaths (three-year total)", "180"), ("County lines active at any one time", "35"),
              ("Young people in specialist substance misuse services", "260")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">The national strategy and our principles</h1><div class="box">'
             '<b>From harm to hope</b> (2021) has three strategic priorities: break drug supply chains; deliver a '
             'world-class treatment and recovery system; and achieve a generational shift in the demand for drugs. '
             'They are national priorities, quoted for reference.</div><h2>Our principles</h2><ul>'
             '<li>Recovery is possible for everyone.</li><li>We listen to people with lived experience.</li>'
             '<li>We treat drug use as a health issue as well as a crime issue.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities and where the money goes</h1><p>The partnership has four '
             'priorities for 2023–2026. The chart shows the share of the partnership’s grants each will receive in '
             '2024/25.</p><div class="chart">' + donut(70) + '<div class="legend">')
    for text, share, amt, col in PRIORITIES:
        P.append(f'<div class="row"><div class="sw" style="background:{col}"></div><div><div class="txt">{e(text)}'
                 f'</div><div class="amt">{share}% · £{amt}m</div></div></div>')
    P.append('</div></div><p class="note">Grant figures are illustrative and include the supplementary substance '
             'misuse treatment and recovery grant and police funding for drug supply work.</p></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1>')
    for lab, t in [("Supply", "Joint operations against county lines, closure orders and support for cuckooing "
                    "victims."), ("Treatment", "More treatment places, residential rehabilitation and recovery "
                    "housing; treatment for people leaving prison."), ("Deaths", "Naloxone for families and "
                    "hostels; a drug-related death review panel."), ("Young people", "Drug education in schools "
                    "and targeted early help for young people at risk.")]:
        P.append(f'<div class="lab">{e(lab)}</div><p>{e(t)}</p>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Outcomes</h1><p>The partnership reports quarterly to the Office for '
             'Health Improvement and Disparities and the Joint Combating Drugs Unit, and to the three health and '
             'wellbeing boards.</p><table><tr><th>Outcome</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("County lines closed", "28", "Up"), ("Adults in treatment", "4,300", "Up"),
              ("Drug-related deaths", "60 a year", "Down"), ("Young people who say they have used drugs", "11%", "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">LLR Combating Drugs Partnership</h2>'
             '<p>cdp@llr-partnership.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Introduction Drugs harm people", "ctx": "The local picture The figures",
               "nat": "The national strategy and our principles From", "pri": "Our priorities and where the money goes The",
               "det": "What we will do Supply", "gov": "Outcomes The partnership reports"}
    src = work_file("llr_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
