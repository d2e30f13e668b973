"""Dyfed-Powys Reducing Reoffending Strategy 2023-2026: Word report (python-docx + LibreOffice), serif.

Five priorities, stated once, under "4. Our priorities" (pp5-6): each is a bold
paragraph with a thick coloured left border (a Word paragraph border), followed
by a small grey "Pathway: ..." line and a description.  No numbers.
Distractors: the Welsh summary (p3), the seven reducing reoffending pathways
(p4), IOM Cymru and the Female Offending Blueprint (p4), the previous
strategy's priorities (p4), the PCC's five priorities quoted as a list (p7),
the delivery table's short names and the measures.
"""
from common import two_pass
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_kit import *  # noqa: F401,F403
from docx_kit import table
from dyfed_powys.work import soffice_stable, work_file

FILE = "strategies/dyfed_powys_reducing_reoffending_strategy_2023-26.pdf"
TITLE = "Dyfed-Powys Reducing Reoffending Strategy 2023–2026"
GREEN, TEAL, INK = "24543F", "3E8E7E", "262626"

PRIORITIES = [
    ("Securing settled accommodation for people leaving prison", "Accommodation",
     "One in four people released from prison to Dyfed-Powys has nowhere settled to live on the day of release. "
     "Without a home, everything else in a resettlement plan falls apart."),
    ("Helping people in the justice system into education, training and employment",
     "Education, training and employment",
     "A job is one of the strongest protections against reoffending. We will work with employers, colleges and "
     "Jobcentre Plus to open doors for people with convictions."),
    ("Supporting women in the justice system", "Attitudes, thinking and behaviour; Children and families",
     "Most women in the justice system are themselves victims of abuse, and many are mothers. We will expand the "
     "women's centres and the whole-system approach."),
    ("Changing the behaviour of domestic abuse perpetrators", "Attitudes, thinking and behaviour",
     "Domestic abuse perpetrators make up a large share of the people on probation in Dyfed-Powys. Accredited and "
     "community programmes can reduce the harm they cause."),
    ("Diverting adults from the criminal justice system", "All pathways",
     "For many low-level offences a deferred prosecution that tackles the causes of offending works better than a "
     "court appearance. We will extend adult diversion across the force area."),
]


def left_border(p, colour):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:left")
    for k, v in (("w:val", "single"), ("w:sz", "36"), ("w:space", "8"), ("w:color", colour)):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(GREEN, TEAL, INK),
                title=TITLE, author="Dyfed-Powys Criminal Justice Board", margins=(2.6, 2.6, 2.6, 2.4))
    header_footer(d, "Dyfed-Powys Criminal Justice Board", "Reducing Reoffending Strategy 2023–2026",
                  footer_fmt="Page {PAGE}", colour="555555", rule_colour=TEAL)
    para(d, "Bwrdd Cyfiawnder Troseddol Dyfed-Powys", size=12, colour=TEAL, space_after=2)
    para(d, "Dyfed-Powys Criminal Justice Board", bold=True, size=12, colour=GREEN, space_after=120)
    para(d, "Strategaeth Lleihau Aildroseddu", size=22, colour=TEAL, space_after=4)
    para(d, "Reducing Reoffending Strategy", bold=True, size=32, colour=GREEN, space_after=8)
    para(d, "2023–2026", size=20, colour=TEAL, space_after=200)
    para(d, "Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.", italic=True, size=9,
         colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("Crynodeb", "cry", 0), ("1. Introduction", "fw", 0), ("2. Reoffending in Dyfed-Powys", "ctx", 0),
                 ("3. The framework we work in", "frm", 0), ("4. Our priorities", "pri", 0),
                 ("5. Delivery and measures", "del", 0), ("6. Governance", "gov", 0)], pages, leader=True,
             bold_top=False)
    heading(d, "Crynodeb", 1, page_break=True)
    para(d, "Mae'r strategaeth hon yn nodi sut y bydd Bwrdd Cyfiawnder Troseddol Dyfed-Powys a'i bartneriaid yn "
            "lleihau aildroseddu rhwng 2023 a 2026. Mae ganddi bum blaenoriaeth.", italic=True)
    heading(d, "1. Introduction", 1)
    for t in [
        "Most crime is committed by people who have offended before. Helping them to stop is one of the most "
        "effective ways to protect the public and to reduce the number of victims.",
        "This strategy belongs to the Reducing Reoffending Group of the Dyfed-Powys Criminal Justice Board. The "
        "group brings together the Probation Service in Wales, Dyfed-Powys Police, the Police and Crime "
        "Commissioner, HMP Parc and HMP Swansea, the four councils, the health boards, the Department for Work and "
        "Pensions and the voluntary sector.",
        "It sets five priorities for 2023 to 2026."]:
        para(d, t)
    para(d, "Chair, Reducing Reoffending Group", bold=True)
    heading(d, "2. Reoffending in Dyfed-Powys", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Measure", "Dyfed-Powys"], ["Adult proven reoffending rate", "24%"],
              ["People on probation", "2,300"], ["Released from prison without settled accommodation", "26%"],
              ["In employment six weeks after release", "19%"], ["Women on probation", "310"]], [10.6, 5.2],
          head_fill=GREEN, band="E9F2EE", size=9.5)
    heading(d, "What people on probation told us", 2)
    for t in ["“The day I got out, I had a tent and a bus pass.”", "“Nobody would take me on once they saw my "
              "record.”", "“The women's centre was the first place that listened.”"]:
        para(d, t, italic=True, colour=GREEN)
    heading(d, "What the data shows", 2)
    para(d, "Reoffending is highest among people released from short prison sentences, people without settled "
            "accommodation and people who misuse drugs or alcohol. Around a third of the people on probation in "
            "Dyfed-Powys have a history of domestic abuse perpetration.")
    heading(d, "3. The framework we work in", 1, page_break=True)
    para(d, "Reducing reoffending work in England and Wales is organised around seven pathways:")
    numbered(d, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                 "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    para(d, "In Wales, IOM Cymru provides the integrated offender management approach, and the Female Offending "
            "Blueprint for Wales and the Youth Justice Blueprint for Wales set the direction for women and "
            "children. Youth reoffending is led by the four youth justice services and is not part of this "
            "strategy.")
    heading(d, "Our previous strategy", 2)
    para(d, "The 2019–2022 strategy focused on Integrated offender management; Substance misuse; and Short "
            "sentences. Much of that work is now business as usual.")
    heading(d, "4. Our priorities", 1, page_break=True)
    para(d, "The group has agreed five priorities for 2023–2026. Each is linked to one or more of the pathways.")
    for name, pathway, txt in PRIORITIES:
        p = d.add_paragraph()
        left_border(p, TEAL)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(14)
        r.font.name = "Liberation Sans"
        r.font.color.rgb = RGBColor.from_string(GREEN)
        para(d, f"Pathway: {pathway}", size=8.5, colour="777777", space_after=3)
        para(d, txt)
    heading(d, "5. Delivery and measures", 1, page_break=True)
    table(d, [["Short name", "Key actions", "Lead"],
              ["Homes", "Housing officers in the resettlement teams; a duty-to-refer protocol", "Councils, Probation"],
              ["Work", "Employer pledges; prison-to-work coaches", "DWP"],
              ["Women", "Women's centres in Carmarthen and Newtown", "Commissioner, Probation"],
              ["Perpetrators", "Building Better Relationships; community perpetrator programme", "Probation"],
              ["Diversion", "Adult deferred prosecution (Checkpoint) in all four counties", "Police, Commissioner"]],
          [3.2, 8.6, 4.0], head_fill=TEAL, size=9)
    para(d, "")
    para(d, "Measures", bold=True, colour=GREEN, space_after=2)
    numbered(d, ["Adult proven reoffending rate", "Settled accommodation on release", "Employment six weeks after "
                "release", "Programme completions", "Deferred prosecutions completed"])
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="777777")
    heading(d, "6. Governance", 1)
    para(d, "The Reducing Reoffending Group meets quarterly and reports to the Dyfed-Powys Criminal Justice Board, "
            "which is chaired by the Police and Crime Commissioner. The strategy supports the Commissioner's Police "
            "and Crime Plan, whose five priorities are:")
    numbered(d, ["Victims are supported", "Harm is prevented", "Communities are safe and feel safe",
                 "The criminal justice system is efficient and effective", "Policing is visible, accessible and "
                 "trusted"])
    para(d, "Contact: reducingreoffending@dyfedpowys-cjb.example", size=9, colour="555555")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"cry": "Crynodeb Mae'r strategaeth", "fw": "1. Introduction Most crime",
               "ctx": "2. Reoffending in Dyfed-Powys The figures", "frm": "3. The framework we work in",
               "pri": "4. Our priorities The group", "del": "5. Delivery and measures", "gov": "6. Governance The"}
    src = work_file("dp_reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
