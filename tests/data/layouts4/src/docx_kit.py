"""python-docx helpers for the Writer documents: fonts, headers and footers with PAGE fields, bullets, shaded
tables, explicit page breaks, and real footnotes / endnotes. layouts3 and layouts5 load this
file from their own src/docx_kit.py rather than keep copies."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import set_core_properties

ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT}


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


def new_doc(title: str, author: str, *, font: str = "Liberation Sans", size: float = 11, accent: str = "1F4E79",
            margins_cm: float = 2.2, heading_sizes=(17, 13.5, 11.5), heading_font: str | None = None):
    doc = Document()
    set_core_properties(doc, title, author)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)
    st = doc.styles
    set_font(st["Normal"], font, size)
    st["Normal"].paragraph_format.space_after = Pt(6)
    st["Normal"].paragraph_format.line_spacing = 1.12
    for i, hs in enumerate(heading_sizes, start=1):
        h = st[f"Heading {i}"]
        set_font(h, heading_font or font, hs, accent, True)
        h.font.italic = False
        h.paragraph_format.space_before = Pt(18 if i == 1 else 10)
        h.paragraph_format.space_after = Pt(6)
    set_font(st["Title"], heading_font or font, 28, accent, False)
    set_font(st["Subtitle"], font, 15, "595959", False)
    for name in ("List Bullet", "List Number", "List Bullet 2", "Header", "Footer"):
        set_font(st[name], font, size if name.startswith("List") else 8.5)
    return doc


# ----------------------------------------------------------------- fields, headers, footers
def _field(paragraph, instr: str, shown: str, size: float | None = None):
    def run_with(el):
        r = paragraph.add_run()
        r._r.append(el)
        return r

    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; run_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run_with(s)
    r = paragraph.add_run(shown)
    if size:
        r.font.size = Pt(size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run_with(e)


def page_field(paragraph, size: float | None = None):
    _field(paragraph, "PAGE", "1", size)


def set_header(section, text: str, *, align="left", color="595959", bold=False, right_text: str = "",
               width_cm: float = 16.6, size: float | None = None):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(text + (("\t" + right_text) if right_text else ""))
    r.font.color.rgb = RGBColor.from_string(color)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    hp.alignment = ALIGN[align]
    return hp


def set_footer(section, left: str, *, page_word: str = "Page ", width_cm: float = 16.6, center=False,
               after: str = ""):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.text = ""
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(left + page_word)
        page_field(p)
        if after:
            p.add_run(after)
        return p
    p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(left + "\t" + page_word)
    page_field(p)
    if after:
        p.add_run(after)
    return p


def blank_header_footer(section):
    for part in (section.header, section.footer):
        part.is_linked_to_previous = False
        part.paragraphs[0].text = ""


def new_section(doc, *, landscape=False):
    """A new-page section break (its header and footer are set by the caller)."""
    prev = doc.sections[-1]
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.page_width, sec.page_height = prev.page_height, prev.page_width
    return sec


def different_first_page(section):
    sectpr = section._sectPr
    tp = OxmlElement("w:titlePg")
    sectpr.append(tp)


# ----------------------------------------------------------------- paragraphs
def para(doc, text: str = "", *, bold=False, italic=False, size=None, color=None, align=None, font=None,
         space_after=None, space_before=None, style=None, runs=None, keep_next=False, caps=False,
         small_caps=False, indent_cm=None):
    """A paragraph; `runs` is a list of (text, bold) pairs for mixed formatting."""
    p = doc.add_paragraph(style=style)
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t)
        if b is not None:
            r.bold = b
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        if caps:
            r.font.all_caps = True
        if small_caps:
            r.font.small_caps = True
    if align:
        p.alignment = ALIGN[align]
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if keep_next:
        pf.keep_with_next = True
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    return p


def bullets(doc, items, style="List Bullet", space_after=2):
    out = []
    for it in items:
        p = doc.add_paragraph(style=style)
        if isinstance(it, tuple):
            p.add_run(it[0]).bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)
        p.paragraph_format.space_after = Pt(space_after)
        out.append(p)
    return out


def typed_bullets(doc, items, *, mark="\u2022", indent_cm=0.6, space_after=2):
    """Bullets typed by hand (a character and a tab), not a list style: common in real documents."""
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent_cm)
        p.paragraph_format.first_line_indent = Cm(-indent_cm)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(indent_cm))
        p.paragraph_format.space_after = Pt(space_after)
        p.add_run(mark + "\t" + it)


def page_break(doc):
    doc.add_page_break()


# ----------------------------------------------------------------- tables
def shade(cell, fill: str):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, *, bold=False, size=None, color=None, italic=False, align=None):
    cell.text = ""
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align:
            p.alignment = ALIGN[align]


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row, value=True):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true" if value else "false")
    trpr.append(el)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))


def table(doc, header, rows, widths_cm, *, style="Table Grid", head_fill="1F4E79", head_color="FFFFFF",
          size=9.5, repeat=False, bold_first_col=False, zebra: str | None = None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles[style]
    for c, h in zip(t.rows[0].cells, header):
        cell_text(c, h, bold=True, size=size, color=head_color)
        shade(c, head_fill)
    if repeat:
        repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, (c, v) in enumerate(zip(t.rows[i].cells, row)):
            cell_text(c, v, size=size, bold=(bold_first_col and j == 0))
            if zebra and i % 2 == 0:
                shade(c, zebra)
    col_widths(t, widths_cm)
    return t


# ----------------------------------------------------------------- extras for batch 4
def merge_cells(table, r0, c0, r1, c1):
    return table.cell(r0, c0).merge(table.cell(r1, c1))


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for edge, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(v)); el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def valign(cell, where="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign"); v.set(qn("w:val"), where)
    tcpr.append(v)


def row_height(row, cm, exact=False):
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    row.height = Cm(cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY if exact else WD_ROW_HEIGHT_RULE.AT_LEAST


def numbered(doc, number: str, text: str, *, indent_cm=1.25, bold_number=False, space_after=6, runs=None,
             size=None):
    """A typed paragraph number ("4.3") and a tab, hanging indent: how council report templates number
    paragraphs (the numbers are text, not a list)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent_cm)
    pf.first_line_indent = Cm(-indent_cm)
    pf.tab_stops.add_tab_stop(Cm(indent_cm))
    pf.space_after = Pt(space_after)
    r = p.add_run(number + "\t")
    r.bold = bold_number
    if size:
        r.font.size = Pt(size)
    for t, b in (runs or [(text, False)]):
        rr = p.add_run(t)
        rr.bold = b
        if size:
            rr.font.size = Pt(size)
    return p


# ----------------------------------------------------------------- footnotes and endnotes
_NOTE_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Notes:
    """Real Word footnotes (kind='footnote') or endnotes (kind='endnote'): a reference mark in the text,
    the note text in word/footnotes.xml or word/endnotes.xml."""

    def __init__(self, doc, kind: str = "footnote", size: float = 8.5):
        self.doc, self.kind, self.size = doc, kind, size
        self.notes: list[str] = []

    def ref(self, paragraph, text: str):
        self.notes.append(text)
        nid = len(self.notes)
        r = paragraph.add_run()
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
        r._r.append(rpr)
        ref = OxmlElement(f"w:{self.kind}Reference"); ref.set(qn("w:id"), str(nid))
        r._r.append(ref)
        return r

    def finish(self):
        k = self.kind
        sz = int(self.size * 2)
        parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{k}s {_NOTE_NS}>',
                 f'<w:{k} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                 f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{k}>',
                 f'<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                 f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{k}>']
        for i, text in enumerate(self.notes, start=1):
            parts.append(
                f'<w:{k} w:id="{i}"><w:p><w:pPr><w:spacing w:after="40"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="{sz}"/></w:rPr><w:{k}Ref/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="{sz}"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r>'
                f'</w:p></w:{k}>')
        parts.append(f"</w:{k}s>")
        blob = "".join(parts).encode("utf-8")
        ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{k}s+xml"
        part = Part(PackURI(f"/word/{k}s.xml"), ct, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES if k == "footnote" else RT.ENDNOTES)
