"""Lincolnshire Reducing Reoffending Strategy 2024-2027: HTML printed by Chromium (Liberation Sans, DejaVu Sans
Mono on the board).

Five priorities, stated once, on p6 as the **destinations on a station departures board** ("Next stop: a
life without crime"): a black board with amber monospaced text in columns "Departs" (a year), "Destination"
(the priority, wrapping over two or three lines), "Calling at" (partners, in smaller type), "Platform" (the
lead) and "Status" ("On time", "Boarding"); no numbers.  The previous strategy's themes (p3), the seven
resettlement pathways and the IOM cohorts (p5), the short task group names (p7) and the measures (p8) are
distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from lincolnshire.work import work_file

FILE = "strategies/lincolnshire_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Lincolnshire Reducing Reoffending Strategy 2024–2027"

PRIORITIES = [
    ("2024", "Managing the people who cause the most harm through Integrated Offender Management",
     "Police · Probation · Councils", "IOM", "On time"),
    ("2024", "Finding settled accommodation for people leaving prison",
     "District councils · HMP Lincoln · Probation", "Homes", "Boarding"),
    ("2025", "Helping people into education, training and work",
     "DWP · Colleges · Employers", "Jobs", "On time"),
    ("2024", "Getting people whose offending is driven by drugs or alcohol into treatment",
     "Public health · Courts · Probation", "Health", "Boarding"),
    ("2025", "Meeting the needs of women in the justice system",
     "Women's centre · Probation · Courts", "Women", "On time"),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 19mm 17mm;
  @bottom-right { content: "Page " counter(page); font: 8.5pt 'Liberation Sans'; color: #1F3B57; }
  @bottom-left { content: "Lincolnshire Reducing Reoffending Board"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #1F3B57; color: #fff; break-after: page; overflow: hidden; }
.cover .rail { position: absolute; left: 0; width: 210mm; height: 2mm; background: #F2B233; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 120mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 162mm; font-size: 16pt; color: #F2B233; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #1F3B57; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #B7791F; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 10.5pt; }
.toc div span.d { flex: 1; border-bottom: 1.5px dotted #1F3B57; margin: 0 2mm 1.2mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #EDF2F7; padding: 3mm; } .stat b { font-size: 15pt; color: #1F3B57; display: block; }
.board { background: #111; border: 3mm solid #333; border-radius: 2mm; padding: 3mm 3mm 4mm 3mm; margin: 5mm 0 3mm 0; }
.board .title { color: #F2B233; font: bold 12pt 'DejaVu Sans Mono'; border-bottom: 1px solid #444; padding: 1mm 1mm 2mm 1mm; display: flex; justify-content: space-between; }
.board table { width: 100%; border-collapse: collapse; margin: 0; }
.board th { background: none; color: #9A9A9A; font: 7pt 'DejaVu Sans Mono'; text-align: left; padding: 2mm 1.5mm 1mm 1.5mm; border-bottom: 1px solid #444; }
.board td { color: #F2B233; font: 8pt 'DejaVu Sans Mono'; padding: 2.6mm 1.5mm; border-bottom: 1px dashed #333; vertical-align: top; }
.board td.dest { font: bold 10pt 'DejaVu Sans Mono'; line-height: 1.3; width: 70mm; }
.board td.call { color: #D8D8D8; font-size: 6.8pt; width: 34mm; }
.board td.st { color: #7FD17F; }
.under { font-size: 8pt; color: #666; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #1F3B57; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d5dde6; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #1F3B57; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">LINCOLNSHIRE REDUCING REOFFENDING BOARD</div>'
             '<div class="rail" style="top:220mm"></div><div class="rail" style="top:232mm"></div>'
             '<h1>Reducing Reoffending Strategy</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Reoffending in Lincolnshire", "ctx"), ("The framework we work in", "fr"),
                 ("Next stop: our priorities", "pri"), ("Getting there", "del"), ("Measures and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Most crime in Lincolnshire is committed by people who have offended before. Every person who leaves "
        "prison to a settled home, a job and the treatment they need is one less person likely to return, and "
        "fewer victims in our communities.",
        "The Lincolnshire Reducing Reoffending Board reports to the Local Criminal Justice Board. Its members "
        "include the Probation Service, Lincolnshire Police, HMP Lincoln, the county and district councils, public "
        "health, the Department for Work and Pensions and the Police and Crime Commissioner.",
        "Our last strategy was organised under three themes: Homes, Health and Jobs. This strategy keeps that "
        "focus and adds two new priorities."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Lincolnshire Reducing Reoffending Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Reoffending in Lincolnshire</h1><p>The figures below are illustrative '
             'and are not official statistics.</p><div class="stats">')
    for n, c in [("24%", "proven adult reoffending rate"), ("1,650", "people released from prison each year"),
                 ("13%", "released with no settled accommodation"), ("210", "people in the IOM cohort")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the data tells us</h2><ul><li>People released homeless are twice as likely to '
             'reoffend.</li><li>Half of people starting a community sentence have a drug or alcohol need.</li>'
             '<li>Women in the system are more likely to be victims of domestic abuse themselves.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">The framework we work in</h1><h2>The seven resettlement pathways</h2>'
             '<ol><li>Accommodation</li><li>Education, training and employment</li><li>Health</li><li>Drugs and '
             'alcohol</li><li>Finance, benefit and debt</li><li>Children and families</li><li>Attitudes, thinking '
             'and behaviour</li></ol><h2>Integrated Offender Management cohorts</h2><p>IOM in Lincolnshire uses the '
             'national <b>Fixed</b> (serious acquisitive crime), <b>Flex</b> (local priorities, such as domestic '
             'abuse) and <b>Free</b> (other people agreed locally) cohorts.</p></div>')
    P.append('<div class="pg"><h1 class="t">Next stop: our priorities</h1><p>The board has agreed five priorities '
             'for 2024 to 2027. We have set them out as a departures board: each is a destination that the partners '
             'listed are travelling towards, with the task group that leads it and when work starts.</p>'
             '<div class="board"><div class="title"><span>DEPARTURES</span><span>Next stop: a life without crime'
             '</span></div><table><tr><th>Departs</th><th>Destination</th><th>Calling at</th><th>Platform</th>'
             '<th>Status</th></tr>')
    for yr, dest, call, plat, st in PRIORITIES:
        P.append(f'<tr><td>{yr}</td><td class="dest">{e(dest)}</td><td class="call">{e(call)}</td>'
                 f'<td>{e(plat)}</td><td class="st">{e(st)}</td></tr>')
    P.append('</table></div><p class="under">"Platform" is the task group that leads each priority. "Boarding" '
             'means work has already begun.</p><h2>Why these five</h2><p>They are the needs most strongly linked '
             'to reoffending in our data, and the ones where no single agency can succeed alone.</p></div>')
    P.append('<div class="pg"><h1 class="t">Getting there</h1><table><tr><th>Task group</th><th>Main actions '
             '2024/25</th><th>Chair</th></tr>')
    for r in [("IOM", "Refresh the cohort; joint home visits; GPS tagging for prolific offenders", "Police"),
              ("Homes", "Duty to refer in every prison; move-on beds in Lincoln and Boston", "District council"),
              ("Jobs", "Employment hubs in prison and probation offices; employer pledge", "DWP"),
              ("Health", "Treatment requirements at court; prison-to-community handover", "Public health"),
              ("Women", "Women's centre in Lincoln; a women-only reporting day", "Probation")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Measures and governance</h1><p>The board meets quarterly and reports '
             'to the Local Criminal Justice Board and the Safer Lincolnshire Partnership.</p><table><tr>'
             '<th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Proven reoffending rate (adults)", "24%", "Down"), ("Released with settled accommodation", "87%", "Up"),
              ("In work six weeks after release", "19%", "Up"), ("Starting treatment within three weeks of release",
                                                                  "38%", "Up"),
              ("Women completing community orders", "71%", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Lincolnshire Reducing Reoffending Board</h2>'
             '<p>c/o Probation Service, Lincoln</p><p>reducingreoffending@lincolnshire.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime in Lincolnshire", "ctx": "Reoffending in Lincolnshire The figures",
               "fr": "The framework we work in The seven", "pri": "Next stop: our priorities The board",
               "del": "Getting there Task group", "gov": "Measures and governance The board"}
    src = work_file("lincolnshire_reoffending.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
