"""East Staffordshire Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice,
Liberation Sans).

Five priorities, stated once, on p6 under "4. Our priorities and who leads them" as a **dot-leader list**:
each priority in bold on the left, a right-aligned tab with a dotted leader to the lead organisation in grey
(like a contents line, but on the priorities page).  No numbers.  The short labels of "What each priority
means" below the list ("ASB", "Rural", "Domestic abuse", "Substances", "Scams"), the previous plan's
priorities and the Corporate Plan themes (p5), the key findings (p4) and the measures (p8) are distractors.
"""
from common import two_pass
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from staffordshire.work import soffice_stable, work_file

FILE = "strategies/east_staffordshire_community_safety_partnership_plan_2024-27.pdf"
TITLE = "East Staffordshire Community Safety Partnership Plan 2024–2027"
NAVY, RED, INK = "23395B", "C0392B", "222222"

PRIORITIES = [
    ("Reducing anti-social behaviour and criminal damage", "Borough council", "ASB",
     "Burton town centre, Uttoxeter and the parks: joint patrols, the community trigger and quick repair of damage."),
    ("Tackling rural and heritage crime in the Needwood Forest villages", "Staffordshire Police", "Rural",
     "Farm watch, theft of machinery and fuel, hare coursing and damage to listed buildings and churches."),
    ("Tackling domestic abuse and supporting victims and their families", "Domestic Abuse Forum", "Domestic abuse",
     "Earlier identification in GP surgeries, a local IDVA, and support for children who live with abuse."),
    ("Reducing the harm caused by drugs and alcohol in Burton", "Public health", "Substances",
     "Outreach with people who drink on the street, naloxone, and more people into treatment."),
    ("Protecting older residents from fraud and scams", "Trading Standards", "Scams",
     "Call blockers, scam awareness talks and a rapid response to doorstep crime."),
]


def lead_line(d, name, lead, width):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    pf.space_after = Pt(11)
    r = p.add_run(name)
    r.bold, r.font.size = True, Pt(11)
    r.font.color.rgb = rgb(NAVY)
    r2 = p.add_run("\t" + lead)
    r2.font.size = Pt(9.5)
    r2.font.color.rgb = rgb("666666")


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(NAVY, RED, INK), title=TITLE,
                author="East Staffordshire Community Safety Partnership", margins=(2.3, 2.0, 2.4, 2.0))
    header_footer(d, "East Staffordshire Community Safety Partnership", "Plan 2024–2027",
                  footer_fmt="{PAGE}", colour="555555", rule_colour=RED)
    width = d.sections[0].page_width - d.sections[0].left_margin - d.sections[0].right_margin
    para(d, "", space_after=40)
    cover_block(d, [("EAST STAFFORDSHIRE COMMUNITY SAFETY PARTNERSHIP", 10, True, "F5C6C0"),
                    ("", 12, False, "FFFFFF"), ("Community Safety", 30, True, "FFFFFF"),
                    ("Partnership Plan", 30, True, "FFFFFF"), ("2024–2027", 18, False, "FFFFFF")], NAVY,
                height_cm=12)
    para(d, "", space_after=160)
    para(d, "Burton upon Trent · Uttoxeter · the villages of East Staffordshire", italic=True, size=10,
         colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    contents(d, [("1. Introduction", "intro", 0), ("2. East Staffordshire in context", "ctx", 0),
                 ("3. Looking back", "back", 0), ("4. Our priorities and who leads them", "pri", 0),
                 ("5. Delivery", "del", 0), ("6. Governance and measures", "gov", 0)], pages, leader=True,
             bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "East Staffordshire is a borough of about 125,000 people (illustrative): the brewing town of Burton upon "
        "Trent, the market town of Uttoxeter and more than forty villages and hamlets.",
        "The Community Safety Partnership is made up of East Staffordshire Borough Council, Staffordshire Police, "
        "Staffordshire Fire and Rescue Service, Staffordshire County Council, the Probation Service, the Integrated "
        "Care Board and voluntary organisations.",
        "Every three years we assess crime and disorder in the borough, ask residents what matters to them and "
        "agree our priorities. This plan sets out those priorities for 2024 to 2027 and who leads each one.",
    ]:
        para(d, t)
    para(d, "Chair, East Staffordshire Community Safety Partnership", bold=True)
    heading(d, "2. East Staffordshire in context", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9,
         colour="555555")
    table(d, [["Indicator", "2023/24", "Trend"], ["All recorded crime", "9,600", "Stable"],
              ["Anti-social behaviour incidents", "3,100", "Down 5%"], ["Criminal damage", "1,040", "Up 3%"],
              ["Domestic abuse incidents and crimes", "2,350", "Up 6%"], ["Rural crime reports", "310", "Up 9%"],
              ["Fraud reported by over-65s", "290", "Up 12%"]], [8.5, 4, 4], head_fill=NAVY, band="EEF1F6")
    heading(d, "Key findings", 2)
    bullets(d, ["Burton town centre has the highest rate of ASB and criminal damage in the borough.",
                "Thefts from farms and damage to heritage sites are rising in the Needwood Forest area.",
                "Residents over 65 lose the most money to fraud.",
                "Alcohol-related hospital admissions in Burton are above the county average."])
    heading(d, "3. Looking back", 1, page_break=True)
    para(d, "Our 2021–2024 plan had three priorities: Anti-social behaviour; Vulnerable people; and Rural crime. "
            "The partnership met most of its targets; the review is published separately.")
    heading(d, "The Corporate Plan", 2)
    para(d, "The borough council's Corporate Plan has three themes, which this plan supports: Standing up for "
            "East Staffordshire; Helping communities thrive; Protecting and enhancing the environment.")
    heading(d, "How we work", 2)
    bullets(d, ["Problem-solving: we tackle causes, not symptoms.", "Early help: we act before harm escalates.",
                "One front door: residents should not have to tell their story twice."])
    heading(d, "4. Our priorities and who leads them", 1, page_break=True)
    para(d, "The partnership has agreed five priorities for 2024–2027. Each has a lead organisation, shown on the "
            "right, which chairs the task group for that priority.", space_after=14)
    for name, lead, _, _ in PRIORITIES:
        lead_line(d, name, lead, width)
    heading(d, "What each priority means", 2)
    for _, _, short, txt in PRIORITIES:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(short + ". ")
        r.bold = True
        r.font.color.rgb = rgb(RED)
        p.add_run(txt)
    heading(d, "5. Delivery", 1, page_break=True)
    para(d, "Each task group keeps an action plan. The main actions for 2024/25 are:")
    table(d, [["Task group", "Action", "By"],
              ["ASB", "Review the Burton town centre PSPO", "Sept 2024"],
              ["Rural", "Extend Farm Watch to every parish", "March 2025"],
              ["Domestic abuse", "Train a domestic abuse champion in every GP surgery", "March 2025"],
              ["Substances", "Street drinking outreach two evenings a week", "June 2024"],
              ["Scams", "Install 150 call blockers for older residents", "March 2025"]], [4, 9, 3.5],
          head_fill=RED, band="FBEDEB")
    heading(d, "6. Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the council's scrutiny committee and to the "
            "Staffordshire Commissioner, whose community safety fund pays for part of this plan.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents", "3,100", "Down"],
              ["Criminal damage offences", "1,040", "Down"], ["Rural crime reports", "310", "Up (better reporting)"],
              ["Domestic abuse repeat victims", "27%", "Down"], ["Call blockers installed", "40", "Up"]],
          [8.5, 4, 4], head_fill=NAVY, band="EEF1F6")
    para(d, "Baselines are illustrative. Contact: csp@eaststaffs.example", italic=True, size=9, colour="555555")
    d.save(str(path))


def build(root):
    out = root / FILE
    src = work_file("east_staffs_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    needles = {"intro": "1. Introduction East Staffordshire is", "ctx": "2. East Staffordshire in context The",
               "back": "3. Looking back Our", "pri": "4. Our priorities and who leads them The",
               "del": "5. Delivery Each", "gov": "6. Governance and measures The"}
    two_pass(run, out, needles)
    return out
