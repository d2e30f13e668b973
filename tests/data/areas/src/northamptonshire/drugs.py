"""Northamptonshire Combating Drugs Partnership Strategy 2023-2026: Word report (python-docx + LibreOffice,
Liberation Sans with DejaVu Sans symbols).

Four priorities, stated once, on p6 as a **shape key**: each priority is a paragraph opened by a large
coloured symbol (diamond, disc, triangle, square) and a tab, with the priority in bold and a grey italic
"National link: ..." line under it; the same symbols tag the actions in the action plan (p7).  The
*From harm to hope* priorities and outcomes (p5), the national links (p6), the shape-tagged actions (p7) and
the outcomes table (p8) are distractors.
"""
from docx_kit import Cm, Pt, rgb
from docx.oxml.ns import qn
from northamptonshire.kit import docx_build
from northamptonshire.work import soffice_stable, work_file

FILE = "strategies/northamptonshire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Northamptonshire Combating Drugs Partnership Strategy 2023–2026"
C1, C2, PALE = "1B4F72", "D35400", "EAF1F6"

PRIORITIES = [
    ("\u25C6", "1B4F72", "Cutting off the supply of drugs into our communities",
     "National link: From harm to hope, priority 1 (break drug supply chains)"),
    ("\u25CF", "1E8449", "Getting more people into treatment and keeping them in recovery",
     "National link: priority 2 (deliver a world-class treatment and recovery system)"),
    ("\u25B2", "D35400", "Preventing drug-related deaths",
     "National link: priority 2 and the national outcome of fewer drug deaths"),
    ("\u25A0", "7D3C98", "Supporting the families and carers of people who use drugs",
     "National link: none; a local priority from our needs assessment"),
]


def sym_run(p, glyph, colour, size=20):
    r = p.add_run(glyph)
    r.font.size = Pt(size)
    r.font.color.rgb = rgb(colour)
    r.font.name = "DejaVu Sans"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "DejaVu Sans")
    return r


def key(d):
    for glyph, col, name, link in PRIORITIES:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.4)
        p.paragraph_format.first_line_indent = Cm(-1.4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.4))
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        sym_run(p, glyph, col)
        p.add_run("\t")
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = rgb(col)
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.4)
        rr = q.add_run(link)
        rr.italic = True
        rr.font.size = Pt(9)
        rr.font.color.rgb = rgb("777777")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Look for these symbols in the action plan that follows: each action is tagged with the "
                  "symbol of the priority it serves.")
    r.font.size = Pt(9.5)


def actions(d):
    rows = [("\u25C6", "1B4F72", "Closure orders on cuckooed addresses; drug testing on arrest in both custody suites",
             "Police"),
            ("\u25C6", "1B4F72", "A county lines awareness campaign for taxi drivers, hotels and takeaways", "PFCC"),
            ("\u25CF", "1E8449", "Outreach workers in hostels and in the two custody suites", "Public health"),
            ("\u25CF", "1E8449", "Peer recovery mentors and a recovery community hub in Northampton and Corby",
             "Treatment provider"),
            ("\u25B2", "D35400", "Naloxone for every person leaving treatment or prison, and for hostel staff",
             "Public health"),
            ("\u25B2", "D35400", "A drug-related death review panel that meets within a month of each death",
             "Public health"),
            ("\u25A0", "7D3C98", "A family support group in each district and a carers' assessment offer", "Councils")]
    t = d.add_table(rows=len(rows) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    from docx_kit import set_widths, shade
    for c, h in enumerate(["", "Action 2024/25", "Lead"]):
        cell = t.cell(0, c)
        shade(cell, C1)
        r = cell.paragraphs[0].add_run(h)
        r.bold = True
        r.font.color.rgb = rgb("FFFFFF")
        r.font.size = Pt(9)
    for i, (g, col, txt, lead) in enumerate(rows, 1):
        sym_run(t.cell(i, 0).paragraphs[0], g, col, 12)
        t.cell(i, 1).paragraphs[0].add_run(txt).font.size = Pt(9)
        t.cell(i, 2).paragraphs[0].add_run(lead).font.size = Pt(9)
    set_widths(t, [1.2, 11.8, 3.6])
    d.add_paragraph()


SPEC = dict(
    file=FILE, title=TITLE, org="Northamptonshire Combating Drugs Partnership", c1="#" + C1, c2="#" + C2,
    pale="#" + PALE, running="Northamptonshire Combating Drugs Partnership", years="Strategy 2023–2026",
    page_fmt="{PAGE}", heading_font="Liberation Sans",
    cover_title=["Combating Drugs", "Partnership Strategy"],
    cover_sub="Our local response to From harm to hope, the national drugs strategy", back=[],
    sections=[
        ("fw", "Foreword", [
            ("p", "Drugs cause harm far beyond the people who use them: to families, to neighbourhoods blighted by "
                  "dealing, and to the children groomed to sell them. This strategy sets out how partners in "
                  "Northamptonshire will reduce that harm."),
            ("p", "The Combating Drugs Partnership was formed in 2022 in response to the national drugs strategy. "
                  "Its senior responsible owner is the Police, Fire and Crime Commissioner, and its members include "
                  "both councils' public health teams, the police, the Probation Service, the NHS and the treatment "
                  "provider."),
            ("sign", "Senior Responsible Owner, Northamptonshire Combating Drugs Partnership")]),
        ("ctx", "Drugs in Northamptonshire", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("3,400", "adults in drug and alcohol treatment"), ("54", "drug-related deaths, 2022"),
                       ("47%", "of people leaving prison engaged in treatment within three weeks"),
                       ("9", "county lines mapped"), ("1 in 3", "families of people in treatment asking for help"),
                       ("£41m", "estimated yearly cost of drug-related crime")])]),
        ("nat", "From harm to hope", [
            ("p", "The national strategy, From harm to hope, has three priorities:"),
            ("ul", ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                    "Achieve a generational shift in the demand for drugs"]),
            ("p", "and sets national outcomes for reduced drug use, reduced drug-related crime, reduced drug-related "
                  "deaths and harm, and increased engagement in treatment and recovery."),
            ("h", "Our principles"),
            ("ul", ["Treat addiction as a health condition.", "Be relentless with those who supply.",
                    "Involve people with lived experience in every decision."])]),
        ("pri", "Our local priorities", [
            ("p", "Our needs assessment led the partnership to four local priorities. Each has its own symbol."),
            ("raw", key)]),
        ("act", "Action plan", [
            ("p", "The actions for 2024/25 are tagged with the symbol of the priority they serve."),
            ("raw", actions)]),
        ("out", "Outcomes and governance", [
            ("p", "The partnership meets quarterly and reports to the national Joint Combating Drugs Unit."),
            ("table", [["Outcome", "Baseline", "Direction"], ["Adults in treatment", "3,400", "Up"],
                       ["Drug-related deaths", "54", "Down"], ["Prison leavers in treatment within three weeks",
                       "47%", "Up"], ["Families supported", "260", "Up"], ["County lines closed", "12", "Up"]],
             [9.6, 3.5, 3.5]),
            ("note", "Baselines are illustrative. Contact: cdp@northants-partnership.example")])])


def build(root):
    return docx_build(SPEC, root, work_file, soffice_stable)
