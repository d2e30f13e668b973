"""Surrey Domestic Abuse Strategy 2024-2029 (Surrey Domestic Abuse Partnership Board): Word report
(python-docx + LibreOffice, Liberation Serif body, Liberation Sans headings).

Four priorities, stated once, on p6 in a **"then and now" table** under "From our last strategy to this one":
three columns headed "Our 2018–2023 priority" (grey, the previous strategy's priorities: distractors), "What
we learned" (a sentence), and "Our priority for 2024–2029" (bold, dark red: the current priorities).  The
last row's first cell says "(new for 2024)".  A note under the table says that the right-hand column holds the
four priorities.  The statutory definition and survivor quotes (p4), the national Tackling Domestic Abuse
Plan's pillars and the principles (p5), the delivery themes (p7) and the outcomes (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, shade, table
from surrey.work import soffice_stable, work_file

FILE = "strategies/surrey_domestic_abuse_strategy_2024-29.pdf"
TITLE = "Surrey Domestic Abuse Strategy 2024–2029"
RED, SLATE, INK = "8C1C3A", "3A4F63", "222222"

ROWS = [
    ("Raising awareness of domestic abuse",
     "Awareness campaigns reached many people, but did little to stop abuse starting.",
     "Preventing domestic abuse before it starts"),
    ("Improving support for high-risk victims",
     "Support was good for those at high risk but hard to find for everyone else, and for children.",
     "Making sure every survivor, adult or child, gets the right support at the right time"),
    ("Challenging perpetrators",
     "Too few perpetrators faced consequences, and too few were offered help to change.",
     "Holding people who cause harm to account and helping them change"),
    ("(new for 2024)",
     "Survivors told us that losing their home was the biggest barrier to leaving.",
     "Providing safe and settled homes for survivors"),
]


def make(path, pages):
    d = new_doc(font="Liberation Serif", size=10.5, heading_font="Liberation Sans", colours=(RED, SLATE, INK),
                title=TITLE, author="Surrey Domestic Abuse Partnership Board", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Surrey Domestic Abuse Strategy 2024–2029", "Surrey Domestic Abuse Partnership Board",
                  footer_fmt="{PAGE}", colour="666666", rule_colour=RED)
    para(d, "", space_after=24)
    cover_block(d, [("SURREY DOMESTIC ABUSE PARTNERSHIP BOARD", 10, True, "F2D3DC"), ("", 8, False, "FFFFFF"),
                    ("Domestic Abuse", 34, True, "FFFFFF"), ("Strategy", 34, True, "FFFFFF"),
                    ("2024 – 2029", 18, False, "FFFFFF"), ("", 14, False, "FFFFFF"),
                    ("Safe at home, safe in Surrey", 13, False, "F2D3DC")], RED, height_cm=13)
    para(d, "", space_after=100)
    para(d, "If you are in danger, call 999. For help and advice, contact the Surrey domestic abuse helpline "
            "(0300 000 0000, illustrative) or your local outreach service.", italic=True, size=9.5, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=RED, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("What we mean by domestic abuse", "def", 0),
                 ("The national picture and our principles", "nat", 0),
                 ("From our last strategy to this one", "pri", 0), ("Delivering the strategy", "del", 0),
                 ("Outcomes, governance and measures", "gov", 0)], pages)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Domestic abuse happens in every community in Surrey. It harms adults of every age, and it harms the "
        "children who live with it. Most of it is never reported to anyone.",
        "The Surrey Domestic Abuse Partnership Board brings together Surrey County Council, the eleven borough and "
        "district councils, Surrey Police, the Police and Crime Commissioner, the NHS, the Probation Service and "
        "the specialist domestic abuse services. This strategy is our shared plan for the next five years.",
        "We wrote it with survivors. Their words run through it, and a panel of survivors will help us check "
        "whether it is working.",
    ]:
        para(d, t)
    para(d, "Chair, Surrey Domestic Abuse Partnership Board", bold=True)
    heading(d, "What we mean by domestic abuse", 1, page_break=True)
    para(d, "The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour by one person towards another "
            "when both are aged 16 or over and are personally connected. It can be physical or sexual abuse, "
            "violent or threatening behaviour, controlling or coercive behaviour, economic abuse, or psychological "
            "or emotional abuse. Children who see, hear or experience its effects are victims in their own right.")
    heading(d, "Surrey in figures", 2)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9, colour="666666")
    table(d, [["Measure", "2023/24"], ["Domestic abuse incidents and crimes reported to police", "17,500"],
              ["Cases heard at MARAC", "1,640"], ["Calls to the helpline", "9,800"],
              ["Households accepted as homeless because of domestic abuse", "420"],
              ["Perpetrators starting a behaviour-change programme", "130"]], [11, 4], head_fill=SLATE, band="EEF1F4")
    heading(d, "What survivors told us", 2)
    for q in ["\u201cI didn\u2019t know what was happening to me was abuse until a nurse asked.\u201d",
              "\u201cMy children needed help as much as I did, and there was none.\u201d",
              "\u201cI stayed because I had nowhere else to go.\u201d"]:
        para(d, q, italic=True, colour="555555")
    heading(d, "The national picture and our principles", 1, page_break=True)
    para(d, "The national Tackling Domestic Abuse Plan (2022) has four pillars: Prioritising prevention; "
            "Supporting victims; Pursuing perpetrators; and A stronger system. The Domestic Abuse Act 2021 placed "
            "a duty on Surrey County Council to provide support in safe accommodation, and created the Domestic "
            "Abuse Commissioner.")
    heading(d, "Our principles", 2)
    bullets(d, ["Survivor-led: we listen to survivors and act on what they say.",
                "Child-centred: children are victims in their own right.",
                "Inclusive: services work for older people, disabled people, men, LGBT+ people and every community.",
                "Trauma-informed: we understand the effect of abuse on the people we work with."], bold_lead=True)
    heading(d, "From our last strategy to this one", 1, page_break=True)
    para(d, "Our 2018–2023 strategy had three priorities. We reviewed what they achieved with survivors and "
            "partners, and changed them. The table shows how.")
    t = table(d, [["Our 2018–2023 priority", "What we learned", "Our priority for 2024–2029"]] +
              [list(r) for r in ROWS], [4.3, 6.0, 6.2], head_fill=SLATE, size=9.5)
    for r in range(1, len(ROWS) + 1):
        c0 = t.cell(r, 0)
        for run in c0.paragraphs[0].runs:
            run.font.color.rgb = rgb("7A7A7A")
        c2 = t.cell(r, 2)
        shade(c2, "F7E6EB")
        for run in c2.paragraphs[0].runs:
            run.bold = True
            run.font.size = Pt(11.5)
            run.font.color.rgb = rgb(RED)
    para(d, "", space_after=2)
    para(d, "The right-hand column sets out our four priorities for 2024–2029. The rest of this strategy describes "
            "how we will deliver them.", italic=True, size=9.5, colour="555555")
    heading(d, "Delivering the strategy", 1, page_break=True)
    para(d, "Each priority has a delivery group that reports to the board. The main commitments are below.")
    for lab, acts in [("Prevention", ["Healthy relationships lessons in every secondary school.",
                                      "Training for GPs, pharmacists and dentists to ask about abuse."]),
                      ("Support", ["Outreach and independent advisers in every borough and district.",
                                   "A children's recovery programme in each quadrant of the county."]),
                      ("Accountability", ["A perpetrator behaviour-change programme open to self-referrals.",
                                          "Joint tasking of the highest-harm perpetrators with Surrey Police."]),
                      ("Housing", ["More refuge places and dispersed safe accommodation.",
                                   "A common housing pathway across all eleven housing authorities."])]:
        heading(d, lab, 3)
        bullets(d, acts)
    heading(d, "Outcomes, governance and measures", 1, page_break=True)
    para(d, "By 2029 we want to see these outcomes:")
    bullets(d, ["Fewer people experiencing domestic abuse.", "Survivors who feel believed and supported.",
                "Fewer repeat victims.", "Fewer survivors made homeless."])
    para(d, "The board meets four times a year and reports to the Surrey Health and Wellbeing Board and to the "
            "Police and Crime Commissioner. It commissions domestic homicide reviews on behalf of the community "
            "safety partnerships.")
    table(d, [["Measure", "Baseline", "Direction"], ["Repeat cases at MARAC", "31%", "Down"],
              ["Survivors who say support helped them feel safer", "84%", "Up"],
              ["Perpetrators completing a programme", "78", "Up"],
              ["Households homeless because of domestic abuse", "420", "Down"]], [9, 3, 3.5], head_fill=SLATE,
          band="EEF1F4")
    para(d, "Baselines are illustrative. Contact: dapb@surreycc.example", italic=True, size=8.5, colour="666666")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse happens", "def": "What we mean by domestic abuse The",
               "nat": "The national picture and our principles The", "pri": "From our last strategy to this one Our",
               "del": "Delivering the strategy Each", "gov": "Outcomes, governance and measures By"}
    src = work_file("surrey_domestic_abuse.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=3)
    two_pass(run, out, needles)
    return out
