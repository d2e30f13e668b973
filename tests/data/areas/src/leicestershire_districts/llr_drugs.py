"""Leicester, Leicestershire and Rutland Combating Drugs Partnership Delivery Plan 2025-2028.

HTML/CSS printed by Chromium (Liberation Sans). The four local priorities are stated only as the column
headers of the landscape delivery plan table (p6); its rows are years, leads and measures. From Harm to
Hope's national priorities (p4) and a rota of "cross-cutting themes" (p7) are distractors.
"""
from __future__ import annotations

from pathlib import Path

from .kit import ILLUS, build_html, esc

OUT = "strategies/llr_combating_drugs_partnership_delivery_plan_2025-28.pdf"
PRIORITIES = ["Disrupting drug supply and county lines", "Getting more people into treatment and recovery",
              "Preventing drug and alcohol deaths", "Reducing demand among children and young people"]
CSS = """
@page { size: A4; margin: 0 }
@page land { size: A4 landscape; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #1d1d1d; font-size: 10pt; line-height: 1.45 }
.page { width: 210mm; height: 296.5mm; padding: 22mm 20mm 18mm; position: relative; overflow: hidden;
        page-break-after: always }
.page.l { page: land; width: 297mm; height: 209.5mm; padding: 16mm 16mm 14mm }
.page:last-child { page-break-after: auto }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 6mm; background: #0F7173 }
.folio { position: absolute; bottom: 8mm; right: 20mm; font-size: 8pt; color: #0F7173 }
.run { position: absolute; top: 8mm; left: 20mm; font-size: 7.5pt; color: #777; text-transform: uppercase;
       letter-spacing: .06em }
h1 { font-size: 20pt; color: #0F7173; margin: 2mm 0 4mm }
h2 { font-size: 12pt; color: #0F7173; margin: 5mm 0 2mm }
.cover { background: #0F7173; color: #fff }
.cover .a { position: absolute; left: 20mm; top: 95mm; font-size: 30pt; font-weight: 700; line-height: 1.15 }
.cover .b { position: absolute; left: 20mm; top: 150mm; font-size: 14pt }
.cover .c { position: absolute; left: 20mm; bottom: 16mm; font-size: 8.5pt }
.cover .ring { position: absolute; right: -40mm; top: -40mm; width: 150mm; height: 150mm; border-radius: 50%;
               border: 18mm solid #F3A712 }
.toc p { display: flex; border-bottom: 1px solid #ddd; margin: 0; padding: 2.5mm 0 }
.toc p span:first-child { flex: 1 }
.fh { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm }
.fh div { border: 2px solid #bbb; padding: 3mm; color: #555; font-size: 9pt }
.nums { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 3mm 0 }
.nums div { background: #E3F1F1; padding: 3mm; font-size: 8.5pt }
.nums b { display: block; font-size: 16pt; color: #0F7173 }
.note { font-size: 7.5pt; color: #666 }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt }
th, td { border: 1px solid #c8c8c8; padding: 2mm; vertical-align: top }
thead th { background: #0F7173; color: #fff; text-align: left }
table.dp thead th { font-size: 10.5pt; line-height: 1.25; padding: 3mm }
table.dp thead th.corner { background: #444; font-size: 8pt }
table.dp tbody th { background: #EEF6F6; text-align: left; width: 30mm; font-size: 8.4pt }
"""


def _pg(n, inner, cls="", run="LLR Combating Drugs Partnership \u00b7 Delivery Plan 2025\u20132028"):
    return (cls, f'<div class="side"></div><div class="run">{esc(run)}</div>{inner}'
                 f'<div class="folio">Page {n} of 9</div>')


def build(root: Path) -> Path:
    toc = [("Foreword", 3), ("The partnership", 3), ("The national strategy: From Harm to Hope", 4),
           ("Our local picture", 4), ("What changed since our last plan", 5), ("Delivery plan 2025\u20132028", 6),
           ("How the plan aligns", 7), ("Cross-cutting themes", 7), ("Outcomes framework", 8), ("Governance and "
           "contacts", 9)]
    pages = [("cover", '<div class="ring"></div><div class="a">Combating Drugs<br>Partnership</div><div class="b">'
                       'Delivery Plan 2025\u20132028<br>Leicester, Leicestershire and Rutland</div><div class="c">'
                       'A fictional re-creation for testing; not a published document.</div>')]
    pages.append(_pg(2, "<h1>Contents</h1><div class=\"toc\">" + "".join(
        f"<p><span>{esc(a)}</span><span>{b}</span></p>" for a, b in toc) + "</div>"))
    pages.append(_pg(3, "<h1>Foreword</h1><p>Drugs do harm far beyond the people who use them: to families, to "
                        "neighbourhoods where dealing takes hold, and to children drawn into supply. The partnership "
                        "brings together everyone who can reduce that harm.</p><p>This delivery plan turns our "
                        "strategy into actions for the next three years. It is deliberately short. The table on "
                        "page 6 is the plan: our four local priorities across the top, and what we will do under "
                        "each, year by year.</p><p class=\"note\">Senior Responsible Owner, LLR Combating Drugs "
                        "Partnership</p><h2>The partnership</h2><p>The partnership was formed in 2022 in response to "
                        "the national drug strategy. Its members are the three upper-tier councils and their public "
                        "health teams, Leicestershire Police, the Police and Crime Commissioner, the Probation "
                        "Service, the Integrated Care Board, the prisons in the area, Jobcentre Plus, treatment "
                        "providers and people with lived experience of recovery.</p>"))
    pages.append(_pg(4, "<h1>The national strategy: From Harm to Hope</h1><p>The ten-year national drug strategy "
                        "(2021) has three strategic priorities, which every local partnership works towards:</p>"
                        "<div class=\"fh\"><div>Break drug supply chains</div><div>Deliver a world-class treatment "
                        "and recovery system</div><div>Achieve a generational shift in the demand for drugs</div>"
                        "</div><h2>Our local picture</h2><div class=\"nums\"><div><b>9,400</b>adults in structured "
                        "treatment</div><div><b>118</b>drug poisoning deaths in three years</div><div><b>46</b>county "
                        "lines disrupted</div><div><b>31%</b>of people leaving prison engaged in treatment within "
                        f"three weeks</div></div><p class=\"note\">{ILLUS}</p><p>Crack cocaine use is rising in the "
                        "city; ketamine and vapes containing THC are the main concern in schools; and deaths "
                        "involving several substances, often with alcohol, are increasing.</p>"))
    pages.append(_pg(5, "<h1>What changed since our last plan</h1><p>Our 2022\u20132025 plan was organised under "
                        "the three national headings. Partners told us this made it hard to see what was local. "
                        "This plan therefore sets four local priorities of its own.</p><table><thead><tr><th>"
                        "2022\u20132025 workstream</th><th>Progress (illustrative)</th></tr></thead><tbody>"
                        "<tr><td>Enforcement and supply</td><td>46 lines closed; 180 arrests</td></tr><tr><td>"
                        "Treatment capacity</td><td>Treatment numbers up 14%</td></tr><tr><td>Prevention and "
                        "education</td><td>Drug education offer in 60% of secondary schools</td></tr><tr><td>"
                        "Criminal justice pathways</td><td>Continuity of care from prison improved</td></tr>"
                        "</tbody></table>"))
    rows = [
        ("2025\u201326", ["Closure orders and cuckooing protocol in every district; county lines taskforce days of "
                          "action", "Outreach to people who have never been in treatment; same-day prescribing in "
                          "the city", "Naloxone for every person leaving prison and every hostel", "Refreshed drug "
                          "education offer; vape and ketamine guidance for schools"]),
        ("2026\u201327", ["Financial investigation of dealing networks; rail and road interceptions",
                          "Recovery housing and employment support linked to treatment", "Drug-related death panel "
                          "reviews every death within three months", "Targeted youth support for children "
                          "excluded from school"]),
        ("2027\u201328", ["Sustain closures; community reassurance in former hotspots", "Peer-led recovery "
                          "community in each county", "Alert system for high-strength synthetic opioids",
                          "Family support for children of parents who use drugs"]),
        ("Lead", ["Leicestershire Police", "Public health commissioners", "Public health and coroners",
                  "Children's services"]),
        ("Measure", ["Lines closed; drug trafficking offences", "Numbers in treatment; successful completions",
                     "Drug poisoning deaths", "Under-18s referred to specialist support"]),
    ]
    head = "".join(f"<th>{esc(p)}</th>" for p in PRIORITIES)
    body = "".join(f"<tr><th>{esc(r)}</th>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>"
                   for r, cells in rows)
    pages.append(_pg(6, "<h1>Delivery plan 2025\u20132028</h1><p>Our four local priorities head the columns. "
                        "Each column sets out what the partnership will do, who leads and how we will measure "
                        "progress.</p><table class=\"dp\"><thead><tr><th class=\"corner\">Year</th>" + head +
                     "</tr></thead><tbody>" + body + "</tbody></table>", "l"))
    al = [("Column 1", "Break drug supply chains", "Cutting serious violence, drugs and exploitation"),
          ("Column 2", "World-class treatment and recovery", "Breaking the cycle of reoffending"),
          ("Column 3", "World-class treatment and recovery", "Breaking the cycle of reoffending"),
          ("Column 4", "Generational shift in demand", "\u2014")]
    pages.append(_pg(7, "<h1>How the plan aligns</h1><p>Each column of the delivery plan maps to a national "
                        "priority and, where there is one, to a priority of the Police and Crime Plan.</p><table>"
                        "<thead><tr><th>Delivery plan</th><th>From Harm to Hope</th><th>Police and Crime Plan "
                        "2025\u20132029</th></tr></thead><tbody>" + "".join(
                            f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in al) +
                     "</tbody></table><h2>Cross-cutting themes</h2><p>Three themes run through every column: "
                     "lived experience in every decision; alcohol alongside drugs; and tackling stigma.</p>"))
    pages.append(_pg(8, "<h1>Outcomes framework</h1><table><thead><tr><th>National outcome</th><th>Local "
                        "indicator</th><th>Baseline (illustrative)</th></tr></thead><tbody>"
                        "<tr><td>Reducing drug use</td><td>Self-reported drug use, 16\u201324</td><td>17%</td></tr>"
                        "<tr><td>Reducing drug-related crime</td><td>Neighbourhood crime linked to drugs</td>"
                        "<td>2,900</td></tr><tr><td>Reducing drug-related deaths and harm</td><td>Drug poisoning "
                        "deaths</td><td>39 a year</td></tr><tr><td>Increasing engagement in treatment</td><td>Adults "
                        "in treatment</td><td>9,400</td></tr><tr><td>Improving recovery outcomes</td><td>Successful "
                        f"completions</td><td>21%</td></tr></tbody></table><p class=\"note\">{ILLUS}</p>"))
    pages.append(_pg(9, "<h1>Governance and contacts</h1><p>The partnership board meets quarterly, chaired by its "
                        "Senior Responsible Owner, and reports to the Joint Combating Drugs Unit and to the three "
                        "Health and Wellbeing Boards. Three delivery groups (supply, treatment and recovery, "
                        "prevention) report to it.</p><h2>Contact</h2><p>Combating Drugs Partnership Coordinator<br>"
                        "Email cdp@llr-cdp.example<br>Telephone 0116 000 0005 (illustrative)</p>"))
    return build_html(root / OUT, Path(OUT).stem, CSS, pages,
                      "LLR Combating Drugs Partnership Delivery Plan 2025\u20132028")
