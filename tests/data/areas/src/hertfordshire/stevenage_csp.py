"""Safer Stevenage Partnership Community Safety Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, in a **board decision record** on p6 ("Choosing our priorities"): a table of
the eight issues the strategic assessment put forward, each with its evidence and the board's decision
"\u2612 Adopted as a priority" or "\u2610 Not adopted \u2013 ...".  The five adopted rows carry the
priority in bold; the three issues not adopted (road safety, shoplifting, fraud) are in grey on the same
table and are distractors.  The previous plan's priorities (p3), the key findings (p5), the delivery group
names (p7) and the measures (p8) are distractors too.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, keep_rows, rgb, set_widths, shade, table
from hertfordshire.work import soffice_stable, work_file

FILE = "strategies/safer_stevenage_partnership_community_safety_plan_2024-27.pdf"
TITLE = "Safer Stevenage Partnership Community Safety Plan 2024–2027"
GREEN, TEAL, INK = "00594F", "3A8D7E", "262626"

ROWS = [  # (issue, evidence, adopted, decision note)
    ("Reducing anti-social behaviour and its impact on residents",
     "3,100 incidents (illustrative); top concern in the survey; town centre and three neighbourhoods", True, ""),
    ("Tackling knife crime and serious violence",
     "Knife crime up a quarter in two years; most of those involved are under 25", True, ""),
    ("Road safety and speeding",
     "The second concern in the survey; 41 people killed or seriously injured", False,
     "led by the Hertfordshire Road Safety Partnership"),
    ("Reducing the harm caused by drugs and alcohol",
     "Drug-related deaths and alcohol admissions above the county average", True, ""),
    ("Shoplifting and retail crime",
     "Shoplifting up in the town centre and at the retail parks", False,
     "managed by the police and the Business Improvement District"),
    ("Tackling domestic abuse",
     "One in six recorded crimes; repeat victims at MARAC", True, ""),
    ("Fraud and scams",
     "Older residents targeted by courier fraud", False, "led at county level by Operation Sentinel"),
    ("Preventing people from being drawn into terrorism",
     "Counter-Terrorism Local Profile; Prevent referrals from schools", True, ""),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(GREEN, TEAL, INK), title=TITLE,
                author="Safer Stevenage Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "Safer Stevenage Partnership", "Community Safety Plan 2024–2027",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=TEAL)
    para(d, "", space_after=30)
    para(d, "SAFER STEVENAGE PARTNERSHIP", bold=True, size=11, colour=TEAL, space_after=30)
    cover_block(d, [("Community Safety Plan", 30, True, "FFFFFF"), ("2024–2027", 20, False, "D5ECE7"),
                    ("", 10, False, "FFFFFF"),
                    ("Old Town · Bedwell · Shephall · Pin Green · St Nicholas · Great Ashby", 10, False, "FFFFFF")],
                GREEN, height_cm=10.5)
    para(d, "", space_after=150)
    para(d, "A partnership of Stevenage Borough Council, Hertfordshire Constabulary, Hertfordshire County Council, "
            "Hertfordshire Fire and Rescue Service, the Probation Service, the NHS and the voluntary sector.",
         italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Stevenage in numbers", "ctx", 0),
                 ("What the assessment found", "find", 0), ("Choosing our priorities", "pri", 0),
                 ("Delivery", "del", 0), ("Governance and measures", "gov", 0)], pages, leader=True, bold_top=True)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Stevenage was Britain's first new town. Its neighbourhoods, each with its own centre, were planned around "
        "the people who live there, and the town is now being regenerated. Crime in Stevenage is close to the "
        "county average, but anti-social behaviour and violence weigh heavily on a few neighbourhoods.",
        "The Safer Stevenage Partnership is the community safety partnership for the borough under the Crime and "
        "Disorder Act 1998. Each year it commissions a strategic assessment, and every three years it uses that "
        "assessment to choose its priorities.",
        "Our previous plan (2021–2024) had four priorities: Anti-social behaviour and criminal damage; Serious "
        "violence and county lines; Domestic abuse; and Community cohesion. This plan keeps some and changes "
        "others, as the decision record on page 6 explains."]:
        para(d, t)
    para(d, "Chair, Safer Stevenage Partnership", bold=True)
    heading(d, "Stevenage in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "89,000"], ["Crimes recorded", "9,400"],
              ["Anti-social behaviour incidents", "3,100"], ["Domestic abuse incidents and crimes", "1,700"],
              ["Knife crime offences", "61"], ["Adults in drug or alcohol treatment", "540"],
              ["Prevent referrals", "19"]], [11.6, 5.0], head_fill=GREEN, band="E8F3F0", size=9.5)
    heading(d, "Our statutory duties", 2)
    bullets(d, ["Crime and Disorder Act 1998: reduce crime, disorder, substance misuse and reoffending.",
                "Serious Violence Duty: prevent and reduce serious violence.",
                "Prevent duty: stop people being drawn into terrorism."])
    heading(d, "What the assessment found", 1, page_break=True)
    bullets(d, ["Anti-social behaviour is concentrated in the town centre, Bedwell and Shephall.",
                "Knife crime has risen for two years, and most suspects and victims are under 25.",
                "Drug-related deaths are above the county average.",
                "Domestic abuse is linked to one in six recorded crimes.",
                "Speeding is a top concern in residential streets."])
    para(d, "What residents told us", bold=True, colour=TEAL, space_after=2)
    bullets(d, ["Deal with the same few people causing trouble.", "Make underpasses and cycleways safe after dark.",
                "Slow the traffic down."])
    heading(d, "Choosing our priorities", 1, page_break=True)
    para(d, "The strategic assessment put eight issues to the board. At its meeting in March 2024 the board adopted "
            "five of them as the partnership's priorities for 2024–2027 (marked \u2612) and agreed that the other "
            "three are better led elsewhere (marked \u2610).")
    t = d.add_table(rows=len(ROWS) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    for c, h in enumerate(["Issue put forward by the strategic assessment", "Evidence", "Board decision"]):
        cell = t.rows[0].cells[c]
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold, r.font.size = True, Pt(9)
        r.font.color.rgb = rgb("FFFFFF")
        shade(cell, GREEN)
    for i, (issue, ev, adopted, note) in enumerate(ROWS, 1):
        cells = t.rows[i].cells
        for c in range(3):
            cells[c].text = ""
        r = cells[0].paragraphs[0].add_run(issue)
        r.font.size = Pt(10)
        r.bold = adopted
        r.font.color.rgb = rgb(GREEN if adopted else "808080")
        r = cells[1].paragraphs[0].add_run(ev)
        r.font.size = Pt(8.5)
        r.font.color.rgb = rgb(INK if adopted else "808080")
        dec = "\u2612 Adopted as a priority" if adopted else f"\u2610 Not adopted \u2013 {note}"
        r = cells[2].paragraphs[0].add_run(dec)
        r.font.size = Pt(8.5)
        r.bold = adopted
        r.font.color.rgb = rgb(GREEN if adopted else "808080")
        if adopted:
            for c in range(3):
                shade(cells[c], "E8F3F0")
    set_widths(t, [6.2, 6.0, 4.4])
    keep_rows(t)
    para(d, "")
    para(d, "Road safety, shoplifting and fraud remain important to residents. The partnership will receive a "
            "report on each once a year, but they are not priorities of this plan.", size=9)
    heading(d, "Delivery", 1, page_break=True)
    para(d, "Each priority has a delivery group. Their main actions for 2024/25 are below.")
    for name, acts in [
        ("Neighbourhoods group", ["Joint problem-solving in the town centre, Bedwell and Shephall.",
                                  "Community Protection Notices used consistently."]),
        ("Violence group", ["A knife crime hotspot plan with the police.",
                            "Detached youth work on Friday and Saturday evenings."]),
        ("Substance misuse group", ["Naloxone in hostels and supported housing.",
                                    "An alcohol liaison nurse at the Lister Hospital."]),
        ("Domestic abuse group", ["Domestic abuse champions in every partner agency.",
                                  "An IDVA in the hospital emergency department."]),
        ("Prevent group", ["Prevent training for schools and colleges.",
                           "A Channel panel with Hertfordshire County Council."])]:
        heading(d, name, 3)
        bullets(d, acts)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the council's Community Select Committee and to "
            "the Police and Crime Commissioner.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents", "3,100", "Down"],
              ["Knife crime offences", "61", "Down"], ["Adults in treatment", "540", "Up"],
              ["Repeat referrals to MARAC", "28%", "Down"], ["Prevent referrals from schools", "19", "Up"]],
          [9.0, 3.4, 4.2], head_fill=GREEN, band="E8F3F0", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: saferstevenage@stevenage.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Stevenage was", "ctx": "Stevenage in numbers The figures",
               "find": "What the assessment found", "pri": "Choosing our priorities The strategic",
               "del": "Delivery Each priority", "gov": "Governance and measures The"}
    src = work_file("stevenage_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
