"""Wakefield Youth Justice Plan 2024-25: Word report (python-docx + LibreOffice).

Follows the shape of the Youth Justice Board plan template.  The five
priorities are a numbered list of sentences "1. ..." to "5. ..." under
"6. Our priorities for 2024–25" (p7).  Distractors: the Child First tenets,
the board membership, last year's priorities with their progress (p6), the
delivery table (short labels), the YJB key performance indicators, the risks
and the sign-off.
"""
from pathlib import Path

from docx_kit import *  # noqa: F401,F403
from docx_kit import bullets, contents, header_footer, heading, new_doc, numbered, para, table

from west_yorkshire.report import back_page, build_docx, cover, stat_table

FILE = "strategies/wakefield_youth_justice_plan_2024-25.pdf"
TITLE = "Wakefield Youth Justice Plan 2024–25"
BLUE, ORANGE, GREY = "173F73", "D05A1E", "404040"

PRIORITIES = [
    "Reduce the number of children entering the youth justice system for the first time",
    "Reduce reoffending by children who work with the service",
    "Reduce children's involvement in serious violence, as victims and as those who cause harm",
    "Reduce the over-representation of children in care and of Black and mixed-heritage children in the youth "
    "justice system",
    "Put the voices of victims at the centre of our restorative justice work",
]

PREVIOUS = [["2023–24 priority", "Progress", "Status"],
            ["Prevention and diversion", "Turnaround programme launched; 140 children supported", "Achieved"],
            ["Education, training and employment", "More children in full-time education at the end of orders",
             "Partly achieved"],
            ["Serious youth violence", "Knife crime programme in four secondary schools", "Achieved"],
            ["Participation and the child's voice", "Children's panel set up; feedback in every review",
             "Achieved"],
            ["Disproportionality", "Data improved; gap not yet reduced", "Carried forward"]]

KPIS = [["Key performance indicator (YJB)", "Wakefield", "England"],
        ["First-time entrants (rate per 100,000)", "152", "161"],
        ["Reoffending rate", "31%", "32%"],
        ["Use of custody (rate per 1,000)", "0.08", "0.09"],
        ["Suitable accommodation at end of order", "91%", "90%"],
        ["Education, training and employment", "68%", "70%"],
        ["Special educational needs identified", "46%", "41%"],
        ["Mental health and emotional wellbeing", "38%", "33%"],
        ["Substance misuse", "41%", "35%"],
        ["Out-of-court disposals completed", "84%", "86%"],
        ["Management board attendance", "88%", "—"],
        ["Wider services", "29%", "27%"],
        ["Serious violence (rate per 10,000)", "4.1", "3.9"],
        ["Victims who engaged with restorative justice", "61%", "—"]]

ACTIONS = [["Area", "Action", "Lead", "By"],
           ["First-time entrants", "Extend the Turnaround programme to 10–13 year olds", "YJS", "Sep 2024"],
           ["Reoffending", "Trauma-informed intervention plans for every child", "YJS", "Dec 2024"],
           ["Violence", "Knife crime programme in all secondary schools", "YJS / VRP", "Jul 2025"],
           ["Over-representation", "Review of police and court decisions by ethnicity and care status", "Board",
            "Jan 2025"],
           ["Victims", "Victim worker contacts every victim within ten days", "YJS", "Oct 2024"]]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(BLUE, ORANGE, GREY), title=TITLE,
                author="Wakefield Youth Justice Service")
    header_footer(d, "Wakefield Youth Justice Service", "Youth Justice Plan 2024–25", footer_fmt="Page {PAGE}",
                  rule_colour=ORANGE)
    cover(d, "WAKEFIELD YOUTH JUSTICE SERVICE", ["Youth Justice Plan", "2024–25"],
          "Child First: helping children to thrive and stay safe", "June 2024", BLUE, sub_colour="FBE3D6",
          org_colour=ORANGE, footer="Wakefield Council • West Yorkshire Police • Probation Service • NHS")
    para(d, "Contents", bold=True, size=22, colour=BLUE, space_after=14)
    entries = [("1. Introduction", "intro", 0), ("2. Child First", "cf", 0), ("3. Wakefield in context", "ctx", 0),
               ("4. Governance, leadership and partnerships", "gov", 0),
               ("5. Progress on our 2023–24 priorities", "prev", 0), ("6. Our priorities for 2024–25", "pri", 0)]
    entries += [(p, "pri", 1) for p in PRIORITIES]
    entries += [("7. Delivering our priorities", "del", 0), ("8. Performance", "perf", 0),
                ("9. Risks and challenges", "risk", 0), ("10. Sign off", "sign", 0)]
    contents(d, entries, pages, leader=True)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "Welcome to the Wakefield Youth Justice Plan for 2024–25. Every youth justice partnership must publish a plan "
        "each year under the Crime and Disorder Act 1998, setting out how youth justice services will be provided and "
        "funded.",
        "Wakefield Youth Justice Service works with children aged 10 to 17 who are in trouble with the law or at risk "
        "of it, and with the victims of their offences. Most of the children we work with have experienced trauma, "
        "and many have special educational needs or poor mental health.",
        "The number of children entering the justice system in Wakefield has fallen over the last five years, but the "
        "children who remain have more complex needs and some are involved in serious violence.",
        "This plan was agreed by the Youth Justice Management Board. It supports the Mayor of West Yorkshire's Police "
        "and Crime Plan and the West Yorkshire Serious Violence Duty Strategy."]:
        para(d, t)
    para(d, "Chair, Wakefield Youth Justice Management Board", bold=True)
    heading(d, "2. Child First", 1, page_break=True)
    para(d, "We follow the Youth Justice Board's Child First approach. Its four tenets are:")
    bullets(d, ["As children: prioritise the best interests of children and recognise their needs, capacities and "
                "potential.",
                "Building pro-social identity: promote children's strengths and capacities to develop a pro-social "
                "identity.",
                "Collaborating with children: encourage children's active participation and engagement.",
                "Diverting from stigma: promote a childhood removed from the justice system where possible."],
            bold_lead=True)
    heading(d, "3. Wakefield in context", 1)
    para(d, "Wakefield district has around 360,000 residents, of whom about 34,000 are aged 10 to 17. The figures "
            "below are illustrative.")
    stat_table(d, [("34,000", "children aged 10–17"), ("180", "children supervised a year"),
                   ("55", "first-time entrants"), ("1 in 4", "supervised children are in care")],
               [BLUE, ORANGE, "2F5F96", "9E4516"])
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="595959")
    heading(d, "4. Governance, leadership and partnerships", 1, page_break=True)
    para(d, "The Youth Justice Management Board oversees the service. It is chaired by the council's Director of "
            "Children's Services and meets every quarter. Its members are:")
    bullets(d, ["Wakefield Council Children's Services", "Education and SEND services", "West Yorkshire Police",
                "Probation Service", "NHS West Yorkshire Integrated Care Board", "Youth Court magistrates",
                "Mayor of West Yorkshire's Policing and Crime team", "Voluntary sector representative"])
    para(d, "The board reports to the Wakefield District Community Safety Partnership and the Safeguarding Children "
            "Partnership.")
    heading(d, "5. Progress on our 2023–24 priorities", 1, page_break=True)
    para(d, "Last year's plan had five priorities. The table summarises what was achieved.")
    table(d, PREVIOUS, [5.2, 8.0, 3.2], head_fill=BLUE, band="EDF1F7", size=9.5)
    para(d, "")
    para(d, "Disproportionality is carried forward into this year's plan as part of priority 4.")
    heading(d, "6. Our priorities for 2024–25", 1, page_break=True)
    para(d, "The board agreed five priorities for 2024–25 after reviewing our performance, national standards "
            "self-assessment and the views of children, families and victims. Our priorities for 2024–25 are:")
    numbered(d, PRIORITIES)
    para(d, "Each priority has a lead manager and is reviewed by the board every quarter. The delivery plan in "
            "section 7 sets out the main actions.")
    heading(d, "What children told us", 2)
    bullets(d, ["They want workers who listen and who stay the same.",
                "They want help with school and with finding work.",
                "Some carry knives because they feel unsafe."])
    heading(d, "7. Delivering our priorities", 1, page_break=True)
    table(d, ACTIONS, [3.6, 8.0, 2.6, 2.2], head_fill=ORANGE, band="FBEEE6", size=9.5)
    heading(d, "8. Performance", 1, page_break=True)
    para(d, "The Youth Justice Board's key performance indicators are reported to the board every quarter. Figures "
            "are illustrative.")
    table(d, KPIS, [9.4, 3.4, 3.4], head_fill=BLUE, band="EDF1F7", size=9)
    heading(d, "9. Risks and challenges", 1, page_break=True)
    bullets(d, ["Rising numbers of children with special educational needs and mental health needs.",
                "Delays in the courts, which mean children wait longer for outcomes.",
                "Recruitment and retention of experienced staff.",
                "Uncertainty about future grant funding."])
    heading(d, "10. Sign off", 1)
    para(d, "This plan was approved by the Wakefield Youth Justice Management Board.")
    para(d, "Chair, Youth Justice Management Board", bold=True)
    back_page(d, ["Wakefield Youth Justice Service", "Wakefield One, Burton Street, Wakefield",
                  "youthjustice@wakefield.example", "Figures in this plan are illustrative."], BLUE)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction Welcome", "cf": "2. Child First We follow", "ctx": "3. Wakefield in context",
               "gov": "4. Governance, leadership and partnerships The", "prev": "5. Progress on our 2023–24 priorities Last",
               "pri": "6. Our priorities for 2024–25 The board", "del": "7. Delivering our priorities Area",
               "perf": "8. Performance The", "risk": "9. Risks and challenges", "sign": "10. Sign off This plan"}
    return build_docx(make, out, needles, "wakefield_yj")
