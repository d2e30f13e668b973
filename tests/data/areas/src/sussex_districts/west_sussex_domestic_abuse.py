"""West Sussex Domestic Abuse and Safe Accommodation Strategy 2025-2028 (fictional re-creation).

House style: HTML/CSS printed by Chromium, Liberation Sans Narrow body with Liberation Sans headings, violet
and mustard, folio "WSCC | n".  The document has four **strategic priorities**, each with the **outcomes** we
want under it.  Page 6 shows them as four rows: a big outlined number "01"-"04" and the priority in bold in a
left column, the outcomes as a ticked list in a right column.  The document calls the top level its priorities,
so the gold is that level.
"""
from __future__ import annotations

from pathlib import Path

from sussex_districts import kit_html as K
from sussex_districts.work import ILLUS

OUT = "strategies/west_sussex_domestic_abuse_and_safe_accommodation_strategy_2025-28.pdf"

PRIORITIES = [
    ("Preventing domestic abuse and intervening earlier",
     ["Children and young people understand healthy relationships",
      "Abuse is recognised earlier by GPs, schools and employers",
      "Older and disabled victims are identified and helped"]),
    ("Safe accommodation and support for adults and children",
     ["Enough refuge and dispersed safe accommodation across the county",
      "Children in safe accommodation get specialist support",
      "Survivors can stay safely in their own homes where they choose"]),
    ("Holding perpetrators to account",
     ["More perpetrators referred to behaviour change programmes",
      "Courts and police use protective orders consistently",
      "Fewer repeat victims at MARAC"]),
    ("A confident, skilled workforce across all agencies",
     ["Every partner has trained domestic abuse champions",
      "Staff know how to respond to disclosures safely",
      "Learning from Domestic Homicide Reviews is acted on"]),
]

CSS = """
body { font-family: 'Liberation Sans Narrow', sans-serif; color: #222; font-size: 10.6pt; line-height: 1.42; }
h1 { font-family: 'Liberation Sans', sans-serif; color: #4b2a7b; font-size: 21pt; margin: 0 0 4mm 0; }
h2 { font-family: 'Liberation Sans', sans-serif; color: #4b2a7b; font-size: 12pt; margin: 5mm 0 2mm 0;
     border-bottom: 1.5pt solid #e3b505; padding-bottom: 1mm; }
p { margin: 0 0 2.6mm 0; }
.run { color: #4b2a7b; font-family: 'Liberation Sans', sans-serif; }
.folio { left: 20mm; color: #4b2a7b; font-family: 'Liberation Sans', sans-serif; }
.cover { background: #4b2a7b; color: white; }
.cover .ribbon { position: absolute; left: 0; right: 0; top: 175mm; height: 12mm; background: #e3b505; }
.cover .t { position: absolute; left: 20mm; top: 70mm; font-family: 'Liberation Sans', sans-serif; font-size: 28pt;
            font-weight: bold; line-height: 1.15; width: 165mm; }
.cover .s { position: absolute; left: 20mm; top: 150mm; font-size: 15pt; }
.cover .o { position: absolute; left: 20mm; bottom: 25mm; font-size: 10pt; }
.toc .e { display: flex; justify-content: space-between; padding: 2.4mm 0; border-bottom: 0.5pt solid #d9cce9; }
.toc .e .n { font-weight: bold; color: #4b2a7b; }
.note { font-size: 8pt; color: #666; }
.tbl th { background: #4b2a7b; color: white; text-align: left; padding: 1.8mm; font-size: 9.4pt; }
.tbl td { border-bottom: 0.5pt solid #d9cce9; padding: 1.8mm; font-size: 9.4pt; vertical-align: top; }
.pill { display: inline-block; background: #f2ecf9; border-radius: 3mm; padding: 2mm 3mm; margin: 0 2mm 2mm 0; }
.pill b { color: #4b2a7b; }
.row { display: grid; grid-template-columns: 78mm 1fr; border-top: 1pt solid #d9cce9; padding: 4mm 0 4.5mm 0; }
.row .left { display: flex; align-items: flex-start; gap: 3mm; padding-right: 5mm; }
.row .num { font-family: 'Liberation Sans', sans-serif; font-size: 30pt; font-weight: bold; color: #e3b505;
            line-height: 1; }
.row .pri { font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 13pt; color: #4b2a7b;
            line-height: 1.25; padding-top: 1mm; }
.row ul { list-style: none; margin: 0; padding: 0; }
.row li { padding-left: 6mm; position: relative; margin-bottom: 1.4mm; }
.row li::before { content: '\\2713'; position: absolute; left: 0; color: #e3b505; font-weight: bold; }
.lab { font-size: 8pt; letter-spacing: 0.6pt; color: #7a6a90; text-transform: uppercase; margin-bottom: 1mm; }
"""


def build(root: Path) -> Path:
    cover = ("<div class='t'>Domestic Abuse and Safe Accommodation Strategy</div><div class='s'>West Sussex "
             "2025\u20132028</div><div class='ribbon'></div><div class='o'>West Sussex County Council and the "
             "West Sussex Domestic Abuse Local Partnership Board</div>")
    toc = [("Foreword", 3, 0), ("Domestic abuse in West Sussex", 4, 0), ("Duties and national direction", 5, 0),
           ("Our strategic priorities", 6, 0), ("Delivering the strategy", 7, 0), ("Measuring impact", 8, 0)]
    pages = ["<h1>Contents</h1>" + K.contents(toc)]
    pages.append(
        "<h1>Foreword</h1>"
        "<p>Domestic abuse can happen to anyone. It affects people of every age, background and community in "
        "West Sussex, and its effects on children can last a lifetime. This strategy is the plan of the West "
        "Sussex Domestic Abuse Local Partnership Board for 2025 to 2028.</p>"
        "<p>It meets the County Council's duty under Part 4 of the Domestic Abuse Act 2021 to assess the need for "
        "support in safe accommodation and to publish a strategy for meeting it. It also goes wider, setting out "
        "how partners will prevent abuse, respond to it earlier and hold perpetrators to account.</p>"
        "<p>Survivors helped to write it. We thank everyone who shared their experience with us.</p>"
        "<p class='note'>Chair, West Sussex Domestic Abuse Local Partnership Board</p>"
        "<h2>Definition</h2><p>The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between "
        "people aged 16 or over who are personally connected, including physical or sexual abuse, violent or "
        "threatening behaviour, controlling or coercive behaviour, economic abuse and psychological or emotional "
        "abuse (paraphrased). Children who see, hear or experience its effects are victims in their own right.</p>")
    pages.append(
        "<h1>Domestic abuse in West Sussex</h1>"
        "<div><span class='pill'><b>14,200</b> domestic abuse-related crimes</span><span class='pill'><b>1,150"
        "</b> MARAC cases</span><span class='pill'><b>36%</b> repeat MARAC cases</span><span class='pill'><b>410"
        "</b> households supported in safe accommodation</span><span class='pill'><b>9 in 10</b> refuge referrals "
        "include children</span></div>"
        f"<p class='note'>{ILLUS}</p>"
        "<h2>Needs assessment findings</h2>"
        "<ul><li>Demand for refuge exceeds supply, especially for larger families and for survivors with complex "
        "needs.</li><li>Older victims and disabled victims are under-represented in services.</li><li>Few "
        "perpetrators are referred to behaviour change programmes outside the criminal courts.</li><li>Staff in "
        "universal services lack confidence to ask about abuse.</li></ul>"
        "<h2>What survivors told us</h2><p>\u201cI needed someone to ask me the question years earlier.\u201d "
        "\u201cThe refuge saved my life, but moving my children away from their school was so hard.\u201d</p>")
    pages.append(
        "<h1>Duties and national direction</h1>"
        "<h2>The Tackling Domestic Abuse Plan (2022)</h2>"
        "<p>The national plan has four pillars: prioritising prevention; supporting victims; pursuing "
        "perpetrators; and a stronger system.</p>"
        "<h2>The Police and Crime Plan</h2>"
        "<p>The Sussex Police and Crime Plan 2025\u20132029 has nine priorities under four pillars, among them "
        "<i>Ending violence against women and girls</i>, with commitments on earlier identification, perpetrator "
        "programmes and safe accommodation.</p>"
        "<h2>Our 2021\u20132024 strategy</h2>"
        + K.table([["2021\u20132024 priority", "Progress"],
                   ["Safe accommodation", "Two new dispersed schemes"],
                   ["Children and young people", "Specialist children's workers in refuges"],
                   ["Complex needs", "Partly met: waiting lists remain"]], widths=[55, 45]))
    body = ("<h1>Our strategic priorities</h1><p>The Board has agreed four strategic priorities for 2025\u20132028. "
            "Under each are the outcomes we want to see.</p>")
    for n, (pri, outs) in enumerate(PRIORITIES, 1):
        body += (f"<div class='row'><div class='left'><div class='num'>0{n}</div><div class='pri'>{pri}</div></div>"
                 "<div><div class='lab'>Outcomes</div><ul>" + "".join(f"<li>{o}</li>" for o in outs)
                 + "</ul></div></div>")
    pages.append(body)
    pages.append(
        "<h1>Delivering the strategy</h1>"
        + K.table([["Theme", "Action 2025\u201326", "Lead"],
                   ["Prevention", "Healthy relationships programme in 30 schools", "WSCC"],
                   ["Accommodation", "Commission 24 more dispersed units", "WSCC Housing"],
                   ["Accommodation", "Sanctuary scheme with every district council", "Districts"],
                   ["Perpetrators", "Community perpetrator programme", "OPCC / WSCC"],
                   ["Workforce", "Champions network and training", "Board"]], widths=[22, 56, 22])
        + "<p>The Board reports to the West Sussex Community Safety and Wellbeing Board and to the Ministry of "
          "Housing, Communities and Local Government on the safe accommodation duty.</p>")
    pages.append(
        "<h1>Measuring impact</h1>"
        + K.table([["Measure", "Baseline", "Direction"], ["Repeat MARAC cases", "36%", "Down"],
                   ["Households supported in safe accommodation", "410", "Up"],
                   ["Perpetrator programme starts", "85", "Up"], ["Staff trained", "1,200", "Up"]],
                  widths=[60, 20, 20])
        + f"<p class='note'>{ILLUS}</p><h2>Getting help</h2><p>West Sussex Domestic Abuse Service: "
          "0330 000 0000 (illustrative). In an emergency call 999.</p><h2>Contact</h2><p>Community Safety and "
          "Wellbeing, West Sussex County Council, County Hall, Chichester. domestic.abuse@westsussex.example</p>")
    out = root / OUT
    return K.build(out, "ws_da", "West Sussex Domestic Abuse and Safe Accommodation Strategy 2025\u20132028", CSS,
                   cover, pages, "West Sussex Domestic Abuse and Safe Accommodation Strategy 2025\u20132028",
                   folio="WSCC | {n}")
