"""Lincolnshire Youth Justice Plan 2024-25: Word report (python-docx + LibreOffice, YJB plan headings).

Five priorities, stated once, on p6 as the **rotated column heads of a priorities-by-KPI table** ("Our
priorities for 2024–25 and the indicators each one moves"): the header row's five cells have their text
direction turned (Word `w:textDirection btLr`, reading upwards), each a bold priority over two or three
rotated lines; the rows below are the Youth Justice Board's key performance indicators with dots.  The
Child First tenets (p4), the 2023-24 review table (p5), the KPI row labels (p6) and the risks (p7) are
distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, table
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lincolnshire.work import soffice_stable, work_file

FILE = "strategies/lincolnshire_youth_justice_plan_2024-25.pdf"
TITLE = "Lincolnshire Youth Justice Plan 2024–25"
PLUM, GREEN, INK = "4A2C6F", "3C8D5A", "222222"

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     "Turnaround and our prevention offer for every child referred by the police or schools."),
    ("Reducing reoffending by children",
     "A reoffending tracker, and better transitions to probation at 18."),
    ("Protecting children from criminal exploitation",
     "Screening every child for exploitation and attending every exploitation panel."),
    ("Reducing serious violence involving children",
     "Weapons awareness, mentoring and work with the Serious Violence Duty partnership."),
    ("Making restorative justice available to every victim",
     "Contact with every identified victim and a say in reparation."),
]

KPIS = [("Education, training and employment", "●●●·●"), ("Accommodation", "●●···"),
        ("Substance misuse", "●●·●·"), ("Mental health and wellbeing", "●●●●·"),
        ("Out-of-court disposals", "●●···"), ("Serious violence", "··●●·"), ("Victims", "····●")]


def rotate(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "btLr")
    tcPr.append(td)
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "bottom")
    tcPr.append(va)


def row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), "exact")
    trPr.append(h)


def matrix(d):
    t = d.add_table(rows=1 + len(KPIS), cols=6)
    t.style = d.styles["Table Grid"]
    set_widths(t, [6.1] + [2.0] * 5)
    row_height(t.rows[0], 7.4)
    c0 = t.cell(0, 0)
    shade(c0, "EEEAF3")
    p = c0.paragraphs[0]
    r = p.add_run("Youth Justice Board key performance indicator")
    r.font.size, r.font.color.rgb, r.italic = Pt(8.5), rgb("555555"), True
    for k, (name, _) in enumerate(PRIORITIES, 1):
        cell = t.cell(0, k)
        shade(cell, PLUM)
        rotate(cell)
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(name)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(10), rgb("FFFFFF")
    for i, (kpi, dots) in enumerate(KPIS, 1):
        a = t.cell(i, 0)
        a.paragraphs[0].add_run(kpi).font.size = Pt(9)
        for k, ch in enumerate(dots, 1):
            p = t.cell(i, k).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run("●" if ch == "●" else "")
            r.font.size, r.font.color.rgb = Pt(10), rgb(GREEN)
            r.font.name = "DejaVu Sans"
    return t


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(PLUM, PLUM, INK), title=TITLE,
                author="Lincolnshire Youth Offending Service", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Lincolnshire Youth Offending Service", "Youth Justice Plan 2024–25",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=GREEN)
    para(d, "", space_after=30)
    para(d, "LINCOLNSHIRE YOUTH OFFENDING SERVICE", bold=True, size=11, colour=GREEN, space_after=30)
    cover_block(d, [("Youth Justice Plan", 30, True, "FFFFFF"), ("2024–25", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Child First", 11, False, "E0D8EB")], PLUM, height_cm=10)
    para(d, "", space_after=150)
    para(d, "Prepared under section 40 of the Crime and Disorder Act 1998, following the Youth Justice Board's "
            "guidance on youth justice plans.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PLUM, space_after=14)
    contents(d, [("1. Introduction and vision", "intro", 0), ("2. Local context", "ctx", 0),
                 ("3. Child First", "cf", 0), ("4. Review of 2023–24", "rev", 0),
                 ("5. Our priorities for 2024–25", "pri", 0), ("6. Resources, risks and sign-off", "res", 0)],
             pages, leader=True, bold_top=False)
    heading(d, "1. Introduction and vision", 1, page_break=True)
    for t in [
        "The Lincolnshire Youth Offending Service works with children aged 10 to 17 across the county who are at "
        "risk of offending or have offended. Our vision is that every child we work with has a safe, settled and "
        "crime-free future.",
        "This plan sets out the management board's priorities for 2024–25. It was written with children, their "
        "families, staff and board members, and it follows the Youth Justice Board's guidance."]:
        para(d, t)
    para(d, "Chair, Lincolnshire Youth Justice Management Board", bold=True)
    heading(d, "2. Local context", 1)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023–24"], ["Children aged 10–17", "71,000"], ["First-time entrants", "148"],
              ["Children on out-of-court disposals", "260"], ["Reoffending rate", "29%"],
              ["Children screened for exploitation", "410"]], [11.6, 5.0], head_fill=PLUM, band="F1EEF5", size=9.5)
    heading(d, "3. Child First", 1, page_break=True)
    para(d, "We follow the Youth Justice Board's Child First principle. Its four tenets are:")
    numbered(d, ["As children: recognise their needs, capacities, rights and potential.",
                 "Building pro-social identity: promote children's strengths and capacities.",
                 "Collaborating with children: encourage active participation and engagement.",
                 "Diverting from stigma: promote a childhood removed from the justice system."])
    heading(d, "4. Review of 2023–24", 1, page_break=True)
    para(d, "Last year's priorities and progress against them:")
    table(d, [["2023–24 priority", "Status", "Comment"], ["Early intervention", "Green", "Turnaround launched"],
              ["Education", "Amber", "More children in full-time education"],
              ["Knife crime", "Amber", "Fewer weapons offences by children"],
              ["Participation", "Green", "Children's panel meets monthly"]], [6.0, 2.4, 8.2], head_fill=PLUM, size=9)
    heading(d, "5. Our priorities for 2024–25", 1, page_break=True)
    para(d, "The management board has agreed five priorities for 2024–25. They are the column heads of the table "
            "below, which also shows the YJB indicators each priority is expected to move.", size=9.5)
    heading(d, "Our priorities for 2024–25 and the indicators each one moves", 3)
    matrix(d)
    para(d, "", space_after=2)
    heading(d, "What we will do", 3)
    for short, (name, txt) in zip(["Prevention", "Reoffending", "Exploitation", "Violence", "Victims"], PRIORITIES):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        a = p.add_run(short + ": ")
        a.bold, a.font.size = True, Pt(9)
        r = p.add_run(txt)
        r.font.size = Pt(9)
    heading(d, "6. Resources, risks and sign-off", 1, page_break=True)
    table(d, [["Risk", "Mitigation"], ["Rising demand from exploitation cases", "Extra practitioner funded by the PCC"],
              ["Recruitment of qualified staff", "Grow-our-own scheme"],
              ["Distance to services in rural areas", "Outreach from four hubs"]], [8.0, 8.6], head_fill=PLUM, size=9)
    para(d, "Budget 2024–25 (illustrative): £3.1m, of which the Youth Justice Board grant is £1.2m.", size=9.5)
    para(d, "Signed on behalf of the management board: Chair, Lincolnshire Youth Justice Management Board.", size=9.5)
    para(d, "Contact: yos@lincolnshire.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction and vision The", "ctx": "2. Local context The figures",
               "cf": "3. Child First We", "rev": "4. Review of 2023", "pri": "5. Our priorities for 2024",
               "res": "6. Resources, risks"}
    src = work_file("lincolnshire_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
