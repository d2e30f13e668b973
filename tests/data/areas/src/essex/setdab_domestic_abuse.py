"""Southend, Essex and Thurrock Domestic Abuse Strategy 2024-2027: HTML printed by Chromium (serif headings).

Four priorities, stated once, on p6: a **numbered list inside a callout with a thick coloured left rule**
("Our strategic priorities"); each item is a bold priority followed by one sentence on the next line.
The national Domestic Abuse Plan's four pillars and the board's principles (p5), the survivor quotes and
definition (p4), the delivery themes in short form (p7) and the outcomes table (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from essex.work import work_file

FILE = "strategies/southend_essex_thurrock_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Southend, Essex and Thurrock Domestic Abuse Strategy 2024–2027"

PRIORITIES = [
    ("Preventing domestic abuse before it starts",
     "Healthy relationships education in every school and college, and campaigns that reach young people early."),
    ("Supporting adult and child victims to be safe and to recover",
     "Independent advisers, outreach and therapeutic support for every victim and their children."),
    ("Holding perpetrators to account and changing their behaviour",
     "Swift justice and protection orders, and programmes that make abusers stop."),
    ("Providing safe accommodation for victims and their children",
     "Refuges, dispersed housing and sanctuary schemes across the three local authorities."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-right { content: "Page " counter(page); font: 8pt 'DejaVu Sans'; color: #5A2A6E; }
  @bottom-left { content: "SETDAB · Domestic Abuse Strategy 2024–2027"; font: 7.5pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.55; color: #242424; margin: 0; }
h1, h2 { font-family: 'DejaVu Serif', serif; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F4EEF6; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 0; width: 22mm; height: 297mm; background: #5A2A6E; }
.cover .org { position: absolute; left: 34mm; top: 24mm; font-size: 9.5pt; font-weight: 700; color: #5A2A6E; width: 150mm; }
.cover h1 { position: absolute; left: 34mm; top: 110mm; font-size: 32pt; color: #5A2A6E; margin: 0; line-height: 1.15; width: 150mm; }
.cover .yr { position: absolute; left: 34mm; top: 170mm; font-size: 18pt; color: #C0392B; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #5A2A6E; margin: 0 0 5mm 0; }
h2 { font-size: 12pt; color: #5A2A6E; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #E2D6E8; }
.toc div span:first-child { flex: 1; } .toc div span:last-child { color: #C0392B; }
.callout { border-left: 7px solid #C0392B; background: #FBF3F2; padding: 5mm 6mm 2mm 6mm; margin: 5mm 0; }
.callout ol { margin: 0; padding-left: 7mm; }
.callout li { margin: 0 0 5mm 0; font-size: 9.2pt; }
.callout li::marker { font-weight: 700; color: #C0392B; font-size: 12pt; }
.callout li b { display: block; font-size: 12pt; color: #5A2A6E; line-height: 1.3; margin-bottom: 1mm; }
.quote { font-family: 'DejaVu Serif', serif; font-style: italic; color: #5A2A6E; margin: 3mm 0 3mm 6mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.grid div { background: #F4EEF6; padding: 3mm; } .grid b { display: block; font-size: 14pt; color: #5A2A6E; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #5A2A6E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E2D6E8; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">SOUTHEND, ESSEX AND THURROCK DOMESTIC ABUSE '
             'BOARD</div><h1>Domestic Abuse Strategy</h1><div class="yr">2024–2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Understanding domestic abuse", "ctx"), ("The national picture", "nat"),
                 ("Our strategic priorities", "pri"), ("Delivery", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Domestic abuse is everyone's business. It harms adults and children in every community in Southend, Essex "
        "and Thurrock, and it costs lives.",
        "The Southend, Essex and Thurrock Domestic Abuse Board (SETDAB) brings together the three local authorities, "
        "the Police, Fire and Crime Commissioner, Essex Police, the NHS, the Probation Service and specialist "
        "services. This strategy is our shared plan for the next three years, and it meets the local authorities' "
        "duty under Part 4 of the Domestic Abuse Act 2021.",
        "It was shaped by more than 400 survivors and professionals (illustrative), whose voices run through it."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Southend, Essex and Thurrock Domestic Abuse Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Understanding domestic abuse</h1><p>The Domestic Abuse Act 2021 defines '
             'domestic abuse as abusive behaviour between people aged 16 or over who are personally connected. It '
             'includes physical, sexual, economic, psychological and emotional abuse and controlling or coercive '
             'behaviour. Children who see, hear or experience its effects are victims in their own right.</p>'
             '<p>The figures below are illustrative and are not official statistics.</p><div class="grid">')
    for n, c in [("38,000", "domestic abuse incidents and crimes a year"), ("1 in 5", "recorded crimes"),
                 ("2,600", "cases heard at MARAC"), ("320", "households in safe accommodation")]:
        P.append(f'<div><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["“I didn’t know it was abuse until a teacher asked my son how things were at home.”",
              "“The refuge saved my life, but there was nowhere to go after it.”"]:
        P.append(f'<div class="quote">{e(q)}</div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">The national picture</h1><p>The national Tackling Domestic Abuse Plan '
             '(2022) is built on four pillars:</p><ul><li>Prioritising prevention</li><li>Supporting victims</li>'
             '<li>Pursuing perpetrators</li><li>A stronger system</li></ul><p>The Police and Crime Plan for Essex '
             '(2024–2028) includes the priority Breaking the cycle of domestic abuse.</p><h2>Our principles</h2><ul>'
             '<li>Survivor-led: we design services with the people who use them.</li>'
             '<li>Whole family: children are victims too.</li>'
             '<li>Intersectional: we remove the barriers some survivors face.</li>'
             '<li>Coordinated: every agency knows its part.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our strategic priorities</h1><p>The board has agreed four priorities for '
             '2024–2027. They are the result of our needs assessment and of what survivors told us.</p>'
             '<div class="callout"><ol>')
    for name, txt in PRIORITIES:
        P.append(f"<li><b>{e(name)}</b>{e(txt)}</li>")
    P.append('</ol></div><p>Underpinning all four is a skilled workforce: every partner will train its staff to '
             'recognise abuse and to respond well.</p></div>')
    P.append('<div class="pg"><h1 class="t">Delivery</h1><p>Delivery is organised in four themes, each with a task '
             'and finish group reporting to the board.</p><table><tr><th>Theme</th><th>Year one actions</th>'
             '<th>Lead</th></tr>')
    for r in [("Prevent", "Healthy relationships lessons; campaign for 16–24 year olds", "Education leads"),
              ("Support", "IDVAs in hospitals; children's recovery groups", "Local authorities"),
              ("Pursue and change", "Protection orders; perpetrator programme places", "Essex Police, PFCC"),
              ("Safe homes", "Dispersed units; sanctuary scheme; move-on support", "Housing leads")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><table><tr><th>Outcome</th><th>Measure</th>'
             '</tr>')
    for r in [("Fewer people experience abuse", "Young people who recognise abusive behaviour (survey)"),
              ("Victims are safe and recover", "Victims who feel safer at case closure"),
              ("Fewer repeat perpetrators", "Repeat perpetrators at MARAC"),
              ("Nobody turned away from safe accommodation", "Referrals accommodated")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The board meets quarterly. It reports to the three community safety partnerships, the '
             'Safer Essex partnership and the Police, Fire and Crime Commissioner.</p><p class="note">All figures '
             'are illustrative. Contact: setdab@essex.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse is", "ctx": "Understanding domestic abuse The Domestic",
               "nat": "The national picture The national", "pri": "Our strategic priorities The board",
               "del": "Delivery Delivery is", "gov": "Outcomes and governance Outcome"}
    src = work_file("setdab_domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
