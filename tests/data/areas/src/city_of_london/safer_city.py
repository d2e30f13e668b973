"""Safer City Partnership Strategy 2025-2028 (the City of London's community safety partnership): HTML printed by
Chromium (Liberation Sans, DejaVu Sans Mono on the board).

Seven priorities, stated once, on p6 as **the instrument names on a dark trading-screen board** ("Safer City
Index"): each row has the priority in bold white, a grey four-letter ticker code, an illustrative last-year figure,
a green or red change arrow and an "Ambition" word.  The ticker codes and the "What each line means" paragraphs
under the codes (p6), the short names in the delivery table (p7), the 2022-2025 priorities and the Police Authority
Board's priorities quoted (p5) and the strategic assessment's key findings (p4) are distractors.
"""
from city_of_london.work import base_css, build_html, e, paras, table, ul

FILE = "strategies/safer_city_partnership_strategy_2025-28.pdf"
TITLE = "Safer City Partnership Strategy 2025–2028"

BOARD = [
    ("Violent crime", "VIOL", "2,140", "+3.1%", "up", "Down"),
    ("Anti-social behaviour that affects residents and workers", "ASBX", "1,480", "−4.0%", "down", "Down"),
    ("Supporting people harmed by domestic abuse and sexual violence", "DASV", "312", "+6.2%", "up", "More helped"),
    ("Drug supply and drug-related crime", "DRUG", "405", "+9.5%", "up", "Down"),
    ("Exploitation and modern slavery", "EXPL", "48", "+12.0%", "up", "More found"),
    ("Fraud and scams against residents and small businesses", "SCAM", "3,050", "+2.4%", "up", "Down"),
    ("Preventing suicide in the Square Mile", "LIFE", "—", "n/a", "flat", "Zero"),
]

CSS = base_css("'Liberation Sans', sans-serif", "#14213D", "#C1121F", "Safer City Partnership Strategy 2025–2028",
               footer_fmt='"SCP · " counter(page)') + """
.cover { background: #14213D; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 24mm; font-size: 11pt; font-weight: 700; letter-spacing: 1.5pt; }
.cover h1 { position: absolute; left: 20mm; top: 105mm; margin: 0; font-size: 32pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 16pt; color: #FCA311; }
.cover .tick { position: absolute; left: 0; right: 0; bottom: 0; height: 16mm; background: #000; color: #2ECC71;
  font: 10pt 'DejaVu Sans Mono', monospace; padding: 5mm 20mm; white-space: nowrap; overflow: hidden; }
.board { background: #0B0F1A; border-radius: 3mm; padding: 4mm 5mm 5mm 5mm; margin-top: 3mm; }
.board .hd { color: #FCA311; font: 700 9pt 'DejaVu Sans Mono', monospace; letter-spacing: 1pt; margin-bottom: 2mm; }
.board table { margin: 0; font-size: 8.5pt; }
.board th { background: #1D2436; color: #9AA3B5; font: 7pt 'DejaVu Sans Mono', monospace; }
.board td { border-bottom: 1px solid #222B3F; color: #D6DAE3; vertical-align: middle; padding: 2.6mm 2mm; }
.board td.nm { color: #fff; font-weight: 700; font-size: 10.5pt; width: 78mm; }
.board td.tk { color: #7D8597; font-family: 'DejaVu Sans Mono', monospace; }
.board td.num { font-family: 'DejaVu Sans Mono', monospace; text-align: right; }
.up { color: #FF5C5C !important; } .down { color: #2ECC71 !important; } .flat { color: #9AA3B5 !important; }
dl.codes { font-size: 8pt; columns: 2; column-gap: 8mm; margin-top: 4mm; }
dl.codes dt { font-family: 'DejaVu Sans Mono', monospace; font-weight: 700; color: #C1121F; }
dl.codes dd { margin: 0 0 2mm 0; }
.side { background: #F1F3F8; border-left: 4px solid #14213D; padding: 3mm 4mm; margin: 3mm 0; font-size: 8.4pt; }
"""


def board():
    arrow = {"up": "▲", "down": "▼", "flat": "■"}
    h = ('<div class="board"><div class="hd">SAFER CITY INDEX · OUR PRIORITIES 2025–2028</div><table>'
         '<tr><th>PRIORITY</th><th>CODE</th><th>LAST YEAR*</th><th>CHANGE</th><th>AMBITION</th></tr>')
    for name, code, last, chg, d, amb in BOARD:
        h += (f'<tr><td class="nm">{e(name)}</td><td class="tk">{code}</td><td class="num">{last}</td>'
              f'<td class="num {d}">{arrow[d]} {chg}</td><td>{e(amb)}</td></tr>')
    return h + "</table></div>"


def sections():
    fw = paras(
        "The Square Mile is one of the safest places in London to live and work, but it is not free of harm. Every "
        "weekday its population grows from a few thousand residents to well over half a million people, and at night "
        "its bars and restaurants draw visitors from across the capital.",
        "The Safer City Partnership is the community safety partnership for the City of London. It brings together "
        "the City of London Corporation, the City of London Police, the London Fire Brigade, the Probation Service, "
        "the NHS and voluntary and business partners, and meets our duties under the Crime and Disorder Act 1998.",
        "This strategy sets seven priorities for the next three years. Some of them are shared with partnerships we "
        "run jointly with our neighbours in Hackney; others are particular to the City.")
    fw += "<p><b>Chair, Safer City Partnership</b></p>"
    ctx = ("<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["The City of London (illustrative)", "2023/24", "Change on year"], [
            ("Violence against the person", "2,140", "+3%"), ("Anti-social behaviour reports", "1,480", "−4%"),
            ("Domestic abuse incidents involving residents", "312", "+6%"), ("Drug offences", "405", "+10%"),
            ("Modern slavery referrals", "48", "+12%"), ("Fraud reports by residents and small firms", "3,050", "+2%"),
            ("Calls to bridges and riverside about people in crisis", "96", "+5%")]) +
        "<h2>Key findings of our strategic assessment</h2>" + ul([
            "Violence peaks late on Thursday and Friday nights around a small number of streets.",
            "Residents in the City's estates report noise, begging and street drinking near their homes.",
            "Drug markets serving City nightlife are linked to county lines supply from outside London.",
            "Small businesses lose more to invoice fraud and scams than to shoplifting.",
            "The City's bridges and riverside are places where people in crisis come to harm."]))
    prev = ("<h2>Our priorities for 2022–2025</h2><p>Our last strategy had five priorities:</p>" + ul([
        "Vulnerable people and communities are protected and safeguarded",
        "People are safe from violent crime and crime against the person",
        "Anti-social behaviour is tackled and responded to effectively",
        "Acquisitive crime is reduced",
        "People are safe and feel safe in the night-time economy"]) +
        "<p>The new priorities on page 6 are more specific, so that each has a lead and measures.</p>" +
        '<div class="side"><b>The Policing Plan.</b> The Police Authority Board\'s City of London Policing Plan '
        "2025–2028 has six priorities, among them Reducing violence in the Square Mile; Putting victims and "
        "vulnerable people first; and Building trust and confidence in City policing. Our strategy contributes to "
        "several of them.</div>" +
        "<h2>Our statutory duties</h2>" + ul([
            "Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending.",
            "Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022).",
            "Domestic Homicide Reviews (now Domestic Abuse Related Death Reviews).",
            "The Prevent duty, delivered through the City's Prevent board."]))
    pri = (paras("Our board below shows each of our seven priorities for 2025–2028, with where we start from and "
                 "what we want to achieve.") + board() +
           '<p class="note">* Last year figures are illustrative. The code is a short name used in our monitoring.</p>'
           '<h2>What each line means</h2><dl class="codes">'
           "<dt>VIOL</dt><dd>Violence in the street and around licensed premises, with a focus on late nights.</dd>"
           "<dt>ASBX</dt><dd>Noise, begging, street drinking and nuisance in residential areas.</dd>"
           "<dt>DASV</dt><dd>Advocacy, refuge and counselling for residents and workers harmed by abuse.</dd>"
           "<dt>DRUG</dt><dd>Dealing that serves City nightlife and the crime that follows it.</dd>"
           "<dt>EXPL</dt><dd>Finding and helping people exploited for labour, sex or crime.</dd>"
           "<dt>SCAM</dt><dd>Prevention advice and quick help for people and firms who are defrauded.</dd>"
           "<dt>LIFE</dt><dd>Bridge patrols, training for staff and signs that point to help.</dd></dl>")
    dl = paras("Each priority has a lead agency. The main actions for 2025/26 are below.") + table(
        ["Short name", "Main actions 2025/26", "Lead"], [
            ("Violence", "Late-night patrol plan; Safe Haven venues; Best Bar None", "City of London Police"),
            ("ASB", "Estate walkabouts; community protection warnings; outreach with begging", "City Corporation"),
            ("Abuse", "Independent advocate for City residents; workplace champions", "City Corporation"),
            ("Drugs", "Closure orders; drug-dog operations with venues", "City of London Police"),
            ("Exploitation", "Modern slavery training for licensed and construction sites", "City Corporation"),
            ("Scams", "Scam-aware business briefings; call-blockers for older residents", "City of London Police"),
            ("Suicide", "Bridge patrols with the RNLI and Port of London; signage", "City Corporation")])
    gov = paras("The Safer City Partnership board meets quarterly and reports to the City Corporation's Community "
                "and Children's Services Committee and to the Police Authority Board.") + table(
        ["Measure (illustrative baseline)", "Baseline", "Aim"], [
            ("Violence with injury at night", "410", "Down"), ("ASB reports from residents", "620", "Down"),
            ("Survivors supported by advocates", "140", "Up"), ("Drug supply disruptions", "35", "Up"),
            ("Modern slavery referrals", "48", "Up"), ("Repeat scam victims", "11%", "Down"),
            ("Interventions on bridges", "96", "Up")])
    gov += '<p class="note">Contact: safercity@cityoflondon.example</p>'
    return [("fw", "Foreword", fw), ("ctx", "The City today", ctx), ("prev", "Where we start from", prev),
            ("pri", "Our priorities 2025–2028", pri), ("del", "Delivery", dl), ("gov", "Governance and measures", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">SAFER CITY PARTNERSHIP</div><h1>Safer City Partnership '
             'Strategy</h1><div class="yr">2025 – 2028</div><div class="tick">CITY OF LONDON · SAFER TOGETHER · '
             'SQUARE MILE · SAFER TOGETHER · CITY OF LONDON · SAFER TOGETHER</div></div>')
    return build_html(root, FILE, "safer_city.html", TITLE, CSS, cover, sections())
