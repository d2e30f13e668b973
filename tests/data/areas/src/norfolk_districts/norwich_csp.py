"""Safer Norwich Partnership Strategy 2025-2028: a two-page summary (pp3-4) followed by the full strategy in one
file (HTML/CSS printed by Chromium; black, yellow and slate, Liberation Sans).

The summary (Part A) names the priorities by short headlines ("Knife crime and violence" ...); the full strategy
(Part B) states them in full on p8 as five yellow-numbered rows of a two-column grid, each with a "Lead" chip.
Gold = the full statements of p8.
"""
from __future__ import annotations

from pathlib import Path

from .kit_html import esc, render

OUT = "strategies/safer_norwich_partnership_strategy_2025-28_with_summary.pdf"
TITLE = "Safer Norwich Partnership Strategy 2025\u20132028 (summary and full strategy)"

CSS = """
body { font-family: 'Liberation Sans', sans-serif; color: #1C1C1C; font-size: 9.5pt; line-height: 1.45; }
.body { position: absolute; top: 20mm; left: 17mm; right: 17mm; bottom: 20mm; overflow: hidden; }
.hd { position: absolute; top: 8mm; left: 17mm; right: 17mm; font-size: 7.5pt; color: #555;
      border-bottom: 0.8mm solid #F2C200; padding-bottom: 1mm; display: flex; justify-content: space-between; }
.ft { position: absolute; bottom: 9mm; right: 17mm; font-size: 8pt; font-weight: bold; background: #1C1C1C;
      color: #F2C200; padding: 1mm 2.5mm; }
h1 { font-size: 20pt; margin: 2mm 0 4mm; } h2 { font-size: 12pt; margin: 4mm 0 2mm; color: #3D4F5C; }
.part { display: inline-block; background: #F2C200; color: #1C1C1C; font-weight: bold; font-size: 8pt;
        padding: .8mm 2.5mm; letter-spacing: .08em; }
.cover { background: #1C1C1C; color: #fff; }
.cover .y { position: absolute; left: 0; top: 0; width: 210mm; height: 16mm; background: #F2C200; }
.cover .t { position: absolute; top: 90mm; left: 18mm; right: 18mm; } .cover h1 { font-size: 32pt; line-height: 1.15; }
.cover p { color: #F2C200; font-size: 13pt; }
.sgrid { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.sbox { background: #F4F4F0; padding: 3mm; } .sbox b { display: block; font-size: 10.5pt; margin-bottom: 1mm; }
.stat { display: flex; gap: 3mm; margin: 3mm 0; } .stat div { flex: 1; border-left: 1.2mm solid #F2C200;
        padding-left: 2.5mm; } .stat b { display: block; font-size: 16pt; }
.pgrid { display: grid; grid-template-columns: 14mm 1fr 34mm; row-gap: 3mm; align-items: start; }
.pgrid .n { font-size: 22pt; font-weight: bold; color: #1C1C1C; background: #F2C200; text-align: center;
            line-height: 1.35; }
.pgrid .txt { font-size: 12.5pt; font-weight: bold; line-height: 1.3; padding: 1mm 3mm 0; }
.pgrid .txt span { display: block; font-size: 8.8pt; font-weight: normal; color: #444; margin-top: 1mm; }
.pgrid .lead { font-size: 7.8pt; background: #3D4F5C; color: #fff; padding: 1.5mm 2mm; margin-top: 1mm; }
table.t { width: 100%; font-size: 8.3pt; margin: 2mm 0 4mm; } table.t th { background: #3D4F5C; color: #fff;
          text-align: left; padding: 1.5mm; } table.t td { padding: 1.5mm; border-bottom: 1px solid #ddd; vertical-align: top; }
table.t td.p { font-weight: bold; background: #FFF6CC; }
.toc td { padding: 2mm 1mm; border-bottom: 1px solid #ddd; font-size: 10.5pt; } .toc td.n { text-align: right; }
.toc tr.pa td { background: #F2C200; font-weight: bold; }
.note { font-size: 7.8pt; color: #666; }
"""

FULL = [
    ("Reducing anti-social behaviour and street-based nuisance in the city centre",
     "Aggressive begging, street drinking and disorder around the market, Castle Meadow and Prince of Wales Road.",
     "City council"),
    ("Making Norwich safe for women and girls",
     "On the streets, on campus, at work, at home and in the night-time economy.", "Norfolk Constabulary"),
    ("Reducing knife crime and serious violence in the city",
     "With the Serious Violence Duty partners and the city's hospitals.", "Norfolk Constabulary"),
    ("Protecting children and young people from criminal exploitation and violence",
     "County lines, grooming for drug running and violence between young people.", "Children's Services"),
    ("Tackling hate crime and building cohesive communities",
     "Reporting, support for victims and bringing Norwich's communities together.", "City council"),
]
SHORT = ["Anti-social behaviour and street nuisance", "Women and girls' safety", "Knife crime and violence",
         "Exploitation of young people", "Hate crime and cohesion"]


def frame(n: int, part: str, inner: str) -> str:
    return (f"<div class='hd'><span>Safer Norwich Partnership Strategy 2025\u20132028</span><span>{part}</span></div>"
            f"<div class='body'>{inner}</div><div class='ft'>{n}</div>")


def build(root: Path) -> Path:
    out = root / OUT
    A, B = "Part A: Summary", "Part B: Full strategy"
    pages = [("cover", "<div class='y'></div><div class='t'><h1>Safer Norwich<br>Partnership Strategy<br>"
              "2025\u20132028</h1><p>Summary and full strategy</p><p style='color:#ccc'>Norwich City Council, "
              "Norfolk Constabulary and partners</p></div>")]
    toc = [("pa", "Part A: Summary", ""), ("", "The strategy in brief", 3), ("", "What success will look like", 4),
           ("pa", "Part B: Full strategy", ""), ("", "Foreword", 5), ("", "Norwich today", 6),
           ("", "What we learned from the last strategy", 7), ("", "Our priorities", 8),
           ("", "Delivering the strategy", 9), ("", "National duties and frameworks", 11),
           ("", "Measures, governance and contacts", 12)]
    pages.append(frame(2, "", "<h1>Contents</h1><table class='toc' style='width:100%'>" +
                       "".join(f"<tr class='{c}'><td>{esc(a)}</td><td class='n'>{n}</td></tr>" for c, a, n in toc)
                       + "</table>"))
    boxes = "".join(f"<div class='sbox'><b>{esc(s)}</b>{esc(FULL[i][1])}</div>" for i, s in enumerate(SHORT))
    pages.append(frame(3, A, f"""<span class='part'>PART A \u00b7 SUMMARY</span><h1>The strategy in brief</h1>
<p>The Safer Norwich Partnership brings together the city council, police, fire service, health, probation,
universities, the Business Improvement District and voluntary organisations. This two-page summary is for
residents and businesses; Part B sets out the full strategy.</p>
<h2>Five areas of focus</h2><div class='sgrid'>{boxes}<div class='sbox'><b>How we work</b>Problem-solving, early
help, listening to victims and using enforcement where it is needed.</div></div>"""))
    pages.append(frame(4, A, """<h1>What success will look like</h1>
<div class='stat'><div><b>-15%</b>ASB in the city centre</div><div><b>+20%</b>women who feel safe after dark</div>
<div><b>-10%</b>knife-enabled offences</div><div><b>+25%</b>hate crime reports via third parties</div></div>
<p class='note'>Targets are illustrative.</p>
<h2>Our promises to residents</h2><ul><li>We will publish progress every six months.</li>
<li>We will tell you what happened when you report anti-social behaviour.</li>
<li>We will involve young people, women's groups and community organisations in checking how we are doing.</li></ul>
<h2>Find out more</h2><p>The full strategy follows in Part B. It sets out the evidence, the five priorities in
full, the delivery plan and how the partnership is governed.</p>"""))
    pages.append(frame(5, B, """<span class='part'>PART B \u00b7 FULL STRATEGY</span><h1>Foreword</h1>
<p>Norwich is a fine city, and a safe one by the standards of most English cities. But safety is not shared
equally: some streets, some estates and some groups of people experience far more crime and fear of crime than
others.</p><p>This strategy is the partnership's plan for the next three years. It builds on the 2022&ndash;2025
strategy, draws on the annual strategic assessment and a public survey, and reflects what young people, women's
organisations and community groups have told us.</p>
<p>It also reflects the duties the partnership carries: to reduce crime and disorder, to tackle serious violence,
to support the county's domestic abuse board and to prevent people being drawn into terrorism.</p>
<p><b>Chair, Safer Norwich Partnership</b></p>"""))
    pages.append(frame(6, B, """<h1>Norwich today</h1><p class='note'>Figures are illustrative (2024/25).</p>
<table class='t'><tr><th>Indicator</th><th>Norwich</th><th>Trend</th></tr>
<tr><td>ASB incidents, city centre</td><td>5,300</td><td>Up 3%</td></tr>
<tr><td>Violence with injury</td><td>2,950</td><td>Stable</td></tr>
<tr><td>Knife-enabled offences</td><td>148</td><td>Up 9%</td></tr>
<tr><td>Sexual offences</td><td>790</td><td>Up 6%</td></tr>
<tr><td>Hate crimes</td><td>520</td><td>Up 11%</td></tr>
<tr><td>Children referred for criminal exploitation</td><td>87</td><td>Up 14%</td></tr></table>
<h2>Key findings of the strategic assessment</h2><ul>
<li>A third of the county's violence with injury happens in Norwich, mostly in the night-time economy.</li>
<li>Street drinking and begging drive most city-centre ASB reports from businesses.</li>
<li>Women students and night workers report high levels of harassment.</li>
<li>Exploitation referrals are rising, with younger children involved.</li></ul>"""))
    pages.append(frame(7, B, """<h1>What we learned from the last strategy</h1>
<p>The 2022&ndash;2025 strategy had four priorities:</p>
<table class='t'><tr><th>2022&ndash;2025 priority</th><th>What happened</th></tr>
<tr><td>Reducing anti-social behaviour</td><td>City-centre ASB fell in 2023 but has risen again.</td></tr>
<tr><td>Tackling violence in the night-time economy</td><td>Purple Flag retained; violence stable.</td></tr>
<tr><td>Reducing drug-related harm</td><td>Now led by the Norfolk Combating Drugs Partnership.</td></tr>
<tr><td>Protecting vulnerable people</td><td>Split into more specific priorities in this strategy.</td></tr></table>
<h2>Lessons</h2><ul><li>Broad priorities made it hard to see who was responsible for what.</li>
<li>Where a county board leads, the city partnership should support it rather than duplicate it.</li>
<li>Residents want to know what happens after they report.</li></ul>"""))
    rows = "".join(f"<div class='n'>{i}</div><div class='txt'>{esc(t)}<span>{esc(d)}</span></div>"
                   f"<div class='lead'>Lead: {esc(l)}</div>" for i, (t, d, l) in enumerate(FULL, start=1))
    pages.append(frame(8, B, "<h1>Our priorities</h1><p>The partnership has agreed five priorities for "
                       f"2025&ndash;2028.</p><div class='pgrid'>{rows}</div>"))

    def dtable(items):
        return ("<table class='t'><tr><th>Priority</th><th>Action</th><th>Theme</th><th>When</th></tr>" +
                "".join(f"<tr><td class='p'>{i}</td><td>{esc(a)}</td><td>{esc(t)}</td><td>{esc(w)}</td></tr>"
                        for i, a, t, w in items) + "</table>")
    d1 = [(1, "City-centre problem-solving group with the Business Improvement District", "Place", "2025"),
          (1, "Assertive outreach for people street drinking or begging", "Support", "2025\u201328"),
          (1, "Review the city-centre PSPO", "Enforcement", "2026"),
          (2, "Women's night safety charter signed by venues and employers", "Place", "2025"),
          (2, "Bystander training with the universities", "Education", "2025\u201326"),
          (2, "Safe space in the city centre on Friday and Saturday nights", "Support", "2025\u201328"),
          (3, "Hospital navigators in the emergency department", "Health", "2025\u201328")]
    d2 = [(3, "Weapons awareness in schools; knife amnesty bins", "Education", "2026"),
          (4, "Contextual safeguarding reviews of hotspot locations", "Place", "2025\u201326"),
          (4, "Detached youth work in the north and east of the city", "Early help", "2025\u201328"),
          (5, "Third-party hate crime reporting in libraries and community centres", "Reporting", "2025"),
          (5, "Community cohesion events with faith and migrant groups", "Communities", "2025\u201328")]
    pages.append(frame(9, B, "<h1>Delivering the strategy</h1><p>The delivery plan is refreshed each year. The "
                       "theme column shows the kind of work; it is not a priority.</p>" + dtable(d1)))
    pages.append(frame(10, B, dtable(d2) + "<h2>Funding</h2><p>The partnership's pooled budget is an "
                       "illustrative \u00a3180,000 a year, with grants from the Police and Crime Commissioner and "
                       "the city council.</p>"))
    pages.append(frame(11, B, """<h1>National duties and frameworks</h1>
<h2>The Serious Violence Duty</h2><p>Requires specified authorities to work together to prevent and reduce serious
violence, with a local strategy. Norfolk's strategy is led county-wide.</p>
<h2>The Tackling Domestic Abuse Plan</h2><p>Its four pillars: prioritising prevention; supporting victims;
pursuing perpetrators; a stronger system.</p>
<h2>The Police and Crime Plan</h2><p>The Norfolk Police and Crime Plan 2025&ndash;2029 sets six priorities:
Preventing crime and harm; Safer neighbourhoods, towns and villages; Tackling serious violence and exploitation;
Making Norfolk safe for women and girls; Putting victims first and building trust; and A Constabulary fit for the
future.</p><h2>Prevent</h2><p>The partnership supports the county Prevent partnership board, which leads this
statutory duty.</p>"""))
    pages.append(frame(12, B, """<h1>Measures, governance and contacts</h1>
<table class='t'><tr><th>Priority</th><th>Measure</th></tr><tr><td>1</td><td>City-centre ASB incidents</td></tr>
<tr><td>2</td><td>Women's feelings of safety after dark (survey)</td></tr><tr><td>3</td><td>Knife-enabled
offences</td></tr><tr><td>4</td><td>Children with an exploitation plan who are safer at review</td></tr>
<tr><td>5</td><td>Hate crime reports through third parties</td></tr></table>
<h2>Governance</h2><p>The partnership board meets quarterly, chaired by the city council's cabinet member for
safe and sustainable city environment, with a delivery group for each priority.</p>
<h2>Contact</h2><p>Safer Norwich Partnership, Norwich City Council, City Hall, Norwich. Email:
safernorwich@norwich.example. Telephone 0344 000 0000 (illustrative).</p>
<p class='note'>This document is a fictional re-creation prepared as test data; all statistics are
illustrative.</p>"""))
    return render(out, CSS, pages, TITLE, "norwich")
