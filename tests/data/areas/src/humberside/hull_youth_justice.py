"""Hull Youth Justice Plan 2024-25 (Hull Youth Justice Partnership Board): Word report (python-docx +
LibreOffice), YJB plan headings.

Five priorities, stated once, on p6 as **the decision log of the board's minutes**: under an extract from
the minutes of the board meeting (minute 24/14, "RESOLVED: that the Board adopts the priorities recorded in
the decision log below"), a Word table "Decision log" with columns "Ref" (D24/14a ...), "Decision: Board
priority for 2024-25" (the priority in bold), "Owner" and "Review".  Minute 24/13 (the performance report,
noted) is a distractor, as are the Child First tenets (p4), the review of 2023-24 (p5), the owners, the YJB
key performance indicators (p7) and the risks (p8).
"""
from docx_kit import *  # noqa: F401,F403
from docx_kit import contents, cover_block, header_footer, heading, new_doc, page_break, para, set_widths, shade
from humberside.work import docx_blocks, docx_build

FILE = "strategies/hull_youth_justice_plan_2024-25.pdf"
TITLE = "Hull Youth Justice Plan 2024–25"
COL = ("1D4E89", "E07A1F", "EAF0F8")

DECISIONS = [
    ("D24/14a", "Fewer children entering the justice system for the first time", "Head of Youth Justice", "Sep 2024"),
    ("D24/14b", "Reducing reoffending by children", "Head of Youth Justice", "Sep 2024"),
    ("D24/14c", "Protecting children from criminal exploitation", "Director of Children's Services", "Dec 2024"),
    ("D24/14d", "Getting children into education, training and employment", "Director of Learning", "Dec 2024"),
    ("D24/14e", "Putting victims' voices at the heart of restorative justice", "Restorative Justice Lead", "Mar 2025"),
]


def minutes(d):
    t = d.add_table(rows=1, cols=1)
    t.style = d.styles["Table Grid"]
    cell = t.cell(0, 0)
    p = cell.paragraphs[0]
    r = p.add_run("Extract from the minutes of the Hull Youth Justice Partnership Board, 21 March 2024")
    r.bold, r.font.size = True, Pt(9.5)
    for num, txt in [("24/13  Performance report", "The Board noted the quarter 3 performance report and the "
                      "national key performance indicators. No decision was required."),
                     ("24/14  Youth justice plan 2024–25", "The Board considered the draft plan and the views of "
                      "children and victims gathered in February. RESOLVED: that the Board adopts the priorities "
                      "recorded in the decision log below, and that each owner reports progress at the review date.")]:
        q = cell.add_paragraph()
        q.paragraph_format.space_before = Pt(4)
        rr = q.add_run(num)
        rr.bold, rr.font.size = True, Pt(9)
        q2 = cell.add_paragraph()
        r2 = q2.add_run(txt)
        r2.font.size = Pt(9)
    shade(cell, "F7F7F7")
    set_widths(t, [16.6])
    para(d, "")
    para(d, "Decision log", bold=True, size=13, colour=COL[0], space_after=4)
    log = d.add_table(rows=1 + len(DECISIONS), cols=4)
    log.style = d.styles["Table Grid"]
    for j, h in enumerate(["Ref", "Decision: Board priority for 2024–25", "Owner", "Review"]):
        c = log.cell(0, j)
        shade(c, COL[0])
        rr = c.paragraphs[0].add_run(h)
        rr.bold, rr.font.size = True, Pt(9)
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, (ref, pri, owner, rev) in enumerate(DECISIONS, 1):
        for j, v in enumerate([ref, pri, owner, rev]):
            c = log.cell(i, j)
            c.paragraphs[0].paragraph_format.space_before = Pt(3)
            c.paragraphs[0].paragraph_format.space_after = Pt(3)
            rr = c.paragraphs[0].add_run(v)
            rr.font.size = Pt(11 if j == 1 else 8.5)
            rr.bold = j == 1
            if j == 1:
                shade(c, COL[2])
            else:
                rr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    set_widths(log, [2.0, 8.6, 3.8, 2.2])


SECTIONS = [
    ("intro", "Introduction", [
        ("p", "This is the youth justice plan for Hull for 2024–25, prepared under section 40 of the Crime and "
              "Disorder Act 1998 and following the Youth Justice Board's guidance."),
        ("p", "The Hull Youth Justice Service works with children aged 10 to 17 who have offended or are at risk "
              "of offending, and with the people they have harmed. The Hull Youth Justice Partnership Board "
              "oversees the service; its members include the city council, Humberside Police, the Probation "
              "Service, the NHS, the courts and the Police and Crime Commissioner."),
        ("p", "<b>Chair, Hull Youth Justice Partnership Board</b>"),
    ]),
    ("cf", "Child First", [
        ("p", "Our practice follows the Youth Justice Board's Child First approach."),
        ("box", "The four Child First tenets", [
            "See children as children", "Develop pro-social identity for positive child outcomes",
            "Collaborate with children", "Promote diversion"]),
        ("p", "We also follow the principles of the youth justice system: to prevent offending by children and to "
              "keep the welfare of each child in view."),
    ]),
    ("rev", "Looking back at 2023–24", [
        ("p", "The figures below are illustrative and are not official statistics."),
        ("table", [["2023–24 priority", "What happened"],
                   ["Reduce first-time entrants", "Down 12% with the new diversion panel"],
                   ["Improve health assessments", "Every child now seen by a health worker"],
                   ["Strengthen the victim offer", "More victims took part in restorative meetings"]],
         [0.45, 0.55]),
        ("stats", [("96", "first-time entrants"), ("34%", "reoffending rate"), ("410", "children worked with")]),
    ]),
    ("pri", "Our priorities for 2024–25", [
        ("p", "The Board agreed its priorities at its meeting in March 2024. The minute and the decision log are "
              "reproduced below."),
        ("custom", minutes),
    ]),
    ("kpi", "Performance", [
        ("p", "The Board monitors the Youth Justice Board's key performance indicators each quarter."),
        ("box", "YJB key performance indicators (extract)", [
            "Suitable accommodation", "Education, training and employment", "Special educational needs",
            "Mental health care and emotional wellbeing", "Substance misuse", "Out-of-court disposals",
            "Management board attendance", "Wider services", "Serious violence", "Victims"]),
    ]),
    ("risk", "Risks and resources", [
        ("p", "The main risks to the plan are rising demand from exploitation cases and the loss of short-term "
              "grants."),
        ("table", [["Source", "2024–25 (£k)"], ["Hull City Council", "1,240"], ["Youth Justice Board grant", "780"],
                   ["Police and Crime Commissioner", "160"], ["Probation Service", "95"], ["NHS", "140"]],
         [0.7, 0.3]),
        ("note", "Figures are illustrative. Contact: youthjustice@hull.example"),
    ]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(COL[0], COL[1], "333333"), title=TITLE,
                author="Hull Youth Justice Partnership Board")
    header_footer(d, "Hull Youth Justice Service", "Youth Justice Plan 2024–25",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", rule_colour=COL[1])
    para(d, "", space_after=40)
    para(d, "HULL YOUTH JUSTICE PARTNERSHIP BOARD", bold=True, size=11, colour=COL[0], space_after=30)
    cover_block(d, [("Youth Justice Plan", 30, True, "FFFFFF"), ("2024–25", 22, False, "FCE3CC")], COL[0],
                height_cm=8.0)
    para(d, "", space_after=180)
    para(d, "Prepared under section 40 of the Crime and Disorder Act 1998.", italic=True, size=9.5, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=COL[0], space_after=14)
    contents(d, [(t, k, 0) for k, t, _ in SECTIONS], pages)
    for k, t, blocks in SECTIONS:
        heading(d, t, 1, page_break=True)
        docx_blocks(d, blocks, COL)
    d.save(path)


def build(root):
    out = root / FILE
    docx_build(out, "hull_youth_justice", make, SECTIONS)
    return out
