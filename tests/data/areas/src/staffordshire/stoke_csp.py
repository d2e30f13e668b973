"""Stoke-on-Trent Safer City Partnership Strategy 2024-2027: HTML printed by Chromium (Liberation Sans,
DejaVu Serif headings).

Six priorities, stated once, on p6 as **fieldset boxes whose legend is the priority**: each priority is set
into a gap in the top border of a rounded box (an HTML <fieldset> with a <legend>), and the box holds one
"What this means" sentence.  No numbers.  The previous strategy's priorities and key findings (p4), the
principles and the Commissioner's six priorities quoted in a sidebar (p5), the short delivery group names
(p7) and the measures (p8) are distractors.
"""
from common import chromium_to_pdf, two_pass
from staffordshire.work import e, work_file

FILE = "strategies/stoke-on-trent_safer_city_partnership_strategy_2024-27.pdf"
TITLE = "Stoke-on-Trent Safer City Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Tackling anti-social behaviour and its impact on neighbourhoods",
     "Joint problem-solving in the six town centres, quicker action on nuisance neighbours and support for "
     "people who are targeted again and again."),
    ("Reducing violence and knife crime in the city",
     "Our part in the Serious Violence Duty: knife arches, youth workers in hotspots and a focus on Hanley at "
     "night."),
    ("Protecting children and young people from exploitation",
     "Spotting the signs of criminal and sexual exploitation sooner, and disrupting the people who exploit "
     "children."),
    ("Tackling violence against women and girls",
     "Domestic abuse, sexual violence, stalking and harassment: better support, more perpetrators held to "
     "account and safer streets."),
    ("Reducing drug and alcohol related harm",
     "More people in treatment and recovery, naloxone in every hostel and fewer alcohol-related hospital "
     "admissions."),
    ("Building cohesive communities where everyone feels they belong",
     "Welcoming new arrivals, working with faith and community groups and responding quickly to community "
     "tensions."),
]

DELIVERY = [("Neighbourhoods", "Town centre problem-solving groups; nuisance neighbour protocol", "City council"),
            ("Violence", "Knife arches at events; youth workers in Hanley", "Police, SVD partnership"),
            ("Exploitation", "Exploitation hub; return home interviews", "Children's services"),
            ("VAWG", "Safe spaces in Hanley; IDVAs at Royal Stoke", "City council"),
            ("Substances", "Naloxone roll-out; alcohol care team", "Public health"),
            ("Cohesion", "Community tension monitoring; welcome packs", "City council")]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-left { content: "Stoke-on-Trent Safer City Partnership"; font: 7.5pt 'Liberation Sans'; color: #8a8a8a; }
  @bottom-right { content: counter(page); font: bold 9pt 'Liberation Sans'; color: #B23A2B; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #262626; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F4EDE4; break-after: page; overflow: hidden; }
.cover .kiln { position: absolute; left: 112mm; top: 70mm; width: 70mm; height: 110mm; background: #B23A2B;
  border-radius: 35mm 35mm 0 0; }
.cover .kiln2 { position: absolute; left: 60mm; top: 120mm; width: 45mm; height: 60mm; background: #D9825B;
  border-radius: 22mm 22mm 0 0; }
.cover .ground { position: absolute; left: 0; top: 180mm; width: 210mm; height: 117mm; background: #2D3142; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; color: #2D3142; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 198mm; font-family: 'DejaVu Serif', serif; font-size: 27pt;
  line-height: 1.2; margin: 0; color: #fff; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 245mm; font-size: 15pt; color: #F4B860; }
.pg { break-before: page; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 19pt; color: #2D3142; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #B23A2B; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #e4d9cc; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #F4EDE4; padding: 3mm; border-radius: 2mm; } .stat b { font-size: 16pt; color: #B23A2B; display: block; }
.side { float: right; width: 64mm; border: 1.5px solid #2D3142; padding: 3mm 4mm; margin: 0 0 3mm 5mm; font-size: 8.4pt; }
fieldset { border: 1.6px solid #B23A2B; border-radius: 3mm; margin: 0 0 5.2mm 0; padding: 1mm 5mm 3mm 5mm; }
legend { font-family: 'DejaVu Serif', serif; font-weight: 700; font-size: 11.8pt; color: #2D3142; padding: 0 2.5mm;
  max-width: 150mm; }
fieldset p { margin: 1mm 0 0 0; font-size: 9.1pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.7pt; margin: 2mm 0 5mm 0; }
th { background: #2D3142; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e4d9cc; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #2D3142; color: #fff; padding: 175mm 18mm 0 18mm; }
"""


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="kiln2"></div><div class="kiln"></div><div class="ground"></div>'
             '<div class="org">STOKE-ON-TRENT SAFER CITY PARTNERSHIP</div>'
             '<h1>Safer City Partnership Strategy</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Stoke-on-Trent in context", "ctx"), ("How we work", "how"),
                 ("Our priorities", "pri"), ("Delivering the strategy", "del"), ("Governance and measures", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Stoke-on-Trent is a city of six towns, built on the pottery industry and proud of it. It is a young, diverse "
        "and growing city, and it is also one of the most deprived places in England.",
        "The Safer City Partnership is the community safety partnership for the city. It brings together "
        "Stoke-on-Trent City Council, Staffordshire Police, Staffordshire Fire and Rescue Service, the Probation "
        "Service, the Integrated Care Board, housing providers and the voluntary sector.",
        "This strategy sets out six priorities for the next three years. They come from our strategic assessment, "
        "from the views of more than 1,200 residents (illustrative) and from the work of the city's other "
        "partnerships.",
        "We will publish a short progress report every year."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Stoke-on-Trent Safer City Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Stoke-on-Trent in context</h1><p>The figures below are illustrative and '
             'are not official statistics.</p><div class="stats">')
    for n, c in [("258,000", "residents"), ("31,800", "crimes recorded in 2023/24"),
                 ("7,400", "anti-social behaviour incidents"), ("6,100", "domestic abuse incidents and crimes"),
                 ("240", "knife crime offences"), ("1,900", "adults in drug and alcohol treatment")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["Hanley accounts for a third of violence with injury, much of it at night.",
              "Anti-social behaviour is highest in Longton, Tunstall and Hanley.",
              "Referrals for child exploitation have doubled in three years.",
              "Alcohol-related hospital admissions are well above the national rate."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our last strategy</h2><p>The 2021–2024 strategy had four priorities: Vulnerability; '
             'Neighbourhood crime; Serious and organised crime; and Community cohesion. We have kept the best of '
             'that work and set new priorities for 2024–2027.</p></div>')
    P.append('<div class="pg"><h1 class="t">How we work</h1><div class="side"><b>The Police and Crime Plan</b><br>'
             'The Staffordshire Commissioner\'s plan for 2024–2028 has six priorities: A local and responsive police '
             'service; Preventing harm and protecting people; Tackling violence against women and girls; Supporting '
             'victims and witnesses; Reducing offending and reoffending; A more effective criminal justice '
             'system.</div><p>Our principles describe how we work, whatever the issue:</p><ul>'
             '<li><b>Early help</b>: we act before problems grow.</li>'
             '<li><b>Whole family</b>: we work with the household, not just the individual.</li>'
             '<li><b>Led by evidence</b>: we go where the data takes us.</li>'
             '<li><b>With communities</b>: we design services with residents.</li></ul>'
             '<h2>Statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, the '
             'Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty. Prevent is overseen by the '
             'city\'s Prevent board.</p><h2>The Council Plan</h2><p>The strategy also supports the city council\'s '
             'own themes: A pride in our city; Strong communities; Good jobs; Healthy lives.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>The partnership has agreed six priorities for '
             '2024 to 2027. Each box says what the priority means in practice.</p>')
    for name, txt in PRIORITIES:
        P.append(f'<fieldset><legend>{e(name)}</legend><p>{e(txt)}</p></fieldset>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivering the strategy</h1><p>Each priority has a delivery group. '
             'The groups and their main actions for 2024/25 are below.</p><table><tr><th>Delivery group</th>'
             '<th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in DELIVERY:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Working with other partnerships</h2><p>The partnership works with the Staffordshire and '
             'Stoke-on-Trent Domestic Abuse Partnership Board, the Serious Violence Duty partnership, the '
             'Stoke-on-Trent combating drugs partnership and the youth justice service, and does not repeat '
             'their work.</p></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets every '
             'quarter and reports to the city council\'s scrutiny committee and to the Staffordshire '
             'Commissioner.</p><table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "7,400", "Down"), ("Knife crime offences", "240", "Down"),
              ("Children referred to the exploitation hub", "310", "Up (earlier referral)"),
              ("Domestic abuse repeat victims", "29%", "Down"), ("Adults in treatment", "1,900", "Up"),
              ("Residents who feel they belong", "58%", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#F4B860">Stoke-on-Trent Safer City Partnership</h2>'
             '<p>Civic Centre, Glebe Street, Stoke-on-Trent</p><p>safercity@stoke.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Stoke-on-Trent is a city", "ctx": "Stoke-on-Trent in context The figures",
               "how": "How we work", "pri": "Our priorities The partnership has agreed",
               "del": "Delivering the strategy Each", "gov": "Governance and measures The"}
    src = work_file("stoke_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
