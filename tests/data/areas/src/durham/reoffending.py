"""County Durham and Darlington Reducing Reoffending Strategy 2024-2027: Word report (python-docx +
LibreOffice; Liberation Serif body, Liberation Sans headings).

Five priorities, stated once, on p6 in a **pathway mapping table with vertically merged right-hand cells**
("From pathways to priorities"): the first column lists the seven national resettlement pathways plus the
women's cohort (eight rows), the middle column a finding for each, and the right-hand column "Our
priority" holds the five priorities in dark shaded cells merged down over the one or two pathway rows
each covers (Word vMerge); the priority text is white bold.  The pathway names, the findings, the IOM
cohorts and the previous strategy's themes (p5), the short delivery headings (p7) and the measures (p8)
are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import bullets, contents, cover_block, header_footer, heading, keep_rows, new_doc, page_break, para, \
    rgb, set_widths, shade, table
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from durham.work import soffice_stable, work_file

FILE = "strategies/county_durham_and_darlington_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "County Durham and Darlington Reducing Reoffending Strategy 2024–2027"
GREEN, INK, SAND = "2F4F2F", "222222", "EDE6D6"

PRIORITIES = [
    "Managing the people who cause most harm through Integrated Offender Management",
    "Finding settled homes for people leaving prison",
    "Helping people into education, training and work",
    "Getting people whose offending is driven by drugs or alcohol into treatment",
    "Diverting women from the justice system and meeting their needs",
]
ROWS = [  # (pathway, finding, priority index)
    ("Attitudes, thinking and behaviour", "A small group of about 300 people commits a third of neighbourhood "
     "crime.", 0),
    ("Accommodation", "One in four people leaves HMP Durham with nowhere settled to live.", 1),
    ("Education, training and employment", "Fewer than one in five is in work six weeks after release.", 2),
    ("Finance, benefit and debt", "Most people leave prison without a bank account or benefits in place.", 2),
    ("Health", "Mental health needs are common and often untreated.", 3),
    ("Drugs and alcohol", "Over half of people on probation have a drug or alcohol need.", 3),
    ("Children and families", "Many women in the system are mothers of young children.", 4),
    ("Women (Female Offender Strategy)", "Most women's offences are low level and linked to abuse or poverty.", 4),
]


def mapping_table(d):
    t = d.add_table(rows=len(ROWS) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [4.4, 6.0, 6.2]
    for c, h in enumerate(["Resettlement pathway", "What we found", "Our priority"]):
        cell = t.cell(0, c)
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold, r.font.size = True, Pt(9)
        r.font.color.rgb = rgb(GREEN)
        shade(cell, SAND)
    for i, (path, finding, _) in enumerate(ROWS, 1):
        for c, val in ((0, path), (1, finding)):
            cell = t.cell(i, c)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            r.font.size = Pt(9)
            r.italic = c == 0
    # merge the priority cells down over their rows
    i = 1
    while i <= len(ROWS):
        k = ROWS[i - 1][2]
        j = i
        while j < len(ROWS) and ROWS[j][2] == k:
            j += 1
        cell = t.cell(i, 2).merge(t.cell(j, 2)) if j > i else t.cell(i, 2)
        cell.text = ""
        p = cell.paragraphs[0]
        r = p.add_run(PRIORITIES[k])
        r.bold, r.font.size = True, Pt(10.5)
        r.font.color.rgb = rgb("FFFFFF")
        shade(cell, GREEN)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        i = j + 1
    set_widths(t, widths)
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = Cm(w)
    keep_rows(t)
    return t


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(GREEN, GREEN, INK),
                title=TITLE, author="County Durham and Darlington Local Criminal Justice Board",
                margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Reducing Reoffending Strategy 2024–2027", "Local Criminal Justice Board",
                  footer_fmt="— {PAGE} —", colour="5A5A5A", rule_colour=GREEN)
    d.sections[0].footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "", space_after=30)
    cover_block(d, [("COUNTY DURHAM AND DARLINGTON LOCAL CRIMINAL JUSTICE BOARD", 10, True, "EDE6D6"),
                    ("", 10, False, "FFFFFF"), ("Reducing Reoffending Strategy", 28, True, "FFFFFF"),
                    ("2024 – 2027", 18, False, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Fewer victims through changed lives", 11, False, "EDE6D6")], GREEN, height_cm=11)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Reoffending in County Durham and Darlington", "ctx", 0),
                 ("The national framework", "nat", 0), ("From pathways to priorities", "pri", 0),
                 ("Delivering the strategy", "del", 0), ("Measures and governance", "gov", 0)], pages, leader=True)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Most crime is committed by people who have offended before. Every time we help someone to stop, we "
        "prevent the next victim. That is why reducing reoffending matters to all of us, not only to the justice "
        "agencies.",
        "This strategy belongs to the Reducing Reoffending Group of the County Durham and Darlington Local Criminal "
        "Justice Board. Its members are the Probation Service, Durham Constabulary, HMP Durham, HMP Frankland and "
        "HMP Low Newton, both councils, the NHS, the Department for Work and Pensions, the Office of the Police, "
        "Crime and Victims' Commissioner and the voluntary sector.",
        "We have built it around the national resettlement pathways, but we have chosen five priorities where we "
        "believe local partners working together can make the biggest difference."]:
        para(d, t)
    para(d, "Chair, Reducing Reoffending Group", bold=True)
    heading(d, "Reoffending in County Durham and Darlington", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "Latest year"], ["Adult proven reoffending rate", "28%"],
              ["People supervised by probation", "3,700"], ["People released from local prisons each year", "1,900"],
              ["IOM cohort", "300"], ["Women supervised by probation", "410"]], [11.6, 5.0], head_fill=GREEN,
          band="F4F1EA", size=9.5)
    para(d, "Who reoffends", bold=True, colour=GREEN)
    bullets(d, ["Men aged 18 to 35 with short custodial sentences have the highest rates.",
                "Acquisitive crime linked to drug use accounts for most repeat offending.",
                "Women who offend have often been victims of domestic abuse."])
    heading(d, "The national framework", 1, page_break=True)
    para(d, "National policy organises resettlement support into seven pathways: accommodation; education, "
            "training and employment; health; drugs and alcohol; finance, benefit and debt; children and families; "
            "and attitudes, thinking and behaviour. The Female Offender Strategy adds a focus on women.")
    para(d, "Integrated Offender Management", bold=True, colour=GREEN)
    para(d, "The national IOM strategy sets out three cohorts: Fixed (neighbourhood crime offenders who must be "
            "included), Flex (chosen locally by risk) and Free (chosen locally for other reasons).")
    para(d, "Our last strategy", bold=True, colour=GREEN)
    para(d, "The 2021–2024 strategy had three themes: Housing first; Recovery; and Jobs and skills. We kept what "
            "worked and have added a stronger focus on the people who cause most harm and on women.")
    para(d, "The Police and Crime Plan", bold=True, colour=GREEN)
    para(d, "Breaking the cycle of offending is one of the six priorities of the Police, Crime and Victims' "
            "Commissioner's plan for 2025–2029.")
    heading(d, "From pathways to priorities", 1, page_break=True)
    para(d, "The table shows each national pathway, what our needs assessment found, and the local priority that "
            "responds to it. Our five priorities for 2024–2027 are in the right-hand column.")
    mapping_table(d)
    para(d, "")
    para(d, "Findings are illustrative.", italic=True, size=8.5, colour="666666")
    heading(d, "Delivering the strategy", 1, page_break=True)
    for head, acts in [("IOM", ["A single IOM team in each council area.", "Fixed cohort reviewed monthly."]),
                       ("Homes", ["Duty to refer from both prisons twelve weeks before release.",
                                  "Twenty move-on flats with floating support."]),
                       ("Work", ["Employment hubs in the prisons.", "Bank accounts and ID before release."]),
                       ("Treatment", ["Prison in-reach workers; treatment requirements at court."]),
                       ("Women", ["A women's centre in Durham and an outreach service in Darlington.",
                                  "Whole-system approach for women at first arrest."])]:
        para(d, head, bold=True, colour=GREEN)
        bullets(d, acts)
    heading(d, "Measures and governance", 1, page_break=True)
    table(d, [["Measure", "Baseline (illustrative)", "Direction"], ["IOM cohort reoffending", "61%", "Down"],
              ["Settled accommodation on release", "74%", "Up"], ["In work six weeks after release", "18%", "Up"],
              ["Prison leavers in treatment within three weeks", "41%", "Up"],
              ["Women diverted at first arrest", "120", "Up"]], [8.6, 4.5, 3.5], head_fill=GREEN, size=9)
    para(d, "The Reducing Reoffending Group meets every two months and reports to the Local Criminal Justice "
            "Board, the Safe Durham Partnership and the Darlington Community Safety Partnership.")
    para(d, "Contact: lcjb@durham-pcvc.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime", "ctx": "Reoffending in County Durham and Darlington The figures",
               "nat": "The national framework National", "pri": "From pathways to priorities The table",
               "del": "Delivering the strategy IOM", "gov": "Measures and governance Measure"}
    src = work_file("reoffending.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
