"""Mid Sussex Community Safety Partnership Plan 2026-2029 (fictional re-creation).

House style: HTML/CSS printed by Chromium, Liberation Sans with DejaVu Serif headings, slate blue and lime,
folio "n / m" at the bottom centre.  The document speaks of four **themes**, each with lettered **objectives**
(i, ii, iii); it never calls its own items priorities.  Page 6 shows the themes as a 2 x 2 grid of panels: a
coloured header band holding the theme, then its objectives as a roman-numbered list.  The gold is the top
level, the themes.
"""
from __future__ import annotations

from pathlib import Path

from sussex_districts import kit_html as K
from sussex_districts.work import ILLUS

OUT = "strategies/mid_sussex_community_safety_partnership_plan_2026-29.pdf"

THEMES = [
    ("Tackling anti-social behaviour in our towns and villages", "#3d5a80",
     ["Problem-solving in Burgess Hill, East Grinstead and Haywards Heath town centres",
      "Support for parish councils facing repeat ASB", "Diversionary activities in the summer holidays"]),
    ("Protecting residents from scams, fraud and cyber crime", "#5b7f3a",
     ["Scams awareness for older and isolated residents", "Cyber safety sessions for small businesses",
      "Call blockers for repeat victims"]),
    ("Supporting people affected by domestic abuse", "#7a3e65",
     ["Domestic abuse champions in the council and housing associations",
      "Awareness in GP surgeries and pharmacies", "Safe accommodation through the West Sussex pathway"]),
    ("Safer roads for all road users", "#b5651d",
     ["Community Speedwatch in every interested parish", "Cycle and pedestrian safety near schools",
      "Support for the Sussex Safer Roads Partnership's campaigns"]),
]

CSS = """
body { font-family: 'Liberation Sans', sans-serif; color: #222; font-size: 9.6pt; line-height: 1.45; }
h1 { font-family: 'DejaVu Serif', serif; color: #293241; font-size: 20pt; margin: 0 0 4mm 0; font-weight: normal; }
h2 { font-family: 'DejaVu Serif', serif; color: #3d5a80; font-size: 12pt; margin: 5mm 0 2mm 0; }
p { margin: 0 0 2.6mm 0; }
.run { color: #6c7a89; }
.folio { left: 0; right: 0; text-align: center; color: #6c7a89; }
.cover { background: #293241; color: white; }
.cover .bar { position: absolute; left: 0; top: 0; bottom: 0; width: 14mm; background: #98c1d9; }
.cover .t { position: absolute; left: 28mm; top: 95mm; font-family: 'DejaVu Serif', serif; font-size: 28pt; line-height: 1.2; }
.cover .s { position: absolute; left: 28mm; top: 140mm; font-size: 13pt; color: #e0fbfc; }
.cover .o { position: absolute; left: 28mm; bottom: 25mm; font-size: 9.5pt; color: #98c1d9; }
.toc .e { display: flex; justify-content: space-between; padding: 2mm 0; font-size: 10.5pt; }
.toc .e .t { flex: 1; border-bottom: 1pt dotted #98c1d9; margin-right: 3mm; }
.note { font-size: 7.8pt; color: #666; }
.tbl th { background: #293241; color: white; text-align: left; padding: 1.8mm; font-size: 8.8pt; }
.tbl td { border-bottom: 0.5pt solid #98c1d9; padding: 1.8mm; font-size: 8.8pt; vertical-align: top; }
.stat { display: inline-block; width: 31%; margin: 0 1.5% 3mm 0; vertical-align: top; border-left: 2pt solid #98c1d9;
        padding-left: 3mm; }
.stat b { display: block; font-family: 'DejaVu Serif', serif; font-size: 16pt; color: #293241; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 9mm 10mm; margin-top: 5mm; }
.panel { border: 0.8pt solid #c9d3dd; min-height: 70mm; }
.panel .hd { color: white; padding: 4mm 4mm 4mm 4mm; font-weight: bold; font-size: 12.5pt; line-height: 1.25; }
.panel ol { list-style: lower-roman; margin: 3mm 4mm 3mm 9mm; padding: 0; font-size: 9pt; }
.panel li { margin-bottom: 1.6mm; }
.panel .ob { margin: 3mm 4mm 0 4mm; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.6pt; color: #6c7a89; }
"""


def build(root: Path) -> Path:
    cover = ("<div class='bar'></div><div class='t'>Community Safety<br>Partnership Plan</div>"
             "<div class='s'>Mid Sussex 2026\u20132029</div>"
             "<div class='o'>Mid Sussex District Council and the Mid Sussex Community Safety Partnership</div>")
    toc = [("Foreword", 3, 0), ("Mid Sussex in brief", 4, 0), ("Background", 5, 0), ("Our themes", 6, 0),
           ("Delivery", 7, 0), ("Monitoring and contacts", 8, 0)]
    pages = ["<h1>Contents</h1>" + K.contents(toc)]
    pages.append(
        "<h1>Foreword</h1>"
        "<p>Mid Sussex remains one of the safest districts in the country. Our towns of Burgess Hill, East "
        "Grinstead and Haywards Heath and our many villages enjoy low levels of crime. But residents tell us that "
        "anti-social behaviour, speeding traffic and scams still affect their quality of life, and we know that "
        "domestic abuse is under-reported here as it is everywhere.</p>"
        "<p>This plan sets out four themes for the Mid Sussex Community Safety Partnership from 2026 to 2029. "
        "Each theme has three objectives, and each objective has a named lead.</p>"
        "<p>We are a small partnership with limited resources, so we have chosen to do fewer things well. "
        "Matters that are best handled across the county \u2014 serious violence, drugs and exploitation \u2014 "
        "are led by West Sussex partnerships, to which we contribute.</p>"
        "<p class='note'>Chair, Mid Sussex Community Safety Partnership</p>")
    pages.append(
        "<h1>Mid Sussex in brief</h1>"
        "<div class='stat'><b>154,000</b>residents</div><div class='stat'><b>5.1</b>crimes per 1,000 people, "
        "lowest in West Sussex</div><div class='stat'><b>1,390</b>ASB incidents</div>"
        "<div class='stat'><b>\u00a3640k</b>reported lost to fraud</div><div class='stat'><b>88</b>killed or "
        "seriously injured on roads</div><div class='stat'><b>1,310</b>domestic abuse incidents</div>"
        f"<p class='note'>{ILLUS}</p>"
        "<h2>What residents told us</h2>"
        + K.table([["Issue", "Residents very or fairly concerned"], ["Speeding and dangerous driving", "59%"],
                   ["Anti-social behaviour", "44%"], ["Fraud and scams", "40%"], ["Burglary", "26%"]],
                  widths=[70, 30])
        + "<h2>Key findings</h2><ul><li>ASB is concentrated in the three town centres and a handful of villages "
          "in the summer.</li><li>Older residents in rural areas are most at risk of courier fraud.</li><li>Road "
          "casualties are highest on the A23 and A272 and on rural lanes.</li></ul>")
    pages.append(
        "<h1>Background</h1>"
        "<h2>2023\u20132026</h2><p>The previous plan's priorities were anti-social behaviour; scams and fraud; "
        "domestic abuse; and youth engagement. Youth engagement has moved to the district's Youth Strategy.</p>"
        "<h2>The Sussex Police and Crime Plan 2025\u20132029</h2>"
        "<p>The Commissioner's plan is built on four pillars \u2014 Strengthen local policing; Fight crime and "
        "prevent harm; Put victims first and reduce reoffending; Improve access and public confidence \u2014 with "
        "nine priorities beneath them, among them <i>Making Sussex's roads safer</i> and <i>Supporting victims and "
        "witnesses</i>.</p>"
        "<h2>West Sussex partnerships</h2>"
        + K.table([["Partnership", "Leads on"], ["West Sussex Community Safety and Wellbeing Board",
                                               "Serious violence, Prevent, county-wide data"],
                   ["West Sussex Domestic Abuse Local Partnership Board", "Safe accommodation duty"],
                   ["West Sussex Combating Drugs Partnership", "Drugs and alcohol"]], widths=[55, 45]))
    body = ("<h1>Our themes</h1><p>The partnership will work on four themes from 2026 to 2029. The objectives "
            "under each theme are what we will deliver.</p><div class='grid'>")
    for t, col, objs in THEMES:
        body += (f"<div class='panel'><div class='hd' style='background:{col}'>{t}</div>"
                 "<div class='ob'>Objectives</div><ol>" + "".join(f"<li>{o}</li>" for o in objs) + "</ol></div>")
    body += "</div>"
    pages.append(body)
    pages.append(
        "<h1>Delivery</h1>"
        + K.table([["Theme", "Objective", "Lead", "Timescale"],
                   ["ASB", "Town centre problem-solving meetings", "MSDC", "Monthly"],
                   ["ASB", "Summer diversionary programme", "MSDC / youth providers", "Each summer"],
                   ["Fraud", "Scams talks to 40 community groups a year", "Trading Standards", "Ongoing"],
                   ["Domestic abuse", "Train 100 champions", "MSDC", "By 2027"],
                   ["Roads", "Speedwatch in 25 parishes", "Sussex Police", "By 2028"]], widths=[16, 44, 24, 16])
        + "<p>Delivery is funded by Mid Sussex District Council and the Police and Crime Commissioner's community "
          "safety grant.</p>")
    pages.append(
        "<h1>Monitoring and contacts</h1>"
        + K.table([["Measure", "Baseline", "Aim"], ["ASB incidents", "1,390", "Down"],
                   ["Fraud victims given support", "160", "Up"], ["Domestic abuse champions trained", "35", "100"],
                   ["Killed or seriously injured", "88", "Down"]], widths=[60, 20, 20])
        + f"<p class='note'>{ILLUS}</p><p>The partnership reports each year to the council's Scrutiny Committee "
          "for Community, Customer Services and Service Delivery.</p><h2>Contact</h2><p>Community Safety, "
          "Mid Sussex District Council, Oaklands Road, Haywards Heath. communitysafety@midsussex.example</p>")
    out = root / OUT
    return K.build(out, "mid_sussex", "Mid Sussex Community Safety Partnership Plan 2026\u20132029", CSS, cover,
                   pages, "Mid Sussex Community Safety Partnership Plan 2026\u20132029", folio="{n} / {total}")
