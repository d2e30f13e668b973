"""Broadland Community Safety Partnership: Annual Delivery Plan 2025-26 (HTML/CSS printed by Chromium).

Priorities (pp6-7): each priority is the heading of a RAG-rated action table (a purple caption row with a small
"Priority n" tab, then Action / Theme / Lead / Due / Status rows with Red, Amber and Green status cells).
"""
from __future__ import annotations

from pathlib import Path

from .kit_html import esc, render

OUT = "strategies/broadland_community_safety_annual_delivery_plan_2025-26.pdf"
TITLE = "Broadland Community Safety Partnership: Annual Delivery Plan 2025\u201326"

CSS = """
body { font-family: 'Liberation Sans', sans-serif; color: #222; font-size: 9.6pt; line-height: 1.42; }
.top { height: 14mm; background: #5B2C6F; color: #fff; padding: 4.5mm 16mm 0; font-size: 8pt; letter-spacing: .04em; }
.body { position: absolute; top: 22mm; left: 16mm; right: 16mm; bottom: 18mm; overflow: hidden; }
.foot { position: absolute; bottom: 7mm; left: 16mm; right: 16mm; font-size: 7.5pt; color: #5B2C6F;
        border-top: 1px solid #C9B6D3; padding-top: 1.5mm; display: flex; justify-content: space-between; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 19pt; color: #5B2C6F; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; color: #0F7C7A; margin: 4mm 0 2mm; }
h3 { font-size: 10pt; margin: 3mm 0 1.5mm; }
table.t { width: 100%; font-size: 8.2pt; margin-bottom: 5mm; }
table.t th { background: #EEE6F2; text-align: left; padding: 1.6mm 2mm; color: #3D1C4B; }
table.t td { border-bottom: 1px solid #DDD; padding: 1.6mm 2mm; vertical-align: top; }
table.t caption { caption-side: top; text-align: left; background: #5B2C6F; color: #fff; padding: 2.5mm 3mm;
                  font-weight: bold; font-size: 11.5pt; line-height: 1.3; }
caption .tab { display: block; font-size: 7.5pt; font-weight: normal; color: #E4D3EC; letter-spacing: .08em;
               text-transform: uppercase; margin-bottom: 1mm; }
td.R, td.A, td.G, td.C { font-weight: bold; text-align: center; width: 15mm; color: #fff; }
td.R { background: #C0392B; } td.A { background: #E59E1B; } td.G { background: #2E8B4E; } td.C { background: #555; }
.cover { background: #5B2C6F; color: #fff; }
.cover .inner { position: absolute; top: 70mm; left: 18mm; right: 18mm; }
.cover h1 { color: #fff; font-size: 30pt; line-height: 1.15; }
.cover .sub { font-size: 14pt; color: #E4D3EC; }
.cover .stripe { position: absolute; left: 0; right: 0; bottom: 60mm; height: 26mm; background: #0F7C7A; }
.toc td { padding: 2mm 0; border-bottom: 1px dotted #999; font-size: 10.5pt; }
.toc td.n { text-align: right; width: 14mm; }
.tiles { display: flex; gap: 3mm; margin: 3mm 0 5mm; }
.tile { flex: 1; background: #EEE6F2; padding: 3mm; } .tile b { display: block; font-size: 17pt; color: #5B2C6F; }
.key td { padding: 1.5mm 2mm; border-bottom: 1px solid #ddd; font-size: 8.8pt; }
.note { font-size: 8pt; color: #555; }
"""

PRIORITIES = [
    ("Reducing anti-social behaviour and neighbourhood nuisance", [
        ("Problem-solving plans for the three repeat ASB locations in Sprowston, Hellesdon and Aylsham", "Places",
         "Police / council", "Jun 2025", "G"),
        ("Early help visits to families named in ASB warnings", "Early help", "Council", "Ongoing", "A"),
        ("Publicise the ASB case review and report its use quarterly", "Victims", "Council", "Sep 2025", "G"),
        ("Joint patrols of parks in the summer holidays", "Places", "Police / parks", "Aug 2025", "C")]),
    ("Keeping older and vulnerable residents safe from fraud and scams", [
        ("Scams awareness sessions in every library and sheltered housing scheme", "Awareness",
         "Trading Standards", "Mar 2026", "G"),
        ("Call-blocker units for residents repeatedly targeted", "Protection", "Trading Standards", "Dec 2025", "A"),
        ("'No cold calling' zones in two villages", "Places", "Parish councils", "Mar 2026", "R")]),
    ("Tackling speeding and anti-social driving in our villages", [
        ("Recruit and equip four new Community Speedwatch groups", "Roads", "Police / parishes", "Sep 2025", "G"),
        ("Speed indicator devices rotated between twelve parishes", "Roads", "County highways", "Ongoing", "G"),
        ("Target vehicle-related ASB in retail park car parks", "Places", "Police", "Nov 2025", "A"),
        ("Average speed camera business case for the B1149", "Roads", "Road Safety Partnership", "Mar 2026",
         "R")]),
    ("Preventing domestic abuse and supporting those affected", [
        ("Domestic abuse awareness training for all council front-line staff", "Workforce", "Council",
         "Dec 2025", "A"),
        ("Promote the Norfolk domestic abuse helpline in GP surgeries and pharmacies", "Awareness", "ICB / council",
         "Jun 2025", "G"),
        ("Sanctuary scheme security for survivors staying in their own homes", "Safe homes", "Council",
         "Ongoing", "G"),
        ("Healthy relationships sessions in Broadland high schools", "Early help", "Schools", "Jul 2026", "A")]),
]
STATUS = {"R": "Red", "A": "Amber", "G": "Green", "C": "Complete"}


def frame(n: int, inner: str) -> str:
    return (f'<div class="top">BROADLAND COMMUNITY SAFETY PARTNERSHIP \u00b7 ANNUAL DELIVERY PLAN 2025\u201326</div>'
            f'<div class="body">{inner}</div>'
            f'<div class="foot"><span>Broadland Community Safety Partnership</span><span>Page {n}</span></div>')


def table(i: int, head: str, rows) -> str:
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(t)}</td><td>{esc(l)}</td><td>{esc(d)}</td>"
                  f"<td class='{s}'>{STATUS[s]}</td></tr>" for a, t, l, d, s in rows)
    return (f"<table class='t'><caption><span class='tab'>Priority {i}</span>{esc(head)}</caption>"
            f"<tr><th>Action</th><th>Theme</th><th>Lead</th><th>Due</th><th>Status</th></tr>{trs}</table>")


def build(root: Path) -> Path:
    out = root / OUT
    pages = []
    pages.append(("cover", "<div class='inner'><h1>Community Safety<br>Annual Delivery Plan<br>2025\u201326</h1>"
                  "<p class='sub'>Broadland Community Safety Partnership</p>"
                  "<p class='sub'>Year two of the Broadland Community Safety Strategy 2024\u20132027</p></div>"
                  "<div class='stripe'></div>"))
    toc = [("Introduction", 3), ("Broadland in numbers", 4), ("How to read this plan", 5),
           ("Delivery tables", 6), ("Cross-cutting actions", 8), ("Measures, governance and contacts", 9)]
    pages.append(frame(2, "<h1>Contents</h1><table class='toc' style='width:100%'>" +
                       "".join(f"<tr><td>{esc(a)}</td><td class='n'>{n}</td></tr>" for a, n in toc) + "</table>"))
    pages.append(frame(3, """<h1>Introduction</h1>
<p>This is the partnership's delivery plan for 2025&ndash;26, the second year of our three-year strategy. The
strategy sets the direction; this plan lists what partners will actually do this year, who leads each action and
how far it has got.</p>
<p>Each action carries a Red, Amber or Green status, updated at every partnership meeting. The statuses shown here
are those reported to the partnership in its first-quarter review (July 2025).</p>
<h2>What has changed since last year</h2>
<p>Last year's plan included an action on off-road motorbikes in Thorpe St Andrew, which has been completed, and a
review of CCTV in Aylsham, which is now part of the council's capital programme. Both are removed from this
plan.</p>
<h2>Who is in the partnership</h2>
<p>Broadland District Council, Norfolk Constabulary, Norfolk County Council (including Trading Standards and
Children's Services), Norfolk Fire and Rescue Service, the Probation Service, NHS Norfolk and Waveney, housing
associations, parish and town councils and the voluntary sector.</p>
<p>The partnership works closely with South Norfolk, with which the council shares a management team, and with the
Norfolk County Community Safety Partnership.</p>"""))
    pages.append(frame(4, """<h1>Broadland in numbers</h1>
<p class='note'>All figures are <b>illustrative</b>, for the year to March 2025.</p>
<div class='tiles'><div class='tile'><b>132,000</b>residents</div><div class='tile'><b>1,850</b>ASB incidents
(down 4%)</div><div class='tile'><b>290</b>scam referrals to Trading Standards</div><div class='tile'><b>61%</b>of
residents worried about speeding</div></div>
<h2>Key findings from the strategic assessment</h2>
<ul><li>Anti-social behaviour is concentrated in a small number of estates on the edge of Norwich and in Aylsham
town centre.</li><li>Residents aged over 75 account for most losses reported to Trading Standards.</li>
<li>Speeding is the most common concern raised at parish council meetings.</li>
<li>Domestic abuse incidents are stable, but repeat victimisation is above the county average.</li>
<li>Burglary remains low, and is not a priority for this plan.</li></ul>
<h2>What residents said</h2>
<p>In the 2025 residents' survey (illustrative figures), 84% said they felt safe in their area during the day and
58% after dark. The issues they most wanted the partnership to tackle were speeding (61%), anti-social behaviour
(42%) and scams (27%).</p>"""))
    pages.append(frame(5, """<h1>How to read this plan</h1>
<table class='key' style='width:100%'><tr><td class='G' style='color:#fff;background:#2E8B4E;width:22mm'>Green</td>
<td>On track to be delivered by the due date</td></tr><tr><td style='color:#fff;background:#E59E1B'>Amber</td>
<td>Some slippage; the lead partner has a recovery plan</td></tr><tr><td style='color:#fff;background:#C0392B'>Red</td>
<td>Off track or not started; escalated to the partnership</td></tr><tr><td style='color:#fff;background:#555'>
Complete</td><td>Delivered</td></tr></table>
<p>The <b>Theme</b> column shows which of the partnership's working themes an action belongs to (Places, Early
help, Victims, Awareness, Protection, Roads, Workforce, Safe homes). Themes help task groups share work; they are
not priorities.</p>
<h2>Links to county plans</h2>
<p>The actions also contribute to the county's plans. The Norfolk Police and Crime Plan 2025&ndash;2029 sets six
priorities: Preventing crime and harm; Safer neighbourhoods, towns and villages; Tackling serious violence and
exploitation; Making Norfolk safe for women and girls; Putting victims first and building trust; and A
Constabulary fit for the future.</p>
<p>The Tackling Domestic Abuse Plan's four pillars (prioritising prevention, supporting victims, pursuing
perpetrators and a stronger system) shape our domestic abuse actions.</p>"""))
    pages.append(frame(6, "<h1>Delivery tables</h1>" + table(1, *PRIORITIES[0]) + table(2, *PRIORITIES[1])))
    pages.append(frame(7, table(3, *PRIORITIES[2]) + table(4, *PRIORITIES[3])))
    cross = [("Shared case management system for ASB and community safety cases", "Systems", "Council", "Mar 2026",
              "A"), ("Joint communications calendar with the police", "Communications", "Council", "Ongoing", "G"),
             ("Refresh the information-sharing agreement", "Systems", "All partners", "Sep 2025", "R")]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(t)}</td><td>{esc(l)}</td><td>{esc(d)}</td>"
                  f"<td class='{s}'>{STATUS[s]}</td></tr>" for a, t, l, d, s in cross)
    pages.append(frame(8, "<h1>Cross-cutting actions</h1><p>These actions support every priority.</p>"
                       "<table class='t'><tr><th>Action</th><th>Theme</th><th>Lead</th><th>Due</th><th>Status</th>"
                       f"</tr>{trs}</table>"
                       "<h2>Summary of status at quarter one</h2><table class='t'><tr><th>Status</th><th>Actions"
                       "</th></tr><tr><td>Green</td><td>8</td></tr><tr><td>Amber</td><td>6</td></tr><tr><td>Red"
                       "</td><td>3</td></tr><tr><td>Complete</td><td>1</td></tr></table>"))
    pages.append(frame(9, """<h1>Measures, governance and contacts</h1>
<table class='t'><tr><th>Measure</th><th>Baseline (illustrative)</th><th>Aim</th></tr>
<tr><td>ASB incidents at the three repeat locations</td><td>410</td><td>Down 15%</td></tr>
<tr><td>Residents protected by call blockers</td><td>35</td><td>100</td></tr>
<tr><td>Active Community Speedwatch groups</td><td>9</td><td>13</td></tr>
<tr><td>Repeat domestic abuse victimisation</td><td>29%</td><td>Below county average</td></tr></table>
<h2>Governance</h2><p>The partnership meets quarterly and reviews this plan at every meeting. Red actions are
escalated to the council's Overview and Scrutiny Committee.</p>
<h2>Contact</h2><p>Community Safety Team, Broadland District Council, Thorpe Lodge, Thorpe St Andrew. Email:
communitysafety@broadland.example. Telephone 01603 000 000 (illustrative).</p>
<p class='note'>This document is a fictional re-creation prepared as test data; all statistics are
illustrative.</p>"""))
    return render(out, CSS, pages, TITLE, "broadland")
