"""Blaenau Gwent and Caerphilly Youth Justice Plan 2024-2025: Word report (python-docx + LibreOffice,
Liberation Sans, YJB plan headings).

Five priorities, each stated in its own **proforma**: a two-column key-value Word table with shaded label
cells on the left ("Priority 1", "Why this matters", "Child First", "What we will do", "Board sponsor",
"Linked KPIs") and the values on the right; the priority is the value beside "Priority n" (bold).  Two
proformas per page on pp6-7, one on p8.  pdftotext prints each label on a line of its own before its value.
The Child First tenets and the Youth Justice Blueprint for Wales (p4), the 2023/24 priorities in the review
table (p5), the label cells, the KPIs (p9) and the risks (p9) are distractors.
"""
from docx.enum.text import WD_BREAK

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, table, keep_rows
from gwent.work import soffice_stable, work_file

FILE = "strategies/blaenau_gwent_caerphilly_youth_justice_plan_2024-25.pdf"
TITLE = "Blaenau Gwent and Caerphilly Youth Justice Plan 2024–2025"
NAVY, ORANGE, INK = "243B53", "D9822B", "222222"

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     "First-time entrants have fallen, but children from the most deprived wards are still more likely to be "
     "arrested for the same behaviour.",
     "Diverting from stigma",
     "Extend the Turnaround programme and the Bureau to every child who meets the criteria; an out-of-court "
     "disposal panel chaired jointly with Gwent Police.",
     "Head of Children’s Services, Caerphilly", "KPI: first-time entrants; out-of-court disposals"),
    ("Reducing reoffending by children",
     "A small group of children account for most further offending, often after a move of school or placement.",
     "Building a pro-social identity",
     "A relational practice model for every case manager; education, training and employment advisers in the "
     "team; a transitions protocol with the Probation Service at 18.",
     "Head of Probation Delivery Unit, Gwent", "KPI: reoffending; education, training and employment"),
    ("Protecting children from criminal exploitation",
     "Children from both boroughs have been found selling drugs in towns across the border.",
     "As children",
     "A contextual safeguarding panel for the two boroughs; National Referral Mechanism decisions made locally; "
     "a worker who stays with a child through a move.",
     "Director of Education, Blaenau Gwent", "KPI: children with a safeguarding plan"),
    ("Reducing serious youth violence",
     "Knife possession by children rose last year, mostly in two town centres.",
     "Collaborating with children",
     "Weapons awareness with every child who is known to carry; navigators at the Grange University Hospital; "
     "joint work with the Gwent Serious Violence Prevention Board.",
     "Superintendent, Gwent Police", "KPI: serious violence"),
    ("Giving victims a voice through restorative justice",
     "Fewer than half of the victims of children’s offences took up an offer of contact last year.",
     "Collaborating with children",
     "A restorative justice offer to every victim; victim-awareness work in every intervention plan; reparation "
     "projects chosen with local communities.",
     "Police and Crime Commissioner’s representative", "KPI: victims"),
]


def proforma(d, i, pr):
    name, why, cf, what, sponsor, kpi = pr
    rows = [(f"Priority {i}", name, True), ("Why this matters", why, False), ("Child First", cf, False),
            ("What we will do", what, False), ("Board sponsor", sponsor, False), ("Linked KPIs", kpi, False)]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = d.styles["Table Grid"]
    for r, (lab, val, main) in enumerate(rows):
        a, b = t.cell(r, 0), t.cell(r, 1)
        a.text, b.text = "", ""
        ra = a.paragraphs[0].add_run(lab)
        ra.bold = True
        ra.font.size = Pt(9 if not main else 10)
        ra.font.color.rgb = rgb("FFFFFF" if main else NAVY)
        shade(a, NAVY if main else "E3E9F0")
        rb = b.paragraphs[0].add_run(val)
        rb.font.size = Pt(12 if main else 9)
        rb.bold = main
        rb.font.color.rgb = rgb(NAVY if main else INK)
        if main:
            shade(b, "FCEBD9")
        for c in (a, b):
            c.paragraphs[0].paragraph_format.space_after = Pt(2)
    set_widths(t, [3.6, 12.9])
    keep_rows(t)
    para(d, "", space_after=8)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(NAVY, ORANGE, INK), title=TITLE,
                author="Blaenau Gwent and Caerphilly Youth Justice Service", margins=(2.2, 2.2, 2.3, 2.2))
    header_footer(d, "Blaenau Gwent and Caerphilly Youth Justice Service", "Youth Justice Plan 2024–2025",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=ORANGE)
    para(d, "", space_after=20)
    para(d, "BLAENAU GWENT AND CAERPHILLY YOUTH JUSTICE SERVICE", bold=True, size=11, colour=NAVY, space_after=4)
    para(d, "Gwasanaeth Cyfiawnder Ieuenctid Blaenau Gwent a Chaerffili", italic=True, size=10, colour="555555",
         space_after=24)
    cover_block(d, [("Youth Justice Plan", 30, True, "FFFFFF"), ("2024–2025", 22, False, "FCEBD9"),
                    ("", 10, False, "FFFFFF"), ("Child First: children first, offenders second", 11, False, "FFFFFF")],
                NAVY, height_cm=9.5)
    para(d, "", space_after=150)
    para(d, "Prepared for the Youth Justice Board for England and Wales under section 40 of the Crime and Disorder "
            "Act 1998.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    contents(d, [("1. Introduction from the Chair", "intro", 0), ("2. Child First in Wales", "cf", 0),
                 ("3. Looking back: 2023/24", "rev", 0), ("4. Our priorities for 2024/25", "pri", 0),
                 ("5. Performance, governance and risks", "gov", 0)], pages, leader=True, bold_top=True)
    heading(d, "1. Introduction from the Chair", 1, page_break=True)
    for t in [
        "Blaenau Gwent and Caerphilly share one youth justice service, covering two boroughs at the heads of the "
        "valleys and the towns to the south. This plan sets out what the service and its management board will "
        "do in 2024/25.",
        "Fewer children are entering the youth justice system than five years ago, but those who do often have "
        "complex needs, and some are being exploited by adults. Our priorities respond to both.",
        "The plan was written with children, parents and carers, staff and the board’s partners."]:
        para(d, t)
    para(d, "Chair, Youth Justice Management Board", bold=True)
    heading(d, "2. Child First in Wales", 1, page_break=True)
    para(d, "The Youth Justice Board’s Child First principle has four tenets. They shape all our work; they are "
            "principles, not priorities:")
    bullets(d, ["As children: recognise children’s needs, capacities, rights and potential.",
                "Building a pro-social identity: promote children’s strengths for positive outcomes.",
                "Collaborating with children: encourage active participation and engagement.",
                "Diverting from stigma: promote a childhood removed from the justice system."])
    heading(d, "The Youth Justice Blueprint for Wales", 2)
    para(d, "The Welsh Government and the Ministry of Justice’s Youth Justice Blueprint for Wales sets out a shared "
            "ambition for a justice system in which children are treated as children, with prevention and "
            "diversion at its heart. Devolved services (education, health, social care and housing) are essential "
            "partners in this plan.")
    heading(d, "3. Looking back: 2023/24", 1, page_break=True)
    para(d, "Last year’s plan had four priorities. Their status at the end of the year:")
    table(d, [["2023/24 priority", "Status", "Comment"],
              ["Education, training and employment", "Amber", "Advisers recruited; attendance still low"],
              ["Exploitation", "Green", "Panel established"],
              ["Speech, language and communication", "Green", "Screening in place for every child"],
              ["Resettlement", "Amber", "Two children released without settled accommodation"]],
          [6.0, 2.2, 8.3], head_fill=NAVY, band="EEF2F7", size=9)
    heading(d, "The children we work with", 2)
    para(d, "The figures are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["First-time entrants", "41"], ["Children on court orders", "38"],
              ["Children on out-of-court disposals", "112"], ["Children with an exploitation concern", "27"],
              ["Knife possession offences by children", "19"]], [11.0, 5.5], head_fill=NAVY, band="EEF2F7", size=9)
    heading(d, "4. Our priorities for 2024/25", 1, page_break=True)
    para(d, "The management board has agreed five priorities for 2024/25. Each is set out below on the proforma "
            "that the board uses to track it.")
    for i, pr in enumerate(PRIORITIES, 1):
        if i in (3, 5):
            page_break(d)
        proforma(d, i, pr)
    heading(d, "5. Performance, governance and risks", 1, page_break=True)
    para(d, "The board monitors the national key performance indicators set by the Youth Justice Board, among "
            "them: accommodation; education, training and employment; special educational needs; mental health "
            "and emotional wellbeing; substance misuse; out-of-court disposals; management board attendance; "
            "wider services; serious violence; and victims.")
    para(d, "The management board meets quarterly. It is chaired by a Corporate Director of Caerphilly County "
            "Borough Council and reports to the Gwent Public Services Board and to the Youth Justice Board Cymru.")
    table(d, [["Risk", "Mitigation"],
              ["Loss of short-term Turnaround funding", "Mainstream prevention posts in both councils’ budgets"],
              ["Staff turnover", "Grow-our-own trainee scheme"],
              ["Accommodation for children released from custody", "Joint protocol with housing"]],
          [7.0, 9.5], head_fill=NAVY, band="EEF2F7", size=9)
    para(d, "Contact: yjs@bgcyjs.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction from the Chair Blaenau", "cf": "2. Child First in Wales The",
               "rev": "3. Looking back: 2023/24 Last", "pri": "4. Our priorities for 2024/25 The management",
               "gov": "5. Performance, governance and risks The board"}
    src = work_file("youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
