"""Safer Monmouthshire Community Safety Partnership Plan 2024-2027: Word report (python-docx +
LibreOffice, Liberation Serif body, Liberation Sans headings).

Four priorities, stated once, as **unnumbered Heading 2s carrying real Word footnote references**: each
priority heading under "4 Our priorities" (all four on p6) ends with a superscript footnote number that
points to the evidence for it, and the footnotes print at the foot of the page (pdftotext joins the number to
the last word: "towns1").  Each heading is followed by two short paragraphs.  The previous plan's priorities
(p3), the Police and Crime Commissioner's six priorities quoted in a table (p5), the well-being objectives of
the Gwent Public Services Board (p5), the delivery themes (p7) and the measures (p8) are distractors.
"""
import copy

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from gwent.work import soffice_stable, work_file

FILE = "strategies/safer_monmouthshire_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Safer Monmouthshire Community Safety Partnership Plan 2024–2027"
PLUM, SLATE, INK = "5A2D5E", "2F4F6F", "262626"

PRIORITIES = [
    ("Reducing anti-social behaviour in our market towns",
     "Anti-social behaviour is the issue residents raise most often with councillors, and it is concentrated in "
     "the centres of Abergavenny, Caldicot, Chepstow and Monmouth on weekend evenings.",
     "We will hold monthly problem-solving meetings for each town, use Community Protection Notices consistently, "
     "and fund youth provision in the evenings.",
     "Gwent Police and Monmouthshire County Council, ASB incidents 2023/24 (illustrative)."),
    ("Tackling rural, wildlife and heritage crime",
     "Two-thirds of the county is farmland and woodland. Thefts of machinery, fuel and livestock, hare coursing and "
     "fly-tipping cost farmers and landowners dearly and are under-reported.",
     "We will support the Rural Crime Team, expand Farm Watch and work with the Wye Valley and Brecon Beacons "
     "partners on heritage sites.",
     "Rural crime survey of 240 farms, 2023 (illustrative)."),
    ("Reducing harm from drugs and alcohol",
     "Alcohol is the main substance of concern in the county; drug-related deaths are few but rising, and people "
     "in rural areas find treatment hard to reach.",
     "We will work with the Gwent Area Planning Board on outreach clinics in the market towns, naloxone for "
     "families and alcohol liaison in Nevill Hall Hospital.",
     "Gwent Area Planning Board needs assessment, 2023 (illustrative)."),
    ("Protecting older and vulnerable residents from scams and fraud",
     "Monmouthshire has one of the oldest populations in Wales. Doorstep crime, telephone and online scams take "
     "savings and confidence from people who often do not report them.",
     "We will train call blockers and scams champions, run a No Cold Calling Zone scheme and share alerts through "
     "the community councils.",
     "Trading Standards referrals, 2022–2024 (illustrative)."),
]

PCP = ["Keep neighbourhoods safe", "Combat serious crime",
       "Tackle violence against women, domestic abuse and sexual violence",
       "Support victims and protect the vulnerable", "Increase community confidence in policing",
       "Drive sustainable policing"]

FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    '</w:footnote></w:footnotes>')


class Footnotes:
    """A minimal footnotes part: add(run, text) puts a reference in `run`'s paragraph and the note in the part."""

    def __init__(self, d):
        self.el = parse_xml(FOOTNOTES_XML)
        self.d = d
        self.n = 0

    def add(self, paragraph, text):
        self.n += 1
        fid = str(self.n)
        r = paragraph.add_run()
        rpr = r._r.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), fid)
        r._r.append(ref)
        fn = OxmlElement("w:footnote")
        fn.set(qn("w:id"), fid)
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:after"), "0")
        ppr.append(sp)
        p.append(ppr)
        r1 = OxmlElement("w:r")
        r1pr = OxmlElement("w:rPr")
        va1 = OxmlElement("w:vertAlign")
        va1.set(qn("w:val"), "superscript")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "16")
        r1pr.append(va1)
        r1pr.append(copy.deepcopy(sz))
        r1.append(r1pr)
        r1.append(OxmlElement("w:footnoteRef"))
        p.append(r1)
        r2 = OxmlElement("w:r")
        r2pr = OxmlElement("w:rPr")
        r2pr.append(sz)
        r2.append(r2pr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = " " + text
        r2.append(t)
        p.append(r2)
        fn.append(p)
        self.el.append(fn)

    def attach(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", blob,
                    self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(PLUM, SLATE, INK),
                title=TITLE, author="Safer Monmouthshire Partnership", margins=(2.3, 2.3, 2.4, 2.3))
    header_footer(d, "Safer Monmouthshire", "Sir Fynwy Mwy Diogel", footer_fmt="Page {PAGE}", colour="666666",
                  rule_colour=PLUM)
    fns = Footnotes(d)
    para(d, "", space_after=24)
    para(d, "SAFER MONMOUTHSHIRE  ·  SIR FYNWY MWY DIOGEL", bold=True, size=11, colour=PLUM, space_after=24)
    cover_block(d, [("Community Safety", 30, True, "FFFFFF"), ("Partnership Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "E9DDEB"), ("", 10, False, "FFFFFF"),
                    ("Abergavenny · Caldicot · Chepstow · Monmouth · Usk · the villages", 10, False, "FFFFFF")],
                PLUM, height_cm=10.5)
    para(d, "", space_after=150)
    para(d, "Monmouthshire County Council, Gwent Police, South Wales Fire and Rescue Service, Aneurin Bevan "
            "University Health Board, the Probation Service and the voluntary sector.", italic=True, size=9,
         colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PLUM, space_after=14)
    contents(d, [("1 Introduction", "intro", 0), ("2 Monmouthshire in numbers", "ctx", 0),
                 ("3 The wider picture", "wider", 0), ("4 Our priorities", "pri", 0), ("5 Delivery", "del", 0),
                 ("6 Governance and measures", "gov", 0)], pages, leader=True, bold_top=False)
    heading(d, "1 Introduction", 1, page_break=True)
    for t in [
        "Monmouthshire is a safe county. Crime is lower than the Welsh average, and most residents tell us they feel "
        "safe in their homes and in their towns. But a low crime rate does not mean no harm: rural isolation, an "
        "ageing population and busy market towns bring problems of their own.",
        "Safer Monmouthshire is the county's community safety partnership. It reports to the Gwent Public Services "
        "Board and works with the regional partnerships for violence against women, serious violence and substance "
        "misuse.",
        "Our previous plan (2021–2024) had five priorities: Safer towns; Rural crime; Substance misuse; Protecting "
        "vulnerable people; and Road safety. Road safety is now led by the GoSafe partnership and the police, and "
        "the other four have been reviewed and sharpened."]:
        para(d, t)
    para(d, "Chair, Safer Monmouthshire Partnership", bold=True)
    heading(d, "2 Monmouthshire in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "94,000"], ["Residents aged 65 or over", "27%"],
              ["Crimes recorded", "5,300"], ["Anti-social behaviour incidents", "1,450"],
              ["Rural crimes reported", "310"], ["Adults in drug and alcohol treatment", "290"],
              ["Scam victims referred by Trading Standards", "180"]], [11.4, 5.0], head_fill=PLUM,
          band="F3ECF4", size=9.5)
    heading(d, "What residents told us", 2)
    bullets(d, ["Young people gathering in town centres in the evenings worries older residents.",
                "Farm thefts go unreported because people do not expect anything to happen.",
                "Older people are targeted by cold callers and scam phone calls."])
    heading(d, "3 The wider picture", 1, page_break=True)
    para(d, "Our plan sits beside the plans of other bodies. Where their priorities meet ours we work with them; "
            "they are not priorities of this plan.")
    heading(d, "The Police and Crime Plan for Gwent", 2)
    para(d, "The Police and Crime Commissioner's plan for 2025–2029 has six priorities:")
    table(d, [["", "Police and Crime Plan priority"]] + [[str(i), t] for i, t in enumerate(PCP, 1)], [1.2, 15.0],
          head_fill=SLATE, band="EEF2F6", size=9.5)
    heading(d, "The Gwent Public Services Board", 2)
    para(d, "The Gwent Well-being Plan sets regional well-being objectives for a fairer, more equal Gwent and for a "
            "Gwent ready for a changing climate. Community safety contributes to both.")
    heading(d, "4 Our priorities", 1, page_break=True)
    para(d, "The partnership has agreed four priorities for 2024–2027. The note against each heading gives the main "
            "evidence for choosing it.")
    for name, why, what, note in PRIORITIES:
        h = d.add_heading("", level=2)
        h.add_run(name)
        h.paragraph_format.keep_with_next = True
        fns.add(h, note)
        para(d, why, space_after=3)
        para(d, what, space_after=8)
    heading(d, "5 Delivery", 1, page_break=True)
    para(d, "Each priority has a lead and a small delivery group. The main actions for 2024/25:")
    table(d, [["Theme", "Key actions 2024/25", "Lead"],
              ["Towns", "Town problem-solving meetings; evening youth provision; CCTV review in Chepstow", "Council"],
              ["Rural", "Farm Watch expansion; hare coursing operation each autumn", "Gwent Police"],
              ["Substances", "Outreach clinics in market towns; naloxone for families", "Area Planning Board"],
              ["Scams", "Call blockers; scams champions; No Cold Calling Zones", "Trading Standards"]],
          [2.8, 10.4, 3.2], head_fill=PLUM, band="F3ECF4", size=9)
    heading(d, "6 Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the Gwent Public Services Board and to the "
            "council's Public Services Scrutiny Committee.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents in town centres", "820", "Down"],
              ["Rural crimes reported", "310", "Up (more reporting)"], ["Adults in treatment", "290", "Up"],
              ["Scam victims supported", "180", "Up"]], [9.0, 3.4, 4.2], head_fill=PLUM, band="F3ECF4", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: safermonmouthshire@monmouthshire.example", size=9)
    fns.attach()
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1 Introduction Monmouthshire is a safe", "ctx": "2 Monmouthshire in numbers",
               "wider": "3 The wider picture", "pri": "4 Our priorities The partnership", "del": "5 Delivery Each",
               "gov": "6 Governance and measures The"}
    src = work_file("monmouthshire_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
