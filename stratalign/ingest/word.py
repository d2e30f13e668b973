"""Word documents (.docx) into blocks.

Word keeps much of what a reader sees outside the paragraph's text: a heading's "Objective A –" or a
list's "1." is generated from numbering definitions, the contents page sits inside a content control,
and a diagram's boxes are text boxes anchored in some paragraph. Each is read here, so that a .docx
gives the blocks the printed page would show.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from ..cues import NUMBER_WORDS
from ..errors import DocumentError
from ..models import HEADING, ITEM, PARAGRAPH, TOC, Block
from .formats import BODY, LEAD_TRIM, _clean, _heading

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _val(el) -> str | None:
    return el.get(_q("val")) if el is not None else None


_T, _TAB, _BR, _CR = _q("t"), _q("tab"), _q("br"), _q("cr")
_TXBX = _q("txbxContent")
_R = _q("r")
_FALLBACK = f"{{{_MC}}}Fallback"  # the same drawing again for old readers: read once, from the Choice
_SKIP = {_TXBX, _FALLBACK, _q("moveFrom"), _q("del")}


def read_docx(path: Path) -> tuple[str, list[Block], int]:
    if not zipfile.is_zipfile(path):
        raise DocumentError(str(path), "is not a Word document (not a .docx zip package)",
                            "save it as .docx or PDF from Word")
    import docx

    d = docx.Document(str(path))
    reader = _Reader(d)
    reader.container(d.element.body)
    blocks = _rejoin_split_headings(reader.blocks)
    title = (d.core_properties.title or "").strip()
    if not title:
        title = next((b.text for b in blocks if b.kind == HEADING and b.level <= 1), "")
    return title, blocks, reader.page


def _rejoin_split_headings(blocks: list[Block]) -> list[Block]:
    """A PDF converted to Word makes every printed line a paragraph of its own: a heading over two lines
    is two headings alike, the second going on in lower case ("Priority 1: Preventing crime in" /
    "every neighbourhood"). They are one heading."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and b.kind == HEADING and prev.kind == HEADING and b.level == prev.level
                and b.page == prev.page and b.text[:1].islower()
                and not prev.text.rstrip().endswith((".", ":", ";", "!", "?"))):
            out[-1] = replace(prev, text=f"{prev.text} {b.text}")
            continue
        out.append(b)
    return out


@dataclass(frozen=True)
class _Style:
    """What a paragraph style says about its paragraphs, worked out once per style: python-docx's
    `Paragraph.style` scans every style for the default when a paragraph names none."""
    style: object  # the python-docx ParagraphStyle, or None in a document without styles
    name: str
    bold: bool  # the style's own font is bold
    heading: int | None  # a heading style, or one based on a heading style: its level
    outline: str | None  # the first outline level set along the style's base styles
    size: float | None = None  # its font size relative to the normal style's, on the BODY scale


class _Reader:
    def __init__(self, document) -> None:
        self.document = document
        self.numbering = _Numbering(document)
        self.blocks: list[Block] = []
        self.page = 1
        self.tables = 0
        self.styles: dict[str | None, _Style] = {}
        self.normal_size: float | None = None

    def style(self, p_el) -> _Style:
        sid = p_el.style
        found = self.styles.get(sid)
        if found is None:
            from docx.enum.style import WD_STYLE_TYPE

            style = self.document.part.get_style(sid, WD_STYLE_TYPE.PARAGRAPH)
            heading, outline = _style_heading(style)
            size = _style_size(style)
            if self.normal_size is None:  # what a style's size is measured against, looked up once
                self.normal_size = _style_size(self.document.styles.default(WD_STYLE_TYPE.PARAGRAPH)) or BODY
            found = self.styles[sid] = _Style(style, (style.name if style is not None else "") or "",
                                              _style_bold(style), heading, outline,
                                              BODY * size / self.normal_size if size else None)
        return found

    def container(self, el, cell: tuple[int, int, int] | None = None) -> None:
        """The body, a table cell, a content control or a text box: paragraphs and tables in order.
        In a table cell (`cell` = table, row, column) every block is stamped with the cell."""
        for child in el.iterchildren():
            if child.tag == _q("p"):
                self.paragraph(child, cell)
            elif child.tag == _q("tbl"):
                self.table(child)  # a nested table: a table of its own
            elif child.tag == _q("sdt"):  # a content control: Word's contents field sits in one
                content = child.find(_q("sdtContent"))
                if content is not None:
                    self.container(content, cell)

    def paragraph(self, p_el, cell: tuple[int, int, int] | None = None) -> None:
        from docx.text.paragraph import Paragraph

        p_pr = p_el.find(_q("pPr"))
        if p_pr is not None and p_pr.find(_q("pageBreakBefore")) is not None and self.blocks:
            self.page += 1
        block = _paragraph_block(Paragraph(p_el, self.document), p_el, self.page, self.numbering, self.style(p_el))
        if block is not None and cell is not None:
            t, r, c = cell  # a heading style in a cell reads as the cell's text, not a section heading
            block = Block(kind=PARAGRAPH if block.kind == HEADING else block.kind, text=block.text, page=self.page,
                          size=block.size, bold=block.bold, marker=block.marker, lead=block.lead,
                          table=t, row=r, col=c)
        if block is not None:
            self.blocks.append(block)
        for box in _text_boxes(p_el):
            self.container(box, cell)
        self.page += sum(1 for br in _own(p_el, {_BR}) if br.get(_q("type")) == "page")
        sect = p_pr.find(_q("sectPr")) if p_pr is not None else None
        if sect is not None and _val(sect.find(_q("type"))) not in ("continuous", "nextColumn"):
            self.page += 1  # a section break starts the next section on a new page

    def table(self, tbl_el) -> None:
        from docx.table import Table

        table = Table(tbl_el, self.document)
        t = self.tables
        self.tables += 1
        for r, row in enumerate(table.rows):
            seen = set()
            for c, cell in enumerate(row.cells):
                if id(cell._tc) in seen:
                    continue  # a merged cell is repeated in each column it spans
                seen.add(id(cell._tc))
                self.container(cell._tc, (t, r, c))


def _own(el, tags: set[str], stop: bool = False):
    """Descendants with these tags that belong to the paragraph itself: not to a text box in it, not to
    a drawing's fallback copy, not deleted or moved away by a tracked change. With `stop`, a match's
    own descendants are not searched."""
    for child in el.iterchildren():
        if child.tag in tags:
            yield child
            if stop:
                continue
        elif child.tag in _SKIP or (child.tag == _R and _hidden(child)):
            continue
        yield from _own(child, tags, stop)


def _hidden(run) -> bool:
    """A run formatted as hidden text (Word's drafting notes, a wording kept for later): never printed."""
    vanish = run.find(f"{_q('rPr')}/{_q('vanish')}")
    return vanish is not None and _val(vanish) not in ("0", "false", "off")


def _paragraph_text(p_el) -> str:
    """The paragraph as it reads with tracked changes accepted (inserted runs in, deleted text out)
    and without the text of any text box anchored in it."""
    return "".join((el.text or "") if el.tag == _T else " " for el in _own(p_el, {_T, _TAB, _BR, _CR}))


def _text_boxes(p_el) -> list:
    """Text boxes anchored in the paragraph, in reading order where they are placed on the page:
    boxes whose heights overlap form a row, read left to right (a number badge, then the title box
    beside it), rows top to bottom. Unplaced (inline) boxes keep document order."""
    boxes = list(_own(p_el, {_TXBX}, stop=True))  # a box in a box is read with the outer box's text
    rects = [_rect(b) for b in boxes]
    if len(boxes) < 2 or any(r is None for r in rects):
        return boxes
    order = sorted(range(len(boxes)), key=lambda i: (rects[i][0], rects[i][1]))
    rows: list[list[int]] = []
    bottom = None
    for i in order:
        top, _, height, _ = rects[i]
        if rows and top < bottom:
            rows[-1].append(i)
            bottom = max(bottom, top + height)
        else:
            rows.append([i])
            bottom = top + height
    return [boxes[i] for row in rows for i in sorted(row, key=lambda i: (rects[i][1], rects[i][0]))]


def _rect(box) -> tuple[int, int, int, int] | None:
    """(top, left, height, width) of a floating text box, in EMU."""
    el = box
    while el is not None and el.tag != f"{{{_WP}}}anchor":
        el = el.getparent()
    if el is None:
        return None
    offsets = []
    for axis in ("positionV", "positionH"):
        off = el.find(f"{{{_WP}}}{axis}/{{{_WP}}}posOffset")
        if off is None or not (off.text or "").strip().lstrip("-").isdigit():
            return None
        offsets.append(int(off.text))
    extent = el.find(f"{{{_WP}}}extent")
    try:
        height, width = int(extent.get("cy")), int(extent.get("cx"))
    except (AttributeError, TypeError, ValueError):
        return None
    return offsets[0], offsets[1], height, width


def _style_chain(style):
    seen = 0
    while style is not None and seen < 20:
        yield style
        style = style.base_style
        seen += 1


def _style_heading(style) -> tuple[int | None, str | None]:
    """The heading level a style's name gives ("Heading 2", "Title", or a custom style based on one),
    and the first outline level set along its base styles."""
    outline = None
    for st in _style_chain(style):
        name = st.name or ""
        m = re.match(r"heading\s*(\d)", name, re.IGNORECASE)
        if m:
            return int(m.group(1)), outline
        if name.lower() == "title":
            return 1, outline
        if outline is None and st.element.pPr is not None:
            outline = _val(st.element.pPr.find(_q("outlineLvl")))
    return None, outline


def _heading_level(style: _Style, p_pr) -> int | None:
    """A heading by its style ("Heading 2", or a custom style based on one) or its outline level."""
    if style.heading is not None:
        return style.heading
    outline = _val(p_pr.find(_q("outlineLvl"))) if p_pr is not None else None
    if outline is None:
        outline = style.outline
    if outline is not None and outline.isdigit() and int(outline) < 9:
        return int(outline) + 1
    return None


_LEADER_ENTRY = re.compile(r"^(.*?\w.*?)\s*[.\u2026·_](?:\s?[.\u2026·_]){3,}\s*(\d{1,3})$")
_MARKER = re.compile(r"^\(?(?:[0-9A-Za-z]{1,4}|\d{1,2}(?:\.\d{1,2})+)[.)]?$")


def _paragraph_block(p, p_el, page: int, numbering: _Numbering, style: _Style) -> Block | None:
    p_pr = p_el.find(_q("pPr"))
    label = numbering.label(p_el, style.style)  # counted even when the paragraph is empty, as Word does
    text = _clean(_paragraph_text(p_el))
    if not text:
        return None
    style_name = style.name
    # a contents entry, or an entry of a list of captions ("Table of Figures": "Priority 1: ...  4")
    m = re.match(r"toc\s*(\d)|table of figures", style_name, re.IGNORECASE)
    if m:
        tm = re.match(r"^(.*?)[\s.\u2026·_]*(\d{1,3})$", text)
        if tm:
            return Block(kind=TOC, text=tm.group(1).strip(), page=page, level=int(m.group(1) or 1),
                         target=int(tm.group(2)))
    level = _heading_level(style, p_pr)
    if level is None and (leader := _LEADER_ENTRY.match(text)):
        # a contents line typed out, its dot leader and page number as text (a PDF converted to Word)
        return Block(kind=TOC, text=leader.group(1).strip(), page=page, level=1, target=int(leader.group(2)))
    if level is not None:
        if label and not label.bullet:
            text = f"{label.text} {text}"  # "Objective A – Reducing ...", as printed
        return _heading(text, level, page)
    runs = []  # (run, its text, its own bold) for each run with text
    for r in p.runs:
        r_text = r.text
        if r_text.strip() and not _hidden(r._r):
            runs.append((r, r_text, r.bold))
    bold_chars = sum(len(t) for _, t, b in runs if b or (b is None and style.bold))
    bold = bool(runs) and bold_chars * 2 > sum(len(t) for _, t, _ in runs)
    lead = ""
    if runs and runs[0][2] and not bold:
        lead_parts = []
        for _, t, b in runs:
            if not b:
                break
            lead_parts.append(t)
        lead = _clean("".join(lead_parts)).rstrip(LEAD_TRIM)
    worded_label = label is not None and not label.bullet and label.text and not _MARKER.match(label.text)
    if worded_label:
        text = f"{label.text} {text}"  # a worded label ("Priority 1:") reads as part of the text
    elif label is not None or "list" in style_name.lower() or _has_num_pr(p_pr):
        if label is not None and label.text and not label.bullet:
            marker = label.text
        else:
            marker = "1." if "number" in style_name.lower() and label is None else "•"
        return Block(kind=ITEM, text=text, page=page, size=BODY, bold=bold, marker=marker, lead=lead)
    size = style.size or BODY  # a custom style ("Priority Title") may set the size that makes a heading
    sizes = [sz.pt for sz in (r.font.size for r, _, _ in runs) if sz is not None]
    if sizes:
        size = max(sizes)
    # (a title Word numbers with a worded label, "Fifth priority:", may run longer)
    if (size >= BODY * 1.12 or bold) and len(text.split()) <= (25 if worded_label else 15) and not text.endswith("."):
        # larger before bold only, as a reader ranks them
        level = 2 if size >= BODY * 1.4 else 3 if size >= BODY * 1.2 else 4 if size >= BODY * 1.12 else 5
        return _heading(text, level, page)
    return Block(kind=PARAGRAPH, text=text, page=page, size=size, bold=bold, lead=lead)


def _has_num_pr(p_pr) -> bool:
    num_pr = p_pr.find(_q("numPr")) if p_pr is not None else None
    return num_pr is not None and _val(num_pr.find(_q("numId"))) not in (None, "0")


def _style_size(style) -> float | None:
    """The font size (pt) a style sets, itself or through its base styles."""
    while style is not None:
        try:
            if style.font.size is not None:
                return style.font.size.pt
            style = style.base_style
        except AttributeError:
            return None
    return None


def _style_bold(style) -> bool:
    try:
        return bool(style.font.bold)
    except AttributeError:
        return False


# --- numbering ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Label:
    text: str
    bullet: bool


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str


class _Numbering:
    """Word's list and heading numbers, generated as Word does: each list's counters, a level's
    number restarting under a new parent, and the level's text ("Objective %1 –", "%1.%2")."""

    def __init__(self, document) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, _Level]]] = {}  # numId -> (counter key, its levels)
        self.style_levels: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_nums: dict[str | None, tuple[str | None, int | None]] = {}
        root = self._root(document)
        if root is None:
            return
        for an in root.iterchildren(_q("abstractNum")):
            levels = {}
            for lvl in an.iterchildren(_q("lvl")):
                ilvl = int(lvl.get(_q("ilvl"), "0"))
                levels[ilvl] = self._level(lvl, _Level(1, "decimal", ""))
                p_style = _val(lvl.find(_q("pStyle")))
                if p_style:
                    self.style_levels[p_style] = (an.get(_q("abstractNumId")), ilvl)
            self.abstract[an.get(_q("abstractNumId"))] = levels
        for num in root.iterchildren(_q("num")):
            aid = _val(num.find(_q("abstractNumId")))
            overrides = {}
            for lo in num.iterchildren(_q("lvlOverride")):
                ilvl = int(lo.get(_q("ilvl"), "0"))
                base = self.abstract.get(aid, {}).get(ilvl, _Level(1, "decimal", ""))
                lvl = lo.find(_q("lvl"))
                if lvl is not None:
                    base = self._level(lvl, base)
                start = _val(lo.find(_q("startOverride")))
                if start is not None and start.isdigit():
                    base = _Level(int(start), base.fmt, base.text)
                overrides[ilvl] = base
            # lists that share a definition continue one another's numbers unless one restarts them
            key = f"num{num.get(_q('numId'))}" if overrides else f"abs{aid}"
            self.nums[num.get(_q("numId"))] = (key, {**self.abstract.get(aid, {}), **overrides})

    @staticmethod
    def _root(document):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        for rel in document.part.rels.values():
            if rel.reltype == RT.NUMBERING and not rel.is_external:
                return rel.target_part.element
        return None

    @staticmethod
    def _level(lvl, base: _Level) -> _Level:
        start = _val(lvl.find(_q("start")))
        fmt = _val(lvl.find(_q("numFmt")))
        text = _val(lvl.find(_q("lvlText")))
        return _Level(int(start) if start and start.isdigit() else base.start, fmt or base.fmt,
                      text if text is not None else base.text)

    def _num_pr(self, p_el, style) -> tuple[str, int] | None:
        num_id = ilvl = None
        p_pr = p_el.find(_q("pPr"))
        num_pr = p_pr.find(_q("numPr")) if p_pr is not None else None
        if num_pr is not None:
            num_id = _val(num_pr.find(_q("numId")))
            lvl = _val(num_pr.find(_q("ilvl")))
            ilvl = int(lvl) if lvl and lvl.isdigit() else None
        if num_id is None:
            num_id, style_ilvl = self._style_num(style)
            if ilvl is None:
                ilvl = style_ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        return num_id, ilvl or 0

    def _style_num(self, style) -> tuple[str | None, int | None]:
        """The list (numId) and level a paragraph style or its base styles put their paragraphs in."""
        sid = style.style_id if style is not None else None
        if sid in self.style_nums:
            return self.style_nums[sid]
        found: tuple[str | None, int | None] = (None, None)
        for st in _style_chain(style):
            s_pr = st.element.pPr
            s_num = s_pr.find(_q("numPr")) if s_pr is not None else None
            if s_num is not None and _val(s_num.find(_q("numId"))) is not None:
                lvl = _val(s_num.find(_q("ilvl")))
                if lvl and lvl.isdigit():
                    ilvl = int(lvl)
                else:
                    ilvl = self.style_levels[st.style_id][1] if st.style_id in self.style_levels else None
                found = (_val(s_num.find(_q("numId"))), ilvl)
                break
        self.style_nums[sid] = found
        return found

    def label(self, p_el, style) -> _Label | None:
        found = self._num_pr(p_el, style)
        if found is None:
            return None
        num_id, ilvl = found
        key, levels = self.nums[num_id]
        if ilvl not in levels:
            return _Label("", True)
        counts = self.counters.setdefault(key, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        level = levels[ilvl]
        if level.fmt in ("bullet", "none"):
            return _Label(level.text.strip() if level.fmt == "none" else "", True)

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, level)
            return _format(counts.get(k, lv.start), lv.fmt)

        return _Label(_clean(re.sub(r"%([1-9])", number, level.text)), False)


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperLetter", "lowerLetter"):
        s = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)
        return s if fmt == "upperLetter" else s.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt in ("ordinalText", "cardinalText"):
        # Word spells the number out ("First priority:", "One:"), capitalised at the start of the label
        ordinal = fmt == "ordinalText"
        word = next((w for w, v in NUMBER_WORDS.items() if v == n and w.endswith(_ORDINAL_ENDS) == ordinal), None)
        if word:
            return word.capitalize()
    return str(n)


_ORDINAL_ENDS = ("st", "nd", "rd", "th")


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out
