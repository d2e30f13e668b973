"""Hampshire and Isle of Wight Reducing Reoffending Strategy 2024-2027: HTML printed by Chromium, **A4
landscape** (DejaVu Sans).

Four priorities, stated once, on p6 as the **swimlanes of a roadmap** ("Our roadmap to 2027"): a header row
of three financial years, then one lane per priority.  Each lane's label, in a shaded cell on the left, is
the priority in bold (wrapping over two or three lines); to its right, coloured milestone bars sit in the year
columns ("Pilot in Portsmouth", "County-wide" ...).  No numbers.  The seven resettlement pathways (p4), the
previous strategy's themes and the lessons learned (p5), the short lane names that head the explanations
(p7: "IOM", "Homes", "Treatment", "Women"), the delivery groups and the measures (p8) are distractors.
"""
from common import chromium_to_pdf, two_pass
from hampshire.work import e, work_file

FILE = "strategies/hampshire_and_isle_of_wight_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Hampshire and Isle of Wight Reducing Reoffending Strategy 2024–2027"

PRIORITIES = [
    ("Managing prolific offenders through Integrated Offender Management", "IOM",
     [(0, 1, "Refresh the IOM cohort and its scoring"), (1, 2, "IOM in every district, one model"),
      (2, 3, "Evaluate and publish results")],
     "Probation, police and councils jointly manage the people who commit the most neighbourhood crime, with "
     "fast access to housing, treatment and work, and swift enforcement if they do not engage."),
    ("Finding settled homes for people leaving prison", "Homes",
     [(0, 1, "Pilot in Portsmouth and Southampton"), (1, 3, "County-wide housing pathway from HMP Winchester")],
     "Nobody should leave prison with nowhere to go. Councils, probation and prisons will plan housing from the "
     "start of a sentence and fund move-on accommodation."),
    ("Getting people on probation into drug and alcohol treatment", "Treatment",
     [(0, 1, "Treatment requirements audit"), (1, 2, "Custody and prison-gate in-reach"),
      (2, 3, "Continuity of care above 60%")],
     "With the combating drugs partnerships, we will make community sentence treatment requirements work and make "
     "sure people released from prison start treatment within three weeks."),
    ("Supporting women in the justice system", "Women",
     [(0, 2, "Women's centres in Southampton, Portsmouth and Basingstoke"), (2, 3, "Whole-system approach")],
     "Women in the justice system are often victims too. We will divert women from short custodial sentences to "
     "women's centres, with support for trauma, children and housing."),
]

YEARS = ["2024/25", "2025/26", "2026/27"]
FILLS = ["#3C6E71", "#D9A441", "#B5523B", "#5C4D7D"]

CSS = """
@page { size: A4 landscape; margin: 14mm 16mm 16mm 16mm;
  @bottom-right { content: counter(page); font: bold 9pt 'DejaVu Sans'; color: #284B63; }
  @bottom-left { content: "Reducing Reoffending Strategy 2024–2027"; font: 7.5pt 'DejaVu Sans'; color: #777; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.45; color: #1f2a30; margin: 0; }
.cover { page: bare; width: 297mm; height: 210mm; position: relative; background: #284B63; color: #fff;
  break-after: page; overflow: hidden; }
.cover .road { position: absolute; left: 0; top: 150mm; width: 297mm; height: 14mm; background: #D9D9D9; }
.cover .dash { position: absolute; left: 0; top: 156.5mm; width: 297mm; border-top: 1mm dashed #284B63; }
.cover .org { position: absolute; left: 20mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 60mm; font-size: 32pt; line-height: 1.12; margin: 0; width: 230mm; }
.cover .yr { position: absolute; left: 20mm; top: 118mm; font-size: 17pt; color: #D9A441; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #284B63; margin: 0 0 4mm 0; }
h2 { font-size: 11pt; color: #3C6E71; margin: 4mm 0 2mm 0; }
.cols { display: flex; gap: 10mm; } .cols > div { flex: 1; }
.toc { width: 150mm; } .toc p { display: flex; margin: 0; padding: 2mm 0; font-size: 11pt; border-bottom: 1px solid #dde5ea; }
.toc p span.l { flex: 1; }
.road-map { display: grid; grid-template-columns: 78mm 1fr 1fr 1fr; column-gap: 0; row-gap: 3mm; margin-top: 4mm; }
.yh { background: #284B63; color: #fff; font-weight: 700; text-align: center; padding: 1.6mm 0; }
.yh.blank { background: transparent; }
.lane { background: #EEF3F5; border-left: 2.5mm solid; padding: 3.2mm 4mm; font-weight: 700; font-size: 10.4pt;
  line-height: 1.3; color: #1f2a30; min-height: 22mm; }
.track { grid-column: 2 / span 3; position: relative; background: repeating-linear-gradient(90deg, #F7F9FA 0,
  #F7F9FA calc(33.333% - 1px), #D5DEE3 calc(33.333% - 1px), #D5DEE3 33.333%); }
.bar { position: absolute; top: 6mm; height: 10mm; border-radius: 5mm; color: #fff; font-size: 7.6pt;
  padding: 2.6mm 4mm 0 4mm; white-space: nowrap; overflow: hidden; }
.key { font-size: 7.8pt; color: #555; margin-top: 4mm; }
.stat { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4mm; margin: 3mm 0; }
.stat div { border-top: 3px solid #D9A441; padding-top: 2mm; } .stat b { font-size: 16pt; color: #284B63; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
th { background: #3C6E71; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #dde5ea; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #666; }
.back { page: bare; break-before: page; width: 297mm; height: 210mm; background: #284B63; color: #fff; padding: 120mm 20mm 0 20mm; }
"""


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="road"></div><div class="dash"></div><div class="org">HAMPSHIRE AND ISLE '
             'OF WIGHT REDUCING REOFFENDING BOARD</div><h1>Reducing Reoffending Strategy</h1>'
             '<div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Reoffending in Hampshire and the Isle of Wight", "ctx"),
                 ("Where we start from", "prev"), ("Our roadmap to 2027", "pri"), ("What each lane involves", "lanes"),
                 ("Governance and measures", "gov")]:
        P.append(f'<p><span class="l">{e(t)}</span><span>{pages.get(k, 0)}</span></p>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1><div class="cols"><div>')
    for t in [
        "Most crime is committed by people who have offended before. Every person who stops offending means fewer "
        "victims, fewer court hearings and fewer prison places, and a better life for them and their family.",
        "The Hampshire and Isle of Wight Reducing Reoffending Board brings together the Probation Service, the "
        "prisons in our area, the police, the four upper-tier councils and the districts, the NHS, the Department "
        "for Work and Pensions, the Office of the Police and Crime Commissioner and the voluntary sector."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('</div><div>')
    for t in [
        "This strategy is deliberately short. It sets out four priorities as lanes on a three-year roadmap, so that "
        "partners can see what happens when, and who is doing it.",
        "People with lived experience of the justice system helped us to choose the priorities and will help us to "
        "review them."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Hampshire and Isle of Wight Reducing Reoffending Board</b></p></div></div></div>')
    P.append('<div class="pg"><h1 class="t">Reoffending in Hampshire and the Isle of Wight</h1><p>The figures below '
             'are illustrative and are not official statistics.</p><div class="stat">')
    for n, c in [("24.6%", "proven reoffending rate, adults"), ("1,900", "people released from prison each year"),
                 ("14%", "released with no settled accommodation"), ("31%", "starting treatment within three weeks of release")]:
        P.append(f'<div><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>The seven resettlement pathways</h2><p>National work on reducing reoffending has long been '
             'organised around seven pathways: Accommodation; Education, training and employment; Health; Drugs '
             'and alcohol; Finance, benefit and debt; Children and families; and Attitudes, thinking and behaviour. '
             'We use them to describe need; they are not our priorities.</p></div>')
    P.append('<div class="pg"><h1 class="t">Where we start from</h1><div class="cols"><div><h2>Our last strategy</h2>'
             '<p>The 2021–2024 strategy had five themes: Accommodation; Employment; Health and substance misuse; '
             'Families; and Finance. It produced good partnership working but few shared measures.</p></div><div>'
             '<h2>What we learned</h2><ul><li>Five themes were too many for the board to oversee.</li><li>The '
             'biggest gains came where one partner led and others committed resources.</li><li>Women\'s needs were '
             'not visible in a strategy written for everyone.</li></ul></div></div><h2>Our principles</h2>'
             '<p><b>Lived experience</b>, <b>trauma-informed practice</b> and <b>one plan per person</b> run through '
             'everything we do.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our roadmap to 2027</h1><p>The board has four priorities. Each is a lane '
             'of the roadmap; the bars show the main milestones in each year.</p><div class="road-map">'
             '<div class="yh blank"></div>')
    for y in YEARS:
        P.append(f'<div class="yh">{e(y)}</div>')
    for k, (name, _, bars, _) in enumerate(PRIORITIES):
        P.append(f'<div class="lane" style="border-left-color:{FILLS[k]}">{e(name)}</div><div class="track">')
        for a, b, label in bars:
            left, width = a * 33.333 + 1, (b - a) * 33.333 - 2
            P.append(f'<div class="bar" style="left:{left:.3f}%;width:{width:.3f}%;background:{FILLS[k]}">'
                     f'{e(label)}</div>')
        P.append('</div>')
    P.append('</div><p class="key">Bars show when each milestone is delivered. Lanes are in no order of '
             'importance.</p></div>')
    P.append('<div class="pg"><h1 class="t">What each lane involves</h1><div class="cols">')
    for _, short, _, txt in PRIORITIES:
        P.append(f'<div><h2>{e(short)}</h2><p>{e(txt)}</p></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The board meets quarterly and reports to '
             'the Local Criminal Justice Board. Four delivery groups lead the lanes.</p><table><tr><th>Delivery group'
             '</th><th>Chair</th><th>Measure</th><th>Baseline (illustrative)</th></tr>')
    for r in [("IOM", "Probation", "Proven reoffending, IOM cohort", "44%"),
              ("Homes", "Council housing lead", "Settled accommodation on release", "86%"),
              ("Treatment", "Public health", "Continuity of care after prison", "31%"),
              ("Women", "OPCC", "Women diverted to women's centres", "120")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">All baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Hampshire and Isle of Wight Reducing Reoffending Board</h2>'
             '<p>rrb@hampshire-iow.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime", "ctx": "Reoffending in Hampshire and the Isle of Wight The figures",
               "prev": "Where we start from Our last", "pri": "Our roadmap to 2027 The board",
               "lanes": "What each lane involves", "gov": "Governance and measures The board"}
    src = work_file("hampshire_reoffending.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
