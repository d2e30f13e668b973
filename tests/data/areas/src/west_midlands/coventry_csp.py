"""Coventry Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Four priorities, stated once, on p6 in a **strategic framework grid**: one Word table with a dark label
column ("Our vision", "Our priorities", "What will be different", "How we work"); the vision and the ways of
working are merged across the four content columns, and the priorities are the four bold cells of the
**middle row** "Our priorities" (each wrapping over three or four lines), with the outcome for each in the row
below.  The vision, outcomes and ways of working, the previous plan's priorities and the PCC's priorities
(p5), the delivery headings (p7) and the measures are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, table
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from west_midlands.work import soffice_stable, work_file

FILE = "strategies/coventry_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Coventry Community Safety Partnership Plan 2024–2027"
BLUE, TEAL, INK, LABEL = "1D3F6E", "0089A8", "262626", "22313F"

PRIORITIES = [
    ("Reducing anti-social behaviour and the harm it causes",
     "Fewer repeat victims of ASB, and residents who say ASB is not a problem where they live."),
    ("Reducing serious violence, including knife crime",
     "Fewer knife crimes and fewer young people admitted to hospital after an assault."),
    ("Tackling hate crime and supporting the people it affects",
     "More people confident to report hate crime, and every victim offered support."),
    ("Reducing domestic abuse",
     "Abuse identified sooner, fewer repeat victims and more perpetrators challenged."),
]


def cell_text(cell, text, bold=False, size=9.5, colour=INK, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.color.rgb = rgb(colour)
    if align is not None:
        p.alignment = align
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), "atLeast")
    trPr.append(h)


def framework(d):
    t = d.add_table(rows=4, cols=5)
    t.style = d.styles["Table Grid"]
    widths = [3.0, 3.4, 3.4, 3.4, 3.4]
    for r in range(4):
        for c in range(5):
            t.cell(r, c).width = Cm(widths[c])
    labels = ["Our vision", "Our priorities", "What will be different", "How we work"]
    for r, lab in enumerate(labels):
        cell_text(t.cell(r, 0), lab, bold=True, size=10, colour="FFFFFF")
        shade(t.cell(r, 0), LABEL)
    v = t.cell(0, 1).merge(t.cell(0, 4))
    cell_text(v, "A city where everyone is safe, and feels safe, in their home, their neighbourhood and the city "
                 "centre.", size=11, colour=BLUE, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(v, "E3EEF7")
    for c, (name, outcome) in enumerate(PRIORITIES, start=1):
        cell_text(t.cell(1, c), name, bold=True, size=11, colour="FFFFFF")
        shade(t.cell(1, c), TEAL if c % 2 else BLUE)
        cell_text(t.cell(2, c), outcome, size=9)
        shade(t.cell(2, c), "F2F6F9")
    w = t.cell(3, 1).merge(t.cell(3, 4))
    cell_text(w, "Listening to communities  ·  Sharing information  ·  Problem-solving  ·  Supporting victims",
              size=9.5, colour=BLUE, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(w, "E3EEF7")
    for r, h in enumerate([2.2, 3.4, 2.6, 1.4]):
        row_height(t.rows[r], h)
    set_widths(t, widths)
    return t


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(BLUE, TEAL, INK), title=TITLE,
                author="Coventry Community Safety Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Coventry Community Safety Partnership", "Plan 2024–2027",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=TEAL)
    para(d, "", space_after=30)
    para(d, "COVENTRY COMMUNITY SAFETY PARTNERSHIP", bold=True, size=11, colour=TEAL, space_after=30)
    cover_block(d, [("Community Safety", 30, True, "FFFFFF"), ("Partnership Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "CFE8F0"), ("", 10, False, "FFFFFF"),
                    ("A safer city, together", 12, False, "FFFFFF")], BLUE, height_cm=10.5)
    para(d, "", space_after=150)
    para(d, "Coventry City Council, West Midlands Police, West Midlands Fire Service, the Probation Service, the NHS "
            "and the voluntary and community sector.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Coventry in context", "ctx", 0),
                 ("What the assessment found", "find", 0), ("Our strategic framework", "pri", 0),
                 ("Delivering the plan", "del", 0), ("Governance and measures", "gov", 0)], pages)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Coventry is a city of peace and reconciliation, a university city and one of the fastest-growing cities in "
        "the country. Crime has fallen in some neighbourhoods and risen in others, and the way people experience "
        "crime is changing.",
        "The Coventry Community Safety Partnership is the city's community safety partnership under the Crime and "
        "Disorder Act 1998. This plan sets out the four priorities it has agreed for 2024 to 2027, in a single "
        "framework that partners and residents can hold us to.",
        "The plan does not describe everything partners do. It describes the issues where working together makes "
        "the most difference."]:
        para(d, t)
    para(d, "Chair, Coventry Community Safety Partnership", bold=True)
    heading(d, "Coventry in context", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "345,000"], ["Crimes recorded", "38,600"],
              ["Anti-social behaviour incidents", "8,200"], ["Knife crime offences", "410"],
              ["Hate crimes recorded", "960"], ["Domestic abuse crimes", "7,400"],
              ["Students at the two universities", "60,000"]], [11.6, 5.0], head_fill=BLUE, band="EEF4F8")
    para(d, "")
    para(d, "Coventry is young and diverse: more than a third of residents were born outside the UK, and over 140 "
            "languages are spoken in the city's schools (illustrative).")
    heading(d, "What the assessment found", 1, page_break=True)
    heading(d, "Key findings", 2)
    bullets(d, ["ASB is concentrated in the city centre, Hillfields, Foleshill and Willenhall.",
                "Knife crime involves young people more than any other age group.",
                "Hate crime rises after national events and is under-reported by students and new communities.",
                "Domestic abuse makes up a quarter of all violent crime."])
    heading(d, "Our last plan", 2)
    para(d, "The 2021–2024 plan had three priorities: Safer neighbourhoods; Protecting vulnerable people; and Tackling "
            "violence. Each has been reviewed; the new priorities name the issues more precisely.")
    heading(d, "The Police and Crime Plan", 2)
    para(d, "The Police and Crime Commissioner's plan for 2024–2028 has six priorities: Preventing and reducing crime; "
            "Standing up for young people; Tackling violence against women and girls; Supporting victims and "
            "witnesses; Reducing harm from drugs and alcohol; and A visible, accountable and trusted police service.")
    heading(d, "Our strategic framework", 1, page_break=True)
    para(d, "Our framework puts the plan on one grid. The vision is what we are aiming for; the four priorities are "
            "the issues we will work on together from 2024 to 2027; the row below each priority says what will be "
            "different; and the bottom row is how we work on all of them.")
    framework(d)
    para(d, "")
    para(d, "Drugs and alcohol are led by the Coventry Combating Drugs Partnership, and reoffending by the West "
            "Midlands Reducing Reoffending Board; the partnership supports both.", size=9, colour="555555")
    heading(d, "Delivering the plan", 1, page_break=True)
    for lab, acts in [
        ("Delivery group: Neighbourhoods", ["Problem-solving plans for the four highest-demand areas.",
                                            "An ASB victim advocate for repeat and high-risk cases."]),
        ("Delivery group: Violence", ["A violence hotspot plan with the Violence Reduction Partnership.",
                                      "Youth workers in University Hospital Coventry's emergency department."]),
        ("Delivery group: Cohesion", ["Third-party hate crime reporting centres in libraries and mosques.",
                                      "A hate crime support worker at Coventry Citizens Advice."]),
        ("Delivery group: Domestic abuse", ["IDVAs in GP surgeries and maternity services.",
                                            "A perpetrator programme with the Probation Service."])]:
        heading(d, lab, 2)
        bullets(d, acts)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the council's Scrutiny Co-ordination Committee and "
            "to the Police and Crime Commissioner.")
    table(d, [["Measure", "Baseline", "Direction"], ["Repeat victims of ASB", "1,150", "Down"],
              ["Knife crime offences", "410", "Down"], ["Hate crime victims offered support", "58%", "Up"],
              ["Repeat domestic abuse victims", "31%", "Down"]], [9.0, 3.8, 3.8], head_fill=BLUE, band="EEF4F8")
    para(d, "Baselines are illustrative. Contact: communitysafety@coventry.example", size=9, colour="555555")
    d.save(str(path))


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Coventry is a city", "ctx": "Coventry in context The figures",
               "find": "What the assessment found", "pri": "Our strategic framework Our framework",
               "del": "Delivering the plan Delivery group", "gov": "Governance and measures The partnership"}
    src = work_file("coventry_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
