"""Safer Southampton Partnership Strategy 2024-2027: Word report (python-docx + LibreOffice), Liberation Serif
body and Liberation Sans headings.

Five priorities, each a **numbered chapter of running prose** whose Heading 1 is the priority itself:
"4 Tackling anti-social behaviour ..." to "8 Challenging hate crime ...".  The chapters flow on from one
another (about two to a page, pp5-8), and each has numbered Heading 2 sub-sections "4.1 Why this matters",
"4.2 What we will do", "4.3 How we will know".  The chapter numbers are labels.  Chapter 3 ("About this
strategy", p4) says that chapters 4 to 8 are the priorities and lists the 2021-2024 priorities, which are
distractors, as are the other chapters' headings, the key facts (p3), the delivery groups' short names (p8)
and the measures table.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from hampshire.work import soffice_stable, work_file

FILE = "strategies/safer_southampton_partnership_strategy_2024-27.pdf"
TITLE = "Safer Southampton Partnership Strategy 2024–2027"
RED, DARK, INK = "A6192E", "3A3A3A", "222222"

PRIORITIES = [
    ("Tackling anti-social behaviour and the harm it causes to residents",
     "Anti-social behaviour was the top concern in our residents' survey, and the harm it causes is greatest for "
     "people who are already vulnerable: older residents, disabled people and families in temporary "
     "accommodation. Repeat victims often report to several agencies without any one of them seeing the whole "
     "picture.",
     ["Run one multi-agency ASB risk assessment conference for the city, so that every high-risk case has a lead.",
      "Use the ASB case review (community trigger) and publish how often it is used and what it achieves.",
      "Work with housing providers on early tenancy support and, where needed, enforcement."],
     "ASB incidents, repeat victims and satisfaction with the response."),
    ("Reducing serious violence and knife crime in the city",
     "Southampton has higher rates of serious violence than the rest of the county, concentrated in the city "
     "centre and in Bevois, Bargate and Redbridge wards. Under the Serious Violence Duty the partnership works with "
     "the Violence Reduction Unit on a shared local response.",
     ["Deliver the city's part of the Serious Violence Duty strategy, with a local problem profile every year.",
      "Fund detached youth work and mentoring in the wards with most knife crime.",
      "Support weapons sweeps, knife arches and test purchasing with Trading Standards."],
     "Knife crime offences, hospital admissions for assault with a sharp object."),
    ("Protecting children and young people from exploitation",
     "Children in the city are exploited by county lines networks, for sexual purposes and, increasingly, online. "
     "The same children often go missing from home or care and are out of school.",
     ["Hold a weekly multi-agency exploitation meeting to share intelligence about children at risk.",
      "Train taxi drivers, hotel staff and takeaway workers to spot and report exploitation.",
      "Use disruption powers, including child abduction warning notices, against those who exploit children."],
     "Children missing from home or care; referrals to the National Referral Mechanism."),
    ("Reducing reoffending by the most prolific offenders",
     "A small number of people commit a large share of neighbourhood crime in the city: burglary, robbery, vehicle "
     "crime and shoplifting. Most have unstable housing and a drug or alcohol problem.",
     ["Manage the most prolific offenders jointly through Integrated Offender Management with probation and police.",
      "Give the IOM cohort fast access to housing advice and treatment.",
      "Share the results with the Hampshire and Isle of Wight Reducing Reoffending Board."],
     "Proven reoffending by the IOM cohort; neighbourhood crime."),
    ("Challenging hate crime and supporting those targeted by it",
     "Southampton is a diverse city with two universities and a large port. Hate crime is under-reported, "
     "especially disability hate crime, and incidents rise after national and international events.",
     ["Open third-party reporting centres in community venues and on both university campuses.",
      "Offer every victim of hate crime a referral to specialist support.",
      "Monitor community tension and respond quickly after incidents."],
     "Hate crimes reported; victims taking up support."),
]


LEADS = ["The Neighbourhoods delivery group, chaired by the council's head of community safety.",
         "The Violence delivery group, chaired by the police district commander, with the Violence Reduction Unit.",
         "The Exploitation delivery group, chaired by Children's Services, reporting also to the safeguarding "
         "partnership.",
         "The Offender management group, chaired by the Probation Service head of delivery.",
         "The Hate crime and cohesion group, chaired by the council's communities lead."]


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(RED, DARK, DARK),
                title=TITLE, author="Safer Southampton Partnership", margins=(2.4, 2.4, 2.4, 2.2))
    header_footer(d, "Safer Southampton Partnership", "Strategy 2024–2027", footer_fmt="{PAGE}",
                  colour="666666", rule_colour=RED)
    para(d, "", space_after=40)
    cover_block(d, [("SAFER SOUTHAMPTON PARTNERSHIP", 11, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Community Safety", 30, True, "FFFFFF"), ("Partnership Strategy", 30, True, "FFFFFF"),
                    ("2024 – 2027", 18, False, "F6D2D7")], RED, height_cm=11)
    para(d, "", space_after=160)
    para(d, "Southampton City Council · Hampshire and Isle of Wight Constabulary · Probation Service · NHS · "
            "Hampshire and Isle of Wight Fire and Rescue Service", size=9, colour="666666")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=RED, space_after=14)
    contents(d, [("1 Introduction", "c1", 0), ("2 Southampton today", "c2", 0), ("3 About this strategy", "c3", 0)]
             + [(f"{i + 4} {p[0]}", f"p{i}", 0) for i, p in enumerate(PRIORITIES)]
             + [("9 Delivery plan 2024/25", "c9", 0), ("10 Governance and measures", "c10", 0)], pages, leader=True, bold_top=False)
    heading(d, "1 Introduction", 1, page_break=True)
    for t in [
        "Southampton is a port city of a quarter of a million people, with a busy night-time economy, two "
        "universities and some of the most deprived neighbourhoods in the south of England. Most residents feel "
        "safe where they live, but fear of crime is higher here than in the rest of Hampshire.",
        "The Safer Southampton Partnership is the city's community safety partnership. Its members have a duty "
        "under the Crime and Disorder Act 1998 to work together to reduce crime and disorder, reoffending and the "
        "misuse of drugs and alcohol.",
        "This strategy was agreed by the partnership board in March 2024. It is written as a single document in "
        "chapters, so that residents can read the part that matters to them."]:
        para(d, t)
    para(d, "Chair, Safer Southampton Partnership", bold=True)
    heading(d, "2 Southampton today", 1)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9.5)
    table(d, [["Key fact", "2023/24"], ["Residents", "253,000"], ["Crimes recorded", "33,800"],
              ["Anti-social behaviour incidents", "8,200"], ["Knife crime offences", "265"],
              ["Hate crimes reported", "540"], ["People managed through IOM", "120"]], [11.0, 5.2],
              head_fill=RED, band="FBEFF1", size=10)
    heading(d, "3 About this strategy", 1, page_break=True)
    para(d, "Our 2021–2024 strategy had three priorities: Safer neighbourhoods; Protecting vulnerable people; and "
            "Reducing violence. The strategic assessment for 2024 showed that the first two were too broad to "
            "measure, so this strategy is more specific.")
    para(d, "Chapters 4 to 8 set out our five priorities for 2024 to 2027, one chapter each. Each chapter explains "
            "why the priority matters, what we will do and how we will know whether it is working.")
    para(d, "Three principles run through all five:")
    bullets(d, ["Early intervention: we act before problems escalate.",
                "Victims at the centre: we judge success by what victims experience.",
                "Evidence: we use data to target places, people and times."])
    para(d, "This strategy supports the Police and Crime Commissioner's Police and Crime Plan 2024–2029, the "
            "Hampshire and Isle of Wight Violence Reduction Unit's strategy and the Southampton combating drugs "
            "partnership strategy. Domestic abuse is led by the Southampton Domestic Abuse Partnership under its "
            "own strategy and is not repeated here.")
    for i, (name, why, do, know) in enumerate(PRIORITIES):
        n = i + 4
        heading(d, f"{n} {name}", 1, page_break=(i == 0))
        heading(d, f"{n}.1 Why this matters", 2)
        para(d, why)
        heading(d, f"{n}.2 What we will do", 2)
        bullets(d, do)
        heading(d, f"{n}.3 How we will know", 2)
        para(d, know)
        heading(d, f"{n}.4 Who leads", 2)
        para(d, LEADS[i])
    heading(d, "9 Delivery plan 2024/25", 1, page_break=True)
    para(d, "Each delivery group has agreed its actions for the first year. The themes below are the groups' short "
            "names, not further priorities.")
    table(d, [["Delivery group", "First-year actions", "Lead"],
              ["Neighbourhoods", "City-wide ASB risk conference; community trigger report; tenancy support pilot",
               "Council, housing"],
              ["Violence", "Problem profile refresh; ward mentoring; weapons sweeps", "Police, VRU"],
              ["Exploitation", "Weekly exploitation meeting; night-time business training", "Children's Services"],
              ["Offender management", "IOM cohort review; housing and treatment fast track", "Probation"],
              ["Hate crime", "Eight reporting centres; campus partnership; tension monitoring", "Council"]],
          [3.6, 9.2, 3.4], head_fill=RED, size=9.5)
    para(d, "Partners' other strategies cover related work: the Southampton Domestic Abuse Partnership strategy, the "
            "Southampton combating drugs partnership strategy, the Youth Justice Plan and the Hampshire and Isle of "
            "Wight Violence Reduction Unit strategy.")
    heading(d, "10 Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets every quarter and reports each year to the council's Overview and "
            "Scrutiny Management Committee and to the Police and Crime Commissioner. Delivery groups lead each "
            "chapter.")
    table(d, [["Measure", "Baseline (illustrative)", "Aim"], ["ASB incidents", "8,200", "Fewer"],
              ["Knife crime offences", "265", "Fewer"], ["NRM referrals for children", "74", "More, earlier"],
              ["Proven reoffending, IOM cohort", "46%", "Lower"], ["Hate crimes reported", "540", "More reported"]],
          [7.2, 4.6, 4.4], head_fill=RED, size=9.5)
    para(d, "All baselines are illustrative. Progress is reported in the partnership's annual report.", size=9.5)
    para(d, "Contact: safercity@southampton.example", size=9.5)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"c1": "1 Introduction Southampton is", "c2": "2 Southampton today The figures",
               "c3": "3 About this strategy Our 2021"}
    needles.update({f"p{i}": f"{i + 4} {p[0]} {i + 4}.1 Why" for i, p in enumerate(PRIORITIES)})
    needles["c9"] = "9 Delivery plan 2024/25 Each"
    needles["c10"] = "10 Governance and measures The"
    src = work_file("southampton_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
