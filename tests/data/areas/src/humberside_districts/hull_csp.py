"""Safer Hull Community Safety Partnership: Partnership Plan 2025-2028 (fictional).

HTML/CSS printed by Chromium, A4 portrait, 9 pages, Liberation Sans. Results-based accountability: the priorities
are the five population results in the first column of a "Population results" table (p6), each under a small
"RESULT n" tag, with the headline indicators and contributing partners beside them. Performance report cards on
p7 name the results by short names only.
"""
from __future__ import annotations

from hd_kit import hcontents, hpage, html_pages, htable, ul

FILE = "strategies/safer_hull_community_safety_partnership_plan_2025-28.pdf"

RESULTS = [
    ("Hull's neighbourhoods and city centre are free from anti-social behaviour",
     "Residents who say ASB is a big problem; ASB incidents per 1,000", "Council, police, housing, youth service"),
    ("Children and young people in Hull are safe from criminal exploitation",
     "Children open to the exploitation panel; missing episodes", "Children's services, police, schools"),
    ("Fewer people in Hull die or are harmed through drug and alcohol use",
     "Drug poisoning deaths; alcohol-specific admissions; people in treatment", "Public health, NHS, treatment services"),
    ("Everyone in Hull is safe from hate and feels they belong",
     "Hate incidents reported; residents who say people get on well together", "Council, police, faith and community groups"),
    ("People in Hull live free from domestic abuse",
     "Repeat referrals to MARAC; domestic abuse incidents with a child present", "Domestic abuse services, police, health"),
]

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #1E2A33; font-size: 10.2pt; line-height: 1.45; }
.inner { padding: 22mm 20mm 20mm 20mm; }
.head { position: absolute; top: 9mm; left: 20mm; right: 20mm; font-size: 7.5pt; color: #007A87;
        border-bottom: 2px solid #F2C14E; padding-bottom: 2mm; letter-spacing: .04em; }
.foot { position: absolute; bottom: 9mm; left: 20mm; right: 20mm; font-size: 7.5pt; color: #555;
        display: flex; justify-content: space-between; }
h1 { font-size: 21pt; color: #007A87; margin: 0 0 5mm 0; }
h2 { font-size: 12.5pt; margin: 5mm 0 2mm 0; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.8pt; }
table.t th { background: #007A87; color: #fff; text-align: left; padding: 2mm; }
table.t td { border-bottom: 1px solid #C9D6DC; padding: 2mm; vertical-align: top; }
ol.toc { list-style: none; padding: 0; font-size: 12pt; }
ol.toc li { display: flex; justify-content: space-between; border-bottom: 1px solid #C9D6DC; padding: 2.5mm 0; }
.cover { background: #007A87; height: 297mm; color: #fff; padding: 40mm 22mm; }
.cover .k { font-size: 11pt; letter-spacing: .2em; color: #F2C14E; }
.cover h1 { color: #fff; font-size: 34pt; line-height: 1.1; margin-top: 8mm; }
.cover .n { position: absolute; bottom: 16mm; left: 22mm; font-size: 7.5pt; }
.stat { display: inline-block; width: 31%; margin: 0 1% 3mm 0; background: #E6F2F3; padding: 3mm; vertical-align: top; }
.stat b { display: block; font-size: 17pt; color: #007A87; }
table.pr { width: 100%; border-collapse: separate; border-spacing: 0 3mm; }
table.pr th { text-align: left; font-size: 8pt; color: #555; text-transform: uppercase; letter-spacing: .05em; }
table.pr td { background: #F4F8F9; padding: 3mm; vertical-align: top; font-size: 8.8pt; }
table.pr td.res { background: #007A87; color: #fff; width: 44%; }
td.res .tag { display: block; font-size: 7pt; letter-spacing: .15em; color: #F2C14E; margin-bottom: 1mm; }
td.res .txt { display: block; font-size: 12pt; font-weight: bold; line-height: 1.25; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.card { border: 1px solid #C9D6DC; border-top: 4px solid #F2C14E; padding: 3mm; font-size: 8.4pt; }
.card h3 { margin: 0 0 1mm 0; font-size: 9.5pt; color: #007A87; }
.note { font-size: 7.5pt; color: #555; }
"""


def build(root):
    out = root / FILE
    head = "SAFER HULL \u00b7 PARTNERSHIP PLAN 2025\u20132028"

    def foot(n):
        return f"<span>saferhull.example</span><span>Safer Hull \u00b7 {n}</span>"

    toc = [("Foreword", 3), ("Hull in numbers", 4), ("How we chose our results", 5), ("Population results", 6),
           ("Performance report cards", 7), ("What we will do", 8), ("How we work together", 9)]
    pages = [
        '<div class="cover"><div class="k">SAFER HULL PARTNERSHIP</div><h1>Community Safety<br/>Partnership Plan'
        '<br/>2025\u20132028</h1><p>Results-based accountability edition</p>'
        '<div class="n">A fictional re-creation for testing. Statistics are illustrative.</div></div>',
        hpage("<h1>Contents</h1>" + hcontents(toc), foot(2), head),
        hpage("<h1>Foreword</h1><p>Safer Hull is the community safety partnership for the city. Its members are "
              "Hull City Council, Humberside Police, Humberside Fire and Rescue, the NHS, the Probation Service and "
              "the voluntary and community sector.</p><p>For this plan we have adopted results-based "
              "accountability. We start with the results we want for the whole population of Hull, choose the "
              "indicators that tell us whether the city is getting there, and only then decide what partners will "
              "do. No single agency owns a population result; every partner contributes.</p>"
              "<p>Our five population results are the priorities of the partnership for the next three years.</p>"
              "<p><b>Chair, Safer Hull Partnership</b></p>", foot(3), head),
        hpage("<h1>Hull in numbers</h1>"
              '<div class="stat"><b>268,000</b>residents</div><div class="stat"><b>14,900</b>ASB incidents '
              '2024/25*</div><div class="stat"><b>92</b>drug poisoning deaths, 3 years*</div>'
              '<div class="stat"><b>9,840</b>domestic abuse incidents*</div><div class="stat"><b>1,120</b>hate '
              'crimes*</div><div class="stat"><b>210</b>children open to the exploitation panel*</div>'
              '<p class="note">* Illustrative figures for this test document, not official statistics.</p>'
              "<h2>Strategic assessment: key findings</h2>" + ul([
                  "ASB is concentrated in the city centre, Orchard Park and Bransholme; off-road bikes are the top "
                  "complaint.",
                  "Drug deaths in Hull are among the highest in England; most involve opiates with other drugs.",
                  "Exploitation of children through county lines and cuckooing is rising.",
                  "Reports of hate rose after national events; many incidents go unreported.",
                  "Domestic abuse is the most common reason for children's social care referrals."]), foot(4), head),
        hpage("<h1>How we chose our results</h1><h2>Our 2022\u20132025 priorities</h2>" + ul([
                  "Safer neighbourhoods", "Vulnerable people", "Substance misuse", "Reducing reoffending"]) +
              "<p>Reducing reoffending now sits with the Humber Reducing Reoffending Partnership.</p>"
              "<h2>The Police and Crime Plan 2025\u20132029</h2><p>The Commissioner's aims are <i>Engaged, "
              "resilient and inclusive communities</i>, <i>Safer communities</i> and <i>Effective "
              "organisations</i>, with seven outcomes beneath them. Our results contribute to the first two aims."
              "</p><h2>Results-based accountability in brief</h2>" + htable([
                  ["", "Population accountability", "Performance accountability"],
                  ["About", "Whole population of Hull", "People our services work with"],
                  ["Stated as", "Results and indicators", "Performance measures"],
                  ["Questions", "What would it look like? How would we know?",
                   "How much did we do? How well? Is anyone better off?"]]), foot(5), head),
        hpage("<h1>Population results</h1><p>These are the conditions of well-being we want for everyone in Hull "
              "by 2028: the priorities of the partnership.</p><table class=\"pr\"><thead><tr><th>Result</th>"
              "<th>Headline indicators</th><th>Partners who contribute</th></tr></thead><tbody>" +
              "".join(f'<tr><td class="res"><span class="tag">RESULT {i}</span><span class="txt">{r}</span></td>'
                      f"<td>{ind}</td><td>{p}</td></tr>" for i, (r, ind, p) in enumerate(RESULTS, start=1)) +
              "</tbody></table>", foot(6), head),
        hpage("<h1>Performance report cards</h1><p>One card per service that contributes most to each result. "
              "Targets are illustrative.</p><div class=\"cards\">" + "".join(
                  f'<div class="card"><h3>{t}</h3><b>How much?</b> {a}<br/><b>How well?</b> {b}<br/>'
                  f"<b>Better off?</b> {c}</div>" for t, a, b, c in [
                      ("Result 1 \u00b7 ASB team", "1,800 cases", "80% resolved in 60 days", "Fewer repeat callers"),
                      ("Result 2 \u00b7 Exploitation panel", "210 children", "Plan in 10 days", "Fewer missing episodes"),
                      ("Result 3 \u00b7 Treatment service", "3,100 adults", "Seen within 3 weeks", "More in recovery"),
                      ("Result 4 \u00b7 Hate crime service", "400 victims", "Contact in 2 days", "Feel safer"),
                      ("Result 5 \u00b7 IDVA service", "1,400 cases", "Contact in 24 hours", "Risk reduced")]) +
              "</div>", foot(7), head),
        hpage("<h1>What we will do</h1>" + htable([
                  ["Theme", "Action 2025/26", "Lead", "Result"],
                  ["ASB", "Off-road bike taskforce; city centre PSPO review", "Police / council", "1"],
                  ["Exploitation", "Contextual safeguarding in three neighbourhoods", "Children's services", "2"],
                  ["Drugs and alcohol", "Naloxone in every hostel; drug-related death panel", "Public health", "3"],
                  ["Hate", "Third-party reporting in libraries; community tension monitoring", "Council", "4"],
                  ["Domestic abuse", "Whole-family early help; sanctuary scheme", "Council", "5"],
                  ["Prevent", "Prevent duty training and Channel panel", "Council", "\u2014"]]), foot(8), head),
        hpage("<h1>How we work together</h1><p>The partnership board meets quarterly. It meets the duties of "
              "the Crime and Disorder Act 1998, the Serious Violence Duty (through the Humber Violence Prevention "
              "Partnership) and the Prevent duty. Each result has a lead officer who brings a turn-the-curve "
              "report to the board once a year.</p><h2>Contact</h2><p>saferhull@hull.example \u00b7 01482 000 555 "
              "(illustrative)</p>", foot(9), head),
    ]
    return html_pages(out, title="Safer Hull Community Safety Partnership Plan 2025-2028", css=CSS, pages=pages)
