"""Gloucestershire Combating Drugs Partnership Strategy 2023-2026: HTML printed by Chromium.

Four priorities, stated once, on p6 inside a **food nutrition-facts style label** ("Strategy facts:
what's inside this strategy"): a black-bordered box with a heavy title, a "Serving: 3 years" line, thick
and thin rules, a "% of partnership effort*" column head, and the four priorities as bold rows with an
illustrative percentage on the right (pdftotext prints each percentage after its priority); an
"ingredients" line in small type lists the enablers, which are not priorities.  The *From harm to hope*
priorities (p4), the principles (p5), the outcomes framework (p7) and the measures (p8) are distractors.
"""
from gloucestershire.work import build_html, html_doc, paras, rows, ul

FILE = "strategies/gloucestershire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Gloucestershire Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [
    ("Breaking county lines and local drug supply", "30%"),
    ("Getting more people into treatment and sustained recovery", "40%"),
    ("Preventing drug-related deaths", "20%"),
    ("Stopping young people from starting to use drugs", "10%"),
]

CSS = """
.facts { width: 120mm; margin: 6mm auto; border: 2.2mm solid #111; padding: 3mm 4mm; font-family: 'Liberation Sans', sans-serif; }
.facts .ttl { font-size: 24pt; font-weight: 900; line-height: 1.05; border-bottom: 1px solid #111; padding-bottom: 1.5mm; }
.facts .srv { font-size: 10pt; padding: 1.5mm 0; border-bottom: 4mm solid #111; }
.facts .hd { display: flex; justify-content: space-between; font-size: 8.5pt; font-weight: 700; border-bottom: 1px solid #111; padding: 1mm 0; }
.facts .row { display: flex; justify-content: space-between; gap: 6mm; border-bottom: 1px solid #111; padding: 2.2mm 0; }
.facts .row b { font-size: 11.5pt; line-height: 1.3; }
.facts .row span { font-size: 11.5pt; font-weight: 700; }
.facts .end { border-top: 3mm solid #111; font-size: 7.5pt; padding-top: 1.5mm; line-height: 1.35; }
"""

SECTIONS = [
    ("Foreword", "fw", paras([
        "Drugs cause harm far beyond the people who use them: to families, to neighbourhoods, and to the "
        "children drawn into dealing. In 2022 the government asked every area to set up a combating drugs "
        "partnership to deliver its ten-year strategy, From harm to hope.",
        "Our partnership is chaired by the Police and Crime Commissioner. Its members are the county council's "
        "public health team, the Constabulary, the NHS, probation, the prison, the district councils and our "
        "treatment provider.", "This strategy sets out our local priorities until 2026."]) +
     "<p><b>Chair, Gloucestershire Combating Drugs Partnership</b></p>"),
    ("The national strategy", "nat", "<p>From harm to hope (2021) has three strategic priorities:</p>" +
     ul(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
         "Achieve a generational shift in the demand for drugs"]) +
     "<p>It asks every partnership to report against three national outcomes: reducing drug use, reducing "
     "drug-related crime, and reducing drug-related deaths and harm.</p>"),
    ("Gloucestershire's needs", "ctx", "<p>All figures are illustrative and are not official statistics.</p>" +
     rows(["Indicator", "Value"], [("Adults in treatment", "2,350"), ("Drug-related deaths (3 years)", "96"),
                                  ("County lines active in the county", "22"),
                                  ("Young people in specialist treatment", "140")], "#0E6E6E") +
     "<h2>Our principles</h2>" + ul(["Recovery is possible for everyone", "Treat addiction as a health issue",
                                      "Lived experience in every decision", "Tough on supply, fair to people"])),
    ("What's inside this strategy", "pri", "<p>Like a food label, the panel below shows what this strategy is "
     "made of. The rows are our four priorities, with the share of partnership effort we expect each to take.</p>"
     '<div class="facts"><div class="ttl">Strategy Facts</div><div class="srv">Serving: 3 years (2023–2026) · '
     'Gloucestershire</div><div class="hd"><span>Our priorities</span><span>% of partnership effort*</span></div>' +
     "".join(f'<div class="row"><b>{p}</b><span>{v}</span></div>' for p, v in PRIORITIES) +
     '<div class="end">*Illustrative share of partnership time and grant.<br>Also contains: data sharing, '
     'workforce training, lived experience, housing support.</div></div>'),
    ("Outcomes framework", "out", rows(["Outcome", "Measure", "Source"], [
        ("Less drug supply", "County lines closed", "Constabulary"),
        ("More people in recovery", "Continuity of care after prison", "OHID"),
        ("Fewer deaths", "Drug-related deaths per 100,000", "ONS"),
        ("Fewer young people using", "Young people reporting drug use", "Pupil survey")], "#0E6E6E")),
    ("Governance and measures", "gov", paras([
        "The partnership meets quarterly and reports to the Joint Combating Drugs Unit and to the Health and "
        "Wellbeing Board. Its delivery groups are Supply, Treatment and Recovery, Deaths Review and Young People."]) +
     rows(["Measure", "Baseline", "Target 2026"], [("Adults in treatment", "2,350", "2,800"),
                                                 ("Drug-related deaths per year", "32", "24"),
                                                 ("County lines closed", "15", "25")], "#333") +
     '<p class="note">Baselines are illustrative. Contact: cdp@gloucestershire.example</p>'),
]


def build(root):
    out = root / FILE
    render = html_doc(TITLE, "Gloucestershire Combating Drugs Partnership", "#0E6E6E",
                      "Combating Drugs Partnership Strategy 2023–2026", SECTIONS, CSS)
    return build_html(out, "glos_drugs.html", render, SECTIONS)
