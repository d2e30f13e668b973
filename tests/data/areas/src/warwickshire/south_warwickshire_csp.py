"""South Warwickshire Community Safety Partnership Plan 2024-2027 (Stratford-on-Avon and Warwick districts):
HTML/CSS printed by Chromium (DejaVu Serif playbill, Liberation Sans text), **the priorities are the acts of a
theatre playbill**.

Page 6 ("Our priorities"): a cream playbill with a double ornamental border, "The Partnership presents",
a show title, then five acts: a letter-spaced "ACT I" ... "ACT V" line, the priority as the act title in large
bold serif (some wrap), and an italic "In which ..." line; a cast list ("Featuring ...") at the foot. The
previous plan's priorities and the county agreement's priorities (p5), the key findings (p4), the "Behind the
scenes" delivery labels (p7) and the measures (p8) are distractors.
"""
from common import chromium_to_pdf
from warwickshire.kit import esc, expect, html_doc
from warwickshire.work import work_file

FILE = "strategies/south_warwickshire_community_safety_partnership_plan_2024-27.pdf"
TITLE = "South Warwickshire Community Safety Partnership Plan 2024–2027"

ACTS = [
    ("I", "Anti-social behaviour in town centres and on the riverside",
     "In which the partnership takes back Bridge Street, the Pump Room Gardens and the riverside walks."),
    ("II", "Rural crime and road safety in our villages",
     "In which farm thefts, hare coursing and speeding through villages meet a joined-up response."),
    ("III", "Keeping people safe near rivers and open water",
     "In which the Avon and the Leam are made safer for visitors, students and people after a night out."),
    ("IV", "Scams and fraud targeting older residents",
     "In which doorstep callers and telephone fraudsters find fewer easy victims."),
    ("V", "Safety of women and girls in the night-time economy",
     "In which Leamington, Warwick and Stratford become safer places for women and girls after dark."),
]

CSS = """
@page { size: A4; margin: 15mm 17mm 17mm 17mm;
  @bottom-center { content: "South Warwickshire CSP Plan 2024–27 · " counter(page); font: 7.8pt 'Liberation Sans'; color: #666; } }
@page bare { margin: 0; @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #5B1A2E; color: #F6E9D0; position: relative; }
.cover .o { position: absolute; left: 20mm; top: 22mm; font-weight: 700; letter-spacing: 1px; }
.cover h1 { position: absolute; left: 20mm; top: 110mm; width: 170mm; font: 700 31pt 'DejaVu Serif'; margin: 0; }
.cover .y { position: absolute; left: 20mm; top: 170mm; font: 18pt 'DejaVu Serif'; color: #E8B04A; }
.pg { break-before: page; }
h1.t { font: 700 19pt 'DejaVu Serif'; color: #5B1A2E; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #5B1A2E; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px dotted #a88; }
.toc div span:first-child { flex: 1; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0 5mm 0; }
.stats div { background: #F4EBE3; padding: 3mm; }
.stats b { display: block; font-size: 17pt; color: #5B1A2E; }
.bill { border: 3px double #5B1A2E; outline: 1px solid #5B1A2E; outline-offset: 1.2mm; background: #FBF4E6;
  margin: 4mm 4mm 0 4mm; padding: 7mm 12mm 6mm 12mm; text-align: center; }
.bill .pres { font: italic 10pt 'DejaVu Serif'; color: #5B1A2E; }
.bill .show { font: 700 20pt 'DejaVu Serif'; color: #5B1A2E; margin: 1mm 0 0 0; letter-spacing: 0.5px; }
.bill .sub { font: 9pt 'DejaVu Serif'; color: #7a5a4a; margin-bottom: 3mm; }
.bill .orn { color: #B8862B; font-size: 12pt; margin: 1mm 0; }
.act { margin: 3.2mm 0; }
.act .n { font: 700 8pt 'Liberation Sans'; letter-spacing: 3px; color: #B8862B; }
.act .ti { font: 700 15pt 'DejaVu Serif'; color: #2A1118; margin: 0.5mm 12mm; line-height: 1.25; }
.act .w { font: italic 8.6pt 'DejaVu Serif'; color: #6a5a55; margin: 0.5mm 8mm 0 8mm; }
.cast { font-size: 7.8pt; color: #555; border-top: 1px solid #C9A96A; margin-top: 4mm; padding-top: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 5mm 0; }
th { background: #5B1A2E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e2d3cf; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def render():
    P = ['<div class="cover"><div class="o">SOUTH WARWICKSHIRE COMMUNITY SAFETY PARTNERSHIP</div>'
         '<h1>Community Safety Partnership Plan</h1><div class="y">2024–2027 · Stratford-on-Avon and Warwick</div></div>']
    P.append('<div class="pg"><h1 class="t">Contents</h1><div class="toc">' + "".join(
        f'<div><span>{esc(t)}</span><span>{n}</span></div>' for t, n in
        [("Welcome", 3), ("South Warwickshire in numbers", 4), ("Looking back", 5), ("Our priorities", 6),
         ("Behind the scenes: delivery", 7), ("How we will know it is working", 8)]) + '</div></div>')
    P.append('<div class="pg"><h1 class="t">Welcome</h1>'
             '<p>South Warwickshire is home to world-famous theatres, historic towns, a university campus and some '
             'of the most rural parishes in the Midlands. Millions of visitors come each year. Most of them, and '
             'most of our residents, are never touched by crime; but the issues that do affect people here are '
             'different from those in the north of the county.</p>'
             '<p>Stratford-on-Avon District Council and Warwick District Council run a joint community safety '
             'partnership with Warwickshire Police, Warwickshire Fire and Rescue Service, Warwickshire County '
             'Council, the Probation Service, the NHS and the voluntary sector. This plan sets our priorities for '
             'the next three years.</p>'
             '<p>We have set out our priorities as a programme: five acts, each with a lead partner and a cast of '
             'many.</p><p><b>Joint Chairs, South Warwickshire Community Safety Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">South Warwickshire in numbers</h1>'
             '<p class="note">Illustrative figures for 2023/24, not official statistics.</p><div class="stats">'
             + "".join(f'<div><b>{a}</b>{esc(b)}</div>' for a, b in
                       [("276,000", "residents in the two districts"), ("3,650", "anti-social behaviour incidents"),
                        ("410", "rural and farm crimes"), ("5", "deaths in rivers and open water in five years"),
                        ("£2.1m", "lost to fraud by residents over 65"), ("1 in 3", "women who feel unsafe in town "
                                                                                  "centres after dark")])
             + '</div><h2>Key findings from our strategic assessment</h2><ul>'
             '<li>Anti-social behaviour peaks in summer along the river and in the town centres.</li>'
             '<li>Speeding is the top concern in parish council surveys.</li>'
             '<li>Most water deaths involve alcohol and happen at night.</li>'
             '<li>Older residents are targeted by courier fraud and rogue traders.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Looking back</h1>'
             '<p>Our 2021–2024 plan had four priorities: <i>Town centre anti-social behaviour</i>, <i>Rural crime'
             '</i>, <i>Domestic abuse</i> and <i>Hate crime</i>. Domestic abuse is now led at county level by the '
             'Warwickshire Domestic Abuse and Sexual Violence Partnership, and hate crime by the county hate crime '
             'partnership; both continue as business as usual.</p>'
             '<h2>The county picture</h2><p>The Safer Warwickshire Partnership Board\'s Community Safety Agreement '
             '2024–2027 sets five countywide priorities: serious violence and knife crime; domestic abuse and sexual '
             'violence; exploitation, including modern slavery; fire safety at home; and harm from drugs and '
             'alcohol. We support them and do not repeat them here.</p>'
             '<h2>Our values</h2><ul><li>Local first</li><li>Visible in every town and village</li>'
             '<li>Working with the visitor economy</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><div class="bill">'
             '<div class="pres">South Warwickshire Community Safety Partnership presents</div>'
             '<div class="show">Safer Together</div><div class="sub">Our priorities, 2024 to 2027 · a programme '
             'in five acts</div><div class="orn">❦</div>')
    for n, ti, w in ACTS:
        P.append(f'<div class="act"><div class="n">ACT {n}</div><div class="ti">{esc(ti)}</div>'
                 f'<div class="w">{esc(w)}</div></div>')
    P.append('<div class="orn">❦</div><div class="cast">Featuring Stratford-on-Avon District Council, Warwick '
             'District Council, Warwickshire Police, Warwickshire Fire and Rescue Service, Warwickshire County '
             'Council, the Canal and River Trust, the Business Improvement Districts and the volunteers of our '
             'street and river patrols.</div></div></div>')
    P.append('<div class="pg"><h1 class="t">Behind the scenes: delivery</h1><table><tr><th>Act</th>'
             '<th>What we will do</th><th>Lead</th></tr>' + "".join(
                 f'<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>' for a, b, c in [
                     ("Town centres", "Joint patrols with the Business Improvement Districts; a shared ASB case "
                      "review process; Public Spaces Protection Orders reviewed.", "District councils"),
                     ("Villages", "Rural crime surgeries, farm watch, and Community Speedwatch in 40 parishes.",
                      "Warwickshire Police"),
                     ("Water", "Throwlines at key points, river safety talks for students and a night-time "
                      "river patrol.", "Fire and Rescue"),
                     ("Scams", "Trading standards call blockers and scam marshals.", "Trading standards"),
                     ("Nights out", "Safe spaces, Ask for Angela and Best Bar None; a women's safety walk audit.",
                      "Licensing")]) + '</table></div>')
    P.append('<div class="pg"><h1 class="t">How we will know it is working</h1><table><tr><th>Measure</th>'
             '<th>Baseline (illustrative)</th><th>Aim</th></tr>' + "".join(
                 f'<tr><td>{esc(a)}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in [
                     ("ASB incidents in town centres", "1,900", "Down"), ("Rural crimes reported", "410", "Up at "
                                                                                                         "first"),
                     ("Speedwatch sessions", "320", "Up"), ("Water-related incidents", "22", "Down"),
                     ("Scam victims supported", "640", "Up"), ("Women who feel safe after dark", "64%", "Up")])
             + '</table><h2>Governance</h2><p>The partnership board meets quarterly and reports to both district '
             'councils\' overview and scrutiny committees. Progress is shared with the Safer Warwickshire '
             'Partnership Board and the Police and Crime Commissioner.</p><p class="note">Contact: '
             'communitysafety@southwarwickshire.example · All figures are illustrative.</p></div>')
    return html_doc(TITLE, CSS, P)


def build(root):
    out = root / FILE
    src = work_file("south_warwickshire_csp.html")
    src.write_text(render(), encoding="utf-8")
    chromium_to_pdf(src, out)
    expect(out, 8, {3: "Welcome", 4: "in numbers", 5: "Looking back", 6: "a programme",
                    7: "Behind the scenes", 8: "How we will know"})
    return out
