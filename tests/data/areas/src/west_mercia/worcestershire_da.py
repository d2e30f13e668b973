"""Worcestershire Domestic Abuse Strategy 2024-2027: Word report (python-docx + LibreOffice, Liberation Serif body).

Four priorities, stated as "WE WILL ..." OUTCOME STATEMENTS on p6 ("Our commitments"): each is a bold sentence
beginning "We will" in a shaded row of a one-column table, with an italic "So that ..." line beneath it (the
outcome for survivors, not part of the priority).  The statutory definition and the survivors' "I" statements
(p4), the four national pillars of the Tackling Domestic Abuse Plan (p5), the delivery workstreams' short names
(p7) and the outcomes table (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, shade, set_widths, table, keep_rows
from west_mercia.work import soffice_stable, work_file

FILE = "strategies/worcestershire_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Worcestershire Domestic Abuse Strategy 2024–2027"
TEAL, ROSE, INK = "2C6E6A", "A23B5B", "222222"

COMMITMENTS = [
    ("We will help people to recognise abuse and seek help early",
     "So that abuse is identified sooner, by friends, families, employers and professionals as well as by "
     "survivors themselves."),
    ("We will make sure every survivor and their children can get specialist support when they need it",
     "So that survivors are safe, are believed, and can recover and rebuild their lives."),
    ("We will provide safe accommodation for survivors who need to leave home",
     "So that no survivor has to choose between staying with an abuser and becoming homeless."),
    ("We will challenge perpetrators to change their behaviour",
     "So that fewer people are harmed by the same perpetrator, now and in future relationships."),
]


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(TEAL, ROSE, INK),
                title=TITLE, author="Worcestershire Domestic Abuse Partnership Board", margins=(2.4, 2.4, 2.4, 2.2))
    header_footer(d, "Worcestershire Domestic Abuse Partnership Board", "Strategy 2024–2027",
                  footer_fmt="{PAGE}", colour="666666", rule_colour=ROSE)
    para(d, "", space_after=20)
    cover_block(d, [("WORCESTERSHIRE DOMESTIC ABUSE PARTNERSHIP BOARD", 10, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Domestic Abuse Strategy", 30, True, "FFFFFF"), ("2024–2027", 20, False, "F2D7E0"),
                    ("", 10, False, "FFFFFF"), ("Safe, heard and free from abuse", 13, False, "FFFFFF")],
                TEAL, height_cm=14)
    para(d, "", space_after=120)
    para(d, "If you are in danger, call 999. Support is available from the Worcestershire domestic abuse helpline "
            "(illustrative number 0800 000 0000).", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("What domestic abuse is", "def", 0), ("The national picture", "nat", 0),
                 ("Our commitments", "pri", 0), ("How we will deliver", "del", 0), ("Outcomes and governance", "gov", 0)],
             pages, leader=True, bold_top=False)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Domestic abuse can happen to anyone. In Worcestershire it is reported to the police around twenty times a "
        "day (illustrative), and we know that most abuse is never reported at all.",
        "This strategy belongs to the Worcestershire Domestic Abuse Partnership Board, which brings together "
        "Worcestershire County Council, the six district councils, West Mercia Police, the Police and Crime "
        "Commissioner, the NHS, the Probation Service, housing providers and specialist domestic abuse services.",
        "It was written with survivors. Their words are in this strategy, and they will help us to check whether we "
        "have kept our commitments.",
        "It also sets out how we will meet the duty in Part 4 of the Domestic Abuse Act 2021 to provide support in "
        "safe accommodation."]:
        para(d, t)
    para(d, "Chair, Worcestershire Domestic Abuse Partnership Board", bold=True)
    heading(d, "What domestic abuse is", 1, page_break=True)
    para(d, "The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between people aged 16 or over "
            "who are personally connected. It includes physical or sexual abuse, violent or threatening behaviour, "
            "controlling or coercive behaviour, economic abuse, and psychological or emotional abuse. Children who "
            "see, hear or experience the effects of abuse are victims in their own right.")
    heading(d, "Worcestershire in numbers", 2)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Domestic abuse incidents and crimes", "7,900"],
              ["Cases heard at MARAC", "1,050"], ["Repeat MARAC cases", "32%"],
              ["Households supported in safe accommodation", "310"], ["Perpetrators on behaviour change programmes", "85"]],
          [11.0, 5.2], head_fill=TEAL, band="E8F1F0", size=9.5)
    heading(d, "What survivors told us", 2)
    bullets(d, ["\u201cI need to be believed the first time I tell someone.\u201d",
                "\u201cI want to be safe in my own home.\u201d",
                "\u201cI want my children to get help too.\u201d"])
    heading(d, "The national picture", 1, page_break=True)
    para(d, "The Government\u2019s Tackling Domestic Abuse Plan (2022) is built on four pillars:")
    numbered(d, ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"])
    para(d, "The Domestic Abuse Commissioner has also called for more support in the community, not only in "
            "refuges, and for better data on the needs of children. Our commitments reflect both.")
    heading(d, "Our principles", 2)
    bullets(d, ["Survivor-led: survivors shape what we do.", "Whole family: we see the children and the "
                "perpetrator as well as the survivor.", "Inclusive: services that work for every community.",
                "Trauma-informed: we understand the effect of abuse."])
    heading(d, "Our commitments", 1, page_break=True)
    para(d, "We have made four commitments for 2024 to 2027. They are what the partnership promises survivors, and "
            "the rest of this strategy explains how we will keep them.")
    t = d.add_table(rows=len(COMMITMENTS), cols=1)
    set_widths(t, [16.2])
    for i, (we, so) in enumerate(COMMITMENTS):
        cell = t.cell(i, 0)
        shade(cell, "E8F1F0" if i % 2 == 0 else "F7E6EC")
        p = cell.paragraphs[0]
        p.paragraph_format.space_before = Pt(6)
        r = p.add_run(we)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor.from_string(TEAL)
        q = cell.add_paragraph()
        q.paragraph_format.space_after = Pt(8)
        r2 = q.add_run(so)
        r2.italic = True
        r2.font.size = Pt(10)
    keep_rows(t)
    para(d, "")
    para(d, "Serious violence and stalking outside the home are covered by the West Mercia Serious Violence Duty "
            "strategy and the VAWG work of the Police and Crime Commissioner.", size=9.5, colour="555555")
    heading(d, "How we will deliver", 1, page_break=True)
    para(d, "Four workstreams deliver the commitments. Each reports to the board every quarter.")
    table(d, [["Workstream", "Actions in 2024/25"],
              ["Early help", ["Domestic abuse champions in GP practices, schools and workplaces",
                              "Awareness campaign in every district"]],
              ["Support", ["More independent domestic violence advisers", "A children and young people\u2019s service"]],
              ["Accommodation", ["Dispersed safe accommodation in every district", "Sanctuary scheme"]],
              ["Perpetrators", ["Behaviour change programme for men and women", "Multi-agency tasking for the highest-"
                                "harm perpetrators"]]], [4.0, 12.2], head_fill=ROSE, band="F7E6EC", size=9.5,
          bold_first_col=True)
    heading(d, "Outcomes and governance", 1, page_break=True)
    table(d, [["Outcome", "Baseline", "Aim"], ["Survivors who feel safer after support", "79%", "85%"],
              ["Repeat MARAC cases", "32%", "28%"], ["Households in safe accommodation", "310", "More"],
              ["Perpetrators completing a programme", "55", "More"]], [9.0, 3.4, 3.8], head_fill=TEAL,
          band="E8F1F0", size=9.5)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "The board meets quarterly and reports to the Worcestershire Safer Communities Board, the Health and "
            "Wellbeing Board and the Police and Crime Commissioner.")
    para(d, "Contact: domesticabuse@worcestershire.example", size=9.5)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse can happen", "def": "What domestic abuse is The Domestic",
               "nat": "The national picture The Government", "pri": "Our commitments We have made",
               "del": "How we will deliver Four workstreams", "gov": "Outcomes and governance Outcome"}
    src = work_file("worcestershire_da.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
