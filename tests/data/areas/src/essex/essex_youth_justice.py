"""Essex Youth Justice Service Strategic Plan 2024-25: Word report (python-docx + LibreOffice), YJB plan
headings.

Five priorities, stated once, on p6 under "6. Board priorities for 2024-25": each is a bold paragraph with a
**thick coloured rule above it** (a Word paragraph top border) and, on the same line, a **right-aligned
tab** to a grey "Sponsor: ..." note; the next paragraph describes it.  The Child First tenets (p4), the
2023-24 priorities in the review table (p5, among them "Serious youth violence" and "Education"), the YJB
key performance indicators (p7) and the risks are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table, rgb
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from essex.work import soffice_stable, work_file

FILE = "strategies/essex_youth_justice_strategic_plan_2024-25.pdf"
TITLE = "Essex Youth Justice Service Strategic Plan 2024–25"
BLUE, ORANGE, INK = "00467F", "D9662B", "222222"

PRIORITIES = [
    ("Preventing children from entering the youth justice system", "Children's Social Care",
     "Expand Turnaround and our prevention offer, and use out-of-court resolutions with a health and education "
     "assessment for every child."),
    ("Reducing reoffending by children", "Head of Service",
     "Identify children at risk of reoffending early with our tracker, and improve transitions to probation at 18."),
    ("Protecting children from criminal exploitation", "Director of Children's Services",
     "Screen every child for exploitation, attend every exploitation panel and use the National Referral "
     "Mechanism."),
    ("Keeping children safe from serious violence", "Superintendent, Essex Police",
     "Work with the Violence and Vulnerability Unit on mentoring, weapons awareness and hospital navigators."),
    ("Giving victims a voice through restorative justice", "PFCC's office",
     "Contact every identified victim, offer restorative justice and give victims a say in reparation projects."),
]


def ruled(d, text, note, width):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after, pf.keep_with_next = Pt(10), Pt(2), True
    pf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", "24"), ("w:space", "6"), ("w:color", ORANGE)):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)
    r = p.add_run(text)
    r.bold, r.font.size = True, Pt(12)
    r.font.color.rgb = rgb(BLUE)
    r2 = p.add_run("\tSponsor: " + note)
    r2.font.size = Pt(8)
    r2.font.color.rgb = rgb("777777")


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(BLUE, BLUE, INK), title=TITLE,
                author="Essex Youth Justice Service", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Essex Youth Justice Service", "Strategic Plan 2024–25",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=ORANGE)
    width = d.sections[0].page_width - d.sections[0].left_margin - d.sections[0].right_margin
    para(d, "", space_after=30)
    para(d, "ESSEX YOUTH JUSTICE SERVICE", bold=True, size=11, colour=ORANGE, space_after=30)
    cover_block(d, [("Youth Justice", 30, True, "FFFFFF"), ("Strategic Plan 2024–25", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Child First · Offender Second", 11, False, "DDE8F2")], BLUE,
                height_cm=10)
    para(d, "", space_after=150)
    para(d, "Prepared under section 40 of the Crime and Disorder Act 1998, following the Youth Justice Board's "
            "guidance on youth justice plans.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=14)
    contents(d, [("1. Introduction", "intro", 0), ("2. Local context", "ctx", 0), ("3. Child First", "cf", 0),
                 ("4. Review of 2023–24", "rev", 0), ("5. Our partnership", "part", 0),
                 ("6. Board priorities for 2024–25", "pri", 0), ("7. Performance", "kpi", 0),
                 ("8. Resources and risks", "res", 0)], pages, leader=True, bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "The Essex Youth Justice Service works with children aged 10 to 17 who are at risk of offending or have "
        "offended, across the twelve districts of Essex. Southend-on-Sea and Thurrock have services of their own.",
        "This plan sets out the management board's priorities for 2024–25. It was written with children, their "
        "families, staff and board members."]:
        para(d, t)
    para(d, "Chair, Essex Youth Justice Management Board", bold=True)
    heading(d, "2. Local context", 1)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023–24"], ["Children aged 10–17", "152,000"], ["First-time entrants", "236"],
              ["Children on out-of-court resolutions", "410"], ["Reoffending rate", "31%"],
              ["Children in custody", "9"]], [11.6, 5.0], head_fill=BLUE, band="E8F0F7", size=9.5)
    heading(d, "3. Child First", 1, page_break=True)
    para(d, "We follow the Youth Justice Board's Child First principle. Its four tenets are:")
    numbered(d, ["As children: recognise their needs, capacities, rights and potential.",
                 "Building pro-social identity: promote children's strengths and capacities.",
                 "Collaborating with children: encourage active participation and engagement.",
                 "Diverting from stigma: promote a childhood removed from the justice system."])
    heading(d, "4. Review of 2023–24", 1, page_break=True)
    para(d, "Last year's priorities and progress against them:")
    table(d, [["2023–24 priority", "Status", "Comment"], ["Prevention and diversion", "Green", "Turnaround launched"],
              ["Serious youth violence", "Amber", "Knife crime by children down slightly"],
              ["Education", "Amber", "More children in full-time education"],
              ["Exploitation", "Green", "Screening in place"]], [6.0, 2.4, 8.2], head_fill=BLUE, size=9)
    heading(d, "5. Our partnership", 1)
    para(d, "The management board includes Essex County Council, Essex Police, the Probation Service, the NHS, "
            "education and the Police, Fire and Crime Commissioner. It links with the Violence and Vulnerability Unit "
            "and the Essex Safeguarding Children Board.")
    heading(d, "6. Board priorities for 2024–25", 1, page_break=True)
    para(d, "The management board has agreed five priorities. Each has a board sponsor and is reviewed at every "
            "board meeting.")
    for name, sponsor, txt in PRIORITIES:
        ruled(d, name, sponsor, width)
        para(d, txt, size=9.5)
    heading(d, "7. Performance", 1, page_break=True)
    para(d, "The Youth Justice Board's key performance indicators, which we report every quarter:")
    bullets(d, ["Accommodation", "Education, training and employment", "Special educational needs",
                "Mental health and wellbeing", "Substance misuse", "Out-of-court disposals", "Links to wider services",
                "Management board attendance", "Serious violence", "Victims"])
    heading(d, "8. Resources and risks", 1)
    table(d, [["Risk", "Mitigation"], ["Rising demand from exploitation cases", "Extra practitioner funded by PFCC"],
              ["Recruitment of qualified staff", "Grow-our-own scheme"]], [8.0, 8.6], head_fill=BLUE, size=9)
    para(d, "Contact: yjs@essex.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction The Essex", "ctx": "2. Local context The figures", "cf": "3. Child First We",
               "rev": "4. Review of 2023", "part": "5. Our partnership The", "pri": "6. Board priorities for",
               "kpi": "7. Performance The", "res": "8. Resources and risks"}
    src = work_file("essex_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
