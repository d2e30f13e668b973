"""Rutland Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice, Liberation Serif
body, Liberation Sans headings).

Four priorities, stated once, on p6 as **Word "Intense Quote" paragraphs**: under the Heading 1 "4 Our
priorities", each priority is a centred, italic, coloured paragraph between a rule above and a rule below (the
built-in Intense Quote style, restyled), with no number; an ordinary paragraph under each explains it.  The
previous plan's priorities (p3, among them "Road safety"), the key findings (p4), the PCC's six priorities quoted
(p5) and Rutland County Council's corporate aims (p5), the delivery themes (p7) and the measures (p8) are
distractors.
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from leicestershire.work import soffice_stable, work_file

FILE = "strategies/rutland_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Rutland Community Safety Partnership Plan 2024–2027"
OLIVE, BLUE, INK = "4A6A1F", "1F4E79", "262626"

PRIORITIES = [
    ("Protecting older and vulnerable residents from scams and fraud",
     "Rutland has one of the oldest populations in England. Telephone, online and doorstep scams take savings and "
     "confidence from people who often do not report them. We will expand call blockers, train scams champions in "
     "every parish and share alerts through the parish councils."),
    ("Tackling rural crime and keeping our villages safe",
     "Thefts of machinery, fuel and livestock, hare coursing and burglaries of outbuildings worry farmers and "
     "villagers. We will back the Rural Crime Team, Farm Watch and the Rutland Water patrols."),
    ("Supporting people affected by domestic abuse",
     "Domestic abuse in a small county can be hidden, and help can feel far away. We will bring specialist "
     "advice to Oakham and Uppingham every week and train staff who visit people at home to spot it."),
    ("Helping young people stay safe online",
     "Young people told us that bullying, sharing of images and contact from strangers online worry them more "
     "than anything in the street. We will work with schools and parents on online safety."),
]
PCP = ["Safer neighbourhoods and town centres", "Preventing serious violence",
       "Tackling violence against women and girls", "Putting victims first", "Safer roads for everyone",
       "A visible police service the public trusts"]


def style_quote(d):
    st = d.styles["Intense Quote"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(14)
    st.font.bold = True
    st.font.italic = True
    st.font.color.rgb = rgb(OLIVE)
    pf = st.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pf.space_before = Pt(14)
    pf.space_after = Pt(8)
    pf.left_indent = Cm(1.6)
    pf.right_indent = Cm(1.6)
    pf.keep_with_next = True
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Liberation Serif")
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    ppr = st.element.get_or_add_pPr()
    old = ppr.find(qn("w:pBdr"))
    if old is not None:
        ppr.remove(old)
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:space"), "8")
        b.set(qn("w:color"), OLIVE)
        bdr.append(b)
    ppr.insert(0, bdr) if False else ppr.append(bdr)


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(OLIVE, BLUE, INK),
                title=TITLE, author="Rutland Community Safety Partnership", margins=(2.3, 2.3, 2.4, 2.3))
    style_quote(d)
    header_footer(d, "Rutland Community Safety Partnership", "Plan 2024–2027", footer_fmt="– {PAGE} –",
                  colour="666666", rule_colour=OLIVE)
    para(d, "", space_after=40)
    cover_block(d, [("RUTLAND COMMUNITY SAFETY PARTNERSHIP", 11, True, "E3ECD4"),
                    ("Keeping Rutland Safe", 30, True, "FFFFFF"), ("Partnership Plan 2024–2027", 18, False, "FFFFFF"),
                    ("", 8, False, "FFFFFF"), ("Oakham · Uppingham · the villages of Rutland", 10, False, "FFFFFF")],
                OLIVE, height_cm=11)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=OLIVE, space_after=14)
    contents(d, [("1 Introduction", "intro", 0), ("2 Rutland in numbers", "ctx", 0), ("3 The wider picture", "wider", 0),
                 ("4 Our priorities", "pri", 0), ("5 Delivery", "del", 0), ("6 Governance and measures", "gov", 0)],
             pages, leader=True, bold_top=False)
    heading(d, "1 Introduction", 1, page_break=True)
    for t in [
        "Rutland is England's smallest historic county and one of its safest. Crime is low, and most residents feel "
        "safe. But a small, rural and older population brings risks of its own, and people who are harmed can feel "
        "isolated.",
        "The Rutland Community Safety Partnership brings together Rutland County Council, Leicestershire Police, "
        "Leicestershire Fire and Rescue Service, the Probation Service, the NHS and voluntary groups.",
        "Our previous plan (2021–2024) had four priorities: Road safety; Rural crime; Protecting vulnerable people; "
        "and Anti-social behaviour. Road safety is now led by the Leicestershire and Rutland road safety partners, "
        "and anti-social behaviour has fallen to a level that the neighbourhood team manages day to day."]:
        para(d, t)
    para(d, "Chair, Rutland Community Safety Partnership", bold=True)
    heading(d, "2 Rutland in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "41,000"], ["Residents aged 65 or over", "27%"],
              ["Crimes recorded", "1,900"], ["Scam victims referred by Trading Standards", "120"],
              ["Rural crimes reported", "160"], ["Domestic abuse crimes and incidents", "390"]], [11.4, 5.0],
          head_fill=OLIVE, band="EEF3E6", size=9.5)
    heading(d, "Key findings", 2)
    bullets(d, ["Older residents are targeted by scam callers and rogue traders.",
                "Thefts from farms and outbuildings are under-reported.",
                "Domestic abuse victims wait longer for face-to-face help than in the city.",
                "Pupils in our survey named online harm as their biggest worry."])
    heading(d, "3 The wider picture", 1, page_break=True)
    para(d, "The Police and Crime Commissioner's plan for 2024–2029 has six priorities, quoted for reference:")
    table(d, [["", "Police and Crime Plan priority"]] + [[str(i), t] for i, t in enumerate(PCP, 1)], [1.2, 15.2],
          head_fill=BLUE, band="EEF2F6", size=9.5)
    heading(d, "Rutland County Council's corporate aims", 2)
    para(d, "The council's corporate strategy aims for a special place, sustainable lives, healthy and well, and "
            "a modern and effective council. Community safety contributes to all four; they are not priorities of "
            "this plan.")
    heading(d, "4 Our priorities", 1, page_break=True)
    para(d, "The partnership has agreed four priorities for 2024–2027, drawn from our strategic assessment and from "
            "the views of 600 residents and 300 pupils (illustrative).")
    for name, expl in PRIORITIES:
        d.add_paragraph(name, style="Intense Quote")
        para(d, expl, space_after=4)
    heading(d, "5 Delivery", 1, page_break=True)
    para(d, "Each priority has a lead and a small delivery group. The main actions for 2024/25:")
    table(d, [["Theme", "Key actions 2024/25", "Lead"],
              ["Scams", "Call blockers; scams champions; No Cold Calling Zones", "Trading Standards"],
              ["Rural", "Farm Watch; hare coursing operation; fuel marking", "Leicestershire Police"],
              ["Domestic abuse", "Weekly advice sessions in Oakham and Uppingham", "County council"],
              ["Online", "Online safety lessons in every school; parents' evenings", "County council"]],
          [2.8, 10.2, 3.4], head_fill=OLIVE, band="EEF3E6", size=9)
    heading(d, "6 Governance and measures", 1, page_break=True)
    para(d, "The partnership meets quarterly and reports to Rutland County Council's scrutiny committee and to the "
            "Police and Crime Commissioner.")
    table(d, [["Measure", "Baseline", "Direction"], ["Scam victims supported", "120", "Up"],
              ["Rural crimes reported", "160", "Up (more reporting)"],
              ["Domestic abuse victims seen within a week", "58%", "Up"],
              ["Pupils who know how to report online harm", "62%", "Up"]], [9.0, 3.4, 4.0], head_fill=OLIVE,
          band="EEF3E6", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: communitysafety@rutland.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1 Introduction Rutland is England", "ctx": "2 Rutland in numbers",
               "wider": "3 The wider picture", "pri": "4 Our priorities The partnership", "del": "5 Delivery Each",
               "gov": "6 Governance and measures The"}
    src = work_file("rutland_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=4)
    two_pass(run, out, needles)
    return out
