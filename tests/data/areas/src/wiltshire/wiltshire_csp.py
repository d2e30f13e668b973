"""Wiltshire Community Safety Partnership Plan 2024-2027 (python-docx -> LibreOffice).

Layout: the five priorities are BOXED PARAGRAPHS (Word paragraph borders on all four sides, shaded) flowing in
a THREE-COLUMN continuous Word section on p6, with column breaks (two boxes, two boxes, one box and a note);
each box holds the bold priority, a line break and a small "Lead: ..." line.  No numbers.  Distractors: the
previous plan's priorities and the Community Safety Partnership's statutory duties (p5), the "Lead" lines, the
delivery themes (p7).
"""
from pathlib import Path

from wiltshire.content import sections
from wiltshire.kit import build_docx

FILE = "strategies/wiltshire_community_safety_partnership_plan_2024-27.pdf"
PRIORITIES = [
    ("Reducing anti-social behaviour in our market towns and villages", "Wiltshire Council Community Safety"),
    ("Tackling rural, wildlife and heritage crime", "Wiltshire Police Rural Crime Team"),
    ("Improving road safety", "Wiltshire Road Safety Partnership"),
    ("Protecting children and adults from criminal exploitation", "Wiltshire Safeguarding Vulnerable People Partnership"),
    ("Reducing serious violence", "Serious Violence Duty partnership"),
]


def boxes(ctx):
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    d, OxmlElement, qn, Pt, RGBColor = ctx["d"], ctx["OxmlElement"], ctx["qn"], ctx["Pt"], ctx["RGBColor"]

    def cols(sec, n):
        sp = sec._sectPr
        for c in sp.findall(qn("w:cols")):
            sp.remove(c)
        c = OxmlElement("w:cols")
        c.set(qn("w:num"), str(n))
        c.set(qn("w:space"), "340")
        sp.append(c)

    s = d.add_section(WD_SECTION.CONTINUOUS)
    cols(s, 3)
    fills = ["E2EFD9", "FBE4D5", "DEEAF6", "FFF2CC", "EDE7F6"]
    for i, (pr, lead) in enumerate(PRIORITIES):
        p = d.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        bd = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "single"), e.set(qn("w:sz"), "12"), e.set(qn("w:space"), "6"), e.set(qn("w:color"), "385723")
            bd.append(e)
        pPr.append(bd)
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"), sh.set(qn("w:color"), "auto"), sh.set(qn("w:fill"), fills[i])
        pPr.append(sh)
        p.paragraph_format.space_after = Pt(20)
        p.paragraph_format.left_indent = Pt(6)
        p.paragraph_format.right_indent = Pt(6)
        r = p.add_run(pr)
        r.bold, r.font.size = True, Pt(12)
        r.font.color.rgb = RGBColor.from_string("1E3A14")
        r.add_break()
        r2 = p.add_run("Lead: " + lead)
        r2.font.size = Pt(8)
        r2.font.color.rgb = RGBColor.from_string("595959")
        if i in (1, 3):
            d.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
    q = d.add_paragraph()
    rq = q.add_run("Each box is one of our five priorities. Lead partners report progress to every board meeting.")
    rq.italic, rq.font.size = True, Pt(9)
    s2 = d.add_section(WD_SECTION.CONTINUOUS)
    cols(s2, 1)
    ctx["para"]("We chose these five from the eleven issues in our strategic assessment, weighing harm, volume, "
                "public concern and whether partnership working adds value. Issues not chosen remain business as "
                "usual for the agency that leads on them.")


C = dict(
    foreword=[
        "Wiltshire is one of the safest counties in England, but residents in our market towns and villages tell us "
        "that they do not always feel safe, and that crime in the countryside can go unnoticed.",
        "This plan sets out the Wiltshire Community Safety Partnership's priorities for 2024 to 2027. It is "
        "deliberately short: five priorities, with named leads, that no single agency could tackle alone.",
        "We thank the residents, parish councils and Area Boards who helped us choose them."],
    signed="Chair, Wiltshire Community Safety Partnership",
    context=["Wiltshire Council's area has about 510,000 residents (illustrative), half of whom live in towns and "
             "villages of fewer than 10,000 people.",
             "Area Board surveys put anti-social behaviour, speeding and rural crime at the top of residents' concerns. "
             "Most serious violence is in Salisbury, Trowbridge and Chippenham."],
    stats=[("31,400", "crimes recorded in 2023/24"), ("5,900", "anti-social behaviour reports"),
           ("212", "people killed or seriously injured on roads"), ("640", "rural and wildlife crimes"),
           ("38", "cuckooing addresses identified"), ("0.9", "serious violence offences per 1,000 people")],
    bg_toc="Background", bg_head="Background",
    background=[
        ("h", "Our previous plan"),
        ("p", "The 2021\u20132024 plan had three priorities: \u201cProtecting vulnerable people\u201d, \u201cSafer "
              "neighbourhoods\u201d and \u201cReducing reoffending\u201d. An evaluation found that they were too "
              "broad to steer partners' work."),
        ("h", "What the law asks of us"),
        ("ul", ["Produce a strategic assessment and a partnership plan each year (Crime and Disorder Act 1998)",
                "Commission Domestic Abuse Related Death Reviews",
                "Work with the Serious Violence Duty partnership",
                "Reduce reoffending and substance misuse"]),
        ("h", "Key findings from the strategic assessment"),
        ("ul", ["Anti-social behaviour is falling overall but rising in four market towns.",
                "Heritage crime at scheduled monuments and hare coursing remain a concern.",
                "County lines from larger cities exploit children and adults in our towns."]),
    ],
    pr_toc="Our five priorities", pr_head="Our five priorities",
    priorities=[("p", "From 2024 to 2027 the partnership will concentrate on these five priorities."),
                ("raw", boxes)],
    delivery_intro="Each lead partner owns a short action plan; these are the headline actions.",
    delivery=[["Towns and villages", "Community Safety Accreditation, youth outreach in four market towns", "Wiltshire Council"],
              ["Countryside", "Farm watch, heritage crime patrols, hare coursing orders", "Wiltshire Police"],
              ["Roads", "Community Speedwatch, rural road education, average speed pilots", "Road Safety Partnership"],
              ["Exploitation", "Cuckooing protocol, adult exploitation panel, training for housing staff", "Safeguarding partnership"],
              ["Violence", "Hotspot patrols, knife crime education in schools", "Serious Violence Duty partnership"]],
    measures=[["Anti-social behaviour reports in the four towns", "1,880", "\u221215%"],
              ["Rural crime victims satisfied", "71%", "80%"],
              ["Killed or seriously injured on roads", "212", "\u221210%"],
              ["Adults referred to the exploitation panel", "27", "60"],
              ["Serious violence offences", "462", "\u22125%"]],
    governance=["The partnership meets quarterly. It reports to Wiltshire Council's Overview and Scrutiny Committee "
                "and to the Police and Crime Commissioner, who part-funds its work."],
    partners=["Wiltshire Council", "Wiltshire Police", "Dorset and Wiltshire Fire and Rescue Service",
              "Probation Service", "NHS Integrated Care Board", "Office of the Police and Crime Commissioner"],
    contact="communitysafety@wiltshire.example  |  0300 000 0000 (illustrative)",
)


def build(root: Path) -> Path:
    out = root / FILE
    build_docx(dict(title="Wiltshire Community Safety Partnership Plan 2024\u20132027",
                    running="Wiltshire Community Safety Partnership Plan 2024\u20132027", folio="Page {n}",
                    theme=dict(c1="385723", c2="548235", pale="E2EFD9"),
                    cover=dict(org="Wiltshire Community Safety Partnership",
                               title_plain="Community Safety Partnership Plan 2024\u20132027",
                               sub="Safe and connected communities", foot="wiltshire-csp.example"),
                    sections=sections(C)), out, stem="wiltshire_csp")
    return out
