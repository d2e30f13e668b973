"""Nuneaton and Bedworth Community Safety Partnership Strategy 2024-2027: python-docx -> LibreOffice, **a plain
typewritten council report set throughout in Liberation Mono**.

Under "4. PRIORITIES 2024-2027" (p6) each priority is a paragraph opened by a bracketed number "(1)" ... "(5)" and a
tab, the priority **bold and underlined**, followed by an indented plain paragraph of explanation. The previous
strategy's priorities and the strategic assessment's findings (p5), the delivery plan's short theme names (p7) and
the measures (p8) are distractors.
"""
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from docx_kit import Cm, Pt, header_footer, new_doc, para, rgb, table
from warwickshire.kit import expect
from warwickshire.work import soffice_stable, work_file

FILE = "strategies/nuneaton_and_bedworth_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Nuneaton and Bedworth Community Safety Partnership Strategy 2024–2027"
MONO = "Liberation Mono"

PRIORITIES = [
    ("Neighbourhood anti-social behaviour and nuisance",
     "Residents in parts of Abbey, Camp Hill, Kingswood and Bede wards tell us that nuisance, noise, off-road "
     "bikes and groups gathering make their streets feel unsafe. We will act early and together."),
    ("Serious violence involving young people",
     "Violence involving people under 25 has risen. We will work with schools, youth services and the county "
     "Serious Violence Prevention Partnership to stop it early."),
    ("Domestic abuse",
     "Domestic abuse is the crime reported most often to our partners after theft. We will make sure every "
     "victim in the borough knows where to get help and is seen quickly."),
    ("Drug dealing and county lines",
     "Lines from Coventry and Birmingham use homes in the borough. We will disrupt dealing, close cuckooed "
     "addresses and support the tenants."),
    ("Reducing gambling-related harm",
     "The borough has more betting shops and adult gaming centres per head than anywhere else in the county. We "
     "will raise awareness of gambling harm and make sure people can reach help."),
]


def heading(d, text, first=False):
    p = d.add_paragraph()
    if not first:
        p.paragraph_format.page_break_before = True
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(12)
    p.paragraph_format.space_after = Pt(10)
    return p


def body(d, text, indent=0.0, size=9.5):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    r = p.add_run(text)
    r.font.size = Pt(size)
    return p


def dash_list(d, items):
    for it in items:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(2)
        p.add_run("-  " + it).font.size = Pt(9.5)


def render(path):
    d = new_doc(font=MONO, size=9.5, title=TITLE, author="Nuneaton and Bedworth Community Safety Partnership",
                colours=("000000", "000000", "000000"), margins=(2.4, 2.4, 2.2, 2.2))
    header_footer(d, "NUNEATON AND BEDWORTH CSP", "STRATEGY 2024-2027", footer_fmt="- {PAGE} -", colour="444444")
    for _ in range(6):
        d.add_paragraph()
    for t, sz, b in [("NUNEATON AND BEDWORTH", 16, True), ("COMMUNITY SAFETY PARTNERSHIP", 16, True),
                     ("", 10, False), ("STRATEGY 2024-2027", 14, False), ("", 10, False),
                     ("Version 1.0, approved by the partnership, March 2024", 9.5, False),
                     ("Document owner: Community Safety Manager", 9.5, False)]:
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold, r.font.size = b, Pt(sz)
    heading(d, "Contents")
    for t, n in [("1. Foreword", 3), ("2. Background", 4), ("3. Where we are now", 5), ("4. Priorities 2024-2027", 6),
                 ("5. Delivery plan", 7), ("6. Governance and measures", 8)]:
        p = d.add_paragraph()
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{t}\t{n}").font.size = Pt(10)
    heading(d, "1. Foreword")
    for t in ["Nuneaton and Bedworth is a borough of two towns and a string of former mining villages, with a "
              "proud industrial history and a young, growing population.",
              "This strategy sets out what the Community Safety Partnership will focus on for the next three "
              "years. It was agreed by the borough council, Warwickshire Police, Warwickshire County Council, "
              "Warwickshire Fire and Rescue Service, the Probation Service, the NHS and our housing and voluntary "
              "sector partners.",
              "We have kept it short and plain. Each priority has a named lead, and we will publish progress every "
              "year.", "Chair, Nuneaton and Bedworth Community Safety Partnership"]:
        body(d, t)
    heading(d, "2. Background")
    body(d, "2.1  Every district in England must have a community safety partnership (Crime and Disorder Act 1998). "
            "Since 2023 the partnership must also meet the Serious Violence Duty.")
    body(d, "2.2  The borough in figures (illustrative, not official statistics):")
    dash_list(d, ["population: 134,000", "recorded crime: 12,600 offences a year", "anti-social behaviour: "
                  "3,900 incidents", "domestic abuse: 1,150 crimes", "knife-enabled offences: 260",
                  "betting shops and adult gaming centres: 31"])
    body(d, "2.3  The Police and Crime Commissioner for Warwickshire funds part of our work through the community "
            "safety grant.")
    heading(d, "3. Where we are now")
    body(d, "3.1  Our previous strategy (2021-2024) had three priorities: Safer neighbourhoods; Protecting "
            "vulnerable people; Violence and exploitation. These have been reviewed and replaced.")
    body(d, "3.2  The 2023 strategic assessment found that:")
    dash_list(d, ["anti-social behaviour is concentrated in a few neighbourhoods and repeat locations;",
                  "violence involving under-25s rose by an illustrative 18 per cent in two years;",
                  "domestic abuse is under-reported in the villages;",
                  "county lines activity is linked to most drug-related violence;",
                  "local GPs and debt advisers report growing harm from gambling."])
    body(d, "3.3  Residents' survey: 52 per cent named anti-social behaviour as their top concern (illustrative).")
    heading(d, "4. Priorities 2024-2027")
    body(d, "4.1  The partnership has agreed the following five priorities for 2024-2027:")
    for i, (name, desc) in enumerate(PRIORITIES, 1):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.4)
        p.paragraph_format.first_line_indent = Cm(-1.4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.4))
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        p.add_run(f"({i})\t").font.size = Pt(10)
        r = p.add_run(name)
        r.bold, r.underline, r.font.size = True, True, Pt(10.5)
        body(d, desc, indent=1.4, size=9)
    body(d, "4.2  Each priority has a lead officer and a task group; see section 5.")
    heading(d, "5. Delivery plan")
    table(d, [["Theme", "Action", "Lead"],
              ["ASB", "Weekly problem-solving meeting; community trigger reviews; youth outreach in hot spots.",
               "Borough council"],
              ["Violence", "Knife crime sessions in every secondary school; hospital navigator referrals.",
               "Warwickshire Police"],
              ["DA", "Domestic abuse champions in every GP surgery; MARAC attendance by housing.", "County council"],
              ["Drugs", "Closure orders; cuckooing safeguarding visits.", "Warwickshire Police"],
              ["Gambling", "Awareness training for frontline staff; licensing review of gaming centres.",
               "Borough council"]], [2.8, 9.6, 3.8], head_fill="333333", size=8.5)
    heading(d, "6. Governance and measures")
    body(d, "6.1  The partnership meets quarterly. Minutes are published on the borough council website.")
    body(d, "6.2  Measures (illustrative baselines):")
    dash_list(d, ["ASB incidents: 3,900 (aim: down)", "violence with injury, under-25s: 410 (aim: down)",
                  "domestic abuse repeat victims: 29 per cent (aim: down)", "cuckooed addresses closed: 14 (aim: up)",
                  "people referred to gambling support: 35 (aim: up)"])
    body(d, "6.3  Contact: csp@nuneatonbedworth.example")
    d.save(str(path))


def build(root):
    out = root / FILE
    src = work_file("nuneaton_bedworth_csp.docx")
    render(src)
    soffice_stable(src, out)
    expect(out, 8, {3: "1. FOREWORD", 4: "2. BACKGROUND", 5: "3. WHERE WE ARE NOW", 6: "4. PRIORITIES",
                    7: "5. DELIVERY PLAN", 8: "6. GOVERNANCE"})
    return out
