"""Safer Lincoln Partnership Community Safety Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, on p6 in a **"cut out and keep" card**: a scissors line "✂ - - - cut here -
- -" above a one-cell Word table whose four borders are **dashed**; inside, the card title "Safer Lincoln:
our five priorities 2024–2027", then each priority on a line of its own after a tick "✓" and a tab, and a
phone number and web address at the foot of the card.  No numbers, no descriptions inside the card.  The
previous plan's priorities (p4), the issues considered but not chosen (p5), the short theme labels of
"What the priorities mean" under the card (p6), the delivery themes (p7) and the measures (p8) are
distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, table
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lincolnshire.work import soffice_stable, work_file

FILE = "strategies/safer_lincoln_community_safety_plan_2024-27.pdf"
TITLE = "Safer Lincoln Partnership Community Safety Plan 2024–2027"
RED, TEAL, INK = "9B1B30", "1D6E6E", "222222"

PRIORITIES = [
    ("City centre", "Tackling anti-social behaviour in the city centre and on our estates",
     "Joint patrols on the High Street and Brayford, quick action on nuisance, and help for people with "
     "street-based lifestyles."),
    ("Nights out", "Keeping women and girls safe on a night out",
     "Ask for Angela in every late venue, the weekend safe haven, welfare training for door staff and taxi "
     "drivers, and safer routes home from the Brayford Pool."),
    ("Substances", "Reducing drug and alcohol related harm",
     "More people into treatment, naloxone in hostels and a street drinking outreach service."),
    ("Violence", "Reducing serious violence and knife crime in the city",
     "Knife-crime education in schools, weapons sweeps and youth workers at the hospital."),
    ("Cohesion", "Preventing hate crime and supporting a cohesive city",
     "Third-party reporting centres, a rapid response to community tension, and events that bring "
     "neighbourhoods together."),
]


def dashed_borders(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        for k, v in (("w:val", "dashed"), ("w:sz", "14"), ("w:space", "0"), ("w:color", colour)):
            el.set(qn(k), v)
        b.append(el)
    tcPr.append(b)


def card(d, width_cm):
    p = d.add_paragraph()
    r = p.add_run("\u2702  - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - -")
    r.font.size, r.font.color.rgb = Pt(8.5), rgb("888888")
    p.paragraph_format.space_after = Pt(2)
    t = d.add_table(rows=1, cols=1)
    set_widths(t, [width_cm])
    cell = t.cell(0, 0)
    dashed_borders(cell, RED)
    shade(cell, "FBF4F4")
    p0 = cell.paragraphs[0]
    p0.paragraph_format.space_before, p0.paragraph_format.space_after = Pt(8), Pt(10)
    p0.paragraph_format.left_indent = Cm(0.5)
    r = p0.add_run("Safer Lincoln: our five priorities 2024–2027")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), rgb(RED)
    for _, name, _ in PRIORITIES:
        q = cell.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.4)
        q.paragraph_format.first_line_indent = Cm(-0.9)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(1.4), WD_TAB_ALIGNMENT.LEFT)
        q.paragraph_format.space_after = Pt(7)
        a = q.add_run("\u2713\t")
        a.font.name = "DejaVu Sans"
        a.font.color.rgb, a.font.size = rgb(TEAL), Pt(12)
        b = q.add_run(name)
        b.bold, b.font.size, b.font.color.rgb = True, Pt(12), rgb(INK)
    q = cell.add_paragraph()
    q.paragraph_format.left_indent = Cm(0.5)
    q.paragraph_format.space_before, q.paragraph_format.space_after = Pt(4), Pt(8)
    r = q.add_run("Report it: 101 or 999 in an emergency · saferlincoln.example")
    r.font.size, r.font.color.rgb = Pt(8.5), rgb("666666")


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(RED, TEAL, INK), title=TITLE,
                author="Safer Lincoln Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Safer Lincoln Partnership", "Community Safety Plan 2024–2027",
                  footer_fmt="{PAGE}", colour="666666", rule_colour=RED)
    width = (d.sections[0].page_width - d.sections[0].left_margin - d.sections[0].right_margin) / 360000
    para(d, "", space_after=40)
    cover_block(d, [("SAFER LINCOLN PARTNERSHIP", 11, True, "F5D5DA"), ("", 10, False, "FFFFFF"),
                    ("Community Safety Plan", 30, True, "FFFFFF"), ("2024 to 2027", 20, False, "FFFFFF")], RED,
                height_cm=11)
    para(d, "", space_after=150)
    para(d, "City of Lincoln Council · Lincolnshire Police · Lincolnshire County Council · Lincolnshire Fire and "
            "Rescue · Probation Service · NHS Lincolnshire ICB · Lincoln BIG (Business Improvement Group)",
         size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=RED, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Lincoln in numbers", "ctx", 0), ("Looking back", "old", 0),
                 ("How we chose our priorities", "how", 0), ("Our priorities", "pri", 0),
                 ("Delivering the plan", "del", 0), ("Governance and measures", "gov", 0)], pages, leader=True,
             bold_top=False)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Lincoln is a small city with a big role: a cathedral and castle that draw visitors from all over the world, "
        "two universities, a busy night-time economy around the Brayford Pool and some of the most deprived "
        "neighbourhoods in the county.",
        "The Safer Lincoln Partnership brings together the City of Lincoln Council, Lincolnshire Police, the county "
        "council, the fire service, probation, the NHS, the universities and the business improvement group. We sit "
        "under the Safer Lincolnshire Partnership and deal with what matters most in the city.",
        "This plan is short, and so is our list of priorities. We have printed them on a card that you can cut out "
        "and keep, because we want residents to hold us to them."]:
        para(d, t)
    para(d, "Chair, Safer Lincoln Partnership", bold=True)
    heading(d, "Lincoln in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "104,000"], ["Students in term time", "19,000"],
              ["Recorded crimes", "11,900"], ["ASB incidents", "3,850"], ["Knife crime offences", "118"],
              ["Hate crimes recorded", "240"], ["Adults in drug and alcohol treatment", "1,020"]],
          [11.6, 4.8], head_fill=RED, band="FBEFF1", size=9.5)
    heading(d, "Looking back", 1, page_break=True)
    para(d, "Our 2021–2024 plan had four priorities:")
    bullets(d, ["Street-based lifestyles", "The night-time economy", "Violent crime", "Hate crime"])
    para(d, "We set up the weekend safe haven, cut repeat calls about street drinking by a third (illustrative) and "
            "opened four hate crime reporting centres. Most of this work continues under the new plan.")
    heading(d, "How we chose our priorities", 1)
    para(d, "We scored every issue in the strategic assessment for harm, volume, trend and public concern, and "
            "asked 700 residents and 60 businesses what mattered to them (illustrative). Some issues scored highly "
            "but are led by others or need no joint action, so they are not priorities of this plan:")
    bullets(d, ["Shoplifting: led by Lincolnshire Police and the business crime partnership.",
                "Cycle theft: a police and university campaign is already under way.",
                "Road safety: led by the Lincolnshire Road Safety Partnership."])
    heading(d, "Our priorities", 1, page_break=True)
    para(d, "These are the five things the partnership will work on together from 2024 to 2027. They are listed in "
            "no order of importance.")
    card(d, width - 0.2)
    heading(d, "What the priorities mean", 2)
    for short, _, txt in PRIORITIES:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        a = p.add_run(short + ". ")
        a.bold, a.font.color.rgb = True, rgb(TEAL)
        p.add_run(txt)
    heading(d, "Delivering the plan", 1, page_break=True)
    para(d, "Each theme has a lead officer and an action plan, reviewed at every partnership meeting.")
    table(d, [["Theme", "Key actions 2024/25", "Lead"],
              ["City centre", "Joint patrols; PSPO review; street outreach with the treatment service", "City council"],
              ["Nights out", "Ask for Angela; safe haven; Best Bar None; taxi marshals", "Lincoln BIG"],
              ["Substances", "Naloxone in hostels; street drinking outreach", "Public health"],
              ["Violence", "Knife-crime education; weapons sweeps; hospital youth workers", "Police"],
              ["Cohesion", "Reporting centres; community tension monitoring; neighbourhood events", "City council"]],
          [3.2, 9.6, 3.6], head_fill=TEAL, size=9)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The partnership meets every two months and reports to the Safer Lincolnshire Partnership board and "
            "to the City of Lincoln Council's Policy Scrutiny Committee.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents in the city centre", "1,640", "Down"],
              ["Women who feel safe in the city centre at night", "51%", "Up"],
              ["Adults in treatment", "1,020", "Up"], ["Knife crime offences", "118", "Down"],
              ["Hate crimes reported through third parties", "35", "Up (more reporting)"]],
          [9.6, 3.2, 3.6], head_fill=RED, size=9)
    para(d, "Baselines are illustrative. Contact: saferlincoln@lincoln.example", size=8.5, colour="666666")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Lincoln is a small city", "ctx": "Lincoln in numbers The figures",
               "old": "Looking back Our 2021", "how": "How we chose our priorities We scored",
               "pri": "Our priorities These are the five", "del": "Delivering the plan Each theme",
               "gov": "Governance and measures The partnership"}
    src = work_file("lincoln_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
