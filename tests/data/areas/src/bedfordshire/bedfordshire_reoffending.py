"""Bedfordshire Reducing Reoffending Board: Reducing Reoffending Strategy 2024-2027. Word report (python-docx +
LibreOffice, Liberation Sans).

Five priorities, stated once, on p6 in **a two-column Word table whose left column is one tall merged cell**
(vertically merged, dark fill, "Our five priorities" in large white type, vertically centred) and whose right
column holds five stacked cells, each opened by a "»" glyph and the priority in bold (some wrap), with a grey
sentence under it; no numbers.  The seven resettlement pathways and the IOM cohorts (p5), the previous
strategy's themes (p4), the task group names (p7) and the measures (p8) are distractors.
"""
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, set_widths, shade, keep_rows
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from bedfordshire.work import build_docx, docx_blocks

FILE = "strategies/bedfordshire_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Bedfordshire Reducing Reoffending Strategy 2024–2027"
SLATE, AMBER, INK = "2F3E46", "C9822B", "262626"

PRIORITIES = [
    ("Managing the most prolific offenders together through Integrated Offender Management",
     "One IOM team of police, probation and treatment staff, with a fixed, flex and free cohort."),
    ("A safe and settled home for everyone leaving prison",
     "A housing worker at HMP Bedford and a duty to refer twelve weeks before release."),
    ("Getting people on probation and leaving prison into drug and alcohol treatment",
     "Treatment that starts in prison and carries on the day after release."),
    ("Changing the behaviour of domestic abuse perpetrators",
     "Accredited programmes for people on licence or community orders, linked to victim safety work."),
    ("Work and skills for people with convictions",
     "Employment hubs, CV and disclosure advice, and employers willing to give people a second chance."),
]

SECTIONS = [
    dict(key="fw", title="Foreword", blocks=[
        ("p", "Most crime is committed by people who have offended before. Helping them to stop is one of the "
              "surest ways to protect the public and to cut the number of victims."),
        ("p", "The Bedfordshire Reducing Reoffending Board brings together the Probation Service, Bedfordshire "
              "Police, the Police and Crime Commissioner, HMP Bedford, the three councils, the NHS, the "
              "Department for Work and Pensions and the voluntary sector."),
        ("p", "This strategy sets out our five priorities for 2024 to 2027."),
        ("p", "<b>Chair, Bedfordshire Reducing Reoffending Board</b>")]),
    dict(key="ctx", title="Reoffending in Bedfordshire", blocks=[
        ("p", "The figures below describe 2022/23 and are illustrative, not official statistics."),
        ("tiles", [("24%", "adult proven reoffending rate"), ("1,350", "people released from custody"),
                   ("31%", "released without settled accommodation"), ("190", "people in the IOM cohort"),
                   ("17%", "in work six weeks after release"), ("420", "domestic abuse perpetrators on "
                   "probation")]),
        ("h2", "Our 2021–2024 strategy"),
        ("p", "The previous strategy had three themes: Homes; Health; and Jobs. We keep all three, and add "
              "IOM and domestic abuse perpetrators.")]),
    dict(key="nat", title="The national framework", blocks=[
        ("p", "The Ministry of Justice and HM Prison and Probation Service describe seven resettlement "
              "pathways:"),
        ("ol", ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]),
        ("h2", "Integrated Offender Management"),
        ("p", "The national IOM strategy (2020) groups people into three cohorts: <b>Fixed</b> (neighbourhood "
              "crime), <b>Flex</b> (local priorities) and <b>Free</b> (other people whose offending causes "
              "harm).")]),
    dict(key="pri", title="Our priorities", blocks=[
        ("p", "The board has agreed the following priorities for 2024–2027. Each has a lead and a task group."),
        ("special", "merged")]),
    dict(key="del", title="Task groups", blocks=[
        ("p", "Five task groups report to the board. Their names are short: the priorities are on page 6."),
        ("table", [["Task group", "Actions 2024/25", "Lead"],
                   ["IOM", "Single IOM team; shared case management", "Police, Probation"],
                   ["Homes", "Housing worker in HMP Bedford; private rented sector offer", "Councils"],
                   ["Treatment", "Prison-to-community treatment pathway", "Public health, NHS"],
                   ["Perpetrators", "Programme places doubled", "Probation, PCC"],
                   ["Jobs", "Employment hubs in Luton and Bedford", "DWP, Probation"]], [0.2, 0.55, 0.25])]),
    dict(key="gov", title="Measures and governance", blocks=[
        ("p", "The board meets quarterly and reports to the Local Criminal Justice Board and the Police and "
              "Crime Commissioner."),
        ("table", [["Measure", "Baseline (illustrative)", "2027"], ["Proven reoffending rate", "24%", "20%"],
                   ["Settled accommodation on release", "69%", "85%"], ["Treatment within three weeks of "
                    "release", "38%", "60%"], ["In work six weeks after release", "17%", "25%"]],
         [0.55, 0.27, 0.18]),
        ("p", "Contact: rrb@bedfordshire.example")]),
]


def merged(d):
    t = d.add_table(rows=len(PRIORITIES), cols=2)
    t.style = d.styles["Table Grid"]
    left = t.cell(0, 0).merge(t.cell(len(PRIORITIES) - 1, 0))
    left.text = ""
    shade(left, SLATE)
    left.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for k, w in enumerate(["Our", "five", "priorities"]):
        p = left.paragraphs[0] if k == 0 else left.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(w)
        r.bold, r.font.size = True, Pt(22)
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
    for k, (name, txt) in enumerate(PRIORITIES):
        c = t.cell(k, 1)
        c.text = ""
        p = c.paragraphs[0]
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))
        g = p.add_run("\u00bb\t")
        g.bold, g.font.size = True, Pt(12)
        g.font.color.rgb = RGBColor.from_string(AMBER)
        r = p.add_run(name)
        r.bold, r.font.size = True, Pt(11.5)
        r.font.color.rgb = RGBColor.from_string(SLATE)
        q = c.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.6)
        q.paragraph_format.space_after = Pt(5)
        rq = q.add_run(txt)
        rq.font.size, rq.font.color.rgb = Pt(9), RGBColor.from_string("5A5A5A")
    set_widths(t, [4.2, 12.4])
    keep_rows(t)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(SLATE, AMBER, INK), title=TITLE,
                author="Bedfordshire Reducing Reoffending Board")
    header_footer(d, "Bedfordshire Reducing Reoffending Board", "Strategy 2024–2027", footer_fmt="[ {PAGE} ]",
                  colour="555555", rule_colour=AMBER)
    para(d, "", space_after=30)
    para(d, "BEDFORDSHIRE REDUCING REOFFENDING BOARD", bold=True, size=11, colour=AMBER, space_after=30)
    cover_block(d, [("Reducing", 32, True, "FFFFFF"), ("Reoffending Strategy", 32, True, "FFFFFF"),
                    ("2024–2027", 20, False, "F1D9B5"), ("", 10, False, "FFFFFF"),
                    ("Fewer victims, fewer people returning to crime", 11, False, "FFFFFF")], SLATE, height_cm=11)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=SLATE, space_after=14)
    contents(d, [(s["title"], s["key"], 0) for s in SECTIONS], pages)
    docx_blocks(d, SECTIONS, pages, {"merged": merged}, SLATE, "EEF1F2")
    d.save(path)


def build(root):
    return build_docx(root / FILE, "bedfordshire_reoffending.docx", make, SECTIONS)
