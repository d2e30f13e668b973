"""Bromsgrove Community Safety Plan 2025-26 and ward profile (HTML, Chromium).

House style: ivory pages, Liberation Serif headings, Liberation Sans Narrow data, an orange-red heat ramp.
A ward-by-crime-type heat-map table (p4) and an hour-by-day ASB grid (p5) are distractors whose column
headings name crime types.  The four priorities are stated once, on p6, as large numbered statements each
followed by a grey "Focus wards" line.
"""
from __future__ import annotations

from pathlib import Path

from .htk import esc, heat, render

OUT = "strategies/bromsgrove_community_safety_plan_2025-26.pdf"
RUST, INK, SAND = "#b4441c", "#2a2420", "#faf6ef"

WARDS = ["Alvechurch Village", "Aston Fields", "Avoncroft", "Barnt Green and Hopwood", "Belbroughton and Romsley",
         "Bromsgrove Central", "Catshill North", "Catshill South", "Charford", "Hagley East", "Hagley West",
         "Hill Top", "Lickey Hills", "Lowes Hill", "Marlbrook", "Perryfields", "Rock Hill", "Rubery North",
         "Rubery South", "Sanders Park", "Sidemoor", "Slideslow", "Tardebigge", "Wythall East", "Wythall West"]
TYPES = ["Burglary", "Vehicle crime", "ASB", "Violence", "Criminal damage", "Shop theft", "Fraud reports", "Speeding complaints"]
# rates per 1,000 residents (illustrative), one row per ward
RATES = [
    [3.1, 4.2, 18, 9, 5, 0.4, 3.9, 14], [4.4, 5.9, 24, 12, 7, 2.1, 3.1, 6], [2.8, 3.6, 15, 8, 4, 0.2, 4.4, 9],
    [3.9, 4.8, 9, 5, 3, 0.1, 5.2, 11], [3.3, 4.1, 8, 5, 3, 0.3, 4.8, 17], [5.6, 6.8, 61, 31, 14, 19.5, 3.0, 5],
    [2.9, 3.3, 21, 10, 6, 0.5, 3.6, 8], [3.4, 3.9, 26, 13, 8, 0.9, 3.2, 7], [4.9, 5.1, 39, 22, 12, 3.4, 2.7, 4],
    [4.1, 5.3, 10, 6, 3, 1.1, 5.6, 12], [3.7, 4.6, 9, 5, 3, 0.6, 5.9, 13], [3.0, 3.4, 23, 14, 9, 0.7, 3.3, 6],
    [4.6, 5.8, 12, 6, 4, 0.2, 4.9, 10], [2.6, 3.0, 17, 9, 6, 0.4, 3.5, 7], [3.2, 4.4, 11, 6, 4, 0.3, 4.2, 9],
    [3.5, 4.0, 19, 9, 5, 0.9, 3.0, 6], [3.1, 3.5, 20, 11, 7, 0.8, 3.4, 7], [5.1, 6.2, 34, 16, 10, 2.6, 3.1, 5],
    [4.8, 5.7, 31, 15, 9, 1.9, 3.3, 6], [3.8, 4.1, 44, 20, 13, 1.2, 2.9, 5], [4.0, 4.6, 37, 19, 11, 1.6, 3.0, 5],
    [3.6, 3.8, 29, 14, 8, 2.2, 3.4, 6], [3.0, 4.9, 7, 4, 2, 0.1, 4.6, 19], [4.3, 6.1, 13, 7, 4, 0.6, 4.7, 16],
    [4.0, 5.5, 12, 7, 4, 0.5, 4.5, 15]]

PRIORITIES = [
    ("Reduce burglary and vehicle crime in residential areas", "Bromsgrove Central, Rubery North, Charford, Wythall East"),
    ("Tackle anti-social behaviour, including off-road bikes", "Bromsgrove Central, Sanders Park, Charford, Sidemoor"),
    ("Improve road safety and reduce speeding on rural roads", "Tardebigge, Belbroughton and Romsley, Wythall"),
    ("Protect older residents from fraud and scams", "Hagley, Barnt Green and Hopwood, Lickey Hills"),
]

CSS = f"""
body {{ font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; color: {INK}; font-size: 10pt;
        background: {SAND}; }}
section.page {{ background: {SAND}; }}
h1, h2, h3 {{ font-family: 'Liberation Serif', serif; margin: 0; color: {INK}; }}
h2 {{ font-size: 22pt; font-weight: normal; margin-bottom: 2mm; }}
h2 + .rule {{ width: 24mm; height: 1.4mm; background: {RUST}; margin-bottom: 5mm; }}
h3 {{ font-size: 12.5pt; margin: 5mm 0 2mm; }}
.inner {{ padding: 16mm 16mm 14mm 16mm; }}
p {{ margin: 0 0 2.6mm; line-height: 1.42; }}
.rh {{ position: absolute; top: 7mm; left: 16mm; right: 16mm; font-size: 7.5pt; color: #8a7f74;
       display: flex; justify-content: space-between; letter-spacing: 0.5pt; text-transform: uppercase; }}
.pn {{ position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; color: #8a7f74; }}
table.heat {{ width: 100%; font-size: 7.6pt; }}
table.heat th {{ font-weight: bold; padding: 1mm 0.6mm; vertical-align: bottom; border-bottom: 0.8pt solid {INK}; }}
table.heat td {{ padding: 0.85mm 1mm; text-align: center; border: 0.6pt solid {SAND}; }}
table.heat td.w {{ text-align: left; white-space: nowrap; }}
.ramp {{ display: flex; align-items: center; gap: 1.5mm; font-size: 7.5pt; margin-top: 2.5mm; color: #6b6158; }}
.ramp i {{ display: inline-block; width: 10mm; height: 3mm; }}
table.grid {{ font-size: 7.5pt; }}
table.grid td {{ width: 6.3mm; height: 6mm; border: 0.6pt solid {SAND}; text-align: center; }}
table.grid th {{ font-weight: normal; color: #6b6158; padding: 0 1mm; }}
.prio {{ display: flex; margin: 0 0 7mm; }}
.prio .n {{ font-family: 'Liberation Serif', serif; font-size: 40pt; color: {RUST}; width: 20mm; line-height: 1; }}
.prio .t {{ font-family: 'Liberation Serif', serif; font-size: 17pt; line-height: 1.2; }}
.prio .f {{ font-size: 9pt; color: #7a7068; margin-top: 1.5mm; }}
table.t {{ width: 100%; font-size: 9pt; }}
table.t th {{ text-align: left; border-bottom: 1pt solid {INK}; padding: 1.5mm; }}
table.t td {{ padding: 1.6mm; border-bottom: 0.4pt solid #ddd3c6; vertical-align: top; }}
.cover {{ height: 100%; padding: 40mm 18mm; background: {SAND}; }}
.cover .k {{ color: {RUST}; letter-spacing: 2pt; font-size: 10pt; }}
.cover .t {{ font-family: 'Liberation Serif', serif; font-size: 33pt; line-height: 1.1; margin: 8mm 0; }}
.toc .r {{ display: flex; font-size: 12pt; padding: 3mm 0; border-bottom: 0.6pt dashed #b9ad9f; }}
.toc .r span:first-child {{ flex: 1; }}
"""


def rh(section):
    return f'<div class="rh"><span>Bromsgrove Community Safety Plan 2025–26</span><span>{esc(section)}</span></div>'


def pn(n):
    return f'<div class="pn">— {n} —</div>'


def heat_table() -> str:
    cols = list(zip(*RATES))
    lo_hi = [(min(c), max(c)) for c in cols]
    head = "<tr><th style='text-align:left'>Ward</th>" + "".join(f"<th>{esc(t)}</th>" for t in TYPES) + "</tr>"
    body = []
    for w, row in zip(WARDS, RATES):
        cells = "".join(
            f'<td style="background:{heat(v, *lo_hi[j])};color:{"#fff" if heat(v, *lo_hi[j]) in ("#e6550d", "#a63603") else INK}">'
            f'{v:g}</td>' for j, v in enumerate(row))
        body.append(f'<tr><td class="w">{esc(w)}</td>{cells}</tr>')
    return f'<table class="heat">{head}{"".join(body)}</table>'


def asb_grid() -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    hours = list(range(8, 24, 1))
    out = ["<table class='grid'><tr><th></th>" + "".join(f"<th>{h:02d}</th>" for h in hours) + "</tr>"]
    for di, dname in enumerate(days):
        cells = []
        for h in hours:
            v = (2 + (h >= 15) * 4 + (h >= 19) * 3 + (di >= 4) * 3 - (h >= 23) * 4 + (di * 7 + h) % 3)
            cells.append(f'<td style="background:{heat(v, 2, 14)}"></td>')
        out.append(f"<tr><th>{dname}</th>{''.join(cells)}</tr>")
    out.append("</table>")
    return "".join(out)


def build(root: Path) -> Path:
    out = root / OUT
    pages = []
    pages.append('<div class="cover"><div class="k">BROMSGROVE DISTRICT COMMUNITY SAFETY PARTNERSHIP</div>'
                 '<div class="t">Community Safety Plan 2025–26</div><div style="font-size:14pt;color:#6b6158">'
                 "with the annual ward profile of crime and anti-social behaviour</div>"
                 f'<div style="margin-top:40mm">{heat_table()[:0]}</div>'
                 '<div style="position:absolute;bottom:20mm;font-size:9pt;color:#8a7f74">A partnership of Bromsgrove '
                 "District Council, Worcestershire County Council, West Mercia Police, Hereford and Worcester Fire "
                 "and Rescue Service, the NHS and housing providers · fictional document for testing</div></div>")
    toc = [("Introduction", 3), ("Ward heat map: rates by crime type", 4), ("When anti-social behaviour happens", 5),
           ("Our priorities for 2025–26", 6), ("Looking back: the 2024–25 plan", 7), ("Action plan and contacts", 8)]
    pages.append(rh("Contents") + '<div class="inner"><h2>Contents</h2><div class="rule"></div><div class="toc">'
                 + "".join(f'<div class="r"><span>{esc(t)}</span><span>{p}</span></div>' for t, p in toc)
                 + "</div></div>" + pn(2))
    pages.append(rh("Introduction") + '<div class="inner"><h2>Introduction</h2><div class="rule"></div>'
                 "<p>Bromsgrove is one of the safest districts in West Mercia. Its villages, green belt and "
                 "commuter estates sit between the M5 and M42 and the edge of Birmingham, and crime here often "
                 "crosses the district boundary. The partnership's annual ward profile, on the next two pages, "
                 "shows where and when harm concentrates.</p>"
                 "<p>Each year the partnership refreshes its plan from the ward profile, the North Worcestershire "
                 "strategic assessment and what residents tell councillors, parish councils and neighbourhood "
                 "officers. This plan covers April 2025 to March 2026.</p>"
                 "<h3>How the ward profile is built</h3><p>Rates are per 1,000 residents, for the twelve months to "
                 "December 2024. Speeding complaints are those made to the police, the council and parish "
                 "councils. Fraud reports include reports to Action Fraud with a Bromsgrove address. Darker cells "
                 "show higher rates within each column; colours cannot be compared across columns.</p>"
                 "<h3>Headlines</h3><p>Bromsgrove Central has the highest rates of ASB, violence and shop theft. "
                 "Burglary and vehicle crime are highest in the northern wards near the conurbation. Speeding "
                 "complaints are highest in the rural south and east. Fraud reports are highest in the wards with "
                 "the oldest populations.</p><p style='font-size:8.5pt;color:#8a7f74'>All figures in this "
                 "document are illustrative.</p></div>" + pn(3))
    pages.append(rh("Ward profile") + '<div class="inner" style="padding-top:14mm"><h2 style="font-size:17pt">Ward '
                 'heat map: rates by crime type</h2><div class="rule"></div>' + heat_table()
                 + '<div class="ramp">Lower<i style="background:#fff5eb"></i><i style="background:#fdae6b"></i>'
                 '<i style="background:#e6550d"></i><i style="background:#a63603"></i>Higher (within column) · '
                 "rates per 1,000 residents · illustrative</div></div>" + pn(4))
    pages.append(rh("Ward profile") + '<div class="inner"><h2>When anti-social behaviour happens</h2>'
                 '<div class="rule"></div><p>Reported ASB incidents by day and hour, all wards, 2024.</p>'
                 + asb_grid()
                 + "<h3>Top five wards for anti-social behaviour</h3><table class='t'><tr><th>Ward</th>"
                 "<th>Incidents</th><th>Main types reported</th></tr>"
                 "<tr><td>Bromsgrove Central</td><td>412</td><td>Youth nuisance, street drinking, off-road bikes</td></tr>"
                 "<tr><td>Sanders Park</td><td>266</td><td>Off-road bikes, nuisance</td></tr>"
                 "<tr><td>Charford</td><td>231</td><td>Neighbour disputes, nuisance</td></tr>"
                 "<tr><td>Sidemoor</td><td>204</td><td>Youth nuisance</td></tr>"
                 "<tr><td>Rubery North</td><td>190</td><td>Off-road bikes, fly-tipping</td></tr></table>"
                 "<p style='margin-top:3mm'>Off-road bikes were named in 31% of ASB reports in the summer months, "
                 "mostly on the Lickey Hills and the Sanders Park and Charford open spaces.</p></div>" + pn(5))
    pr = "".join(f'<div class="prio"><div class="n">{i}</div><div><div class="t">{esc(t)}</div>'
                 f'<div class="f">Focus wards: {esc(f)}</div></div></div>' for i, (t, f) in enumerate(PRIORITIES, 1))
    pages.append(rh("Priorities") + '<div class="inner"><h2>Our priorities for 2025–26</h2><div class="rule"></div>'
                 "<p>The partnership agreed four priorities for the year. Each draws on the ward profile, which "
                 "also gives the wards where the partnership will focus.</p>" + pr
                 + "<p>Domestic abuse, exploitation and serious violence are led county-wide; the partnership "
                 "supports that work through its tasking group rather than as local priorities.</p></div>" + pn(6))
    pages.append(rh("Looking back") + '<div class="inner"><h2>Looking back: the 2024–25 plan</h2><div class="rule"></div>'
                 "<table class='t'><tr><th>2024–25 priority</th><th>Outcome</th><th>Status</th></tr>"
                 "<tr><td>Anti-social behaviour in the town centre</td><td>Incidents down 9%</td><td>Continued</td></tr>"
                 "<tr><td>Burglary</td><td>Down 4%; vehicle crime up 7%</td><td>Widened</td></tr>"
                 "<tr><td>Business crime</td><td>Shop theft up 14%</td><td>Moved to North Worcestershire retail group</td></tr>"
                 "<tr><td>Road safety</td><td>KSI casualties unchanged</td><td>Continued</td></tr></table>"
                 "<h3>The Police and Crime Commissioner's plan</h3><p>The Safer West Mercia Plan 2025–2029 has four "
                 "priorities: cutting crime; policing with the community; supporting victims and witnesses; and "
                 "maximising resources and value for money. This plan supports the first three.</p>"
                 "<h3>County-wide strategies we support</h3><p>Worcestershire Domestic Abuse Strategy; "
                 "Worcestershire Combating Drugs Partnership plan; West Mercia Serious Violence Duty response "
                 "strategy; Worcestershire youth justice plan.</p></div>" + pn(7))
    pages.append(rh("Action plan") + '<div class="inner"><h2>Action plan and contacts</h2><div class="rule"></div>'
                 "<table class='t'><tr><th>Theme</th><th>Action</th><th>Lead</th><th>By</th></tr>"
                 "<tr><td>Burglary</td><td>Target-hardening visits to repeat and near-repeat addresses</td><td>Police</td><td>Ongoing</td></tr>"
                 "<tr><td>Vehicle crime</td><td>Catalytic converter and keyless-theft marking events</td><td>Police</td><td>Sep 2025</td></tr>"
                 "<tr><td>ASB</td><td>Off-road bike dispersal and seizure operation; youth outreach</td><td>Council</td><td>Summer 2025</td></tr>"
                 "<tr><td>Roads</td><td>Community Speedwatch in six parishes; speed indicator devices</td><td>Parishes</td><td>Mar 2026</td></tr>"
                 "<tr><td>Scams</td><td>Scams awareness with banks and Trading Standards; call blockers</td><td>Trading Standards</td><td>Mar 2026</td></tr>"
                 "</table><h3>Governance</h3><p>The Bromsgrove tasking group meets monthly and reports to the North "
                 "Worcestershire Community Safety Partnership board.</p><h3>Contact</h3><p>Community Safety Team, "
                 "Bromsgrove District Council · communitysafety@bromsgrove.example · 01000 000 540 (illustrative)</p>"
                 "</div>" + pn(8))
    return render(out, "Bromsgrove Community Safety Plan 2025–26", CSS, pages)
