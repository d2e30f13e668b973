"""West Sussex Youth Justice Service Strategic Plan 2024-25: Word report (python-docx + LibreOffice, YJB plan
headings, Liberation Sans).

Five priorities, one per page (pp5-9), each in **a Word section of its own whose running header names it**:
the section's header (not linked to the previous one) holds the priority on the left and the plan's name
on a right tab, and the page body opens with a small grey "Board priority n of 5" line above an
unnumbered Heading 1 that repeats the priority, then "Why this matters", a "What we will do" table and
"How we will know".  Before and after the priority sections the header carries the service's name.  The
Child First tenets and the 2023-24 review table (p4), the YJB key performance indicators (p10) and the
risks (p11) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table, field
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from sussex.work import soffice_stable, work_file

FILE = "strategies/west_sussex_youth_justice_plan_2024-25.pdf"
TITLE = "West Sussex Youth Justice Service Strategic Plan 2024–25"
GREEN, PLUM, INK = "1F5F4A", "7B3F61", "222222"
PLAN = "Youth Justice Strategic Plan 2024–25"

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     "Most children who offend for the first time never come back to our attention if they get the right help "
     "early. Children in West Sussex entering the system for the first time has fallen, but not for every group.",
     [("Expand Turnaround to every district", "Head of Prevention", "Sep 2024"),
      ("Offer an out-of-court resolution with a health and education assessment to every eligible child",
       "Operations Manager", "Dec 2024")],
     "Fewer first-time entrants; more children completing prevention work."),
    ("Reducing reoffending by children",
     "A small group of children account for most further offences. Reoffending is highest in the first three "
     "months after an order starts.",
     [("Use our reoffending tracker to review every child at risk each month", "Head of Service", "Jul 2024"),
      ("Improve transitions to the Probation Service at 18", "Operations Manager", "Mar 2025")],
     "A lower binary reoffending rate; fewer further offences per child."),
    ("Protecting children from criminal exploitation",
     "Children are being groomed to carry drugs along county lines into coastal and market towns. Many are not "
     "seen as victims at first.",
     [("Screen every child for exploitation at the start of their work with us", "Team Managers", "Jun 2024"),
      ("Attend every multi-agency exploitation panel and use the National Referral Mechanism", "Head of Service",
       "Ongoing")],
     "Every child screened; more referrals under the National Referral Mechanism."),
    ("Preventing serious violence by and against children",
     "Knife possession by children has risen, and most children who carry a knife say they do so for protection.",
     [("Join the Sussex Violence Reduction Partnership's mentoring and weapons awareness programmes",
       "Head of Service", "Sep 2024"),
      ("A violence risk plan for every child with a weapon offence", "Team Managers", "Dec 2024")],
     "Fewer knife offences by children; every eligible child offered a mentor."),
    ("Improving education, training and employment for children in the justice system",
     "Many children we work with are out of school or on reduced timetables, and too few are in work or training "
     "at 16.",
     [("An education worker in every team, and a joint panel with the virtual school", "Education Lead",
       "Sep 2024"),
      ("Work placements with local employers for children aged 16 and 17", "Partnership Manager", "Mar 2025")],
     "More children in full-time education, training or employment at the end of their order."),
]


def set_header(sec, left, right, width, colour="555555", rule=GREEN):
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    for r in list(hp.runs):
        r._r.getparent().remove(r._r)
    from docx.shared import Inches
    for pos in (Inches(3.25), Inches(6.5)):
        hp.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(left)
    r.font.size, r.bold = Pt(8.5), True
    r.font.color.rgb = rgb(GREEN)
    r2 = hp.add_run("\t" + right)
    r2.font.size = Pt(8)
    r2.font.color.rgb = rgb(colour)
    pPr = hp._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", rule)):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def set_footer(sec):
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for part in ("Page ", "PAGE"):
        run = fp.add_run()
        run.font.size = Pt(8.5)
        run.font.color.rgb = rgb("555555")
        if part == "PAGE":
            field(run, "PAGE")
        else:
            run.text = part


def new_section(d):
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.different_first_page_header_footer = False
    return sec


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(GREEN, GREEN, INK), title=TITLE,
                author="West Sussex Youth Justice Service", margins=(2.2, 2.2, 2.6, 2.2))
    sec0 = d.sections[0]
    width = sec0.page_width - sec0.left_margin - sec0.right_margin
    sec0.different_first_page_header_footer = True
    set_header(sec0, "West Sussex Youth Justice Service", PLAN, width)
    set_footer(sec0)
    para(d, "", space_after=20)
    para(d, "WEST SUSSEX YOUTH JUSTICE SERVICE", bold=True, size=11, colour=PLUM, space_after=24)
    cover_block(d, [("Youth Justice", 30, True, "FFFFFF"), ("Strategic Plan 2024–25", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Child First: children first, offenders second", 11, False,
                                                "CFE6DC")], GREEN, height_cm=10)
    para(d, "", space_after=140)
    para(d, "Prepared under section 40 of the Crime and Disorder Act 1998, following the Youth Justice Board's "
            "guidance on youth justice plans.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    entries = [("1. Introduction and local context", "intro", 0), ("2. Child First and our review of 2023–24",
                                                                   "cf", 0),
               ("3. Board priorities for 2024–25", "pri", 0)]
    entries += [(name, f"p{i}", 1) for i, (name, *_rest) in enumerate(PRIORITIES, 1)]
    entries += [("4. Performance", "kpi", 0), ("5. Governance, resources and risks", "gov", 0)]
    contents(d, entries, pages, leader=True, bold_top=False)
    heading(d, "1. Introduction and local context", 1, page_break=True)
    for t in [
        "The West Sussex Youth Justice Service works with children aged 10 to 17 who are at risk of offending or "
        "have offended, across the seven districts and boroughs of West Sussex.",
        "This plan sets out the management board's priorities for 2024–25. It was written with children, their "
        "families, staff and board members, and it follows the Youth Justice Board's guidance."]:
        para(d, t)
    para(d, "Chair, West Sussex Youth Justice Management Board", bold=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023–24"], ["Children aged 10–17", "86,000"], ["First-time entrants", "164"],
              ["Children on out-of-court resolutions", "290"], ["Binary reoffending rate", "29%"],
              ["Children in custody", "6"]], [11.6, 5.0], head_fill=GREEN, band="E6F1EC", size=9.5)
    heading(d, "2. Child First and our review of 2023–24", 1, page_break=True)
    para(d, "We follow the Youth Justice Board's Child First principle. Its four tenets are:")
    numbered(d, ["As children: recognise their needs, capacities, rights and potential.",
                 "Building pro-social identity: promote children's strengths and capacities.",
                 "Collaborating with children: encourage active participation and engagement.",
                 "Diverting from stigma: promote a childhood removed from the justice system."])
    para(d, "Last year's priorities and progress against them:")
    table(d, [["2023–24 priority", "Status", "Comment"], ["Prevention and diversion", "Green", "Turnaround launched"],
              ["Serious youth violence", "Amber", "Knife possession by children up slightly"],
              ["Education", "Red", "Fewer children in full-time education"],
              ["Exploitation", "Green", "Screening in place"]], [6.0, 2.4, 8.2], head_fill=GREEN, size=9)
    heading(d, "3. Board priorities for 2024–25", 1)
    para(d, "The management board has agreed five priorities for 2024–25. Each one has a section of its own on the "
            "pages that follow, with the actions, leads and dates the board will review at every meeting.")
    for i, (name, why, acts, know) in enumerate(PRIORITIES, 1):
        sec = new_section(d)
        set_header(sec, name, PLAN, width)
        para(d, f"Board priority {i} of 5", size=9, colour="777777", space_after=2)
        h = d.add_heading(name, level=1)
        h.paragraph_format.space_before = Pt(0)
        para(d, "Why this matters", bold=True, colour=PLUM, space_after=2)
        para(d, why)
        para(d, "What we will do", bold=True, colour=PLUM, space_after=2)
        table(d, [["Action", "Lead", "By"]] + [list(a) for a in acts], [10.0, 4.2, 2.4], head_fill=GREEN,
              size=9)
        para(d, "How we will know", bold=True, colour=PLUM, space_after=2)
        para(d, know)
    sec = new_section(d)
    set_header(sec, "West Sussex Youth Justice Service", PLAN, width)
    heading(d, "4. Performance", 1)
    para(d, "The Youth Justice Board's key performance indicators, which we report every quarter:")
    bullets(d, ["Accommodation", "Education, training and employment", "Special educational needs",
                "Mental health and wellbeing", "Substance misuse", "Out-of-court disposals", "Links to wider services",
                "Management board attendance", "Serious violence", "Victims"])
    heading(d, "5. Governance, resources and risks", 1, page_break=True)
    para(d, "The management board includes West Sussex County Council, Sussex Police, the Probation Service, NHS "
            "Sussex, education and the Office of the Sussex Police and Crime Commissioner. It links with the "
            "Sussex Violence Reduction Partnership and the West Sussex Safeguarding Children Partnership.")
    table(d, [["Risk", "Mitigation"], ["Rising demand from exploitation cases", "Extra practitioner funded by the PCC"],
              ["Recruitment of qualified staff", "Grow-our-own scheme"],
              ["Reduced education places", "Joint panel with the virtual school"]], [8.0, 8.6], head_fill=GREEN,
          size=9)
    para(d, "Contact: yjs@westsussex.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction and local context The", "cf": "2. Child First and our review",
               "pri": "3. Board priorities for 2024–25 The", "kpi": "4. Performance The",
               "gov": "5. Governance, resources and risks The"}
    needles.update({f"p{i}": f"Board priority {i} of 5" for i in range(1, 6)})
    src = work_file("west_sussex_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
