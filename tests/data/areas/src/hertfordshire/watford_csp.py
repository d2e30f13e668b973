"""Safer Watford Partnership Plan 2024-2027: HTML printed by Chromium (Liberation Sans, DejaVu Sans
Condensed on the signs).

Five priorities, stated once, on p6 as **station roundel signs** ("Five stops on the line to a safer
Watford"): a red ring with a blue bar across it, the priority in white bold on the bar (one to three lines),
in a 2-2-1 grid, each with a small grey "Lead: ..." line under it; no numbers.  The previous plan's
priorities and the key findings (p4), the principles and the PCC's six priorities quoted in a sidebar (p5),
the short delivery themes (p7) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from hertfordshire.work import work_file

FILE = "strategies/safer_watford_partnership_plan_2024-27.pdf"
TITLE = "Safer Watford Partnership Plan 2024–2027"

PRIORITIES = [
    ("Tackling anti-social behaviour in the town centre and our neighbourhoods", "Lead: Watford Borough Council"),
    ("Reducing serious violence and knife crime", "Lead: Hertfordshire Constabulary"),
    ("Tackling violence against women and girls", "Lead: Watford Women's Safety Group"),
    ("Protecting children and young people from exploitation", "Lead: Children's Services"),
    ("Building community cohesion and tackling hate crime", "Lead: Watford Borough Council"),
]

DELIVERY = [("ASB", "The Parade, High Street and the market; estate walkabouts; a town centre PSPO review",
             "Council"),
            ("Violence", "Knife surrender bins; youth workers in the hospital; hotspot patrols", "Police"),
            ("Women's safety", "Safe spaces in the night-time economy; Ask for Angela; street lighting audit",
             "Council"),
            ("Exploitation", "A fortnightly exploitation panel; return-home interviews", "Children's Services"),
            ("Cohesion", "Hate crime reporting centres; a cohesion fund; interfaith forum", "Council")]

CSS = """
@page { size: A4; margin: 17mm 17mm 19mm 17mm;
  @bottom-left { content: "Safer Watford Partnership Plan 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #777; }
  @bottom-right { content: counter(page); font: bold 9pt 'Liberation Sans'; color: #0019A8; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F4F1EA; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 0; width: 210mm; height: 120mm; background: #0019A8; }
.cover .org { position: absolute; left: 18mm; top: 18mm; color: #fff; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 60mm; color: #fff; font-size: 32pt; line-height: 1.1; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 140mm; font-size: 18pt; color: #0019A8; font-weight: 700; }
.cover .ring { position: absolute; right: 22mm; top: 150mm; width: 70mm; height: 70mm; border-radius: 50%; border: 11mm solid #DC241F; }
.cover .bar { position: absolute; right: 12mm; top: 180mm; width: 90mm; height: 11mm; background: #0019A8; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #0019A8; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #0019A8; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #dde; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.stat { background: #EEF0FA; padding: 2.5mm 3mm; } .stat b { font-size: 16pt; color: #DC241F; display: block; }
.side { float: right; width: 64mm; background: #FBEDEC; padding: 3mm 4mm; margin: 0 0 3mm 5mm; font-size: 8.4pt; }
.line { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm 8mm; margin-top: 6mm; }
.stop { text-align: center; }
.stop.wide { grid-column: 1 / span 2; width: 84mm; margin: 0 auto; }
.roundel { position: relative; height: 58mm; }
.roundel .r { position: absolute; left: 50%; top: 50%; width: 52mm; height: 52mm; margin: -26mm 0 0 -26mm;
  border-radius: 50%; border: 8.5mm solid #DC241F; }
.roundel .b { position: absolute; left: 0; right: 0; top: 50%; transform: translateY(-50%); background: #0019A8;
  color: #fff; font-family: 'DejaVu Sans Condensed', sans-serif; font-weight: 700; font-size: 11pt;
  line-height: 1.25; padding: 2mm 4mm; }
.stop .lead { font-size: 8pt; color: #666; margin-top: 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #0019A8; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d6daf0; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #0019A8; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">SAFER WATFORD PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div>'
             '<div class="ring"></div><div class="bar"></div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Watford in context", "ctx"), ("How we work", "how"),
                 ("Our priorities", "pri"), ("What we will do", "del"), ("Governance and measures", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Watford is a busy, young and diverse town, fifteen minutes from London by train, with a large shopping "
        "centre, a lively night-time economy and a football club at its heart. Most people who live, work and visit "
        "here feel safe, and crime is lower than in many towns of its size.",
        "The Safer Watford Partnership is the community safety partnership for the borough. It brings together "
        "Watford Borough Council, Hertfordshire Constabulary, Hertfordshire County Council, Hertfordshire Fire and "
        "Rescue Service, the Probation Service, the NHS and the voluntary sector.",
        "This plan sets out what we will focus on from 2024 to 2027. It is based on our strategic assessment and on "
        "what more than 700 residents told us (illustrative).",
        "We will publish a short progress report every year."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safer Watford Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Watford in context</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("104,000", "residents"), ("9,800", "crimes recorded in 2023/24"),
                 ("2,600", "anti-social behaviour incidents"), ("1,900", "domestic abuse incidents and crimes"),
                 ("58", "knife crime offences"), ("210", "hate crimes recorded")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["Anti-social behaviour is concentrated in the town centre and on three estates.",
              "Knife crime is low in number but rising, and most of those involved are under 25.",
              "Women report feeling unsafe in the town centre at night and around the Junction.",
              "Children from Watford have been found in county lines as far away as the coast.",
              "Hate crime rose after national and international events in 2023."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our last plan</h2><p>The 2021–2024 plan had four priorities: Reducing crime and anti-social '
             'behaviour; Protecting vulnerable people; Tackling drug-related harm; and Reassuring the public. '
             'Drug-related harm is now led by the Hertfordshire Combating Drugs Partnership.</p></div>')
    P.append('<div class="pg"><h1 class="t">How we work</h1><div class="side"><b>The Police and Crime Plan</b><br>'
             'The Commissioner\'s plan for 2025–2029 has six priorities: Keeping our neighbourhoods safe; Reducing '
             'serious violence; Ending violence against women and girls; Putting victims first; Breaking the cycle '
             'of offending; Making Hertfordshire\'s roads safer.</div><p>Our principles describe how we work, '
             'whatever the issue:</p><ul>'
             '<li><b>Prevention first</b>: stop harm before it happens.</li>'
             '<li><b>Problem-solving</b>: understand the cause, not just the symptom.</li>'
             '<li><b>Listening</b>: residents shape what we do.</li>'
             '<li><b>Joined up</b>: share information and resources.</li></ul>'
             '<h2>Statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, the '
             'Serious Violence Duty and the Domestic Abuse Act 2021, and works with the county on the Prevent '
             'duty.</p><h2>The Safer Hertfordshire Board</h2><p>The county board agrees shared themes that every '
             'district partnership considers. We have chosen our own priorities for Watford.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Five stops on the line to a safer Watford. These '
             'are the partnership\'s priorities for 2024 to 2027; each has a lead partner and a delivery '
             'group.</p><div class="line">')
    for i, (name, lead) in enumerate(PRIORITIES):
        cls = "stop wide" if i == 4 else "stop"
        P.append(f'<div class="{cls}"><div class="roundel"><div class="r"></div><div class="b">{e(name)}</div>'
                 f'</div><div class="lead">{e(lead)}</div></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1><p>Each priority has a delivery group. The main '
             'actions for 2024/25 are below, under short theme names.</p><table><tr><th>Theme</th>'
             '<th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in DELIVERY:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Working with county partnerships</h2><p>Domestic abuse, drugs and reoffending are led at '
             'county level by the Hertfordshire Domestic Abuse Partnership Board, the Combating Drugs Partnership '
             'and the Criminal Justice Board. The partnership contributes to their plans.</p></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets quarterly '
             'and reports to the council\'s Overview and Scrutiny Committee and to the Police and Crime '
             'Commissioner.</p><table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "2,600", "Down"), ("Knife crime offences", "58", "Down"),
              ("Women who feel safe in the town centre at night", "41%", "Up"),
              ("Children discussed at the exploitation panel", "64", "Identified earlier"),
              ("Hate crimes reported", "210", "Up (more reporting)")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Safer Watford Partnership</h2>'
             '<p>Town Hall, Watford</p><p>saferwatford@watford.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Watford is a busy", "ctx": "Watford in context The figures",
               "how": "How we work", "pri": "Our priorities Five stops", "del": "What we will do Each priority",
               "gov": "Governance and measures The"}
    src = work_file("watford_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
