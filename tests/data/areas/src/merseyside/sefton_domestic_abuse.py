"""Sefton Domestic Abuse and Sexual Violence Strategy 2024-2027: HTML printed by Chromium (DejaVu Serif
headings).

Four priorities, stated once, on p6 as the **middle column of a three-column flow**: each row reads "What
survivors told us" (an italic quote-like finding) -> "Our priority" (bold, in a tinted cell) -> "What will be
different by 2027" (an outcome), with CSS arrow shapes between the cells and no numbers.  The definition and
survivor voices (p4), the national Tackling Domestic Abuse Plan's pillars and the principles (p5), the left
and right columns of the flow, the delivery themes (p7) and the outcome measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from merseyside.work import work_file

FILE = "strategies/sefton_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Sefton Domestic Abuse and Sexual Violence Strategy 2024–2027"

PRIORITIES = [
    ("“Nobody ever talked to us at school about what a healthy relationship looks like.”",
     "Stopping domestic abuse before it starts",
     "Every secondary school in Sefton teaches healthy relationships, and young people know where to turn."),
    ("“He was never made to face what he did. He just moved on to the next partner.”",
     "Holding perpetrators to account and changing their behaviour",
     "More perpetrators are charged, protection orders are used and enforced, and more complete a "
     "behaviour-change programme."),
    ("“I told four different services before anyone helped me.”",
     "Making sure every survivor gets the right support at the right time",
     "Survivors are identified earlier, get one trusted worker, and wait no more than a week for support."),
    ("“My children saw everything. Nobody asked them how they were.”",
     "Supporting children and young people who have lived with domestic abuse",
     "Every child in a household at MARAC is offered specialist support, and schools know when a child has been "
     "affected."),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-center { content: "Sefton Domestic Abuse Partnership Board  ·  page " counter(page); font: 7.8pt 'DejaVu Sans'; color: #6d4c7d; } }
@page bare { margin: 0; @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.55; color: #252525; margin: 0; }
h1, h2, .cover h1 { font-family: 'DejaVu Serif', serif; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F4EEF7; break-after: page; overflow: hidden; }
.cover .blk { position: absolute; left: 0; top: 0; width: 210mm; height: 150mm; background: #4E2A5E; }
.cover .org { position: absolute; left: 20mm; top: 22mm; color: #fff; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 70mm; color: #fff; font-size: 28pt; line-height: 1.15; margin: 0; width: 165mm; }
.cover .yr { position: absolute; left: 20mm; top: 162mm; font-size: 18pt; color: #4E2A5E; }
.cover .ribbon { position: absolute; left: 20mm; top: 185mm; width: 40mm; height: 6mm; background: #C2185B; }
.pg { break-before: page; }
h1 { font-size: 20pt; color: #4E2A5E; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #C2185B; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 2mm 0; font-size: 10.5pt; }
.toc div span:first-child { flex: 1; border-bottom: 1px dashed #b9a3c4; margin-right: 3mm; }
.voice { border-left: 3px solid #C2185B; padding: 1mm 4mm; margin: 3mm 0; font-style: italic; color: #4E2A5E; }
.stats { display: flex; gap: 3mm; margin: 3mm 0; }
.stats div { flex: 1; background: #F4EEF7; padding: 3mm; text-align: center; } .stats b { display: block; font-size: 16pt; color: #4E2A5E; }
.flow { display: grid; grid-template-columns: 1fr 7mm 1.15fr 7mm 1fr; row-gap: 5mm; margin-top: 5mm; align-items: stretch; }
.flow .hd { font-size: 7.8pt; font-weight: 700; letter-spacing: 0.6pt; color: #6d4c7d; text-transform: uppercase; padding-bottom: 1mm; border-bottom: 1px solid #d8c9df; }
.flow .said { font-style: italic; color: #555; font-size: 8.6pt; padding: 3mm 2mm; }
.flow .pri { background: #4E2A5E; color: #fff; font-size: 11.5pt; font-weight: 700; line-height: 1.3; padding: 4mm; }
.flow .out { background: #F4EEF7; font-size: 8.6pt; padding: 3mm; }
.flow .ar { position: relative; }
.flow .ar::after { content: ""; position: absolute; left: 1.5mm; top: 45%; border-left: 4mm solid #C2185B; border-top: 3mm solid transparent; border-bottom: 3mm solid transparent; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #4E2A5E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e2d6e8; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="blk"></div><div class="org">SEFTON DOMESTIC ABUSE PARTNERSHIP BOARD'
             '</div><h1>Domestic Abuse and Sexual Violence Strategy</h1><div class="yr">2024 – 2027</div>'
             '<div class="ribbon"></div></div>')
    P.append('<h1>Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Domestic abuse in Sefton", "ctx"), ("The national picture and our principles",
                                                                           "nat"),
                 ("Our priorities", "pri"), ("How we will deliver", "del"), ("Governance and outcomes", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1>Foreword</h1>')
    for t in [
        "Domestic abuse and sexual violence wreck lives in every part of Sefton, from Bootle to Southport. They "
        "are crimes that thrive on silence, and this strategy is about breaking that silence.",
        "The Domestic Abuse Partnership Board brings together Sefton Council, Merseyside Police, the NHS, the "
        "Probation Service, housing providers, schools and our specialist domestic abuse and sexual violence "
        "services. We meet the duties placed on the council by Part 4 of the Domestic Abuse Act 2021.",
        "More than 150 survivors shared their experiences with us as we wrote this strategy. Their words are at "
        "the heart of it: each of our priorities starts with something a survivor told us.",
        "We dedicate this strategy to the survivors who spoke to us, and to those who could not."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Sefton Domestic Abuse Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1>Domestic abuse in Sefton</h1><p>The Domestic Abuse Act 2021 defines domestic '
             'abuse as abusive behaviour between people aged 16 or over who are personally connected. It includes '
             'physical, sexual, emotional and economic abuse and coercive control, and recognises children who see, '
             'hear or experience its effects as victims in their own right.</p><p>The figures below are '
             'illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("5,100", "domestic abuse incidents and crimes"), ("640", "MARAC cases"),
                 ("27%", "repeat MARAC cases"), ("910", "sexual offences")]:
        P.append(f"<div><b>{e(n)}</b>{e(c)}</div>")
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["“The police were brilliant on the night. It was afterwards that I felt on my own.”",
              "“I didn't know that what he was doing with money was abuse.”",
              "“Moving to a refuge meant moving my kids' school. That was the hardest part.”"]:
        P.append(f'<div class="voice">{e(q)}</div>')
    P.append('</div>')
    P.append('<div class="pg"><h1>The national picture and our principles</h1><p>The government\'s Tackling '
             'Domestic Abuse Plan (2022) is built on four pillars: Prioritising prevention; Supporting victims; '
             'Pursuing perpetrators; and A stronger system. The national Tackling Violence Against Women and Girls '
             'Strategy sits beside it. Our priorities are local, but they echo these pillars.</p><h2>Our principles'
             '</h2><ul><li><b>Survivor-led</b>: survivors shape what we do.</li><li><b>Whole family</b>: we see the '
             'children as well as the adults.</li><li><b>Trauma-informed</b>: we do not make people tell their '
             'story again and again.</li><li><b>Inclusive</b>: services that work for older people, disabled '
             'people, men and LGBT+ survivors.</li></ul><h2>Safe accommodation</h2><p>Sefton Council\'s Safe '
             'Accommodation Strategy, which the board oversees, is published separately and sets out how refuge '
             'and dispersed accommodation will be commissioned.</p></div>')
    P.append('<div class="pg"><h1>Our priorities</h1><p>We have four priorities for 2024 to 2027. Each began with '
             'something a survivor told us, and each ends with the change we want to see by 2027.</p>'
             '<div class="flow"><div class="hd">What survivors told us</div><div></div><div class="hd">Our priority'
             '</div><div></div><div class="hd">What will be different by 2027</div>')
    for said, name, out in PRIORITIES:
        P.append(f'<div class="said">{e(said)}</div><div class="ar"></div><div class="pri">{e(name)}</div>'
                 f'<div class="ar"></div><div class="out">{e(out)}</div>')
    P.append('</div><p style="margin-top:6mm">Underpinning all four is a workforce that is trained to recognise '
             'domestic abuse and confident to ask about it.</p></div>')
    P.append('<div class="pg"><h1>How we will deliver</h1><p>The board\'s action plan is organised in four '
             'delivery themes, each with a lead:</p><table><tr><th>Theme</th><th>Main actions 2024/25</th>'
             '<th>Lead</th></tr>')
    for r in [("Prevention", "Healthy relationships lessons in every secondary school; a campaign on coercive "
                             "control", "Public Health"),
              ("Perpetrators", "A behaviour-change programme for 60 men a year; DVPO use reviewed every quarter",
               "Merseyside Police, Probation"),
              ("Support", "A single front door for referrals; IDVAs in Southport and Aintree hospitals",
               "Sefton Council"),
              ("Children", "Operation Encompass in every school; a children's IDVA; group work for children",
               "Children's Services")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1>Governance and outcomes</h1><p>The Domestic Abuse Partnership Board reports to '
             'the Safer Sefton Together partnership and to the Sefton Safeguarding Adults and Children\'s '
             'Partnerships. The Police and Crime Commissioner for Merseyside part-funds the IDVA service.</p><table>'
             '<tr><th>Outcome measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Schools teaching healthy relationships with our toolkit", "11 of 21", "Up"),
              ("Perpetrators completing a programme", "34", "Up"), ("Repeat MARAC cases", "27%", "Down"),
              ("Days from referral to support", "19", "Down"), ("Children offered specialist support", "48%", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p><p>If you are worried about domestic abuse, '
             'contact the Sefton domestic abuse helpline (illustrative) or email help@sefton-da.example. In an '
             'emergency call 999.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse and sexual", "ctx": "Domestic abuse in Sefton The Domestic",
               "nat": "The national picture and our principles The", "pri": "Our priorities We have four",
               "del": "How we will deliver The", "gov": "Governance and outcomes The"}
    src = work_file("sefton_domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
