"""Citysafe: Liverpool Community Safety Partnership Strategy 2024-2027: HTML printed by Chromium.

Six priorities, stated once, on p6 as **"Our commitments" cards in a 3 x 2 grid**: each card has a coloured
top edge, an inline SVG pictogram (shapes only, no text), the commitment in bold and one sentence under it;
no numbers.  The council plan's themes and the 2021-2024 priorities (p5), the PCC's six priorities quoted
in a box (p5), the key findings (p4), the short delivery labels (p7) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from merseyside.work import work_file

FILE = "strategies/liverpool_citysafe_community_safety_strategy_2024-27.pdf"
TITLE = "Citysafe: Liverpool Community Safety Partnership Strategy 2024–2027"

ICONS = {
    "home": '<path d="M6 22 L20 9 L34 22 M10 19 V32 H30 V19" fill="none" stroke="#fff" stroke-width="2.6"/>',
    "blade": '<circle cx="20" cy="20" r="11" fill="none" stroke="#fff" stroke-width="2.6"/>'
             '<line x1="12" y1="28" x2="28" y2="12" stroke="#fff" stroke-width="2.6"/>',
    "moon": '<path d="M25 8 A12 12 0 1 0 32 26 A9 9 0 1 1 25 8 Z" fill="#fff"/>',
    "chain": '<rect x="6" y="15" width="14" height="10" rx="5" fill="none" stroke="#fff" stroke-width="2.6"/>'
             '<rect x="20" y="15" width="14" height="10" rx="5" fill="none" stroke="#fff" stroke-width="2.6"/>',
    "eye": '<path d="M5 20 Q20 6 35 20 Q20 34 5 20 Z" fill="none" stroke="#fff" stroke-width="2.6"/>'
           '<circle cx="20" cy="20" r="4" fill="#fff"/>',
    "door": '<rect x="12" y="7" width="16" height="26" fill="none" stroke="#fff" stroke-width="2.6"/>'
            '<circle cx="24" cy="21" r="1.8" fill="#fff"/>',
}

PRIORITIES = [
    ("Tackling anti-social behaviour and its impact on neighbourhoods", "home", "#C8102E",
     "Joint problem-solving in the wards where residents report most ASB, and faster action on repeat cases."),
    ("Reducing gun and knife crime", "blade", "#1F3A5F",
     "Deliver the Serious Violence Duty in Liverpool with the Merseyside Violence Reduction Partnership."),
    ("Keeping women and girls safe in the city centre at night", "moon", "#6A2C91",
     "Welfare hubs, trained door staff and safer routes home for everyone enjoying the city at night."),
    ("Disrupting drug dealing and county lines", "chain", "#00677F",
     "Close down dealing lines, take back cuckooed homes and act quickly on community intelligence."),
    ("Preventing radicalisation and violent extremism", "eye", "#8A5A00",
     "Deliver the Prevent duty and support people at risk of being drawn into terrorism through Channel."),
    ("Tackling domestic abuse in every community", "door", "#2E7D32",
     "Recognise abuse earlier, keep victims safe and hold perpetrators to account."),
]

DELIVERY = [("Neighbourhoods", "ASB hotspots; community triggers; landlord enforcement", "Liverpool City Council"),
            ("Violence", "Knife arches at events; mentors in A&amp;E; school programmes", "Merseyside Police, MVRP"),
            ("Nights out", "Welfare hub; Ask for Angela; taxi marshals", "City centre BID"),
            ("Supply", "Closure orders; cuckooing response; Crimestoppers campaign", "Merseyside Police"),
            ("Prevent", "Prevent training for schools; Channel panel", "Liverpool City Council"),
            ("Abuse", "DA champions; MARAC review; perpetrator pilot", "Domestic Abuse Partnership")]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-left { content: "Citysafe Strategy 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #777; }
  @bottom-right { content: "p. " counter(page); font: bold 8.5pt 'Liberation Sans'; color: #C8102E; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #1d1d1d; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #1F3A5F; color: #fff; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 0; width: 18mm; height: 297mm; background: #C8102E; }
.cover .org { position: absolute; left: 30mm; top: 24mm; font-size: 10pt; font-weight: 700; letter-spacing: 1.2pt; }
.cover h1 { position: absolute; left: 30mm; top: 120mm; font-size: 31pt; line-height: 1.12; margin: 0; width: 150mm; }
.cover .yr { position: absolute; left: 30mm; top: 178mm; font-size: 16pt; color: #F2C5CC; }
.cover .sky { position: absolute; left: 30mm; bottom: 30mm; width: 160mm; height: 26mm; border-bottom: 3px solid #F2C5CC; }
.cover .sky i { position: absolute; bottom: 0; background: #2F5680; width: 14mm; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #1F3A5F; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #C8102E; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #e3e3e3; }
.toc b { color: #C8102E; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin-bottom: 3mm; }
.stat { background: #F3F5F8; padding: 2.5mm 3mm; } .stat b { font-size: 16pt; color: #1F3A5F; display: block; }
.quote { border: 1.5px dashed #1F3A5F; padding: 3mm 4mm; margin: 3mm 0; font-size: 8.8pt; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 5mm; margin-top: 6mm; }
.card { border: 1px solid #d6dbe2; border-top: 6px solid; padding: 4mm; min-height: 62mm; }
.card svg { display: block; width: 14mm; height: 14mm; border-radius: 50%; margin-bottom: 3mm; }
.card h3 { font-size: 11.5pt; line-height: 1.28; margin: 0 0 2mm 0; color: #1d1d1d; }
.card p { font-size: 8.6pt; margin: 0; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #1F3A5F; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d6dbe2; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #1F3A5F; color: #fff; padding: 170mm 30mm 0 30mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    sky = "".join(f'<i style="left:{x}mm;height:{h}mm"></i>' for x, h in
                  [(0, 12), (16, 20), (32, 9), (48, 24), (64, 15), (80, 18), (96, 11), (112, 22), (128, 14), (144, 8)])
    P.append('<div class="cover"><div class="band"></div><div class="org">CITYSAFE · LIVERPOOL COMMUNITY SAFETY '
             f'PARTNERSHIP</div><h1>Community Safety Strategy</h1><div class="yr">2024 – 2027</div>'
             f'<div class="sky">{sky}</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Liverpool in context", "ctx"), ("Where we start from", "start"),
                 ("Our commitments", "pri"), ("Making it happen", "del"), ("Governance and measures", "gov")]:
        P.append(f'<div><span>{e(t)}</span><b>{pages.get(k, 0)}</b></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Liverpool is a city that welcomes the world: millions of visitors, three universities, two Premier League "
        "clubs and one of the busiest night-time economies in the country. Most people who live in, work in and "
        "visit Liverpool are safe, and feel it.",
        "But crime and disorder are not shared out evenly. A handful of neighbourhoods carry much of the burden of "
        "anti-social behaviour, drug dealing and violence, and residents there deserve the same peace as everyone "
        "else.",
        "Citysafe is Liverpool's community safety partnership. It brings together Liverpool City Council, "
        "Merseyside Police, Merseyside Fire and Rescue Service, the Probation Service, NHS Cheshire and Merseyside, "
        "housing providers and the voluntary sector.",
        "This strategy sets out six commitments for the next three years, based on our strategic assessment and on "
        "what more than 1,200 residents told us (illustrative)."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Citysafe Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Liverpool in context</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("497,000", "residents"), ("58,300", "crimes recorded in 2023/24"),
                 ("11,900", "anti-social behaviour incidents"), ("9,700", "domestic abuse incidents and crimes"),
                 ("312", "knife crime offences"), ("41", "firearms discharges")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["ASB is concentrated in eight wards, most of them in the north of the city.",
              "Knife crime involving under-25s rose for the second year running.",
              "Women report feeling unsafe travelling home from the city centre after midnight.",
              "Open drug dealing is the issue residents most often raise at ward meetings.",
              "Referrals to Prevent fell after the pandemic and have not recovered."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div>')
    P.append('<div class="pg"><h1 class="t">Where we start from</h1><h2>Our last strategy</h2><p>The 2021–2024 '
             'strategy had four priorities: Safer neighbourhoods; Violence and exploitation; Protecting vulnerable '
             'people; and A safe night out. Much of that work continues under the commitments in this strategy.</p>'
             '<h2>The Council Plan</h2><p>Liverpool City Council\'s Council Plan has four themes that this strategy '
             'supports: A strong and inclusive economy; Thriving and happy communities; Fairer, safer and healthier '
             'lives; and Neighbourhoods that are clean and green.</p>'
             '<div class="quote"><b>The Police and Crime Plan for Merseyside 2025–2029</b><br>The Police and Crime '
             'Commissioner\'s plan has six priorities: Preventing crime and anti-social behaviour; Tackling serious '
             'and organised crime; Ending violence against women and girls; Standing up for victims; Delivering '
             'swifter, fairer justice; and Building trust and confidence in policing. Citysafe receives a grant '
             'from the Commissioner each year.</div><h2>Our statutory duties</h2><p>The partnership meets the duties '
             'of the Crime and Disorder Act 1998, the Serious Violence Duty, the Domestic Abuse Act 2021 and the '
             'Prevent duty under the Counter-Terrorism and Security Act 2015.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our commitments</h1><p>The Citysafe Board has agreed six commitments for '
             '2024 to 2027. Every partner has signed up to them, and each has a lead officer who reports to the '
             'board.</p><div class="grid">')
    for name, icon, col, txt in PRIORITIES:
        P.append(f'<div class="card" style="border-top-color:{col}"><svg viewBox="0 0 40 40" '
                 f'style="background:{col}">{ICONS[icon]}</svg><h3>{e(name)}</h3><p>{e(txt)}</p></div>')
    P.append('</div><p style="margin-top:6mm">The commitments are not in order of importance. The delivery plan on '
             'the next page sets out the main actions for 2024/25.</p></div>')
    P.append('<div class="pg"><h1 class="t">Making it happen</h1><p>Each commitment has a delivery group. The main '
             'actions for 2024/25 are below; the full action plan is refreshed every year.</p><table><tr>'
             '<th>Delivery group</th><th>Main actions 2024/25</th><th>Lead</th></tr>')
    for r in DELIVERY:
        P.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    P.append('</table><h2>How we work</h2><ul><li><b>Place-based</b>: we focus on the wards with most harm.</li>'
             '<li><b>Evidence-led</b>: we use the strategic assessment to decide where to act.</li>'
             '<li><b>Community voice</b>: residents help set local priorities at ward level.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The Citysafe Board meets every quarter and '
             'reports to the council\'s Neighbourhoods Select Committee and to the Police and Crime Commissioner. It '
             'links with the Merseyside Violence Reduction Partnership, the Liverpool Domestic Abuse Partnership, the '
             'Liverpool Combating Drugs Partnership and the Liverpool Youth Justice Management Board.</p><table><tr>'
             '<th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "11,900", "Down"), ("Knife crime offences", "312", "Down"),
              ("Women who feel safe in the city centre at night", "54%", "Up"),
              ("Drug dealing reports acted on within 14 days", "61%", "Up"),
              ("Prevent referrals from education", "38", "Up"), ("Repeat MARAC referrals", "33%", "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Citysafe</h2><p>Liverpool City Council, Cunard Building, '
             'Liverpool</p><p>citysafe@liverpool.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Liverpool is a city", "ctx": "Liverpool in context The figures",
               "start": "Where we start from", "pri": "Our commitments The Citysafe", "del": "Making it happen Each",
               "gov": "Governance and measures The"}
    src = work_file("liverpool_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
