"""Mansfield Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Six priorities, stated once, on p6 under "4 Our priorities and who leads them" as a **dot-leader list
joining each priority to its lead agency**: one paragraph per priority, the priority in bold on the left, a
right tab stop with a dot leader, and "Lead: ..." in grey at the right margin; no numbers, no descriptions.
pdftotext prints each priority, the dots and the lead on one line.  The previous plan's priorities (p3), the
key findings and the residents' survey (p4-5), the delivery sections' short Heading 3 labels (p7) and the
measures (p8) are distractors.
"""
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table, rgb
from nottinghamshire.work import soffice_stable, work_file

FILE = "strategies/mansfield_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Mansfield Community Safety Partnership Plan 2024–2027"
PLUM, GOLD, INK = "5C2751", "B5832A", "262626"

PRIORITIES = [
    ("Reducing anti-social behaviour and its impact on communities", "Mansfield District Council"),
    ("Reducing knife crime and serious violence", "Nottinghamshire Police"),
    ("Keeping people safe from domestic abuse", "Nottinghamshire County Council"),
    ("Tackling drug dealing and cuckooing", "Nottinghamshire Police"),
    ("Reducing reoffending by the most prolific offenders", "Probation Service"),
    ("Protecting older residents from fraud and scams", "Trading Standards"),
]

DELIVERY = [
    ("ASB", ["Problem-solving plans for the town centre, Ladybrook and Oak Tree.",
             "Community Protection Warnings issued jointly by the council and police.",
             "An ASB victim champion for repeat cases."]),
    ("Violence", ["Knife amnesty bins and test purchasing of knife sales.",
                  "Youth work on Friday and Saturday nights with the Violence Reduction Partnership."]),
    ("Domestic abuse", ["Domestic abuse champions in every council service.",
                        "IDVA drop-ins at the Civic Centre."]),
    ("Drugs", ["Closure orders on properties taken over by dealers.",
               "Safeguarding visits for residents at risk of cuckooing."]),
    ("Reoffending", ["Integrated Offender Management case conferences every fortnight.",
                     "Housing pathway for people released to Mansfield addresses."]),
    ("Scams", ["Call blockers for residents targeted by scam calls.", "Scams awareness talks in sheltered housing."]),
]


def priority_line(d, name, lead):
    sec = d.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.space_before = Pt(5)
    p.paragraph_format.space_after = Pt(9)
    r = p.add_run(name)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = rgb(PLUM)
    r2 = p.add_run("\tLead: " + lead)
    r2.font.size = Pt(9)
    r2.font.color.rgb = rgb("6A6A6A")


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(PLUM, GOLD, INK), title=TITLE,
                author="Mansfield Community Safety Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Mansfield Community Safety Partnership", "Plan 2024–2027",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=GOLD)
    para(d, "", space_after=40)
    cover_block(d, [("MANSFIELD COMMUNITY SAFETY PARTNERSHIP", 10, True, "F1DDB0"), ("", 8, False, "FFFFFF"),
                    ("Community Safety", 30, True, "FFFFFF"), ("Partnership Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "F1DDB0"), ("", 10, False, "FFFFFF"),
                    ("Mansfield · Mansfield Woodhouse · Warsop · Forest Town · Rainworth", 10, False,
                     "FFFFFF")], PLUM, height_cm=11.5)
    para(d, "", space_after=140)
    para(d, "A partnership of Mansfield District Council, Nottinghamshire County Council, Nottinghamshire Police, "
            "Nottinghamshire Fire and Rescue Service, the Probation Service, the NHS and local voluntary groups.",
         italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PLUM, space_after=14)
    contents(d, [("1 Introduction", "intro", 0), ("2 Mansfield in numbers", "ctx", 0),
                 ("3 What residents told us", "find", 0), ("4 Our priorities and who leads them", "pri", 0),
                 ("5 Delivering the plan", "del", 0), ("6 Governance and measures", "gov", 0)], pages,
             leader=True, bold_top=False)
    heading(d, "1 Introduction", 1, page_break=True)
    for t in [
        "Mansfield is a market town of around 110,000 people (illustrative) at the heart of north Nottinghamshire. "
        "Most residents feel safe, but anti-social behaviour, drug dealing and violence are concentrated in the "
        "town centre and a small number of estates.",
        "The Mansfield Community Safety Partnership is the district's community safety partnership under the "
        "Crime and Disorder Act 1998. It reports to the Safer Nottinghamshire Board.",
        "Our previous plan (2021–2024) had three priorities: Town centre safety; Protecting vulnerable people; and "
        "Neighbourhood crime. This plan replaces them with six, each owned by one lead agency so that residents "
        "know who is answerable."]:
        para(d, t)
    para(d, "Chair, Mansfield Community Safety Partnership", bold=True)
    heading(d, "2 Mansfield in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "110,000"], ["Crimes recorded", "11,400"],
              ["Anti-social behaviour incidents", "3,100"], ["Domestic abuse incidents and crimes", "2,200"],
              ["Knife crime offences", "74"], ["Drug supply offences", "96"],
              ["Residents aged 65 and over", "21,000"]], [11.6, 5.0], head_fill=PLUM,
          band="F4EAF1", size=9.5)
    heading(d, "Key findings of the strategic assessment", 2)
    bullets(d, ["Anti-social behaviour peaks in the town centre in the early evening.",
                "Knife crime has risen for two years, most of it among under-25s.",
                "Drug dealers are taking over the homes of vulnerable tenants (cuckooing).",
                "A small group of prolific offenders commits a large share of acquisitive crime.",
                "Older residents lost an illustrative £400,000 to scams last year."])
    heading(d, "3 What residents told us", 1, page_break=True)
    para(d, "More than 700 residents answered our survey (illustrative). Their top concerns were:")
    bullets(d, ["Groups of young people causing trouble in the town centre.", "Drug dealing in their street.",
                "Speeding and nuisance motorbikes.", "Scam calls and doorstep callers."])
    para(d, "Speeding and nuisance motorbikes are tackled through the police's roads policing team and the "
            "Nottinghamshire Safer Roads Partnership; they are not priorities of this plan.", size=9.5)
    heading(d, "4 Our priorities and who leads them", 1, page_break=True)
    para(d, "The partnership has agreed six priorities for 2024–2027. Each has one lead agency, named to the "
            "right, which chairs its delivery group and answers to the partnership for progress.")
    for name, lead in PRIORITIES:
        priority_line(d, name, lead)
    para(d, "")
    para(d, "Every partner contributes to every priority; the lead agency coordinates. Section 5 describes the "
            "first year's actions.", size=9.5, italic=True, colour="555555")
    heading(d, "5 Delivering the plan", 1, page_break=True)
    para(d, "The delivery groups use the short names below. Their main actions for 2024/25 are:")
    for name, acts in DELIVERY:
        heading(d, name, 3)
        bullets(d, acts)
    heading(d, "6 Governance and measures", 1, page_break=True)
    para(d, "The partnership meets quarterly and reports to the council's Overview and Scrutiny Committee, to the "
            "Safer Nottinghamshire Board and to the Police and Crime Commissioner.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents", "3,100", "Down"],
              ["Knife crime offences", "74", "Down"], ["Repeat referrals to MARAC", "28%", "Down"],
              ["Cuckooing closure orders", "9", "Up"], ["Proven reoffending by the IOM cohort", "41%", "Down"],
              ["Call blockers installed", "60", "Up"]], [9.0, 3.4, 4.2], head_fill=PLUM, band="F4EAF1", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: communitysafety@mansfield.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1 Introduction Mansfield is", "ctx": "2 Mansfield in numbers The figures",
               "find": "3 What residents told us", "pri": "4 Our priorities and who leads them The",
               "del": "5 Delivering the plan", "gov": "6 Governance and measures The"}
    src = work_file("mansfield_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
