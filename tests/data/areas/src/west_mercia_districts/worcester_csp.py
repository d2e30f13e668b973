"""Worcester City Community Safety Strategic Assessment 2025 (HTML, Chromium).

House style: a serif assessment (DejaVu Serif body, Liberation Sans headings) in petrol blue with a coral
accent.  Six recommendations appear as cards in the executive summary (p3) and again as "Recommendation n"
sections (p6).  The Board's response table (p7) has a column "Priority adopted": its five filled cells are the
priorities the partnership adopted, each worded differently from the recommendation it answers.
"""
from __future__ import annotations

from pathlib import Path

from .htk import esc, line_svg, render

OUT = "strategies/worcester_city_community_safety_strategic_assessment_2025.pdf"
PET, CORAL, INK = "#0b4f6c", "#e76f51", "#1f2a30"

RECS = [
    ("Make the city centre safer for women and girls at night",
     "In the women's safety survey, 61% of women said they felt unsafe in the city centre after dark, most "
     "often on the walk from the night-time economy to taxi ranks and car parks.",
     "Keep women and girls safe in the city centre at night"),
    ("Reduce alcohol-related violence in the night-time economy",
     "Violence with injury between 22:00 and 04:00 on Friday and Saturday accounts for 29% of all violence "
     "with injury in the city; 70% involves alcohol.",
     "Reduce violence and disorder in the night-time economy"),
    ("Address anti-social behaviour and street drinking in the city centre and at the riverside",
     "ASB fell citywide but rose in the Cathedral ward and along the riverside; street drinking is recorded in "
     "38% of city centre ASB reports.",
     "Tackle anti-social behaviour and street drinking in the city centre"),
    ("Respond to the rise in shop theft",
     "Shop theft rose by 27%, the largest rise of any offence; 40 prolific offenders account for half of it.",
     "Reduce shop theft in the city centre"),
    ("Coordinate support for people with multiple and complex needs",
     "A cohort of about 60 people with overlapping homelessness, substance use and mental ill-health accounts "
     "for a large share of city centre ASB, shop theft and ambulance calls.",
     "Support people with multiple needs: homelessness, addiction and mental health"),
    ("Improve the reporting of hate crime",
     "Hate crime reports fell by 8% while community groups report more incidents: under-reporting is likely.",
     None),
]

CSS = f"""
body {{ font-family: 'DejaVu Serif', serif; color: {INK}; font-size: 9pt; }}
h2, h3, .sans {{ font-family: 'Liberation Sans', sans-serif; }}
h2 {{ font-size: 18pt; color: {PET}; margin: 0 0 4mm; }}
h3 {{ font-size: 11pt; color: {PET}; margin: 4mm 0 1.5mm; }}
p {{ margin: 0 0 2.4mm; line-height: 1.45; }}
.inner {{ padding: 20mm 18mm 16mm; }}
.hdr {{ position: absolute; top: 0; left: 0; right: 0; height: 10mm; background: {PET}; color: #fff;
        font-family: 'Liberation Sans', sans-serif; font-size: 8pt; padding: 3mm 18mm; }}
.ftr {{ position: absolute; bottom: 8mm; left: 18mm; right: 18mm; font-family: 'Liberation Sans', sans-serif;
        font-size: 7.5pt; color: #6d7b83; text-align: right; }}
.cards {{ display: grid; grid-template-columns: 1fr 1fr; gap: 3.5mm; margin: 3mm 0; }}
.card {{ border: 0.7pt solid #c5d3da; padding: 3mm 3.5mm; border-radius: 1.5mm; font-family: 'Liberation Sans', sans-serif; }}
.card .k {{ color: {CORAL}; font-weight: bold; font-size: 7.5pt; letter-spacing: 0.8pt; }}
.card .t {{ font-size: 9.5pt; font-weight: bold; margin-top: 1mm; }}
.two {{ column-count: 2; column-gap: 7mm; }}
.rec {{ margin-bottom: 5mm; break-inside: avoid; }}
.rec .k {{ font-family: 'Liberation Sans', sans-serif; color: {CORAL}; font-weight: bold; font-size: 8.5pt; }}
.rec .t {{ font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 11pt; color: {PET}; margin: 0.5mm 0 1.5mm; }}
table.resp {{ width: 100%; font-family: 'Liberation Sans', sans-serif; font-size: 8.6pt; }}
table.resp th {{ background: {PET}; color: #fff; text-align: left; padding: 2mm; }}
table.resp td {{ padding: 2.2mm 2mm; border-bottom: 0.5pt solid #c5d3da; vertical-align: top; }}
table.resp td.ad {{ font-weight: bold; font-size: 10pt; color: {PET}; background: #eef5f8; }}
table.resp td.no {{ color: #8a979e; background: #f6f7f8; }}
table.d {{ width: 100%; font-family: 'Liberation Sans', sans-serif; font-size: 8.4pt; }}
table.d th {{ text-align: left; border-bottom: 1pt solid {PET}; padding: 1.5mm; }}
table.d td {{ padding: 1.5mm; border-bottom: 0.4pt solid #dde5e9; vertical-align: top; }}
.stat {{ display: flex; gap: 4mm; margin: 3mm 0 5mm; font-family: 'Liberation Sans', sans-serif; }}
.stat div {{ flex: 1; border-top: 2.5pt solid {CORAL}; padding-top: 2mm; font-size: 8pt; color: #4b5a62; }}
.stat b {{ display: block; font-size: 17pt; color: {INK}; }}
.cover {{ height: 100%; background: linear-gradient(160deg, {PET} 0%, {PET} 62%, {CORAL} 62%, {CORAL} 100%);
          color: #fff; padding: 38mm 18mm; font-family: 'Liberation Sans', sans-serif; }}
.toc .r {{ display: flex; font-family: 'Liberation Sans', sans-serif; font-size: 11.5pt; margin-bottom: 4mm; }}
.toc .r .d {{ flex: 1; border-bottom: 1pt dotted #8aa0ab; margin: 0 2mm 1.2mm; }}
"""


def frame(n, section, inner):
    return (f'<div class="hdr">Worcester City Community Safety Partnership · Strategic Assessment 2025 · {esc(section)}</div>'
            f'<div class="inner">{inner}</div><div class="ftr">{n}</div>')


def build(root: Path) -> Path:
    out = root / OUT
    pages = []
    pages.append('<div class="cover"><div style="font-size:10pt;letter-spacing:2pt;color:#bfe0ec">WORCESTER CITY '
                 'COMMUNITY SAFETY PARTNERSHIP</div><div style="font-size:34pt;font-weight:bold;line-height:1.12;'
                 'margin:10mm 0 6mm">Community Safety<br>Strategic Assessment<br>2025</div><div style="font-size:12pt;'
                 'color:#d6ecf3">Findings, recommendations and the Board\'s response</div><div style="position:absolute;'
                 'bottom:18mm;right:18mm;font-size:8.5pt">Fictional document for testing · illustrative data</div></div>')
    toc = [("Executive summary", 3), ("The city centre by day and night", 4), ("Vulnerability and need", 5),
           ("Recommendations in detail", 6), ("The Board's response", 7), ("Delivery and measures", 8)]
    pages.append(frame(2, "Contents", '<h2>Contents</h2><div class="toc">' + "".join(
        f'<div class="r"><span>{esc(t)}</span><span class="d"></span><span>{p}</span></div>' for t, p in toc) + "</div>"))
    cards = "".join(f'<div class="card"><div class="k">RECOMMENDATION {i}</div><div class="t">{esc(t)}</div></div>'
                    for i, (t, _, _) in enumerate(RECS, 1))
    pages.append(frame(3, "Executive summary",
        "<h2>Executive summary</h2><p>This assessment covers the city of Worcester for the year to 31 December "
        "2024. It was prepared by the South Worcestershire community safety analyst for the Worcester City "
        "Community Safety Partnership Board, and draws on police, council, NHS, ambulance, probation and "
        "business crime data, a women's safety survey (1,130 responses) and interviews with practitioners.</p>"
        "<p>Overall crime in the city fell by 2%. The city centre, which hosts a large evening economy, the "
        "university and the cathedral quarter, accounts for 36% of recorded crime. Three issues stand out: "
        "violence and disorder at night, women's sense of safety after dark, and a steep rise in shop theft. "
        "Underneath several of them sits a small group of people with multiple and complex needs.</p>"
        "<h3>The analyst's recommendations</h3>" + f'<div class="cards">{cards}</div>'
        "<p>The recommendations are explained on page 6. The Board's decision is on page 7.</p>"))
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    chart = line_svg(months, [[61, 55, 60, 64, 70, 72, 80, 77, 74, 69, 66, 88], [88, 92, 97, 101, 106, 108, 112, 118, 121, 126, 131, 140],
                              [140, 133, 151, 160, 178, 185, 190, 182, 150, 148, 131, 139]],
                     [CORAL, PET, "#8ab17d"], ["Night-time economy violence", "Shop theft", "Anti-social behaviour"],
                     w=640, h=200, font="Liberation Sans")
    pages.append(frame(4, "City centre",
        "<h2>The city centre by day and night</h2><div class='stat'><div><b>1,090</b>shop thefts (+27%)</div>"
        "<div><b>846</b>violence with injury, city centre</div><div><b>1,887</b>ASB incidents, city centre</div>"
        "<div><b>61%</b>of women feel unsafe after dark</div></div><h3>Monthly offences and incidents, city centre, 2024</h3>"
        + chart + "<p style='margin-top:3mm'>Shop theft rose steadily through the year. Violence in the evening "
        "economy peaks in July and December, following student arrivals, summer events and Christmas. ASB peaks "
        "in early summer along the riverside and in the Cathedral ward.</p><h3>Where</h3><p>Four streets — The "
        "Foregate, Broad Street, The Shambles and Friar Street — account for 41% of night-time violence. Shop "
        "theft concentrates in the High Street, CrownGate and St Johns. Riverside ASB concentrates between "
        "Sabrina Bridge and the Diglis footbridge.</p>"))
    pages.append(frame(5, "Vulnerability",
        "<h2>Vulnerability and need</h2><div class='two'><p>Practitioners identified about sixty people who "
        "appear repeatedly in ASB reports, shop theft, ambulance call-outs and homelessness services. Most "
        "have a history of drug or alcohol dependency and mental ill-health; many have been in prison.</p>"
        "<p>Rough sleeping counts rose from 11 to 17. Referrals to the street drinking outreach service rose "
        "by a third. The women's safety survey found that women aged 18–24 felt least safe, especially on "
        "routes to taxi ranks and multi-storey car parks.</p><h3>Hate crime</h3><p>Recorded hate crime fell by "
        "8% to 212 offences. Community organisations reported more incidents to their own helplines, which "
        "suggests under-reporting rather than a fall.</p><h3>Domestic abuse</h3><p>Domestic abuse crimes were "
        "stable at 1,410. Domestic abuse is led by the Worcestershire Domestic Abuse Partnership Board; this "
        "assessment does not make a separate recommendation.</p><h3>Exploitation</h3><p>Nine children in the "
        "city were assessed as at high risk of criminal exploitation. This is led by the Worcestershire "
        "Safeguarding Children Partnership.</p></div><table class='d'><tr><th>Indicator</th><th>2023</th>"
        "<th>2024</th></tr><tr><td>Rough sleepers (single night count)</td><td>11</td><td>17</td></tr>"
        "<tr><td>Street drinking outreach referrals</td><td>214</td><td>288</td></tr><tr><td>Hate crimes</td>"
        "<td>230</td><td>212</td></tr><tr><td>Domestic abuse crimes</td><td>1,402</td><td>1,410</td></tr>"
        "</table><p style='font-size:7.5pt;color:#6d7b83;margin-top:2mm'>Illustrative figures.</p>"))
    recs = "".join(f'<div class="rec"><div class="k">Recommendation {i}</div><div class="t">{esc(t)}</div><p>{esc(w)}</p></div>'
                   for i, (t, w, _) in enumerate(RECS, 1))
    pages.append(frame(6, "Recommendations", f"<h2>Recommendations in detail</h2><div class='two'>{recs}</div>"))
    rows = []
    for i, (t, _, ad) in enumerate(RECS, 1):
        if ad:
            rows.append(f"<tr><td>{i}. {esc(t)}</td><td>Agreed.</td><td class='ad'>{esc(ad)}</td></tr>")
        else:
            rows.append(f"<tr><td>{i}. {esc(t)}</td><td>Noted. Taken forward by the South Worcestershire hate crime "
                        f"group; not a city priority.</td><td class='no'>Not adopted</td></tr>")
    pages.append(frame(7, "The Board's response",
        "<h2>The Board's response</h2><p>The Worcester City Community Safety Partnership Board met on 18 March "
        "2025 to consider the assessment. It agreed five of the six recommendations and adopted the "
        "partnership's priorities for 2025–2027, shown in the right-hand column.</p>"
        "<table class='resp'><tr><th style='width:36%'>Recommendation</th><th style='width:24%'>Board response</th>"
        f"<th>Priority adopted</th></tr>{''.join(rows)}</table>"
        "<p style='margin-top:4mm'>The adopted priorities replace those of the 2022–2025 plan (the night-time "
        "economy, anti-social behaviour, and vulnerable people).</p>"))
    pages.append(frame(8, "Delivery",
        "<h2>Delivery and measures</h2><table class='d'><tr><th>Theme</th><th>Action</th><th>Measure</th></tr>"
        "<tr><td>Women's safety</td><td>Safe haven in the evening economy; street marshals; lighting audit</td>"
        "<td>Women feeling safe after dark</td></tr><tr><td>Night-time economy</td><td>Purple Flag renewal; "
        "pubwatch bans; licensing reviews</td><td>Violence with injury, 22:00–04:00</td></tr><tr><td>ASB</td>"
        "<td>Public spaces protection order review; riverside patrols</td><td>City centre ASB</td></tr>"
        "<tr><td>Retail</td><td>Business crime reduction partnership; prolific offender plans</td><td>Shop "
        "theft</td></tr><tr><td>Multiple needs</td><td>Multi-agency complex needs panel; housing-first places</td>"
        "<td>People supported; repeat ASB</td></tr></table><h3>The Police and Crime Plan</h3><p>The Safer West "
        "Mercia Plan 2025–2029 sets the Commissioner's priorities: cutting crime; policing with the community; "
        "supporting victims and witnesses; and maximising resources and value for money.</p><h3>Governance and "
        "contact</h3><p>The Board meets quarterly and reports to the South Worcestershire Community Safety "
        "Partnership. Contact: community.safety@worcester.example · 01000 000 760 (illustrative).</p>"))
    return render(out, "Worcester City Community Safety Strategic Assessment 2025", CSS, pages)
