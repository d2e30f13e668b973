"""Safer Saltmere Coast: Community Safety Strategy 2024-2027.

A designed web page printed by Chromium. Priorities are "Theme n: X" headings, one page
per theme; the contents page lists the theme names. Distractors: cross-cutting themes
("not separate priorities"), the previous strategy's achievements, strategic assessment
findings, the vision, "We will" bullets, partner list."""

OUT = "strategies/saltmere_coast_community_safety_strategy_2024-27.pdf"
PRODUCER = "html"

PR = [
    "Reducing violent crime, including knife crime",
    "Violence against women and girls",
    "Anti-social behaviour on the seafront and in our town centres",
    "Disrupting drug dealing and county lines",
    "Improving how we share information",
]
H = [f"Theme {i}: {t}" for i, t in enumerate(PR, 1)]

CSS = """
body { font-family: 'DejaVu Sans', sans-serif; color: #1f2a44; }
.cover { height: 297mm; background: #0f2742; color: #fff; position: relative; overflow: hidden; }
.cover .wave1 { position: absolute; left: -20mm; right: -20mm; bottom: -60mm; height: 170mm;
  background: #e76f51; border-radius: 50%; }
.cover .wave2 { position: absolute; left: -40mm; right: 30mm; bottom: -90mm; height: 170mm;
  background: #2a9d8f; border-radius: 50%; }
.cover .wave3 { position: absolute; left: 60mm; right: -60mm; bottom: -110mm; height: 160mm;
  background: #f4a261; border-radius: 50%; }
.cover .txt { position: absolute; top: 38mm; left: 20mm; right: 20mm; }
.cover .kicker { font-size: 11pt; letter-spacing: 2pt; color: #f4a261; font-weight: bold; }
.cover h1 { font-size: 34pt; line-height: 1.1; margin: 8mm 0 6mm 0; color: #fff; border: 0; }
.cover p { font-size: 14pt; color: #d8e2ef; margin: 0; }
.cover .org { position: absolute; top: 140mm; left: 20mm; font-size: 11pt; color: #fff; }
h1 { font-size: 22pt; color: #0f2742; margin: 0 0 12pt 0; }
section.theme h1 { background: #0f2742; color: #fff; padding: 12pt 14pt; margin: 0 0 4pt 0;
  border-left: 10pt solid #e76f51; }
section.theme .intro { font-size: 11.5pt; color: #2a6f66; margin-top: 10pt; }
h2 { font-size: 13.5pt; color: #e76f51; margin: 14pt 0 5pt 0; }
h3 { font-size: 11pt; color: #2a9d8f; margin: 10pt 0 4pt 0; }
th { background: #2a9d8f; color: #fff; }
td { border-bottom: 1px solid #d5dde6; }
.lead { font-size: 12pt; color: #2a6f66; }
blockquote { margin: 12pt 0; padding: 10pt 14pt; background: #fdf0e9; font-style: italic;
  border-radius: 6pt; }
blockquote .who { font-style: normal; font-size: 9pt; margin-top: 4pt; color: #555; }
.case { background: #e8f4f2; border-radius: 6pt; }
.case h4 { color: #0f2742; }
.crosscut { display: flex; gap: 8pt; margin: 8pt 0 12pt 0; }
.crosscut div { flex: 1; background: #f4f6f9; border-top: 5pt solid #f4a261; padding: 8pt; font-size: 9.3pt; }
.crosscut b { display: block; color: #0f2742; margin-bottom: 3pt; font-size: 10.5pt; }
.back { background: #0f2742; }
.smallprint { font-size: 8pt; color: #666; }
.twocol { column-count: 2; column-gap: 9mm; }
.twocol p:first-child { margin-top: 0; }
"""

COVER = """
<div class="cover">
  <div class="wave2"></div><div class="wave1"></div><div class="wave3"></div>
  <div class="txt"><div class="kicker">SAFER SALTMERE COAST PARTNERSHIP</div>
  <h1>Community Safety Strategy 2024&ndash;2027</h1>
  <p>Saltmere &middot; Haddon Bay &middot; Wrenholme &middot; and our coastal villages</p></div>
  <div class="org">Saltmere Coast District Council &nbsp;|&nbsp; Merrowdale Police &nbsp;|&nbsp;
  Merrowdale Fire and Rescue Service<br/>Probation Service &nbsp;|&nbsp; NHS Merrowdale Integrated Care Board</div>
</div>
"""

CROSSCUT = """
<div class="crosscut">
<div><b>Early intervention</b>Acting before problems escalate, especially with children and families.</div>
<div><b>The visitor economy</b>Planning for a population that doubles between May and September.</div>
<div><b>Vulnerability</b>Recognising people who are at risk of harm and responding to their needs.</div>
</div>
"""

BLOCKS = [
    ("section", "Contents"),
    ("contents", [
        ("Foreword", "Foreword", 0),
        ("The Saltmere Coast", "The Saltmere Coast", 0),
        ("Looking back: 2021 to 2024", "Looking back: 2021 to 2024", 0),
        ("Our vision and themes", "Our vision and themes", 0),
        (H[0], H[0], 1), (H[1], H[1], 1), (H[2], H[2], 1), (H[3], H[3], 1), (H[4], H[4], 1),
        ("Making it happen", "Making it happen", 0),
    ]),
    ("end",),

    ("section", "Foreword"),
    ("lead", "The Saltmere Coast is a special place to live and a place that millions of people "
             "visit every year. Keeping it safe is a job for all of us."),
    ("raw", '<div class="twocol">'),
    ("p", "This strategy sets out how the members of the Safer Saltmere Coast Partnership will "
          "work together over the next three years. It has been shaped by our strategic "
          "assessment, by what residents, businesses and visitors told us, and by the Police "
          "and Crime Commissioner\u2019s priorities for Merrowdale."),
    ("p", "Our coastal towns face challenges that are often hidden behind the seaside postcard. "
          "Haddon Bay and parts of Saltmere are among the most deprived neighbourhoods in the "
          "country. Seasonal work, a large private rented sector and cheap accommodation make "
          "the coast attractive to organised crime groups who exploit young and vulnerable "
          "people. In summer our population doubles and so does the demand on every service."),
    ("p", "We have grouped our work under five themes. Each has a lead partner and a delivery "
          "group that will report to the partnership board every quarter. We will publish an "
          "annual update so that residents can see what has been achieved."),
    ("p", "Thank you to everyone who contributed, and particularly to the young people of the "
          "Saltmere Youth Council, whose ideas appear throughout this strategy."),
    ("p", "<b>Councillor Denise Holt</b><br/>Chair, Safer Saltmere Coast Partnership"),
    ("raw", "</div>"),
    ("end",),

    ("section", "The Saltmere Coast"),
    ("p", "Saltmere Coast District has a resident population of 146,000 living along 40 "
          "kilometres of coastline. The main towns are Saltmere, Haddon Bay and Wrenholme. "
          "Tourism, fishing and the port are the main employers, and many jobs are seasonal "
          "and low paid."),
    ("stats", [("146,000", "residents"), ("4.1 million", "visitors a year"),
               ("11,870", "crimes recorded in 2023/24"), ("+9%", "violence with injury "
                                                               "since 2021/22")]),
    ("h2", "What our strategic assessment tells us"),
    ("bullets", ["violent crime rises sharply between June and September and is concentrated "
                 "on the Saltmere seafront and in Haddon Bay town centre",
                 "reports of domestic abuse, stalking and sexual offences have all increased",
                 "Haddon Bay has the highest rate of anti-social behaviour in Merrowdale",
                 "at least six county lines operate into the district, mostly from outside "
                 "Merrowdale", "children placed in the area by other local authorities are "
                               "at particular risk of exploitation",
                 "partners do not yet have a shared picture of where and when harm occurs"]),
    ("table", ["Crime type (2023/24)", "Saltmere Coast", "Merrowdale average"], [
        ["Violence against the person, per 1,000", "34.2", "29.6"],
        ["Sexual offences, per 1,000", "3.1", "2.6"],
        ["Anti-social behaviour, per 1,000", "48.5", "33.0"],
        ["Drug offences, per 1,000", "3.9", "2.8"],
        ["Burglary, per 1,000", "3.4", "3.9"],
    ], [0.5, 0.25, 0.25]),
    ("small", "Source: Merrowdale Police, Saltmere Coast District Council. Rates per 1,000 "
              "resident population."),
    ("end",),

    ("section", "Looking back: 2021 to 2024"),
    ("p", "Our last strategy focused on the night-time economy, anti-social behaviour and "
          "protecting vulnerable people. Highlights included:"),
    ("bullets", ["a Saltmere seafront safety team of wardens, police and lifeguards over three "
                 "summers", "Purple Flag status for Saltmere town centre",
                 "137 young people supported by the Haddon Bay detached youth project",
                 "the closure of 11 addresses linked to drug dealing",
                 "a new sexual violence awareness campaign for bars and clubs"]),
    ("p", "We did not make as much progress as we wanted in Haddon Bay, where anti-social "
          "behaviour remains high, and the rise in violence over the last year shows that "
          "there is more to do."),
    ("quote", "\u201cIn summer the seafront is brilliant, but after eleven at night I don\u2019t "
              "let my daughter walk home on her own.\u201d", "Parent, Saltmere survey 2023"),
    ("end",),

    ("section", "Our vision and themes"),
    ("lead", "Our vision is for the Saltmere Coast to be a place where residents and visitors "
             "are safe, feel safe and look out for one another."),
    ("p", "To achieve this we will work on five themes, which are set out on the following "
          "pages. Three cross-cutting themes apply to all of them. They are not separate "
          "priorities, but every delivery group will consider them in its plans."),
    ("raw", CROSSCUT),
    ("h2", "Our commitments to residents"),
    ("bullets", ["we will tell you what we are doing about the issues you raise",
                 "we will hold community safety surgeries in each town twice a year",
                 "we will publish our performance every quarter"]),
    ("end",),

    ("section", H[0], {"cls": "theme"}),
    ("stats", [("1,540", "violence with injury offences in 2023/24"), ("41%", "of these between June and September"), ("38", "knife-enabled offences in Haddon Bay")]),
    ("p", "Violence with injury has risen by 9% since 2021. Much of it happens in the evening "
          "economy of Saltmere and Haddon Bay during the summer, and much involves alcohol. At "
          "the same time the number of young people carrying knives has grown, with several "
          "serious stabbings in Haddon Bay linked to drug dealing. We will play our part in the "
          "Merrowdale Serious Violence Duty Strategy and focus local effort where it is most "
          "needed.", ),
    ("h2", "We will"),
    ("bullets", ["run the seafront safety team every weekend from May to September",
                 "install knife bins and deliver knife crime workshops in schools and youth "
                 "clubs", "support licensed premises to use ID scanners, safe havens and "
                          "trained door staff", "fund a youth worker in the Saltmere minor "
                                                "injuries unit during the summer"]),
    ("h2", "Lead partner"),
    ("p", "Merrowdale Police, Saltmere Coast neighbourhood policing team."),
    ("case", "Spotlight: Haddon Bay Friday nights", [
        "Youth workers, the police and the Haddon Bay Community Trust now open the sports hall "
        "every Friday from 7pm to 10pm. Around 60 young people attend each week, and police "
        "report fewer calls about fights in the town centre on Friday evenings."]),
    ("end",),

    ("section", H[1], {"cls": "theme"}),
    ("stats", [("2,310", "domestic abuse incidents in 2023/24"), ("+18%", "stalking and harassment reports since 2021"), ("1 in 3", "women who feel unsafe on the seafront after dark")]),
    ("p", "Women and girls have told us that they do not always feel safe on the seafront at "
          "night or when travelling home. Reports of domestic abuse, stalking and sexual "
          "offences have all risen, and seasonal workers and young visitors can be particularly "
          "at risk. Our approach follows the Merrowdale Violence Against Women and Girls "
          "Strategy: prevention, support and pursuit of perpetrators."),
    ("h2", "We will"),
    ("bullets", ["roll out Ask for Angela and bystander training to all licensed premises",
                 "improve lighting and CCTV on the routes identified in our women\u2019s safety "
                 "walks", "provide an outreach domestic abuse service based in Haddon Bay",
                 "work with schools on healthy relationships and consent",
                 "make sure that every high-risk victim is referred to MARAC"]),
    ("h2", "Lead partner"),
    ("p", "Saltmere Coast District Council, with the Merrowdale VAWG Board."),
    ("end",),

    ("section", H[2], {"cls": "theme"}),
    ("stats", [("7,080", "ASB incidents reported in 2023/24"), ("22%", "of them in Haddon Bay town centre"), ("64", "repeat-caller households")]),
    ("p", "Anti-social behaviour matters to residents more than any other issue in our survey. "
          "Haddon Bay has the highest rate in Merrowdale, and the Saltmere seafront sees "
          "problems with street drinking, nuisance vehicles and groups gathering late at night "
          "during the summer. Persistent anti-social behaviour can devastate the lives of "
          "victims, so we will focus on the people and places that generate repeat calls."),
    ("h2", "We will"),
    ("bullets", ["operate a weekly ASB risk assessment conference for high-risk cases",
                 "use the Public Spaces Protection Order on the seafront proportionately",
                 "fund diversionary activities in the school holidays",
                 "work with private landlords to tackle problem tenancies"]),
    ("h2", "Lead partner"),
    ("p", "Saltmere Coast District Council, Community Safety and Enforcement Team."),
    ("end",),

    ("section", H[3], {"cls": "theme"}),
    ("stats", [("6", "county lines known to operate into the district"), ("11", "properties closed since 2021"), ("29", "children referred to the exploitation hub last year")]),
    ("p", "County lines gangs use the coast\u2019s cheap rented accommodation and seasonal "
          "population to hide their activity. They exploit local children and children placed "
          "here from other areas, and they take over the homes of vulnerable adults. Drug "
          "dealing in Haddon Bay drives much of the violence and anti-social behaviour "
          "reported to us. We will work with the Merrowdale Combating Drugs Partnership to "
          "disrupt supply."),
    ("h2", "We will"),
    ("bullets", ["close properties used for dealing using closure orders",
                 "run intensive operations against county lines, working with forces they "
                 "come from", "train hotel, guest-house and holiday park staff to spot "
                              "exploitation", "refer every child found in a county line to "
                                                "the exploitation hub"]),
    ("h2", "Lead partner"),
    ("p", "Merrowdale Police, with Saltmere Coast District Council housing services."),
    ("end",),

    ("section", H[4], {"cls": "theme"}),
    ("stats", [("9", "separate case management systems used by partners"), ("1", "shared dashboard planned for 2025")]),
    ("p", "Our strategic assessment found that partners still hold important information in "
          "separate systems. The police, council, health services and schools each see part of "
          "the picture, and opportunities to intervene are missed. Better information sharing "
          "will underpin all of our other themes and help us to meet the requirements of the "
          "Serious Violence Duty."),
    ("h2", "We will"),
    ("bullets", ["sign a refreshed Saltmere Coast information sharing agreement",
                 "create a shared community safety dashboard for partners",
                 "recruit a partnership analyst hosted by the district council",
                 "train staff on when and how they can share information lawfully"]),
    ("h2", "Lead partner"),
    ("p", "Saltmere Coast District Council, Business Intelligence Team."),
    ("end",),

    ("section", "Making it happen"),
    ("p", "The Safer Saltmere Coast Partnership board will oversee this strategy. Each theme has "
          "a delivery group that will produce an annual action plan. The board will receive a "
          "performance report every quarter and will publish an annual update."),
    ("h2", "Our partners"),
    ("table", ["Partner", "Role"], [
        ["Saltmere Coast District Council", "Responsible authority, chair of the partnership"],
        ["Merrowdale Police", "Responsible authority"],
        ["Merrowdale Fire and Rescue Service", "Responsible authority"],
        ["Probation Service", "Responsible authority"],
        ["NHS Merrowdale Integrated Care Board", "Responsible authority"],
        ["Merrowdale County Council", "Children\u2019s services, public health, youth justice"],
        ["Office of the Police and Crime Commissioner", "Funding and accountability"],
        ["Saltmere Coast Voluntary Action", "Voluntary sector representative"],
    ], [0.45, 0.55]),
    ("h2", "Funding"),
    ("p", "Delivery is funded from partners\u2019 core budgets, the Police and Crime "
          "Commissioner\u2019s community safety grant (\u00a382,000 in 2024/25) and the UK Shared "
          "Prosperity Fund."),
    ("end",),
    ("back", {"title": "Safer Saltmere Coast Partnership",
              "lines": ["Saltmere Coast District Council, Town Hall, The Esplanade, Saltmere "
                        "SM1 1HQ", "safercoast@saltmerecoast.example", "01632 960 377"],
              "small": ["Fictional document created for the stratalign demonstration corpus. "
                        "Saltmere Coast and Merrowdale are invented places."]}),
]

DOC = {
    "theme": {"font": "'DejaVu Sans', sans-serif", "size": "9.6pt", "primary": "#e76f51",
              "tiles": ["#0f2742", "#2a9d8f", "#e76f51", "#f4a261"], "pageword": ""},
    "meta": {"title": "Safer Saltmere Coast Community Safety Strategy 2024-2027",
             "author": "Saltmere Coast District Council"},
    "running": "Community Safety Strategy 2024\u20132027",
    "running_right": "Safer Saltmere Coast Partnership",
    "footer": "saltmerecoast.example/safercoast",
    "css": CSS, "cover_html": COVER, "blocks": BLOCKS,
}
