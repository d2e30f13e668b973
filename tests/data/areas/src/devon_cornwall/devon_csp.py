"""Safer Devon Partnership Strategy 2023-2026: HTML printed by Chromium.

A "bigger picture" page quotes the Police and Crime Commissioner's four
priorities in a box (NOT Safer Devon's own), then a strip of five numbered
tiles, then one page per priority: a side panel with a big number and a
serif heading.  Principles, statutory duties, "We will" lists, measures,
the sub-group list and the delivery table are distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/safer_devon_partnership_strategy_2023-26.pdf"
TITLE = "Safer Devon Partnership Strategy 2023–2026"

PRIORITIES = [
    ("Preventing serious violence",
     "Serious violence is rare in Devon, but its impact on victims, families and communities is profound. Knife "
     "possession and serious assaults among young people have risen in several of our market towns (illustrative).",
     ["Deliver the Serious Violence Duty in each of Devon's eight districts.",
      "Support the Peninsula Serious Violence Prevention Partnership's strategy and needs assessment.",
      "Fund trusted adults and mentoring for young people at risk.",
      "Use hotspot problem-solving in Exeter, Barnstaple and Newton Abbot."],
     ["Serious violence offences", "Knife possession offences", "Hospital admissions for assault"]),
    ("Tackling violence against women and girls",
     "Violence against women and girls includes domestic abuse, sexual violence, stalking, harassment in public places, "
     "so-called honour-based abuse and online abuse. It is everyone's business and needs a whole-system response.",
     ["Adopt a Devon-wide VAWG commitment signed by every partner.",
      "Deliver the Devon Domestic Abuse and Sexual Violence Strategy and safe accommodation duty.",
      "Make public spaces, the night-time economy and public transport safer.",
      "Challenge misogyny through education in schools, colleges and workplaces."],
     ["Women's feelings of safety", "Repeat victims of domestic abuse", "Sexual offences reported"]),
    ("Protecting people from exploitation, including county lines",
     "Children and adults in Devon are exploited by criminal networks that use them to move and sell drugs, by people "
     "who take over their homes, and for sex and labour. Exploitation is often hidden in rural and coastal communities.",
     ["Run exploitation panels for children and for adults at risk.",
      "Raise awareness among transport, hospitality and retail staff.",
      "Identify and protect people at risk of cuckooing.",
      "Improve support for victims of modern slavery."],
     ["Children and adults safeguarded", "National Referral Mechanism referrals", "Cuckooing cases closed"]),
    ("Preventing radicalisation and violent extremism",
     "The threat from terrorism in Devon is low, but people can be drawn into extremist ideologies online and in "
     "person. The Prevent duty requires partners to stop people being drawn into terrorism.",
     ["Deliver the Prevent duty and run the Channel panel.",
      "Train front-line staff to recognise and refer concerns.",
      "Work with schools on online safety and critical thinking.",
      "Monitor community tensions and respond quickly."],
     ["Staff trained in Prevent", "Channel referrals and outcomes"]),
    ("Helping people who offend to turn their lives around",
     "Most crime is committed by people who have offended before. Housing, work, treatment and positive relationships "
     "help people to stop offending, and reduce the number of future victims.",
     ["Run integrated offender management with the police and probation in every district.",
      "Work with district councils so that people leaving prison have somewhere to live.",
      "Connect people on probation to drug and alcohol treatment and employment support.",
      "Support women in the justice system through the women's centres."],
     ["Proven reoffending rate", "Accommodation on release"]),
]

COLS = ["#00594F", "#8E2F5B", "#B85C00", "#36486B", "#4F7A28"]

CSS = """
@page { size: A4; margin: 20mm 16mm 22mm 16mm;
  @bottom-left { content: "Safer Devon Partnership Strategy 2023–2026"; font: 7.5pt 'DejaVu Sans'; color: #555; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 700 8.5pt 'DejaVu Sans'; color: #00594F; }
  @top-right { content: "SAFER DEVON"; font: 700 7.5pt 'DejaVu Sans'; color: #00594F; letter-spacing: 1.5pt; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } @top-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #F3EFE6; position: relative; overflow: hidden; break-after: page; }
.cover .hill { position: absolute; border-radius: 50% 50% 0 0; }
.cover h1 { position: absolute; left: 20mm; top: 45mm; font-family: 'DejaVu Serif'; font-size: 38pt; color: #00594F; margin: 0; line-height: 1.1; }
.cover .yr { position: absolute; left: 20mm; top: 100mm; font-size: 20pt; color: #8E2F5B; }
.cover .org { position: absolute; left: 20mm; top: 22mm; font-weight: 700; font-size: 11pt; letter-spacing: 2pt; color: #333; }
.page { break-before: page; }
h1.t { font-family: 'DejaVu Serif'; font-size: 21pt; color: #00594F; margin: 0 0 5mm 0; font-weight: 700; }
h2 { font-size: 12pt; color: #00594F; margin: 4mm 0 2mm 0; }
h3 { font-size: 10pt; margin: 3mm 0 1mm 0; color: #333; }
.toc { margin-top: 6mm; }
.toc div { display: flex; margin: 0 0 3mm 0; font-size: 11pt; border-bottom: 1px solid #ddd; padding-bottom: 1.5mm; }
.toc div .l { flex: 1; } .toc div.sub { padding-left: 9mm; font-size: 10pt; color: #444; }
.toc div .n { font-weight: 700; color: #8E2F5B; }
.cols { column-count: 2; column-gap: 8mm; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 4mm 0; }
.stat { border: 1.5px solid #00594F; border-radius: 2mm; padding: 3mm; text-align: center; }
.stat .n { font-size: 18pt; font-weight: 700; color: #00594F; } .stat .c { font-size: 7.6pt; }
.pccbox { border: 2px dashed #8E2F5B; padding: 4mm 5mm; margin: 4mm 0; background: #FBF5F8; }
.pccbox ul { columns: 2; }
.strip { display: grid; grid-template-columns: repeat(5, 1fr); gap: 2.5mm; margin: 4mm 0; }
.strip div { color: #fff; padding: 3mm; font-size: 8pt; min-height: 30mm; }
.strip b { display: block; font-size: 18pt; }
.pri { display: grid; grid-template-columns: 38mm 1fr; gap: 6mm; }
.side { color: #fff; padding: 6mm 4mm; min-height: 235mm; }
.side .big { font-family: 'DejaVu Serif'; font-size: 60pt; font-weight: 700; line-height: 1; }
.side .lbl { font-size: 8pt; letter-spacing: 1.5pt; text-transform: uppercase; margin-top: 4mm; }
.pri h2.ph { font-family: 'DejaVu Serif'; font-size: 19pt; line-height: 1.25; margin: 2mm 0 4mm 0; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1.2mm; }
.why { font-size: 10.5pt; color: #333; }
.box { background: #EEF5F4; padding: 3mm 4mm; margin: 3mm 0; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8.3pt; }
th { background: #00594F; color: #fff; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #ccc; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #666; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #00594F; color: #fff; padding: 120mm 20mm 0 20mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = ['<div class="cover">']
    for left, w, h, col in [(-30, 140, 80, "#9BC4B8"), (60, 180, 110, "#00594F"), (-20, 120, 60, "#4F7A28"),
                            (120, 120, 70, "#8E2F5B")]:
        P.append(f'<div class="hill" style="left:{left}mm;bottom:0;width:{w}mm;height:{h}mm;background:{col}"></div>')
    P.append('<div class="org">SAFER DEVON PARTNERSHIP</div><h1>Partnership<br>Strategy</h1>'
             '<div class="yr">2023–2026</div></div>')
    toc = [("Foreword", "fw", 0), ("Devon at a glance", "num", 0), ("The bigger picture", "big", 0),
           ("Our strategic priorities", "sp", 0)]
    toc += [(p[0], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    toc += [("How we will deliver", "how", 0), ("Delivery plan 2023–24", "del", 0)]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k, sub in toc:
        P.append(f'<div class="{"sub" if sub else ""}"><span class="l">{e(t)}</span><span class="n">{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    # foreword
    P.append('<div class="page"><h1 class="t">Foreword</h1><div class="cols">')
    for t in [
        "Devon is a large and largely rural county, with a population of around 800,000 people living in market towns, "
        "coastal resorts, villages and the city of Exeter. It is one of the safest places in England, and we want to keep "
        "it that way.",
        "The Safer Devon Partnership coordinates community safety across the county. It brings together Devon County "
        "Council, the eight district councils, the police, the fire and rescue service, probation and health. Each "
        "district has its own community safety partnership, and this strategy sets the county-wide direction for all of "
        "them.",
        "Our strategic assessment shows that the harms that need a county-wide response are serious violence, violence "
        "against women and girls, exploitation, radicalisation and reoffending. Local issues such as anti-social "
        "behaviour are led by the district partnerships and are not repeated here.",
        "The strategy responds to new legal duties, including the Serious Violence Duty and the Domestic Abuse Act 2021, "
        "and it complements the Police and Crime Plan.",
        "We will review progress every year and publish what we find."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safer Devon Partnership</b></p></div></div>')
    # numbers
    P.append('<div class="page"><h1 class="t">Devon at a glance</h1><p>These figures are illustrative and are not '
             'official statistics.</p><div class="stats">')
    for n, c in [("815,000", "residents"), ("2,600", "square miles"), ("8", "district councils"), ("41,000", "crimes a year"),
                 ("9,800", "domestic abuse incidents"), ("+22%", "knife possession since 2019"), ("160", "children at risk of "
                 "exploitation"), ("27%", "adult reoffending rate")]:
        P.append(f'<div class="stat"><div class="n">{e(n)}</div><div class="c">{e(c)}</div></div>')
    P.append('</div><p class="note">Illustrative figures.</p><h2>What our strategic assessment found</h2><div class="cols"><ul>')
    for t in ["Serious violence is concentrated in Exeter and a handful of towns, and involves young people more than before.",
              "Domestic abuse is the most common form of violent crime, and stalking reports have doubled.",
              "County lines from cities outside Devon continue to target coastal and market towns.",
              "Online radicalisation of young people is a growing concern.",
              "People leaving prison without accommodation are most likely to reoffend."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div><h2>What residents told us</h2><p>Residents told us that they value safe, quiet communities, and '
             'that they worry about drug dealing, speeding, and young people having nothing to do.</p></div>')
    # bigger picture, with the PCC's priorities quoted
    P.append('<div class="page"><h1 class="t">The bigger picture</h1><p>Safer Devon works within a wider framework of '
             'national duties and regional plans.</p><h2>Our statutory duties</h2><ul>'
             '<li>Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending</li>'
             '<li>Police, Crime, Sentencing and Courts Act 2022: the Serious Violence Duty</li>'
             '<li>Domestic Abuse Act 2021: safe accommodation and domestic homicide reviews</li>'
             '<li>Counter-Terrorism and Security Act 2015: the Prevent duty</li></ul>'
             '<div class="pccbox"><b>The Police and Crime Plan</b><p>The Police and Crime Commissioner for Devon, Cornwall '
             'and the Isles of Scilly has set four priorities for policing and community safety:</p><ul>'
             '<li>Violence</li><li>Antisocial behaviour</li><li>Drugs</li><li>Road safety</li></ul>'
             '<p>This strategy contributes most to the first and third of these.</p></div>'
             '<h2>Other plans we work with</h2><ul><li>Peninsula Serious Violence Prevention Strategy</li>'
             '<li>Devon Domestic Abuse and Sexual Violence Strategy</li><li>Devon Combating Drugs Partnership plan</li>'
             '<li>Devon Youth Justice Plan</li><li>District community safety partnership plans</li></ul></div>')
    # priorities intro
    P.append('<div class="page"><h1 class="t">Our strategic priorities</h1><p>Our vision is a Devon where people are '
             'safe from harm and communities are resilient.</p><p>We have chosen five priorities for the next three '
             'years:</p><div class="strip">')
    for i, p in enumerate(PRIORITIES):
        P.append(f'<div style="background:{COLS[i]}"><b>{i + 1}</b>{e(p[0])}</div>')
    P.append('</div><h2>Our principles</h2><div class="cols"><ul>'
             '<li>Prevention first: acting early to stop harm happening.</li>'
             '<li>A public health approach, using data to understand causes.</li>'
             '<li>Trauma-informed and victim-centred practice.</li>'
             '<li>Working with, not for, communities.</li>'
             '<li>Consistency across the county, with local flexibility.</li></ul></div>'
             '<div class="box"><b>Cross-cutting themes.</b> Rural isolation, online harm and the needs of children '
             'and young people are considered under every priority.</div></div>')
    for i, (name, why, dos, kpis) in enumerate(PRIORITIES):
        P.append(f'<div class="page pri"><div class="side" style="background:{COLS[i]}"><div class="big">{i + 1}</div>'
                 f'<div class="lbl">Strategic priority</div></div><div><h2 class="ph" style="color:{COLS[i]}">{e(name)}</h2>'
                 f'<p class="why">{e(why)}</p><h3>We will</h3><ul>')
        P += [f"<li>{e(x)}</li>" for x in dos]
        P.append('</ul><h3>We will know we are making a difference when we see</h3><ul>')
        P += [f"<li>{e(x)}</li>" for x in kpis]
        P.append('</ul><div class="box">Lead: ' + e(["Serious Violence Prevention Group", "VAWG Strategic Board",
                                                      "Exploitation Strategic Group", "Prevent Partnership Board",
                                                      "Reducing Reoffending Group"][i]) + '</div></div></div>')
    # how we deliver
    P.append('<div class="page"><h1 class="t">How we will deliver</h1><div class="cols"><p>The Safer Devon Partnership '
             'Board meets quarterly. It is chaired by a senior leader from one of the responsible authorities on a '
             'two-year rotation. It is supported by:</p><ul>')
    for t in ["Serious Violence Prevention Group", "VAWG Strategic Board", "Exploitation Strategic Group",
              "Prevent Partnership Board", "Reducing Reoffending Group", "District community safety partnership chairs"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><p>The board reports to the Devon Health and Wellbeing Board and is scrutinised by the county council.'
             '</p><h2>Partners</h2><ul>')
    for t in ["Devon County Council", "East Devon, Exeter, Mid Devon, North Devon, South Hams, Teignbridge, Torridge and "
              "West Devon councils", "Devon and Cornwall Police", "Devon and Somerset Fire and Rescue Service",
              "Probation Service", "NHS Devon", "Office of the Police and Crime Commissioner"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div></div>')
    # delivery plan
    P.append('<div class="page"><h1 class="t">Delivery plan 2023–24</h1><table><tr><th>No.</th><th>Action</th>'
             '<th>Lead</th><th>When</th></tr>')
    for r in [("1", "Publish serious violence needs assessment", "SV Prevention Group", "Jan 2024"),
              ("1", "Mentoring for young people at risk", "Devon County Council", "2023/24"),
              ("2", "Devon VAWG commitment", "VAWG Strategic Board", "Nov 2023"),
              ("2", "Night-time safety charter in Exeter", "Exeter CSP", "Mar 2024"),
              ("3", "Adult exploitation panel", "Adult Social Care", "Oct 2023"),
              ("3", "Cuckooing protocol with district housing teams", "District councils", "Dec 2023"),
              ("4", "Prevent training for front-line staff", "Prevent Partnership Board", "Ongoing"),
              ("5", "Accommodation pathway for prison leavers", "Reducing Reoffending Group", "Apr 2024")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">The delivery plan is updated every year.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff;font-size:18pt">Safer Devon Partnership</h2><p>County Hall, '
             'Topsham Road, Exeter</p><p>saferdevon@devon.example</p><p style="margin-top:40mm;font-size:8pt">All '
             'statistics in this strategy are illustrative.</p></div>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style>'
            f'</head><body>{"".join(P)}</body></html>')


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Devon is", "num": "Devon at a glance These", "big": "The bigger picture Safer Devon",
               "sp": "Our strategic priorities Our vision", "how": "How we will deliver The Safer",
               "del": "Delivery plan 2023–24 No."}
    needles.update({f"p{i}": (f"{p[0]} {p[1][:25]}", 7) for i, p in enumerate(PRIORITIES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "devon_csp.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
