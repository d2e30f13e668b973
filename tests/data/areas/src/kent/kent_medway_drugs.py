"""Kent and Medway Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium.

Four priorities, stated once, on p6 in a **page-wide banner with icons**: a dark band across the page split into
four columns, each with a line-drawn icon in a white disc (inline SVG, no text) above the priority in white bold
type, wrapping over two to four lines in the narrow column.  No numbers.  Under the banner, "What we will do"
follows under **short theme labels** ("Supply", "Treatment", "Deaths and harm", "Young people"), which are
distractors, as are the national *From harm to hope* priorities (p5), the principles (p5), the key facts (p4)
and the outcomes table (p8).
"""
import html

from common import chromium_to_pdf, two_pass
from kent.work import work_file

FILE = "strategies/kent_and_medway_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Kent and Medway Combating Drugs Partnership Strategy 2023–2026"

ICONS = [
    '<rect x="6" y="14" width="20" height="14" rx="2"/><path d="M10 14 V9 C10 5 22 5 22 9 V14"/>',
    '<path d="M16 28 C6 20 3 15 3 10 C3 6 6 3 10 3 C13 3 15 5 16 7 C17 5 19 3 22 3 C26 3 29 6 29 10 '
    'C29 15 26 20 16 28 Z"/>',
    '<path d="M16 3 L27 8 L27 16 C27 23 21 28 16 30 C11 28 5 23 5 16 L5 8 Z"/><path d="M11 16 L15 20 L22 12"/>',
    '<path d="M16 29 V14"/><path d="M16 18 C10 18 6 14 6 8 C12 8 16 12 16 18"/>'
    '<path d="M16 14 C16 9 20 5 26 5 C26 11 22 14 16 14"/>',
]

PRIORITIES = [
    ("Breaking drug supply chains into and across Kent and Medway", "Supply",
     ["Target the organised crime groups that bring drugs through the ports and the M2, M20 and M25.",
      "Close county lines and protect the people whose homes they take over.",
      "Use closure orders and civil powers against premises used for dealing."]),
    ("Getting more people into treatment and keeping them in recovery", "Treatment",
     ["Raise the number of adults in treatment by a fifth (illustrative target).",
      "Make sure every prison leaver with a treatment need starts treatment within three weeks.",
      "Build recovery communities with housing and employment support."]),
    ("Reducing drug-related deaths and harm", "Deaths and harm",
     ["Put naloxone in every hostel, custody suite and probation office.",
      "Review every drug-related death and act on what we learn.",
      "Reduce blood-borne virus infections through testing and needle exchange."]),
    ("Preventing young people from starting to use drugs and alcohol", "Young people",
     ["Evidence-based drug and alcohol education in schools and colleges.",
      "Early help for children whose parents use drugs or alcohol.",
      "Young people's substance misuse services that reach children outside school."]),
]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "Kent and Medway Combating Drugs Partnership"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #17324D; color: #fff; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 120mm; width: 210mm; height: 10mm; background: #3BB273; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 145mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 165mm; }
.cover .yr { position: absolute; left: 18mm; top: 200mm; font-size: 16pt; color: #9BE0B9; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #17324D; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #2A8A57; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1.5px dotted #3BB273; margin: 0 2mm 1.3mm 2mm; }
.facts { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.fact { border: 1px solid #cfe3d8; padding: 2mm 3mm; } .fact b { font-size: 15pt; color: #17324D; display: block; }
.banner { margin: 5mm -16mm 6mm -16mm; background: #17324D; display: grid; grid-template-columns: repeat(4, 1fr); gap: 6mm; padding: 7mm 16mm 8mm 16mm; }
.banner .col { color: #fff; }
.banner .disc { width: 16mm; height: 16mm; border-radius: 50%; background: #fff; display: flex; align-items: center; justify-content: center; margin-bottom: 4mm; }
.banner svg { width: 10mm; height: 10mm; stroke: #17324D; stroke-width: 2.2; fill: none; }
.banner .h { font-size: 11.5pt; font-weight: 700; line-height: 1.3; }
.theme { display: grid; grid-template-columns: 30mm 1fr; gap: 4mm; border-top: 1px solid #cfe3d8; padding: 2.5mm 0; }
.theme .lab { font-weight: 700; color: #2A8A57; font-size: 10pt; }
.theme ul { margin: 0; padding-left: 4mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.7pt; margin: 2mm 0 5mm 0; }
th { background: #17324D; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #cfe3d8; padding: 1.6mm 2mm; vertical-align: top; }
.box { background: #EEF6F1; padding: 3mm 4mm; margin: 3mm 0; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">KENT AND MEDWAY COMBATING DRUGS '
             'PARTNERSHIP</div><h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023 – 2026</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Drugs in Kent and Medway", "ctx"), ("The national strategy", "nat"),
                 ("Our priorities", "pri"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Drugs cause harm in every part of Kent and Medway: to the people who use them, to their families, and to "
        "the communities where they are sold. They drive violence, theft and exploitation, and they kill more people "
        "here each year than road collisions.",
        "The Combating Drugs Partnership was formed in 2022 in response to the national drugs strategy. It brings "
        "together Kent County Council and Medway Council public health teams, Kent Police, the Police and Crime "
        "Commissioner, the Probation Service, the NHS, prisons, Jobcentre Plus and people with lived experience.",
        "This strategy sets four priorities for the partnership to 2026, and an outcomes framework to track them."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Senior Responsible Owner, Kent and Medway Combating Drugs Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Drugs in Kent and Medway</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="facts">')
    for n, c in [("9,300", "adults estimated to be dependent on opiates or crack"),
                 ("5,100", "adults in drug treatment"), ("118", "drug-related deaths a year"),
                 ("60+", "county lines active at any time"), ("41%", "of prison leavers engaging with treatment"),
                 ("1 in 8", "15-year-olds who have tried cannabis")]:
        P.append(f'<div class="fact"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What people with lived experience told us</h2><ul>'
             '<li>Treatment works when it is quick to get into and does not end when you leave prison.</li>'
             '<li>Housing and a job are as important to recovery as a prescription.</li>'
             '<li>Young people get drugs through social media.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">The national strategy</h1><p>The Government\'s ten-year drugs strategy, '
             '<i>From harm to hope</i> (2021), has three strategic priorities:</p><div class="box"><ul>'
             '<li>Break drug supply chains</li><li>Deliver a world-class treatment and recovery system</li>'
             '<li>Achieve a generational shift in the demand for drugs</li></ul></div>'
             '<p>It asks each area to form a combating drugs partnership and to report against the national outcomes '
             'framework: reducing drug use, reducing drug-related crime, and reducing drug-related deaths and harm.'
             '</p><h2>Our principles</h2><ul><li><b>Lived experience</b> at every level of the partnership.</li>'
             '<li><b>No wrong door</b>: any service can start a referral.</li>'
             '<li><b>Whole system</b>: health, justice, housing and work together.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>The partnership has agreed four priorities for '
             '2023 to 2026.</p><div class="banner">')
    for (name, _, _), icon in zip(PRIORITIES, ICONS):
        P.append(f'<div class="col"><div class="disc"><svg viewBox="0 0 32 32">{icon}</svg></div>'
                 f'<div class="h">{e(name)}</div></div>')
    P.append('</div><h2>What we will do</h2>')
    for _, lab, acts in PRIORITIES:
        P.append(f'<div class="theme"><div class="lab">{e(lab)}</div><ul>'
                 + "".join(f"<li>{e(a)}</li>" for a in acts) + '</ul></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>We will report each year against these '
             'local outcomes. Baselines are illustrative.</p><table><tr><th>Outcome</th><th>Baseline</th>'
             '<th>2026 ambition</th></tr>')
    for r in [("County lines closed each year", "85", "Up"), ("Adults in treatment", "5,100", "6,100"),
              ("Prison leavers starting treatment within three weeks", "41%", "75%"),
              ("Drug-related deaths", "118", "Down"), ("Young people in specialist services", "640", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Governance</h2><p>The partnership board meets quarterly and reports to the Home Office, '
             'the Department of Health and Social Care and both health and wellbeing boards. Three sub-groups lead '
             'the work: Supply, Treatment and Recovery, and Prevention.</p><p>Contact: cdp@kent-medway.example</p>'
             '<p class="note">All figures are illustrative.</p></div>')
    P.append('</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs cause harm", "ctx": "Drugs in Kent and Medway The figures",
               "nat": "The national strategy The Government", "pri": "Our priorities The partnership has",
               "gov": "Outcomes and governance We will"}
    src = work_file("kent_medway_drugs.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
