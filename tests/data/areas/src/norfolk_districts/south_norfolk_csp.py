"""South Norfolk Community Safety Partnership: Review of 2025-26 and Priorities for 2026-27 (HTML/CSS printed by
Chromium on A4 landscape; leaf green and charcoal, DejaVu Sans).

A scorecard (p4) rates last year's five priorities Met / Partly met / Not met; p6 explains what changes; the
"Priorities for 2026-27" (p7) are five upright cards in a row, each with a coloured top bar and a "Carried
forward" / "Updated" / "New" tag.  Three of last year's priorities carry over word for word; gold = p7.
"""
from __future__ import annotations

from pathlib import Path

from .kit_html import esc, render

OUT = "strategies/south_norfolk_community_safety_review_2025-26_and_priorities_2026-27.pdf"
TITLE = "South Norfolk Community Safety Partnership: Review of 2025\u201326 and Priorities for 2026\u201327"

CSS = """
@page { size: 297mm 210mm; margin: 0; }
section.pg { width: 297mm; height: 210mm; }
body { font-family: 'DejaVu Sans', sans-serif; color: #2B2B2B; font-size: 9pt; line-height: 1.42; }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 9mm; background: #3B7D23; }
.body { position: absolute; top: 16mm; left: 20mm; right: 16mm; bottom: 16mm; overflow: hidden; }
.hd { position: absolute; top: 7mm; left: 20mm; font-size: 7.5pt; color: #3B7D23; letter-spacing: .05em; }
.ft { position: absolute; bottom: 7mm; right: 16mm; font-size: 8pt; color: #555; }
h1 { font-size: 19pt; color: #2B2B2B; margin: 0 0 4mm; border-bottom: 1mm solid #A4C639; padding-bottom: 1.5mm;
     display: inline-block; }
h2 { font-size: 11.5pt; color: #3B7D23; margin: 3mm 0 2mm; }
.cols { display: flex; gap: 8mm; } .cols > div { flex: 1; }
.cover { background: #2B2B2B; color: #fff; } .cover .g { position: absolute; right: 0; top: 0; bottom: 0; width: 90mm;
         background: #3B7D23; } .cover .g2 { position: absolute; right: 90mm; top: 0; bottom: 0; width: 12mm;
         background: #A4C639; }
.cover .t { position: absolute; left: 20mm; top: 55mm; width: 160mm; } .cover h1 { color: #fff; font-size: 28pt;
            line-height: 1.2; border: none; } .cover p { font-size: 12pt; color: #D8E8C8; }
table.t { width: 100%; font-size: 8.2pt; } table.t th { background: #2B2B2B; color: #fff; text-align: left;
          padding: 1.6mm; } table.t td { border-bottom: 1px solid #ddd; padding: 1.6mm; vertical-align: top; }
td.met, td.part, td.not { font-weight: bold; color: #fff; text-align: center; width: 22mm; }
td.met { background: #3B7D23; } td.part { background: #D9A21B; } td.not { background: #B23A3A; }
.cards { display: flex; gap: 4mm; margin-top: 4mm; }
.card { flex: 1; background: #F3F6EE; border-top: 3mm solid #3B7D23; padding: 3mm; min-height: 95mm; }
.card .tag { font-size: 7pt; letter-spacing: .08em; text-transform: uppercase; color: #3B7D23; font-weight: bold; }
.card .h { font-size: 12pt; font-weight: bold; line-height: 1.28; margin: 2mm 0 3mm; }
.card.new { border-top-color: #A4C639; } .card.upd { border-top-color: #7FA82E; }
.toc td { font-size: 11pt; padding: 2mm 3mm; border-bottom: 1px solid #ddd; }
.note { font-size: 7.6pt; color: #666; }
.quote { background: #F3F6EE; padding: 3mm; font-style: italic; margin-bottom: 3mm; }
"""

LAST = [("Tackling anti-social behaviour in our towns and villages", "Cut repeat ASB locations by a fifth",
         "Repeat locations down from 14 to 12; Wymondham and Diss still high", "part", "Partly met"),
        ("Reducing rural crime", "More Farm Watch members; fewer thefts of machinery",
         "Farm Watch grew by 60 members; machinery thefts down 11%", "met", "Met"),
        ("Protecting residents from fraud and scams", "Reach 2,000 older residents with scams advice",
         "1,450 reached; call blockers fitted for 40 residents", "part", "Partly met"),
        ("Preventing domestic abuse", "Train all council front-line staff", "All teams trained; 96 referrals made",
         "met", "Met"),
        ("Reducing burglary and vehicle crime", "Keep burglary below 2023 levels", "Burglary down 18%", "met",
         "Met")]
NEXT = [("Tackling anti-social behaviour in our towns and villages", "Carried forward", "",
         "Focus on Wymondham, Diss and the Long Stratton growth area."),
        ("Reducing rural and farm crime", "Updated", "upd",
         "Widened to include fuel theft, poaching and fly-tipping on farmland."),
        ("Protecting residents from fraud and scams", "Carried forward", "",
         "Finish reaching 2,000 older residents and train bank staff."),
        ("Preventing domestic abuse", "Carried forward", "",
         "Move from training to earlier help for families."),
        ("Supporting young people to stay safe and away from crime", "New", "new",
         "Youth work and diversion in the market towns, with the Youth Justice Service and schools.")]


def frame(n: int, inner: str) -> str:
    return (f"<div class='side'></div><div class='hd'>SOUTH NORFOLK COMMUNITY SAFETY PARTNERSHIP \u00b7 REVIEW "
            f"2025\u201326 AND PRIORITIES 2026\u201327</div><div class='body'>{inner}</div>"
            f"<div class='ft'>Page {n} of 9</div>")


def build(root: Path) -> Path:
    out = root / OUT
    pages = [("cover", "<div class='g2'></div><div class='g'></div><div class='t'><h1>Community Safety Partnership"
              "<br>Review of 2025\u201326<br>and Priorities for 2026\u201327</h1><p>South Norfolk Council, Norfolk "
              "Constabulary and partners</p></div>")]
    toc = [("Introduction", 3), ("Scorecard: our 2025\u201326 priorities", 4), ("Stories and data from the year", 5),
           ("What is changing and why", 6), ("Priorities for 2026\u201327", 7), ("The plan for 2026\u201327", 8),
           ("Governance and contacts", 9)]
    pages.append(frame(2, "<h1>Contents</h1><table class='toc'>" +
                       "".join(f"<tr><td>{esc(a)}</td><td>{n}</td></tr>" for a, n in toc) + "</table>"))
    pages.append(frame(3, """<h1>Introduction</h1><div class='cols'><div>
<p>Every spring the partnership looks back at the year and decides its priorities for the next. This review
covers April 2025 to March 2026.</p><p>South Norfolk is a growing district of market towns (Wymondham, Diss,
Harleston, Loddon, Long Stratton, Hingham) and more than a hundred villages. Crime is low, but the things that
affect residents most (anti-social behaviour, scams, rural crime and domestic abuse) are the ones a local
partnership can change.</p></div><div>
<p>The partnership includes South Norfolk Council, Norfolk Constabulary, Norfolk County Council, Norfolk Fire and
Rescue Service, Saffron Housing and other housing providers, the Probation Service, NHS Norfolk and Waveney and
the voluntary sector.</p><p>It shares a community safety team with Broadland, but sets its own priorities for
South Norfolk.</p></div></div>"""))
    rows = "".join(f"<tr><td><b>{esc(t)}</b></td><td>{esc(a)}</td><td>{esc(d)}</td><td class='{c}'>{r}</td></tr>"
                   for t, a, d, c, r in LAST)
    pages.append(frame(4, "<h1>Scorecard: our 2025\u201326 priorities</h1><p>Last year the partnership worked to "
                       "five priorities. Each is rated against what we said we would achieve.</p>"
                       "<table class='t'><tr><th>2025\u201326 priority</th><th>What we said</th><th>What happened "
                       f"(illustrative figures)</th><th>Rating</th></tr>{rows}</table>"))
    pages.append(frame(5, """<h1>Stories and data from the year</h1><div class='cols'><div>
<div class='quote'>"The call blocker has stopped the calls completely. I answer the phone again now." &mdash; a
resident in Hingham (words shared with permission; details changed)</div>
<h2>Case study: Wymondham skate park</h2><p>Complaints about ASB at the skate park fell after young people helped
design new lighting and a youth worker started Friday sessions.</p></div><div>
<h2>Key figures (illustrative)</h2><table class='t'><tr><th>Measure</th><th>2024/25</th><th>2025/26</th></tr>
<tr><td>ASB incidents</td><td>2,140</td><td>2,060</td></tr><tr><td>Rural crime reports</td><td>388</td><td>351</td></tr>
<tr><td>Scam referrals</td><td>205</td><td>233</td></tr><tr><td>Domestic abuse incidents</td><td>1,710</td>
<td>1,690</td></tr><tr><td>Burglaries</td><td>312</td><td>256</td></tr><tr><td>Youth-related ASB reports</td>
<td>610</td><td>702</td></tr></table></div></div>"""))
    pages.append(frame(6, """<h1>What is changing and why</h1><div class='cols'><div>
<h2>Closing: burglary and vehicle crime</h2><p>Burglary fell for the third year running and is now among the
lowest in the county. The police will keep it under review, but it no longer needs a partnership priority.</p>
<h2>Updated: rural crime</h2><p>Farmers told us the priority was too narrow. It now covers fuel theft, poaching
and fly-tipping on farmland.</p></div><div>
<h2>New: young people</h2><p>Youth-related ASB reports rose, and schools and parents asked for more for young
people to do. We will work with the Norfolk Youth Justice Service on early help and diversion.</p>
<h2>Unchanged</h2><p>Anti-social behaviour, scams and domestic abuse continue as priorities, with new targets.</p>
</div></div>"""))
    cards = "".join(f"<div class='card {c}'><div class='tag'>{esc(tag)}</div><div class='h'>{esc(t)}</div>"
                    f"<div>{esc(d)}</div></div>" for t, tag, c, d in NEXT)
    pages.append(frame(7, "<h1>Priorities for 2026\u201327</h1><p>Agreed by the partnership on 19 March 2026."
                       f"</p><div class='cards'>{cards}</div>"))
    acts = [("Problem-solving plans for Wymondham and Diss town centres", "Place", "Council / police", "Jun 2026"),
            ("Farm Watch fuel-theft alerts and fly-tipping cameras on farm tracks", "Rural", "Police / NFU",
             "Sep 2026"),
            ("Bank and post office staff trained in the banking protocol", "Protection", "Trading Standards",
             "Dec 2026"),
            ("Early help offer for families where domestic abuse is disclosed", "Early help", "County council",
             "Mar 2027"),
            ("Youth diversion sessions in four market towns", "Early help", "Youth Justice Service", "Jul 2026")]
    pages.append(frame(8, "<h1>The plan for 2026\u201327</h1><table class='t'><tr><th>Action</th><th>Theme</th>"
                       "<th>Lead</th><th>By</th></tr>" + "".join(f"<tr><td>{esc(a)}</td><td>{esc(t)}</td>"
                                                                 f"<td>{esc(l)}</td><td>{esc(w)}</td></tr>"
                                                                 for a, t, l, w in acts) +
                       "</table><h2>Links to the Police and Crime Plan</h2><p>Our priorities support the Norfolk "
                       "Police and Crime Plan 2025&ndash;2029, in particular 'Safer neighbourhoods, towns and "
                       "villages', 'Putting victims first and building trust' and 'Preventing crime and harm'.</p>"))
    pages.append(frame(9, """<h1>Governance and contacts</h1><div class='cols'><div>
<p>The partnership meets quarterly. The scorecard is reported to South Norfolk Council's Scrutiny Committee each
summer and to the Norfolk County Community Safety Partnership.</p></div><div>
<h2>Contact</h2><p>Community Safety Team, South Norfolk Council, The Horizon Centre, Peachman Way, Broadland
Business Park. Email: communitysafety@southnorfolk.example. Telephone 01508 000 000 (illustrative).</p>
<p class='note'>This document is a fictional re-creation prepared as test data; all statistics are
illustrative.</p></div></div>"""))
    return render(out, CSS, pages, TITLE, "south_norfolk")
