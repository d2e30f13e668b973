"""Cambridge City Community Safety Partnership Strategic Plan 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 as the **terms of an HTML definition list** ("Our priorities, and what we
mean by them"): each <dt> is the priority in bold teal in a left column 62 mm wide (three of them wrap), with
its <dd> definition in the right column and a hairline between entries; no numbers.  The glossary at the back
(p8) uses the same dl style for terms that are not priorities.
Distractors: the 2021-2024 priorities (p4), the strategic assessment findings (p4), the PCC's six priorities
quoted (p5), the ways of working (p5), the action plan themes (p7), the glossary (p8).
"""
from cambridgeshire.kit import e, html_pdf

FILE = "strategies/cambridge_city_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Cambridge City Community Safety Partnership Strategic Plan 2024–2027"

PRIORITIES = [
    ("Tackling anti-social behaviour in the city centre and local neighbourhoods",
     "Nuisance, intimidation and criminal damage that stop people enjoying the city, from the Market Square to "
     "estates in the north and east of Cambridge. We mean problem-solving with residents, not only enforcement."),
    ("Protecting young people from violence and exploitation",
     "Children and young adults drawn into carrying knives, into fights or into selling drugs for others. We "
     "mean spotting the signs early and working with schools, youth workers and families."),
    ("Reducing the harm caused by drug dealing and cuckooing",
     "Open drug markets and the taking over of vulnerable people's homes by dealers. We mean closing down the "
     "places dealers use and safeguarding the people they target."),
    ("Making the city centre safer for women and girls at night",
     "Harassment, spiking and sexual violence in the night-time economy. We mean safer routes home, trained "
     "venue staff and a visible welfare presence on Friday and Saturday nights."),
    ("Reducing harm to people sleeping rough in the city",
     "People sleeping on the streets are far more likely to be victims of crime and to die young. We mean outreach, "
     "safe places to sleep and a joint plan for every person known to be sleeping rough."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 18mm 18mm;
  @top-right { content: "Cambridge City Community Safety Partnership"; font: 7.5pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "Strategic Plan 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #555; }
  @bottom-right { content: counter(page); font: bold 9pt 'Liberation Sans'; color: #0B6E69; } }
@page bare { margin: 0; @top-right { content: none } @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #222; margin: 0; }
section { break-before: page; }
section.cover { page: bare; break-before: auto; width: 210mm; height: 297mm; background: #0B6E69; color: #fff; position: relative; }
.cover .in { position: absolute; left: 20mm; top: 90mm; width: 170mm; }
.cover h1 { font-family: 'Liberation Serif', serif; font-size: 34pt; line-height: 1.1; margin: 0 0 6mm 0; }
h1.t { font-family: 'Liberation Serif', serif; font-size: 22pt; color: #0B6E69; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #B5481E; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; }
.toc div span.f { flex: 1; border-bottom: 1.2px dotted #888; margin: 0 2mm 1.3mm 2mm; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.4pt; margin: 2mm 0 4mm 0; }
table.t th { background: #0B6E69; color: #fff; text-align: left; padding: 1.5mm 2mm; }
table.t td { border-bottom: 1px solid #ccc; padding: 1.5mm 2mm; vertical-align: top; }
dl.def { display: grid; grid-template-columns: 62mm 1fr; margin: 4mm 0; border-top: 2px solid #0B6E69; }
dl.def dt { font-weight: 700; color: #0B6E69; font-size: 11pt; line-height: 1.3; padding: 3.5mm 6mm 3.5mm 0;
  border-bottom: 0.5px solid #9bbfbd; }
dl.def dd { margin: 0; padding: 3.5mm 0; border-bottom: 0.5px solid #9bbfbd; }
dl.gloss dt { font-size: 9pt; color: #333; }
.side { border: 1px solid #ccc; background: #F5F5F0; padding: 3mm 4mm; font-size: 8.4pt; margin-top: 4mm; }
.note { font-size: 7.8pt; color: #666; font-style: italic; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0; }
.stats div { background: #E7F2F1; padding: 3mm; } .stats b { display: block; font-size: 16pt; color: #0B6E69; }
"""


def P(*ts):
    return "".join(f"<p>{e(t)}</p>" for t in ts)


def build(root):
    S = ['<section class="cover"><div class="in"><div style="letter-spacing:1.5pt;font-weight:700">CAMBRIDGE CITY '
         'COMMUNITY SAFETY PARTNERSHIP</div><h1>Strategic Plan<br>2024–2027</h1><div style="font-size:13pt">A safe '
         'city for everyone who lives, works, studies in and visits Cambridge</div></div></section>']
    toc = [("Introduction from the Chair", 3), ("Cambridge in context", 4), ("How this plan fits", 5),
           ("Our priorities, and what we mean by them", 6), ("Action plan 2024/25", 7),
           ("Governance, measures and glossary", 8)]
    S.append('<section><h1 class="t">Contents</h1><div class="toc">' + "".join(
        f'<div><span>{e(t)}</span><span class="f"></span><span>{n}</span></div>' for t, n in toc) + "</div></section>")
    S.append('<section><h1 class="t">Introduction from the Chair</h1>' + P(
        "Cambridge is a small city with a big population of students, commuters and visitors. Most people who live "
        "here feel safe. But our strategic assessment shows that harm is concentrated: in a handful of streets, in a "
        "small number of households and among people who are already vulnerable.",
        "This plan is shorter than the last one. We have chosen fewer priorities so that partners can do more on each "
        "of them, and we have said plainly what we mean by each one.",
        "The partnership brings together Cambridge City Council, Cambridgeshire County Council, Cambridgeshire "
        "Constabulary, the fire and rescue service, the NHS, probation, the universities and the voluntary sector.",
        "Thank you to everyone who answered our survey and came to our community meetings.") +
        "<p><b>Chair, Cambridge City Community Safety Partnership</b></p></section>")
    S.append('<section><h1 class="t">Cambridge in context</h1><p class="note">All figures are illustrative and are '
             'not official statistics.</p><div class="stats">' + "".join(
                 f"<div><b>{a}</b>{e(b)}</div>" for a, b in [
                     ("146,000", "residents"), ("3,900", "anti-social behaviour reports a year"),
                     ("61", "people seen sleeping rough in a year"), ("24%", "of violence in the city centre"),
                     ("1 in 3", "women feel unsafe in town at night"), ("17", "cuckooed addresses closed")]) +
             "</div><h2>What the strategic assessment found</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in [
                 "Anti-social behaviour reports fell overall but rose in the city centre and two northern wards.",
                 "Young people aged 14–19 are over-represented as both victims and suspects of violence.",
                 "Drug dealing drives much of the violence and exploitation seen by partners.",
                 "Women's feelings of safety at night have not recovered since 2019.",
                 "People sleeping rough are repeat victims of theft and assault."]) +
             "</ul><h2>Our priorities for 2021–2024</h2><p>The last plan had three priorities: Victims and offenders "
             "of violence and exploitation; Community harm; and Domestic abuse and sexual violence. The countywide "
             "Domestic Abuse and Sexual Violence Partnership now leads on domestic abuse, so it is no longer a "
             "separate priority here.</p></section>")
    S.append('<section><h1 class="t">How this plan fits</h1>' + P(
        "Community safety partnerships were created by the Crime and Disorder Act 1998. The partnership must produce "
        "a strategic assessment each year and a plan to reduce crime, disorder, substance misuse and reoffending.") +
        '<div class="side"><b>The Police and Crime Commissioner\'s priorities</b><br>The Police and Crime Plan for '
        "Cambridgeshire and Peterborough 2024–2028 has six priorities: Preventing crime and anti-social behaviour in "
        "our communities; Tackling violence and exploitation; Keeping women and girls safe; Putting victims first; "
        "Justice that works; and Safer roads.</div><h2>How we work</h2><ul>" + "".join(
            f"<li><b>{e(a)}</b> – {e(b)}</li>" for a, b in [
                ("Evidence-led", "we act where the data and residents' experience point."),
                ("Place-based", "we focus on the few streets where harm concentrates."),
                ("Person-centred", "we see the whole person, not only the offence."),
                ("Joined-up", "we share information within the law and act together.")]) + "</ul>" + P(
        "The plan also links to the Cambridge City Council Corporate Plan, the countywide Serious Violence Strategy and "
        "the Combating Drugs and Alcohol Partnership Strategy.") + "</section>")
    S.append('<section><h1 class="t">Our priorities, and what we mean by them</h1>' + P(
        "The partnership board agreed these five priorities in March 2024 after the strategic assessment and a public "
        "survey. Each one is defined below.") + '<dl class="def">' + "".join(
            f"<dt>{e(t)}</dt><dd>{e(dd)}</dd>" for t, dd in PRIORITIES) + "</dl>" + P(
        "Other issues, such as cycle theft and shoplifting, are handled through the police's local problem-solving "
        "and the business crime partnership rather than as partnership priorities.") + "</section>")
    rows = [("City centre", "Joint patrols and a problem-solving group for the Market Square and Lion Yard; "
             "community protection warnings", "City Council"),
            ("Young people", "Detached youth work in the north of the city; knife crime lessons in secondary schools",
             "County Council"),
            ("Dealing and cuckooing", "Cuckooing protocol; closure orders; drop-in for tenants at risk", "Police"),
            ("Night-time safety", "Welfare hub on Friday and Saturday nights; Ask for Angela and Best Bar None",
             "City Council"),
            ("Rough sleeping", "Multi-agency case review of every person sleeping rough; winter shelter",
             "Housing services")]
    S.append('<section><h1 class="t">Action plan 2024/25</h1><table class="t"><tr><th>Theme</th><th>Main actions'
             '</th><th>Lead</th></tr>' + "".join(f"<tr><td><b>{e(a)}</b></td><td>{e(b)}</td><td>{e(c)}</td></tr>"
                                                 for a, b, c in rows) + "</table>" + P(
        "The action plan is refreshed every April. Partners report progress to each quarterly board meeting.") +
        "</section>")
    S.append('<section><h1 class="t">Governance, measures and glossary</h1>' + P(
        "The partnership board meets quarterly and reports to the City Council's Environment and Communities "
        "scrutiny committee and to the Countywide Community Safety Strategic Board.") +
        "<h2>How we will know it is working</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in [
            "Fewer repeat anti-social behaviour locations", "Fewer young people injured by knives",
            "More cuckooed addresses identified and closed", "More women feeling safe in town at night",
            "Fewer people sleeping rough for more than one night"]) + '</ul><h2>Glossary</h2><dl class="def gloss">' +
        "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in [
            ("Cuckooing", "When dealers take over the home of a vulnerable person to sell drugs."),
            ("Community protection warning", "A written warning that can lead to a community protection notice."),
            ("Best Bar None", "A national accreditation scheme for licensed venues.")]) +
        "</dl><p class=\"note\">Contact: community.safety@cambridge.example</p></section>")
    return html_pdf(root, FILE, "cambridge_csp", TITLE, CSS, S, 8)
