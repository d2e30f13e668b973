"""Liverpool Community Safety Partnership strategy 2025-28 (fictional): a page of a city council website printed
with headless Chromium (A4). The priorities are full-width group header rows of a table in the main content, each
followed by a row with what it means and the lead group; the page also quotes the Police Commissioner's
priorities, the previous priorities and an action plan whose first column is a short theme."""
from __future__ import annotations

from pathlib import Path

from .web import PRINT_BASE, esc, print_page, table, ul

OUT = "strategies/liverpool_community_safety_partnership_strategy_2025-28.pdf"

PRIORITIES = [
    ("Reduce anti-social behaviour and the harm it causes to residents",
     "Target the streets and parks with the most repeat calls, support repeat victims and use tenancy and civil "
     "powers early.", "Neighbourhoods group"),
    ("Tackle serious violence, including knife crime and gun crime",
     "Deliver our Serious Violence Duty plan with the Violence Reduction Partnership, from schools to A&E.",
     "Violence and exploitation group"),
    ("Disrupt drug dealing and county lines in our neighbourhoods",
     "Close cannabis farms and trap houses, act on community intelligence and protect people who are cuckooed.",
     "Violence and exploitation group"),
    ("Make the city centre and night-time economy safe for women and girls",
     "Safe havens, trained bar staff, better lighting and a night-time street marshal scheme.",
     "City centre group"),
    ("Reduce the harm caused by drug and alcohol misuse",
     "More people in treatment, naloxone in every hostel and an alcohol care team at the Royal.",
     "Health and harm group"),
    ("Protect people from radicalisation through Prevent",
     "Referral routes everyone understands, Channel panel support and training for frontline staff.",
     "Prevent board"),
]

CSS = PRINT_BASE + """
@page{size:A4;margin:12mm 13mm}
body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222;line-height:1.5}
.cookie{background:#1b1b1b;color:#fff;padding:10px 14px;font-size:8.5pt}
.cookie b{font-size:10pt}.cookie .b{display:inline-block;background:#ffdd00;color:#000;padding:3px 10px;margin:6px 8px 0 0;font-weight:bold}
.cookie .l{text-decoration:underline}
header{border-bottom:6px solid #c8102e;padding:10px 14px;display:flex;align-items:center;gap:16px}
.logo{font-family:'DejaVu Serif',serif;font-size:16pt;font-weight:bold;color:#c8102e;line-height:1}
.logo span{display:block;font-size:8pt;color:#444;font-family:'DejaVu Sans';font-weight:normal;letter-spacing:2px}
.search{flex:1;border:2px solid #222;padding:5px 8px;color:#777;font-size:9pt}
.acct{font-size:8.5pt}
nav.top{background:#f2f2f2;padding:6px 14px;font-size:8.5pt;display:flex;gap:16px;font-weight:bold}
.crumbs{font-size:8pt;padding:8px 14px;color:#444}.crumbs a{text-decoration:underline}
main{padding:0 14px}
h1{font-size:19pt;margin:4px 0 2px;line-height:1.2}
.sub{color:#555;font-size:9pt;margin-bottom:8px}
.onthis{background:#f7f7f7;padding:8px 12px;margin:10px 0;font-size:8.8pt;columns:2}
.onthis b{column-span:all;display:block;margin-bottom:3px}
h2{font-size:13.5pt;margin:16px 0 6px;border-bottom:1px solid #ccc;padding-bottom:2px}
h3{font-size:10.5pt;margin:10px 0 3px}
table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:8.8pt}
th{background:#c8102e;color:#fff;text-align:left;padding:5px 6px}
td{border-bottom:1px solid #ddd;padding:5px 6px;vertical-align:top}
table.prio{break-inside:avoid}
table.prio tr.ph th{background:#f6e3e6;color:#7a0a1c;font-size:9.6pt;border-top:2px solid #c8102e}
table.prio td.lead{width:28%;color:#555}
table.act td:first-child{color:#c8102e;font-weight:bold;white-space:nowrap}
.inset{border-left:5px solid #ffdd00;background:#fffbe0;padding:6px 12px;margin:8px 0}
.inset ul{margin:4px 0;padding-left:18px}
.share{font-size:8.5pt;color:#555;margin:10px 0}
.useful{display:flex;gap:12px;align-items:center;background:#eef3f8;padding:8px 12px;font-size:9pt;margin:14px 0}
.useful span{border:1px solid #333;padding:2px 12px;background:#fff}
footer{background:#222;color:#ddd;padding:12px 14px;font-size:8pt;display:grid;grid-template-columns:repeat(4,1fr);gap:10px}
footer b{color:#fff;display:block;margin-bottom:3px}
"""


def page() -> str:
    rows = "".join(f'<tr class="ph"><th colspan="2" scope="rowgroup">{esc(t)}</th></tr>'
                   f'<tr><td>{esc(w)}</td><td class="lead">{esc(l)}</td></tr>' for t, w, l in PRIORITIES)
    prio = (f'<table class="prio"><thead><tr><th scope="col">What this means</th><th scope="col">Lead group</th>'
            f'</tr></thead><tbody>{rows}</tbody></table>')
    actions = table(["Theme", "Action 2025/26", "Partner lead", "Due"], [
        ("ASB", "Hotspot patrol plans for the ten wards with most repeat calls", "Merseyside Police", "Jun 2025"),
        ("ASB", "Publish the anti-social behaviour case review process in plain English", "Council", "Sep 2025"),
        ("Violence", "Bleed control kits in every city centre licensed premise", "VRP", "Dec 2025"),
        ("Drugs", "Closure orders on premises linked to county lines", "Police / Council", "Ongoing"),
        ("Women's safety", "Safe havens open every Friday and Saturday night", "BID / Council", "Jul 2025"),
        ("Harm", "Naloxone offered in every supported housing scheme", "Public Health", "Mar 2026"),
        ("Prevent", "Refresh the Prevent training offer for schools", "Prevent board", "Jan 2026"),
    ], "act")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Community safety strategy
2025 to 2028 - Liverpool City Council</title><style>{CSS}</style></head><body>
<div class="cookie"><b>Can we store analytics cookies on your device?</b><br>Analytics cookies help us understand
how our website is being used.<br><span class="b">Yes</span><span class="b">No</span><span class="l">How we use
cookies</span></div>
<header><div class="logo">Liverpool<span>CITY COUNCIL</span></div><div class="search">Search liverpool.gov.uk</div>
<div class="acct">My account &middot; Report it &middot; Pay it</div></header>
<nav class="top"><span>Bins and recycling</span><span>Council tax</span><span>Housing</span><span>Parking</span>
<span>Schools</span><span>Social care</span><span>Community safety</span><span>Council and democracy</span></nav>
<div class="crumbs"><a>Home</a> &gt; <a>Community safety</a> &gt; <a>Community Safety Partnership</a> &gt;
Community safety strategy 2025 to 2028</div>
<main>
<h1>Community safety strategy 2025 to 2028</h1>
<p class="sub">Liverpool Community Safety Partnership &middot; Page last updated: 22 May 2025</p>
<div class="onthis"><b>On this page</b>About the partnership<br>Foreword from the chair<br>Our vision<br>What our assessment found<br>Our priorities<br>
How this links to other plans<br>Our previous priorities<br>Action plan 2025/26<br>Measuring progress<br>Contact
the partnership</div>
<h2>About the partnership</h2>
<p>Liverpool Community Safety Partnership brings together the council, Merseyside Police, Merseyside Fire and
Rescue Service, the Probation Service, the NHS Cheshire and Merseyside Integrated Care Board and the city's
voluntary sector. We have a legal duty under the Crime and Disorder Act 1998 to work together to reduce crime and
disorder, substance misuse and reoffending, and, since 2023, serious violence.</p>
<p>This strategy runs from April 2025 to March 2028. It is refreshed each year after our strategic assessment,
and our delivery groups publish an action plan each spring. The full strategy can be downloaded as a PDF at the
bottom of this page.</p>
<h2>Foreword from the chair</h2>
<p>Liverpool is a safer city than it was a decade ago, but that is no comfort to the family kept awake by
motorbikes on the estate, the shopkeeper threatened for asking a customer to pay, or the young person who carries a
knife because he believes everyone else does. This strategy is about them.</p>
<p>Over the last three years our partners have shown what is possible when we share information and act early:
fewer repeat calls to the same addresses, more people in treatment and a night-time economy that has won national
recognition for its work with venues. We now need to go further, and to do it with less money. That means
focusing on the harms residents tell us matter most and that no single organisation can fix alone.</p>
<p>I want to thank the residents, community groups and young people who told us what feels unsafe and what would
help. Their words shaped every section of this strategy.</p>
<p><i>Chair, Liverpool Community Safety Partnership</i></p>
<h2>Our vision</h2>
<p>A city where everyone feels safe at home, in their neighbourhood and when they go out; where harm is prevented
before it happens; and where people who need help get it quickly from whichever partner they turn to first.</p>
<h3>How we will work</h3>
<ul><li><b>Evidence led:</b> we go where the data and residents tell us harm is concentrated.</li>
<li><b>Trauma informed:</b> we recognise that many people who cause harm have been harmed themselves.</li>
<li><b>One front door:</b> partners share information so that residents tell their story once.</li>
<li><b>Young people's voice:</b> children and young people help design the services meant for them.</li></ul>
<h2>What our assessment found</h2>
<p>Our 2024 strategic assessment looked at police, council, health and fire data alongside a residents'
survey. The main findings were (figures are illustrative):</p>
{ul(["anti-social behaviour fell by 8% but remains the issue residents raise most, with 40% of reports in ten wards",
     "knife crime with injury rose by 6%, and half of victims were under 25",
     "drug-related deaths in the city are among the highest in England",
     "one in three women said they feel unsafe in the city centre after dark",
     "referrals to Prevent rose, with more young people referred for mixed or unclear ideologies",
     "retail crime rose by 18% in the city centre, with shop theft the biggest driver"])}
<p>Residents also told us about fly-tipping, speeding and nuisance parking. These matter, and they are
dealt with through the council's neighbourhood services and the Merseyside Road Safety Partnership rather than
through this strategy.</p>
<h3>Who we heard from</h3>
<p>1,240 residents answered the Safer Liverpool survey, 18 community groups hosted conversations and young people
from the city's youth council ran their own workshop (illustrative figures). We also met traders from the
Business Improvement District and staff from the city's night-time venues.</p>
<h2>Our priorities</h2>
<p>The partnership has agreed six priorities for 2025 to 2028. Each one has a lead delivery group that reports to
the partnership board every quarter.</p>
{prio}
<h2>How this links to other plans</h2>
<div class="inset"><b>The Police Commissioner's Police and Crime Plan 2025&ndash;2029</b> has six priorities:
{ul(["Safer neighbourhoods, free from anti-social behaviour", "Tackling serious violence and organised crime",
     "Ending violence against women and girls", "Putting victims first and protecting the vulnerable",
     "Preventing offending and reducing reoffending", "A modern, efficient and accountable police service"])}
</div>
<p>The strategy also supports the <b>Council Plan</b> themes of <em>A strong and inclusive economy</em>, <em>Thriving
and safe communities</em> and <em>Healthier lives</em>, and the Merseyside VAWG strategy.</p>
<h2>Our previous priorities</h2>
<p>From 2022 to 2025 the partnership worked to four priorities: <em>Safer neighbourhoods</em>, <em>Violence and
exploitation</em>, <em>Vulnerable people</em> and <em>A safe night out</em>. A review of that strategy is available
on request.</p>
<h2>Action plan 2025/26</h2>
{actions}
<h2>Measuring progress</h2>
{ul(["Repeat anti-social behaviour calls from the same address", "Knife crime with injury, under-25s",
     "People in drug and alcohol treatment and completing it", "Women's feelings of safety in the city centre",
     "Prevent referrals from education and health"])}
<h2>Contact the partnership</h2>
<p>Email community.safety@liverpool.example or write to the Community Safety Team, Cunard Building, Liverpool.
Download the full strategy (PDF, 3.1 MB).</p>
<p class="share">Share this page: Facebook &middot; X &middot; Email</p>
<div class="useful"><b>Was this page helpful?</b><span>Yes</span><span>No</span></div>
</main>
<footer><div><b>About us</b>Jobs<br>News<br>Mayor of Liverpool</div><div><b>Help</b>Contact us<br>Accessibility
<br>Translate</div><div><b>Legal</b>Privacy<br>Cookies<br>Terms</div><div><b>Follow us</b>Facebook<br>Instagram<br>
LinkedIn</div></footer></body></html>"""


def build(root: Path) -> Path:
    return print_page(page(), Path(root) / OUT, "liverpool_csp")
