"""Safer Carmarthenshire Community Safety Partnership Plan 2023-2026: Word report (python-docx + LibreOffice).

Six priorities, stated once, in a three-column Word table on p6 under "5. Our
priorities for 2023-2026": a narrow shaded column with the number, the priority
in bold (one line or wrapped) with its Welsh title in italics on the next line
of the same cell, and the lead group.  Distractors: the bilingual cover, the
Welsh summary (Crynodeb, p3), the Public Services Board's well-being objectives
and the well-being goals (p5), the strategic assessment findings (p5), the
previous plan's priorities (p5), the delivery section's short theme labels
(pp7-8) and the measures.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, shade, table
from dyfed_powys.work import soffice_stable, work_file

FILE = "strategies/safer_carmarthenshire_community_safety_plan_2023-26.pdf"
TITLE = "Safer Carmarthenshire Community Safety Partnership Plan 2023–2026"
RED, GREY, INK = "8C1D40", "5B6770", "2B2B2B"

PRIORITIES = [
    ("Tackling anti-social behaviour", "Mynd i'r afael ag ymddygiad gwrthgymdeithasol", "ASB Action Group"),
    ("Tackling violence against women, domestic abuse and sexual violence",
     "Mynd i'r afael â thrais yn erbyn menywod, cam-drin domestig a thrais rhywiol", "VAWDASV Local Group"),
    ("Protecting children and adults from exploitation", "Diogelu plant ac oedolion rhag camfanteisio",
     "Exploitation Group"),
    ("Reducing the harm caused by substance misuse", "Lleihau'r niwed a achosir gan gamddefnyddio sylweddau",
     "Area Planning Board"),
    ("Preventing serious violence", "Atal trais difrifol", "Serious Violence Duty Group"),
    ("Reducing deliberate fires and arson", "Lleihau tanau bwriadol a llosgi bwriadol",
     "Mid and West Wales Fire and Rescue Service"),
]

DELIVERY = [
    ("ASB", ["Multi-agency problem-solving meetings in Llanelli, Carmarthen and Ammanford.",
             "The ASB case review (community trigger) promoted on the council website.",
             "Youth outreach on summer evenings in town centres."]),
    ("VAWDASV", ["Ask and Act training for frontline council staff.", "MARAC capacity reviewed.",
                 "Healthy relationships sessions in every secondary school."]),
    ("Exploitation", ["A single exploitation panel for children and adults.",
                      "Cuckooing protocol with housing providers.", "Modern slavery awareness for businesses."]),
    ("Substances", ["Naloxone in every hostel and supported housing scheme.",
                    "Alcohol brief advice in the night-time economy."]),
    ("Violence", ["Serious violence needs assessment refreshed every year.", "Knife bins and weapons sweeps.",
                  "Mentoring for young people at risk."]),
    ("Fires", ["Grass fire campaign each spring.", "Removal of fly-tipped waste that fuels arson.",
               "Fire-setter intervention scheme for children."]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(RED, GREY, INK), title=TITLE,
                author="Safer Carmarthenshire Community Safety Partnership", margins=(2.3, 2.3, 2.5, 2.3))
    header_footer(d, "Safer Carmarthenshire | Sir Gâr Fwy Diogel", "Community Safety Plan 2023–2026",
                  footer_fmt="{PAGE}", colour="666666", rule_colour=RED)
    cover_block(d, [("Partneriaeth Diogelwch Cymunedol Sir Gâr", 11, False, "F5D6E0"),
                    ("Carmarthenshire Community Safety Partnership", 11, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Cynllun Sir Gâr Fwy Diogel", 20, False, "F5D6E0"),
                    ("Safer Carmarthenshire Plan", 28, True, "FFFFFF"),
                    ("2023–2026", 18, False, "FFFFFF")], RED, height_cm=14)
    para(d, "", space_after=90)
    para(d, "Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.", italic=True, size=9,
         colour=GREY)
    page_break(d)
    para(d, "Cynnwys / Contents", bold=True, size=20, colour=RED, space_after=14)
    contents(d, [("Crynodeb", "cry", 0), ("1. Foreword", "fw", 0), ("2. Carmarthenshire in numbers", "ctx", 0),
                 ("3. How we work", "how", 0), ("4. What we found", "found", 0),
                 ("5. Our priorities for 2023–2026", "pri", 0), ("6. Delivering the plan", "del", 0),
                 ("7. Measures and governance", "gov", 0)], pages, leader=False, bold_top=True)
    heading(d, "Crynodeb", 1, page_break=True)
    for t in [
        "Mae Partneriaeth Diogelwch Cymunedol Sir Gâr yn dod â'r cyngor, yr heddlu, y gwasanaeth tân ac achub, y "
        "bwrdd iechyd, y gwasanaeth prawf a'r trydydd sector at ei gilydd.",
        "Mae'r cynllun hwn yn nodi chwe blaenoriaeth ar gyfer 2023–2026. Rydym am i bawb yn Sir Gâr fod yn "
        "ddiogel ac i deimlo'n ddiogel yn eu cartrefi ac yn eu cymunedau.",
        "Mae'r bartneriaeth yn adrodd i Fwrdd Gwasanaethau Cyhoeddus Sir Gâr."]:
        para(d, t, italic=True)
    heading(d, "1. Foreword", 1, page_break=True)
    for t in [
        "Carmarthenshire is a safe place to live, and we want it to stay that way. Crime is low compared with much "
        "of Wales and England, but some of our communities experience more than their share of anti-social "
        "behaviour, and behind closed doors domestic abuse remains far too common.",
        "The Safer Carmarthenshire Partnership is the community safety partnership for the county under the Crime "
        "and Disorder Act 1998. Its members are Carmarthenshire County Council, Dyfed-Powys Police, Mid and West "
        "Wales Fire and Rescue Service, Hywel Dda University Health Board, the Probation Service, the Police and "
        "Crime Commissioner and the voluntary sector.",
        "This plan sets six priorities for the next three years, based on our strategic assessment and on what "
        "residents told us in our community safety survey."]:
        para(d, t)
    para(d, "Chair, Safer Carmarthenshire Partnership", bold=True)
    heading(d, "2. Carmarthenshire in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "Carmarthenshire", "Change on last year"],
              ["Recorded crime", "11,900", "+3%"], ["Anti-social behaviour incidents", "4,300", "−6%"],
              ["Domestic abuse incidents and crimes", "3,150", "+5%"], ["Deliberate fires", "410", "+12%"],
              ["Drug-related deaths (three years)", "31", "—"], ["Residents who feel safe after dark", "71%", "—"]],
          [8.0, 4.0, 4.4], head_fill=RED, band="F6E9EE", size=9.5)
    para(d, "")
    heading(d, "What residents told us", 2)
    bullets(d, ["Anti-social behaviour and speeding were the top local concerns.",
                "Most people feel safe in their own street during the day.",
                "Fewer than half knew how to report anti-social behaviour online."])
    heading(d, "3. How we work", 1, page_break=True)
    para(d, "In Wales, community safety partnerships work closely with the Public Services Boards set up under the "
            "Well-being of Future Generations (Wales) Act 2015. Our partnership reports to the Carmarthenshire Public "
            "Services Board, and our plan contributes to its well-being objectives:")
    numbered(d, ["Every child has the best start in life", "People live and age well",
                 "Communities are safe, resilient and connected", "Our environment is protected for the future"])
    para(d, "The partnership's work also contributes to the seven national well-being goals, in particular a "
            "resilient Wales, a healthier Wales, a more equal Wales and a Wales of cohesive communities, and we "
            "follow the five ways of working: long term, prevention, integration, collaboration and involvement.")
    heading(d, "4. What we found", 1)
    para(d, "Our strategic assessment for 2023 found:")
    bullets(d, ["Anti-social behaviour is concentrated in Llanelli town centre and two coastal villages.",
                "Domestic abuse incidents are rising, and repeat victimisation is high.",
                "County lines from Merseyside and the West Midlands exploit local children and adults.",
                "Deliberate grass and refuse fires peak every spring."])
    heading(d, "Looking back", 2)
    para(d, "Our 2020–2023 plan had four priorities: Keeping people safe in their homes; Reducing crime and "
            "disorder in our town centres; Protecting vulnerable people; and Tackling drugs and alcohol. The new "
            "plan keeps much of that work but sets new priorities.")
    heading(d, "5. Our priorities for 2023–2026", 1, page_break=True)
    para(d, "The partnership board agreed six priorities in March 2023. Each has a lead group, which reports to the "
            "board every quarter.")
    t = d.add_table(rows=len(PRIORITIES) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    hdr = ["", "Priority / Blaenoriaeth", "Lead group"]
    for c, v in enumerate(hdr):
        cell = t.cell(0, c)
        cell.text = ""
        r = cell.paragraphs[0].add_run(v)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
        shade(cell, RED)
    for i, (en, cymraeg, lead) in enumerate(PRIORITIES, 1):
        c0, c1, c2 = t.cell(i, 0), t.cell(i, 1), t.cell(i, 2)
        c0.text = ""
        r = c0.paragraphs[0].add_run(str(i))
        r.bold = True
        r.font.size = Pt(16)
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
        c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(c0, RED)
        c1.text = ""
        p = c1.paragraphs[0]
        r = p.add_run(en)
        r.bold = True
        r.font.size = Pt(11.5)
        r.font.color.rgb = RGBColor.from_string(RED)
        p.paragraph_format.space_after = Pt(2)
        p2 = c1.add_paragraph()
        r = p2.add_run(cymraeg)
        r.italic = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor.from_string(GREY)
        p2.paragraph_format.space_after = Pt(4)
        c2.text = ""
        r = c2.paragraphs[0].add_run(lead)
        r.font.size = Pt(9)
    from docx_kit import keep_rows, set_widths
    set_widths(t, [1.4, 10.4, 4.6])
    keep_rows(t)
    para(d, "")
    para(d, "Our priorities support the Police and Crime Commissioner's plan, in particular its priorities that harm "
            "is prevented and that communities are safe and feel safe.")
    heading(d, "6. Delivering the plan", 1, page_break=True)
    para(d, "Each lead group keeps a delivery plan. The main actions for the first year are set out below under "
            "short theme names.")
    for name, acts in DELIVERY:
        heading(d, name, 2)
        bullets(d, acts)
    heading(d, "7. Measures and governance", 1, page_break=True)
    table(d, [["Theme", "Measure", "Baseline"], ["ASB", "ASB incidents", "4,300"],
              ["VAWDASV", "Repeat MARAC referrals", "31%"], ["Exploitation", "Children referred to the panel", "88"],
              ["Substances", "Drug-related deaths", "31"], ["Violence", "Violence with injury", "1,240"],
              ["Fires", "Deliberate fires", "410"]], [3.6, 9.0, 3.8], head_fill=GREY, size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "The partnership board meets quarterly, is chaired in turn by the council and Dyfed-Powys Police, and "
            "reports each year to the Carmarthenshire Public Services Board and to the council's scrutiny committee.")
    para(d, "Contact: saferCarmarthenshire@carmarthenshire.example", size=9, colour=GREY)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"cry": "Crynodeb Mae Partneriaeth", "fw": "1. Foreword Carmarthenshire is",
               "ctx": "2. Carmarthenshire in numbers The figures", "how": "3. How we work In Wales",
               "found": "4. What we found Our strategic", "pri": "5. Our priorities for 2023–2026 The partnership",
               "del": "6. Delivering the plan Each lead", "gov": "7. Measures and governance Theme"}
    src = work_file("carmarthenshire_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
