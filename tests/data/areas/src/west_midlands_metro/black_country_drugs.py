"""Black Country Combating Drugs Partnership Plan 2026-2029: python-docx -> LibreOffice.

Four priorities on p5 as the bold **row heads of a borough-fit table with Harvey balls**: columns Dudley,
Sandwell, Walsall and Wolverhampton hold a quarter-to-full circle glyph (◔ ◑ ◕ ●) showing how strongly each
borough's needs assessment pointed to the priority; a key line explains the glyphs.  No numbers.  Distractors:
the glyphs and key, the From Harm to Hope priorities and outcomes (p4), the previous plan's aims, the Mayor's
priorities quoted (p6), actions and measures.
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docx_kit import rgb, set_widths, shade
from west_midlands_metro import dkit
from west_midlands_metro.shared import PLAN_SENTENCE

BALL = {1: "\u25d4", 2: "\u25d1", 3: "\u25d5", 4: "\u25cf"}
TOWNS = ["Dudley", "Sandwell", "Walsall", "Wolverhampton"]


def pri_fn(d, doc):
    t = d.add_table(rows=1, cols=5)
    t.style = d.styles["Table Grid"]
    set_widths(t, [6.2, 2.6, 2.6, 2.6, 2.6])
    for cell, text in zip(t.rows[0].cells, ["Our priority"] + TOWNS):
        shade(cell, "0F4C5C")
        p = cell.paragraphs[0]
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(7.8)
        r.font.color.rgb = rgb("FFFFFF")
        if text != "Our priority":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, fit in doc["priorities"]:
        row = t.add_row().cells
        r = row[0].paragraphs[0].add_run(text)
        r.bold, r.font.size = True, Pt(11)
        r.font.color.rgb = rgb("0F4C5C")
        shade(row[0], "EAF2F3")
        for cell, v in zip(row[1:], fit):
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rb = p.add_run(BALL[v])
            rb.font.size, rb.font.name = Pt(16), "DejaVu Sans"
            rb.font.color.rgb = rgb("E36414")
    k = d.add_paragraph()
    rk = k.add_run("Key: \u25d4 some local need  \u25d1 clear local need  \u25d5 strong local need  \u25cf one of "
                   "the borough's greatest needs (from each borough's 2025 needs assessment; illustrative).")
    rk.italic, rk.font.size = True, Pt(8)
    rk.font.color.rgb = rgb("666666")
    d.add_paragraph("Each priority applies in all four boroughs; the circles show where the need is greatest, "
                    "not whether a borough takes part.")


DOC = {
    "file": "strategies/black_country_combating_drugs_partnership_plan_2026-29.pdf",
    "title": "Black Country Combating Drugs Partnership Plan 2026–2029",
    "org": "Black Country Combating Drugs Partnership",
    "cover_title": "Combating Drugs Partnership Plan",
    "years": "2026–2029",
    "theme": dict(c1="0F4C5C", c2="E36414", font="Liberation Sans", hfont="Liberation Sans",
                  footer="Black Country CDP · Page {PAGE} of {NUMPAGES}"),
    "heads": {"fw": "Foreword from the Senior Responsible Owner", "ctx": "The national strategy and local need",
              "pri": "Our priorities across the four boroughs", "del": "Delivery plan",
              "gov": "Governance and outcomes"},
    "foreword": [
        "The Black Country Combating Drugs Partnership covers Dudley, Sandwell, Walsall and Wolverhampton. It "
        "brings together the four councils, West Midlands Police, the Probation Service, the NHS, treatment "
        "providers, Jobcentre Plus and people with lived experience.",
        "This plan sets four priorities for the next three years, based on the four boroughs' needs assessments.",
    ],
    "signed": "Senior Responsible Owner, Black Country Combating Drugs Partnership",
    "context": {
        "intro": "The national drug strategy From Harm to Hope (2021) asks every area to form a combating drugs "
                 "partnership.",
        "stats": [("1.2m", "residents in four boroughs"), ("6,900", "adults in treatment"),
                  ("58%", "of people who need opiate treatment not in it"), ("141", "drug-related deaths in three "
                  "years"), ("74", "county lines disrupted"), ("22,000", "alcohol-related hospital admissions")],
        "find_head": "From Harm to Hope",
        "findings": ["Its three strategic priorities are: Break drug supply chains; Deliver a world-class "
                     "treatment and recovery system; and Achieve a generational shift in demand for drugs.",
                     "Its national outcomes include reducing drug use, drug-related crime and drug-related deaths "
                     "and harm, and increasing engagement in treatment and recovery."],
        "prev_head": "Before the partnership",
        "previous": "Each borough previously had its own substance misuse strategy, with aims such as Reduce "
                    "demand, Restrict supply and Build recovery.",
    },
    "pri_intro": "We have agreed four priorities. The table shows how strongly each borough's needs assessment "
                 "pointed to each one.",
    "priorities": [
        ("Breaking drug supply chains into the Black Country", (3, 4, 3, 4)),
        ("More people starting and staying in treatment", (4, 3, 4, 3)),
        ("Preventing drug-related deaths", (2, 4, 3, 4)),
        ("Reducing alcohol-related harm", (4, 3, 3, 2)),
    ],
    "delivery": {
        "intro": "The delivery plan for 2026/27 has three workstreams.",
        "head": ["Workstream", "Actions", "Lead"],
        "rows": [("Supply", "County lines taskforce; closure orders", "West Midlands Police"),
                 ("Treatment and recovery", "Outreach; prison-to-community continuity", "Public health teams"),
                 ("Deaths and alcohol", "Naloxone; alcohol care teams in hospitals", "NHS, councils")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership board meets quarterly and reports to the Joint Combating Drugs Unit.",
        "head": ["Outcome", "Baseline", "Direction"],
        "rows": [("Adults in treatment", "6,900", "Up"), ("Drug-related deaths (3 years)", "141", "Down"),
                 ("County lines closed", "74", "Up"), ("Alcohol-related admissions", "22,000", "Down")],
        "partners": "Dudley, Sandwell, Walsall and Wolverhampton councils; West Midlands Police; the Probation "
                    "Service; NHS Black Country ICB; treatment providers; Jobcentre Plus; recovery communities.",
    },
    "contact": "Black Country CDP, c/o Walsall Council · cdp@blackcountry.example",
}


def build(root):
    return dkit.build(root, DOC, pri_fn, "black_country_drugs")
