"""Newark and Sherwood Community Safety Partnership Plan 2025-2028: HTML/CSS -> Chromium. The priorities are
written as questions, each in a box with a "Q1".."Q5" badge (p6). Distractor: residents' own questions (p5)."""
from __future__ import annotations

from pathlib import Path

from .kit_html import build_html, table, ul

OUT = "strategies/newark_and_sherwood_community_safety_partnership_plan_2025-28.pdf"
TITLE = "Newark and Sherwood Community Safety Partnership Plan 2025\u20132028"
NEEDLES = {"welcome": "Welcome", "district": "Our district", "asked": "What you asked us",
           "q": "Our five questions", "answer": "How we will answer them", "gov": "Keeping track"}
CSS = """
@page { size: A4; margin: 18mm 20mm 20mm 20mm;
  @bottom-center { content: "\\2013  " counter(page) "  \\2013"; font: 9pt 'Liberation Serif'; color: #6D3B1E; } }
@page :first { @bottom-center { content: none; } }
body { font: 10.5pt/1.5 'Liberation Sans', sans-serif; color: #2b2b2b; }
h1 { font: bold 22pt 'Liberation Serif'; color: #6D3B1E; margin: 0 0 10pt; }
h2 { font: bold 13pt 'Liberation Serif'; color: #6D3B1E; margin: 12pt 0 4pt; }
.cover { height: 250mm; border: 6pt solid #6D3B1E; padding: 25mm 15mm; box-sizing: border-box; text-align: center; }
.cover .t { font: bold 28pt 'Liberation Serif'; color: #6D3B1E; margin-top: 50mm; } .cover .s { font-size: 14pt; }
.toc td { border: none; border-bottom: 1px dashed #bbb; padding: 5pt 0; } .toc td:last-child { text-align: right; width: 15mm; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4pt 6pt; vertical-align: top; }
.grid th { background: #6D3B1E; color: #fff; } .grid td { border-bottom: 1px solid #e0cfc3; }
.asked p { font-style: italic; background: #f7efe9; padding: 5pt 8pt; margin: 4pt 0; border-radius: 4pt; }
.q { border: 1.5pt solid #6D3B1E; border-radius: 10pt; padding: 7pt 10pt 7pt 10pt; margin: 0 0 9pt; }
.q .badge { display: inline-block; background: #6D3B1E; color: #fff; font: bold 9pt 'Liberation Sans'; border-radius: 8pt; padding: 1pt 7pt; }
.q .text { font: bold 14pt 'Liberation Serif'; color: #3d1f0e; margin: 4pt 0 2pt; }
.q .why { font-size: 9.5pt; color: #555; }
.note { font-size: 8.5pt; font-style: italic; color: #777; }
"""
QUESTIONS = [
    ("How do we reduce anti-social behaviour in Newark and our market towns?",
     "ASB is the most common concern in Newark, Ollerton, Edwinstowe and Southwell."),
    ("How do we protect rural and heritage sites across Sherwood from crime?",
     "Machinery theft, hare coursing and damage to historic sites cost rural businesses dearly."),
    ("How do we keep people safe from domestic abuse and stalking?",
     "Reports of stalking have doubled since 2021 (illustrative)."),
    ("How do we reduce the harm caused by alcohol and drugs?",
     "Alcohol-related hospital admissions are above the county average."),
    ("How do we keep people safe on and near the River Trent?",
     "There were four water-related deaths in the district in three years (illustrative)."),
]


def sections(pages):
    cover = ("<div class='cover'><div>Newark and Sherwood Community Safety Partnership</div>"
             f"<div class='t'>Community Safety<br>Partnership Plan</div><div class='s'>2025\u20132028</div>"
             "<div style='margin-top:80mm;font-size:9pt'>Newark and Sherwood District Council \u00b7 Nottinghamshire "
             "Police \u00b7 Nottinghamshire Fire and Rescue Service \u00b7 Nottinghamshire County Council \u00b7 NHS "
             "\u00b7 Probation Service</div></div>")
    toc = "<h1>Contents</h1>" + table([[lab, str(pages.get(k, '') or '')] for k, lab in
                                        [("welcome", "Welcome"), ("district", "Our district"),
                                         ("asked", "What you asked us"), ("q", "Our five questions"),
                                         ("answer", "How we will answer them"), ("gov", "Keeping track")]],
                                       cls="toc", head=False)
    welcome = ("<h1>Welcome</h1><p>This plan sets out what the Newark and Sherwood Community Safety Partnership "
               "will concentrate on from 2025 to 2028. Rather than a list of headings, we have framed our "
               "priorities as the questions we want to answer together with residents.</p>"
               "<p>Our 2022\u20132025 plan had three priorities: <i>anti-social behaviour</i>, <i>vulnerable "
               "people</i> and <i>rural crime</i>. Until 2024 we shared a partnership with Bassetlaw; we now "
               "publish our own plan, and still share an analyst and some delivery groups.</p>"
               "<p>The plan has had regard to the Police and Crime Plan 2025\u20132029, and in particular to its "
               "priorities of safer neighbourhoods, towns and villages and breaking the cycle of drugs, alcohol "
               "and reoffending.</p><p><i>Chair of the partnership</i></p>")
    district = ("<h1>Our district</h1><p class='note'>All figures are illustrative and are not official statistics."
                "</p>" + table([["", "2024"], ["Residents", "124,000"], ["Recorded crime", "8,870"],
                                 ["ASB incidents", "3,120"], ["Rural crime reports", "455"],
                                 ["Domestic abuse incidents", "1,690"], ["Alcohol-related admissions per 100,000", "612"]],
                                cls="grid")
                + "<h2>Strategic assessment: key findings</h2>"
                + ul(["ASB in Newark town centre is linked to street drinking and a small number of individuals.",
                      "Rural crime is concentrated in the north and east of the district.",
                      "Stalking and harassment reports are rising faster than any other domestic abuse offence.",
                      "Open water on the Trent and in former quarries attracts swimmers in hot weather."]))
    asked = ("<h1>What you asked us</h1><p>At drop-in sessions and online, residents put their own questions to "
             "the partnership. These were the most common:</p><div class='asked'>"
             "<p>\u201cWhy don't we see police in the villages any more?\u201d</p>"
             "<p>\u201cWhat happens after I report anti-social behaviour?\u201d</p>"
             "<p>\u201cCan something be done about speeding on the A616?\u201d</p>"
             "<p>\u201cWho do I tell if I think a neighbour is being exploited?\u201d</p>"
             "<p>\u201cWhy does it take so long to clear fly-tipping?\u201d</p></div>"
             "<p>We have answered these questions on our website. Some, such as police visibility and speeding, "
             "are matters for the police and the highways authority, and are passed to them.</p>")
    q = "<h1>Our five questions</h1><p>These are the priorities of the partnership for 2025 to 2028.</p>"
    for i, (t, why) in enumerate(QUESTIONS, start=1):
        q += f"<div class='q'><span class='badge'>Q{i}</span><div class='text'>{t}</div><div class='why'>{why}</div></div>"
    answer = ("<h1>How we will answer them</h1>" + table([["Question", "What we will do", "Lead"],
              ["Q1", "Town centre PSPO review; joint patrols; ASB case review publicity", "District council"],
              ["Q2", "Rural crime partnership with farmers and Historic England; property marking", "Police"],
              ["Q3", "Stalking advocate; awareness for GPs and pharmacies", "County council"],
              ["Q4", "Street drinking outreach; licensing reviews; naloxone in hostels", "Public health"],
              ["Q5", "Throw-lines at hotspots; summer water safety campaign with the fire service", "Fire and rescue"]],
              cls="grid"))
    gov = ("<h1>Keeping track</h1><p>The partnership's Strategic Group meets quarterly; the council's Policy and "
           "Performance Improvement Committee scrutinises the plan each year.</p>"
           + table([["Indicator", "Aim"], ["ASB incidents", "Reduce"], ["Rural crime reports", "Reduce"],
                    ["Stalking cases referred to the advocate", "Increase"], ["Alcohol-related admissions", "Reduce"],
                    ["Water-related incidents", "Reduce"]], cls="grid")
           + "<h2>Contact</h2><p>Community Safety, Castle House, Great North Road, Newark. "
             "community.safety@newark-sherwood.example \u00b7 01636 000 000 (illustrative)</p>")
    return [cover, toc, welcome, district, asked, q, answer, gov]


def build(root: Path) -> Path:
    return build_html(root / OUT, CSS, sections, NEEDLES, TITLE)
