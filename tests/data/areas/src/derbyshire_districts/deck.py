"""python-pptx helpers for the derbyshire_districts slide decks (16:9), and their LibreOffice conversion.

Every deck is built on the blank layout from text boxes and auto-shapes only (no placeholders, so no
automatic bullets), saved with fixed core properties into a fixed work folder, then converted to PDF by
LibreOffice (slides, or notes pages) and normalised (common.normalise_pdf).
"""
from __future__ import annotations

import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

import common

WORK = Path("/tmp/derbyshire_districts_build")
FIXED = datetime.datetime(2024, 4, 1, 9, 0, 0)
S = MSO_SHAPE
LEFT, CENTER, RIGHT = PP_ALIGN.LEFT, PP_ALIGN.CENTER, PP_ALIGN.RIGHT
TOP, MIDDLE, BOTTOM = MSO_ANCHOR.TOP, MSO_ANCHOR.MIDDLE, MSO_ANCHOR.BOTTOM


def rgb(h: str) -> RGBColor:
    return RGBColor.from_string(h.lstrip("#").upper())


class Deck:
    """A 13.333 x 7.5 in deck. Positions and sizes are in inches."""

    def __init__(self, title: str, footer: str, font: str = "Liberation Sans", accent: str = "#1F4E79",
                 ink: str = "#222222", number_fmt: str = "{n}"):
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Inches(13.333), Inches(7.5)
        self.title, self.footer, self.font = title, footer, font
        self.accent, self.ink, self.number_fmt = accent, ink, number_fmt
        self.n = 0

    # ------------------------------------------------------------------ slides
    def slide(self, notes: str | None = None, footer: bool = True, bg: str | None = None):
        s = self.prs.slides.add_slide(self.prs.slide_layouts[6])
        self.n += 1
        if bg:
            self.rect(s, 0, 0, 13.333, 7.5, fill=bg)
        if footer:
            self.text(s, 0.5, 7.0, 9.0, 0.35, self.footer, size=10, color="#777777")
            self.text(s, 11.3, 7.0, 1.5, 0.35, self.number_fmt.format(n=self.n), size=10, color="#777777",
                      align=RIGHT)
        if notes:
            s.notes_slide.notes_text_frame.text = notes
        return s

    def heading(self, s, title: str, kicker: str | None = None, color: str | None = None, size: int = 30,
                y: float = 0.45, h: float = 0.9):
        if kicker:
            self.text(s, 0.6, y - 0.1, 12.0, 0.4, kicker, size=13, bold=True, color=self.accent)
            y += 0.35
        self.text(s, 0.6, y, 12.1, h, title, size=size, bold=True, color=color or self.ink)
        return y + h

    # ------------------------------------------------------------------ primitives
    def _fill_frame(self, tf, paras, size, bold, color, align, italic, font, spacing):
        tf.word_wrap = True
        items = paras if isinstance(paras, list) else [paras]
        for i, item in enumerate(items):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            opts = {}
            if isinstance(item, tuple):
                item, opts = item
            p.alignment = opts.get("align", align)
            if spacing:
                p.space_after = Pt(spacing)
            r = p.add_run()
            r.text = item
            f = r.font
            f.name = opts.get("font", font or self.font)
            f.size = Pt(opts.get("size", size))
            f.bold = opts.get("bold", bold)
            f.italic = opts.get("italic", italic)
            f.color.rgb = rgb(opts.get("color", color or self.ink))

    def text(self, s, x, y, w, h, paras, size=18, bold=False, color=None, align=LEFT, anchor=TOP, italic=False,
             font=None, spacing=0, margin=0.05):
        tb = s.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = tb.text_frame
        tf.vertical_anchor = anchor
        for side in ("left", "right", "top", "bottom"):
            setattr(tf, f"margin_{side}", Inches(margin))
        self._fill_frame(tf, paras, size, bold, color, align, italic, font, spacing)
        return tb

    def shape(self, s, kind, x, y, w, h, fill=None, line=None, paras=None, size=16, bold=False, color="#FFFFFF",
              align=CENTER, anchor=MIDDLE, italic=False, font=None, spacing=0, margin=0.08, rotation=0,
              line_w=1.0, adjust=None):
        sh = s.shapes.add_shape(kind, Inches(x), Inches(y), Inches(w), Inches(h))
        if adjust:
            for i, v in enumerate(adjust):
                sh.adjustments[i] = v
        if fill:
            sh.fill.solid()
            sh.fill.fore_color.rgb = rgb(fill)
        else:
            sh.fill.background()
        if line:
            sh.line.color.rgb = rgb(line)
            sh.line.width = Pt(line_w)
        else:
            sh.line.fill.background()
        sh.shadow.inherit = False
        if rotation:
            sh.rotation = rotation
        tf = sh.text_frame
        tf.vertical_anchor = anchor
        for side in ("left", "right", "top", "bottom"):
            setattr(tf, f"margin_{side}", Inches(margin))
        if paras is not None:
            self._fill_frame(tf, paras, size, bold, color, align, italic, font, spacing)
        return sh

    def rect(self, s, x, y, w, h, fill, line=None):
        return self.shape(s, S.RECTANGLE, x, y, w, h, fill=fill, line=line)

    def table(self, s, x, y, w, rows, widths, size=12, head_fill=None, head_color="#FFFFFF", row_h=0.4,
              band: str | None = "#F2F2F2"):
        nr, nc = len(rows), len(rows[0])
        gt = s.shapes.add_table(nr, nc, Inches(x), Inches(y), Inches(w), Inches(row_h * nr))
        t = gt.table
        t.first_row = True
        for j, wd in enumerate(widths):
            t.columns[j].width = Inches(wd)
        for i, row in enumerate(rows):
            t.rows[i].height = Inches(row_h)
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.fill.solid()
                c.fill.fore_color.rgb = rgb(head_fill or self.accent) if i == 0 else rgb(
                    band if (band and i % 2 == 0) else "#FFFFFF")
                c.margin_left = c.margin_right = Inches(0.08)
                c.margin_top = c.margin_bottom = Inches(0.04)
                tf = c.text_frame
                tf.word_wrap = True
                p = tf.paragraphs[0]
                r = p.add_run()
                r.text = val
                r.font.name = self.font
                r.font.size = Pt(size)
                r.font.bold = i == 0
                r.font.color.rgb = rgb(head_color if i == 0 else self.ink)
        return t

    def bullets(self, s, x, y, w, h, items, size=18, color=None, mark="•", spacing=8, **kw):
        return self.text(s, x, y, w, h, [f"{mark}  {t}" if mark else t for t in items], size=size, color=color,
                         spacing=spacing, **kw)

    # ------------------------------------------------------------------ output
    def save(self, name: str) -> Path:
        cp = self.prs.core_properties
        cp.title, cp.author, cp.last_modified_by = self.title, "", ""
        cp.created = cp.modified = FIXED
        cp.revision = 1
        WORK.mkdir(parents=True, exist_ok=True)
        path = WORK / name
        self.prs.save(str(path))
        return path

    def to_pdf(self, out_pdf: Path, notes_pages: bool = False) -> Path:
        src = self.save(Path(out_pdf).stem + ".pptx")
        if not notes_pages:
            common.soffice_to_pdf(src, out_pdf)
            return Path(out_pdf)
        flt = ('pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},'
               '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}')
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", f"-env:UserInstallation={common.LO_PROFILE}", "--headless",
                            "--convert-to", flt, "--outdir", td, str(src)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(str(Path(td) / (src.stem + ".pdf")), out_pdf)
        common.normalise_pdf(out_pdf)
        return Path(out_pdf)
