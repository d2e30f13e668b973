"""Stoke-on-Trent Safer City Partnership Strategy 2025-2028 (fictional), as a *magazine printed in spreads*:
HTML/CSS printed by Chromium on A3 landscape pages, each page two facing A4 magazine pages with a gutter.
Pull quotes, dark photo placeholders with captions and sidebars. The priorities are the six subheads of the
feature "Six ways to a safer city" on spread 4 (right-hand page), in a three-column body."""
from .kit import html_pdf

OUT = "strategies/stoke-on-trent_safer_city_partnership_strategy_2025-28.pdf"

PRIORITIES = [
    ("Tackling anti-social behaviour in Hanley and our town centres",
     "From Burslem to Longton, the six towns want their high streets back. Joint patrols, Public Spaces "
     "Protection Orders and youth outreach will be focused where reports cluster."),
    ("Reducing serious violence and knife crime among young people",
     "Working with the Serious Violence Duty partnership, schools and the Royal Stoke's youth workers."),
    ("Disrupting county lines and protecting young people from exploitation",
     "Closing lines, safeguarding the children used to run them, and supporting their families."),
    ("Ending violence against women and girls",
     "Safer streets at night, education in schools and swift action on stalking and harassment."),
    ("Reducing drug and alcohol related harm",
     "More people in treatment, naloxone in more hands and recovery that lasts."),
    ("Building cohesive communities and preventing extremism",
     "Bringing neighbourhoods together and supporting people at risk of radicalisation through Prevent."),
]

CSS = """
@page { size: 420mm 297mm; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #231f20 }
.spread { width: 420mm; height: 297mm; display: flex; page-break-after: always; overflow: hidden;
  position: relative }
.spread:last-child { page-break-after: auto }
.pg { width: 210mm; height: 297mm; padding: 16mm 14mm 14mm; position: relative; overflow: hidden }
.pg.l { border-right: 0.4mm solid #ddd }
.folio { position: absolute; bottom: 6mm; font-size: 7.5pt; color: #8a8a8a; letter-spacing: 0.08em }
.l .folio { left: 14mm } .r .folio { right: 14mm }
.kick { font: bold 8pt 'Liberation Sans'; color: #b0124a; letter-spacing: 0.18em; text-transform: uppercase }
h1 { font: bold 34pt/1.02 'DejaVu Serif', serif; margin: 3mm 0 4mm }
h2 { font: bold 22pt/1.1 'DejaVu Serif', serif; margin: 2mm 0 3mm }
h3 { font: bold 12.5pt/1.2 'Liberation Sans'; color: #b0124a; margin: 0 0 1.5mm; break-after: avoid }
.stand { font: italic 12pt/1.35 'DejaVu Serif', serif; color: #555; margin-bottom: 5mm }
.cols3 { column-count: 3; column-gap: 5mm; font-size: 8.8pt; line-height: 1.4 }
.cols2 { column-count: 2; column-gap: 6mm; font-size: 9pt; line-height: 1.45 }
.cols3 p, .cols2 p { margin: 0 0 2.5mm }
.item { break-inside: avoid; margin-bottom: 4mm }
.photo { background: #2b2a30; position: relative; color: #ddd }
.photo .cap { position: absolute; left: 0; right: 0; bottom: 0; background: rgba(0,0,0,.55);
  font: italic 7.5pt 'Liberation Sans'; padding: 2mm 3mm }
.pull { font: bold italic 17pt/1.25 'DejaVu Serif', serif; color: #b0124a; border-top: 1.2mm solid #b0124a;
  border-bottom: 0.4mm solid #b0124a; padding: 3mm 0; margin: 4mm 0 }
.side { background: #f6e9ee; padding: 4mm 5mm; font-size: 8.6pt; line-height: 1.4 }
.side b.t { display: block; font-size: 10pt; color: #b0124a; margin-bottom: 2mm }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt }
th { background: #231f20; color: #fff; text-align: left; padding: 2mm }
td { border-bottom: 0.3mm solid #ccc; padding: 2mm; vertical-align: top }
.big { font: bold 30pt 'DejaVu Serif'; color: #b0124a }
"""


def spread(left: str, right: str, n: int) -> str:
    return (f'<div class="spread"><div class="pg l">{left}<div class="folio">SAFER CITY \u00b7 {2 * n - 1}'
            f'</div></div><div class="pg r">{right}<div class="folio">STOKE-ON-TRENT 2025\u201328 \u00b7 '
            f'{2 * n}</div></div></div>')


def photo(h: str, cap: str, extra: str = "") -> str:
    return f'<div class="photo" style="height:{h};{extra}"><div class="cap">{cap}</div></div>'


def build(root):
    out = root / OUT
    sp = []
    # spread 1: back cover | front cover
    sp.append(spread(
        '<div class="kick">Safer City Partnership</div><h2>Contact us</h2>'
        '<p style="font-size:10pt;line-height:1.5">safercity@stoke-partnership.example<br>01782 000 000 '
        '(illustrative)<br>In an emergency call 999. Report crime on 101 or online.</p>'
        + photo("150mm", "Photo: Trentham Lakes at dusk (illustrative image)", "margin-top:30mm"),
        '<div class="kick" style="font-size:11pt">Stoke-on-Trent Safer City Partnership</div>'
        '<h1 style="font-size:54pt">SAFER<br>CITY</h1><div class="stand">Our community safety strategy '
        '2025\u20132028, told as a magazine. A fictional re-creation for testing.</div>'
        + photo("160mm", "Cover: Hanley bus station at night (illustrative image)"), 1))
    # spread 2: contents | foreword
    sp.append(spread(
        '<div class="kick">Inside</div><h2>Contents</h2><table>'
        + "".join(f"<tr><td class='big'>{a}</td><td><b>{b}</b><br>{c}</td></tr>" for a, b, c in [
            ("3", "Foreword", "The partnership's chair on the next three years"),
            ("5", "The city in numbers", "What the strategic assessment found"),
            ("6", "Last time", "What we said we would do in 2022\u201325"),
            ("8", "Six ways to a safer city", "Our priorities for 2025\u20132028"),
            ("9", "Making it happen", "Action plan and governance"),
            ("11", "The bigger picture", "Police, Fire and Crime Plan and the statutory duties")])
        + "</table>" + photo("80mm", "Photo: volunteers at a community clean-up in Fenton (illustrative)",
                             "margin-top:12mm"),
        '<div class="kick">Foreword</div><h2>A city that looks out for each other</h2><div class="cols2">'
        "<p>Stoke-on-Trent is six towns and one city, and each has its own character. This strategy is the "
        "partnership's promise about where we will put our shared effort for the next three years.</p>"
        "<p>It is based on our strategic assessment, on what residents told us in the Big Safer City "
        "Conversation and on what we learned from the last strategy. We cannot do everything; we have chosen "
        "six priorities and we will report on them every year.</p>"
        "<p>The partnership brings together the City Council, Staffordshire Police, Staffordshire Fire and "
        "Rescue Service, the Integrated Care Board, probation and the voluntary sector.</p></div>"
        '<div class="pull">\u201cWe want every town centre to feel safe after dark.\u201d</div>'
        '<p style="font-size:9pt">\u2014 Chair, Safer City Partnership</p>', 2))
    # spread 3: numbers | last time
    sp.append(spread(
        '<div class="kick">Strategic assessment</div><h2>The city in numbers</h2>'
        '<div class="side"><b class="t">Key findings</b>ASB reports highest in Hanley and Longton; knife '
        "offences among under-25s up; drug-related deaths above the national rate; domestic abuse "
        "accounts for one in five violent crimes.</div>"
        '<table style="margin-top:6mm"><tr><th>Indicator</th><th>2023\u201324</th><th>Change</th></tr>'
        "<tr><td>ASB incidents reported</td><td>9,860</td><td>\u22124%</td></tr>"
        "<tr><td>Knife crime offences</td><td>412</td><td>+7%</td></tr>"
        "<tr><td>Domestic abuse crimes</td><td>6,150</td><td>+2%</td></tr>"
        "<tr><td>Drug-related deaths (3-year)</td><td>97</td><td>+9%</td></tr></table>"
        '<p style="font-size:7.5pt;color:#777">All figures illustrative, not official statistics.</p>',
        '<div class="kick">Looking back</div><h2>Last time</h2><div class="cols2">'
        "<p>Our 2022\u20132025 strategy had five priorities:</p><p><b>Safer neighbourhoods</b><br>"
        "<b>Serious violence and exploitation</b><br><b>Domestic abuse</b><br><b>Substance misuse</b><br>"
        "<b>Vulnerable people</b></p><p>We met most of our measures. Neighbourhood ASB fell, but knife crime "
        "among young people rose, and the number of people in drug treatment did not grow as we wanted.</p>"
        "</div>" + photo("110mm", "Photo: a youth club session in Bentilee (illustrative image)",
                         "margin-top:8mm"), 3))
    # spread 4: photo | the priorities
    items = "".join(f'<div class="item"><h3>{t}</h3><p>{d}</p></div>' for t, d in PRIORITIES)
    sp.append(spread(
        photo("265mm", "Photo: Piccadilly, Hanley, on a Saturday night. Street marshals and police work "
                       "side by side (illustrative image)"),
        '<div class="kick">Our priorities 2025\u20132028</div><h1>Six ways to a safer city</h1>'
        '<div class="stand">After listening to residents and reading the evidence, the partnership has '
        "agreed where it will focus.</div>"
        f'<div class="cols3">{items}<div class="pull" style="font-size:13pt">\u201cEvery priority has a lead '
        "partner and a plan.\u201d</div></div>"
        '<div class="side" style="margin-top:4mm"><b class="t">Sidebar: how we chose</b>Scored on harm, '
        "volume, public concern and whether partnership working adds value. Hate crime and road safety were "
        "considered and are led by other boards.</div>", 4))
    # spread 5: action plan | governance
    sp.append(spread(
        '<div class="kick">Making it happen</div><h2>Action plan 2025\u201326</h2><table>'
        "<tr><th>Theme</th><th>Action</th><th>Lead</th></tr>"
        "<tr><td>Town centres</td><td>Street marshals and PSPO review</td><td>City Council</td></tr>"
        "<tr><td>Violence</td><td>Knife-crime education in every secondary school</td><td>SV partnership</td></tr>"
        "<tr><td>Exploitation</td><td>Multi-agency child exploitation panel</td><td>Children's services</td></tr>"
        "<tr><td>Women's safety</td><td>Safe spaces and Ask for Angela</td><td>Police</td></tr>"
        "<tr><td>Drugs and alcohol</td><td>Outreach and naloxone</td><td>Public health</td></tr>"
        "<tr><td>Cohesion</td><td>Community tension monitoring</td><td>City Council</td></tr></table>",
        '<div class="kick">Governance</div><h2>Who does what</h2><div class="cols2">'
        "<p>The Safer City Partnership Board meets quarterly and reports to the Health and Wellbeing Board "
        "and the council's scrutiny committee. Each priority has a delivery group.</p><p>Measures: ASB repeat "
        "locations, knife offences, repeat domestic abuse victims, people in treatment, Prevent referrals."
        "</p></div>" + photo("90mm", "Photo: the partnership board meeting (illustrative image)",
                              "margin-top:8mm"), 5))
    # spread 6: bigger picture | notes
    sp.append(spread(
        '<div class="kick">The bigger picture</div><h2>How we fit</h2><div class="side"><b class="t">'
        "The Commissioner's Police, Fire and Crime Plan 2025\u20132029</b>An outstanding local police "
        "service \u00b7 Preventing harm and protecting people \u00b7 Supporting victims and witnesses \u00b7 "
        "Safer roads and waterways \u00b7 Reducing offending and reoffending \u00b7 A fire and rescue service "
        "ready for tomorrow</div><div class=\"cols2\" style=\"margin-top:5mm\"><p>Statutory duties: Crime "
        "and Disorder Act 1998 section 17, the Serious Violence Duty (2023), the Domestic Abuse Act 2021 and "
        "the Prevent duty.</p><p>National frameworks: From Harm to Hope (2021) and the Tackling Violence "
        "Against Women and Girls Strategy.</p></div>",
        '<div class="kick">Notes</div><h2>About this strategy</h2><p style="font-size:9pt">This document is a '
        "fictional re-creation made for testing. Statistics are illustrative. No individual is named.</p>", 6))
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(sp)}</body></html>"
    return html_pdf("stoke_scp", html, out)
