"""Small python-docx helpers shared by the Word/LibreOffice documents."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import set_core_properties

__all__ = ["new_doc", "para", "bullets", "heading", "page_break", "table", "contents_line",
           "Cm", "Pt", "RGBColor", "WD_ALIGN_PARAGRAPH", "WD_ORIENT", "WD_BREAK"]


def _font(style, name: str, size: float | None = None, color: str | None = None, bold: bool | None = None):
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    if size:
        style.font.size = Pt(size)
    if color:
        style.font.color.rgb = RGBColor.from_string(color)
    if bold is not None:
        style.font.bold = bold


def _page_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = "1"
            run._r.append(el)


def new_doc(title: str, author: str, *, font: str = "Arial", size: float = 11, accent: str = "1F4E79",
            footer: str | None = None, header: str | None = None, landscape: bool = False,
            margins_cm: float = 2.2, heading_sizes=(16, 13, 11.5)):
    doc = Document()
    set_core_properties(doc, title, author)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    st = doc.styles
    _font(st["Normal"], font, size)
    st["Normal"].paragraph_format.space_after = Pt(6)
    st["Normal"].paragraph_format.line_spacing = 1.08
    for i, hs in enumerate(heading_sizes, start=1):
        h = st[f"Heading {i}"]
        _font(h, font, hs, accent, True)
        h.paragraph_format.space_before = Pt(14 if i == 1 else 10)
        h.paragraph_format.space_after = Pt(6)
    _font(st["Title"], font, 28, accent, True)
    _font(st["Subtitle"], font, 16, "404040", False)
    for name in ("List Bullet", "List Number", "Header", "Footer"):
        _font(st[name], font, size if name.startswith("List") else 9)
    if footer:
        p = sec.footer.paragraphs[0]
        p.text = ""
        st["Footer"].paragraph_format.tab_stops.clear_all()  # the template's centre stop would catch the tab
        p.paragraph_format.tab_stops.add_tab_stop(Cm(21.0 - 2 * margins_cm if not landscape else 29.7 - 2 * margins_cm),
                                                  WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(footer + "\tPage ")
        _page_field(p)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return doc


def para(doc, text: str = "", *, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, space_before=None, style=None, runs=None, keep_next=False):
    """Add a paragraph; `runs` is a list of (text, bold) pairs for mixed formatting."""
    p = doc.add_paragraph(style=style)
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def heading(doc, text: str, level: int = 1):
    return doc.add_heading(text, level=level)


def bullets(doc, items, style="List Bullet", space_after=2):
    out = []
    for it in items:
        if isinstance(it, tuple):  # (bold lead, rest)
            p = doc.add_paragraph(style=style)
            p.add_run(it[0]).bold = True
            p.add_run(it[1])
        else:
            p = doc.add_paragraph(it, style=style)
        p.paragraph_format.space_after = Pt(space_after)
        out.append(p)
    return out


def page_break(doc):
    doc.add_page_break()


def contents_line(doc, text: str, page: int, width_cm: float = 16.6):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.add_run(f"{text}\t{page}")
    p.paragraph_format.space_after = Pt(8)
    return p


def _shade(cell, fill: str):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _borders(table, color="808080"):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblpr.append(b)


def _row_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    trpr.append(el)


def table(doc, header, rows, widths_cm, *, head_fill="1F4E79", head_color="FFFFFF", size=9.5,
          first_col_bold=False, repeat_header=True, cant_split=True, zebra=None):
    """rows: list of lists; a cell may be a str or a list of str (one paragraph each)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    _borders(t)
    for ri, values in enumerate([header] + rows):
        row = t.rows[ri]
        if ri == 0 and repeat_header:
            _row_flag(row, "w:tblHeader")
        if cant_split:
            _row_flag(row, "w:cantSplit")
        for ci, value in enumerate(values):
            cell = row.cells[ci]
            cell.width = Cm(widths_cm[ci])
            lines = value if isinstance(value, list) else [value]
            cell.paragraphs[0].text = ""
            for li, line in enumerate(lines):
                p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                p.paragraph_format.space_after = Pt(3)
                if ri == 0:
                    r.bold = True
                    r.font.color.rgb = RGBColor.from_string(head_color)
                elif ci == 0 and first_col_bold:
                    r.bold = True
            if ri == 0:
                _shade(cell, head_fill)
            elif zebra and ri % 2 == 0:
                _shade(cell, zebra)
    # also fix the grid so LibreOffice honours the widths
    grid = t._tbl.tblGrid
    for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[ci] * 567)))
    return t
