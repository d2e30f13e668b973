"""python-docx house style (converted by LibreOffice) shared by the Word documents of the lancashire_districts
area: the same six-page order as kit_html, with the priorities page written by a layout function."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from docx_kit import (bullets, contents, cover_block, header_footer, heading, new_doc, page_break, para, shade,
                      table, set_widths)
from lancashire_districts.work import check_pages, soffice_stable, work_file


def box_border(cell, colour="000000", sz="12"):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "0"), ("w:color", colour)):
            el.set(qn(k), v)
        b.append(el)
    tcPr.append(b)


def build(root, spec, pri_fn, stem):
    out = root / spec["file"]
    c1, c2 = spec["c1"].lstrip("#"), spec["c2"].lstrip("#")
    d = new_doc(font=spec.get("font", "Liberation Sans"), size=10, colours=(c1, c1, "404040"), title=spec["title"],
                author=spec["org"])
    header_footer(d, spec["short"], spec["years"], footer_fmt=spec.get("footer", "Page {PAGE} of {NUMPAGES}"),
                  rule_colour=c2)
    cover_block(d, [(spec["org"].upper(), 10, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    (spec["cover_title"], 28, True, "FFFFFF"), (spec["years"], 16, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), (spec.get("cover_kicker", ""), 9, False, "FFFFFF")], c1, height_cm=16)
    page_break(d)
    heading(d, "Contents", 1)
    contents(d, [("Foreword", "fw", 0), (spec["ctx_head"], "ctx", 0), (spec["pri_head"], "pri", 0),
                 ("Delivery, measures and governance", "del", 0)], {"fw": 3, "ctx": 4, "pri": 5, "del": 6})
    heading(d, "Foreword", 1, page_break=True)
    for t in spec["foreword"]:
        para(d, t)
    para(d, spec["signed"], bold=True)
    heading(d, spec["ctx_head"], 1, page_break=True)
    para(d, spec["ctx_intro"] + " All figures on this page are illustrative and are not official statistics.")
    st = spec["stats"]
    rows = [[f"{n}\n{l}" for n, l in st[i:i + 3]] for i in range(0, len(st), 3)]
    t = d.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for k, val in enumerate(row):
            cell = t.cell(r, k)
            n, l = val.split("\n")
            p = cell.paragraphs[0]
            run = p.add_run(n)
            run.bold, run.font.size = True, Pt(13)
            p.add_run("\n" + l).font.size = Pt(8.5)
            shade(cell, "F2F2F2")
    set_widths(t, [5.5, 5.5, 5.5])
    heading(d, spec.get("findings_head", "What the strategic assessment found"), 2)
    bullets(d, spec["findings"])
    heading(d, spec.get("prev_head", "Our previous plan"), 2)
    para(d, spec["previous"])
    if spec.get("pcc"):
        bx = d.add_table(rows=1, cols=1)
        cell = bx.cell(0, 0)
        p = cell.paragraphs[0]
        p.add_run("The Police and Crime Plan for Lancashire\n").bold = True
        p.add_run(spec["pcc"]).font.size = Pt(8.5)
        box_border(cell, c1, "8")
        set_widths(bx, [16.5])
    heading(d, spec["pri_head"], 1, page_break=True)
    pri_fn(d, spec)
    heading(d, "Delivery, measures and governance", 1, page_break=True)
    para(d, spec.get("delivery_intro", "Each priority has a lead partner and a delivery group. Our main actions for "
                                       "the first year are below."))
    table(d, [("Theme", "Main actions for the first year", "Lead")] + spec["delivery"], [3.8, 8.8, 3.9],
          head_fill=c1, size=8.5)
    heading(d, "How we will measure progress", 2)
    table(d, [("Measure", "Baseline (illustrative)", "Aim")] + spec["measures"], [8.0, 4.5, 4.0], head_fill=c1, size=8.5)
    heading(d, "Governance", 2)
    para(d, spec["governance"])
    heading(d, "Partners", 2)
    para(d, spec["partners"])
    para(d, f"Contact: {spec['contact']}. Statistics in this document are illustrative.", size=8, colour="777777")
    src = work_file(stem + ".docx")
    d.save(src)
    soffice_stable(src, out, symbol_at=spec.get("symbol_at", 0))
    check_pages(out, {"Foreword": 3, spec["ctx_head"]: 4, spec["pri_head"]: 5, "Delivery, measures and governance": 6})
    return out


def resolution(d, spec):
    """Style B: the priorities are the lettered items of a board resolution, set in a bordered box."""
    para(d, spec["pri_intro"])
    t = d.add_table(rows=1, cols=1)
    cell = t.cell(0, 0)
    box_border(cell, "000000", "12")
    shade(cell, "FBFBF7")
    p = cell.paragraphs[0]
    r = p.add_run(spec["extract_head"])
    r.bold, r.font.size = True, Pt(9)
    p2 = cell.add_paragraph()
    r = p2.add_run("RESOLVED: " + spec["resolved"])
    r.font.size = Pt(10)
    for i, (name, _) in enumerate(spec["priorities"]):
        q = cell.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.2)
        q.paragraph_format.first_line_indent = Cm(-0.9)
        q.paragraph_format.space_after = Pt(4)
        q.add_run(f"({'abcdefg'[i]})\u00a0\u00a0")
        rr = q.add_run(name)
        rr.bold, rr.font.size = True, Pt(11.5)
    p3 = cell.add_paragraph()
    r = p3.add_run(spec["resolved_tail"])
    r.italic, r.font.size = True, Pt(8.5)
    set_widths(t, [16.5])
    heading(d, "What the resolution means", 2)
    for i, (_, desc) in enumerate(spec["priorities"]):
        para(d, f"Item ({'abcdefg'[i]}). {desc}", size=9.5)
