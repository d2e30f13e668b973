"""Safer Rotherham Partnership Plan 2024-2027 (community safety partnership).

python-docx -> LibreOffice (Liberation Sans).  The priorities sit in a borderless two-column Word table on p6:
a huge grey SPELLED-OUT NUMBER ("ONE" ... "FIVE") in the left cell, the bold priority and one sentence in the
right cell.  The previous plan's priorities and the Mayor's priorities are quoted on p5.
"""
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_kit import Cm, Pt, rgb, set_widths
from south_yorkshire.kit import docx_build

OUT = "strategies/safer_rotherham_partnership_plan_2024-27.pdf"
PRIORITIES = [
    ("Protecting vulnerable children and adults from exploitation",
     "Criminal and sexual exploitation, cuckooing and modern slavery, tackled through one multi-agency panel."),
    ("Tackling anti-social behaviour and making neighbourhoods feel safer",
     "Quicker action on repeat problems, and residents told what has changed."),
    ("Reducing domestic abuse and sexual violence",
     "Earlier help for victims and families, and firmer action against perpetrators."),
    ("Safer roads and tackling off-road motorbikes",
     "Road safety around schools, speeding on rural roads and the danger of off-road bikes on estates."),
    ("Preventing people from being drawn into terrorism",
     "Delivering the Prevent duty with schools, colleges and community groups."),
]
WORDS = ["ONE", "TWO", "THREE", "FOUR", "FIVE"]


def _no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def priorities_table(d):
    t = d.add_table(rows=len(PRIORITIES), cols=2)
    _no_borders(t)
    for i, (p, s) in enumerate(PRIORITIES):
        left, right = t.cell(i, 0), t.cell(i, 1)
        r = left.paragraphs[0].add_run(WORDS[i])
        r.bold, r.font.size = True, Pt(24)
        r.font.color.rgb = rgb("A6A6A6")
        p1 = right.paragraphs[0]
        p1.paragraph_format.space_before = Pt(5)
        p1.paragraph_format.space_after = Pt(2)
        r = p1.add_run(p)
        r.bold, r.font.size = True, Pt(13)
        r.font.color.rgb = rgb("7A1F5C")
        p2 = right.add_paragraph()
        p2.paragraph_format.space_after = Pt(10)
        r = p2.add_run(s)
        r.font.size = Pt(9.5)
    set_widths(t, [4.0, 12.6])


def build(root: Path) -> Path:
    doc = {
        "title": "Safer Rotherham Partnership Plan 2024\u20132027", "org": "Safer Rotherham Partnership",
        "subtitle": "Community safety partnership plan", "colour": "#7A1F5C",
        "running": "Safer Rotherham Partnership Plan 2024\u20132027",
        "folio_docx": "Page {PAGE} of {NUMPAGES}",
        "sections": [
            ("Introduction", [
                ("p", "The Safer Rotherham Partnership is Rotherham's community safety partnership. Its statutory "
                      "members are Rotherham Metropolitan Borough Council, South Yorkshire Police, South Yorkshire "
                      "Fire and Rescue, the Probation Service and the NHS South Yorkshire Integrated Care Board."),
                ("p", "This plan sets out the five things we will concentrate on between 2024 and 2027, why we "
                      "chose them and how we will report progress. It replaces the 2021\u20132024 plan."),
                ("p", "Rotherham has learned hard lessons about the exploitation of children. Protecting people "
                      "from exploitation remains at the heart of everything the partnership does."),
                ("p", "Chair, Safer Rotherham Partnership"),
            ]),
            ("Rotherham at a glance: the evidence", [
                ("p", "The figures below come from our strategic assessment and are illustrative, not official."),
                ("stats", [("21,000", "crimes a year (illustrative)"), ("7,400", "ASB incidents (illustrative)"),
                           ("3,900", "domestic abuse crimes (illustrative)"), ("640", "off-road bike reports (illustrative)")]),
                ("h", "What the strategic assessment found"),
                ("ul", ["Exploitation is often hidden and linked to drug supply and missing episodes.",
                        "ASB is the most common reason residents contact the council about safety.",
                        "Off-road motorbikes are a top concern in several wards.",
                        "Domestic abuse accounts for around a third of violent crime."]),
            ]),
            ("Where this plan comes from", [
                ("h", "Our previous priorities (2021\u20132024)"),
                ("ul", ["Protecting vulnerable children", "Protecting vulnerable adults",
                        "Safer neighbourhoods", "Building confident and cohesive communities",
                        "Domestic abuse"]),
                ("h", "The Mayor's Police and Crime Plan"),
                ("p", "The Mayor of South Yorkshire's plan for 2025\u20132029 has six priorities: safer streets and "
                      "neighbourhoods; tackling serious violence and exploitation; ending violence against women and "
                      "girls; putting victims and survivors first; breaking the cycle of offending; and treating "
                      "people fairly and building trust."),
                ("h", "Our principles"),
                ("ul", ["Listen to residents and victims.", "Share information safely.",
                        "Act early.", "Be open about what works."]),
            ]),
            ("Our five priorities", [
                ("p", "After consultation with residents, councillors and partners, the board agreed these five "
                      "priorities for 2024\u20132027."),
                ("raw", priorities_table),
            ]),
            ("Delivering the plan", [
                ("table", [["Delivery group", "Leads on", "Meets"],
                           ["Exploitation and vulnerability group", "Exploitation", "Monthly"],
                           ["Neighbourhood safety group", "ASB and roads", "Monthly"],
                           ["Domestic abuse and sexual violence board", "Abuse", "Quarterly"],
                           ["Prevent and cohesion group", "Prevent", "Quarterly"]]),
                ("p", "Each group publishes an action plan, reviewed every six months."),
            ]),
            ("Measuring success", [
                ("table", [["Indicator", "Baseline (illustrative)", "Direction"],
                           ["Children referred to the exploitation panel", "210", "Earlier"],
                           ["ASB incidents", "7,400", "Down"], ["Repeat domestic abuse victims", "33%", "Down"],
                           ["Killed or seriously injured on roads", "130", "Down"],
                           ["Prevent referrals from partners", "40", "Steady"]]),
            ]),
            ("Governance", [
                ("p", "The board reports to the council's cabinet and to the Mayor's office. The council's "
                      "overview and scrutiny committee reviews the plan each year."),
                ("p", "Contact: saferrotherham@rotherham.example"),
            ]),
        ],
    }
    return docx_build(doc, root / OUT)
