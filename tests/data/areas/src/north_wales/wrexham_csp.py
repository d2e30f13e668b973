"""Wrexham Community Safety Partnership Plan 2024-2027: python-docx, converted by LibreOffice.

Written as **questions and answers** throughout (the council's "plain English" style): every section is a
run of bold questions, each opened by a white "Q" on a teal run shading, with the answer paragraphs indented
under it.  The five priorities are stated once, on p6, as the bold bullet items of the answer to "What are the
partnership's priorities for 2024 to 2027?"; "Why these five?" and "What is not a priority?" follow.
Distractors: the previous plan's priorities (answer on p5), the PCC's priorities quoted (p5), the Public
Services Board's well-being objectives (p5), "What is not a priority?" (p6), the delivery table (p7), measures.
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from docx_kit import Cm, Pt, bullets, cover_block, header_footer, new_doc, page_break, para, rgb, table
from north_wales.kit import docx_pdf

FILE = "strategies/wrexham_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Wrexham Community Safety Partnership Plan 2024–2027"
TEAL = "00707A"

PRIORITIES = [
    "Tackling anti-social behaviour and disorder in Wrexham city centre",
    "Reducing serious violence and knife crime",
    "Reducing harm from drugs and alcohol",
    "Tackling domestic abuse and violence against women and girls",
    "Building cohesive communities and tackling hate crime",
]


def q(d, text):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(" Q ")
    r.bold = True
    r.font.color.rgb = rgb("FFFFFF")
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", TEAL)):
        shd.set(qn(k), v)
    r._r.get_or_add_rPr().append(shd)
    r2 = p.add_run("  " + text)
    r2.bold = True
    r2.font.size = Pt(11.5)
    r2.font.color.rgb = rgb(TEAL)


def a(d, *texts):
    for t in texts:
        p = para(d, t)
        p.paragraph_format.left_indent = Cm(0.9)


def h(d, text):
    p = para(d, text, bold=True, size=18, colour="1E3A4C", space_after=8)
    return p


def build(root):
    d = new_doc(font="Liberation Sans", size=10, title=TITLE, author="Wrexham Community Safety Partnership")
    header_footer(d, "Wrexham Community Safety Partnership", "Plan 2024–2027", footer_fmt="{PAGE}", rule_colour=TEAL)
    cover_block(d, [("Wrexham Community Safety Partnership", 13, True, "FFFFFF"),
                    ("Partneriaeth Diogelwch Cymunedol Wrecsam", 11, False, "CFEFF0"),
                    ("", 10, False, "FFFFFF"), ("Community Safety Partnership Plan", 26, True, "FFFFFF"),
                    ("2024 to 2027", 16, False, "FFFFFF"),
                    ("Your questions answered", 13, False, "CFEFF0")], TEAL, height_cm=14)
    para(d, "")
    para(d, "Mae'r ddogfen hon hefyd ar gael yn Gymraeg. This document is also available in Welsh.", italic=True,
         colour="555555")
    page_break(d)
    h(d, "Contents")
    for t, n in [("Foreword", 3), ("Wrexham in numbers", 4), ("About the partnership", 5),
                 ("Our priorities", 6), ("What we will do", 7), ("How we will know it is working", 8)]:
        p = d.add_paragraph()
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{t}\t{n}").font.size = Pt(11.5)
    page_break(d)
    h(d, "Foreword")
    for t in ["Wrexham became a city in 2022. With city status came new visitors, a busier night-time economy and "
              "new expectations of the people who keep the city safe.",
              "We have written this plan as questions and answers, because those are the questions residents asked "
              "us at our community events in 2023. We hope it is easy to read.",
              "The plan covers the whole county borough, from the city centre to the villages of the Ceiriog valley.",
              "We will publish an update every year."]:
        para(d, t)
    para(d, "Chair, Wrexham Community Safety Partnership", bold=True)
    page_break(d)
    h(d, "Wrexham in numbers")
    para(d, "All figures are illustrative and are not official statistics.", italic=True, colour="555555")
    table(d, [["Measure", "2023/24"], ["Residents", "136,000"], ["Crimes recorded", "14,300"],
              ["Anti-social behaviour incidents", "4,900"], ["Knife crime offences", "88"],
              ["Domestic abuse incidents", "2,600"], ["Hate crimes recorded", "190"],
              ["Adults in drug or alcohol treatment", "980"]], [11, 5], head_fill=TEAL, band="E6F4F5")
    q(d, "What did the strategic assessment find?")
    a(d, "Anti-social behaviour and violence are concentrated in the city centre on Friday and Saturday nights. "
         "Drug-related harm is rising, and hate crime reports rose after events in 2023.")
    page_break(d)
    h(d, "About the partnership")
    q(d, "What is the Community Safety Partnership?")
    a(d, "It is the statutory partnership of Wrexham County Borough Council, North Wales Police, North Wales Fire "
         "and Rescue Service, Betsi Cadwaladr University Health Board and the Probation Service, working with the "
         "voluntary sector.")
    q(d, "What were the priorities of the last plan?")
    a(d, "The 2021–2024 plan had four priorities: Night-time economy; Vulnerable people; Substance misuse; and "
         "Community cohesion. Much of that work carries on in this plan.")
    q(d, "How does the plan fit with the Police and Crime Commissioner's plan?")
    a(d, "The Commissioner's plan for 2025–2029 has six priorities: Preventing crime and keeping neighbourhoods "
         "safe; Tackling organised crime and exploitation; Supporting victims and protecting the vulnerable; Reducing "
         "reoffending and delivering justice; Making our roads safer; and A police service the public trust.")
    q(d, "And with the Public Services Board?")
    a(d, "The Wrexham Public Services Board's well-being objectives include safe and connected communities and "
         "giving every child the best start in life. Our plan supports both.")
    page_break(d)
    h(d, "Our priorities")
    q(d, "What are the partnership's priorities for 2024 to 2027?")
    a(d, "After looking at the evidence and listening to residents, the partnership agreed five priorities:")
    for p in bullets(d, PRIORITIES):
        p.paragraph_format.left_indent = Cm(1.6)
        for r in p.runs:
            r.bold = True
            r.font.size = Pt(11)
    q(d, "Why these five?")
    a(d, "They are where harm is greatest, where residents are most worried and where no single agency can make a "
         "difference on its own.")
    q(d, "What is not a priority?")
    a(d, "Road safety and burglary matter to residents, but they are led by North Wales Police and the road safety "
         "partnership, not by this plan. Reducing reoffending is led by the North Wales Reducing Reoffending Board.")
    page_break(d)
    h(d, "What we will do")
    q(d, "What will happen in the first year?")
    table(d, [["Theme", "Main actions 2024/25", "Lead"],
              ["City centre", "Street marshals; Purple Flag bid; dispersal orders on weekend nights", "Council"],
              ["Violence", "Knife amnesty bins; hospital navigator at the Maelor", "SVD group"],
              ["Drugs and alcohol", "Naloxone in hostels; outreach to rough sleepers", "Area Planning Board"],
              ["Domestic abuse and VAWG", "Ask and Act training; safe spaces in the night-time economy",
               "VAWDASV group"],
              ["Cohesion", "Hate crime reporting centres; community tension monitoring", "Council"]],
          [3.5, 9.5, 3.6], head_fill=TEAL, band="E6F4F5")
    page_break(d)
    h(d, "How we will know it is working")
    q(d, "What will we measure?")
    bullets(d, ["Anti-social behaviour incidents in the city centre (down)", "Knife crime offences (down)",
                "Adults in treatment (up)", "Repeat victims of domestic abuse (down)",
                "Hate crime reports (up at first, as confidence grows)"])
    q(d, "Who checks on progress?")
    a(d, "The partnership board meets every quarter and reports to the council's scrutiny committee and to the "
         "North Wales Safer Communities Board.")
    q(d, "How can I contact the partnership?")
    a(d, "Email csp@wrexham.example or write to the Guildhall, Wrexham.")
    return docx_pdf(root, FILE, "wrexham_csp", d, 8)
