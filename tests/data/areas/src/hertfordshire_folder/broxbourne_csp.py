"""Broxbourne Community Safety Partnership Plan 2026-2029: a slide deck (16:9 pages) written in HTML/CSS and
printed by Chromium (DejaVu Sans Condensed, navy and lime).  Each slide has a title bar, a slide number and a
footer strip.  The priorities are five chevron arrows in a row across slide 6, each holding one priority in
white bold; a "Lead" line sits under each chevron."""
from __future__ import annotations

from . import shared as T
from .kit import blocks_html, esc, html_to_pdf

NAME = "broxbourne_csp_plan_2026-29_slides.pdf"
NAVY, LIME = "#14325C", "#8DC63F"
PRIORITIES = [
    ("Tackling anti-social behaviour and environmental crime", "Council"),
    ("Reducing knife crime and youth violence", "Police"),
    ("Protecting people from exploitation and cuckooing", "Police / housing"),
    ("Reducing shop theft and business crime", "Council / BID"),
    ("Improving road safety on the A10 corridor and residential streets", "Police / HCC Highways"),
]
CSS = f"""
@page {{ size: 254mm 142.9mm; margin: 0 }}
* {{ box-sizing: border-box }}
body {{ margin: 0; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; color: #1d1d1d;
        font-size: 9.5pt; line-height: 1.32 }}
.slide {{ width: 254mm; height: 142.9mm; position: relative; overflow: hidden; page-break-after: always;
          padding: 24mm 14mm 14mm }}
.slide:last-child {{ page-break-after: auto }}
.bar {{ position: absolute; top: 0; left: 0; right: 0; height: 17mm; background: {NAVY}; color: #fff;
        font-size: 17pt; font-weight: bold; padding: 4.5mm 14mm }}
.bar:after {{ content: ''; position: absolute; left: 0; bottom: -2mm; width: 60mm; height: 2mm;
              background: {LIME} }}
.foot {{ position: absolute; bottom: 0; left: 0; right: 0; height: 8mm; font-size: 7pt; color: #666;
         padding: 2mm 14mm; border-top: 0.5pt solid #ccc; display: flex; justify-content: space-between }}
h2 {{ font-size: 12pt; color: {NAVY}; margin: 0 0 2mm }}
h3 {{ font-size: 10pt; margin: 2mm 0 1mm }}
p {{ margin: 0 0 2mm }}
.small {{ font-size: 7.5pt; color: #666 }}
ul, ol {{ margin: 0 0 2mm; padding-left: 5mm }}
table {{ border-collapse: collapse; width: 100%; font-size: 8pt }}
th {{ background: {NAVY}; color: #fff; text-align: left; padding: 1.3mm }}
td {{ border-bottom: 0.4pt solid #bbb; padding: 1.3mm; vertical-align: top }}
.stats {{ display: flex; gap: 4mm; margin: 2mm 0 3mm }}
.stat {{ flex: 1; background: #EEF3E4; padding: 3mm; border-radius: 2mm }}
.stat b {{ display: block; font-size: 18pt; color: {NAVY} }}
.stat span {{ font-size: 8pt }}
blockquote {{ margin: 2mm 0; padding: 2mm 4mm; border-left: 2mm solid {LIME}; font-style: italic }}
blockquote cite {{ display: block; font-size: 7.5pt; font-style: normal }}
.cols {{ display: flex; gap: 8mm }} .cols > div {{ flex: 1 }}
.chev {{ display: flex; gap: 1.5mm; margin-top: 8mm }}
.chev .c {{ flex: 1 }}
.chev .arrow {{ height: 34mm; background: {NAVY}; color: #fff; font-weight: bold; font-size: 10pt;
               line-height: 1.25; display: flex; align-items: center; padding: 0 9mm 0 10mm;
               clip-path: polygon(0 0, 85% 0, 100% 50%, 85% 100%, 0 100%, 12% 50%) }}
.chev .c:first-child .arrow {{ clip-path: polygon(0 0, 85% 0, 100% 50%, 85% 100%, 0 100%); padding-left: 4mm }}
.chev .c:nth-child(even) .arrow {{ background: #2C5A8F }}
.chev .lead {{ font-size: 7.5pt; color: #555; margin-top: 2mm; padding-left: 4mm }}
.title {{ background: {NAVY}; color: #fff; padding: 35mm 20mm }}
.title h1 {{ font-size: 28pt; margin: 0 0 4mm }}
.toc p {{ font-size: 11pt; margin: 0 0 2.4mm }}
.toc b {{ display: inline-block; width: 12mm; color: {LIME} }}
"""


def slide(n, title, body):
    return (f"<section class='slide'><div class='bar'>{esc(title)}</div>{body}<div class='foot'>"
            f"<span>Broxbourne Community Safety Partnership | Plan 2026-2029</span><span>{n}</span></div></section>")


def build(out_root):
    out = out_root / "strategies" / NAME
    s = []
    s.append("<section class='slide title'><h1>Community Safety Partnership Plan 2026-2029</h1>"
             "<p style='font-size:13pt'>Broxbourne Community Safety Partnership</p><p>Presented to the "
             "partnership board, March 2026</p><p class='small' style='color:#cdd;margin-top:30mm'>A fictional "
             "re-creation made for testing; not a publication of the partnership.</p></section>")
    toc = [(3, "Welcome"), (4, "Broxbourne in numbers"), (5, "Looking back: 2023-2026"),
           (6, "Our priorities 2026-2029"), (7, "Who we work with"), (8, "Action plan 2026/27"),
           (9, "Measuring success"), (10, "Governance and contacts")]
    s.append(slide(2, "Contents", "<div class='toc'>" + "".join(f"<p><b>{n}</b>{esc(t)}</p>" for n, t in toc)
                   + "</div>"))
    fw = T.foreword("Broxbourne", "Broxbourne Community Safety Partnership", "2026-2029")
    s.append(slide(3, "Welcome", blocks_html(fw[:2] + [("quote", "We will focus on the few things that matter "
                                                     "most to residents.", "Chair, Broxbourne CSP")])))
    s.append(slide(4, "Broxbourne in numbers", blocks_html(T.context("Broxbourne", [
        ("2,310", "ASB reports"), ("+31%", "shop theft"), ("48", "knife offences involving under-25s"),
        ("17", "people killed or seriously injured on the A10")],
        ["ASB and fly-tipping are concentrated in Waltham Cross and Cheshunt.",
         "Shop theft has risen fastest in Hoddesdon and Brookfield.",
         "Knife crime involving young people remains low but is rising.",
         "The A10 corridor has the district's highest rate of serious collisions."]))))
    s.append(slide(5, "Looking back: 2023-2026", blocks_html(
        [("raw", "<div class='cols'><div>")] + T.previous("2023-2026", [
            "Anti-social behaviour", "Serious violence", "Domestic abuse", "Exploitation of vulnerable people"],
            "Domestic abuse now sits with the county Domestic Abuse Partnership Board; the CSP will support "
            "it through its action plan.") + [("raw", "</div><div>"), ("h3", "What we achieved"),
                                              ("ul", ["PSPO renewed in Waltham Cross town centre",
                                                      "240 young people reached by detached youth work",
                                                      "Cuckooing protocol agreed with housing associations"]),
                                              ("raw", "</div></div>")])))
    chev = "".join(f"<div class='c'><div class='arrow'>{esc(p)}</div><div class='lead'>Lead: {esc(l)}</div>"
                   "</div>" for p, l in PRIORITIES)
    s.append(slide(6, "Our priorities 2026-2029", "<p>The board agreed five priorities for the next three years, "
                   "based on the strategic assessment and the residents' survey.</p>"
                   f"<div class='chev'>{chev}</div>"))
    s.append(slide(7, "Who we work with", blocks_html(
        [("raw", "<div class='cols'><div>")] + T.pcp_quote() + [("raw", "</div><div>")]
        + T.statutory() + [("raw", "</div></div>")])))
    s.append(slide(8, "Action plan 2026/27", blocks_html(T.action_table([
        ["ASB", "Joint enforcement days and fly-tipping cameras", "Council", "Ongoing"],
        ["Violence", "Knife crime education in every secondary school", "Police / schools", "Mar 2027"],
        ["Exploitation", "Cuckooing visits with housing associations", "Police", "Quarterly"],
        ["Business crime", "Shop theft reporting app for retailers", "BID", "Sep 2026"],
        ["Roads", "A10 average speed camera bid; three new Speedwatch groups", "HCC Highways", "Mar 2027"]]))))
    s.append(slide(9, "Measuring success", blocks_html(T.measures_table([
        ["ASB incidents", "2,310", "-10%"], ["Knife offences, under-25s", "48", "down"],
        ["Cuckooing cases safeguarded", "19", "all"], ["Shop theft offences", "1,020", "-10%"],
        ["Killed or seriously injured, A10", "17", "down"]]) + [("small", "Baselines are illustrative.")])))
    s.append(slide(10, "Governance and contacts", blocks_html(T.governance(
        "Broxbourne Community Safety Partnership", "Broxbourne Council"))))
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>" + "".join(s) \
        + "</body></html>"
    return html_to_pdf("broxbourne", html, out)
