"""Staffordshire Youth Justice Service Youth Justice Plan 2024-25: Word report (python-docx + LibreOffice),
YJB plan headings.

Four priorities, stated once, on p6 under "4. Our priorities board for 2024-25" as the **cards of the middle
column of a kanban board**: a Word table whose three columns are headed "Done in 2023-24", "Now: our
priorities for 2024-25" and "Next: from 2025-26", each card a shaded, boxed pair of paragraphs (a bold title
and a small line).  Only the cards in the "Now" column are priorities; the "Done" cards (last year's
priorities, among them "Serious youth violence") and the "Next" cards (ideas for later years) are
distractors, as are the Child First tenets (p5), the YJB key performance indicators (p7) and the risks (p8).
"""
from common import two_pass
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, table
from staffordshire.work import soffice_stable, work_file

FILE = "strategies/staffordshire_youth_justice_plan_2024-25.pdf"
TITLE = "Staffordshire Youth Justice Service: Youth Justice Plan 2024–25"
TEAL, AMBER, INK = "0B6E79", "E39B17", "222222"

DONE = [("Serious youth violence", "Achieved: mentoring offer in place; now part of the violence priority."),
        ("Education, training and employment", "Achieved: education worker in every team."),
        ("Disproportionality", "Closed as a priority: now business as usual.")]
NOW = [("Diverting children away from the criminal justice system", "Board sponsor: Director of Children's Services"),
       ("Reducing reoffending by the children we work with", "Board sponsor: Head of Service"),
       ("Reducing children's involvement in serious violence", "Board sponsor: Staffordshire Police"),
       ("Protecting children from criminal exploitation and county lines", "Board sponsor: Assistant Director, "
                                                                            "Safeguarding")]
NEXT = [("Transitions to adult probation at 18", "Scoping in 2024–25."),
        ("Speech, language and communication needs", "Scoping in 2024–25.")]


def _borders(p, colour):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}")
        for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", colour)):
            b.set(qn(k), v)
        bdr.append(b)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "FFFFFF")
    pPr.append(shd)


def card(cell, first, title, line, colour, size):
    if not first:  # an unbordered spacer keeps the cards apart
        gap = cell.add_paragraph()
        gap.paragraph_format.space_after = Pt(0)
        gap.add_run(" ").font.size = Pt(5)
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_before = Pt(2 if first else 0)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.left_indent = Cm(0.15)
    p.paragraph_format.right_indent = Cm(0.15)
    _borders(p, colour)
    r = p.add_run(title)
    r.bold, r.font.size = True, Pt(size)
    r.font.color.rgb = rgb(INK)
    q = cell.add_paragraph()
    q.paragraph_format.space_after = Pt(0)
    q.paragraph_format.left_indent = Cm(0.15)
    q.paragraph_format.right_indent = Cm(0.15)
    _borders(q, colour)
    r = q.add_run(line)
    r.font.size = Pt(7.8)
    r.font.color.rgb = rgb("666666")


def board(d):
    widths = [4.3, 0.7, 6.6, 0.7, 4.3]
    t = d.add_table(rows=2, cols=5)
    heads = [("Done in 2023–24", "9A9A9A"), None, ("Now: our priorities for 2024–25", TEAL), None,
             ("Next: from 2025–26", "9A9A9A")]
    cols = [(DONE, "BBBBBB", 9), None, (NOW, TEAL, 11), None, (NEXT, "BBBBBB", 9)]
    for c in range(5):
        hc, bc = t.cell(0, c), t.cell(1, c)
        if heads[c] is None:
            continue
        txt, fill = heads[c]
        shade(hc, fill)
        r = hc.paragraphs[0].add_run(txt)
        r.bold, r.font.size = True, Pt(9.5)
        r.font.color.rgb = rgb("FFFFFF")
        shade(bc, "F2F4F4" if c != 2 else "E3F1F2")
        items, colour, size = cols[c]
        for k, (title, line) in enumerate(items):
            card(bc, k == 0, title, line, colour, size)
    set_widths(t, widths)
    tr = t.rows[1]._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(11 * 567)))
    h.set(qn("w:hRule"), "atLeast")
    tr.append(h)
    return t


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(TEAL, TEAL, INK), title=TITLE,
                author="Staffordshire Youth Justice Service", margins=(2.0, 2.0, 2.3, 2.0))
    header_footer(d, "Staffordshire Youth Justice Service", "Youth Justice Plan 2024–25",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=AMBER)
    para(d, "", space_after=30)
    para(d, "STAFFORDSHIRE YOUTH JUSTICE SERVICE", bold=True, size=11, colour=TEAL, space_after=30)
    cover_block(d, [("Youth Justice Plan", 30, True, "FFFFFF"), ("2024–25", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Children first, always", 11, False, "D7EEF0")], TEAL, height_cm=10)
    para(d, "", space_after=150)
    para(d, "Prepared under section 40 of the Crime and Disorder Act 1998, following the Youth Justice Board's "
            "guidance on youth justice plans.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [("1. Introduction and vision", "intro", 0), ("2. Local context", "ctx", 0),
                 ("3. Child First and our review of 2023–24", "rev", 0),
                 ("4. Our priorities board for 2024–25", "pri", 0), ("5. Performance", "kpi", 0),
                 ("6. Resources, risks and sign-off", "res", 0)], pages, leader=True, bold_top=False)
    heading(d, "1. Introduction and vision", 1, page_break=True)
    for t in [
        "The Staffordshire Youth Justice Service works with children aged 10 to 17 across the eight districts of "
        "Staffordshire who are at risk of offending or who have offended. Stoke-on-Trent has its own youth justice "
        "service and plan; the two services work closely together.",
        "The service is overseen by the Youth Justice Management Board, chaired by the Director of Children's "
        "Services, with members from the police, probation, health, education and the Staffordshire Commissioner's "
        "office.",
        "Our vision is that every child in Staffordshire lives a safe and crime-free life and makes a positive "
        "contribution to society."]:
        para(d, t)
    para(d, "Chair, Staffordshire Youth Justice Management Board", bold=True)
    heading(d, "2. Local context", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9,
         colour="555555")
    table(d, [["Indicator", "2023–24", "Change"], ["First-time entrants (per 100,000 aged 10–17)", "142", "-8%"],
              ["Children receiving a court outcome", "118", "-5%"], ["Binary reoffending rate", "31%", "-2 points"],
              ["Children screened for exploitation", "260", "+22%"], ["Knife possession offences by children", "47",
                                                                      "+9%"]],
          [9.5, 3.5, 3.5], head_fill=TEAL, band="EAF4F5")
    heading(d, "What the data tells us", 2)
    bullets(d, ["Most first-time entrants are aged 14 or 15 and have been excluded from school.",
                "Children in care are over-represented in the cohort.",
                "Knife possession by children is rising in Tamworth, Cannock and Burton."])
    heading(d, "3. Child First and our review of 2023–24", 1, page_break=True)
    para(d, "The Youth Justice Board's Child First principle has four tenets, which guide all our work:")
    numbered(d, ["See children as children", "Develop pro-social identity for positive child outcomes",
                 "Collaborate with children", "Promote diversion"])
    heading(d, "Looking back at 2023–24", 2)
    para(d, "Last year's three priorities are shown in the \u201cDone\u201d column of the board on the next page, "
            "with what happened to each.")
    heading(d, "4. Our priorities board for 2024–25", 1, page_break=True)
    para(d, "The board tracks its priorities on a simple board. The middle column holds our four priorities for "
            "2024–25. The columns either side show what we finished last year and what we will look at next; "
            "they are not priorities for this year.", space_after=10)
    board(d)
    heading(d, "5. Performance", 1, page_break=True)
    para(d, "We report the Youth Justice Board's key performance indicators to the board every quarter:")
    bullets(d, ["Suitable accommodation", "Education, training and employment", "Special educational needs and "
                "disabilities", "Mental health care and emotional wellbeing", "Substance misuse",
                "Out-of-court disposals", "Links to wider services", "Management board attendance",
                "Serious violence", "Victims"])
    heading(d, "6. Resources, risks and sign-off", 1, page_break=True)
    table(d, [["Source", "2024–25 (illustrative)"], ["Youth Justice Board grant", "£860,000"],
              ["Staffordshire County Council", "£1,420,000"], ["Staffordshire Police", "£210,000"],
              ["Staffordshire Commissioner", "£95,000"], ["Probation Service", "£60,000"]], [9, 5],
          head_fill=TEAL, band="EAF4F5")
    heading(d, "Risks", 2)
    bullets(d, ["Recruitment of experienced case managers.", "Court delays lengthening time to outcome.",
                "Rising complexity of children's needs."])
    para(d, "Signed on behalf of the Youth Justice Management Board by its Chair. Contact: yjs@staffordshire.example",
         italic=True, size=9, colour="555555")
    d.save(str(path))


def build(root):
    out = root / FILE
    src = work_file("staffs_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    needles = {"intro": "1. Introduction and vision The", "ctx": "2. Local context The figures",
               "rev": "3. Child First and our review of 2023–24 The", "pri": "4. Our priorities board for 2024–25 The",
               "kpi": "5. Performance We", "res": "6. Resources, risks and sign-off"}
    two_pass(run, out, needles)
    return out
