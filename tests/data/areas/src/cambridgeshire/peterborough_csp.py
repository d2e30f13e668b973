"""Safer Peterborough Partnership Plan 2024-2027: python-docx, converted by LibreOffice.

Five priorities, stated once, on p6, in a **two-column Word section** (w:cols num=2 with a separator line):
each priority is a **centred bold heading between two double rules** (a Word paragraph border above and below),
wrapping over two or three lines in the narrow column, followed by justified running prose; no numbers.  The rest
of the document is a single-column section.
Distractors: the key findings (p4), the 2021-2024 priority themes (p5), the PCC's priorities quoted (p5), the
"what we will not do" paragraph (p6), the delivery groups (p7), measures and governance (p8).
"""
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from docx_kit import Cm, Pt, bullets, cover_block, header_footer, new_doc, page_break, para, table
from cambridgeshire.kit import docx_pdf

FILE = "strategies/safer_peterborough_partnership_plan_2024-27.pdf"
TITLE = "Safer Peterborough Partnership Plan 2024–2027"
PLUM = "5B2A6E"

PRIORITIES = [
    ("Reducing anti-social behaviour and street drinking",
     "Residents in the city centre, Millfield and New England tell us that street drinking, begging and "
     "intimidating groups are the problems they notice most. We will use the public spaces protection order "
     "alongside outreach, so that enforcement and help arrive together."),
    ("Tackling knife crime and serious violence",
     "Violence with injury is higher in Peterborough than in similar places (illustrative). We will focus on the few "
     "locations and people involved, using hospital and police data, and support the county's Serious Violence Duty "
     "partnership."),
    ("Tackling modern slavery and labour exploitation",
     "Peterborough's warehouses, food factories and hand car washes rely on agency labour. Some workers are "
     "controlled by debt or by those who house them. We will train frontline staff to spot the signs and carry "
     "out joint visits with the Gangmasters and Labour Abuse Authority."),
    ("Keeping women and girls safe from violence and abuse",
     "Domestic abuse, sexual violence, stalking and harassment affect women and girls most. We will make sure "
     "every partner knows how to respond and will promote the city's safe spaces scheme."),
    ("Reducing the harm caused by gambling",
     "High-street betting shops and online gambling are linked to debt, family breakdown and crime in some of our "
     "communities. With public health we will train advice workers to ask about gambling and refer people to "
     "treatment."),
]


def border(p, sides=("top", "bottom"), val="double", colour=PLUM, sz=6, space=4):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    for s in sides:
        el = OxmlElement(f"w:{s}")
        for k, v in (("w:val", val), ("w:sz", str(sz)), ("w:space", str(space)), ("w:color", colour)):
            el.set(qn(k), v)
        b.append(el)
    pPr.append(b)


def columns(section, num):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")
    if num > 1:
        cols.set(qn("w:sep"), "1")
    sectPr.find(qn("w:pgMar")).addnext(cols)  # schema order: pgMar, cols, titlePg, docGrid
    for tp in sectPr.findall(qn("w:titlePg")):  # the cover's blank first-page header is for section 1 only
        sectPr.remove(tp)


def h(d, text):
    return para(d, text, bold=True, size=19, colour=PLUM, space_after=8)


def build(root):
    d = new_doc(font="Liberation Sans", size=10, title=TITLE, author="Safer Peterborough Partnership")
    header_footer(d, "Safer Peterborough Partnership", "Partnership Plan 2024–2027", footer_fmt="{PAGE}",
                  rule_colour=PLUM)
    cover_block(d, [("SAFER PETERBOROUGH PARTNERSHIP", 12, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Partnership Plan", 28, True, "FFFFFF"), ("2024 – 2027", 16, False, "FFFFFF"),
                    ("Working together for a safer city", 12, False, "E8D9EE")], PLUM, height_cm=13)
    page_break(d)
    h(d, "Contents")
    for t, n in [("Foreword", 3), ("Peterborough today", 4), ("Where this plan comes from", 5),
                 ("Our priorities for 2024–2027", 6), ("Delivering the plan", 7), ("Measures and governance", 8)]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{t}\t{n}").font.size = Pt(11.5)
    page_break(d)
    h(d, "Foreword")
    for t in ["Peterborough is a young, diverse and growing city. That brings energy and opportunity, and it brings "
              "challenges that no single organisation can solve.",
              "The Safer Peterborough Partnership is the city's community safety partnership. It brings together "
              "Peterborough City Council, Cambridgeshire Constabulary, Cambridgeshire Fire and Rescue Service, the "
              "Probation Service, the NHS and voluntary organisations.",
              "This plan sets out what we will focus on together for the next three years. It is based on our "
              "strategic assessment and on what more than 1,200 residents told us in our 2023 survey.",
              "We will report on progress every year."]:
        para(d, t)
    para(d, "Chair, Safer Peterborough Partnership", bold=True)
    page_break(d)
    h(d, "Peterborough today")
    para(d, "All figures are illustrative and are not official statistics.", italic=True, colour="666666")
    table(d, [["Indicator (illustrative)", "2022/23", "2023/24"], ["Population", "215,000", "218,000"],
              ["Anti-social behaviour incidents", "6,100", "5,800"], ["Knife crime offences", "240", "262"],
              ["Modern slavery referrals", "58", "74"], ["Domestic abuse incidents", "5,300", "5,450"],
              ["Adults seeking help with problem gambling", "90", "130"]], [9.5, 3.5, 3.5], head_fill=PLUM,
          band="F1EAF4")
    para(d, "")
    para(d, "Key findings of the strategic assessment", bold=True, size=12, colour=PLUM)
    bullets(d, ["Anti-social behaviour is concentrated in the city centre and three neighbouring wards.",
                "Knife crime has risen for three years in a row.",
                "Labour exploitation is hidden but growing, especially in agency work.",
                "Residents want more visible action on street drinking."])
    page_break(d)
    h(d, "Where this plan comes from")
    para(d, "Our 2021–2024 plan was organised around four themes: Safer communities; Protecting vulnerable people; "
            "Reducing offending; and Community cohesion. Much of that work continues, but the themes were broad and "
            "hard to measure, so this plan names specific priorities instead.")
    para(d, "The Police and Crime Commissioner's plan", bold=True, size=12, colour=PLUM)
    para(d, "The Police and Crime Plan for Cambridgeshire and Peterborough 2024–2028 sets six priorities: Preventing "
            "crime and anti-social behaviour in our communities; Tackling violence and exploitation; Keeping women "
            "and girls safe; Putting victims first; Justice that works; and Safer roads.")
    para(d, "Our statutory duties", bold=True, size=12, colour=PLUM)
    bullets(d, ["Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending",
                "Serious Violence Duty 2022: work together to prevent and reduce serious violence",
                "Domestic Abuse Act 2021: domestic homicide reviews",
                "Modern Slavery Act 2015: public authorities' duty to notify"])
    # two-column section for the priorities
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    columns(sec, 2)
    p = para(d, "Our priorities for 2024–2027", bold=True, size=17, colour=PLUM, space_after=6)
    para(d, "After the strategic assessment and the survey, the partnership board agreed five priorities. Each is "
            "set out below with the reason for it.", size=9.5)
    for t, body in PRIORITIES:
        q = para(d, t, bold=True, size=12, colour=PLUM, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
        q.paragraph_format.space_before = Pt(8)
        q.paragraph_format.keep_with_next = True
        border(q)
        b = para(d, body, size=9.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(d, "What we will not do", bold=True, size=10, colour="444444")
    para(d, "Burglary, vehicle crime and road safety are led by the police and the road safety partnership; they "
            "are not priorities of this plan.", size=9.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    columns(sec2, 1)
    h(d, "Delivering the plan")
    para(d, "Each priority has a delivery group, which keeps an action plan and reports to the board every quarter.")
    table(d, [["Delivery group", "First-year actions", "Chair"],
              ["Safer city centre", "PSPO review; street outreach team; CCTV upgrade", "City Council"],
              ["Violence reduction", "Knife arches at events; A&E navigators; mentoring", "Police"],
              ["Exploitation", "Modern slavery champions; joint labour inspections", "City Council"],
              ["VAWG", "Safe spaces; training for taxi drivers", "DASV Partnership"],
              ["Gambling harm", "Screening in advice services; treatment referral pathway", "Public Health"]],
          [4.0, 9.0, 3.6], head_fill=PLUM, band="F1EAF4")
    page_break(d)
    h(d, "Measures and governance")
    bullets(d, ["Anti-social behaviour incidents in the city centre", "Knife crime offences and hospital admissions",
                "Modern slavery referrals (expected to rise as awareness grows)",
                "Repeat domestic abuse victims", "People referred to gambling treatment"])
    para(d, "The partnership board meets quarterly and reports to the Growth, Environment and Resources scrutiny "
            "committee. Contact: saferpeterborough@peterborough.example")
    return docx_pdf(root, FILE, "peterborough_csp", d, 8)
