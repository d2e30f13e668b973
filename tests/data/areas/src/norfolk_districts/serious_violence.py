"""Norfolk Serious Violence Duty Strategy 2024-2029: Year 2 refresh 2025-26 (HTML/CSS printed by Chromium; slate
and orange, DejaVu Sans Condensed).

p6 is a status board of the strategy's priorities: each row a priority with a status badge (Continuing / Closed /
New).  The closed priority stays in the board, greyed and marked "CLOSED" with a reason (not struck through); the
new one has an orange "NEW" badge.  Gold = the five current priorities.
"""
from __future__ import annotations

from pathlib import Path

from .kit_html import esc, render

OUT = "strategies/norfolk_serious_violence_duty_strategy_2024-29_year2_refresh.pdf"
TITLE = "Norfolk Serious Violence Duty Strategy 2024\u20132029: Year 2 refresh 2025\u201326"

CSS = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; color: #1E2328; font-size: 9.4pt;
       line-height: 1.45; }
.body { position: absolute; top: 24mm; left: 18mm; right: 18mm; bottom: 20mm; overflow: hidden; }
.hd { position: absolute; top: 0; left: 0; right: 0; height: 15mm; background: #2E3A46; color: #fff;
      font-size: 7.8pt; padding: 5.5mm 18mm 0; }
.hd b { color: #F28C28; }
.ft { position: absolute; bottom: 8mm; left: 18mm; right: 18mm; font-size: 7.5pt; color: #2E3A46;
      display: flex; justify-content: space-between; border-top: 0.4mm solid #F28C28; padding-top: 1.5mm; }
h1 { font-size: 18pt; color: #2E3A46; margin: 0 0 4mm; } h2 { font-size: 11.5pt; color: #C45F00; margin: 4mm 0 2mm; }
.cover { background: #2E3A46; color: #fff; }
.cover .o { position: absolute; left: 18mm; top: 40mm; width: 40mm; height: 3mm; background: #F28C28; }
.cover .t { position: absolute; left: 18mm; right: 30mm; top: 50mm; } .cover h1 { color: #fff; font-size: 28pt;
            line-height: 1.18; } .cover p { color: #F9C38F; font-size: 13pt; }
.cover .yr { position: absolute; right: 18mm; bottom: 30mm; font-size: 70pt; font-weight: bold; color: #3D4B59; }
.board { width: 100%; border-collapse: separate; border-spacing: 0 2.5mm; }
.board td { background: #F1F3F5; padding: 3.5mm 4mm; vertical-align: middle; }
.board td.pr { font-size: 12pt; font-weight: bold; line-height: 1.3; width: 88mm; }
.board td.st { width: 26mm; text-align: center; font-size: 8pt; font-weight: bold; letter-spacing: .06em; }
.board td.why { font-size: 8pt; color: #444; }
.board tr.closed td { background: #E4E4E4; color: #8C8C8C; } .board tr.closed td.pr { font-weight: normal; }
.badge { display: inline-block; padding: 1mm 2.5mm; border-radius: 3mm; }
.cont { background: #2E3A46; color: #fff; } .clos { background: #9A9A9A; color: #fff; }
.newb { background: #F28C28; color: #fff; }
table.t { width: 100%; font-size: 8.3pt; margin: 2mm 0 4mm; } table.t th { background: #2E3A46; color: #fff;
          text-align: left; padding: 1.6mm; } table.t td { border-bottom: 1px solid #DDD; padding: 1.6mm; vertical-align: top; }
.toc td { font-size: 10.5pt; padding: 2.2mm 1mm; border-bottom: 1px dashed #AAA; } .toc td.n { text-align: right; }
.note { font-size: 7.8pt; color: #666; }
.ph { display: flex; gap: 2mm; margin: 2mm 0 4mm; } .ph div { flex: 1; background: #FDF0E3; padding: 2.5mm;
      font-size: 8.3pt; } .ph b { display: block; color: #C45F00; }
"""

BOARD = [("Reducing knife crime and serious violence in public places", "cont", "Continuing",
          "Knife-enabled offences remain above the 2023 baseline."),
         ("Preventing children and young people from being drawn into violence and exploitation", "cont",
          "Continuing", "Most new funding in Year 2 goes to this priority."),
         ("Tackling violence in the night-time economy", "cont", "Continuing", "Focus on Norwich, Great Yarmouth "
                                                                               "and King's Lynn."),
         ("Improving how partners share data on violence", "clos", "Closed",
          "Delivered: the data-sharing agreement is signed and the violence dashboard is live."),
         ("Building a trauma-informed partnership workforce", "cont", "Continuing", "Training continues in Year 2."),
         ("Reducing violence linked to drug markets", "newb", "New", "Added after the refreshed needs assessment.")]


def frame(n: int, inner: str) -> str:
    return (f"<div class='hd'><b>NORFOLK SERIOUS VIOLENCE DUTY</b> \u00b7 Strategy 2024\u20132029 \u00b7 Year 2 "
            f"refresh</div><div class='body'>{inner}</div><div class='ft'><span>Norfolk Serious Violence Duty "
            f"partnership</span><span>Page {n} of 9</span></div>")


def build(root: Path) -> Path:
    out = root / OUT
    pages = [("cover", "<div class='o'></div><div class='t'><h1>Norfolk Serious Violence Duty Strategy 2024\u20132029"
              "</h1><p>Year 2 refresh: 2025\u201326</p><p style='color:#ccc'>Norfolk Serious Violence Duty "
              "partnership</p></div><div class='yr'>Y2</div>")]
    toc = [("Introduction and the Duty", 3), ("The refreshed needs assessment", 4),
           ("National measures and our approach", 5), ("Our priorities in Year 2", 6),
           ("Interventions funded in Year 2", 7), ("Measuring success", 8), ("Governance and contacts", 9)]
    pages.append(frame(2, "<h1>Contents</h1><table class='toc' style='width:100%'>" +
                       "".join(f"<tr><td>{esc(a)}</td><td class='n'>{n}</td></tr>" for a, n in toc) + "</table>"))
    pages.append(frame(3, """<h1>Introduction and the Duty</h1>
<p>The Serious Violence Duty, introduced by the Police, Crime, Sentencing and Courts Act 2022, requires specified
authorities to work together to prevent and reduce serious violence: to agree a local definition, prepare a
strategic needs assessment and publish a strategy, reviewing it every year.</p>
<p>The specified authorities in Norfolk are Norfolk Constabulary, Norfolk County Council, the seven district
councils, Norfolk Fire and Rescue Service, NHS Norfolk and Waveney Integrated Care Board, the Probation Service
and the Norfolk Youth Justice Service. The Police and Crime Commissioner convenes the partnership.</p>
<h2>Our local definition</h2><p>Serious violence in Norfolk means violence resulting in significant physical
injury, including homicide, violence with injury and robbery, with a focus on public places, knife crime and
violence linked to drugs, alcohol and exploitation.</p>
<h2>What this refresh does</h2><p>The strategy runs from 2024 to 2029. This refresh updates the needs assessment
and restates the priorities for Year 2: four continue, one is closed because it has been delivered, and one is
new.</p>"""))
    pages.append(frame(4, """<h1>The refreshed needs assessment</h1><p class='note'>All figures are illustrative
(year to March 2025).</p><table class='t'><tr><th>Indicator</th><th>Norfolk</th><th>Change</th></tr>
<tr><td>Violence with injury</td><td>9,870</td><td>-2%</td></tr><tr><td>Knife-enabled offences</td><td>410</td>
<td>+7%</td></tr><tr><td>Hospital admissions for assault with a sharp object</td><td>64</td><td>+5%</td></tr>
<tr><td>Violence in the night-time economy</td><td>1,320</td><td>-4%</td></tr><tr><td>Violence linked to drug
supply</td><td>290</td><td>+19%</td></tr></table>
<h2>Key findings</h2><ul><li>Knife crime is concentrated in Norwich, Great Yarmouth and King's Lynn.</li>
<li>Victims and offenders under 25 are over-represented, and many are known to children's services.</li>
<li>Violence linked to drug markets, including between rival county lines, has risen.</li>
<li>The new violence dashboard allows partners to see the same data for the first time.</li></ul>"""))
    pages.append(frame(5, """<h1>National measures and our approach</h1>
<h2>Home Office success measures</h2><div class='ph'><div><b>Measure 1</b>Hospital admissions for assault with a
knife or sharp object</div><div><b>Measure 2</b>Knife and sharp object enabled serious violence recorded by the
police</div><div><b>Measure 3</b>Homicides, especially among victims aged under 25</div></div>
<h2>A public health approach</h2><p>We treat violence as preventable: we look at the whole population, use data
and evidence, address the causes as well as the symptoms, and work across organisations.</p>
<ul><li>Primary prevention: stopping violence before it happens.</li><li>Secondary prevention: responding early
when risk is seen.</li><li>Tertiary prevention: reducing harm after violence has happened.</li></ul>
<h2>Principles</h2><p>Child first; trauma-informed; led by evidence; shaped by communities.</p>"""))
    rows = "".join(f"<tr class='{'closed' if c == 'clos' else ''}'><td class='pr'>{esc(t)}</td><td class='st'>"
                   f"<span class='badge {c}'>{s.upper()}</span></td><td class='why'>{esc(w)}</td></tr>"
                   for t, c, s, w in BOARD)
    pages.append(frame(6, "<h1>Our priorities in Year 2</h1><p>The status board shows each priority of the "
                       "strategy and its status for 2025&ndash;26. Closed priorities stay on the board for the "
                       f"record but are no longer worked on.</p><table class='board'>{rows}</table>"))
    pages.append(frame(7, """<h1>Interventions funded in Year 2</h1><table class='t'><tr><th>Intervention</th>
<th>Theme</th><th>Where</th><th>Budget (illustrative)</th></tr>
<tr><td>Hospital-based youth workers in the emergency department</td><td>People</td><td>Norwich, King's Lynn</td>
<td>&pound;120,000</td></tr><tr><td>Mentoring for children at risk of exclusion</td><td>People</td><td>County-wide
</td><td>&pound;95,000</td></tr><tr><td>Knife crime education in schools</td><td>Education</td><td>County-wide</td>
<td>&pound;30,000</td></tr><tr><td>Night-time economy safety marshals</td><td>Place</td><td>Norwich, Great Yarmouth
</td><td>&pound;60,000</td></tr><tr><td>Trauma-informed practice training</td><td>Systems</td><td>County-wide</td>
<td>&pound;25,000</td></tr><tr><td>Joint disruption of drug market violence</td><td>Place</td><td>Hotspots</td>
<td>&pound;70,000</td></tr></table><p>Themes describe the type of intervention; they are not priorities.</p>"""))
    pages.append(frame(8, """<h1>Measuring success</h1><table class='t'><tr><th>Measure</th><th>Source</th>
<th>Ambition by 2029</th></tr><tr><td>Hospital admissions for assault with a sharp object</td><td>NHS</td>
<td>Down 20%</td></tr><tr><td>Knife-enabled offences</td><td>Police</td><td>Down 15%</td></tr>
<tr><td>First-time entrants for violence offences</td><td>Youth Justice Service</td><td>Down</td></tr>
<tr><td>Staff trained in trauma-informed practice</td><td>Partners</td><td>2,000</td></tr></table>
<h2>Links to other plans</h2><p>The strategy supports the Norfolk Police and Crime Plan's priority "Tackling
serious violence and exploitation", the district community safety partnerships' plans and the Norfolk Youth
Justice Plan.</p>"""))
    pages.append(frame(9, """<h1>Governance and contacts</h1><p>The Serious Violence Duty partnership reports to
the Norfolk County Community Safety Partnership, which holds the specified authorities to account for the
strategy. The needs assessment and strategy are reviewed every year.</p>
<h2>Contact</h2><p>Serious Violence Duty lead, Office of the Police and Crime Commissioner for Norfolk,
Wymondham. Email: svd@norfolk-pcc.example.</p><p class='note'>This document is a fictional re-creation prepared as
test data; all statistics are illustrative.</p>"""))
    return render(out, CSS, pages, TITLE, "serious_violence")
