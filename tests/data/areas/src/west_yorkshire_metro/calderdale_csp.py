"""Safer Stronger Calderdale Partnership Plan 2025–2028: HTML printed by Chromium (its own house style).
The priorities are printed like the **answers on an online form**: each priority sits in a grey input box
with a drop-down caret "▾" at its right, under a small field label "Priority area"; a "Why this matters"
note follows each box.  Distractors: findings, 2022–2025 priorities, the Mayor's priorities, actions, measures."""
from west_yorkshire_metro import standard
from west_yorkshire_metro.htmlkit import e

FILE = "strategies/safer_stronger_calderdale_partnership_plan_2025-28.pdf"
TITLE = "Safer Stronger Calderdale Partnership Plan 2025–2028"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'DejaVu Serif', serif", c1="#8C1C13",
             c2="#BF4342", c3="#F4EDEA", footer='"— " counter(page) " —"', running="Safer Stronger Calderdale")
PRIORITIES = [
    ("Tackling anti-social behaviour in Halifax and our town centres",
     "Shop-front nuisance, street drinking and begging in Halifax, Brighouse, Elland and Todmorden."),
    ("A safe night-time economy",
     "Venues, taxis, street marshals and police working together so nights out stay safe."),
    ("Domestic abuse",
     "A single pathway into support, and perpetrators challenged at every contact."),
    ("Hate crime and community cohesion",
     "More reporting of hate incidents and stronger relationships between communities."),
    ("Water safety on our rivers, canals and reservoirs",
     "Fewer accidental drownings through education, signs and throwlines."),
]
CSS = """
.fld { margin: 0 0 4.2mm 0; break-inside: avoid; }
.fld .lab { font-size: 7.5pt; color: #777; text-transform: uppercase; letter-spacing: 0.6pt; }
.fld .in { display: flex; border: 1px solid #999; background: #F3F3F3; border-radius: 1.5mm; padding: 2.4mm 3mm;
  font-size: 12pt; font-weight: 700; color: #8C1C13; }
.fld .in span.t { flex: 1; } .fld .in span.c { color: #777; }
.fld .why { font-size: 8.8pt; margin-top: 1mm; color: #333; }
.cv-c { background: #F4EDEA; } .cv-c .bar { position: absolute; left: 0; top: 0; width: 30mm; height: 297mm; background: #8C1C13; }
.cv-c h1 { position: absolute; left: 42mm; top: 90mm; width: 150mm; font: 700 28pt 'DejaVu Serif'; color: #8C1C13; margin: 0; }
.cv-c .yr { position: absolute; left: 42mm; top: 150mm; font-size: 15pt; color: #333; }
"""


def pri_html():
    h = "<p>Partners were asked to choose the areas where working together adds most. The board confirmed:</p>"
    for t, why in PRIORITIES:
        h += (f'<div class="fld"><div class="lab">Priority area</div><div class="in"><span class="t">{e(t)}</span>'
              f'<span class="c">▾</span></div><div class="why"><i>Why this matters:</i> {e(why)}</div></div>')
    return h


def build(out_root):
    d = dict(
        file=FILE, name="calderdale_csp", title=TITLE, theme=THEME, css=CSS, leader="line",
        cover='<div class="cover cv-c"><div class="bar"></div><h1>Safer Stronger Calderdale Partnership Plan</h1>'
              '<div class="yr">2025–2028</div></div>',
        fw_head="Introduction",
        foreword=["Calderdale's valleys, towns and waterways make it a special place. Keeping it safe means "
                  "working across the council, police, fire, health and the voluntary sector.",
                  "This plan explains the five areas where the partnership will add most value."],
        signed="Chair, Safer Stronger Calderdale Partnership",
        context_head="Calderdale in context",
        context=["Calderdale has around 210,000 residents. Halifax is the main centre, with several market towns."],
        stats=[("4,100", "anti-social behaviour incidents in town centres"), ("2.3x", "violence rate on Friday "
               "and Saturday nights"), ("3,700", "domestic abuse incidents"), ("290", "hate incidents reported"),
               ("6", "water-related deaths in five years"), ("84%", "people who get on well together locally")],
        findings=["Town-centre nuisance is concentrated in a few streets.", "Most night-time violence happens "
                  "between midnight and 3am.", "Hate crime remains under-reported.",
                  "Summer heat brings young people to reservoirs and quarries."],
        bg_head="What we said last time",
        previous_head="Priorities 2022–2025",
        previous_intro="The last plan focused on:",
        previous=["Vulnerable people", "Neighbourhood safety", "Serious and organised crime"],
        pri_head="Our priority areas",
        pri_html=pri_html(),
        actions=[("Town centres", "Joint patrol plan and PSPO review", "Council"),
                 ("Night-time", "Street marshals and Best Bar None", "Council, police"),
                 ("Domestic abuse", "One front door for referrals", "Council"),
                 ("Hate crime", "Third-party reporting centres", "Council"),
                 ("Water safety", "Throwline boards at 12 sites", "Fire and rescue")],
        measures=["Town-centre anti-social behaviour", "Night-time violence", "Repeat domestic abuse",
                  "Hate incident reporting", "Water-related incidents"],
        governance="The partnership reports to Calderdale's Health and Wellbeing Board and to scrutiny.",
        contact="safer.stronger@calderdale.example",
    )
    return standard.build(out_root, d)
