"""Calverhay Serious Violence Strategy 2026-2029: the performance dashboard, a Power BI-style report page
printed to PDF from the browser (Chromium, A4 landscape, 2 pages; the HTML is generated here): the priorities
are the TITLES of KPI cards.

p1 ("Overview" tab): a dark title bar, a row of report tabs, a left slicer panel (financial year, strategy,
area, age group, sex: check boxes and a date slider, the selected items filled), and two card sections of the
same design: "Strategy priorities" with four KPI cards, each titled with a priority's full wording over a big
number, a change against last year, a target and an inline-SVG sparkline; and "Serious Violence Duty core
measures (Home Office)" with three cards of exactly the same design titled with the national measures.
A small bar visual "Incidents by hour of day" and a "Last refreshed" stamp. p2 ("Data notes" tab): a notes
page with the definitions of each card (by short tag), the strategy's vision and the 2023-2026 strategy's
priorities in a table."""
from __future__ import annotations

import html
from pathlib import Path

import common

NAME = "dashboard_kpi_cards_serious_violence"
PRIORITIES = [  # (title, big number, unit, change, good?, target, spark)
    ("Fewer young people carrying knives in Calverhay", "214", "possession offences, under-25s", "-11%", True,
     "Target 190", [262, 251, 240, 246, 231, 214]),
    ("Less violence linked to drug markets", "97", "drug-related violent offences", "+4%", False, "Target 80",
     [88, 91, 85, 93, 94, 97]),
    ("Safer nights out in Calverhay and Portlevan town centres", "388", "night-time violence with injury", "-6%",
     True, "Target 360", [451, 430, 437, 412, 401, 388]),
    ("Early help for children excluded from school", "63%", "excluded children offered support in 10 days", "+18 pts",
     True, "Target 80%", [38, 41, 45, 52, 58, 63]),
]
NATIONAL = [
    ("Hospital admissions for assault with a sharp object", "41", "admissions, all ages", "-9%", True, "No local target",
     [52, 49, 47, 45, 44, 41]),
    ("Knife or sharp object enabled serious violence", "176", "police recorded offences", "-3%", True,
     "No local target", [190, 188, 181, 185, 182, 176]),
    ("Homicide", "3", "victims, rolling 12 months", "0", True, "No local target", [2, 3, 4, 3, 3, 3]),
]
HOURS = [14, 9, 7, 5, 3, 2, 2, 3, 5, 7, 9, 11, 13, 14, 15, 17, 19, 22, 26, 31, 38, 44, 41, 29]


def spark(vals, colour):
    lo, hi = min(vals), max(vals)
    rng = (hi - lo) or 1
    pts = " ".join(f"{i * 20:.0f},{28 - (v - lo) / rng * 24:.1f}" for i, v in enumerate(vals))
    return (f'<svg class="spark" width="104" height="30" viewBox="-2 0 104 30"><polyline points="{pts}" '
            f'fill="none" stroke="#{colour}" stroke-width="2"/></svg>')


def card(title, big, unit, change, good, target, vals, colour):
    arrow = "\u25bc" if change.startswith("-") else ("\u25b2" if change.startswith("+") else "\u25c6")
    cls = "good" if good else "bad"
    return f"""<div class="card" style="border-top-color:#{colour}">
<div class="ctitle">{html.escape(title)}</div>
<div class="big">{html.escape(big)}</div>
<div class="unit">{html.escape(unit)}</div>
<div class="row"><span class="{cls}">{arrow} {html.escape(change)} vs 2024/25</span><span class="tgt">{html.escape(target)}</span></div>
{spark(vals, colour)}
</div>"""


def slicer(title, items, selected, *, kind="check"):
    rows = []
    for it in items:
        on = it in selected
        box = ("\u25a0" if on else "\u25a1") if kind == "check" else ("\u25c9" if on else "\u25cb")
        rows.append(f'<div class="opt{" on" if on else ""}"><span class="box">{box}</span>{html.escape(it)}</div>')
    return f'<div class="slicer"><div class="stitle">{html.escape(title)}</div>{"".join(rows)}</div>'


def bars():
    mx = max(HOURS)
    out = ['<svg width="300" height="120" viewBox="0 0 300 120" font-family="Liberation Sans, Arial" font-size="8">']
    for i, v in enumerate(HOURS):
        h = v / mx * 90
        out.append(f'<rect x="{i * 12 + 4}" y="{100 - h:.1f}" width="9" height="{h:.1f}" fill="#3a6ea5"/>')
    for i in range(0, 24, 3):
        out.append(f'<text x="{i * 12 + 8}" y="112" text-anchor="middle" fill="#555">{i:02d}</text>')
    out.append("</svg>")
    return "".join(out)


CSS = """
@page { size: A4 landscape; margin: 8mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; color: #252423; font-size: 9pt; background: #fff; }
.bar { background: #1b2a41; color: #fff; padding: 8px 14px; display: flex; justify-content: space-between; align-items: baseline; }
.bar .t { font-size: 12.5pt; font-weight: bold; }
.bar .s { font-size: 8pt; color: #c9d3e0; white-space: nowrap; }
.tabs { display: flex; background: #eaeaea; border-bottom: 1px solid #c8c8c8; }
.tabs span { padding: 5px 14px; font-size: 8.5pt; color: #555; }
.tabs span.on { background: #fff; color: #1b2a41; font-weight: bold; border-bottom: 3px solid #f2c811; }
.wrap { display: flex; gap: 10px; padding: 10px 10px 0 10px; }
.left { width: 150px; flex: none; background: #f3f2f1; padding: 8px; border-radius: 3px; }
.slicer { margin-bottom: 10px; }
.stitle { font-size: 8pt; font-weight: bold; text-transform: uppercase; color: #605e5c; margin-bottom: 3px; }
.opt { font-size: 8.5pt; color: #605e5c; padding: 1px 0; }
.opt.on { color: #252423; font-weight: bold; }
.box { display: inline-block; width: 12px; color: #1b2a41; }
.range { font-size: 8pt; color: #252423; }
.track { height: 4px; background: #1b2a41; margin: 4px 0; border-radius: 2px; }
.main { flex: 1; }
.sect { font-size: 9pt; font-weight: bold; color: #605e5c; margin: 2px 0 5px; border-bottom: 1px solid #ddd; padding-bottom: 2px; }
.cards { display: flex; gap: 8px; margin-bottom: 9px; }
.card { flex: 1; background: #fff; border: 1px solid #d6d6d6; border-top: 4px solid #3a6ea5; border-radius: 3px; padding: 7px 8px; min-height: 150px; }
.ctitle { font-size: 9pt; font-weight: bold; color: #252423; height: 34px; }
.big { font-size: 24pt; font-weight: bold; color: #1b2a41; line-height: 1.1; margin-top: 4px; }
.unit { font-size: 7.5pt; color: #605e5c; }
.row { display: flex; justify-content: space-between; font-size: 7.5pt; margin-top: 4px; }
.good { color: #107c10; } .bad { color: #a4262c; }
.tgt { color: #605e5c; }
.spark { display: block; margin-top: 3px; }
.lower { display: flex; gap: 8px; }
.visual { border: 1px solid #d6d6d6; border-radius: 3px; padding: 6px 8px; }
.vtitle { font-size: 8.5pt; font-weight: bold; margin-bottom: 2px; }
.stamp { font-size: 7.5pt; color: #605e5c; margin-top: 6px; }
.page2 { break-before: page; }
.notes { padding: 10px 14px; font-size: 9pt; line-height: 1.4; }
.notes h2 { font-size: 12pt; color: #1b2a41; margin: 10px 0 4px; }
.notes table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
.notes th, .notes td { border: 1px solid #c8c8c8; padding: 3px 6px; text-align: left; vertical-align: top; }
.notes th { background: #1b2a41; color: #fff; }
"""


def page():
    pcards = "".join(card(*p, colour="3a6ea5") for p in PRIORITIES)
    ncards = "".join(card(*p, colour="8a8886") for p in NATIONAL)
    left = (slicer("Financial year", ["2023/24", "2024/25", "2025/26"], {"2025/26"})
            + slicer("Strategy", ["2023-2026 strategy", "2026-2029 strategy"], {"2026-2029 strategy"}, kind="radio")
            + slicer("Area", ["Calverhay", "Portlevan", "Hallowby Vale", "Rural north"],
                     {"Calverhay", "Portlevan", "Hallowby Vale", "Rural north"})
            + slicer("Age group", ["Under 18", "18-24", "25 and over"], {"Under 18", "18-24", "25 and over"})
            + slicer("Sex", ["Female", "Male", "Not recorded"], {"Female", "Male", "Not recorded"})
            + '<div class="slicer"><div class="stitle">Month</div><div class="range">Apr 2025 \u2013 Sep 2026</div>'
              '<div class="track"></div></div>')
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Calverhay SVP performance dashboard - Power BI</title>
<style>{CSS}</style></head><body>
<div class="bar"><span class="t">Calverhay Serious Violence Strategy 2026-2029 \u2013 Performance dashboard</span>
<span class="s">Calverhay Serious Violence Partnership \u00b7 Analysts: Community Safety Insight Hub</span></div>
<div class="tabs"><span class="on">Overview</span><span>Hotspots</span><span>Cohorts</span><span>Data notes</span></div>
<div class="wrap"><div class="left">{left}</div>
<div class="main">
<div class="sect">Strategy priorities</div>
<div class="cards">{pcards}</div>
<div class="sect">Serious Violence Duty core measures (Home Office)</div>
<div class="lower"><div class="cards" style="flex:3">{ncards}</div>
<div class="visual" style="flex:1.3"><div class="vtitle">Violence with injury by hour of day</div>{bars()}</div></div>
<div class="stamp">Last refreshed 12/11/2026 06:00 \u00b7 Data to 30 September 2026 \u00b7 Filters applied: Financial year = 2025/26; Strategy = 2026-2029 strategy</div>
</div></div>
<div class="page2">
<div class="bar"><span class="t">Calverhay Serious Violence Strategy 2026-2029 \u2013 Performance dashboard</span>
<span class="s">Calverhay Serious Violence Partnership \u00b7 Analysts: Community Safety Insight Hub</span></div>
<div class="tabs"><span>Overview</span><span>Hotspots</span><span>Cohorts</span><span class="on">Data notes</span></div>
<div class="notes">
<h2>About this report</h2>
<p>This report tracks the Calverhay Serious Violence Strategy 2026-2029, agreed by the Serious Violence
Partnership on 9 September 2026 under the Serious Violence Duty. The strategy's vision is a Calverhay where young
people grow up free from violence and the fear of it. The first row of cards on the Overview page follows the
strategy's priorities; the second row shows the national core measures that every partnership reports to the Home
Office. Figures are provisional and can change as crimes are reclassified.</p>
<h2>Definitions</h2>
<table><tr><th>Card</th><th>Measure</th><th>Source</th></tr>
<tr><td>Knives</td><td>Possession of a bladed or pointed article, suspects aged under 25</td><td>Police recorded crime</td></tr>
<tr><td>Drug markets</td><td>Violence against the person with a drugs-related flag</td><td>Police recorded crime</td></tr>
<tr><td>Night-time</td><td>Violence with injury, 8pm to 4am, in the two town centre beats</td><td>Police recorded crime</td></tr>
<tr><td>Exclusions</td><td>Children permanently excluded or suspended three or more times, offered support within 10 school days</td><td>Education data</td></tr>
<tr><td>Core measures</td><td>As defined in the Serious Violence Duty statutory guidance</td><td>NHS and police data</td></tr>
</table>
<h2>Previous strategy</h2>
<table><tr><th>2023-2026 priority</th><th>Status</th></tr>
<tr><td>Reducing violence in public places</td><td>Closed: replaced by the night-time priority</td></tr>
<tr><td>Tackling county lines</td><td>Closed: now part of the drug markets priority</td></tr>
<tr><td>Violence in the home</td><td>Transferred to the Domestic Abuse Partnership</td></tr>
</table>
<p style="margin-top:10px;color:#605e5c">Questions about this report: insight.hub@calverhay.example</p>
</div></div>
</body></html>
"""


def finish(work: Path, out: Path) -> list[Path]:
    src = work / f"{NAME}.html"
    src.write_text(page(), encoding="utf-8")
    target = out / f"{NAME}.pdf"
    common.chromium_to_pdf(src, target)
    got = common.pdf_pages(target)
    if got != 2:
        raise SystemExit(f"{NAME}: expected 2 pages, got {got}")
    return [target]
