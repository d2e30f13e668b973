"""West Northamptonshire Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, on p6 at the foot of a **"Vision -> Mission -> Priorities" cascade**: three
stacked shaded boxes in one Word table, joined by centred down-pointing arrows (triangle glyphs), each box
opened by a small capitals label ("OUR VISION", "OUR MISSION", "OUR PRIORITIES 2024–2027"); the priorities are
the bold lines of the last box, each opened by an en dash.  The vision and mission sentences, the previous
plan's priorities (p5), the PFCC's priorities quoted (p5), the delivery themes (p7) and the measures (p8) are
distractors.
"""
from docx_kit import Cm, Pt, WD_ALIGN_PARAGRAPH, rgb, set_widths, shade
from northamptonshire.kit import docx_build
from northamptonshire.work import soffice_stable, work_file

FILE = "strategies/west_northamptonshire_community_safety_partnership_plan_2024-27.pdf"
TITLE = "West Northamptonshire Community Safety Partnership Plan 2024–2027"
C1, C2, PALE = "00665E", "E37222", "E6F2F0"

PRIORITIES = [
    "Reducing anti-social behaviour in our neighbourhoods and town centres",
    "Tackling knife crime and serious violence among young people",
    "Tackling domestic abuse and violence against women and girls",
    "Stopping modern slavery and labour exploitation in the logistics sector",
    "Making the night-time economy safe for women and girls",
]


def cascade(d):
    t = d.add_table(rows=5, cols=1)
    set_widths(t, [16.6])
    rows = [("OUR VISION", ["West Northamptonshire is a place where everyone is safe and feels safe, at home, "
                            "at work and in their community."], "CFE5E2", False),
            ("\u25BC", None, None, None),
            ("OUR MISSION", ["To work as one partnership to prevent harm, protect people at risk and bring "
                             "offenders to account, using what residents tell us and what the evidence shows."],
             "A9D3CC", False),
            ("\u25BC", None, None, None),
            ("OUR PRIORITIES 2024–2027", PRIORITIES, C1, True)]
    for i, (lab, lines, fill, bold) in enumerate(rows):
        cell = t.cell(i, 0)
        p = cell.paragraphs[0]
        if lines is None:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(lab)
            r.font.size = Pt(16)
            r.font.color.rgb = rgb(C2)
            continue
        shade(cell, fill)
        p.paragraph_format.space_before = Pt(6)
        r = p.add_run(lab)
        r.bold = True
        r.font.size = Pt(8.5)
        r.font.color.rgb = rgb("FFFFFF" if bold else C1)
        for line in lines:
            q = cell.add_paragraph()
            q.paragraph_format.left_indent = Cm(0.4)
            q.paragraph_format.space_after = Pt(7 if bold else 8)
            rr = q.add_run(("\u2013 " if bold else "") + line)
            rr.font.size = Pt(12 if bold else 11)
            rr.bold = bold
            rr.italic = not bold
            rr.font.color.rgb = rgb("FFFFFF" if bold else "1F2D2B")
    # no borders
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    t._tbl.tblPr.append(borders)
    d.add_paragraph()


SPEC = dict(
    file=FILE, title=TITLE, org="West Northamptonshire Community Safety Partnership", c1="#" + C1, c2="#" + C2,
    pale="#" + PALE, running="West Northamptonshire Community Safety Partnership", years="Plan 2024–2027",
    page_fmt="Page {PAGE} of {NUMPAGES}",
    cover_title=["Community Safety", "Partnership Plan"],
    cover_sub="Northampton · Daventry · Towcester · Brackley · and the villages of West Northamptonshire",
    back=[],
    sections=[
        ("fw", "Foreword", [
            ("p", "West Northamptonshire Council came into being in 2021, bringing together the former Northampton, "
                  "Daventry and South Northamptonshire areas. This is the second plan of the community safety "
                  "partnership for the whole of West Northamptonshire."),
            ("p", "The partnership brings together the council, Northamptonshire Police, Northamptonshire Fire and "
                  "Rescue Service, the Probation Service, the Integrated Care Board and the voluntary sector. Under "
                  "the Crime and Disorder Act 1998 we must assess crime and disorder in our area every year and set "
                  "out how we will tackle it."),
            ("p", "Our area includes a large town, market towns, villages and some of the busiest distribution parks "
                  "in the country. The plan reflects that mix: it looks at the streets of Northampton on a Saturday "
                  "night and at the warehouses along the M1."),
            ("sign", "Chair, West Northamptonshire Community Safety Partnership")]),
        ("ctx", "Our area in numbers", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("425,000", "residents"), ("33,800", "crimes recorded in 2023/24"),
                       ("6,900", "anti-social behaviour incidents"), ("8,100", "domestic abuse incidents and crimes"),
                       ("230", "knife crime offences"), ("64", "potential victims of modern slavery referred"),
                       ("1 in 3", "women who feel unsafe in Northampton town centre at night")]),
            ("h", "What the strategic assessment found"),
            ("ul", ["ASB is concentrated in central Northampton, Daventry town centre and a few estates.",
                    "Most knife crime victims and suspects are under 25.",
                    "Referrals of potential victims of labour exploitation have doubled in three years.",
                    "Women report harassment in the night-time economy far more than they report it to the police."])]),
        ("look", "Where we have come from", [
            ("p", "Our 2021–2024 plan had four priorities: Protecting vulnerable people; Reducing crime and "
                  "anti-social behaviour; Serious and organised crime; and Building safer communities. They were "
                  "broad, and this plan names the issues more precisely."),
            ("box", "The Police and Crime Plan 2025–2029", "The Police, Fire and Crime Commissioner's plan has six "
                    "priorities: Prevention that keeps Northamptonshire safe; A police response you can rely on; "
                    "Reducing violence and protecting children from exploitation; Tackling violence against women and girls "
                    "and domestic abuse; Putting victims at the heart of justice; and Building trust and confidence "
                    "in policing."),
            ("h", "How we will work"),
            ("ul", ["Listen first: we start from what residents and victims tell us.",
                    "Problem-solve: we look for the causes, not only the symptoms.",
                    "Share information safely and quickly between partners.",
                    "Spend jointly where we can."])]),
        ("pri", "Vision, mission and priorities", [
            ("p", "Everything in this plan flows from one vision. The partnership board agreed the mission and "
                  "the five priorities below in March 2024."),
            ("raw", cascade)]),
        ("del", "Delivering the plan", [
            ("p", "Each priority has a lead partner and a delivery group. The main actions for the first year are:"),
            ("table", [["Theme", "Key actions 2024/25", "Lead"],
                       ["Neighbourhoods", "Problem-solving plans for six hotspots; a town centre Public Spaces "
                        "Protection Order review", "Council"],
                       ["Youth violence", "Knife crime education in secondary schools; detached youth work on Friday "
                        "and Saturday evenings", "Police and council"],
                       ["Abuse", "Domestic abuse champions in every GP surgery; a Safe Space scheme in shops",
                        "Council"],
                       ["Exploitation", "Labour exploitation awareness for warehouse managers and agencies; joint "
                        "visits with the Gangmasters and Labour Abuse Authority", "Council and police"],
                       ["Night-time", "Welfare hubs on Friday and Saturday nights; Ask for Angela; bystander "
                        "training for door staff", "Council and licensing"]], [3.2, 10.4, 3.0])]),
        ("gov", "Governance and measures", [
            ("p", "The partnership board meets every quarter and reports to the council's scrutiny committee and to "
                  "the Police, Fire and Crime Commissioner."),
            ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "6,900", "Down"],
                       ["Knife crime offences involving under-25s", "120", "Down"],
                       ["Repeat domestic abuse referrals to MARAC", "30%", "Down"],
                       ["Labour exploitation referrals acted on", "64", "Up"],
                       ["Women who feel safe in the town centre at night", "66%", "Up"]], [9.6, 3.5, 3.5]),
            ("note", "Baselines are illustrative. Contact: communitysafety@westnorthants.example")])])


def build(root):
    return docx_build(SPEC, root, work_file, soffice_stable)
