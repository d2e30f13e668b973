"""Wyre Forest Community Safety Partnership Plan 2025-2028 with performance data (HTML, Chromium).

House style: navy and orange, DejaVu Sans with DejaVu Serif numerals.  The priorities are stated once, on p5,
as five data cards: each card opens with a large statistic and its caption (distractor), then the priority in
bold under an orange rule.
"""
from __future__ import annotations

from pathlib import Path

from .htk import columns_svg, esc, line_svg, render, spark

OUT = "strategies/wyre_forest_community_safety_partnership_plan_2025-28.pdf"
NAVY, ORANGE, INK = "#1b2a4a", "#f28c28", "#23262d"

CARDS = [
    ("1,642", "anti-social behaviour incidents in Kidderminster town centre in 2024, 31% of the district total",
     "Reduce anti-social behaviour in Kidderminster town centre", [1500, 1580, 1720, 1690, 1642]),
    ("11", "county lines identified supplying Kidderminster and Stourport-on-Severn in the last two years",
     "Tackle drug dealing and county lines across the district", [3, 4, 6, 5, 6]),
    ("28%", "of domestic abuse victims were repeat victims within twelve months",
     "Reduce domestic abuse and repeat victimisation", [31, 30, 29, 29, 28]),
    ("2,310", "fly-tipping incidents cleared by the council, the highest rate in Worcestershire",
     "Tackle fly-tipping and environmental crime", [1800, 1950, 2100, 2260, 2310]),
    ("+22%", "rise in shop theft in Kidderminster, Stourport-on-Severn and Bewdley town centres",
     "Reduce retail crime in our town centres", [410, 430, 470, 520, 634]),
]

CSS = f"""
body {{ font-family: 'DejaVu Sans', sans-serif; color: {INK}; font-size: 8.8pt; }}
h2 {{ font-size: 17pt; color: {NAVY}; margin: 0 0 4mm; }}
h3 {{ font-size: 10.5pt; color: {NAVY}; margin: 4mm 0 1.5mm; }}
p {{ margin: 0 0 2.4mm; line-height: 1.45; }}
.inner {{ padding: 16mm 16mm 16mm 16mm; }}
.side {{ position: absolute; top: 0; bottom: 0; left: 0; width: 5mm; background: {NAVY}; }}
.side i {{ position: absolute; left: 0; width: 5mm; height: 22mm; top: 16mm; background: {ORANGE}; }}
.ft {{ position: absolute; bottom: 7mm; left: 16mm; right: 16mm; font-size: 7.3pt; color: #7b8190;
       display: flex; justify-content: space-between; }}
.cards {{ display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }}
.card {{ background: #f4f6fa; padding: 4mm 4.5mm; border-radius: 2mm; }}
.card.wide {{ grid-column: span 2; }}
.card .n {{ font-family: 'DejaVu Serif', serif; font-size: 24pt; font-weight: bold; color: {NAVY}; }}
.card .c {{ font-size: 7.8pt; color: #5c6474; margin: 1mm 0 3mm; min-height: 9mm; }}
.card .r {{ height: 0.9mm; width: 14mm; background: {ORANGE}; margin-bottom: 2mm; }}
.card .p {{ font-size: 12pt; font-weight: bold; color: {INK}; line-height: 1.25; }}
.card .s {{ margin-top: 2.5mm; }}
table.t {{ width: 100%; font-size: 8.2pt; }}
table.t th {{ background: {NAVY}; color: #fff; text-align: left; padding: 1.6mm; }}
table.t td {{ padding: 1.6mm; border-bottom: 0.4pt solid #dde1e8; vertical-align: top; }}
.cover {{ height: 100%; background: {NAVY}; color: #fff; padding: 36mm 18mm; }}
.toc .r {{ display: flex; font-size: 11pt; margin-bottom: 3.6mm; }}
.toc .r .d {{ flex: 1; border-bottom: 1pt solid #d0d5de; margin: 0 2mm 1.3mm; }}
.toc .r .n {{ color: {ORANGE}; font-weight: bold; }}
.bars .r {{ display: flex; align-items: center; font-size: 8.2pt; margin: 1.3mm 0; }}
.bars .r .l {{ width: 60mm; }} .bars .r .b {{ height: 3.6mm; background: {ORANGE}; }}
.bars .r .v {{ margin-left: 2mm; color: #5c6474; }}
"""


def pg(n, inner):
    return (f'<div class="side"><i></i></div><div class="inner">{inner}</div><div class="ft"><span>Wyre Forest '
            f'Community Safety Partnership Plan 2025–2028</span><span>{n}</span></div>')


def build(root: Path) -> Path:
    out = root / OUT
    pages = []
    pages.append('<div class="cover"><div style="color:' + ORANGE + ';font-size:10pt;letter-spacing:2pt">WYRE FOREST '
                 'COMMUNITY SAFETY PARTNERSHIP</div><div style="font-size:32pt;font-weight:bold;line-height:1.15;'
                 'margin:9mm 0 6mm">Community Safety<br>Partnership Plan<br>2025–2028</div><div style="font-size:12pt;'
                 'color:#c9d3e6">Kidderminster · Stourport-on-Severn · Bewdley · our rural parishes</div>'
                 '<div style="position:absolute;bottom:18mm;font-size:8pt;color:#9fb0cf">Fictional document for '
                 "testing · figures are illustrative</div></div>")
    toc = [("Introduction", 3), ("Crime and disorder: the data", 4), ("Our priorities", 5), ("What residents said", 6),
           ("Delivering the plan", 7), ("Governance, data notes and contacts", 8)]
    pages.append(pg(2, "<h2>Contents</h2><div class='toc'>" + "".join(
        f"<div class='r'><span>{esc(t)}</span><span class='d'></span><span class='n'>{p}</span></div>" for t, p in toc)
        + "</div>"))
    pages.append(pg(3, "<h2>Introduction</h2><p>The Wyre Forest Community Safety Partnership brings together Wyre "
                    "Forest District Council, Worcestershire County Council, West Mercia Police, Hereford and "
                    "Worcester Fire and Rescue Service, the Probation Service, the NHS, housing associations and "
                    "the voluntary sector. The Crime and Disorder Act 1998 requires us to assess crime, disorder, "
                    "substance misuse and reoffending each year, and to plan what we will do about them.</p>"
                    "<p>This plan covers three years, from April 2025. It was shaped by the North Worcestershire "
                    "strategic assessment, a residents' survey, and discussions with councillors, parish councils, "
                    "businesses and young people. It will be refreshed each spring.</p><h3>About Wyre Forest</h3>"
                    "<p>About 102,000 people live in the district. Kidderminster is the largest town and the "
                    "focus of the evening economy and retail; Stourport-on-Severn is a busy visitor town in summer; "
                    "Bewdley and the rural parishes border the Wyre Forest itself. Parts of Kidderminster are "
                    "among the most deprived neighbourhoods in Worcestershire.</p><h3>What this plan does not "
                    "cover</h3><p>Serious violence, youth justice, drug treatment and domestic abuse services are "
                    "commissioned county-wide. This plan says how the partnership contributes locally.</p>"))
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    chart = line_svg(months, [[150, 162, 171, 190, 178, 140, 131, 120, 126, 110, 108, 123], [61, 58, 66, 63, 60, 57, 65, 62, 70, 59, 55, 61],
                              [40, 44, 47, 50, 52, 49, 51, 55, 66, 52, 50, 58]], [NAVY, "#9b59b6", ORANGE],
                     ["Anti-social behaviour", "Domestic abuse", "Shop theft"], w=640, h=190, font="DejaVu Sans")
    cols = columns_svg(["Kidderminster", "Stourport-on-Severn", "Bewdley", "Rural parishes"],
                       [[3100, 980, 410, 560], [1220, 390, 130, 210], [520, 180, 60, 20], [840, 420, 250, 800]],
                       [NAVY, "#9b59b6", ORANGE, "#7fb069"], ["Anti-social behaviour", "Domestic abuse", "Shop theft",
                                                               "Fly-tipping"], w=640, h=190, font="DejaVu Sans")
    pages.append(pg(4, "<h2>Crime and disorder: the data</h2><h3>Monthly trend, 2024–25</h3>" + chart
                    + "<h3>By town, 2024–25</h3>" + cols + "<p style='margin-top:3mm'>Kidderminster accounts for "
                    "62% of ASB and 71% of shop theft. Fly-tipping is spread across the rural parishes and the "
                    "edges of Kidderminster.</p>"))
    cards = []
    for i, (n, cap, prio, tr) in enumerate(CARDS):
        wide = " wide" if i == len(CARDS) - 1 else ""
        cards.append(f'<div class="card{wide}"><div class="n">{n}</div><div class="c">{esc(cap)}</div>'
                     f'<div class="r"></div><div class="p">{esc(prio)}</div><div class="s">{spark(tr, 150, 22, ORANGE)}</div></div>')
    pages.append(pg(5, "<h2>Our priorities</h2><p>The partnership board agreed five priorities for 2025–2028. "
                    "Each card gives the figure that most influenced the choice, then the priority.</p>"
                    f'<div class="cards">{"".join(cards)}</div>'))
    said = [("Drug dealing", 52), ("Anti-social behaviour", 49), ("Fly-tipping and litter", 44), ("Speeding", 37),
            ("Shop theft", 22), ("Burglary", 18), ("Knife crime", 15)]
    bars = "".join(f'<div class="r"><span class="l">{esc(a)}</span><span class="b" style="width:{b * 1.4}mm"></span>'
                   f'<span class="v">{b}%</span></div>' for a, b in said)
    pages.append(pg(6, "<h2>What residents said</h2><p>Percentage of 1,275 survey respondents naming each issue as "
                    "a problem in their area (more than one could be chosen).</p>" + f'<div class="bars">{bars}</div>'
                    "<h3>Our previous priorities (2022–2025)</h3><p>Anti-social behaviour; drugs and exploitation; "
                    "domestic abuse; road safety. Road safety passes to the Safer Roads Partnership; fly-tipping "
                    "and retail crime are new.</p><h3>Young people's views</h3><p>Forty young people took part in "
                    "two workshops. They asked for more to do in the evenings, safer routes home, and for adults "
                    "to listen before moving them on.</p>"))
    rows = [("ASB", "Town centre problem-solving group; dispersal and PSPO review; youth outreach", "Council, police"),
            ("Drugs", "Closure orders on cuckooed addresses; county lines intensification weeks", "Police"),
            ("Domestic abuse", "Repeat-victim panel; Operation Encompass in all schools", "DA board, schools"),
            ("Environment", "Fly-tipping CCTV; fixed penalties; duty of care checks", "Council"),
            ("Retail", "Business crime partnership; prolific offender plans", "Police, retailers")]
    pages.append(pg(7, "<h2>Delivering the plan</h2><table class='t'><tr><th>Theme</th><th>Action</th><th>Lead</th></tr>"
                    + "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in rows)
                    + "</table><h3>Links to other plans</h3><p>The Safer West Mercia Plan 2025–2029 (cutting "
                    "crime; policing with the community; supporting victims and witnesses; maximising resources "
                    "and value for money); the Worcestershire Domestic Abuse Strategy; the Worcestershire Combating "
                    "Drugs Partnership plan; the West Mercia Serious Violence Duty response strategy.</p>"
                    "<h3>Funding</h3><p>Community safety grant from the Police and Crime Commissioner; district "
                    "council budget; UK Shared Prosperity Fund for town centre safety.</p>"))
    pages.append(pg(8, "<h2>Governance, data notes and contacts</h2><h3>Governance</h3><p>The partnership board "
                    "meets quarterly and reports to the North Worcestershire Community Safety Partnership and the "
                    "council's overview and scrutiny committee.</p><h3>Data notes</h3><p>Police recorded crime and "
                    "incidents, April 2024 to March 2025; council fly-tipping records; survey of residents, "
                    "autumn 2024. All figures in this fictional document are illustrative.</p><h3>Contact</h3>"
                    "<p>Community Safety Team, Wyre Forest District Council · csp@wyreforest.example · 01000 000 980 "
                    "(illustrative)</p>"))
    return render(out, "Wyre Forest Community Safety Partnership Plan 2025–2028", CSS, pages)
