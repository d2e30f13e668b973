"""Birmingham Safeguarding Adults Board Strategic Plan 2026-2029: python-docx -> LibreOffice.

Four priorities on p5 in a **status table**: the priority in bold in the wide left column with a sentence under
it, and in the narrow right column a shaded status pill "NEW FOR 2026" or "CARRIED FORWARD" with the sub-group
that leads it.  No numbers.  Distractors: the status pills and sub-groups, the six safeguarding principles of
the Care Act 2014 (p4), the previous plan's priorities (p4), the Mayor's priorities quoted (p6), actions and
measures.
"""
from docx.shared import Pt

from docx_kit import rgb, set_widths, shade
from west_midlands_metro import dkit
from west_midlands_metro.shared import PLAN_SENTENCE


def pri_fn(d, doc):
    t = d.add_table(rows=0, cols=2)
    set_widths(t, [12.0, 4.6])
    for text, why, status, group in doc["priorities"]:
        row = t.add_row().cells
        p = row[0].paragraphs[0]
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(12)
        r.font.color.rgb = rgb("1F4E79")
        q = row[0].add_paragraph()
        q.add_run(why).font.size = Pt(8.8)
        q.paragraph_format.space_after = Pt(8)
        shade(row[1], "DDEBF7" if status.startswith("NEW") else "EDEDED")
        s = row[1].paragraphs[0]
        rs = s.add_run(status)
        rs.bold, rs.font.size = True, Pt(7.5)
        rs.font.color.rgb = rgb("1F4E79")
        g = row[1].add_paragraph()
        rg = g.add_run("Lead: " + group)
        rg.font.size, rg.italic = Pt(7.5), True


DOC = {
    "file": "strategies/birmingham_safeguarding_adults_board_strategic_plan_2026-29.pdf",
    "title": "Birmingham Safeguarding Adults Board Strategic Plan 2026–2029",
    "org": "Birmingham Safeguarding Adults Board",
    "cover_title": "Strategic Plan",
    "years": "2026–2029",
    "theme": dict(c1="1F4E79", c2="70AD47", font="Liberation Serif", hfont="Liberation Sans", size=10.5,
                  footer="BSAB Strategic Plan 2026–2029 – {PAGE}", symbol_at=3),
    "heads": {"fw": "Introduction from the Independent Chair", "ctx": "Safeguarding adults in Birmingham",
              "pri": "Our strategic priorities", "del": "Sub-group work programme", "gov": "Assurance"},
    "foreword": [
        "The Care Act 2014 requires every local authority to have a Safeguarding Adults Board and to publish a "
        "strategic plan. The Board's members are the City Council, the NHS and West Midlands Police, with West "
        "Midlands Fire Service, housing, probation and the voluntary sector.",
        "This plan sets four priorities for the next three years, drawn from our safeguarding adults reviews and "
        "from what adults with care and support needs told us.",
    ],
    "signed": "Independent Chair, Birmingham Safeguarding Adults Board",
    "context": {
        "intro": "The council received about 14,000 safeguarding concerns in 2024/25 (illustrative).",
        "stats": [("14,000", "safeguarding concerns"), ("3,600", "section 42 enquiries"), ("27%", "of enquiries "
                  "about self-neglect"), ("9", "safeguarding adults reviews published"), ("410", "adults at risk "
                  "of exploitation"), ("1 in 5", "enquiries involving domestic abuse")],
        "find_head": "The six safeguarding principles",
        "findings": ["The Care Act 2014 sets six principles: Empowerment; Prevention; Proportionality; "
                     "Protection; Partnership; and Accountability.",
                     "Self-neglect and hoarding featured in most of our recent reviews.",
                     "Young adults leaving children's services lose support at 18."],
        "prev_head": "Our 2023–2026 priorities",
        "previous": "Making safeguarding personal; Learning from reviews; and Quality assurance.",
    },
    "pri_intro": "The Board agreed these four priorities at its development day in January 2026.",
    "priorities": [
        ("Self-neglect and hoarding", "A single multi-agency approach, with fire service home visits.",
         "CARRIED FORWARD", "Practice sub-group"),
        ("Adults exploited by criminals, including cuckooing",
         "Joint work with police and housing to protect adults whose homes are taken over.",
         "NEW FOR 2026", "Exploitation sub-group"),
        ("Safe transitions into adulthood for young people with care and support needs",
         "Planning from age 14, so that no one loses support at 18.", "NEW FOR 2026", "Transitions sub-group"),
        ("Domestic abuse of adults with care and support needs",
         "Recognising abuse by partners, family members and carers.", "CARRIED FORWARD",
         "Domestic abuse sub-group"),
    ],
    "delivery": {
        "intro": "Each sub-group has a work programme for 2026/27.",
        "head": ["Sub-group", "Work", "Chair"],
        "rows": [("Practice", "Self-neglect toolkit", "City Council"), ("Exploitation", "Cuckooing protocol",
                 "West Midlands Police"), ("Transitions", "Joint transitions panel", "City Council"),
                 ("Domestic abuse", "Training for care providers", "NHS")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The Board meets quarterly and publishes an annual report.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Self-neglect enquiries closed with risk reduced", "61%", "Up"),
                 ("Cuckooing cases with joint plan", "45%", "Up"), ("Transitions plans by 17", "52%", "Up"),
                 ("Staff trained on DA and care needs", "600", "Up")],
        "partners": "Birmingham City Council; NHS Birmingham and Solihull; West Midlands Police; West Midlands "
                    "Fire Service; housing providers; the Probation Service; Healthwatch Birmingham.",
    },
    "contact": "BSAB Business Unit · bsab@birmingham.example",
}


def build(root):
    return dkit.build(root, DOC, pri_fn, "birmingham_safeguarding_adults")
