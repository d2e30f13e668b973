"""Wolverhampton Youth Justice Plan 2026-2027: HTML/CSS -> Chromium (YJB plan headings).

Five priorities on p5 as the titles of **collectable trading cards** designed with children ("Our priority
cards"): each card has a coloured frame, a small "CARD n/5" corner tag, a drawn emblem (no text), the priority as
the bold title and three "stat bars" ("Children reached", "Partners", "Urgency") with illustrative values.
Distractors: the card tags and stat bars, the Child First tenets and the YJB key performance indicators (p4),
last year's priorities (p4), the Mayor's priorities quoted (p6), actions and measures.
"""
from west_midlands_metro import hkit
from west_midlands_metro.hkit import e
from west_midlands_metro.shared import PLAN_SENTENCE

CSS = """
.tcards { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 5mm; margin-top: 4mm; }
.tc { border: 3mm solid var(--c); border-radius: 4mm; padding: 2.5mm; background: #fff; break-inside: avoid; }
.tc .tag { font-size: 6.5pt; color: #888; text-align: right; letter-spacing: .6pt; }
.tc .emb { height: 15mm; margin: 1mm 0 2mm 0; border-radius: 2mm;
  background: radial-gradient(circle at 35% 45%, #fff 0 3mm, transparent 3.2mm), var(--c); opacity: .85; }
.tc .ti { font-weight: 700; font-size: 10.5pt; line-height: 1.22; min-height: 17mm; color: #1b1b1b; }
.tc .bar { font-size: 6.8pt; color: #666; margin-top: 1mm; }
.tc .bar i { display: block; height: 1.6mm; background: #eee; margin-top: .4mm; }
.tc .bar i b { display: block; height: 100%; background: var(--c); }
"""


def pri_html(doc):
    out = ['<div class="tcards">']
    n = len(doc["priorities"])
    for i, (text, col, stats) in enumerate(doc["priorities"], 1):
        out.append(f'<div class="tc" style="--c:{col}"><div class="tag">CARD {i}/{n}</div><div class="emb"></div>'
                   f'<div class="ti">{e(text)}</div>')
        for lab, v in zip(["Children reached", "Partners", "Urgency"], stats):
            out.append(f'<div class="bar">{lab}<i><b style="width:{v}%"></b></i></div>')
        out.append('</div>')
    out.append('</div>')
    return "".join(out)


DOC = {
    "file": "strategies/wolverhampton_youth_justice_plan_2026-27.pdf",
    "title": "Wolverhampton Youth Justice Plan 2026–2027",
    "org": "Wolverhampton Youth Justice Partnership Board",
    "cover_title": "Youth Justice Plan",
    "years": "2026–2027",
    "theme": dict(font="DejaVu Sans", hfont="DejaVu Sans", c1="#264653", c2="#E9C46A", c3="#F1F6F7",
                  foot="Wolverhampton Youth Justice Plan 2026–27", folio='"( " counter(page) " )"', extra=CSS),
    "heads": {"fw": "Introduction from the Chair of the Board", "ctx": "Child First: our context and performance",
              "pri": "Our priorities for 2026–27", "del": "Plan for the year",
              "gov": "Governance, leadership and resources"},
    "foreword": [
        "This youth justice plan meets the requirement of the Crime and Disorder Act 1998 for every local "
        "authority to publish a plan each year. It follows the Youth Justice Board's guidance.",
        "Children from our participation group designed the way we present our priorities this year – as a set of "
        "cards, each with its own strengths.",
    ],
    "signed": "Chair, Wolverhampton Youth Justice Partnership Board",
    "context": {
        "intro": "Wolverhampton Youth Justice Service worked with 312 children in 2025/26 (illustrative).",
        "stats": [("312", "children worked with"), ("64", "first-time entrants"), ("31%", "reoffending rate"),
                  ("71%", "of children assessed with speech, language or communication needs"),
                  ("22", "children referred for exploitation concerns"), ("90%", "of victims offered "
                  "restorative justice")],
        "find_head": "The national framework",
        "findings": ["The Child First principle asks services to: see children as children; develop pro-social "
                     "identity; collaborate with children; and promote diversion.",
                     "The YJB key performance indicators include accommodation, education, training and "
                     "employment, special educational needs, mental health, substance misuse, out-of-court "
                     "disposals and victims."],
        "prev_head": "Last year's priorities (2025–26)",
        "previous": "Education, training and employment; Serious youth violence; and Transitions to adult "
                    "services.",
    },
    "pri_intro": "Our five priority cards for 2026–27.",
    "priorities": [
        ("Fewer children entering the justice system for the first time", "#2A9D8F", (80, 60, 70)),
        ("Protecting children from criminal exploitation", "#E76F51", (40, 90, 95)),
        ("Fewer children reoffending", "#264653", (55, 70, 80)),
        ("Meeting children's speech, language and communication needs", "#8AB17D", (75, 40, 60)),
        ("Giving people harmed by children a voice through restorative justice", "#F4A261", (30, 50, 55)),
    ],
    "delivery": {
        "intro": "The plan for the year sets actions against each priority.",
        "head": ["Priority", "Actions", "Lead"],
        "rows": [("First-time entrants", "Turnaround; joint decision-making panel", "YJS, Police"),
                 ("Exploitation", "Exploitation hub; return home interviews", "Children's Services"),
                 ("Reoffending", "Intensive support for the 20 children most at risk", "YJS"),
                 ("Communication needs", "Speech and language therapist in the team", "NHS"),
                 ("Restorative justice", "Victim worker; community reparation", "YJS")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The Youth Justice Partnership Board meets quarterly and reports to the Children's Trust Board "
                 "and the Safer Wolverhampton Partnership.",
        "head": ["Measure", "2025/26", "Aim 2026/27"],
        "rows": [("First-time entrants", "64", "55"), ("Reoffending rate", "31%", "27%"),
                 ("Children screened for communication needs", "70%", "95%"),
                 ("Victims taking part in restorative justice", "42%", "50%")],
        "partners": "City of Wolverhampton Council; West Midlands Police; the Probation Service; the Royal "
                    "Wolverhampton NHS Trust; schools and colleges; the voluntary sector.",
    },
    "contact": "Wolverhampton Youth Justice Service, Civic Centre · yjs@wolverhampton.example",
}


def build(root):
    return hkit.build(root, DOC, pri_html, "wolverhampton_youth_justice")
