"""Gloucestershire Reducing Reoffending Strategy 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, on p6 in a **"from → to" shift table** ("The shifts we want to make"): a
Word table of three columns, "FROM: where we are in 2024" (grey italic statements of today's problem), a
narrow column holding an arrow glyph "➜", and "TO: our priority for 2027" (the priority in bold on a
shaded cell, wrapping over two or three lines).  The seven resettlement pathways (p5), the previous
strategy's themes (p4), the task group table (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table, rgb, shade, set_widths, keep_rows, bullets as dbullets
from gloucestershire.work import soffice_stable, work_file

FILE = "strategies/gloucestershire_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Gloucestershire Reducing Reoffending Strategy 2024–2027"
NAVY, INK = "23395B", "222222"

PRIORITIES = [
    ("The same small group of people commits a large share of neighbourhood crime.",
     "Managing the most prolific offenders through integrated offender management"),
    ("One in seven people released to Gloucestershire leaves prison with nowhere to live (illustrative).",
     "Finding settled accommodation for people leaving prison"),
    ("Fewer than one in five people on probation is in work six weeks after release (illustrative).",
     "Helping people on probation into education, training and work"),
    ("Domestic abuse perpetrators are often managed for other offences, and their abuse goes unchallenged.",
     "Changing the behaviour of domestic abuse perpetrators"),
    ("Many people whose offending is driven by drugs or alcohol are not in treatment after release.",
     "Getting people in the justice system into drug and alcohol treatment"),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", title=TITLE, author="Gloucestershire Reducing Reoffending Board",
                colours=(NAVY, NAVY, "404040"))
    header_footer(d, "Reducing Reoffending Strategy 2024–2027", "Gloucestershire Reducing Reoffending Board",
                  footer_fmt="{PAGE}")
    cover_block(d, [("GLOUCESTERSHIRE REDUCING REOFFENDING BOARD", 10, True, "FFFFFF"),
                    ("Reducing Reoffending Strategy", 26, True, "FFFFFF"), ("2024–2027", 20, False, "FFFFFF")],
                NAVY, height_cm=14)
    heading(d, "Contents", 1, page_break=True)
    contents(d, [("Foreword", "fw", 0), ("Reoffending in Gloucestershire", "ctx", 0), ("Resettlement pathways", "path", 0),
                 ("The shifts we want to make", "pri", 0), ("Delivery and task groups", "del", 0),
                 ("Measures", "gov", 0)], pages)
    heading(d, "Foreword", 1, page_break=True)
    for t in ["Most crime is committed by people who have offended before. Every time we help someone stop, we "
              "prevent the next victim.",
              "The Reducing Reoffending Board brings together the Probation Service, the prisons that release "
              "people to Gloucestershire, the Constabulary, the Commissioner, the councils, health and the "
              "voluntary sector.",
              "This strategy sets out five shifts we want to make by 2027."]:
        para(d, t)
    para(d, "Chair, Gloucestershire Reducing Reoffending Board", bold=True)
    heading(d, "Reoffending in Gloucestershire", 1, page_break=True)
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "Value"], ["Proven reoffending rate (adults)", "24%"],
              ["People on IOM", "180"], ["Released without settled accommodation", "14%"],
              ["On probation and in work at six weeks", "18%"]], [10.0, 6.6], head_fill=NAVY)
    heading(d, "Our 2020–2023 themes", 2)
    para(d, "Our last strategy had three themes: Homes; Health; and Jobs and skills.")
    heading(d, "Resettlement pathways", 1, page_break=True)
    para(d, "HM Prison and Probation Service organises resettlement around seven pathways:")
    dbullets(d, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                 "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    para(d, "Integrated offender management (IOM) manages a fixed cohort of neighbourhood crime offenders and a "
            "flex cohort chosen locally.")
    heading(d, "The shifts we want to make", 1, page_break=True)
    para(d, "Each row shows where we are now and the priority that will move us on by 2027.")
    t = d.add_table(rows=len(PRIORITIES) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    for c, txt in enumerate(["FROM: where we are in 2024", "", "TO: our priority for 2027"]):
        cell = t.cell(0, c)
        r = cell.paragraphs[0].add_run(txt)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = rgb("FFFFFF")
        shade(cell, NAVY)
    for i, (frm, to) in enumerate(PRIORITIES, 1):
        a = t.cell(i, 0).paragraphs[0].add_run(frm)
        a.italic = True
        a.font.size = Pt(9.5)
        a.font.color.rgb = rgb("666666")
        b = t.cell(i, 1).paragraphs[0]
        b.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rb = b.add_run("\u279c")
        rb.font.size = Pt(16)
        rb.font.color.rgb = rgb(NAVY)
        c = t.cell(i, 2).paragraphs[0].add_run(to)
        c.bold = True
        c.font.size = Pt(11.5)
        shade(t.cell(i, 2), "DCE6F2")
    set_widths(t, [7.2, 1.4, 8.0])
    keep_rows(t)
    heading(d, "Delivery and task groups", 1, page_break=True)
    table(d, [["Task group", "Focus", "Lead"], ["IOM", "Prolific offenders", "Constabulary and probation"],
              ["Homes", "Accommodation on release", "District councils"], ["Jobs", "Employment", "Probation"],
              ["Change", "Perpetrator programmes", "Probation"], ["Treatment", "Continuity of care", "Public health"]],
          [3.5, 7.0, 6.1], head_fill=NAVY)
    heading(d, "Measures", 1, page_break=True)
    table(d, [["Measure", "Baseline", "Target 2027"], ["Proven reoffending", "24%", "20%"],
              ["Settled accommodation on release", "86%", "92%"], ["In work at six weeks", "18%", "25%"],
              ["Continuity of care into treatment", "41%", "60%"]], [8.0, 4.3, 4.3], head_fill=NAVY)
    para(d, "Baselines are illustrative. The Board reports to Safer Gloucestershire and the Commissioner. "
            "Contact: reoffending@gloucestershire.example", size=9.5)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime", "ctx": "Reoffending in Gloucestershire All",
               "path": "Resettlement pathways HM Prison", "pri": "The shifts we want to make Each row",
               "del": "Delivery and task groups Task", "gov": "Measures Measure"}
    src = work_file("glos_reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
