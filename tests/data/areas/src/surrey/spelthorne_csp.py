"""Spelthorne Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, on p6 under "Our priorities and who leads them": each priority is a bold
paragraph with a **right tab stop and a dot leader** running to the lead partner in grey ("Reducing
anti-social behaviour ... .......... Spelthorne Borough Council"), so the list looks like a contents page; no
numbers.  A thin rule above and below the list.  The short theme names in the "What each priority means"
paragraphs (p6, run-in "Neighbourhoods." ...), the action plan's themes (p7), the previous plan's
priorities and the borough's Corporate Plan themes (p5), the PCC's priorities quoted (p5) and the measures
(p8) are distractors.
"""
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from surrey.work import soffice_stable, work_file

FILE = "strategies/spelthorne_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Spelthorne Community Safety Partnership Plan 2024–2027"
PURPLE, GREEN, INK = "4A2A6B", "2F7D4F", "262626"

PRIORITIES = [
    ("Reducing anti-social behaviour and its impact on residents", "Spelthorne Borough Council",
     "Neighbourhoods", "Nuisance, intimidation and damage in Staines-upon-Thames, Ashford and Sunbury, with "
                       "support for repeat and vulnerable victims."),
    ("Tackling domestic abuse", "Spelthorne Borough Council",
     "Safe at home", "Earlier identification, support in the borough through the outreach service, and a "
                     "consistent response from every partner."),
    ("Preventing serious violence among young people", "Surrey Police",
     "Young people", "Youth work, mentoring and safe places for the young people most at risk of carrying a knife "
                     "or being hurt."),
    ("Stopping people being drawn into terrorism and extremism", "Surrey County Council",
     "Prevent", "Delivering the Prevent duty: training, referrals to Channel and work with schools, faith groups "
                "and the airport community."),
    ("Reducing drug and alcohol misuse and the harm it causes", "Surrey Public Health",
     "Substances", "More people in treatment, naloxone in the community and action on drug dealing in our "
                   "neighbourhoods."),
]

ACTIONS = [["Theme", "Actions 2024/25", "By"],
           ["Neighbourhoods", ["Monthly joint action group", "Review the Staines town centre PSPO"], "Mar 2025"],
           ["Safe at home", ["Domestic abuse champions in every partner", "Outreach clinic in Ashford"], "Dec 2024"],
           ["Young people", ["Detached youth work on Friday nights", "Knife crime workshops in secondary schools"],
            "Jul 2025"],
           ["Prevent", ["Prevent training for taxi drivers and airport staff", "Annual Prevent risk review"],
            "Mar 2025"],
           ["Substances", ["Naloxone in hostels", "Closure orders on drug dealing addresses"], "Mar 2025"]]


def rule(p, where="bottom", colour=PURPLE, sz="8"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement(f"w:{where}")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "6"), ("w:color", colour)):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(PURPLE, GREEN, INK), title=TITLE,
                author="Spelthorne Community Safety Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Spelthorne Community Safety Partnership", "Plan 2024–2027",
                  footer_fmt="Spelthorne CSP  ·  {PAGE}", colour="666666")
    para(d, "", space_after=40)
    cover_block(d, [("SPELTHORNE COMMUNITY SAFETY PARTNERSHIP", 10, True, "D9CCE8"), ("", 8, False, "FFFFFF"),
                    ("Community Safety", 32, True, "FFFFFF"), ("Partnership Plan", 32, True, "FFFFFF"),
                    ("2024 to 2027", 18, False, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Ashford · Laleham · Shepperton · Staines-upon-Thames · Stanwell · Sunbury-on-Thames", 9.5,
                     False, "D9CCE8")], PURPLE, height_cm=12)
    para(d, "", space_after=120)
    para(d, "Spelthorne Borough Council · Surrey Police · Surrey County Council · Surrey Fire and Rescue Service · "
            "Probation Service · NHS Surrey Heartlands · A2Dominion and other housing providers", italic=True,
         size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PURPLE, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Spelthorne in context", "ctx", 0), ("How this plan fits", "fit", 0),
                 ("Our priorities and who leads them", "pri", 0), ("Action plan 2024/25", "act", 0),
                 ("Governance and measures", "gov", 0)], pages)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Spelthorne sits on the Thames between London and the rest of Surrey, beside Heathrow Airport and the M25. "
        "It is a borough of busy town centres, riverside villages and reservoirs, and of communities that have "
        "changed quickly in recent years.",
        "The Community Safety Partnership brings together the agencies that have a legal duty to reduce crime and "
        "disorder in the borough. This plan sets out the five priorities we will work on together from 2024 to "
        "2027, who leads each one, and how we will know whether we are making a difference.",
        "The priorities were chosen from our strategic assessment, from a residents' survey and from the views of "
        "frontline staff. They are not the only things we do: each partner also has its own plans.",
    ]:
        para(d, t)
    para(d, "Chair, Spelthorne Community Safety Partnership", bold=True)
    heading(d, "Spelthorne in context", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9, colour="666666")
    table(d, [["Measure", "2023/24"], ["Residents", "103,000"], ["Crimes recorded", "7,100"],
              ["Anti-social behaviour incidents", "2,300"], ["Domestic abuse incidents and crimes", "1,450"],
              ["Knife crime offences involving under-25s", "33"], ["Prevent referrals", "19"],
              ["Adults in drug or alcohol treatment", "420"]], [10.5, 4], head_fill=PURPLE, band="EFEAF5")
    heading(d, "Key findings of the strategic assessment", 2)
    bullets(d, ["Anti-social behaviour is concentrated in Staines town centre and two estates in Stanwell.",
                "Domestic abuse is the largest single cause of violent crime in the borough.",
                "A small number of young people are involved in most youth violence.",
                "The borough's location brings particular Prevent and exploitation risks.",
                "Drug dealing from homes (cuckooing) worries residents on several estates."])
    heading(d, "How this plan fits", 1, page_break=True)
    para(d, "Our last plan, for 2021–2024, had four priorities: Safer town centres; Protecting vulnerable people; "
            "Tackling organised crime; and Community resilience. Much of that work continues in this plan.")
    para(d, "The plan supports the council's Corporate Plan, whose themes are Community, Affordable housing, "
            "Recovery, Environment and Services, and it works alongside the county-wide strategies for domestic "
            "abuse, serious violence and drugs.")
    para(d, "The Police and Crime Commissioner for Surrey's plan for 2025–2029 has five priorities, which we support:",
         space_after=3)
    for t in ["Preventing violence against women and girls", "Protecting people from harm",
              "Working with communities so that they feel safe",
              "Strengthening relationships between Surrey Police and residents", "Making Surrey's roads safer"]:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(t).font.size = Pt(9.5)
    heading(d, "Our statutory duties", 2)
    para(d, "The partnership meets the duties of the Crime and Disorder Act 1998, the Serious Violence Duty "
            "(Police, Crime, Sentencing and Courts Act 2022), the Domestic Abuse Act 2021 and the Prevent duty "
            "(Counter-Terrorism and Security Act 2015).")
    heading(d, "Our priorities and who leads them", 1, page_break=True)
    para(d, "For 2024–2027 the partnership has agreed five priorities. Each has a lead partner, shown on the right, "
            "who chairs its delivery group and reports to the board.")
    sec = d.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    top = d.add_paragraph()
    rule(top, "bottom", PURPLE, "12")
    top.paragraph_format.space_after = Pt(8)
    hdr = d.add_paragraph()
    hdr.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    r = hdr.add_run("Priority\tLead partner")
    r.font.size, r.font.color.rgb, r.bold = Pt(8.5), rgb("777777"), True
    for name, lead, _, _ in PRIORITIES:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(9)
        r1 = p.add_run(name)
        r1.bold, r1.font.size, r1.font.color.rgb = True, Pt(11), rgb(PURPLE)
        r2 = p.add_run("\t" + lead)
        r2.font.size, r2.font.color.rgb = Pt(9), rgb("666666")
    bot = d.add_paragraph()
    rule(bot, "top", PURPLE, "12")
    heading(d, "What each priority means", 2)
    for _, _, short, txt in PRIORITIES:
        p = d.add_paragraph()
        p.add_run(short + ". ").bold = True
        p.add_run(txt)
    heading(d, "Action plan 2024/25", 1, page_break=True)
    para(d, "The main actions for the first year, by theme. The delivery groups keep fuller action plans.")
    table(d, ACTIONS, [3.6, 9.4, 2.4], head_fill=GREEN, band="EDF5F0", bold_first_col=True)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets every quarter. It reports to the council's Overview and Scrutiny "
            "Committee and to the Police and Crime Commissioner, and links with the Surrey Domestic Abuse "
            "Partnership Board, the Serious Violence Duty partners and the Surrey Combating Drugs Partnership.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents", "2,300", "Down"],
              ["Repeat domestic abuse victims at MARAC", "29%", "Down"],
              ["Knife crime involving under-25s", "33", "Down"], ["Prevent referrals", "19", "Up (earlier help)"],
              ["Adults in treatment", "420", "Up"]], [9, 3, 3.4], head_fill=PURPLE, band="EFEAF5")
    para(d, "Baselines are illustrative. Contact: communitysafety@spelthorne.example", italic=True, size=8.5,
         colour="666666")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Spelthorne sits", "ctx": "Spelthorne in context The figures",
               "fit": "How this plan fits Our last", "pri": "Our priorities and who leads them For",
               "act": "Action plan 2024/25 The main", "gov": "Governance and measures The partnership"}
    src = work_file("spelthorne_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
