"""Brighton & Hove Community Safety and Crime Reduction Strategy 2026-2029 (fictional re-creation).

House style: HTML/CSS printed by Chromium, Liberation Sans, plum and sea-green.  The priorities page (p6) is a
**nested numbered list**: three strategic themes (level 1, "1", "2", "3", each in a plum side bar) with the
numbered priorities "1.1 ..." under them (level 2, bold, with a grey line).  The document calls the second level
its priorities, so the gold is that level.
"""
from __future__ import annotations

from pathlib import Path

from sussex_districts import kit_html as K
from sussex_districts.work import ILLUS

OUT = "strategies/brighton_and_hove_community_safety_and_crime_reduction_strategy_2026-29.pdf"

THEMES = [
    ("Safe and welcoming neighbourhoods", [
        ("Reducing anti-social behaviour and its effect on residents and businesses",
         "Joint problem-solving in the wards with the most reports, and quicker help for repeat victims."),
        ("Making the city centre and night-time economy safer for everyone",
         "A safe night out from the Lanes to the seafront, for residents and visitors alike."),
        ("Tackling hate incidents and hate crime",
         "More reporting, better support for victims and a city-wide response to tensions."),
    ]),
    ("Reducing serious harm", [
        ("Preventing serious violence and knife crime",
         "Our local response under the Serious Violence Duty, with the Violence Reduction Partnership."),
        ("Disrupting drug dealing and county lines",
         "Closing down dealing lines and protecting the people they exploit."),
    ]),
    ("Protecting people at risk", [
        ("Making Brighton & Hove a city free from violence against women and girls",
         "Prevention in schools, safer streets at night and a joined-up response to abuse."),
        ("Preventing radicalisation and extremism",
         "Delivering the Prevent duty and supporting people at risk through Channel."),
    ]),
]

CSS = """
body { font-family: 'Liberation Sans', sans-serif; color: #262626; font-size: 10pt; line-height: 1.42; }
h1 { color: #6b2d5c; font-size: 22pt; margin: 0 0 5mm 0; font-weight: bold; }
h2 { color: #1f7a6d; font-size: 13pt; margin: 6mm 0 2mm 0; }
p { margin: 0 0 3mm 0; }
.run { color: #6b2d5c; border-bottom: 0.6pt solid #6b2d5c; padding-bottom: 1.5mm; }
.folio { right: 20mm; color: #6b2d5c; }
.cover { background: #6b2d5c; color: white; }
.cover .t1 { position: absolute; left: 22mm; top: 80mm; font-size: 30pt; font-weight: bold; line-height: 1.15; width: 160mm; }
.cover .t2 { position: absolute; left: 22mm; top: 136mm; font-size: 15pt; color: #bfe6df; }
.cover .wave { position: absolute; left: 0; right: 0; bottom: 0; height: 70mm; background: #1f7a6d;
               border-top-left-radius: 60% 40%; }
.cover .org { position: absolute; left: 22mm; bottom: 22mm; font-size: 10pt; }
.toc .e { display: flex; justify-content: space-between; border-bottom: 0.5pt solid #c9b3c4; padding: 2.4mm 0; }
.toc .l0 { font-weight: bold; font-size: 11pt; }
.toc .l1 { padding-left: 8mm; font-size: 10pt; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 3mm 0 2mm 0; }
.tile { background: #f1e8ef; padding: 4mm; border-top: 3pt solid #6b2d5c; }
.tile b { display: block; font-size: 19pt; color: #6b2d5c; }
.note { font-size: 8pt; color: #666; }
.tbl th { background: #1f7a6d; color: white; text-align: left; padding: 2mm; font-size: 9pt; }
.tbl td { border-bottom: 0.5pt solid #ccc; padding: 2mm; font-size: 8.8pt; vertical-align: top; }
.box { background: #eef7f5; border-left: 3pt solid #1f7a6d; padding: 3mm 4mm; margin: 3mm 0; font-size: 9.2pt; }
ol.themes { list-style: none; counter-reset: th; padding: 0; margin: 4mm 0 0 0; }
ol.themes > li { counter-increment: th; display: grid; grid-template-columns: 34mm 1fr; margin-bottom: 5mm; }
ol.themes > li > .th { background: #6b2d5c; color: white; padding: 4mm 3mm; font-size: 10.5pt; font-weight: bold; }
ol.themes > li > .th::before { content: counter(th); display: block; font-size: 24pt; color: #e6bfdc; }
ol.pris { list-style: none; counter-reset: pr; padding: 0 0 0 4mm; margin: 0; border-left: 1pt solid #e6bfdc; }
ol.pris > li { counter-increment: pr; padding: 2mm 0 2.5mm 13mm; position: relative; }
ol.pris > li::before { content: counter(th) "." counter(pr); position: absolute; left: 0; top: 2mm;
                       font-weight: bold; color: #1f7a6d; font-size: 11pt; }
ol.pris b { font-size: 11.5pt; display: block; line-height: 1.25; }
ol.pris span { color: #666; font-size: 9pt; }
"""


def build(root: Path) -> Path:
    cover = ("<div class='t1'>Community Safety and Crime Reduction Strategy</div>"
             "<div class='t2'>Brighton &amp; Hove 2026\u20132029</div><div class='wave'></div>"
             "<div class='org'>Brighton &amp; Hove Safe in the City Partnership</div>")
    toc = [("Introduction", 3, 0), ("Our city in numbers", 4, 0), ("Context and duties", 5, 0),
           ("Our themes and priorities", 6, 0), ("Delivering the strategy", 7, 0),
           ("Measuring progress and governance", 8, 0)]
    pages = ["<h1>Contents</h1>" + K.contents(toc)]
    pages.append(
        "<h1>Introduction</h1>"
        "<p>Brighton &amp; Hove is a vibrant, diverse city that welcomes millions of visitors a year. Most people "
        "who live, work and study here are safe and feel safe. But crime and anti-social behaviour are not shared "
        "evenly, and some of our residents experience harm again and again.</p>"
        "<p>This strategy is the city's plan under the Crime and Disorder Act 1998. It was agreed by the Safe in "
        "the City Partnership: the city council, Sussex Police, Sussex Police and Crime Commissioner, East Sussex "
        "Fire and Rescue Service, the NHS Sussex Integrated Care Board, the Probation Service and the community "
        "and voluntary sector.</p>"
        "<p>It follows a strategic assessment of crime and disorder, a public consultation with 1,350 responses "
        "(illustrative figure) and workshops with community groups, young people and businesses.</p>"
        "<h2>What has changed since 2023</h2>"
        "<p>Reports of anti-social behaviour fell, but residents' worry about it did not. Knife possession offences "
        "rose among under-18s. Reports of hate incidents have risen, partly because more people now have the "
        "confidence to report. And the partnership's work on violence against women and girls has become a "
        "national example, which we want to build on.</p>"
        "<div class='box'><b>Our vision</b><br>A safe, fair and inclusive city where everyone can live, work and "
        "enjoy themselves without fear of crime.</div>"
        "<p class='note'>Signed: Chair, Safe in the City Partnership; Cabinet Member for Communities.</p>")
    pages.append(
        "<h1>Our city in numbers</h1>"
        "<div class='tiles'><div class='tile'><b>7,900</b>ASB reports a year</div>"
        "<div class='tile'><b>+14%</b>hate incidents reported since 2023</div>"
        "<div class='tile'><b>212</b>knife possession offences</div>"
        "<div class='tile'><b>1 in 4</b>women felt unsafe in the city centre at night</div>"
        "<div class='tile'><b>38</b>active county lines disrupted</div>"
        "<div class='tile'><b>11m</b>visitor days a year</div></div>"
        f"<p class='note'>{ILLUS}</p>"
        "<h2>Key findings of the strategic assessment</h2>"
        "<ul><li>Anti-social behaviour is concentrated in the city centre, parts of Whitehawk and Moulsecoomb, "
        "and around transport hubs.</li><li>Violence in the night-time economy peaks between 11pm and 3am on "
        "Friday and Saturday nights, around West Street.</li><li>Young people are more often victims of knife "
        "crime than perpetrators.</li><li>Drug markets supplied from London continue to exploit young and "
        "vulnerable people, and cuckooing is rising.</li><li>Online hate, including against LGBTQ+ and disabled "
        "residents, is under-reported.</li><li>Domestic abuse accounts for about one in six crimes reported "
        "in the city.</li></ul>"
        "<h2>What residents said</h2>"
        "<p>Asked what the partnership should concentrate on, residents most often chose anti-social behaviour "
        "(58%), drug dealing (44%), safety at night (37%) and hate crime (21%) (illustrative).</p>")
    pages.append(
        "<h1>Context and duties</h1>"
        "<h2>The 2023\u20132026 strategy</h2>"
        "<p>Our last strategy had five priority areas. We made progress on each, and the new strategy keeps the "
        "ones where the need remains:</p>"
        "<ul><li>Anti-social behaviour and street community issues</li><li>Serious violence and exploitation</li>"
        "<li>Domestic and sexual violence and abuse</li><li>Hate incidents and community cohesion</li>"
        "<li>Prevent</li></ul>"
        "<h2>Statutory duties</h2>"
        "<table class='tbl'><thead><tr><th>Duty</th><th>What it requires</th></tr></thead><tbody>"
        "<tr><td>Crime and Disorder Act 1998</td><td>A partnership strategy to reduce crime, disorder, "
        "substance misuse and reoffending</td></tr>"
        "<tr><td>Serious Violence Duty (2022)</td><td>Work together to prevent and reduce serious violence, "
        "with a local strategy</td></tr>"
        "<tr><td>Prevent duty (2015)</td><td>Due regard to the need to prevent people being drawn into "
        "terrorism</td></tr>"
        "<tr><td>Domestic Abuse Act 2021, Part 4</td><td>Support in safe accommodation for victims and their "
        "children</td></tr></tbody></table>"
        "<h2>The Police and Crime Plan</h2>"
        "<div class='box'>The Sussex Police and Crime Plan 2025\u20132029 has four pillars: <b>Strengthen local "
        "policing</b>; <b>Fight crime and prevent harm</b>; <b>Put victims first and reduce reoffending</b>; and "
        "<b>Improve access and public confidence</b>. This strategy contributes to the first three.</div>")
    body = "<h1>Our themes and priorities</h1><p>Our strategy is organised under three strategic themes. Under " \
           "them sit our seven priorities for 2026\u20132029, numbered by theme.</p><ol class='themes'>"
    for name, pris in THEMES:
        body += f"<li><div class='th'>{name}</div><ol class='pris'>"
        for t, d in pris:
            body += f"<li><b>{K.esc(t)}</b><span>{d}</span></li>"
        body += "</ol></li>"
    body += "</ol><p class='note'>Cross-cutting: listening to victims, using data well, early intervention.</p>"
    pages.append(body)
    pages.append(
        "<h1>Delivering the strategy</h1><p>Each theme has a lead group that reports to the partnership board.</p>"
        + K.table([["Theme", "Key actions 2026\u201327", "Lead"],
                   ["Neighbourhoods", "Multi-agency problem-solving in the top ten ASB locations; publicise the "
                    "ASB case review", "ASB and Community Safety Casework Team"],
                   ["Neighbourhoods", "Safe Space and welfare vehicle on Friday and Saturday nights; Purple Flag "
                    "renewal", "Night-time economy group"],
                   ["Neighbourhoods", "Third-party hate reporting centres; tension monitoring", "Community "
                    "Cohesion Group"],
                   ["Serious harm", "Knife crime education in every secondary school; youth work outreach",
                    "Serious Violence Delivery Group"],
                   ["Serious harm", "Cuckooing safeguarding protocol; drug market profile refresh",
                    "Exploitation Group"],
                   ["People at risk", "Bystander training for venues; 'Ask for Angela' refresh", "VAWG Board"],
                   ["People at risk", "Prevent training for frontline staff; Channel panel", "Prevent Board"]],
                  widths=[20, 56, 24])
        + "<div class='box'>Funding: community safety grant from the Police and Crime Commissioner, council core "
          "budget and the Serious Violence Duty grant.</div>")
    pages.append(
        "<h1>Measuring progress and governance</h1>"
        + K.table([["Outcome measure", "Baseline", "Aim"],
                   ["ASB reports in the ten hotspot locations", "2,310", "Fewer"],
                   ["Residents who feel safe in the city centre after dark", "61%", "More"],
                   ["Hate incidents reported", "1,020", "More reporting"],
                   ["Knife-enabled offences, under-25s", "96", "Fewer"],
                   ["Referrals to Channel", "41", "Stable"]], widths=[60, 20, 20])
        + f"<p class='note'>{ILLUS}</p>"
        "<h2>Governance</h2><p>The Safe in the City Partnership Board meets quarterly and reports annually to the "
        "council's Overview and Scrutiny Committee. The Police and Crime Commissioner receives an annual "
        "report on the use of the community safety grant.</p>"
        "<h2>Contact</h2><p>Community Safety Team, Brighton &amp; Hove City Council, Hove Town Hall. "
        "communitysafety@brighton-hove.example</p>")
    out = root / OUT
    return K.build(out, "bh_csp", "Brighton & Hove Community Safety and Crime Reduction Strategy 2026\u20132029",
                   CSS, cover, pages, "Brighton &amp; Hove Community Safety and Crime Reduction Strategy 2026\u20132029",
                   folio="Page {n}")
