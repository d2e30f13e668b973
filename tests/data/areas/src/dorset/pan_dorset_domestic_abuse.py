"""Pan-Dorset Domestic Abuse and Sexual Violence Strategy 2024-2027: Word report (python-docx + LibreOffice,
Liberation Serif body, Liberation Sans headings).

Five priorities, stated once, as **the numbered Heading 2s of section 4, written as long sentences in running
prose** ("4.1 Recognising domestic abuse sooner, in every service that meets families" ...), most wrapping over
two lines, each followed by two paragraphs of prose with no bullets (all five on p6).  The section numbers are
labels.  The definition (p4), the national Tackling Domestic Abuse Plan's four pillars and the previous
strategy's priorities (p5), survivors' words (p5), the delivery groups (p7) and the outcome measures (p8) are
distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from dorset.work import soffice_stable, work_file

FILE = "strategies/pan_dorset_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Pan-Dorset Domestic Abuse and Sexual Violence Strategy 2024–2027"
PURPLE, TEAL, INK = "5B2A6E", "2A7F7F", "2B2B2B"

PRIORITIES = [
    ("Recognising domestic abuse sooner, in every service that meets families",
     ["Too many survivors told us they had contact with five or more services before anyone asked about abuse. "
      "GPs, midwives, health visitors, schools, housing officers and the police all meet families at moments when "
      "abuse can be spotted.",
      "We will train staff in every partner agency to ask, to recognise the signs, including coercive and "
      "controlling behaviour, and to refer quickly. Independent advisers will be based in both acute hospitals and "
      "in primary care networks."]),
    ("Making sure every survivor can find safe accommodation and specialist support when they need it",
     ["Under Part 4 of the Domestic Abuse Act 2021 the two councils must provide support in safe accommodation. "
      "Refuge spaces in Dorset are full for most of the year, and survivors with complex needs, older survivors and "
      "men find it hardest to get a place.",
      "We will add dispersed accommodation, fund specialist workers for survivors with multiple needs, and make "
      "sure that support follows the survivor when they move on."]),
    ("Holding people who cause harm to account and helping them to change",
     ["Most of the work of the past has been with survivors after the harm is done. Unless the behaviour of the "
      "people who cause harm changes, new victims follow.",
      "We will pursue perpetrators through the courts and protection orders, extend accredited behaviour change "
      "programmes across the county, and manage the highest-risk perpetrators through MAPPA and multi-agency "
      "tasking."]),
    ("Supporting children and young people who live with domestic abuse to recover from its harm",
     ["Children are victims of domestic abuse in their own right. Operation Encompass already tells schools when "
      "police attend a child's home, but there is too little therapeutic support after that.",
      "We will commission recovery programmes for children and their non-abusing parent, and support for young "
      "people harmed in their own relationships."]),
    ("Improving justice for victims of rape and sexual violence",
     ["Few reports of rape reach court, and many victims withdraw because the process takes too long. The sexual "
      "assault referral centre and independent sexual violence advisers make a difference where they are used.",
      "We will work with the police and the Crown Prosecution Service to speed up investigations, keep victims "
      "informed, and give every victim the offer of an independent adviser."]),
]


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(PURPLE, PURPLE, TEAL),
                title=TITLE, author="Pan-Dorset Domestic Abuse and Sexual Violence Strategic Board",
                margins=(2.4, 2.4, 2.4, 2.2))
    header_footer(d, "Pan-Dorset Domestic Abuse and Sexual Violence Strategic Board", "Strategy 2024–2027",
                  footer_fmt="{PAGE}", colour="6A5A72", rule_colour=PURPLE)
    para(d, "", space_after=30)
    cover_block(d, [("PAN-DORSET DOMESTIC ABUSE AND SEXUAL VIOLENCE STRATEGIC BOARD", 10, True, "E9DDEF"),
                    ("", 10, False, "FFFFFF"), ("Domestic Abuse and", 28, True, "FFFFFF"),
                    ("Sexual Violence Strategy", 28, True, "FFFFFF"), ("2024–2027", 18, False, "E9DDEF"),
                    ("", 10, False, "FFFFFF"),
                    ("Bournemouth, Christchurch and Poole Council and Dorset Council", 10, False, "FFFFFF")],
                PURPLE, height_cm=12)
    para(d, "", space_after=120)
    para(d, "If you are in danger call 999. For support, contact the Dorset domestic abuse helpline "
            "(0800 000 0000, illustrative).", italic=True, size=9.5, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PURPLE, space_after=14)
    contents(d, [("1  Foreword", "fw", 0), ("2  Domestic abuse and sexual violence in Dorset", "ctx", 0),
                 ("3  The framework we work in", "frm", 0), ("4  Our priorities", "pri", 0),
                 ("5  Delivery and governance", "del", 0), ("6  How we will know we are making a difference",
                                                             "meas", 0)], pages, leader=True)
    heading(d, "1  Foreword", 1, page_break=True)
    for t in [
        "Domestic abuse and sexual violence happen in every community in Dorset, in towns and villages, to people "
        "of every age and background. Most of it is never reported. All of it is preventable.",
        "This strategy belongs to the Pan-Dorset Domestic Abuse and Sexual Violence Strategic Board, which brings "
        "together both councils, Dorset Police, NHS Dorset, the Probation Service, the Office of the Police and "
        "Crime Commissioner and specialist services. It was written with survivors, whose words appear throughout.",
        "It sets five priorities for 2024 to 2027, and it is also our safe accommodation strategy under the "
        "Domestic Abuse Act 2021."]:
        para(d, t)
    para(d, "Chair, Pan-Dorset Domestic Abuse and Sexual Violence Strategic Board", bold=True)
    heading(d, "2  Domestic abuse and sexual violence in Dorset", 1, page_break=True)
    para(d, "Domestic abuse is abusive behaviour between people aged 16 or over who are personally connected. It "
            "includes physical and sexual abuse, violent or threatening behaviour, controlling or coercive behaviour, "
            "economic abuse and psychological or emotional abuse (Domestic Abuse Act 2021, section 1).")
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9.5)
    table(d, [["Indicator", "2023/24"], ["Domestic abuse incidents and crimes recorded", "14,200"],
              ["Cases heard at MARAC", "1,480"], ["Repeat MARAC cases", "29%"],
              ["Households supported in safe accommodation", "410"], ["Rapes recorded", "690"],
              ["Children in households referred to MARAC", "1,950"]], [11.6, 4.6], head_fill=PURPLE,
          band="F3EEF5", size=9.5)
    heading(d, "3  The framework we work in", 1, page_break=True)
    para(d, "The national Tackling Domestic Abuse Plan (2022) is built on four pillars: prioritising prevention; "
            "supporting victims; pursuing perpetrators; and a stronger system. The national Tackling Violence "
            "Against Women and Girls Strategy (2021) sets the same direction for sexual violence. Our priorities in "
            "section 4 are how we apply them in Dorset.")
    para(d, "Our previous strategy (2021–2024) had three priorities: Prevention and early intervention; Provision "
            "of services; and Partnership working. The new strategy keeps that spirit but is more specific about "
            "what will change.")
    para(d, "What survivors told us", bold=True, colour=TEAL, space_after=2)
    for q in ["\u201cEveryone saw the bruises. Nobody asked.\u201d",
              "\u201cThe refuge saved my life, but I waited eleven weeks for a place.\u201d",
              "\u201cHe did a course in prison and came out just the same.\u201d"]:
        para(d, q, italic=True)
    heading(d, "4  Our priorities", 1, page_break=True)
    para(d, "The board has agreed five priorities for 2024 to 2027. Each is set out below as a section heading, "
            "followed by why it matters and what we will do.")
    for i, (name, paras) in enumerate(PRIORITIES, 1):
        heading(d, f"4.{i}  {name}", 2)
        for t in paras:
            para(d, t)
    heading(d, "5  Delivery and governance", 1, page_break=True)
    para(d, "Three delivery groups report to the board: the Safe Accommodation Group, the Perpetrator Group and the "
            "Children and Young People Group. Each keeps an action plan and reports every quarter. The board "
            "reports to the two community safety partnerships, the Health and Wellbeing Boards and the Police and "
            "Crime Commissioner.")
    heading(d, "6  How we will know we are making a difference", 1, page_break=True)
    table(d, [["Outcome measure", "Baseline", "Direction"], ["Referrals from health services", "12%", "Up"],
              ["Survivors waiting more than four weeks for a refuge place", "38%", "Down"],
              ["Perpetrators starting a behaviour change programme", "160", "Up"],
              ["Children starting a recovery programme", "90", "Up"],
              ["Rape victims supported by an ISVA", "64%", "Up"]], [10.0, 2.8, 3.4], head_fill=PURPLE,
          band="F3EEF5", size=9.5)
    para(d, "Baselines are illustrative. Contact: dasv.board@dorset-partnership.example", italic=True, size=9,
         colour="666666")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1 Foreword Domestic abuse and", "ctx": "2 Domestic abuse and sexual violence in Dorset",
               "frm": "3 The framework we work in", "pri": "4 Our priorities The board",
               "del": "5 Delivery and governance", "meas": "6 How we will know"}
    src = work_file("pan_dorset_domestic_abuse.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=0)
    two_pass(run, out, needles)
    return out
