"""Cardiff Youth Justice Service Strategic Plan 2024-25: Word report (python-docx + LibreOffice), YJB plan
headings.

Six priorities, stated once, on p6 in the **middle column of a "how our priorities have changed" table**:
three columns headed "2023-24 priority" | "2024-25 board priority" | "What changed"; last year's priorities
(distractors) sit in the left-hand column of the same rows.  One row has a dash in the middle (last year's
education priority, now part of everyday practice) and one has a dash on the left (a new priority).  The
middle cells are bold on a tint.  The Youth Justice Blueprint for Wales and the Child First tenets (p4), the
2023-24 review (p5), the short workstream names (p7), the YJB key performance indicators (p8) and the risks
are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, keep_rows, table
from docx.enum.table import WD_TABLE_ALIGNMENT
from south_wales.work import soffice_stable, work_file

FILE = "strategies/cardiff_youth_justice_strategic_plan_2024-25.pdf"
TITLE = "Cardiff Youth Justice Service Strategic Plan 2024–25"
BLUE, TEAL, INK = "003B5C", "00838F", "222222"

# (2023-24 priority, 2024-25 priority, what changed)
ROWS = [
    ("Prevention and early intervention",
     "Keeping children out of the justice system through prevention and diversion",
     "Carried forward; widened to include the pre-court bureau and out-of-court resolutions."),
    ("Reducing reoffending", "Reducing reoffending by children",
     "Carried forward; reoffending rose in 2023–24."),
    ("Exploitation and contextual safeguarding", "Keeping children safe from criminal exploitation",
     "Carried forward, with a sharper focus on criminal exploitation and county lines."),
    ("Serious youth violence", "Reducing serious violence involving children",
     "Carried forward; now delivered with the Serious Violence Duty partnership."),
    ("Victims and restorative justice", "Putting victims' voices at the centre through restorative justice",
     "Carried forward; every identified victim will be contacted."),
    ("Education, training and employment", "—",
     "No longer a separate priority: now part of every child's plan and tracked through the YJB indicator."),
    ("—", "Reducing the over-representation of Black, Asian and minority ethnic children in the justice system",
     "New: Black and mixed-heritage children are over-represented at every stage in Cardiff (illustrative)."),
]


def change_table(d):
    t = d.add_table(rows=len(ROWS) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [4.6, 6.4, 5.6]
    heads = ["2023–24 priority", "2024–25 board priority", "What changed"]
    for c, h in enumerate(heads):
        cell = t.cell(0, c)
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold, r.font.size = True, Pt(9.5)
        r.font.color.rgb = rgb("FFFFFF")
        shade(cell, BLUE if c != 1 else TEAL)
    for i, (old, new, why) in enumerate(ROWS, 1):
        for c, val in enumerate((old, new, why)):
            cell = t.cell(i, c)
            cell.text = ""
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(2)
            r = p.add_run(val)
            if c == 0:
                r.font.size, r.font.color.rgb = Pt(9), rgb("6B6B6B")
            elif c == 1:
                r.bold, r.font.size, r.font.color.rgb = True, Pt(10.5), rgb(BLUE)
                shade(cell, "E3F2F3")
            else:
                r.font.size = Pt(8.8)
    set_widths(t, widths)
    keep_rows(t)
    return t


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(BLUE, TEAL, INK), title=TITLE,
                author="Cardiff Youth Justice Service", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Cardiff Youth Justice Service", "Strategic Plan 2024–25",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=TEAL)
    para(d, "", space_after=30)
    para(d, "CARDIFF YOUTH JUSTICE SERVICE · GWASANAETH CYFIAWNDER IEUENCTID CAERDYDD", bold=True, size=10,
         colour=TEAL, space_after=30)
    cover_block(d, [("Youth Justice", 30, True, "FFFFFF"), ("Strategic Plan 2024–25", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Children first, offenders second", 11, False, "CFE8EA")], BLUE,
                height_cm=10)
    para(d, "", space_after=150)
    para(d, "Prepared under section 40 of the Crime and Disorder Act 1998, following the Youth Justice Board's "
            "guidance on youth justice plans.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=14)
    contents(d, [("1. Introduction", "intro", 0), ("2. Local context", "ctx", 0),
                 ("3. Youth justice in Wales", "wales", 0), ("4. Review of 2023–24", "rev", 0),
                 ("5. Our priorities for 2024–25", "pri", 0), ("6. Delivering the priorities", "del", 0),
                 ("7. Performance", "kpi", 0), ("8. Governance, resources and risks", "gov", 0)], pages,
             leader=True, bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "Cardiff Youth Justice Service works with children aged 10 to 17 who are at risk of entering the justice "
        "system or who have offended. It is part of Cardiff Council's children's services and is overseen by a "
        "multi-agency management board.",
        "This plan sets out the board's priorities for 2024–25 and how they have changed from last year. It was "
        "written with children, their families, staff and board members, and it follows the Youth Justice Board's "
        "guidance on youth justice plans.",
        "This year we have set out our priorities beside last year's, so that children, families and partners can "
        "see what we have carried forward, what we have stopped and what is new."]:
        para(d, t)
    para(d, "Chair, Cardiff Youth Justice Management Board", bold=True)
    heading(d, "2. Local context", 1)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023–24"], ["Children aged 10–17", "36,900"], ["First-time entrants", "118"],
              ["Children diverted through the bureau", "264"], ["Reoffending rate", "34%"],
              ["Children in custody", "6"], ["Black and mixed-heritage children among those sentenced", "27%"]],
          [11.6, 5.0], head_fill=BLUE, band="E3F2F3", size=9.5)
    heading(d, "3. Youth justice in Wales", 1, page_break=True)
    para(d, "Youth justice is not devolved, but most of the services that children need are. The Youth Justice "
            "Blueprint for Wales, published by the Welsh Government and the Ministry of Justice in 2019, sets out "
            "a shared vision for children in the justice system in Wales. We use it alongside the Youth Justice "
            "Board's Child First principle.")
    para(d, "The Youth Justice Board's four Child First tenets are:")
    numbered(d, ["As children: recognise their needs, capacities, rights and potential.",
                 "Building pro-social identity: promote children's strengths and capacities.",
                 "Collaborating with children: encourage active participation and engagement.",
                 "Diverting from stigma: promote a childhood removed from the justice system."])
    heading(d, "4. Review of 2023–24", 1, page_break=True)
    para(d, "In 2023–24 we:")
    bullets(d, ["diverted 264 children through the bureau, up from 221 (illustrative);",
                "opened a new reparation project with the city's parks service;",
                "screened every child for exploitation at the start of their work with us;",
                "were inspected by HM Inspectorate of Probation, which rated the service as good."])
    para(d, "Reoffending rose, and the over-representation of Black and mixed-heritage children did not fall. "
            "Both are reflected in this year's priorities.")
    heading(d, "5. Our priorities for 2024–25", 1, page_break=True)
    para(d, "The management board has agreed six priorities for 2024–25. They are in the middle column of the "
            "table below; the left-hand column shows last year's priorities for comparison.")
    change_table(d)
    para(d, "")
    para(d, "Each priority has a board sponsor and is reviewed at every board meeting.", size=9, italic=True)
    heading(d, "6. Delivering the priorities", 1, page_break=True)
    para(d, "Each priority is delivered by a workstream with a short name:")
    table(d, [["Workstream", "Main actions 2024–25", "Lead"],
              ["Bureau", "Joint decision-making with the police for every child; health and speech and language "
                         "screening", "Bureau manager"],
              ["Desistance", "A reoffending tracker; better transitions to probation at 18", "Operations manager"],
              ["Safe", "Exploitation screening; a place at every exploitation panel", "Children's services"],
              ["Violence", "Mentoring and weapons awareness with the Violence Prevention Unit", "Police"],
              ["Voice", "Contact every victim; restorative conferences; reparation chosen by victims",
               "Restorative justice lead"],
              ["Fair", "Disproportionality audit of every decision point; training for staff and magistrates",
               "Head of service"]], [3.0, 9.6, 4.0], head_fill=BLUE, size=9)
    heading(d, "7. Performance", 1, page_break=True)
    para(d, "The Youth Justice Board's key performance indicators, which we report every quarter:")
    bullets(d, ["Accommodation", "Education, training and employment", "Special educational needs",
                "Mental health and wellbeing", "Substance misuse", "Out-of-court disposals", "Links to wider services",
                "Management board attendance", "Racial disproportionality", "Serious violence", "Victims"])
    heading(d, "8. Governance, resources and risks", 1)
    para(d, "The management board includes Cardiff Council, South Wales Police, the Probation Service, Cardiff "
            "and Vale University Health Board, education, the Police and Crime Commissioner's office and the "
            "voluntary sector. It reports to the Cardiff Community Safety Partnership and the regional "
            "safeguarding board.")
    table(d, [["Risk", "Mitigation"], ["Rising exploitation caseloads", "Extra practitioner funded by the PCC"],
              ["Recruitment of qualified staff", "Grow-our-own scheme"],
              ["Court delays", "Bureau and out-of-court work prioritised"]], [8.0, 8.6], head_fill=BLUE, size=9)
    para(d, "Contact: yjs@cardiff.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction Cardiff Youth", "ctx": "2. Local context The figures",
               "wales": "3. Youth justice in Wales", "rev": "4. Review of 2023", "pri": "5. Our priorities for",
               "del": "6. Delivering the priorities", "kpi": "7. Performance The",
               "gov": "8. Governance, resources and risks"}
    src = work_file("cardiff_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
