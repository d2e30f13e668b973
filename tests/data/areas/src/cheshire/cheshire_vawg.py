"""Pan-Cheshire Violence Against Women and Girls Strategy 2024-2027: HTML printed by Chromium.

Five priorities, stated once, as the rows of a three-column table on p6 ("Our
priorities"): a large number, the priority in bold serif, and "The change we
want to see" beside it.  The definition (p4), the national Tackling VAWG
pillars and the local principles (p5), the survivor quotes, the workstream
pages' short titles (pp7-8) and the outcomes table (p9) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from cheshire.work import work_file

FILE = "strategies/pan-cheshire_vawg_strategy_2024-27.pdf"
TITLE = "Pan-Cheshire Violence Against Women and Girls Strategy 2024–2027"

PRIORITIES = [
    ("Preventing violence against women and girls before it starts",
     "Children and young people learn about healthy relationships and consent; harmful attitudes are challenged in "
     "schools, workplaces and online."),
    ("Supporting victims and survivors, including children, to be safe and to recover",
     "Every victim, whoever she is and wherever she lives in Cheshire, can get the right support at the right time."),
    ("Holding perpetrators to account and changing their behaviour",
     "More perpetrators are brought to justice, and more are made to face and change their behaviour."),
    ("Providing safe accommodation for victims and their children",
     "Victims who have to leave home have a safe place to go, and can move on to a settled home."),
    ("Making public spaces and the night-time economy safer for women and girls",
     "Women and girls feel safe in our town centres, on transport and on nights out."),
]

WORKSTREAMS = [
    ("Prevention", ["Healthy relationships and consent lessons in every secondary school",
                    "Bystander training for university and college students", "A campaign on online misogyny"]),
    ("Support", ["Independent domestic and sexual violence advisers in each borough",
                 "Specialist support for children who have lived with abuse", "A single pan-Cheshire helpline"]),
    ("Perpetrators", ["Domestic abuse protection orders sought in every eligible case",
                      "A behaviour change programme for high-harm perpetrators",
                      "Stalking protection orders and a stalking clinic"]),
    ("Housing", ["Refuge and dispersed safe accommodation in all four boroughs",
                 "Sanctuary schemes so victims can stay at home safely", "Move-on support into settled housing"]),
    ("Safer spaces", ["Ask for Angela and Safe Spaces in licensed premises",
                      "Street lighting and CCTV audits on routes home", "Welfare and vulnerability training for door staff"]),
]

CSS = """
@page { size: A4; margin: 20mm 20mm 20mm 20mm;
  @top-center { content: "Pan-Cheshire VAWG Strategy 2024–2027"; font: italic 8pt 'Liberation Serif'; color: #6A3D7C; }
  @bottom-center { content: "— " counter(page) " —"; font: 8.5pt 'Liberation Serif'; color: #444; } }
@page bare { margin: 0; @top-center { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #231F26; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #3E1F4D; color: #fff; position: relative; break-after: page; overflow: hidden; }
.cover .stripe { position: absolute; left: 0; bottom: 0; width: 210mm; height: 30mm; background: #D8A7C7; }
.cover .org { position: absolute; left: 22mm; top: 28mm; font: 10pt 'Liberation Sans'; letter-spacing: 2pt; }
.cover h1 { position: absolute; left: 22mm; top: 90mm; width: 160mm; font: 700 32pt/1.15 'Liberation Serif'; margin: 0; }
.cover .yr { position: absolute; left: 22mm; top: 185mm; font: 18pt 'Liberation Serif'; color: #E9CFE0; }
.pg { break-before: page; }
h1.t { font: 700 21pt 'Liberation Serif'; color: #3E1F4D; margin: 0 0 5mm 0; }
h2 { font: 700 12pt 'Liberation Serif'; color: #6A3D7C; margin: 5mm 0 2mm 0; }
.toc div { display: flex; align-items: baseline; font-size: 11pt; padding: 1.8mm 0; }
.toc div .l { order: 1; } .toc div .d { order: 2; flex: 1; border-bottom: 1px dotted #999; margin: 0 2mm; }
.toc div .n { order: 3; }
.quote { font: italic 11pt/1.5 'Liberation Serif'; color: #3E1F4D; border-left: 3px solid #D8A7C7; padding: 1mm 0 1mm 5mm; margin: 4mm 0; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 8mm; margin: 4mm 0; }
.stats div { border-top: 2px solid #6A3D7C; padding-top: 1.5mm; } .stats b { font: 700 16pt 'Liberation Serif'; color: #6A3D7C; display: block; }
table.pri { border-collapse: collapse; width: 100%; margin-top: 4mm; }
table.pri th { font-size: 8pt; text-transform: uppercase; letter-spacing: 1pt; color: #6A3D7C; text-align: left; border-bottom: 2px solid #3E1F4D; padding: 2mm; }
table.pri td { vertical-align: top; border-bottom: 1px solid #d9cbe0; padding: 4mm 2mm; }
table.pri td.n { font: 700 26pt/1 'Liberation Serif'; color: #D8A7C7; width: 16mm; }
table.pri td.h { font: 700 12.5pt/1.3 'Liberation Serif'; color: #3E1F4D; width: 72mm; }
table.pri td.o { font-size: 9pt; color: #333; }
table.std { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 4mm 0; }
table.std th { background: #3E1F4D; color: #fff; text-align: left; padding: 1.6mm 2mm; }
table.std td { border-bottom: 1px solid #e0d6e5; padding: 1.6mm 2mm; }
.pillars { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.pillars div { background: #F4ECF3; padding: 3mm; font-weight: 700; color: #3E1F4D; }
.ws { margin-bottom: 5mm; } .ws h2 { border-bottom: 1px solid #D8A7C7; padding-bottom: 1mm; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #3E1F4D; color: #fff; padding: 160mm 22mm 0 22mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">CHESHIRE EAST · CHESHIRE WEST AND CHESTER · HALTON · WARRINGTON</div>'
             '<h1>Violence Against Women and Girls Strategy</h1><div class="yr">2024–2027</div>'
             '<div class="stripe"></div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("What we mean by violence against women and girls", "def"),
                 ("The national picture and our principles", "nat"), ("Our priorities", "pri"),
                 ("Our workstreams", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span class="l">{e(t)}</span><span class="d"></span><span class="n">{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Every woman and girl in Cheshire has the right to be safe, and to feel safe, at home, at school, at work, "
        "online and in public. Too many are not.",
        "This strategy is owned by the four community safety partnerships, the Police and Crime Commissioner, "
        "Cheshire Constabulary, the NHS and the specialist domestic and sexual abuse services. It replaces the "
        "separate domestic abuse strategies of the four boroughs with a single pan-Cheshire approach.",
        "It was written with survivors. Their words appear throughout, and they will help us judge whether it has "
        "worked."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<div class="quote">“I didn’t know that what was happening to me had a name.” – survivor, Cheshire '
             'West</div><p><b>Chair, Pan-Cheshire VAWG Strategic Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">What we mean by violence against women and girls</h1><p>We use the '
             'Government\'s definition: acts of violence or abuse that we know disproportionately affect women and '
             'girls. It includes domestic abuse, rape and other sexual offences, stalking, harassment, so-called '
             '“honour”-based abuse, female genital mutilation, forced marriage and online abuse. Men and boys are '
             'victims too, and our services are open to them.</p><h2>Cheshire in figures</h2>'
             '<p class="note">All figures are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("27,900", "domestic abuse incidents and crimes recorded in 2023/24"),
                 ("1,480", "rapes and serious sexual offences recorded"),
                 ("1 in 3", "domestic abuse victims are repeat victims"),
                 ("412", "households supported in safe accommodation"),
                 ("58%", "of women feel unsafe in town centres at night"), ("2,100", "children at MARAC")]:
        P.append(f'<div><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><div class="quote">“The refuge saved my life. Getting a flat afterwards took another year.” – '
             'survivor, Warrington</div></div>')
    P.append('<div class="pg"><h1 class="t">The national picture and our principles</h1><p>The national Tackling '
             'Violence Against Women and Girls Strategy and the Tackling Domestic Abuse Plan are built on four '
             'pillars:</p><div class="pillars"><div>Prioritising prevention</div><div>Supporting victims</div>'
             '<div>Pursuing perpetrators</div><div>A stronger system</div></div><p>The Domestic Abuse Act 2021 '
             'created a statutory definition of domestic abuse, recognised children as victims in their own right and '
             'placed a duty on councils to provide support in safe accommodation.</p><h2>Our principles</h2><ul>'
             '<li>Survivor-led: we listen to the people we are here for.</li><li>Trauma-informed in every '
             'service.</li><li>Intersectional: we recognise the extra barriers faced by disabled, older, LGBT+ and '
             'minority ethnic women.</li><li>Responsibility is placed on perpetrators, never on victims.</li></ul>'
             '</div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>The board has agreed five priorities for '
             '2024–2027. Each is led by a workstream that reports to the board.</p><table class="pri"><tr><th></th>'
             '<th>Priority</th><th>The change we want to see</th></tr>')
    for i, (name, out) in enumerate(PRIORITIES, 1):
        P.append(f'<tr><td class="n">{i}</td><td class="h">{e(name)}</td><td class="o">{e(out)}</td></tr>')
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Our workstreams</h1><p>Each priority is delivered by a workstream. '
             'The main actions for 2024–2025 are below.</p>')
    for i, (ws, acts) in enumerate(WORKSTREAMS):
        if i == 3:
            P.append('</div><div class="pg">')
        P.append(f'<div class="ws"><h2>Workstream {"ABCDE"[i]}: {e(ws)}</h2><ul>' +
                 "".join(f"<li>{e(a)}</li>" for a in acts) + '</ul></div>')
    P.append('<div class="quote">“Ask us, and then actually change something.” – member of the survivors\' panel'
             '</div></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><table class="std"><tr><th>Outcome</th>'
             '<th>Measure</th><th>Baseline</th></tr>')
    for r in [("Fewer women and girls experience violence", "Repeat victims at MARAC", "33%"),
              ("Victims get support quickly", "Days from referral to first contact", "6"),
              ("More perpetrators face justice", "Domestic abuse charge rate", "9%"),
              ("Victims have a safe home", "Households moving on from safe accommodation", "61%"),
              ("Women feel safer at night", "Feel safe in town centre after dark (survey)", "42%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p><h2>Governance</h2><p>The Pan-Cheshire VAWG '
             'Strategic Board meets quarterly and reports to the four community safety partnerships, the '
             'safeguarding partnerships and the Police and Crime Commissioner. The Domestic Abuse Local Partnership '
             'Boards for each council oversee the safe accommodation duty.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Pan-Cheshire VAWG Strategic Board</h2>'
             '<p>vawg.board@cheshire-partnerships.example</p><p>If you are in danger, call 999.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Every woman and girl", "def": "What we mean by violence against women and girls We use",
               "nat": "The national picture and our principles The national", "pri": "Our priorities The board",
               "del": "Our workstreams Each priority", "gov": "Outcomes and governance Outcome"}
    src = work_file("cheshire_vawg.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
