"""North Yorkshire and York Combating Drugs Partnership Strategy 2023-2026: Word report (python-docx +
LibreOffice).

Four priorities, stated once, as the **bold parent rows of a Gantt chart** (p6, "Our priorities and when we
will deliver them"): a Word table with a first column and six half-year columns; each priority row is bold
with a solid bar of shaded cells across the years it runs, and under it two or three indented milestone rows
(actions, distractors) with lighter bars.  Distractors: the *From harm to hope* priorities (p4), the needs
assessment findings (p5), the milestones (p6), the outcomes framework (p8).
"""
from docx.shared import Cm, Pt, RGBColor

from north_yorkshire.kit import docx_doc

FILE = "strategies/north_yorkshire_and_york_combating_drugs_partnership_strategy_2023-26.pdf"

HALVES = ["H2 23/24", "H1 24/25", "H2 24/25", "H1 25/26", "H2 25/26"]
ROWS = [  # (text, is_priority, first, last)
    ("Breaking county lines and disrupting drug supply", True, 0, 4),
    ("Joint county lines operations with West Yorkshire and Cleveland", False, 0, 2),
    ("Cuckooing closure orders in every district", False, 1, 4),
    ("Building a world-class treatment and recovery system", True, 0, 4),
    ("Recruit 30 more drug and alcohol workers", False, 0, 1),
    ("Recovery hubs in York, Scarborough and Harrogate", False, 2, 4),
    ("Preventing drug-related deaths", True, 1, 4),
    ("Naloxone for every person leaving treatment or prison", False, 1, 3),
    ("Drug-related death review panel", False, 1, 4),
    ("Stopping young people from starting to use drugs", True, 2, 4),
    ("Drug education in every secondary school", False, 2, 4),
]


def gantt(d, shade):
    t = d.add_table(rows=len(ROWS) + 1, cols=len(HALVES) + 1)
    t.style = d.styles["Table Grid"]
    widths = [Cm(7.6)] + [Cm(1.9)] * len(HALVES)
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    hdr = t.rows[0].cells
    for c, text in zip(hdr, ["Priority and milestones"] + HALVES):
        c.text = text
        r = c.paragraphs[0].runs[0]
        r.bold, r.font.size, r.font.color.rgb = True, Pt(8.5), RGBColor(255, 255, 255)
        shade(c, "1E5A7A")
    for i, (text, pri, a, b) in enumerate(ROWS, start=1):
        cells = t.rows[i].cells
        p = cells[0].paragraphs[0]
        r = p.add_run(text)
        if pri:
            r.bold, r.font.size = True, Pt(10.5)
            shade(cells[0], "E4EEF3")
        else:
            r.font.size, r.font.color.rgb = Pt(8.5), RGBColor(0x55, 0x55, 0x55)
            p.paragraph_format.left_indent = Cm(0.5)
        for k in range(len(HALVES)):
            if a <= k <= b:
                shade(cells[k + 1], "1E5A7A" if pri else "9CC3D5")
    d.add_paragraph()
    p = d.add_paragraph("Dark bars show when each priority is active; light bars show its milestones. "
                        "Milestones are reviewed every six months.")
    p.runs[0].italic, p.runs[0].font.size = True, Pt(8.5)


SPEC = {
    "title": "North Yorkshire and York Combating Drugs Partnership Strategy 2023–2026",
    "org": "North Yorkshire and York Combating Drugs Partnership",
    "short": "Combating Drugs Partnership Strategy 2023–2026",
    "cover_title": "Combating Drugs<br>Partnership Strategy",
    "subtitle": "North Yorkshire and York 2023–2026",
    "cover_note": "Senior Responsible Owner: Director of Public Health. Contact: cdp@northyorks.example",
    "colour": "#1e5a7a", "accent": "#a64b2a", "folio": "{n}",
    "sections": [
        ("Foreword", [
            ("p", "Drugs cause harm far beyond the people who use them: to families, to neighbourhoods where "
                  "dealers operate and to children drawn into supply. In North Yorkshire and York, county lines "
                  "from larger cities reach our market and coastal towns, and drug-related deaths have risen "
                  "over the last decade."),
            ("p", "The Combating Drugs Partnership was set up in 2022 in response to the national drugs "
                  "strategy. It brings together public health, the police, probation, the NHS, councils, "
                  "housing and the Police, Fire and Crime Commissioner."),
            ("p", "Senior Responsible Owner, Combating Drugs Partnership"),
        ]),
        ("The national strategy", [
            ("p", "From harm to hope, the ten-year national drugs strategy published in 2021, has three "
                  "priorities that every partnership works towards:"),
            ("ul", ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                    "Achieve a generational shift in the demand for drugs"]),
            ("p", "It also sets national outcomes: reducing drug use, reducing drug-related crime, reducing "
                  "drug-related deaths and harm, and increasing engagement in treatment and recovery. Our local "
                  "priorities are set out on page 6."),
        ]),
        ("Needs assessment", [
            ("stats", [("4,100", "adults estimated to use opiates or crack"), ("48%", "of them not in treatment"),
                       ("61", "drug-related deaths in three years")]),
            ("ul", ["Around 35 county lines are active in the area at any time.",
                    "Rural areas have few treatment sites and poor public transport.",
                    "Cocaine use among young adults is rising, especially in the night-time economy.",
                    "Housing is the largest barrier to recovery after prison."]),
        ]),
        ("Our priorities and when we will deliver them", [
            ("p", "The partnership has four priorities. The chart shows each one with its main milestones."),
            ("custom", "gantt"),
        ]),
        ("Delivery groups", [
            ("table", [["Group", "Chair", "Focus"],
                       ["Supply", "North Yorkshire Police", "Disruption, cuckooing, intelligence"],
                       ["Treatment and recovery", "Public health", "Capacity, quality, housing and work"],
                       ["Deaths and harm", "NHS", "Naloxone, reviews, alerts"],
                       ["Young people", "Children's services", "Education, early help"]]),
            ("p", "Each group has an action plan agreed by the partnership and reviewed quarterly."),
        ]),
        ("Outcomes framework and governance", [
            ("table", [["Outcome", "Indicator"],
                       ["Less drug supply", "County lines closed; drug seizures"],
                       ["More people in treatment", "Adults in treatment; continuity of care after prison"],
                       ["Fewer deaths", "Drug-related deaths per 100,000"],
                       ["Less demand", "Young people reporting drug use"]]),
            ("p", "The partnership reports to the Health and Wellbeing Boards of both councils and to the "
                  "national Joint Combating Drugs Unit."),
        ]),
    ],
}


def build(root):
    out = root / FILE
    docx_doc(SPEC, {"gantt": gantt}, out, "drugs")
    return out
