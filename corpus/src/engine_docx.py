"""Word-style report producer: python-docx writes a .docx with real Heading styles,
List Bullet paragraphs and tables; LibreOffice converts it to PDF."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import fix_zip_dates, soffice_to_pdf, two_pass


def _rgb(hexstr: str) -> RGBColor:
    return RGBColor.from_string(hexstr.lstrip("#").upper())


def _shade(cell, hexstr: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexstr.lstrip("#"))
    tcPr.append(shd)


def _cell_margins(table, top=80, bottom=80, left=110, right=110):
    tblPr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(v))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblPr.append(mar)


def _no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _field(run, instr: str) -> None:
    a = OxmlElement("w:fldChar")
    a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText")
    b.set(qn("xml:space"), "preserve")
    b.text = instr
    c = OxmlElement("w:fldChar")
    c.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    d = OxmlElement("w:fldChar")
    d.set(qn("w:fldCharType"), "end")
    for el in (a, b, c, t, d):
        run._r.append(el)


_INLINE = re.compile(r"(<b>.*?</b>|<i>.*?</i>)")


def _add_text(par, text: str, bold=None, italic=None, color=None, size=None):
    for part in _INLINE.split(text):
        if not part:
            continue
        b, i = bold, italic
        if part.startswith("<b>"):
            part, b = part[3:-4], True
        elif part.startswith("<i>"):
            part, i = part[3:-4], True
        r = par.add_run(part)
        if b is not None:
            r.bold = b
        if i is not None:
            r.italic = i
        if color:
            r.font.color.rgb = _rgb(color)
        if size:
            r.font.size = Pt(size)
    return par


class Report:
    def __init__(self, d: dict):
        self.d = d
        self.t = d["theme"]

    def setup(self):
        t = self.t
        doc = Document()
        cp = doc.core_properties
        meta = self.d["meta"]
        cp.title = meta["title"]
        cp.author = meta["author"]
        cp.subject = meta.get("subject", "")
        cp.last_modified_by = meta["author"]
        cp.created = dt.datetime(2025, 4, 1, 9, 0, 0)
        cp.modified = dt.datetime(2025, 4, 1, 9, 0, 0)
        cp.revision = 1
        sec = doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(t.get("margin_cm", 2.3))
        sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
        sec.header_distance, sec.footer_distance = Cm(1.1), Cm(1.0)
        st = doc.styles
        normal = st["Normal"]
        normal.font.name = t["font"]
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), t["font"])
        normal.font.size = Pt(t.get("size", 11))
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = t.get("line_spacing", 1.12)
        for lvl, size in ((1, t.get("h1_size", 20)), (2, 14), (3, 12)):
            h = st[f"Heading {lvl}"]
            h.font.name = t.get("heading_font", t["font"])
            rpr = h.element.get_or_add_rPr()
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = OxmlElement("w:rFonts")
                rpr.append(fonts)
            for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(k), t.get("heading_font", t["font"]))
            for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if fonts.get(qn(k)) is not None:
                    del fonts.attrib[qn(k)]
            h.font.size = Pt(size)
            h.font.bold = True
            h.font.italic = False
            h.font.color.rgb = _rgb(t["h1"] if lvl == 1 else t.get("h2", t["h1"]))
            h.paragraph_format.space_before = Pt(18 if lvl == 1 else 12)
            h.paragraph_format.space_after = Pt(8 if lvl == 1 else 4)
            h.paragraph_format.keep_with_next = True
        for name in ("List Bullet", "List Number"):
            st[name].font.name = t["font"]
            st[name].paragraph_format.space_after = Pt(3)
        # header / footer
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp.text = ""
        _add_text(hp, self.d["running"], color="#666666", size=8.5)
        if self.d.get("running_right"):
            from docx.shared import Inches
            for pos in (Inches(3.25), Inches(6.5)):  # clear the Header style's default tabs
                hp.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CLEAR)
            hp.paragraph_format.tab_stops.add_tab_stop(
                sec.page_width - sec.left_margin - sec.right_margin, WD_TAB_ALIGNMENT.RIGHT)
            _add_text(hp, "\t" + self.d["running_right"], color="#666666", size=8.5)
        self._bottom_rule(hp, t["h1"])
        fp = sec.footer.paragraphs[0]
        style = t.get("footer", "page_n_center")
        if style == "page_n_center":
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = fp.add_run("Page ")
            r.font.size = Pt(9)
            r2 = fp.add_run()
            r2.font.size = Pt(9)
            _field(r2, "PAGE")
        else:  # "left text | right number"
            from docx.shared import Inches
            for pos in (Inches(3.25), Inches(6.5)):
                fp.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CLEAR)
            fp.paragraph_format.tab_stops.add_tab_stop(
                sec.page_width - sec.left_margin - sec.right_margin, WD_TAB_ALIGNMENT.RIGHT)
            r = fp.add_run(self.d.get("footer_text", "") + "\t")
            r.font.size = Pt(8.5)
            r.font.color.rgb = _rgb("#666666")
            r2 = fp.add_run()
            r2.font.size = Pt(9)
            r2.bold = True
            _field(r2, "PAGE")
        self.doc = doc
        self.text_w = sec.page_width - sec.left_margin - sec.right_margin
        return doc

    @staticmethod
    def _bottom_rule(par, color):
        pPr = par._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "4")
        b.set(qn("w:color"), color.lstrip("#"))
        bdr.append(b)
        pPr.append(bdr)

    # ------------------------------------------------------------------ blocks
    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        p.paragraph_format.space_after = Pt(0)

    def cover(self, cov):
        t, doc = self.t, self.doc
        p = doc.add_paragraph()
        _add_text(p, cov["org"], bold=True, color=t["h1"], size=12)
        doc.add_paragraph().paragraph_format.space_after = Pt(60)
        tbl = doc.add_table(rows=1, cols=1)
        _no_borders(tbl)
        _cell_margins(tbl, 400, 400, 300, 300)
        c = tbl.rows[0].cells[0]
        _shade(c, t["cover_bg"])
        cp = c.paragraphs[0]
        _add_text(cp, cov.get("kicker", ""), bold=True, color=t.get("cover_kicker", "#FFFFFF"),
                  size=11)
        cp = c.add_paragraph()
        cp.paragraph_format.space_before = Pt(10)
        _add_text(cp, cov["title"], bold=True, color="#FFFFFF", size=30)
        cp.paragraph_format.line_spacing = 1.0
        cp = c.add_paragraph()
        cp.paragraph_format.space_before = Pt(10)
        _add_text(cp, cov["subtitle"], color="#FFFFFF", size=14)
        doc.add_paragraph().paragraph_format.space_after = Pt(120)
        for line in cov.get("lines", []):
            p = doc.add_paragraph()
            _add_text(p, line, color="#444444", size=11)
        self.page_break()

    def contents(self, entries, pages):
        doc = self.doc
        for label, key, level in entries:
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.tab_stops.add_tab_stop(self.text_w, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            pf.left_indent = Cm(0.8 * level)
            pf.space_after = Pt(5 if level == 0 else 3)
            _add_text(p, f"{label}\t{pages.get(key, 0)}", bold=(level == 0),
                      size=11 if level == 0 else 10.5)

    def table(self, header, rows, widths=None, first_col_bold=False):
        doc, t = self.doc, self.t
        tbl = doc.add_table(rows=1, cols=len(header))
        tbl.style = doc.styles["Table Grid"]
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        _cell_margins(tbl, 60, 60, 100, 100)
        for i, h in enumerate(header):
            c = tbl.rows[0].cells[i]
            _shade(c, t["table_head"])
            c.paragraphs[0].text = ""
            _add_text(c.paragraphs[0], h, bold=True, color="#FFFFFF", size=10)
        # repeat header row
        trPr = tbl.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)
        for ri, row in enumerate(rows):
            cells = tbl.add_row().cells
            for i, val in enumerate(row):
                items = val if isinstance(val, list) else [val]
                cell = cells[i]
                first = True
                for item in items:
                    if first:
                        par = cell.paragraphs[0]
                        first = False
                    else:
                        par = cell.add_paragraph()
                    par.paragraph_format.space_after = Pt(2)
                    bullet = isinstance(val, list) and len(items) > 1
                    _add_text(par, ("\u2022 " if bullet else "") + item,
                              bold=True if (first_col_bold and i == 0) else None, size=9.5)
                if ri % 2 == 1 and t.get("zebra"):
                    _shade(cell, t["zebra"])
        if widths:
            tbl.autofit = False
            for i, w in enumerate(widths):
                tbl.columns[i].width = int(self.text_w * w)
            for row in tbl.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = int(self.text_w * w)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def stats(self, items):
        doc, t = self.doc, self.t
        tbl = doc.add_table(rows=1, cols=len(items))
        _no_borders(tbl)
        _cell_margins(tbl, 120, 120, 140, 140)
        for i, (big, label) in enumerate(items):
            c = tbl.rows[0].cells[i]
            _shade(c, t["tiles"][i % len(t["tiles"])])
            _add_text(c.paragraphs[0], big, bold=True, color="#FFFFFF", size=20)
            p = c.add_paragraph()
            _add_text(p, label, color="#FFFFFF", size=9)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def box(self, title, paras, color=None):
        doc, t = self.doc, self.t
        tbl = doc.add_table(rows=1, cols=1)
        _no_borders(tbl)
        _cell_margins(tbl, 140, 140, 200, 200)
        c = tbl.rows[0].cells[0]
        _shade(c, color or t["box_bg"])
        _add_text(c.paragraphs[0], title, bold=True, color=t["h1"], size=11.5)
        for para in paras:
            p = c.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if para.startswith("\u2022 "):
                p.paragraph_format.left_indent = Cm(0.4)
            _add_text(p, para, size=10)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def numbered(self, items, start=1, bold=False):
        for n, item in enumerate(items, start):
            p = self.doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(0.9)
            pf.first_line_indent = Cm(-0.9)
            pf.tab_stops.add_tab_stop(Cm(0.9))
            pf.space_after = Pt(5)
            _add_text(p, f"{n}.\t{item}", bold=bold or None)

    def render(self, out_pdf: Path, docx_path: Path, pages: dict):
        doc = self.setup()
        self.cover(self.d["cover"])
        first_h1 = True
        for blk in self.d["blocks"]:
            k = blk[0]
            if k == "contents_title":
                p = doc.add_paragraph()
                _add_text(p, blk[1], bold=True, color=self.t["h1"], size=20)
                p.paragraph_format.space_after = Pt(14)
            elif k == "contents":
                self.contents(blk[1], pages)
            elif k == "h1":
                h = doc.add_heading(level=1)
                _add_text(h, blk[1])
                opts = blk[2] if len(blk) > 2 else {}
                if opts.get("new_page", True):
                    h.paragraph_format.page_break_before = True
                first_h1 = False
            elif k == "label":  # label line above a heading, e.g. "PRIORITY 1"
                p = doc.add_paragraph()
                p.paragraph_format.page_break_before = bool(blk[2]) if len(blk) > 2 else True
                p.paragraph_format.keep_with_next = True
                p.paragraph_format.space_after = Pt(0)
                _add_text(p, blk[1], bold=True, color=self.t.get("label", self.t["h1"]), size=11)
            elif k == "h1_plain":  # heading 1 without page break (after a label line)
                h = doc.add_heading(level=1)
                h.paragraph_format.space_before = Pt(2)
                _add_text(h, blk[1])
            elif k == "h2":
                _add_text(doc.add_heading(level=2), blk[1])
            elif k == "h3":
                _add_text(doc.add_heading(level=3), blk[1])
            elif k == "p":
                _add_text(doc.add_paragraph(), blk[1])
            elif k == "lead":
                _add_text(doc.add_paragraph(), blk[1], color=self.t["h1"], size=13)
            elif k == "quote":
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1)
                p.paragraph_format.right_indent = Cm(1)
                _add_text(p, blk[1], italic=True, color=self.t.get("h2", "#333333"), size=12.5)
                if len(blk) > 2:
                    p2 = doc.add_paragraph()
                    p2.paragraph_format.left_indent = Cm(1)
                    _add_text(p2, blk[2], size=9.5, color="#555555")
            elif k == "bullets":
                for item in blk[1]:
                    _add_text(doc.add_paragraph(style="List Bullet"), item)
            elif k == "numbered":
                self.numbered(blk[1], bold=(blk[2] if len(blk) > 2 else False))
            elif k == "table":
                self.table(blk[1], blk[2], blk[3] if len(blk) > 3 else None,
                           blk[4] if len(blk) > 4 else False)
            elif k == "stats":
                self.stats(blk[1])
            elif k == "box":
                self.box(blk[1], blk[2], blk[3] if len(blk) > 3 else None)
            elif k == "pagebreak":
                self.page_break()
            elif k == "spacer":
                doc.add_paragraph().paragraph_format.space_after = Pt(blk[1])
            elif k == "back":
                self.back(blk[1])
            else:
                raise ValueError(k)
        docx_path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(docx_path))
        fix_zip_dates(docx_path)
        soffice_to_pdf(docx_path, out_pdf)

    def back(self, back):
        doc, t = self.doc, self.t
        p = doc.add_paragraph()
        p.paragraph_format.page_break_before = True
        p.paragraph_format.space_after = Pt(300)
        tbl = doc.add_table(rows=1, cols=1)
        _no_borders(tbl)
        _cell_margins(tbl, 300, 300, 300, 300)
        c = tbl.rows[0].cells[0]
        _shade(c, t["cover_bg"])
        _add_text(c.paragraphs[0], back["title"], bold=True, color="#FFFFFF", size=15)
        for line in back["lines"]:
            _add_text(c.add_paragraph(), line, color="#FFFFFF", size=10.5)
        for line in back.get("small", []):
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            _add_text(p, line, color="#666666", size=8.5)


def build(d: dict, out_pdf: Path, docx_path: Path) -> dict:
    r = Report(d)
    headings = [key for blk in d["blocks"] if blk[0] == "contents" for _, key, _ in blk[1]]
    return two_pass(lambda pages: r.render(out_pdf, docx_path, pages), headings, out_pdf,
                    d.get("contents_page", 2) + 1)
