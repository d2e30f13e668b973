"""Canterbury Community Safety Partnership Plan 2026-2029: a one-off HTML/CSS design printed by Chromium.

Five priorities on p5, painted as the **name boards of a drawn cricket scoreboard** ("The St Lawrence end"
style: dark green board, white painted names, a number plate to the left of each name and a lead-partner plate
to the right), under the caption "Our priorities, in batting order".  The board's header ("TOTAL", "WKTS",
"OVERS") and the lead plates are decoration.  Distractors: the previous plan's priorities and findings (p4), the
PCC's priorities quoted (p6), actions and measures.
"""
from kent_districts import hkit
from kent_districts.hkit import e
from kent_districts.shared import PCC_SENTENCE

EXTRA = """
.board { background: #1E4D2B; border: 6px solid #6B4F2A; border-radius: 2mm; padding: 5mm 6mm 6mm 6mm;
  margin: 5mm 0; color: #fff; }
.board .top { display: flex; gap: 4mm; margin-bottom: 4mm; }
.board .top div { flex: 1; text-align: center; background: #0F2E18; border: 1px solid #8FB996; padding: 1.5mm;
  font-size: 8pt; letter-spacing: 1pt; }
.board .top div b { display: block; font-size: 17pt; color: #F5D76E; letter-spacing: 0; }
.board .row { display: flex; align-items: center; gap: 3mm; margin-top: 2.6mm; }
.board .no { width: 11mm; height: 11mm; flex: none; background: #111; color: #F5D76E; font-size: 14pt;
  font-weight: 700; text-align: center; line-height: 11mm; }
.board .nm { flex: 1; background: #0F2E18; border: 1px solid #8FB996; padding: 2mm 3mm; font-size: 12.5pt;
  font-weight: 700; line-height: 1.25; }
.board .ld { width: 24mm; flex: none; background: #F4F1E6; color: #1E4D2B; font-size: 8pt; font-weight: 700;
  text-align: center; padding: 1.5mm; }
.cap { font-size: 8.4pt; color: #555; }
"""

DOC = {
    "file": "strategies/canterbury_community_safety_partnership_plan_2026-29.pdf",
    "title": "Canterbury Community Safety Partnership Plan 2026–2029",
    "org": "Canterbury Community Safety Partnership",
    "cover_title": "Community Safety Partnership Plan",
    "years": "2026–2029",
    "theme": dict(c1="#1E4D2B", c2="#C7A23A", c3="#F4F1E6", font="DejaVu Sans", hfont="Liberation Serif",
                  foot="Canterbury Community Safety Partnership", folio='counter(page)', extra=EXTRA),
    "heads": {"fw": "Foreword", "ctx": "The district in 2026", "pri": "Our priorities",
              "del": "What we will do in 2026/27", "gov": "Governance and measures"},
    "foreword": [
        "Canterbury district takes in the cathedral city, the coastal towns of Whitstable and Herne Bay and a wide "
        "rural hinterland. With three universities, the city has one of the largest student populations in the "
        "south east, and millions of visitors come each year.",
        "This plan sets out the partnership's five priorities for 2026 to 2029. In the home of Kent cricket we have "
        "set them out as a batting order: every one matters, and each has a partner who leads it.",
    ],
    "signed": "Chair, Canterbury Community Safety Partnership",
    "context": {
        "intro": "The district has about 160,000 residents and more than 40,000 students (illustrative).",
        "stats": [("160,000", "residents"), ("14,900", "crimes recorded in 2024/25"), ("3,600", "ASB incidents"),
                  ("1,900", "incidents in the night-time economy"), ("2,500", "domestic abuse incidents"),
                  ("38", "people sleeping rough on a typical night")],
        "findings": ["ASB in the city centre is linked to street drinking and begging.",
                     "Students and visitors are most at risk in the night-time economy between 11pm and 3am.",
                     "Drug and alcohol use is a factor in many ASB and violence incidents.",
                     "Rough sleeping has risen for three years and people sleeping rough are often victims of "
                     "crime."],
        "previous": "The 2023–2026 plan had four priorities: Safer city centre; Protecting vulnerable people; "
                    "Tackling violence; and Coastal communities.",
        "prev_head": "What we said last time",
    },
    "pri_intro": "The partnership agreed five priorities in January 2026. The lead partner for each is shown on the "
                 "right of the board.",
    "priorities": [("Anti-social behaviour in the city centre", "City council"),
                   ("A safe night-time economy for students and visitors", "Kent Police"),
                   ("Domestic abuse", "City council"),
                   ("Reducing harm from drugs and alcohol", "Public health"),
                   ("Supporting people sleeping rough", "Housing")],
    "delivery": {
        "intro": "Each priority has a small task group. The main actions for the first year are:",
        "head": ["Priority", "Actions", "Lead"],
        "rows": [("City centre ASB", "Street marshals; begging and street drinking outreach", "City council"),
                 ("Night-time economy", "Student safety campaign; safe space; Best Bar None", "Kent Police, "
                                                                                                "universities"),
                 ("Domestic abuse", "Awareness in student halls; IDVA at the hospital", "City council, NHS"),
                 ("Drugs and alcohol", "Alcohol outreach; naloxone for hostels", "Public health"),
                 ("Rough sleeping", "Assertive outreach; winter shelter; safe sleeping places", "Housing")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership board meets quarterly and reports to the city council's Community Committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("City centre ASB", "1,700", "Down"), ("Night-time violence", "640", "Down"),
                 ("Repeat domestic abuse victims", "28%", "Down"), ("Adults in treatment", "720", "Up"),
                 ("People sleeping rough", "38", "Down")],
        "partners": "Canterbury City Council; Kent Police; Kent Fire and Rescue Service; Kent County Council; the "
                    "universities; NHS Kent and Medway; housing providers; voluntary groups.",
    },
    "contact": "Military Road, Canterbury · csp@canterbury.example",
}


def pri_html(doc):
    out = ['<div class="board"><div class="top"><div>TOTAL<b>2026</b></div><div>WKTS<b>0</b></div>'
           '<div>OVERS<b>29</b></div></div>']
    for i, (name, lead) in enumerate(doc["priorities"], 1):
        out.append(f'<div class="row"><div class="no">{i}</div><div class="nm">{e(name)}</div>'
                   f'<div class="ld">{e(lead)}</div></div>')
    out.append('</div><p class="cap">Our priorities, in batting order. Each number plate is the order in which the '
               'board will review the priority in its yearly cycle, not a ranking of importance.</p>')
    return "\n".join(out)


def build(root):
    return hkit.build(root, DOC, pri_html, "canterbury_csp")
