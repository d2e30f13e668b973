"""Safer and Stronger North East Lincolnshire: Community Safety Partnership Plan 2024-2027: Word report
(python-docx + LibreOffice).

Five priorities, stated once, on p6 as the left-hand column of an **"In / Out" scoping table**: a two-column
Word table headed "IN: what the partnership will prioritise" (dark header) and "OUT: what we will leave to
others, and who leads it" (grey header); each row pairs one priority (bold, with a short line under it)
with one topic the partnership deliberately does not take on, in grey italics with the body that leads it.
The right-hand column (road safety, fraud, organised crime ...) is a distractor, as are the previous plan's
priorities (p4), the Commissioner's priorities and the statutory duties (p5), the delivery labels (p7) and
the measures (p8).
"""
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, contents, header_footer, heading, new_doc, page_break, para, set_widths, shade
from humberside.work import docx_blocks, docx_build

FILE = "strategies/safer_and_stronger_north_east_lincolnshire_community_safety_plan_2024-27.pdf"
TITLE = "Safer and Stronger North East Lincolnshire: Community Safety Partnership Plan 2024–2027"
COL = ("23395B", "C8553D", "EEF1F6")

ROWS = [
    ("Making neighbourhoods safer from anti-social behaviour",
     "Every ward with a named problem-solving team and an ASB plan.",
     "Road safety and speeding", "Safer Roads Humber"),
    ("Reducing serious violence, including knife crime",
     "Under the Serious Violence Duty, with the Humber Violence Prevention Partnership.",
     "Fraud and scams", "Trading standards and the Action Fraud service"),
    ("Tackling domestic abuse and sexual violence",
     "With the North East Lincolnshire Domestic Abuse Partnership Board.",
     "Organised crime and the port", "Humberside Police and the regional organised crime unit"),
    ("Preventing radicalisation and extremism",
     "Delivering the Prevent duty across schools, colleges and communities.",
     "Drug treatment and recovery", "The combating drugs partnership"),
    ("Reducing reoffending by the most prolific offenders",
     "Integrated Offender Management with the Probation Service.",
     "Children who offend", "The youth justice partnership board"),
]


def in_out(d):
    t = d.add_table(rows=1 + len(ROWS), cols=2)
    t.style = d.styles["Table Grid"]
    heads = [("IN: what the partnership will prioritise", COL[0]),
             ("OUT: what we will leave to others, and who leads it", "7F7F7F")]
    for j, (txt, fill) in enumerate(heads):
        cell = t.cell(0, j)
        shade(cell, fill)
        r = cell.paragraphs[0].add_run(txt)
        r.bold, r.font.size = True, Pt(10)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, (pri, line, out, lead) in enumerate(ROWS, 1):
        a = t.cell(i, 0)
        shade(a, COL[2])
        p = a.paragraphs[0]
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(pri)
        r.bold, r.font.size = True, Pt(11)
        r.font.color.rgb = RGBColor.from_string(COL[0])
        q = a.add_paragraph()
        rq = q.add_run(line)
        rq.font.size = Pt(8.5)
        b = t.cell(i, 1)
        p = b.paragraphs[0]
        p.paragraph_format.space_before = Pt(4)
        r = p.add_run(out)
        r.italic, r.font.size = True, Pt(10)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        q = b.add_paragraph()
        rq = q.add_run("Led by: " + lead)
        rq.italic, rq.font.size = True, Pt(8.5)
        rq.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    set_widths(t, [9.6, 7.0])
    para(d, "")
    para(d, "Keeping the list short is deliberate. Topics on the right matter, but another body leads them and "
            "the partnership will support that work rather than duplicate it.", italic=True, size=9, colour="555555")


SECTIONS = [
    ("fw", "Foreword", [
        ("p", "North East Lincolnshire is Grimsby, Cleethorpes, Immingham and the villages around them: a place "
              "with a proud fishing past, one of the busiest ports in the country and a seaside that welcomes "
              "millions of visitors."),
        ("p", "Safer and Stronger North East Lincolnshire is the area's community safety partnership. North East "
              "Lincolnshire Council, Humberside Police, Humberside Fire and Rescue Service, the Probation Service, "
              "the Integrated Care Board and the voluntary sector are its members."),
        ("p", "This plan sets out the few things the partnership will prioritise from 2024 to 2027, and, just as "
              "importantly, what it will leave to others."),
        ("p", "<b>Chair, Safer and Stronger North East Lincolnshire</b>"),
    ]),
    ("ctx", "Crime and safety in North East Lincolnshire", [
        ("p", "The figures below are illustrative and are not official statistics."),
        ("stats", [("157,000", "residents"), ("17,900", "crimes recorded in 2023/24"),
                   ("6,100", "anti-social behaviour incidents"), ("2,800", "domestic abuse incidents"),
                   ("95", "knife crime offences"), ("180", "people in the IOM cohort")]),
        ("h2", "Our 2021–2024 priorities"),
        ("p", "The last plan had four priorities: <i>Safer town centres</i>; <i>Reducing vulnerability</i>; "
              "<i>Substance misuse</i>; and <i>Community resilience</i>. Most of their work continues under the new "
              "priorities or with the bodies named on page 6."),
    ]),
    ("duty", "Our duties and partners' plans", [
        ("p", "The partnership works under the Crime and Disorder Act 1998, the Serious Violence Duty, the Domestic "
              "Abuse Act 2021 and the Prevent duty."),
        ("box", "The Police and Crime Commissioner's priorities (2025–2029)", [
            "Safer, stronger neighbourhoods", "Taking on violence, drugs and organised crime",
            "Protecting women and girls", "Care and justice for victims", "Reducing offending and reoffending",
            "Safer roads and waterways"]),
        ("p", "The Commissioner's community safety grant pays for part of the partnership's work."),
    ]),
    ("pri", "Our priorities: in and out", [
        ("p", "After the strategic assessment and a public survey, the board agreed the scope of this plan in "
              "March 2024. The table sets out what is in and what is out."),
        ("custom", in_out),
    ]),
    ("del", "What we will do in 2024/25", [
        ("p", "Each priority has a lead officer and an action plan. Short labels are used below."),
        ("table", [["Label", "Main actions", "Lead"],
                   ["ASB", "Ward problem-solving teams; youth outreach in Cleethorpes in the summer", "Council"],
                   ["Violence", "Knife arches and bleed kits in the town centre; school sessions", "Police"],
                   ["DASV", "An IDVA in the hospital; Operation Encompass in all schools", "Council"],
                   ["Prevent", "Training for front-line staff; a Channel panel", "Council"],
                   ["IOM", "Joint police and probation caseload; housing support", "Probation"]],
         [0.15, 0.63, 0.22]),
    ]),
    ("gov", "Measures and governance", [
        ("p", "The partnership meets quarterly and reports to the council's scrutiny panel and to the Police and "
              "Crime Commissioner."),
        ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "6,100", "Down"],
                   ["Knife crime offences", "95", "Down"], ["Repeat MARAC cases", "29%", "Down"],
                   ["Staff trained in Prevent", "1,200", "Up"], ["IOM cohort reoffending", "48%", "Down"]],
         [0.55, 0.2, 0.25]),
        ("note", "Baselines are illustrative. Contact: saferstronger@nelincs.example"),
    ]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(COL[0], COL[1], "333333"), title=TITLE,
                author="Safer and Stronger North East Lincolnshire")
    header_footer(d, "Safer and Stronger North East Lincolnshire", "Community Safety Plan 2024–2027",
                  footer_fmt="Page {PAGE}", rule_colour=COL[1])
    para(d, "", space_after=40)
    para(d, "SAFER AND STRONGER NORTH EAST LINCOLNSHIRE", bold=True, size=11, colour=COL[0], space_after=30)
    cover_block(d, [("Community Safety", 30, True, "FFFFFF"), ("Partnership Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "F6D8D1")], COL[0], height_cm=9.5)
    para(d, "", space_after=160)
    para(d, "Grimsby · Cleethorpes · Immingham · and the villages", italic=True, size=10, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=COL[0], space_after=14)
    contents(d, [(t, k, 0) for k, t, _ in SECTIONS], pages)
    for k, t, blocks in SECTIONS:
        heading(d, t, 1, page_break=True)
        docx_blocks(d, blocks, COL)
    d.save(path)


def build(root):
    out = root / FILE
    docx_build(out, "nel_csp", make, SECTIONS)
    return out
