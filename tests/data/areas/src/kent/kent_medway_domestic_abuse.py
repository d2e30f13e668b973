"""Kent and Medway Domestic Abuse Strategy 2024-2029 (Kent and Medway Domestic Abuse Strategic Board): HTML printed
by Chromium (DejaVu Serif statements, Liberation Sans body).

Four priorities, stated once, on p6 as **outcome statements that begin "By 2029,"**, each set in large serif type
between thin rules with a short "What this means" paragraph in sans after it; no numbers.  The statements are the
priorities ("Our four priorities are the outcomes we want by 2029").  The definition and survivor quotes (p4), the
national Tackling Domestic Abuse Plan's pillars and the previous strategy's priorities (p5), the delivery themes
(p7) and the indicators of the outcomes framework (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from kent.work import work_file

FILE = "strategies/kent_and_medway_domestic_abuse_strategy_2024-29.pdf"
TITLE = "Kent and Medway Domestic Abuse Strategy 2024–2029"

PRIORITIES = [
    ("By 2029, fewer people experience domestic abuse because we stop it before it starts",
     "Healthy relationships education in every school, campaigns that reach young men, and professionals who "
     "spot the early signs."),
    ("By 2029, every victim and survivor, adult or child, gets the right support at the right time",
     "Independent advisers, outreach, children's workers and specialist services for older, disabled, LGBT+ and "
     "minoritised survivors."),
    ("By 2029, more perpetrators are held to account and helped to change their behaviour",
     "Swift use of protective orders, and behaviour change programmes for those who can change."),
    ("By 2029, victims and their children have safe and settled homes",
     "Refuges and other safe accommodation under the Domestic Abuse Act 2021, sanctuary schemes and housing "
     "pathways that keep survivors in their communities."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-center { content: "Page " counter(page); font: 8.5pt 'Liberation Sans'; color: #6A2C70; }
  @top-left { content: "Kent and Medway Domestic Abuse Strategy 2024–2029"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #6A2C70; color: #fff; break-after: page; overflow: hidden; }
.cover .arc { position: absolute; right: -60mm; top: 40mm; width: 170mm; height: 170mm; border-radius: 50%; border: 14mm solid #F08A5D; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 150mm; font-family: 'DejaVu Serif', serif; font-size: 29pt; line-height: 1.2; margin: 0; width: 150mm; }
.cover .yr { position: absolute; left: 18mm; top: 205mm; font-size: 16pt; color: #F9D5A7; }
.pg { break-before: page; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 20pt; color: #6A2C70; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #B83B5E; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1px dashed #B83B5E; margin: 0 2mm 1.4mm 2mm; }
.quote { font-family: 'DejaVu Serif', serif; font-style: italic; color: #6A2C70; border-left: 3px solid #F08A5D; padding-left: 4mm; margin: 3mm 0; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.stat { background: #F6EEF6; padding: 2mm 3mm; } .stat b { font-size: 15pt; color: #6A2C70; display: block; }
.out { border-top: 1.5px solid #6A2C70; padding: 5mm 0 4mm 0; }
.out:last-child { border-bottom: 1.5px solid #6A2C70; }
.out .s { font-family: 'DejaVu Serif', serif; font-size: 15pt; line-height: 1.35; color: #6A2C70; margin-bottom: 2mm; }
.out .m { font-size: 8.8pt; color: #444; }
.out .m b { color: #B83B5E; }
table { border-collapse: collapse; width: 100%; font-size: 8.7pt; margin: 2mm 0 5mm 0; }
th { background: #6A2C70; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e2d3e4; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="arc"></div><div class="org">KENT AND MEDWAY DOMESTIC ABUSE STRATEGIC '
             'BOARD</div><h1>Domestic Abuse Strategy for Kent and Medway</h1><div class="yr">2024 – 2029</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Understanding domestic abuse", "und"), ("The national and local picture", "nat"),
                 ("Our priorities", "pri"), ("Delivering the strategy", "del"), ("Outcomes framework and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Domestic abuse can happen to anyone. It destroys lives, harms children and costs Kent and Medway dearly. "
        "Most of it is hidden, and too many survivors still tell us they had to ask many times before anyone helped.",
        "This strategy is owned by the Kent and Medway Domestic Abuse Strategic Board: Kent County Council, Medway "
        "Council, the twelve district councils, Kent Police, the Police and Crime Commissioner, the NHS, the Probation "
        "Service and specialist services. It meets our duties under the Domestic Abuse Act 2021, including the duty "
        "to provide support in safe accommodation.",
        "It was written with survivors. Their words run through it, and they will help us judge whether it works.",
        "Over five years we want four things to be true. They are our priorities, and they are set out as outcomes "
        "on page " + str(pages.get("pri", 0)) + "."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Kent and Medway Domestic Abuse Strategic Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Understanding domestic abuse</h1><p>The Domestic Abuse Act 2021 defines '
             'domestic abuse as abusive behaviour between people aged 16 or over who are personally connected. It '
             'includes physical, sexual, economic, emotional and psychological abuse and coercive control. Children '
             'who see, hear or experience its effects are victims in their own right.</p><h2>In Kent and Medway</h2>'
             '<p>The figures below are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("37,100", "domestic abuse incidents and crimes recorded"), ("2,600", "cases heard at MARAC"),
                 ("30%", "of MARAC cases were repeats"), ("410", "households supported in safe accommodation")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["I told my GP, my son's school and the housing office before anyone asked me what was really going on.",
              "The refuge saved my life, but it was sixty miles from my family."]:
        P.append(f'<div class="quote">\u201c{e(q)}\u201d</div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">The national and local picture</h1><h2>The national Tackling Domestic '
             'Abuse Plan</h2><p>The Government\'s plan is built on four pillars:</p><ul><li>Prioritising prevention</li>'
             '<li>Supporting victims</li><li>Pursuing perpetrators</li><li>A stronger system</li></ul>'
             '<h2>Our last strategy</h2><p>The 2020–2024 strategy had three priorities: Prevention and early '
             'intervention; Provision of services; and Partnership working. The review found good progress on '
             'services but too little on prevention and on perpetrators.</p><h2>Principles</h2><ul>'
             '<li><b>Survivor-led</b>: we design services with the people who use them.</li>'
             '<li><b>Whole family</b>: children are victims in their own right.</li>'
             '<li><b>Intersectional</b>: we reach survivors who face more than one barrier.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Our four priorities are the outcomes we want by '
             '2029. Each is written as what will be true for people in Kent and Medway if we succeed.</p>'
             '<div style="margin-top:6mm">')
    for s, m in PRIORITIES:
        P.append(f'<div class="out"><div class="s">{e(s)}</div><div class="m"><b>What this means:</b> {e(m)}</div></div>')
    P.append('</div><p style="margin-top:5mm">A skilled and confident workforce, and good data shared safely, will '
             'help us achieve all four.</p></div>')
    P.append('<div class="pg"><h1 class="t">Delivering the strategy</h1><p>An annual action plan sets out the work '
             'under four delivery themes, each led by a sub-group of the Board.</p><table><tr><th>Delivery theme</th>'
             '<th>Lead</th><th>Key actions 2024/25</th></tr>')
    for r in [("Prevention", "Kent County Council", "Healthy relationships resources for every secondary school"),
              ("Support", "Police and Crime Commissioner", "Recommission IDVA and outreach services"),
              ("Perpetrators", "Probation Service", "A perpetrator programme in every part of the county"),
              ("Housing", "District councils", "Sanctuary schemes and a joint safe accommodation needs assessment")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes framework and governance</h1><p>We will track these indicators '
             'each year. Baselines are illustrative.</p><table><tr><th>Indicator</th><th>Baseline</th>'
             '<th>Direction</th></tr>')
    for r in [("Young people reached by healthy relationships education", "18,000", "Up"),
              ("Survivors supported by specialist services", "9,400", "Up"),
              ("Perpetrators starting a behaviour change programme", "310", "Up"),
              ("Households supported in safe accommodation", "410", "Up"), ("Repeat MARAC cases", "30%", "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Governance</h2><p>The Board meets quarterly and reports to the Kent Community Safety '
             'Partnership, the Medway Community Safety Partnership and both health and wellbeing boards. Contact: '
             'dastrategy@kent-medway.example</p><p class="note">All statistics are illustrative.</p></div>')
    P.append('</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse can", "und": "Understanding domestic abuse The Domestic",
               "nat": "The national and local picture", "pri": "Our priorities Our four",
               "del": "Delivering the strategy An annual", "gov": "Outcomes framework and governance We"}
    src = work_file("kent_medway_domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
