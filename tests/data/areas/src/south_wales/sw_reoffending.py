"""South Wales Reducing Reoffending Strategy 2024-2027 (South Wales Reducing Reoffending Board, under the South
Wales Criminal Justice Board): Word report (python-docx + LibreOffice, Liberation Serif body, Liberation Sans
headings).

Five priorities, stated once, on p7 as an **acrostic**: a borderless Word table whose first column holds
very large letters spelling S-A-F-E-R down the page (white on a dark cell), with each priority in bold in the
second column beginning with that letter ("Settled homes ...", "Access to ...") and a sentence below it.  The
letters are labels; the priorities keep their whole first word.  The seven resettlement pathways and the IOM
cohorts (p5), the previous strategy's themes (p6), the workstream names in the delivery plan (p8), the
measures and the partner list (p9) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, table
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from south_wales.work import soffice_stable, work_file

FILE = "strategies/south_wales_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "South Wales Reducing Reoffending Strategy 2024–2027"
PLUM, GOLD, INK = "3C1E5A", "C9A227", "222222"

PRIORITIES = [
    ("S", "Settled homes for everyone leaving prison",
     "No one released from HMP Cardiff, HMP Swansea, HMP Parc or HMP Eastwood Park to South Wales without "
     "somewhere safe to sleep that night."),
    ("A", "Access to drug and alcohol treatment from custody to community",
     "Treatment that starts in the custody suite or prison continues without a gap after release or sentence."),
    ("F", "Focusing on the people who cause the most harm through Integrated Offender Management",
     "Police, probation and partners working as one team with the prolific and high-harm offenders in each "
     "local authority area."),
    ("E", "Education, training and work that lasts",
     "Qualifications in prison that employers recognise, and jobs on release with employers who will keep people "
     "on."),
    ("R", "Responding to domestic abuse perpetrators with programmes that change behaviour",
     "Accredited programmes, in custody and the community, for people whose offending includes domestic abuse."),
]


def no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "24")
        el.set(qn("w:color"), "FFFFFF")
        b.append(el)
    tblPr.append(b)


def acrostic(d):
    t = d.add_table(rows=len(PRIORITIES), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, (letter, name, txt) in enumerate(PRIORITIES):
        a, b = t.cell(i, 0), t.cell(i, 1)
        shade(a, PLUM)
        shade(b, "F3EFF7")
        a.text = ""
        pa = a.paragraphs[0]
        pa.alignment = ALIGN.CENTER
        pa.paragraph_format.space_after = Pt(0)
        r = pa.add_run(letter)
        r.bold, r.font.size = True, Pt(40)
        r.font.color.rgb = rgb(GOLD)
        r.font.name = "Liberation Serif"
        b.text = ""
        pb = b.paragraphs[0]
        pb.paragraph_format.space_before = Pt(6)
        pb.paragraph_format.space_after = Pt(3)
        rb = pb.add_run(name)
        rb.bold, rb.font.size = True, Pt(13)
        rb.font.color.rgb = rgb(PLUM)
        rb.font.name = "Liberation Sans"
        pc = b.add_paragraph()
        pc.paragraph_format.space_after = Pt(6)
        rc = pc.add_run(txt)
        rc.font.size = Pt(9.5)
        for cell in (a, b):
            tcPr = cell._tc.get_or_add_tcPr()
            v = OxmlElement("w:vAlign")
            v.set(qn("w:val"), "center")
            tcPr.append(v)
    set_widths(t, [2.4, 14.2])
    return t


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(PLUM, PLUM, INK),
                title=TITLE, author="South Wales Reducing Reoffending Board", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "South Wales Reducing Reoffending Board", "Strategy 2024–2027",
                  footer_fmt="{PAGE}", colour="555555", rule_colour=GOLD)
    para(d, "", space_after=24)
    para(d, "SOUTH WALES CRIMINAL JUSTICE BOARD", bold=True, size=10, colour=GOLD, space_after=6)
    para(d, "Reducing Reoffending Board", size=10, colour=PLUM, space_after=24)
    cover_block(d, [("Reducing Reoffending", 30, True, "FFFFFF"), ("Strategy 2024–2027", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("A SAFER South Wales", 13, True, "E8D9A0")], PLUM, height_cm=10)
    para(d, "", space_after=140)
    para(d, "Agreed by the South Wales Reducing Reoffending Board, April 2024.", italic=True, size=9,
         colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=PLUM, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Reoffending in South Wales", "ctx", 0), ("National frameworks", "nat", 0),
                 ("Learning from our last strategy", "last", 0), ("SAFER: our five priorities", "pri", 0),
                 ("Delivery plan", "del", 0), ("Measuring progress", "mea", 0), ("Governance and partners", "gov", 0)],
             pages, leader=True, bold_top=False)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Most crime in South Wales is committed by people who have offended before. Every time we help someone "
        "to stop offending, we prevent future victims.",
        "The South Wales Reducing Reoffending Board brings together the Probation Service, HM Prison and "
        "Probation Service in Wales, South Wales Police, the Police and Crime Commissioner, the seven local "
        "authorities, the three health boards, the Department for Work and Pensions and the voluntary sector.",
        "Our priorities spell SAFER. We chose the word because it is what we are for: a safer South Wales, with "
        "fewer victims. The letters are there to help people remember the priorities; it is the priorities "
        "themselves that we will be held to."]:
        para(d, t)
    para(d, "Chair, South Wales Reducing Reoffending Board", bold=True)
    heading(d, "Reoffending in South Wales", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "Latest year"], ["Adult proven reoffending rate", "27%"],
              ["People released from prison to South Wales each year", "2,900"],
              ["Released without settled accommodation", "18%"], ["People on probation in South Wales", "9,400"],
              ["People managed through IOM", "610"], ["In work six weeks after release", "14%"]],
          [11.6, 5.0], head_fill=PLUM, band="F3EFF7", size=9.5)
    para(d, "")
    para(d, "Most reoffending is linked to a small number of needs: somewhere to live, drug and alcohol "
            "dependence, work, relationships and attitudes. Women, young adults and people leaving short "
            "sentences are at highest risk.")
    heading(d, "National frameworks", 1, page_break=True)
    para(d, "Resettlement is organised around seven pathways, which we use to assess need:")
    numbered(d, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                 "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    para(d, "Integrated Offender Management works with three cohorts:")
    bullets(d, ["Fixed: neighbour crime offenders, managed in every area;",
                "Flex: local priorities, such as domestic abuse perpetrators;",
                "Free: people chosen by local partners for other reasons."])
    para(d, "In Wales, the Female Offending Blueprint and the Youth Justice Blueprint guide work with women and "
            "young adults.")
    heading(d, "Learning from our last strategy", 1, page_break=True)
    para(d, "Our 2021–2024 strategy had three themes. They are listed for reference; they are not priorities of "
            "this strategy.")
    bullets(d, ["Homes", "Health", "Hope"])
    para(d, "What we learned:")
    bullets(d, ["Housing on the day of release improved, but too many people were placed in temporary "
                "accommodation far from home.",
                "Treatment started in prison was often lost on release.",
                "Employment outcomes were poor, and few employers were involved.",
                "Domestic abuse perpetrators made up a growing share of the IOM cohort."])
    heading(d, "SAFER: our five priorities", 1, page_break=True)
    para(d, "Our five priorities for 2024–2027 are set out below. Their first letters spell SAFER.")
    acrostic(d)
    heading(d, "Delivery plan", 1, page_break=True)
    table(d, [["Workstream", "Main actions 2024/25", "Lead"],
              ["Homes", "Accommodation on the day of release; a housing lead in each prison", "Local authorities"],
              ["Treatment", "Continuity of care from custody; treatment requirements at court", "Health boards"],
              ["IOM", "One IOM team in each local authority area, with shared premises", "Police, Probation"],
              ["Work", "Employer pledge; prison employment hubs", "DWP, prisons"],
              ["Change", "Accredited perpetrator programme places increased", "Probation"]],
          [3.2, 9.6, 3.8], head_fill=PLUM, size=9)
    heading(d, "Measuring progress", 1, page_break=True)
    table(d, [["Measure", "Baseline", "2027"], ["Released without settled accommodation", "18%", "5%"],
              ["Treatment continued within three weeks of release", "31%", "60%"],
              ["IOM cohort reoffending", "62%", "Down"], ["In work six weeks after release", "14%", "25%"],
              ["Perpetrator programme completions", "120", "200"]], [9.6, 3.5, 3.5], head_fill=PLUM, size=9.5)
    para(d, "Baselines are illustrative.", italic=True, size=9)
    heading(d, "Governance and partners", 1)
    para(d, "The Board meets every quarter and reports to the South Wales Criminal Justice Board. The Police and "
            "Crime Commissioner chairs the Criminal Justice Board and funds parts of the delivery plan.")
    para(d, "Partners: the Probation Service; HM Prison and Probation Service in Wales; South Wales Police; the "
            "office of the Police and Crime Commissioner; the seven local authorities; Cardiff and Vale, Cwm Taf "
            "Morgannwg and Swansea Bay university health boards; the Department for Work and Pensions; the "
            "voluntary sector. Contact: reoffending@southwales-cjb.example")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime", "ctx": "Reoffending in South Wales The figures",
               "nat": "National frameworks Resettlement", "last": "Learning from our last strategy Our",
               "pri": "SAFER: our five priorities Our", "del": "Delivery plan Workstream",
               "mea": "Measuring progress Measure", "gov": "Governance and partners The Board"}
    src = work_file("sw_reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)  # OpenSymbol lands fourth with this font set
    two_pass(run, out, needles)
    return out
