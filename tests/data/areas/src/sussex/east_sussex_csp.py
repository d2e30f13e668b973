"""East Sussex Safer Communities Partnership Business Plan 2024-2027: Word report (python-docx +
LibreOffice, Liberation Sans).

Five priorities, stated once, on p6 as the **category labels of a horizontal bar chart built from a Word
table** ("Our priorities and where our effort will go"): each row is the priority in bold in the first
cell (wrapping over up to two lines), a bar of shaded cells on a 20-column grid (merged with gridSpan) whose
length is the illustrative share of the partnership's officer time and grant, and the percentage.  A
second bar chart of the same build on p4, "What residents told us worries them", labels its bars with
survey issues ("Speeding traffic", "Drug dealing" ...) and is a distractor, as are the 2021-2024 priorities
and statutory duties (p5), the delivery table's short theme labels (p7) and the measures (p8).
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, shade, set_widths, keep_rows, table
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from sussex.work import soffice_stable, work_file

FILE = "strategies/east_sussex_safer_communities_partnership_business_plan_2024-27.pdf"
TITLE = "East Sussex Safer Communities Partnership Business Plan 2024–2027"
NAVY, GOLD, INK = "1D3557", "E3A32A", "222222"

PRIORITIES = [
    ("Tackling anti-social behaviour in our towns and villages", 26, "ASB"),
    ("Reducing the harm caused by drugs and alcohol", 22, "Drugs and alcohol"),
    ("Reducing domestic abuse", 24, "Domestic abuse"),
    ("Protecting older and vulnerable people from fraud and scams", 12, "Fraud and scams"),
    ("Reducing reoffending by the people who commit the most neighbourhood crime", 16, "Reoffending"),
]
WORRIES = [("Speeding traffic", 61), ("Anti-social behaviour", 54), ("Drug dealing", 43), ("Burglary", 31),
           ("Scams and fraud", 28), ("Litter and fly-tipping", 25)]


def cell_margins(cell, top=40, bottom=40):
    tcPr = cell._tc.get_or_add_tcPr()
    mar = OxmlElement("w:tcMar")
    for side, v in (("top", top), ("bottom", bottom)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(v))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tcPr.append(mar)


def no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def bar_chart(d, rows, scale, label_cm, fill, label_bold=True, label_size=10.5):
    """rows: (label, value). A table: label | 20 bar columns | value."""
    n = 20
    bar_cm = 0.4
    t = d.add_table(rows=len(rows), cols=n + 2)
    no_borders(t)
    widths = [label_cm] + [bar_cm] * n + [1.5]
    for r, (label, val) in enumerate(rows):
        k = max(1, round(val / scale * n))
        c0 = t.cell(r, 0)
        p = c0.paragraphs[0]
        run = p.add_run(label)
        run.bold = label_bold
        run.font.size = Pt(label_size)
        run.font.color.rgb = rgb(NAVY if label_bold else INK)
        p.paragraph_format.space_after = Pt(0)
        cell_margins(c0, 70, 70)
        bar = t.cell(r, 1).merge(t.cell(r, k)) if k > 1 else t.cell(r, 1)
        shade(bar, fill)
        if k < n:
            t.cell(r, k + 1).merge(t.cell(r, n))
        vc = t.cell(r, n + 1)
        vp = vc.paragraphs[0]
        vr = vp.add_run(f"{val}%")
        vr.font.size = Pt(9.5)
        vr.font.color.rgb = rgb("555555")
        vp.paragraph_format.space_after = Pt(0)
        for c in t.rows[r].cells:
            c.vertical_alignment = 1  # centre
            for pp in c.paragraphs:
                pp.paragraph_format.space_after = Pt(0)
    set_widths(t, widths)
    keep_rows(t)
    # white separator rows are made by cell margins; add spacing between rows
    tblPr = t._tbl.tblPr
    sp = OxmlElement("w:tblCellSpacing")
    sp.set(qn("w:w"), "60")
    sp.set(qn("w:type"), "dxa")
    tblPr.append(sp)
    return t


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(NAVY, NAVY, INK), title=TITLE,
                author="East Sussex Safer Communities Partnership", margins=(2.2, 2.2, 2.4, 2.2))
    header_footer(d, "East Sussex Safer Communities Partnership", "Business Plan 2024–2027",
                  footer_fmt="{PAGE}", colour="555555", rule_colour=GOLD)
    para(d, "", space_after=20)
    para(d, "EAST SUSSEX SAFER COMMUNITIES PARTNERSHIP", bold=True, size=11, colour=NAVY, space_after=24)
    cover_block(d, [("Business Plan", 30, True, "FFFFFF"), ("2024–2027", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Safer communities across Eastbourne, Hastings, Lewes, Rother and "
                                                "Wealden", 11, False, "F5DDA8")], NAVY, height_cm=10)
    para(d, "", space_after=140)
    para(d, "The partnership is the community safety partnership for East Sussex under the Crime and Disorder Act "
            "1998, working with the five district and borough community safety partnerships.", italic=True,
         size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    contents(d, [("1. Introduction", "intro", 0), ("2. East Sussex in figures", "ctx", 0),
                 ("3. What the strategic assessment found", "sa", 0), ("4. Looking back", "back", 0),
                 ("5. Our priorities for 2024–2027", "pri", 0), ("6. Delivery plan", "del", 0),
                 ("7. Measures and governance", "gov", 0)], pages, leader=True, bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "This business plan sets out what the East Sussex Safer Communities Partnership will focus on for the next "
        "three years, and how the county and district partners will share the work.",
        "It is based on our annual strategic assessment, on a survey of 1,900 residents and on discussions with "
        "the district and borough community safety partnerships, Sussex Police and the Office of the Sussex Police "
        "and Crime Commissioner.",
        "We have chosen fewer priorities than last time, and we have said how much of our effort each will get."]:
        para(d, t)
    para(d, "Chair, East Sussex Safer Communities Partnership Board", bold=True)
    heading(d, "2. East Sussex in figures", 1)
    para(d, "Illustrative figures, not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "550,000"], ["Crimes recorded by Sussex Police",
                                                                   "39,800"],
              ["Anti-social behaviour incidents", "11,200"], ["Domestic abuse crimes and incidents", "9,600"],
              ["Reported fraud against residents aged 65 and over", "1,450"],
              ["People in drug and alcohol treatment", "2,950"]], [11.6, 5.0], head_fill=NAVY, band="EEF2F7",
          size=9.5)
    heading(d, "3. What the strategic assessment found", 1, page_break=True)
    bullets(d, ["Anti-social behaviour is the issue residents raise most, in town centres and in some villages.",
                "Drug and alcohol use sits behind much violence, acquisitive crime and domestic abuse.",
                "Domestic abuse is rising in reports to every agency.",
                "Older residents lose large sums to scams, often more than once.",
                "A small number of people commit a large share of neighbourhood crime."])
    para(d, "What residents told us worries them", bold=True, size=12, colour=NAVY, space_after=4)
    para(d, "Per cent of survey respondents who said each issue worries them (illustrative).", italic=True, size=9)
    bar_chart(d, WORRIES, 70, 5.5, "9FB3CC", label_bold=False, label_size=9.5)
    heading(d, "4. Looking back", 1, page_break=True)
    para(d, "Our 2021–2024 plan had six priorities. Progress against them:")
    table(d, [["2021–2024 priority", "Progress"], ["Serious violence", "Now led by the Sussex Violence Reduction "
                                                                    "Partnership"],
              ["Domestic abuse", "Continued"], ["Drug-related harm", "Continued"], ["Anti-social behaviour",
                                                                                   "Continued"],
              ["Modern slavery and exploitation", "Now led by the safeguarding partnerships"],
              ["Preventing violent extremism", "Continues as a statutory duty"]], [8.0, 8.6], head_fill=NAVY,
          size=9.5)
    para(d, "Our duties", bold=True, size=12, colour=NAVY, space_after=4)
    para(d, "As a community safety partnership we must reduce crime and disorder, anti-social behaviour, "
            "substance misuse and reoffending. We also hold duties under the Serious Violence Duty, the Domestic "
            "Abuse Act 2021 and the Prevent duty, which continue alongside this plan.")
    heading(d, "5. Our priorities for 2024–2027", 1, page_break=True)
    para(d, "The partnership board has agreed five priorities. The chart shows each one and the share of the "
            "partnership's officer time and grant that it will receive in 2024/25 (illustrative).")
    bar_chart(d, [(n, v) for n, v, _ in PRIORITIES], 30, 6.4, GOLD)
    para(d, "", space_after=4)
    para(d, "Serious violence, exploitation and Prevent remain statutory duties and are delivered through the "
            "Sussex Violence Reduction Partnership, the safeguarding partnerships and the Prevent board.",
         italic=True, size=9, colour="555555")
    heading(d, "6. Delivery plan", 1, page_break=True)
    table(d, [["Theme", "What we will do", "Lead", "By"],
              ["ASB", "Joint action days in the five districts; one ASB case review process", "District councils",
               "2025"],
              ["Drugs and alcohol", "Work with the East Sussex Combating Drugs Partnership on treatment routes "
                                    "from custody", "Public Health", "2025"],
              ["Domestic abuse", "Raise awareness in GP surgeries; fund a caseworker for each district",
               "County council", "2026"],
              ["Fraud and scams", "Call blockers, bank referrals and doorstep crime rapid response",
               "Trading Standards", "2025"],
              ["Reoffending", "Integrated Offender Management cohort for neighbourhood crime", "Probation Service",
               "2024"]], [3.3, 8.0, 3.3, 2.0], head_fill=NAVY, band="EEF2F7", size=9)
    heading(d, "7. Measures and governance", 1, page_break=True)
    table(d, [["Measure", "Baseline (illustrative)", "Aim"], ["ASB incidents", "11,200", "Down"],
              ["Drug-related deaths", "48", "Down"], ["Domestic abuse reports to any agency", "9,600", "Up"],
              ["Repeat scam victims", "310", "Down"], ["Reoffending by the IOM cohort", "62%", "Down"]],
          [8.0, 5.0, 3.6], head_fill=NAVY, size=9.5)
    para(d, "The board meets quarterly and reports to the East Sussex County Council Place Scrutiny Committee and "
            "to the Sussex Police and Crime Commissioner. Contact: safer.communities@eastsussex.example", size=9.5)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction This business", "ctx": "2. East Sussex in figures Illustrative",
               "sa": "3. What the strategic assessment found", "back": "4. Looking back Our",
               "pri": "5. Our priorities for 2024–2027 The partnership", "del": "6. Delivery plan Theme",
               "gov": "7. Measures and governance Measure"}
    src = work_file("east_sussex_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
