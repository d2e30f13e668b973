"""Norfolk Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium (Liberation Sans).

Four priorities, stated once, on p6 as the blocks of a **treemap** ("Our priorities, sized by their share of
the partnership budget"): a CSS grid of four coloured rectangles of different sizes (one tall block on the
left, one wide block top right, two small blocks bottom right), each holding the priority in white bold and
a paler line with its share and amount ("45% · £2.07m").  No numbers.  The enablers strip under the treemap,
the *From harm to hope* priorities and the principles (p4), the figures and findings (p5), the short action
headings (p7) and the outcomes table (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from norfolk.work import work_file

FILE = "strategies/norfolk_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Norfolk Combating Drugs Partnership Strategy 2023–2026"

# (priority, share, amount, css area, colour)
PRIORITIES = [
    ("Getting more people into treatment and keeping them in recovery", "45%", "£2.07m", "a", "#0B6E4F"),
    ("Breaking drug supply and county lines into Norfolk", "25%", "£1.15m", "b", "#1F4E79"),
    ("Reducing drug-related deaths", "18%", "£0.83m", "c", "#7B2D26"),
    ("Stopping young people from starting to use drugs", "12%", "£0.55m", "d", "#A26A00"),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-right { content: "Page " counter(page) " of 9"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "Norfolk Combating Drugs Partnership"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #1d1d1d; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0B6E4F; color: #fff; break-after: page; overflow: hidden; }
.cover .g { position: absolute; left: 0; top: 0; width: 210mm; height: 120mm; display: grid; grid-template-columns: 2fr 1fr 1fr; grid-template-rows: 1fr 1fr; gap: 2mm; }
.cover .g i { display: block; background: #14875F; } .cover .g i:first-child { grid-row: span 2; background: #0E5C43; }
.cover .org { position: absolute; left: 18mm; top: 135mm; font-size: 10pt; font-weight: 700; letter-spacing: 0.8pt; }
.cover h1 { position: absolute; left: 18mm; top: 150mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 200mm; font-size: 16pt; color: #BDE5D4; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #0B6E4F; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #1F4E79; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1.5px dotted #0B6E4F; margin: 0 2mm 1.3mm 2mm; }
.tm { display: grid; grid-template-columns: 1.2fr 1fr 0.8fr; grid-template-rows: 70mm 60mm; gap: 2mm; margin: 5mm 0 3mm 0;
  grid-template-areas: "a b b" "a c d"; }
.tm div { color: #fff; padding: 5mm; }
.tm b { display: block; font-size: 14pt; line-height: 1.25; }
.tm span { display: block; margin-top: 2mm; font-size: 9pt; opacity: 0.8; }
.en { background: #EEF3F1; border-radius: 2mm; padding: 2.5mm 4mm; font-size: 8.6pt; color: #444; }
.box { border: 1px solid #cfded8; border-radius: 2mm; padding: 3mm 4mm; margin: 2mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.7pt; margin: 2mm 0 5mm 0; }
th { background: #0B6E4F; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d5e3dd; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.kpi { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.kpi div { border-top: 3px solid #0B6E4F; padding-top: 1.5mm; font-size: 8.4pt; } .kpi b { display: block; font-size: 15pt; color: #0B6E4F; }
h3 { font-size: 10pt; margin: 4mm 0 1mm 0; color: #0B6E4F; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="g"><i></i><i></i><i></i><i></i><i></i></div>'
             '<div class="org">NORFOLK COMBATING DRUGS PARTNERSHIP</div><h1>Combating Drugs Partnership Strategy'
             '</h1><div class="yr">2023 – 2026</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction", "intro"), ("The national strategy and our principles", "nat"),
                 ("Norfolk's drug and alcohol picture", "pic"), ("Our priorities", "pri"),
                 ("What we will do", "do"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction</h1>')
    for t in ["Drugs cause harm in every part of Norfolk: to the people who use them, to their families, and to "
              "communities where dealers operate. Drug-related deaths in Norfolk have risen for five years "
              "(illustrative).",
              "The Norfolk Combating Drugs Partnership was set up in 2022 in response to the national drug strategy. "
              "It brings together Norfolk County Council's public health team, Norfolk Constabulary, the Police and "
              "Crime Commissioner, the Integrated Care Board, the Probation Service, HMP Norwich and HMP Wayland, "
              "treatment providers and people with lived experience of recovery.",
              "This strategy sets out our four priorities and how we will spend the money we have to deliver them.",
              "The partnership's Senior Responsible Owner is the Director of Public Health for Norfolk."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Norfolk Combating Drugs Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">The national strategy and our principles</h1><p>The Government\'s ten-year '
             'drug strategy, <i>From harm to hope</i> (2021), has three strategic priorities:</p><ul>'
             '<li>Break drug supply chains</li><li>Deliver a world-class treatment and recovery system</li>'
             '<li>Achieve a generational shift in the demand for drugs</li></ul><p>Its national outcomes are '
             'reducing drug use, reducing drug-related crime, and reducing drug-related deaths and harm.</p>'
             '<h2>Our principles</h2><div class="box"><b>Recovery is possible.</b> We believe in people\'s capacity '
             'to change.<br><b>Lived experience leads.</b> People in recovery help design services.<br><b>No wrong '
             'door.</b> Any service can start the journey.<br><b>Alcohol matters too.</b> Alcohol causes more harm in '
             'Norfolk than any drug.</div></div>')
    P.append('<div class="pg"><h1 class="t">Norfolk\'s drug and alcohol picture</h1><p>The figures below are '
             'illustrative and are not official statistics.</p><div class="kpi">')
    for n, c in [("3,900", "adults in drug and alcohol treatment"), ("52", "drug-related deaths in a year"),
                 ("47%", "of people leaving prison who start treatment within three weeks"),
                 ("28", "county lines closed in 2022/23"), ("410", "young people supported by the young people's "
                                                                   "service"),
                 ("1 in 3", "adults in treatment who complete it successfully")]:
        P.append(f'<div><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the needs assessment found</h2><ul><li>Most county lines come from London and the West '
             'Midlands, and run into Norwich, Great Yarmouth and King\'s Lynn.</li><li>Two thirds of people who '
             'died had been in contact with treatment in the previous five years.</li><li>Young people first try '
             'cannabis and nitrous oxide at around 14.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Our four priorities for 2023 to 2026 are shown below, '
             'each block sized by its share of the partnership\'s budget for 2024/25 (£4.6m, illustrative).</p>'
             '<div class="tm">')
    for name, share, amt, area, col in PRIORITIES:
        P.append(f'<div style="grid-area:{area};background:{col}"><b>{e(name)}</b><span>{share} · {amt}</span></div>')
    P.append('</div><div class="en"><b>Enablers:</b> a skilled workforce · shared data · the voice of lived '
             'experience · commissioning together. These are funded from partners\' core budgets.</div></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1>')
    for head, items in [("Supply", ["Target the county lines that cause most harm, with the Eastern Region "
                                    "Special Operations Unit.", "Close down cuckooed addresses and support the "
                                                                "residents."]),
                        ("Treatment and recovery", ["Expand the prison-to-community treatment link workers.",
                                                   "Recovery housing and peer mentors in every district."]),
                        ("Deaths", ["Naloxone for everyone in treatment and their families.",
                                    "Review every drug-related death and act on the lessons."]),
                        ("Young people", ["Drug and alcohol education in schools, written with young people.",
                                          "Early help for children whose parents use drugs."])]:
        P.append(f'<h3>{e(head)}</h3><ul>' + "".join(f"<li>{e(i)}</li>" for i in items) + '</ul>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><table><tr><th>Outcome</th><th>Baseline</th>'
             '<th>2026 ambition</th></tr><tr><td>Adults in treatment</td><td>3,900</td><td>4,600</td></tr><tr><td>'
             'Drug-related deaths</td><td>52</td><td>Fewer each year</td></tr><tr><td>County lines closed</td>'
             '<td>28</td><td>40 a year</td></tr><tr><td>Continuity of care after prison</td><td>47%</td><td>65%</td>'
             '</tr><tr><td>Young people who say they have never used drugs</td><td>82%</td><td>85%</td></tr></table>'
             '<p class="note">Baselines are illustrative.</p><h2>Governance</h2><p>The partnership meets quarterly '
             'and reports to the Joint Office for Combating Drugs through the national outcomes framework, to '
             'Norfolk\'s Health and Wellbeing Board and to the Norfolk County Community Safety Partnership. Four '
             'delivery groups (supply, treatment and recovery, deaths, young people) report to it.</p>'
             '<p>Contact: combatingdrugs@norfolk.example</p></div>')
    P.append('<div class="pg"><h1 class="t">Partners</h1><ul><li>Norfolk County Council (public health, children\'s '
             'services, adult social care)</li><li>Norfolk Constabulary</li><li>Norfolk Police and Crime '
             'Commissioner</li><li>NHS Norfolk and Waveney Integrated Care Board</li><li>The Probation Service, HMP '
             'Norwich and HMP Wayland</li><li>District councils and housing providers</li><li>Treatment and recovery '
             'providers</li><li>The Norfolk recovery community</li></ul></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Drugs cause harm", "nat": "The national strategy and our principles The",
               "pic": "Norfolk's drug and alcohol picture The figures", "pri": "Our priorities Our four priorities",
               "do": "What we will do Supply", "gov": "Outcomes and governance Outcome"}
    src = work_file("norfolk_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
