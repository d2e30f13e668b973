"""Shropshire Safer Stronger Communities Partnership Strategy 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, as the ROWS OF A RACI OWNERSHIP MATRIX on p6 ("Who owns our priorities"): the
first column is the priority in bold, the next four say which partner is Accountable, Responsible, Consulted
and Informed (short agency names).  A key to the letters sits above the table.  The Shropshire Plan's
council priorities and the statutory duties (p4), the key findings (p5), the delivery groups' short names
(p7) and the measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, shade, set_widths, table, keep_rows
from west_mercia.work import soffice_stable, work_file

FILE = "strategies/shropshire_safer_stronger_communities_strategy_2024-27.pdf"
TITLE = "Shropshire Safer Stronger Communities Partnership Strategy 2024–2027"
BLUE, GOLD, INK = "1D4E89", "C8A02B", "262626"

# (priority, Accountable, Responsible, Consulted, Informed)
RACI = [
    ("Tackling anti-social behaviour and the harm it causes to residents", "Council", "Police, housing",
     "Parish councils", "Residents"),
    ("Reducing drug and alcohol related harm", "Public health", "Treatment provider", "Police, probation",
     "Health and Wellbeing Board"),
    ("Protecting children and vulnerable adults from exploitation", "Safeguarding partnerships", "Police, "
     "children\u2019s and adult services", "Schools, housing", "PCC"),
    ("Tackling rural crime", "Police", "Rural crime team, NFU", "Landowners", "Parish councils"),
    ("Preventing people from being drawn into terrorism", "Council (Prevent lead)", "Prevent board",
     "Schools, colleges", "Counter Terrorism Policing"),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(BLUE, BLUE, INK), title=TITLE,
                author="Shropshire Safer Stronger Communities Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Safer Stronger Communities Partnership", "Strategy 2024–2027",
                  footer_fmt="Shropshire · {PAGE}", colour="555555", rule_colour=GOLD)
    para(d, "", space_after=30)
    para(d, "SHROPSHIRE SAFER STRONGER COMMUNITIES PARTNERSHIP", bold=True, size=10.5, colour=BLUE, space_after=24)
    cover_block(d, [("Community Safety Strategy", 28, True, "FFFFFF"), ("2024 to 2027", 18, False, "F3E3B0"),
                    ("", 10, False, "FFFFFF"),
                    ("Shrewsbury · Oswestry · Bridgnorth · Ludlow · Market Drayton · Whitchurch", 10, False,
                     "FFFFFF")], BLUE, height_cm=11)
    para(d, "", space_after=150)
    para(d, "Shropshire Council, West Mercia Police, Shropshire Fire and Rescue Service, the Probation Service, the "
            "NHS and the voluntary and community sector.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Where this strategy fits", "fit", 0),
                 ("Shropshire in numbers", "ctx", 0), ("Who owns our priorities", "pri", 0),
                 ("Delivery groups", "del", 0), ("Measuring progress", "gov", 0)], pages, leader=True,
             bold_top=True)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Shropshire is a large, rural county. Most of its residents live in market towns and villages, and crime is "
        "low compared with England as a whole. But low crime does not mean no harm, and some harms are hidden: "
        "exploitation, drug and alcohol dependency, and crime against isolated rural households and businesses.",
        "The Safer Stronger Communities Partnership is Shropshire\u2019s community safety partnership. This "
        "strategy sets five priorities for 2024 to 2027. For each one we have said plainly which partner is "
        "accountable for it, so that residents and councillors know who to ask.",
        "The strategy was agreed by the partnership in March 2024 after consultation with residents, town and "
        "parish councils and partners."]:
        para(d, t)
    para(d, "Chair, Safer Stronger Communities Partnership", bold=True)
    heading(d, "Where this strategy fits", 1, page_break=True)
    para(d, "The Shropshire Plan is the council\u2019s overall plan. Its four priorities are:")
    numbered(d, ["Healthy people", "Healthy economy", "Healthy environment", "Healthy organisation"])
    para(d, "Community safety contributes mainly to Healthy people. The partnership also carries out statutory "
            "duties:")
    bullets(d, ["Crime and Disorder Act 1998: a strategic assessment and a partnership plan every year.",
                "Serious Violence Duty (2022): working with the West Mercia Serious Violence Duty partnership.",
                "Prevent duty (Counter-Terrorism and Security Act 2015).",
                "Domestic Homicide Reviews (now Domestic Abuse Related Death Reviews)."])
    para(d, "Domestic abuse is led by the Shropshire Domestic Abuse Partnership Board, which has its own strategy; "
            "serious violence is led by the West Mercia partnership. This strategy does not repeat their "
            "priorities.")
    heading(d, "Shropshire in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "324,000"], ["Crimes recorded", "19,800"],
              ["Anti-social behaviour incidents", "7,200"], ["Adults in drug and alcohol treatment", "1,240"],
              ["Children discussed at the exploitation panel", "96"], ["Rural crimes recorded", "730"],
              ["Prevent referrals", "41"]], [11.4, 5.0], head_fill=BLUE, band="EEF2F8", size=9.5)
    heading(d, "Key findings", 2)
    bullets(d, ["ASB reports are highest in Shrewsbury town centre and Oswestry.",
                "Alcohol-related hospital admissions are rising among people over 50.",
                "County lines from the West Midlands and Merseyside exploit children and vulnerable adults.",
                "Farm theft and hare coursing are the rural crimes residents mention most.",
                "Online radicalisation of young people is an emerging concern."])
    heading(d, "Who owns our priorities", 1, page_break=True)
    para(d, "The table below sets out our five priorities and who owns each one. We use a RACI matrix:")
    key = d.add_table(rows=1, cols=4)
    set_widths(key, [4.1, 4.1, 4.1, 4.3])
    for c, (k, v) in enumerate([("A", "Accountable"), ("R", "Responsible"), ("C", "Consulted"), ("I", "Informed")]):
        cell = key.cell(0, c)
        shade(cell, "F3E3B0")
        p = cell.paragraphs[0]
        r = p.add_run(f"{k} = {v}")
        r.font.size = Pt(8.5)
    para(d, "", space_after=4)
    rows = [["Priority", "A", "R", "C", "I"]] + [list(r) for r in RACI]
    t = table(d, rows, [6.0, 2.7, 2.9, 2.5, 2.5], head_fill=BLUE, band="EEF2F8", size=9)
    for r in range(1, len(rows)):
        for run in t.cell(r, 0).paragraphs[0].runs:
            run.bold = True
            run.font.size = Pt(10)
    para(d, "", space_after=4)
    para(d, "The accountable partner reports on its priority to every meeting of the partnership. Responsible "
            "partners do the work; consulted partners are asked before decisions are made; informed partners are "
            "told what was decided.")
    heading(d, "Delivery groups", 1, page_break=True)
    para(d, "Each priority is delivered by a group. The groups use short names:")
    table(d, [["Group", "Main actions 2024/25"],
              ["Safer Neighbourhoods", ["Problem-solving in Shrewsbury, Oswestry and Ludlow",
                                        "ASB Case Review promoted on the council website"]],
              ["Substance Misuse", ["Naloxone in supported housing", "Alcohol brief advice in GP practices"]],
              ["Exploitation", ["Multi-agency exploitation panel every fortnight", "Cuckooing protocol with housing"]],
              ["Rural", ["Farm machinery marking", "Hare coursing operations with neighbouring forces"]],
              ["Prevent", ["Training for schools and colleges", "Channel panel chaired by the council"]]],
          [4.4, 12.2], head_fill=GOLD, band="FBF5E3", size=9, bold_first_col=True)
    heading(d, "Measuring progress", 1, page_break=True)
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents", "7,200", "Down"],
              ["Adults in treatment", "1,240", "Up"], ["Children identified at risk of exploitation", "96",
                                                       "Identified earlier"],
              ["Rural crimes recorded", "730", "Up (more reporting)"], ["Prevent referrals", "41", "Stable"]],
          [9.0, 3.4, 4.2], head_fill=BLUE, band="EEF2F8", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    heading(d, "Governance", 2)
    para(d, "The partnership meets quarterly and reports to the council\u2019s scrutiny committee and to the Police "
            "and Crime Commissioner for West Mercia.")
    para(d, "Contact: community.safety@shropshire.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Shropshire is a large", "fit": "Where this strategy fits The",
               "ctx": "Shropshire in numbers The figures", "pri": "Who owns our priorities The table",
               "del": "Delivery groups Each priority", "gov": "Measuring progress Measure"}
    src = work_file("shropshire_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
