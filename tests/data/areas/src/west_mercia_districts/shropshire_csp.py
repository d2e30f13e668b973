"""Shropshire Safer Stronger Communities Partnership: Community Safety Dashboard 2025 (HTML, Chromium).

House style: a dark slate performance dashboard, DejaVu Sans Condensed, KPI tiles with sparklines, SVG charts
whose axis labels and legends name crime types.  The partnership's priorities are stated once, as the five
rows of the "Partnership priorities 2025–2028" panel on p3; the theme panels (p6) use short names.
"""
from __future__ import annotations

from pathlib import Path

from .htk import columns_svg, esc, line_svg, render, spark

OUT = "strategies/shropshire_community_safety_dashboard_2025.pdf"
INK, SLATE, TEAL, PINK, GOLD = "#20262e", "#2b3440", "#2bb3a3", "#d9487d", "#f0b429"

PRIORITIES = [
    ("Reduce anti-social behaviour and the harm it causes", "Safer Neighbourhoods group", TEAL),
    ("Protect children and vulnerable adults from exploitation", "Exploitation and County Lines group", PINK),
    ("Tackle rural crime across the county", "Rural Crime group", GOLD),
    ("Reduce violence against women and girls", "Domestic Abuse and VAWG Board", "#8e6bd1"),
    ("Prevent people being drawn into terrorism", "Prevent and Channel panel", "#5b8def"),
]

CSS = f"""
body {{ font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; color: {INK}; font-size: 9.2pt; }}
.top {{ background: {SLATE}; color: #fff; padding: 6mm 14mm 5mm; display: flex; justify-content: space-between;
        align-items: flex-end; }}
.top .t {{ font-size: 15pt; font-weight: bold; }}
.top .s {{ font-size: 8pt; color: #b9c3cf; }}
.inner {{ padding: 7mm 14mm; }}
.pg {{ position: absolute; bottom: 7mm; right: 14mm; font-size: 8pt; color: #8995a3; }}
.src {{ position: absolute; bottom: 7mm; left: 14mm; font-size: 7pt; color: #8995a3; }}
h2 {{ font-size: 13pt; margin: 0 0 3mm; color: {SLATE}; }}
h3 {{ font-size: 10pt; margin: 4mm 0 2mm; color: {SLATE}; text-transform: uppercase; letter-spacing: 0.6pt; }}
p {{ margin: 0 0 2.4mm; line-height: 1.4; }}
.kpis {{ display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }}
.kpi {{ background: #f3f5f8; border-radius: 2mm; padding: 3mm; }}
.kpi .n {{ font-size: 17pt; font-weight: bold; }}
.kpi .l {{ font-size: 7.5pt; color: #5b6775; min-height: 7mm; }}
.kpi .d {{ font-size: 7.5pt; font-weight: bold; }}
.up {{ color: #c0392b; }} .down {{ color: #1e8e5a; }}
.prio {{ border: 0.8pt solid #cfd6de; border-radius: 2mm; padding: 4mm 5mm; margin-top: 4mm; }}
.prio .hd {{ font-size: 11pt; font-weight: bold; color: {SLATE}; margin-bottom: 3mm; }}
.prow {{ display: flex; align-items: center; border-top: 0.5pt solid #e3e8ee; padding: 2.6mm 0; }}
.prow .sw {{ width: 4mm; height: 9mm; border-radius: 1mm; margin-right: 4mm; flex: none; }}
.prow .tx {{ flex: 1; font-size: 11pt; font-weight: bold; }}
.prow .ld {{ width: 52mm; font-size: 7.5pt; color: #5b6775; text-align: right; }}
.panel {{ border: 0.6pt solid #d5dbe2; border-radius: 2mm; padding: 3mm 4mm; margin-bottom: 3.5mm; }}
.panel .h {{ display: flex; justify-content: space-between; font-weight: bold; font-size: 10pt; }}
.rag {{ display: inline-block; padding: 0.3mm 2mm; border-radius: 1mm; color: #fff; font-size: 7.5pt; }}
table.k {{ width: 100%; font-size: 8pt; margin-top: 1.5mm; }}
table.k td {{ padding: 1mm 1.5mm; border-bottom: 0.4pt solid #edf0f3; }}
table.g {{ width: 100%; font-size: 8.2pt; }}
table.g th {{ background: {SLATE}; color: #fff; text-align: left; padding: 1.6mm; }}
table.g td {{ padding: 1.5mm; border-bottom: 0.4pt solid #dfe4ea; vertical-align: top; }}
.cover {{ background: {SLATE}; color: #fff; height: 100%; padding: 34mm 16mm; }}
.cover .big {{ font-size: 30pt; font-weight: bold; line-height: 1.15; margin: 6mm 0; }}
.cover .grid {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin-top: 30mm; }}
.cover .grid div {{ height: 18mm; border-radius: 2mm; }}
.toc div {{ display: flex; font-size: 11pt; padding: 2.6mm 0; border-bottom: 0.5pt solid #e3e8ee; }}
.toc div span:first-child {{ width: 14mm; color: {TEAL}; font-weight: bold; }}
.toc div span:nth-child(2) {{ flex: 1; }}
"""


def top(title, sub="Community Safety Dashboard 2025"):
    return (f'<div class="top"><div><div class="s">Shropshire Safer Stronger Communities Partnership</div>'
            f'<div class="t">{esc(title)}</div></div><div class="s">{sub}</div></div>')


def tail(n, src="Illustrative data: police, council and partner systems, year to 31 December 2024."):
    return f'<div class="src">{esc(src)}</div><div class="pg">Page {n}</div>'


def build(root: Path) -> Path:
    out = root / OUT
    pages = []
    pages.append('<div class="cover"><div style="color:#9fe3da;font-size:10pt">SHROPSHIRE SAFER STRONGER '
                 'COMMUNITIES PARTNERSHIP</div><div class="big">Community Safety<br>Dashboard 2025</div>'
                 '<div style="color:#c9d2dc;font-size:12pt">Annual performance report and partnership priorities '
                 'for 2025–2028</div><div class="grid">'
                 + "".join(f'<div style="background:{c}"></div>' for c in (TEAL, PINK, GOLD, "#8e6bd1", "#5b8def", "#3d4a59"))
                 + '</div><div style="position:absolute;bottom:16mm;font-size:8pt;color:#9aa6b3">Fictional '
                 'document prepared for testing · March 2025</div></div>')
    toc = [("1", "About this dashboard and our priorities", 3), ("2", "Headline indicators", 4),
           ("3", "Trends and localities", 5), ("4", "Theme panels", 6), ("5", "What residents told us", 7),
           ("6", "Governance and data notes", 8)]
    pages.append(top("Contents") + '<div class="inner"><div class="toc">' + "".join(
        f"<div><span>{a}</span><span>{esc(b)}</span><span>{c}</span></div>" for a, b, c in toc) + "</div></div>"
        + tail(2, ""))
    rows = "".join(f'<div class="prow"><div class="sw" style="background:{c}"></div><div class="tx">{esc(t)}</div>'
                   f'<div class="ld">Lead: {esc(l)}</div></div>' for t, l, c in PRIORITIES)
    pages.append(top("1  About this dashboard and our priorities") + '<div class="inner">'
                 "<p>The Safer Stronger Communities Partnership brings together Shropshire Council, West Mercia "
                 "Police, Shropshire Fire and Rescue Service, the NHS Shropshire, Telford and Wrekin Integrated Care "
                 "Board, the Probation Service, housing providers and the voluntary sector. This dashboard reports "
                 "the partnership's performance in 2024 and sets out the priorities the partnership agreed for its "
                 "new three-year plan.</p><p>The priorities were chosen after the 2024 strategic assessment and a "
                 "public survey. Each has a lead delivery group, which reports to the partnership every quarter "
                 "against the indicators in section 4.</p>"
                 f'<div class="prio"><div class="hd">Partnership priorities 2025–2028</div>{rows}</div>'
                 "<h3>How to read this dashboard</h3><p>Tiles show the latest annual figure, the change on the "
                 "previous year and a five-year sparkline. Red change figures are increases in harm; green are "
                 "reductions. All figures are illustrative.</p></div>" + tail(3))
    kpis = [("Total recorded crime", "21,940", "-2%", [23.1, 22.8, 22.0, 22.4, 21.9]),
            ("ASB incidents", "7,310", "-8%", [9.2, 8.6, 8.1, 7.9, 7.3]),
            ("Criminal damage", "2,480", "-4%", [2.9, 2.8, 2.7, 2.6, 2.5]),
            ("Rural crime offences", "1,120", "+3%", [1.0, 1.05, 1.1, 1.09, 1.12]),
            ("Domestic abuse crimes", "3,860", "+1%", [3.6, 3.7, 3.8, 3.82, 3.86]),
            ("Rape and sexual offences", "690", "+6%", [540, 580, 610, 650, 690]),
            ("Stalking and harassment", "1,240", "+9%", [900, 980, 1050, 1140, 1240]),
            ("Child exploitation referrals", "212", "+12%", [140, 160, 170, 189, 212]),
            ("County lines identified", "17", "-3", [12, 15, 19, 20, 17]),
            ("Drug supply offences", "236", "+5%", [190, 200, 210, 225, 236]),
            ("Prevent referrals", "48", "+4", [31, 36, 40, 44, 48]),
            ("Hate crimes", "402", "-1%", [380, 390, 410, 406, 402])]
    tiles = "".join(
        f'<div class="kpi"><div class="l">{esc(l)}</div><div class="n">{n}</div>'
        f'<div class="d {"up" if d.startswith("+") else "down"}">{d} on 2023</div>{spark(v, 150, 26, TEAL)}</div>'
        for l, n, d, v in kpis)
    pages.append(top("2  Headline indicators") + f'<div class="inner"><div class="kpis">{tiles}</div>'
                 "<h3>Commentary</h3><p>Recorded crime and anti-social behaviour continued to fall. Increases in "
                 "sexual offences and stalking partly reflect better recording and more confidence to report. "
                 "Child exploitation referrals rose for the fourth year, as schools and health partners used the "
                 "new screening tool. Rural crime rose slightly, driven by thefts of tractors, GPS units and "
                 "quad bikes in the south of the county.</p></div>" + tail(4))
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    line = line_svg(months, [[640, 590, 610, 620, 700, 720, 760, 710, 600, 590, 520, 500],
                             [320, 300, 330, 310, 325, 315, 330, 340, 320, 335, 345, 350],
                             [88, 80, 95, 92, 99, 96, 104, 98, 90, 94, 91, 102]],
                    [TEAL, "#8e6bd1", GOLD], ["Anti-social behaviour", "Domestic abuse", "Rural crime"],
                    w=640, h=190, font="DejaVu Sans Condensed")
    cols = columns_svg(["Shrewsbury", "Oswestry", "Market Drayton", "Whitchurch", "Ludlow", "Bridgnorth", "Church Stretton"],
                       [[2310, 890, 420, 380, 450, 520, 160], [980, 420, 260, 210, 230, 260, 90],
                        [160, 90, 120, 110, 150, 170, 140]], [TEAL, "#8e6bd1", GOLD],
                       ["Anti-social behaviour", "Violence against women and girls", "Rural crime"], w=640, h=200,
                       font="DejaVu Sans Condensed")
    pages.append(top("3  Trends and localities") + '<div class="inner"><h2>Monthly incidents, 2024</h2>' + line
                 + '<h2 style="margin-top:6mm">Incidents by locality, 2024</h2>' + cols
                 + "<p style='margin-top:4mm'>Shrewsbury accounts for 38% of ASB. Rural crime is spread across the "
                 "south and west; Ludlow and Bridgnorth rural beats recorded the highest rates per 1,000 "
                 "residents.</p></div>" + tail(5))
    panels = [
        ("ASB", TEAL, "Green", "#1e8e5a", [("ASB incidents", "7,310", "Reduce", "On track"),
                                           ("Repeat ASB victims", "412", "Reduce", "On track"),
                                           ("Community triggers resolved", "93%", "90%", "Met")]),
        ("Exploitation", PINK, "Amber", "#d68910", [("Children screened for exploitation", "1,180", "Increase", "Met"),
                                                    ("Children with a safety plan", "164", "Increase", "On track"),
                                                    ("County lines closed", "14", "18", "Behind")]),
        ("Rural", GOLD, "Amber", "#d68910", [("Rural crime offences", "1,120", "Reduce", "Behind"),
                                             ("Farm Watch members", "2,340", "2,500", "On track"),
                                             ("Equipment marked", "610", "800", "Behind")]),
        ("VAWG", "#8e6bd1", "Green", "#1e8e5a", [("Repeat MARAC cases", "29%", "<30%", "Met"),
                                                 ("Perpetrator programme starts", "96", "90", "Met"),
                                                 ("Walk-safe reports, Shrewsbury", "118", "—", "New")]),
        ("Prevent", "#5b8def", "Green", "#1e8e5a", [("Prevent referrals", "48", "—", "Monitor"),
                                                    ("Staff trained", "1,420", "1,200", "Met"),
                                                    ("Channel cases closed safely", "100%", "100%", "Met")]),
    ]
    ph = "".join(
        f'<div class="panel" style="border-left:3mm solid {c}"><div class="h"><span>{t}</span>'
        f'<span class="rag" style="background:{rc}">{r}</span></div><table class="k">'
        + "".join(f"<tr><td>{esc(a)}</td><td>{b}</td><td>Target: {t2}</td><td>{s}</td></tr>" for a, b, t2, s in k)
        + "</table></div>" for t, c, r, rc, k in panels)
    pages.append(top("4  Theme panels") + '<div class="inner"><p>Each delivery group reports three indicators. '
                 "The overall rating is the group's own assessment, agreed by the partnership.</p>" + ph + "</div>"
                 + tail(6))
    concern = columns_svg(["2021", "2022", "2023", "2024"],
                          [[41, 44, 46, 43], [22, 25, 27, 31], [19, 18, 21, 24], [12, 14, 13, 15]],
                          [TEAL, GOLD, PINK, "#5b8def"],
                          ["Anti-social behaviour", "Rural crime", "Drug dealing", "Speeding"], w=640, h=190,
                          font="DejaVu Sans Condensed")
    pages.append(top("5  What residents told us") + '<div class="inner"><h2>Percentage naming each issue as a top '
                 "local concern</h2>" + concern +
                 "<p style='margin-top:4mm'>The 2024 survey had 1,962 responses. Speeding was the fourth most common "
                 "concern; it is taken forward by the Safer Roads Partnership rather than by this partnership.</p>"
                 "<h3>How we link to the Safer West Mercia Plan</h3><p>The Police and Crime Commissioner's plan for "
                 "2025–2029 has four priorities:</p><table class='g'><tr><th>Police and Crime Plan priority</th>"
                 "<th>Where our work contributes</th></tr>"
                 "<tr><td>Cutting crime</td><td>Exploitation; VAWG</td></tr>"
                 "<tr><td>Policing with the community</td><td>ASB; rural crime</td></tr>"
                 "<tr><td>Supporting victims and witnesses</td><td>VAWG (victim support is commissioned by the "
                 "Commissioner)</td></tr>"
                 "<tr><td>Maximising resources and value for money</td><td>—</td></tr></table></div>" + tail(7))
    pages.append(top("6  Governance and data notes") + '<div class="inner"><h3>Governance</h3><p>The partnership '
                 "board meets quarterly, chaired by the council's portfolio holder for communities. Five delivery "
                 "groups report to it. The board reports to the council's scrutiny committee and to the Police "
                 "and Crime Commissioner.</p><h3>What changed since the 2022–2025 plan</h3><p>The previous plan's "
                 "themes were <i>safer neighbourhoods</i>, <i>substance misuse</i>, <i>vulnerability and "
                 "exploitation</i> and <i>rural communities</i>. Substance misuse is now led by the Combating Drugs "
                 "Partnership; Prevent and VAWG are new to this plan.</p><h3>Data notes</h3><p>Crime figures are "
                 "recorded crimes; ASB figures are incidents reported to the police and the council, de-duplicated. "
                 "Sparklines show calendar years 2020–2024. All figures in this fictional dashboard are "
                 "illustrative.</p><h3>Contact</h3><p>Community Safety Team, Shropshire Council · "
                 "community.safety@shropshire.example · 01000 000 320 (illustrative)</p></div>" + tail(8, ""))
    return render(out, "Shropshire Community Safety Dashboard 2025", CSS, pages)
