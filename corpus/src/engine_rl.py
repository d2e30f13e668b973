"""Designed-brochure producer (reportlab).

A document is a dict with a theme, a cover, a list of blocks and a back page.
Section blocks start a new page with a full-bleed coloured banner; the body
below the banner flows in one or two columns. Running header and footer on
every page except the cover and the back page."""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from common import two_pass

rl_config.invariant = 1

_FONTS_DONE = set()
FONT_FILES = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
}


def _font(name: str) -> str:
    if name in FONT_FILES and name not in _FONTS_DONE:
        pdfmetrics.registerFont(TTFont(name, FONT_FILES[name]))
        _FONTS_DONE.add(name)
    return name


def _register_family(regular: str, bold: str, italic: str) -> None:
    for f in (regular, bold, italic):
        _font(f)
    if regular in FONT_FILES:
        from reportlab.lib.fonts import addMapping
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, italic)
        addMapping(regular, 1, 1, bold)


class Leader(Flowable):
    """Contents line: label ....... page"""

    def __init__(self, label, page, font, bold, size, color, indent=0, strong=False):
        super().__init__()
        self.label, self.page = label, str(page)
        self.font = bold if strong else font
        self.size, self.color, self.indent = size, color, indent

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.size * 1.9

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        c.setFillColor(self.color)
        y = self.size * 0.45
        c.drawString(self.indent, y, self.label)
        c.drawRightString(self.width, y, self.page)
        lw = c.stringWidth(self.label, self.font, self.size) + self.indent + 4
        pw = c.stringWidth(self.page, self.font, self.size) + 4
        dot = c.stringWidth(". ", self.font, self.size)
        n = int((self.width - lw - pw) / dot)
        if n > 0:
            c.setFillColor(colors.HexColor("#8a8a8a"))
            c.drawRightString(self.width - pw, y, ". " * n)


class Brochure:
    def __init__(self, doc: dict):
        self.d = doc
        t = doc["theme"]
        self.t = t
        self.landscape = t.get("landscape", False)
        self.pagesize = landscape(A4) if self.landscape else A4
        self.W, self.H = self.pagesize
        _register_family(t["font"], t["bold"], t["italic"])
        self.margin = t.get("margin", 18 * mm)
        self.gutter = 8 * mm
        self.banner_h = t.get("banner_h", 52 * mm)
        self.cols = t.get("columns", 2)
        self.styles()

    # ----------------------------------------------------------------- styles
    def styles(self):
        t = self.t
        f, b, i = t["font"], t["bold"], t["italic"]
        ink = colors.HexColor(t.get("ink", "#222222"))
        pri = colors.HexColor(t["primary"])
        size = t.get("body_size", 9.6)
        self.ink, self.pri = ink, pri
        self.acc = colors.HexColor(t["accent"])
        self.st = {
            "body": ParagraphStyle("body", fontName=f, fontSize=size, leading=size * 1.38,
                                   textColor=ink, spaceAfter=size * 0.6),
            "lead": ParagraphStyle("lead", fontName=f, fontSize=size * 1.28,
                                   leading=size * 1.28 * 1.35, textColor=pri,
                                   spaceAfter=size * 0.9),
            "bullet": ParagraphStyle("bullet", fontName=f, fontSize=size, leading=size * 1.35,
                                     textColor=ink, leftIndent=12, bulletIndent=2,
                                     spaceAfter=size * 0.35),
            "h2": ParagraphStyle("h2", fontName=b, fontSize=size * 1.45,
                                 leading=size * 1.45 * 1.2, textColor=pri, spaceBefore=size * 0.8,
                                 spaceAfter=size * 0.5),
            "h3": ParagraphStyle("h3", fontName=b, fontSize=size * 1.1, leading=size * 1.35,
                                 textColor=colors.HexColor(t.get("h3", t["primary"])),
                                 spaceBefore=size * 0.6, spaceAfter=size * 0.3),
            "page_title": ParagraphStyle("pt", fontName=b, fontSize=24, leading=29,
                                         textColor=pri, spaceAfter=14),
            "banner": ParagraphStyle("banner", fontName=b, fontSize=t.get("banner_size", 25),
                                     leading=t.get("banner_size", 25) * 1.18,
                                     textColor=colors.white),
            "label": ParagraphStyle("label", fontName=b, fontSize=11, leading=14,
                                    textColor=colors.HexColor(t.get("label_color", "#ffffff")),
                                    spaceAfter=4),
            "tile_big": ParagraphStyle("tb", fontName=b, fontSize=22, leading=25,
                                       textColor=colors.white, alignment=TA_LEFT),
            "tile_txt": ParagraphStyle("tt", fontName=f, fontSize=8.4, leading=10.6,
                                       textColor=colors.white),
            "cell": ParagraphStyle("cell", fontName=f, fontSize=8.4, leading=10.8, textColor=ink),
            "cellb": ParagraphStyle("cellb", fontName=b, fontSize=8.4, leading=10.8,
                                    textColor=colors.white),
            "glance_h": ParagraphStyle("gh", fontName=b, fontSize=12.5, leading=15.5,
                                       textColor=colors.white, spaceAfter=5),
            "glance_t": ParagraphStyle("gt", fontName=f, fontSize=8.8, leading=11.6,
                                       textColor=colors.white),
            "case_h": ParagraphStyle("ch", fontName=b, fontSize=size * 1.05, leading=size * 1.35,
                                     textColor=pri, spaceAfter=4),
            "case": ParagraphStyle("case", fontName=f, fontSize=size * 0.93,
                                   leading=size * 0.93 * 1.38, textColor=ink, spaceAfter=3),
            "quote": ParagraphStyle("quote", fontName=i, fontSize=size * 1.35,
                                    leading=size * 1.35 * 1.35, textColor=self.acc,
                                    spaceBefore=6, spaceAfter=10),
            "small": ParagraphStyle("small", fontName=f, fontSize=7.6, leading=9.6,
                                    textColor=colors.HexColor("#555555")),
        }

    # ------------------------------------------------------------- templates
    def _header_footer(self, c, doc, on_band=False):
        t = self.t
        c.saveState()
        pn = doc.page
        hdr_col = colors.white if on_band else colors.HexColor(t.get("header_ink", "#666666"))
        c.setFont(t["font"], 7.8)
        c.setFillColor(hdr_col)
        c.drawString(self.margin, self.H - 10 * mm, self.d["running"])
        c.drawRightString(self.W - self.margin, self.H - 10 * mm, self.d.get("running_right", ""))
        if not on_band:
            c.setStrokeColor(self.acc)
            c.setLineWidth(0.8)
            c.line(self.margin, self.H - 11.8 * mm, self.W - self.margin, self.H - 11.8 * mm)
        # footer
        c.setFillColor(self.pri)
        c.rect(0, 0, self.W, 3 * mm, stroke=0, fill=1)
        c.setFont(t["bold"], 9)
        c.setFillColor(self.pri)
        style = t.get("page_numbers", "alternate")
        label = str(pn) if style != "page_of" else f"Page {pn}"
        if style == "alternate" and pn % 2 == 0:
            c.drawString(self.margin, 8 * mm, label)
            c.setFont(t["font"], 7.8)
            c.setFillColor(colors.HexColor("#666666"))
            c.drawRightString(self.W - self.margin, 8 * mm, self.d["footer"])
        else:
            c.drawRightString(self.W - self.margin, 8 * mm, label)
            c.setFont(t["font"], 7.8)
            c.setFillColor(colors.HexColor("#666666"))
            c.drawString(self.margin, 8 * mm, self.d["footer"])
        c.restoreState()

    def _on_plain(self, c, doc):
        self._header_footer(c, doc)

    def _on_section(self, c, doc):
        c.saveState()
        c.setFillColor(self.pri)
        top = self.H - self.banner_h - 16 * mm
        c.rect(0, top, self.W, self.H - top, stroke=0, fill=1)
        c.setFillColor(self.acc)
        c.rect(0, top - 2.2 * mm, self.W, 2.2 * mm, stroke=0, fill=1)
        # decorative circle
        c.setFillColor(colors.HexColor(self.t.get("deco", "#ffffff")))
        c.setFillAlpha(0.12)
        c.circle(self.W - 30 * mm, self.H - 20 * mm, 38 * mm, stroke=0, fill=1)
        c.restoreState()
        self._header_footer(c, doc, on_band=True)

    def _on_cover(self, c, doc):
        self.d["cover_draw"](c, self, doc)

    def _on_back(self, c, doc):
        self.d["back_draw"](c, self, doc)

    def templates(self):
        m, W, H, g = self.margin, self.W, self.H, self.gutter
        top = H - 18 * mm
        bottom = 16 * mm
        full_w = W - 2 * m
        body_h = top - bottom
        band_bottom = H - self.banner_h - 16 * mm
        banner = Frame(m, band_bottom + 3 * mm, full_w, self.banner_h + 16 * mm - 3 * mm - 14 * mm,
                       id="banner", leftPadding=0, rightPadding=0, topPadding=0,
                       bottomPadding=0, showBoundary=0)
        body_top = band_bottom - 7 * mm
        tpl = [PageTemplate("cover", [Frame(m, bottom, full_w, body_h, id="c")],
                            onPage=self._on_cover)]
        tpl.append(PageTemplate("plain", [Frame(m, bottom, full_w, body_h, id="p",
                                                leftPadding=0, rightPadding=0)],
                                onPage=self._on_plain))
        cw = (full_w - g) / 2
        tpl.append(PageTemplate("cols", [
            Frame(m, bottom, cw, body_h, id="l", leftPadding=0, rightPadding=0),
            Frame(m + cw + g, bottom, cw, body_h, id="r", leftPadding=0, rightPadding=0)],
            onPage=self._on_plain))
        tpl.append(PageTemplate("section2", [
            banner,
            Frame(m, bottom, cw, body_top - bottom, id="sl", leftPadding=0, rightPadding=0),
            Frame(m + cw + g, bottom, cw, body_top - bottom, id="sr", leftPadding=0,
                  rightPadding=0)], onPage=self._on_section))
        tpl.append(PageTemplate("section1", [
            banner,
            Frame(m, bottom, full_w, body_top - bottom, id="s1", leftPadding=0,
                  rightPadding=0)], onPage=self._on_section))
        tpl.append(PageTemplate("back", [Frame(m, bottom, full_w, body_h, id="b")],
                                onPage=self._on_back))
        self.col_w = cw
        self.full_w = full_w
        return tpl

    # ---------------------------------------------------------------- blocks
    def flow(self, pages: dict):
        st = self.st
        out = [Spacer(1, 1)]
        width = self.full_w
        for blk in self.d["blocks"]:
            kind = blk[0]
            if kind == "page":  # new plain full-width page with a page title
                out += [NextPageTemplate("plain"), PageBreak()]
                if blk[1]:
                    out.append(Paragraph(blk[1], st["page_title"]))
                width = self.full_w
            elif kind == "cols":  # new two-column page without a banner
                out += [NextPageTemplate("cols"), PageBreak()]
                width = self.col_w
            elif kind == "section":  # ("section", title, {label, columns})
                opts = blk[2] if len(blk) > 2 else {}
                cols = opts.get("columns", self.cols)
                tpl = "section2" if cols == 2 else "section1"
                out += [NextPageTemplate(tpl), PageBreak()]
                inner = []
                if opts.get("label"):
                    inner.append(Paragraph(opts["label"], st["label"]))
                inner.append(Paragraph(blk[1], st["banner"]))
                if opts.get("sub"):
                    inner.append(Spacer(1, 4))
                    inner.append(Paragraph(opts["sub"], ParagraphStyle(
                        "bsub", parent=st["body"], textColor=colors.white, fontSize=10.5,
                        leading=14)))
                out += [Spacer(1, self.t.get("banner_pad", 6 * mm))] + inner + [FrameBreak()]
                out.append(NextPageTemplate("cols" if cols == 2 else "plain"))
                width = self.col_w if cols == 2 else self.full_w
            elif kind == "contents":
                for label, key, level in blk[1]:
                    out.append(Leader(label, pages.get(key, 0), self.t["font"], self.t["bold"],
                                      10.5 if level == 0 else 9.6, self.ink,
                                      indent=0 if level == 0 else 14, strong=(level == 0)))
            elif kind == "colbreak":
                out.append(FrameBreak())
            elif kind == "pagebreak":
                out.append(PageBreak())
            elif kind == "spacer":
                out.append(Spacer(1, blk[1]))
            elif kind == "p":
                out.append(Paragraph(blk[1], st["body"]))
            elif kind == "lead":
                out.append(Paragraph(blk[1], st["lead"]))
            elif kind == "small":
                out.append(Paragraph(blk[1], st["small"]))
            elif kind == "h2":
                out.append(CondPageBreak(30 * mm))
                out.append(Paragraph(blk[1], st["h2"]))
            elif kind == "h3":
                out.append(CondPageBreak(22 * mm))
                out.append(Paragraph(blk[1], st["h3"]))
            elif kind == "bullets":
                for item in blk[1]:
                    out.append(Paragraph(item, st["bullet"], bulletText="\u2022"))
                out.append(Spacer(1, 4))
            elif kind == "numbered":
                for n, item in enumerate(blk[1], 1):
                    out.append(Paragraph(item, st["bullet"], bulletText=f"{n}."))
                out.append(Spacer(1, 4))
            elif kind == "quote":
                out.append(Paragraph(blk[1], st["quote"]))
                if len(blk) > 2:
                    out.append(Paragraph(blk[2], st["small"]))
                    out.append(Spacer(1, 8))
            elif kind == "stats":
                out.append(self._tiles(blk[1], width, blk[2] if len(blk) > 2 else None))
            elif kind == "glance":
                out.append(self._glance(blk[1], width, blk[2] if len(blk) > 2 else 3))
            elif kind == "case":
                out.append(self._case(blk[1], blk[2], width))
            elif kind == "table":
                out.append(self._table(blk[1], blk[2], width, blk[3] if len(blk) > 3 else None))
            elif kind == "box":  # coloured panel with heading and bullet list / text
                out.append(self._box(blk[1], blk[2], width, blk[3] if len(blk) > 3 else None))
            else:
                raise ValueError(kind)
        out += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
        return out

    def _tiles(self, items, width, per_row=None):
        per_row = per_row or len(items)
        contents = [[Paragraph(big, self.st["tile_big"]), Spacer(1, 3), Paragraph(txt, self.st["tile_txt"])]
                    for big, txt in items]
        tbl = self._colour_grid(contents, width, per_row, self.t["tiles"], pads=(7, 7, 8, 9), rule=2.5)
        return KeepTogether([tbl, Spacer(1, 10)])

    def _glance(self, items, width, per_row):
        contents = [[Paragraph(name, self.st["glance_h"]), Paragraph(txt, self.st["glance_t"])]
                    for name, txt in items]
        return self._colour_grid(contents, width, per_row, self.t["glance"], pads=(9, 9, 11, 16), rule=4)

    @staticmethod
    def _colour_grid(contents, width, per_row, palette_hex, pads, rule):
        """Cells of `contents`, `per_row` to a row, each on the next colour of the palette, parted by white
        rules; pads are (left, right, top, bottom)."""
        palette = [colors.HexColor(c) for c in palette_hex]
        cells = [contents[i:i + per_row] for i in range(0, len(contents), per_row)]
        if cells and len(cells[-1]) < per_row:
            cells[-1] = cells[-1] + [""] * (per_row - len(cells[-1]))
        tbl = Table(cells, colWidths=[width / per_row] * per_row)
        left, right, top, bottom = pads
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), left), ("RIGHTPADDING", (0, 0), (-1, -1), right),
                ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
                ("LINEAFTER", (0, 0), (-2, -1), rule, colors.white),
                ("LINEBELOW", (0, 0), (-1, -2), rule, colors.white)]
        k = 0
        for r in range(len(cells)):
            for cidx in range(per_row):
                if cells[r][cidx] != "":
                    cmds.append(("BACKGROUND", (cidx, r), (cidx, r), palette[k % len(palette)]))
                k += 1
        tbl.setStyle(TableStyle(cmds))
        return tbl

    def _case(self, title, text, width):
        paras = [Paragraph(title, self.st["case_h"])]
        for chunk in (text if isinstance(text, list) else [text]):
            paras.append(Paragraph(chunk, self.st["case"]))
        tbl = Table([[paras]], colWidths=[width])
        tbl.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(self.t["case_bg"])),
            ("LINEBEFORE", (0, 0), (0, -1), 3.5, self.acc),
            ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        return KeepTogether([Spacer(1, 4), tbl, Spacer(1, 10)])

    def _box(self, title, items, width, bg=None):
        inner = [Paragraph(title, ParagraphStyle("bx", parent=self.st["h3"],
                                                 textColor=colors.white, spaceBefore=0))]
        for it in items:
            inner.append(Paragraph(it, ParagraphStyle("bxi", parent=self.st["bullet"],
                                                      textColor=colors.white),
                                   bulletText="\u2022"))
        tbl = Table([[inner]], colWidths=[width])
        tbl.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg or self.t["box_bg"])),
            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
        return KeepTogether([Spacer(1, 4), tbl, Spacer(1, 10)])

    def _table(self, header, rows, width, fracs=None):
        n = len(header)
        fracs = fracs or [1 / n] * n
        data = [[Paragraph(h, self.st["cellb"]) for h in header]]
        for r in rows:
            data.append([Paragraph(c, self.st["cell"]) for c in r])
        tbl = Table(data, colWidths=[width * f for f in fracs], repeatRows=1)
        tbl.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), self.pri),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1),
             [colors.white, colors.HexColor(self.t["case_bg"])]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return KeepTogether([tbl, Spacer(1, 10)]) if len(rows) < 8 else tbl

    # ----------------------------------------------------------------- build
    def render(self, out_pdf: Path, pages: dict):
        meta = self.d["meta"]
        doc = BaseDocTemplate(str(out_pdf), pagesize=self.pagesize, title=meta["title"],
                              author=meta["author"], subject=meta.get("subject", ""),
                              creator=meta.get("creator", "stratalign demo corpus (reportlab)"),
                              keywords=meta.get("keywords", ""),
                              leftMargin=self.margin, rightMargin=self.margin,
                              topMargin=18 * mm, bottomMargin=16 * mm, pageCompression=1,
                              invariant=1)
        doc.addPageTemplates(self.templates())
        doc.build(self.flow(pages))


def build(docdef: dict, out_pdf: Path) -> dict:
    b = Brochure(docdef)
    headings = [key for blk in docdef["blocks"] if blk[0] == "contents"
                for _, key, _ in blk[1]]
    start = docdef.get("contents_page", 2) + 1
    return two_pass(lambda pages: b.render(out_pdf, pages), headings, out_pdf, start)
