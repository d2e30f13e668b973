"""Safer Sunderland Partnership Strategy 2023-2026: Word report (python-docx + LibreOffice).

Six priorities, stated once, as the cells of a 2 x 3 grid on the page "Our
priorities" (p5): each shaded cell holds the priority in bold and two
sentences.  The delivery section (pp6-8) is organised under short theme labels
("Anti-social behaviour", "Domestic abuse", "Drugs and alcohol",
"Exploitation", "Reoffending", "Violence") that are not the priorities'
wording.  The community safety survey results, the Police and Crime Plan's
priorities quoted on p9, the statutory duties and the measures table are
distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, keep_rows, set_widths, shade, table
from northumbria.work import soffice_stable, work_file

FILE = "strategies/safer_sunderland_partnership_strategy_2023-26.pdf"
TITLE = "Safer Sunderland Partnership Strategy 2023–2026"
NAVY, GOLD, INK = "12355B", "C8962E", "262626"

PRIORITIES = [
    ("Reducing anti-social behaviour", "Anti-social behaviour",
     "ASB is the issue residents raise most often. We will act quickly on problem places and people, and support the "
     "residents it affects."),
    ("Tackling domestic abuse and sexual violence", "Domestic abuse",
     "Domestic abuse is linked to one in five crimes in the city. We will identify abuse earlier, help victims to be "
     "safe and bring more perpetrators to justice."),
    ("Reducing drug and alcohol related harm", "Drugs and alcohol",
     "Drug and alcohol misuse harms health, families and neighbourhoods. We will get more people into treatment and "
     "recovery and reduce alcohol harm."),
    ("Protecting people from exploitation", "Exploitation",
     "Children and adults at risk are exploited by criminals for drug running, sex and money. We will spot the signs "
     "sooner and act together."),
    ("Reducing reoffending", "Reoffending",
     "A small number of people commit a large share of crime. We will help them to stop offending, with housing, "
     "work and treatment."),
    ("Preventing serious violence", "Violence",
     "Serious violence is rare in Sunderland, but it is rising among young people. We will deliver the Serious "
     "Violence Duty with the Violence Reduction Unit."),
]

ACTIONS = {
    "Anti-social behaviour": [("Neighbourhood action teams in the five areas of the city", "Council, police"),
                              ("Youth outreach on Friday and Saturday nights", "Youth service"),
                              ("Off-road bike operation in Washington and Hetton", "Police")],
    "Domestic abuse": [("Domestic abuse champions in GP practices", "ICB"),
                       ("Independent domestic violence advisers at Sunderland Royal Hospital", "Council"),
                       ("Domestic abuse protection orders used in every eligible case", "Police")],
    "Drugs and alcohol": [("More treatment places through the combating drugs partnership", "Public health"),
                          ("Alcohol liaison nurses in A&E", "NHS"), ("Naloxone in hostels and pharmacies",
                                                                     "Public health")],
    "Exploitation": [("A multi-agency child exploitation hub", "Children's services"),
                     ("Cuckooing protocol for social landlords", "Gentoo, police"),
                     ("Training for taxi drivers and hotel staff", "Licensing")],
    "Reoffending": [("Integrated Offender Management for high-harm offenders", "Probation, police"),
                    ("Housing pathway for people leaving HMP Durham and HMP Northumberland", "Council"),
                    ("Employment support with local employers", "Probation")],
    "Violence": [("Weapons awareness in secondary schools", "VRU"),
                 ("Navigators in the emergency department", "VRU, NHS"),
                 ("Joint hotspot patrol plan for the city centre", "Police, council")],
}


def grid(d):
    t = d.add_table(rows=3, cols=2)
    set_widths(t, [8.3, 8.3])
    for k, (name, _, txt) in enumerate(PRIORITIES):
        cell = t.cell(k // 2, k % 2)
        shade(cell, "E9EEF5" if (k // 2 + k % 2) % 2 == 0 else "F6EFE1")
        p = cell.paragraphs[0]
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(5)
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor.from_string(NAVY)
        p2 = cell.add_paragraph()
        p2.paragraph_format.space_after = Pt(10)
        r2 = p2.add_run(txt)
        r2.font.size = Pt(9.5)
    keep_rows(t)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(NAVY, GOLD, INK), title=TITLE,
                author="Safer Sunderland Partnership", margins=(2.2, 2.2, 2.5, 2.2))
    header_footer(d, "Safer Sunderland Partnership", "Strategy 2023–2026", footer_fmt="{PAGE} | Safer Sunderland",
                  colour="4D4D4D", rule_colour=GOLD)
    para(d, "", space_after=30)
    cover_block(d, [("SAFER SUNDERLAND PARTNERSHIP", 11, True, "FFFFFF"), ("", 8, False, "FFFFFF"),
                    ("Safer Sunderland", 30, True, "FFFFFF"), ("Partnership Strategy", 22, False, "FFFFFF"),
                    ("2023–2026", 20, False, "F2D7A0")], NAVY, height_cm=12)
    para(d, "", space_after=150)
    para(d, "Working together for a safer Sunderland", italic=True, size=12, colour=NAVY)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Sunderland: the picture", "ctx", 0), ("Our priorities", "pri", 0),
                 ("Delivering our priorities", "del", 0), ("Working with our partners", "part", 0),
                 ("Measuring success", "mea", 0)], pages, leader=False, bold_top=False)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Sunderland is a city with a proud history and a strong sense of community. Most residents feel safe where they "
        "live, but crime and anti-social behaviour still affect too many people, and they are felt most in our "
        "most deprived neighbourhoods.",
        "The Safer Sunderland Partnership is the city's community safety partnership. Its members are Sunderland City "
        "Council, Northumbria Police, Tyne and Wear Fire and Rescue Service, the Probation Service, the NHS, Gentoo "
        "and the voluntary and community sector.",
        "This strategy sets out six priorities for 2023 to 2026, chosen from our strategic assessment and from what "
        "residents told us. A delivery plan sits beneath each one.",
        "We will report on progress to residents every year."]:
        para(d, t)
    para(d, "Chair, Safer Sunderland Partnership", bold=True)
    heading(d, "Our statutory duties", 2)
    bullets(d, ["Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending",
                "Serious Violence Duty 2023: prevent and reduce serious violence",
                "Domestic Abuse Act 2021: support in safe accommodation", "Prevent duty"])
    heading(d, "Sunderland: the picture", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.")
    table(d, [["Indicator", "2022/23"], ["Residents", "277,000"], ["Crimes recorded", "36,900"],
              ["ASB incidents reported to the police", "9,800"], ["Domestic abuse incidents and crimes", "8,700"],
              ["Adults in drug and alcohol treatment", "1,640"], ["Proven reoffending rate", "28%"]],
          [11.0, 5.6], head_fill=NAVY, band="EEF1F6", size=9.5)
    para(d, "")
    heading(d, "What residents told us", 2)
    bullets(d, ["Anti-social behaviour was the most common concern, followed by speeding and drug dealing.",
                "Three in five residents said they would not know how to report ASB to the council.",
                "Women felt less safe than men in the city centre and on public transport at night.",
                "Older residents were worried about scams and doorstep crime."])
    heading(d, "Our priorities", 1, page_break=True)
    para(d, "The partnership has agreed six priorities for 2023–2026. They are shown below and are the basis of "
            "our delivery plan.")
    grid(d)
    para(d, "")
    para(d, "Cross-cutting themes: early intervention, listening to victims, and reducing inequality. These apply "
            "to every priority.", italic=True, size=9, colour="555555")
    heading(d, "Delivering our priorities", 1, page_break=True)
    para(d, "Each theme has a delivery group with a lead officer. The actions below are the first year of the "
            "delivery plan.")
    for k, (_, short, _) in enumerate(PRIORITIES):
        heading(d, short, 2)
        table(d, [["Action", "Lead"]] + [list(a) for a in ACTIONS[short]], [11.6, 5.0], head_fill=GOLD,
              head_colour="FFFFFF", band=None, size=9)
        para(d, "", space_after=2)
    heading(d, "Working with our partners", 1, page_break=True)
    para(d, "The partnership works with the Police and Crime Commissioner for Northumbria, whose Police and Crime "
            "Plan 2021–2025 has four priorities:")
    numbered(d, ["Fighting crime", "Preventing crime", "Improving lives", "Building trust and confidence in "
                 "policing"])
    para(d, "We also work with the Northumbria Violence Reduction Unit, the Sunderland Combating Drugs Partnership, "
            "the Sunderland Safeguarding Children Partnership and Together for Children, and the Northumbria Local "
            "Criminal Justice Board.")
    heading(d, "Measuring success", 1)
    table(d, [["Measure", "Baseline", "Aim"], ["ASB incidents", "9,800", "Fewer"],
              ["Repeat domestic abuse victims at MARAC", "31%", "Fewer"], ["Adults in treatment", "1,640", "More"],
              ["Children referred to the exploitation hub", "210", "More identified earlier"],
              ["Proven reoffending rate", "28%", "Lower"], ["Hospital admissions for violence", "155", "Fewer"]],
          [8.6, 3.5, 4.5], head_fill=NAVY, band="EEF1F6", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    page_break(d)
    para(d, "", space_after=320)
    cover_block(d, [("Safer Sunderland Partnership", 13, True, "FFFFFF"), ("City Hall, Sunderland", 10, False, "FFFFFF"),
                    ("safersunderland@sunderland.example", 10, False, "FFFFFF")], NAVY, height_cm=3)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Sunderland is a city", "ctx": "Sunderland: the picture The figures",
               "pri": "Our priorities The partnership has agreed", "del": "Delivering our priorities Each theme",
               "part": "Working with our partners The partnership works", "mea": "Measuring success Measure"}
    src = work_file("sunderland_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
