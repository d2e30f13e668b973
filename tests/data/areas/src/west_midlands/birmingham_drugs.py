"""Birmingham Combating Drugs Partnership Strategy 2023-2026: Word report (python-docx + LibreOffice).

Four priorities, stated once, on p6 as **Word drawing shapes with text boxes** (DrawingML `wps:wsp`, anchored
to the page and written by hand, no wrapping): four rounded rectangles in a 2 x 2 layout around a central
ellipse that holds the aim ("A healthier, safer Birmingham"); each rectangle holds the priority in white bold
(two or three lines) and a pale line naming the national strand.  No numbers.  The *From harm to hope*
priorities and outcomes (p4), the principles (p5), the strand lines in the shapes, the delivery headings (p7)
and the outcomes table (p8) are distractors.
"""
from docx.oxml import parse_xml

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from west_midlands.work import soffice_stable, work_file

FILE = "strategies/birmingham_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Birmingham Combating Drugs Partnership Strategy 2023–2026"
GREEN, DARK, INK = "00704A", "0B3D2E", "262626"

PRIORITIES = [
    ("Breaking drug supply chains and closing down dealing in our neighbourhoods", "National strand: supply",
     "1B5E20"),
    ("Getting more people into treatment and supporting their recovery", "National strand: treatment and recovery",
     "00796B"),
    ("Preventing drug-related deaths", "National strand: treatment and recovery", "33691E"),
    ("Stopping young people from starting to use drugs", "National strand: demand", "004D40"),
]

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
EMU = 360000  # per cm


def _run(text, size, colour, bold=False):
    b = "<w:b/>" if bold else ""
    return (f'<w:r><w:rPr>{b}<w:color w:val="{colour}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def _para(runs, align="left", after=60):
    return f'<w:p><w:pPr><w:spacing w:after="{after}"/><w:jc w:val="{align}"/></w:pPr>{runs}</w:p>'


def shape(sid, x_cm, y_cm, w_cm, h_cm, geom, fill, paras, line=None):
    ln = f'<a:ln w="19050"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>' if line else \
        '<a:ln><a:noFill/></a:ln>'
    xml = (
        f'<w:r {NS}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{sid + 2}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:posOffset>{int(x_cm * EMU)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(y_cm * EMU)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{int(w_cm * EMU)}" cy="{int(h_cm * EMU)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{sid}" name="Shape {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{int(w_cm * EMU)}" cy="{int(h_cm * EMU)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/>'
        f'</a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>{ln}</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="144000" tIns="108000" rIns="144000" bIns="108000" '
        f'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></w:r>')
    return parse_xml(xml)


def diagram(d):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(372)  # room for the shapes, which do not take up space themselves
    w, h, gap = 7.4, 4.6, 1.8
    pos = [(0.0, 0.4), (w + gap, 0.4), (0.0, 0.4 + h + 2.6), (w + gap, 0.4 + h + 2.6)]
    for i, ((name, strand, fill), (x, y)) in enumerate(zip(PRIORITIES, pos)):
        paras = [_para(_run(name, 12, "FFFFFF", bold=True), after=100), _para(_run(strand, 8, "CDEBDD"))]
        p._p.append(shape(10 + i, x, y, w, h, "roundRect", fill, paras))
    aim = [_para(_run("A healthier, safer Birmingham", 11, DARK, bold=True), align="center", after=0)]
    p._p.append(shape(20, (2 * w + gap) / 2 - 2.6, 0.4 + h - 0.5, 5.2, 3.6, "ellipse", "FFFFFF", aim, line=GREEN))


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(DARK, GREEN, INK), title=TITLE,
                author="Birmingham Combating Drugs Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Birmingham Combating Drugs Partnership", "Strategy 2023–2026",
                  footer_fmt="{PAGE}", colour="555555", rule_colour=GREEN)
    para(d, "", space_after=30)
    para(d, "BIRMINGHAM COMBATING DRUGS PARTNERSHIP", bold=True, size=11, colour=GREEN, space_after=30)
    cover_block(d, [("Combating Drugs", 30, True, "FFFFFF"), ("Partnership Strategy", 30, True, "FFFFFF"),
                    ("2023–2026", 20, False, "CDEBDD"), ("", 10, False, "FFFFFF"),
                    ("Our local response to From harm to hope", 12, False, "FFFFFF")], DARK, height_cm=10.5)
    para(d, "", space_after=150)
    para(d, "Birmingham City Council, West Midlands Police, the Probation Service, the NHS, HM Prison Service, "
            "Jobcentre Plus and people with lived experience of drug use.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=DARK, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("The national strategy", "nat", 0), ("Drugs in Birmingham", "ctx", 0),
                 ("Our priorities", "pri", 0), ("Delivering the strategy", "del", 0), ("Outcomes and governance",
                                                                                    "gov", 0)], pages)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Drugs cause harm to the people who use them, to their families and to the neighbourhoods where they are "
        "sold. In Birmingham, drug-related deaths have risen for five years in a row (illustrative).",
        "The Birmingham Combating Drugs Partnership was formed in 2022 in response to the national drug strategy. "
        "It brings together everyone with a part to play, and people with lived experience sit on the board.",
        "This strategy sets out four priorities for 2023 to 2026."]:
        para(d, t)
    para(d, "Senior Responsible Owner, Birmingham Combating Drugs Partnership", bold=True)
    heading(d, "The national strategy", 1, page_break=True)
    para(d, "From harm to hope, the government's ten-year drugs plan (2021), has three strategic priorities:")
    bullets(d, ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                "Achieve a generational shift in demand for drugs"])
    para(d, "It measures progress against strategic outcomes:")
    bullets(d, ["Reducing drug use", "Reducing drug-related crime", "Reducing drug-related deaths and harm",
                "Reducing drug supply", "Increasing engagement in treatment", "Improving drug recovery outcomes"])
    para(d, "Every local partnership must have a needs assessment, a strategy and a local outcomes framework.")
    heading(d, "Drugs in Birmingham", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2022/23"], ["Adults in treatment for drugs", "6,300"], ["Estimated opiate and crack "
              "users not in treatment", "54%"], ["Drug-related deaths", "96"], ["Drug supply offences", "1,850"],
              ["Young people in specialist substance misuse services", "240"]], [11.6, 5.0], head_fill=DARK,
          band="EAF4EF")
    para(d, "")
    heading(d, "Our principles", 2)
    bullets(d, ["Lived experience at the heart of everything we do", "Addiction is a health condition, not a moral "
                "failing", "No wrong door: every contact is a chance to help", "Tough on supply, compassionate "
                "on use"])
    heading(d, "Our priorities", 1, page_break=True)
    para(d, "Our four priorities for 2023 to 2026 are shown below, around the aim they serve. Each one follows a "
            "strand of the national strategy.")
    diagram(d)
    para(d, "The priorities are not ranked. Alcohol is covered by the city's separate alcohol plan.", size=9,
         colour="555555")
    heading(d, "Delivering the strategy", 1, page_break=True)
    for lab, acts in [
        ("Supply: Project ADDER and neighbourhood enforcement", ["Closure orders on cuckooed properties.",
                                                                "Disruption of county lines from the city."]),
        ("Treatment: more people, sooner", ["Drug testing on arrest linked to treatment.",
                                            "Continuity of care for people leaving HMP Birmingham."]),
        ("Deaths: naloxone and outreach", ["Naloxone carried by officers, hostel staff and pharmacists.",
                                           "A drug-related deaths review panel."]),
        ("Demand: schools and families", ["Drug education in every secondary school.",
                                          "Support for children affected by parental drug use."])]:
        heading(d, lab, 2)
        bullets(d, acts)
    heading(d, "Outcomes and governance", 1, page_break=True)
    table(d, [["Local outcome", "Baseline", "2026 ambition"], ["Adults in treatment", "6,300", "7,600"],
              ["Drug-related deaths", "96", "Down"], ["Continuity of care after prison", "41%", "75%"],
              ["Young people in treatment", "240", "Up"]], [9.0, 3.8, 3.8], head_fill=DARK, band="EAF4EF")
    para(d, "")
    para(d, "The partnership board meets quarterly and reports to the Birmingham Health and Wellbeing Board, the "
            "Safer Birmingham Partnership and the Joint Combating Drugs Unit. Baselines are illustrative. Contact: "
            "cdp@birmingham.example", size=9.5)
    d.save(str(path))


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Drugs cause harm", "nat": "The national strategy From harm to hope",
               "ctx": "Drugs in Birmingham The figures", "pri": "Our priorities Our four priorities",
               "del": "Delivering the strategy Supply", "gov": "Outcomes and governance Local"}
    src = work_file("birmingham_drugs.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
