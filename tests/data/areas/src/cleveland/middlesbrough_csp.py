"""Middlesbrough Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, on p7 as a list of **internal hyperlinks** in a bordered box ("Our five
priorities: select a priority to go to the detail"): each priority is a blue, underlined Word hyperlink to a
bookmark on a later page, so the PDF carries link annotations.  The detail pages (p8) are headed by short
labels ("5.1 Neighbourhoods and the town centre" ...), not by the priorities.  The previous plan's priorities
(p5), the PCC's priorities (p6), the statutory duties, the short labels and the measures are distractors.
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from docx_kit import *  # noqa: F401,F403
from docx_kit import contents, header_footer, heading, new_doc, page_break, para, cover_block, set_widths
from cleveland.work import docx_blocks, docx_build

FILE = "strategies/middlesbrough_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Middlesbrough Community Safety Partnership Plan 2024–2027"
COL = ("6D1F3F", "1F5C99", "F4EAEF")

PRIORITIES = [
    ("Tackling anti-social behaviour in our neighbourhoods and town centre", "neighbourhoods",
     "5.1 Neighbourhoods and the town centre"),
    ("Reducing serious violence and knife crime", "violence", "5.2 Violence"),
    ("Closing down drug dealing and county lines", "drugmarkets", "5.3 Drug markets"),
    ("Protecting people from domestic abuse", "domesticabuse", "5.4 Domestic abuse"),
    ("Tackling crime linked to poor-quality private rented housing", "housing", "5.5 Housing and crime"),
]
DETAIL = {
    "neighbourhoods": ["Neighbourhood action plans for the six wards with most ASB.",
                       "A town centre taskforce with retailers and Middlesbrough's Business Improvement District.",
                       "An ASB victim advocate for repeat and high-risk cases."],
    "violence": ["Knife crime education in every secondary school with the Cleveland Unit for the Reduction of "
                 "Violence.", "Youth workers in the James Cook University Hospital emergency department."],
    "drugmarkets": ["Joint operations against dealing in the town centre and on estates.",
                    "Support for adults whose homes are taken over by dealers (cuckooing)."],
    "domesticabuse": ["Domestic abuse champions in every GP practice.", "An IDVA based in the civic centre."],
    "housing": ["Selective licensing of private landlords in the worst-affected streets.",
                "Joint inspections by the council, police and fire brigade."],
}


def bookmark(paragraph, name, bid):
    s = OxmlElement("w:bookmarkStart")
    s.set(qn("w:id"), str(bid))
    s.set(qn("w:name"), name)
    e_ = OxmlElement("w:bookmarkEnd")
    e_.set(qn("w:id"), str(bid))
    paragraph._p.insert(0, s)
    paragraph._p.append(e_)


def hyperlink(paragraph, text, anchor, size=12.5):
    h = OxmlElement("w:hyperlink")
    h.set(qn("w:anchor"), anchor)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    for tag, val in (("w:color", "1F5C99"), ("w:u", "single"), ("w:sz", str(int(size * 2)))):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        rpr.append(el)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


def link_box(d):
    t = d.add_table(rows=1, cols=1)
    t.style = d.styles["Table Grid"]
    cell = t.cell(0, 0)
    p = cell.paragraphs[0]
    r = p.add_run("Our five priorities")
    r.bold, r.font.size = True, Pt(14)
    r.font.color.rgb = RGBColor.from_string(COL[0])
    q = cell.add_paragraph()
    rr = q.add_run("Select a priority to go to the detail in section 5.")
    rr.italic, rr.font.size = True, Pt(9)
    for name, anchor, _ in PRIORITIES:
        lp = cell.add_paragraph()
        lp.paragraph_format.space_before = Pt(6)
        lp.paragraph_format.space_after = Pt(6)
        hyperlink(lp, name, anchor)
    set_widths(t, [16.6])
    para(d, "")
    para(d, "The partnership agreed these priorities at its meeting in March 2024, after a public consultation and "
            "a review of the strategic assessment.")


def detail(d):
    for i, (_, anchor, label) in enumerate(PRIORITIES):
        h = heading(d, label, 2)
        bookmark(h, anchor, 100 + i)
        for a in DETAIL[anchor]:
            d.add_paragraph(a, style="List Bullet")


SECTIONS = [
    ("intro", "Introduction", [
        ("p", "Middlesbrough is a young, diverse and ambitious town at the heart of Teesside. It also has some of "
              "the most deprived neighbourhoods in England, and crime and anti-social behaviour weigh most on the "
              "people who can least avoid them."),
        ("p", "The Middlesbrough Community Safety Partnership is the town's statutory community safety partnership. "
              "Its members are Middlesbrough Council, Cleveland Police, Cleveland Fire Brigade, the Probation "
              "Service, the NHS and the voluntary and community sector."),
        ("p", "This plan sets out what the partnership will focus on from 2024 to 2027."),
        ("p", "<b>Chair, Middlesbrough Community Safety Partnership</b>"),
    ]),
    ("ctx", "Middlesbrough today", [
        ("p", "The figures below are illustrative and are not official statistics."),
        ("stats", [("146,000", "residents"), ("24,800", "crimes recorded in 2023/24"),
                   ("6,900", "anti-social behaviour incidents"), ("3,600", "domestic abuse incidents"),
                   ("170", "knife crime offences"), ("2,100", "privately rented homes in licensing areas")]),
    ]),
    ("look", "Looking back", [
        ("p", "Our previous plan, for 2021–2024, had three priorities. Each has been reviewed."),
        ("ul", ["Feeling safe", "Tackling vulnerability", "Community cohesion and resilience"]),
        ("p", "The strategic assessment for 2024 found that:"),
        ("ul", ["anti-social behaviour is concentrated in the town centre and four inner wards;",
                "knife crime has risen for two years, mostly among young men under 25;",
                "open drug dealing and county lines are the top concern of residents in the survey;",
                "domestic abuse is linked to a quarter of violent crime;",
                "streets with poor private rented housing have three times the average crime rate (illustrative)."]),
    ]),
    ("pcp", "Our duties and the Police and Crime Plan", [
        ("p", "The partnership works under the Crime and Disorder Act 1998, the Serious Violence Duty, the Domestic "
              "Abuse Act 2021 and the Prevent duty."),
        ("box", "The Police and Crime Commissioner's priorities (Police and Crime Plan 2025–2029)", [
            "Visible and responsive neighbourhood policing", "Tackling violence and exploitation",
            "Protecting women, girls and people at risk of harm", "Putting victims first",
            "Breaking the cycle of offending", "A police service you can trust"]),
        ("p", "Our plan supports the Commissioner's plan where the two meet, and the Commissioner funds part of "
              "the work through the community safety grant."),
    ]),
    ("pri", "Our priorities", [
        ("p", "Based on the assessment and on what residents told us, the partnership will concentrate on five "
              "priorities."),
        ("custom", link_box),
    ]),
    ("det", "Section 5: What we will do", [
        ("p", "For each priority, the main actions for 2024/25 are listed below under a short label."),
        ("custom", detail),
    ]),
    ("gov", "Governance and measures", [
        ("p", "The partnership board meets quarterly and reports to the council's Overview and Scrutiny Board and "
              "to the Police and Crime Commissioner."),
        ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "6,900", "Down"],
                   ["Knife crime offences", "170", "Down"], ["Drug supply arrests", "210", "Up"],
                   ["Repeat referrals to MARAC", "32%", "Down"], ["Crimes in licensing areas", "1,900", "Down"]],
         [0.55, 0.2, 0.25]),
        ("note", "Baselines are illustrative. Contact: csp@middlesbrough.example"),
    ]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(COL[0], COL[1], "333333"), title=TITLE,
                author="Middlesbrough Community Safety Partnership")
    header_footer(d, "Middlesbrough Community Safety Partnership", "Plan 2024–2027",
                  footer_fmt="{PAGE} of {NUMPAGES}", rule_colour=COL[0])
    para(d, "", space_after=40)
    para(d, "MIDDLESBROUGH COMMUNITY SAFETY PARTNERSHIP", bold=True, size=11, colour=COL[0], space_after=30)
    cover_block(d, [("Community Safety", 30, True, "FFFFFF"), ("Partnership Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "F3D6E0")], COL[0], height_cm=9.5)
    para(d, "", space_after=160)
    para(d, "Working together for a safer Middlesbrough.", italic=True, size=10, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=COL[0], space_after=14)
    contents(d, [(t, k, 0) for k, t, _ in SECTIONS], pages)
    for k, t, blocks in SECTIONS:
        heading(d, t, 1, page_break=True)
        docx_blocks(d, blocks, COL)
    d.save(path)


def build(root):
    out = root / FILE
    docx_build(out, "middlesbrough_csp", make, SECTIONS)
    return out
