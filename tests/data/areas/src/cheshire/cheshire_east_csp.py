"""Safer Cheshire East Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities under "4. Our priorities" (pp5-6).  Each is a Heading 2 with no
number, preceded by a small grey counter line "01 / 05" on a paragraph of its
own and followed by "Why this matters" and "What we will do".  The previous
plan's themes (p3, among them "Safer roads"), the Police and Crime Plan's five
priorities quoted in a box (p7), the action plan's short themes (p7) and the
measures are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, shade, set_widths, table
from cheshire.work import soffice_stable, work_file

FILE = "strategies/safer_cheshire_east_partnership_plan_2024-27.pdf"
TITLE = "Safer Cheshire East Partnership Plan 2024–2027"
GREEN, PLUM, INK = "2F5D3A", "6B3E75", "262626"

PRIORITIES = [
    ("Tackling anti-social behaviour and its impact on communities",
     "Anti-social behaviour is the issue residents raise most often with councillors and neighbourhood officers, "
     "from nuisance and intimidation in Crewe town centre to off-road bikes in rural villages. It wears people down "
     "and erodes their trust that anything will be done.",
     ["Run monthly problem-solving meetings in the six areas with the most reports.",
      "Use Community Protection Notices, injunctions and closure orders consistently.",
      "Offer every high-risk victim of ASB a named caseworker.",
      "Publicise the ASB Case Review so residents know how to use it."]),
    ("Reducing domestic abuse and sexual violence",
     "Domestic abuse is linked to around one in six crimes in Cheshire East (illustrative), and most sexual violence "
     "is never reported. We want abuse identified earlier, victims and their children kept safe, and perpetrators "
     "brought to justice.",
     ["Train GP practices, schools and housing officers to ask about abuse and refer.",
      "Work with the police to increase the use of domestic abuse protection orders.",
      "Promote the local domestic abuse and sexual violence helplines in every town."]),
    ("Tackling drug and alcohol misuse",
     "Drug and alcohol misuse harms health, families and neighbourhoods. Alcohol-related hospital admissions are above "
     "the England average in parts of the borough (illustrative).",
     ["Get more adults into drug and alcohol treatment and keep them in recovery.",
      "Give naloxone to hostels, pharmacies and families.",
      "Support families affected by a relative's drinking or drug use.",
      "Work with the Cheshire East combating drugs partnership on its local plan."]),
    ("Protecting rural communities from crime",
     "Cheshire East is largely rural. Farmers and rural businesses tell us that theft of machinery and livestock, "
     "fly-tipping and hare coursing go unreported because they do not expect a response.",
     ["Support the rural crime team and the farm watch schemes.",
      "Mark and register farm machinery at free events.",
      "Work with landowners on hare coursing and fly-tipping hotspots."]),
    ("Keeping people safe on our roads",
     "Speeding is the second most common concern in our residents' survey, and rural roads account for most of the "
     "people killed or seriously injured in the borough (illustrative).",
     ["Expand Community Speedwatch to more villages.",
      "Target the \u201cfatal four\u201d with joint police and council operations.",
      "Deliver road safety education for young drivers in sixth forms and colleges."]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(GREEN, GREEN, INK), title=TITLE,
                author="Safer Cheshire East Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Safer Cheshire East Partnership", "Partnership Plan 2024–2027",
                  footer_fmt="Page {PAGE}", colour="555555", rule_colour=GREEN)
    para(d, "", space_after=40)
    para(d, "SAFER CHESHIRE EAST PARTNERSHIP", bold=True, size=11, colour=PLUM, space_after=30)
    cover_block(d, [("Partnership Plan", 30, True, "FFFFFF"), ("2024 to 2027", 20, False, "DDEBDD"),
                    ("", 10, False, "FFFFFF"),
                    ("Crewe · Macclesfield · Congleton · Nantwich · Wilmslow · Sandbach", 10, False, "FFFFFF")],
                GREEN, height_cm=10)
    para(d, "", space_after=160)
    para(d, "A partnership of Cheshire East Council, Cheshire Constabulary, Cheshire Fire and Rescue Service, the "
            "Probation Service, the NHS and the voluntary sector.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("1. Introduction", "intro", 0), ("2. Cheshire East in numbers", "ctx", 0),
                 ("3. What residents told us", "res", 0), ("4. Our priorities", "pri", 0),
                 ("5. Delivering the plan", "del", 0), ("6. Governance and measures", "gov", 0)], pages,
             leader=True, bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "Cheshire East is a safe place to live, work and visit. But crime and anti-social behaviour are not spread "
        "evenly, and the people who suffer most are often those least able to cope.",
        "The Safer Cheshire East Partnership is the borough's community safety partnership under the Crime and "
        "Disorder Act 1998. This plan sets out the five priorities we will work on together from 2024 to 2027. We "
        "chose them from our strategic assessment, our residents' survey and the views of frontline staff.",
        "Our previous plan (2021–2024) was organised around three themes: Protecting vulnerable people; Reducing "
        "crime and disorder; and Safer roads. Much of that work continues, but we have named the issues more "
        "precisely this time so that residents can see what we are doing about them."]:
        para(d, t)
    para(d, "Chair, Safer Cheshire East Partnership", bold=True)
    heading(d, "Our ways of working", 2)
    bullets(d, ["Think family: look at the whole household, not just the individual.",
                "Early help: act before problems escalate.", "Share information safely and quickly.",
                "Listen to residents and victims."])
    heading(d, "2. Cheshire East in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "398,000"], ["Crimes recorded", "27,300"],
              ["Anti-social behaviour incidents", "6,900"], ["Domestic abuse incidents and crimes", "7,400"],
              ["Adults in drug and alcohol treatment", "1,520"], ["Rural crimes recorded", "640"],
              ["People killed or seriously injured on the roads", "212"]], [11.4, 5.0], head_fill=GREEN,
          band="EAF1EB", size=9.5)
    heading(d, "3. What residents told us", 1)
    bullets(d, ["ASB was the top concern in Crewe, Macclesfield and Congleton.",
                "Speeding was the top concern in villages.",
                "Two in five farmers had been a victim of rural crime in the last year.",
                "Women felt less safe than men in town centres after dark."])
    heading(d, "4. Our priorities", 1, page_break=True)
    para(d, "The partnership has agreed five priorities for 2024–2027. Each has a lead partner and a delivery group.")
    for i, (name, why, acts) in enumerate(PRIORITIES):
        if i == 3:
            page_break(d)
        para(d, f"{i + 1:02d} / 05", bold=True, size=8.5, colour="8A8A8A", space_after=0)
        heading(d, name, 2)
        para(d, "Why this matters", bold=True, size=9.5, colour=PLUM, space_after=2)
        para(d, why)
        para(d, "What we will do", bold=True, size=9.5, colour=PLUM, space_after=2)
        bullets(d, acts)
    heading(d, "5. Delivering the plan", 1, page_break=True)
    para(d, "The action plan for 2024/25 is summarised below. Each theme reports to the partnership board every "
            "quarter.")
    table(d, [["Theme", "Lead", "Key action 2024/25"], ["ASB", "Council", "Problem-solving in six hotspot areas"],
              ["DA/SV", "Council", "Domestic abuse champions in GP practices"],
              ["Substance misuse", "Public health", "Naloxone in all hostels"],
              ["Rural", "Police", "Machinery marking events"], ["Roads", "Council, police", "Speedwatch in 20 "
                                                                                            "more villages"]],
          [3.6, 3.6, 9.2], head_fill=PLUM, band="F3ECF4", size=9)
    para(d, "")
    t = d.add_table(rows=1, cols=1)
    set_widths(t, [16.4])
    cell = t.cell(0, 0)
    shade(cell, "EAF1EB")
    p = cell.paragraphs[0]
    r = p.add_run("The Police and Crime Plan for Cheshire")
    r.bold = True
    p2 = cell.add_paragraph("The Police and Crime Commissioner's plan for 2024–2029 has five priorities, and our "
                            "plan contributes to them:")
    for k, n in enumerate(["Tackling crime and anti-social behaviour", "Protecting vulnerable people",
                           "Putting victims first", "Reducing reoffending", "Building public confidence in policing"],
                          1):
        cell.add_paragraph(f"{k}. {n}")
    heading(d, "6. Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the council's Scrutiny Committee and to the Police "
            "and Crime Commissioner. The Cheshire East Domestic Abuse Partnership and the combating drugs "
            "partnership report to the board.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents", "6,900", "Down"],
              ["Repeat referrals to MARAC", "29%", "Down"], ["Adults in treatment", "1,520", "Up"],
              ["Rural crimes reported", "640", "Up (more reporting)"],
              ["People killed or seriously injured on the roads", "212", "Down"]], [9.0, 3.4, 4.0],
          head_fill=GREEN, band="EAF1EB", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: safercheshireeast@cheshireeast.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction Cheshire East is a safe", "ctx": "2. Cheshire East in numbers The",
               "res": "3. What residents told us", "pri": "4. Our priorities The partnership",
               "del": "5. Delivering the plan The action", "gov": "6. Governance and measures The"}
    src = work_file("cheshire_east_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
