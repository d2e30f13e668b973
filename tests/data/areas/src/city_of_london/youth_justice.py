"""City of London Youth Justice Plan 2025-26: python-docx -> LibreOffice (Liberation Serif body, Liberation Sans
headings; YJB plan headings).

Five priorities, stated once, on p6 as **the subject rows of a school-style end-of-year report card**: a Word
table headed "REPORT CARD · Youth Justice Management Board priorities 2025–26" with the columns "Subject (our
priority)" / "Grade now" / "Target grade" / "Board's comment"; the priorities are the bold first-column cells (some
wrap), the grades are letters A-D.  Distractors: the Child First tenets (p4), the 2024-25 review (p5), the grade
key and the comments (p6), the YJB key performance indicators (p7).
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_kit import (Pt, bullets, contents, cover_block, header_footer, heading, new_doc, page_break, para, rgb,
                      set_widths, shade, table)

from city_of_london.work import soffice_stable, work_file

FILE = "strategies/city_of_london_youth_justice_plan_2025-26.pdf"
TITLE = "City of London Youth Justice Plan 2025–26"
TEAL = "00656B"

CARD = [
    ("Preventing offending and diverting children from the justice system", "B", "A",
     "Good progress with out-of-court work; keep it up."),
    ("Keeping children safe from exploitation", "C", "B", "Needs closer work with Hackney and the Met."),
    ("Reducing disproportionality for Black and mixed heritage children", "C", "B",
     "Data is better; outcomes must follow."),
    ("Giving victims a voice through restorative justice", "B", "A", "More victims should be offered a say."),
    ("Meeting children's speech, language and communication needs", "D", "B",
     "Screening only began this year."),
]


def report_card(d):
    rows = [["Subject (our priority)", "Grade now", "Target grade", "Board's comment"]] + [list(r) for r in CARD]
    t = table(d, rows, [6.6, 1.9, 1.9, 6.0], head_fill=TEAL, size=9.5, bold_first_col=True)
    for r in range(1, len(rows)):
        for c in (1, 2):
            p = t.cell(r, c).paragraphs[0]
            p.alignment = 1
            p.runs[0].font.size = Pt(16)
            p.runs[0].bold = True
            p.runs[0].font.color.rgb = rgb("B33A3A" if c == 1 else TEAL)
        t.cell(r, 3).paragraphs[0].runs[0].italic = True
    return t


def build(root):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(TEAL, "2B8C8F", "404040"),
                title=TITLE, author="City of London Corporation")
    header_footer(d, "City of London Youth Justice Plan 2025–26", "Youth Justice Service",
                  footer_fmt="Page {PAGE} of {NUMPAGES}")
    cover_block(d, [("CITY OF LONDON CORPORATION · YOUTH JUSTICE SERVICE", 10, True, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Youth Justice Plan", 28, True, "FFFFFF"),
                    ("2025–26", 16, False, "CDEBEC")], TEAL, height_cm=12)
    page_break(d)
    heading(d, "Contents", 1)
    contents(d, [("Introduction, vision and strategy", "a", 0), ("Child First", "b", 0),
                 ("Review of 2024–25", "c", 0), ("Priorities for 2025–26", "d", 0),
                 ("Performance and risks", "e", 0), ("Governance, leadership and partnerships", "f", 0)],
             {"a": 3, "b": 4, "c": 5, "d": 6, "e": 7, "f": 8})
    heading(d, "Introduction, vision and strategy", 1, page_break=True)
    for t in ["The City of London has very few children living within its boundaries, and only a handful come into "
              "contact with the youth justice system each year. Most children arrested in the City live in other "
              "boroughs, so we work closely with their youth justice services, and with Hackney through the City "
              "and Hackney Safeguarding Children Partnership.",
              "Our vision is that every child we work with is safe, has a voice, and leaves the service with better "
              "chances than when they arrived."]:
        para(d, t)
    para(d, "Chair, Youth Justice Management Board", bold=True)
    heading(d, "Child First", 1, page_break=True)
    para(d, "The Youth Justice Board's Child First principle has four tenets:")
    bullets(d, ["Prioritise the best interests of children", "Promote children's individual strengths and capacities",
                "Encourage children's active participation", "Promote a childhood removed from the justice system"])
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="777777")
    table(d, [["Indicator (illustrative)", "2024–25"], ["Children supervised by the service", "14"],
              ["First-time entrants living in the City", "3"], ["Children arrested in the City (any home area)", "96"],
              ["Black and mixed heritage children among those arrested", "58%"]], [12, 4], head_fill=TEAL)
    heading(d, "Review of 2024–25", 1, page_break=True)
    table(d, [["2024–25 priority", "What happened"],
              ["Early help and prevention", "Two children diverted through the new out-of-court panel."],
              ["Education", "All supervised children in school or training at closure."],
              ["Serious youth violence", "Joint work with Hackney on two children at risk."]],
          [6, 10], head_fill=TEAL)
    heading(d, "Priorities for 2025–26", 1, page_break=True)
    para(d, "The Management Board has graded where we are on each of our five priorities for 2025–26, and the grade "
            "we want to reach by March 2026.")
    para(d, "REPORT CARD · Youth Justice Management Board priorities 2025–26", bold=True, size=11, colour=TEAL)
    report_card(d)
    para(d, "Grades: A – strong; B – good; C – improving; D – early days.", italic=True, size=8.5, colour="777777")
    heading(d, "Performance and risks", 1, page_break=True)
    para(d, "The Youth Justice Board's key performance indicators include:")
    bullets(d, ["Suitable accommodation", "Education, training and employment", "Special educational needs",
                "Mental health care and emotional wellbeing", "Substance misuse", "Out-of-court disposals",
                "Victims", "Serious violence"])
    heading(d, "Risks", 2)
    para(d, "The main risk is that very small numbers make our data volatile; one child can change a rate by 10 points.")
    heading(d, "Governance, leadership and partnerships", 1, page_break=True)
    para(d, "The Youth Justice Management Board meets quarterly. It includes the City Corporation's Director of "
            "Community and Children's Services, the City of London Police, the Probation Service, health and "
            "education partners. It reports to the Safer City Partnership and the City and Hackney Safeguarding "
            "Children Partnership. Contact: youthjustice@cityoflondon.example")
    src = work_file("youth_justice.docx")
    d.save(src)
    out = root / FILE
    soffice_stable(src, out, symbol_at=3)
    return out
