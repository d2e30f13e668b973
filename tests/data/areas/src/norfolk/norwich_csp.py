"""Safer Norwich Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, inside a **questions-and-answers section** ("Your questions answered", p6):
each question is a bold teal paragraph starting "Q", each answer a paragraph starting "A".  The answer to
"What are the partnership's priorities for 2024 to 2027?" is a plain bulleted list of the five priorities in
bold, with no numbers and no descriptions.  The other questions and answers (why these five, what about
shoplifting, how to get involved), the previous plan's priorities (p3), the Norwich 2040 City Vision themes
(p4), the short action headings (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from norfolk.work import soffice_stable, work_file

FILE = "strategies/safer_norwich_partnership_plan_2024-27.pdf"
TITLE = "Safer Norwich Partnership Plan 2024–2027"
TEAL, RED, INK = "0E6E6E", "B23A48", "262626"

PRIORITIES = [
    "Tackling anti-social behaviour in the city centre and our neighbourhoods",
    "Reducing the harm caused by drugs and alcohol",
    "Protecting children and young people from county lines and criminal exploitation",
    "Making the night-time economy safer for women and girls",
    "Reducing serious violence and knife crime in the city",
]

ACTIONS = [
    ("City centre and neighbourhoods", ["A joint patrol plan for the city centre, Prince of Wales Road and the "
                                        "market.", "Problem-solving on the five estates with most ASB reports.",
                                        "A named officer for every repeat victim."]),
    ("Drugs and alcohol", ["Outreach to people street drinking in the city centre.",
                           "Naloxone in every hostel and supported housing scheme.",
                           "Alcohol liaison in the emergency department."]),
    ("Exploitation", ["Return-home conversations for every child reported missing.",
                      "Training for taxi drivers, hotels and takeaways on the signs of exploitation."]),
    ("Nights out", ["Ask for Angela and welfare hubs on Prince of Wales Road.",
                    "Bystander training for door staff and bar staff.", "Best Bar None in the city centre."]),
    ("Violence", ["Knife surrender bins and weapons sweeps with the police.",
                  "Youth workers in the emergency department with the Serious Violence Duty partners."]),
]


def qa(d, q, answer_lines):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run("Q   ")
    r.bold = True
    r.font.color.rgb = rgb(RED)
    r = p.add_run(q)
    r.bold = True
    r.font.color.rgb = rgb(TEAL)
    for k, line in enumerate(answer_lines):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        if k == 0:
            r = p.add_run("A   ")
            r.bold = True
            r.font.color.rgb = rgb(RED)
        p.add_run(line)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(TEAL, TEAL, INK), title=TITLE,
                author="Safer Norwich Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Safer Norwich Partnership", "Plan 2024–2027", footer_fmt="Page {PAGE} of {NUMPAGES}",
                  colour="555555", rule_colour=TEAL)
    para(d, "", space_after=20)
    para(d, "SAFER NORWICH PARTNERSHIP", bold=True, size=11, colour=TEAL, space_after=24)
    cover_block(d, [("Safer Norwich", 32, True, "FFFFFF"), ("Partnership Plan", 26, True, "FFFFFF"),
                    ("2024–2027", 18, False, "CDE7E7"), ("", 10, False, "FFFFFF"),
                    ("A safe, fair and welcoming city for everyone", 11, False, "FFFFFF")], TEAL, height_cm=10.0)
    para(d, "", space_after=160)
    para(d, "Norwich City Council · Norfolk Constabulary · Norfolk County Council · Norfolk Fire and Rescue "
            "Service · NHS Norfolk and Waveney · Probation Service · Norwich BID · voluntary sector partners",
         italic=True, size=8.5, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Norwich in numbers", "ctx", 0), ("What we heard", "heard", 0),
                 ("Your questions answered", "qa", 0), ("What we will do", "do", 0),
                 ("Governance and measures", "gov", 0)], pages, leader=True, bold_top=False)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Norwich is a fine city: a regional centre for shopping, work, learning and nights out, with a population "
        "that grows by tens of thousands every weekend. Most people who live in, work in and visit Norwich are safe "
        "and feel safe. But crime and anti-social behaviour are concentrated in the city centre and in a handful "
        "of neighbourhoods.",
        "The Safer Norwich Partnership is the operational partnership for the city. It works within the Norfolk "
        "County Community Safety Partnership, which sets county-wide priorities, and focuses on what matters most "
        "in Norwich.",
        "Our previous plan (2021–2024) had three priorities: Safer city centre; Vulnerable people; and Cohesive "
        "communities. This plan replaces it.",
        "We have written the plan around the questions residents asked us most often during the consultation."]:
        para(d, t)
    para(d, "Chair, Safer Norwich Partnership", bold=True)
    heading(d, "Norwich in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "144,000"], ["Crimes recorded", "17,600"],
              ["Anti-social behaviour incidents", "6,200"], ["Knife crime offences", "160"],
              ["Alcohol-related hospital admissions", "1,480"], ["Children referred for exploitation concerns", "210"],
              ["Night-time economy violence offences", "640"]], [11.4, 5.0], head_fill=TEAL, band="E6F2F2",
          size=9.5)
    heading(d, "The Norwich 2040 City Vision", 2)
    para(d, "The city's shared vision has five themes, which this plan supports: a creative city; a liveable city; a "
            "fair city; a connected city; and a city of opportunity.")
    heading(d, "What we heard", 1, page_break=True)
    para(d, "More than 1,100 people answered our survey and 14 groups took part in workshops (illustrative). They "
            "told us:")
    bullets(d, ["Groups causing trouble in the city centre and parks put people off coming in.",
                "Street drinking and drug taking around the bus station feel out of control.",
                "Parents worry about older teenagers recruiting younger ones to sell drugs.",
                "Many women change their route home after a night out.",
                "Young people want more to do, and somewhere safe to go."])
    heading(d, "What the data told us", 2)
    bullets(d, ["Six in ten ASB reports come from the city centre and three estates.",
                "Drug-related deaths in Norwich are above the England average.",
                "County lines from London and the Midlands run into the city.",
                "Violence on Prince of Wales Road peaks between 1am and 4am on Saturdays."])
    heading(d, "Your questions answered", 1, page_break=True)
    qa(d, "Why does Norwich need its own plan?",
       ["The county-wide partnership sets the direction for Norfolk. Norwich has problems of its own, such as the "
        "city centre at night, and needs partners to act on them locally."])
    qa(d, "What are the partnership's priorities for 2024 to 2027?",
       ["The partnership has agreed five priorities:"])
    for t in PRIORITIES:
        p = d.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(t)
        r.bold = True
    qa(d, "Why these five?",
       ["They are the issues where the data, the public and partners agreed most strongly, and where working "
        "together makes the biggest difference."])
    qa(d, "What about shoplifting and burglary?",
       ["They matter, and the police and the Norwich Business Improvement District lead on them. They are not "
        "priorities for this plan because one agency can lead the response."])
    qa(d, "How can I get involved?",
       ["Come to a Safer Neighbourhood Action Panel meeting, join Neighbourhood Watch, or email us at the address "
        "on the back page."])
    heading(d, "What we will do", 1, page_break=True)
    para(d, "Our main actions for the first year are below, under short headings.")
    for head, items in ACTIONS:
        heading(d, head, 3)
        bullets(d, items)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The partnership meets every two months and reports to the Norfolk County Community Safety Partnership "
            "and to Norwich City Council's Scrutiny Committee.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents in the city centre", "2,900", "Down"],
              ["Alcohol-related hospital admissions", "1,480", "Down"],
              ["Children missing from home more than three times", "64", "Down"],
              ["Women who feel safe in the city centre at night", "41%", "Up"],
              ["Knife crime offences", "160", "Down"]], [9.0, 3.6, 3.8], head_fill=RED, band="F6E6E8", size=9.5)
    para(d, "Baselines are illustrative. Contact: safernorwich@norwich.example", italic=True, size=8.5)
    d.save(path)


def build(root):
    out = root / FILE
    src = work_file("norwich_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    needles = {"intro": "Introduction Norwich is a fine city", "ctx": "Norwich in numbers The figures",
               "heard": "What we heard More than", "qa": "Your questions answered Q",
               "do": "What we will do Our main actions", "gov": "Governance and measures The partnership meets"}
    two_pass(run, out, needles)
    return out
