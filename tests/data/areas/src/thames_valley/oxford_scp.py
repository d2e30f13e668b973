"""Oxford Safer Communities Partnership Plan 2023-2026: web page printed by Chromium.

A CSS cards grid introduces the six priorities; each priority then has its
own section with a numbered circle and a plain heading, multi-column text.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/oxford_safer_communities_partnership_plan_2023-26.pdf"
TITLE = "Oxford Safer Communities Partnership Plan 2023–2026"

PRIORITIES = [
    ("Preventing exploitation of children and adults",
     "Exploitation takes many forms: county lines, cuckooing, sexual exploitation, modern slavery and financial abuse. "
     "Those most at risk are often already known to services.",
     ["Run the multi-agency exploitation panel for children and extend the model to adults at risk.",
      "Train taxi drivers, hotel staff and licensees to spot and report the signs of exploitation.",
      "Work with housing providers to identify and protect tenants at risk of cuckooing.",
      "Support survivors of modern slavery through the National Referral Mechanism and beyond."]),
    ("Reducing domestic abuse",
     "Domestic abuse is the largest single category of violent crime in Oxford. The partnership will play its part in "
     "the Oxfordshire Domestic Abuse Strategy and focus on the needs of city residents.",
     ["Fund a city-based independent domestic violence adviser and an outreach worker for students.",
      "Make every council and partner service a place where disclosure is welcomed and acted on.",
      "Promote the Drive and Respect programmes for people who cause harm.",
      "Improve the response to domestic abuse in temporary accommodation."]),
    ("Reducing anti-social behaviour",
     "Anti-social behaviour affects quality of life across the city, from noise and nuisance in neighbourhoods to "
     "street-based anti-social behaviour in the city centre.",
     ["Deliver a joint Community Response Team of council wardens and police officers.",
      "Use a victim-centred approach, with risk assessment and regular updates for people who report ASB.",
      "Support people whose behaviour is linked to homelessness, addiction or mental ill-health into services.",
      "Use enforcement where other approaches have failed."]),
    ("Preventing serious violence, including knife crime",
     "Oxford has lower levels of serious violence than many cities, but knife crime involving young people has risen "
     "and several serious incidents have had a profound effect on communities (illustrative).",
     ["Deliver the Serious Violence Duty with the Thames Valley Violence Reduction Unit.",
      "Fund youth work in Blackbird Leys, Rose Hill and Barton during the evenings and school holidays.",
      "Support schools to keep children in education and reduce exclusions.",
      "Use weapons sweeps and targeted patrols in hotspots."]),
    ("Making public spaces safer for women and girls",
     "Women and students told us they feel unsafe in parts of the city centre at night, on towpaths and in parks. "
     "We want everyone to be able to enjoy the city at any time.",
     ["Extend the Safer Streets improvements to lighting and CCTV on key walking routes.",
      "Accredit city centre venues through a women's night safety charter.",
      "Train bar and security staff in bystander intervention and welfare.",
      "Deploy welfare volunteers and safe spaces on busy nights."]),
    ("Reducing burglary, theft and other neighbourhood crime",
     "Student areas and terraced streets see high levels of burglary and bicycle theft, especially at the start and end "
     "of university terms.",
     ["Run crime prevention campaigns with the universities and colleges each term.",
      "Provide target hardening for repeat victims of burglary.",
      "Work with cycle retailers and the universities to reduce bicycle theft.",
      "Use data to target patrols to emerging hotspots."]),
]

CSS = """
@page { size: A4; margin: 22mm 16mm 20mm 16mm;
  @top-left { content: "Oxford Safer Communities Partnership"; font: 600 8pt 'DejaVu Sans'; color: #0B4F6C; }
  @top-right { content: "Partnership Plan 2023–2026"; font: 8pt 'DejaVu Sans'; color: #555; }
  @bottom-center { content: counter(page); font: 700 9pt 'DejaVu Sans'; color: #0B4F6C; }
  @bottom-left { content: "oxford.example/community-safety"; font: 7.5pt 'DejaVu Sans'; color: #777; } }
@page cover { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-center { content: none } @bottom-left { content: none } }
@page back { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-center { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.3pt; line-height: 1.45; color: #222; margin: 0; }
.cover { page: cover; width: 210mm; height: 297mm; background: #0B4F6C; color: #fff; position: relative; overflow: hidden; break-after: page; }
.cover .band { position: absolute; left: 0; bottom: 0; width: 210mm; height: 95mm; background: #F2A541; }
.cover .spire { position: absolute; bottom: 95mm; width: 0; height: 0; border-left: 9mm solid transparent; border-right: 9mm solid transparent; border-bottom: 42mm solid #08384D; }
.cover .dome { position: absolute; bottom: 95mm; width: 30mm; height: 30mm; border-radius: 15mm 15mm 0 0; background: #08384D; }
.cover h1 { position: absolute; left: 18mm; top: 48mm; font-size: 36pt; line-height: 1.1; margin: 0; }
.cover .sub { position: absolute; left: 18mm; top: 110mm; font-size: 16pt; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 11pt; letter-spacing: 1.5pt; text-transform: uppercase; }
.cover .foot { position: absolute; left: 18mm; bottom: 20mm; color: #0B4F6C; font-size: 10pt; width: 170mm; }
h1.t { font-size: 22pt; color: #0B4F6C; margin: 0 0 5mm 0; }
h2 { font-size: 14pt; color: #0B4F6C; margin: 0 0 3mm 0; }
h3 { font-size: 10.5pt; color: #C9472B; margin: 4mm 0 1.5mm 0; }
.page { break-before: page; }
.toc div { display: flex; align-items: baseline; margin: 0 0 3.2mm 0; font-size: 11pt; }
.toc div span.l { flex: 1; border-bottom: 1.2px dotted #888; margin: 0 2mm; }
.toc div.sub { margin-left: 8mm; font-size: 10pt; color: #444; }
.toc div b { color: #0B4F6C; }
.cols { column-count: 2; column-gap: 8mm; }
.cols3 { column-count: 3; column-gap: 6mm; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0; }
.tile { background: #E6F0F4; border-top: 4px solid #0B4F6C; padding: 4mm; }
.tile .n { font-size: 20pt; font-weight: 700; color: #0B4F6C; }
.tile .c { font-size: 8pt; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0 6mm 0; }
.card { border-radius: 3mm; padding: 5mm 4mm; color: #fff; min-height: 42mm; }
.card .k { font-size: 18pt; font-weight: 700; opacity: .85; }
.card .h { font-size: 10.5pt; font-weight: 700; margin: 1mm 0 2mm 0; }
.card .d { font-size: 7.8pt; }
.c0 { background: #0B4F6C; } .c1 { background: #C9472B; } .c2 { background: #2F7F5F; }
.c3 { background: #6A4C93; } .c4 { background: #B5651D; } .c5 { background: #3C6E9E; }
.vision { background: #FFF4E0; border-left: 5px solid #F2A541; padding: 4mm 5mm; margin: 3mm 0; font-size: 11pt; color: #0B4F6C; }
.pri { break-inside: avoid; margin: 0 0 8mm 0; }
.pri .head { display: flex; align-items: center; gap: 4mm; border-bottom: 2px solid #F2A541; padding-bottom: 2mm; margin-bottom: 3mm; }
.pri .num { width: 11mm; height: 11mm; border-radius: 50%; color: #fff; font-weight: 700; font-size: 14pt; display: flex; align-items: center; justify-content: center; flex: none; }
.pri .head h2 { margin: 0; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
.box { background: #E6F0F4; padding: 3mm 4mm; break-inside: avoid; margin: 3mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt; }
th { background: #0B4F6C; color: #fff; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #ccc; padding: 1.6mm 2mm; vertical-align: top; }
tr:nth-child(even) td { background: #F3F7F9; }
.keep { break-inside: avoid; }
.note { font-size: 7.5pt; color: #666; }
.backp { page: back; break-before: page; width: 210mm; height: 297mm; background: #0B4F6C; color: #fff; padding: 120mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = []
    P.append('<div class="cover"><div class="org">Oxford Safer Communities Partnership</div>'
             '<h1>Partnership<br>Plan</h1><div class="sub">2023–2026 · Working together for a safer Oxford</div>')
    for k, x in enumerate([20, 45, 70, 100, 130, 160, 185]):
        cls = "dome" if k in (2, 4) else "spire"
        P.append(f'<div class="{cls}" style="left:{x}mm"></div>')
    P.append('<div class="band"></div><div class="foot">Oxford City Council · Thames Valley Police · Oxfordshire County '
             'Council · Oxfordshire Fire and Rescue Service · Probation Service · NHS Buckinghamshire, Oxfordshire and '
             'Berkshire West ICB · University of Oxford · Oxford Brookes University</div></div>')
    # contents
    toc = [("Foreword", "fw", 0), ("Oxford in numbers", "num", 0), ("Our vision and priorities", "vis", 0)]
    toc += [(p[0], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    toc += [("How we work together", "how", 0), ("Governance", "gov", 0), ("Delivery plan 2023–24", "del", 0)]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for text, key, sub in toc:
        label = e(text) if sub else f"<b>{e(text)}</b>"
        P.append(f'<div class="{"sub" if sub else ""}">{label}<span class="l"></span>{pages.get(key, 0)}</div>')
    P.append("</div>")
    # foreword
    P.append('<div class="page"><h1 class="t">Foreword</h1><div class="cols">')
    for t in [
        "Oxford is a safe city for most people, most of the time. But crime and anti-social behaviour are not evenly "
        "shared, and some of our residents, particularly those who are young, vulnerable or living in our more deprived "
        "neighbourhoods, experience far more than their share of harm.",
        "The Oxford Safer Communities Partnership brings together the organisations responsible for community safety in "
        "the city. This plan sets out what we will focus on over the next three years, based on our strategic assessment "
        "and on the views of residents, students, businesses and community groups.",
        "We have chosen six priorities. Some, like exploitation and serious violence, cause serious harm to a relatively "
        "small number of people. Others, like anti-social behaviour and neighbourhood crime, affect many more residents. "
        "Each has a lead partner and an annual delivery plan.",
        "The plan also reflects new responsibilities, including the Serious Violence Duty and the Domestic Abuse Act, and "
        "the priorities of the Thames Valley Police and Crime Commissioner, whose funding supports much of this work.",
        "We will publish an update every year, and we want to hear from you about whether the city feels safer.",
    ]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, Oxford Safer Communities Partnership</b></p></div>")
    P.append('<div class="box"><b>Our legal duties.</b> Under the Crime and Disorder Act 1998 the partnership must produce a '
             'strategic assessment and a partnership plan. Under the Police, Crime, Sentencing and Courts Act 2022 it must '
             'also work to prevent and reduce serious violence.</div></div>')
    # numbers
    P.append('<div class="page"><h1 class="t">Oxford in numbers</h1><p>The figures below are illustrative.</p><div class="tiles">')
    for n, c in [("162,000", "residents, a quarter of them students"), ("15,300", "crimes recorded in 2022/23"),
                 ("1,900", "domestic abuse incidents"), ("3,400", "bicycles reported stolen"),
                 ("+15%", "knife-enabled offences since 2020"), ("54%", "of women feel unsafe in the city centre at night")]:
        P.append(f'<div class="tile"><div class="n">{n}</div><div class="c">{e(c)}</div></div>')
    P.append('</div><p class="note">Illustrative figures, not official statistics.</p>')
    P.append('<h3>What the strategic assessment found</h3><div class="cols"><ul>')
    for t in ["Violent crime is concentrated in the city centre and in three neighbourhoods in the south and east of the city.",
              "Reports of exploitation of children and adults have risen as awareness has grown.",
              "Burglary and cycle theft follow the university calendar.",
              "ASB reports rose during the pandemic and have not returned to previous levels.",
              "Many victims of domestic abuse first disclose to health or housing staff rather than the police.",
              "Young people want more to do in the evenings and safer routes home."]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul></div></div>")
    # vision + cards
    P.append('<div class="page"><h1 class="t">Our vision and priorities</h1><div class="vision">Our vision: an Oxford where '
             'everyone is safe, and feels safe, in their home, their neighbourhood and the city centre.</div>'
             '<h3>Our values</h3><p>Victim-centred · Evidence-led · Preventative · Inclusive · Accountable</p>'
             '<h3>Our priorities at a glance</h3><div class="cards">')
    for i, (name, why, _) in enumerate(PRIORITIES):
        P.append(f'<div class="card c{i}"><div class="k">{i + 1:02d}</div><div class="h">{e(name)}</div>'
                 f'<div class="d">{e(why.split(". ")[0])}.</div></div>')
    P.append('</div><p>Two themes cut across all six priorities: <b>early intervention</b> and <b>tackling inequality</b>. '
             'Every action plan must show how it addresses both.</p></div>')
    # priority sections, two per page
    for i, (name, why, dos) in enumerate(PRIORITIES):
        brk = " page" if i % 2 == 0 else ""
        P.append(f'<div class="pri{brk}"><div class="head"><div class="num c{i}">{i + 1}</div><h2>{e(name)}</h2></div>'
                 f'<div class="cols"><p><b>Why it matters.</b> {e(why)}</p><div class="keep"><h3>What we will do</h3><ul>')
        P += [f"<li>{e(x)}</li>" for x in dos]
        P.append('</ul></div></div></div>')
    # how we work + governance
    P.append('<div class="page"><h1 class="t">How we work together</h1><div class="cols">'
             '<p>No single organisation can make Oxford safer on its own. The partnership will:</p><ul>')
    for t in ["share data and intelligence through a single partnership analyst",
              "hold a monthly tasking meeting to agree joint action in hotspots",
              "involve residents, students and community groups in setting priorities",
              "commission services jointly where this gives better value",
              "evaluate what we do and stop what does not work"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h3>Partners</h3><ul>')
    for t in ["Oxford City Council", "Thames Valley Police", "Oxfordshire County Council", "Oxfordshire Fire and Rescue Service",
              "Probation Service", "BOB Integrated Care Board", "University of Oxford", "Oxford Brookes University",
              "Oxford Direct Services", "Office of the Police and Crime Commissioner", "Oxford BID", "Voluntary and community groups"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div><h1 class="t" style="margin-top:6mm">Governance</h1><p>The partnership board meets quarterly and '
             'reports to the Safer Oxfordshire Partnership and to the City Council\'s Scrutiny Committee. Delivery groups:</p><ul>')
    for t in ["Exploitation Sub-Group", "Domestic Abuse Local Delivery Group", "Community Response Team Tasking",
              "Serious Violence Duty Group", "Night-Time Economy and Women's Safety Group", "Student Safety Forum"]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul></div>")
    # delivery plan
    P.append('<div class="page"><h1 class="t">Delivery plan 2023–24</h1><table><tr><th>Priority</th><th>Action</th>'
             '<th>Lead</th><th>Timescale</th></tr>')
    rows = [("1", "Adult exploitation panel pilot", "OCC / TVP", "Sep 2023"), ("1", "Hotel and taxi awareness training", "Licensing", "Dec 2023"),
            ("1", "Cuckooing protocol refresh", "Housing", "Jan 2024"), ("2", "City IDVA and student outreach", "OCC / PCC", "Oct 2023"),
            ("2", "Disclosure training for council staff", "Community Safety", "Mar 2024"), ("3", "Community Response Team expansion", "OCC / TVP", "Jul 2023"),
            ("3", "ASB victim updates standard", "Community Safety", "Sep 2023"), ("4", "Holiday youth programmes", "Youth Ambition", "Summer 2023"),
            ("4", "Exclusions reduction pilot", "Oxfordshire County Council", "2023/24"), ("5", "Women's night safety charter", "Oxford BID", "Nov 2023"),
            ("5", "Lighting on towpaths", "ODS / Highways", "Mar 2024"), ("6", "Freshers' crime prevention campaign", "Universities / TVP", "Oct 2023"),
            ("6", "Cycle theft marking events", "TVP", "Termly"), ("All", "Annual strategic assessment", "Partnership analyst", "Jan 2024")]
    for r in rows:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">The delivery plan is refreshed each year.</p></div>')
    P.append('<div class="backp"><h2 style="color:#fff;font-size:18pt">Contact us</h2><p>Community Safety Team, Oxford City '
             'Council, Town Hall, St Aldate\'s, Oxford</p><p>communitysafety@oxford.example</p><p>Report ASB online or call '
             '01865 000000 (illustrative). In an emergency call 999.</p><p style="margin-top:30mm;font-size:8pt">Figures in '
             'this plan are illustrative.</p></div>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style>'
            f'</head><body>{"".join(P)}</body></html>')


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword", "num": "Oxford in numbers The figures",
               "vis": "Our vision and priorities Our vision", "how": "How we work together",
               "gov": "Governance The partnership board", "del": "Delivery plan 2023–24 Priority"}
    # the cards grid also names the priorities: search after the "vision and priorities" page
    needles.update({f"p{i}": (p[0], 6) for i, p in enumerate(PRIORITIES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "oxford_scp.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
