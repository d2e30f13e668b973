"""Coventry Hate Crime Strategy 2026-2029: HTML/CSS -> Chromium.

Four priorities on p5, each the slogan of a **drawn protest placard** ("Stand up to hate"): white card boards
with a thick coloured edge on wooden sticks (CSS), slightly different heights in a row of two and two, the
priority in large bold capitals-free type.  No numbers.  Distractors: the "#CoventryStandsTogether" strap on the
placards, the definitions of hate crime and the protected characteristics (p4), the previous strategy's aims,
the Mayor's priorities quoted (p6), actions and measures.
"""
from west_midlands_metro import hkit
from west_midlands_metro.hkit import e
from west_midlands_metro.shared import PLAN_SENTENCE

CSS = """
.march { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm 10mm; margin-top: 5mm; padding: 0 4mm; }
.plac { display: flex; flex-direction: column; align-items: center; }
.plac.low { margin-top: 12mm; }
.board { width: 100%; background: #fff; border: 2.5mm solid var(--c); border-radius: 1.5mm; padding: 5mm 5mm 3mm 5mm;
  min-height: 36mm; box-shadow: 2px 3px 0 #ccc; }
.board .s { font-weight: 700; font-size: 15pt; line-height: 1.18; color: #111; }
.board .h { font-size: 7pt; color: var(--c); margin-top: 2.5mm; letter-spacing: .5pt; }
.stick { width: 4mm; height: 22mm; background: #B08150; }
.why p { margin: 0 0 2mm 0; }
"""


def pri_html(doc):
    cols = ["#D62828", "#003049", "#F77F00", "#6A4C93"]
    out = ['<div class="march">']
    for i, (text, _) in enumerate(doc["priorities"]):
        out.append(f'<div class="plac{" low" if i % 2 else ""}" style="--c:{cols[i % 4]}"><div class="board">'
                   f'<div class="s">{e(text)}</div><div class="h">#COVENTRYSTANDSTOGETHER</div></div>'
                   f'<div class="stick"></div></div>')
    out.append('</div><h2>What each placard stands for</h2><div class="why">')
    for _, why in doc["priorities"]:
        out.append(f"<p>{e(why)}</p>")
    out.append("</div>")
    return "".join(out)


DOC = {
    "file": "strategies/coventry_hate_crime_strategy_2026-29.pdf",
    "title": "Coventry Hate Crime Strategy 2026–2029",
    "org": "Coventry Community Cohesion and Hate Crime Partnership",
    "cover_title": "Stand up to hate: Coventry Hate Crime Strategy",
    "years": "2026–2029",
    "theme": dict(font="Liberation Sans", hfont="DejaVu Sans", c1="#003049", c2="#D62828", c3="#F2F5F7",
                  foot="Coventry Hate Crime Strategy", folio='"p. " counter(page)', extra=CSS),
    "heads": {"fw": "Foreword", "ctx": "Hate crime in Coventry", "pri": "Stand up to hate: our priorities",
              "del": "Action plan", "gov": "Monitoring and review"},
    "foreword": [
        "Coventry is a City of Sanctuary and a city of peace and reconciliation. Hate has no place here, but it "
        "still happens, and most of it is never reported.",
        "This strategy is owned by the Community Cohesion and Hate Crime Partnership, which reports to the "
        "Coventry Community Safety Partnership.",
    ],
    "signed": "Cabinet Member for Policing and Equalities",
    "context": {
        "intro": "A hate crime is any crime that the victim or anyone else believes was motivated by hostility "
                 "or prejudice based on a personal characteristic.",
        "stats": [("690", "hate crimes recorded in 2024/25"), ("74%", "racially or religiously aggravated"),
                  ("11%", "disability hate crime"), ("1 in 4", "young people who saw hate online last month"),
                  ("12", "third-party reporting centres"), ("52%", "of victims satisfied with support")],
        "find_head": "The five monitored strands",
        "findings": ["Police record hate crime against five monitored characteristics: race or ethnicity; "
                     "religion or belief; sexual orientation; disability; and transgender identity.",
                     "Disability hate crime is the most under-reported strand in the city.",
                     "Young people report that online hate spills into school."],
        "prev_head": "Our previous strategy",
        "previous": "The 2022–2025 strategy aimed to: Prevent hate; Respond to hate; and Support victims.",
    },
    "pri_intro": "Four priorities for 2026–2029, carried on the placards young people made for our launch "
                 "event.",
    "priorities": [
        ("More people confident to report hate incidents",
         "More reporting centres, an online form in ten languages and feedback to people who report."),
        ("Care and support for everyone targeted by hate",
         "A hate crime caseworker and referral to specialist support within two days."),
        ("Challenging hate in schools, colleges and online",
         "Lessons, assemblies and a schools network, and work with platforms on online hate."),
        ("Disability hate crime",
         "Training for carers and day services to spot and report hate against disabled people."),
    ],
    "delivery": {
        "intro": "The partnership's action plan for the first year.",
        "head": ["Priority", "Action", "Lead"],
        "rows": [("Reporting", "Online form; more reporting centres", "City Council"),
                 ("Support", "Hate crime caseworker", "Victim Support"),
                 ("Schools and online", "Schools anti-hate network", "Education"),
                 ("Disability", "Training for day services", "Adult Social Care")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership meets every two months and reports annually to the Community Safety "
                 "Partnership.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Hate crimes reported", "690", "Up"), ("Victims satisfied with support", "52%", "Up"),
                 ("Schools in the network", "18", "Up"), ("Disability hate reports", "76", "Up")],
        "partners": "Coventry City Council; West Midlands Police; Victim Support; faith and community "
                    "organisations; Coventry University; the University of Warwick; schools.",
    },
    "contact": "Coventry City Council, Earl Street · standuptohate@coventry.example",
}


def build(root):
    return hkit.build(root, DOC, pri_html, "coventry_hate_crime")
