"""A small reportlab platypus kit for long-form reports: numbered chapters, a contents list filled in by a
second pass, running headers with the current chapter's name, "Page N of M" footers, footnotes at the foot of
the page, landscape and two-column page templates, and tables whose header rows repeat when they break.

Written for this area. Deterministic: rl_kit sets reportlab's invariant mode; the build repeats until the page
numbers it records stop changing.
"""
from __future__ import annotations

from pathlib import Path

import rl_kit  # noqa: F401  (sets rl_config.invariant = 1)
from rl_kit import fonts
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

H = colors.HexColor


class Anchor(Flowable):
    """Zero-size: records the page it is drawn on, and optionally sets the running chapter name."""

    def __init__(self, doc, key, chapter=None):
        super().__init__()
        self.d, self.key, self.chapter = doc, key, chapter

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.d.sink.setdefault(self.key, page)
        if self.chapter is not None:
            self.d.state["chapter"] = self.chapter


class FootRef(Flowable):
    """Zero-size: queues a footnote for the foot of the page it lands on."""

    def __init__(self, doc, num, text):
        super().__init__()
        self.d, self.num, self.text = doc, num, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.d.state["notes"].append((self.num, self.text))


class ContentsRow(Flowable):
    def __init__(self, doc, text, key, level, style):
        super().__init__()
        self.d, self.text, self.key, self.level, self.style = doc, text, key, level, style

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, (6.2 * mm if self.level == 0 else 5.0 * mm)

    def draw(self):
        d, c = self.d, self.canv
        page = d.prev_sink.get(self.key, 0)
        num = str(page) if page else "--"
        bold = self.level == 0
        font = d.fb if bold else d.fr
        size = d.size + (0.6 if bold else -0.3)
        ind = self.level * 7 * mm
        c.setFillColor(d.c1 if bold else colors.black)
        c.setFont(font, size)
        if self.style == "numfirst":
            c.drawRightString(9 * mm, 1.5 * mm, num)
            c.drawString(14 * mm + ind, 1.5 * mm, self.text)
            return
        c.drawString(ind, 1.5 * mm, self.text)
        c.drawRightString(self.aw, 1.5 * mm, num)
        if self.style == "dots":
            x0 = ind + stringWidth(self.text, font, size) + 3
            x1 = self.aw - stringWidth(num, font, size) - 3
            c.setFont(d.fr, size)
            dot = stringWidth(". ", d.fr, size)
            x = x0 + (dot - (x0 % dot))
            while x < x1 - dot:
                c.drawString(x, 1.5 * mm, ".")
                x += dot
        elif self.style == "rule":
            c.setStrokeColor(d.c3)
            c.setLineWidth(0.4)
            c.line(ind, 0.2 * mm, self.aw, 0.2 * mm)


class LongDoc:
    """One long-form report. `spec` keys: path, title, short, author, body_font, head_font, c1, c2, c3,
    header ('rule' | 'band' | 'side'), footer (format with {n} and {m}), footer_pos ('right' | 'centre' |
    'outer'), contents ('dots' | 'rule' | 'numfirst'), size, fn_reserve (mm kept for footnotes)."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.path = Path(spec["path"])
        self.fr, self.fb = fonts(spec.get("body_font", "dejavu"))
        self.hr, self.hb = fonts(spec.get("head_font", spec.get("body_font", "dejavu")))
        self.c1, self.c2, self.c3 = H(spec["c1"]), H(spec["c2"]), H(spec["c3"])
        self.size = spec.get("size", 9.6)
        self.prev_sink: dict = {}
        self.prev_total = 0
        self.sink: dict = {}
        self.state: dict = {}
        self._styles()

    # ------------------------------------------------------------------ styles
    def _styles(self):
        s, lead = self.size, self.size * 1.42
        al = TA_JUSTIFY if self.spec.get("justify") else TA_LEFT
        self.st = {
            "p": ParagraphStyle("p", fontName=self.fr, fontSize=s, leading=lead, spaceAfter=s * 0.7, alignment=al),
            "small": ParagraphStyle("sm", fontName=self.fr, fontSize=s - 1.4, leading=(s - 1.4) * 1.3),
            "cell": ParagraphStyle("cell", fontName=self.fr, fontSize=s - 1.2, leading=(s - 1.2) * 1.3),
            "cellb": ParagraphStyle("cellb", fontName=self.fb, fontSize=s - 1.2, leading=(s - 1.2) * 1.3),
            "head": ParagraphStyle("head", fontName=self.hb, fontSize=s - 1.0, leading=(s - 1.0) * 1.3,
                                   textColor=colors.white),
            "h1": ParagraphStyle("h1", fontName=self.hb, fontSize=s + 11, leading=s + 15, textColor=self.c1,
                                 spaceAfter=10),
            "h2": ParagraphStyle("h2", fontName=self.hb, fontSize=s + 3.4, leading=s + 6, textColor=self.c1,
                                 spaceBefore=8, spaceAfter=5),
            "h3": ParagraphStyle("h3", fontName=self.hb, fontSize=s + 1.2, leading=s + 4, textColor=self.c2,
                                 spaceBefore=5, spaceAfter=3),
            "bul": ParagraphStyle("bul", fontName=self.fr, fontSize=s, leading=lead, leftIndent=12,
                                  bulletIndent=2, spaceAfter=2),
            "quote": ParagraphStyle("q", fontName=self.hr, fontSize=s + 1.5, leading=(s + 1.5) * 1.35,
                                    textColor=self.c2, leftIndent=10, spaceBefore=4, spaceAfter=8),
        }

    # ------------------------------------------------------------------ building blocks
    def reset(self):
        self.sink = {}
        self.state = {"chapter": "", "notes": [], "fn": 0, "en": 0}
        self.toc: list = []

    def p(self, text, style="p"):
        return Paragraph(text, self.st[style])

    def chapter(self, key, label, title, newpage=True, toc=True):
        """A numbered (or lettered) chapter heading; the running header shows `label title`."""
        full = f"{label}  {title}".strip() if label else title
        if toc:
            self.toc.append((0, (f"{label} {title}" if label else title), key))
        out = [PageBreak()] if newpage else []
        out += [Anchor(self, key, chapter=full)]
        if label:
            out.append(Paragraph(f'<font color="{self.spec["c2"]}">{label}</font>&nbsp;&nbsp;{title}', self.st["h1"]))
        else:
            out.append(Paragraph(title, self.st["h1"]))
        return out

    def section(self, key, label, title, toc=True):
        if toc:
            self.toc.append((1, f"{label} {title}".strip(), key))
        return [CondPageBreak(30 * mm), Anchor(self, key),
                Paragraph(f"{label}&nbsp;&nbsp;{title}" if label else title, self.st["h2"])]

    def fn(self, text, note):
        """A paragraph ending with a footnote mark; the note is printed at the foot of the same page."""
        self.state["fn"] += 1
        n = self.state["fn"]
        return [Paragraph(f"{text}<super>{n}</super>", self.st["p"]), FootRef(self, n, note)]

    def en(self, text, store: list, note):
        """A paragraph ending with an endnote mark [n]; `store` collects the notes for the Endnotes chapter."""
        store.append(note)
        return Paragraph(f"{text}<super>[{len(store)}]</super>", self.st["p"])

    def bullets(self, items, style="bul", sym="\u2022"):
        return [Paragraph(t, self.st[style], bulletText=sym) for t in items]

    def table(self, header, rows, widths, bold_first=False, zebra=True, head_fill=None, repeat=1, font_size=None):
        cell, cellb = self.st["cell"], self.st["cellb"]
        data = [[Paragraph(h, self.st["head"]) for h in header]]
        for r in rows:
            data.append([Paragraph(str(v), cellb if (bold_first and i == 0) else cell) for i, v in enumerate(r)])
        t = Table(data, colWidths=widths, repeatRows=repeat, hAlign="LEFT")
        cmds = [("BACKGROUND", (0, 0), (-1, 0), head_fill or self.c1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, self.c3),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if zebra:
            for i in range(2, len(data), 2):
                cmds.append(("BACKGROUND", (0, i), (-1, i), H("#f3f3f0")))
        t.setStyle(TableStyle(cmds))
        return t

    def box(self, flowables, fill, border=None, width=None):
        t = Table([[flowables]], colWidths=[width] if width else None)
        cmds = [("BACKGROUND", (0, 0), (-1, -1), fill), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
        if border:
            cmds.append(("LINEBEFORE", (0, 0), (0, -1), 3, border))
        t.setStyle(TableStyle(cmds))
        return t

    def to_template(self, name):
        return [NextPageTemplate(name), PageBreak()]

    # ------------------------------------------------------------------ page furniture
    def _footer(self, c, doc, w, h):
        n, m = c.getPageNumber(), self.prev_total or 99
        text = self.spec.get("footer", "Page {n} of {m}").format(n=n, m=m)
        c.setFont(self.fr, self.size - 1.6)
        c.setFillColor(H("#444444"))
        pos = self.spec.get("footer_pos", "right")
        y = 10 * mm
        if pos == "centre":
            c.drawCentredString(w / 2, y, text)
        elif pos == "outer":
            (c.drawRightString(w - 18 * mm, y, text) if n % 2 else c.drawString(18 * mm, y, text))
        else:
            c.drawRightString(w - 18 * mm, y, text)
        left = self.spec.get("footer_left")
        if left:
            if pos == "outer" and not n % 2:
                c.drawRightString(w - 18 * mm, y, left)
            else:
                c.drawString(18 * mm, y, left)

    def _header(self, c, doc, w, h):
        chap = self.state.get("chapter", "")
        style = self.spec.get("header", "rule")
        short = self.spec["short"]
        c.saveState()
        if style == "band":
            c.setFillColor(self.c1)
            c.rect(0, h - 13 * mm, w, 13 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(self.hb, self.size - 0.6)
            c.drawString(18 * mm, h - 8.4 * mm, chap)
            c.setFont(self.fr, self.size - 1.6)
            c.drawRightString(w - 18 * mm, h - 8.4 * mm, short)
        elif style == "side":
            c.setFillColor(self.c3)
            c.rect(w - 9 * mm, 0, 9 * mm, h, stroke=0, fill=1)
            c.setFillColor(self.c1)
            c.setFont(self.hb, self.size - 0.8)
            c.translate(w - 3.2 * mm, h - 20 * mm)
            c.rotate(-90)
            c.drawString(0, 0, f"{short}  \u2022  {chap}")
        else:
            c.setFont(self.fr, self.size - 1.4)
            c.setFillColor(self.c2)
            c.drawString(18 * mm, h - 11 * mm, short)
            c.setFont(self.hb, self.size - 1.2)
            c.setFillColor(self.c1)
            c.drawRightString(w - 18 * mm, h - 11 * mm, chap)
            c.setStrokeColor(self.c1)
            c.setLineWidth(0.6)
            c.line(18 * mm, h - 13 * mm, w - 18 * mm, h - 13 * mm)
        c.restoreState()

    def _notes(self, c, w):
        notes = self.state["notes"]
        if not notes:
            return
        y = 15 * mm + self.spec.get("fn_reserve", 18) * mm - 3 * mm
        c.setStrokeColor(H("#777777"))
        c.setLineWidth(0.4)
        c.line(18 * mm, y, 60 * mm, y)
        st = ParagraphStyle("fn", fontName=self.fr, fontSize=self.size - 2.2, leading=(self.size - 2.2) * 1.25)
        y -= 1.5 * mm
        for num, text in notes:
            para = Paragraph(f"<super>{num}</super> {text}", st)
            _, ph = para.wrap(w - 36 * mm, 40 * mm)
            para.drawOn(c, 18 * mm, y - ph)
            y -= ph + 1
        self.state["notes"] = []

    def _end_body(self, c, doc):
        w, h = c._pagesize
        self._header(c, doc, w, h)
        self._footer(c, doc, w, h)
        self._notes(c, w)
        self.state["last"] = c.getPageNumber()

    def _end_front(self, c, doc):
        w, h = c._pagesize
        self._footer(c, doc, w, h)
        self.state["notes"] = []
        self.state["last"] = c.getPageNumber()

    def _templates(self, cover_fn):
        W, Hh = A4
        LW, LH = landscape(A4)
        fr = self.spec.get("fn_reserve", 18) * mm
        side = 12 * mm if self.spec.get("header") == "side" else 0
        top = 20 * mm
        body = Frame(20 * mm, 16 * mm + fr, W - 40 * mm - side, Hh - 36 * mm - fr - 2 * mm, id="b")
        gap = 7 * mm
        cw = (W - 40 * mm - side - gap) / 2
        two = [Frame(20 * mm, 16 * mm + fr, cw, Hh - 36 * mm - fr - 2 * mm, id="l"),
               Frame(20 * mm + cw + gap, 16 * mm + fr, cw, Hh - 36 * mm - fr - 2 * mm, id="r")]
        land = Frame(18 * mm, 18 * mm, LW - 36 * mm, LH - top - 20 * mm, id="land")
        front = Frame(22 * mm, 20 * mm, W - 44 * mm, Hh - 42 * mm, id="f")
        cover = Frame(0, 0, W, Hh, id="c", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return [
            PageTemplate("cover", [cover], onPage=lambda c, d: cover_fn(c, self), pagesize=A4),
            PageTemplate("front", [front], onPageEnd=self._end_front, pagesize=A4),
            PageTemplate("body", [body], onPageEnd=self._end_body, pagesize=A4),
            PageTemplate("two", two, onPageEnd=self._end_body, pagesize=A4),
            PageTemplate("land", [land], onPageEnd=self._end_body, pagesize=landscape(A4)),
        ]

    def contents(self, title="Contents", style=None, intro=None):
        """Placeholder flowables replaced at build time by the rows of self.toc."""
        return [_ContentsSlot(self, title, style or self.spec.get("contents", "dots"), intro)]

    # ------------------------------------------------------------------ build
    def build(self, story_fn, cover_fn):
        for _ in range(5):
            self.reset()
            story = story_fn(self)
            # expand the contents slot now that self.toc is known
            out = []
            for f in story:
                if isinstance(f, _ContentsSlot):
                    out += f.expand()
                else:
                    out.append(f)
            doc = BaseDocTemplate(str(self.path), pagesize=A4, title=self.spec["title"],
                                  author=self.spec.get("author", ""), subject=self.spec.get("subject", ""),
                                  creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0,
                                  bottomMargin=0)
            doc.addPageTemplates(self._templates(cover_fn))
            doc.build(out)
            total = self.state.get("last", 0)
            if self.sink == self.prev_sink and total == self.prev_total:
                break
            self.prev_sink, self.prev_total = dict(self.sink), total
        else:
            raise RuntimeError(f"{self.path.name}: page numbers did not settle")
        return self.path


class _ContentsSlot:
    def __init__(self, d, title, style, intro):
        self.d, self.title, self.style, self.intro = d, title, style, intro

    def expand(self):
        d = self.d
        out = [Paragraph(self.title, d.st["h1"])]
        if self.intro:
            out.append(Paragraph(self.intro, d.st["small"]))
            out.append(Spacer(1, 4))
        for level, text, key in d.toc:
            if level == 0:
                out.append(Spacer(1, 2.5))
            out.append(ContentsRow(d, text, key, level, self.style))
        return out
