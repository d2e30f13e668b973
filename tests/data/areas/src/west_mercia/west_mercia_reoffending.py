"""West Mercia Reducing Reoffending Strategy 2024-2027: Word report (python-docx + LibreOffice), A4 landscape.

Five priorities, stated once, as the first column of a LOGIC MODEL table on p6 ("Our logic model"): the
columns are "Our priority", "Inputs", "Activities", "Outputs" and "Outcome by 2027", and the priority cell is
bold and wraps over two or three lines.  The previous strategy's three themes (p3), the seven resettlement
pathways and the IOM cohorts (p5), the delivery table's one-word themes (p7) and the measures are distractors.
"""
from common import two_pass
from docx.enum.section import WD_ORIENT
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, shade, set_widths, table, keep_rows
from west_mercia.work import soffice_stable, work_file

FILE = "strategies/west_mercia_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "West Mercia Reducing Reoffending Strategy 2024–2027"
GREEN, SLATE, INK = "2E5E4E", "4A5A6A", "222222"

MODEL = [
    ("Managing the offenders who cause most harm through Integrated Offender Management",
     "Police and probation IOM teams", "Joint supervision, home visits, rapid recall", "IOM cohort of 600",
     "Fewer offences by the cohort"),
    ("Finding settled accommodation for people leaving prison", "Council housing teams, CAS3 housing",
     "Housing plan before release; duty to refer", "Prison leavers housed on release", "Fewer released homeless"),
    ("Helping people on probation into education, training and work", "Employment hubs, DWP, colleges",
     "Job coaches; employer pledges", "People starting work or training", "More people in work six weeks on"),
    ("Getting more people in contact with the criminal justice system into drug and alcohol treatment",
     "Treatment providers, custody liaison", "Testing on arrest; treatment requirements; continuity of care",
     "Treatment starts", "More people in treatment"),
    ("Changing the behaviour of domestic abuse perpetrators", "Commissioned programmes, probation",
     "Building Better Relationships; community programmes; MAPPA and MARAC sharing", "Programme completions",
     "Fewer repeat victims"),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(GREEN, GREEN, INK), title=TITLE,
                author="West Mercia Criminal Justice Board", margins=(2.0, 2.0, 2.2, 2.0))
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    header_footer(d, "West Mercia Criminal Justice Board", "Reducing Reoffending Strategy 2024–2027",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=GREEN)
    cover_block(d, [("WEST MERCIA CRIMINAL JUSTICE BOARD", 10, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Reducing Reoffending Strategy", 32, True, "FFFFFF"), ("2024 to 2027", 20, False, "CFE3DA"),
                    ("", 10, False, "FFFFFF"),
                    ("Fewer victims, safer communities, better lives", 12, False, "FFFFFF")], GREEN, height_cm=12)
    para(d, "", space_after=20)
    para(d, "West Mercia Police · Probation Service · Police and Crime Commissioner · HM Prisons · Local authorities "
            "· NHS · Voluntary sector", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Reoffending in West Mercia", "ctx", 0), ("The national framework", "nat", 0),
                 ("Our logic model", "pri", 0), ("Delivery", "del", 0), ("Measures and governance", "gov", 0)],
             pages, leader=True, bold_top=False)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Most crime is committed by people who have offended before. Helping them to stop is one of the most "
        "effective ways to prevent more victims, and it needs every part of the system: police, probation, "
        "prisons, councils, health and the voluntary sector.",
        "Our previous strategy (2021–2024) had three themes: Accommodation; Employment; and Health. It made progress, "
        "but the themes did not say clearly enough what we wanted to change. This strategy is set out as a logic "
        "model, so that each priority is linked to the resources we will put in and the outcome we expect.",
        "The strategy belongs to the West Mercia Criminal Justice Board, whose reducing reoffending group will lead "
        "its delivery."]:
        para(d, t)
    para(d, "Chair, West Mercia Criminal Justice Board", bold=True)
    heading(d, "Reoffending in West Mercia", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "Value"], ["Adult proven reoffending rate", "24.1%"], ["People on probation", "5,800"],
              ["Prison leavers a year", "2,100"], ["Released with no settled accommodation", "14%"],
              ["In work six weeks after release", "19%"], ["Prison leavers engaging with treatment in 3 weeks", "36%"],
              ["Domestic abuse perpetrators on programmes", "240"]], [16.0, 7.0], head_fill=GREEN, band="EAF2EE",
          size=9.5)
    heading(d, "The national framework", 1, page_break=True)
    para(d, "Reducing reoffending work in England is organised around seven resettlement pathways:")
    numbered(d, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                 "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    para(d, "The national Integrated Offender Management strategy (2020) divides the IOM cohort into three groups: "
            "fixed (neighbourhood crime offenders), flex (local priorities) and free (others chosen locally).")
    heading(d, "Our logic model", 1, page_break=True)
    para(d, "Each row of the logic model is one of our five priorities. Read across the row to see what we will put "
            "in, what we will do and what we expect to change by 2027.")
    rows = [["Our priority", "Inputs", "Activities", "Outputs", "Outcome by 2027"]] + [list(r) for r in MODEL]
    t = table(d, rows, [7.2, 4.6, 6.2, 3.7, 4.0], head_fill=GREEN, band="EAF2EE", size=9)
    for r in range(1, len(rows)):
        for run in t.cell(r, 0).paragraphs[0].runs:
            run.bold = True
            run.font.size = Pt(10.5)
    heading(d, "Delivery", 1, page_break=True)
    para(d, "The reducing reoffending group tracks delivery under short themes:")
    table(d, [["Theme", "Key action 2024/25", "Lead"], ["IOM", "Refresh the fixed, flex and free cohorts", "Police, "
                                                                                                          "probation"],
              ["Homes", "A housing navigator in each prison serving West Mercia", "Councils"],
              ["Work", "Employer pledge with 50 local firms", "Probation, DWP"],
              ["Treatment", "Drug testing on arrest in two custody suites", "Police, treatment providers"],
              ["Perpetrators", "Community perpetrator programme in every area", "PCC"]],
          [4.0, 13.0, 6.0], head_fill=SLATE, band="EEF0F3", size=9.5, bold_first_col=True)
    heading(d, "Measures and governance", 1, page_break=True)
    table(d, [["Measure", "Baseline", "Direction"], ["Proven reoffending rate", "24.1%", "Down"],
              ["Settled accommodation on release", "86%", "Up"], ["In work six weeks after release", "19%", "Up"],
              ["Treatment engagement within 3 weeks of release", "36%", "Up"]], [13.0, 5.0, 5.0], head_fill=GREEN,
          band="EAF2EE", size=9.5)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "The reducing reoffending group meets every two months and reports to the West Mercia Criminal Justice "
            "Board, which the Police and Crime Commissioner chairs.")
    para(d, "Contact: lcjb@westmercia-pcc.example", size=9.5)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime is committed", "ctx": "Reoffending in West Mercia The figures",
               "nat": "The national framework Reducing", "pri": "Our logic model Each row",
               "del": "Delivery The reducing", "gov": "Measures and governance Measure"}
    src = work_file("west_mercia_reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
