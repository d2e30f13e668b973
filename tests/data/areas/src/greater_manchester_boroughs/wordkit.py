"""Word-document scaffolding for the greater_manchester_boroughs area.

Every document here is written as a .docx with python-docx, the way a council officer would make it in Word
(heading styles, running headers and footers with PAGE / NUMPAGES fields, a contents page with dot leaders,
shaded tables, text boxes, real list numbering), then either kept as .docx or converted to PDF by LibreOffice
(common.soffice_to_pdf, which also fixes the PDF dates and ids).  The contents page numbers are found by
converting once with placeholders and once more with the located pages (common.two_pass).

Determinism: core properties carry a fixed date, and the .docx/.pptx zip members are rewritten with a fixed
timestamp and order (fix_zip).
"""
from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, RGBColor

import common

WORK = Path("/tmp/gmb_build")
FIXED = __import__("datetime").datetime(2025, 3, 3, 9, 30, 0)
ZIP_TIME = (2025, 3, 3, 9, 30, 0)


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name


def fix_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed member timestamps so that builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def hexrgb(h: str) -> RGBColor:
    return RGBColor.from_string(h.lstrip("#").upper())


# ------------------------------------------------------------------------------------------------ styles
class Style:
    """A council's Word template: fonts, colours, margins, header and footer wording."""

    def __init__(self, body="Liberation Sans", head=None, size=11, colours=("1F3864", "2E74B5", "404040"),
                 margins=(2.5, 2.5, 2.5, 2.5), h1=20, h2=14, h3=12, space=6, line=1.15, caps_h1=False,
                 header_left="", header_right="", footer="Page {PAGE} of {NUMPAGES}", footer_align="right",
                 hf_colour="595959", rule=None, justify=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.head = head or body


def new_doc(st: Style, title: str, author: str) -> Document:
    d = Document()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.comments = ""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in st.margins]
    sec.header_distance = sec.footer_distance = Cm(1.1)
    normal = d.styles["Normal"]
    normal.font.name = st.body
    normal.font.size = Pt(st.size)
    _fonts(normal, st.body)
    normal.paragraph_format.space_after = Pt(st.space)
    normal.paragraph_format.line_spacing = st.line
    if st.justify:
        normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for lvl, sz, col in ((1, st.h1, st.colours[0]), (2, st.h2, st.colours[1]), (3, st.h3, st.colours[2])):
        hs = d.styles[f"Heading {lvl}"]
        hs.font.name = st.head
        _fonts(hs, st.head)
        hs.font.size = Pt(sz)
        hs.font.bold = True
        hs.font.italic = False
        hs.font.color.rgb = hexrgb(col)
        hs.font.all_caps = bool(st.caps_h1 and lvl == 1)
        hs.paragraph_format.space_before = Pt(18 if lvl == 1 else 12)
        hs.paragraph_format.space_after = Pt(6)
        hs.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for name in ("List Bullet", "List Number", "Title", "Subtitle", "Caption"):
        try:
            _fonts(d.styles[name], st.body)
        except KeyError:
            pass
    return d


def _fonts(style, font):
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]


def text_width(d):
    sec = d.sections[-1]
    return sec.page_width - sec.left_margin - sec.right_margin


# ------------------------------------------------------------------------------------------------ fields
def add_field(p, code: str, size=None, colour=None, bold=False):
    def run():
        r = p.add_run()
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = hexrgb(colour)
        r.bold = bold
        return r
    r = run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {code} "
    r._r.append(it)
    r = run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    r = run()
    r.text = "1"
    r = run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def _templated(p, fmt: str, st: Style, size=8.5, colour=None, bold=False):
    colour = colour or st.hf_colour
    parts = fmt.replace("{PAGE}", "\x00PAGE\x00").replace("{NUMPAGES}", "\x00NUMPAGES\x00").split("\x00")
    for part in parts:
        if part in ("PAGE", "NUMPAGES"):
            add_field(p, part, size, colour, bold)
        elif part:
            r = p.add_run(part)
            r.font.size = Pt(size)
            r.font.color.rgb = hexrgb(colour)
            r.bold = bold


def _rule(p, where="bottom", colour="999999", sz=6, space=4):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    b = OxmlElement(f"w:{where}")
    for k, v in (("w:val", "single"), ("w:sz", str(sz)), ("w:space", str(space)), ("w:color", colour)):
        b.set(qn(k), v)
    bdr.append(b)


def running_heads(d, st: Style, section=None):
    """Header 'left <tab> right', footer from st.footer; none on the cover (different first page)."""
    sec = section or d.sections[0]
    sec.different_first_page_header_footer = True
    width = sec.page_width - sec.left_margin - sec.right_margin
    hp = sec.header.paragraphs[0]
    hp.text = ""
    pf = hp.paragraph_format
    for pos in (Cm(7.62), Cm(15.24), Cm(8.25), Cm(16.51)):
        pf.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CLEAR)
    pf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _templated(hp, st.header_left + ("\t" + st.header_right if st.header_right else ""), st)
    if st.rule:
        _rule(hp, "bottom", st.rule)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fpf = fp.paragraph_format
    for pos in (Cm(7.62), Cm(15.24), Cm(8.25), Cm(16.51)):
        fpf.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CLEAR)
    if "\t" in st.footer:
        fpf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    else:
        fp.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                        "left": WD_ALIGN_PARAGRAPH.LEFT}[st.footer_align]
    if st.rule:
        _rule(fp, "top", st.rule)
    _templated(fp, st.footer, st)


# ------------------------------------------------------------------------------------------------ blocks
def shade_para(p, fill, left_bar=None):
    """Word paragraph shading, with an optional thick coloured left border."""
    pPr = p._p.get_or_add_pPr()
    if left_bar:
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:left")
        for k, v in (("w:val", "single"), ("w:sz", "36"), ("w:space", "6"), ("w:color", left_bar)):
            b.set(qn(k), v)
        bdr.append(b)
        pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def para(d, text="", bold=False, italic=False, size=None, colour=None, align=None, after=None, before=None,
         style=None, keep=False):
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = hexrgb(colour)
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def runs(d, parts, style=None, after=None):
    """A paragraph of (text, dict(bold=, italic=, colour=, size=)) runs."""
    p = d.add_paragraph(style=style)
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        if fmt.get("colour"):
            r.font.color.rgb = hexrgb(fmt["colour"])
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def heading(d, text, level=1, new_page=False):
    h = d.add_heading(text, level=level)
    h.paragraph_format.keep_with_next = True
    if new_page:
        h.paragraph_format.page_break_before = True
    return h


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def bullets(d, items, style="List Bullet", after=3):
    for it in items:
        p = d.add_paragraph(style=style)
        if isinstance(it, tuple):
            p.add_run(it[0]).bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)
        p.paragraph_format.space_after = Pt(after)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#"))
    tcPr.append(shd)


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement(f"w:{k}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblPr.append(m)


def borders(table, colour="BFBFBF", sz=4, inside=True, outer=True, val="single"):
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        on = inside if edge.startswith("inside") else outer
        e.set(qn("w:val"), val if on else "nil")
        if on:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), colour)
        b.append(e)
    tblPr.append(b)


def widths(table, cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    tblPr.append(tw)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cm):
            c.width = Cm(w)


def cell_text(cell, lines, size=9.5, bold=False, colour=None, italic=False, align=None):
    """lines: str, or list of str / (text, fmt) pairs (one paragraph each)."""
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    for k, line in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if align:
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        text, fmt = (line if isinstance(line, tuple) else (line, {}))
        r = p.add_run(text)
        r.font.size = Pt(fmt.get("size", size))
        r.bold = fmt.get("bold", bold)
        r.italic = fmt.get("italic", italic)
        c = fmt.get("colour", colour)
        if c:
            r.font.color.rgb = hexrgb(c)


def grid(d, rows, cm, head_fill="1F3864", head_colour="FFFFFF", band=None, size=9.5, first_bold=False,
         first_fill=None, border="BFBFBF", repeat_head=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, border)
    cell_margins(t)
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            if r == 0 and head_fill:
                cell_text(cell, val, size, True, head_colour)
                shade(cell, head_fill)
            else:
                cell_text(cell, val, size, first_bold and c == 0)
                if c == 0 and first_fill:
                    shade(cell, first_fill)
                elif band and r % 2 == 0:
                    shade(cell, band)
    widths(t, cm)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trPr.append(cs)
    if repeat_head and head_fill:
        th = OxmlElement("w:tblHeader")
        t.rows[0]._tr.get_or_add_trPr().append(th)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def box(d, lines, fill="EDEDED", border=None, width_cm=None, pad=160, size=10):
    """A one-cell shaded table used as a call-out box. lines as for cell_text."""
    t = d.add_table(rows=1, cols=1)
    borders(t, border or fill, 8 if border else 4, inside=False)
    cell_margins(t, pad, pad, pad + 40, pad + 40)
    widths(t, [width_cm or text_width(d) / 360000])
    cell_text(t.cell(0, 0), lines, size)
    shade(t.cell(0, 0), fill)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def logo(d, name_lines, fill, colour="FFFFFF", width_cm=5.2, align="left"):
    """A small coloured block standing in for the council's logo."""
    t = d.add_table(rows=1, cols=1)
    t.alignment = {"left": WD_TABLE_ALIGNMENT.LEFT, "right": WD_TABLE_ALIGNMENT.RIGHT,
                   "center": WD_TABLE_ALIGNMENT.CENTER}[align]
    borders(t, fill, 4, inside=False)
    cell_margins(t, 120, 120, 160, 160)
    widths(t, [width_cm])
    cell_text(t.cell(0, 0), [(x, {"bold": k == 0, "size": 13 if k == 0 else 8, "colour": colour})
                             for k, x in enumerate(name_lines)], align="center")
    shade(t.cell(0, 0), fill)
    return t


def spacer(d, pt):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    r = p.add_run(" ")
    r.font.size = Pt(pt)
    return p


def contents(d, entries, pages, st: Style, title="Contents", leader="dots", numbered=False):
    """entries: (text, key, level). A static contents list in the TOC 1 / TOC 2 styles, dotted right tabs."""
    h = heading(d, title, 1)
    set_num(h, 0, 0)  # never numbered, even where Heading 1 carries list numbering
    width = text_width(d)
    for text, key, level in entries:
        sname = f"toc {level + 1}"
        try:
            p = d.add_paragraph(style=d.styles[sname])
        except KeyError:
            p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(
            width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS if leader == "dots" else WD_TAB_LEADER.SPACES)
        p.paragraph_format.left_indent = Cm(0.75 * level)
        p.paragraph_format.space_after = Pt(3 if level else 8)
        r = p.add_run(f"{text}\t{pages.get(key, 0)}")
        r.bold = level == 0


# ------------------------------------------------------------------------------------------------ numbering
def numbering(d, levels, start_id=None):
    """Add a w:abstractNum and w:num with the given levels and return its numId.

    levels: list of dicts with fmt ('decimal', 'lowerLetter', 'bullet' ...), text ('%1.', '%1.%2'), indent
    (cm), hanging (cm), optional style (pStyle), bold, colour, font."""
    np_ = d.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in np_.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    nids = [int(n.get(qn("w:numId"))) for n in np_.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
    an.append(mlt)
    for i, lv in enumerate(levels):
        el = OxmlElement("w:lvl")
        el.set(qn("w:ilvl"), str(i))
        for tag, val in (("w:start", "1"), ("w:numFmt", lv.get("fmt", "decimal"))):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            el.append(e)
        if lv.get("style"):
            e = OxmlElement("w:pStyle")
            e.set(qn("w:val"), lv["style"])
            el.append(e)
        e = OxmlElement("w:lvlText")
        e.set(qn("w:val"), lv["text"])
        el.append(e)
        e = OxmlElement("w:lvlJc")
        e.set(qn("w:val"), "left")
        el.append(e)
        ppr = OxmlElement("w:pPr")
        tabs = OxmlElement("w:tabs")
        tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), "num")
        tab.set(qn("w:pos"), str(int(lv.get("indent", 0.9) * 567)))
        tabs.append(tab)
        ppr.append(tabs)
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(int(lv.get("indent", 0.9) * 567)))
        ind.set(qn("w:hanging"), str(int(lv.get("hanging", 0.9) * 567)))
        ppr.append(ind)
        el.append(ppr)
        rpr = OxmlElement("w:rPr")
        if lv.get("font"):
            rf = OxmlElement("w:rFonts")
            for a in ("w:ascii", "w:hAnsi", "w:cs"):
                rf.set(qn(a), lv["font"])
            rpr.append(rf)
        if lv.get("bold"):
            rpr.append(OxmlElement("w:b"))
        if lv.get("colour"):
            c = OxmlElement("w:color")
            c.set(qn("w:val"), lv["colour"])
            rpr.append(c)
        if lv.get("size"):
            s = OxmlElement("w:sz")
            s.set(qn("w:val"), str(int(lv["size"] * 2)))
            rpr.append(s)
        el.append(rpr)
        an.append(el)
    # abstractNums must precede nums
    first_num = np_.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        np_.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    np_.append(num)
    return nid


def set_num(p_or_style, num_id, ilvl=0):
    el = p_or_style.element if hasattr(p_or_style, "element") and not hasattr(p_or_style, "_p") else p_or_style._p
    pPr = el.get_or_add_pPr()
    for old in pPr.findall(qn("w:numPr")):
        pPr.remove(old)
    npr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    npr.append(il)
    npr.append(ni)
    # keep schema order roughly: numPr early in pPr
    pPr.insert(0, npr)
    ps = pPr.find(qn("w:pStyle"))
    if ps is not None:
        pPr.remove(ps)
        pPr.insert(0, ps)


def style_num(style, num_id, ilvl):
    pPr = style.element.get_or_add_pPr()
    for old in pPr.findall(qn("w:numPr")):
        pPr.remove(old)
    npr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    npr.append(il)
    npr.append(ni)
    pPr.insert(0, npr)


# ------------------------------------------------------------------------------------------------ text box
_TB = 0


def text_box(d, lines, width_cm, height_cm, fill="F2F2F2", line_colour="7F7F7F", x_cm=None, y_cm=0.0,
             wrap="square", size=10, align_h="right"):
    """A floating Word text box (DrawingML wps shape with w:txbxContent) anchored to a new paragraph.

    lines: list of (text, fmt) with fmt keys bold, italic, colour, size, after, num (a label run)."""
    global _TB
    _TB += 1
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    paras = []
    for text, fmt in lines:
        rpr = (f'<w:rPr>{"<w:b/>" if fmt.get("bold") else ""}{"<w:i/>" if fmt.get("italic") else ""}'
               f'<w:color w:val="{fmt.get("colour", "000000")}"/><w:sz w:val="{int(fmt.get("size", size) * 2)}"/></w:rPr>')
        ind = ""
        if fmt.get("hang"):
            ind = f'<w:tabs><w:tab w:val="left" w:pos="{int(fmt["hang"] * 567)}"/></w:tabs>' \
                  f'<w:ind w:left="{int(fmt["hang"] * 567)}" w:hanging="{int(fmt["hang"] * 567)}"/>'
        ppr = f'<w:pPr>{ind}<w:spacing w:before="0" w:after="{int(fmt.get("after", 4) * 20)}"/>{rpr}</w:pPr>'
        label = ""
        if fmt.get("num"):
            label = f'<w:r>{rpr}<w:t xml:space="preserve">{fmt["num"]}</w:t></w:r><w:r>{rpr}<w:tab/></w:r>'
        esc = text.replace("&", "&amp;").replace("<", "&lt;")
        paras.append(f'<w:p>{ppr}{label}<w:r>{rpr}<w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')
    if align_h in ("left", "right", "center"):
        posh = f'<wp:positionH relativeFrom="column"><wp:align>{align_h}</wp:align></wp:positionH>'
    else:
        posh = f'<wp:positionH relativeFrom="column"><wp:posOffset>{int((x_cm or 0) * 360000)}</wp:posOffset></wp:positionH>'
    wrapxml = '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else '<wp:wrapTopAndBottom/>'
    xml = f'''<w:r {nsdecls("w")}><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + _TB}" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>{posh}
<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(y_cm * 360000)}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrapxml}
<wp:docPr id="{100 + _TB}" name="Text Box {_TB}"/><wp:cNvGraphicFramePr/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="{line_colour}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="144000" tIns="108000" rIns="144000" bIns="108000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''
    p._p.append(parse_xml(xml))
    return p


# ------------------------------------------------------------------------------------------------ output
def save_docx(d, path: Path) -> Path:
    d.save(str(path))
    fix_zip(path)
    return path


def landscape_section(d, st: Style | None = None):
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def build_pdf(make, pdf: Path, needles: dict, stem: str) -> Path:
    """make(pages) -> Document. Two passes through LibreOffice to fill in the contents page numbers."""
    def once(pages):
        docx = work_file(stem + ".docx")
        save_docx(make(pages), docx)
        common.soffice_to_pdf(docx, pdf)
    common.two_pass(once, pdf, needles, first=3)
    return pdf
