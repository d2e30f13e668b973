"""Northumbria Reducing Reoffending Strategy 2023-2026: Word report (python-docx + LibreOffice), landscape.

Five priorities as unnumbered Heading 2 headings that flow in a two-column
landscape section ("3 Our priorities", pp5-6), so that a priority can start at
the top of the right-hand column.  The seven reducing reoffending pathways
(p4), the previous strategy's themes (p4), the Integrated Offender Management
cohorts, the delivery table under short titles (p7) and the measures are
distractors.
"""
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from northumbria.work import soffice_stable, work_file

FILE = "strategies/northumbria_reducing_reoffending_strategy_2023-26.pdf"
TITLE = "Northumbria Reducing Reoffending Strategy 2023–2026"
RED, GREY, INK = "8B1E2D", "5C6770", "222222"

PRIORITIES = [
    ("Securing settled accommodation for people leaving prison",
     "People released to no fixed address are far more likely to reoffend. Too many people leave HMP Durham, HMP "
     "Northumberland and HMP Low Newton with nowhere to go on the day of release.",
     ["A duty to refer from every prison to the right council, at least 56 days before release.",
      "Commissioned rehabilitative accommodation in each of the six council areas.",
      "A protocol with social landlords on tenancies for people with convictions."]),
    ("Getting people into education, training and employment",
     "A job is one of the strongest protections against reoffending. Employers are willing, but people leaving "
     "prison often lack qualifications, ID and a bank account.",
     ["Employment hubs in each probation office, with Jobcentre Plus.",
      "A Northumbria employers' pledge to consider people with convictions.",
      "ID and bank accounts arranged before release."]),
    ("Treating drug and alcohol dependency in the justice system",
     "Around half of the people on probation in Northumbria have a drug or alcohol need (illustrative). Treatment "
     "that starts in prison is often lost on release.",
     ["Continuity of care from prison to community treatment within three weeks of release.",
      "Drug rehabilitation and alcohol treatment requirements offered to the courts.",
      "Liaison and diversion workers in every custody suite."]),
    ("Supporting women in the criminal justice system",
     "Most women who offend have been victims of abuse, and many are mothers. Short prison sentences harm their "
     "children and rarely reduce offending.",
     ["Women's centres in Newcastle, Sunderland and Northumberland for women on probation.",
      "A whole-system approach that diverts women from prosecution where it is safe.",
      "Trauma-informed training for probation staff."]),
    ("Changing the behaviour of domestic abuse perpetrators",
     "Domestic abuse perpetrators make up a growing share of the probation caseload. Without intervention, most go on "
     "to abuse again, often a new partner.",
     ["Building Better Relationships for every eligible perpetrator on probation.",
      "Joint management of high-harm perpetrators with the police.",
      "Specialist support for partners and ex-partners during programmes."]),
]


def set_cols(section, n, space_twips=720):
    sp = section._sectPr
    for old in sp.findall(qn("w:cols")):
        sp.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(space_twips))
    sp.append(cols)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(RED, RED, GREY), title=TITLE,
                author="Northumbria Reducing Reoffending Board", margins=(2.0, 2.0, 2.2, 2.0))
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    header_footer(d, "Northumbria Reducing Reoffending Strategy 2023–2026", "Northumbria Local Criminal Justice Board",
                  footer_fmt="Page {PAGE}", colour="5C6770", rule_colour=RED)
    cover_block(d, [("NORTHUMBRIA LOCAL CRIMINAL JUSTICE BOARD", 11, True, "FFFFFF"), ("", 8, False, "FFFFFF"),
                    ("Reducing Reoffending Strategy", 30, True, "FFFFFF"), ("2023–2026", 20, False, "F4C7CD"),
                    ("", 8, False, "FFFFFF"), ("Fewer victims, safer communities", 13, False, "FFFFFF")], RED,
                height_cm=11)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=RED, space_after=12)
    contents(d, [("1 Introduction", "fw", 0), ("2 Reoffending in Northumbria", "ctx", 0), ("3 Our priorities", "pri", 0),
                 ("4 Delivering the strategy", "del", 0), ("5 Measures and governance", "gov", 0)], pages,
             leader=True, bold_top=True)
    heading(d, "1 Introduction", 1, page_break=True)
    for t in [
        "Around a quarter of adults who are cautioned or convicted in Northumbria reoffend within a year "
        "(illustrative). Each reoffence means another victim. Reducing reoffending is one of the most effective ways "
        "to reduce crime.",
        "This strategy is owned by the Reducing Reoffending Board of the Northumbria Local Criminal Justice Board. "
        "Its members include the Probation Service, Northumbria Police, the Police and Crime Commissioner, the three "
        "prisons, the six councils, the NHS and the voluntary sector.",
        "It sets five priorities for 2023 to 2026. They reflect what our needs assessment and people with lived "
        "experience told us would make the biggest difference in Northumbria."]:
        para(d, t)
    para(d, "Chair, Northumbria Reducing Reoffending Board", bold=True)
    heading(d, "2 Reoffending in Northumbria", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.")
    table(d, [["Indicator", "Northumbria", "Comment"], ["Adult proven reoffending rate", "26.4%", "Above England"],
              ["People released from prison to no fixed address", "14%", "Rising"],
              ["People on probation in employment at six months", "31%", "Below target"],
              ["People released who start treatment within 3 weeks", "38%", "Below target"],
              ["Women on probation", "1,150", "One in nine of the caseload"]], [11.0, 6.0, 8.6], head_fill=RED,
          band="F6E9EB", size=9.5)
    para(d, "")
    heading(d, "The pathways out of offending", 2)
    para(d, "National guidance describes seven resettlement pathways: accommodation; education, training and "
            "employment; health; drugs and alcohol; finance, benefit and debt; children and families; and attitudes, "
            "thinking and behaviour. Our previous strategy (2020–2023) was organised under all seven. This strategy "
            "focuses on fewer things.")
    heading(d, "3 Our priorities", 1, page_break=True)
    para(d, "The board has agreed five priorities for 2023–2026.")
    new = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(new, 2)
    new.different_first_page_header_footer = False
    for name, why, dos in PRIORITIES:
        h = heading(d, name, 2)
        h.paragraph_format.space_before = Pt(12)
        para(d, why)
        para(d, "Our commitments", bold=True, colour=GREY, space_after=2)
        bullets(d, dos)
    back = d.add_section(WD_SECTION.NEW_PAGE)
    set_cols(back, 1)
    back.different_first_page_header_footer = False
    heading(d, "4 Delivering the strategy", 1)
    para(d, "Each priority has a lead organisation. Progress is reported to the board every quarter under short "
            "titles.")
    table(d, [["Short title", "Lead", "First-year milestone"], ["Homes", "Councils, probation", "Accommodation in all "
              "six council areas"], ["Work", "Probation, Jobcentre Plus", "Employment hubs open"],
              ["Treatment", "Public health, NHS", "Continuity of care above 50%"],
              ["Women", "Probation, OPCC", "Women's centre in Northumberland"],
              ["Perpetrators", "Probation, police", "Joint high-harm cohort"]], [5.0, 7.0, 13.6], head_fill=GREY,
          size=9.5)
    para(d, "")
    heading(d, "Integrated Offender Management", 2)
    para(d, "Integrated Offender Management (IOM) brings police and probation together to manage the people who "
            "cause most harm. Its three cohorts are fixed (neighbourhood crime), flex (local priorities such as "
            "violence) and free (professional judgement).")
    heading(d, "5 Measures and governance", 1, page_break=True)
    table(d, [["Measure", "Baseline", "Target"], ["Released to settled accommodation", "71%", "85%"],
              ["Employed six months after release", "31%", "40%"], ["Treatment started within three weeks", "38%",
                                                                     "60%"],
              ["Women diverted from prosecution", "120", "200"], ["Perpetrators completing programmes", "210", "300"]],
          [12.0, 6.8, 6.8], head_fill=RED, size=9.5)
    para(d, "Baselines and targets are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "The Reducing Reoffending Board meets quarterly and reports to the Northumbria Local Criminal Justice "
            "Board, which is chaired by the Police and Crime Commissioner.")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1 Introduction Around a quarter", "ctx": "2 Reoffending in Northumbria The figures",
               "pri": "3 Our priorities The board", "del": "4 Delivering the strategy Each",
               "gov": "5 Measures and governance"}
    src = work_file("nb_reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
