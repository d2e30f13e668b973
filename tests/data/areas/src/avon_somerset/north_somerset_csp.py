"""North Somerset Community Safety Partnership Plan 2024-2027: HTML printed by Chromium.

The five priorities are stated once, on p6, as a two-column grid of cards, each
with a numbered circle and a heading.  The delivery plan pages (pp7-8) use only
short labels ("ASB", "Domestic abuse", "Substances", "Roads", "Night-time").
The previous plan's priorities in "Looking back" (p5), the residents' survey
findings, the statutory duties, the delivery tables and the governance chart
are distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/north_somerset_community_safety_partnership_plan_2024-27.pdf"
TITLE = "North Somerset Community Safety Partnership Plan 2024–2027"

PRIORITIES = [
    ("Anti-social behaviour", "ASB",
     "Anti-social behaviour in Weston-super-Mare town centre, on the seafront and in parts of Clevedon and Portishead "
     "is the issue residents raise most often. We will use every tool we have, and support the people it affects."),
    ("Domestic abuse and sexual violence", "Domestic abuse",
     "Domestic abuse and sexual violence cause more harm than any other crime in North Somerset. We will help victims "
     "to be safe sooner, and challenge the people who cause harm."),
    ("Reducing harm from drug and alcohol misuse", "Substances",
     "Drug and alcohol misuse damages health, families and neighbourhoods. We will get more people into treatment "
     "and recovery and reduce the harm that alcohol causes in our towns."),
    ("Road safety", "Roads",
     "Speeding and dangerous driving worry residents in every village, and our rural roads see too many serious "
     "collisions. We will work with the road safety partnership on education, engineering and enforcement."),
    ("Reducing violence in the night-time economy", "Night-time",
     "Weston-super-Mare's bars and clubs draw visitors from across the region. Most violence with injury in the town "
     "happens at night and involves alcohol. We will work with licensees to keep nights out safe."),
]

ACTIONS = {
    "ASB": [("Joint ASB problem-solving meetings for each town", "Council, police", "Quarterly"),
            ("Publicise the ASB Case Review on the council website", "Council", "2024"),
            ("Summer seafront plan for Weston-super-Mare", "Council, police, businesses", "Annual"),
            ("Youth outreach in Weston Villages and Worle", "Youth service", "2025")],
    "Domestic abuse": [("Recommission the North Somerset domestic abuse service", "Council", "2025"),
                       ("Domestic abuse champions in every GP practice", "ICB", "2025"),
                       ("Perpetrator behaviour change programme", "OPCC, probation", "2024"),
                       ("Sexual violence awareness in colleges", "Council, Weston College", "2024")],
    "Substances": [("Increase treatment places through the combating drugs partnership", "Public health", "2025"),
                   ("Naloxone for hostels and supported housing", "Public health", "2024"),
                   ("Alcohol identification and brief advice in A&E", "Weston General Hospital", "2025")],
    "Roads": [("Community Speedwatch in 20 more parishes", "Police, parish councils", "2026"),
              ("Young driver education in sixth forms", "Road safety team", "Annual"),
              ("Speed surveys on the A370 and A38", "Highways", "2024")],
    "Night-time": [("Best Bar None accreditation for Weston venues", "Licensing", "2025"),
                   ("Street pastors and a safe haven on Friday and Saturday nights", "Council, churches", "Ongoing"),
                   ("Licensing reviews where premises are linked to violence", "Licensing, police", "Ongoing")],
}

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-right { content: "North Somerset Community Safety Partnership Plan 2024–2027"; font: 8pt 'DejaVu Sans'; color: #6A7A8C; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 8pt 'DejaVu Sans'; color: #0B5E6B; } }
@page bare { margin: 0; @top-right { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.2pt; line-height: 1.45; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #0B5E6B; position: relative; overflow: hidden; break-after: page; color: #fff; }
.cover .wave { position: absolute; left: -20mm; bottom: -40mm; width: 260mm; height: 130mm; border-radius: 50%; background: #F2C14E; }
.cover .org { position: absolute; left: 20mm; top: 24mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 80mm; width: 150mm; font-size: 32pt; line-height: 1.12; margin: 0; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 20pt; }
.page { break-before: page; }
h1.t { font-size: 21pt; color: #0B5E6B; margin: 0 0 5mm 0; }
h2 { font-size: 12pt; color: #0B5E6B; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #D7E3E5; }
.toc .n { width: 14mm; color: #0B5E6B; font-weight: 700; } .toc .l { flex: 1; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0; }
.tile { background: #E6F0F1; border-radius: 3mm; padding: 4mm; }
.tile .n { font-size: 19pt; font-weight: 700; color: #0B5E6B; } .tile .c { font-size: 8.2pt; }
.old { border: 1.5px solid #B8C7CC; border-radius: 3mm; padding: 3mm 6mm; background: #F7F9FA; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin-top: 4mm; }
.card { background: #F4F8F8; border-top: 4px solid #0B5E6B; border-radius: 0 0 3mm 3mm; padding: 5mm; }
.card .c { width: 11mm; height: 11mm; border-radius: 50%; background: #F2C14E; color: #0B5E6B; font-weight: 700; font-size: 13pt; text-align: center; line-height: 11mm; margin-bottom: 3mm; }
.card h3 { font-size: 13pt; color: #0B5E6B; margin: 0 0 2mm 0; line-height: 1.25; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 1mm 0 4mm 0; }
th { background: #0B5E6B; color: #fff; text-align: left; padding: 1.8mm 2mm; }
td { border-bottom: 1px solid #D7E3E5; padding: 1.8mm 2mm; vertical-align: top; }
.lab { display: inline-block; background: #F2C14E; color: #0B5E6B; font-weight: 700; padding: 1mm 4mm; border-radius: 2mm; margin-top: 3mm; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
.note { font-size: 7.8pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #0B5E6B; color: #fff; padding: 140mm 20mm 0 20mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="wave"></div><div class="org">NORTH SOMERSET COMMUNITY SAFETY PARTNERSHIP'
             '</div><h1>Community Safety Partnership Plan</h1><div class="yr">2024–2027</div></div>')
    toc = [("Foreword", "fw"), ("North Somerset in numbers", "ctx"), ("Looking back", "old"),
           ("Our priorities 2024–2027", "pri"), ("Delivery plan", "del"), ("Governance", "gov")]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in toc:
        P.append(f'<div><span class="n">{pages.get(k, 0)}</span><span class="l">{e(t)}</span></div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">Foreword</h1>')
    for t in [
        "North Somerset is a safe place to live, work and visit. Our towns, villages and seafront are valued by residents "
        "and by the millions of people who visit each year. But crime and anti-social behaviour still affect too many "
        "people, and their impact is felt most by those who are already vulnerable.",
        "The Community Safety Partnership brings together North Somerset Council, Avon and Somerset Police, Avon Fire and "
        "Rescue Service, the Probation Service and the NHS. Together we have a legal duty to reduce crime and disorder, "
        "substance misuse and reoffending, and to prevent serious violence.",
        "This plan sets five priorities for the next three years. They are based on our strategic assessment and on the "
        "1,400 responses to our community safety survey (illustrative).",
        "We will publish a short report on our progress every year."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, North Somerset Community Safety Partnership</b></p>"
             "<h2>Our legal duties</h2><ul><li>Crime and Disorder Act 1998</li><li>Serious Violence Duty (Police, Crime, "
             "Sentencing and Courts Act 2022)</li><li>Domestic Abuse Act 2021</li><li>Prevent duty (Counter-Terrorism "
             "and Security Act 2015)</li></ul></div>")
    P.append('<div class="page"><h1 class="t">North Somerset in numbers</h1><p>The figures below are illustrative '
             'and are not official statistics.</p><div class="tiles">')
    for n, c in [("216,000", "residents"), ("5.5m", "visitors a year"), ("17,900", "crimes recorded in 2023"),
                 ("4,300", "ASB incidents reported"), ("1 in 3", "violent crimes in Weston happen at night"),
                 ("62", "people killed or seriously injured on our roads")]:
        P.append(f'<div class="tile"><div class="n">{e(n)}</div><div class="c">{e(c)}</div></div>')
    P.append('</div><h2>What residents told us</h2><ul>')
    for t in ["Anti-social behaviour was the top concern in Weston-super-Mare, Clevedon and Nailsea.",
              "Speeding was the top concern in villages.", "Two in five women felt unsafe in Weston town centre at night.",
              "Residents wanted more visible patrols and quicker action on problem premises."]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul></div>")
    P.append('<div class="page"><h1 class="t">Looking back</h1><p>Our previous plan ran from 2021 to 2024. It had four '
             'priorities:</p><div class="old"><ol><li>Vulnerability and exploitation</li><li>Domestic abuse</li>'
             '<li>Anti-social behaviour and neighbourhood crime</li><li>Serious violence</li></ol></div>'
             '<h2>What we achieved</h2><ul>')
    for t in ["A multi-agency exploitation panel now meets every fortnight.",
              "Domestic abuse referrals to specialist support rose by a quarter (illustrative).",
              "A town centre ASB plan reduced reports on the seafront over two summers.",
              "Serious violence stayed low, and the new Serious Violence Duty strategy is now led across Avon and "
              "Somerset."]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul><p>Exploitation and serious violence are now led by the Avon and Somerset Violence Reduction "
             "Partnership, so they are not priorities in this plan, although we will continue to support that work.</p>"
             "</div>")
    P.append('<div class="page"><h1 class="t">Our priorities 2024–2027</h1><p>The partnership will focus on five '
             'priorities. Each has a lead officer and a delivery plan.</p><div class="cards">')
    for i, (name, short, txt) in enumerate(PRIORITIES):
        P.append(f'<div class="card"><div class="c">{i + 1}</div><h3>{e(name)}</h3><p>{e(txt)}</p></div>')
    P.append('</div></div>')
    P.append('<div class="page"><h1 class="t">Delivery plan</h1><p>The actions below are the first year of our '
             'delivery plan. They are reviewed every quarter.</p>')
    for k, (name, short, _) in enumerate(PRIORITIES):
        if k == 3:
            P.append('</div><div class="page">')
        P.append(f'<div class="lab">{e(short)}</div><table><tr><th>Action</th><th>Lead</th><th>By</th></tr>')
        for a, l, b in ACTIONS[short]:
            P.append(f"<tr><td>{e(a)}</td><td>{e(l)}</td><td>{e(b)}</td></tr>")
        P.append("</table>")
    P.append('<p class="note">Dates are indicative.</p></div>')
    P.append('<div class="page"><h1 class="t">Governance</h1><p>The partnership board meets every quarter. It reports to '
             'the council\'s Health and Wellbeing Board and works with the Avon and Somerset Violence Reduction '
             'Partnership, the combating drugs partnership and the Safeguarding Partnership.</p><h2>Measures</h2>'
             '<table><tr><th>Measure</th><th>Baseline</th><th>Aim</th></tr>')
    for r in [("ASB incidents", "4,300", "Fewer"), ("Repeat domestic abuse victims", "29%", "Fewer"),
              ("Adults in drug or alcohol treatment", "820", "More"), ("Killed or seriously injured", "62", "Fewer"),
              ("Night-time violence with injury in Weston", "310", "Fewer")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2>North Somerset Community Safety Partnership</h2><p>Town Hall, Weston-super-Mare</p>'
             '<p>community.safety@n-somerset.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword North Somerset is", "ctx": "North Somerset in numbers The figures",
               "old": "Looking back Our previous", "pri": "Our priorities 2024–2027 The partnership",
               "del": "Delivery plan The actions", "gov": "Governance The partnership board"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "north_somerset_csp.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
