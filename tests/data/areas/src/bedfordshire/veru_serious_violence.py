"""Bedfordshire Violence and Exploitation Reduction Unit (VERU): Serious Violence Strategy 2024-2029.
Word report (python-docx + LibreOffice, Liberation Serif body, Liberation Sans headings).

Four priorities, stated once, as the **row heads of a scorecard** on p6 ("Our priorities and where we stand"):
a Word table with columns "Our priority" / "Where we are (2023/24)" / "Trend" / "Our ambition for 2029"; each
priority in bold in the first column (SV1 and SV4 wrap), the trend a coloured arrow glyph (▲ or ▼) with a word.
The column heads, the Home Office success measures and the public health approach's four steps (p5), the
definition and specified authorities (p4), the programme titles (p7) and the measures (p8) are distractors.
"""
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, set_widths, shade, keep_rows
from bedfordshire.work import build_docx, docx_blocks

FILE = "strategies/bedfordshire_veru_serious_violence_strategy_2024-29.pdf"
TITLE = "Bedfordshire Violence and Exploitation Reduction Unit: Serious Violence Strategy 2024–2029"
NAVY, RED, INK = "1B2F4B", "B3261E", "262626"

PRIORITIES = [
    ("Early help for children and young people at risk of violence",
     "1 in 5 referrals seen within a week", "\u25bc", "worse", "Every referral seen within a week"),
    ("A safer night-time economy in Luton and Bedford",
     "420 violent offences at night in the two centres", "\u25b2", "better", "A fifth fewer"),
    ("Disrupting the criminal exploitation of children",
     "160 children known to the exploitation panels", "\u25bc", "worse", "Earlier identification, fewer harmed"),
    ("Helping people hurt by violence to recover",
     "45% of young victims in A&E take up support", "\u25b2", "better", "Three in four take up support"),
]

SECTIONS = [
    dict(key="fw", title="Foreword", blocks=[
        ("p", "The Bedfordshire Violence and Exploitation Reduction Unit (VERU) was set up in 2019 to bring "
              "partners together around one aim: fewer people hurt by violence. Since 2023 it has also led "
              "the partnership that meets the Serious Violence Duty in Luton, Bedford Borough and Central "
              "Bedfordshire."),
        ("p", "This strategy is based on our strategic needs assessment. It sets four priorities for the next "
              "five years, and a scorecard that shows honestly where we stand."),
        ("p", "<b>Director, Bedfordshire Violence and Exploitation Reduction Unit</b>")]),
    dict(key="def", title="Serious violence and the Duty", blocks=[
        ("p", "For this strategy, serious violence means homicide, violence causing injury, knife and weapon "
              "offences, robbery, and violence linked to drug markets and to the exploitation of children. "
              "Domestic abuse is led by the Bedfordshire Domestic Abuse Partnership."),
        ("h2", "The specified authorities"),
        ("ul", ["Bedfordshire Police", "Bedfordshire Fire and Rescue Service", "Luton Borough Council, Bedford "
                "Borough Council and Central Bedfordshire Council", "Bedfordshire, Luton and Milton Keynes "
                "Integrated Care Board", "The Probation Service", "The youth justice services"]),
        ("h2", "Illustrative figures"),
        ("tiles", [("640", "knife crime offences"), ("58%", "of victims aged under 25"), ("9", "homicides"),
                   ("170", "hospital admissions for assault with a sharp object"), ("160", "children known to "
                   "exploitation panels"), ("3", "towns with most violence")]),
        ("note", "These figures are illustrative and are not official statistics.")]),
    dict(key="ev", title="What the evidence tells us", blocks=[
        ("p", "Our needs assessment found that violence is concentrated in parts of Luton and Bedford, that "
              "most victims and suspects are young men, and that exploitation and violence are closely linked."),
        ("h2", "The Home Office success measures"),
        ("ol", ["A reduction in hospital admissions for assaults with a knife or sharp object, especially among "
                "victims aged under 25", "A reduction in knife and sharp object enabled serious violence "
                "recorded by the police, especially among victims aged under 25", "A reduction in homicides "
                "recorded by the police"]),
        ("h2", "The public health approach"),
        ("ol", ["Define the problem", "Identify risk and protective factors", "Develop and test interventions",
                "Implement and scale up what works"])]),
    dict(key="pri", title="Our priorities and where we stand", blocks=[
        ("p", "The scorecard below sets out our four priorities for 2024–2029, where we stand on each today "
              "and what we want to achieve by 2029."),
        ("special", "score")]),
    dict(key="prog", title="What we fund", blocks=[
        ("p", "The programmes below are funded through the Serious Violence Duty grant and the Police and Crime "
              "Commissioner."),
        ("table", [["Programme", "What it does", "Where"],
                   ["Navigators in A&E", "Youth workers who reach young people after an assault", "Luton and "
                    "Dunstable, Bedford hospitals"],
                   ["Street marshals", "Welfare and de-escalation on Friday and Saturday nights", "Luton, Bedford"],
                   ["Exploitation mentors", "Trusted adults for children at risk", "All three areas"],
                   ["Schools programme", "Knife crime and exploitation lessons", "All secondary schools"]],
         [0.25, 0.5, 0.25])]),
    dict(key="gov", title="Measuring success and governance", blocks=[
        ("p", "The Serious Violence Duty partnership board meets quarterly and reports to the Police and Crime "
              "Commissioner and the three community safety partnerships."),
        ("table", [["Local measure", "Baseline (illustrative)", "2029"], ["Knife crime offences", "640", "-20%"],
                   ["Young people reached by navigators", "310", "700"], ["Street marshal nights", "90", "200"],
                   ["Children with an exploitation mentor", "85", "200"]], [0.55, 0.27, 0.18]),
        ("p", "Contact: veru@bedfordshire.example")]),
]


def score(d):
    t = d.add_table(rows=len(PRIORITIES) + 1, cols=4)
    t.style = d.styles["Table Grid"]
    heads = ["Our priority", "Where we are (2023/24)", "Trend", "Our ambition for 2029"]
    for i, h in enumerate(heads):
        c = t.cell(0, i)
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold, r.font.size = True, Pt(9)
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
        shade(c, NAVY)
    for k, (name, now, arrow, word, aim) in enumerate(PRIORITIES, 1):
        cells = t.rows[k].cells
        cells[0].text = ""
        p = cells[0].paragraphs[0]
        p.paragraph_format.space_before = Pt(5)
        p.paragraph_format.space_after = Pt(5)
        r = p.add_run(name)
        r.bold, r.font.size = True, Pt(11)
        r.font.color.rgb = RGBColor.from_string(NAVY)
        shade(cells[0], "E8EDF4")
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(now).font.size = Pt(9)
        cells[2].text = ""
        p2 = cells[2].paragraphs[0]
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ra = p2.add_run(arrow)
        ra.font.size = Pt(16)
        ra.font.color.rgb = RGBColor.from_string("2E7D32" if word == "better" else RED)
        p3 = cells[2].add_paragraph(word)
        p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p3.runs[0].font.size = Pt(8)
        cells[3].text = ""
        cells[3].paragraphs[0].add_run(aim).font.size = Pt(9)
    set_widths(t, [6.4, 4.2, 1.8, 4.2])
    keep_rows(t)
    para(d, "Figures are illustrative. The trend compares 2023/24 with 2022/23.", italic=True, size=8,
         colour="666666")


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(NAVY, RED, INK),
                title=TITLE, author="Bedfordshire Violence and Exploitation Reduction Unit")
    header_footer(d, "Bedfordshire VERU", "Serious Violence Strategy 2024–2029", footer_fmt="{PAGE} of {NUMPAGES}",
                  colour="555555")
    para(d, "", space_after=20)
    para(d, "BEDFORDSHIRE VIOLENCE AND EXPLOITATION REDUCTION UNIT", bold=True, size=11, colour=RED, space_after=30)
    cover_block(d, [("Serious Violence", 32, True, "FFFFFF"), ("Strategy", 32, True, "FFFFFF"),
                    ("2024–2029", 20, False, "F2C4BF"), ("", 10, False, "FFFFFF"),
                    ("Our response to the Serious Violence Duty", 11, False, "FFFFFF")], NAVY, height_cm=11)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    contents(d, [(s["title"], s["key"], 0) for s in SECTIONS], pages)
    docx_blocks(d, SECTIONS, pages, {"score": score}, NAVY, "E8EDF4")
    d.save(path)


def build(root):
    return build_docx(root / FILE, "veru_serious_violence.docx", make, SECTIONS, symbol_at=3)
