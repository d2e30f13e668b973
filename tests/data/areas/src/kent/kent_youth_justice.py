"""Kent Youth Justice Plan 2024-2025 (Kent County Council Youth Justice Service and partnership board): Word report
(python-docx + LibreOffice), YJB plan headings, with a **landscape section** for the action plan.

Five priorities, stated once, as the **first column of the action plan table** that runs over pp6-8 (landscape):
each priority sits in a vertically merged cell (Word vMerge) beside its three to five action rows ("Action",
"Lead", "By", "How we will know").  The header row repeats on each page; the priority text prints once, in the
top of its merged cell.  The Child First tenets (p3), the 2023-24 priorities in the review table (p5), the YJB key
performance indicators (p5), the actions and the risks (p9) are distractors.
"""
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, keep_rows, rgb, set_widths, shade, table
from kent.work import soffice_stable, work_file

FILE = "strategies/kent_youth_justice_plan_2024-25.pdf"
TITLE = "Kent Youth Justice Plan 2024–2025"
BLUE, ORANGE, INK = "1D4E89", "D96C06", "262626"

PLAN = [
    ("Keeping children out of the youth justice system through early help and diversion", [
        ("Offer every child arrested for a first offence an assessment by the prevention team", "Prevention manager",
         "Jun 2024", "Children assessed within 10 days"),
        ("Extend the Turnaround programme to all twelve districts", "Head of service", "Sep 2024",
         "Children supported by Turnaround"),
        ("Agree a joint out-of-court disposal panel with Kent Police", "Kent Police", "Jul 2024",
         "First-time entrants"),
        ("Train school staff to refer children at risk early", "Early help", "Mar 2025", "Referrals from schools"),
        ("Run holiday activity programmes in the districts with the most first-time entrants", "Prevention manager",
         "Aug 2024", "Children attending")]),
    ("Reducing reoffending by children", [
        ("Review every case where a child reoffends within three months", "Team managers", "Ongoing",
         "Learning reviews completed"),
        ("Give every child on an order a trusted key worker for its length", "Head of service", "Sep 2024",
         "Worker changes per order"),
        ("Make sure every child leaving custody has suitable accommodation on the day of release", "Housing lead",
         "Dec 2024", "Children in suitable accommodation"),
        ("Increase the number of children in education, training or work at the end of an order", "ETE lead",
         "Mar 2025", "ETE at end of order")]),
    ("Protecting children from exploitation and serious harm outside the home", [
        ("Screen every child for criminal and sexual exploitation at assessment", "Practice lead", "Jun 2024",
         "Screenings completed"),
        ("Attend every multi-agency child exploitation meeting in Kent", "Team managers", "Ongoing",
         "Meetings attended"),
        ("Use the National Referral Mechanism for every child exploited by county lines", "Practice lead",
         "Sep 2024", "NRM referrals"),
        ("Share return-home interview findings with the youth justice service when a child goes missing",
         "Children's services", "Dec 2024", "Interviews shared")]),
    ("Preventing children's involvement in serious violence and knife crime", [
        ("Offer every child found with a knife a weapons awareness programme", "Prevention manager", "Jul 2024",
         "Programmes completed"),
        ("Work with the Violence Reduction Unit's hospital youth workers", "Head of service", "Sep 2024",
         "Joint referrals"),
        ("Deliver the Serious Violence Duty actions that fall to the service", "Head of service", "Mar 2025",
         "Duty actions on track"),
        ("Run mentoring for children excluded from school, with the pupil referral units", "Prevention manager",
         "Jan 2025", "Children mentored")]),
    ("Putting victims at the heart of restorative justice", [
        ("Contact every identifiable victim within ten working days", "Victim worker", "Jun 2024",
         "Victims contacted"),
        ("Offer every victim a restorative justice option", "Restorative justice lead", "Ongoing",
         "Victims taking part"),
        ("Ask every victim for feedback at the end of the case", "Victim worker", "Ongoing", "Victim satisfaction")]),
]


def set_landscape(section, landscape=True):
    w, h = section.page_width, section.page_height
    if landscape and w < h or not landscape and w > h:
        section.page_width, section.page_height = h, w
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


def vmerge(cell, start):
    tcPr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if start:
        vm.set(qn("w:val"), "restart")
    tcPr.append(vm)


def cell_text(cell, text, size=9, bold=False, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(6)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if colour:
        r.font.color.rgb = rgb(colour)


def action_plan(d):
    widths = [6.4, 9.6, 3.6, 2.2, 4.4]
    rows = 1 + sum(len(a) for _, a in PLAN)
    t = d.add_table(rows=rows, cols=5)
    t.style = d.styles["Table Grid"]
    for c, h in enumerate(["Our priority", "Action", "Lead", "By", "How we will know"]):
        cell_text(t.cell(0, c), h, 9.5, True, "FFFFFF")
        shade(t.cell(0, c), BLUE)
    r = 1
    for i, (name, acts) in enumerate(PLAN):
        for k, (a, lead, by, m) in enumerate(acts):
            c0 = t.cell(r, 0)
            if k == 0:
                cell_text(c0, name, 12, True, BLUE)
            else:
                c0.text = ""
            vmerge(c0, k == 0)
            shade(c0, "E8EEF6")
            for c, v in enumerate([a, lead, by, m], 1):
                cell_text(t.cell(r, c), v, 10)
            r += 1
    set_widths(t, widths)
    keep_rows(t)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(BLUE, ORANGE, INK), title=TITLE,
                author="Kent Youth Justice Partnership Board", margins=(2.0, 2.0, 2.2, 2.0))
    header_footer(d, "Kent Youth Justice Plan 2024–2025", "Kent County Council", footer_fmt="Page {PAGE} of {NUMPAGES}",
                  colour="666666", rule_colour=ORANGE)
    para(d, "", space_after=30)
    cover_block(d, [("Kent Youth Justice Plan", 30, True, "FFFFFF"), ("2024–2025", 22, False, "FBD9B8"),
                    ("", 10, False, "FFFFFF"),
                    ("Kent Youth Justice Partnership Board · Kent County Council Youth Justice Service", 10, False,
                     "FFFFFF")], BLUE, height_cm=9.5)
    para(d, "", space_after=150)
    para(d, "Prepared in line with the Youth Justice Board's guidance on youth justice plans.", italic=True, size=9,
         colour="666666")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=14)
    contents(d, [("Introduction, vision and strategy", "intro", 0), ("Local context and governance", "ctx", 0),
                 ("Review of 2023–24 and performance", "rev", 0), ("Priorities and action plan 2024–25", "pri", 0),
                 ("Risks, challenges and sign-off", "risk", 0)], pages, leader=True)
    heading(d, "Introduction, vision and strategy", 1, page_break=True)
    for t in [
        "This is the youth justice plan for Kent for 2024–25. It is agreed by the Kent Youth Justice Partnership "
        "Board and sets out how the youth justice service and its partners will prevent offending and reoffending "
        "by children, and support the victims of their offences. Medway Council has its own youth justice service "
        "and plan.",
        "Our vision is that every child in Kent lives a safe, crime-free life and makes a positive contribution."]:
        para(d, t)
    heading(d, "Child First", 2)
    para(d, "We follow the Youth Justice Board's Child First principle. Its four tenets are:")
    numbered(d, ["See children as children.", "Develop pro-social identity for positive child outcomes.",
                 "Collaborate with children.", "Promote diversion."])
    para(d, "Chair, Kent Youth Justice Partnership Board", bold=True)
    heading(d, "Local context and governance", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023–24"], ["Children aged 10–17", "158,000"], ["First-time entrants", "310"],
              ["Children on court orders", "190"], ["Children reoffending within 12 months", "31%"],
              ["Children in custody (average)", "9"], ["Victims contacted", "420"]], [11.0, 6.0], head_fill=BLUE,
          band="E8EEF6", size=9.5)
    heading(d, "Governance", 2)
    para(d, "The Partnership Board meets quarterly. It includes Kent County Council's children's services and "
            "education, Kent Police, the Probation Service, the NHS, the Police and Crime Commissioner and the courts. "
            "It reports to the Kent Safeguarding Children Multi-Agency Partnership and the Kent Community Safety "
            "Partnership.")
    heading(d, "Review of 2023–24 and performance", 1, page_break=True)
    para(d, "Last year's plan had four priorities. The table summarises progress.")
    table(d, [["2023–24 priority", "Progress"], ["Education, training and employment", "Partly achieved"],
              ["Serious youth violence", "Achieved"], ["Disproportionality", "Partly achieved"],
              ["Transitions to adult services", "Achieved"]], [9.0, 8.0], head_fill=BLUE, band="E8EEF6", size=9.5)
    heading(d, "Youth Justice Board key performance indicators", 2)
    para(d, "From April 2023 the YJB asks services to report on ten key performance indicators, including:")
    bullets(d, ["Suitable accommodation", "Education, training and employment", "Special educational needs",
                "Mental health care and emotional wellbeing", "Substance misuse", "Out-of-court disposals",
                "Management board attendance", "Serious violence", "Victims"])
    # landscape section for the action plan
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec, True)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    h = heading(d, "Priorities and action plan 2024–25", 1)
    para(d, "The Board has agreed five priorities for 2024–25. The action plan below sets out each priority and the "
            "actions, leads and measures for it.")
    action_plan(d)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec, False)
    sec.left_margin = sec.right_margin = Cm(2.0)
    heading(d, "Risks, challenges and sign-off", 1)
    bullets(d, ["Rising numbers of children remanded to custody.", "Recruitment and retention of qualified staff.",
                "Delays in the courts.", "Pressure on children's mental health services."])
    para(d, "")
    para(d, "Signed on behalf of the Kent Youth Justice Partnership Board:", bold=True)
    para(d, "Chair, Kent Youth Justice Partnership Board          Head of Youth Justice, Kent County Council")
    para(d, "Contact: youthjustice@kent.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction, vision and strategy This is", "ctx": "Local context and governance The figures",
               "rev": "Review of 2023–24 and performance Last year", "pri": "Priorities and action plan 2024–25 The Board",
               "risk": "Risks, challenges and sign-off"}
    src = work_file("kent_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
