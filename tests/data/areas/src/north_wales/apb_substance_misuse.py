"""North Wales Area Planning Board Substance Misuse Strategy 2024-2027: python-docx, converted by LibreOffice.

A plain Word report (Liberation Serif body, Liberation Sans headings, numbered section headings typed in).
The four priorities are stated once, on p6, under "5 Our priorities" as a **list numbered with lower-case
Roman numerals in brackets** "(i)" ... "(iv)", each item a **run-in paragraph**: the priority in bold, a colon,
then its description in plain text in the same paragraph (so the wording of the priority ends at the colon).
Distractors: the Welsh Government's substance misuse delivery plan themes (p4), the previous strategy's aims
and the principles (p5), the "We will" lists (p7), the outcomes framework (p8).
"""
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

from docx_kit import Cm, Pt, bullets, cover_block, header_footer, new_doc, page_break, para, table
from north_wales.kit import docx_pdf

FILE = "strategies/north_wales_apb_substance_misuse_strategy_2024-27.pdf"
TITLE = "North Wales Area Planning Board Substance Misuse Strategy 2024–2027"

PRIORITIES = [
    ("Reducing drug and alcohol related deaths", "we will widen access to naloxone, review every death and reach "
     "people who use alone."),
    ("Getting more people into treatment and supporting recovery", "we will cut waiting times, open recovery "
     "cafés in every county and support people through housing and work."),
    ("Disrupting county lines and drug supply", "with North Wales Police and the regional organised crime unit, "
     "we will close down lines and protect the people they exploit."),
    ("Preventing young people from starting to use substances", "we will fund evidence-based programmes in "
     "schools and youth clubs and support families."),
]


def build(root):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=("184E77", "1A759F", "404040"),
                title=TITLE, author="North Wales Area Planning Board")
    header_footer(d, "North Wales Area Planning Board", "Substance Misuse Strategy 2024–2027",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", rule_colour="1A759F")
    cover_block(d, [("Bwrdd Cynllunio Ardal Gogledd Cymru", 11, False, "D9ED92"),
                    ("North Wales Area Planning Board", 13, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Substance Misuse Strategy", 28, True, "FFFFFF"), ("2024–2027", 18, False, "FFFFFF")],
                "184E77", height_cm=16)
    page_break(d)
    d.add_heading("Contents", 1)
    for t, n in [("1 Foreword", 3), ("2 The national picture", 4), ("3 Where we start from", 5),
                 ("4 Our principles", 5), ("5 Our priorities", 6), ("6 What we will do", 7),
                 ("7 Outcomes and governance", 8)]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{t}\t{n}")
    page_break(d)
    d.add_heading("1 Foreword", 1)
    for t in ["The Area Planning Board brings together the six local authorities, Betsi Cadwaladr University Health "
              "Board, North Wales Police, the Probation Service and the Police and Crime Commissioner to plan and "
              "commission substance misuse services across North Wales.",
              "Too many people in North Wales die from drugs and alcohol. Every death is a person, and every one is "
              "felt by a family and a community.",
              "This strategy sets out what we will do over the next three years, and how we will know whether it is "
              "working."]:
        para(d, t)
    para(d, "Chair, North Wales Area Planning Board", bold=True)
    page_break(d)
    d.add_heading("2 The national picture", 1)
    para(d, "The Welsh Government's substance misuse delivery plan sets national themes that every Area Planning "
            "Board works within. In summary they are: preventing harm; supporting people to recover; supporting "
            "and protecting families; and tackling availability and protecting individuals and communities.")
    para(d, "These are national themes. Our own priorities for North Wales are set out in section 5.")
    para(d, "All figures in this document are illustrative and are not official statistics.", italic=True)
    table(d, [["Indicator", "North Wales", "Wales"], ["Drug misuse deaths per 100,000", "7.4", "6.1"],
              ["Alcohol-specific deaths per 100,000", "14.2", "13.5"], ["Referrals to treatment", "5,600", "–"],
              ["Waiting over 20 days", "14%", "11%"]], [8, 4, 4], head_fill="184E77", band="E8F1F8")
    page_break(d)
    d.add_heading("3 Where we start from", 1)
    para(d, "Our 2019–2022 strategy had three aims: Reduce harm; Improve recovery; and Support families. We made "
            "progress on recovery, but deaths have continued to rise.")
    d.add_heading("4 Our principles", 1)
    bullets(d, ["Harm reduction: keeping people alive is the first step.", "Trauma-informed: we understand why "
                "people use.", "Bilingual: services are offered in Welsh and English.",
                "Lived experience: people in recovery help to design services."])
    page_break(d)
    d.add_heading("5 Our priorities", 1)
    para(d, "The Board has agreed four priorities for 2024–2027:")
    for i, (t, rest) in enumerate(PRIORITIES):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        p.paragraph_format.space_after = Pt(10)
        p.add_run(f"({['i', 'ii', 'iii', 'iv'][i]})\t")
        p.add_run(t + ":").bold = True
        p.add_run(" " + rest)
    para(d, "Each priority has a lead and a task and finish group, listed in section 6.")
    page_break(d)
    d.add_heading("6 What we will do", 1)
    table(d, [["Area", "We will", "Lead"],
              ["Deaths", "Naloxone in every hostel and custody suite; fatal and non-fatal overdose reviews", "Health board"],
              ["Treatment", "Same-day prescribing; recovery cafés; peer mentors", "Commissioners"],
              ["Supply", "Closure orders on cuckooed homes; county lines intensification weeks", "Police"],
              ["Young people", "School programme in Years 7–9; family support", "Councils"]],
          [3, 10, 3.6], head_fill="184E77", band="E8F1F8")
    page_break(d)
    d.add_heading("7 Outcomes and governance", 1)
    para(d, "Outcomes we will track (illustrative baselines):")
    bullets(d, ["Fewer drug and alcohol related deaths each year", "More people completing treatment drug-free",
                "Fewer active county lines", "Fewer young people reporting drug use in the school health survey"])
    para(d, "The Board meets every quarter and reports to the Regional Partnership Board and to Welsh Government. "
            "Contact: apb@northwales.example")
    return docx_pdf(root, FILE, "apb_substance_misuse", d, 8, symbol_at=3)
