"""Safer Ipswich Partnership Plan 2025-2028: HTML printed by Chromium (Liberation Sans).

Five priorities, stated once, on p6 as **the row labels of a heat map** ("Our five priorities, and where each
matters most"): each row label is a priority in bold (some wrap), the columns are five parts of the town and the
cells are shaded by illustrative demand with a short word (High / Medium / Low).  The column heads, the shading key
and the short names in the delivery table (p7) are distractors, as are the 2022-2025 priorities (p5), the PCC's
priorities quoted (p5) and the strategic assessment's key findings (p4).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "strategies/safer_ipswich_partnership_plan_2025-28.pdf"
TITLE = "Safer Ipswich Partnership Plan 2025–2028"

AREAS = ["Town centre & waterfront", "Gipping & Westgate", "Whitehouse & Castle Hill", "Gainsborough & Priory Heath",
         "Alexandra & St John's"]
PRIORITIES = [
    ("Anti-social behaviour and street drinking in the town centre", [3, 2, 1, 1, 2]),
    ("Knife crime and serious youth violence", [3, 3, 2, 3, 1]),
    ("Domestic abuse and stalking", [2, 3, 3, 3, 2]),
    ("County lines, cuckooing and drug dealing in our neighbourhoods", [2, 3, 2, 3, 1]),
    ("Hate crime and community tension", [2, 2, 1, 2, 3]),
]
SHADE = {1: ("#FCE9D9", "Low"), 2: ("#F4A261", "Medium"), 3: ("#C8553D", "High")}

CSS = base_css("'Liberation Sans', sans-serif", "#2A2D5C", "#C8553D", "Safer Ipswich Partnership Plan 2025–2028",
               footer_fmt='counter(page) " | Safer Ipswich"') + """
.cover { background: #2A2D5C; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 25mm; font-size: 11pt; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 110mm; margin: 0; font-size: 30pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 160mm; font-size: 16pt; color: #F4A261; }
.cover .strip { position: absolute; left: 0; right: 0; bottom: 0; height: 20mm; background: linear-gradient(90deg,#FCE9D9,#F4A261,#C8553D); }
table.heat { table-layout: fixed; margin-top: 4mm; }
table.heat th { background: #fff; color: #2A2D5C; font-size: 7.6pt; text-align: center; vertical-align: bottom; border-bottom: 2px solid #2A2D5C; }
table.heat th.corner { text-align: left; width: 62mm; font-size: 8pt; }
table.heat td { border: 2px solid #fff; text-align: center; vertical-align: middle; height: 16mm; font-size: 7.5pt; }
table.heat td.lab { text-align: left; font-weight: 700; font-size: 10pt; color: #2A2D5C; background: #F1F1F6; }
.key span { display: inline-block; padding: 1mm 3mm; margin-right: 2mm; font-size: 7.5pt; }
"""


def heat():
    h = ('<table class="heat"><tr><th class="corner">Priority</th>' +
         "".join(f"<th>{e(a)}</th>" for a in AREAS) + "</tr>")
    for name, vals in PRIORITIES:
        h += f'<tr><td class="lab">{e(name)}</td>'
        for v in vals:
            col, word = SHADE[v]
            fg = "#fff" if v == 3 else "#333"
            h += f'<td style="background:{col};color:{fg}">{word}</td>'
        h += "</tr>"
    h += "</table>"
    h += '<div class="key">Shading: ' + "".join(
        f'<span style="background:{c};color:{"#fff" if k == 3 else "#333"}">{w} demand</span>'
        for k, (c, w) in SHADE.items()) + "</div>"
    return h


def sections():
    fw = paras(
        "Ipswich is a growing, diverse town with a busy centre, a regenerated waterfront and strong neighbourhoods. "
        "Most people in Ipswich are safe and feel safe, but a small number of places and people bear most of the harm.",
        "The Safer Ipswich Partnership brings together Ipswich Borough Council, Suffolk County Council, Suffolk "
        "Constabulary, Suffolk Fire and Rescue Service, the Probation Service, the NHS and the voluntary sector. "
        "We have a duty under the Crime and Disorder Act 1998 to work together to reduce crime and disorder, "
        "substance misuse and reoffending.",
        "This plan sets our priorities for the next three years, based on our strategic assessment and what "
        "residents told us.")
    fw += "<p><b>Chair, Safer Ipswich Partnership</b></p>"
    ctx = "<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["Ipswich (illustrative)", "2023/24", "Change on year"], [
            ("Anti-social behaviour incidents", "4,120", "-6%"), ("Violence with injury", "1,980", "+4%"),
            ("Knife-enabled offences", "142", "+11%"), ("Domestic abuse incidents", "3,310", "+2%"),
            ("Stalking and harassment offences", "1,040", "+9%"), ("Hate crimes", "410", "+7%"),
            ("Drug trafficking offences", "265", "+15%")])
    ctx += "<h2>Key findings of our strategic assessment</h2>" + ul([
        "Violence is concentrated in the town centre at night and in three neighbourhoods after school.",
        "Drug markets drive much of the violence and the exploitation of young people.",
        "Stalking is rising faster than any other offence linked to domestic abuse.",
        "Hate crime rose after national events and local tensions in summer 2024."])
    prev = ("<h2>Our priorities for 2022–2025</h2><p>Our last plan had three priorities: Safer streets; Protecting "
            "vulnerable people; and Stronger communities. The new priorities on page 6 are narrower, so that each "
            "has a clear lead and measures.</p>")
    prev += ("<h2>The Police and Crime Commissioner's priorities</h2><p>The Police and Crime Plan for Suffolk "
             "2025–2029 has six priorities, including Visible neighbourhood policing that responds when you need it; "
             "Protecting people from abuse and exploitation; and Preventing crime and reducing reoffending. Our "
             "plan contributes to these.</p><h2>How we work</h2>" + ul([
                 ("Evidence-led:", "we go where the data and residents point us."),
                 ("Joined up:", "one plan for each place, not one for each agency."),
                 ("Heard:", "we report back to residents every six months.")], bold_lead=True))
    pri = paras("We have agreed five priorities for 2025–2028. The heat map shows each priority and the parts of "
                "Ipswich where, on our assessment, it matters most.") + heat()
    pri += '<p class="note">Shading is illustrative and is based on a combined score of recorded crime, calls for service and resident concern.</p>'
    dl = paras("Each priority has a lead agency and a delivery group. The main actions for 2025/26 are below.") + table(
        ["Short name", "Main actions 2025/26", "Lead"], [
            ("Town centre", "Public Spaces Protection Order review; street drinking outreach; Purple Flag", "Ipswich Borough Council"),
            ("Violence", "Knife arches and weapon sweeps; youth workers in hotspots; Operation Sceptre weeks", "Suffolk Constabulary"),
            ("Domestic abuse", "Stalking advocate; Domestic Homicide Review learning", "Suffolk County Council"),
            ("Drugs", "Closure orders on cuckooed homes; safeguarding of exploited young people", "Suffolk Constabulary"),
            ("Cohesion", "Third-party hate crime reporting in libraries; community tension monitoring", "Ipswich Borough Council")])
    gov = paras("The partnership board meets quarterly and reports to the council's scrutiny committee. It gives an "
                "annual report to the Police and Crime Commissioner.") + table(
        ["Measure (illustrative baseline)", "Baseline", "Aim"], [
            ("ASB incidents in the town centre", "1,460", "Down"), ("Knife-enabled offences", "142", "Down"),
            ("Repeat domestic abuse victims", "31%", "Down"), ("Cuckooing closures", "12", "Up"),
            ("Hate crimes reported through third parties", "38", "Up")])
    gov += '<p class="note">Contact: saferipswich@ipswich.example</p>'
    return [("fw", "Foreword", fw), ("ctx", "Ipswich today", ctx), ("prev", "Where we start from", prev),
            ("pri", "Our priorities 2025–2028", pri), ("del", "Delivery", dl), ("gov", "Governance and measures", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">SAFER IPSWICH PARTNERSHIP</div><h1>Partnership Plan</h1>'
             '<div class="yr">2025 – 2028</div><div class="strip"></div></div>')
    return build_html(root, FILE, "ipswich_csp.html", TITLE, CSS, cover, sections(), "")
