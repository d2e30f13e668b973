"""Derbyshire Reducing Reoffending Board Strategy 2024-2027: Word report (python-docx + LibreOffice; Liberation
Serif body, Liberation Sans headings).

Four priorities, stated once, on p6 as **ordinal sentences in running prose**: under "4 Our priorities" each
paragraph opens "Our first priority is ..." ... "Our fourth priority is ...", with the priority itself in bold
(and coloured) inside the sentence and the explanation running on in the same paragraph.  No list, table or
heading carries the priorities.  The previous strategy's themes (p3), the seven resettlement pathways and the
IOM cohorts (p5), the delivery group names (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb
from derbyshire.work import soffice_stable, work_file

FILE = "strategies/derbyshire_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Derbyshire Reducing Reoffending Board Strategy 2024–2027"
SLATE, RUST, INK = "2F3E4E", "A3472A", "222222"

PRIORITIES = [
    ("first", "managing the people who cause most neighbourhood crime through Integrated Offender Management",
     "Around 420 people (illustrative) commit a large share of burglary, robbery and vehicle crime in Derbyshire. "
     "Police, probation and partners will manage them together, with a clear offer of support and swift "
     "enforcement when they reoffend."),
    ("second", "settled accommodation for everyone leaving prison",
     "One prison leaver in six (illustrative) has nowhere to live on the day of release. Without a home, "
     "treatment, work and supervision all fail. We will plan housing before release, not on the day."),
    ("third", "routes into education, training and work",
     "A job is one of the strongest protections against reoffending. We will work with employers, colleges and "
     "Jobcentre Plus so that people on probation can train and find work."),
    ("fourth", "treatment for drug and alcohol dependence across the justice system",
     "Most acquisitive crime in the county is linked to drug use. We will make sure that people who need "
     "treatment are identified in custody, in court and in prison, and start treatment without delay."),
]


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(SLATE, RUST, INK),
                title=TITLE, author="Derbyshire Reducing Reoffending Board", margins=(2.4, 2.4, 2.6, 2.4))
    header_footer(d, "Derbyshire Reducing Reoffending Board", "Strategy 2024–2027",
                  footer_fmt="{PAGE}", colour="666666", rule_colour=RUST)
    para(d, "", space_after=30)
    cover_block(d, [("DERBYSHIRE REDUCING REOFFENDING BOARD", 10, True, "F2D9CF"), ("", 8, False, "FFFFFF"),
                    ("Reducing Reoffending", 30, True, "FFFFFF"), ("Strategy 2024–2027", 22, False, "FFFFFF")],
                SLATE, height_cm=12.0)
    para(d, "", space_after=150)
    para(d, "Fewer victims, fewer crimes, settled lives", italic=True, size=12, colour=RUST)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=SLATE, space_after=14)
    contents(d, [("1 Introduction", "intro", 0), ("2 Why reoffending matters", "why", 0),
                 ("3 How we work", "how", 0), ("4 Our priorities", "pri", 0), ("5 Delivery", "del", 0),
                 ("6 Measuring success", "gov", 0)], pages)
    heading(d, "1 Introduction", 1, page_break=True)
    for t in ["Most crime in Derbyshire is committed by people who have offended before. Every person who stops "
              "offending means fewer victims, and reducing reoffending is one of the most effective ways to cut "
              "crime.",
              "The Derbyshire Reducing Reoffending Board brings together the Probation Service, Derbyshire "
              "Constabulary, the Police and Crime Commissioner, HMP Foston Hall and HMP Sudbury, both councils, the "
              "district housing authorities, the Integrated Care Board, the Department for Work and Pensions and "
              "the voluntary sector.",
              "This strategy runs from 2024 to 2027 and replaces the board's 2021–2024 strategy."]:
        para(d, t)
    heading(d, "Our last strategy", 2)
    para(d, "The 2021–2024 strategy was organised around three themes: Accommodation; Health and substance misuse; "
            "and Employment. It did not include Integrated Offender Management, which was then managed separately.")
    para(d, "Chair, Derbyshire Reducing Reoffending Board", bold=True)
    heading(d, "2 Why reoffending matters", 1, page_break=True)
    para(d, "The figures in this section are illustrative and are not official statistics.", italic=True)
    table(d, [["Indicator", "Derbyshire", "England and Wales"], ["Adult proven reoffending rate", "25.1%", "25.8%"],
              ["Prison leavers reoffending within a year", "37%", "38%"],
              ["Prison leavers homeless on release", "16%", "14%"],
              ["People on probation in work six weeks after release", "19%", "21%"]], [8.0, 3.8, 4.0],
          head_fill=SLATE, size=10)
    para(d, "")
    for t in ["Reoffending costs the county an estimated £250 million a year (illustrative), most of it borne by "
              "victims. The people most likely to reoffend have the least stable lives: no home, no work, and "
              "untreated addiction or mental ill health."]:
        para(d, t)
    heading(d, "3 How we work", 1, page_break=True)
    para(d, "The national framework for resettlement sets out seven pathways out of offending:")
    bullets(d, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    para(d, "Integrated Offender Management works with three cohorts: a fixed cohort of people who commit "
            "neighbourhood crime, a flex cohort chosen locally, and a free cohort for other local concerns.")
    heading(d, "4 Our priorities", 1, page_break=True)
    para(d, "The board has agreed four priorities for 2024 to 2027. They were chosen because the evidence shows "
            "they make the most difference to reoffending in Derbyshire, and because no single agency can deliver "
            "them on its own.")
    for ordinal, pri, rest in PRIORITIES:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(10)
        p.add_run(f"Our {ordinal} priority is ")
        r = p.add_run(pri)
        r.bold = True
        r.font.color.rgb = rgb(RUST)
        p.add_run(". " + rest)
    para(d, "These priorities sit alongside the work of the Combating Drugs Partnership and the Police and Crime "
            "Commissioner's plan, and do not replace them.", italic=True, size=10)
    heading(d, "5 Delivery", 1, page_break=True)
    para(d, "Each priority is delivered by a group of the board:")
    for grp, acts in [("IOM Strategic Group", ["Joint IOM teams in Derby, Chesterfield and Ilkeston.",
                                               "GPS tagging for acquisitive offenders on release."]),
                      ("Accommodation Group", ["A housing caseworker in each prison.", "Commissioned "
                                               "accommodation for up to 12 weeks after release."]),
                      ("Employment Group", ["Employment hubs in both prisons.", "Ban the Box pledges from "
                                            "local employers."]),
                      ("Health and Justice Group", ["Treatment on release within three weeks.",
                                                    "Liaison and diversion staff in every custody suite."])]:
        heading(d, grp, 3)
        bullets(d, acts)
    heading(d, "6 Measuring success", 1, page_break=True)
    table(d, [["Measure", "Baseline (illustrative)", "Direction"], ["IOM cohort reoffending", "48%", "Down"],
              ["Homeless on release", "16%", "Down"], ["In work six weeks after release", "19%", "Up"],
              ["Prison leavers in treatment within three weeks", "46%", "Up"]], [8.0, 4.5, 3.0],
          head_fill=RUST, size=10)
    para(d, "")
    para(d, "The board meets quarterly and reports to the Police and Crime Commissioner and to the Local Criminal "
            "Justice Board. Contact: reducingreoffending@derbyshire.example", size=10)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1 Introduction Most crime", "why": "2 Why reoffending matters The figures",
               "how": "3 How we work The national", "pri": "4 Our priorities The board has agreed",
               "del": "5 Delivery Each priority", "gov": "6 Measuring success Measure"}
    src = work_file("reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
