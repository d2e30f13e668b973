"""Gedling Community Safety Partnership Plan 2025-2028: HTML/CSS -> Chromium. A one-page summary (p3, short
focus labels only) followed by the full document; the priorities are stated once, as numbered headings beside
large numerals, on p6."""
from __future__ import annotations

from pathlib import Path

from .kit_html import build_html, table, ul

OUT = "strategies/gedling_community_safety_partnership_plan_2025-28.pdf"
TITLE = "Gedling Community Safety Partnership Plan 2025\u20132028"
NEEDLES = {"summary": "Our plan in summary", "intro": "Introduction from the chair", "context": "Gedling in context",
           "prior": "Our priorities for 2025 to 2028", "deliver": "How we will deliver", "measures": "Measures and governance"}
CSS = """
@page { size: A4; margin: 16mm 18mm 20mm 18mm;
  @bottom-left { content: "Gedling Community Safety Partnership"; font: 8pt 'DejaVu Sans'; color: #2E7D32; }
  @bottom-right { content: counter(page); font: bold 9pt 'DejaVu Sans'; color: #2E7D32; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font: 10pt/1.5 'DejaVu Sans', sans-serif; color: #263238; }
h1 { font: bold 20pt 'DejaVu Sans'; color: #2E7D32; margin: 0 0 10pt; border-bottom: 2px solid #A5D6A7; }
h2 { font: bold 13pt 'DejaVu Sans'; color: #1B5E20; margin: 12pt 0 5pt; }
.cover { height: 255mm; background: #2E7D32; color: #fff; padding: 30mm 16mm; box-sizing: border-box; }
.cover .t { font: bold 30pt 'DejaVu Sans'; line-height: 1.15; } .cover .s { font-size: 15pt; margin-top: 12pt; }
.toc div { border-bottom: 1px dotted #999; padding: 5pt 0; } .toc b { float: right; }
.sum { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; }
.box { background: #E8F5E9; padding: 8pt 10pt; border-radius: 6pt; }
.chips span { display: inline-block; background: #2E7D32; color: #fff; border-radius: 10pt; padding: 2pt 8pt; margin: 2pt; font-size: 9pt; }
.pr { margin: 0 0 12pt; border-left: 4pt solid #A5D6A7; padding-left: 10pt; }
.pr .num { font: bold 22pt 'DejaVu Serif'; color: #81C784; line-height: 1.1; }
.pr h3 { font: bold 13pt 'DejaVu Sans'; color: #1B5E20; margin: 0 0 3pt; }
.pr p { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; } th { background: #2E7D32; color: #fff; text-align: left; }
th, td { padding: 4pt 6pt; border-bottom: 1px solid #C8E6C9; vertical-align: top; }
.note { font-size: 8pt; color: #607D8B; font-style: italic; }
"""

PRIORITIES = [
    ("Tackling anti-social behaviour and neighbourhood nuisance",
     "Noise, nuisance neighbours, groups causing alarm and vandalism in parks. We will use the full range of "
     "tools and powers, and make the ASB case review easy to use."),
    ("Keeping young people safe from exploitation",
     "Young people in Arnold, Netherfield and Carlton have been targeted by people involved in dealing. We will "
     "train staff in schools, leisure centres and taxis to spot the signs."),
    ("Reducing domestic abuse and supporting survivors",
     "Domestic abuse is the largest single source of violent crime in the borough. We will fund outreach and "
     "promote the Sanctuary scheme."),
    ("Increasing reporting of hate crime and building community cohesion",
     "Hate crime is under-reported. We will open third-party reporting centres and support community events."),
    ("Reducing burglary and theft from vehicles",
     "Burglary and vehicle crime rose in 2024. We will run target-hardening and awareness campaigns."),
]


def sections(pages):
    cover = ("<div class='cover'><div class='t'>Gedling<br>Community Safety<br>Partnership Plan</div>"
             "<div class='s'>2025 \u2013 2028</div><div style='margin-top:120mm;font-size:10pt'>Gedling Borough "
             "Council \u00b7 Nottinghamshire Police \u00b7 Nottinghamshire Fire and Rescue Service \u00b7 Nottinghamshire "
             "County Council \u00b7 NHS \u00b7 Probation Service</div></div>")
    toc = "<h1>Contents</h1><div class='toc'>" + "".join(
        f"<div>{lab}<b>{pages.get(k, '') or ''}</b></div>" for k, lab in
        [("summary", "Our plan in summary"), ("intro", "Introduction from the chair"), ("context", "Gedling in context"),
         ("prior", "Our priorities for 2025 to 2028"), ("deliver", "How we will deliver"),
         ("measures", "Measures and governance")]) + "</div>"
    summ = ("<h1>Our plan in summary</h1><div class='sum'>"
            "<div class='box'><h2>Our vision</h2><p>Gedling is a safe place to live, work and visit, where people "
            "look out for each other.</p></div>"
            "<div class='box'><h2>Where we will focus</h2><div class='chips'><span>ASB and nuisance</span>"
            "<span>Exploited young people</span><span>Domestic abuse</span><span>Hate and cohesion</span>"
            "<span>Burglary and vehicle crime</span></div></div>"
            "<div class='box'><h2>How we will work</h2>" + ul(["Evidence-led", "Victim-centred", "Early intervention",
                                                               "Working with communities"]) + "</div>"
            "<div class='box'><h2>Key numbers</h2>" + ul(["7,950 crimes in 2024", "2,640 ASB incidents",
                                                          "1,310 domestic abuse incidents", "118 hate crimes"])
            + "<p class='note'>Illustrative figures.</p></div></div>"
            "<p style='margin-top:12pt'>The full plan follows. It explains the evidence behind each priority, what "
            "the partnership will do and how progress will be measured.</p>")
    intro = ("<h1>Introduction from the chair</h1>"
             "<p>Gedling is one of the safer boroughs in Nottinghamshire, but crime and anti-social behaviour still "
             "affect too many people. This plan sets out what the Gedling Community Safety Partnership will do over "
             "the next three years.</p><p>Since 2019 the borough has had its own partnership, having previously "
             "been part of South Nottinghamshire CSP. Our 2022\u20132025 plan focused on <i>anti-social "
             "behaviour</i>, <i>domestic abuse</i>, <i>serious acquisitive crime</i> and <i>protecting vulnerable "
             "people</i>.</p><p>The Crime and Disorder Act 1998 requires us to have regard to the Police and Crime "
             "Commissioner's priorities. The Commissioner's Police and Crime Plan 2025\u20132029 sets seven: safer "
             "neighbourhoods, towns and villages; preventing knife crime and serious violence; making "
             "Nottinghamshire safe for women and girls; putting victims first; safer roads; breaking the cycle of "
             "drugs, alcohol and reoffending; and effective and resilient policing.</p>"
             "<p><i>Chair, Gedling Community Safety Partnership</i></p>")
    context = ("<h1>Gedling in context</h1><p class='note'>All figures are illustrative and are not official "
               "statistics.</p>"
               + table([["Measure", "2023", "2024", "Change"], ["All crime", "7,720", "7,950", "+3%"],
                        ["Anti-social behaviour", "2,810", "2,640", "\u22126%"], ["Burglary", "402", "451", "+12%"],
                        ["Theft from vehicles", "366", "419", "+14%"], ["Domestic abuse incidents", "1,280", "1,310", "+2%"],
                        ["Hate crimes", "131", "118", "\u221210%"]])
               + "<h2>What the strategic assessment found</h2>"
               + ul(["ASB is concentrated in Arnold town centre, Netherfield and parts of Carlton.",
                     "Hate crime reports fell, but a survey suggests most incidents are not reported.",
                     "Young people are being recruited to carry drugs between Nottingham and the borough.",
                     "Burglary and vehicle crime rose for the first time in five years."])
               + "<h2>What residents told us</h2><p>In our survey, 61% named anti-social behaviour as their main "
                 "concern, followed by speeding (38%) and drug dealing (33%).</p>")
    prio = "<h1>Our priorities for 2025 to 2028</h1><p>The partnership board agreed five priorities in December 2024.</p>"
    for i, (t, d) in enumerate(PRIORITIES, start=1):
        prio += f"<div class='pr'><div class='num'>0{i}</div><div><h3>{t}</h3><p>{d}</p></div></div>"
    deliver = ("<h1>How we will deliver</h1><p>Each priority has an action plan, owned by a lead partner.</p>"
               + table([["Theme", "Example actions", "Lead"],
                         ["ASB", "Joint patrols; ASB case review; youth outreach in parks", "Gedling Borough Council"],
                         ["Exploitation", "Training for taxi drivers and leisure staff; disruption plans",
                          "Nottinghamshire Police"],
                         ["Domestic abuse", "Outreach worker; Sanctuary scheme", "Nottinghamshire County Council"],
                         ["Hate and cohesion", "Third-party reporting centres; community events", "Gedling Borough Council"],
                         ["Burglary and vehicle crime", "Target hardening; 'lock it or lose it' campaign",
                          "Nottinghamshire Police"]])
               + "<h2>Working with county-wide partnerships</h2><p>Serious violence is led by the Violence Reduction "
                 "Partnership, drug treatment by the Combating Drugs Partnership and domestic abuse services by the "
                 "Domestic Abuse Local Partnership Board.</p>")
    measures = ("<h1>Measures and governance</h1>"
                + table([["We will track", "Aim"], ["ASB incidents", "Reduce"], ["Repeat ASB victims", "Reduce"],
                         ["Hate crime reports", "Increase"], ["Domestic abuse referrals to outreach", "Increase"],
                         ["Burglary and theft from vehicles", "Reduce"]])
                + "<h2>Governance</h2><p>The partnership board meets quarterly and reports to the Council's "
                  "Overview and Scrutiny Committee each year.</p><h2>Contact</h2><p>Community Safety, Gedling "
                  "Borough Council, Civic Centre, Arnold. community.safety@gedling.example \u00b7 0115 000 0000 "
                  "(illustrative)</p>")
    return [cover, toc, summ, intro, context, prio, deliver, measures]


def build(root: Path) -> Path:
    return build_html(root / OUT, CSS, sections, NEEDLES, TITLE)
