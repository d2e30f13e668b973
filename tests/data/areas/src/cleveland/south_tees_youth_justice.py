"""South Tees Youth Justice Service: Youth Justice Plan 2024-25 (Middlesbrough and Redcar and Cleveland):
Word report (python-docx + LibreOffice, YJB plan headings).

Five priorities, stated once, on p6 as the **first level of a two-level outline**: each priority is a bold
orange paragraph opened by a "\u25b6" arrow glyph and a tab (hanging indent), and under each sit two or three
indented grey "\u25cb" items beginning "We will" (actions, not priorities).  The Child First tenets (p4), the
review of the 2023-24 priorities (p5), the actions, the YJB key performance indicators and the inspection
recommendations (p7) are distractors.
"""
from docx_kit import *  # noqa: F401,F403
from docx_kit import contents, header_footer, heading, new_doc, page_break, para, cover_block, rgb
from cleveland.work import docx_blocks, docx_build

FILE = "strategies/south_tees_youth_justice_plan_2024-25.pdf"
TITLE = "South Tees Youth Justice Service: Youth Justice Plan 2024–25"
COL = ("1B3A5C", "C55A11", "EEF3F8")

PRIORITIES = [
    ("Fewer children entering the youth justice system",
     ["We will offer every eligible child an out-of-court disposal with support through Turnaround.",
      "We will review every first-time entrant case with the police each month."]),
    ("Reducing reoffending by the children we work with",
     ["We will use the Youth Justice Board's reoffending tracker to target our work.",
      "We will give every child a trusted adult who stays with them."]),
    ("Keeping children safe from exploitation",
     ["We will screen every child for criminal and sexual exploitation.",
      "We will share intelligence with the South Tees exploitation panel."]),
    ("Giving victims a voice through restorative justice",
     ["We will contact every identified victim within ten working days.",
      "We will offer restorative meetings and letters of explanation."]),
    ("Getting every child we work with into education, training or employment",
     ["We will have an education worker in the team.", "We will work with colleges on places for our children."]),
]


def outline(d):
    for name, acts in PRIORITIES:
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent, pf.first_line_indent = Cm(0.8), Cm(-0.8)
        pf.tab_stops.add_tab_stop(Cm(0.8))
        pf.space_before, pf.space_after = Pt(9), Pt(3)
        pf.keep_with_next = True
        g = p.add_run("\u25b6\t")
        g.font.color.rgb = rgb(COL[1])
        g.font.size = Pt(11)
        r = p.add_run(name)
        r.bold, r.font.size = True, Pt(12)
        r.font.color.rgb = rgb(COL[1])
        for a in acts:
            q = d.add_paragraph()
            qf = q.paragraph_format
            qf.left_indent, qf.first_line_indent = Cm(1.6), Cm(-0.6)
            qf.tab_stops.add_tab_stop(Cm(1.6))
            qf.space_after = Pt(2)
            rr = q.add_run("\u25cb\t" + a)
            rr.font.size, rr.font.color.rgb = Pt(9.5), rgb("555555")


SECTIONS = [
    ("intro", "Introduction from the Chair of the Management Board", [
        ("p", "The South Tees Youth Justice Service works with children aged 10 to 17 in Middlesbrough and Redcar "
              "and Cleveland who are in trouble with the law, and with the people they have harmed."),
        ("p", "This plan meets the Youth Justice Board's requirements for an annual youth justice plan and sets "
              "out our priorities for 2024–25."),
        ("p", "Chair, South Tees Youth Justice Management Board", ),
    ]),
    ("cf", "Child First", [
        ("p", "Our work follows the Youth Justice Board's Child First principle. Its four tenets are:"),
        ("ul", ["See children as children", "Develop pro-social identity for positive child outcomes",
                "Collaborate with children", "Promote diversion"]),
        ("p", "The figures below are illustrative and are not official statistics."),
        ("stats", [("92", "first-time entrants in 2023/24"), ("36%", "reoffending rate"),
                   ("11", "children sentenced to custody"), ("140", "victims contacted")]),
    ]),
    ("rev", "Review of 2023–24", [
        ("p", "Last year's plan had four priorities. Our progress against them is below."),
        ("table", [["2023–24 priority", "Progress"], ["Reduce first-time entrants", "Down 9% (illustrative)"],
                   ["Improve education outcomes", "Partly met"], ["Respond to exploitation", "Met"],
                   ["Reduce disproportionality", "Ongoing"]], [0.55, 0.45]),
    ]),
    ("pri", "Our priorities for 2024–25", [
        ("p", "The Management Board has agreed five priorities for 2024–25. Under each we list what we will do."),
        ("custom", outline),
    ]),
    ("kpi", "Performance and inspection", [
        ("p", "We report the Youth Justice Board's key performance indicators to the Management Board each quarter, "
              "including suitable accommodation, education, training and employment, special educational needs, "
              "mental health, substance misuse, out-of-court disposals, victims and serious violence."),
        ("h2", "Inspection recommendations"),
        ("ul", ["Improve the quality of risk assessments.", "Strengthen management oversight of case work."]),
        ("h2", "Governance"),
        ("p", "The Management Board is chaired by the Director of Children's Services and includes the police, "
              "probation, health, education and the Police and Crime Commissioner's office."),
        ("note", "Contact: yjs@southtees.example. All figures are illustrative."),
    ]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(COL[0], COL[1], "333333"), title=TITLE,
                author="South Tees Youth Justice Service")
    header_footer(d, "South Tees Youth Justice Service", "Youth Justice Plan 2024–25",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", rule_colour=COL[1])
    para(d, "", space_after=40)
    para(d, "SOUTH TEES YOUTH JUSTICE SERVICE", bold=True, size=11, colour=COL[1], space_after=30)
    cover_block(d, [("Youth Justice Plan", 30, True, "FFFFFF"), ("2024–25", 22, False, "F8CBAD"),
                    ("Middlesbrough · Redcar and Cleveland", 11, False, "FFFFFF")], COL[0], height_cm=9.0)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=COL[0], space_after=14)
    contents(d, [(t, k, 0) for k, t, _ in SECTIONS], pages)
    for k, t, blocks in SECTIONS:
        heading(d, t, 1, page_break=True)
        docx_blocks(d, blocks, COL)
    d.save(path)


def build(root):
    out = root / FILE
    docx_build(out, "south_tees_yj", make, SECTIONS)
    return out
