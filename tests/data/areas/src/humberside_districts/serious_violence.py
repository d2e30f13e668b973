"""Humber Violence Prevention Partnership: Serious Violence Strategy 2025-2030 (fictional).

HTML/CSS printed by Chromium, A4 landscape throughout, 9 pages, DejaVu Sans Condensed. The priorities are the
"Outcomes: our priorities" column (the fourth of five) of a logic model drawn as a CSS grid (p6): Inputs,
Activities, Outputs, Outcomes and one tall Impact box, with arrow heads between the columns.
"""
from __future__ import annotations

from hd_kit import hcontents, hpage, html_pages, htable, ul

FILE = "strategies/humber_violence_prevention_partnership_serious_violence_strategy_2025-30.pdf"

ROWS = [
    ("Police hotspot patrols; community safety officers", "Focused deterrence in the six hotspot areas",
     "Patrol hours; weapons seized", "Fewer knife crimes and serious assaults in our hotspot neighbourhoods"),
    ("Youth workers; exploitation hubs", "Navigators in custody suites and A&amp;E; mentoring",
     "Children reached; referrals", "Fewer children criminally exploited by county lines gangs"),
    ("Licensing officers; street marshals", "Safe spaces, bystander training, licensing visits",
     "Venues trained; nights covered", "A safer night-time economy in Hull, Grimsby and Scunthorpe"),
    ("Training budget; lived-experience trainers", "Trauma-informed training for all partner staff",
     "Staff trained; services accredited", "A workforce that understands and responds to trauma"),
]

CSS = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; color: #1B1B1B; font-size: 9.6pt;
       line-height: 1.45; }
.inner { padding: 16mm 18mm 16mm 18mm; }
.foot { position: absolute; bottom: 7mm; right: 18mm; font-size: 7.5pt; color: #444; }
.head { position: absolute; top: 6mm; left: 18mm; font-size: 7.5pt; color: #A4161A; font-weight: bold; }
h1 { font-size: 20pt; margin: 0 0 4mm 0; color: #A4161A; }
h2 { font-size: 12pt; margin: 4mm 0 2mm 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 10mm; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.6pt; }
table.t th { background: #1B1B1B; color: #fff; text-align: left; padding: 1.8mm; }
table.t td { border-bottom: 1px solid #ccc; padding: 1.8mm; vertical-align: top; }
ol.toc { list-style: none; padding: 0; font-size: 12pt; columns: 2; }
ol.toc li { display: flex; justify-content: space-between; padding: 2mm 6mm 2mm 0; border-bottom: 1px solid #ddd; }
.cover { height: 210mm; background: #1B1B1B; color: #fff; padding: 40mm 24mm; }
.cover h1 { color: #fff; font-size: 32pt; }
.cover .bar { width: 60mm; height: 4mm; background: #A4161A; margin: 6mm 0; }
.cover .n { position: absolute; bottom: 12mm; left: 24mm; font-size: 7.5pt; }
.lm { display: grid; grid-template-columns: 1fr 6mm 1.15fr 6mm 0.9fr 6mm 1.35fr 6mm 0.9fr;
      grid-template-rows: auto repeat(4, 1fr); gap: 2.2mm 0; height: 140mm; }
.lm .h { font-size: 7.6pt; font-weight: bold; letter-spacing: .08em; color: #555; align-self: end; }
.lm .c { border: 1px solid #bbb; padding: 2mm; font-size: 8.2pt; background: #F7F7F7; }
.lm .o { border: 2px solid #A4161A; background: #fff; padding: 2.5mm; font-size: 11pt; font-weight: bold;
         color: #A4161A; line-height: 1.25; }
.lm .ar { align-self: center; justify-self: center; width: 0; height: 0; border-top: 2.4mm solid transparent;
          border-bottom: 2.4mm solid transparent; border-left: 3.6mm solid #999; }
.lm .imp { grid-column: 9; grid-row: 2 / span 4; background: #A4161A; color: #fff; padding: 4mm;
           font-size: 10.5pt; display: flex; align-items: center; }
.note { font-size: 7.6pt; color: #555; }
"""


def build(root):
    out = root / FILE
    head = "HUMBER VIOLENCE PREVENTION PARTNERSHIP \u00b7 SERIOUS VIOLENCE STRATEGY 2025\u20132030"

    def foot(n):
        return f"Page {n} of 9"

    toc = [("Foreword", 3), ("The Serious Violence Duty", 4), ("What the needs assessment found", 5),
           ("Our logic model", 6), ("Interventions", 7), ("Measuring success", 8), ("Governance", 9)]
    cells = ['<div class="h">INPUTS</div><div></div><div class="h">ACTIVITIES</div><div></div>'
             '<div class="h">OUTPUTS</div><div></div><div class="h">OUTCOMES: OUR PRIORITIES</div><div></div>'
             '<div class="h">IMPACT</div>']
    for r, (i, a, o, oc) in enumerate(ROWS, start=2):
        cells.append(f'<div class="c" style="grid-row:{r};grid-column:1">{i}</div>'
                     f'<div class="ar" style="grid-row:{r};grid-column:2"></div>'
                     f'<div class="c" style="grid-row:{r};grid-column:3">{a}</div>'
                     f'<div class="ar" style="grid-row:{r};grid-column:4"></div>'
                     f'<div class="c" style="grid-row:{r};grid-column:5">{o}</div>'
                     f'<div class="ar" style="grid-row:{r};grid-column:6"></div>'
                     f'<div class="o" style="grid-row:{r};grid-column:7">{oc}</div>'
                     f'<div class="ar" style="grid-row:{r};grid-column:8"></div>')
    cells.append('<div class="imp">Fewer people killed or seriously hurt by violence across the Humber by '
                 "2030</div>")
    pages = [
        '<div class="cover"><div>HUMBER VIOLENCE PREVENTION PARTNERSHIP</div><div class="bar"></div>'
        "<h1>Serious Violence Strategy<br/>2025\u20132030</h1><p>Hull \u00b7 East Riding \u00b7 North Lincolnshire "
        '\u00b7 North East Lincolnshire</p><div class="n">A fictional re-creation for testing. Statistics are '
        "illustrative.</div></div>",
        hpage("<h1>Contents</h1>" + hcontents(toc), foot(2), head),
        hpage('<h1>Foreword</h1><div class="cols"><div><p>The Humber Violence Prevention Partnership brings '
              "together the specified authorities of the Serious Violence Duty across the four Humber council "
              "areas, with education, prisons and the voluntary sector. We take a public health approach: violence "
              "is preventable, and it spreads like a disease unless we act on its causes.</p></div><div><p>This "
              "strategy sets out a logic model. It shows what partners put in, what they will do, what that "
              "produces and the outcomes we want by 2030. Those outcomes are our priorities; every funded "
              "intervention must show which one it serves.</p><p><b>Chair, Humber Violence Prevention "
              "Partnership</b></p></div></div>", foot(3), head),
        hpage('<h1>The Serious Violence Duty</h1><div class="cols"><div><p>The Duty, in force since January 2023, '
              "requires specified authorities (police, councils, fire and rescue, integrated care boards, youth "
              "offending teams and probation) to work together to prevent and reduce serious violence, to "
              "publish a strategic needs assessment and a strategy, and to review them each year.</p>"
              "<h2>Our local definition</h2><p>Serious violence is violence resulting in significant physical "
              "injury, including homicide, knife and weapon crime, and violence in public places, with domestic "
              "abuse and sexual violence included where they take place in public.</p></div><div>"
              "<h2>Our first strategy (2023\u20132025)</h2>" + ul([
                  "Understanding violence", "Young people", "Places", "Working together"]) +
              "</div></div>", foot(4), head),
        hpage('<h1>What the needs assessment found</h1><div class="cols"><div>' + htable([
                  ["Indicator (illustrative*)", "2024/25"],
                  ["Hospital admissions for assault with a sharp object", "118"],
                  ["Knife or sharp object enabled serious violence", "640"],
                  ["Homicides", "9"], ["Violence with injury, night-time economy", "1,310"]]) +
              '<p class="note">* Illustrative.</p></div><div><h2>Home Office success measures</h2>' + ul([
                  "A reduction in hospital admissions for assaults with a knife or sharp object",
                  "A reduction in knife and sharp object enabled serious violence recorded by the police",
                  "A reduction in homicides recorded by the police"]) +
              "<h2>The public health approach: the \u201c5 Cs\u201d</h2>" + ul([
                  "Collaboration", "Co-production", "Cooperation in data and intelligence sharing",
                  "Counter-narrative development", "Community consensus"]) + "</div></div>", foot(5), head),
        hpage("<h1>Our logic model</h1><p class=\"note\">Read left to right. The outcomes column holds the "
              "partnership's four priorities for 2025\u20132030.</p><div class=\"lm\">" + "".join(cells) +
              "</div>", foot(6), head),
        hpage("<h1>Interventions</h1>" + htable([
                  ["Theme", "Intervention", "Area", "Funded by"],
                  ["Hotspots", "Focused deterrence and hotspot patrols", "All four areas", "Home Office grant"],
                  ["Exploitation", "Custody and A&amp;E navigators", "Hull, NE Lincs", "OPCC"],
                  ["Night-time economy", "Street marshals and safe spaces", "Hull, Grimsby, Scunthorpe", "Councils"],
                  ["Workforce", "Trauma-informed training programme", "All four areas", "ICB"],
                  ["Education", "Knife crime lessons in secondary schools", "All four areas", "Councils"]]),
              foot(7), head),
        hpage("<h1>Measuring success</h1>" + htable([
                  ["Outcome", "Local measure", "Baseline*", "2030"],
                  ["Hotspots", "Serious violence in the six hotspot areas", "410", "\u221220%"],
                  ["Exploitation", "Children at high risk of exploitation", "96", "\u221225%"],
                  ["Night-time economy", "Violence with injury, 9pm\u20133am", "1,310", "\u221215%"],
                  ["Workforce", "Staff trained in trauma-informed practice", "900", "6,000"]]) +
              '<p class="note">* Illustrative.</p>', foot(8), head),
        hpage("<h1>Governance</h1><p>The partnership board meets quarterly and reports to the Police and Crime "
              "Commissioner, who convenes the Duty across the Humber, and to the four community safety "
              "partnerships. Contact: hvpp@humber.example (illustrative).</p>", foot(9), head),
    ]
    return html_pages(out, title="Humber Serious Violence Strategy 2025-2030", css=CSS, pages=pages, landscape=True)
