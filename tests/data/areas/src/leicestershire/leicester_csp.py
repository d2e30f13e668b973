"""Safer Leicester Partnership Community Safety Plan 2024-2027: Word report (python-docx + LibreOffice,
Liberation Sans).

Five priorities, stated once, as the **top rows of a scored prioritisation matrix** (p6, "How we chose our
priorities"): a Word table ranking ten issues from the strategic assessment by harm, volume, trend, public
concern and total score (a MoRiLE-style scoring).  The five highest-scoring issues sit above a thick dark rule
and a shaded band row "Priorities for 2024–2027"; the five below a band "Kept under review (not priorities)" are
distractors.  The issue names in the first column are the priorities; the scores, ranks and the column heads are
not.  The previous plan's priorities (p3), the key findings (p4), the PCC's six priorities quoted (p5), the
delivery themes (p7) and the measures (p8) are distractors.
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, shade, table
from leicestershire.work import soffice_stable, work_file

FILE = "strategies/safer_leicester_partnership_community_safety_plan_2024-27.pdf"
TITLE = "Safer Leicester Partnership Community Safety Plan 2024–2027"
TEAL, NAVY, INK = "006D77", "083D4A", "262626"

# issue, harm, volume, trend, concern
PRIORITIES = [
    ("Anti-social behaviour in the city centre and neighbourhoods", 3, 5, 4, 5),
    ("Serious violence and knife crime", 5, 3, 4, 5),
    ("Violence against women and girls", 5, 4, 4, 4),
    ("Drug dealing and county lines", 4, 4, 4, 4),
    ("Hate crime and community tensions", 4, 3, 4, 4),
]
REVIEW = [
    ("Shop theft", 2, 5, 4, 3),
    ("Vehicle crime", 2, 4, 3, 3),
    ("Fraud and online crime", 3, 3, 4, 2),
    ("Deliberate fire setting", 3, 2, 2, 2),
    ("Road safety", 3, 2, 2, 2),
]
PCP = ["Safer neighbourhoods and town centres", "Preventing serious violence",
       "Tackling violence against women and girls", "Putting victims first", "Safer roads for everyone",
       "A visible police service the public trusts"]


def border(cell, side, sz, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:color"), colour)
    b.append(e)


def matrix(d):
    rows = [["Issue from the strategic assessment", "Harm", "Volume", "Trend", "Concern", "Score"]]
    rows.append(["Priorities for 2024–2027", "", "", "", "", ""])
    for r in PRIORITIES:
        rows.append([r[0]] + [str(x) for x in r[1:]] + [str(sum(r[1:]))])
    rows.append(["Kept under review (not priorities)", "", "", "", "", ""])
    for r in REVIEW:
        rows.append([r[0]] + [str(x) for x in r[1:]] + [str(sum(r[1:]))])
    t = table(d, rows, [7.9, 1.5, 1.7, 1.5, 2.1, 1.5], head_fill=NAVY, size=9.5)
    for ri in (1, 2 + len(PRIORITIES)):
        row = t.rows[ri]
        a = row.cells[0].merge(row.cells[-1])
        for p in a.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        a.paragraphs[0].runs[0].bold = True
        a.paragraphs[0].runs[0].italic = True
        a.paragraphs[0].runs[0].font.color.rgb = rgb("FFFFFF" if ri == 1 else "333333")
        shade(a, TEAL if ri == 1 else "D9D9D9")
    for k in range(len(PRIORITIES)):
        row = t.rows[2 + k]
        row.cells[0].paragraphs[0].runs[0].bold = True
        for c in row.cells:
            shade(c, "E0F2F1")
        if k == len(PRIORITIES) - 1:
            for c in row.cells:
                border(c, "bottom", 24, NAVY)
    for k in range(len(REVIEW)):
        for c in t.rows[3 + len(PRIORITIES) + k].cells:
            for r in c.paragraphs[0].runs:
                r.font.color.rgb = rgb("6E6E6E")
    return t


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(TEAL, NAVY, INK), title=TITLE,
                author="Safer Leicester Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Safer Leicester Partnership", "Community Safety Plan 2024–2027", footer_fmt="{PAGE}",
                  colour="555555", rule_colour=TEAL)
    para(d, "", space_after=30)
    cover_block(d, [("SAFER LEICESTER PARTNERSHIP", 11, True, "BFE6E3"), ("Community Safety Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "FFFFFF"), ("", 8, False, "FFFFFF"),
                    ("Leicester City Council · Leicestershire Police · Leicestershire Fire and Rescue Service · "
                     "Probation · NHS Leicester, Leicestershire and Rutland", 9.5, False, "E0F2F1")],
                TEAL, height_cm=12)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Leicester in numbers", "ctx", 0), ("The wider picture", "wider", 0),
                 ("How we chose our priorities", "pri", 0), ("Delivering the plan", "del", 0),
                 ("Measures and governance", "gov", 0)], pages, leader=True, bold_top=False)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Leicester is a young, diverse and growing city. The Safer Leicester Partnership is its statutory community "
        "safety partnership: the city council, Leicestershire Police, the fire and rescue service, the Probation "
        "Service and the NHS, working with the voluntary and community sector.",
        "This plan runs from 2024 to 2027. It replaces our 2021–2024 plan, whose priorities were: Reducing crime "
        "and anti-social behaviour; Protecting vulnerable people; Reducing reoffending; and Building safer "
        "communities. Reoffending is now led by the Leicester, Leicestershire and Rutland Reducing Reoffending "
        "Board.",
        "We chose our new priorities with a scoring matrix applied to the strategic assessment, so that the "
        "choice is open and can be checked."]:
        para(d, t)
    para(d, "Chair, Safer Leicester Partnership", bold=True)
    heading(d, "Leicester in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "373,000"], ["Crimes recorded", "41,800"],
              ["Anti-social behaviour incidents", "9,600"], ["Knife crime offences", "520"],
              ["Domestic abuse crimes and incidents", "8,900"], ["Hate crimes recorded", "1,150"]], [11.0, 5.4],
          head_fill=TEAL, band="E0F2F1", size=9.5)
    heading(d, "Key findings of the strategic assessment", 2)
    bullets(d, ["Anti-social behaviour is highest in the city centre and in six neighbourhoods.",
                "Knife crime is concentrated among young men aged 15 to 24.",
                "Drug markets are linked to much of the violence, and to exploitation of children.",
                "Hate crime reports rise sharply at times of international and community tension."])
    heading(d, "The wider picture", 1, page_break=True)
    para(d, "The Police and Crime Commissioner's plan for 2024–2029 has six priorities, quoted here for reference:")
    table(d, [["", "Police and Crime Plan priority"]] + [[str(i), t] for i, t in enumerate(PCP, 1)], [1.2, 15.2],
          head_fill=NAVY, band="EEF3F5", size=9.5)
    para(d, "")
    para(d, "Some work is led across Leicester, Leicestershire and Rutland: the Violence Reduction Network, the "
            "combating drugs partnership and the domestic abuse and sexual violence partnership each have their "
            "own strategy. This plan says what the partnership will do in Leicester.")
    heading(d, "How we chose our priorities", 1, page_break=True)
    para(d, "We scored ten issues from the strategic assessment from 1 (low) to 5 (high) for harm, volume, trend "
            "and public concern. The five issues with the highest scores are our priorities for 2024–2027. The "
            "others are kept under review by the partnership's tasking group, and are not priorities of this plan.")
    matrix(d)
    para(d, "")
    para(d, "Scores are from the partnership's scoring workshop, January 2024 (illustrative).", italic=True, size=8.5,
         colour="666666")
    heading(d, "Delivering the plan", 1, page_break=True)
    para(d, "Each priority has a lead officer and a delivery group. The main actions for 2024/25:")
    table(d, [["Theme", "Key actions 2024/25", "Lead"],
              ["ASB", "Problem-solving plans for the city centre and six neighbourhoods; youth outreach", "City council"],
              ["Violence", "Knife crime education in schools; hotspot patrols", "Police"],
              ["VAWG", "Safer nights charter; training for licensed premises", "City council"],
              ["Drugs", "Closure orders; joint operations on county lines", "Police"],
              ["Cohesion", "Tension monitoring group; third-party hate crime reporting", "City council"]],
          [2.6, 10.4, 3.4], head_fill=TEAL, band="E0F2F1", size=9)
    heading(d, "Measures and governance", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the city council's scrutiny commission and to "
            "the Police and Crime Commissioner.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents", "9,600", "Down"], ["Knife crime offences", "520", "Down"],
              ["Women who feel safe in the city centre after dark", "41%", "Up"], ["Closure orders", "22", "Up"],
              ["Hate crimes reported", "1,150", "Up (more reporting)"]], [9.0, 3.4, 4.0], head_fill=TEAL,
          band="E0F2F1", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: saferleicester@leicester.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Leicester is a young", "ctx": "Leicester in numbers The figures",
               "wider": "The wider picture The Police", "pri": "How we chose our priorities We scored",
               "del": "Delivering the plan Each", "gov": "Measures and governance The partnership"}
    src = work_file("leicester_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
