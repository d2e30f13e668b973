"""Southend-on-Sea Community Safety Partnership Strategy 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 in an **"Our promise" box**: a rounded box with a dark header strip
("Our promise to Southend") and the five priorities as plain lines separated by thin rules, no numbers and
no description (the sentence for each follows below the box, in a separate list that starts "We will").
The previous strategy's four priorities (p4), the key findings (p4), the principles (p5), the PFCC's
seven priorities quoted in a sidebar (p5), the delivery themes in short form (p7) and the measures are
distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from essex.work import work_file

FILE = "strategies/southend_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Southend-on-Sea Community Safety Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Tackling anti-social behaviour in the town centre and along the seafront",
     "We will use joint patrols, dispersal powers and quick clean-up so that residents and visitors feel safe."),
    ("Reducing serious violence and knife crime",
     "We will deliver the Serious Violence Duty in Southend with the Violence and Vulnerability Unit."),
    ("Tackling domestic abuse and sexual violence",
     "We will identify abuse sooner, keep victims safe and bring perpetrators to justice."),
    ("Reducing the harm caused by drugs and alcohol",
     "We will get more people into treatment and cut drug and alcohol related deaths and admissions."),
    ("Preventing people from being drawn into terrorism",
     "We will deliver the Prevent duty and support people at risk of radicalisation through Channel."),
]

DELIVERY = [("ASB", "Town centre and seafront", "Summer seafront plan; town centre PSPO review", "Council"),
            ("Violence", "Knife crime", "Knife arches at events; youth work in A&E", "VVU, police"),
            ("DA/SV", "Domestic abuse", "IDVA in Southend Hospital; DA champions", "Council"),
            ("Substances", "Treatment", "Naloxone in hostels; alcohol liaison nurses", "Public health"),
            ("Prevent", "Radicalisation", "Prevent training for schools and colleges", "Council")]

CSS = """
@page { size: A4; margin: 17mm 17mm 19mm 17mm;
  @bottom-center { content: "— " counter(page) " —"; font: 8.5pt 'Liberation Sans'; color: #0B4F6C; }
  @top-right { content: "Southend-on-Sea Community Safety Partnership"; font: 7.5pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-center { content: none } @top-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0B4F6C; color: #fff; break-after: page; overflow: hidden; }
.cover .sea { position: absolute; left: 0; bottom: 0; width: 210mm; height: 80mm; background: #20BF9F; }
.cover .sun { position: absolute; right: 25mm; top: 60mm; width: 50mm; height: 50mm; border-radius: 50%; background: #FBB13C; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 130mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 150mm; }
.cover .yr { position: absolute; left: 18mm; top: 185mm; font-size: 16pt; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #0B4F6C; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #0B4F6C; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1.5px dotted #20BF9F; margin: 0 2mm 1.2mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.stat { border-left: 4px solid #20BF9F; padding: 1mm 3mm; } .stat b { font-size: 15pt; color: #0B4F6C; display: block; }
.side { float: right; width: 62mm; background: #EEF6F8; padding: 3mm 4mm; margin: 0 0 3mm 5mm; font-size: 8.4pt; }
.promise { border: 2px solid #0B4F6C; border-radius: 5mm; overflow: hidden; margin: 6mm 0; }
.promise .hd { background: #0B4F6C; color: #fff; font-size: 13pt; font-weight: 700; padding: 3mm 6mm; }
.promise .ln { font-size: 12.5pt; font-weight: 700; color: #0B4F6C; padding: 3.2mm 6mm; border-top: 1px solid #BFD9E0; }
.promise .ln:first-of-type { border-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #0B4F6C; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #cfe0e4; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #0B4F6C; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="sun"></div><div class="sea"></div>'
             '<div class="org">SOUTHEND-ON-SEA COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Strategy</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Southend in context", "ctx"), ("How we work", "how"),
                 ("Our promise", "pri"), ("Delivering the strategy", "del"), ("Governance and measures", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Southend-on-Sea is a city by the sea, with a busy town centre, the longest pleasure pier in the world and "
        "millions of visitors each summer. It is also a place where deprivation sits close to prosperity, and where "
        "crime and disorder are felt most in a handful of wards.",
        "The Community Safety Partnership brings together Southend-on-Sea City Council, Essex Police, Essex County "
        "Fire and Rescue Service, the Probation Service, the NHS, the Integrated Care Board and the voluntary sector.",
        "This strategy sets out the promise we make to residents for the next three years. It is based on our "
        "strategic assessment and on what more than 900 residents told us (illustrative).",
        "We will report on our progress every year at a public meeting of the partnership."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Southend-on-Sea Community Safety Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Southend in context</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("182,000", "residents"), ("19,700", "crimes recorded in 2023/24"),
                 ("4,300", "anti-social behaviour incidents"), ("3,900", "domestic abuse incidents and crimes"),
                 ("96", "knife crime offences"), ("1,050", "adults in drug and alcohol treatment")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["ASB peaks on the seafront between May and September.",
              "Most knife crime involves young men under 25 in three central wards.",
              "Domestic abuse is under-reported in the city's older communities.",
              "Drug-related deaths have risen for three years in a row."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our last strategy</h2><p>The 2021–2024 strategy had four priorities: Violence and '
             'vulnerability; Anti-social behaviour; Domestic abuse; and Hate crime and community cohesion. Hate crime '
             'work now sits with the council\'s cohesion strategy.</p></div>')
    P.append('<div class="pg"><h1 class="t">How we work</h1><div class="side"><b>The Police and Crime Plan</b><br>'
             'The PFCC\'s plan for 2024–2028 has seven priorities: Investing in crime prevention; Reducing '
             'drug-driven violence; Breaking the cycle of domestic abuse; Reducing violence against women and girls; '
             'Improving support for victims of crime; Protecting rural and isolated communities; Making our roads '
             'safer.</div><p>Our principles describe how we work, whatever the issue:</p><ul>'
             '<li><b>Victim first</b>: we start with the person harmed.</li>'
             '<li><b>Think family</b>: we look at the whole household.</li>'
             '<li><b>Problem-solving</b>: we fix the cause, not the symptom.</li>'
             '<li><b>Trauma-informed</b>: we understand the impact of adversity.</li></ul>'
             '<h2>Statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, the '
             'Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our promise</h1><p>These are the five things the partnership promises '
             'to work on together from 2024 to 2027.</p><div class="promise"><div class="hd">Our promise to '
             'Southend</div>')
    for name, _ in PRIORITIES:
        P.append(f'<div class="ln">{e(name)}</div>')
    P.append('</div><h2>What the promise means</h2><ul>')
    for _, txt in PRIORITIES:
        P.append(f"<li>{e(txt)}</li>")
    P.append('</ul></div>')
    P.append('<div class="pg"><h1 class="t">Delivering the strategy</h1><p>Each theme has a lead partner and a '
             'delivery group. The main actions for 2024/25 are below.</p><table><tr><th>Theme</th><th>Focus</th>'
             '<th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in DELIVERY:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets quarterly '
             'and reports to the council\'s Place Scrutiny Committee and to the Police, Fire and Crime Commissioner. '
             'It links with the Southend, Essex and Thurrock Domestic Abuse Board, the Violence and Vulnerability '
             'Unit and the Essex combating drugs partnership.</p><table><tr><th>Measure</th><th>Baseline</th>'
             '<th>Direction</th></tr>')
    for r in [("ASB incidents", "4,300", "Down"), ("Knife crime offences", "96", "Down"),
              ("Repeat referrals to MARAC", "31%", "Down"), ("Adults in treatment", "1,050", "Up"),
              ("Prevent referrals from schools", "22", "Up (earlier referral)")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Southend-on-Sea Community Safety Partnership</h2>'
             '<p>Civic Centre, Victoria Avenue, Southend-on-Sea</p><p>csp@southend.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Southend-on-Sea is a city", "ctx": "Southend in context The figures",
               "how": "How we work", "pri": "Our promise These are", "del": "Delivering the strategy Each",
               "gov": "Governance and measures The"}
    src = work_file("southend_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
