"""Safer Hertfordshire partnership bulletin, spring 2026 (issue 14): HTML/CSS printed by Chromium
(Liberation Sans, orange masthead, two-column news layout).  NOT a strategy: news items mention several
partners' new priorities in passing (Broxbourne, Welwyn Hatfield, the VAWG strategy), in paraphrase; it
states no priorities of its own."""
from __future__ import annotations

from .kit import html_to_pdf

NAME = "safer_herts_partnership_bulletin_spring_2026.pdf"
CSS = """
@page { size: A4; margin: 14mm 14mm 16mm }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.42; color: #222 }
.mast { background: #E37222; color: #fff; padding: 6mm 7mm }
.mast h1 { margin: 0; font-size: 24pt } .mast p { margin: 1mm 0 0 }
.cols { column-count: 2; column-gap: 8mm; margin-top: 5mm }
.item { break-inside: avoid; margin-bottom: 5mm; border-top: 1.2pt solid #E37222; padding-top: 2mm }
h2 { font-size: 12pt; margin: 0 0 1.5mm; color: #8A3B00 }
p { margin: 0 0 2mm }
.box { background: #FCEBDD; padding: 3mm; break-inside: avoid; margin-bottom: 5mm }
.small { font-size: 7.5pt; color: #666 }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt }
td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top }
"""
ITEMS = [
    ("Broxbourne agrees its new plan",
     "Broxbourne's partnership board signed off its plan for 2026-2029 in March. Alongside its long-standing "
     "work on anti-social behaviour, the board has added shop theft and business crime, and road safety on "
     "the A10 corridor, after residents raised both in the survey. Knife crime and cuckooing stay on the list."),
    ("Welwyn Hatfield swaps cost of living for shop theft",
     "At its final drafting meeting, Welwyn Hatfield's partnership replaced a draft aim on the cost of living "
     "with action on shop theft in the two town centres, working with the Business Improvement District."),
    ("County VAWG strategy launched",
     "The Domestic Abuse Partnership Board launched its five-year strategy on violence against women and "
     "girls at a conference in Hatfield attended by 220 practitioners. The strategy follows a survivor's "
     "path from prevention to recovery and includes a new shared training framework."),
    ("Three Rivers consultation open",
     "Three Rivers is consulting on its draft strategy until the end of June. Speeding in the villages is "
     "the issue residents have raised most so far."),
    ("Hare coursing season ends with record seizures",
     "Rural officers from East Herts, North Herts and Dacorum seized 14 vehicles this season under the new "
     "hare coursing powers (illustrative)."),
    ("Scams awareness week",
     "Trading Standards and the district councils ran 60 sessions for older residents during scams awareness "
     "week; call blockers were fitted in 90 homes."),
    ("Serious Violence Duty: one year on",
     "The county partnership has published its first annual review. Navigators in the two A&E departments "
     "saw 340 young people last year, and the partnership refreshed its strategy in March to put more weight "
     "on the night-time economy and early intervention."),
    ("Naloxone in every hostel",
     "The Combating Drugs Partnership has placed naloxone kits in every hostel and supported housing scheme in "
     "the county, and trained 400 staff to use them. Each kit can reverse an opioid overdose."),
    ("Prevent training for community groups",
     "Hertsmere and Watford ran joint Prevent awareness sessions for faith and community groups. Further "
     "dates are planned for the autumn; places are free."),
    ("Spotlight: Ask for Angela in St Albans",
     "Forty licensed venues in St Albans have signed up to Ask for Angela and trained their door staff. "
     "Welfare officers now work on Friday and Saturday nights near the station."),
    ("Dacorum's equality assessment",
     "Dacorum published the equality impact assessment of its new strategy, with actions to make reporting "
     "anti-social behaviour easier for disabled residents."),
    ("Youth voice",
     "Young people from five districts met the Commissioner to talk about safety on buses and in parks. "
     "Their report will be shared with every partnership."),
]
ROUNDUP = [  # short topic tags, not the partnerships' own wording
    ("Broxbourne", "ASB and environmental crime; knife crime; exploitation; shop theft; A10 road safety"),
    ("Dacorum", "ASB; rural and heritage crime; domestic abuse; drugs and alcohol; fraud"),
    ("East Herts", "ASB; rural crime; VAWG; fraud; cohesion"),
    ("Hertsmere", "exploitation; ASB; domestic abuse and stalking; young people; Prevent"),
    ("North Herts", "ASB; domestic abuse; exploitation; rural crime; violence"),
    ("St Albans", "city centre ASB; acquisitive crime; scams; night-time safety; substance misuse"),
    ("Three Rivers (draft)", "ASB; burglary; domestic abuse; speeding; cohesion"),
    ("Welwyn Hatfield", "youth ASB; exploitation; domestic abuse; night-time violence; shop theft"),
]


def build(out_root):
    out = out_root / "strategies" / NAME
    items = "".join(f"<div class='item'><h2>{t}</h2><p>{b}</p></div>" for t, b in ITEMS)
    html = (f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
            "<div class='mast'><h1>Safer Herts Bulletin</h1><p>News from Hertfordshire's community safety "
            "partnerships - Spring 2026 - Issue 14</p></div>"
            "<p class='small'>A fictional re-creation made for testing; not a real newsletter.</p>"
            "<div class='box'><b>In this issue</b><br>Broxbourne agrees its new plan - Welwyn Hatfield swaps cost "
            "of living for shop theft - County VAWG strategy launched - Three Rivers consultation open - Hare "
            "coursing season - Scams awareness week - Dates for your diary</div>"
            f"<div class='cols'>{items}"
            "<div class='box'><b>Round-up: what the partnerships are working on</b> (short tags compiled by "
            "the bulletin team - see each partnership's strategy for its priorities)<table>"
            + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROUNDUP) + "</table></div>"
            "<div class='box'><b>Dates for your diary</b><table>"
            "<tr><td>23 April</td><td>Safer Hertfordshire Board</td></tr>"
            "<tr><td>14 May</td><td>Serious Violence Duty annual review workshop</td></tr>"
            "<tr><td>11 June</td><td>Hertsmere RAG</td></tr>"
            "<tr><td>30 June</td><td>Three Rivers consultation closes</td></tr></table></div>"
            "<div class='item'><h2>Get in touch</h2><p>Send news for the summer issue to "
            "bulletin@saferherts.example by 1 June. Figures in this bulletin are illustrative.</p></div>"
            "</div></body></html>")
    return html_to_pdf("bulletin", html, out)
