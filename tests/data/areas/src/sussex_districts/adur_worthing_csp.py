"""Adur & Worthing Safer Communities Partnership Strategy 2026-2029 (fictional re-creation).

House style: HTML/CSS printed by Chromium, DejaVu Sans with Liberation Serif headings, deep blue and orange,
folio in a circle.  The document never speaks of "priorities" of its own: it has five **ambitions**, each with
**commitments**.  Page 6 shows each ambition as a wide rounded bar with a big outlined number and, beneath, its
commitments as small rounded chips.  The gold is the top level, the ambitions.
"""
from __future__ import annotations

from pathlib import Path

from sussex_districts import kit_html as K
from sussex_districts.work import ILLUS

OUT = "strategies/adur_and_worthing_safer_communities_partnership_strategy_2026-29.pdf"

AMBITIONS = [
    ("Safer streets and open spaces, free from anti-social behaviour",
     ["Joint patrols in town centres and parks", "Faster action on repeat complaints",
      "Youth outreach on the seafront in summer"]),
    ("Young people protected from exploitation and county lines",
     ["Exploitation training for taxi drivers and hotel staff", "Return home interviews within 72 hours",
      "Mentoring for children at risk"]),
    ("Homes free from domestic abuse",
     ["Sanctuary scheme for survivors", "A domestic abuse champion in every team", "Campaigns every December"]),
    ("Fewer people harmed by drugs and alcohol",
     ["Outreach to street drinkers", "Naloxone carried by housing officers", "Links from custody to treatment"]),
    ("Fewer people sleeping rough on our streets",
     ["Street outreach seven days a week", "A 'somewhere safe to stay' hub", "Move-on housing with support"]),
]

CSS = """
body { font-family: 'DejaVu Sans', sans-serif; color: #1f2933; font-size: 9.4pt; line-height: 1.45; }
h1 { font-family: 'Liberation Serif', serif; color: #153e75; font-size: 24pt; margin: 0 0 4mm 0; }
h2 { font-family: 'Liberation Serif', serif; color: #d9480f; font-size: 13.5pt; margin: 5mm 0 2mm 0; }
p { margin: 0 0 2.6mm 0; }
.run { color: #153e75; text-align: right; }
.folio { right: 18mm; width: 10mm; height: 10mm; border-radius: 50%; background: #153e75; color: white;
         text-align: center; line-height: 10mm; font-size: 8pt; }
.cover { background: linear-gradient(180deg, #153e75 0%, #153e75 62%, #d9480f 62%, #d9480f 100%); color: white; }
.cover .t { position: absolute; left: 20mm; top: 70mm; font-family: 'Liberation Serif', serif; font-size: 34pt;
            line-height: 1.1; width: 170mm; }
.cover .s { position: absolute; left: 20mm; top: 150mm; font-size: 13pt; }
.cover .o { position: absolute; left: 20mm; bottom: 30mm; font-size: 10pt; }
.toc .e { display: flex; justify-content: space-between; padding: 2.5mm 0; font-size: 11pt; }
.toc .e .n { color: #d9480f; font-weight: bold; }
.toc .e .t::after { content: ''; }
.nums { display: flex; gap: 4mm; margin: 3mm 0; }
.nums div { flex: 1; border: 1pt solid #153e75; border-radius: 3mm; padding: 3mm; }
.nums b { display: block; font-size: 17pt; color: #d9480f; }
.note { font-size: 7.6pt; color: #666; }
.tbl th { background: #153e75; color: white; text-align: left; padding: 1.8mm; font-size: 8.6pt; }
.tbl td { border: 0.5pt solid #c5cfdc; padding: 1.8mm; font-size: 8.6pt; vertical-align: top; }
.quote { font-family: 'Liberation Serif', serif; font-style: italic; font-size: 12pt; color: #153e75;
         border-left: 2pt solid #d9480f; padding-left: 4mm; margin: 4mm 0; }
.amb { margin: 0 0 5.5mm 0; }
.amb .bar { display: flex; align-items: center; background: #e7eef8; border-radius: 9mm; padding: 2mm 6mm 2mm 2mm; }
.amb .n { font-family: 'Liberation Serif', serif; font-size: 30pt; color: white; -webkit-text-stroke: 1pt #153e75;
          width: 16mm; text-align: center; flex: none; }
.amb .a { font-family: 'Liberation Serif', serif; font-weight: bold; font-size: 14pt; color: #153e75; line-height: 1.2; }
.amb .chips { margin: 2mm 0 0 18mm; }
.amb .chips span { display: inline-block; border: 0.8pt solid #d9480f; color: #8a2d06; border-radius: 4mm;
                   padding: 0.6mm 3mm; margin: 0 1.5mm 1.5mm 0; font-size: 8pt; }
"""


def build(root: Path) -> Path:
    cover = ("<div class='t'>Safer Communities Partnership Strategy</div><div class='s'>Adur &amp; Worthing "
             "2026\u20132029</div><div class='o'>Adur &amp; Worthing Councils \u2022 Sussex Police \u2022 "
             "West Sussex County Council \u2022 partners</div>")
    toc = [("A message from the partnership", 3, 0), ("Adur and Worthing in numbers", 4, 0),
           ("Where this strategy fits", 5, 0), ("Our five ambitions", 6, 0), ("Making it happen", 7, 0),
           ("Knowing we are succeeding", 8, 0)]
    pages = ["<h1>Contents</h1>" + K.contents(toc)]
    pages.append(
        "<h1>A message from the partnership</h1>"
        "<p>Adur and Worthing are safe places, and most residents tell us they feel safe. But we know that is not "
        "everyone's experience. Some young people are targeted by people who want to use them to sell drugs. Some "
        "residents live with abuse behind closed doors. Some streets see anti-social behaviour night after night. "
        "And more people are sleeping rough than at any time in the last decade.</p>"
        "<p>This strategy sets out five ambitions that the Adur &amp; Worthing Safer Communities Partnership will "
        "pursue together from 2026 to 2029, and the commitments that will get us there. It replaces the "
        "2023\u20132026 strategy and was shaped by more than 900 residents and 40 community organisations "
        "(illustrative figures).</p>"
        "<div class='quote'>\u201cI want my kids to be able to walk to the beach without me worrying.\u201d "
        "\u2014 Worthing parent, consultation 2025</div>"
        "<p>We will report on progress every year in public, and we will change course if something is not "
        "working.</p><p class='note'>Joint Chairs, Adur &amp; Worthing Safer Communities Partnership</p>")
    pages.append(
        "<h1>Adur and Worthing in numbers</h1>"
        "<div class='nums'><div><b>175,000</b>residents</div><div><b>3,400</b>ASB reports a year</div>"
        "<div><b>58</b>people sleeping rough on a single night</div></div>"
        "<div class='nums'><div><b>2,150</b>domestic abuse incidents</div><div><b>27</b>children referred for "
        "criminal exploitation</div><div><b>410</b>alcohol-related hospital admissions per 100,000</div></div>"
        f"<p class='note'>{ILLUS}</p>"
        "<h2>What the evidence tells us</h2>"
        "<ul><li>Anti-social behaviour clusters in Worthing town centre, Shoreham and Lancing seafronts and some "
        "parks, with a summer peak.</li><li>County lines from London and Brighton target children in care and "
        "children out of school.</li><li>Rough sleeping has risen with the cost of living; many people sleeping "
        "rough also have drug or alcohol needs.</li><li>Domestic abuse is the most common reason for a MARAC "
        "referral in both councils.</li></ul>"
        "<h2>Residents' top worries</h2>"
        + K.table([["Worry", "Share"], ["Anti-social behaviour", "55%"], ["Drug dealing", "43%"],
                   ["Rough sleeping and begging", "34%"], ["Speeding", "31%"]], widths=[75, 25]))
    pages.append(
        "<h1>Where this strategy fits</h1>"
        "<h2>Our last strategy</h2><p>The 2023\u20132026 strategy had four priorities: anti-social behaviour, "
        "exploitation, domestic abuse and substance misuse. The new strategy keeps them as ambitions and adds "
        "rough sleeping.</p>"
        "<h2>Sussex and West Sussex</h2>"
        + K.table([["Plan", "Its priorities include"],
                   ["Sussex Police and Crime Plan 2025\u20132029", "Safer neighbourhoods, towns and villages; "
                    "Disrupting organised crime and exploitation; Ending violence against women and girls; "
                    "Reducing reoffending"],
                   ["West Sussex Domestic Abuse and Safe Accommodation Strategy", "Prevention; safe accommodation; "
                    "perpetrators; workforce"],
                   ["West Sussex Combating Drugs Partnership", "The three priorities of <i>From harm to hope</i>"],
                   ["Sussex Violence Reduction Partnership", "The Serious Violence Duty strategy"]],
                  widths=[38, 62])
        + "<h2>Our principles</h2><ul><li>Prevention first</li><li>Trauma-informed</li>"
          "<li>Listening to lived experience</li></ul>")
    body = ("<h1>Our five ambitions</h1><p>Each ambition has a small number of commitments for the first year. "
            "Together they describe the places we want Adur and Worthing to be by 2029.</p>")
    for n, (amb, chips) in enumerate(AMBITIONS, 1):
        body += (f"<div class='amb'><div class='bar'><div class='n'>{n}</div><div class='a'>{amb}</div></div>"
                 "<div class='chips'>" + "".join(f"<span>{c}</span>" for c in chips) + "</div></div>")
    pages.append(body)
    pages.append(
        "<h1>Making it happen</h1>"
        + K.table([["Ambition theme", "Group", "Partners"],
                   ["Streets and spaces", "Joint Action Group", "Councils, police, wardens"],
                   ["Exploitation", "Missing and Exploited Children panel", "Children's services, police, schools"],
                   ["Domestic abuse", "Adur &amp; Worthing DA Forum", "Councils, specialist services"],
                   ["Drugs and alcohol", "Substance Misuse Group", "Change Grow Live, NHS, police"],
                   ["Rough sleeping", "Rough Sleeping Partnership", "Councils, charities, health"]],
                  widths=[28, 38, 34])
        + "<h2>Resources</h2><p>The councils' community safety budget, the Police and Crime Commissioner's grant "
          "and partners' own services fund the strategy.</p>")
    pages.append(
        "<h1>Knowing we are succeeding</h1>"
        + K.table([["Indicator", "Baseline", "Direction"], ["ASB reports", "3,400", "Down"],
                   ["Children referred for exploitation who are safeguarded", "70%", "Up"],
                   ["Repeat MARAC cases", "32%", "Down"], ["Alcohol-related admissions", "410", "Down"],
                   ["People sleeping rough on a single night", "58", "Down"]], widths=[60, 20, 20])
        + f"<p class='note'>{ILLUS}</p><h2>Governance</h2><p>The partnership reports to the Joint Overview and "
          "Scrutiny Committee of Adur and Worthing Councils every year.</p><h2>Contact</h2><p>Safer Communities "
          "Team, Portland House, Worthing. safer.communities@adur-worthing.example</p>")
    out = root / OUT
    return K.build(out, "adur_worthing", "Adur & Worthing Safer Communities Partnership Strategy 2026\u20132029",
                   CSS, cover, pages, "Adur &amp; Worthing Safer Communities Partnership Strategy 2026\u20132029")
