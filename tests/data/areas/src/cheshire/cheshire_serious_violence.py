"""Cheshire Serious Violence Duty Strategy 2024-2029: Word report (python-docx + LibreOffice, serif body).

Four priorities under "5. Our strategic priorities" (p6), as the rows of a two-
column shaded table: a code cell "SP1" ... "SP4" on the left, and on the right
the priority in bold with one sentence below it.  The definition and the
specified authorities (p4), the key findings of the strategic needs assessment
(p5), the Home Office success measures (p5), the intervention titles (p7) and
the local measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, keep_rows, set_widths, shade, table
from cheshire.work import soffice_stable, work_file

FILE = "strategies/cheshire_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Cheshire Serious Violence Duty Strategy 2024–2029"
BLUE, ORANGE, INK = "1B4F72", "C4581B", "2A2A2A"

PRIORITIES = [
    ("Reducing serious violence and knife crime across Cheshire",
     "Fewer people are killed or injured by violence, and fewer people carry knives, in every borough."),
    ("Preventing children and young people from becoming involved in violence",
     "Children at risk are identified early and offered a trusted adult, a place to go and a route away from violence."),
    ("Tackling alcohol-related violence in the night-time economy",
     "Town centres in Chester, Warrington, Crewe and Widnes are safer at night for everyone who uses them."),
    ("Building a shared understanding of violence through data and insight",
     "Partners share data and use a single strategic needs assessment to target their work."),
]


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(BLUE, BLUE, INK),
                title=TITLE, author="Cheshire Serious Violence Duty Partnership", margins=(2.4, 2.4, 2.4, 2.2))
    header_footer(d, "Cheshire Serious Violence Duty Strategy", "2024–2029", footer_fmt="Page {PAGE} of {NUMPAGES}",
                  colour="555555")
    para(d, "", space_after=20)
    cover_block(d, [("CHESHIRE SERIOUS VIOLENCE DUTY PARTNERSHIP", 10, True, "FFFFFF"), ("", 6, False, "FFFFFF"),
                    ("Serious Violence", 30, True, "FFFFFF"), ("Duty Strategy", 30, True, "FFFFFF"),
                    ("2024–2029", 18, False, "F5C6A5")], BLUE, height_cm=11)
    para(d, "", space_after=150)
    para(d, "Published by the specified authorities for the Cheshire police force area under Part 2 of the Police, "
            "Crime, Sentencing and Courts Act 2022.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=14)
    contents(d, [("1. Foreword", "fw", 0), ("2. The Serious Violence Duty", "duty", 0),
                 ("3. Our strategic needs assessment", "sna", 0), ("4. Measuring success", "ho", 0),
                 ("5. Our strategic priorities", "pri", 0), ("6. Delivery", "del", 0),
                 ("7. Governance and local measures", "gov", 0)], pages, leader=True, bold_top=False)
    heading(d, "1. Foreword", 1, page_break=True)
    for t in [
        "Serious violence is rare in Cheshire compared with our neighbours in Merseyside and Greater Manchester. But "
        "when it happens it devastates victims, families and whole neighbourhoods, and a worrying share of it now "
        "involves young people and knives.",
        "The Serious Violence Duty requires councils, the police, fire and rescue, health, probation and youth justice "
        "services to work together to prevent and reduce serious violence. This strategy is our joint response. It is "
        "based on a public health approach: understanding the causes of violence and tackling them early, as well as "
        "enforcing the law.",
        "We have chosen four strategic priorities. They are deliberately few, so that we can focus our shared "
        "resources where they will make the biggest difference."]:
        para(d, t)
    para(d, "Chair, Cheshire Serious Violence Duty Partnership", bold=True)
    heading(d, "2. The Serious Violence Duty", 1, page_break=True)
    para(d, "For this strategy, serious violence means homicide, violence against the person that causes injury, "
            "knife and weapon offences, robbery, and violence in public places, including domestic abuse and sexual "
            "violence where they occur in public.")
    heading(d, "The specified authorities", 2)
    bullets(d, ["Cheshire East Council, Cheshire West and Chester Council, Halton Borough Council and Warrington "
                "Borough Council", "Cheshire Constabulary", "Cheshire Fire and Rescue Service",
                "NHS Cheshire and Merseyside Integrated Care Board", "The Probation Service",
                "Cheshire East and Cheshire West, Halton and Warrington youth justice services"])
    para(d, "The Police and Crime Commissioner for Cheshire is the convener of the partnership and holds the grant "
            "from the Home Office.")
    heading(d, "3. Our strategic needs assessment", 1, page_break=True)
    para(d, "Our strategic needs assessment (2023) brought together police, health, education and youth justice "
            "data. All figures are illustrative.", italic=True)
    table(d, [["Indicator", "2022/23"], ["Violence with injury offences", "9,850"],
              ["Knife and sharp instrument offences", "520"], ["Hospital admissions for assault", "610"],
              ["Victims of knife crime aged under 25", "41%"], ["Violence with injury linked to alcohol", "38%"]],
          [11.4, 4.8], head_fill=BLUE, band="E8EFF5", size=9.5)
    heading(d, "Key findings", 2)
    bullets(d, ["Violence is concentrated in the town centres of Chester, Warrington, Crewe, Widnes and Runcorn.",
                "Young people involved in violence often have a history of exclusion from school.",
                "Alcohol is a factor in most violence at night.",
                "Partners do not yet share data routinely."])
    heading(d, "4. Measuring success", 1)
    para(d, "The Home Office has set national success measures for the duty:")
    numbered(d, ["A reduction in hospital admissions for assault with a knife or sharp object, especially among "
                 "victims aged under 25",
                 "A reduction in knife and sharp object enabled serious violence recorded by the police",
                 "A reduction in homicides recorded by the police"])
    heading(d, "5. Our strategic priorities", 1, page_break=True)
    para(d, "Based on the needs assessment, the partnership has agreed four strategic priorities for 2024–2029.")
    t = d.add_table(rows=len(PRIORITIES), cols=2)
    set_widths(t, [2.2, 14.0])
    for i, (name, txt) in enumerate(PRIORITIES):
        a, b = t.cell(i, 0), t.cell(i, 1)
        shade(a, BLUE)
        shade(b, "EEF3F8" if i % 2 == 0 else "FBF1EA")
        r = a.paragraphs[0].add_run(f"SP{i + 1}")
        r.bold, r.font.size = True, Pt(14)
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
        a.paragraphs[0].paragraph_format.space_before = Pt(8)
        p = b.paragraphs[0]
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(name)
        r.bold, r.font.size = True, Pt(12.5)
        r.font.name = "Liberation Sans"
        r.font.color.rgb = RGBColor.from_string(BLUE)
        p2 = b.add_paragraph(txt)
        p2.paragraph_format.space_after = Pt(10)
    keep_rows(t)
    para(d, "")
    para(d, "Cross-cutting: listen to children and young people; tackle disproportionality; involve communities.",
         italic=True, size=9.5, colour="555555")
    heading(d, "6. Delivery", 1, page_break=True)
    para(d, "The partnership funds and coordinates the interventions below. Each is linked to one or more strategic "
            "priorities.")
    table(d, [["Intervention", "What it is", "Lead"],
              ["Hospital navigators", "Youth workers in emergency departments at Leighton, Warrington and the "
                                      "Countess of Chester", "NHS"],
              ["Mentoring", "Trusted adults for children excluded or at risk of exclusion", "Youth justice"],
              ["Focused deterrence", "A direct offer of help, and clear consequences, for young adults in violent "
                                     "groups", "Police, probation"],
              ["Night-time economy", "Street pastors, welfare hubs and Best Bar None schemes", "Councils"],
              ["Data hub", "A shared violence dataset updated quarterly", "PCC's office"]],
          [3.8, 9.4, 3.0], head_fill=ORANGE, band="FBF1EA", size=9)
    heading(d, "7. Governance and local measures", 1, page_break=True)
    para(d, "The Cheshire Serious Violence Duty Partnership Board meets quarterly. It reports to the Cheshire "
            "Criminal Justice Board, the four community safety partnerships and the Police and Crime Commissioner.")
    table(d, [["Local measure", "Baseline", "Aim"], ["Knife and sharp instrument offences", "520", "Down"],
              ["Under-25s admitted to hospital for assault", "190", "Down"],
              ["Violence with injury in town centres at night", "1,340", "Down"],
              ["Partners sharing data with the hub", "5 of 11", "All"]], [9.2, 3.2, 3.8], head_fill=BLUE,
          band="E8EFF5", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Foreword Serious violence is rare", "duty": "2. The Serious Violence Duty For this",
               "sna": "3. Our strategic needs assessment Our", "ho": "4. Measuring success The Home Office",
               "pri": "5. Our strategic priorities Based", "del": "6. Delivery The partnership funds",
               "gov": "7. Governance and local measures The"}
    src = work_file("cheshire_serious_violence.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
