"""Cleveland Combating Drugs Partnership Strategy 2023-2026: HTML/CSS printed by Chromium.

Four priorities, stated once, on p6 as **road direction signs** "Routes to recovery": four blue signs with a
white border on grey posts, in a 2 x 2 grid, each with a large white CSS-drawn arrow and the priority in
white bold (two or three lines); a small white route panel on each sign ("Supply", "Treatment" ...) is a tag,
not the priority.  The *From harm to hope* priorities (p4), the principles (p5), the route tags, the delivery
labels (p7) and the outcomes table (p8) are distractors.
"""
from cleveland.work import build_html, e

FILE = "strategies/cleveland_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Cleveland Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [("Disrupting drug supply and county lines across Teesside", "Supply", "left"),
              ("Getting more people into treatment and keeping them there", "Treatment", "up"),
              ("Preventing drug-related deaths", "Deaths", "right"),
              ("Stopping young people from starting to use drugs and alcohol", "Young people", "up")]

CSS = """
:root { --c1: #0B5394; --c3: #EAF1F8; }
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-right { content: counter(page) " | Combating Drugs Partnership"; font: 8pt 'Liberation Sans'; color: #0B5394; } }
@page bare { margin: 0; @bottom-right { content: none } }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0B5394; color: #fff; overflow: hidden; }
.cover .road { position: absolute; left: 80mm; bottom: 0; width: 50mm; height: 140mm; background: #555; clip-path: polygon(40% 0, 60% 0, 100% 100%, 0 100%); }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 70mm; font-size: 30pt; margin: 0; line-height: 1.15; width: 175mm; }
.cover .yr { position: absolute; left: 18mm; top: 130mm; font-size: 16pt; }
.signs { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm 10mm; margin-top: 6mm; }
.signwrap { display: flex; flex-direction: column; align-items: center; }
.sign { width: 100%; background: #1D4F91; border: 1.6mm solid #fff; outline: 0.5mm solid #1D4F91; border-radius: 3mm;
        color: #fff; padding: 4mm; display: flex; gap: 4mm; align-items: center; min-height: 42mm; }
.arrow { width: 14mm; height: 14mm; flex: none; background: #fff; }
.arrow.left { clip-path: polygon(0 50%, 45% 0, 45% 30%, 100% 30%, 100% 70%, 45% 70%, 45% 100%); }
.arrow.right { clip-path: polygon(100% 50%, 55% 0, 55% 30%, 0 30%, 0 70%, 55% 70%, 55% 100%); }
.arrow.up { clip-path: polygon(50% 0, 100% 45%, 70% 45%, 70% 100%, 30% 100%, 30% 45%, 0 45%); }
.sign .txt { font-weight: 700; font-size: 12.5pt; line-height: 1.25; }
.sign .tag { display: inline-block; margin-top: 2mm; background: #fff; color: #1D4F91; font-size: 7.5pt; font-weight: 700; padding: 0.5mm 2mm; border-radius: 1mm; }
.post { width: 4mm; height: 14mm; background: #888; }
"""


def cover():
    return ('<div class="cover"><div class="road"></div><div class="org">CLEVELAND COMBATING DRUGS PARTNERSHIP</div>'
            '<h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023 – 2026</div></div>')


def signs():
    out = ['<div class="signs">']
    for text, tag, d in PRIORITIES:
        out.append(f'<div class="signwrap"><div class="sign"><div class="arrow {d}"></div><div>'
                   f'<div class="txt">{e(text)}</div><span class="tag">{e(tag)}</span></div></div>'
                   f'<div class="post"></div></div>')
    out.append('</div>')
    return "".join(out)


SECTIONS = [
    ("fw", "Foreword", [
        ("p", "Drugs cause more harm in Teesside than almost anywhere in England. Drug-related deaths are among the "
              "highest in the country, and drug markets drive violence and exploitation in our towns."),
        ("p", "The Cleveland Combating Drugs Partnership brings together the four councils and their public health "
              "teams, Cleveland Police, the Police and Crime Commissioner, the Probation Service, the NHS, "
              "Jobcentre Plus, treatment providers and people with lived experience."),
        ("p", "<b>Senior Responsible Owner, Cleveland Combating Drugs Partnership</b>"),
    ]),
    ("nat", "The national strategy", [
        ("p", "This strategy delivers the national ten-year drugs strategy locally."),
        ("box", "From harm to hope (2021): the three national priorities", [
            "Break drug supply chains", "Deliver a world-class treatment and recovery system",
            "Achieve a generational shift in the demand for drugs"]),
        ("p", "The national strategy also sets outcomes for reducing drug use, drug-related crime and drug-related "
              "deaths, and for increasing engagement in treatment and recovery."),
    ]),
    ("ctx", "Drugs in Cleveland", [
        ("p", "The figures below are from our needs assessment. They are illustrative and are not official "
              "statistics."),
        ("stats", [("4,100", "adults in treatment"), ("97", "drug-related deaths a year"),
                   ("55%", "of people who use opiates not in treatment"), ("32", "county lines active"),
                   ("210", "young people in specialist substance misuse services"), ("46%", "of acquisitive crime linked to drugs")]),
        ("h2", "Our principles"),
        ("ul", ["<b>Lived experience</b> at every level of the partnership.", "<b>No wrong door</b> into help.",
                "<b>Reduce stigma</b> in everything we say and do."]),
    ]),
    ("pri", "Routes to recovery: our priorities", [
        ("p", "The partnership has agreed four local priorities for 2023 to 2026. Each is shown as a sign pointing "
              "the way; the label on each sign is a short name for its delivery group."),
        ("custom", signs()),
    ]),
    ("del", "Delivery groups", [
        ("p", "Four delivery groups report to the partnership board. Their main actions are:"),
        ("table", [["Group", "Main actions", "Lead"],
                   ["Supply", "Operations against county lines; closure orders on drug houses", "Cleveland Police"],
                   ["Treatment", "Outreach; faster access to prescribing; treatment on release from prison", "Public health"],
                   ["Deaths", "Naloxone for every person in treatment; drug death reviews", "Public health"],
                   ["Young people", "Drug education in schools; young people's service", "Councils"]],
         [0.2, 0.58, 0.22]),
    ]),
    ("out", "Outcomes and governance", [
        ("p", "The partnership board meets quarterly and reports to the Joint Combating Drugs Unit. We will track "
              "the national outcomes framework and these local outcomes:"),
        ("table", [["Outcome", "Baseline", "Target 2026"], ["Adults in treatment", "4,100", "4,700"],
                   ["Drug-related deaths", "97", "Down"], ["Continuity of care on release", "38%", "60%"],
                   ["County lines closed", "18", "Up"]], [0.55, 0.2, 0.25]),
        ("note", "All figures are illustrative. Contact: cdp@cleveland.example"),
    ]),
]


def build(root):
    out = root / FILE
    build_html({"title": TITLE, "sections": SECTIONS}, out, cover(), CSS, name="drugs")
    return out
