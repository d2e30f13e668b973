"""Cumberland Youth Justice Plan 2024-25: Word report (python-docx + LibreOffice, YJB plan headings, Liberation
Serif for the charter).

Five priorities, stated once, on p6 as a **charter page**: a section of its own with a double **page border**
(Word pgBorders), centred text throughout: a small capitals line naming the board, the title "Our promise to
the children of Cumberland", then the five priorities as centred bold serif lines, each with a centred italic
line under it and a short centred rule (a narrow paragraph with a bottom border) between them, and signature
lines for the Chair and the Head of Service at the foot.  No numbers.

Distractors: the Child First tenets (p3), the board membership and budget (p4), the 2023-24 priorities in the
review table (p5), the italic lines on the charter (p6), the YJB key performance indicators and the risks (p7).
"""
from common import two_pass
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from cumbria.work import soffice_stable, work_file

FILE = "strategies/cumberland_youth_justice_plan_2024-25.pdf"
TITLE = "Cumberland Youth Justice Plan 2024–25"
TEAL, ORANGE, INK = "0F5C6E", "C4661F", "262626"

PRIORITIES = [
    ("Keeping children out of the justice system through early support",
     "Turnaround, out-of-court disposals and a youth worker in every custody suite."),
    ("Reducing reoffending by children",
     "A plan for every child that builds on their strengths, with a trusted worker who stays with them."),
    ("Reducing serious violence involving children",
     "Weapons awareness, mentoring and a joint plan with the Cumbria Serious Violence Partnership."),
    ("Giving victims a voice through restorative justice",
     "Every victim offered a say, and restorative work that helps children repair harm."),
    ("Meeting children's speech, language and mental health needs",
     "Speech and language screening and a mental health practitioner in the team."),
]


def rule(d):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(6.5)
    p.paragraph_format.right_indent = Cm(6.5)
    p.paragraph_format.space_after = Pt(10)
    p.paragraph_format.space_before = Pt(0)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" '
                         f'w:color="{ORANGE}"/></w:pBdr>'))
    f = p.add_run("")
    f.font.size = Pt(4)


def centred(d, text, size, bold=False, italic=False, colour=INK, font=None, after=4):
    p = para(d, text, bold=bold, italic=italic, size=size, colour=colour, align=WD_ALIGN_PARAGRAPH.CENTER,
             space_after=after)
    if font:
        for r in p.runs:
            r.font.name = font
    return p


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(TEAL, ORANGE, INK), title=TITLE,
                author="Cumberland Youth Justice Service", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Cumberland Youth Justice Service", "Youth Justice Plan 2024–25",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=TEAL)
    para(d, "", space_after=30)
    para(d, "CUMBERLAND YOUTH JUSTICE SERVICE", bold=True, size=11, colour=TEAL, space_after=30)
    cover_block(d, [("Youth Justice Plan", 32, True, "FFFFFF"), ("2024–25", 22, False, "FCE3CF"),
                    ("", 10, False, "FFFFFF"), ("Cumberland Youth Justice Management Board", 11, False, "FFFFFF")],
                TEAL, height_cm=9.5)
    para(d, "", space_after=170)
    para(d, "Prepared in line with the Youth Justice Board's guidance on youth justice plans.", italic=True, size=9,
         colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [("Introduction, vision and strategy", "intro", 0), ("Governance, leadership and resources", "gov", 0),
                 ("Progress on the 2023–24 plan", "rev", 0), ("Our promise to children", "pri", 0),
                 ("Performance and risks", "perf", 0), ("Sign-off", "sign", 0)], pages, leader=True)
    heading(d, "Introduction, vision and strategy", 1, page_break=True)
    for t in [
        "Cumberland Youth Justice Service was formed in April 2023, when the former county-wide service was split "
        "between Cumberland Council and Westmorland and Furness Council. It works with children aged 10 to 17 in "
        "Carlisle, Allerdale and Copeland who have offended or are at risk of offending.",
        "Our vision is that every child in Cumberland is safe, is treated as a child, and has the chance of a "
        "positive future free from crime. This is the service's second plan."]:
        para(d, t)
    heading(d, "Child First", 2)
    para(d, "We follow the Youth Justice Board's Child First principle. Its four tenets are:")
    numbered(d, ["See children as children", "Develop pro-social identity for positive child outcomes",
                 "Collaborate with children", "Promote diversion"])
    para(d, "Voice of the child: children told us they want workers who stay, help with school, and to be heard.",
         italic=True)
    heading(d, "Governance, leadership and resources", 1, page_break=True)
    para(d, "The Cumberland Youth Justice Management Board is chaired by the council's Director of Children's "
            "Services. Members include Cumbria Constabulary, the Probation Service, the NHS, education, the "
            "Commissioner's office and the voluntary sector.")
    table(d, [["Budget 2024–25 (illustrative)", "£"], ["Youth Justice Board grant", "560,000"],
              ["Cumberland Council", "890,000"], ["Police and Crime Commissioner", "95,000"],
              ["Health", "120,000"], ["Probation", "40,000"]], [11.0, 5.0], head_fill=TEAL, band="E6F0F2", size=9.5)
    heading(d, "Progress on the 2023–24 plan", 1, page_break=True)
    para(d, "Our 2023–24 plan had four priorities. The table shows how far we got; all figures are illustrative.")
    table(d, [["2023–24 priority", "Progress", "Status"], ["Setting up the new service", "Staff, systems and board in "
              "place", "Done"], ["Prevention and diversion", "Turnaround launched; 84 children supported", "Done"],
              ["Education, training and employment", "More children in education, but not enough", "Ongoing"],
              ["Exploitation", "Joint panel with children's social care", "Ongoing"]], [5.4, 7.6, 3.0],
          head_fill=ORANGE, band="FBEBDD", size=9.2)
    para(d, "What we learned: the children we work with have high levels of speech, language and communication "
            "needs, and many have been victims of violence themselves.")
    # the charter: its own section with a page border
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec._sectPr.find(qn("w:pgMar")).addnext(parse_xml(
        f'<w:pgBorders {nsdecls("w")} w:offsetFrom="page">'
        + "".join(f'<w:{side} w:val="double" w:sz="18" w:space="24" w:color="{TEAL}"/>'
                  for side in ("top", "left", "bottom", "right")) + '</w:pgBorders>'))
    h = heading(d, "Our promise to children", 1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    centred(d, "CUMBERLAND YOUTH JUSTICE MANAGEMENT BOARD", 8.5, bold=True, colour=ORANGE, after=2)
    centred(d, "Our promise to the children of Cumberland", 17, font="Liberation Serif", colour=TEAL, after=6)
    centred(d, "In 2024–25 the board and every partner on it will work to these priorities:", 9.5, italic=True,
            colour="555555", after=10)
    rule(d)
    for name, line in PRIORITIES:
        centred(d, name, 13.5, bold=True, font="Liberation Serif", colour=TEAL, after=2)
        centred(d, line, 9, italic=True, colour="555555", after=4)
        rule(d)
    para(d, "", space_after=10)
    sig = d.add_table(rows=2, cols=2)
    for c, who in enumerate(["Chair, Youth Justice Management Board", "Head of Youth Justice Service"]):
        a = sig.cell(0, c)
        a.text = ""
        a.paragraphs[0].add_run("Signed: ____________________").font.size = Pt(9)
        a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        b = sig.cell(1, c)
        b.text = ""
        rr = b.paragraphs[0].add_run(who)
        rr.font.size, rr.italic = Pt(8.5), True
        b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    for b in sec2._sectPr.findall(qn("w:pgBorders")):  # the sections after the charter have no border
        sec2._sectPr.remove(b)
    sec2.different_first_page_header_footer = False
    heading(d, "Performance and risks", 1)
    para(d, "We report the Youth Justice Board's key performance indicators to the board every quarter. They are:")
    bullets(d, ["Suitable accommodation", "Education, training and employment",
                "Special educational needs and disabilities", "Mental health care and emotional wellbeing",
                "Substance misuse", "Out-of-court disposals", "Management board attendance",
                "Wider services", "Serious violence", "Victims"])
    table(d, [["Risk", "What we are doing"], ["Staff turnover in West Cumbria", "A recruitment and retention offer"],
              ["Long waits for mental health assessment", "A practitioner seconded into the team"],
              ["County lines exploitation of our children", "Joint work with the exploitation panel"]],
          [6.5, 9.5], head_fill=TEAL, band="E6F0F2", size=9)
    heading(d, "Sign-off", 1, page_break=True)
    para(d, "This plan was approved by the Cumberland Youth Justice Management Board in June 2024 and will be "
            "submitted to the Youth Justice Board and to Cumberland Council.")
    para(d, "Chair, Cumberland Youth Justice Management Board", bold=True)
    para(d, "Contact: youthjustice@cumberland.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction, vision and strategy Cumberland Youth", "gov": "Governance, leadership and "
               "resources The", "rev": "Progress on the 2023–24 plan Our", "pri": "Our promise to children CUMBERLAND",
               "perf": "Performance and risks We report", "sign": "Sign-off This plan"}
    src = work_file("cumberland_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=2)
    two_pass(run, out, needles)
    return out
