"""Leicestershire Youth Justice Plan 2024-2025 (Leicestershire Youth Justice Management Board): Word report
(python-docx + LibreOffice, Liberation Sans, YJB plan headings).

Five priorities, stated once, on p6 under the Heading 1 "5 Our priorities for 2024–25", each as a paragraph that
opens with a **two-line drop-cap numeral** (a Word frame with w:dropCap="drop", as Word writes a drop cap: the
numeral is a paragraph of its own framed into the margin of the next), followed by the priority in bold and, in
the same paragraph after a line break, a sentence saying what it means.  pdftotext prints each numeral on a line
of its own.  The Child First tenets (p4), the review of 2023-24 (p5, a table with last year's priorities), the
YJB key performance indicators (p7) and the risks (p7) are distractors.
"""
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from leicestershire.work import soffice_stable, work_file

FILE = "strategies/leicestershire_youth_justice_plan_2024-25.pdf"
TITLE = "Leicestershire Youth Justice Plan 2024–2025"
PLUM, SLATE, INK = "7B1F2E", "34495E", "262626"

PRIORITIES = [
    ("Diverting children away from the youth justice system",
     "Every child arrested is offered an assessment and, where right, an out-of-court outcome with support, "
     "including through the Turnaround programme."),
    ("Reducing serious youth violence and knife carrying by children",
     "Weapons awareness in schools, mentoring for children found with knives, and work with the Violence Reduction "
     "Network."),
    ("Protecting children from criminal exploitation",
     "Joint screening of every child at risk with children's social care and the police, and safety plans that "
     "follow the child across the county border."),
    ("Reducing reoffending by children",
     "Plans built with children and families, with speech and language support and fast access to mental health "
     "services."),
    ("Improving children's education, training and employment",
     "A virtual school link for every child on the caseload and apprenticeships with the county's employers."),
]


def dropcap_para(d, numeral, title, text):
    p1 = d.add_paragraph()
    ppr = p1._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    for k, v in (("w:dropCap", "drop"), ("w:lines", "2"), ("w:wrap", "around"), ("w:vAnchor", "text"),
                 ("w:hAnchor", "text"), ("w:hSpace", "142")):
        fp.set(qn(k), v)
    ppr.insert(0, fp)
    p1.paragraph_format.space_after = Pt(0)
    r = p1.add_run(numeral)
    r.font.size = Pt(30)
    r.bold = True
    r.font.color.rgb = rgb(PLUM)
    p2 = d.add_paragraph()
    p2.paragraph_format.space_after = Pt(12)
    r2 = p2.add_run(title)
    r2.bold = True
    r2.font.size = Pt(12)
    r2.font.color.rgb = rgb(SLATE)
    r2.add_break(WD_BREAK.LINE)
    r3 = p2.add_run(text)
    r3.font.size = Pt(10)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(PLUM, SLATE, INK), title=TITLE,
                author="Leicestershire Youth Justice Management Board", margins=(2.3, 2.3, 2.4, 2.3))
    header_footer(d, "Leicestershire Youth Justice Service", "Youth Justice Plan 2024–2025",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="666666", rule_colour=PLUM)
    para(d, "", space_after=36)
    cover_block(d, [("LEICESTERSHIRE YOUTH JUSTICE MANAGEMENT BOARD", 11, True, "F1D9DD"),
                    ("Youth Justice Plan", 30, True, "FFFFFF"), ("2024–2025", 20, False, "FFFFFF"),
                    ("", 8, False, "FFFFFF"), ("Child First: children first, offenders second", 10, False, "FFFFFF")],
                PLUM, height_cm=11)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PLUM, space_after=14)
    contents(d, [("1 Introduction", "intro", 0), ("2 Child First", "cf", 0), ("3 Review of 2023–24", "rev", 0),
                 ("5 Our priorities for 2024–25", "pri", 0), ("6 Performance and risks", "kpi", 0),
                 ("7 Governance and sign-off", "gov", 0)], pages, leader=True, bold_top=False)
    heading(d, "1 Introduction", 1, page_break=True)
    for t in [
        "Leicestershire Youth Justice Service works with children aged 10 to 17 across the county (Leicester city and "
        "Rutland have their own services). The Youth Justice Management Board oversees its work and publishes this "
        "plan each year, as the Crime and Disorder Act 1998 requires.",
        "The number of children entering the youth justice system has fallen, but those we work with have more "
        "complex needs: exploitation, exclusion from school and unmet speech, language and mental health needs.",
        "Chair, Leicestershire Youth Justice Management Board"]:
        para(d, t, bold=t.startswith("Chair"))
    heading(d, "2 Child First", 1, page_break=True)
    para(d, "We follow the Youth Justice Board's Child First principle. Its four tenets are:")
    numbered(d, ["See children as children.", "Develop pro-social identity for positive child outcomes.",
                 "Collaborate with children.", "Promote diversion."])
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["First-time entrants", "112"], ["Children on the caseload", "230"],
              ["Children in custody", "4"], ["Children screened for exploitation", "150"]], [11.0, 5.4],
          head_fill=PLUM, band="F6E9EB", size=9.5)
    heading(d, "3 Review of 2023–24", 1, page_break=True)
    para(d, "Last year's plan had four priorities. The table shows what we achieved.")
    table(d, [["2023–24 priority", "What we achieved"],
              ["Prevention and diversion", "Turnaround programme launched; 90 children supported"],
              ["Education", "Virtual school link agreed"],
              ["Serious violence", "Mentoring scheme started with the VRN"],
              ["Participation", "Children's panel set up"]], [6.0, 10.4], head_fill=SLATE, band="EEF1F4", size=9.5)
    para(d, "Section 4 of the national template, on resources, is published separately.", italic=True, size=9)
    heading(d, "5 Our priorities for 2024–25", 1, page_break=True)
    para(d, "The Board has agreed five priorities for 2024–25. Each has a Board sponsor and a delivery plan.")
    for i, (title, text) in enumerate(PRIORITIES, 1):
        dropcap_para(d, str(i), title, text)
    heading(d, "6 Performance and risks", 1, page_break=True)
    para(d, "We report the Youth Justice Board's key performance indicators each quarter, among them: "
            "accommodation; education, training and employment; special educational needs; mental health; "
            "substance misuse; out-of-court disposals; management board attendance; wider services; serious "
            "violence; and victims.")
    table(d, [["Risk", "Mitigation"], ["Rising exploitation of younger children", "Joint screening with social care"],
              ["Staff vacancies", "Recruitment campaign and agency cover"]], [7.0, 9.4], head_fill=PLUM,
          band="F6E9EB", size=9.5)
    heading(d, "7 Governance and sign-off", 1, page_break=False)
    para(d, "The Board meets quarterly. Its members include the county council, police, probation, health, "
            "education and the Police and Crime Commissioner's office. This plan was signed off by the Board in "
            "June 2024.")
    para(d, "Contact: yjs@leics.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1 Introduction Leicestershire Youth", "cf": "2 Child First We follow",
               "rev": "3 Review of 2023", "pri": "Our priorities for 2024–25 The Board",
               "kpi": "6 Performance and risks", "gov": "7 Governance and sign-off"}
    src = work_file("leicestershire_youth_justice.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
