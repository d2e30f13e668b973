"""County Durham and Darlington Violence Against Women and Girls Strategy 2024-2028: Word report
(python-docx + LibreOffice; Liberation Sans).

Four priorities, stated once, on p6 as **"You said / So our priority is" blocks**: each block is a
two-row Word table; the top row (shaded) holds a quotation from the women and girls' survey in italics
after a small "YOU SAID" label, and the bottom row holds a small grey "SO OUR PRIORITY IS" label on its own
line, then the priority in large bold type on the next line.  No numbers.  The quotations, the survey
results (p4), the national VAWG strategy's pillars and the police VAWG framework (p5), the PCVC's priority
quoted (p5), the short delivery headings (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import bullets, contents, cover_block, header_footer, heading, keep_rows, new_doc, page_break, para, \
    rgb, set_widths, shade, table
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from durham.work import soffice_stable, work_file

FILE = "strategies/county_durham_and_darlington_vawg_strategy_2024-28.pdf"
TITLE = "County Durham and Darlington Violence Against Women and Girls Strategy 2024–2028"
TEAL, INK, CORAL = "0B5563", "222222", "C8553D"

BLOCKS = [
    ("“I plan my route home around which streets are lit. I shouldn't have to.”",
     "Making streets, parks and public transport safer for women and girls"),
    ("“He turned up at my work every day for months, and I was told it wasn't a crime.”",
     "Tackling stalking, harassment and spiking"),
    ("“The boys in my class say things about girls they've seen online, and nobody challenges it.”",
     "Challenging misogyny and harmful attitudes among men and boys"),
    ("“It took three years to get to court, and I had no one to talk to while I waited.”",
     "Improving the justice response and support for survivors of rape and sexual violence"),
]


def no_borders(t, colour="FFFFFF"):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), colour)
        b.append(el)
    tblPr.append(b)


def block(d, quote, priority, width_cm):
    t = d.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t, "D9E7EA")
    top, bottom = t.cell(0, 0), t.cell(1, 0)
    shade(top, "E8F1F3")
    p = top.paragraphs[0]
    p.paragraph_format.space_after = Pt(1)
    r = p.add_run("YOU SAID")
    r.bold, r.font.size = True, Pt(7.5)
    r.font.color.rgb = rgb(CORAL)
    p2 = top.add_paragraph()
    p2.paragraph_format.space_after = Pt(3)
    r2 = p2.add_run(quote)
    r2.italic, r2.font.size = True, Pt(10)
    r2.font.color.rgb = rgb("3F5F66")
    p3 = bottom.paragraphs[0]
    p3.paragraph_format.space_before = Pt(3)
    p3.paragraph_format.space_after = Pt(1)
    r3 = p3.add_run("SO OUR PRIORITY IS")
    r3.bold, r3.font.size = True, Pt(7.5)
    r3.font.color.rgb = rgb("7A7A7A")
    p4 = bottom.add_paragraph()
    p4.paragraph_format.space_after = Pt(5)
    r4 = p4.add_run(priority)
    r4.bold, r4.font.size = True, Pt(14)
    r4.font.color.rgb = rgb(TEAL)
    set_widths(t, [width_cm])
    keep_rows(t)
    sp = d.add_paragraph()
    sp.paragraph_format.space_after = Pt(4)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(TEAL, TEAL, INK), title=TITLE,
                author="County Durham and Darlington VAWG Strategic Group", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Violence Against Women and Girls Strategy 2024–2028", "County Durham and Darlington",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=CORAL)
    para(d, "", space_after=20)
    cover_block(d, [("COUNTY DURHAM AND DARLINGTON", 11, True, "F6C9BE"), ("", 10, False, "FFFFFF"),
                    ("Violence Against Women and Girls Strategy", 27, True, "FFFFFF"),
                    ("2024 – 2028", 18, False, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Shaped by what women and girls told us", 11, False, "D7ECEF")], TEAL, height_cm=12)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Violence against women and girls in our area", "ctx", 0),
                 ("The national and local framework", "nat", 0), ("You said, so our priorities are", "pri", 0),
                 ("What we will do", "do", 0), ("Measures and governance", "gov", 0)], pages, leader=True)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Violence against women and girls includes domestic abuse, rape and sexual violence, stalking, harassment, "
        "so-called honour-based abuse and abuse online. It is rooted in inequality, and it limits the lives of "
        "women and girls every day, even when no crime is reported.",
        "More than 2,000 women and girls (illustrative) answered our survey in 2023. Their words are at the heart "
        "of this strategy, and each of our priorities answers something they told us.",
        "This strategy is owned by the VAWG Strategic Group, which reports to the Safe Durham Partnership and the "
        "Darlington Community Safety Partnership. It sits beside the Domestic Abuse and Sexual Violence Strategy, "
        "which sets out our response to domestic abuse, including safe accommodation."]:
        para(d, t)
    para(d, "Chair, VAWG Strategic Group", bold=True)
    heading(d, "Violence against women and girls in our area", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Rapes and other sexual offences recorded", "1,450"],
              ["Stalking and harassment offences", "3,300"], ["Reports of spiking", "64"],
              ["Rape cases charged within the year", "6%"]], [11.6, 5.0], head_fill=TEAL, band="EEF5F6", size=9.5)
    para(d, "What the survey found", bold=True, colour=TEAL)
    bullets(d, ["58% of women do not feel safe walking alone after dark in their town centre.",
                "One in three girls aged 13 to 17 has been sent unwanted sexual images.",
                "Only one in five women who were harassed in public reported it.",
                "Women who reported rape described long waits and little contact."])
    heading(d, "The national and local framework", 1, page_break=True)
    para(d, "The national Tackling Violence Against Women and Girls Strategy has three pillars: Prioritising "
            "prevention; Supporting victims; and Pursuing perpetrators, underpinned by a stronger system.")
    para(d, "The national police framework for VAWG asks forces to build trust and confidence, to pursue "
            "perpetrators relentlessly and to create safer spaces.")
    para(d, "The Police and Crime Plan", bold=True, colour=TEAL)
    para(d, "Ending violence against women and girls is one of the six priorities in the Police, Crime and "
            "Victims' Commissioner's plan for 2025–2029.")
    para(d, "Our principles", bold=True, colour=TEAL)
    bullets(d, ["Believe and listen: women and girls will be believed and heard.",
                "Whole system: every partner has a part to play, not only the police.",
                "Intersectional: we will reach women who face more than one barrier."])
    heading(d, "You said, so our priorities are", 1, page_break=True)
    para(d, "Each of our four priorities for 2024–2028 answers something women and girls told us.")
    width = (d.sections[0].page_width - d.sections[0].left_margin - d.sections[0].right_margin) / 360000
    for q, p in BLOCKS:
        block(d, q, p, width)
    heading(d, "What we will do", 1, page_break=True)
    for head, acts in [("Safer spaces", ["Lighting and CCTV on walking routes in Durham City, Darlington and Bishop "
                                         "Auckland.", "Safety audits with women in parks and bus stations."]),
                       ("Stalking", ["Stalking advocates and earlier protection orders.",
                                     "Spiking test kits and training for licensed venues."]),
                       ("Attitudes", ["A programme for boys in every secondary school.",
                                      "A campaign with sports clubs on respect."]),
                       ("Justice", ["ISVAs for every survivor who reports rape.",
                                    "Case reviews with the CPS to reduce delay."])]:
        para(d, head, bold=True, colour=TEAL)
        bullets(d, acts)
    heading(d, "Measures and governance", 1, page_break=True)
    table(d, [["Measure", "Baseline (illustrative)", "Direction"],
              ["Women who feel safe walking alone after dark", "42%", "Up"],
              ["Stalking protection orders", "18", "Up"], ["Rape charge rate", "6%", "Up"],
              ["Pupils reached by the boys' programme", "0", "8,000"]], [8.6, 4.5, 3.5], head_fill=TEAL, size=9)
    para(d, "The VAWG Strategic Group meets quarterly. Contact: vawg@durham.example")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Violence against women", "ctx": "Violence against women and girls in our area The",
               "nat": "The national and local framework The national", "pri": "You said, so our priorities are Each",
               "do": "What we will do Safer", "gov": "Measures and governance Measure"}
    src = work_file("vawg.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
