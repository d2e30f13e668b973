"""Ceredigion Community Safety Partnership Delivery Plan 2024-2027: HTML printed by Chromium.

The partnership is a sub-group of the Ceredigion Public Services Board.  Five
priorities, stated once each, on pp6-7 as bordered cards: a small letter-spaced
label "BLAENORIAETH 1 · PRIORITY 1" above the English heading (h3), the Welsh
heading in italics under it, then a short paragraph and "We will" bullets.
Distractors: the PSB's well-being objectives (p4), the seven well-being goals
and five ways of working (p4), the "what the assessment told us" findings (p5),
the mapping table on p8 that lists the five priorities beside the well-being
goals they contribute to, and the measures.
"""
import html

from common import chromium_to_pdf, two_pass
from dyfed_powys.work import work_file

FILE = "strategies/ceredigion_community_safety_delivery_plan_2024-27.pdf"
TITLE = "Ceredigion Community Safety Partnership Delivery Plan 2024–2027"

PRIORITIES = [
    ("Reducing anti-social behaviour in our towns and rural communities",
     "Lleihau ymddygiad gwrthgymdeithasol yn ein trefi a'n cymunedau gwledig",
     "Anti-social behaviour is the issue residents raise with us most often, in Aberystwyth and Cardigan and in "
     "villages where a small group can make life miserable for a whole street.",
     ["run joint problem-solving for every hotspot we identify", "use the full range of early interventions before "
      "enforcement", "keep victims of persistent anti-social behaviour informed"]),
    ("Reducing violence against women, domestic abuse and sexual violence",
     "Lleihau trais yn erbyn menywod, cam-drin domestig a thrais rhywiol",
     "Domestic abuse is the largest single cause of violent crime in the county, and much of it is hidden.",
     ["deliver the regional VAWDASV strategy locally", "train staff in every partner under Ask and Act",
      "make sure perpetrators are challenged as well as victims protected"]),
    ("Tackling rural and wildlife crime",
     "Mynd i'r afael â throseddau gwledig a throseddau bywyd gwyllt",
     "Farm machinery theft, livestock worrying, hare coursing and fly-tipping damage livelihoods and the "
     "landscape alike.",
     ["support the rural crime team's farm watch and horse watch schemes", "mark and register farm machinery and "
      "quad bikes", "share intelligence on poaching and hare coursing with neighbouring forces"]),
    ("Reducing drug and alcohol related harm",
     "Lleihau niwed sy'n gysylltiedig â chyffuriau ac alcohol",
     "Drug-related deaths in Ceredigion are low in number but each one is a tragedy, and alcohol harm is "
     "widespread, including among students.",
     ["promote naloxone and the Area Planning Board's treatment services", "work with the universities on alcohol "
      "and drug awareness", "support families affected by someone else's drinking or drug use"]),
    ("Making our rural roads safer", "Gwneud ein ffyrdd gwledig yn fwy diogel",
     "Our roads carry visitors, motorcyclists and farm traffic on narrow lanes, and too many people are killed or "
     "seriously injured on them each year.",
     ["support Community Speedwatch in every town that asks", "run motorcycle safety days with the fire service",
      "target the fatal five with Dyfed-Powys Police's roads policing unit"]),
]

CSS = """
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @top-left { content: "Diogelu Ceredigion · Safer Ceredigion"; font: 7.5pt 'Liberation Sans'; color: #2E6B3A; }
  @top-right { content: "Delivery Plan 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #777; }
  @bottom-center { content: "— " counter(page) " —"; font: 8pt 'Liberation Sans'; color: #2E6B3A; } }
@page bare { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.45; color: #262626; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #F3F6EE; position: relative; overflow: hidden; break-after: page; }
.cover .band { position: absolute; left: 0; top: 0; width: 210mm; height: 95mm; background: #2E6B3A; }
.cover .org { position: absolute; left: 20mm; top: 22mm; color: #fff; font-size: 10pt; line-height: 1.5; }
.cover .cy { position: absolute; left: 20mm; top: 115mm; font-size: 20pt; color: #2E6B3A; font-style: italic; }
.cover h1 { position: absolute; left: 20mm; top: 130mm; width: 170mm; font-size: 30pt; color: #1C3F23; margin: 0; line-height: 1.15; }
.cover .yr { position: absolute; left: 20mm; top: 185mm; font-size: 16pt; color: #6A8F3A; }
.cover .lang { position: absolute; left: 20mm; bottom: 18mm; font-size: 8pt; color: #555; }
.page { break-before: page; }
h1.t { font-family: 'Liberation Serif', serif; font-size: 22pt; color: #2E6B3A; margin: 0 0 4mm 0; font-weight: 700; }
h2 { font-size: 11.5pt; color: #2E6B3A; margin: 5mm 0 2mm 0; }
.toc { margin-top: 6mm; }
.toc div { display: flex; padding: 2mm 0; font-size: 11pt; }
.toc .l { flex: 1; } .toc .cy { color: #6A8F3A; font-style: italic; margin-left: 3mm; flex: 1; font-size: 9pt; }
.card { border: 1.2px solid #A9C59A; border-left: 6px solid #2E6B3A; padding: 4mm 5mm; margin: 0 0 6mm 0; break-inside: avoid; }
.card .lab { font-size: 7pt; letter-spacing: 1.6pt; color: #6A8F3A; margin-bottom: 1.5mm; }
.card h3 { font-size: 13pt; color: #1C3F23; margin: 0 0 1mm 0; line-height: 1.25; }
.card .wy { font-style: italic; color: #5D7F52; margin: 0 0 2mm 0; font-size: 9pt; }
.card p { margin: 0 0 1.5mm 0; }
.card ul { margin: 0; padding-left: 5mm; }
.stat { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat div { background: #EAF1E4; padding: 3mm; font-size: 8.4pt; } .stat b { display: block; font-size: 16pt; color: #2E6B3A; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm 0; }
th { background: #2E6B3A; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #D5E2CC; padding: 1.6mm 2mm; vertical-align: top; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 0.6mm; }
.note { font-size: 7.5pt; color: #777; }
.cyp { font-style: italic; color: #3D5C35; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #2E6B3A; color: #fff; padding: 170mm 20mm 0 20mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style>'
         '</head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">Bwrdd Gwasanaethau Cyhoeddus Ceredigion<br>'
             'Ceredigion Public Services Board</div><div class="cy">Cynllun Cyflawni Diogelwch Cymunedol</div>'
             '<h1>Community Safety Partnership Delivery Plan</h1><div class="yr">2024–2027</div>'
             '<div class="lang">Mae\'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.</div>'
             '</div>')
    P.append('<h1 class="t">Cynnwys · Contents</h1><div class="toc">')
    for en, cy, k in [("Foreword", "Rhagair", "fw"), ("Our place in the Public Services Board", "Ein lle yn y BGC",
                                                        "psb"),
                      ("Ceredigion in numbers", "Ceredigion mewn rhifau", "ctx"),
                      ("Our priorities", "Ein blaenoriaethau", "pri"), ("How the plan fits", "Sut mae'r cynllun "
                                                                       "yn cyd-fynd", "fit"),
                      ("Measures and governance", "Mesurau a llywodraethu", "gov")]:
        P.append(f'<div><span class="l">{e(en)}</span><span class="cy">{e(cy)}</span><span>{pages.get(k, 0)}'
                 '</span></div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">Foreword</h1>')
    for t in [
        "Ceredigion is one of the safest counties in Wales. That is a credit to our communities, and it is something "
        "we never take for granted.",
        "Since 2019 the Ceredigion Community Safety Partnership has been a sub-group of the Public Services Board. "
        "This means community safety is planned alongside health, housing, education and the environment, and that "
        "we can use the Board's reach to tackle the causes of crime, not only its symptoms.",
        "This delivery plan sets five priorities for 2024 to 2027. They reflect our strategic assessment, the "
        "views of more than 900 residents (illustrative) and the priorities of our partners, including the Police "
        "and Crime Commissioner."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p class="cyp">Mae Ceredigion yn un o\'r siroedd mwyaf diogel yng Nghymru. Mae\'r cynllun hwn yn nodi '
             'pum blaenoriaeth ar gyfer 2024–2027.</p><p><b>Chair, Ceredigion Community Safety Partnership</b></p>'
             '</div>')
    P.append('<div class="page"><h1 class="t">Our place in the Public Services Board</h1><p>The Ceredigion Public '
             'Services Board published its Local Well-being Plan in 2023. It has four well-being objectives '
             '(summarised):</p><ol><li>Social and economic resilience</li><li>Climate and nature resilience</li>'
             '<li>Community resilience</li><li>Healthy and safe communities</li></ol><p>The Community Safety '
             'Partnership leads on part of the fourth objective.</p><h2>The well-being goals</h2><p>The Well-being '
             'of Future Generations (Wales) Act 2015 sets seven well-being goals for Wales:</p><table><tr><th>Goal'
             '</th><th>Nod</th></tr>')
    for en, cy in [("A prosperous Wales", "Cymru lewyrchus"), ("A resilient Wales", "Cymru gydnerth"),
                   ("A healthier Wales", "Cymru iachach"), ("A more equal Wales", "Cymru sy'n fwy cyfartal"),
                   ("A Wales of cohesive communities", "Cymru o gymunedau cydlynus"),
                   ("A Wales of vibrant culture and thriving Welsh language",
                    "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu"),
                   ("A globally responsible Wales", "Cymru sy'n gyfrifol ar lefel fyd-eang")]:
        P.append(f"<tr><td>{e(en)}</td><td><i>{e(cy)}</i></td></tr>")
    P.append('</table><h2>The five ways of working</h2><ul><li>Long term</li><li>Prevention</li><li>Integration</li>'
             '<li>Collaboration</li><li>Involvement</li></ul></div>')
    P.append('<div class="page"><h1 class="t">Ceredigion in numbers</h1><p class="note">The figures below are '
             'illustrative and are not official statistics.</p><div class="stat">')
    for n, c in [("72,000", "residents"), ("4,700", "crimes recorded a year"), ("1,350", "anti-social behaviour "
                 "incidents"), ("190", "rural crimes reported"), ("61", "people killed or seriously injured on our "
                 "roads"), ("9", "drug-related deaths in three years")]:
        P.append(f'<div><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the assessment told us</h2><ul>'
             '<li>Anti-social behaviour has fallen overall but is rising in two villages.</li>'
             '<li>Domestic abuse makes up a third of violent crime.</li>'
             '<li>Rural crime is under-reported, especially livestock worrying.</li>'
             '<li>Students and visitors account for much of the night-time alcohol harm.</li>'
             '<li>Serious violence is rare; there were no knife homicides in five years.</li></ul>'
             '<h2>What residents told us</h2><p>Speeding, anti-social behaviour and rural crime were the three '
             'concerns raised most often. Nine in ten residents feel safe in their area during the day.</p></div>')
    P.append('<div class="page"><h1 class="t">Our priorities</h1><p>The partnership has agreed five priorities for '
             '2024–2027. Each is led by a named partner and delivered through a yearly action plan.</p>')
    for i, (en, cy, txt, acts) in enumerate(PRIORITIES, 1):
        if i == 4:
            P.append('</div><div class="page">')
        P.append(f'<div class="card"><div class="lab">BLAENORIAETH {i} · PRIORITY {i}</div><h3>{e(en)}</h3>'
                 f'<div class="wy">{e(cy)}</div><p>{e(txt)}</p><p><b>We will:</b></p><ul>')
        P += [f"<li>{e(a)}</li>" for a in acts]
        P.append('</ul></div>')
    P.append('<p>Serious violence is not a separate priority for Ceredigion: the Serious Violence Duty is delivered '
             'through the Dyfed-Powys partnership strategy, and our contribution is set out there.</p></div>')
    P.append('<div class="page"><h1 class="t">How the plan fits</h1><p>The table shows which well-being goals each '
             'priority contributes to most.</p><table><tr><th>Priority</th><th>Well-being goals</th></tr>')
    for en, goals in zip([p[0] for p in PRIORITIES],
                         ["A Wales of cohesive communities; A healthier Wales", "A more equal Wales; A healthier "
                          "Wales", "A prosperous Wales; A resilient Wales", "A healthier Wales",
                          "A healthier Wales; A prosperous Wales"]):
        P.append(f"<tr><td>{e(en)}</td><td>{e(goals)}</td></tr>")
    P.append('</table><h2>Links to other plans</h2><ul><li>Dyfed-Powys Police and Crime Plan</li>'
             '<li>Mid and West Wales VAWDASV Strategy</li><li>Dyfed Area Planning Board Substance Misuse Strategy</li>'
             '<li>Dyfed-Powys Serious Violence Duty Strategy</li></ul></div>')
    P.append('<div class="page"><h1 class="t">Measures and governance</h1><table><tr><th>Measure</th><th>Baseline'
             '</th></tr>')
    for m, b in [("Anti-social behaviour incidents", "1,350"), ("Repeat domestic abuse victims", "29%"),
                 ("Rural crimes reported", "190"), ("Alcohol-related hospital admissions", "410"),
                 ("People killed or seriously injured on roads", "61")]:
        P.append(f"<tr><td>{e(m)}</td><td>{e(b)}</td></tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p><h2>Governance</h2><p>The partnership meets '
             'every quarter and reports twice a year to the Ceredigion Public Services Board and once a year to the '
             'council\'s overview and scrutiny committee. Its statutory members are Ceredigion County Council, '
             'Dyfed-Powys Police, Mid and West Wales Fire and Rescue Service, Hywel Dda University Health Board and '
             'the Probation Service.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Diogelu Ceredigion · Safer Ceredigion</h2>'
             '<p>communitysafety@ceredigion.example</p><p>Rydym yn croesawu gohebiaeth yn Gymraeg.</p></div>'
             '</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Ceredigion is one", "psb": "Our place in the Public Services Board The Ceredigion",
               "ctx": "Ceredigion in numbers The figures", "pri": "Our priorities The partnership has agreed",
               "fit": "How the plan fits The table", "gov": "Measures and governance Measure"}
    src = work_file("ceredigion_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
