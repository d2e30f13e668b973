"""Police and Crime Plan for Devon, Cornwall and the Isles of Scilly 2025-2029 (fictional new edition).

Standard (not accessible) layout for contrast: HTML/CSS printed by Chromium.  A narrow navy column runs down
the left of every inner page with the chapter's number; the seven priorities are stated once, in a numbered
list on p6 ("My seven priorities"); chapters pp7-13 are headed by short topic names with objectives n.1 ...
"""
from __future__ import annotations

from .kit import esc, html_pages

FILE = "plan/devon_cornwall_and_isles_of_scilly_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Devon, Cornwall and the Isles of Scilly 2025\u20132029"

PRIORITIES = [
    ("Keeping people safe from violence", "Domestic abuse, sexual violence, knife crime and violence on nights out."),
    ("Tackling anti-social behaviour", "In our towns, villages and along our coast, in every season."),
    ("Stopping drug dealing and exploitation", "Closing down county lines and protecting those who are exploited."),
    ("Making our roads safer", "Fewer people killed or seriously injured, working through Vision Zero South West."),
    ("Putting victims first", "Support that is there when it is needed, and a voice for every victim."),
    ("Breaking the cycle of reoffending", "Fewer people, adults and children, coming back into the justice system."),
    ("Visible and accessible local policing", "Officers you know, and a police service that answers when you call."),
]

CHAPTERS = [
    ("Violence", [
        ("1.1", "Reduce domestic abuse, sexual violence and stalking, including the harm to children who live with "
                "it, and fund programmes that change the behaviour of people who harm, working with the domestic "
                "abuse and sexual violence partnerships."),
        ("1.2", "Reduce knife crime and serious youth violence with the Serious Violence Prevention Partnership, "
                "meeting the Serious Violence Duty."),
        ("1.3", "Reduce violence and disorder in the night-time economy, including drink spiking, with licensing "
                "and the night-time partnerships."),
        ("1.4", "Make streets, parks, beaches and public transport safe for women and girls."),
    ]),
    ("Anti-social behaviour", [
        ("2.1", "Reduce anti-social behaviour and support repeat victims, including through the anti-social "
                "behaviour case review."),
        ("2.2", "Reduce shop theft and abuse of shop workers, and keep town centres welcoming."),
        ("2.3", "Tackle rural and coastal crime: theft from farms, wildlife and heritage crime, and the disorder "
                "that comes with the summer season in our resort towns."),
    ]),
    ("Drugs and exploitation", [
        ("3.1", "Close down county lines and disrupt local drug dealing."),
        ("3.2", "Protect children and adults at risk of criminal and sexual exploitation, including cuckooing."),
        ("3.3", "Tackle modern slavery and labour exploitation in farming, fishing and hospitality."),
        ("3.4", "With the combating drugs partnerships, get more people into drug and alcohol treatment and "
                "recovery and reduce drug-related deaths."),
    ]),
    ("Roads", [
        ("4.1", "Halve the number of people killed or seriously injured on our roads by 2030, with Vision Zero "
                "South West."),
        ("4.2", "Reduce speeding, supporting Community Speedwatch and speed enforcement on rural roads."),
        ("4.3", "Reduce drink and drug driving and the use of mobile phones at the wheel."),
    ]),
    ("Victims", [
        ("5.1", "Fund a victim care service, including specialist support and safe accommodation for survivors of "
                "domestic abuse and sexual violence."),
        ("5.2", "Make it easier to report hate crime and make sure victims of hate crime get support, working "
                "with partners on community tensions."),
        ("5.3", "Protect people, especially older people, from fraud, scams and doorstep crime."),
        ("5.4", "Check that the Victims' Code is followed and offer restorative justice to every victim who "
                "wants it."),
    ]),
    ("Reoffending", [
        ("6.1", "Manage the people who cause most harm through Integrated Offender Management."),
        ("6.2", "Help people leaving prison into housing, work and treatment."),
        ("6.3", "With the youth justice services, divert children from the justice system and reduce "
                "reoffending by children."),
        ("6.4", "Develop a women's justice pathway across the peninsula."),
    ]),
    ("Local policing", [
        ("7.1", "Keep neighbourhood officers in every community, with named officers for every ward."),
        ("7.2", "Answer 101 calls and online contact quickly."),
        ("7.3", "Keep a resilient police presence on the Isles of Scilly and in our most rural areas."),
    ]),
]

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #1d2433; font-size: 10.5pt; line-height: 1.45 }
.rail { position: absolute; left: 0; top: 0; bottom: 0; width: 26mm; background: #14305a; color: #fff }
.rail .n { font-size: 30pt; font-weight: bold; text-align: center; margin-top: 22mm; opacity: .9 }
.body { position: absolute; left: 36mm; right: 16mm; top: 18mm; bottom: 20mm; overflow: hidden }
.foot { position: absolute; left: 36mm; right: 16mm; bottom: 9mm; font-size: 8pt; color: #5a6375;
        border-top: 0.6pt solid #b9c1cf; padding-top: 2mm }
.foot span { float: right }
h1 { font-size: 22pt; color: #14305a; margin: 0 0 5mm 0; font-weight: bold }
h2 { font-size: 13pt; color: #14305a; margin: 6mm 0 2mm 0 }
p { margin: 0 0 3mm 0 }
.cover { background: #14305a; color: #fff; height: 100%; padding: 40mm 22mm; box-sizing: border-box }
.cover .t { font-size: 34pt; font-weight: bold; line-height: 1.1; margin-top: 30mm }
.cover .s { font-size: 15pt; margin-top: 8mm; color: #cfe0f5 }
.cover .b { position: absolute; bottom: 30mm; left: 22mm; font-size: 11pt; color: #cfe0f5 }
.toc { width: 100%; border-collapse: collapse; font-size: 11.5pt }
.toc td { padding: 2.6mm 0; border-bottom: 0.6pt dotted #9aa6ba }
.toc td.num { text-align: right; width: 15mm; font-weight: bold; color: #14305a }
.tiles { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin: 4mm 0 }
.tile { background: #e8eef7; padding: 4mm }
.tile b { display: block; font-size: 20pt; color: #14305a }
.note { font-size: 8.5pt; color: #5a6375; font-style: italic }
ol.pri { list-style: none; padding: 0; margin: 6mm 0 0 0 }
ol.pri li { display: grid; grid-template-columns: 16mm 1fr; margin-bottom: 6mm; align-items: start }
ol.pri .sq { width: 12mm; height: 12mm; border: 1.6pt solid #14305a; color: #14305a; font-size: 16pt;
             font-weight: bold; text-align: center; line-height: 12mm }
ol.pri .h { font-size: 14.5pt; font-weight: bold; color: #14305a; display: block }
ol.pri .d { color: #4b5566 }
.obj { display: grid; grid-template-columns: 12mm 1fr; margin-bottom: 3.5mm }
.obj b { color: #14305a }
table.t { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin-top: 3mm }
table.t th { background: #14305a; color: #fff; text-align: left; padding: 2mm }
table.t td { border-bottom: 0.6pt solid #c9d0dc; padding: 2mm; vertical-align: top }
.quote { border-left: 3pt solid #e0a526; padding: 2mm 4mm; margin: 4mm 0; color: #3a4252; font-style: italic }
"""


def inner(n: int, rail: str, body: str) -> str:
    return (f'<div class="rail"><div class="n">{rail}</div></div><div class="body">{body}</div>'
            f'<div class="foot">Police and Crime Plan 2025\u20132029<span>{n}</span></div>')


def build(out_root):
    pages = []
    pages.append('<div class="cover"><div>Office of the Police and Crime Commissioner for Devon, Cornwall and '
                 'the Isles of Scilly</div><div class="t">Police and Crime Plan<br>2025\u20132029</div>'
                 '<div class="s">Safe, resilient and connected communities</div>'
                 '<div class="b">Large print, Easy Read and audio versions are available on request.</div></div>')
    toc = [("Foreword", 3), ("Our area", 4), ("How this plan works", 5), ("My seven priorities", 6),
           ("Violence", 7), ("Anti-social behaviour", 8), ("Drugs and exploitation", 9), ("Roads", 10),
           ("Victims", 11), ("Reoffending", 12), ("Local policing", 13), ("Working with partners", 14),
           ("Contact us", 15)]
    rows = "".join(f"<tr><td>{esc(t)}</td><td class='num'>{p}</td></tr>" for t, p in toc)
    pages.append(inner(2, "", f"<h1>Contents</h1><table class='toc'>{rows}</table>"))
    pages.append(inner(3, "", """<h1>Foreword</h1>
<p>This is my plan for policing and community safety across Devon, Cornwall and the Isles of Scilly for the next
four years. It builds on the work of the last plan and on what more than six thousand residents told me in my
survey and at shows, markets and community meetings across the peninsula.</p>
<p>People told me they want to see officers in their communities, that they want drug dealing and anti-social
behaviour dealt with, and that they worry about violence and about the way people drive on our roads. They also
told me that when they become a victim of crime they want to be kept informed and treated with respect.</p>
<p>No single organisation can make our communities safer on its own. Community safety partnerships in every
district and unitary council, the Serious Violence Prevention Partnership, the combating drugs partnerships and
the youth justice services all have a part to play. This plan says where I will lead, where I will fund and where I
will use my influence.</p>
<div class="quote">\u201cI want Devon, Cornwall and the Isles of Scilly to remain one of the safest places in the
country to live, work and visit.\u201d</div>
<p>\u2014 Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly</p>"""))
    pages.append(inner(4, "", """<h1>Our area</h1>
<p>The force area is the largest in England by land, with a long coastline, two cities, many market and resort
towns and the five inhabited islands of Scilly. Its population grows sharply each summer.</p>
<div class="tiles"><div class="tile"><b>1.8 million</b>residents</div><div class="tile"><b>11 million</b>
visitors a year</div><div class="tile"><b>74 crimes</b>per 1,000 people each year</div><div class="tile"><b>
1 in 3</b>residents worried about anti-social behaviour</div></div>
<p class="note">Figures are illustrative for this document and are not official statistics.</p>
<h2>What residents told us</h2>
<p>The issues residents raised most often in the survey were drug dealing, anti-social behaviour, speeding and
dangerous driving, the visibility of officers and the time it takes to get through on 101.</p>
<table class="t"><tr><th>Concern raised in the survey</th><th>Share of respondents</th></tr>
<tr><td>Drug dealing and drug use</td><td>48%</td></tr><tr><td>Anti-social behaviour</td><td>44%</td></tr>
<tr><td>Speeding and dangerous driving</td><td>41%</td></tr><tr><td>Not seeing officers locally</td><td>37%</td></tr>
<tr><td>Getting through on 101</td><td>29%</td></tr></table>
<p class="note">Survey shares are illustrative.</p>"""))
    pages.append(inner(5, "", """<h1>How this plan works</h1>
<p>My vision remains <b>safe, resilient and connected communities</b>. The plan rests on three principles:
<b>prevention</b>, stopping harm before it happens; <b>partnership</b>, working through the community safety
partnerships and other boards; and <b>influence</b>, using my role to bring organisations together.</p>
<h2>The last plan</h2>
<p>The Police and Crime Plan 2021\u20132025 concentrated on four areas: violence, antisocial behaviour, drugs and
road safety. That work continues in this plan, which adds victims, reoffending and local policing as priorities
in their own right.</p>
<h2>How each chapter is set out</h2>
<p>Each priority has a chapter with numbered objectives. The objectives say what the priority covers: some topics
sit under a priority you might not expect, and the objectives are the guide. Partners' plans are linked to the
objectives, not only to the priority names.</p>
<h2>Holding the Chief Constable to account</h2>
<p>I will hold the Chief Constable to account in public at my accountability board every quarter, and report to
the Police and Crime Panel on progress against every objective.</p>"""))
    lis = "".join(f'<li><div class="sq">{i}</div><div><span class="h">{esc(t)}</span><span class="d">{esc(d)}'
                  f"</span></div></li>" for i, (t, d) in enumerate(PRIORITIES, start=1))
    pages.append(inner(6, "", "<h1>My seven priorities</h1><p>For the next four years my office, the police and "
                       "the partners I fund will concentrate on seven priorities.</p>"
                       f'<ol class="pri">{lis}</ol>'))
    intros = [
        "Violence causes the greatest harm. Most of it happens in the home, much of it goes unreported, and knife "
        "crime, although rare here, has devastating effects.",
        "Anti-social behaviour is the issue residents raise with me most after drugs. It looks different in a city "
        "centre, a market town, a farming parish and a resort in August. Fly-tipping and other environmental "
        "crime are for the district councils' enforcement teams and are not part of this plan.",
        "Drug dealing brings violence and exploitation into our towns. Treatment and recovery matter as much as "
        "enforcement if we are to reduce demand.",
        "Too many people are killed or seriously injured on our roads, many of them on rural roads.",
        "Victims should get support when they need it and be kept informed of what is happening.",
        "A small number of people commit a large share of crime. Helping them stop protects future victims.",
        "Residents want to know their local officers and to get through when they call.",
    ]
    for k, (name, objs) in enumerate(CHAPTERS, start=1):
        items = "".join(f'<div class="obj"><b>{n}</b><div>{esc(t)}</div></div>' for n, t in objs)
        measures = {
            1: "Repeat victims of domestic abuse; knife crime offences; hospital admissions for assault.",
            2: "Anti-social behaviour incidents; repeat callers; shop theft offences; rural crime reports.",
            3: "County lines closed; children referred through the National Referral Mechanism; people in treatment.",
            4: "People killed or seriously injured; Community Speedwatch groups; drink-drive arrests.",
            5: "Victim satisfaction; Victims' Code compliance; hate crime reports; scam victims supported.",
            6: "Proven reoffending rates; first-time entrants to the youth justice system.",
            7: "Neighbourhood officer numbers; 101 answer times; public confidence.",
        }[k]
        pages.append(inner(6 + k, str(k), f"<h1>{esc(name)}</h1><p>{esc(intros[k - 1])}</p><h2>Objectives</h2>"
                           f"{items}<h2>How we will know</h2><p>{esc(measures)}</p>"))
    partners = ("Safer Plymouth; Safer Communities Torbay; Safer Cornwall; Exeter Community Safety Partnership; "
                "East Devon, Mid Devon, North Devon and Torridge, Teignbridge, South Hams and West Devon community "
                "safety partnerships; the Serious Violence Prevention Partnership; the Devon, Plymouth, Torbay and "
                "Cornwall combating drugs partnerships; the youth justice services; Probation; the NHS; Devon and "
                "Somerset, and Cornwall, fire and rescue services.")
    rows = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{len(o)}</td><td>Quarterly</td></tr>"
                   for i, (n, o) in enumerate(CHAPTERS, start=1))
    pages.append(inner(14, "", f"<h1>Working with partners</h1><p>{esc(partners)}</p><h2>Reporting</h2>"
                       "<table class='t'><tr><th>#</th><th>Chapter</th><th>Objectives</th><th>Reported</th></tr>"
                       f"{rows}</table><h2>Funding</h2><p>The Commissioner's grants to partners total about "
                       "\u00a34.2 million a year (illustrative), including the community safety grant, the victim "
                       "care contract and the serious violence fund.</p>"))
    pages.append('<div class="cover" style="padding-top:120mm"><div class="t" style="font-size:20pt;margin:0">'
                 'Contact us</div><div class="s">Office of the Police and Crime Commissioner<br>'
                 'opcc@devoncornwall-pcc.example<br>Telephone 01392 000 000 (illustrative)</div>'
                 '<div class="b">To report a crime call 101, or 999 in an emergency.</div></div>')
    out = out_root / FILE
    return html_pages(out, CSS, pages, TITLE)
