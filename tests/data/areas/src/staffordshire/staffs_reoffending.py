"""Staffordshire and Stoke-on-Trent Reducing Reoffending Strategy 2024-2027: HTML printed by Chromium
(Liberation Sans Narrow priorities, Liberation Sans body).

Five priorities, stated once, on p6 as the **treads of a staircase** ("Five steps to fewer victims"): five
CSS blocks rising from left to right, each a step 25 mm higher than the last, with the priority in white
bold at the top of the block (three or four lines) and a small "STEP n" label at its foot, which prints on a
line of its own and is not part of the priority.  The previous strategy's themes (p3), the seven
resettlement pathways and the IOM cohorts (p5), the task group names (p7) and the measures (p8) are
distractors.
"""
from common import chromium_to_pdf, two_pass
from staffordshire.work import e, work_file

FILE = "strategies/staffordshire_and_stoke-on-trent_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Staffordshire and Stoke-on-Trent Reducing Reoffending Strategy 2024–2027"

PRIORITIES = [
    ("Managing prolific offenders through Integrated Offender Management", "IOM",
     "A joint police and probation team for the people who commit the most neighbourhood crime."),
    ("A safe and settled home for everyone leaving prison", "Homes",
     "No one released from HMP Stafford, HMP Featherstone or other prisons to the street; a duty to refer for all."),
    ("Getting people on probation into training and work", "Jobs",
     "Employment hubs in Stoke-on-Trent and Stafford, and employers who will recruit people with convictions."),
    ("Getting people in the justice system into drug and alcohol treatment", "Treatment",
     "Treatment requirements for more sentences and a handover from prison to community treatment on the day of "
     "release."),
    ("Holding domestic abuse perpetrators to account and changing their behaviour", "Perpetrators",
     "Accredited programmes for men on probation and joint management of high-harm perpetrators."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-right { content: counter(page); font: bold 9pt 'Liberation Sans'; color: #fff; background: #7B2D26;
    padding: 1mm 2.5mm; }
  @bottom-left { content: "Reducing Reoffending Strategy 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #FBF4EC; break-after: page; overflow: hidden; }
.cover .s { position: absolute; bottom: 0; width: 42mm; background: #7B2D26; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9pt; font-weight: 700; color: #7B2D26; letter-spacing: .6pt; }
.cover h1 { position: absolute; left: 18mm; top: 45mm; font-size: 28pt; line-height: 1.2; margin: 0; color: #3A1512; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 95mm; font-size: 15pt; color: #B4533A; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #7B2D26; margin: 0 0 4mm 0; }
h2 { font-size: 11.2pt; color: #B4533A; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.3mm 0; font-size: 10.5pt; border-bottom: 1px solid #ecd9c6; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #FBF4EC; border-top: 3px solid #7B2D26; padding: 2.5mm 3mm; } .stat b { font-size: 15pt; color: #7B2D26; display: block; }
.stairs { position: relative; width: 174mm; height: 142mm; margin-top: 6mm; }
.step { position: absolute; bottom: 0; width: 33mm; padding: 3mm 2.4mm; color: #fff; }
.step b { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 10.6pt; line-height: 1.25; display: block; }
.step i { position: absolute; bottom: 2.5mm; left: 2.4mm; font-style: normal; font-size: 7pt; letter-spacing: 1pt; color: #F3D9CC; }
.floor { position: absolute; bottom: -2mm; left: 0; width: 174mm; height: 2mm; background: #3A1512; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #7B2D26; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #ecd9c6; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #777; }
"""

FILLS = ["#B4533A", "#A1452F", "#8E3A2A", "#7B2D26", "#5E211C"]


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover">')
    for k in range(5):
        P.append(f'<div class="s" style="left:{k * 42}mm;height:{40 + k * 25}mm;opacity:{0.55 + k * 0.1}"></div>')
    P.append('<div class="org">STAFFORDSHIRE AND STOKE-ON-TRENT REDUCING REOFFENDING BOARD</div>'
             '<h1>Reducing Reoffending Strategy</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Reoffending in Staffordshire and Stoke-on-Trent", "ctx"),
                 ("The national frameworks", "nat"), ("Five steps to fewer victims", "pri"),
                 ("Delivery", "del"), ("Measures and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Most crime is committed by people who have offended before. Helping them to stop is one of the surest ways "
        "to protect the public and to have fewer victims.",
        "The Reducing Reoffending Board brings together the Probation Service, Staffordshire Police, the Staffordshire "
        "Commissioner, the prisons in the county, both councils, the Integrated Care Board, the Department for Work "
        "and Pensions and voluntary organisations.",
        "Our last strategy (2021–2024) was organised around three themes: Accommodation; Health; and Employment. "
        "This strategy builds on them and adds two new areas of work.",
        ]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Staffordshire and Stoke-on-Trent Reducing Reoffending Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Reoffending in Staffordshire and Stoke-on-Trent</h1><p class="note">The '
             'figures are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("24%", "proven reoffending rate, adults"), ("5,200", "people supervised by probation"),
                 ("1 in 7", "released from prison with no fixed address"), ("38%", "in work six weeks after release"),
                 ("44%", "of people on probation with a drug or alcohol need"), ("310", "people managed through IOM")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings</h2><ul><li>People released with nowhere to live are twice as likely to '
             'reoffend.</li><li>Few people in the justice system who need drug treatment start it within three '
             'weeks of release.</li><li>Domestic abuse perpetrators make up a growing share of the probation '
             'caseload.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">The national frameworks</h1><p>Nationally, reducing reoffending work is '
             'organised around seven resettlement pathways:</p><ul><li>Accommodation</li><li>Education, training and '
             'employment</li><li>Health</li><li>Drugs and alcohol</li><li>Finance, benefit and debt</li><li>Children '
             'and families</li><li>Attitudes, thinking and behaviour</li></ul><h2>Integrated Offender Management '
             'cohorts</h2><p>The national IOM strategy (2020) sets three cohorts: <b>fixed</b> (neighbourhood crime '
             'offenders), <b>flex</b> (local priorities) and <b>free</b> (others selected by local areas).</p>'
             '<h2>Our principles</h2><ul><li>Do what works, and stop what does not.</li><li>Treat people with '
             'respect and expect change.</li><li>Put victims\' safety first.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Five steps to fewer victims</h1><p>The board has agreed five '
             'priorities for 2024–2027. We picture them as a staircase: each step makes the next one easier.</p>'
             '<div class="stairs">')
    for k, (name, _, _) in enumerate(PRIORITIES):
        P.append(f'<div class="step" style="left:{k * 35.25}mm;height:{38 + k * 25}mm;background:{FILLS[k]}">'
                 f'<b>{e(name)}</b><i>STEP {k + 1}</i></div>')
    P.append('<div class="floor"></div></div></div>')
    P.append('<div class="pg"><h1 class="t">Delivery</h1><p>Each priority has a task group that reports to the '
             'board.</p><table><tr><th>Task group</th><th>What we will do</th><th>Lead</th></tr>')
    for (name, grp, txt), lead in zip(PRIORITIES, ["Police and probation", "Councils", "DWP and probation",
                                                   "Public health", "Probation"]):
        P.append(f"<tr><td>{e(grp)}</td><td>{e(txt)}</td><td>{e(lead)}</td></tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Measures and governance</h1><table><tr><th>Measure</th><th>Baseline</th>'
             '<th>Target 2027</th></tr>')
    for r in [("Proven reoffending rate, IOM cohort", "51%", "40%"), ("Released to settled accommodation", "72%",
                                                                     "85%"),
              ("In work six weeks after release", "38%", "45%"), ("Treatment starts within three weeks of release",
                                                                  "35%", "60%"),
              ("Perpetrator programme completions", "120", "220")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The board meets quarterly and reports to the Staffordshire Criminal Justice Board. Baselines '
             'are illustrative. Contact: reoffending@staffs-stoke.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime is committed", "ctx": "Reoffending in Staffordshire and Stoke-on-Trent The",
               "nat": "The national frameworks Nationally", "pri": "Five steps to fewer victims The board",
               "del": "Delivery Each priority", "gov": "Measures and governance Measure"}
    src = work_file("staffs_reoffending.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
