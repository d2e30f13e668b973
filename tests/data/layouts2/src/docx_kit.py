"""python-docx helpers for the Word documents (fonts, running header/footer, page fields, outline
numbering, a real TOC field, shaded tables)."""
from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import set_core_properties


def set_font(style, name: str, size: float | None = None, color: str | None = None, bold: bool | None = None):
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


def _field(paragraph, instr: str, shown: str):
    """A complex field (begin / instrText / separate / cached result / end) in its own runs."""
    def run_with(el):
        r = paragraph.add_run()
        r._r.append(el)
        return r

    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; run_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run_with(s)
    paragraph.add_run(shown)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run_with(e)


def page_field(paragraph):
    _field(paragraph, "PAGE", "1")


def new_doc(title: str, author: str, *, font: str = "Liberation Sans", size: float = 11,
            accent: str = "1F4E79", margins_cm: float = 2.0, heading_sizes=(16, 13, 11.5),
            heading_font: str | None = None):
    doc = Document()
    set_core_properties(doc, title, author)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    st = doc.styles
    set_font(st["Normal"], font, size)
    st["Normal"].paragraph_format.space_after = Pt(6)
    st["Normal"].paragraph_format.line_spacing = 1.1
    for i, hs in enumerate(heading_sizes, start=1):
        h = st[f"Heading {i}"]
        set_font(h, heading_font or font, hs, accent, True)
        h.font.italic = False
        h.paragraph_format.space_before = Pt(16 if i == 1 else 10)
        h.paragraph_format.space_after = Pt(6)
    set_font(st["Title"], heading_font or font, 26, accent, True)
    set_font(st["Subtitle"], font, 15, "444444", False)
    for name in ("List Bullet", "List Number", "Header", "Footer"):
        set_font(st[name], font, size if name.startswith("List") else 9)
    return doc


def footer(doc, left: str, *, page_word: str = "Page ", width_cm: float = 17.0, center: bool = False):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = ""
    doc.styles["Footer"].paragraph_format.tab_stops.clear_all()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if left:
            p.add_run(left)
        p.add_run(page_word)
        page_field(p)
        return p
    p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(left + "\t" + page_word)
    page_field(p)
    return p


def header(doc, text: str, align: str = "right", color: str = "666666"):
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(text)
    r.font.color.rgb = RGBColor.from_string(color)
    hp.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}.get(align,
                                                                                              WD_ALIGN_PARAGRAPH.LEFT)
    return hp


def para(doc, text: str = "", *, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, space_before=None, style=None, runs=None, keep_next=False):
    """A paragraph; `runs` is a list of (text, bold) pairs for mixed formatting."""
    p = doc.add_paragraph(style=style)
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def bullets(doc, items, style="List Bullet", space_after=2):
    for it in items:
        if isinstance(it, tuple):
            p = doc.add_paragraph(style=style)
            p.add_run(it[0]).bold = True
            p.add_run(it[1])
        else:
            p = doc.add_paragraph(it, style=style)
        p.paragraph_format.space_after = Pt(space_after)


def page_break(doc):
    doc.add_page_break()


# ----------------------------------------------------------------- outline numbering (1. / 1.1)
def outline_numbering(doc, styles=("Heading 1", "Heading 2"), formats=("%1.", "%1.%2"), indent_cm=1.25):
    """Attach a multi-level list to the heading styles, as Word's 'Heading 1, Heading 1.1' list does.
    The numbers are rendered by the word processor: they are not in the .docx text."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 90, 90
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel"); an.append(mlt)
    for lvl, (style, fmt) in enumerate(zip(styles, formats)):
        el = OxmlElement("w:lvl"); el.set(qn("w:ilvl"), str(lvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", doc.styles[style].style_id),
                         ("w:lvlText", fmt), ("w:lvlJc", "left")):
            c = OxmlElement(tag); c.set(qn("w:val"), val); el.append(c)
        ppr = OxmlElement("w:pPr")
        tabs = OxmlElement("w:tabs"); tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), "num"); tab.set(qn("w:pos"), str(int(indent_cm * 567))); tabs.append(tab); ppr.append(tabs)
        ind = OxmlElement("w:ind"); ind.set(qn("w:left"), str(int(indent_cm * 567)))
        ind.set(qn("w:hanging"), str(int(indent_cm * 567))); ppr.append(ind)
        el.append(ppr)
        an.append(el)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId"); ani.set(qn("w:val"), str(abs_id)); num.append(ani)
    numbering.append(num)
    for lvl, style in enumerate(styles):
        ppr = doc.styles[style].element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(lvl)); numpr.append(il)
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numpr.append(ni)
        ppr.insert(0, numpr)


def no_numbering(paragraph):
    """Switch the style's outline number off for one heading (numId 0)."""
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), "0"); numpr.append(ni)
    ppr.insert(0, numpr)


# ----------------------------------------------------------------- tables
def shade(cell, fill: str):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def borders(table, color="A0A0A0", size="4", edges=("top", "left", "bottom", "right", "insideH", "insideV")):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        if edge in edges:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), size); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def table(doc, header_row, rows, widths_cm, *, head_fill="1F4E79", head_color="FFFFFF", size=9.5,
          first_col_bold=False, border_color="A0A0A0"):
    t = doc.add_table(rows=(1 if header_row else 0) + len(rows), cols=len(widths_cm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    borders(t, border_color)
    all_rows = ([header_row] if header_row else []) + rows
    for ri, values in enumerate(all_rows):
        row = t.rows[ri]
        is_head = header_row is not None and ri == 0
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true"); trpr.append(cs)
        if is_head:
            th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
        for ci, value in enumerate(values):
            cell = row.cells[ci]
            cell.width = Cm(widths_cm[ci])
            lines = value if isinstance(value, list) else [value]
            cell.paragraphs[0].text = ""
            for li, line in enumerate(lines):
                p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                p.paragraph_format.space_after = Pt(2)
                if is_head:
                    r.bold = True
                    r.font.color.rgb = RGBColor.from_string(head_color)
                elif ci == 0 and first_col_bold:
                    r.bold = True
            if is_head:
                shade(cell, head_fill)
    grid = t._tbl.tblGrid
    for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[ci] * 567)))
    return t


# ----------------------------------------------------------------- a real TOC field
def toc_field(doc, entries, *, width_cm: float, levels="1-2", indent_cm=0.6, link_color="1155CC"):
    """A TOC field as Google Docs / Word write it: field code in the first entry, cached entries as
    hyperlinked 'TOC 1' / 'TOC 2' paragraphs with a right-aligned tab and NO dot leader, field end in
    the last entry. `entries` is a list of (level, text, page)."""
    for lvl in (1, 2):
        st = doc.styles[f"TOC {lvl}"] if f"TOC {lvl}" in [s.name for s in doc.styles] else None
        if st is None:
            from docx.enum.style import WD_STYLE_TYPE
            st = doc.styles.add_style(f"TOC {lvl}", WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = doc.styles["Normal"]
        st.paragraph_format.left_indent = Cm(indent_cm * (lvl - 1))
        st.paragraph_format.space_after = Pt(4)
    n = len(entries)
    for i, (lvl, text, page) in enumerate(entries):
        p = doc.add_paragraph(style=f"TOC {lvl}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)  # no leader
        if i == 0:
            b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
            r = p.add_run(); r._r.append(b)
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
            it.text = f' TOC \\o "{levels}" \\h \\z \\u '
            r = p.add_run(); r._r.append(it)
            s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
            r = p.add_run(); r._r.append(s)
        anchor = f"_heading_h{i + 1:02d}"
        hl = OxmlElement("w:hyperlink"); hl.set(qn("w:anchor"), anchor); hl.set(qn("w:history"), "1")
        for txt in (text, "\t", str(page)):
            r = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            c = OxmlElement("w:color"); c.set(qn("w:val"), link_color); rpr.append(c)
            u = OxmlElement("w:u"); u.set(qn("w:val"), "none"); rpr.append(u)
            r.append(rpr)
            if txt == "\t":
                r.append(OxmlElement("w:tab"))
            else:
                t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = txt; r.append(t)
            hl.append(r)
        p._p.append(hl)
        if i == n - 1:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
            r = p.add_run(); r._r.append(e)


def bookmark(paragraph, name: str, bid: int):
    start = OxmlElement("w:bookmarkStart"); start.set(qn("w:id"), str(bid)); start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd"); end.set(qn("w:id"), str(bid))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)
