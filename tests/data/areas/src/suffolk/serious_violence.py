"""Suffolk Serious Violence Duty Strategy 2025-2030: HTML printed by Chromium (DejaVu Sans).

Four priorities, stated once, on p6 as **the first column of an evidence-rating table** ("Our priorities and the
evidence behind them"): each row gives the priority in bold, a star rating (★★★☆☆) of the strength of evidence for
the approach chosen, and the approach.  The approaches and the ratings are not priorities.  Distractors: the Duty's
definition and specified authorities (p4), the strategic needs assessment findings and the Home Office success
measures (p5), the intervention list (p7), the measures (p8).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "strategies/suffolk_serious_violence_duty_strategy_2025-30.pdf"
TITLE = "Suffolk Serious Violence Duty Strategy 2025–2030"

PRIORITIES = [
    ("Reducing knife crime and weapon carrying", 4, "Focused deterrence with young people known to carry; "
     "youth workers in A&E at Ipswich and West Suffolk hospitals"),
    ("Preventing child criminal exploitation and county lines", 3, "Trusted adults and mentoring for children "
     "missing from home or school; disruption of exploiters"),
    ("Violence in the night-time economy", 3, "Licensing, door staff training and street marshals in Ipswich, "
     "Bury St Edmunds and Lowestoft"),
    ("Violence against women and girls in public spaces", 2, "Bystander programmes in colleges and sports clubs; "
     "safer routes home"),
]

CSS = base_css("'DejaVu Sans', sans-serif", "#7A1E2C", "#D1495B", "Suffolk Serious Violence Duty Strategy 2025–2030",
               footer_fmt='"Page " counter(page) " of 8"', size="8.8pt") + """
.cover { background: #7A1E2C; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 25mm; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 95mm; margin: 0; font-size: 30pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 16pt; color: #F5B7B1; }
table.ev td { border-bottom: 1px solid #E8C9CD; vertical-align: middle; padding: 3.5mm 2mm; }
table.ev td.p { font-weight: 700; font-size: 11pt; color: #7A1E2C; width: 64mm; }
table.ev td.s { font-size: 13pt; color: #D1495B; width: 32mm; white-space: nowrap; }
table.ev th { background: #7A1E2C; }
"""


def sections():
    fw = paras(
        "Serious violence is rare in Suffolk, but when it happens it devastates families and frightens whole "
        "communities. Most of it involves young people, as victims and as perpetrators.",
        "Under the Serious Violence Duty, the councils, Suffolk Constabulary, the fire and rescue service, the NHS "
        "Integrated Care Boards, the Probation Service and the Youth Justice Service must work together, with "
        "schools, colleges and prisons, to prevent and reduce serious violence.",
        "This strategy sets four priorities, chosen from our strategic needs assessment, and the approaches we "
        "will use, chosen from the best evidence available.")
    fw += "<p><b>Chair, Suffolk Serious Violence Duty partnership</b></p>"
    duty = ("<h2>Our local definition</h2><p>For Suffolk, serious violence means homicide, violence causing injury, "
            "knife and weapon offences, robbery, and violence linked to drug markets, the night-time economy and "
            "violence against women and girls in public places.</p><h2>The specified authorities</h2>" + ul([
                "Suffolk County Council and the five district and borough councils", "Suffolk Constabulary",
                "Suffolk Fire and Rescue Service", "NHS Suffolk and North East Essex and NHS Norfolk and Waveney ICBs",
                "The Probation Service", "Suffolk Youth Justice Service"]) +
            "<h2>The public health approach</h2><p>We focus on populations, use data and evidence, tackle causes as "
            "well as symptoms, and work with communities.</p>")
    ctx = "<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["Suffolk (illustrative)", "2023/24"], [
            ("Knife-enabled offences", "398"), ("Hospital admissions for assault by a sharp object", "61"),
            ("Night-time economy violence with injury", "720"), ("Children referred for exploitation", "305")])
    ctx += "<h2>Key findings of the strategic needs assessment</h2>" + ul([
        "Half of knife offences involve someone under 25.",
        "Violence peaks on Friday and Saturday nights in three town centres.",
        "Exclusion from school is a strong early warning sign.",
        "Women and girls report harassment far more than they report violence."])
    ctx += ("<h2>Home Office success measures</h2><p>Reductions in hospital admissions for assault with a knife or "
            "sharp object, in knife and sharp object enabled serious violence, and in homicides.</p>")
    pri = paras("We have four priorities for 2025–2030. For each we have chosen an approach and rated how strong "
                "the evidence for it is, from one star (promising) to five (strong).")
    pri += '<table class="ev"><tr><th>Priority</th><th>Evidence</th><th>Our approach</th></tr>' + "".join(
        f'<tr><td class="p">{e(n)}</td><td class="s">{"★" * s}{"☆" * (5 - s)}</td><td>{e(a)}</td></tr>'
        for n, s, a in PRIORITIES) + "</table>"
    pri += '<p class="note">Ratings draw on the Youth Endowment Fund toolkit and College of Policing guidance.</p>'
    dl = paras("The interventions we will fund in 2025/26:") + table(
        ["Intervention", "Where", "Lead"], [
            ("Hospital navigators", "Ipswich and West Suffolk hospitals", "NHS"),
            ("Focused deterrence", "Ipswich", "Suffolk Constabulary"),
            ("Mentoring for children at risk", "County-wide", "Youth Justice Service"),
            ("Street marshals", "Three town centres", "District councils"),
            ("Bystander programme", "Colleges and sports clubs", "Police and Crime Commissioner")])
    gov = paras("The partnership reports to the Safer Stronger Communities Board. Baselines are illustrative.") + table(
        ["Measure", "Baseline", "Direction"], [
            ("Knife-enabled offences", "398", "Down"), ("Assault by sharp object admissions", "61", "Down"),
            ("NTE violence with injury", "720", "Down"), ("Children safely diverted from exploitation", "140", "Up")])
    gov += '<p class="note">Contact: seriousviolence@suffolk.example</p>'
    return [("fw", "Foreword", fw), ("duty", "The Serious Violence Duty", duty), ("ctx", "What we found", ctx),
            ("pri", "Our priorities and the evidence behind them", pri), ("del", "Interventions", dl),
            ("gov", "Measures and governance", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">SUFFOLK SERIOUS VIOLENCE DUTY PARTNERSHIP</div>'
             '<h1>Serious Violence Strategy</h1><div class="yr">2025 – 2030</div></div>')
    return build_html(root, FILE, "serious_violence.html", TITLE, CSS, cover, sections(), "")
