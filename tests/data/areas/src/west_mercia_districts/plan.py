"""Safer West Mercia Plan 2025-2029 (fictional new edition): HTML/CSS printed by Chromium.

House style: navy and teal, Liberation Sans with DejaVu Serif headings.  The four priorities are stated once:
as the coloured band rows of the delivery timeline (a Gantt-like chart, p6), each band followed by the
objective rows ("1.1 ...") with bars over sixteen quarters.  Elsewhere the plan uses short theme names only.
"""
from __future__ import annotations

from pathlib import Path

from .htk import esc, render, spark

OUT = "plan/safer_west_mercia_plan_2025-29.pdf"

CSS = """
body { font-family: 'Liberation Sans', sans-serif; color: #1d2733; font-size: 10pt; }
h1, h2, h3 { font-family: 'DejaVu Serif', serif; font-weight: bold; color: #12355b; margin: 0; }
h2 { font-size: 19pt; margin-bottom: 5mm; }
h3 { font-size: 11.5pt; margin: 4mm 0 2mm; }
.inner { padding: 18mm 17mm 16mm 17mm; }
.foot { position: absolute; bottom: 8mm; left: 17mm; right: 17mm; font-size: 7.5pt; color: #6b7785;
        border-top: 0.4pt solid #b8c2cc; padding-top: 1.5mm; display: flex; justify-content: space-between; }
p { margin: 0 0 2.6mm; line-height: 1.42; }
.cover { background: #12355b; color: #fff; height: 100%; padding: 30mm 20mm; }
.cover .kick { color: #7fd1c7; letter-spacing: 2pt; font-size: 10pt; text-transform: uppercase; }
.cover .t { font-family: 'DejaVu Serif', serif; font-size: 34pt; line-height: 1.15; margin: 8mm 0 6mm; }
.cover .band { position: absolute; left: 0; right: 0; bottom: 40mm; height: 22mm; display: flex; }
.cover .band div { flex: 1; }
.cover .by { position: absolute; bottom: 18mm; left: 20mm; font-size: 10pt; color: #cfe3f0; }
.toc { width: 100%; margin-top: 6mm; }
.toc .row { display: flex; align-items: baseline; font-size: 11.5pt; margin: 0 0 5mm; }
.toc .row .lead { flex: 1; border-bottom: 1.2pt dotted #8a97a6; margin: 0 2mm; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0 6mm; }
.tile { border: 0.6pt solid #c9d3dd; border-top: 3pt solid #1a8c84; padding: 3mm; }
.tile .n { font-size: 19pt; font-weight: bold; color: #12355b; }
.tile .l { font-size: 8pt; color: #4a5866; margin: 1mm 0; }
.note { font-size: 7.5pt; color: #6b7785; font-style: italic; }
.bars .r { display: flex; align-items: center; font-size: 8.5pt; margin: 1.4mm 0; }
.bars .r .lab { width: 62mm; }
.bars .r .b { height: 4mm; background: #1a8c84; }
.bars .r .v { margin-left: 2mm; color: #4a5866; }
.old { border-left: 3pt solid #b8c2cc; padding: 2mm 4mm; background: #f3f5f7; margin: 3mm 0; font-size: 9pt; }
.old ul { margin: 1mm 0 0 4mm; padding: 0; }
.gantt { width: 100%; font-size: 7.3pt; table-layout: fixed; }
.gantt th { font-weight: normal; color: #4a5866; font-size: 6.8pt; padding: 1mm 0; border-bottom: 0.6pt solid #8a97a6; }
.gantt th.y { font-weight: bold; color: #12355b; font-size: 7.5pt; border-bottom: none; }
.gantt td { padding: 0; height: 6.6mm; border-bottom: 0.3pt solid #e3e7eb; }
.gantt td.obj { padding: 0.6mm 2mm 0.6mm 0; line-height: 1.2; }
.gantt td.q { border-left: 0.3pt solid #eef1f4; position: relative; }
.gantt td.q.on::after { content: ''; position: absolute; left: 0; right: 0; top: 1.8mm; bottom: 1.8mm; }
.gantt tr.band td { height: 8.5mm; color: #fff; font-weight: bold; font-size: 10pt; border-bottom: none; }
.gantt tr.band td.obj { padding-left: 2mm; }
.gantt tr.band .no { display: inline-block; width: 5.5mm; height: 5.5mm; border-radius: 50%; background: #fff;
   text-align: center; line-height: 5.5mm; font-size: 8pt; margin-right: 2mm; }
.key { font-size: 7.5pt; color: #4a5866; margin-top: 3mm; display: flex; gap: 6mm; }
.key span i { display: inline-block; width: 8mm; height: 2.6mm; margin-right: 1.5mm; vertical-align: middle; }
.obj-list .o { display: flex; margin: 0 0 3mm; }
.obj-list .o .k { width: 12mm; font-weight: bold; color: #12355b; flex: none; }
.obj-list .o .tag { display: inline-block; font-size: 7pt; text-transform: uppercase; letter-spacing: 0.8pt;
   color: #fff; padding: 0.4mm 1.5mm; margin-right: 1.5mm; }
table.m { width: 100%; font-size: 8.5pt; }
table.m th { background: #12355b; color: #fff; text-align: left; padding: 1.8mm; }
table.m td { padding: 1.6mm 1.8mm; border-bottom: 0.4pt solid #d5dce3; vertical-align: top; }
.back { background: #12355b; color: #fff; height: 100%; padding: 40mm 20mm; font-size: 10.5pt; }
"""

COL = {1: "#b3262f", 2: "#1a8c84", 3: "#6b3fa0", 4: "#c7811a"}
QUARTERS = [f"Q{q}" for _ in range(4) for q in range(1, 5)]

# (number, priority, [(objective no., objective text, first quarter, last quarter)])
PRIORITIES = [
    (1, "Cutting crime", [
        ("1.1", "Prevent serious violence and knife crime, including violence in the night-time economy, with "
                "partners under the Serious Violence Duty", 0, 15),
        ("1.2", "Tackle violence against women and girls: domestic abuse, rape, stalking and women's safety in "
                "public spaces; pursue perpetrators and change their behaviour", 0, 15),
        ("1.3", "Disrupt drug supply and county lines and protect children and vulnerable adults from "
                "criminal and sexual exploitation", 0, 15),
        ("1.4", "Reduce burglary, vehicle crime, shop theft and business crime", 1, 12),
        ("1.5", "Cut reoffending through integrated offender management, and get more people in the justice "
                "system into drug and alcohol treatment", 2, 15),
        ("1.6", "Pursue fraud and cyber criminals", 4, 11),
    ]),
    (2, "Policing with the community", [
        ("2.1", "Visible, accessible neighbourhood policing in every town and village", 0, 15),
        ("2.2", "Tackle anti-social behaviour with councils, housing providers and communities", 0, 15),
        ("2.3", "Tackle rural, wildlife and heritage crime", 0, 13),
        ("2.4", "Make roads safer: speeding, the 'fatal four' and Community Speedwatch", 1, 15),
        ("2.5", "Early intervention for children and young people: divert them from crime and reduce "
                "reoffending by children", 0, 15),
        ("2.6", "Encourage the reporting of hate crime and build community cohesion", 3, 12),
    ]),
    (3, "Supporting victims and witnesses", [
        ("3.1", "Victim services that meet the Victims' Code, from first report to after court", 0, 15),
        ("3.2", "Specialist support for survivors of domestic abuse and sexual violence, including children", 0, 15),
        ("3.3", "Support witnesses through the court process", 2, 13),
        ("3.4", "Grow restorative justice", 4, 15),
        ("3.5", "Protect older and vulnerable people from fraud and scams, and support those targeted", 1, 14),
    ]),
    (4, "Maximising resources and value for money", [
        ("4.1", "A workforce with the skills, wellbeing and diversity it needs", 0, 15),
        ("4.2", "Modern technology, fleet and estate", 3, 15),
        ("4.3", "Collaboration and value for money", 0, 15),
    ]),
]

SHORT = {1: "Crime", 2: "Community", 3: "Victims", 4: "Resources"}


def foot(n: int) -> str:
    return f'<div class="foot"><span>Safer West Mercia Plan 2025–2029</span><span>{n}</span></div>'


def gantt() -> str:
    head1 = '<tr><th style="width:74mm"></th>' + "".join(
        f'<th class="y" colspan="4">{y}</th>' for y in ("2025–26", "2026–27", "2027–28", "2028–29")) + "</tr>"
    head2 = '<tr><th style="text-align:left">Objective</th>' + "".join(f"<th>{q}</th>" for q in QUARTERS) + "</tr>"
    rows = []
    for n, name, objs in PRIORITIES:
        col = COL[n]
        rows.append(f'<tr class="band"><td class="obj" colspan="17" style="background:{col}">'
                    f'<span class="no" style="color:{col}">{n}</span>{esc(name)}</td></tr>')
        for no, text, a, b in objs:
            cells = "".join(
                f'<td class="q{" on" if a <= q <= b else ""}" style="{"background:" + col + "33" if a <= q <= b else ""}">'
                f"</td>" for q in range(16))
            rows.append(f'<tr><td class="obj"><b>{no}</b> {esc(text)}</td>{cells}</tr>')
    return f'<table class="gantt">{head1}{head2}{"".join(rows)}</table>'


def build(root: Path) -> Path:
    out = root / OUT
    pages = []
    # 1 cover
    pages.append(
        '<div class="cover"><div class="kick">Police and Crime Commissioner for West Mercia</div>'
        '<div class="t">Safer West Mercia Plan<br>2025–2029</div>'
        '<div style="font-size:13pt;color:#cfe3f0">Our police and crime plan for Herefordshire, Shropshire, '
        'Telford and Wrekin and Worcestershire</div>'
        '<div class="band">' + "".join(f'<div style="background:{c}"></div>' for c in COL.values()) + '</div>'
        '<div class="by">Published by the Office of the Police and Crime Commissioner · Fictional edition for testing</div></div>')
    # 2 contents
    toc = [("Foreword", 3), ("West Mercia in numbers", 4), ("What changed since the last plan", 5),
           ("Delivery timeline 2025–2029", 6), ("Our objectives explained", 7), ("How we will measure success", 9),
           ("Working in partnership", 10), ("Contact us", 11)]
    pages.append('<div class="inner"><h2>Contents</h2><div class="toc">' + "".join(
        f'<div class="row"><span>{esc(t)}</span><span class="lead"></span><span>{p}</span></div>' for t, p in toc)
        + "</div></div>" + foot(2))
    # 3 foreword
    pages.append(
        '<div class="inner"><h2>Foreword</h2>'
        "<p>West Mercia is one of the largest policing areas in England, and one of the safest. It covers busy "
        "towns and a city, and some of the most rural communities in the country. This plan sets out what I "
        "expect of West Mercia Police, and what I will do with partners, over the four years from April 2025.</p>"
        "<p>I listened before I wrote it. More than four thousand residents, businesses, parish councils and "
        "victims told me what matters to them. They want to see officers in their neighbourhoods. They want "
        "action on the crime that harms them most, from knife crime and county lines to the scams that prey on "
        "older people. And when they are victims, they want to be kept informed and treated with respect.</p>"
        "<p>This plan is built around four priorities. Each has a small number of objectives, and each objective "
        "has a place on a single delivery timeline, so that residents and the Police and Crime Panel can see "
        "what will happen and when. Community safety partnerships, the youth justice services, the combating "
        "drugs partnerships and the Serious Violence Duty partnership all have a part to play, and the timeline "
        "shows where their work meets mine.</p>"
        "<p>I will publish progress every quarter, and I will hold the Chief Constable to account in public for "
        "delivering the policing parts of this plan.</p>"
        '<p style="margin-top:6mm"><b>Police and Crime Commissioner for West Mercia</b></p>'
        "<h3>About this plan</h3>"
        "<p>The Police Reform and Social Responsibility Act 2011 requires every Commissioner to issue a police "
        "and crime plan. This plan runs from 1 April 2025 to 31 March 2029. It replaces the plan for 2021–2025 "
        "and will be reviewed each year. It has regard to the Strategic Policing Requirement and to the national "
        "crime and policing measures.</p></div>" + foot(3))
    # 4 numbers
    tiles = [("1,020,000", "residents across 7,400 km²", [96, 97, 98, 99, 100, 101]),
             ("78,950", "crimes recorded, 2024–25", [86, 84, 80, 79, 81, 79]),
             ("24,300", "anti-social behaviour incidents", [31, 29, 27, 26, 25, 24]),
             ("6,480", "domestic abuse crimes", [60, 62, 63, 65, 66, 65]),
             ("1,840", "rural and wildlife crimes", [20, 19, 19, 18, 18, 18]),
             ("67%", "of residents confident in local policing", [71, 70, 68, 66, 67, 67])]
    t_html = "".join(f'<div class="tile"><div class="n">{n}</div><div class="l">{esc(l)}</div>'
                     f'{spark(v, 130, 24, "#1a8c84")}</div>' for n, l, v in tiles)
    told = [("Speeding and road safety", 61), ("Anti-social behaviour", 58), ("Drug dealing", 47),
            ("Burglary", 39), ("Fraud and scams", 36), ("Knife crime", 33), ("Domestic abuse", 29),
            ("Rural crime", 27)]
    bars = "".join(f'<div class="r"><span class="lab">{esc(k)}</span><span class="b" style="width:{v * 1.3}mm">'
                   f'</span><span class="v">{v}%</span></div>' for k, v in told)
    pages.append(
        '<div class="inner"><h2>West Mercia in numbers</h2>'
        "<p>The figures below describe the area this plan serves. Sparklines show the last six years.</p>"
        f'<div class="tiles">{t_html}</div>'
        "<h3>What you told us: the issues residents most want tackled</h3>"
        f'<div class="bars">{bars}</div>'
        '<p class="note">Illustrative figures prepared for this fictional edition; not official statistics. '
        "Survey: 4,112 responses, more than one issue could be chosen.</p></div>" + foot(4))
    # 5 what changed
    pages.append(
        '<div class="inner"><h2>What changed since the last plan</h2>'
        "<p>The 2021–2025 plan was organised around four aims. They served West Mercia well, and much of their "
        "work continues, but the consultation asked for a plan that is plainer about what will be done and by "
        "when. This edition therefore replaces the aims with four priorities and a delivery timeline.</p>"
        '<div class="old"><b>The 2021–2025 plan\'s aims (now replaced)</b><ul>'
        "<li>Putting victims and survivors first</li><li>Building a more secure West Mercia</li>"
        "<li>Reforming West Mercia</li><li>Reassuring West Mercia's communities</li></ul></div>"
        "<h3>How to read the delivery timeline</h3>"
        "<p>Overleaf, each coloured band is one of the plan's priorities. Under each band are its numbered "
        "objectives. The shaded cells show the quarters in which the objective is actively delivered; an "
        "objective shaded across all sixteen quarters is a continuing commitment. Objective numbers are used "
        "throughout the rest of this plan and in the quarterly performance reports.</p>"
        "<h3>National requirements</h3>"
        "<p>The plan takes account of the Strategic Policing Requirement, the Serious Violence Duty, the "
        "Domestic Abuse Act 2021 and the national drugs strategy, <i>From Harm to Hope</i>. Where a national "
        "framework already sets the direction, the plan does not repeat it; it says what West Mercia will do.</p>"
        "<h3>Equality</h3><p>An equality impact assessment was completed for this plan and is published "
        "alongside it.</p></div>" + foot(5))
    # 6 Gantt
    key = "".join(f'<span><i style="background:{c}"></i>Priority {n}</span>' for n, c in COL.items())
    pages.append(
        '<div class="inner" style="padding-top:13mm"><h2 style="margin-bottom:2mm">Delivery timeline 2025–2029</h2>'
        '<p style="font-size:8.5pt">Our four priorities and their objectives, by financial year and quarter.</p>'
        + gantt() + f'<div class="key">{key}<span><i style="background:#cccccc"></i>Active delivery</span></div>'
        "</div>" + foot(6))
    # 7-8 objectives explained
    detail = {
        "1.1": "We will fund violence reduction work in each county, support the Serious Violence Duty "
               "partnership's response strategy, and target knife crime and violence in town centres at night.",
        "1.2": "Domestic abuse, rape, stalking and harassment remain too common. We will invest in perpetrator "
               "programmes, support Operation Encompass, and make public spaces safer for women and girls.",
        "1.3": "We will close county lines, disrupt drug supply and work with councils and youth justice "
               "services to protect children from criminal and sexual exploitation.",
        "1.4": "Neighbourhood crime matters to residents. We will target repeat burglary locations, vehicle "
               "crime hotspots and persistent shop theft, working with retailers and business crime partnerships.",
        "1.5": "Integrated offender management will focus on the people who cause most harm. Drug testing on "
               "arrest, treatment requirements and continuity of care from prison will get more offenders into "
               "drug and alcohol treatment.",
        "1.6": "We will strengthen fraud investigation and work with regional and national units on cyber crime.",
        "2.1": "Every community will have a named neighbourhood team and regular, published engagement.",
        "2.2": "We will support councils' and housing providers' use of ASB powers, fund diversionary "
               "activity in hotspots, and offer the ASB case review to every eligible victim.",
        "2.3": "The rural and business crime team will tackle farm machinery and vehicle theft, hare coursing, "
               "wildlife crime and heritage crime.",
        "2.4": "With the Safer Roads Partnership we will target speeding and the 'fatal four' and expand "
               "Community Speedwatch.",
        "2.5": "We will fund diversion schemes, out-of-court work and Turnaround with the youth justice "
               "services, so that fewer children enter the justice system and fewer reoffend.",
        "2.6": "We will make hate crime easier to report, including through third-party reporting centres, and "
               "support community cohesion work.",
        "3.1": "The Victim Advice Line will contact every victim, assess their needs and refer them on; we will "
               "audit compliance with the Victims' Code.",
        "3.2": "We will commission independent domestic and sexual violence advisers and therapeutic support "
               "for children and adults.",
        "3.3": "Witness care will support witnesses from charge to the end of the trial.",
        "3.4": "Restorative justice will be offered at every stage of the justice process.",
        "3.5": "With Trading Standards and banks we will protect older and vulnerable people from scams and "
               "support those who have been targeted.",
        "4.1": "Workforce planning, wellbeing support and positive action on recruitment.",
        "4.2": "Replacing the records system, modernising the fleet and rationalising the estate.",
        "4.3": "Collaboration with fire and rescue and with neighbouring forces; a balanced medium-term "
               "financial plan.",
    }

    def objs(nums):
        rows = []
        for n, _, ol in PRIORITIES:
            for no, _, _, _ in ol:
                if no in nums:
                    rows.append(f'<div class="o"><span class="k">{no}</span><span><span class="tag" '
                                f'style="background:{COL[n]}">{SHORT[n]}</span>{esc(detail[no])}</span></div>')
        return '<div class="obj-list">' + "".join(rows) + "</div>"

    first = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3"]
    second = ["2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3"]
    pages.append('<div class="inner"><h2>Our objectives explained</h2>'
                 "<p>What each objective on the timeline means in practice. The coloured tag gives the theme.</p>"
                 + objs(first) + "</div>" + foot(7))
    pages.append('<div class="inner"><h2 style="font-size:14pt">Our objectives explained (continued)</h2>'
                 + objs(second) + "</div>" + foot(8))
    # 9 measures
    meas = [("Crime", "Knife crime offences", "612", "Reduce"), ("Crime", "Repeat domestic abuse victims", "31%", "Reduce"),
            ("Crime", "County lines closed", "24", "Increase"), ("Crime", "Proven reoffending (IOM cohort)", "38%", "Reduce"),
            ("Community", "ASB incidents", "24,300", "Reduce"), ("Community", "Killed or seriously injured on roads", "412", "Reduce"),
            ("Community", "First-time entrants to youth justice (per 100,000)", "148", "Reduce"),
            ("Victims", "Victims satisfied with the service", "72%", "Increase"),
            ("Victims", "Victims' Code compliance", "81%", "Increase"),
            ("Resources", "Officer numbers", "2,510", "Maintain"), ("Resources", "Savings delivered", "£3.1m", "Deliver")]
    pages.append('<div class="inner"><h2>How we will measure success</h2>'
                 "<p>Progress is reported to the Police and Crime Panel each quarter against these measures.</p>"
                 '<table class="m"><tr><th>Theme</th><th>Measure</th><th>Baseline 2024–25</th><th>Ambition</th></tr>'
                 + "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in meas)
                 + '</table><p class="note" style="margin-top:3mm">Baselines are illustrative.</p></div>' + foot(9))
    # 10 partnership and budget
    parts = [("Herefordshire Community Safety Partnership", "1.2, 2.2, 2.3, 2.4"),
             ("Shropshire Safer Stronger Communities Partnership", "1.2, 1.3, 2.2, 2.3"),
             ("Safer Telford and Wrekin Partnership", "1.1, 1.3, 1.4, 2.2, 2.6"),
             ("North and South Worcestershire Community Safety Partnerships", "1.1–1.4, 2.2–2.4, 3.5"),
             ("Combating drugs partnerships", "1.3, 1.5"),
             ("West Mercia Serious Violence Duty partnership", "1.1, 1.3"),
             ("Youth justice services", "2.5, 3.4"),
             ("West Mercia Criminal Justice Board", "1.5, 3.1, 3.3")]
    budget = [("Police force budget", "£291.4m"), ("Commissioning: victim services", "£4.2m"),
              ("Commissioning: community safety grants", "£1.6m"), ("Office of the Commissioner", "£1.5m")]
    pages.append('<div class="inner"><h2>Working in partnership</h2>'
                 "<p>Much of this plan can only be delivered with partners. The table shows where each partnership's "
                 "work contributes to the plan's objectives.</p>"
                 '<table class="m"><tr><th>Partnership</th><th>Objectives it contributes to</th></tr>'
                 + "".join(f"<tr><td>{esc(a)}</td><td>{b}</td></tr>" for a, b in parts) + "</table>"
                 "<h3>Resources 2025–26</h3>"
                 '<table class="m"><tr><th>Budget line</th><th>Amount</th></tr>'
                 + "".join(f"<tr><td>{esc(a)}</td><td>{b}</td></tr>" for a, b in budget)
                 + '</table><p class="note" style="margin-top:3mm">Illustrative figures.</p></div>' + foot(10))
    # 11 back
    pages.append('<div class="back"><h2 style="color:#fff">Contact us</h2>'
                 "<p>Office of the Police and Crime Commissioner for West Mercia<br>opcc@westmercia-pcc.example<br>"
                 "01000 000 111 (illustrative)</p><p>This document is available in other formats on request.</p>"
                 "<p>In an emergency always call 999.</p></div>")
    return render(out, "Safer West Mercia Plan 2025–2029", CSS, pages)
