"""Lincolnshire Serious Violence Duty Strategy 2024-2029: Word report (python-docx + LibreOffice, Liberation Serif
body, Liberation Sans headings).

Four priorities, stated once, on p6 in a **target-led table** ("Our priorities and the change we are aiming
for"): each row has, on the left, a large illustrative target figure ("−20%") in a dark cell with a small
caption under it, and on the right the priority in bold with a sentence below; no numbers.  The figure and
its caption print before the priority.  The definition and the specified authorities (p4), the Home Office
outcome measures and the strategic needs assessment findings (p5), the "5 Cs" (p5), the intervention
titles (p7) and the local measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, table, keep_rows
from lincolnshire.work import soffice_stable, work_file

FILE = "strategies/lincolnshire_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Lincolnshire Serious Violence Duty Strategy 2024–2029"
NAVY, RUST, INK = "14324F", "B5532A", "222222"

PRIORITIES = [
    ("−20%", "knife crime offences by 2029", "Reducing serious violence and knife crime across Lincolnshire",
     "Focused work in the places where violence is highest: Lincoln, Boston, Skegness and Grantham town centres."),
    ("−25%", "hospital admissions of under-25s for assault with a sharp object",
     "Preventing children and young people from being drawn into violence",
     "Mentoring, trusted adults in schools and youth workers in hospital emergency departments."),
    ("+50%", "children at risk of exploitation given a trusted adult",
     "Protecting young people from criminal exploitation and county lines",
     "Early identification in schools and children's services, and a joint response with the exploitation "
     "panel."),
    ("100%", "of specified authorities sharing data monthly",
     "Building a shared picture of violence through better data",
     "One violence dataset for the partnership, refreshed monthly, to target resources and measure what works."),
]


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(NAVY, RUST, INK),
                title=TITLE, author="Lincolnshire Serious Violence Duty Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Lincolnshire Serious Violence Duty Partnership", "Strategy 2024–2029",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="666666", rule_colour=NAVY)
    para(d, "", space_after=30)
    cover_block(d, [("LINCOLNSHIRE SERIOUS VIOLENCE DUTY PARTNERSHIP", 10, True, "C9D6E3"), ("", 8, False, "FFFFFF"),
                    ("Serious Violence", 30, True, "FFFFFF"), ("Duty Strategy", 30, True, "FFFFFF"),
                    ("2024 to 2029", 18, False, "FFFFFF")], NAVY, height_cm=12)
    para(d, "", space_after=140)
    para(d, "Prepared under Chapter 1 of Part 2 of the Police, Crime, Sentencing and Courts Act 2022.", italic=True,
         size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    contents(d, [("1. Foreword", "fw", 0), ("2. What we mean by serious violence", "def", 0),
                 ("3. What the evidence tells us", "ev", 0), ("4. Our priorities", "pri", 0),
                 ("5. How we will deliver", "del", 0), ("6. Measuring success", "gov", 0)], pages, leader=True,
             bold_top=False)
    heading(d, "1. Foreword", 1, page_break=True)
    for t in [
        "Lincolnshire has lower levels of serious violence than most of England. But knife crime has risen in our "
        "towns, county lines reach into our coastal resorts and market towns, and every death or serious injury is "
        "one too many.",
        "The Serious Violence Duty requires the specified authorities to work together to prevent and reduce "
        "serious violence. This is our joint strategy, based on the strategic needs assessment published in 2024.",
        "We will take a public health approach: understanding the causes, acting early, and judging ourselves by "
        "results."]:
        para(d, t)
    para(d, "Chair, Lincolnshire Serious Violence Duty Partnership", bold=True)
    heading(d, "2. What we mean by serious violence", 1, page_break=True)
    para(d, "For this strategy, serious violence means homicide, violence against the person that causes injury, "
            "knife and weapon offences, and violence linked to drugs and exploitation. Domestic abuse and sexual "
            "violence are included where they take place in public spaces; the Domestic Abuse Partnership leads on "
            "domestic abuse.")
    heading(d, "The specified authorities", 2)
    bullets(d, ["Lincolnshire Police", "Lincolnshire County Council and the seven district councils",
                "Lincolnshire Fire and Rescue", "NHS Lincolnshire Integrated Care Board",
                "The Probation Service and the Youth Offending Service"])
    heading(d, "3. What the evidence tells us", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Serious violence offences", "1,480"], ["Knife crime offences", "310"],
              ["Hospital admissions for assault with a sharp object", "64"],
              ["Children referred to the exploitation panel", "190"]], [11.8, 4.6], head_fill=NAVY, band="EAF0F6",
          size=9.5)
    heading(d, "Key findings of the needs assessment", 2)
    bullets(d, ["Two thirds of knife crime takes place in four town centres.",
                "Most victims and offenders are young men aged 15 to 24.",
                "County lines from the Midlands and Yorkshire drive much of the violence linked to drugs.",
                "Partners hold useful data but rarely share it in time to act."])
    heading(d, "The Home Office outcome measures", 2)
    numbered(d, ["A reduction in hospital admissions for assaults with a knife or sharp object.",
                 "A reduction in knife and sharp object enabled serious violence recorded by the police.",
                 "A reduction in homicides recorded by the police."])
    para(d, "We also use the \u201c5 Cs\u201d of the public health approach: collaboration, co-production, "
            "cooperation in data and intelligence sharing, counter-narrative development and community consensus.")
    heading(d, "4. Our priorities", 1, page_break=True)
    para(d, "We have four priorities for 2024 to 2029. Each is shown beside the change we are aiming for by the end "
            "of the strategy. The targets are illustrative.")
    heading(d, "Our priorities and the change we are aiming for", 2)
    t = d.add_table(rows=len(PRIORITIES), cols=2)
    set_widths(t, [4.6, 11.8])
    for r, (fig, capt, name, txt) in enumerate(PRIORITIES):
        a, b = t.cell(r, 0), t.cell(r, 1)
        shade(a, NAVY if r % 2 == 0 else RUST)
        shade(b, "F4F6F9")
        p = a.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(8), Pt(0)
        run = p.add_run(fig)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(26), rgb("FFFFFF")
        run.font.name = "Liberation Sans"
        q = a.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(8)
        run = q.add_run(capt)
        run.font.size, run.font.color.rgb = Pt(8), rgb("E6ECF2")
        p = b.paragraphs[0]
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(4)
        p.paragraph_format.left_indent = Cm(0.3)
        run = p.add_run(name)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(13), rgb(NAVY)
        run.font.name = "Liberation Sans"
        q = b.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.3)
        q.paragraph_format.space_after = Pt(8)
        run = q.add_run(txt)
        run.font.size = Pt(10)
    keep_rows(t)
    para(d, "", space_after=4)
    para(d, "Our data priority is an enabler for the other three, but the partnership has agreed that it needs the "
            "same attention, so it is a priority in its own right.", size=9.5)
    heading(d, "5. How we will deliver", 1, page_break=True)
    para(d, "Our main interventions for 2024 to 2026:")
    table(d, [["Intervention", "What it is", "Lead"],
              ["Navigators", "Youth workers in Lincoln County and Pilgrim hospitals", "ICB"],
              ["Mentors in schools", "Trusted adults for children at risk of exclusion", "County council"],
              ["Hotspot patrols", "Targeted patrols in four town centres", "Police"],
              ["Violence dataset", "Monthly shared data across the specified authorities", "OPCC"]],
          [3.8, 9.0, 3.6], head_fill=RUST, size=9)
    heading(d, "6. Measuring success", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the Safer Lincolnshire Partnership and to the "
            "Police and Crime Commissioner, who holds the Serious Violence Duty grant.")
    table(d, [["Local measure", "Baseline", "Target 2029"], ["Knife crime offences", "310", "248"],
              ["Under-25 sharp object admissions", "64", "48"], ["Children with a trusted adult", "120", "180"],
              ["Authorities sharing data monthly", "3 of 6", "6 of 6"]], [9.2, 3.4, 3.8], head_fill=NAVY, size=9)
    para(d, "All figures are illustrative. Contact: seriousviolence@lincolnshire.example", size=8.5, colour="666666")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Foreword Lincolnshire has", "def": "2. What we mean by serious violence For",
               "ev": "3. What the evidence tells us The figures", "pri": "4. Our priorities We have four",
               "del": "5. How we will deliver Our main", "gov": "6. Measuring success The partnership"}
    src = work_file("lincolnshire_serious_violence.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
