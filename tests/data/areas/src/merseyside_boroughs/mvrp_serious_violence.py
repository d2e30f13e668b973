"""Merseyside Violence Reduction Partnership response strategy 2025-28 (fictional): the VRP website's strategy page
printed with headless Chromium on US Letter (the browser's default paper). A dark hero, sticky-style top bar,
"Jump to" chips; the five priorities are <h3> callouts with a thick left border under "Our priorities", beside
the public health approach's four steps and the programme cards."""
from __future__ import annotations

from pathlib import Path

from .web import PRINT_BASE, esc, print_page

OUT = "strategies/merseyside_vrp_serious_violence_response_strategy_2025-28.pdf"

PRIORITIES = [
    ("Reduce serious violence and knife crime across Merseyside",
     "Focus on the neighbourhoods and the small number of people at the centre of most violence."),
    ("Prevent children and young people becoming involved in violence",
     "Mentors in schools, detached youth work in hotspots and support for families under pressure."),
    ("Reduce violence in and around the night-time economy",
     "Work with licensees, door staff, street pastors and A&E to prevent assaults on nights out."),
    ("Reach young people at teachable moments in hospitals and custody",
     "Navigators at every major A&E and in custody suites, offering help at the moment it is most likely to "
     "be taken."),
    ("Build a trauma-informed workforce across all partners",
     "Training, supervision and shared practice standards so that every contact with a young person counts."),
]

CSS = PRINT_BASE + """
@page{size:Letter;margin:10mm 12mm}
body{font-family:'DejaVu Sans',sans-serif;font-size:9.4pt;color:#1f1f1f;line-height:1.5}
.bar{display:flex;justify-content:space-between;align-items:center;padding:8px 10px;background:#111;color:#fff}
.bar b{font-size:12pt;letter-spacing:1px}.bar b i{font-style:normal;color:#f5a623}
.bar nav{font-size:8.3pt;display:flex;gap:12px}
.cookie{position:relative;margin:6px 0;padding:8px 10px;background:#222;color:#eee;font-size:8.2pt;border-radius:6px}
.cookie span{background:#f5a623;color:#111;padding:2px 10px;border-radius:10px;margin-left:8px;font-weight:bold}
.hero{background:linear-gradient(135deg,#2d2d2d,#5a2d82);color:#fff;padding:26px 18px;border-radius:8px}
.hero small{color:#f5a623;letter-spacing:2px;font-size:8pt}.hero h1{margin:6px 0;font-size:22pt;line-height:1.1}
.crumbs{font-size:8pt;color:#666;margin:6px 2px}
.chips{margin:8px 0}.chips span{display:inline-block;border:1px solid #5a2d82;color:#5a2d82;border-radius:12px;padding:2px 9px;margin:2px;font-size:8pt}
h2{font-size:14pt;margin:16px 0 6px;color:#5a2d82}
h3{font-size:10.5pt;margin:0 0 3px}
.steps{display:flex;gap:6px}.steps div{flex:1;background:#f4f0f8;padding:8px;font-size:8.4pt;border-radius:6px}
.steps b{display:block;color:#5a2d82}
.callout{border-left:7px solid #f5a623;background:#fafafa;padding:7px 10px;margin:6px 0}
.callout p{margin:0;font-size:8.8pt;color:#444}
.pri{break-inside:avoid}
.cards{display:grid;grid-template-columns:1fr 1fr 1fr;gap:8px}.cards div{border:1px solid #ddd;border-radius:6px;padding:8px;font-size:8.5pt}
.cards b{display:block;margin-bottom:2px}
table{border-collapse:collapse;width:100%;font-size:8.6pt}td,th{border-bottom:1px solid #ddd;padding:4px;text-align:left}
.fb{background:#f4f0f8;border-radius:8px;padding:8px 12px;margin:12px 0;font-size:9pt}
.fb span{border:1px solid #5a2d82;border-radius:12px;padding:1px 12px;margin-left:6px}
footer{background:#111;color:#bbb;padding:10px;font-size:8pt;display:flex;gap:20px;border-radius:8px 8px 0 0}
"""


def page() -> str:
    callouts = "".join(f'<div class="callout"><h3>{esc(t)}</h3><p>{esc(d)}</p></div>' for t, d in PRIORITIES)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Our response strategy |
Merseyside Violence Reduction Partnership</title><style>{CSS}</style></head><body>
<div class="bar"><b>MERSEYSIDE <i>VRP</i></b><nav><span>About</span><span>Our work</span><span>Strategy</span>
<span>Data hub</span><span>Funding</span><span>News</span><span>Contact</span></nav></div>
<div class="cookie">We use cookies to make this site work and to see how you use it.<span>OK</span><span>Manage</span></div>
<div class="hero"><small>STRATEGY</small><h1>Serious violence response strategy 2025&ndash;2028</h1>
<div>Our plan under the Serious Violence Duty, agreed by all the specified authorities in Merseyside</div></div>
<div class="crumbs">Home / Our work / Strategy / Response strategy 2025&ndash;2028</div>
<div class="chips">Jump to: <span>Foreword</span><span>What young people told us</span><span>The Duty</span><span>Our approach</span><span>What the data tells us</span>
<span>Our priorities</span><span>Programmes</span><span>Measuring success</span><span>Governance</span></div>
<h2>About the Merseyside VRP</h2>
<p>The Merseyside Violence Reduction Partnership was established in 2019 and is hosted by the Police Commissioner.
It brings together the police, the five local authorities, the NHS, youth justice services, probation, the fire
and rescue service, education and the voluntary sector to prevent violence before it happens.</p>
<h2>Foreword</h2>
<p>Every act of serious violence leaves a family grieving or a young person carrying an injury, a memory or a
conviction for the rest of their life. Merseyside has shown that violence is not inevitable: fewer young people
are admitted to hospital with stab wounds than five years ago, and the navigators in our emergency departments
have worked with thousands of young people at the moment they were most ready to accept help.</p>
<p>But progress is fragile. Funding is short term, demand on services is rising and too many young people still
believe they need a knife to stay safe. This strategy sets out how the specified authorities of Merseyside will
work together over the next three years, using the Serious Violence Duty to make prevention everyone's
business.</p>
<p><i>Chair, Merseyside VRP Strategic Board</i></p>
<h2>What young people told us</h2>
<p>Our youth advisory group and 640 young people who answered our survey (illustrative) told us that they want
trusted adults, safe places to go after school and honest conversations about knives, not scare stories. Many
said they had seen violence online before they had seen it on their street.</p>
<h2>The Serious Violence Duty</h2>
<p>The Serious Violence Duty, which came into force in January 2023, requires specified authorities &ndash; the
police, councils, fire and rescue, youth offending teams, probation and integrated care boards &ndash; to work
together to prevent and reduce serious violence, to agree a local definition of serious violence, to publish a
strategic needs assessment and to publish a strategy. Education, prisons and youth custody are relevant
authorities that must co-operate.</p>
<p>For this strategy, serious violence means homicide, violence against the person that causes injury, knife and
gun crime, robbery and violence in public places, including in the night-time economy. Domestic abuse and sexual
violence are covered by the Merseyside VAWG strategy.</p>
<h2>Our approach</h2>
<p>We take a public health approach, treating violence as something that can be prevented, like a disease. It
has four steps:</p>
<div class="steps"><div><b>1. Define</b>the problem, using data from every partner</div><div><b>2. Identify</b> risk
and protective factors</div><div><b>3. Develop and test</b> interventions</div><div><b>4. Scale up</b> what
works</div></div>
<h2>What the data tells us</h2>
<p>Our 2024 strategic needs assessment (figures illustrative) found that:</p>
<ul><li>hospital admissions for assault with a sharp object fell by 12% over three years, but remain above the
national rate;</li><li>over half of knife crime victims and suspects were under 25;</li><li>one in five violent
incidents happened in the night-time economy, concentrated in Liverpool city centre, Southport and
Birkenhead;</li><li>young people excluded from school were many times more likely to be involved in violence;</li>
<li>frontline staff wanted more training in working with trauma.</li></ul>
<h3>Serious violence by borough, 2023/24 (illustrative)</h3>
<table><tr><th>Borough</th><th>Knife crime with injury</th><th>Hospital admissions for assault</th><th>Change
since 2021</th></tr><tr><td>Liverpool</td><td>412</td><td>305</td><td>&minus;9%</td></tr><tr><td>Sefton</td>
<td>118</td><td>96</td><td>&minus;4%</td></tr><tr><td>Knowsley</td><td>97</td><td>71</td><td>+3%</td></tr><tr>
<td>St Helens</td><td>74</td><td>58</td><td>&minus;6%</td></tr><tr><td>Wirral</td><td>131</td><td>102</td>
<td>&minus;11%</td></tr></table>
<h2>Our vision</h2>
<p>A Merseyside where violence is not inevitable, where young people grow up safe and where every partner plays
its part in preventing harm.</p>
<h2>Our priorities</h2>
<div class="pri">{callouts}</div>
<h2>Programmes</h2>
<div class="cards"><div><b>Navigators</b>Youth workers in A&amp;E and custody</div><div><b>Mentors in Violence
Prevention</b>Peer education in secondary schools</div><div><b>Focused deterrence</b>Support and enforcement for
groups involved in violence</div><div><b>Safer nights</b>Street pastors and venue training</div><div><b>Community
fund</b>Small grants for grassroots groups</div><div><b>Trauma-informed Merseyside</b>Training and supervision</div></div>
<h2>Measuring success</h2>
<p>The Home Office success measures for violence reduction are:</p>
<table><tr><td>Hospital admissions for assault with a knife or sharp object</td></tr><tr><td>Knife and sharp
object enabled serious violence recorded by the police</td></tr><tr><td>Homicides involving under-25s that are not
domestic</td></tr></table>
<h2>Governance</h2>
<p>The strategy is overseen by the Merseyside VRP Strategic Board, chaired by the Police Commissioner, and
delivered through the five community safety partnerships. Contact: vrp@merseysidevrp.example</p>
<div class="fb"><b>Was this page helpful?</b><span>Yes</span><span>No</span></div>
<footer><span>&copy; Merseyside VRP</span><span>Privacy</span><span>Accessibility</span><span>Cookies</span>
<span>Newsletter</span></footer>
</body></html>"""


def build(root: Path) -> Path:
    return print_page(page(), Path(root) / OUT, "mvrp_serious_violence")
