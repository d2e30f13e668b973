"""Safer West Norfolk: Community Safety Plan 2026-2029, consultation report and final plan (HTML/CSS printed by
Chromium; burgundy and stone, DejaVu Serif).

The proposed priorities of the January 2026 consultation draft appear on p5 (a 2x2 grid of grey cards "Proposed
priority A-D"); p6 reports what the consultation said; the "Final priorities" (p7) differ: three reworded and one
replaced.  Gold = the final priorities: stacked burgundy-edged panels, each with a right-hand "From the draft" note.
"""
from __future__ import annotations

from pathlib import Path

from .kit_html import esc, render

OUT = "strategies/safer_west_norfolk_community_safety_plan_2026-29_final.pdf"
TITLE = "Safer West Norfolk: Community Safety Plan 2026\u20132029 (consultation report and final plan)"

CSS = """
body { font-family: 'DejaVu Serif', serif; color: #2A2326; font-size: 9.3pt; line-height: 1.45; }
.hd { position: absolute; top: 0; left: 0; right: 0; height: 10mm; border-bottom: 2.5mm solid #7B1E3A;
      background: #E9E4DA; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; padding: 3mm 18mm; color: #7B1E3A; }
.body { position: absolute; top: 22mm; left: 18mm; right: 18mm; bottom: 20mm; overflow: hidden; }
.ft { position: absolute; bottom: 8mm; left: 18mm; right: 18mm; font-family: 'DejaVu Sans', sans-serif;
      font-size: 7.5pt; color: #7B1E3A; text-align: center; }
h1 { font-size: 18pt; color: #7B1E3A; margin: 0 0 4mm; font-weight: bold; }
h2 { font-size: 12pt; color: #7B1E3A; margin: 4mm 0 2mm; }
.cover { background: #E9E4DA; }
.cover .band { position: absolute; left: 0; top: 0; bottom: 0; width: 62mm; background: #7B1E3A; }
.cover .t { position: absolute; left: 72mm; right: 16mm; top: 80mm; }
.cover .t h1 { font-size: 27pt; line-height: 1.2; }
.cover .t p { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; color: #5A4A50; }
.draft { display: inline-block; border: 2px solid #7B1E3A; color: #7B1E3A; font-family: 'DejaVu Sans', sans-serif;
         padding: 1mm 3mm; font-size: 9pt; letter-spacing: .1em; margin-bottom: 3mm; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin: 3mm 0 4mm; }
.pc { background: #EFEDEA; border-top: 1.2mm solid #9A9A9A; padding: 3mm 4mm; color: #555; }
.pc .k { font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; letter-spacing: .08em; text-transform: uppercase; }
.pc .v { font-size: 12pt; font-weight: bold; color: #555; margin: 1mm 0 2mm; }
.fin { display: flex; border-left: 2.5mm solid #7B1E3A; background: #F7F1EA; margin-bottom: 4mm; }
.fin .m { flex: 1; padding: 3mm 4mm; } .fin .m .v { font-size: 13pt; font-weight: bold; color: #7B1E3A;
          line-height: 1.3; margin-bottom: 1.5mm; }
.fin .s { width: 52mm; padding: 3mm 4mm; background: #E9E4DA; font-family: 'DejaVu Sans', sans-serif; font-size: 7.6pt;
          color: #4A3A40; } .fin .s b { display: block; color: #7B1E3A; letter-spacing: .06em; text-transform: uppercase; }
table.t { width: 100%; font-size: 8.2pt; font-family: 'DejaVu Sans', sans-serif; margin: 2mm 0 4mm; }
table.t th { text-align: left; border-bottom: 2px solid #7B1E3A; padding: 1.5mm; color: #7B1E3A; }
table.t td { border-bottom: 1px solid #D8D0C4; padding: 1.5mm; vertical-align: top; }
.toc div { display: flex; font-size: 11pt; padding: 2.2mm 0; border-bottom: 1px solid #D8D0C4; }
.toc div span:first-child { flex: 1; }
.bar { height: 4mm; background: #7B1E3A; display: inline-block; vertical-align: middle; }
.note { font-size: 7.8pt; color: #666; font-family: 'DejaVu Sans', sans-serif; }
"""

PROPOSED = [("A", "Anti-social behaviour in our towns", "Focusing on King's Lynn, Downham Market and Hunstanton."),
            ("B", "Preventing serious violence", "Including violence in the night-time economy."),
            ("C", "Drug and alcohol misuse", "Linked to the county Combating Drugs Partnership."),
            ("D", "Fly-tipping and environmental crime", "In rural parishes and lay-bys.")]
FINAL = [
    ("Reducing anti-social behaviour in King's Lynn town centre and Downham Market",
     "Reworded from A. Residents asked us to name the places; Hunstanton's seasonal issues are handled by the "
     "summer operation."),
    ("Tackling knife crime and serious violence",
     "Reworded from B. Knife crime was the violence residents most wanted named."),
    ("Reducing the harm caused by drug and alcohol misuse",
     "Reworded from C, to make clear that the focus is on harm."),
    ("Supporting people in mental health crisis",
     "New. Replaces D: fly-tipping stays with the council's environmental enforcement team."),
]


def frame(n: int, inner: str) -> str:
    return (f"<div class='hd'>SAFER WEST NORFOLK \u00b7 COMMUNITY SAFETY PLAN 2026\u20132029</div>"
            f"<div class='body'>{inner}</div><div class='ft'>\u2014 {n} \u2014</div>")


def build(root: Path) -> Path:
    out = root / OUT
    pages = [("cover", "<div class='band'></div><div class='t'><h1>Community Safety Plan<br>2026\u20132029</h1>"
              "<p>Consultation report and final plan</p><p>Safer West Norfolk Partnership<br>Borough Council of "
              "King's Lynn and West Norfolk with Norfolk Constabulary and partners</p></div>")]
    toc = [("Foreword", 3), ("The evidence", 4), ("The consultation draft: proposed priorities", 5),
           ("What you told us", 6), ("Final priorities", 7), ("What we will do", 8),
           ("Measuring progress and governance", 9), ("How we consulted and contacts", 10)]
    pages.append(frame(2, "<h1>Contents</h1><div class='toc'>" +
                       "".join(f"<div><span>{esc(a)}</span><span>{n}</span></div>" for a, n in toc) + "</div>"))
    pages.append(frame(3, """<h1>Foreword</h1>
<p>West Norfolk is a large and varied borough: a historic port town, market towns, a seaside resort and many small
villages across the Fens and the Norfolk coast. Crime is low by national standards, but residents have told us
clearly what worries them.</p>
<p>In January 2026 we published a consultation draft of this plan with four proposed priorities. More than a
thousand people and organisations responded. This document keeps a record of what we proposed, reports what you
told us, and sets out the final priorities the partnership agreed in April 2026.</p>
<p>Our previous plan (2023&ndash;2026) focused on three themes: anti-social behaviour, protecting vulnerable
people, and the night-time economy. The night-time economy now has a Purple Flag and its own business-led
partnership, and is no longer a separate theme.</p>
<p><b>Cabinet member for community safety</b><br>Borough Council of King's Lynn and West Norfolk</p>"""))
    pages.append(frame(4, """<h1>The evidence</h1>
<p class='note'>All figures are illustrative, drawn up for this document.</p>
<table class='t'><tr><th>Indicator</th><th>2024/25</th><th>Trend</th></tr>
<tr><td>Anti-social behaviour incidents</td><td>3,720</td><td>Stable; half in King's Lynn town centre</td></tr>
<tr><td>Possession of a weapon offences</td><td>96</td><td>Up 12%</td></tr>
<tr><td>Violence with injury</td><td>1,410</td><td>Stable</td></tr>
<tr><td>Alcohol-specific hospital admissions (per 100,000)</td><td>520</td><td>Above the England average</td></tr>
<tr><td>Police hours spent on mental health incidents (per month)</td><td>640</td><td>Up 18%</td></tr>
<tr><td>Fly-tipping incidents</td><td>1,980</td><td>Down 5%</td></tr></table>
<h2>Key findings</h2>
<ul><li>ASB is concentrated in King's Lynn town centre, the bus station and Downham Market.</li>
<li>Most knife possession offences involve young men aged 16&ndash;24.</li>
<li>Alcohol harm is a larger local problem than drug harm, though drug-related deaths have risen.</li>
<li>Mental health crisis takes up growing police and ambulance time, often at the Queen Elizabeth Hospital.</li></ul>"""))
    cards = "".join(f"<div class='pc'><div class='k'>Proposed priority {k}</div><div class='v'>{esc(v)}</div>"
                    f"<div>{esc(d)}</div></div>" for k, v, d in PROPOSED)
    pages.append(frame(5, "<div class='draft'>CONSULTATION DRAFT \u00b7 JANUARY 2026</div>"
                       "<h1>The consultation draft: proposed priorities</h1>"
                       "<p>This page reproduces the four proposed priorities exactly as they appeared in the draft we "
                       "consulted on. They are <b>not</b> the final priorities: see page 7.</p>"
                       f"<div class='grid2'>{cards}</div>"
                       "<p>The draft asked residents whether they agreed with each proposed priority, what was "
                       "missing, and how they would like to be kept informed.</p>"))
    bars = "".join(f"<tr><td>{esc(k)}</td><td><span class='bar' style='width:{w}mm'></span> {p}%</td></tr>"
                   for k, w, p in [("A: Anti-social behaviour", 70, 82), ("B: Serious violence", 57, 67),
                                   ("C: Drug and alcohol misuse", 60, 71), ("D: Fly-tipping", 37, 44)])
    pages.append(frame(6, f"""<h1>What you told us</h1>
<p>1,146 people completed the survey (an illustrative figure), and we held eleven drop-in sessions.</p>
<h2>Agreement with each proposed priority</h2><table class='t'><tr><th>Proposed priority</th><th>Agree or strongly
agree</th></tr>{bars}</table>
<h2>Main messages</h2>
<ul><li>Name the places: residents wanted the ASB priority to say where.</li>
<li>Say "knife crime": the word "violence" felt abstract to many.</li>
<li>Fly-tipping matters, but it is already the council's environmental enforcement team's job.</li>
<li>Many health and voluntary sector respondents asked for a priority on mental health crisis, which
they saw as the biggest gap.</li></ul>
<p>The partnership considered the responses at a workshop in March 2026.</p>"""))
    fins = "".join(f"<div class='fin'><div class='m'><div class='v'>{esc(v)}</div></div><div class='s'><b>From the "
                   f"draft</b>{esc(s)}</div></div>" for v, s in FINAL)
    pages.append(frame(7, "<h1>Final priorities</h1><p>The partnership agreed these four priorities for "
                       "2026&ndash;2029 on 14 April 2026. They replace the proposed priorities of the draft.</p>"
                       + fins))
    acts = [("Town centre ASB problem-solving group, with the bus station operator", "Places", "Borough council"),
            ("Weapons sweeps and knife arches at the King's Lynn night-time economy", "Enforcement", "Police"),
            ("Knife crime education in secondary schools and colleges", "Education", "Police / schools"),
            ("Alcohol brief interventions in A&amp;E and custody", "Health", "Public health"),
            ("Naloxone training for hostel and outreach staff", "Health", "Change Grow Live"),
            ("Mental health street triage on Friday and Saturday nights", "Health", "NHS / police"),
            ("Crisis café referral pathway for people in distress", "Health", "NHS Norfolk and Waveney")]
    pages.append(frame(8, "<h1>What we will do</h1><table class='t'><tr><th>Action</th><th>Theme</th><th>Lead"
                       "</th></tr>" + "".join(f"<tr><td>{a}</td><td>{t}</td><td>{l}</td></tr>" for a, t, l in acts)
                       + "</table><p>The themes group actions by type of work for the task groups; they are not "
                       "priorities.</p>"))
    pages.append(frame(9, """<h1>Measuring progress and governance</h1>
<table class='t'><tr><th>Priority</th><th>Measure</th></tr>
<tr><td>1</td><td>ASB incidents in King's Lynn town centre and Downham Market</td></tr>
<tr><td>2</td><td>Possession of weapon offences; knife-enabled violence</td></tr>
<tr><td>3</td><td>Alcohol-specific admissions; drug-related deaths</td></tr>
<tr><td>4</td><td>Police hours on mental health incidents; use of street triage</td></tr></table>
<h2>How the plan fits with others</h2>
<p>The plan supports the Norfolk Police and Crime Plan, whose priorities include "Safer neighbourhoods, towns and
villages" and "Preventing crime and harm", and the county's serious violence and drugs strategies.</p>
<h2>Governance</h2><p>The Safer West Norfolk Partnership meets quarterly. Progress is reported annually to the
council's Regeneration and Development Panel.</p>"""))
    pages.append(frame(10, """<h1>How we consulted and contacts</h1>
<p>The consultation ran from 8 January to 5 March 2026 online and on paper, with drop-in sessions in King's Lynn,
Downham Market, Hunstanton and six villages, and meetings with the youth council and the West Norfolk Disability
Forum.</p>
<h2>Contact</h2><p>Community Safety and Neighbourhood Nuisance Team, Borough Council of King's Lynn and West
Norfolk, King's Court, King's Lynn. Email: safer@west-norfolk.example. Telephone 01553 000 000 (illustrative).</p>
<p class='note'>This document is a fictional re-creation prepared as test data; all statistics are
illustrative.</p>"""))
    return render(out, CSS, pages, TITLE, "kings_lynn")
