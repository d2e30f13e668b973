"""Hertfordshire Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium (Liberation Sans,
DejaVu Sans Mono in the formula bar).

Four priorities, stated once, on p6 as a **spreadsheet printed from the partnership's workbook**: a window
title bar, a formula bar ("fx" and the selected cell's text), grey column letters A-D and row numbers 1-6, a
bold header row (row 1), then the four priorities in column A (rows 2-5, wrapping over one or two lines)
beside the national strand, the lead group and a year-one status; sheet tabs ("Priorities", "Actions",
"Outcomes", "Funding") along the foot.  The row numbers print before each priority.  The *From harm to hope*
priorities (p4), the principles (p3), the local findings (p5), the formula bar, the column B strand names,
the sheet tabs, the action plan (p7) and the outcomes (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from hertfordshire.work import work_file

FILE = "strategies/hertfordshire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Hertfordshire Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [
    ("Breaking drug supply chains and county lines", "Break drug supply chains", "Supply group", "On track"),
    ("Getting more people into treatment and keeping them in recovery", "Treatment and recovery",
     "Treatment group", "On track"),
    ("Preventing drug-related deaths", "Treatment and recovery", "Deaths review panel", "Some delay"),
    ("Reducing the demand for drugs among young people", "Generational shift in demand", "Young people group",
     "On track"),
]

CSS = """
@page { size: A4; margin: 16mm 16mm 19mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "Hertfordshire Combating Drugs Partnership"; font: 7.5pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0F5257; color: #fff; break-after: page; overflow: hidden; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 100mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 175mm; }
.cover .yr { position: absolute; left: 18mm; top: 160mm; font-size: 16pt; color: #BFE3DF; }
.cover .dots { position: absolute; left: 0; bottom: 0; width: 210mm; height: 70mm; background: radial-gradient(circle, #2E8A88 3px, transparent 3.5px) 0 0 / 14px 14px; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #0F5257; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #0F5257; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px dashed #9CC; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.stat { background: #E6F2F1; padding: 2.5mm 3mm; } .stat b { font-size: 15pt; color: #0F5257; display: block; }
.win { border: 1px solid #9AA5A6; margin-top: 5mm; font-size: 9pt; box-shadow: 2px 2px 0 #CCD3D4; }
.win .tb { background: #1D6F42; color: #fff; padding: 1.5mm 3mm; font-size: 8.5pt; }
.win .fx { display: flex; border-bottom: 1px solid #C5CCCD; background: #fff; font-size: 8.2pt; }
.win .fx .nm { width: 16mm; border-right: 1px solid #C5CCCD; padding: 1mm 2mm; color: #333; }
.win .fx .f { width: 10mm; border-right: 1px solid #C5CCCD; padding: 1mm 2mm; font-style: italic; color: #666; }
.win .fx .v { padding: 1mm 2mm; font-family: 'DejaVu Sans Mono', monospace; font-size: 7.6pt; color: #333; }
table.sheet { border-collapse: collapse; width: 100%; table-layout: fixed; }
.sheet td, .sheet th { border: 1px solid #D4D9DA; padding: 1.4mm 2mm; vertical-align: top; }
.sheet th { background: #EEF1F2; color: #555; font-weight: 400; font-size: 8pt; text-align: center; }
.sheet td.rn { background: #EEF1F2; color: #555; font-size: 8pt; text-align: center; }
.sheet td.h { font-weight: 700; background: #DDEEE9; }
.sheet td.p { font-weight: 700; font-size: 10.5pt; color: #0F3E41; }
.sheet td.sel { outline: 2px solid #1D6F42; outline-offset: -2px; }
.sheet td.s { font-size: 8.4pt; color: #444; }
.tabs { display: flex; background: #EEF1F2; border-top: 1px solid #C5CCCD; font-size: 8pt; }
.tabs span { padding: 1.2mm 4mm; border-right: 1px solid #C5CCCD; color: #555; }
.tabs span.on { background: #fff; color: #1D6F42; font-weight: 700; border-bottom: 2px solid #1D6F42; }
table.t { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
.t th { background: #0F5257; color: #fff; text-align: left; padding: 1.6mm 2mm; }
.t td { border-bottom: 1px solid #cfe2e0; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def rows(head, body):
    out = ["<table class='t'><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"]
    for r in body:
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    return "".join(out) + "</table>"


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">HERTFORDSHIRE COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023 – 2026</div>'
             '<div class="dots"></div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword and principles", "fw"), ("The national strategy", "nat"), ("The local picture", "loc"),
                 ("Our priorities", "pri"), ("Action plan", "act"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword and principles</h1>')
    for t in [
        "Drugs cause harm far beyond the people who use them: to families, to neighbourhoods where dealing takes "
        "place, and to the young people who are exploited to move them. Hertfordshire has fewer drug-related "
        "deaths than many counties, but each one is a death that could have been prevented.",
        "The Hertfordshire Combating Drugs Partnership was formed in 2022 in response to the national strategy. Its "
        "senior responsible owner is the Director of Public Health, and its members include the Police and Crime "
        "Commissioner, the Constabulary, the councils, the NHS, the Probation Service and people with lived "
        "experience of addiction.",
        "This strategy sets out our four priorities for 2023 to 2026, and how we will track them."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Senior Responsible Owner, Hertfordshire Combating Drugs Partnership</b></p><h2>Our principles'
             '</h2><ul><li><b>Recovery is possible</b>: for everyone, at any stage.</li><li><b>No wrong door</b>: '
             'any agency can start the journey.</li><li><b>Lived experience</b>: people in recovery help design '
             'services.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">The national strategy</h1><p>The national drugs strategy <i>From harm '
             'to hope</i> (2021) has three strategic priorities, which every combating drugs partnership works '
             'towards:</p><ul><li>Break drug supply chains</li><li>Deliver a world-class treatment and recovery '
             'system</li><li>Achieve a generational shift in the demand for drugs</li></ul><p>It sets national '
             'outcomes: reducing drug use, reducing drug-related crime, and reducing drug-related deaths and harm. '
             'Our own priorities, on page 6, follow from these but are written for Hertfordshire.</p>'
             '<h2>The Police and Crime Plan</h2><p>The Commissioner\'s plan places drug supply and county lines '
             'under Reducing serious violence, and treatment for people whose drug use drives their offending under '
             'Breaking the cycle of offending.</p></div>')
    P.append('<div class="pg"><h1 class="t">The local picture</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("5,600", "adults estimated to use opiates or crack"), ("2,350", "adults in drug treatment"),
                 ("42%", "of people leaving prison who start treatment within three weeks"),
                 ("61", "drug-related deaths in three years"), ("28", "county lines closed in 2022/23"),
                 ("310", "young people in specialist substance misuse support")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the needs assessment found</h2><ul>'
             '<li>Most county lines reaching Hertfordshire start in north and east London.</li>'
             '<li>Fewer than half of those who need treatment are in it.</li>'
             '<li>Most drug-related deaths are of men over 40 who have used for many years.</li>'
             '<li>Cannabis and nitrous oxide use begins in the early teens.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>The partnership tracks its priorities in a shared '
             'workbook. This is the "Priorities" sheet as the partnership agreed it in March 2023.</p>')
    P.append('<div class="win"><div class="tb">CDP_strategy_tracker_2023-26.xlsx</div><div class="fx">'
             '<span class="nm">A3</span><span class="f">fx</span>'
             f'<span class="v">{e(PRIORITIES[1][0])}</span></div><table class="sheet">'
             '<colgroup><col style="width:8mm"><col style="width:72mm"><col style="width:38mm">'
             '<col style="width:30mm"><col style="width:24mm"></colgroup>'
             '<tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>'
             '<tr><td class="rn">1</td><td class="h">Our priority</td><td class="h">National strand</td>'
             '<td class="h">Lead group</td><td class="h">Year one</td></tr>')
    for i, (name, strand, lead, status) in enumerate(PRIORITIES, 2):
        sel = " sel" if i == 3 else ""
        P.append(f'<tr><td class="rn">{i}</td><td class="p{sel}">{e(name)}</td><td class="s">{e(strand)}</td>'
                 f'<td class="s">{e(lead)}</td><td class="s">{e(status)}</td></tr>')
    P.append('<tr><td class="rn">6</td><td></td><td></td><td></td><td></td></tr></table>'
             '<div class="tabs"><span class="on">Priorities</span><span>Actions</span><span>Outcomes</span>'
             '<span>Funding</span></div></div>'
             '<p style="margin-top:5mm">Each priority has a lead group, which reports to the partnership every '
             'quarter. Column B shows the strand of the national strategy each priority serves.</p></div>')
    P.append('<div class="pg"><h1 class="t">Action plan</h1><p>The "Actions" sheet of the workbook, summarised. '
             'Short labels name each priority.</p>')
    P.append(rows(["Priority", "Action", "By"], [
        ("Supply", "Joint county lines operations with the Metropolitan Police and British Transport Police",
         "Ongoing"), ("Supply", "Cuckooing protocol with housing providers", "Dec 2023"),
        ("Treatment", "Treatment workers in custody suites and courts", "Mar 2024"),
        ("Treatment", "Recovery cafés in Watford, Stevenage and Hemel Hempstead", "Sep 2024"),
        ("Deaths", "Naloxone for every person leaving prison and in hostels", "Mar 2024"),
        ("Deaths", "A drug-related deaths review panel meeting monthly", "Ongoing"),
        ("Young people", "Drug education in every secondary school", "Sep 2024"),
        ("Young people", "Early help for children whose parents use drugs", "Mar 2025")]))
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>We use the national outcomes framework '
             'and the local measures below.</p>')
    P.append(rows(["Outcome", "Baseline", "Ambition 2026"], [
        ("Adults in drug treatment", "2,350", "2,900"), ("Prison leavers starting treatment in three weeks", "42%",
                                                         "60%"),
        ("Drug-related deaths (three-year total)", "61", "Fewer than 50"),
        ("County lines closed each year", "28", "35"), ("Young people in specialist support", "310", "360")]))
    P.append('<p class="note">Baselines and ambitions are illustrative.</p><p>The partnership reports to the '
             'Hertfordshire Health and Wellbeing Board and to the Office for Health Improvement and Disparities. '
             'Contact: cdp@hertfordshire.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword and principles Drugs cause", "nat": "The national strategy The national",
               "loc": "The local picture The figures", "pri": "Our priorities The partnership tracks",
               "act": "Action plan The", "gov": "Outcomes and governance We use"}
    src = work_file("herts_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
