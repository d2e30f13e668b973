"""Chesterfield Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, in the right-hand column of a **"from draft to final" consultation table** on p6
("How the consultation changed our priorities"): the left column holds the short draft priority the
partnership consulted on in 2023 (grey), the middle column what residents said, and the right-hand column,
shaded, "Our priority for 2024–2027" in bold.  One draft row (hate crime) was not taken forward and has a
dash in the right-hand column.  The draft wording, the previous plan's priorities (p3), the key findings
(p4), the consultation figures (p5), the delivery themes (p7) and the measures are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, keep_rows, rgb, set_widths, shade
from derbyshire.work import soffice_stable, work_file

FILE = "strategies/chesterfield_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Chesterfield Community Safety Partnership Plan 2024–2027"
GREEN, PLUM, INK = "1D5C4D", "6B2C5F", "262626"

ROWS = [
    ("Anti-social behaviour", "ASB on estates such as Loundsley Green and Grangewood, and in the town centre, "
     "was the top concern of 58% of respondents.",
     "Tackling anti-social behaviour on our estates and in the town centre"),
    ("Town centre safety", "People feel safe in the day but not on Friday and Saturday nights; fights near bars "
     "and the taxi rank were mentioned most.", "Making the town centre safe at night"),
    ("Violence against women and girls", "Women and girls told us about harassment on the way home and at the "
     "railway station. Keep this as it is.", "Violence against women and girls"),
    ("Drugs", "Dealing from houses and cars on residential streets worries people more than drug use itself.",
     "Tackling drug dealing and county lines in our neighbourhoods"),
    ("Business crime", "Shop workers and traders described daily theft and abuse, especially in the Pavements "
     "and Vicar Lane.", "Reducing shop theft and crime against businesses"),
    ("Hate crime", "Few responses. Partners agreed hate crime is better led by the council's cohesion work "
     "and the Derbyshire hate crime partnership.", "—"),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(GREEN, PLUM, INK), title=TITLE,
                author="Chesterfield Community Safety Partnership", margins=(2.2, 2.0, 2.4, 2.0))
    header_footer(d, "Chesterfield Community Safety Partnership", "Plan 2024–2027",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=GREEN)
    para(d, "", space_after=20)
    para(d, "CHESTERFIELD COMMUNITY SAFETY PARTNERSHIP", bold=True, size=11, colour=GREEN, space_after=24)
    cover_block(d, [("Community Safety", 30, True, "FFFFFF"), ("Partnership Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "D9EDE6"), ("", 10, False, "FFFFFF"),
                    ("Shaped by what you told us", 12, False, "FFFFFF")], GREEN, height_cm=10.0)
    para(d, "", space_after=160)
    para(d, "Chesterfield Borough Council · Derbyshire Constabulary · Derbyshire County Council · Derbyshire Fire "
            "and Rescue Service · Probation Service · NHS Derby and Derbyshire ICB", italic=True, size=9,
         colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Chesterfield in figures", "ctx", 0),
                 ("Listening to residents", "cons", 0), ("Our priorities", "pri", 0), ("Delivery", "del", 0),
                 ("Governance and measures", "gov", 0)], pages)
    heading(d, "Introduction", 1, page_break=True)
    for t in ["Chesterfield is a market town with a famous crooked spire, a thriving market and a growing visitor "
              "economy, surrounded by former mining communities and green spaces. Most residents feel safe, but "
              "crime and anti-social behaviour are concentrated in a small number of places.",
              "The Chesterfield Community Safety Partnership is the borough's statutory partnership under the "
              "Crime and Disorder Act 1998. This plan replaces the 2021–2024 plan and runs to March 2027.",
              "Unusually, we consulted on a draft list of priorities before deciding them. The final priorities "
              "on page 6 are different from the draft in several ways, because of what residents, businesses and "
              "partners told us."]:
        para(d, t)
    heading(d, "Our previous plan", 2)
    para(d, "The 2021–2024 plan had four priorities:")
    bullets(d, ["Anti-social behaviour and environmental crime", "Domestic abuse",
                "Substance misuse", "Serious and organised crime"])
    para(d, "Chair, Chesterfield Community Safety Partnership", bold=True)
    heading(d, "Chesterfield in figures", 1, page_break=True)
    para(d, "The figures in this section are illustrative and are not official statistics.", italic=True)
    table(d, [["Measure", "2023/24", "Change on 2022/23"], ["Residents", "104,000", "—"],
              ["Crimes recorded", "11,600", "+4%"], ["ASB incidents", "3,450", "−6%"],
              ["Violence with injury", "1,380", "+3%"], ["Shop theft offences", "1,210", "+21%"],
              ["Drug trafficking offences", "142", "+9%"]], [7.5, 4.0, 4.0], head_fill=GREEN, size=9.5)
    heading(d, "What the strategic assessment found", 2)
    bullets(d, ["Violence in the town centre peaks between 10pm and 3am on Fridays and Saturdays.",
                "Shop theft has risen for three years, with repeat offenders linked to drug use.",
                "Reports of drug dealing cluster in six residential streets.",
                "Women report harassment on routes to the station and bus station."])
    heading(d, "Listening to residents", 1, page_break=True)
    for t in ["In autumn 2023 we asked people to comment on six draft priorities. 1,130 people answered the online "
              "survey (illustrative), and we held drop-in sessions at the market, the library and in Staveley.",
              "We also met the town centre business forum, the Chesterfield FC Community Trust, the youth council "
              "and the domestic abuse survivors' panel."]:
        para(d, t)
    table(d, [["Who responded", "Number (illustrative)"], ["Online survey", "1,130"], ["Drop-in sessions", "214"],
              ["Business forum members", "38"], ["Young people (youth council)", "61"]], [9.0, 6.5],
          head_fill=PLUM, size=9.5)
    heading(d, "Our priorities", 1, page_break=True)
    para(d, "The table shows how the consultation changed our priorities. The left-hand column is the draft we "
            "consulted on; the right-hand column is the priority the partnership agreed for 2024–2027.")
    t = d.add_table(rows=len(ROWS) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    heads = ["Draft priority (2023 consultation)", "What you told us", "Our priority for 2024–2027"]
    for c, h in enumerate(heads):
        cell = t.cell(0, c)
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(9.5)
        r.font.color.rgb = rgb("FFFFFF")
        shade(cell, GREEN if c == 2 else "595959")
    for i, (draft, said, final) in enumerate(ROWS, start=1):
        for c, (txt, kw) in enumerate([(draft, dict(colour="7F7F7F", italic=True)), (said, dict()),
                                       (final, dict(bold=True, colour=GREEN))]):
            cell = t.cell(i, c)
            cell.text = ""
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(3)
            r = p.add_run(txt)
            r.font.size = Pt(11 if c == 2 else 9)
            r.bold = kw.get("bold", False)
            r.italic = kw.get("italic", False)
            if "colour" in kw:
                r.font.color.rgb = rgb(kw["colour"])
            if c == 2 and final != "—":
                shade(cell, "E3F1EC")
    set_widths(t, [4.2, 7.0, 5.8])
    keep_rows(t)
    para(d, "")
    para(d, "Hate crime remains important to the partnership. It is not a separate priority because the council's "
            "community cohesion work and the Derbyshire hate crime partnership lead on it.", italic=True, size=9)
    heading(d, "Delivery", 1, page_break=True)
    para(d, "Each priority has a lead partner and a task group. The main actions for 2024/25 are:")
    for theme, acts in [("Estates and town centre", ["Joint patrols and a town centre ASB officer.",
                                                     "Community Protection Notices used consistently."]),
                        ("Night-time", ["Best Bar None and Ask for Angela in every late venue.",
                                        "Street pastors and a safe space on Saturday nights."]),
                        ("Women and girls", ["Safer routes audit for the station and bus station.",
                                             "Bystander training for bar staff and taxi drivers."]),
                        ("Drug dealing", ["Closure orders on dealing addresses.",
                                          "Intelligence sharing with housing providers."]),
                        ("Business crime", ["Shopwatch radio scheme and a retail crime officer.",
                                            "Support for shop workers who are abused or threatened."])]:
        heading(d, theme, 3)
        bullets(d, acts)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the borough council's Overview and Performance "
            "Scrutiny Committee and to the Police and Crime Commissioner. It works with Safer Derbyshire, the "
            "Derbyshire Serious Violence Partnership and the Derby and Derbyshire Combating Drugs Partnership.")
    table(d, [["Measure", "Baseline (illustrative)", "Direction"], ["ASB incidents", "3,450", "Down"],
              ["Night-time violence with injury", "310", "Down"],
              ["Women who feel safe in the town centre at night", "41%", "Up"],
              ["Closure orders on dealing addresses", "6", "Up"], ["Shop theft offences", "1,210", "Down"]],
          [8.5, 4.5, 3.0], head_fill=GREEN, size=9.5)
    para(d, "Contact: communitysafety@chesterfield.example", size=9, colour="555555")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Chesterfield is a market", "ctx": "Chesterfield in figures The figures",
               "cons": "Listening to residents In autumn", "pri": "Our priorities The table shows",
               "del": "Delivery Each priority", "gov": "Governance and measures The partnership"}
    src = work_file("chesterfield_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
