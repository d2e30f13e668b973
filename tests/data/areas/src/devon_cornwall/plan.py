"""Devon, Cornwall and the Isles of Scilly Police and Crime Plan 2021-2025: HTML printed by Chromium.

The four priorities are shown as a "my priorities at a glance" grid, then one
page per priority with a large plain heading (a single word or two).  The
"foundations" (victims, connectivity, value for money), the vision, the
"What I will do" commitments, measures and the partner list are distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "plan/devon_cornwall_police_and_crime_plan_2021-25.pdf"
TITLE = "Police and Crime Plan 2021–2025: Safe, resilient and connected communities"

PRIORITIES = [
    ("Violence", "#7A1F5C",
     "Violence causes the greatest harm of any crime. Most of it happens behind closed doors, in relationships and "
     "families, and much of it is never reported. Violence in public places, including knife crime and alcohol-fuelled "
     "violence in our towns at night, does lasting damage to victims and to people's confidence in their communities.",
     ["Reduce serious violence, including knife crime, through the Serious Violence Prevention Partnership and the "
      "Serious Violence Duty.",
      "Tackle domestic abuse and sexual violence, bring more perpetrators to justice and fund programmes that change "
      "perpetrators' behaviour.",
      "Make our streets, parks and public transport safer for women and girls.",
      "Reduce alcohol-related violence in the evening and night-time economy with licensees, councils and Pubwatch schemes.",
      "Intervene early with children and young people at risk of being drawn into violence, in schools, in hospitals and "
      "in custody.",
      "Commission specialist support for victims of violence, including independent domestic violence and sexual "
      "violence advisers."],
     ["Violence with injury per 1,000 population", "Repeat victims of domestic abuse", "Hospital admissions for assault "
      "with a sharp object", "Night-time economy violence in our six busiest towns"],
     ("Safer nights in Exeter", "Officers, street pastors and door staff worked together on Friday and Saturday nights to "
      "identify vulnerable people early and stop arguments turning into assaults. Reported violence in the area fell by a "
      "fifth over the summer (illustrative).")),
    ("Antisocial behaviour", "#1F6F78",
     "Antisocial behaviour is the issue residents raise with me most often. It ranges from noisy neighbours and "
     "intimidation to vandalism, street drinking and off-road bikes, and it can make people feel unsafe in their own "
     "homes. In our coastal towns it rises sharply each summer.",
     ["Put more visible police officers and PCSOs in our towns and villages through the Safer Towns programme.",
      "Work with councils and housing providers to make full use of antisocial behaviour powers, and make the ASB Case "
      "Review easier to use.",
      "Plan jointly for the summer season in our coastal resorts and town centres.",
      "Invest in positive activities and diversion schemes for young people at risk of antisocial behaviour and "
      "offending.",
      "Give victims of persistent antisocial behaviour a named contact and regular updates."],
     ["Antisocial behaviour incidents reported", "Residents who feel safe in their area (survey)",
      "Use of the ASB Case Review", "Confidence in local policing"],
     ("Safer Towns, Newquay", "A Safer Towns partnership brought together the council, police, businesses and youth "
      "services to tackle summer disorder, with extra patrols, a youth outreach bus and a shared CCTV room "
      "(illustrative example).")),
    ("Drugs", "#4B3F8F",
     "Drugs drive a large share of violence, exploitation and acquisitive crime. County lines gangs from outside the "
     "peninsula target our towns, exploit children and take over the homes of vulnerable people. Drug-related deaths "
     "in the South West are among the highest in England (illustrative).",
     ["Disrupt drug supply and close the county lines that operate into Devon, Cornwall and the Isles of Scilly.",
      "Protect children and vulnerable adults from exploitation by drug gangs, including cuckooing.",
      "Refer people whose offending is linked to drugs into treatment, through drug testing on arrest and "
      "out-of-court resolutions.",
      "Support partners to reduce drug-related deaths, including by equipping officers with naloxone.",
      "Take part in the four local combating drugs partnerships."],
     ["County lines closed", "Drug supply offences charged", "Referrals into treatment from custody",
      "Drug-related deaths (reported by public health)"],
     ("Closing a line into Torquay", "A joint operation with the Metropolitan Police closed a line running from London "
      "into Torquay, safeguarding two children and a vulnerable adult whose flat had been taken over (illustrative).")),
    ("Road safety", "#2D6A3E",
     "Our rural roads are among the most dangerous in the country. Too many families lose someone in a collision "
     "that could have been prevented. Residents in every part of the peninsula tell me that speeding in their village "
     "or street is a real concern.",
     ["Lead Vision Zero South West with partners, with the aim of halving deaths and serious injuries on our roads by 2030.",
      "Target the 'fatal four': speeding, drink and drug driving, not wearing a seatbelt and using a mobile phone.",
      "Support Community Speedwatch volunteers and follow up their reports.",
      "Tackle uninsured and untaxed vehicles and the criminals who use the roads.",
      "Make it easy for the public to submit dashcam footage."],
     ["People killed or seriously injured on our roads", "Fatal four offences detected",
      "Community Speedwatch groups active"],
     ("Community Speedwatch", "More than 200 volunteer groups now check speeds in their own villages, with warning "
      "letters sent to repeat speeders and enforcement follow-up at the worst sites (illustrative).")),
]

CSS = """
@page { size: A4; margin: 24mm 17mm 20mm 17mm;
  @top-left { content: "Police and Crime Plan 2021–2025"; font: 700 8pt 'Liberation Sans'; color: #3B1F5C; }
  @top-right { content: "Devon, Cornwall and the Isles of Scilly"; font: 8pt 'Liberation Sans'; color: #666; }
  @bottom-right { content: "Page " counter(page); font: 700 8.5pt 'Liberation Sans'; color: #3B1F5C; }
  @bottom-left { content: "devoncornwall-pcc.example"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.45; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #3B1F5C; color: #fff; position: relative; overflow: hidden; break-after: page; }
.cover .wave { position: absolute; left: -40mm; bottom: -60mm; width: 300mm; height: 160mm; border-radius: 50%; background: #00A19A; }
.cover .wave2 { position: absolute; left: 60mm; bottom: -90mm; width: 260mm; height: 150mm; border-radius: 50%; background: #7FCFC9; }
.cover .org { position: absolute; left: 18mm; top: 18mm; font-size: 10.5pt; letter-spacing: 1.2pt; text-transform: uppercase; }
.cover h1 { position: absolute; left: 18mm; top: 62mm; font-size: 42pt; line-height: 1.05; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 112mm; font-size: 22pt; color: #7FCFC9; }
.cover .sub { position: absolute; left: 18mm; top: 128mm; font-size: 15pt; width: 150mm; }
.page { break-before: page; }
h1.t { font-size: 24pt; color: #3B1F5C; margin: 0 0 5mm 0; }
h2 { font-size: 13.5pt; color: #00857E; margin: 4mm 0 2mm 0; }
h3 { font-size: 10.5pt; color: #3B1F5C; margin: 3mm 0 1.5mm 0; }
.toc div { display: flex; align-items: baseline; margin: 0 0 3.6mm 0; font-size: 11.5pt; }
.toc div .l { flex: 1; }
.toc div.sub { margin-left: 10mm; font-size: 10.5pt; color: #555; }
.toc div .n { font-weight: 700; color: #00857E; width: 12mm; text-align: right; }
.cols { column-count: 2; column-gap: 8mm; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0; }
.tile { background: #F1ECF6; border-radius: 2mm; padding: 4mm; }
.tile .n { font-size: 21pt; font-weight: 700; color: #3B1F5C; }
.tile .c { font-size: 8.3pt; }
.glance { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; margin: 4mm 0; }
.gl { color: #fff; padding: 6mm 5mm; min-height: 40mm; border-radius: 3mm; }
.gl .k { font-size: 9pt; letter-spacing: 1pt; text-transform: uppercase; opacity: .85; }
.gl .h { font-size: 17pt; font-weight: 700; margin: 1mm 0 2mm 0; }
.gl .d { font-size: 8.3pt; }
.vision { font-size: 15pt; color: #3B1F5C; border-left: 6px solid #00A19A; padding: 2mm 0 2mm 5mm; margin: 3mm 0 5mm 0; }
.found { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; }
.found div { border-top: 4px solid #00A19A; background: #F4F4F4; padding: 3mm; font-size: 8.5pt; }
.prihead { color: #fff; padding: 9mm 8mm 7mm 8mm; margin: 0 0 5mm 0; border-radius: 0 0 6mm 0; }
.prihead .k { font-size: 9pt; letter-spacing: 1.5pt; text-transform: uppercase; }
.prihead h1 { font-size: 34pt; margin: 1mm 0 0 0; }
.lead { font-size: 11pt; color: #3B1F5C; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1.2mm; }
.box { background: #EAF6F5; padding: 3mm 4mm; break-inside: avoid; margin: 3mm 0; border-left: 4px solid #00A19A; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0; }
th { background: #3B1F5C; color: #fff; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #ccc; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #666; }
.quote { font-size: 13pt; color: #fff; background: #00857E; padding: 5mm; margin-top: 5mm; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #3B1F5C; color: #fff; padding: 110mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = ['<div class="cover"><div class="wave"></div><div class="wave2"></div>'
         '<div class="org">Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly</div>'
         '<h1>Police and<br>Crime Plan</h1><div class="yr">2021–2025</div>'
         '<div class="sub">Safe, resilient and connected communities</div></div>']
    toc = [("A message from your Police and Crime Commissioner", "fw", 0), ("Our area in numbers", "num", 0),
           ("Safe, resilient and connected communities", "vis", 0)]
    toc += [(p[0], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    toc += [("The foundations of this plan", "fnd", 0), ("Working in partnership", "part", 0),
            ("Holding the Chief Constable to account", "gov", 0), ("Funding the plan", "fin", 0)]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for text, key, sub in toc:
        P.append(f'<div class="{"sub" if sub else ""}"><span class="l">{e(text)}</span>'
                 f'<span class="n">{pages.get(key, 0)}</span></div>')
    P.append('</div><div class="box" style="margin-top:12mm"><b>About this plan.</b> Every Police and Crime Commissioner '
             'must publish a police and crime plan setting out their priorities for the police force area. This plan runs '
             'from 2021 to 2025. It was developed after consultation with residents, partners and the Police and Crime '
             'Panel.</div>')
    # foreword
    P.append('<div class="page"><h1 class="t">A message from your Police and Crime Commissioner</h1><div class="cols">')
    for t in [
        "When I was re-elected as your Police and Crime Commissioner I promised to focus on the things that cause the most "
        "harm in our communities and that you told me matter most. This plan does exactly that.",
        "Devon, Cornwall and the Isles of Scilly is one of the safest places in the country to live, work and visit. But it "
        "is also one of the largest police force areas in England, with more than 4,000 square miles of moorland, farmland "
        "and coast, two cities, dozens of market towns and a population that swells by millions each summer.",
        "Our communities are resilient, but many are isolated. People in rural villages and on the islands need to know that "
        "the police are there for them. That is why connectivity, the link between the police and the public, runs through "
        "everything in this plan.",
        "I have chosen four priorities. They are the issues that residents raised with me most often and the ones where "
        "the evidence shows the greatest harm. I have also set out the foundations that the police and partners must get "
        "right for the priorities to be delivered.",
        "None of this can be achieved by the police alone. Councils, the NHS, schools, the probation service and the "
        "voluntary sector all play a part. I will use my convening role to bring partners together, and my funding to "
        "support work that prevents crime.",
        "I will report on progress every year and I will hold the Chief Constable to account in public. Please keep telling "
        "me what matters to you.",
    ]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly</b></p></div>'
             '<div class="quote">“Safe, resilient and connected communities: that is what this plan is about.”</div></div>')
    # numbers
    P.append('<div class="page"><h1 class="t">Our area in numbers</h1><p>The figures below are illustrative. They are '
             'included to show the scale and character of the area the police serve, not as official statistics.</p>'
             '<div class="tiles">')
    for n, c in [("1.8m", "residents, rising to more than 2.5m at the height of summer"),
                 ("4,000+", "square miles, with 700 miles of coastline"), ("5", "inhabited islands in the Isles of Scilly"),
                 ("3,600", "police officers (illustrative)"), ("54 per 1,000", "recorded crimes per 1,000 people"),
                 ("46", "people killed on our roads in one year")]:
        P.append(f'<div class="tile"><div class="n">{e(n)}</div><div class="c">{e(c)}</div></div>')
    P.append('</div><p class="note">Illustrative figures.</p><h2>What you told us</h2><div class="cols"><p>More than '
             '6,000 people took part in the consultation for this plan through surveys, public meetings and focus groups '
             '(illustrative). The issues raised most often were:</p><ul>')
    for t in ["speeding and dangerous driving in villages and on rural roads",
              "antisocial behaviour in town centres, parks and seaside resorts",
              "drug dealing in neighbourhoods and the violence that comes with it",
              "violence against women and girls, and domestic abuse",
              "difficulty getting through to the police on 101",
              "a wish to see police officers in their community"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><p>Young people told us that they want safe places to go and to be listened to. Victims told us that they '
             'want to be kept informed about their case.</p></div></div>')
    # vision + glance
    P.append('<div class="page"><h1 class="t">Safe, resilient and connected communities</h1><div class="vision">My vision '
             'is for Devon, Cornwall and the Isles of Scilly to be the safest area in the country, with resilient and '
             'connected communities.</div><h2>My priorities at a glance</h2><div class="glance">')
    for i, (name, col, why, *_r) in enumerate(PRIORITIES):
        P.append(f'<div class="gl" style="background:{col}"><div class="k">Priority area</div><div class="h">{e(name)}</div>'
                 f'<div class="d">{e(why.split(". ")[0])}.</div></div>')
    P.append('</div><h2>The foundations</h2><p>Three foundations underpin the priorities. They are not priorities in '
             'themselves, but without them the priorities cannot be delivered.</p><div class="found">'
             '<div><b>Victims at the heart</b><br>Victims receive the support and information they are entitled to.</div>'
             '<div><b>Connectivity</b><br>The public can reach the police, and the police are visible and known locally.</div>'
             '<div><b>Value for money</b><br>Every pound of council tax is spent well and transparently.</div></div></div>')
    # priorities, one page each
    for i, (name, col, why, dos, kpis, case) in enumerate(PRIORITIES):
        P.append(f'<div class="page"><div class="prihead" style="background:{col}"><div class="k">Priority area</div>'
                 f'<h1>{e(name)}</h1></div><p class="lead">{e(why)}</p><div class="cols"><h2>What I will do</h2><ul>')
        P += [f"<li>{e(x)}</li>" for x in dos]
        P.append('</ul><h2>How we will know</h2><ul>')
        P += [f"<li>{e(x)}</li>" for x in kpis]
        P.append(f'</ul><div class="box"><h3>{e(case[0])}</h3><p>{e(case[1])}</p></div></div></div>')
    # foundations
    P.append('<div class="page"><h1 class="t">The foundations of this plan</h1><div class="cols">')
    for h, items in [
        ("Victims at the heart", ["Commission the Victim Care Network to provide free, confidential support to any victim.",
                                  "Make sure victims are kept informed in line with the Victims' Code.",
                                  "Listen to victims' experiences through the Victims' Voice panel."]),
        ("Connectivity", ["Improve the 101 service so that calls are answered quickly and online contact is easy.",
                          "Keep police station front counters open and add mobile police stations in rural areas.",
                          "Make sure every community knows its local officers."]),
        ("Value for money", ["Publish how the police budget is spent.", "Share buildings and back-office services with "
                             "other public bodies where this saves money.",
                             "Use the police estate to support the priorities."])]:
        P.append(f"<h2>{e(h)}</h2><p>I will:</p><ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
    P.append('<h2>Our values</h2><p>Fair, accountable, listening and ambitious for our communities.</p></div></div>')
    # partnership + governance
    P.append('<div class="page"><h1 class="t">Working in partnership</h1><p>This plan will be delivered with many '
             'partners, including:</p><div class="cols"><ul>')
    for t in ["Devon and Cornwall Police", "Safer Cornwall, Safer Devon, Safer Plymouth and Torbay community safety partnerships",
              "Isles of Scilly Community Safety Partnership", "The Serious Violence Prevention Partnership",
              "The Local Criminal Justice Board", "Probation Service (South West)", "HM Courts and Tribunals Service",
              "Crown Prosecution Service South West", "Local authorities and youth justice services",
              "NHS Devon and NHS Cornwall and Isles of Scilly", "Devon and Somerset, and Cornwall, fire and rescue services",
              "Vision Zero South West", "The Victim Care Network", "Voluntary and community organisations"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div><p>Community safety partnerships set their own priorities from their strategic assessments. I '
             'expect their plans to help deliver this plan, and I support them with grant funding each year.</p>'
             '<h1 class="t" style="margin-top:8mm">Holding the Chief Constable to account</h1><p>The Chief Constable is '
             'responsible for operational policing. I hold the Chief Constable to account through:</p><ul>')
    for t in ["a public Accountability and Standards Board every quarter", "a performance and accountability framework "
              "with measures for each priority", "regular scrutiny by the Police and Crime Panel",
              "an annual report on progress against this plan", "a joint audit committee"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><table><tr><th>Priority</th><th>Example measure</th><th>Reported</th></tr>'
             '<tr><td>Violence</td><td>Violence with injury; repeat domestic abuse victims</td><td>Quarterly</td></tr>'
             '<tr><td>Antisocial behaviour</td><td>ASB incidents; feeling of safety</td><td>Quarterly</td></tr>'
             '<tr><td>Drugs</td><td>County lines closed; referrals to treatment</td><td>Quarterly</td></tr>'
             '<tr><td>Road safety</td><td>Killed or seriously injured</td><td>Six-monthly</td></tr></table></div>')
    # finance
    P.append('<div class="page"><h1 class="t">Funding the plan</h1><p>Policing is funded by central government grant and '
             'by the police precept on council tax. The figures below are illustrative.</p><table><tr><th></th>'
             '<th>2022/23 (£m)</th><th>2023/24 (£m)</th></tr><tr><td>Police grant</td><td>224.8</td><td>231.2</td></tr>'
             '<tr><td>Council tax precept</td><td>153.9</td><td>163.4</td></tr><tr><td>Other income</td><td>22.0</td>'
             '<td>23.5</td></tr><tr><td><b>Total</b></td><td><b>400.7</b></td><td><b>418.1</b></td></tr></table>'
             '<p class="note">Illustrative figures.</p><h2>Commissioning and grants</h2><p>I commission services for '
             'victims, for people at risk of offending and for community safety. I also run a small grants scheme for '
             'community groups. Decisions are published on my website.</p><h2>Equality</h2><p>I have considered the '
             'impact of this plan on people with protected characteristics. An equality impact assessment is published '
             'alongside it.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff;font-size:20pt">Contact the Office of the Police and Crime '
             'Commissioner</h2><p>Alderson Drive, Exeter, Devon</p><p>Telephone: 01392 000000 (illustrative)</p>'
             '<p>Email: opcc@devoncornwall-pcc.example</p><p>This plan is available in other formats on request.</p>'
             '<p style="margin-top:40mm;font-size:8pt">Statistics in this plan are illustrative.</p></div>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style>'
            f'</head><body>{"".join(P)}</body></html>')


def build(root):
    out = root / FILE
    needles = {"fw": "A message from your Police and Crime Commissioner When", "num": "Our area in numbers The figures",
               "vis": "Safe, resilient and connected communities My vision", "fnd": "The foundations of this plan",
               "part": "Working in partnership This plan", "gov": "Holding the Chief Constable to account The Chief",
               "fin": "Funding the plan Policing"}
    # the at-a-glance grid also names the priorities: search from the page after it
    needles.update({f"p{i}": (f"Priority area {p[0]} {p[2][:30]}", 6) for i, p in enumerate(PRIORITIES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "plan.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
