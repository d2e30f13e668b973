"""Sandwell Domestic Abuse Strategy 2026-2029: python-docx -> LibreOffice.

Four priorities on p5 in a **crosswalk table against the national pillars**: the left column holds the pillar of
the national Tackling Domestic Abuse Plan in grey italic capitals ("PRIORITISING PREVENTION" ...), the middle
column the local priority in bold, the right column the lead.  No numbers.  Distractors: the pillar names (p5),
the Part 4 duty and the needs assessment findings (p4), the previous strategy's aims (p4), the Mayor's priorities
quoted (p6), actions and measures.
"""
from docx.shared import Pt

from docx_kit import rgb, set_widths, shade
from west_midlands_metro import dkit
from west_midlands_metro.shared import PLAN_SENTENCE


def pri_fn(d, doc):
    t = d.add_table(rows=1, cols=3)
    t.style = d.styles["Table Grid"]
    set_widths(t, [4.2, 8.6, 3.8])
    for cell, text in zip(t.rows[0].cells, ["National pillar", "Sandwell's priority", "Lead"]):
        shade(cell, "4A1942")
        r = cell.paragraphs[0].add_run(text)
        r.bold, r.font.size = True, Pt(9)
        r.font.color.rgb = rgb("FFFFFF")
    for pillar, text, why, lead in doc["priorities"]:
        row = t.add_row().cells
        r = row[0].paragraphs[0].add_run(pillar.upper())
        r.italic, r.font.size = True, Pt(7.5)
        r.font.color.rgb = rgb("8C8C8C")
        shade(row[0], "F3F3F3")
        p = row[1].paragraphs[0]
        rb = p.add_run(text)
        rb.bold, rb.font.size = True, Pt(11)
        rb.font.color.rgb = rgb("4A1942")
        q = row[1].add_paragraph()
        rq = q.add_run(why)
        rq.font.size = Pt(8.5)
        rl = row[2].paragraphs[0].add_run(lead)
        rl.font.size = Pt(8.5)


DOC = {
    "file": "strategies/sandwell_domestic_abuse_strategy_2026-29.pdf",
    "title": "Sandwell Domestic Abuse Strategy 2026–2029",
    "org": "Sandwell Domestic Abuse Strategic Partnership",
    "cover_title": "Sandwell Domestic Abuse Strategy",
    "years": "2026–2029",
    "theme": dict(c1="4A1942", c2="C85C8E", font="Liberation Sans", hfont="DejaVu Serif",
                  footer="Sandwell Domestic Abuse Strategy · {PAGE}"),
    "heads": {"fw": "Foreword", "ctx": "Domestic abuse in Sandwell", "pri": "Our priorities and the national "
              "pillars", "del": "Action plan 2026/27", "gov": "Governance and outcomes"},
    "foreword": [
        "Domestic abuse affects thousands of Sandwell families every year. This strategy is owned by the Sandwell "
        "Domestic Abuse Strategic Partnership, which reports to the Safer Sandwell Partnership.",
        "It meets our duty under Part 4 of the Domestic Abuse Act 2021 to assess the need for safe "
        "accommodation and to publish a strategy for meeting it, and it sets our wider priorities.",
    ],
    "signed": "Chair, Sandwell Domestic Abuse Strategic Partnership",
    "context": {
        "intro": "Our needs assessment (2025) draws on police, health, housing and specialist service data. All "
                 "figures are illustrative.",
        "stats": [("7,300", "domestic abuse incidents"), ("2,900", "children living in households referred to "
                  "MARAC"), ("41%", "of survivors asking for refuge turned away for lack of space"),
                  ("34%", "repeat victims"), ("220", "perpetrators on programmes"), ("12", "GP practices with "
                  "IRIS training")],
        "find_head": "What the needs assessment found",
        "findings": ["Most survivors first tell a GP, a teacher or a housing officer, often years before police "
                     "are called.",
                     "There are too few safe accommodation spaces for survivors with older sons or with complex "
                     "needs.",
                     "Few perpetrators are challenged or offered help to change.",
                     "Children's services see domestic abuse in most child protection plans."],
        "prev_head": "Our 2022–2025 strategy",
        "previous": "The last strategy had three aims: Early intervention; Support for victims; and Justice.",
    },
    "pri_intro": "The table shows our four priorities and the pillar of the national Tackling Domestic Abuse Plan "
                 "each one sits under.",
    "priorities": [
        ("Prioritising prevention", "Earlier identification of domestic abuse in every service",
         "Routine enquiry in GP surgeries, schools and housing.", "Public Health"),
        ("Supporting victims", "Safe accommodation for every survivor who needs it",
         "Refuge, dispersed housing and sanctuary schemes, including for survivors with complex needs.",
         "Housing"),
        ("Pursuing perpetrators", "Holding perpetrators to account",
         "Police action, protection orders and programmes that challenge abusive behaviour.",
         "West Midlands Police"),
        ("A stronger system", "Children and young people living with domestic abuse",
         "Specialist support for children and Operation Encompass in every school.", "Sandwell Children's Trust"),
    ],
    "delivery": {
        "intro": "The partnership's action plan for 2026/27 is summarised below.",
        "head": ["Priority", "Action", "Lead"],
        "rows": [("Earlier identification", "IRIS in 30 GP practices", "Public Health"),
                 ("Safe accommodation", "12 new dispersed units; sanctuary scheme", "Housing"),
                 ("Perpetrators", "Drive programme for high-harm perpetrators", "Police, Probation"),
                 ("Children", "Children's IDVA; Operation Encompass", "Children's Trust")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership meets quarterly and reports to the Safer Sandwell Partnership and the Local "
                 "Partnership Board for safe accommodation.",
        "head": ["Outcome measure", "Baseline", "Direction"],
        "rows": [("Referrals from health", "310", "Up"), ("Survivors turned away from refuge", "41%", "Down"),
                 ("Perpetrators completing programmes", "120", "Up"), ("Children supported", "450", "Up")],
        "partners": "Sandwell Council; West Midlands Police; Sandwell Children's Trust; NHS Black Country ICB; the "
                    "Probation Service; specialist domestic abuse services; housing associations.",
    },
    "contact": "Sandwell Council House, Oldbury · domesticabuse@sandwell.example",
}


def build(root):
    return dkit.build(root, DOC, pri_fn, "sandwell_domestic_abuse")
