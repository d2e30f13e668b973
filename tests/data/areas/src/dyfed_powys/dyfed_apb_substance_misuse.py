"""Dyfed Area Planning Board Substance Misuse Strategy 2023-2026: Word report (python-docx + LibreOffice).

Five priorities, stated once, as numbered Heading 2 headings ("1. Reducing
drug-related deaths") under "5. Our priorities" (pp6-7), each followed by
"Why this matters" and "Our commitments".  Distractors: the four aims of the
Welsh substance misuse strategy quoted as a numbered list (p5, "Preventing
harm" ... "Tackling availability ..."), the previous strategy's priorities
(p5), the harm reduction principles, the delivery table's short names (p8) and
the performance measures (the Welsh national KPIs, summarised).
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from dyfed_powys.work import soffice_stable, work_file

FILE = "strategies/dyfed_apb_substance_misuse_strategy_2023-26.pdf"
TITLE = "Dyfed Area Planning Board Substance Misuse Strategy 2023–2026"
BLUE, AMBER, INK = "1B4F72", "B9770E", "2E2E2E"

PRIORITIES = [
    ("Reducing drug-related deaths",
     "Drug poisoning deaths in Carmarthenshire, Ceredigion and Pembrokeshire have risen in four of the last five "
     "years. Many of those who died had been in treatment, or had recently left prison.",
     ["Take-home naloxone for every person in treatment and every person leaving prison.",
      "A fatal and non-fatal overdose review panel that learns from every case.",
      "Assertive outreach for people who drop out of treatment."]),
    ("Improving access to treatment and recovery services",
     "Fewer than half of the people who need treatment are in it, and waiting times are longest in the most rural "
     "areas.",
     ["Same-day prescribing in each county.", "Outreach clinics in market towns and a mobile service.",
      "Recovery communities and peer mentors in every county."]),
    ("Reducing alcohol-related harm",
     "Alcohol causes more harm in Dyfed than all illegal drugs combined, and hospital admissions for alcohol "
     "are rising among people over 50.",
     ["Alcohol liaison nurses in Glangwili, Bronglais and Withybush hospitals.",
      "Identification and brief advice in primary care.", "Support for minimum unit pricing enforcement."]),
    ("Supporting people with co-occurring substance misuse and mental health problems",
     "People with both problems too often fall between services, each of which says the other must go first.",
     ["A joint protocol between the treatment services and community mental health teams.",
      "Dual-diagnosis workers in each county.", "Shared care plans."]),
    ("Preventing substance misuse among children and young people",
     "Young people in Dyfed start drinking and using cannabis earlier than the Welsh average, and vaping is rising.",
     ["Substance misuse education through the Curriculum for Wales.", "Early help for young people who are "
      "experimenting.", "Support for children affected by a parent's drinking or drug use."]),
]

NATIONAL = ["Preventing harm", "Supporting substance misusers to improve their health and maintain recovery",
            "Supporting and protecting families",
            "Tackling availability and protecting individuals and communities via enforcement activity"]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(BLUE, AMBER, INK), title=TITLE,
                author="Dyfed Area Planning Board for Substance Misuse", margins=(2.5, 2.5, 2.5, 2.3))
    header_footer(d, "Dyfed Area Planning Board", "Substance Misuse Strategy 2023–2026",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555")
    cover_block(d, [("Bwrdd Cynllunio Ardal Dyfed ar gyfer Camddefnyddio Sylweddau", 11, False, "D6E4F0"),
                    ("Dyfed Area Planning Board for Substance Misuse", 11, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Strategaeth Camddefnyddio Sylweddau", 18, False, "D6E4F0"),
                    ("Substance Misuse Strategy", 28, True, "FFFFFF"), ("2023–2026", 18, False, "F8D9A8"),
                    ("", 8, False, "FFFFFF"),
                    ("Carmarthenshire · Ceredigion · Pembrokeshire", 11, False, "FFFFFF")], BLUE, height_cm=15)
    para(d, "", space_after=80)
    para(d, "Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.", italic=True, size=9,
         colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=14)
    contents(d, [("1. Introduction", "fw", 0), ("2. Substance misuse in Dyfed", "ctx", 0),
                 ("3. The national framework", "nat", 0), ("4. Looking back", "back", 0),
                 ("5. Our priorities", "pri", 0), ("6. Delivery", "del", 0), ("7. Measures and governance", "gov", 0)],
             pages, leader=True, bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "The Dyfed Area Planning Board (APB) commissions substance misuse services for Carmarthenshire, Ceredigion "
        "and Pembrokeshire, using funding from the Welsh Government and the Police and Crime Commissioner.",
        "The board brings together the three councils, Hywel Dda University Health Board, Dyfed-Powys Police, the "
        "Probation Service, the Police and Crime Commissioner, the Welsh Ambulance Service and the voluntary sector, "
        "with people who use services and their families.",
        "This strategy sets five priorities for 2023 to 2026. It is based on our needs assessment and on more "
        "than 400 conversations with people who use services (illustrative)."]:
        para(d, t)
    para(d, "Cyflwyniad", bold=True, colour=BLUE)
    para(d, "Mae'r strategaeth hon yn nodi pum blaenoriaeth ar gyfer 2023–2026 ar gyfer Sir Gaerfyrddin, Ceredigion "
            "a Sir Benfro.", italic=True)
    para(d, "Chair, Dyfed Area Planning Board", bold=True)
    heading(d, "2. Substance misuse in Dyfed", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "Dyfed", "Wales"], ["Referrals to treatment a year", "3,900", "—"],
              ["Drug poisoning deaths (three years)", "58", "—"], ["Alcohol-specific hospital admissions", "1,720",
                                                                  "—"],
              ["People waiting more than 20 days to start treatment", "14%", "11%"],
              ["Young people referred to specialist services", "310", "—"]], [9.0, 3.5, 3.5], head_fill=BLUE,
          band="EAF1F7", size=9.5)
    para(d, "")
    heading(d, "What people told us", 2)
    bullets(d, ["Getting to appointments is hard without a car.", "Services do not talk to each other.",
                "Families want support in their own right."])
    heading(d, "3. The national framework", 1, page_break=True)
    para(d, "Substance misuse policy is devolved to Wales. The Welsh Government's substance misuse strategy, "
            "Working Together to Reduce Harm, set four aims that still shape the work of every Area Planning Board:")
    numbered(d, NATIONAL)
    para(d, "Area Planning Boards report against the Welsh national key performance indicators for substance "
            "misuse treatment, and follow the harm reduction approach.")
    heading(d, "Our principles", 2)
    bullets(d, ["Harm reduction: meeting people where they are.", "No wrong door: any service can refer.",
                "Recovery is possible for everyone.", "Services available in Welsh and English."])
    heading(d, "4. Looking back", 1)
    para(d, "Our 2019–2022 strategy had three priorities: Reducing waiting times; Expanding naloxone; and Developing "
            "recovery communities. Waiting times fell by a third and naloxone distribution doubled, but deaths "
            "continued to rise.")
    heading(d, "5. Our priorities", 1, page_break=True)
    para(d, "The board has agreed five priorities for 2023–2026.")
    for i, (name, why, acts) in enumerate(PRIORITIES, 1):
        heading(d, f"{i}. {name}", 2)
        para(d, "Why this matters", bold=True, colour=AMBER, space_after=2)
        para(d, why)
        para(d, "Our commitments", bold=True, colour=AMBER, space_after=2)
        bullets(d, acts)
    heading(d, "6. Delivery", 1, page_break=True)
    para(d, "The delivery plan is reviewed by the board every quarter. Its workstreams have short names:")
    table(d, [["Workstream", "Lead", "Year one"], ["Deaths", "Public health team", "Overdose review panel"],
              ["Access", "Commissioned treatment service", "Same-day prescribing"],
              ["Alcohol", "Health board", "Alcohol liaison nurses"], ["Dual diagnosis", "Health board", "Protocol"],
              ["Young people", "Councils", "Schools programme"]], [4.2, 6.0, 5.8], head_fill=AMBER, size=9)
    heading(d, "7. Measures and governance", 1)
    bullets(d, ["Drug poisoning deaths", "Waiting times from referral to treatment (national KPI)",
                "Treatment completions", "Alcohol-specific hospital admissions", "Young people reporting drug use"])
    para(d, "The board meets quarterly. It reports to the Welsh Government and to the three Public Services Boards, "
            "and works with the community safety partnerships, the Regional VAWDASV Board and the Police and Crime "
            "Commissioner. All figures in this strategy are illustrative.")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Introduction The Dyfed Area", "ctx": "2. Substance misuse in Dyfed The figures",
               "nat": "3. The national framework Substance", "back": "4. Looking back Our 2019",
               "pri": "5. Our priorities The board", "del": "6. Delivery The delivery",
               "gov": "7. Measures and governance"}
    src = work_file("dyfed_apb.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
