"""Medway Community Safety Partnership Plan 2024-2027: HTML printed by Chromium.

Six priorities, stated once, on p6 as **"Our commitments" cards in a 3 x 2 grid**: each card has a small
line-drawn icon (inline SVG, no text), the priority in bold (each wraps over three or four lines in the narrow
column) and one sentence.  No numbers.  The previous plan's priorities (p5), the council plan's themes (p5), the
principles (p5), the key findings (p4), the delivery themes in short form (p7) and the measures (p8) are
distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from kent.work import work_file

FILE = "strategies/medway_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Medway Community Safety Partnership Plan 2024–2027"

ICONS = {
    "street": '<path d="M4 28 L14 6 L18 6 L28 28" /><line x1="16" y1="10" x2="16" y2="14"/>'
              '<line x1="16" y1="18" x2="16" y2="22"/>',
    "shield": '<path d="M16 3 L27 8 L27 16 C27 23 21 28 16 30 C11 28 5 23 5 16 L5 8 Z"/>',
    "heart": '<path d="M16 28 C6 20 3 15 3 10 C3 6 6 3 10 3 C13 3 15 5 16 7 C17 5 19 3 22 3 C26 3 29 6 29 10 '
             'C29 15 26 20 16 28 Z"/>',
    "hand": '<circle cx="16" cy="9" r="5"/><path d="M6 29 C6 20 10 16 16 16 C22 16 26 20 26 29"/>',
    "eye": '<path d="M2 16 C8 7 24 7 30 16 C24 25 8 25 2 16 Z"/><circle cx="16" cy="16" r="4"/>',
    "leaf": '<path d="M6 26 C6 12 14 5 27 5 C27 18 20 26 6 26 Z"/><line x1="6" y1="26" x2="18" y2="14"/>',
}

PRIORITIES = [
    ("Tackling anti-social behaviour in our town centres and neighbourhoods", "street",
     "Chatham, Gillingham, Rochester, Strood and Rainham town centres, and the estates where calls repeat."),
    ("Reducing serious violence and knife crime", "shield",
     "Delivering the Serious Violence Duty in Medway with the Violence Reduction Unit."),
    ("Tackling violence against women and girls and supporting survivors", "heart",
     "From domestic abuse and stalking to harassment in the night-time economy, and support for every survivor."),
    ("Protecting children and young people from exploitation", "hand",
     "Criminal and sexual exploitation, county lines recruitment and children who go missing."),
    ("Preventing people from being drawn into terrorism", "eye",
     "Delivering the Prevent duty and supporting people at risk through the Channel panel."),
    ("Reducing the harm caused by drugs and alcohol", "leaf",
     "More people in treatment, fewer drug-related deaths and fewer alcohol-related hospital admissions."),
]

DELIVERY = [("ASB", "Town centres", "Town centre PSPO review; joint patrols in Chatham; ASB victim advocate",
             "Medway Council"),
            ("Violence", "Knife crime", "Weapons awareness in schools; youth workers at Medway Maritime Hospital",
             "VRU, Kent Police"),
            ("VAWG", "Safety and support", "Safe spaces in the night-time economy; IDVA in the hospital",
             "Medway Council"),
            ("Exploitation", "Children", "Fortnightly exploitation panel; return-home interviews",
             "Children's services"),
            ("Prevent", "Radicalisation", "Prevent training for schools and colleges; Channel panel",
             "Medway Council"),
            ("Substances", "Treatment", "Naloxone in hostels; alcohol liaison nurses", "Public health")]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-left { content: "Medway Community Safety Partnership Plan 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #6b6b6b; }
  @bottom-right { content: counter(page); font: bold 9pt 'Liberation Sans'; color: #005B8E; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #005B8E; color: #fff; break-after: page; overflow: hidden; }
.cover .river { position: absolute; left: -20mm; bottom: 40mm; width: 260mm; height: 36mm; background: #3FA9D6; transform: rotate(-6deg); }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 110mm; font-size: 31pt; line-height: 1.15; margin: 0; width: 160mm; }
.cover .yr { position: absolute; left: 18mm; top: 165mm; font-size: 17pt; color: #FFD166; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #005B8E; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #005B8E; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #d4e3ec; }
.toc div span.t { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin-bottom: 3mm; }
.stat { background: #EAF3F8; padding: 2.5mm 3mm; } .stat b { font-size: 16pt; color: #005B8E; display: block; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; margin-top: 7mm; }
.card { border: 1.2px solid #9CC3DA; border-top: 5px solid #005B8E; border-radius: 2mm; padding: 4mm 4mm 5mm 4mm; min-height: 78mm; }
.card svg { width: 12mm; height: 12mm; stroke: #005B8E; stroke-width: 2; fill: none; display: block; margin-bottom: 3mm; }
.card .h { font-size: 12.5pt; font-weight: 700; line-height: 1.3; color: #0B2F4A; margin-bottom: 3mm; }
.card .d { font-size: 8.8pt; color: #444; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.7pt; margin: 2mm 0 5mm 0; }
th { background: #005B8E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d4e3ec; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #005B8E; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="river"></div><div class="org">MEDWAY COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Medway in context", "ctx"), ("Where we start from", "start"),
                 ("Our commitments", "pri"), ("Delivering the plan", "del"), ("Governance and measures", "gov")]:
        P.append(f'<div><span class="t">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Medway's five towns sit on the River Medway, with a proud naval and industrial history, three universities "
        "and a growing population. Most residents feel safe most of the time, but crime and anti-social behaviour "
        "are felt most in a handful of wards, and by the people who can least avoid them.",
        "The Medway Community Safety Partnership brings together Medway Council, Kent Police, Kent Fire and Rescue "
        "Service, the Probation Service, the NHS and the voluntary sector. Medway is a unitary authority, so this "
        "plan covers everything the partnership does in Medway; it is not part of the Kent Community Safety "
        "Agreement.",
        "This plan sets out six commitments for 2024 to 2027. They come from our strategic assessment and from what "
        "more than 1,100 residents told us (illustrative).",
        "We will report on our progress each year to the council's scrutiny committee and to the Police and Crime "
        "Commissioner."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Medway Community Safety Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Medway in context</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("285,000", "residents"), ("29,400", "crimes recorded in 2023/24"),
                 ("6,200", "anti-social behaviour incidents"), ("5,900", "domestic abuse incidents and crimes"),
                 ("210", "knife crime offences"), ("1,480", "adults in drug and alcohol treatment")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["Anti-social behaviour peaks in Chatham town centre and along the Strood riverside.",
              "Knife crime offenders and victims are getting younger.",
              "Domestic abuse accounts for one in five violent crimes.",
              "Children from Medway are recruited into county lines running into east Kent.",
              "Drug-related deaths have risen for three years in a row."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div>')
    P.append('<div class="pg"><h1 class="t">Where we start from</h1><div class="two"><div>'
             '<h2>Our last plan</h2><p>The 2021–2024 plan had four priorities:</p><ul>'
             '<li>Safer and more confident communities</li><li>Reducing violence</li>'
             '<li>Protecting vulnerable people</li><li>Substance misuse</li></ul>'
             '<p>We have kept the substance of each, and now name the issues more precisely.</p>'
             '<h2>The Council Plan</h2><p>The partnership supports the council\'s Plan, whose themes are: Healthy '
             'and active communities; Safe, clean and green Medway; Children and young people have the best start; '
             'Growth and prosperity.</p></div><div><h2>How we work</h2><ul>'
             '<li><b>Listen first</b>: residents help set the agenda.</li>'
             '<li><b>Problem-solve</b>: fix the cause, not only the symptom.</li>'
             '<li><b>Think family</b>: look at the whole household.</li>'
             '<li><b>Trauma-informed</b>: understand the impact of adversity.</li></ul>'
             '<h2>Our statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, '
             'the Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty.</p></div></div></div>')
    P.append('<div class="pg"><h1 class="t">Our commitments</h1><p>These are the six commitments the partnership '
             'makes to the people of Medway for 2024 to 2027.</p><div class="grid">')
    for name, icon, txt in PRIORITIES:
        P.append(f'<div class="card"><svg viewBox="0 0 32 32">{ICONS[icon]}</svg><div class="h">{e(name)}</div>'
                 f'<div class="d">{e(txt)}</div></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">Delivering the plan</h1><p>Each commitment has a lead partner and a '
             'delivery group. The main actions for 2024/25 are below.</p><table><tr><th>Theme</th><th>Focus</th>'
             '<th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in DELIVERY:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets quarterly. '
             'It links with the Kent and Medway Violence Reduction Unit, the Domestic Abuse Strategic Board, the '
             'Combating Drugs Partnership and the Medway Safeguarding Children Partnership.</p><table><tr>'
             '<th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "6,200", "Down"), ("Knife crime offences", "210", "Down"),
              ("Survivors supported by specialist services", "1,900", "Up"),
              ("Children discussed at the exploitation panel", "140", "Identified earlier"),
              ("Prevent referrals from schools", "31", "Up (earlier referral)"),
              ("Adults in treatment", "1,480", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Medway Community Safety Partnership</h2>'
             '<p>Gun Wharf, Dock Road, Chatham</p><p>csp@medway.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Medway's five towns", "ctx": "Medway in context The figures",
               "start": "Where we start from", "pri": "Our commitments These are",
               "del": "Delivering the plan Each", "gov": "Governance and measures The"}
    src = work_file("medway_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
