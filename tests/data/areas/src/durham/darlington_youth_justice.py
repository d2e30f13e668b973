"""Darlington Youth Justice Plan 2024-25: Word report (python-docx + LibreOffice), YJB plan headings.

Five priorities, stated once, on p6 as the items of a **real Word numbered list whose number format is
circled digits** (numbering.xml with w:numFmt "decimalEnclosedCircle", so LibreOffice generates "①" ...
"⑤" in a large teal run); each item is one paragraph: the priority in bold, a line break, then a plain
sentence in the same paragraph.  The Child First tenets (p4), the 2023-24 priorities in the review table
(p5), the "golden threads" under the list (p6), the YJB key performance indicators (p7) and the risks are
distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import bullets, contents, cover_block, header_footer, heading, new_doc, numbered, page_break, para, \
    rgb, table
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from durham.work import soffice_stable, work_file

FILE = "strategies/darlington_youth_justice_plan_2024-25.pdf"
TITLE = "Darlington Youth Justice Plan 2024–25"
TEAL, INK, GOLD = "00646E", "262626", "D98E04"

PRIORITIES = [
    ("Keeping children out of the justice system through early help and diversion",
     "Turnaround and out-of-court work so that children's first contact with the police is their last."),
    ("Reducing reoffending by children",
     "Plans built with each child and family, and intensive support for the few who reoffend most."),
    ("Keeping children safe from criminal exploitation and county lines",
     "Screening every child for exploitation and working with the exploitation panel to disrupt adults."),
    ("Meeting children's health, speech and language needs",
     "A speech and language therapist and a mental health practitioner in the team, and health checks for all."),
    ("Giving victims a voice through restorative justice",
     "Offering every victim a say, and restorative meetings or letters where victims want them."),
]

NUM_ID = 77


def add_circle_numbering(d):
    """Append an abstractNum with circled-digit numbers and a num that uses it."""
    numbering = d.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(NUM_ID))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimalEnclosedCircle"), ("w:lvlText", "%1"),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "851")
    ind.set(qn("w:hanging"), "851")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "DejaVu Sans")
    rpr.append(rf)
    b = OxmlElement("w:b")
    rpr.append(b)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), TEAL)
    rpr.append(col)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "40")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(NUM_ID))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(NUM_ID))
    num.append(an)
    numbering.append(num)


def circled_item(d, name, txt):
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(NUM_ID))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(10)
    r = p.add_run(name)
    r.bold, r.font.size = True, Pt(12.5)
    r.font.color.rgb = rgb(TEAL)
    r.add_break(WD_BREAK.LINE)
    r2 = p.add_run(txt)
    r2.font.size = Pt(9.5)
    r2.font.color.rgb = rgb("4A4A4A")


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(TEAL, TEAL, INK), title=TITLE,
                author="Darlington Youth Justice Service", margins=(2.2, 2.2, 2.4, 2.2))
    add_circle_numbering(d)
    header_footer(d, "Darlington Youth Justice Service", "Youth Justice Plan 2024–25",
                  footer_fmt="{PAGE}", colour=TEAL, rule_colour=GOLD)
    para(d, "", space_after=24)
    para(d, "DARLINGTON YOUTH JUSTICE SERVICE", bold=True, size=11, colour=GOLD, space_after=26)
    cover_block(d, [("Youth Justice Plan", 30, True, "FFFFFF"), ("2024–25", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Children first, safer communities", 11, False, "CDE7EA")], TEAL,
                height_cm=10)
    para(d, "", space_after=150)
    para(d, "Prepared under section 40 of the Crime and Disorder Act 1998, following the Youth Justice Board's "
            "guidance on youth justice plans.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [("1. Introduction", "intro", 0), ("2. Local context", "ctx", 0), ("3. Child First", "cf", 0),
                 ("4. Review of 2023–24", "rev", 0), ("5. Our priorities for 2024–25", "pri", 0),
                 ("6. Performance and risks", "kpi", 0), ("7. Governance and resources", "gov", 0)],
             pages, leader=True, bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "Darlington Youth Justice Service works with children aged 10 to 17 in the borough who are at risk of "
        "offending or have offended, and with the people they have harmed. It is part of Darlington Borough "
        "Council's children's services and is overseen by a partnership management board.",
        "This plan sets out the board's priorities for 2024–25, what we achieved last year and how we will measure "
        "progress. Children, parents, staff and board members helped to write it.",
        "Darlington is a small service, and that is a strength: we know our children well, and our partners are "
        "round the same table."]:
        para(d, t)
    para(d, "Chair, Darlington Youth Justice Management Board", bold=True)
    heading(d, "2. Local context", 1)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023–24"], ["Children aged 10–17 in Darlington", "10,400"], ["First-time entrants", "31"],
              ["Children on out-of-court resolutions", "58"], ["Reoffending rate", "34%"],
              ["Children with an identified speech, language or communication need", "61%"],
              ["Children in custody", "2"]], [11.6, 5.0], head_fill=TEAL, band="E6F2F3", size=9.5)
    heading(d, "3. Child First", 1, page_break=True)
    para(d, "We follow the Youth Justice Board's Child First principle. Its four tenets are:")
    numbered(d, ["As children: recognise their needs, capacities, rights and potential.",
                 "Building pro-social identity: promote children's strengths and capacities.",
                 "Collaborating with children: encourage active participation and engagement.",
                 "Diverting from stigma: promote a childhood removed from the justice system."])
    para(d, "What children told us", bold=True, colour=TEAL)
    bullets(d, ["Workers who stick with them matter more than any programme.",
                "Appointments in school time make it harder to keep up with lessons.",
                "Some did not understand what was said in court."])
    heading(d, "4. Review of 2023–24", 1, page_break=True)
    para(d, "Last year's priorities and how we did:")
    table(d, [["2023–24 priority", "Status", "Comment"], ["Prevention and diversion", "Green",
               "Turnaround launched; first-time entrants down"],
              ["Education, training and employment", "Amber", "More children in full-time education"],
              ["Serious youth violence", "Amber", "Knife possession by children slightly down"],
              ["Victims", "Green", "Victim contact within ten days for 92%"]], [6.0, 2.4, 8.2], head_fill=TEAL, size=9)
    para(d, "Our partnership", bold=True, colour=TEAL)
    para(d, "The management board includes Darlington Borough Council (children's services, education and "
            "public health), Durham Constabulary, the Probation Service, the NHS and the Office of the Police, "
            "Crime and Victims' Commissioner. It links with the Darlington Community Safety Partnership, the "
            "serious violence partnership and the Durham and Darlington safeguarding children partnership.")
    heading(d, "5. Our priorities for 2024–25", 1, page_break=True)
    para(d, "The management board has agreed five priorities for 2024–25:")
    for name, txt in PRIORITIES:
        circled_item(d, name, txt)
    para(d, "Golden threads", bold=True, colour=GOLD)
    para(d, "Two things run through every priority rather than standing alone: the voice of the child, and "
            "tackling the over-representation of children in care in the justice system.", size=9.5)
    heading(d, "6. Performance and risks", 1, page_break=True)
    para(d, "The Youth Justice Board's key performance indicators, which we report every quarter:")
    bullets(d, ["Suitable accommodation", "Education, training and employment", "Special educational needs",
                "Mental health and emotional wellbeing", "Substance misuse", "Out-of-court disposals",
                "Links to wider services", "Management board attendance", "Serious violence", "Victims"])
    table(d, [["Risk", "Mitigation"], ["Health posts funded for one year only", "Business case to the ICB"],
              ["Rising exploitation referrals", "Extra practitioner funded by the PCVC"],
              ["Court delays", "Regular case review with the courts"]], [8.0, 8.6], head_fill=TEAL, size=9)
    heading(d, "7. Governance and resources", 1)
    para(d, "The management board meets every quarter and is chaired by the council's Director of Children's "
            "Services. It reports to the Darlington Community Safety Partnership and to the council's Children "
            "and Young People Scrutiny Committee.")
    table(d, [["Source of funding", "£ (illustrative)"], ["Youth Justice Board grant", "412,000"],
              ["Darlington Borough Council", "538,000"], ["Police and PCVC", "96,000"], ["NHS", "71,000"],
              ["Probation Service", "22,000"]], [11.6, 5.0], head_fill=TEAL, size=9)
    para(d, "Contact: youthjustice@darlington.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction Darlington Youth", "ctx": "2. Local context The figures",
               "cf": "3. Child First We", "rev": "4. Review of 2023", "pri": "5. Our priorities for 2024–25 The",
               "kpi": "6. Performance and risks The", "gov": "7. Governance and resources The"}
    src = work_file("darlington_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
