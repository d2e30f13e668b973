"""reportlab toolkit for the thames_valley_districts area: a seven-page partnership strategy (cover, contents,
foreword, context, priorities, actions, delivery) in which each document supplies its own priorities page."""
from __future__ import annotations

from reportlab.lib.utils import simpleSplit

from rl_kit import (A4, BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, ParagraphStyle,
                    Spacer, Table, TableStyle, NextPageTemplate, colors, fonts, hexc, mm)
from shared import PCC_NOTE, PCC_PRIORITIES, SECTIONS, STAT_NOTE
from work import check_pages

W, H = A4


class Draw(Flowable):
    """A fixed-size drawing made by fn(canvas, width, height)."""

    def __init__(self, height, fn):
        super().__init__()
        self.h, self.fn = height, fn

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        self.fn(self.canv, self.aw, self.h)


def wrap_lines(text, font, size, width):
    return simpleSplit(text, font, size, width)


def centred_text(c, lines, font, size, cx, top, lead=None, colour=colors.white):
    lead = lead or size * 1.2
    c.setFillColor(colour)
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        c.drawCentredString(cx, top - size - i * lead, ln)


class Styles:
    def __init__(self, body="dejavu", head="liberation-serif", primary="#1F3864", accent="#C0504D", size=9.6):
        self.reg, self.bold = fonts(body)
        self.hreg, self.hbold = fonts(head)
        self.primary, self.accent = hexc(primary), hexc(accent)
        self.body = ParagraphStyle("b", fontName=self.reg, fontSize=size, leading=size * 1.38, spaceAfter=5)
        self.small = ParagraphStyle("s", parent=self.body, fontSize=size - 1.4, leading=(size - 1.4) * 1.3)
        self.h1 = ParagraphStyle("h1", fontName=self.hbold, fontSize=20, leading=24, textColor=self.primary,
                                 spaceAfter=10)
        self.h2 = ParagraphStyle("h2", fontName=self.bold, fontSize=11.5, leading=14.5, textColor=self.accent,
                                 spaceBefore=6, spaceAfter=4)
        self.bullet = ParagraphStyle("bl", parent=self.body, leftIndent=11, bulletIndent=2, spaceAfter=2.5)


def bullets(items, st):
    return [Paragraph(t, st.bullet, bulletText="\u2022") for t in items]


def grid(rows, widths, st, head_fill=None, band="#F2F2F2", size=None, bold_first=False):
    ps = ParagraphStyle("t", parent=st.body, fontSize=size or st.body.fontSize - 1,
                        leading=(size or st.body.fontSize - 1) * 1.3, spaceAfter=0)
    hs = ParagraphStyle("th", parent=ps, fontName=st.bold, textColor=colors.white)
    bs = ParagraphStyle("tb", parent=ps, fontName=st.bold)
    data = []
    for r, row in enumerate(rows):
        data.append([Paragraph(str(x), hs if r == 0 and head_fill else (bs if bold_first and c == 0 else ps))
                     for c, x in enumerate(row)])
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#BFBFBF")),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
    if head_fill:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), hexc(head_fill)))
    for r in range(1 if head_fill else 0, len(rows)):
        if band and r % 2 == 0:
            cmds.append(("BACKGROUND", (0, r), (-1, r), hexc(band)))
    t.setStyle(TableStyle(cmds))
    return t


def stat_tiles(stats, st, fill):
    ns = ParagraphStyle("n", fontName=st.hbold, fontSize=19, leading=22, textColor=colors.white)
    cs = ParagraphStyle("c", fontName=st.reg, fontSize=8, leading=10, textColor=colors.white)
    cells = [[Paragraph(a, ns), Paragraph(b, cs)] for a, b in stats]
    n = len(cells)
    t = Table([cells], colWidths=[(W - 40 * mm) / n] * n)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc(fill)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def build_doc(path, d, st, priorities_page, folio=lambda n, total: f"Page {n}", cover=None,
              contents_style="dots", extra_delivery=None):
    """Build the seven-page document `d` (a dict, see the CSP modules) to `path`.

    priorities_page(st, d) -> flowables for page 5 (after the page heading)."""
    total = 7
    secs = d.get("sections", SECTIONS)
    pages = {s: i + 3 for i, s in enumerate(secs)}

    def on_cover(c, doc):
        c.saveState()
        (cover or default_cover)(c, d, st)
        c.restoreState()

    def on_body(c, doc):
        c.saveState()
        n = c.getPageNumber()
        c.setFont(st.reg, 7.5)
        c.setFillColor(hexc("#666666"))
        c.drawString(20 * mm, H - 12 * mm, d["title"])
        c.setStrokeColor(st.primary)
        c.setLineWidth(0.8)
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        c.setFont(st.bold, 8.5)
        c.setFillColor(st.primary)
        c.drawRightString(W - 20 * mm, 11 * mm, folio(n, total))
        c.setFont(st.reg, 7)
        c.setFillColor(hexc("#777777"))
        c.drawString(20 * mm, 11 * mm, d["org"])
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title=d["title"], author=d["org"], subject=d.get("kindname", ""),
                          creator=d["org"], leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm)
    fr = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H, id="c")], onPage=on_cover),
                          PageTemplate("body", [fr], onPage=on_body)])
    s = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]
    # contents
    s.append(Paragraph("Contents", st.h1))
    for sec in secs:
        s.append(contents_line(sec, pages[sec], st, contents_style))
    s.append(Spacer(1, 14))
    s.append(Paragraph(d.get("contents_note", "This strategy was agreed by the partnership board. A large-print "
                                             "version is available on request."), st.small))
    s.append(PageBreak())
    # foreword
    s.append(Paragraph(secs[0], st.h1))
    s += [Paragraph(p, st.body) for p in d["foreword"]]
    s.append(Spacer(1, 8))
    s.append(Paragraph(f"<b>{d['signed']}</b>", st.body))
    s.append(PageBreak())
    # context
    s.append(Paragraph(secs[1], st.h1))
    s.append(Paragraph(d["context"], st.body))
    s.append(stat_tiles(d["stats"], st, d.get("tile", "#1F3864")))
    s.append(Paragraph(STAT_NOTE, st.small))
    s.append(Paragraph(d.get("findings_head", "What the strategic assessment found"), st.h2))
    s += bullets(d["findings"], st)
    s.append(Paragraph(d["previous_head"], st.h2))
    s.append(Paragraph(d["previous_intro"], st.body))
    s += bullets(d["previous"], st)
    s.append(PageBreak())
    # priorities
    s.append(Paragraph(secs[2], st.h1))
    s += priorities_page(st, d)
    s.append(PageBreak())
    # actions
    s.append(Paragraph(secs[3], st.h1))
    s.append(Paragraph(d.get("actions_intro", "The delivery groups will carry out the actions below in the first "
                                              "year. Each group reports to the board every quarter."), st.body))
    for label, acts in d["actions"]:
        s.append(Paragraph(label, st.h2))
        s += bullets(acts, st)
    s.append(PageBreak())
    # delivery
    s.append(Paragraph(secs[4], st.h1))
    s.append(Paragraph(d["governance"], st.body))
    s.append(Paragraph("How we will measure progress", st.h2))
    s.append(grid([["Measure", "Baseline (illustrative)", "Direction"]] + d["measures"],
                  [85 * mm, 45 * mm, 40 * mm], st, head_fill=d.get("tile", "#1F3864")))
    if d.get("pcc_quote", True):
        s.append(Paragraph("The Police and Crime Plan", st.h2))
        s.append(Paragraph(PCC_NOTE, st.small))
        s.append(Paragraph("; ".join(PCC_PRIORITIES) + ".", st.small))
    if extra_delivery:
        s += extra_delivery(st, d)
    s.append(Paragraph("Partners", st.h2))
    s.append(Paragraph(", ".join(d["partners"]) + ". Contact: " + d["email"], st.small))
    doc.build(s)
    check_pages(path, {sec: pages[sec] for sec in secs}, n_pages=total)
    return path


def contents_line(text, page, st, style):
    class CL(Flowable):
        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 22

        def draw(self):
            c = self.canv
            c.setFont(st.reg, 11)
            c.setFillColor(colors.black)
            c.drawString(0, 7, text)
            c.drawRightString(self.aw, 7, str(page))
            tw = c.stringWidth(text, st.reg, 11)
            if style == "dots":
                c.setFillColor(hexc("#999999"))
                x = tw + 6
                while x < self.aw - 18:
                    c.circle(x, 9, 0.6, stroke=0, fill=1)
                    x += 4
            else:
                c.setStrokeColor(hexc("#BBBBBB"))
                c.setLineWidth(0.5)
                c.line(0, 2, self.aw, 2)
    return CL()


def default_cover(c, d, st):
    c.setFillColor(st.primary)
    c.rect(0, H * 0.45, W, H * 0.55, stroke=0, fill=1)
    c.setFillColor(st.accent)
    c.rect(0, H * 0.45 - 8 * mm, W, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(st.bold, 11)
    c.drawString(20 * mm, H - 30 * mm, d["org"].upper())
    y = H - 80 * mm
    for ln in wrap_lines(d["title"], st.hbold, 30, W - 40 * mm):
        c.setFont(st.hbold, 30)
        c.drawString(20 * mm, y, ln)
        y -= 36
    c.setFont(st.reg, 13)
    c.drawString(20 * mm, y - 6, d.get("strap", ""))
    c.setFillColor(hexc("#444444"))
    c.setFont(st.reg, 10)
    c.drawString(20 * mm, 40 * mm, d.get("cover_note", "Published by the partnership. Contact: " + d["email"]))
