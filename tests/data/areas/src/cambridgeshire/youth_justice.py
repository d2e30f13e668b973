"""Cambridgeshire Youth Justice Service Strategic Plan 2024-2025: python-docx, converted by LibreOffice (YJB plan
headings).

Five priorities, stated once, on p6 as **rows of a borderless Word table whose left cell is a huge percentage**
("Where our time will go: our priorities for 2024-25"): the share of practitioner time in 30 pt light grey
("30%"), and in the right cell the priority in bold navy (one or two lines) above a sentence; a thin rule
under each row; no numbers.  The percentages add up to 100.
Distractors: the Child First tenets (p4), the 2023-24 priorities review (p5), the percentages (p6), the delivery
table (p7), the YJB key performance indicators and risks (p8).
"""
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from docx_kit import Cm, Pt, bullets, cover_block, header_footer, new_doc, page_break, para, rgb, set_widths, table
from cambridgeshire.kit import docx_pdf

FILE = "strategies/cambridgeshire_youth_justice_strategic_plan_2024-25.pdf"
TITLE = "Cambridgeshire Youth Justice Service Strategic Plan 2024–2025"
NAVY, ORANGE = "1D3557", "E76F51"

PRIORITIES = [
    ("30%", "Preventing children from entering the justice system",
     "Early help, Turnaround and diversion so that a first mistake does not become a criminal record."),
    ("25%", "Reducing reoffending by children",
     "Intensive, relationship-based work with the small group of children who offend again and again."),
    ("20%", "Protecting children from exploitation and serious violence",
     "Spotting and disrupting criminal exploitation and county lines, and keeping children safe from knife crime."),
    ("10%", "Putting victims at the heart of our restorative work",
     "Offering every victim of a child's offence a say, and restorative justice where they want it."),
    ("15%", "Reducing the over-representation of Black and mixed-heritage children in the justice system",
     "Understanding why these children are more likely to be arrested and charged, and changing our own practice."),
]


def no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{s}")
        el.set(qn("w:val"), "single" if s in ("insideH", "bottom", "top") else "nil")
        if s in ("insideH", "bottom", "top"):
            el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "BBBBBB")
        b.append(el)
    tblPr.append(b)


def h(d, text):
    return para(d, text, bold=True, size=18, colour=NAVY, space_after=8)


def build(root):
    d = new_doc(font="Liberation Sans", size=10, title=TITLE, author="Cambridgeshire Youth Justice Service")
    header_footer(d, "Cambridgeshire Youth Justice Service", "Strategic Plan 2024–2025",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", rule_colour=ORANGE)
    cover_block(d, [("CAMBRIDGESHIRE YOUTH JUSTICE SERVICE", 12, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Youth Justice Strategic Plan", 26, True, "FFFFFF"), ("2024 – 2025", 16, False, "FFFFFF"),
                    ("Child First, every time", 12, False, "F8D3C8")], NAVY, height_cm=13)
    page_break(d)
    h(d, "Contents")
    for t, n in [("Introduction from the Chair of the Management Board", 3), ("Child First in Cambridgeshire", 4),
                 ("Looking back at 2023–24", 5), ("Where our time will go: our priorities for 2024–25", 6),
                 ("Delivering the plan", 7), ("Performance, risks and governance", 8)]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{t}\t{n}").font.size = Pt(11)
    page_break(d)
    h(d, "Introduction from the Chair of the Management Board")
    for t in ["This is the annual youth justice plan that every youth justice service must submit to the Youth "
              "Justice Board. It covers the county of Cambridgeshire; Peterborough has its own service and plan.",
              "Fewer children are entering the justice system than ten years ago, but those who do often have very "
              "complex lives. Many have been exploited, excluded from school or harmed themselves.",
              "This year we have done something new: we have said how we will share our practitioners' time across "
              "our five priorities, so that the board can hold us to it."]:
        para(d, t)
    para(d, "Chair, Cambridgeshire Youth Justice Management Board", bold=True)
    page_break(d)
    h(d, "Child First in Cambridgeshire")
    para(d, "The Youth Justice Board's Child First principle has four tenets:")
    bullets(d, ["As children: recognise their needs, capacities and potential",
                "Building pro-social identity: promote children's strengths and future",
                "Collaborating with children: encourage their active participation",
                "Diverting from stigma: promote a childhood removed from the justice system"])
    para(d, "Our local picture (illustrative)", bold=True, size=12, colour=NAVY)
    table(d, [["Indicator (illustrative)", "2022/23", "2023/24"], ["First-time entrants", "142", "128"],
              ["Children who reoffended within 12 months", "31%", "34%"], ["Children in custody", "6", "4"],
              ["Children on our caseload known to be exploited", "38", "47"],
              ["Black and mixed-heritage children as a share of the caseload", "14%", "16%"],
              ["Victims offered restorative justice", "71%", "78%"]], [10, 3, 3], head_fill=NAVY, band="EEF2F7")
    page_break(d)
    h(d, "Looking back at 2023–24")
    table(d, [["Last year's priority", "What happened", "Status"],
              ["Education, training and employment", "More children in full-time education", "Met"],
              ["Prevention and diversion", "Turnaround programme launched", "Met"],
              ["Serious youth violence", "Knife crime among children rose slightly", "Partly met"],
              ["Participation", "Children's panel set up to shape the service", "Met"]], [6, 7.5, 3],
          head_fill=NAVY, band="EEF2F7")
    para(d, "")
    para(d, "Education, training and employment and participation are now part of everyday practice rather than "
            "separate priorities.")
    page_break(d)
    h(d, "Where our time will go: our priorities for 2024–25")
    para(d, "The Management Board agreed five priorities for 2024–25. The large figure beside each one is the share "
            "of our practitioners' time we plan to give it (illustrative).")
    t = d.add_table(rows=len(PRIORITIES), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for r, (pc, text, desc) in enumerate(PRIORITIES):
        a, b = t.cell(r, 0), t.cell(r, 1)
        pa = a.paragraphs[0]
        ra = pa.add_run(pc); ra.font.size = Pt(30); ra.font.color.rgb = rgb("B8C2CC"); ra.bold = True
        pb = b.paragraphs[0]
        pb.paragraph_format.space_before = Pt(6); pb.paragraph_format.space_after = Pt(2)
        rb = pb.add_run(text); rb.bold = True; rb.font.size = Pt(12.5); rb.font.color.rgb = rgb(NAVY)
        pd = b.add_paragraph(); pd.paragraph_format.space_after = Pt(8)
        rd = pd.add_run(desc); rd.font.size = Pt(9.5)
    set_widths(t, [3.6, 13.0])
    para(d, "")
    para(d, "Time shares are reviewed by the board every six months.", italic=True, colour="666666", size=9)
    page_break(d)
    h(d, "Delivering the plan")
    table(d, [["Area of work", "What we will do in 2024–25", "Lead"],
              ["Prevention", "Turnaround; joint decision-making panel with police", "Prevention team manager"],
              ["Reoffending", "Intensive supervision; speech and language screening", "Operations manager"],
              ["Exploitation", "Exploitation hub with children's social care; return home interviews", "Head of service"],
              ["Victims", "Victim workers in every team; restorative conferences", "Victim and RJ lead"],
              ["Disproportionality", "Review of charging decisions; staff training; community panel",
               "Head of service"]], [3.8, 9.2, 3.6], head_fill=NAVY, band="EEF2F7")
    page_break(d)
    h(d, "Performance, risks and governance")
    para(d, "Youth Justice Board key performance indicators", bold=True, size=12, colour=NAVY)
    bullets(d, ["First-time entrants", "Reoffending", "Use of custody", "Suitable accommodation",
                "Education, training and employment", "Serious violence", "Victims", "Over-representation"])
    para(d, "Risks", bold=True, size=12, colour=NAVY)
    bullets(d, ["Loss of Turnaround funding after March 2025", "Recruitment of qualified practitioners"])
    para(d, "The Management Board meets quarterly and reports to the Youth Justice Board and the Safeguarding "
            "Children Partnership. Contact: yjs@cambridgeshire.example")
    return docx_pdf(root, FILE, "youth_justice", d, 8)
