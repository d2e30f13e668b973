"""Safer Kestlemoor: Community Safety Partnership Plan 2025-2028.

A council web page printed to PDF by Chromium. The priorities are a bulleted list under
"Our priorities are:"; the list page is the priority page. Distractors: the Police and
Crime Plan priorities quoted in full, "Our approach" bullets, values, partner list,
survey results and measures."""

OUT = "strategies/kestlemoor_csp_plan_2025-28.pdf"
PRODUCER = "html"

PR = [
    "Reducing anti-social behaviour in our towns and villages",
    "Tackling domestic abuse and coercive control",
    "Protecting young people from exploitation and county lines",
    "Safeguarding adults at risk from self-neglect and hoarding",
]

PCP = [
    "Preventing serious violence and exploitation",
    "Tackling violence against women and girls",
    "Cutting neighbourhood crime, reoffending and anti-social behaviour",
    "Putting victims first",
    "Making our roads safer",
    "Tackling fraud and online crime",
]

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; }
.cover { height: 297mm; position: relative; background: #ffffff; }
.cover .bar { background: #1d5c63; color: #fff; padding: 10mm 18mm 8mm 18mm; }
.cover .bar .logo { font-size: 18pt; font-weight: bold; letter-spacing: 0.5pt; }
.cover .bar .nav { font-size: 9pt; margin-top: 4mm; opacity: 0.9; }
.cover .crumb { padding: 5mm 18mm; font-size: 8.5pt; color: #555; border-bottom: 1px solid #ddd; }
.cover .hero { margin: 28mm 18mm 0 18mm; }
.cover .hero h1 { font-size: 32pt; color: #1d5c63; line-height: 1.15; margin: 0 0 6mm 0; }
.cover .hero p { font-size: 14pt; color: #444; margin: 0; }
.cover .band { position: absolute; bottom: 0; left: 0; right: 0; height: 95mm;
  background: linear-gradient(135deg, #417b5a 0%, #417b5a 40%, #7fb069 40%, #7fb069 65%, #d6a84b 65%); }
.cover .meta { position: absolute; bottom: 105mm; left: 18mm; font-size: 10pt; color: #333; }
h1 { font-size: 21pt; color: #1d5c63; margin: 0 0 10pt 0; padding-bottom: 5pt;
  border-bottom: 3px solid #d6a84b; }
h2 { font-size: 14pt; color: #1d5c63; margin: 16pt 0 6pt 0; }
h3 { font-size: 11.5pt; color: #417b5a; margin: 12pt 0 4pt 0; }
th { background: #1d5c63; color: #fff; }
td { border-bottom: 1px solid #ccc; }
.lead { font-size: 12.5pt; color: #1d5c63; }
blockquote { margin: 10pt 0; padding: 8pt 14pt; border-left: 4px solid #d6a84b; background: #f7f3e8;
  font-style: italic; }
.case { background: #eef5f0; border-left: 4px solid #417b5a; }
.case h4 { color: #1d5c63; }
.priority-list { font-size: 12pt; font-weight: bold; color: #1d5c63; }
.priority-list li { margin-bottom: 8pt; }
.quoted { font-size: 9.5pt; color: #444; }
.back { background: #1d5c63; }
.smallprint { font-size: 8pt; color: #666; }
"""

COVER = """
<div class="cover">
  <div class="bar"><div class="logo">Kestlemoor District Council</div>
  <div class="nav">Home &nbsp;|&nbsp; Council and democracy &nbsp;|&nbsp; Community safety &nbsp;|&nbsp; Contact us</div></div>
  <div class="crumb">Home &gt; Community safety &gt; Safer Kestlemoor Partnership &gt; Partnership plan</div>
  <div class="hero"><h1>Safer Kestlemoor Partnership Plan 2025 to 2028</h1>
  <p>Community Safety Partnership for Kestlemoor District</p></div>
  <div class="meta">Published: 14 April 2025 &nbsp;&middot;&nbsp; Last updated: 2 June 2025<br/>
  Owner: Safer Kestlemoor Partnership</div>
  <div class="band"></div>
</div>
"""

BLOCKS = [
    ("section", "Contents"),
    ("contents", [
        ("Foreword", "Foreword", 0),
        ("About Kestlemoor", "About Kestlemoor", 0),
        ("What residents told us", "What residents told us", 0),
        ("Our priorities", "Our priorities", 0),
        ("Delivering our priorities", "Delivering our priorities", 0),
        ("How we support the Police and Crime Plan", "How we support the Police and Crime "
                                                      "Plan", 0),
        ("Governance and performance", "Governance and performance", 0),
    ]),
    ("end",),

    ("section", "Foreword"),
    ("lead", "Kestlemoor remains one of the safest districts in England, and we intend to keep "
             "it that way."),
    ("p", "Crime in a rural district looks different from crime in a city. Our communities are "
          "spread across more than 140 villages and four market towns, and problems that would "
          "be dealt with by a neighbourhood team in a city can go unnoticed for a long time here. "
          "Isolation can make people more vulnerable to abuse, exploitation and neglect, and "
          "services can be a long bus ride away."),
    ("p", "This plan sets out what the Safer Kestlemoor Partnership will focus on for the next "
          "three years. We have chosen a small number of priorities where working together "
          "adds the most value, and where residents told us they wanted action. Other issues "
          "will continue to be handled by the organisation responsible for them."),
    ("p", "We are grateful to the parish and town councils, the farming community, the "
          "Kestlemoor Youth Forum and everyone who took part in our consultation."),
    ("p", "<b>Councillor Peter Mallory</b><br/>Chair, Safer Kestlemoor Partnership<br/>"
          "<b>Chief Inspector Sarah Dent</b><br/>Vice-chair, Merrowdale Police"),
    ("end",),

    ("section", "About Kestlemoor"),
    ("p", "Kestlemoor District covers 710 square kilometres of moorland, farmland and river "
          "valleys in the north-west of Merrowdale. Its 118,000 residents live mainly in the "
          "market towns of Kestle Market, Thornwick, Ashby Fell and Brindle Bridge. A quarter "
          "of residents are aged over 65, well above the national average."),
    ("stats", [("118,000", "residents"), ("5,960", "crimes recorded in 2023/24"),
               ("39 per 1,000", "crime rate, against 88 per 1,000 across Merrowdale"),
               ("26%", "of residents aged 65 or over")]),
    ("h2", "Crime and disorder in the district"),
    ("p", "Overall crime in Kestlemoor is low, but some harms are rising. Domestic abuse "
          "makes up a larger share of violent crime than anywhere else in Merrowdale. "
          "Anti-social behaviour is concentrated in the town centres and in a small number of "
          "villages, often involving groups of young people in the evenings and at weekends. "
          "Police have identified several county lines supplying drugs into Thornwick and "
          "Kestle Market, using local young people and vulnerable adults."),
    ("table", ["Indicator", "2022/23", "2023/24", "Trend"], [
        ["Anti-social behaviour incidents", "2,120", "2,305", "Rising"],
        ["Domestic abuse incidents and crimes", "1,410", "1,520", "Rising"],
        ["Burglary (all)", "298", "276", "Falling"],
        ["Theft from farms and rural businesses", "187", "164", "Falling"],
        ["Drug offences", "231", "262", "Rising"],
        ["Fire service referrals for hoarding", "34", "51", "Rising"],
    ], [0.5, 0.17, 0.17, 0.16]),
    ("p", "Rural and wildlife crime, including the theft of farm machinery and livestock, is "
          "led by the Merrowdale Police Rural Crime Team with the National Farmers\u2019 Union "
          "and is not a partnership priority in this plan. Road safety is led by the Merrowdale "
          "Road Safety Partnership."),
    ("end",),

    ("section", "What residents told us"),
    ("p", "Our community safety survey ran for eight weeks in autumn 2024 and received 1,136 "
          "responses, with further feedback from parish councils and drop-in sessions at "
          "four market days."),
    ("table", ["What would make you feel safer?", "Respondents"], [
        ["Seeing police and wardens more often", "64%"],
        ["Dealing with speeding traffic", "51%"],
        ["Action on young people causing nuisance", "43%"],
        ["Action on drug dealing", "38%"],
        ["Better street lighting", "22%"],
    ], [0.75, 0.25]),
    ("h2", "Our approach"),
    ("p", "Whatever the issue, partners have agreed to work in the same way:"),
    ("bullets", ["think family: look at the whole household, not just the individual",
                 "solve problems in the places where they happen, with local people",
                 "share information early and safely",
                 "use enforcement where it is needed, alongside support",
                 "listen to people with lived experience"]),
    ("h2", "Our values"),
    ("p", "We are <b>respectful</b>, <b>practical</b> and <b>honest</b> with communities about "
          "what we can and cannot do."),
    ("end",),

    ("section", "Our priorities"),
    ("p", "We reviewed the partnership strategic assessment for 2024, the survey results and "
          "the views of partners. We asked which problems cause the most harm, which are "
          "growing and which can only be tackled by working together."),
    ("p", "Following that review, our priorities are:"),
    ("bullets", PR, "priority-list"),
    ("p", "These priorities run from April 2025 to March 2028 and will be reviewed each year "
          "against the refreshed strategic assessment. The next section describes what we "
          "will do under each of them."),
    ("quote", "\u201cThe lads hanging round the bus station aren\u2019t bad kids, they\u2019ve just "
              "got nothing to do. But some of the older ones are dealing, and everyone knows "
              "it.\u201d", "Resident, Thornwick drop-in session"),
    ("end",),

    ("section", "Delivering our priorities"),
    ("p", "<b>Anti-social behaviour.</b> Anti-social behaviour is the issue that parish councils "
          "raise most often, from off-road bikes on the moor to groups gathering in bus "
          "shelters and play areas. In small villages a handful of incidents can make people "
          "feel unsafe in their own homes. We will take a problem-solving approach to each "
          "hotspot, support victims and use powers proportionately."),
    ("p", "We will:"),
    ("bullets", ["hold a monthly multi-agency ASB case panel covering all four towns",
                 "fund summer and evening youth activities in Thornwick and Brindle Bridge",
                 "train parish clerks to report issues and use the community trigger",
                 "use acceptable behaviour contracts before moving to injunctions"]),
    ("p", "<b>Domestic abuse.</b> Victims in rural areas are often further from help, more "
          "easily monitored by an abuser and more likely to be financially dependent. Coercive "
          "and controlling behaviour is frequently hidden. We will make sure that support "
          "reaches every part of the district."),
    ("p", "We will:"),
    ("bullets", ["run an outreach service for domestic abuse from GP surgeries and market-day "
                 "venues", "train farm advisers, vets and agricultural suppliers to spot the "
                           "signs of abuse",
                 "provide two safe accommodation units in the district",
                 "work with the county VAWG strategy and the MARAC"]),
    ("end",),
    ("newpage",),
    ("p", "<b>Exploitation.</b> County lines gangs from outside Merrowdale target young people "
          "in our market towns and take over the homes of vulnerable adults, a practice known "
          "as cuckooing. Young people who are exploited are victims first. We will disrupt the "
          "lines while safeguarding those caught up in them."),
    ("p", "We will:"),
    ("bullets", ["hold a fortnightly exploitation panel with children\u2019s services, the youth "
                 "justice service and police", "deliver exploitation awareness to taxi "
                                                "drivers, bus staff and takeaway workers",
                 "identify and protect adults at risk of cuckooing",
                 "support the police in closing county lines into Thornwick and Kestle Market"]),
    ("p", "<b>Self-neglect and hoarding.</b> Hoarding and self-neglect put people at risk of fire, "
          "falls and ill health, and can affect neighbours. Many of the people involved are "
          "older, live alone and are reluctant to accept help. The fire service, housing and "
          "adult social care will work together through a shared protocol."),
    ("p", "We will:"),
    ("bullets", ["adopt the Merrowdale hoarding protocol and clutter rating scale",
                 "carry out joint safe and well visits with the fire service",
                 "offer practical decluttering support through a commissioned charity",
                 "use safeguarding adults reviews to learn from serious cases"]),
    ("case", "Making a difference: Brindle Bridge", [
        "After complaints about fires on the old railway line, the partnership brought "
        "together the parish council, Network Rail, youth workers and the police. A youth "
        "shelter and a weekly football session replaced the fires, and reports fell from 47 "
        "to 9 in a year."]),
    ("end",),

    ("section", "How we support the Police and Crime Plan"),
    ("p", "Community safety partnerships must have regard to the priorities of the Police and "
          "Crime Commissioner. The Commissioner\u2019s Police and Crime Plan 2025\u20132029 sets "
          "six priorities for Merrowdale:"),
    ("bullets", PCP, "quoted"),
    ("p", "Our work on anti-social behaviour, domestic abuse and exploitation contributes directly "
          "to three of these. The Commissioner\u2019s community safety grant of \u00a368,000 a "
          "year helps to fund our youth activities and domestic abuse outreach."),
    ("h2", "Other partnerships we work with"),
    ("bullets", ["Merrowdale Violence Reduction Partnership",
                 "Merrowdale Combating Drugs Partnership",
                 "Merrowdale Safeguarding Adults Board and Safeguarding Children Partnership",
                 "Merrowdale Road Safety Partnership",
                 "Kestlemoor Health and Wellbeing Partnership"]),
    ("end",),

    ("section", "Governance and performance"),
    ("p", "The Safer Kestlemoor Partnership board meets every quarter. Its members are "
          "Kestlemoor District Council, Merrowdale County Council, Merrowdale Police, Merrowdale "
          "Fire and Rescue Service, the Probation Service and the integrated care board, with "
          "Kestlemoor Community Voluntary Service and the Office of the Police and Crime "
          "Commissioner attending."),
    ("h2", "How we will measure success"),
    ("bullets", ["fewer repeat ASB incidents at the same address or location",
                 "more domestic abuse victims engaging with outreach support",
                 "the number of children and adults safeguarded from exploitation",
                 "fewer fires and fire service call-outs linked to hoarding",
                 "residents\u2019 feelings of safety in the annual survey"]),
    ("p", "An annual report will be published on this page each summer and presented to the "
          "council\u2019s Overview and Scrutiny Committee."),
    ("h2", "Contact us"),
    ("p", "Community Safety Team, Kestlemoor District Council, Moor House, Kestle Market KM4 "
          "1DL. Email community.safety@kestlemoor.example."),
    ("small", "Was this page helpful? Yes / No \u00b7 Report a problem with this page"),
    ("end",),
    ("back", {"title": "Safer Kestlemoor Partnership",
              "lines": ["Kestlemoor District Council", "Moor House, Kestle Market KM4 1DL",
                        "community.safety@kestlemoor.example", "01632 960 233"],
              "small": ["Fictional document created for the stratalign demonstration corpus. "
                        "Kestlemoor and Merrowdale are invented places."]}),
]

DOC = {
    "theme": {"font": "'Liberation Sans', Arial, sans-serif", "size": "10.3pt",
              "primary": "#1d5c63", "tiles": ["#1d5c63", "#417b5a", "#d6a84b", "#6b4e71"]},
    "meta": {"title": "Safer Kestlemoor Partnership Plan 2025 to 2028",
             "author": "Kestlemoor District Council"},
    "running": "Safer Kestlemoor Partnership Plan 2025 to 2028",
    "running_right": "kestlemoor.example/community-safety",
    "footer": "Kestlemoor District Council",
    "css": CSS, "cover_html": COVER, "blocks": BLOCKS,
}
