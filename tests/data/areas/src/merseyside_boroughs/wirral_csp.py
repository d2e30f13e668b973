"""Safer Wirral Partnership Board community safety strategy 2025-30 (fictional): a page of a partnership website
printed with headless Chromium (A4) with a left "In this section" menu, a Quick exit button and a two-level
header. The nine priorities are a plain numbered list of bare topics ("1. Anti-social behaviour"); the four
principles just before them are a second numbered list, and the delivery table uses short themes."""
from __future__ import annotations

from pathlib import Path

from .web import PRINT_BASE, print_page, table

OUT = "strategies/safer_wirral_partnership_community_safety_strategy_2025-30.pdf"

PRIORITIES = ["Anti-social behaviour", "Violent crime", "Domestic abuse", "Drugs and alcohol", "Hate crime",
              "Modern slavery", "Prevent", "Road safety", "Coastal and inland water safety"]

CSS = PRINT_BASE + """
@page{size:A4;margin:11mm 12mm}
body{font-family:'DejaVu Sans',sans-serif;font-size:9.3pt;color:#1a1a2e;line-height:1.5}
.strip{background:#0c1f3f;color:#c7d3ea;font-size:8pt;padding:4px 10px;display:flex;justify-content:space-between}
.exit{background:#d4351c;color:#fff;font-weight:bold;padding:5px 12px;font-size:9pt}
.head{display:flex;justify-content:space-between;align-items:center;padding:12px 10px;border-bottom:1px solid #ccd}
.brand{font-family:'DejaVu Serif',serif;font-size:15pt;color:#0c1f3f}.brand b{color:#1c7c8c}
.menu{display:flex;gap:0;background:#1c7c8c;font-size:8.6pt}.menu span{color:#fff;padding:6px 10px;border-right:1px solid #5fa9b5}
.cookie{background:#fff8d6;border-bottom:1px solid #e0c560;padding:7px 10px;font-size:8.4pt}
.cookie u{margin-left:10px}
.crumbs{font-size:8pt;color:#555;padding:6px 10px}
.grid{display:flex;gap:16px;padding:0 10px}
.left{width:150px;font-size:8.6pt}.left .sec{background:#eef5f6;border-left:4px solid #1c7c8c;padding:8px}
.left .sec b{display:block;margin-bottom:4px}.left ul{list-style:none;padding:0;margin:0}.left li{padding:3px 0;border-bottom:1px solid #d6e6e8}
.left li.on{font-weight:bold;color:#1c7c8c}
.body{flex:1}
h1{font-size:18pt;margin:2px 0 8px;color:#0c1f3f}
h2{font-size:12.5pt;color:#1c7c8c;margin:14px 0 5px}
.otp{border:1px solid #ccd;padding:6px 10px;font-size:8.6pt;margin:8px 0}.otp b{display:block}
ol.plain.prio{break-inside:avoid}
ol.plain{margin:4px 0 8px;padding-left:22px}ol.plain li{padding:1px 0}
.figs{display:grid;grid-template-columns:repeat(4,1fr);gap:6px}.figs div{border-top:3px solid #1c7c8c;background:#f5f7fa;padding:6px;font-size:8.3pt}
.figs b{display:block;font-size:13pt;color:#0c1f3f}
table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:6px 0}th{background:#0c1f3f;color:#fff;text-align:left;padding:4px 6px}
td{border:1px solid #d5dbe5;padding:4px 6px;vertical-align:top}
.dl{background:#eef5f6;padding:8px 10px;margin:10px 0}
.fb{border-top:2px solid #1c7c8c;margin-top:14px;padding-top:6px;font-size:8.8pt}
.fb span{border:1px solid #1c7c8c;padding:1px 10px;margin-left:6px}
footer{margin-top:12px;background:#0c1f3f;color:#c7d3ea;padding:10px;font-size:8pt;display:flex;gap:26px}
"""


def page() -> str:
    prio = "".join(f"<li>{p}</li>" for p in PRIORITIES)
    delivery = table(["Theme", "Highlights of the 2025/26 delivery plan", "Lead"], [
        ("ASB", "Problem-solving plans for Birkenhead town centre, New Ferry and Seacombe", "Wirral Council / Police"),
        ("Violence", "Serious Violence Duty needs assessment refresh; A&E navigators at Arrowe Park", "SV group"),
        ("DA", "Multi-agency domestic abuse hub; Drive programme for high-risk perpetrators", "DA Alliance"),
        ("Substance misuse", "Treatment referrals from custody; naloxone; alcohol care team; drug death reviews",
         "Public Health"),
        ("Hate", "Third-party reporting centres in libraries; hate crime awareness week", "Community Cohesion group"),
        ("Exploitation", "Modern slavery champions in every partner; car wash and nail bar visits", "Police / Council"),
        ("Prevent", "Prevent duty training for schools and colleges; Channel panel", "Prevent board"),
        ("Roads", "Community Speedwatch; young driver education", "Road Safety group"),
        ("Water", "Lifeguard cover at New Brighton and West Kirby; open water safety in schools", "MFRS / RNLI"),
    ])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Community Safety Strategy -
Safer Wirral Partnership</title><style>{CSS}</style></head><body>
<div class="strip"><span>Wirral Safeguarding and Community Safety</span><span class="exit">Quick exit &times;</span></div>
<div class="cookie">This site uses cookies to store information on your computer. Some are essential; others help
us improve your experience.<u>Accept</u><u>Decline</u><u>Read our cookie policy</u></div>
<div class="head"><div class="brand">Safer <b>Wirral</b> Partnership</div><div>Search &#128269;</div></div>
<div class="menu"><span>Home</span><span>About us</span><span>Community safety</span><span>Domestic abuse</span>
<span>Safeguarding adults</span><span>Safeguarding children</span><span>Training</span><span>Contact</span></div>
<div class="crumbs">Home &raquo; Community safety &raquo; Community Safety Strategy</div>
<div class="grid"><div class="left"><div class="sec"><b>In this section</b><ul><li>Safer Wirral Partnership Board</li>
<li class="on">Community Safety Strategy</li><li>Strategic needs assessment</li><li>Domestic homicide reviews</li>
<li>Anti-social behaviour case review</li><li>Prevent</li><li>Hate crime</li><li>Annual reports</li></ul></div></div>
<div class="body">
<h1>Community Safety Strategy 2025&ndash;2030</h1>
<div class="otp"><b>On this page</b>Introduction &middot; Foreword &middot; What has changed since 2020 &middot; Wirral in figures &middot; What residents told us &middot;
Our principles &middot; Our priorities &middot; Delivery &middot; Other responsibilities &middot; Links with
the safeguarding partnerships</div>
<h2>Introduction</h2>
<p>The Safer Wirral Partnership Board (SWPB) is a multi-agency group of organisations who work together to make
Wirral a safe place to live, work and visit. It includes the council, Merseyside Police, the Police Commissioner's
office, Merseyside Fire and Rescue Service, the Probation Service, housing providers, public health and a range of
voluntary and community sector organisations.</p>
<p>The Board has refreshed its five-year community safety strategy following the 2024 strategic needs
assessment. The strategy sets out the Board's priorities and how it will achieve them, and is supported by an
annual delivery plan and a performance framework reported to the Board every quarter.</p>
<p>Wirral is a borough of contrasts. Some of the most deprived neighbourhoods in England sit a few miles from
some of the least, and crime and harm follow the same pattern: a small number of streets in Birkenhead, Seacombe
and Leasowe account for a large share of the calls the police and council receive. The strategy therefore asks
every partner to focus its effort where harm is greatest, while keeping the whole borough safe.</p>
<h2>Foreword from the Chair of the Board</h2>
<p>Community safety is everybody's business. When residents tell us they do not feel safe walking to the station,
when a family is targeted because of who they are, or when a young person is drawn into carrying drugs across
the Mersey, every organisation on this Board has a part to play in the answer.</p>
<p>This strategy builds on five years of partnership work that has seen new domestic abuse services, a
nationally recognised approach to reducing violence in the night-time economy and thousands of hours of patrols
in the places residents worry about most. It also recognises that budgets are tighter than ever, and that we will
only succeed if we share information, pool resources and listen to the communities we serve.</p>
<p>I would like to thank everyone who responded to the consultation and the frontline staff who helped us
understand what is really happening on Wirral's streets, in its homes and along its coast.</p>
<p><i>Chair, Safer Wirral Partnership Board</i></p>
<h2>What has changed since 2020</h2>
<p>The 2020&ndash;2025 strategy had four priority themes: <em>Safer town centres</em>, <em>Reducing
violence</em>, <em>Protecting vulnerable people</em> and <em>Stronger communities</em>. Over that period the
partnership:</p>
<ul><li>opened a domestic abuse one-stop shop in Birkenhead and doubled the number of IDVAs;</li>
<li>introduced a public spaces protection order in New Brighton and Liscard;</li>
<li>trained more than 2,000 staff in exploitation and modern slavery awareness (illustrative);</li>
<li>set up a multi-agency response to off-road bikes with Merseyside Police.</li></ul>
<p>The Serious Violence Duty (2023) and the national combating drugs strategy have since given the partnership
new responsibilities, and the refreshed strategy reflects them.</p>
<h2>Wirral in figures</h2>
<div class="figs"><div><b>322,000</b>residents</div><div><b>9,870</b>ASB incidents, 2023/24</div><div><b>5,140</b>
domestic abuse incidents</div><div><b>38 km</b>of coastline</div></div>
<p style="font-size:8pt;color:#555">Figures are illustrative and rounded.</p>
<h2>What residents told us</h2>
<p>Our residents' survey (1,430 responses, illustrative) asked what would make people feel safer. The answers
most often given were more visible patrols, quicker action on anti-social behaviour, tackling drug dealing and
speeding, and better lighting in parks and on the routes to train stations. Young people asked for more places to
go in the evening and for adults to take online harm seriously.</p>
<p>Residents of coastal wards raised a concern that is particular to Wirral: the risk to visitors and young people
on the beaches, the marine lakes and the docks in summer. After two deaths in open water in 2023, the Board agreed
to make water safety part of its strategy.</p>
<h2>Our principles</h2>
<p>Everything the Board does is underpinned by four key principles:</p>
<ol class="plain"><li><b>A public health approach</b> &ndash; early intervention and prevention, and the wider
determinants of crime such as employment, housing and health.</li><li><b>Resident engagement</b> &ndash; working
with local communities to understand local priorities.</li><li><b>Collaboration</b> &ndash; sharing data and
intelligence across agencies.</li><li><b>Supporting victims</b> &ndash; reducing repeat victimisation and
recognising that people who harm others have often been victims too.</li></ol>
<h2>Our priorities</h2>
<p>The priorities for the next five years are:</p>
<ol class="plain prio">{prio}</ol>
<h2>Delivery</h2>
{delivery}
<h2>Other responsibilities</h2>
<p>The Board also oversees the borough's statutory responsibilities for domestic homicide reviews, the Serious
Violence Duty, emergency planning and resilience, and the anti-social behaviour case review. These are reported
to the Board but are not strategy priorities.</p>
<h2>Links with the safeguarding partnerships</h2>
<p>The Wirral Safeguarding Children Partnership and the Wirral Safeguarding Adults Partnership Board work closely
with the SWPB. The children's partnership receives an annual report from the SWPB on exploitation, serious youth
violence and domestic abuse affecting children.</p>
<div class="dl"><b>Download:</b> Community Safety Strategy 2025&ndash;2030 (PDF, 2.2 MB) &middot; Delivery plan
2025/26 (Excel, 96 KB)</div>
<div class="fb"><b>Did you find what you were looking for?</b><span>Yes</span><span>No</span></div>
</div></div>
<footer><span>Safer Wirral Partnership</span><span>Privacy notice</span><span>Accessibility</span><span>Cookies</span>
<span>Sitemap</span></footer>
</body></html>"""


def build(root: Path) -> Path:
    return print_page(page(), Path(root) / OUT, "wirral_csp")
