"""Nottingham Community Safety Partnership Plan 2025-2028 (Safer Nottingham): HTML/CSS -> Chromium. The
priorities are the second column of a matrix whose merged "Theme" cells span two rows (p5); a RAG-rated action
plan (pp7-8) repeats each priority per action in its first column."""
from __future__ import annotations

from pathlib import Path

from .kit_html import build_html, table, ul

OUT = "strategies/nottingham_community_safety_partnership_plan_2025-28.pdf"
TITLE = "Safer Nottingham: Community Safety Partnership Plan 2025\u20132028"
NEEDLES = {"fore": "Foreword", "city": "The city in numbers", "matrix": "Our priorities and outcomes",
           "approach": "Our approach", "rag": "Action plan 2025/26", "gov": "Governance, measures and contacts"}
CSS = """
@page { size: A4; margin: 15mm 15mm 18mm 15mm;
  @bottom-right { content: "Safer Nottingham \\00B7  page " counter(page); font: 8pt 'DejaVu Sans'; color: #3F1D5C; } }
@page :first { @bottom-right { content: none; } }
@page land { size: A4 landscape; }
.land { page: land; }
body { font: 9.5pt/1.45 'DejaVu Sans', sans-serif; color: #222; margin: 0; }
h1 { font: bold 19pt 'DejaVu Sans'; color: #3F1D5C; margin: 0 0 8pt; padding: 4pt 0; border-top: 5pt solid #C2185B; }
h2 { font: bold 12pt 'DejaVu Sans'; color: #C2185B; margin: 10pt 0 4pt; }
.cover { height: 255mm; background: linear-gradient(#3F1D5C, #3F1D5C 70%, #C2185B 70%); color: #fff; padding: 40mm 15mm; box-sizing: border-box; }
.cover .t { font: bold 34pt 'DejaVu Sans'; } .cover .s { font-size: 15pt; margin-top: 8pt; }
.toc { width: 100%; } .toc td { padding: 5pt 4pt; border-bottom: 1px solid #ddd; } .toc td:first-child { width: 12mm; font-weight: bold; color: #C2185B; }
table { border-collapse: collapse; width: 100%; }
.m th { background: #3F1D5C; color: #fff; text-align: left; padding: 5pt; font-size: 9pt; }
.m td { border: 1px solid #9C8AB0; padding: 5pt; vertical-align: top; font-size: 9pt; }
.m td.theme { background: #EDE7F3; font-weight: bold; color: #3F1D5C; vertical-align: middle; text-transform: uppercase; font-size: 8pt; letter-spacing: 0.5pt; }
.m td.pr { font-weight: bold; font-size: 10.5pt; color: #000; }
.rag td, .rag th { border: 1px solid #bbb; padding: 3pt 4pt; font-size: 8.5pt; text-align: left; vertical-align: top; }
.rag th { background: #eee; } .G { background: #8BC34A; } .A { background: #FFC107; } .R { background: #EF5350; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; }
.stats div { background: #EDE7F3; padding: 8pt; text-align: center; } .stats b { display: block; font-size: 18pt; color: #3F1D5C; }
.note { font-size: 8pt; color: #666; font-style: italic; }
"""
MATRIX = [  # theme, priority, outcomes, lead
    ("Safer streets", "Reducing serious violence and knife crime in the city",
     "Fewer knife-enabled offences; fewer young victims of violence", "Nottinghamshire Police with the VRP"),
    (None, "Tackling anti-social behaviour in neighbourhoods and the city centre",
     "Fewer repeat locations; victims supported through the ASB case review", "Nottingham City Council"),
    ("Protecting people", "Protecting children and young people from criminal exploitation",
     "Children identified earlier; fewer children missing from home", "Children's Services"),
    (None, "Making the city safer for women and girls",
     "More women feel safe in the city centre at night; more reports of harassment acted on", "City Council VAWG lead"),
    ("Healthier communities", "Reducing harm from drugs and alcohol, including drug-related deaths",
     "More people in treatment; fewer drug-related deaths", "Public Health"),
    ("Stronger communities", "Tackling hate crime and building cohesive communities",
     "More hate crime reported; more people feel they belong", "Community Cohesion team"),
]
RAG = [(0, "Knife crime education in all secondary schools", "VRP", "A"),
       (0, "Focused deterrence with young adults at risk", "Police", "G"),
       (1, "Community protection officers in eight wards", "City Council", "G"),
       (1, "ASB case review promoted with housing providers", "City Council", "A"),
       (2, "Exploitation screening in the Multi-Agency Safeguarding Hub", "Children's Services", "G"),
       (2, "Return home interviews within 72 hours", "Children's Services", "R"),
       (3, "Safe space in the Market Square on weekend nights", "City Council", "G"),
       (3, "Bystander training for night-time economy staff", "VRP", "A"),
       (4, "Naloxone in all hostels and supported housing", "Public Health", "G"),
       (4, "Alcohol treatment referrals from the Emergency Department", "ICB", "A"),
       (5, "Third-party hate crime reporting centres reviewed", "Cohesion team", "A"),
       (5, "Community cohesion fund small grants round", "City Council", "G")]


def sections(pages):
    cover = ("<div class='cover'><div class='t'>Safer<br>Nottingham</div><div class='s'>Community Safety "
             "Partnership Plan 2025\u20132028</div></div>")
    toc = "<h1>Contents</h1>" + table([[str(pages.get(k, '') or ''), lab] for k, lab in
                                        [("fore", "Foreword"), ("city", "The city in numbers"),
                                         ("matrix", "Our priorities and outcomes"), ("approach", "Our approach"),
                                         ("rag", "Action plan 2025/26"), ("gov", "Governance, measures and contacts")]],
                                       cls="toc", head=False)
    fore = ("<h1>Foreword</h1><p>The Nottingham Community Safety Partnership \u2013 Safer Nottingham \u2013 brings "
            "together the city council, Nottinghamshire Police, the fire and rescue service, the NHS, the Probation "
            "Service and the voluntary and community sector. This plan sets our direction for 2025 to 2028.</p>"
            "<p>Nottingham is a young, diverse and vibrant city. Crime has fallen in most categories over three "
            "years, but knife crime, exploitation and anti-social behaviour remain too high, and too many women "
            "tell us they do not feel safe in the city centre at night.</p>"
            "<p>Our 2022\u20132025 plan had five priorities: <i>serious violence</i>, <i>neighbourhood crime and "
            "ASB</i>, <i>VAWG</i>, <i>drugs and alcohol</i> and <i>hate crime and extremism</i>. The new plan keeps "
            "much of that focus, adds the criminal exploitation of children as a priority in its own right, and "
            "groups the priorities under four themes.</p>"
            "<p>The Prevent duty is delivered through the Prevent partnership board and is not a priority of "
            "this plan.</p><p><i>Chair, Safer Nottingham Board</i></p>")
    city = ("<h1>The city in numbers</h1><p class='note'>All figures are illustrative and are not official "
            "statistics.</p><div class='stats'><div><b>338,000</b>residents</div><div><b>41,200</b>crimes in "
            "2024</div><div><b>612</b>knife-enabled offences</div><div><b>9,800</b>ASB incidents</div><div><b>74"
            "</b>drug-related deaths (3 years)</div><div><b>1 in 3</b>women feel unsafe at night</div></div>"
            "<h2>Key findings</h2>" + ul([
                "Knife crime is concentrated among young men aged 15\u201324 in a small number of wards.",
                "Children going missing from home is a strong predictor of exploitation.",
                "Drug-related deaths are among the highest of any core city.",
                "Hate crime reports rose after national events in 2024."])
            + "<h2>What the Commissioner has asked of partners</h2><p>The Police and Crime Plan 2025\u20132029 asks "
              "partners to support its priorities on knife crime and serious violence, women and girls, victims, "
              "and the cycle of drugs, alcohol and reoffending.</p>")
    rows = [["Theme", "Priority", "What we want to achieve", "Lead"]]
    for i, (th, pr, oc, lead) in enumerate(MATRIX):
        span = 2 if th and i + 1 < len(MATRIX) and MATRIX[i + 1][0] is None else 1
        cell = (th, {"class": "theme", "rowspan": span}) if th else None
        rows.append([cell, (pr, {"class": "pr"}), oc, lead])
    matrix = ("<h1>Our priorities and outcomes</h1><p>The Safer Nottingham Board agreed six priorities, grouped "
              "under four themes. Each has a lead partner accountable to the Board.</p>"
              + table(rows, cls="m", widths=["22%", "30%", "30%", "18%"]))
    approach = ("<h1>Our approach</h1>" + ul([
        "<b>Public health.</b> We treat violence and exploitation as preventable, and act on their causes.",
        "<b>Trauma-informed.</b> Our staff are trained to recognise the impact of trauma.",
        "<b>Locality working.</b> Ward-based problem-solving in the areas of highest need.",
        "<b>Community voice.</b> Residents, young people and faith groups help shape delivery."])
        + "<h2>Statutory duties</h2><p>The plan meets the Board's duties under the Crime and Disorder Act 1998, "
          "the Serious Violence Duty (with the Violence Reduction Partnership) and the Domestic Abuse Act 2021.</p>")
    rrows = [["Priority", "Action", "Lead", "RAG"]]
    for pi, act, lead, r in RAG:
        rrows.append([MATRIX[pi][1], act, lead, (r, {"class": r})])
    rag = ("<div class='land'><h1>Action plan 2025/26</h1><p>Status at quarter 1. G on track; A some delay; R at "
           "risk.</p>" + table(rrows, cls="rag", widths=["38%", "40%", "16%", "6%"]) + "</div>")
    gov = ("<h1>Governance, measures and contacts</h1><p>The Safer Nottingham Board meets quarterly. Its "
           "delivery groups cover violence and exploitation, neighbourhoods, VAWG, substance misuse and "
           "cohesion.</p>" + table([["Measure", "Aim"], ["Knife-enabled offences", "Reduce"],
                                    ["Repeat ASB locations", "Reduce"], ["Children missing from home", "Reduce"],
                                    ["Women feeling safe at night", "Increase"], ["Drug-related deaths", "Reduce"],
                                    ["Hate crime reporting", "Increase"]], cls="rag")
           + "<h2>Contact</h2><p>Community Protection, Nottingham City Council, Loxley House, Station Street, "
             "Nottingham. safer.nottingham@nottinghamcity.example \u00b7 0115 000 0000 (illustrative)</p>")
    return [cover, toc, fore, city, matrix, approach, rag, gov]


def build(root: Path) -> Path:
    return build_html(root / OUT, CSS, sections, NEEDLES, TITLE)
