"""St Helens Community Safety Partnership strategy 2025-28 (fictional): a borough council web page printed with
headless Chromium (A4), with a hero banner, breadcrumbs under it and, near the top of page 1, a two-column grid of
link tiles. The five priorities are the tile titles (each with a summary and a "Find out more" link); short themes head the delivery
table."""
from __future__ import annotations

from pathlib import Path

from .web import PRINT_BASE, esc, print_page, table

OUT = "strategies/st_helens_community_safety_partnership_strategy_2025-28.pdf"

PRIORITIES = [
    ("Reduce anti-social behaviour in our town centres and neighbourhoods",
     "Problem-solving in the places with most repeat calls, from St Helens town centre to Parr and Thatto Heath."),
    ("Tackle domestic abuse and sexual violence",
     "Earlier help for victims, a whole-family approach and firm action against perpetrators."),
    ("Reduce serious violence and weapon-related crime",
     "Our local Serious Violence Duty plan: education, outreach and focused deterrence."),
    ("Tackle hate crime and support those affected",
     "Reporting made easier, with caseworkers for victims and a fast response to tensions."),
    ("Cut retail crime and shop theft in St Helens town centre",
     "A retail crime partnership with traders, shared radio and banning orders for prolific offenders."),
]

CSS = PRINT_BASE + """
@page{size:A4;margin:9mm 11mm 12mm}
body{font-family:'Liberation Sans',sans-serif;font-size:10pt;color:#222;line-height:1.45}
.top{display:flex;justify-content:space-between;align-items:center;padding:8px 4px;border-bottom:1px solid #ddd}
.logo{font-weight:bold;font-size:15pt;color:#00594f}.logo em{font-style:normal;color:#e35205}
.links{font-size:8.5pt;display:flex;gap:14px}.links span{border:1px solid #00594f;padding:3px 8px;border-radius:14px}
.nav{background:#00594f;color:#fff;font-size:9pt;padding:7px 8px;display:flex;gap:14px}
.cookie{background:#fdf0e7;border:1px solid #e35205;padding:7px 10px;font-size:8.5pt;margin:6px 0}
.cookie span{background:#e35205;color:#fff;padding:2px 8px;margin-left:6px;border-radius:3px}
.hero{background:#00594f;color:#fff;padding:22px 18px 18px;margin-top:6px;border-radius:0 0 40px 0}
.hero h1{margin:0;font-size:21pt;line-height:1.15}.hero p{margin:6px 0 0;color:#cfe7e3}
.crumb{font-size:8.5pt;color:#555;padding:6px 2px}
.cols{display:flex;gap:16px}.main{flex:1}.side{width:150px;font-size:8.8pt}
h2{color:#00594f;font-size:14pt;margin:14px 0 6px}
h3{font-size:10.5pt;margin:10px 0 3px}
.tiles{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin:8px 0;break-inside:avoid}
.tile{border:1px solid #cfd8d6;border-bottom:4px solid #e35205;padding:10px 12px;background:#fbfdfc}
.tile h3{margin:0 0 5px;color:#00594f;font-size:11pt;line-height:1.25;text-decoration:underline}
.tile p{margin:0;font-size:9pt;color:#444}.tile .more{display:block;margin-top:6px;font-size:8.5pt;font-weight:bold;color:#e35205}
.pcc{background:#f1f5f4;padding:8px 12px;font-size:9pt}
table{border-collapse:collapse;width:100%;font-size:8.8pt}th{background:#e6efed;text-align:left;padding:4px 6px}
td{border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top}
.side .box{border-top:4px solid #00594f;background:#f4f4f4;padding:8px;margin-bottom:10px}
.side h4{margin:0 0 5px}.side ul{margin:0;padding-left:14px}
.rate{border:1px dashed #999;padding:8px;margin:14px 0;font-size:9pt}
footer{border-top:6px solid #e35205;background:#00463e;color:#dfeeea;font-size:8.3pt;padding:10px;display:flex;gap:24px}
"""


def page() -> str:
    tiles = "".join(f'<div class="tile"><h3>{esc(t)}</h3><p>{esc(d)}</p><span class="more">Find out more '
                    f'&rsaquo;</span></div>' for t, d in PRIORITIES)
    delivery = table(["Theme", "What we will do in 2025/26", "When"], [
        ("Neighbourhoods", "Launch a town centre public spaces protection order review", "Summer 2025"),
        ("Domestic abuse", "Open a second refuge for women and children", "Spring 2026"),
        ("Violence", "Knife crime workshops for every Year 8 pupil", "Autumn 2025"),
        ("Hate crime", "Ten new third-party reporting centres", "Winter 2025"),
        ("Retail", "Shared radio scheme for 60 town centre shops", "Summer 2025"),
    ])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Community Safety Partnership
strategy | St Helens Borough Council</title><style>{CSS}</style></head><body>
<div class="top"><div class="logo">St Helens <em>Borough Council</em></div><div class="links"><span>A to Z of
services</span><span>Sign in</span><span>Search</span></div></div>
<div class="cookie"><b>Your cookie choices.</b> We use cookies to give you the best experience on our website.
<span>Accept all</span><span>Settings</span></div>
<div class="nav"><span>Home</span><span>Residents</span><span>Business</span><span>Council and democracy</span>
<span>Health and social care</span><span>Community safety</span></div>
<div class="hero"><h1>Community Safety Partnership strategy 2025 to 2028</h1><p>Working together for a safer St
Helens borough</p></div>
<div class="crumb">You are here: Home / Community safety / Community Safety Partnership / Strategy 2025 to 2028</div>
<div class="cols"><div class="main">
<p><b>St Helens Community Safety Partnership</b> is made up of the council, Merseyside Police, Merseyside Fire and
Rescue Service, the Probation Service, NHS partners, Torus housing and the voluntary sector. Together we are
responsible for reducing crime and disorder, anti-social behaviour, substance misuse and reoffending in the
borough.</p>
<h2>Our priorities</h2>
<p>The partnership board has agreed five priorities for 2025 to 2028. Select a priority to find out what we will do and how we will measure it.</p>
<div class="tiles">{tiles}</div>
<h2>Contents</h2>
<p>About this strategy &middot; Why our priorities have changed &middot; Delivering the
strategy &middot; The Police and Crime Plan &middot; Governance and contacts</p>
<h2>About this strategy</h2>
<p>This strategy replaces the Safer St Helens plan 2021 to 2024. It sets out the partnership's priorities for
the next three years, based on our 2024 strategic assessment, a public consultation that drew 960 responses and
workshops with frontline staff (figures illustrative).</p>
<p>It will be reviewed every year. Where new problems emerge, the partnership board can add time-limited
pieces of work without changing its priorities.</p>
<h3>What the strategic assessment found</h3>
<ul><li>Anti-social behaviour fell overall but rose by 14% in the town centre (illustrative).</li>
<li>Reported domestic abuse rose for the third year running; sexual offences rose by 9% (illustrative).</li>
<li>Weapon-related offences remain low compared with Liverpool, but have risen among under-18s.</li>
<li>Shop theft in the town centre almost doubled in two years (illustrative).</li>
<li>Hate incidents, mostly racially motivated, rose after national events in summer 2024.</li></ul>
<h2>Why our priorities have changed</h2>
<p>The 2021 to 2024 plan had four priorities: <em>Safer places</em>, <em>Protecting vulnerable people</em>,
<em>Reducing reoffending</em> and <em>Tackling substance misuse</em>. Reoffending is now led by the Merseyside
Reducing Reoffending Board and substance misuse by the St Helens Combating Drugs Partnership, so they are not
repeated here; the partnership will support both through its delivery groups.</p>
<p>Retail crime and hate crime are new. Both were raised by residents, traders and councillors during the
consultation and both have risen in the data.</p>

<h2>Delivering the strategy</h2>
<p>Each priority has a delivery group that reports to the partnership board every quarter. Highlights of the
2025/26 delivery plan:</p>
{delivery}
<h2>The Police and Crime Plan</h2>
<div class="pcc">The Police Commissioner for Merseyside's plan for 2025 to 2029 sets six priorities, including
<em>Safer neighbourhoods, free from anti-social behaviour</em> and <em>Ending violence against women and
girls</em>. Our strategy supports the plan, and the Commissioner funds some of our work through the community
safety grant.</div>
<h2>Governance and contacts</h2>
<p>The partnership board is chaired by the council's Executive Director of Communities and reports to the
Overview and Scrutiny Commission each year. Contact: community.safety@sthelens.example.</p>
<div class="rate"><b>Was this page useful?</b> &nbsp;&#9733; &#9733; &#9733; &#9733; &#9733; &nbsp; Tell us how we
could improve it.</div>
</div>
<div class="side"><div class="box"><h4>In this section</h4><ul><li>Community Safety Partnership</li>
<li>Anti-social behaviour</li><li>Domestic abuse</li><li>Hate crime</li><li>CCTV</li></ul></div>
<div class="box"><h4>Downloads</h4><ul><li>Strategy 2025 to 2028 (PDF, 1.8 MB)</li><li>Strategic assessment
summary (PDF, 640 KB)</li></ul></div></div></div>
<footer><span>&copy; St Helens Borough Council</span><span>Accessibility</span><span>Privacy</span>
<span>Cookies</span><span>Contact us</span></footer>
</body></html>"""


def build(root: Path) -> Path:
    return print_page(page(), Path(root) / OUT, "st_helens_csp")
