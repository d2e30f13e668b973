"""Nottingham and Nottinghamshire Serious Violence Strategy 2025-2030 (Violence Reduction Partnership): HTML/CSS
-> Chromium. The priorities are outcome statements under "Outcome 1".."Outcome 5" headings (p6); a Gantt chart of
workstreams (p7) is a distractor."""
from __future__ import annotations

from pathlib import Path

from .kit_html import build_html, table, ul

OUT = "strategies/nottingham_nottinghamshire_serious_violence_strategy_2025-30.pdf"
TITLE = "Nottingham and Nottinghamshire Serious Violence Strategy 2025\u20132030"
NEEDLES = {"intro": "About the Violence Reduction Partnership", "duty": "The Serious Violence Duty",
           "sna": "Strategic needs assessment All figures", "out": "The outcomes we will achieve", "gantt": "Workstreams and timeline",
           "meas": "How we will measure success"}
CSS = """
@page { size: A4; margin: 14mm 16mm 18mm 16mm;
  @bottom-left { content: "Serious Violence Strategy 2025\\2013 2030"; font: 7.5pt 'DejaVu Sans Condensed'; color: #888; }
  @bottom-right { content: "Page " counter(page); font: bold 8pt 'DejaVu Sans Condensed'; color: #B71C1C; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
@page wide { size: A4 landscape; } .wide { page: wide; }
body { font: 9.5pt/1.45 'DejaVu Sans Condensed', sans-serif; color: #212121; margin: 0; }
h1 { font: bold 18pt 'DejaVu Sans Condensed'; color: #B71C1C; margin: 0 0 8pt; text-transform: uppercase; letter-spacing: 1pt; }
h2 { font: bold 12pt 'DejaVu Sans Condensed'; color: #212121; margin: 10pt 0 4pt; }
.cover { height: 258mm; background: #212121; color: #fff; padding: 60mm 14mm 0; box-sizing: border-box; }
.cover .bar { width: 40mm; height: 4pt; background: #B71C1C; margin-bottom: 10pt; }
.cover .t { font: bold 30pt 'DejaVu Sans Condensed'; } .cover .s { font-size: 14pt; color: #ccc; }
.toc p { margin: 0; padding: 5pt 0; border-bottom: 1px solid #eee; } .toc span { float: right; color: #B71C1C; font-weight: bold; }
.oc { margin: 0 0 10pt; padding: 6pt 0 6pt 10pt; border-left: 3pt solid #B71C1C; }
.oc .lab { font: bold 8.5pt 'DejaVu Sans Condensed'; color: #B71C1C; text-transform: uppercase; letter-spacing: 1pt; }
.oc .st { font: bold 13pt 'DejaVu Serif'; margin: 2pt 0; }
.oc .ex { font-size: 9pt; color: #555; }
table { border-collapse: collapse; width: 100%; }
.t th { background: #212121; color: #fff; text-align: left; padding: 4pt; } .t td { border-bottom: 1px solid #ddd; padding: 4pt; vertical-align: top; }
.g td, .g th { border: 1px solid #ddd; font-size: 8pt; padding: 3pt; height: 14pt; }
.g th { background: #f3f3f3; } .g td.on { background: #B71C1C; } .g td.on2 { background: #E57373; }
.note { font-size: 8pt; color: #777; font-style: italic; }
"""
OUTCOMES = [
    ("Fewer young people are involved in knife crime, as victims or perpetrators",
     "Measured by knife-enabled offences and hospital admissions for assault with a sharp object among under-25s."),
    ("Children at risk of exploitation are identified early and supported",
     "Measured by referrals to the exploitation hub and children supported by navigators."),
    ("Violence in the night-time economy falls",
     "Measured by violence with injury in the city and town centres between 8pm and 4am."),
    ("Communities in the places most affected help shape and lead violence prevention",
     "Measured by community-led projects funded and residents' confidence surveys."),
    ("Children stay in education and fewer are excluded from school",
     "Measured by permanent exclusions and suspensions in partner schools."),
]
WORK = [("Navigators in emergency departments", 0, 20), ("Focused deterrence", 2, 14), ("Schools inclusion project", 0, 20),
        ("Night-time economy safe spaces", 1, 8), ("Community fund rounds", 0, 20), ("Knife crime education", 0, 10),
        ("Needs assessment refresh", 3, 4), ("Evaluation", 16, 20)]


def sections(pages):
    cover = ("<div class='cover'><div class='bar'></div><div class='t'>Serious Violence<br>Strategy</div>"
             "<div class='s'>Nottingham and Nottinghamshire 2025\u20132030</div><div style='margin-top:110mm;font-size:9pt'>"
             "Violence Reduction Partnership</div></div>")
    toc = "<h1>Contents</h1><div class='toc'>" + "".join(
        f"<p>{lab}<span>{pages.get(k, '') or ''}</span></p>" for k, lab in
        [("intro", "About the Violence Reduction Partnership"), ("duty", "The Serious Violence Duty"),
         ("sna", "Strategic needs assessment"), ("out", "The outcomes we will achieve"),
         ("gantt", "Workstreams and timeline"), ("meas", "How we will measure success")]) + "</div>"
    intro = ("<h1>About the Violence Reduction Partnership</h1><p>The Nottingham and Nottinghamshire Violence "
             "Reduction Partnership (VRP) was established in 2019 with Home Office funding. It brings together the "
             "police, councils, health, education, probation, youth justice and community organisations to prevent "
             "serious violence using a public health approach.</p><p>Our first strategy (2020\u20132025) concentrated "
             "on <i>early intervention with young people</i>, <i>reducing knife crime</i> and <i>building community "
             "capacity</i>.</p><p>This strategy supports the Police and Crime Commissioner's priority of preventing "
             "knife crime and serious violence.</p>")
    duty = ("<h1>The Serious Violence Duty</h1><p>Since January 2023 the Serious Violence Duty has required "
            "specified authorities to work together to prevent and reduce serious violence, to agree a local "
            "definition, to prepare a strategic needs assessment and to publish a strategy.</p>"
            "<h2>Specified authorities</h2>" + ul(["Nottinghamshire Police", "Nottingham City Council and Nottinghamshire "
                                                   "County Council", "The seven district and borough councils",
                                                   "Nottinghamshire Fire and Rescue Service", "NHS Nottingham and Nottinghamshire ICB",
                                                   "The Probation Service", "Youth justice services"])
            + "<h2>Our local definition</h2><p>Serious violence is violence resulting in significant physical injury, "
              "including homicide, knife and gun crime and violence in public places, and includes domestic abuse, "
              "sexual violence and exploitation where they result in such harm.</p>")
    sna = ("<h1>Strategic needs assessment</h1><p class='note'>All figures are illustrative and are not official "
           "statistics.</p>" + table([["Indicator", "2022/23", "2024/25"], ["Knife-enabled serious violence", "1,090", "1,010"],
                                      ["Hospital admissions for assault with a sharp object (under 25)", "71", "64"],
                                      ["Homicides", "14", "11"], ["Violence with injury in the night-time economy", "2,380", "2,450"],
                                      ["Permanent exclusions", "188", "231"]], cls="t")
           + "<h2>Key findings</h2>" + ul([
               "Victims and perpetrators of knife crime are mostly young men aged 15\u201324.",
               "A rising number of children are exploited to carry drugs across the county.",
               "Night-time violence is concentrated in Nottingham city centre and Mansfield.",
               "Exclusion from school is a common factor in the histories of young people involved in violence."]))
    out = ("<h1>The outcomes we will achieve</h1><p>Our strategy is built around five outcomes, agreed by the "
           "specified authorities in March 2025. They are our priorities for the next five years.</p>")
    for i, (st, ex) in enumerate(OUTCOMES, start=1):
        out += f"<div class='oc'><div class='lab'>Outcome {i}</div><div class='st'>{st}</div><div class='ex'>{ex}</div></div>"
    years = ["2025/26", "2026/27", "2027/28", "2028/29", "2029/30"]
    grows = [["Workstream"] + [(y, {"colspan": 4}) for y in years]]
    for j, (name, a, b) in enumerate(WORK):
        grows.append([name] + [("", {"class": ("on" if j % 2 == 0 else "on2")}) if a <= q < b else "" for q in range(20)])
    gantt = ("<div class='wide'><h1>Workstreams and timeline</h1><p>Quarter by quarter, when each workstream runs.</p>"
             + table(grows, cls="g", widths=["24%"] + ["3.8%"] * 20) + "</div>")
    meas = ("<h1>How we will measure success</h1><p>We use the Home Office's VRU success measures and our own local "
            "indicators.</p>" + table([["Measure", "Source"],
                                       ["Hospital admissions for assault with a knife or sharp object", "NHS"],
                                       ["Knife-enabled serious violence", "Police"], ["Homicides", "Police"],
                                       ["Young people supported by navigators", "VRP"],
                                       ["Permanent exclusions", "Education"]], cls="t")
            + "<h2>Governance</h2><p>The VRP Strategic Board, chaired by the Police and Crime Commissioner, meets "
              "quarterly. Contact: vrp@nottinghamshire.example.</p>")
    return [cover, toc, intro, duty, sna, out, gantt, meas]


def build(root: Path) -> Path:
    return build_html(root / OUT, CSS, sections, NEEDLES, TITLE)
