"""python-docx helpers for the Word-style reports (converted by LibreOffice)."""
from __future__ import annotations

import datetime as _dt

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

__all__ = ["new_doc", "shade", "field", "header_footer", "contents", "bullets", "numbered", "table",
           "page_break", "para", "heading", "cover_block", "Cm", "Pt", "RGBColor", "WD_ALIGN_PARAGRAPH",
           "keep_rows", "WD_BREAK", "set_widths"]

FIXED = _dt.datetime(2024, 4, 1, 9, 0, 0)


def rgb(h: str) -> RGBColor:
    return RGBColor.from_string(h.lstrip("#").upper())


def new_doc(font="Liberation Sans", size=10.5, heading_font=None, colours=("1F3864", "2E74B5", "404040"),
            title="", author="", margins=(2.2, 2.2, 2.4, 2.2)):
    d = Document()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Cm(x) for x in margins]
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.15
    hf = heading_font or font
    for lvl, sz, col in [(1, 18, colours[0]), (2, 13.5, colours[1]), (3, 11.5, colours[2])]:
        hs = d.styles[f"Heading {lvl}"]
        hs.font.name = hf
        hs.font.size = Pt(sz)
        hs.font.bold = True
        hs.font.italic = False
        hs.font.color.rgb = rgb(col)
        rpr = hs.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), hf)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        hs.paragraph_format.space_before = Pt(14 if lvl == 1 else 10)
        hs.paragraph_format.space_after = Pt(6)
    for name in ("List Bullet", "List Number"):
        d.styles[name].font.name = font
    return d


def shade(cell, hexcol: str):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol.lstrip("#"))
    tcPr.append(shd)


def field(run, code: str):
    """Insert a simple field (PAGE, NUMPAGES) into a run."""
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = code
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def header_footer(d, left, right, footer_fmt="Page {PAGE}", colour="595959", size=8.5, rule_colour=None):
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = ""
    width = sec.page_width - sec.left_margin - sec.right_margin
    from docx.shared import Inches
    for pos in (Inches(3.25), Inches(6.5)):  # clear the Header style's default tabs
        hp.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(left + "\t" + right)
    r.font.size = Pt(size)
    r.font.color.rgb = rgb(colour)
    if rule_colour:
        pPr = hp._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", rule_colour)):
            b.set(qn(k), v)
        bdr.append(b)
        pPr.append(bdr)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if "{RIGHT}" not in footer_fmt else WD_ALIGN_PARAGRAPH.RIGHT
    fmt = footer_fmt.replace("{RIGHT}", "")
    parts = fmt.replace("{PAGE}", "\x00PAGE\x00").replace("{NUMPAGES}", "\x00NUMPAGES\x00").split("\x00")
    for part in parts:
        run = fp.add_run()
        run.font.size = Pt(size)
        run.font.color.rgb = rgb(colour)
        if part in ("PAGE", "NUMPAGES"):
            field(run, part)
        elif part:
            run.text = part


def para(d, text, bold=False, italic=False, size=None, colour=None, align=None, space_after=None, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = rgb(colour)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(d, text, level=1, page_break=False):
    h = d.add_heading(text, level=level)
    if page_break:
        h.paragraph_format.page_break_before = True
    h.paragraph_format.keep_with_next = True
    return h


def contents(d, entries, pages, leader=True, bold_top=True):
    """entries: (text, key, level)."""
    sec = d.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    for text, key, level in entries:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES)
        p.paragraph_format.left_indent = Cm(0.8 * level)
        p.paragraph_format.space_after = Pt(4 if level else 7)
        r = p.add_run(f"{text}\t{pages.get(key, 0)}")
        r.bold = bold_top and level == 0


def bullets(d, items, style="List Bullet", bold_lead=False):
    out = []
    for it in items:
        p = d.add_paragraph(style=style)
        if bold_lead and ":" in it:
            a, b = it.split(":", 1)
            p.add_run(a + ":").bold = True
            p.add_run(b)
        else:
            p.add_run(it)
        p.paragraph_format.space_after = Pt(3)
        out.append(p)
    return out


def numbered(d, items):
    """A numbered list written as '1.' text with a hanging indent (stable across converters)."""
    for i, it in enumerate(items, 1):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
        p.paragraph_format.space_after = Pt(5)
        p.add_run(f"{i}.\t{it}")


def set_widths(t, widths_cm):
    """Fixed layout with explicit grid widths (LibreOffice reads tblGrid)."""
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(tw)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))


def keep_rows(table):
    for row in table.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        cs.set(qn("w:val"), "true")
        trPr.append(cs)


def table(d, rows, widths_cm, head_fill="1F3864", head_colour="FFFFFF", band=None, size=9, bold_first_col=False,
          style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths_cm[c])
            cell.text = ""
            lines = val if isinstance(val, list) else [val]
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.paragraph_format.space_after = Pt(2)
                run = p.add_run(line)
                run.font.size = Pt(size)
                if r == 0:
                    run.bold = True
                    run.font.color.rgb = rgb(head_colour)
                elif bold_first_col and c == 0:
                    run.bold = True
            if r == 0 and head_fill:
                shade(cell, head_fill)
            elif band and r % 2 == 0:
                shade(cell, band)
    set_widths(t, widths_cm)
    keep_rows(t)
    # repeat header row
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cover_block(d, lines, fill, height_cm=9.0):
    """A full-width shaded single-cell table used as a coloured cover block.

    lines: list of (text, size, bold, colour)."""
    t = d.add_table(rows=1, cols=1)
    sec = d.sections[0]
    set_widths(t, [(sec.page_width - sec.left_margin - sec.right_margin) / 360000])
    cell = t.cell(0, 0)
    shade(cell, fill)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(height_cm * 567)))
    h.set(qn("w:hRule"), "atLeast")
    trPr.append(h)
    for k, (text, size, bold, colour) in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = rgb(colour)
    return t
