"""Nottinghamshire Youth Justice Plan 2024-2025: Word report (python-docx + LibreOffice), YJB plan headings.

Five priorities, stated once, on p6 in the **middle column of a "how our priorities have changed" table**:
each row pairs last year's priority (left column, grey italic, "New for 2024–25" where there was none) with
this year's priority (middle column, bold) and a note on what changed (right column).  The 2023-24
priorities in the left column and in the review table on p5 are the previous plan's and are distractors, as
are the Child First tenets (p4), the national key performance indicators and the risks (p7).
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, set_widths, shade, table, rgb, keep_rows
from nottinghamshire.work import soffice_stable, work_file

FILE = "strategies/nottinghamshire_youth_justice_plan_2024-25.pdf"
TITLE = "Nottinghamshire Youth Justice Plan 2024–2025"
BLUE, ORANGE, INK = "1B4F72", "CA6F1E", "262626"

# (2023-24 priority, 2024-25 priority, what changed)
ROWS = [
    ("First-time entrants", "Keeping children out of the justice system through prevention and diversion",
     "Widened to include Turnaround and our out-of-court panel."),
    ("Reoffending", "Reducing reoffending by children",
     "Kept; now measured with the live reoffending tracker."),
    ("Exploitation and serious youth violence", "Protecting children from criminal exploitation",
     "Serious youth violence now sits with the Violence Reduction Partnership; we keep the exploitation work."),
    ("Education, training and employment", "Meeting children's health, speech and language needs",
     "Education is now core business; health and speech and language needs are the gap the audit found."),
    ("New for 2024–25", "Putting victims at the heart of restorative justice",
     "New, after victims told us they were not offered a say."),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(BLUE, ORANGE, INK), title=TITLE,
                author="Nottinghamshire Youth Justice Management Board", margins=(2.0, 2.0, 2.4, 2.2))
    header_footer(d, "Nottinghamshire Youth Justice Service", "Youth Justice Plan 2024–2025",
                  footer_fmt="Page {PAGE}", colour="555555", rule_colour=ORANGE)
    para(d, "", space_after=30)
    para(d, "NOTTINGHAMSHIRE COUNTY COUNCIL · YOUTH JUSTICE SERVICE", bold=True, size=10, colour=BLUE,
         space_after=24)
    cover_block(d, [("Youth Justice Plan", 32, True, "FFFFFF"), ("2024–2025", 22, False, "FAD7B5"),
                    ("", 10, False, "FFFFFF"), ("Child first, offender second", 12, False, "FFFFFF")], BLUE,
                height_cm=9.5)
    para(d, "", space_after=150)
    para(d, "Approved by the Nottinghamshire Youth Justice Management Board. Submitted to the Youth Justice Board "
            "for England and Wales.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=14)
    contents(d, [("1 Introduction, vision and strategy", "intro", 0), ("2 Local context and Child First", "ctx", 0),
                 ("3 Progress on the 2023–24 plan", "rev", 0), ("4 Priorities for 2024–25", "pri", 0),
                 ("5 Performance and risks", "kpi", 0), ("6 Governance and sign-off", "gov", 0)], pages,
             leader=True, bold_top=False)
    heading(d, "1 Introduction, vision and strategy", 1, page_break=True)
    for t in [
        "This is the youth justice plan for Nottinghamshire County for 2024–25, prepared under section 40 of the "
        "Crime and Disorder Act 1998. The city of Nottingham has its own youth justice service and plan.",
        "Our vision is that every child we work with is safe, is supported to make good choices, and leaves us "
        "with a brighter future and without further offending.",
        "The plan reviews last year, sets this year's priorities, and describes our resources, performance and "
        "risks. It was written with the children we work with, their families and our staff."]:
        para(d, t)
    para(d, "Chair, Nottinghamshire Youth Justice Management Board", bold=True)
    heading(d, "2 Local context and Child First", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023–24"], ["Children aged 10–17 in the county", "82,000"],
              ["First-time entrants", "140"], ["Children on court orders", "95"],
              ["Children in custody (average)", "4"], ["Children open to the service with an EHCP", "38%"]],
          [11.0, 5.6], head_fill=BLUE, band="EAF1F7", size=9.5)
    heading(d, "Child First", 2)
    para(d, "The Youth Justice Board's Child First principle has four tenets, which shape all of our work:")
    numbered(d, ["As children: see children as children, recognising their needs, capacities and potential.",
                 "Building pro-social identity: promote children's strengths and a positive identity.",
                 "Collaborating with children: work with children and their carers, not on them.",
                 "Diverting from stigma: minimise the stigma of contact with the justice system."])
    heading(d, "3 Progress on the 2023–24 plan", 1, page_break=True)
    para(d, "Last year's plan had five priorities. Our progress against each is below.")
    table(d, [["2023–24 priority", "Progress", "Rating"],
              ["First-time entrants", "Out-of-court panel launched in all districts.", "Green"],
              ["Reoffending", "Rate fell from 34% to 31% (illustrative).", "Amber"],
              ["Exploitation and serious youth violence", "Exploitation screening in every assessment.", "Green"],
              ["Education, training and employment", "72% of children in education at the end of an order.",
               "Amber"],
              ["Custody", "Remands to custody halved.", "Green"]], [6.0, 8.0, 2.6], head_fill=BLUE,
          band="EAF1F7", size=9)
    para(d, "Custody has been dropped as a separate priority: numbers are now very low and are reviewed case by "
            "case.", size=9.5)
    heading(d, "4 Priorities for 2024–25", 1, page_break=True)
    para(d, "The Management Board has agreed five priorities for 2024–25. The table shows how each relates to last "
            "year's priorities. This year's priorities are in the middle column.")
    t = d.add_table(rows=len(ROWS) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    widths = [4.2, 6.4, 6.4]
    for c, name in enumerate(["Last year (2023–24)", "Our priority for 2024–25", "What has changed"]):
        cell = t.rows[0].cells[c]
        cell.text = ""
        r = cell.paragraphs[0].add_run(name)
        r.bold, r.font.size = True, Pt(9)
        r.font.color.rgb = rgb("FFFFFF")
        shade(cell, BLUE if c == 1 else "5D6D7E")
    for i, (old, new, why) in enumerate(ROWS, 1):
        cells = t.rows[i].cells
        for c in range(3):
            cells[c].text = ""
        r = cells[0].paragraphs[0].add_run(old)
        r.italic, r.font.size = True, Pt(9)
        r.font.color.rgb = rgb("7F8C8D")
        r = cells[1].paragraphs[0].add_run(new)
        r.bold, r.font.size = True, Pt(11)
        r.font.color.rgb = rgb(BLUE)
        shade(cells[1], "EAF1F7")
        r = cells[2].paragraphs[0].add_run(why)
        r.font.size = Pt(9)
        for c in range(3):
            cells[c].paragraphs[0].paragraph_format.space_after = Pt(5)
            cells[c].paragraphs[0].paragraph_format.space_before = Pt(3)
    set_widths(t, widths)
    keep_rows(t)
    para(d, "")
    para(d, "Each priority has an action plan owned by a member of the Management Board.", size=9.5)
    heading(d, "5 Performance and risks", 1, page_break=True)
    para(d, "The Youth Justice Board's key performance indicators include: reoffending; first-time entrants; use "
            "of custody; suitable accommodation; education, training and employment; special educational needs; "
            "mental health and emotional wellbeing; substance misuse; out-of-court disposals; management board "
            "attendance; wider services; serious violence; and victims.")
    table(d, [["Risk to delivery", "Mitigation"],
              ["Rising numbers of children with complex health needs", "Joint funding of a health worker with the ICB"],
              ["Court delays", "Regular liaison with the youth court"],
              ["Staff turnover", "Workforce development plan"]], [8.3, 8.3], head_fill=ORANGE, size=9)
    heading(d, "6 Governance and sign-off", 1, page_break=True)
    para(d, "The Management Board meets quarterly, chaired by the council's Service Director for Youth, Families "
            "and Social Work. Members include Nottinghamshire Police, the Probation Service, health, education, "
            "the Office of the Police and Crime Commissioner and the Violence Reduction Partnership.")
    table(d, [["Budget 2024–25 (illustrative)", "£000"], ["Local authority", "2,150"], ["Youth Justice Board grant",
                                                                                  "1,010"],
              ["Police and Crime Commissioner", "160"], ["Health", "140"], ["Probation", "60"]], [10, 6],
          head_fill=BLUE, size=9)
    para(d, "Signed: Chair of the Management Board", size=9.5)
    para(d, "Contact: youthjustice@nottscc.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1 Introduction, vision and strategy This", "ctx": "2 Local context and Child First The",
               "rev": "3 Progress on the 2023–24 plan Last", "pri": "4 Priorities for 2024–25 The",
               "kpi": "5 Performance and risks The", "gov": "6 Governance and sign-off The"}
    src = work_file("notts_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
