"""Merseyside Reducing Reoffending Strategy 2024-2027 (Merseyside Criminal Justice Board's Reducing
Reoffending Board): Word report (python-docx + LibreOffice, Liberation Serif body, Liberation Sans headings).

The five priorities are **question-style Heading 2s** under "5 Our priorities: five questions we will
answer" (pp6-7): each priority is a question the board has committed to answer ("How can we ...?"),
unnumbered, followed by "What we know" and "What we will do" paragraphs.  The seven resettlement pathways
(p4), the 2020-23 strategy's themes (p5), the principles (p5), the task group names (p8) and the measures
(p9) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from merseyside.work import soffice_stable, work_file

FILE = "strategies/merseyside_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Merseyside Reducing Reoffending Strategy 2024–2027"
PLUM, GOLD, INK = "3D2352", "B8860B", "242424"

PRIORITIES = [
    ("How can we stop the most prolific offenders from reoffending?",
     "A small number of people commit a large share of neighbourhood crime. Most have drug or alcohol problems, "
     "and many have no settled home.",
     "Manage them jointly through Integrated Offender Management in all five boroughs, with a shared cohort, one "
     "case plan and fast access to treatment and housing."),
    ("How can we make sure nobody leaves prison homeless?",
     "One in eight people released from prison to Merseyside has nowhere to live on the day of release "
     "(illustrative), and people released homeless are far more likely to reoffend.",
     "Plan accommodation from the start of every sentence, fund a duty-to-refer pathway with all five councils, "
     "and provide short-term accommodation for those who would otherwise sleep rough."),
    ("How can we help more people on probation into work?",
     "A job is one of the strongest protective factors against reoffending, but few people on probation are in "
     "work six weeks after release.",
     "Build an employer network through the Employment Advisory Board, offer training in prison that leads to "
     "real jobs on Merseyside, and link every prison leaver with a work coach."),
    ("How can we change the behaviour of people who commit domestic abuse?",
     "Domestic abuse perpetrators make up a growing share of the probation caseload, and many go on to abuse a "
     "new partner.",
     "Expand accredited and community behaviour-change programmes, share information with MARAC and the domestic "
     "abuse partnerships, and manage the most dangerous under MAPPA."),
    ("How can we keep more women out of the justice system?",
     "Most women in the justice system have themselves been victims of abuse, and short prison sentences disrupt "
     "their children's lives.",
     "Fund the Merseyside women's centres, offer women a conditional caution with support where it is safe to do "
     "so, and give sentencers better information about community options."),
]


KNOW = {q[11:30]: k for q, k in zip([p[0] for p in PRIORITIES], [
    "The proven reoffending rate of the IOM cohort falls, and fewer of the cohort are arrested for burglary, theft "
    "and shoplifting.",
    "More people are housed on the day of release, and fewer return to prison within a year.",
    "More people on probation are in work six weeks and six months after release.",
    "More perpetrators complete a programme, and fewer are referred to MARAC again as a perpetrator.",
    "Fewer women receive short prison sentences, and more complete support at a women's centre."])}


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(PLUM, PLUM, INK),
                title=TITLE, author="Merseyside Criminal Justice Board", margins=(2.4, 2.4, 2.4, 2.2))
    d.styles["Heading 2"].font.size = Pt(14)
    d.styles["Heading 2"].paragraph_format.space_before = Pt(16)
    header_footer(d, "Merseyside Criminal Justice Board", "Reducing Reoffending Strategy 2024–2027",
                  footer_fmt="— {PAGE} —", colour="555555", rule_colour=GOLD)
    d.sections[0].footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "", space_after=20)
    para(d, "MERSEYSIDE CRIMINAL JUSTICE BOARD · REDUCING REOFFENDING BOARD", bold=True, size=10, colour=GOLD,
         space_after=30)
    cover_block(d, [("Reducing Reoffending", 30, True, "FFFFFF"), ("Strategy 2024–2027", 20, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Five questions for Merseyside", 12, False, "E6D9F0")], PLUM,
                height_cm=9.5)
    para(d, "", space_after=160)
    para(d, "Probation Service · Merseyside Police · HM Prison and Probation Service · the five councils · "
            "NHS Cheshire and Merseyside · Police and Crime Commissioner", size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PLUM, space_after=14)
    contents(d, [("1 Foreword", "fw", 0), ("2 Reoffending on Merseyside", "ctx", 0),
                 ("3 Where we have come from", "past", 0), ("4 How we work", "how", 0),
                 ("5 Our priorities: five questions we will answer", "pri", 0), ("6 Governance", "gov", 0),
                 ("7 How we will measure progress", "meas", 0)], pages, leader=True, bold_top=False)
    heading(d, "1 Foreword", 1, page_break=True)
    for t in [
        "Every crime prevented by helping someone stop offending is a victim spared. That is why reducing "
        "reoffending matters to everyone on Merseyside, not only to the justice agencies.",
        "The Reducing Reoffending Board is a sub-group of the Merseyside Criminal Justice Board. It brings together "
        "the Probation Service, the prisons that release people to Merseyside, Merseyside Police, the five councils, "
        "the NHS, the Department for Work and Pensions, the voluntary sector and the Police and Crime Commissioner.",
        "We have framed our priorities as questions. We do not yet have all the answers; this strategy commits us "
        "to finding them, testing them and doing more of what works."]:
        para(d, t)
    para(d, "Chair, Merseyside Reducing Reoffending Board", bold=True)
    heading(d, "2 Reoffending on Merseyside", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9.5)
    table(d, [["Indicator", "Latest year"], ["Adults supervised by probation", "9,800"],
              ["Proven reoffending rate, adults", "27%"], ["People released from prison to Merseyside", "3,100"],
              ["Prison leavers with no settled accommodation", "12%"], ["People on probation in work at 6 weeks",
                                                                       "19%"]],
          [11.0, 5.2], head_fill=PLUM, band="F1ECF5", size=9.5)
    heading(d, "The seven resettlement pathways", 2)
    para(d, "National policy describes the needs of people leaving prison in seven pathways, which we use to "
            "organise our assessment:")
    bullets(d, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    heading(d, "3 Where we have come from", 1, page_break=True)
    para(d, "Our previous strategy, for 2020–2023, was organised in three themes: Housing first; Health and "
            "recovery; and Skills and jobs. Its evaluation found good progress on housing but little on "
            "employment.")
    heading(d, "4 How we work", 1)
    para(d, "Our principles:")
    bullets(d, ["Evidence first: we fund what works and evaluate what we try.",
                "Whole person: we look at all of a person's needs, not just their offence.",
                "Victim aware: reducing reoffending is about the next victim as well as the offender."])
    para(d, "The Police and Crime Commissioner's plan places reducing reoffending under its priority on "
            "delivering swifter, fairer justice, and part-funds our work.")
    heading(d, "5 Our priorities: five questions we will answer", 1, page_break=True)
    para(d, "The board has agreed five priorities for 2024 to 2027. Each is written as a question that the board has "
            "committed to answer, with what we know now and what we will do.")
    for q, know, do in PRIORITIES:
        heading(d, q, 2)
        p = para(d, "")
        p.add_run("What we know. ").bold = True
        p.add_run(know)
        p = para(d, "")
        p.add_run("What we will do. ").bold = True
        p.add_run(do)
        p = para(d, "")
        p.add_run("How we will know. ").bold = True
        p.add_run(KNOW[q[11:30]])
    heading(d, "6 Governance", 1, page_break=True)
    para(d, "Each question has a task group, reporting to the board every quarter:")
    table(d, [["Task group", "Chair"], ["IOM", "Probation Service"], ["Homes on release", "Liverpool City Council"],
              ["Jobs and skills", "DWP"], ["Perpetrators", "Probation Service"], ["Women", "PCC's office"]],
          [9.0, 7.2], head_fill=PLUM, size=9.5)
    para(d, "The board reports to the Merseyside Criminal Justice Board and shares its work with the five community "
            "safety partnerships and the domestic abuse partnership boards.")
    heading(d, "7 How we will measure progress", 1)
    table(d, [["Measure", "Baseline", "Direction"], ["Reoffending rate of the IOM cohort", "61%", "Down"],
              ["Prison leavers housed on the day of release", "88%", "Up"],
              ["People on probation in work at six weeks", "19%", "Up"],
              ["Perpetrators completing a programme", "210", "Up"], ["Women diverted to a women's centre", "340",
                                                                     "Up"]],
          [9.0, 3.6, 3.6], head_fill=PLUM, size=9.5)
    para(d, "Baselines are illustrative. Contact: reducingreoffending@merseysidecjb.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1 Foreword Every crime", "ctx": "2 Reoffending on Merseyside The figures",
               "past": "3 Where we have come from Our", "how": "4 How we work Our principles",
               "pri": "5 Our priorities: five questions we will answer The", "gov": "6 Governance Each",
               "meas": "7 How we will measure progress"}
    src = work_file("merseyside_reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
