"""Merseyside Police and Crime Plan 2025-29 (fictional edition): the Police Commissioner's web page for the plan,
printed from the office's website with headless Chromium (A4 portrait). Each priority is an <h2> section with an
eyebrow "Priority N of 6", a "Why it matters" paragraph and numbered objectives "1.1 ..."."""
from __future__ import annotations

from pathlib import Path

from .web import PRINT_BASE, esc, print_page

OUT = "plan/merseyside_police_and_crime_plan_2025-29.pdf"

PRIORITIES = [
    ("Safer neighbourhoods, free from anti-social behaviour", "p-neighbourhoods",
     "Anti-social behaviour was the issue raised most often in the consultation. It wears down residents and "
     "businesses, and it is often the first sign of more serious harm in a street or an estate.",
     ["Reduce anti-social behaviour in the places that suffer most, working with the five community safety "
      "partnerships of Liverpool, Knowsley, Sefton, St Helens and Wirral, and use the anti-social behaviour "
      "case review so that repeat victims are heard.",
      "Cut burglary, robbery, vehicle crime and shop theft, and keep our town and district centres safe for "
      "shoppers, traders and retail workers.",
      "Make our roads safer: off-road bikes and nuisance vehicles, speeding, drink and drug driving and the "
      "number of people killed or seriously injured, with the Merseyside Road Safety Partnership and Community "
      "Speedwatch.",
      "Tackle hate crime and community tensions with the partnerships: encourage reporting, including through "
      "third-party reporting centres, and stand with the communities targeted.",
      "Design out crime through Safer Streets projects, lighting, CCTV and target hardening."]),
    ("Tackling serious violence and organised crime", "p-violence",
     "Merseyside has made real progress on gun crime, but knife crime and the organised networks that supply drugs "
     "and exploit young people still cause harm out of all proportion to their numbers.",
     ["Reduce serious violence, knife crime and gun crime, working with the Merseyside Violence Reduction "
      "Partnership and the specified authorities under the Serious Violence Duty.",
      "Disrupt organised crime groups, firearms supply, drug dealing and county lines, and take away criminal "
      "assets.",
      "Protect children and vulnerable adults from criminal exploitation, modern slavery and cuckooing.",
      "Reduce violence in and around the night-time economy, with licensing, door staff and street pastors."]),
    ("Ending violence against women and girls", "p-vawg",
     "Violence against women and girls is a national emergency. This plan treats it with the same priority as "
     "serious and organised crime.",
     ["Improve the response to domestic abuse, reduce repeat victimisation and pursue perpetrators, using "
      "protection orders and the Domestic Violence Disclosure Scheme.",
      "Improve the investigation of rape and sexual offences, stalking and harassment, and the number of cases "
      "charged.",
      "Make streets, parks, public transport and the night-time economy safer for women and girls.",
      "Change perpetrators' behaviour through commissioned programmes and manage the highest-risk offenders "
      "through MARAC and MAPPA.",
      "Prevent violence before it starts: healthy relationships education in schools and challenging "
      "misogyny."]),
    ("Putting victims first and protecting the vulnerable", "p-victims",
     "Every victim should be treated with dignity, be kept informed and get support that fits their needs, "
     "whether or not they report to the police.",
     ["Offer every victim support through Victim Care Merseyside and make sure the Victims' Code is met.",
      "Fund specialist services for adult and child victims of domestic abuse and sexual violence, including "
      "independent advisers and safe accommodation.",
      "Support victims of fraud and cyber crime, especially older and vulnerable people.",
      "Support victims and witnesses through the court process and reduce the time they wait.",
      "Widen access to restorative justice for victims who want it.",
      "Make sure people in mental health crisis get the right care from the right agency."]),
    ("Preventing offending and reducing reoffending", "p-offending",
     "Most crime is committed by a small number of people, many of them caught in cycles of addiction, "
     "homelessness and custody. Stopping the next offence protects the next victim.",
     ["Divert children from crime through early intervention, Turnaround and out-of-court work, reducing "
      "first-time entrants and reoffending by children, with the five youth justice services.",
      "Reduce adult reoffending through Integrated Offender Management, settled accommodation on release from "
      "prison and routes into education, training and work, with the Probation Service.",
      "Get more people who offend into drug and alcohol treatment and recovery, and reduce drug-related deaths, "
      "with the combating drugs partnerships.",
      "Divert women and young adults from the justice system where it is safe to do so, through women's centres "
      "and out-of-court resolutions."]),
    ("A modern, efficient and accountable police service", "p-service",
     "People need to trust that Merseyside Police is well run, spends public money wisely and is held to "
     "account on their behalf.",
     ["Raise standards: robust vetting, swift action on misconduct and a culture in which officers and staff "
      "challenge poor behaviour.",
      "Answer 999 and 101 calls quickly and make it easier to report crime online.",
      "Build a workforce that reflects the communities of Merseyside.",
      "Give value for money through the estate, fleet and technology, and a balanced budget.",
      "Scrutinise stop and search and the use of force through independent panels."]),
]


def section(i: int, title: str, anchor: str, why: str, objectives: list[str]) -> str:
    objs = "".join(f'<li><span class="num">{i}.{k}</span> {esc(o)}</li>' for k, o in enumerate(objectives, 1))
    return (f'<section class="prio" id="{anchor}"><p class="eyebrow">Priority {i} of 6</p>'
            f"<h2>{esc(title)}</h2><h3>Why it matters</h3><p>{esc(why)}</p>"
            f'<h3>Our objectives</h3><ol class="objectives">{objs}</ol>'
            f'<p class="back"><a href="#top">Back to top &uarr;</a></p></section>')


CSS = PRINT_BASE + """
@page{size:A4;margin:10mm 12mm 14mm}
body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;color:#1d1d1b;line-height:1.45}
.util{background:#2b1547;color:#e8dff5;font-size:8.5pt;padding:4px 14px;display:flex;justify-content:flex-end;gap:18px}
.mast{background:#4a2574;color:#fff;padding:14px 14px 0}
.logo{font-size:17pt;font-weight:bold;letter-spacing:.2px}.logo small{display:block;font-size:9pt;font-weight:normal;color:#d9c8ef}
.search{float:right;margin-top:-30px;background:#fff;color:#777;padding:4px 10px;width:190px;font-size:9pt;border-radius:2px}
nav.main{display:flex;gap:0;margin-top:12px;font-size:9.5pt}
nav.main a{padding:7px 11px;text-decoration:none;color:#fff}nav.main a.on{background:#fff;color:#4a2574;font-weight:bold}
.cookie{border:2px solid #4a2574;background:#f6f1fb;padding:9px 12px;margin:10px 0;font-size:9pt}
.cookie b{display:block;font-size:10pt}.btn{display:inline-block;border:1px solid #4a2574;padding:3px 10px;margin:6px 6px 0 0;font-size:8.5pt}
.btn.dark{background:#4a2574;color:#fff}
.crumbs{font-size:8.5pt;color:#555;margin:8px 0}.crumbs span{margin:0 5px;color:#999}
.wrap{display:flex;gap:18px}.content{flex:1}.aside{width:165px;font-size:9pt}
h1{font-size:22pt;color:#4a2574;margin:6px 0 4px;line-height:1.15}
.meta{font-size:8.5pt;color:#666;margin-bottom:10px}
.onpage{border-left:4px solid #c9a0dc;padding:4px 12px;margin:12px 0;font-size:9.5pt}
.onpage p{margin:0 0 3px;font-weight:bold}.onpage ul{margin:0;padding-left:16px}
.lead{font-size:12pt;color:#333}
h2{font-size:15pt;color:#4a2574;margin:16px 0 6px;line-height:1.2}
h3{font-size:11pt;margin:10px 0 3px}
.prio{border-top:3px solid #4a2574;margin-top:16px;padding-top:2px;break-inside:auto}
.eyebrow{font-size:8.5pt;text-transform:uppercase;letter-spacing:1px;color:#7a5a9c;margin:6px 0 0}
.objectives{list-style:none;padding:0;margin:0}.objectives li{margin:0 0 5px;padding-left:30px;text-indent:-30px}
.num{display:inline-block;width:30px;text-indent:0;font-weight:bold;color:#4a2574}
.stats{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin:8px 0}
.stats div{background:#f3eef8;padding:8px;font-size:9pt}.stats b{display:block;font-size:16pt;color:#4a2574}
.note{font-size:8.5pt;color:#666}
.back{font-size:8.5pt;color:#4a2574;text-align:right;margin:4px 0}
.quote{background:#f4f4f4;padding:8px 12px;font-style:italic;margin:8px 0}
table{border-collapse:collapse;width:100%;font-size:9pt;margin:6px 0}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#efe8f6}
.aside .box{border:1px solid #ddd;padding:8px;margin-bottom:12px}.aside h4{margin:0 0 6px;font-size:10pt;color:#4a2574}
.aside ul{padding-left:14px;margin:0}
.useful{border:1px solid #ccc;background:#fafafa;padding:8px 12px;margin:18px 0 8px;font-size:9.5pt}
footer{background:#2b1547;color:#e8dff5;font-size:8.5pt;padding:12px 14px;margin-top:12px;display:flex;gap:30px}
footer ul{list-style:none;padding:0;margin:0}footer b{color:#fff}
"""


def page() -> str:
    onpage = "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for t, a, *_ in PRIORITIES)
    prios = "".join(section(i, *p) for i, p in enumerate(PRIORITIES, 1))
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Police and Crime Plan 2025-2029 | Police Commissioner for Merseyside</title><style>{CSS}</style></head>
<body id="top">
<div class="util"><span>Accessibility</span><span>Translate</span><span>Contact us</span><span>Newsletter</span></div>
<div class="mast"><div class="logo">Police Commissioner for Merseyside<small>Working for a safer Merseyside</small></div>
<div class="search">Search this site&hellip;</div>
<nav class="main"><a>Home</a><a>About the Commissioner</a><a class="on">Police and Crime Plan</a><a>Victims</a>
<a>Funding</a><a>Transparency</a><a>News</a><a>Have your say</a></nav></div>
<div class="cookie"><b>Cookies on this website</b>We use some essential cookies to make this website work. We would
like to set additional cookies to understand how you use the site. <br><span class="btn dark">Accept additional
cookies</span><span class="btn">Reject additional cookies</span><span class="btn">View cookies</span></div>
<div class="crumbs">Home<span>&rsaquo;</span>About the Commissioner<span>&rsaquo;</span>Police and Crime Plan 2025&ndash;2029</div>
<div class="wrap"><main class="content">
<h1>Police and Crime Plan 2025&ndash;2029</h1>
<p class="meta">Published: 3 March 2025 &middot; Last updated: 14 April 2025 &middot; Reading time: 12 minutes</p>
<p class="lead">This is the Police Commissioner's plan for policing and community safety in Merseyside for
2025 to 2029. It sets the priorities the Chief Constable must have regard to, and the priorities the Commissioner
will fund and pursue with councils, health, probation, the fire and rescue service and the voluntary sector.</p>
<nav class="onpage" aria-label="On this page"><p>On this page</p><ul><li><a href="#intro">Introduction</a></li>
<li><a href="#told">What you told us</a></li><li><a href="#numbers">Merseyside in numbers</a></li>
<li><a href="#principles">How we will work</a></li><li><a href="#previous">Our previous plan</a></li>{onpage}
<li><a href="#national">National crime and policing measures</a></li><li><a href="#money">Funding the plan</a></li>
<li><a href="#download">Download the plan</a></li></ul></nav>
<h2 id="intro">Introduction from the Police Commissioner</h2>
<p>Merseyside is a place of strong communities, and the people who live here are clear about what they want from
their police service: officers they can see and trust, quick help when they need it and a relentless focus on the
people who cause the most harm. This plan is built on what you told me during the consultation and on what our
partners know about where harm is concentrated.</p>
<p>I cannot deliver this plan alone. Each of our five boroughs has a community safety partnership, and the
Merseyside Violence Reduction Partnership, the combating drugs partnerships, the youth justice services and the
Merseyside Criminal Justice Board all set their own priorities. Where those priorities support this plan I will
work alongside them and, where I can, fund them.</p>
<p class="quote">&ldquo;Safer streets, support for every victim and a police service you can trust: that is the
promise at the heart of this plan.&rdquo; &mdash; Police Commissioner for Merseyside</p>
<h2 id="told">What you told us</h2>
<p>More than 3,100 people answered the Safer Merseyside survey in autumn 2024 and around 400 took part in
community meetings (illustrative figures). The issues raised most often were:</p>
<table><thead><tr><th>Issue raised</th><th>Share of respondents (illustrative)</th></tr></thead><tbody>
<tr><td>Anti-social behaviour, including off-road bikes</td><td>61%</td></tr>
<tr><td>Drug dealing in my area</td><td>48%</td></tr><tr><td>Knife crime</td><td>44%</td></tr>
<tr><td>Speeding and dangerous driving</td><td>37%</td></tr><tr><td>Women's safety at night</td><td>29%</td></tr>
<tr><td>Getting through to the police on 101</td><td>26%</td></tr></tbody></table>
<h2 id="numbers">Merseyside in numbers</h2>
<div class="stats"><div><b>1.4m</b>residents across five boroughs</div><div><b>129,800</b>crimes recorded in
2023/24</div><div><b>-9%</b>change in neighbourhood crime since 2021</div><div><b>31,500</b>anti-social behaviour
incidents</div><div><b>1 in 5</b>recorded crimes flagged as domestic abuse</div><div><b>4,200</b>police officers
</div></div><p class="note">All figures on this page are illustrative.</p>
<h2 id="principles">How we will work</h2>
<ul><li><b>Prevention first:</b> stopping harm before it happens is better for victims and costs less.</li>
<li><b>Partnership:</b> the police cannot do this alone; councils, health, probation, fire and the voluntary sector
all hold part of the answer.</li><li><b>Listening:</b> communities, victims and young people will help shape what
we do.</li><li><b>Fairness:</b> policing that treats everyone with dignity and respect.</li></ul>
<h2 id="previous">Our previous plan</h2>
<p>The Police and Crime Plan 2021&ndash;2025 was built around three themes: <em>Fighting crime; proactive
policing</em>, <em>Supporting victims; safer communities</em> and <em>Driving change; prevent offending</em>.
Those themes have now been replaced by the six priorities below, although much of the work continues.</p>
<h2 id="six">Our six priorities</h2>
<p>The six priorities below are the heart of this plan. Each is followed by the reasons it matters and the
objectives by which the Commissioner will hold the Chief Constable to account and against which partners can
bid for funding.</p>
{prios}
<h2 id="national">National crime and policing measures</h2>
<p>The Home Office expects every force to contribute to national priorities. They are not priorities of this plan,
but progress against them is reported to the Police and Crime Panel:</p>
<ul><li>Reduce murder and other homicide</li><li>Reduce serious violence</li><li>Disrupt drugs supply and county
lines</li><li>Reduce neighbourhood crime</li><li>Tackle cyber crime</li><li>Improve satisfaction among victims,
with a particular focus on victims of domestic abuse</li></ul>
<p>The Strategic Policing Requirement sets out the national threats, such as terrorism, serious and organised
crime, public disorder and civil emergencies, to which the force must contribute. This plan does not repeat
them.</p>
<h2 id="money">Funding the plan</h2>
<table><thead><tr><th>Source, 2025/26 (illustrative)</th><th>&pound; million</th></tr></thead><tbody>
<tr><td>Police grant</td><td>271.4</td></tr><tr><td>Council tax precept</td><td>103.9</td></tr>
<tr><td>Commissioned services and grants</td><td>9.6</td></tr></tbody></table>
<h2 id="download">Download the plan</h2>
<p>Police and Crime Plan 2025&ndash;2029 (PDF, 2.4 MB) &middot; Easy Read version (PDF, 1.1 MB) &middot; Plan on a
page (PDF, 380 KB). If you need the plan in another format, please contact us.</p>
<div class="useful"><b>Was this page useful?</b> &nbsp;<span class="btn">Yes</span><span class="btn">No</span>
&nbsp; Report a problem with this page</div>
</main>
<aside class="aside"><div class="box"><h4>Related pages</h4><ul><li>Annual report 2023/24</li>
<li>Police and Crime Panel</li><li>Community safety funding</li><li>Victim Care Merseyside</li>
<li>Holding the Chief Constable to account</li></ul></div>
<div class="box"><h4>Get involved</h4><p>Join the Commissioner's independent scrutiny panels or sign up to the
newsletter.</p></div></aside></div>
<footer><ul><li><b>About</b></li><li>The Commissioner</li><li>Deputy Commissioner</li><li>Our team</li></ul>
<ul><li><b>Information</b></li><li>Privacy notice</li><li>Cookies</li><li>Accessibility statement</li></ul>
<ul><li><b>Contact</b></li><li>info@merseysidepcc.example</li><li>0151 000 0000 (illustrative)</li></ul></footer>
</body></html>"""


def build(root: Path) -> Path:
    return print_page(page(), Path(root) / OUT, "plan")
