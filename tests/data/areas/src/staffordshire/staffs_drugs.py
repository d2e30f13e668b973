"""Staffordshire and Stoke-on-Trent Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium
(DejaVu Sans).

Three priorities, stated once, on p6 as the **three circles of a Venn diagram** ("Three priorities, one
aim"): three overlapping translucent CSS circles, each priority in bold in the part of its circle that
overlaps no other, under a small capitals strand label ("SUPPLY", "TREATMENT", "YOUNG PEOPLE"); the shared
aim sits where all three overlap ("Fewer people harmed by drugs") and is not a priority.  No numbers.  The
From Harm to Hope priorities and the principles (p4), the key findings (p5), the strand labels, the action
table (p7) and the outcomes framework (p8) are distractors.
"""
from common import chromium_to_pdf, two_pass
from staffordshire.work import e, work_file

FILE = "strategies/staffordshire_and_stoke-on-trent_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Staffordshire and Stoke-on-Trent Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [
    ("Supply", "Breaking drug supply and county lines in our communities",
     "Closing down county lines, tackling cuckooing and using closure orders on drug houses."),
    ("Treatment", "Getting more people into treatment and sustained recovery",
     "More treatment places, better links from prison and custody, and recovery communities in every district."),
    ("Young people", "Stopping young people from starting to use drugs",
     "Drug education in schools and colleges, and early help for young people who start to experiment."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-center { content: counter(page); font: 8.5pt 'DejaVu Sans'; color: #14532D; }
  @top-right { content: "Combating Drugs Partnership Strategy 2023–2026"; font: 7pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F2F7F3; break-after: page; overflow: hidden; }
.cover .c { position: absolute; width: 90mm; height: 90mm; border-radius: 50%; opacity: .8; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9pt; font-weight: 700; color: #14532D; letter-spacing: .5pt; }
.cover h1 { position: absolute; left: 18mm; top: 190mm; font-size: 26pt; line-height: 1.2; margin: 0; color: #14532D; width: 175mm; }
.cover .yr { position: absolute; left: 18mm; top: 240mm; font-size: 15pt; color: #B45309; }
.pg { break-before: page; }
h1.t { font-size: 18pt; color: #14532D; margin: 0 0 4mm 0; }
h2 { font-size: 11pt; color: #B45309; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.3mm 0; font-size: 10.5pt; }
.toc div span.d { flex: 1; border-bottom: 1px dotted #14532D; margin: 0 2mm 1.3mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { border: 1.5px solid #14532D; border-radius: 2mm; padding: 2.5mm 3mm; } .stat b { font-size: 15pt; color: #B45309; display: block; }
.venn { position: relative; width: 174mm; height: 165mm; margin-top: 6mm; }
.venn .c { position: absolute; width: 96mm; height: 96mm; border-radius: 50%; }
.venn .t { position: absolute; text-align: center; color: #10231A; }
.venn .t i { display: block; font-style: normal; font-size: 7.2pt; letter-spacing: 1.2pt; color: #3F5F4B; margin-bottom: 1mm; }
.venn .t b { font-size: 11pt; line-height: 1.3; }
.venn .aim { position: absolute; left: 70mm; top: 70mm; width: 34mm; text-align: center; font-size: 7.6pt;
  font-style: italic; color: #10231A; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #14532D; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #cfe3d5; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
"""

CIRCLES = [(14, 8, "rgba(52,168,83,.55)"), (64, 8, "rgba(245,158,11,.55)"), (39, 58, "rgba(59,130,246,.45)")]
BOXES = [(17, 34, 44), (113, 34, 44), (62, 122, 50)]


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover">')
    for (x, y, col) in CIRCLES:
        P.append(f'<div class="c" style="left:{x + 30}mm;top:{y + 40}mm;background:{col}"></div>')
    P.append('<div class="org">STAFFORDSHIRE AND STOKE-ON-TRENT COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023 – 2026</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("The national strategy", "nat"), ("The local picture", "loc"),
                 ("Three priorities, one aim", "pri"), ("Delivery plan", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Drugs cause harm to the people who use them, to their families and to the neighbourhoods where they are "
        "sold. Drug-related deaths in Staffordshire and Stoke-on-Trent have risen for five years in a row "
        "(illustrative).",
        "The Combating Drugs Partnership was set up in 2022 in response to the national drugs strategy. It brings "
        "together Staffordshire County Council, Stoke-on-Trent City Council, Staffordshire Police, the Staffordshire "
        "Commissioner, the Probation Service, HM Prison and Probation Service, the Integrated Care Board, Jobcentre "
        "Plus and treatment providers.",
        "This strategy sets out three priorities that, together, serve one aim: fewer people harmed by drugs."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Senior Responsible Owner, Staffordshire and Stoke-on-Trent Combating Drugs Partnership</b></p>'
             '</div>')
    P.append('<div class="pg"><h1 class="t">The national strategy</h1><p>The Government\'s ten-year drugs strategy, '
             '<i>From harm to hope</i> (2021), has three strategic priorities:</p><ul>'
             '<li>Break drug supply chains</li><li>Deliver a world-class treatment and recovery system</li>'
             '<li>Achieve a generational shift in the demand for drugs</li></ul>'
             '<p>Its strategic outcomes are reducing drug use, reducing drug-related crime, reducing drug-related '
             'deaths and harm, and increasing engagement in treatment and recovery.</p>'
             '<h2>Our principles</h2><ul><li><b>Recovery is possible</b> for everyone.</li>'
             '<li><b>No wrong door</b>: every service can start a referral.</li>'
             '<li><b>Lived experience</b> shapes every decision.</li>'
             '<li><b>Tackle stigma</b> in our language and our services.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">The local picture</h1><p class="note">The figures are illustrative and '
             'are not official statistics.</p><div class="stats">')
    for n, c in [("4,100", "adults in drug and alcohol treatment"), ("112", "drug-related deaths in three years"),
                 ("38", "county lines active at any one time"), ("1 in 8", "15-year-olds who say they have tried "
                                                                    "cannabis")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the needs assessment</h2><ul>'
             '<li>Crack cocaine use is rising in Stoke-on-Trent and Burton.</li>'
             '<li>Only two in five people leaving prison with a drug problem start community treatment.</li>'
             '<li>County lines from Manchester, Liverpool and Birmingham exploit local children and adults.</li>'
             '<li>Young people start using drugs earlier than a decade ago.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Three priorities, one aim</h1><p>Our three priorities overlap: work on '
             'one helps the others. Where they meet is the aim they all serve.</p><div class="venn">')
    for (x, y, col) in CIRCLES:
        P.append(f'<div class="c" style="left:{x}mm;top:{y}mm;background:{col}"></div>')
    for (strand, name, _), (x, y, w) in zip(PRIORITIES, BOXES):
        P.append(f'<div class="t" style="left:{x}mm;top:{y}mm;width:{w}mm"><i>{e(strand.upper())}</i>'
                 f'<b>{e(name)}</b></div>')
    P.append('<div class="aim">Fewer people harmed by drugs</div></div></div>')
    P.append('<div class="pg"><h1 class="t">Delivery plan</h1><table><tr><th>Strand</th><th>What we will do</th>'
             '<th>Lead</th></tr>')
    for (strand, _, txt), lead in zip(PRIORITIES, ["Staffordshire Police", "Public health, both councils",
                                                   "Public health, schools"]):
        P.append(f"<tr><td>{e(strand)}</td><td>{e(txt)}</td><td>{e(lead)}</td></tr>")
    P.append('</table><h2>Working with other partnerships</h2><p>The partnership links with the community safety '
             'partnerships, the Serious Violence Duty partnership, the youth justice services and the Reducing '
             'Reoffending Board, which leads on treatment pathways for people in the justice system.</p></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><table><tr><th>Outcome</th><th>Measure</th>'
             '<th>Baseline</th></tr>')
    for r in [("Reduced drug supply", "County lines closed", "22 a year"),
              ("More people in recovery", "Adults in treatment", "4,100"),
              ("Fewer deaths", "Drug-related deaths", "37 a year"),
              ("Less drug use", "15-year-olds who have tried drugs", "12%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The partnership meets quarterly and reports to the Joint Combating Drugs Unit and the two '
             'health and wellbeing boards. Baselines are illustrative. Contact: cdp@staffs-stoke.example</p></div>'
             '</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs cause harm", "nat": "The national strategy The Government",
               "loc": "The local picture The figures", "pri": "Three priorities, one aim Our three",
               "del": "Delivery plan Strand", "gov": "Outcomes and governance Outcome"}
    src = work_file("staffs_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
