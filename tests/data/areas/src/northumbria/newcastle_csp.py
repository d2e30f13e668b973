"""Safe Newcastle Partnership Plan 2023-2026: HTML printed by Chromium.

Six priorities, two per page (pp7-9), each an h2 heading with the label
"Priority one:" ... "Priority six:" in a lighter weight on the same line.  The
"How our plan fits" page (p6) has a table that maps each priority to the
Police and Crime Commissioner's priorities ("Fighting crime", "Preventing
crime", "Improving lives", "Building trust and confidence in policing") and
to the Council Plan's themes; the previous plan's priorities ("Looking back",
p5), the residents' survey, the delivery table and the measures are
distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from northumbria.work import work_file

FILE = "strategies/safe_newcastle_partnership_plan_2023-26.pdf"
TITLE = "Safe Newcastle Partnership Plan 2023–2026"
WORDS = ["one", "two", "three", "four", "five", "six"]

PRIORITIES = [
    ("Tackling anti-social behaviour",
     "Anti-social behaviour is the issue residents raise with us most often, from noisy neighbours in Byker to "
     "off-road bikes in the West End and disorder in the city centre.",
     ["Hold a joint problem-solving meeting for every ward with high levels of ASB.",
      "Use the full range of powers, including Community Protection Notices and closure orders.",
      "Support victims of persistent ASB through a dedicated caseworker.",
      "Make the ASB Case Review better known."], "Fighting crime", "A city for everyone"),
    ("Reducing serious violence and knife crime",
     "Serious violence is rare, but its effects on victims, families and whole neighbourhoods last for years. Knife "
     "possession offences in the city have risen since 2019 (illustrative).",
     ["Deliver the Serious Violence Duty locally with the Northumbria Violence Reduction Unit.",
      "Fund youth workers in the Royal Victoria Infirmary's emergency department.",
      "Run weapons awareness sessions in every secondary school.",
      "Map violence hotspots each quarter and agree a joint response."], "Preventing crime", "A city for everyone"),
    ("Ending violence against women and girls",
     "Women and girls should be safe, and feel safe, at home, online and in public. We will challenge the attitudes "
     "that allow violence to happen, make the city centre and nights out safer, and make sure perpetrators are "
     "brought to justice.",
     ["Deliver healthy relationships education in schools and at both universities.",
      "Extend Safe Haven and Ask for Angela across the city centre.",
      "Use street lighting and CCTV audits to make routes home safer.",
      "Work with the police to increase the use of domestic abuse protection orders."],
     "Fighting crime; Preventing crime", "A healthy, caring city"),
    ("Reducing harm from drugs and alcohol",
     "Drug-related deaths in Newcastle are among the highest in England (illustrative), and alcohol harms health, "
     "families and the night-time economy.",
     ["Increase the number of adults in treatment through the combating drugs partnership.",
      "Give naloxone to every hostel and supported housing provider.",
      "Work with licensees on a Best Bar None scheme.",
      "Support families affected by a relative's drug or alcohol use."], "Improving lives", "A healthy, caring city"),
    ("Building cohesive communities and tackling hate crime",
     "Newcastle is a city of sanctuary and a diverse, welcoming city. But hate crime is under-reported, and tensions "
     "can rise quickly after national events.",
     ["Open more third-party hate crime reporting centres.",
      "Run a tension monitoring group that meets within 24 hours of a local or national incident.",
      "Support community events that bring neighbours together.",
      "Train frontline staff to recognise and report hate incidents."],
     "Building trust and confidence in policing", "A city for everyone"),
    ("Preventing radicalisation",
     "A small number of people in the city are drawn into extremist ideas, often online. Under the Prevent duty we "
     "must work together to stop people being drawn into terrorism.",
     ["Deliver Prevent training to frontline staff in the council, schools and the NHS.",
      "Run the Channel panel and support people referred to it.",
      "Work with community and faith leaders on online extremism."], "—", "A city for everyone"),
]

CSS = """
@page { size: A4; margin: 20mm 17mm 20mm 17mm;
  @top-left { content: "Safe Newcastle"; font: 700 8pt 'Liberation Sans'; color: #9C1C3B; }
  @top-right { content: "Partnership Plan 2023–2026"; font: 8pt 'Liberation Sans'; color: #666; }
  @bottom-left { content: "Page " counter(page); font: 8pt 'Liberation Sans'; color: #333; } }
@page bare { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.45; color: #202020; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #1D1D1B; color: #fff; position: relative; overflow: hidden; break-after: page; }
.cover .bar { position: absolute; left: 0; top: 0; width: 16mm; height: 297mm; background: #9C1C3B; }
.cover .org { position: absolute; left: 28mm; top: 26mm; font-size: 11pt; letter-spacing: 2pt; }
.cover h1 { position: absolute; left: 28mm; top: 95mm; font-size: 34pt; line-height: 1.1; margin: 0; width: 150mm; }
.cover .yr { position: absolute; left: 28mm; top: 160mm; font-size: 20pt; color: #E7B9C4; }
.page { break-before: page; }
h1.t { font-size: 22pt; color: #9C1C3B; margin: 0 0 5mm 0; font-weight: 700; }
h2 { font-size: 12pt; color: #1D1D1B; margin: 5mm 0 2mm 0; }
h2.p { font-size: 15pt; color: #9C1C3B; border-bottom: 2px solid #9C1C3B; padding-bottom: 2mm; margin: 3mm 0 3mm 0; }
h2.p span { font-weight: 400; color: #555; }
.pr { break-inside: avoid; margin-bottom: 8mm; }
.toc p { margin: 0; padding: 1.8mm 0; font-size: 11pt; display: flex; }
.toc p .l { flex: 1; } .toc p.s { padding-left: 8mm; font-size: 10pt; color: #444; }
.stats { display: flex; flex-wrap: wrap; gap: 4mm; margin: 3mm 0 5mm 0; }
.stat { width: 54mm; border-left: 4px solid #9C1C3B; padding: 1mm 3mm; }
.stat b { display: block; font-size: 18pt; color: #9C1C3B; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 4mm 0; }
th { text-align: left; background: #1D1D1B; color: #fff; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #ddd; padding: 1.6mm 2mm; vertical-align: top; }
.box { background: #F6ECEF; padding: 3mm 5mm; margin: 3mm 0; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 0.8mm; }
.note { font-size: 7.8pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #9C1C3B; color: #fff; padding: 150mm 28mm 0 28mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="bar"></div><div class="org">SAFE NEWCASTLE</div>'
             '<h1>Partnership Plan</h1><div class="yr">2023–2026</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k, sub in [("Foreword", "fw", 0), ("Newcastle today", "ctx", 0), ("Looking back", "old", 0),
                      ("How our plan fits", "fit", 0), ("Our priorities", "p0", 0)] + \
            [(f"Priority {WORDS[i]}", f"p{i}", 1) for i in range(6)] + \
            [("Delivering the plan", "del", 0), ("Governance and measures", "gov", 0)]:
        P.append(f'<p class="{"s" if sub else ""}"><span class="l">{e(t)}</span><span>{pages.get(k, 0)}</span></p>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">Foreword</h1>')
    for t in [
        "Newcastle is a safe city for most people, most of the time. But crime and disorder are not spread evenly, and "
        "the people who suffer most are often those with the least.",
        "Safe Newcastle is the city's community safety partnership. It brings together Newcastle City Council, "
        "Northumbria Police, Tyne and Wear Fire and Rescue Service, the Probation Service, the NHS and the voluntary "
        "and community sector.",
        "This plan sets six priorities for the next three years. We chose them using our strategic assessment, what "
        "residents told us, and the views of the people who work on the front line.",
        "We know we cannot do everything at once. The priorities are the areas where working together will make the "
        "biggest difference."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, Safe Newcastle Board</b></p></div>")
    P.append('<div class="page"><h1 class="t">Newcastle today</h1><p>The figures below are illustrative and are not '
             'official statistics.</p><div class="stats">')
    for n, c in [("307,000", "residents"), ("44,600", "crimes recorded in 2022/23"), ("11,200", "ASB incidents"),
                 ("1 in 4", "violent crimes are domestic-abuse related"), ("71", "drug-related deaths"),
                 ("640", "hate crimes reported")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What residents told us</h2><ul>')
    for t in ["Anti-social behaviour was the top concern in 19 of the city's 26 wards.",
              "Women were three times as likely as men to feel unsafe in the city centre after dark.",
              "Drug dealing and drug use in public places worried residents in the East End and West End.",
              "Young people wanted more safe places to go in the evening."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our strategic assessment</h2><p>Our annual strategic assessment looks at police, council, '
             'health and fire data. The 2023 assessment found that violence with injury, ASB and drug-related harm '
             'are concentrated in the same few neighbourhoods, and that hate crime is under-reported.</p></div>')
    P.append('<div class="page"><h1 class="t">Looking back</h1><p>Our previous plan (2020–2023) had four priorities:'
             '</p><div class="box"><ul><li>Protecting vulnerable people</li><li>Reducing crime and disorder</li>'
             '<li>Tackling alcohol and drug misuse</li><li>Building resilient communities</li></ul></div>'
             '<h2>What we achieved</h2><ul>')
    for t in ["A city centre night-time safety plan with street marshals and a safe haven.",
              "Joint ASB problem-solving in the wards with most reports.",
              "More adults in drug and alcohol treatment than at any time since 2015 (illustrative).",
              "A new hate crime reporting app, used 300 times in its first year."]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul><p>The new plan keeps the focus on vulnerability and disorder, but names the issues more precisely, "
             "so that residents can see what we are doing about them.</p></div>")
    P.append('<div class="page"><h1 class="t">How our plan fits</h1><p>Safe Newcastle is one of six community safety '
             'partnerships in the Northumbria police force area. The Police and Crime Commissioner\'s plan for '
             '2021–2025 has four priorities: Fighting crime; Preventing crime; Improving lives; and Building trust and '
             'confidence in policing. Our plan also supports the themes of the Newcastle City Council Plan.</p>'
             '<table><tr><th>Our priority</th><th>Police and Crime Plan</th><th>Council Plan theme</th></tr>')
    for name, _, _, pcc, council in PRIORITIES:
        P.append(f"<tr><td>{e(name)}</td><td>{e(pcc)}</td><td>{e(council)}</td></tr>")
    P.append('</table><h2>Other plans we work with</h2><ul><li>Northumbria Violence Reduction Unit: Serious Violence '
             'Response Strategy</li><li>Northumbria VAWG Strategy</li><li>Newcastle Combating Drugs Partnership '
             'plan</li><li>Newcastle Youth Justice Plan</li></ul></div>')
    P.append('<div class="page"><h1 class="t">Our priorities</h1><p>Each priority has a lead partner and a delivery '
             'group. The actions listed are our commitments for the first year.</p>')
    for i, (name, why, acts, _, _) in enumerate(PRIORITIES):
        if i in (2, 4):
            P.append('</div><div class="page">')
        P.append(f'<div class="pr"><h2 class="p"><span>Priority {WORDS[i]}:</span> {e(name)}</h2><p>{e(why)}</p>'
                 '<p><b>What we will do</b></p><ul>' + "".join(f"<li>{e(a)}</li>" for a in acts) + "</ul></div>")
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">Delivering the plan</h1><p>Each priority is led by a delivery group that '
             'reports to the Safe Newcastle Board every quarter.</p><table><tr><th>Delivery group</th><th>Lead</th>'
             '<th>Meets</th></tr>')
    for r in [("ASB and neighbourhoods", "Newcastle City Council", "Monthly"),
              ("Violence and exploitation", "Northumbria Police", "Monthly"),
              ("VAWG partnership", "Newcastle City Council", "Bi-monthly"),
              ("Combating drugs partnership", "Public health", "Quarterly"),
              ("Communities and Prevent", "Newcastle City Council", "Bi-monthly")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Our ways of working</h2><ul><li>Think family.</li><li>Share information safely.</li>'
             '<li>Listen to residents.</li><li>Use evidence.</li></ul></div>')
    P.append('<div class="page"><h1 class="t">Governance and measures</h1><p>The Safe Newcastle Board meets every '
             'quarter and reports to the council\'s Cabinet and the Police and Crime Commissioner.</p>'
             '<table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "11,200", "Down"), ("Knife possession offences", "390", "Down"),
              ("Women who feel safe in the city centre at night", "48%", "Up"),
              ("Adults in drug and alcohol treatment", "2,150", "Up"), ("Hate crimes reported", "640", "Up"),
              ("Prevent referrals from partners", "85", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2>Safe Newcastle</h2><p>Civic Centre, Newcastle upon Tyne</p>'
             '<p>safe.newcastle@newcastle.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Newcastle is a safe", "ctx": "Newcastle today The figures", "old": "Looking back Our",
               "fit": "How our plan fits Safe Newcastle", "del": "Delivering the plan Each",
               "gov": "Governance and measures The Safe"}
    needles.update({f"p{i}": f"Priority {WORDS[i]}: {p[0]}" for i, p in enumerate(PRIORITIES)})
    src = work_file("newcastle_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
