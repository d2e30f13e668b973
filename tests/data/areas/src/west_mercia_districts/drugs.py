"""Worcestershire Combating Drugs Partnership: Outcomes Dashboard 2024-25 and Local Delivery Priorities
2025-26 (HTML, Chromium).

House style: a dark-header outcomes dashboard in ink and jade, Liberation Sans, KPI tiles with area sparklines,
SVG charts whose legends name substances and crime types.  From Harm to Hope's three strategic priorities and
the national outcomes framework (p3) are distractors.  The five local delivery priorities are stated once, on
p6, as rows of a "ladder": a strand tag (Supply / Treatment / Demand) on the left, the priority, and a target
chip on the right.
"""
from __future__ import annotations

from pathlib import Path

from .htk import columns_svg, esc, line_svg, render, spark

OUT = "strategies/worcestershire_combating_drugs_partnership_dashboard_2025.pdf"
INK, JADE, DARK, AMB = "#1c2430", "#0f9d7a", "#17202b", "#f4a259"

LADDER = [
    ("Supply", "#5b6cff", "Break drug supply chains and close county lines operating in Worcestershire",
     "County lines closed: 30 a year"),
    ("Treatment", JADE, "Increase the number of people in treatment and recovery", "Adults in treatment: 3,100"),
    ("Treatment", JADE, "Get more people leaving prison into treatment", "Continuity of care: 60%"),
    ("Treatment", JADE, "Reduce drug-related deaths", "Deaths: below 40 a year"),
    ("Demand", AMB, "Prevent young people starting to use drugs", "Schools reached: all secondaries"),
]

CSS = f"""
body {{ font-family: 'Liberation Sans', sans-serif; color: {INK}; font-size: 9pt; }}
.hd {{ background: {DARK}; color: #fff; padding: 7mm 15mm 6mm; }}
.hd .k {{ color: #7fe0c6; font-size: 8pt; letter-spacing: 1.2pt; }}
.hd .t {{ font-size: 16pt; font-weight: bold; margin-top: 1mm; }}
.inner {{ padding: 7mm 15mm; }}
.ft {{ position: absolute; bottom: 6mm; left: 15mm; right: 15mm; font-size: 7.2pt; color: #7a8494;
       display: flex; justify-content: space-between; border-top: 0.5pt solid #d6dbe2; padding-top: 1.5mm; }}
h3 {{ font-size: 10.5pt; margin: 4mm 0 2mm; color: {DARK}; }}
p {{ margin: 0 0 2.4mm; line-height: 1.42; }}
.nat {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 2mm 0 4mm; }}
.nat div {{ border: 0.6pt solid #cfd6de; padding: 3mm; font-size: 8.6pt; }}
.nat b {{ display: block; font-size: 9.5pt; margin-bottom: 1mm; }}
table.of {{ width: 100%; font-size: 8.2pt; }}
table.of th {{ text-align: left; background: #eef1f5; padding: 1.5mm; }}
table.of td {{ padding: 1.5mm; border-bottom: 0.4pt solid #e1e5ea; vertical-align: top; }}
.tiles {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 3.5mm; }}
.tile {{ background: {DARK}; color: #fff; border-radius: 2mm; padding: 3.2mm 3.5mm; }}
.tile .l {{ font-size: 7.6pt; color: #b7c2cf; min-height: 7mm; }}
.tile .n {{ font-size: 19pt; font-weight: bold; }}
.tile .c {{ font-size: 7.4pt; }}
.good {{ color: #7fe0c6; }} .bad {{ color: #ff9b85; }}
.lad {{ margin-top: 4mm; border-left: 1.2mm solid {DARK}; }}
.lad .r {{ display: flex; align-items: center; padding: 4mm 0 4mm 4mm; border-bottom: 0.5pt solid #dfe4ea; }}
.lad .tag {{ width: 24mm; flex: none; font-size: 7.5pt; font-weight: bold; color: #fff; text-transform: uppercase;
             letter-spacing: 0.8pt; padding: 1mm 2mm; border-radius: 1mm; text-align: center; margin-right: 5mm; }}
.lad .p {{ flex: 1; font-size: 12pt; font-weight: bold; line-height: 1.25; }}
.lad .chip {{ width: 44mm; flex: none; font-size: 7.5pt; color: #4a5566; background: #eef1f5; padding: 1.5mm 2mm;
              border-radius: 3mm; margin-left: 4mm; text-align: center; }}
table.ap {{ width: 100%; font-size: 8.2pt; }}
table.ap th {{ background: {DARK}; color: #fff; text-align: left; padding: 1.6mm; }}
table.ap td {{ padding: 1.6mm; border-bottom: 0.4pt solid #e1e5ea; vertical-align: top; }}
.cover {{ height: 100%; background: {DARK}; color: #fff; padding: 40mm 18mm; }}
.toc .r {{ display: flex; font-size: 11.5pt; padding: 3mm 0; border-bottom: 0.5pt solid #e1e5ea; }}
.toc .r span:first-child {{ flex: 1; }}
.toc .r span:last-child {{ color: {JADE}; font-weight: bold; }}
"""


def frame(n, kicker, title, inner):
    return (f'<div class="hd"><div class="k">{esc(kicker)}</div><div class="t">{esc(title)}</div></div>'
            f'<div class="inner">{inner}</div><div class="ft"><span>Worcestershire Combating Drugs Partnership · '
            f'Outcomes Dashboard 2024–25</span><span>{n}</span></div>')


def build(root: Path) -> Path:
    out = root / OUT
    pages = []
    pages.append('<div class="cover"><div style="color:#7fe0c6;font-size:10pt;letter-spacing:2pt">WORCESTERSHIRE '
                 'COMBATING DRUGS PARTNERSHIP</div><div style="font-size:31pt;font-weight:bold;line-height:1.15;'
                 'margin:9mm 0 6mm">Outcomes Dashboard 2024–25<br>and Local Delivery Priorities 2025–26</div>'
                 f'<div style="margin-top:20mm">{spark([30, 34, 33, 38, 41, 45, 44, 49], 420, 80, JADE, fill="#0f9d7a44", width=3)}</div>'
                 '<div style="position:absolute;bottom:18mm;font-size:8pt;color:#8fa0b3">Fictional document for '
                 "testing · illustrative data</div></div>")
    toc = [("The national framework", 3), ("Outcomes dashboard", 4), ("Treatment and harm in detail", 5),
           ("Local delivery priorities 2025–26", 6), ("Action plan and links", 7), ("Governance, data notes and contacts", 8)]
    pages.append(frame(2, "Guide", "Contents", "<div class='toc'>" + "".join(
        f"<div class='r'><span>{esc(t)}</span><span>{p}</span></div>" for t, p in toc) + "</div>"))
    pages.append(frame(3, "Section 1", "The national framework",
        "<p>The national drugs strategy, <i>From Harm to Hope</i> (2021), asks every area to form a combating drugs "
        "partnership, agree a local drug strategy delivery plan, and report against the National Combating Drugs "
        "Outcomes Framework. The strategy has three strategic priorities:</p><div class='nat'>"
        "<div><b>Break drug supply chains</b>Disrupt the supply of drugs, close county lines and tackle the "
        "criminal gangs behind them.</div><div><b>Deliver a world-class treatment and recovery system</b>Rebuild "
        "treatment capacity, improve quality and integrate recovery support.</div><div><b>Achieve a generational "
        "shift in the demand for drugs</b>Prevent drug use among young people and reduce recreational use.</div></div>"
        "<h3>National Combating Drugs Outcomes Framework</h3><table class='of'><tr><th>Strategic outcome</th>"
        "<th>Headline metric</th></tr><tr><td>Reducing drug use</td><td>Proportion of people reporting drug use "
        "in the last year</td></tr><tr><td>Reducing drug-related crime</td><td>Neighbourhood crime; drug-related "
        "homicides</td></tr><tr><td>Reducing drug-related deaths and harm</td><td>Deaths related to drug "
        "misuse</td></tr><tr><td>Reducing drug supply</td><td>County lines closed; organised crime group "
        "disruptions</td></tr><tr><td>Increasing engagement in treatment</td><td>Numbers in treatment; "
        "continuity of care</td></tr><tr><td>Improving recovery outcomes</td><td>Treatment completions and "
        "sustained recovery</td></tr></table><p style='margin-top:3mm'>The national framework is summarised here "
        "for reference. The partnership's own priorities are on page 6.</p>"))
    tiles = [("Adults in treatment", "2,740", "+6% on 2023–24", "good", [2300, 2380, 2450, 2590, 2740]),
             ("Continuity of care after prison", "43%", "national 46%", "bad", [32, 35, 38, 41, 43]),
             ("Drug-related deaths (3-year total)", "128", "+9 on last period", "bad", [101, 108, 117, 119, 128]),
             ("County lines closed", "24", "+5", "good", [9, 13, 17, 19, 24]),
             ("Successful completions (opiates)", "5.1%", "national 5.0%", "good", [4.2, 4.5, 4.8, 4.9, 5.1]),
             ("Young people in specialist treatment", "186", "-4%", "good", [201, 199, 195, 194, 186]),
             ("Naloxone kits issued", "1,310", "+22%", "good", [600, 780, 920, 1070, 1310]),
             ("Drug supply offences", "702", "+11%", "good", [520, 560, 610, 633, 702]),
             ("Alcohol-specific admissions", "1,905", "+3%", "bad", [1760, 1800, 1830, 1850, 1905])]
    th = "".join(f'<div class="tile"><div class="l">{esc(l)}</div><div class="n">{n}</div><div class="c {g}">{esc(c)}</div>'
                 f'{spark(v, 170, 26, "#7fe0c6", fill="#7fe0c633")}</div>' for l, n, c, g, v in tiles)
    pages.append(frame(4, "Section 2", "Outcomes dashboard", f'<div class="tiles">{th}</div>'
                       "<h3>Commentary</h3><p>Numbers in treatment rose for the fourth year, but continuity of care "
                       "for people released from prison remains below the national rate. Drug-related deaths rose. "
                       "Police activity against supply increased, with more county lines closed than in any "
                       "previous year.</p><p style='font-size:7.5pt;color:#7a8494'>All figures are illustrative.</p>"))
    quarters = ["Q1 23", "Q2 23", "Q3 23", "Q4 23", "Q1 24", "Q2 24", "Q3 24", "Q4 24"]
    ln = line_svg(quarters, [[1150, 1160, 1175, 1190, 1205, 1220, 1240, 1262], [880, 905, 930, 955, 990, 1010, 1040, 1065],
                             [360, 365, 372, 380, 388, 395, 402, 413]], [JADE, "#5b6cff", AMB],
                  ["Opiates", "Alcohol only", "Non-opiates (cocaine, cannabis)"], w=640, h=180)
    cl = columns_svg(["Redditch", "Bromsgrove", "Wyre Forest", "Worcester", "Wychavon", "Malvern Hills"],
                     [[22, 14, 31, 38, 12, 11], [130, 88, 142, 198, 80, 64]], ["#5b6cff", AMB],
                     ["Drug-related deaths 2022–24", "Drug supply offences 2024–25"], w=640, h=180)
    pages.append(frame(5, "Section 3", "Treatment and harm in detail", "<h3>Adults in treatment by substance group</h3>"
                       + ln + "<h3>Deaths and supply offences by district</h3>" + cl
                       + "<p style='margin-top:3mm'>Worcester and Wyre Forest have the highest death rates. "
                       "Supply offences follow policing activity as well as underlying supply.</p>"))
    rows = "".join(f'<div class="r"><span class="tag" style="background:{c}">{t}</span><span class="p">{esc(p)}</span>'
                   f'<span class="chip">{esc(ch)}</span></div>' for t, c, p, ch in LADDER)
    pages.append(frame(6, "Section 4", "Local delivery priorities 2025–26",
                       "<p>The partnership board agreed five local delivery priorities for 2025–26, each under one "
                       "strand of the national strategy. The chip on the right gives the target for the year.</p>"
                       f'<div class="lad">{rows}</div>'
                       "<h3>Why these five</h3><p>The dashboard shows good progress on treatment numbers and supply, "
                       "but two gaps: continuity of care from prison, and deaths. Prevention in schools is new, "
                       "following the refresh of the young people's substance misuse needs assessment.</p>"))
    ap = [("Supply", "Joint county lines intensification weeks; cuckooing protocol in every district", "Police"),
          ("Treatment", "Outreach to people not in treatment; recovery community hubs", "Public health, provider"),
          ("Prison", "In-reach from HMP Hewell; drug testing on arrest; treatment requirements", "Probation, provider"),
          ("Deaths", "Naloxone for families and hostels; drug death review panel", "Public health"),
          ("Prevention", "Schools programme; parents' sessions; targeted youth work", "Children's services")]
    pages.append(frame(7, "Section 5", "Action plan and links",
                       "<table class='ap'><tr><th>Theme</th><th>Action 2025–26</th><th>Lead</th></tr>"
                       + "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in ap)
                       + "</table><h3>The Police and Crime Plan</h3><p>The Safer West Mercia Plan 2025–2029 has four "
                       "priorities: cutting crime; policing with the community; supporting victims and witnesses; "
                       "and maximising resources and value for money. The Commissioner funds drug testing on arrest "
                       "and part of the prison in-reach service.</p><h3>Community safety partnerships</h3><p>The "
                       "North and South Worcestershire community safety partnerships lead local action on drug "
                       "dealing and anti-social behaviour linked to drugs.</p>"))
    pages.append(frame(8, "Section 6", "Governance, data notes and contacts",
                       "<h3>Governance</h3><p>The partnership board is chaired by the senior responsible owner, the "
                       "Director of Public Health, and reports to the Health and Wellbeing Board and to the national "
                       "Joint Combating Drugs Unit.</p><h3>Data notes</h3><p>Treatment data: National Drug Treatment "
                       "Monitoring System, year to March 2025. Deaths: registrations 2022–2024. Supply: police "
                       "recorded crime. All figures are illustrative.</p><h3>Contact</h3><p>Combating Drugs "
                       "Partnership co-ordinator · cdp@worcestershire.example · 01000 000 330 (illustrative)</p>"))
    return render(out, "Worcestershire Combating Drugs Partnership Outcomes Dashboard 2024–25", CSS, pages)
