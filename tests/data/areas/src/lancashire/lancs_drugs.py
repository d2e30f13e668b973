"""Lancashire Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium.

One ambition per page: a rounded pill "AMBITION n" sits beside a large
heading (flex row).  The national "From harm to hope" priorities and outcomes
(p5), the partnership list, the "Where we are now" text, the action tables,
the national outcomes measures and the governance chart are distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/lancashire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Lancashire Combating Drugs Partnership Strategy 2023–2026"

AMBITIONS = [
    ("Cut off the supply of drugs and close the county lines that operate in Lancashire",
     "Lancashire is both a destination for county lines from Merseyside and Greater Manchester and a source of lines "
     "into Cumbria and North Wales. Drug markets drive much of the county's serious violence and exploitation.",
     [("Target the organised crime groups that control supply through Operation Warrior", "Constabulary", "Ongoing"),
      ("Close premises used for dealing and protect tenants from cuckooing", "District councils, housing", "2024"),
      ("Disrupt drug supply in prisons and approved premises", "HMPPS", "2024"),
      ("Share intelligence on dealing with trading standards and licensing", "Councils", "2025")]),
    ("Get more people into treatment and help them to sustain their recovery",
     "Only around half of the adults who need help with opiates or crack cocaine are in treatment (illustrative). Too "
     "many people drop out, and too few leave treatment in recovery with a home, a job and support around them.",
     [("Increase treatment places funded by the supplementary substance misuse grant", "Public health", "2024"),
      ("Link people leaving prison to treatment within three weeks of release", "Probation, providers", "2024"),
      ("Expand recovery housing and peer-led recovery communities", "Public health, housing", "2025"),
      ("Offer naloxone to everyone at risk of opioid overdose", "Providers", "Ongoing")]),
    ("Stop young people from starting to use drugs",
     "Most adults in treatment started using drugs as teenagers. Early use is linked to exclusion from school, "
     "exploitation and poor mental health.",
     [("Deliver evidence-based drug education in every secondary school", "Education, public health", "2025"),
      ("Expand young people's substance misuse services", "Public health", "2024"),
      ("Support families where a parent uses drugs", "Children's services", "2025"),
      ("Run campaigns about the risks of vapes containing THC and counterfeit pills", "Public health", "2024")]),
]

CSS = """
@page { size: A4; margin: 24mm 18mm 20mm 18mm;
  @top-left { content: "Lancashire Combating Drugs Partnership"; font: 700 8pt 'Liberation Sans'; color: #2B4C7E; }
  @top-right { content: "Strategy 2023–2026"; font: 8pt 'Liberation Sans'; color: #777; }
  @bottom-left { content: "Figures are illustrative"; font: 7.5pt 'Liberation Sans'; color: #999; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #2B4C7E; } }
@page bare { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; line-height: 1.45; color: #1f2430; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #F4F1EA; position: relative; overflow: hidden; break-after: page; }
.cover .bar { position: absolute; left: 0; top: 0; width: 70mm; height: 297mm; background: #2B4C7E; }
.cover .dot { position: absolute; left: 48mm; top: 60mm; width: 44mm; height: 44mm; border-radius: 50%; background: #5FA8A0; }
.cover .org { position: absolute; left: 84mm; top: 30mm; font-size: 10pt; font-weight: 700; color: #2B4C7E; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 84mm; top: 120mm; width: 110mm; font-size: 31pt; line-height: 1.1; color: #2B4C7E; margin: 0; }
.cover .yr { position: absolute; left: 84mm; top: 190mm; font-size: 20pt; color: #5FA8A0; font-weight: 700; }
.cover .sub { position: absolute; left: 84mm; top: 260mm; width: 110mm; font-size: 9pt; color: #555; }
.page { break-before: page; }
h1.t { font-size: 22pt; color: #2B4C7E; margin: 0 0 5mm 0; }
h2 { font-size: 12.5pt; color: #2B4C7E; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; border-bottom: 1px dotted #9AA5B5; font-size: 11pt; }
.toc div.sub { padding-left: 9mm; font-size: 10pt; color: #555; }
.toc div .l { flex: 1; } .toc div .n { width: 12mm; text-align: right; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0; }
.tile { background: #E9EEF5; border-radius: 3mm; padding: 4mm; }
.tile .n { font-size: 20pt; font-weight: 700; color: #2B4C7E; } .tile .c { font-size: 8.3pt; }
.nat { background: #F4F1EA; border-radius: 3mm; padding: 4mm 6mm; margin: 3mm 0; }
.nat ol { margin: 1mm 0 2mm 0; }
.amb { display: flex; align-items: center; gap: 6mm; margin: 0 0 6mm 0; padding-bottom: 5mm; border-bottom: 3px solid #5FA8A0; }
.amb .pill { flex: 0 0 32mm; background: #2B4C7E; color: #fff; border-radius: 10mm; text-align: center; padding: 3mm 0; font-weight: 700; font-size: 9.5pt; letter-spacing: .8pt; }
.amb h1 { font-size: 20pt; line-height: 1.2; color: #2B4C7E; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0; }
th { background: #2B4C7E; color: #fff; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #D5DBE3; padding: 2mm; vertical-align: top; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1.2mm; }
.note { font-size: 7.8pt; color: #777; }
.case { border-left: 4px solid #5FA8A0; background: #F4F8F7; padding: 3mm 5mm; margin-top: 5mm; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #2B4C7E; color: #fff; padding: 130mm 20mm 0 20mm; }
.back h2 { color: #fff; font-size: 16pt; }
"""

CASES = ["Operation Warrior officers and Preston City Council closed four flats used by a county line in six months; "
         "two tenants who had been cuckooed were rehoused (illustrative).",
         "A peer mentor met Dan at the prison gate and took him to his first appointment. A year later he is in work "
         "and volunteering with a recovery community (illustrative).",
         "A Burnley secondary school worked with the young people's service on a term-long programme for pupils at "
         "risk of exclusion (illustrative)."]


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="bar"></div><div class="dot"></div>'
             '<div class="org">LANCASHIRE COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023–2026</div>'
             '<div class="sub">Lancashire County Council · Lancashire Constabulary · Office of the Police and Crime '
             'Commissioner · Probation Service · NHS Lancashire and South Cumbria · Department for Work and Pensions</div>'
             '</div>')
    toc = [("Foreword", "fw", 0), ("Drugs in Lancashire", "ctx", 0), ("The national strategy and our partnership", "nat",
                                                                        0),
           ("Our ambitions", "amb0", 0)] + [(f"Ambition {i + 1}", f"amb{i}", 1) for i in range(len(AMBITIONS))] + [
        ("Measuring progress", "kpi", 0), ("Governance", "gov", 0)]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k, sub in toc:
        P.append(f'<div class="{"sub" if sub else ""}"><span class="l">{e(t)}</span><span class="n">{pages.get(k, 0)}'
                 '</span></div>')
    P.append('</div>')
    # foreword
    P.append('<div class="page"><h1 class="t">Foreword</h1>')
    for t in [
        "Drugs cause enormous harm in Lancashire. They drive violence and exploitation, fill our prisons and hospitals, "
        "and take lives: drug-related deaths in parts of the county are among the highest in England (illustrative).",
        "This strategy is the plan of the Lancashire Combating Drugs Partnership, set up in response to the national "
        "drugs strategy. It covers the twelve districts of Lancashire and works alongside the partnerships in Blackpool "
        "and Blackburn with Darwen.",
        "It sets three ambitions. They follow the shape of the national strategy, but they are written for Lancashire "
        "and they are based on our local needs assessment.",
        "We will report on progress to the partnership board every quarter, and publish an annual summary for "
        "residents."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Senior Responsible Owner, Lancashire Combating Drugs Partnership</b></p></div>")
    # context
    P.append('<div class="page"><h1 class="t">Drugs in Lancashire</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="tiles">')
    for n, c in [("8,600", "adults using opiates or crack cocaine"), ("52%", "of them in treatment"),
                 ("148", "drug-related deaths in a year"), ("45", "county lines disrupted in a year"),
                 ("1 in 3", "people on probation with a drug need"), ("1,100", "young people supported by "
                                                                               "specialist services")]:
        P.append(f'<div class="tile"><div class="n">{e(n)}</div><div class="c">{e(c)}</div></div>')
    P.append('</div><h2>What our needs assessment found</h2><ul>')
    for t in ["Crack cocaine use is rising, especially in East Lancashire.",
              "People leaving prison are at high risk of overdose in the first weeks after release.",
              "Few people in treatment have stable housing or employment.",
              "Young people report easy access to cannabis and to vapes containing THC."]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul></div>")
    # national
    P.append('<div class="page"><h1 class="t">The national strategy and our partnership</h1>'
             '<p>The national drugs strategy, <i>From harm to hope</i> (2021), asks every area to form a combating '
             'drugs partnership.</p><div class="nat"><b>From harm to hope: the three national priorities</b><ol>'
             '<li>Break drug supply chains</li><li>Deliver a world-class treatment and recovery system</li>'
             '<li>Achieve a generational shift in the demand for drugs</li></ol>'
             '<b>The national strategic outcomes</b><ul><li>Reducing drug use</li><li>Reducing drug-related crime</li>'
             '<li>Reducing drug-related deaths and harm</li></ul></div>'
             '<h2>Our partnership</h2><p>The Lancashire Combating Drugs Partnership brings together:</p><ul>')
    for t in ["Lancashire County Council (public health, children's services and adult social care)",
              "the twelve district councils", "Lancashire Constabulary", "the Office of the Police and Crime "
                                                                         "Commissioner",
              "the Probation Service and HM Prison and Probation Service", "NHS Lancashire and South Cumbria",
              "the Department for Work and Pensions", "treatment providers and people with lived experience"]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul><h2>Our principles</h2><p>We are recovery-focused, we listen to people with lived experience, and we "
             "treat drug use as a health issue as well as a crime issue.</p></div>")
    # ambitions
    for i, (name, now, acts) in enumerate(AMBITIONS):
        P.append(f'<div class="page"><div class="amb"><div class="pill">AMBITION {i + 1}</div><h1>{e(name)}</h1></div>'
                 f'<h2>Where we are now</h2><p>{e(now)}</p><h2>What we will do</h2>'
                 '<table><tr><th>Action</th><th>Lead</th><th>By</th></tr>')
        for a, l, b in acts:
            P.append(f"<tr><td>{e(a)}</td><td>{e(l)}</td><td>{e(b)}</td></tr>")
        P.append(f'</table><div class="case"><b>Case study.</b> {e(CASES[i])}</div></div>')
    # KPIs
    P.append('<div class="page"><h1 class="t">Measuring progress</h1><p>We use the national combating drugs outcomes '
             'framework, with local measures added.</p><table><tr><th>Measure</th><th>Baseline</th><th>Ambition 2026'
             '</th></tr>')
    for r in [("Adults in treatment for opiates or crack", "4,470", "5,200"), ("Continuity of care after prison",
                                                                                "38%", "60%"),
              ("Drug-related deaths", "148", "Fewer"), ("County lines closed", "45", "More"),
              ("Young people in specialist treatment", "1,100", "1,300")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    # governance
    P.append('<div class="page"><h1 class="t">Governance</h1><p>The partnership board meets quarterly and is chaired '
             'by the Senior Responsible Owner. It reports to the Lancashire Health and Wellbeing Board and to the '
             'Lancashire Community Safety Partnership Board.</p><h2>Delivery groups</h2><ul>'
             '<li>Supply and Enforcement Group</li><li>Treatment and Recovery Group</li><li>Prevention and Young '
             'People Group</li><li>Data and Intelligence Group</li></ul><h2>Links to other strategies</h2><p>The Police '
             'and Crime Plan for Lancashire, the Lancashire Violence Reduction Network strategy, the Lancashire '
             'Reducing Reoffending Strategy and the joint health and wellbeing strategy.</p></div>')
    P.append('<div class="back"><h2>Lancashire Combating Drugs Partnership</h2><p>County Hall, Preston</p>'
             '<p>cdp@lancashire.example</p><p>Figures in this strategy are illustrative.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs cause", "ctx": "Drugs in Lancashire The figures",
               "nat": "The national strategy and our partnership The national",
               "kpi": "Measuring progress We use", "gov": "Governance The partnership board"}
    needles.update({f"amb{i}": (a[0], 5) for i, a in enumerate(AMBITIONS)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "lancs_drugs.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
