"""Merseyside Victims' Strategy 2025-28 (fictional): the Victim Care Merseyside website's strategy page printed with
headless Chromium (A4). The five priorities are bold lines beside large circled numbers joined by a dotted rule
("Our five commitments to victims", on page 1 under the introduction); the stages of the victim's journey, the Victims' Code rights and the service
cards are distractors."""
from __future__ import annotations

from pathlib import Path

from .web import PRINT_BASE, esc, print_page

OUT = "strategies/merseyside_victims_strategy_2025-28.pdf"

PRIORITIES = [
    ("Every victim offered support that meets their needs, when they need it",
     "Whether or not they report to the police, and for as long as they need it."),
    ("Better support for victims of fraud and cyber crime",
     "A specialist fraud caseworker, and prevention advice for older and vulnerable people."),
    ("Make sure victims' rights under the Victims' Code are met",
     "Regular compliance checks with every criminal justice agency, and a clear route to complain."),
    ("Support victims and witnesses through the court process",
     "Pre-trial visits, updates while cases wait for a date, and help on the day."),
    ("Increase access to restorative justice",
     "Restorative justice offered at every stage, by trained facilitators, when victims want it."),
]

CSS = PRINT_BASE + """
@page{size:A4;margin:0 0 10mm}
body{font-family:'Liberation Serif',serif;font-size:11pt;color:#23313f;line-height:1.5}
.top{background:#e7f3f1;display:flex;justify-content:space-between;padding:8px 16mm;font-family:'Liberation Sans';font-size:8.5pt}
.top b{color:#0f6b62}
header{padding:12px 16mm;display:flex;justify-content:space-between;align-items:center}
.logo{font-family:'Liberation Sans';font-size:17pt;color:#0f6b62;font-weight:bold}.logo span{color:#e0607e}
.phone{font-family:'Liberation Sans';font-size:9pt;text-align:right}.phone b{font-size:13pt;color:#e0607e;display:block}
nav{background:#0f6b62;color:#fff;font-family:'Liberation Sans';font-size:9pt;padding:7px 16mm;display:flex;gap:18px}
.cookie{margin:8px 16mm;border-radius:10px;background:#23313f;color:#fff;padding:9px 14px;font-family:'Liberation Sans';font-size:8.5pt}
.cookie span{border:1px solid #fff;border-radius:14px;padding:1px 10px;margin-left:8px}
.wrap{padding:0 16mm}
.crumb{font-family:'Liberation Sans';font-size:8.3pt;color:#607080;margin:6px 0}
h1{font-size:24pt;color:#0f6b62;margin:4px 0 6px;line-height:1.1}
h2{font-family:'Liberation Sans';font-size:13.5pt;color:#0f6b62;margin:16px 0 6px}
.journey{display:flex;font-family:'Liberation Sans';font-size:8.5pt;margin:6px 0}
.journey div{flex:1;background:#fbe8ed;padding:6px 8px;margin-right:4px;text-align:center;clip-path:polygon(0 0,92% 0,100% 50%,92% 100%,0 100%,8% 50%)}
.commit{position:relative;margin:8px 0 8px 6px;padding-left:0;break-inside:avoid}
.commit:before{content:'';position:absolute;left:19px;top:10px;bottom:10px;border-left:3px dotted #e0607e}
.c{display:flex;gap:12px;align-items:flex-start;margin:0 0 10px;position:relative}
.c .n{flex:none;width:40px;height:40px;border-radius:50%;background:#e0607e;color:#fff;font-family:'Liberation Sans';font-weight:bold;
font-size:16pt;text-align:center;line-height:40px}
.c b{display:block;font-family:'Liberation Sans';font-size:11.5pt;color:#23313f}.c p{margin:1px 0 0;font-size:10pt;color:#506070}
.rights{columns:2;font-size:9.5pt;font-family:'Liberation Sans'}
.services{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;font-family:'Liberation Sans';font-size:8.8pt}
.services div{border-radius:8px;border:1px solid #cfe3df;padding:8px}.services b{color:#0f6b62;display:block}
.fb{margin:14px 0;background:#e7f3f1;border-radius:10px;padding:8px 14px;font-family:'Liberation Sans';font-size:9pt}
footer{margin-top:10px;background:#23313f;color:#cdd6df;font-family:'Liberation Sans';font-size:8pt;padding:10px 16mm;display:flex;gap:22px}
"""


def page() -> str:
    commits = "".join(f'<div class="c"><span class="n">{i}</span><div><b>{esc(t)}</b><p>{esc(d)}</p></div></div>'
                      for i, (t, d) in enumerate(PRIORITIES, 1))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Our victims' strategy -
Victim Care Merseyside</title><style>{CSS}</style></head><body>
<div class="top"><span><b>Victim Care Merseyside</b> is funded by the Police Commissioner for Merseyside</span>
<span>Translate &middot; Accessibility &middot; Leave this site</span></div>
<header><div class="logo">Victim Care <span>Merseyside</span></div><div class="phone">Free support line<b>0800 000 0002</b>
(illustrative number)</div></header>
<nav><span>Get support</span><span>I've been a victim of&hellip;</span><span>Your rights</span><span>Going to court</span>
<span>Restorative justice</span><span>About us</span><span>Professionals</span></nav>
<div class="cookie">We'd like to use analytics cookies to improve this site.<span>Accept</span><span>Reject</span></div>
<div class="wrap">
<div class="crumb">Home &gt; About us &gt; Our victims' strategy</div>
<h1>Merseyside Victims' Strategy 2025 to 2028</h1>
<p>This strategy was written by the Merseyside Victims' Board, which brings together the Police Commissioner,
Merseyside Police, the Crown Prosecution Service, HM Courts and Tribunals Service, the Probation Service, the
Witness Service and the charities that make up Victim Care Merseyside. It tells you what victims of crime in
Merseyside can expect from us and what we will improve.</p>
<h2>Our five commitments to victims</h2>
<p>These are the priorities the Victims' Board will deliver and report on until 2028:</p>
<div class="commit">{commits}</div>
<h2>What victims told us</h2>
<p>We heard from 780 victims and witnesses through surveys, focus groups and our victims' panel (illustrative
figure). They told us that being kept informed mattered as much as the outcome of their case; that they often had
to repeat their story; that waiting for a court date was the hardest part; and that many did not know support was
available unless they reported to the police.</p>
<p>Victims of fraud, many of them older people, said they felt embarrassed and did not know where to turn. Victims
of hate crime asked for people who understood their community. Families bereaved by homicide asked for one person
to guide them through the whole process.</p>
<h2>The victim's journey</h2>
<p>Our services are organised around the stages of the victim's journey:</p>
<div class="journey"><div>Before reporting</div><div>Reporting</div><div>Investigation</div><div>Court</div>
<div>After court</div></div>
<h2>Your rights under the Victims' Code</h2>
<p>The Code of Practice for Victims of Crime gives you twelve rights. They include the right:</p>
<ul class="rights"><li>to be able to understand and to be understood</li><li>to have the details of the crime
recorded without unjustified delay</li><li>to be provided with information when reporting the crime</li>
<li>to be referred to services that support victims</li><li>to be provided with information about compensation</li>
<li>to be provided with information about the investigation and prosecution</li><li>to make a Victim Personal
Statement</li><li>to be given information about the trial</li><li>to be given information about the offender
following a conviction</li><li>to make a complaint about your rights not being met</li></ul>
<h2>Our previous strategy</h2>
<p>Our first strategy, for 2021 to 2024, focused on <i>access</i>, <i>quality</i> and <i>voice</i>. Since then more
than 60,000 victims have been offered support (illustrative) and a victims' panel now reviews our services.</p>

<h2>Services that can help</h2>
<div class="services"><div><b>Victim Care Merseyside hub</b>Needs assessment and referral to specialist
support</div><div><b>Independent advisers</b>IDVAs and ISVAs for domestic and sexual abuse</div><div><b>Fraud and
cyber crime</b>Specialist caseworker and prevention advice</div><div><b>Hate crime</b>Caseworkers from Stop Hate UK
and local groups</div><div><b>Homicide</b>Support for bereaved families</div><div><b>Restorative Justice
Merseyside</b>Safe, voluntary communication with the offender</div></div>
<h2>How we will check progress</h2>
<p>The Victims' Board reviews compliance with the Victims' Code every quarter and publishes an annual report. The
Police Commissioner's Police and Crime Plan 2025 to 2029 includes the priority <i>Putting victims first and
protecting the vulnerable</i>, and the Commissioner reports progress to the Police and Crime Panel.</p>
<div class="fb"><b>Was this page helpful?</b> &nbsp;Yes &middot; No &nbsp;&nbsp;|&nbsp;&nbsp; Share: Email &middot;
Facebook &middot; X</div>
</div>
<footer><span>&copy; Victim Care Merseyside</span><span>Privacy</span><span>Cookies</span><span>Accessibility</span>
<span>Contact us</span></footer>
</body></html>"""


def build(root: Path) -> Path:
    return print_page(page(), Path(root) / OUT, "merseyside_victims")
