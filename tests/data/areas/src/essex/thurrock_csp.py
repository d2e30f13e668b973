"""Thurrock Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, as the **row heads of a matrix** on p6 ("How our priorities support the Police
and Crime Plan"): the first column holds each priority in bold, the seven narrow columns are headed by
**short names** of the PFCC's priorities ("Prevention", "Drug-driven violence" ...) and hold a dot where the
partnership thinks a priority contributes.  The column heads, the previous plan's priorities (p3), the
statutory duties and key findings (p4-5), the delivery sections' short theme headings (p7) and the
measures are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, set_widths, shade, table, rgb, keep_rows
from essex.work import soffice_stable, work_file

FILE = "strategies/thurrock_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Thurrock Community Safety Partnership Plan 2024–2027"
RED, TEAL, INK = "9E1B32", "1F6F78", "262626"

COLS = ["Prevention", "Drug-driven violence", "Domestic abuse", "VAWG", "Victims", "Rural", "Roads"]
PRIORITIES = [
    ("Reducing anti-social behaviour and its impact on residents", [0]),
    ("Tackling serious violence, gangs and knife crime", [1]),
    ("Reducing domestic abuse and sexual violence", [2, 3]),
    ("Protecting children and young people from criminal exploitation", [1]),
    ("Building community cohesion and tackling hate crime", []),
]

DELIVERY = [
    ("Neighbourhoods", ["Joint problem-solving in Grays, Tilbury and Stanford-le-Hope.",
                        "Community Protection Notices and closure orders used consistently.",
                        "An ASB victim advocate for repeat and high-risk cases."]),
    ("Violence", ["A violence hotspot plan with Essex Police and the Violence and Vulnerability Unit.",
                  "Detached youth work on Friday and Saturday evenings.",
                  "Weapons awareness in every secondary school."]),
    ("Abuse", ["Independent domestic violence advisers at Basildon Hospital and in GP surgeries.",
               "Sexual violence awareness for licensed premises at Lakeside and in Grays."]),
    ("Exploitation", ["A multi-agency child exploitation panel meeting fortnightly.",
                      "Return-home interviews for every child who goes missing."]),
    ("Cohesion", ["Third-party hate crime reporting centres in libraries.",
                  "A community cohesion fund for events that bring neighbours together."]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(RED, TEAL, INK), title=TITLE,
                author="Thurrock Community Safety Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Thurrock Community Safety Partnership", "Plan 2024–2027",
                  footer_fmt="{PAGE} | Thurrock CSP", colour="555555", rule_colour=TEAL)
    para(d, "", space_after=30)
    para(d, "THURROCK COMMUNITY SAFETY PARTNERSHIP", bold=True, size=11, colour=TEAL, space_after=30)
    cover_block(d, [("Community Safety", 30, True, "FFFFFF"), ("Partnership Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "F3D6DB"), ("", 10, False, "FFFFFF"),
                    ("Grays · Tilbury · Purfleet · Stanford-le-Hope · Corringham · South Ockendon", 10, False,
                     "FFFFFF")], RED, height_cm=10.5)
    para(d, "", space_after=150)
    para(d, "A partnership of Thurrock Council, Essex Police, Essex County Fire and Rescue Service, the Probation "
            "Service, the NHS and the voluntary sector.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=RED, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Thurrock at a closer look", "ctx", 0),
                 ("What the assessment found", "find", 0), ("Our priorities and the Police and Crime Plan", "pri", 0),
                 ("Delivery", "del", 0), ("Governance and measures", "gov", 0)], pages, leader=True, bold_top=True)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Thurrock sits on the north bank of the Thames, with the ports of Tilbury and London Gateway, Lakeside and "
        "a growing population. Most residents feel safe, but crime and disorder are concentrated in a few "
        "neighbourhoods and weigh most on the people who can least avoid them.",
        "The Thurrock Community Safety Partnership is the borough's community safety partnership under the Crime and "
        "Disorder Act 1998. This plan sets out five priorities for 2024 to 2027.",
        "Our previous plan (2021–2024) had three priorities: Violence and vulnerability; Tackling crime and "
        "anti-social behaviour; and Protecting people from harm. Each has been reviewed, and we now name the issues "
        "more precisely."]:
        para(d, t)
    para(d, "Chair, Thurrock Community Safety Partnership", bold=True)
    heading(d, "Thurrock at a closer look", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "176,000"], ["Crimes recorded", "18,900"],
              ["Anti-social behaviour incidents", "3,700"], ["Domestic abuse incidents and crimes", "4,100"],
              ["Knife crime offences", "118"], ["Hate crimes recorded", "290"],
              ["Children discussed at the exploitation panel", "86"]], [11.6, 5.0], head_fill=RED,
          band="F6E8EB", size=9.5)
    heading(d, "Our statutory duties", 2)
    bullets(d, ["Crime and Disorder Act 1998: reduce crime, disorder, substance misuse and reoffending.",
                "Serious Violence Duty: prevent and reduce serious violence.",
                "Domestic Abuse Act 2021: support victims in safe accommodation.",
                "Prevent duty: stop people being drawn into terrorism."])
    heading(d, "What the assessment found", 1, page_break=True)
    bullets(d, ["Anti-social behaviour is concentrated in Grays town centre and along the riverside.",
                "Knife crime is above the Essex average, and most suspects and victims are under 25.",
                "Children from Thurrock are being drawn into county lines by London-based gangs.",
                "Hate crime reports rose by a fifth after incidents in 2023 (illustrative).",
                "Domestic abuse is linked to one in five recorded crimes."])
    para(d, "What residents told us", bold=True, colour=TEAL, space_after=2)
    bullets(d, ["Deal with the same few people causing trouble.", "Make the riverside and parks safe after dark.",
                "Listen to young people."])
    heading(d, "Our priorities and the Police and Crime Plan", 1, page_break=True)
    para(d, "The partnership has agreed five priorities for 2024–2027. The matrix shows each priority against the "
            "priorities of the Police and Crime Plan for Essex; a dot marks where we expect our work to contribute.")
    rows = len(PRIORITIES) + 1
    t = d.add_table(rows=rows, cols=len(COLS) + 1)
    t.style = d.styles["Table Grid"]
    widths = [4.5] + [1.7] * len(COLS)
    hdr = t.rows[0].cells
    hdr[0].text = ""
    r = hdr[0].paragraphs[0].add_run("Our priority")
    r.bold, r.font.size = True, Pt(9)
    r.font.color.rgb = rgb("FFFFFF")
    shade(hdr[0], TEAL)
    for c, name in enumerate(COLS, 1):
        hdr[c].text = ""
        rr = hdr[c].paragraphs[0].add_run(name)
        rr.font.size, rr.bold = Pt(7), True
        rr.font.color.rgb = rgb("FFFFFF")
        shade(hdr[c], TEAL)
    for i, (name, ticks) in enumerate(PRIORITIES, 1):
        cells = t.rows[i].cells
        cells[0].text = ""
        rr = cells[0].paragraphs[0].add_run(name)
        rr.bold, rr.font.size = True, Pt(10)
        rr.font.color.rgb = rgb(RED)
        for c in range(len(COLS)):
            cells[c + 1].text = ""
            p = cells[c + 1].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if c in ticks:
                x = p.add_run("\u25cf")
                x.font.size = Pt(12)
                x.font.color.rgb = rgb(TEAL)
            if i % 2 == 0:
                shade(cells[c + 1], "EEF5F6")
        if i % 2 == 0:
            shade(cells[0], "EEF5F6")
    set_widths(t, widths)
    keep_rows(t)
    para(d, "")
    para(d, "Hate crime and community cohesion is a priority for Thurrock but not in the Police and Crime Plan; the "
            "partnership leads on it with the council's cohesion team. The Police and Crime Plan's priorities on "
            "rural communities and roads are delivered in Thurrock through the police and the Safer Essex Roads "
            "Partnership rather than this plan.", size=9)
    heading(d, "Delivery", 1, page_break=True)
    para(d, "Each priority has a delivery group. Their main actions for 2024/25 are below.")
    for name, acts in DELIVERY:
        heading(d, name, 3)
        bullets(d, acts)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the council's Cleaner, Greener and Safer Overview "
            "and Scrutiny Committee and to the Police, Fire and Crime Commissioner.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents", "3,700", "Down"],
              ["Knife crime offences", "118", "Down"], ["Repeat referrals to MARAC", "30%", "Down"],
              ["Children supported by the exploitation panel", "86", "Identified earlier"],
              ["Hate crimes reported", "290", "Up (more reporting)"]], [9.0, 3.4, 4.2], head_fill=RED,
          band="F6E8EB", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: csp@thurrock.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Thurrock sits", "ctx": "Thurrock at a closer look The figures",
               "find": "What the assessment found", "pri": "Our priorities and the Police and Crime Plan The",
               "del": "Delivery Each priority", "gov": "Governance and measures The"}
    src = work_file("thurrock_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
