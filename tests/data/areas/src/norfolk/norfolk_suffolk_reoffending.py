"""Norfolk and Suffolk Reducing Reoffending Strategy 2024-2027 (Norfolk and Suffolk Reducing Reoffending
Board): Word report (python-docx + LibreOffice; Liberation Serif body, Liberation Sans headings).

Five priorities, stated once, inside a **persona story** ("Sam's story: our five priorities", p6): the
story of an imagined man leaving prison runs in dated Heading 3 steps ("Day 1: the gate", "Week 1" ...), each
told in a short paragraph and followed by a shaded box with a thick left border in which a small capitals
label "OUR PRIORITY" is followed, on the same line, by the priority in bold.  All five boxes are on p6.
The label is not part of the priority.  The seven resettlement pathways and the previous strategy's themes
(p5), the story steps' headings, the key findings (p4), the task group names (p7) and the measures (p8) are
distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from norfolk.work import soffice_stable, work_file

FILE = "strategies/norfolk_and_suffolk_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Norfolk and Suffolk Reducing Reoffending Strategy 2024–2027"
GREEN, AMBER, INK = "1E5B4A", "C77C0E", "262626"

# (step heading, story, priority)
STORY = [
    ("Day 1: the gate",
     "Sam is 34. He leaves HMP Norwich on a Friday afternoon with a discharge grant, a bag of belongings and an "
     "appointment with Probation on Monday. He has nowhere to stay. The last time this happened, he was back in "
     "custody within six weeks.",
     "Settled accommodation from the day of release"),
    ("Week 1: keeping well",
     "Sam was prescribed treatment for opiate dependence in prison. If his prescription lapses, the risk that he "
     "overdoses in the first fortnight is at its highest, and the pull back to crime is strongest.",
     "Drug and alcohol treatment that continues after release"),
    ("Week 2: one team around Sam",
     "Sam has more than forty convictions, mostly for shoplifting and burglary. Police, Probation and his drug "
     "worker used to meet him separately and rarely spoke to each other.",
     "Managing the most prolific offenders together"),
    ("Month 2: a reason to get up",
     "Sam learned to drive a forklift in prison but has no certificate and no references. Employers near his "
     "hostel have vacancies, but they have never taken on someone with a record.",
     "Education, training and work that lead to a job"),
    ("Month 4: a new relationship",
     "Sam starts seeing someone. His probation officer knows that he was violent and controlling towards a "
     "previous partner. The board wants agencies to act on that knowledge, not wait for another victim.",
     "Holding domestic abuse perpetrators to account and changing their behaviour"),
]


def shaded_box(d, label, text):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "E8F1EE")
    bdr = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for k, v in (("w:val", "single"), ("w:sz", "36"), ("w:space", "8"), ("w:color", GREEN)):
        left.set(qn(k), v)
    bdr.append(left)
    pPr.append(bdr)
    pPr.append(shd)
    p.paragraph_format.left_indent = Cm(0.5)
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(10)
    r = p.add_run(label)
    r.font.size = Pt(8)
    r.font.small_caps = False
    r.bold = True
    r.font.color.rgb = rgb(AMBER)
    r.font.name = "Liberation Sans"
    p.add_run("   ")
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = rgb(GREEN)
    r.font.name = "Liberation Sans"
    return p


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(GREEN, GREEN, INK),
                title=TITLE, author="Norfolk and Suffolk Reducing Reoffending Board", margins=(2.4, 2.4, 2.4, 2.2))
    header_footer(d, "Norfolk and Suffolk Reducing Reoffending Board", "Strategy 2024–2027",
                  footer_fmt="{PAGE}", colour="555555", rule_colour=AMBER)
    para(d, "", space_after=40)
    cover_block(d, [("NORFOLK AND SUFFOLK REDUCING REOFFENDING BOARD", 10, True, "F6D9A8"),
                    ("Reducing Reoffending", 30, True, "FFFFFF"), ("Strategy 2024–2027", 24, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Fewer victims, safer communities, lives rebuilt", 11, False,
                                                "F6D9A8")], GREEN, height_cm=11.0)
    para(d, "", space_after=150)
    para(d, "A strategy of the Norfolk and Suffolk Criminal Justice Board", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Reoffending in Norfolk and Suffolk", "ctx", 0),
                 ("How we work", "how", 0), ("Sam's story: our five priorities", "pri", 0),
                 ("Delivery", "del", 0), ("Governance and measures", "gov", 0)], pages, leader=True, bold_top=False)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Most crime is committed by people who have offended before. Every time we help someone leave crime behind, "
        "we prevent future victims. That is why reducing reoffending matters to everyone, not only to the justice "
        "agencies.",
        "The Norfolk and Suffolk Reducing Reoffending Board brings together the Probation Service, both police "
        "forces, both Police and Crime Commissioners, the prisons, the county and district councils, health "
        "commissioners, the Department for Work and Pensions and voluntary sector partners.",
        "This strategy is told through the story of Sam. Sam is not a real person, but everything that happens to "
        "him has happened to people we work with. Each stage of his story shows one of our five priorities.",
        "We will publish a progress report every year."]:
        para(d, t)
    para(d, "Chair, Norfolk and Suffolk Reducing Reoffending Board", bold=True)
    heading(d, "Reoffending in Norfolk and Suffolk", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "Norfolk", "Suffolk"], ["Adults supervised by Probation", "3,900", "3,300"],
              ["Proven reoffending rate (adults)", "26%", "25%"],
              ["People released from prison each year", "1,600", "1,200"],
              ["Released with no settled accommodation", "14%", "12%"],
              ["In work six weeks after release", "19%", "21%"]], [9.0, 3.6, 3.6], head_fill=GREEN, band="EEF5F2",
          size=9.5)
    heading(d, "Key findings", 2)
    bullets(d, ["People released homeless are almost twice as likely to reoffend.",
                "Half of the IOM cohort use opiates or crack cocaine.",
                "Domestic abuse is a factor in a third of Probation cases.",
                "Employers are willing, but few know how to recruit people with convictions."])
    heading(d, "How we work", 1, page_break=True)
    para(d, "Our last strategy (2021–2024) was built on three themes: Homes; Health; and Jobs. We keep what worked "
            "and add a sharper focus on the people who cause most harm.")
    heading(d, "The resettlement pathways", 2)
    para(d, "Partners use the seven national reducing reoffending pathways to assess need:")
    bullets(d, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    heading(d, "Integrated Offender Management", 2)
    para(d, "IOM brings police, Probation and partners together to manage a small cohort of people who cause the most "
            "harm through neighbourhood crime. Each county has a fixed cohort and a flexible cohort agreed locally.")
    heading(d, "Sam's story: our five priorities", 1, page_break=True)
    para(d, "Follow Sam through his first four months after prison. At each stage, the box shows the priority the "
            "board has agreed to fix what goes wrong for people like him.")
    for step, story, pr in STORY:
        heading(d, step, 3)
        para(d, story)
        shaded_box(d, "OUR PRIORITY", pr)
    heading(d, "Delivery", 1, page_break=True)
    para(d, "Each priority is led by a task group of the board.")
    table(d, [["Task group", "Main actions 2024/25", "Lead"],
              ["Homes", "Housing advice before release; a move-on protocol with district councils", "District councils"],
              ["Treatment", "Link workers from prison to community treatment; naloxone on release", "Public health"],
              ["IOM", "One IOM team per county with shared premises and data", "Police and Probation"],
              ["Jobs", "Employer pledge; CSCS and forklift certificates in prison", "DWP and prisons"],
              ["Perpetrators", "Domestic abuse programmes; joint risk management with the police",
               "Probation"]], [3.2, 9.6, 3.4], head_fill=AMBER, band="FBF1E1", size=9)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The board meets quarterly and reports to the Norfolk and Suffolk Criminal Justice Board. The two Police "
            "and Crime Commissioners fund much of the work.")
    table(d, [["Measure", "Baseline", "Target 2027"], ["Settled accommodation on the day of release", "86%", "95%"],
              ["Continuity of treatment after release", "49%", "70%"], ["IOM cohort reoffending", "62%", "50%"],
              ["In work six weeks after release", "20%", "30%"],
              ["Perpetrators completing a programme", "110", "200"]], [9.0, 3.4, 3.8], head_fill=GREEN,
          band="EEF5F2", size=9.5)
    para(d, "Baselines are illustrative. Contact: reducingreoffending@norfolk-suffolk-cjb.example", italic=True,
         size=8.5)
    d.save(path)


def build(root):
    out = root / FILE
    src = work_file("norfolk_suffolk_reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    needles = {"fw": "Foreword Most crime", "ctx": "Reoffending in Norfolk and Suffolk The figures",
               "how": "How we work Our last strategy", "pri": "Sam's story: our five priorities Follow Sam",
               "del": "Delivery Each priority", "gov": "Governance and measures The board meets"}
    two_pass(run, out, needles)
    return out
