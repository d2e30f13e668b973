"""Slide-deck producer: python-pptx writes a 16:9 deck, LibreOffice Impress exports PDF
(one slide per page). Running header text and slide numbers are drawn on every slide
except the cover."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from common import fix_zip_dates, soffice_to_pdf, two_pass

_INLINE = re.compile(r"(<b>.*?</b>|<i>.*?</i>)")


def rgb(h: str) -> RGBColor:
    return RGBColor.from_string(h.lstrip("#").upper())


class Deck:
    def __init__(self, d):
        self.d = d
        self.t = d["theme"]
        self.W, self.H = Inches(13.333), Inches(7.5)

    # ------------------------------------------------------------ primitives
    def rect(self, s, x, y, w, h, color, shape=MSO_SHAPE.RECTANGLE):
        r = s.shapes.add_shape(shape, x, y, w, h)
        r.fill.solid()
        r.fill.fore_color.rgb = rgb(color)
        r.line.fill.background()
        r.shadow.inherit = False
        return r

    def text(self, s, x, y, w, h, paras, size=16, color="#222222", bold=False, font=None,
             anchor=MSO_ANCHOR.TOP, align=PP_ALIGN.LEFT, bullets=False, spacing=6):
        tb = s.shapes.add_textbox(x, y, w, h)
        tf = tb.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = anchor
        tf.margin_left = tf.margin_right = Inches(0.05)
        tf.margin_top = tf.margin_bottom = Inches(0.03)
        first = True
        for para in paras:
            p = tf.paragraphs[0] if first else tf.add_paragraph()
            first = False
            p.alignment = align
            p.space_after = Pt(spacing)
            txt = ("\u2022  " + para) if bullets else para
            for part in _INLINE.split(txt):
                if not part:
                    continue
                b = bold
                it = False
                if part.startswith("<b>"):
                    part, b = part[3:-4], True
                elif part.startswith("<i>"):
                    part, it = part[3:-4], True
                r = p.add_run()
                r.text = part
                r.font.size = Pt(size)
                r.font.bold = b
                r.font.italic = it
                r.font.name = font or self.t["font"]
                r.font.color.rgb = rgb(color)
        return tb

    def chrome(self, s, n):
        t = self.t
        self.text(s, Inches(0.5), Inches(0.18), Inches(8), Inches(0.35), [self.d["running"]],
                  size=10, color="#6b6b6b")
        self.rect(s, Inches(0.5), Inches(0.55), self.W - Inches(1.0), Emu(19050), t["accent"])
        self.text(s, Inches(0.5), self.H - Inches(0.5), Inches(8), Inches(0.35),
                  [self.d["footer"]], size=9.5, color="#6b6b6b")
        self.text(s, self.W - Inches(1.5), self.H - Inches(0.5), Inches(1.0), Inches(0.35),
                  [str(n)], size=11, color=t["primary"], bold=True, align=PP_ALIGN.RIGHT)

    def title(self, s, title, kicker=None):
        t = self.t
        y = Inches(0.8)
        if kicker:
            self.text(s, Inches(0.5), y, Inches(12), Inches(0.4), [kicker], size=13,
                      color=t["accent_dark"], bold=True)
            y += Inches(0.42)
        self.text(s, Inches(0.5), y, Inches(12.3), Inches(0.9), [title], size=30,
                  color=t["primary"], bold=True, font=t.get("title_font"))
        return y + Inches(0.95)

    def blocks(self, s, blocks, x, y, w, pages):
        for blk in blocks:
            k = blk[0]
            if k == "p":
                size = blk[2] if len(blk) > 2 else 15
                lines = max(1, int(len(blk[1]) * size * 0.0078 / (w / 914400)) + 1)
                h = Inches(0.3 * lines * size / 15 + 0.12)
                self.text(s, x, y, w, h, [blk[1]], size=size)
                y += h
            elif k == "bullets":
                size = blk[2] if len(blk) > 2 else 15
                self.text(s, x, y, w, Inches(0.4) * len(blk[1]), blk[1], size=size,
                          bullets=True, spacing=7)
                tot = sum(max(1, int(len(i) * size * 0.0078 / (w / 914400)) + 1)
                          for i in blk[1])
                y += Inches(0.3 * tot * size / 15 + 0.1 * len(blk[1]) + 0.1)
            elif k == "big_bullets":  # prominent list, used for the objectives slide
                for i, item in enumerate(blk[1]):
                    self.rect(s, x, y + Inches(0.08), Inches(0.16), Inches(0.5),
                              self.t["tiles"][i % len(self.t["tiles"])])
                    self.text(s, x + Inches(0.35), y, w - Inches(0.35), Inches(0.7),
                              ["\u2022 " + item], size=20, color=self.t["primary"], bold=True)
                    y += Inches(0.9)
            elif k == "contents":
                for label, key, level in blk[1]:
                    tb = self.text(s, x + Inches(0.4 * level), y, w - Inches(0.4 * level),
                                   Inches(0.4), [label], size=16 if level == 0 else 14,
                                   bold=level == 0, color="#222222")
                    self.text(s, x + w - Inches(1.0), y, Inches(1.0), Inches(0.4),
                              [str(pages.get(key, 0))], size=16 if level == 0 else 14,
                              bold=True, color=self.t["primary"], align=PP_ALIGN.RIGHT)
                    ln = self.rect(s, x + Inches(0.4 * level), y + Inches(0.43),
                                   w - Inches(0.4 * level), Emu(6350), "#c8c8c8")
                    y += Inches(0.5)
            elif k == "stats":
                n = len(blk[1])
                gap = Inches(0.2)
                tw = int((w - gap * (n - 1)) / n)
                th = Inches(blk[2] if len(blk) > 2 else 1.9)
                for i, (big, lab) in enumerate(blk[1]):
                    xx = x + i * (tw + gap)
                    self.rect(s, xx, y, tw, th, self.t["tiles"][i % len(self.t["tiles"])])
                    self.text(s, xx + Inches(0.15), y + Inches(0.12), tw - Inches(0.3),
                              Inches(0.7), [big], size=30, bold=True, color="#FFFFFF")
                    self.text(s, xx + Inches(0.15), y + Inches(0.85), tw - Inches(0.3),
                              th - Inches(0.9), [lab], size=12.5, color="#FFFFFF")
                y += th + Inches(0.25)
            elif k == "table":
                head, rows = blk[1], blk[2]
                widths = blk[3] if len(blk) > 3 else [1 / len(head)] * len(head)
                size = blk[4] if len(blk) > 4 else 12
                rh = Inches(0.42 * size / 12)
                shape = s.shapes.add_table(len(rows) + 1, len(head), x, y, w,
                                           rh * (len(rows) + 1))
                tbl = shape.table
                for i, wf in enumerate(widths):
                    tbl.columns[i].width = int(w * wf)
                for ci, h in enumerate(head):
                    cell = tbl.cell(0, ci)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = rgb(self.t["primary"])
                    self._cell_text(cell, h, size, "#FFFFFF", True)
                for ri, row in enumerate(rows, 1):
                    for ci, val in enumerate(row):
                        cell = tbl.cell(ri, ci)
                        cell.fill.solid()
                        cell.fill.fore_color.rgb = rgb("#FFFFFF" if ri % 2 else self.t["zebra"])
                        self._cell_text(cell, val, size, "#222222", False)
                y += rh * (len(rows) + 1) + Inches(0.2)
            elif k == "case":
                h = Inches(blk[3] if len(blk) > 3 else 1.6)
                self.rect(s, x, y, w, h, self.t["zebra"])
                self.rect(s, x, y, Inches(0.09), h, self.t["accent"])
                self.text(s, x + Inches(0.25), y + Inches(0.1), w - Inches(0.4), Inches(0.4),
                          [blk[1]], size=14, bold=True, color=self.t["primary"])
                self.text(s, x + Inches(0.25), y + Inches(0.5), w - Inches(0.4),
                          h - Inches(0.55), [blk[2]], size=12.5)
                y += h + Inches(0.2)
            elif k == "quote":
                self.text(s, x, y, w, Inches(1.2), [blk[1]], size=17, color=self.t["accent_dark"])
                y += Inches(float(blk[3]) if len(blk) > 3 else 1.1)
                if len(blk) > 2 and blk[2]:
                    self.text(s, x, y - Inches(0.15), w, Inches(0.35), [blk[2]], size=11,
                              color="#666666")
                    y += Inches(0.35)
            elif k == "h3":
                self.text(s, x, y, w, Inches(0.45), [blk[1]], size=17, bold=True,
                          color=self.t["accent_dark"])
                y += Inches(0.5)
            elif k == "spacer":
                y += Inches(blk[1])
            else:
                raise ValueError(k)
        return y

    def _cell_text(self, cell, val, size, color, bold):
        tf = cell.text_frame
        tf.word_wrap = True
        cell.margin_left = cell.margin_right = Inches(0.08)
        cell.margin_top = cell.margin_bottom = Inches(0.04)
        p = tf.paragraphs[0]
        r = p.add_run()
        r.text = val
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = self.t["font"]
        r.font.color.rgb = rgb(color)

    # ------------------------------------------------------------- slides
    def render(self, out_pdf: Path, pptx_path: Path, pages: dict):
        prs = Presentation()
        prs.slide_width, prs.slide_height = self.W, self.H
        cp = prs.core_properties
        import datetime as dt
        cp.title = self.d["meta"]["title"]
        cp.author = self.d["meta"]["author"]
        cp.last_modified_by = self.d["meta"]["author"]
        cp.created = cp.modified = dt.datetime(2025, 4, 1, 9, 0, 0)
        cp.revision = 1
        blank = prs.slide_layouts[6]
        for n, sl in enumerate(self.d["slides"], 1):
            s = prs.slides.add_slide(blank)
            kind = sl.get("kind", "content")
            if kind == "cover":
                self.d["cover_draw"](self, s)
                continue
            if kind == "back":
                self.d["back_draw"](self, s)
                continue
            if kind == "divider":
                self.rect(s, 0, 0, self.W, self.H, self.t["primary"])
                self.rect(s, Inches(0.5), Inches(3.1), Inches(1.2), Inches(0.08),
                          self.t["accent"])
                self.text(s, Inches(0.5), Inches(3.3), Inches(12), Inches(1.2),
                          [sl["title"]], size=40, bold=True, color="#FFFFFF")
                if sl.get("sub"):
                    self.text(s, Inches(0.5), Inches(4.5), Inches(11), Inches(1.0),
                              [sl["sub"]], size=18, color="#DDDDDD")
                self.text(s, Inches(0.5), Inches(0.18), Inches(8), Inches(0.35),
                          [self.d["running"]], size=10, color="#DDDDDD")
                self.text(s, self.W - Inches(1.5), self.H - Inches(0.5), Inches(1.0),
                          Inches(0.35), [str(n)], size=11, color="#FFFFFF", bold=True,
                          align=PP_ALIGN.RIGHT)
                continue
            self.chrome(s, n)
            y = self.title(s, sl["title"], sl.get("kicker"))
            if "right" in sl:
                lw = Inches(sl.get("split", 6.3))
                self.blocks(s, sl["body"], Inches(0.5), y, lw, pages)
                rx = Inches(0.5) + lw + Inches(0.4)
                self.blocks(s, sl["right"], rx, y, self.W - rx - Inches(0.5), pages)
            else:
                self.blocks(s, sl["body"], Inches(0.5), y, self.W - Inches(1.0), pages)
        pptx_path.parent.mkdir(parents=True, exist_ok=True)
        prs.save(str(pptx_path))
        fix_zip_dates(pptx_path)
        soffice_to_pdf(pptx_path, out_pdf)


def build(d: dict, out_pdf: Path, pptx_path: Path) -> dict:
    deck = Deck(d)
    headings = [key for sl in d["slides"] for blk in sl.get("body", []) if blk[0] == "contents"
                for _, key, _ in blk[1]]
    return two_pass(lambda pages: deck.render(out_pdf, pptx_path, pages), headings, out_pdf,
                    d.get("contents_page", 2) + 1)
