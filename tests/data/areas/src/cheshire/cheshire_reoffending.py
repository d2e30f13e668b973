"""Cheshire Reducing Reoffending Strategy 2023-2026: Word report (python-docx + LibreOffice).

Five priorities under "Our priorities" (pp6-7), each an unnumbered Heading 2 set
in **small capitals** (pdftotext prints the small capitals as capitals), with
"What we will do" bullets beneath.  The seven resettlement pathways and the
previous strategy's themes (p5), the IOM cohorts, the delivery table's short
titles and the measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from cheshire.work import soffice_stable, work_file

FILE = "strategies/cheshire_reducing_reoffending_strategy_2023-26.pdf"
TITLE = "Cheshire Reducing Reoffending Strategy 2023–2026"
TEAL, RUST, INK = "0E5E6F", "B5473A", "222222"

PRIORITIES = [
    ("Managing the offenders who cause most harm through Integrated Offender Management",
     "A small number of people commit a large share of neighbourhood crime. IOM brings the police, probation and "
     "partners together to manage them, with a clear choice between support and enforcement.",
     ["Review the IOM cohort every month in each of the four boroughs.",
      "Use electronic monitoring for acquisitive offenders leaving prison.",
      "Give every IOM nominal a named worker for housing, treatment and benefits."]),
    ("Ensuring people leave prison with somewhere safe to live",
     "People released homeless are far more likely to reoffend. Too many leave HMP Styal, HMP Risley and HMP "
     "Altcourse with nowhere to go (illustrative).",
     ["Start housing plans twelve weeks before release.",
      "Fund accommodation for up to twelve weeks after release.",
      "Agree a duty-to-refer protocol with all four councils."]),
    ("Helping people into education, training and employment",
     "A job is one of the strongest protective factors against reoffending.",
     ["Work with local employers on a ban-the-box pledge.",
      "Offer training and job coaching through the probation employment hubs.",
      "Support people to open a bank account and get ID before release."]),
    ("Getting people in the criminal justice system into drug and alcohol treatment",
     "Around half of people on probation in Cheshire have a drug or alcohol need (illustrative).",
     ["Test on arrest for trigger offences and refer into treatment.",
      "Make more use of drug and alcohol treatment requirements.",
      "Make sure every prison leaver in treatment is seen in the community within three weeks."]),
    ("Holding domestic abuse perpetrators to account and changing their behaviour",
     "Domestic abuse perpetrators on probation are among the highest-risk people we supervise.",
     ["Deliver Building Better Relationships to every eligible perpetrator on probation.",
      "Share information on perpetrators through MARAC and MAPPA.",
      "Enforce licence conditions quickly when there is a breach."]),
]


def pri_heading(d, text):
    h = heading(d, text, 2)
    for r in h.runs:
        r.font.small_caps = True
    return h


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(TEAL, TEAL, INK), title=TITLE,
                author="Cheshire Criminal Justice Board", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Cheshire Criminal Justice Board", "Reducing Reoffending Strategy 2023–2026",
                  footer_fmt="– {PAGE} –", colour="555555", rule_colour=RUST)
    para(d, "", space_after=10)
    para(d, "CHESHIRE CRIMINAL JUSTICE BOARD", bold=True, size=11, colour=TEAL, space_after=20)
    cover_block(d, [("Reducing Reoffending", 30, True, "FFFFFF"), ("Strategy 2023–2026", 22, False, "FFFFFF"),
                    ("", 8, False, "FFFFFF"), ("Fewer victims, safer communities, second chances", 12, False,
                                               "CDE6EA")], TEAL, height_cm=9)
    para(d, "", space_after=200)
    para(d, "Cheshire Constabulary · Probation Service (North West) · HM Prison and Probation Service · Police and "
            "Crime Commissioner for Cheshire · Cheshire East, Cheshire West and Chester, Halton and Warrington "
            "councils · NHS Cheshire and Merseyside", size=8.5, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Reoffending in Cheshire", "ctx", 0), ("The national framework", "nat", 0),
                 ("Our priorities", "pri", 0), ("Delivery, measures and governance", "gov", 0)], pages, leader=True,
             bold_top=True)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Most crime in Cheshire is committed by people who have offended before. Every time we help someone to stop, "
        "we prevent future victims.",
        "This strategy is owned by the reducing reoffending group of the Cheshire Criminal Justice Board. It sets out "
        "five priorities for 2023 to 2026, agreed with probation, the police, prisons, councils, health and the "
        "voluntary sector.",
        "Our previous strategy (2019–2022) was built around three themes: Offender management; Resettlement; and "
        "Women in the justice system. Work with women continues through the Cheshire women's centres and is "
        "overseen by a separate group."]:
        para(d, t)
    para(d, "Chair, Reducing Reoffending Group, Cheshire Criminal Justice Board", bold=True)
    heading(d, "Reoffending in Cheshire", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "Cheshire", "England and Wales"], ["Proven reoffending rate (adults)", "24.1%", "25.0%"],
              ["People supervised by probation", "4,300", "–"], ["People in the IOM cohort", "390", "–"],
              ["Prison leavers with no settled accommodation", "14%", "13%"],
              ["People on probation with a drug or alcohol need", "49%", "–"]], [9.0, 3.6, 3.8], head_fill=TEAL,
          band="E6F0F2", size=9.5)
    heading(d, "What people with convictions told us", 2)
    bullets(d, ["\u201cI was released on a Friday with a tent and a discharge grant.\u201d",
                "\u201cMy IOM officer was the first person who believed I could change.\u201d",
                "\u201cNobody would employ me once they saw my record.\u201d"])
    heading(d, "The national framework", 1, page_break=True)
    para(d, "Reducing reoffending work in England is organised around seven resettlement pathways:")
    numbered(d, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                 "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    para(d, "The national Integrated Offender Management strategy (2020) sets three cohorts: fixed (neighbourhood "
            "crime), flex (locally chosen) and free (people who do not meet the fixed or flex criteria but are "
            "managed locally).")
    heading(d, "Our priorities", 1, page_break=True)
    para(d, "The group has agreed five priorities. Each has a lead agency and a small number of commitments.")
    for i, (name, why, acts) in enumerate(PRIORITIES):
        if i == 3:
            page_break(d)
        pri_heading(d, name)
        para(d, why)
        para(d, "What we will do", bold=True, size=9.5, colour=RUST, space_after=2)
        bullets(d, acts)
    heading(d, "Delivery, measures and governance", 1, page_break=True)
    table(d, [["Theme", "Lead agency", "Key action 2023/24"], ["IOM", "Police, probation", "Monthly cohort review"],
              ["Homes", "Councils", "Twelve-week pre-release housing plans"],
              ["Jobs", "Probation", "Employer pledge"], ["Treatment", "Public health", "Test on arrest"],
              ["Perpetrators", "Probation", "Building Better Relationships"]], [3.4, 4.0, 9.0], head_fill=RUST,
          band="F6E9E6", size=9)
    para(d, "")
    table(d, [["Measure", "Baseline", "Direction"], ["Proven reoffending rate (adults)", "24.1%", "Down"],
              ["Settled accommodation on release", "86%", "Up"], ["In work six weeks after release", "17%", "Up"],
              ["Continuity of care into community treatment", "41%", "Up"],
              ["Perpetrators completing a programme", "63%", "Up"]], [9.0, 3.4, 4.0], head_fill=TEAL,
          band="E6F0F2", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "The reducing reoffending group meets quarterly and reports to the Cheshire Criminal Justice Board, which "
            "is chaired by the Police and Crime Commissioner.")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime in Cheshire", "ctx": "Reoffending in Cheshire The figures",
               "nat": "The national framework Reducing", "pri": "Our priorities The group",
               "gov": "Delivery, measures and governance Theme"}
    src = work_file("cheshire_reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
