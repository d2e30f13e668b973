"""Safer Sefton Together partnership plan 2025-28 (fictional): the council's web page as a phone shows it, printed
with headless Chromium on a narrow 390 px page (one long column, hamburger menu, collapsed breadcrumbs). The six
priorities are a compact numbered list under "Our six priorities"; short theme names head the detail sections."""
from __future__ import annotations

from pathlib import Path

from .web import PRINT_BASE, esc, print_page

OUT = "strategies/safer_sefton_together_partnership_plan_2025-28.pdf"

PRIORITIES = [
    "Anti-social behaviour and environmental crime",
    "Domestic abuse and violence against women and girls",
    "Serious violence and knife crime",
    "Exploitation of children and vulnerable adults",
    "Drug and alcohol related harm",
    "Road safety and off-road bikes",
]

DETAIL = [
    ("ASB", "Neighbourhood tasking in Bootle, Netherton and Southport town centre; joint patrols with the council's "
     "environmental enforcement officers on fly-tipping, graffiti and nuisance; mediation for neighbour disputes; "
     "and the anti-social behaviour case review for residents who have reported three times or more."),
    ("Domestic abuse", "A single point of contact for survivors, more IDVAs at Southport and Formby Hospital, the "
     "Drive programme for high-harm perpetrators and a Sefton campaign on safety in public places."),
    ("Violence", "Our Serious Violence Duty needs assessment, detached youth work in the hotspots it identifies, "
     "knife crime lessons in every secondary school and hospital navigators in A&E."),
    ("Exploitation", "A single Sefton exploitation panel for children and adults: child criminal and sexual "
     "exploitation, county lines, cuckooing and modern slavery, with disruption plans for the places where "
     "exploitation happens."),
    ("Drugs and alcohol", "More people into treatment from police custody and probation, naloxone for families and "
     "hostels, alcohol care in A&E and lessons from every drug-related death review."),
    ("Roads", "Community Speedwatch in six wards, an off-road bike reporting campaign with Merseyside Police's "
     "Operation Medusa teams and road safety education for young drivers."),
]

CSS = PRINT_BASE + """
@page{size:390px 844px;margin:0}
body{font-family:'Liberation Sans',sans-serif;font-size:15px;line-height:1.5;color:#0b0c0c;width:390px}
.bar{background:#005ea5;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:12px 14px}
.bar .logo{font-weight:bold;font-size:19px;letter-spacing:.3px}.bar .logo small{display:block;font-size:10px;font-weight:normal}
.bar .icons{font-size:13px}.burger{display:inline-block;border:2px solid #fff;padding:2px 8px;margin-left:8px;font-weight:bold}
.cookie{background:#f3f2f1;padding:14px;border-bottom:4px solid #005ea5;font-size:14px}
.cookie h2{font-size:17px;margin:0 0 6px;border:0}.cookie .b{display:block;text-align:center;background:#00703c;color:#fff;
padding:9px;margin:8px 0 0;font-weight:bold}.cookie .b.alt{background:#fff;color:#0b0c0c;border:2px solid #0b0c0c}
.back{padding:10px 14px;font-size:14px;text-decoration:underline}
main{padding:0 14px 10px}
h1{font-size:27px;line-height:1.15;margin:6px 0 10px}
.meta{color:#505a5f;font-size:13px}
.jump{border:2px solid #0b0c0c;padding:9px 12px;margin:12px 0;font-weight:bold;display:flex;justify-content:space-between}
h2{font-size:21px;margin:22px 0 8px;line-height:1.2}
h3{font-size:17px;margin:14px 0 4px}
ol.six{break-inside:avoid;list-style:none;padding:0;margin:8px 0;counter-reset:n}
ol.six li{counter-increment:n;position:relative;padding:9px 6px 9px 46px;border-bottom:1px solid #b1b4b6;font-weight:bold;font-size:16px}
ol.six li:before{content:counter(n);position:absolute;left:4px;top:8px;width:30px;height:30px;border-radius:50%;
background:#005ea5;color:#fff;text-align:center;line-height:30px;font-size:14px}
.acc{border-top:1px solid #b1b4b6;padding:10px 0;font-weight:bold;display:flex;justify-content:space-between}
.acc.open{border-bottom:0}.acc span{color:#005ea5;font-size:20px;line-height:1}
.panel{padding:0 0 10px;font-size:14px}
.stat{background:#e8f1f8;border-left:6px solid #005ea5;padding:10px 12px;margin:10px 0}.stat b{font-size:26px;display:block}
.inset{border-left:8px solid #b1b4b6;padding:4px 12px;margin:12px 0;font-size:14px}
.useful{background:#f3f2f1;padding:12px;margin:18px 0;font-size:14px}.useful .b{display:inline-block;border:2px solid #0b0c0c;
padding:4px 16px;margin:6px 8px 0 0;background:#fff}
footer{background:#f3f2f1;border-top:3px solid #005ea5;padding:14px;font-size:13px}
footer ul{padding-left:0;list-style:none;margin:0 0 10px}footer li{padding:3px 0;text-decoration:underline}
"""


def page() -> str:
    six = "".join(f"<li>{esc(t)}</li>" for t in PRIORITIES)
    detail = "".join(f'<div class="acc open">{esc(h)}<span>&minus;</span></div><div class="panel">{esc(b)}</div>'
                     for h, b in DETAIL)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Safer Sefton Together partnership plan
2025 to 2028 - Sefton Council</title><style>{CSS}</style></head><body>
<div class="cookie"><h2>Cookies on sefton.gov.uk</h2>We use some essential cookies to make this website work.
We'd also like to use analytics cookies so we can understand how you use the service and make improvements.
<span class="b">Accept analytics cookies</span><span class="b alt">Reject analytics cookies</span></div>
<div class="bar"><div class="logo">Sefton Council<small>sefton.gov.uk</small></div><div class="icons">Search
<span class="burger">&#9776; Menu</span></div></div>
<div class="back">&lsaquo; Back to Community safety</div>
<main>
<h1>Safer Sefton Together: partnership plan 2025 to 2028</h1>
<p class="meta">Last updated: Thursday 6 March 2025</p>
<div class="jump">On this page <span>&#9662;</span></div>
<p>Safer Sefton Together is Sefton's community safety partnership. It brings together Sefton Council, Merseyside
Police, Merseyside Fire and Rescue Service, the Probation Service, the NHS and voluntary, community and faith
organisations to make Sefton a safe place to live, work and visit.</p>
<p>Each year we carry out a strategic needs assessment, analysing local, regional and national data and listening
to our communities. This plan sets out the partnership's priorities for the next three years, the work already
under way and the work we have planned.</p>
<h2>What the assessment told us</h2>
<div class="stat"><b>14,900</b>anti-social behaviour incidents reported in 2023/24 (illustrative)</div>
<div class="stat"><b>+11%</b>rise in domestic abuse incidents since 2021 (illustrative)</div>
<div class="stat"><b>62</b>knife crime offences with injury, most in Bootle and Litherland (illustrative)</div>
<p>Residents in the north of the borough worried most about anti-social behaviour and speeding; in the south, about
drug dealing and off-road bikes. Young people told us that they did not know where to go for help if a friend was
being exploited.</p>
<h3>Our previous priorities</h3>
<p>Between 2022 and 2025 the partnership focused on <i>community cohesion</i>, <i>domestic abuse</i>, <i>serious and
organised crime</i> and <i>anti-social behaviour</i>. Our annual report explains what changed.</p>
<h2>Our six priorities</h2>
<p>The partnership has agreed six priorities for 2025 to 2028:</p>
<ol class="six">{six}</ol>
<p>These priorities are not separate from one another: there is a great deal of cross-over between them, and we
may re-focus if new trends emerge through our annual needs assessment.</p>
<h2>What we will do</h2>
{detail}
<div class="inset">The partnership also has statutory roles in Prevent, the Channel panel and domestic homicide
reviews. These continue alongside the plan.</div>
<h2>Related pages</h2>
<p>Report anti-social behaviour<br>Domestic abuse support in Sefton<br>Merseyside Police and Crime Plan<br>
Community Speedwatch</p>
<div class="useful"><b>Is this page useful?</b><br><span class="b">Yes</span><span class="b">No</span>
<br>Report a problem with this page</div>
</main>
<footer><ul><li>Contact the council</li><li>Accessibility</li><li>Cookies</li><li>Privacy</li><li>Jobs</li></ul>
&copy; Sefton Metropolitan Borough Council</footer>
</body></html>"""


def build(root: Path) -> Path:
    return print_page(page(), Path(root) / OUT, "sefton_csp")
