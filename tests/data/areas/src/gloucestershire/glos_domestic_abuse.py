"""Gloucestershire Domestic Abuse and Sexual Violence Strategy 2024-2027: Word report (python-docx +
LibreOffice).

Four priorities, stated once, on p6: a **landscape page set in four newspaper columns** (a Word section
of its own with w:cols num=4 and column breaks), each column opening with the priority as an unnumbered
Heading 2 (all wrap over two to four lines), then a shaded survivor quotation and "What we will do"
bullets.  pdftotext prints the columns one after another.  The national Tackling Domestic Abuse Plan's
pillars and the principles (p5), the survivor quotations, the delivery groups (p7) and the outcomes (p8)
are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table, rgb, bullets as dbullets
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from gloucestershire.work import soffice_stable, work_file

FILE = "strategies/gloucestershire_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Gloucestershire Domestic Abuse and Sexual Violence Strategy 2024–2027"
TEAL, INK = "146C6C", "222222"

PRIORITIES = [
    ("Preventing domestic abuse and sexual violence before it starts",
     "\u201cIf someone had told me at school what control looks like, I would have known.\u201d",
     ["Healthy relationships education in every secondary school", "Bystander training in colleges",
      "Public campaigns on coercive control"]),
    ("Supporting adult and child victims to recover and thrive",
     "\u201cMy IDVA was the first person who believed me.\u201d",
     ["IDVAs and ISVAs in both hospitals", "Counselling for children", "Support for older victims"]),
    ("Holding perpetrators to account and changing their behaviour",
     "\u201cHe has to be the one who changes, not me.\u201d",
     ["Perpetrator programme places doubled", "Multi-agency tasking of serial perpetrators",
      "Specialist domestic abuse courts"]),
    ("Ensuring safe accommodation for victims and their children",
     "\u201cWe moved four times in a year.\u201d",
     ["More refuge spaces for women with older sons", "Sanctuary schemes", "Move-on housing"]),
]


def cols(section, n):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    c = OxmlElement("w:cols")
    c.set(qn("w:num"), str(n))
    c.set(qn("w:space"), "454")
    sectPr.append(c)


def make(path, pages):
    d = new_doc(title=TITLE, author="Gloucestershire Domestic Abuse Local Partnership Board",
                colours=(TEAL, TEAL, "404040"))
    header_footer(d, "Domestic Abuse and Sexual Violence Strategy 2024–2027", "Gloucestershire",
                  footer_fmt="Page {PAGE}")
    cover_block(d, [("GLOUCESTERSHIRE DOMESTIC ABUSE LOCAL PARTNERSHIP BOARD", 10, True, "FFFFFF"),
                    ("Domestic Abuse and Sexual Violence Strategy", 26, True, "FFFFFF"),
                    ("2024–2027", 20, False, "FFFFFF")], TEAL, height_cm=14)
    heading(d, "Contents", 1, page_break=True)
    contents(d, [("Foreword", "fw", 0), ("The picture in Gloucestershire", "ctx", 0),
                 ("National context and our principles", "nat", 0), ("Our priorities", "pri", 0),
                 ("Delivery", "del", 0), ("Outcomes", "out", 0)], pages)
    heading(d, "Foreword", 1, page_break=True)
    for t in ["Domestic abuse and sexual violence affect one in five adults in Gloucestershire at some point in "
              "their lives (illustrative). They harm children, they drive homelessness and they cost lives.",
              "The Domestic Abuse Local Partnership Board was set up under the Domestic Abuse Act 2021. It brings "
              "together the county and district councils, the Constabulary, the Commissioner, the NHS, probation "
              "and specialist services, and it listens to survivors through our Survivors' Panel.",
              "This strategy sets out four priorities for the next three years."]:
        para(d, t)
    para(d, "Chair, Gloucestershire Domestic Abuse Local Partnership Board", bold=True)
    heading(d, "The picture in Gloucestershire", 1, page_break=True)
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Domestic abuse crimes and incidents", "7,400"],
              ["Rapes recorded", "520"], ["MARAC cases", "1,350"], ["Households in safe accommodation", "310"],
              ["Children in households referred", "3,900"]], [10.0, 6.6], head_fill=TEAL)
    heading(d, "Key findings", 2)
    dbullets(d, ["Repeat victimisation remains high (illustrative 31% at MARAC).",
                 "Older victims and disabled victims are less likely to be referred.",
                 "Refuge spaces are full for most of the year."])
    heading(d, "National context and our principles", 1, page_break=True)
    para(d, "The national Tackling Domestic Abuse Plan (2022) has four pillars:")
    dbullets(d, ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"])
    heading(d, "Our principles", 2)
    dbullets(d, ["Survivor-led: survivors shape what we do", "Think family: children are victims in their own right",
                 "Intersectional: we reach every community", "Trauma-informed in every agency"])
    # landscape section, four newspaper columns
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    cols(sec, 1)
    heading(d, "Our priorities", 1)
    para(d, "Four priorities, one column each. Every column opens with the priority, then a survivor's words and "
            "what we will do.")
    sec2 = d.add_section(WD_SECTION.CONTINUOUS)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    cols(sec2, 4)
    for i, (name, quote, acts) in enumerate(PRIORITIES):
        h = heading(d, name, 2)
        h.paragraph_format.space_before = Pt(0)
        q = para(d, quote, italic=True, size=9.5, colour="146C6C")
        pPr = q._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "E3F1F1")
        pPr.append(shd)
        para(d, "What we will do", bold=True, size=9.5)
        for a in acts:
            p = para(d, "\u2013 " + a, size=9.5, space_after=2)
        if i < len(PRIORITIES) - 1:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    sec3 = d.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    cols(sec3, 1)
    heading(d, "Delivery", 1)
    table(d, [["Delivery group", "Focus", "Lead"], ["Prevention", "Schools, colleges, campaigns", "Public health"],
              ["Support", "IDVAs, ISVAs, children's recovery", "Commissioner's office"],
              ["Pursue and change", "Perpetrator programmes, tasking", "Constabulary"],
              ["Safe homes", "Refuges, sanctuary, move-on", "County council"]], [4.5, 8.0, 4.1], head_fill=TEAL)
    heading(d, "Outcomes", 1, page_break=True)
    para(d, "We will know the strategy is working when we see:")
    dbullets(d, ["Fewer repeat victims at MARAC", "More victims say they feel safer after support",
                 "More perpetrators complete a programme", "No family turned away from safe accommodation"])
    para(d, "The Board meets quarterly and reports to Safer Gloucestershire and the Health and Wellbeing Board. "
            "Contact: dalpb@gloucestershire.example", size=9.5)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse and sexual", "ctx": "The picture in Gloucestershire All",
               "nat": "National context and our principles The", "pri": "Our priorities Four priorities",
               "del": "Delivery Delivery group", "out": "Outcomes We will know"}
    src = work_file("glos_domestic_abuse.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
