"""Read a PDF into characters, ruling lines and boxes, page by page.

Two backends give the same `RawPage`s: "pdfium" (default) asks pypdfium2 for each character's box, size
and text object, about a hundred times faster than pdfplumber's pure-Python parse; "pdfplumber" is the
reference, kept for cross-checking and for PDFs pdfium cannot read. Everything after this module is
backend-independent.
"""

from __future__ import annotations

import bisect
import ctypes
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DocumentError

BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrabold|ultra", re.IGNORECASE)
WHITESPACE = frozenset(" \t\r\n\u00a0\u2002\u2003\u2009\x00")
HYPHENS = {"\x02": "-", "\ufffe": "-", "\u00ad": "-"}  # pdfium reports a line-end soft hyphen as 0x02
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    color: int


@dataclass(slots=True)
class RawPage:
    number: int
    width: float
    height: float
    # chars in content order; None marks a word break the PDF encodes as a space or line end
    chars: list[Char | None] = field(default_factory=list)
    hrules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1)
    # the thin lines drawn as such (not a box's edges): (y, x0, x1); only these can strike text through
    lines: list[tuple[float, float, float]] = field(default_factory=list)
    vrules: list[tuple[float, float, float]] = field(default_factory=list)  # (x, top, bottom)
    boxes: list[tuple[float, float, float, float, int]] = field(default_factory=list)  # filled: x0, top, x1, bottom, rgb
    dots: list[tuple[float, float, float, float]] = field(default_factory=list)  # small marks: vector bullets


@dataclass(slots=True)
class RawDocument:
    pages: list[RawPage]
    title: str = ""
    outline: list[tuple[int, str, int]] = field(default_factory=list)


def _classify_shape(page: RawPage, x0: float, top: float, x1: float, bottom: float,
                    filled: bool, stroked: bool, rgb: int) -> None:
    """Sort one vector shape into a rule, a box or a bullet dot."""
    w, h = x1 - x0, bottom - top
    if w <= 0 and h <= 0:
        return
    if h <= 2.5 and w > 4:
        page.hrules.append(((top + bottom) / 2, x0, x1))
        page.lines.append(((top + bottom) / 2, x0, x1))
    elif w <= 2.5 and h > 4:
        page.vrules.append(((x0 + x1) / 2, top, bottom))
    elif w <= 9 and h <= 9:
        if filled:
            page.dots.append((x0, top, x1, bottom))
    elif w >= page.width * 0.95 and h >= page.height * 0.9:
        return  # a page background says nothing about structure
    elif filled and rgb != 0xFFFFFF:
        page.boxes.append((x0, top, x1, bottom, rgb))
    elif stroked:
        page.hrules.extend([(top, x0, x1), (bottom, x0, x1)])
        page.vrules.extend([(x0, top, bottom), (x1, top, bottom)])


# --- pdfium ---------------------------------------------------------------------------------------

def _pdfium_shapes(raw, page_handle, page: RawPage,
                   to_display: Callable[[float, float, float, float], tuple[float, float, float, float]],
                   whiteouts: list | None = None, layers: "_Layers | None" = None) -> None:
    """Collect vector shapes (rules, boxes, bullet dots), descending into form XObjects. With `whiteouts`,
    also the opaque white boxes drawn on the page itself: (object index, x0, top, x1, bottom)."""
    fast = _Fast.get(raw)
    box = (ctypes.c_float * 4)()
    b0 = ctypes.addressof(box)
    step = ctypes.sizeof(ctypes.c_float)
    modes = (ctypes.c_int * 2)()
    m0 = ctypes.addressof(modes)
    PATH, FORM = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM

    def visit(obj: int, transform, index: int = -1) -> None:
        if layers is not None and index >= 0 and layers.hides(obj):
            return  # drawn on a layer the document opens switched off
        kind = fast.obj_type(obj)
        if kind == PATH:
            # FS_RECTF-like out parameters: left, bottom, right, top
            if not fast.obj_bounds(obj, b0, b0 + step, b0 + 2 * step, b0 + 3 * step):
                return
            x0, y0, x1, y1 = box[0], box[1], box[2], box[3]
            if transform is not None:
                x0, y0, x1, y1 = _apply_bbox(transform, x0, y0, x1, y1)
            fast.draw_mode(obj, m0, m0 + ctypes.sizeof(ctypes.c_int))
            filled, rgb = bool(modes[0]), 0
            if filled:
                rgba = fast.fill_rgba(obj)
                if rgba is not None:
                    if rgba[3] == 0:
                        filled = False
                    rgb = (rgba[0] << 16) | (rgba[1] << 8) | rgba[2]
            dx0, dtop, dx1, dbottom = to_display(x0, y0, x1, y1)
            stroked = bool(modes[1])
            if (stroked and not (filled and rgb != 0xFFFFFF) and dx1 - dx0 > 9 and dbottom - dtop > 9
                    and max(dx1 - dx0, dbottom - dtop) > 4 * min(dx1 - dx0, dbottom - dtop)
                    and _has_slanted_side(raw, obj)):
                # a drawn tower or pole, long and thin with slanted sides: its bounding box boxes nothing
                # (a hexagon's does)
                stroked = False
            _classify_shape(page, dx0, dtop, dx1, dbottom, filled, stroked, rgb)
            # (a rectangle only: another shape's bounding box is larger than what it covers)
            if (whiteouts is not None and index >= 0 and filled and rgb == 0xFFFFFF and rgba is not None
                    and rgba[3] == 255 and dx1 - dx0 > 4 and dbottom - dtop > 4
                    and _is_rectangle(raw, obj)):
                whiteouts.append((index, dx0, dtop, dx1, dbottom))
        elif kind == FORM:
            sub = transform
            matrix = fast.matrix(obj)
            if matrix is not None:
                sub = _compose(matrix, transform)
            for i in range(fast.form_count(obj)):
                visit(fast.form_object(obj, i) or 0, sub)

    handle = ctypes.cast(page_handle, ctypes.c_void_p).value
    for i in range(fast.page_count(handle)):
        visit(fast.page_object(handle, i) or 0, None, i)


def _has_slanted_side(raw, obj: int) -> bool:
    """The path has a straight side that is neither level nor upright (a trapezoid, a triangle); rounded
    corners, drawn as curves, do not count."""
    path = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
    x, y = ctypes.c_float(), ctypes.c_float()
    prev = None
    for k in range(raw.FPDFPath_CountSegments(path)):
        seg = raw.FPDFPath_GetPathSegment(path, k)
        if not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = (x.value, y.value)
        if (prev is not None and raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_LINETO
                and abs(point[0] - prev[0]) > 0.5 and abs(point[1] - prev[1]) > 0.5):
            return True
        prev = point
    return False


def _is_rectangle(raw, obj: int) -> bool:
    """The path is an axis-aligned rectangle: straight segments whose points share two x and two y values."""
    path = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
    count = raw.FPDFPath_CountSegments(path)
    if not 0 < count <= 5:
        return False
    xs, ys = set(), set()
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(count):
        seg = raw.FPDFPath_GetPathSegment(path, k)
        if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_BEZIERTO:
            return False
        if raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            xs.add(round(x.value, 1))
            ys.add(round(y.value, 1))
    return len(xs) <= 2 and len(ys) <= 2


class _Layers:
    """Optional content (layers) switched off when the document opens: a designer's hidden "Draft
    comments" layer is not on the page, though pdfium's text has it. A text object is hidden when it is
    marked as content of such a layer (its /OC mark names the layer); the layers' states come from the
    catalogue's /OCProperties, read once, and only for a document that marks any content at all."""

    def __init__(self, raw, path: Path) -> None:
        self.raw, self.path = raw, path
        self.hidden: set[str] | None = None
        # asking every object for its marks costs a third of the reading time: only a document whose
        # catalogue lists layers is asked (a catalogue compressed into an object stream is not seen)
        try:
            self.active = b"/OCProperties" in path.read_bytes()
        except OSError:
            self.active = False
        self._name = (raw.FPDF_WCHAR * 256)()
        self._length = ctypes.c_ulong()

    def hides(self, obj: int) -> bool:
        if not self.active:
            return False
        raw = self.raw
        handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
        for k in range(raw.FPDFPageObj_CountMarks(handle)):
            mark = raw.FPDFPageObj_GetMark(handle, k)
            if self._string(raw.FPDFPageObjMark_GetName, mark) != "OC":
                continue
            if self.hidden is None:
                self.hidden = _hidden_layers(self.path)
            name = self._string(lambda m, *a: raw.FPDFPageObjMark_GetParamStringValue(m, b"Name", *a), mark)
            if _layer_key(name) in self.hidden:
                return True
        return False

    def _string(self, call, mark) -> str:
        if not call(mark, self._name, ctypes.sizeof(self._name), ctypes.byref(self._length)):
            return ""
        return ctypes.string_at(ctypes.addressof(self._name), self._length.value).decode("utf-16-le", "ignore").rstrip("\x00")


def _layer_key(name: str | bytes) -> str:
    """A layer's name, whichever way its PDF string reached us (UTF-16 with a byte-order mark, or bytes)."""
    if isinstance(name, bytes):
        name = name[2:].decode("utf-16-be", "ignore") if name.startswith(b"\xfe\xff") else name.decode("latin-1")
    return re.sub(r"[\x00\ufeff\xfe\xff]", "", name).strip()


def _hidden_layers(path: Path) -> set[str]:
    """The names of the layers the document opens with switched off (its default configuration's /OFF,
    or all but /ON when its base state is OFF)."""
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import resolve1

        with open(path, "rb") as f:
            doc = PDFDocument(PDFParser(f))
            props = resolve1(doc.catalog.get("OCProperties")) or {}
            config = resolve1(props.get("D")) or {}

            def names(key: str, where: dict) -> set[str]:
                out = set()
                for ref in resolve1(where.get(key)) or []:
                    ocg = resolve1(ref) or {}
                    if isinstance(ocg, dict) and ocg.get("Name") is not None:
                        out.add(_layer_key(resolve1(ocg["Name"])))
                return out

            base = resolve1(config.get("BaseState"))
            if base is not None and getattr(base, "name", str(base)) == "OFF":
                return names("OCGs", props) - names("ON", config)
            return names("OFF", config)
    except Exception:  # a layer list pdfminer cannot read: show everything, as before
        return set()


def _drop_whited_out(fast: "_Fast", page_handle, page: RawPage, obj_starts: list[tuple[int, int]],
                     whiteouts: list[tuple[int, float, float, float, float]]) -> None:
    """Drop text painted over by an opaque white box drawn after it: an edit saved as an incremental
    update whites out the old wording and writes the new on top, and only the new is on the page."""
    handle = ctypes.cast(page_handle, ctypes.c_void_p).value
    index_of = {fast.page_object(handle, k) or 0: k for k in range(fast.page_count(handle))}
    starts = [p for p, _ in obj_starts]

    def covered(pos: int, c: Char) -> bool:
        at = bisect.bisect_right(starts, pos) - 1
        k = index_of.get(obj_starts[at][1], -1) if at >= 0 else -1
        x, y = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        return k >= 0 and any(w > k and x0 <= x <= x1 and top <= y <= bottom for w, x0, top, x1, bottom in whiteouts)

    _drop_chars(page, covered)


FIELD_FONT = re.compile(r"/(\S+)\s+([\d.]+)\s+Tf")


def _pdfium_fields(raw, page_handle, page: RawPage,
                   to_display: Callable[[float, float, float, float], tuple[float, float, float, float]]) -> None:
    """The values typed into a fillable form's text fields: a template whose priorities were typed into
    its fields shows them on the page, but they are not in the page's text. Each value is set in its
    field's box, wrapped to its width, at the size its default appearance names."""
    count = raw.FPDFPage_GetAnnotCount(page_handle)
    for k in range(count):
        annot = raw.FPDFPage_GetAnnot(page_handle, k)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:
                continue
            value = _annot_string(raw, annot, "V").strip()
            if not value:
                continue
            rect = raw.FS_RECTF()
            if not raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                continue
            m = FIELD_FONT.search(_annot_string(raw, annot, "DA"))
            size = float(m.group(2)) if m and float(m.group(2)) > 0 else 10.0
            bold = bool(m and re.search(r"bo|bold|black", m.group(1), re.IGNORECASE))
            x0, top, x1, bottom = to_display(rect.left, rect.bottom, rect.right, rect.top)
            _set_text(page, value, x0 + 2, top + 2, x1 - 2, size, bold)
        finally:
            raw.FPDFPage_CloseAnnot(annot)


def _annot_string(raw, annot, key: str) -> str:
    length = raw.FPDFAnnot_GetStringValue(annot, key.encode(), None, 0)
    if length <= 2:
        return ""
    buf = ctypes.create_string_buffer(length)
    raw.FPDFAnnot_GetStringValue(annot, key.encode(), ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), length)
    return buf.raw[:length - 2].decode("utf-16-le", errors="replace")


def _set_text(page: RawPage, text: str, left: float, top: float, right: float, size: float, bold: bool) -> None:
    """Characters for `text` set from (left, top), wrapped at `right`, half an em to a character."""
    advance, line = 0.5 * size, 1.2 * size
    x, y = left, top
    for word in text.split():
        width = advance * len(word)
        if x > left and x + width > right:
            x, y = left, y + line
            page.chars.append(None)
        for ch in word:
            page.chars.append(Char(ch, x, y, x + advance, y + size, size, bold, 0))
            x += advance
        page.chars.append(None)
        x += advance


def _compose(inner: tuple, outer: tuple | None) -> tuple:
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply_bbox(m: tuple, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


class _Fast:
    """pdfium functions re-declared with plain pointer types, so that a handle is a Python int: the
    per-character loop then costs no ctypes pointer casts (a third of the time before)."""

    _made: "_Fast | None" = None

    def __init__(self, raw) -> None:
        c = ctypes
        vp, i, d, u = c.c_void_p, c.c_int, c.c_double, c.c_ulong

        def fn(name, restype, *argtypes):
            address = c.cast(getattr(raw, name), c.c_void_p).value
            return c.CFUNCTYPE(restype, *argtypes)(address)

        self.text_object = fn("FPDFText_GetTextObject", vp, vp, i)
        self.loose_box = fn("FPDFText_GetLooseCharBox", c.c_int, vp, i, vp)
        self.font_size = fn("FPDFText_GetFontSize", d, vp, i)
        self.char_matrix = fn("FPDFText_GetMatrix", c.c_int, vp, i, vp)
        self.unicode = fn("FPDFText_GetUnicode", c.c_uint, vp, i)
        self.obj_font = fn("FPDFTextObj_GetFont", vp, vp)
        self.font_name = fn("FPDFFont_GetBaseFontName", u, vp, c.c_char_p, u)
        self.font_weight = fn("FPDFFont_GetWeight", c.c_int, vp)
        self.obj_matrix = fn("FPDFPageObj_GetMatrix", c.c_int, vp, vp)
        self.fill_colour = fn("FPDFPageObj_GetFillColor", c.c_int, vp, vp, vp, vp, vp)
        self.obj_type = fn("FPDFPageObj_GetType", c.c_int, vp)
        self.obj_bounds = fn("FPDFPageObj_GetBounds", c.c_int, vp, vp, vp, vp, vp)
        self.draw_mode = fn("FPDFPath_GetDrawMode", c.c_int, vp, vp, vp)
        self.form_count = fn("FPDFFormObj_CountObjects", c.c_int, vp)
        self.form_object = fn("FPDFFormObj_GetObject", vp, vp, c.c_ulong)
        self.page_count = fn("FPDFPage_CountObjects", c.c_int, vp)
        self.page_object = fn("FPDFPage_GetObject", vp, vp, i)
        # out-parameter buffers made once and reused by every call below (a fresh ctypes array per text
        # object or shape cost more than the pdfium call itself); pdfium fills all of them on success
        self._mat = (c.c_float * 6)()
        self._mat_at = c.addressof(self._mat)
        self._rgba = (c.c_uint * 4)()
        at, step = c.addressof(self._rgba), c.sizeof(c.c_uint)
        self._rgba_at = (at, at + step, at + 2 * step, at + 3 * step)

    def matrix(self, obj: int) -> tuple[float, float, float, float, float, float] | None:
        """A page object's transformation matrix (a, b, c, d, e, f), or None if pdfium has none."""
        if not self.obj_matrix(obj, self._mat_at):
            return None
        return tuple(self._mat)

    def size_scale(self, textpage: int, index: int) -> float:
        """How much the page scales character `index`'s text (a slide shrunk onto a handout page):
        pdfium's font size is the size before that."""
        if not self.char_matrix(textpage, index, self._mat_at):
            return 1.0
        a, b, c, d = self._mat[0], self._mat[1], self._mat[2], self._mat[3]
        scale = math.sqrt(abs(a * d - b * c))
        # a browser's 0.75 pt per pixel scales a whole page alike, and the gap measures downstream are
        # set on its sizes as pdfium reports them: only a real shrink or blow-up is applied
        return scale if 0 < scale < 0.5 or scale > 2.0 else 1.0

    def fill_rgba(self, obj: int) -> tuple[int, int, int, int] | None:
        """A page object's fill colour as 0-255 (r, g, b, alpha), or None if pdfium has none."""
        if not self.fill_colour(obj, *self._rgba_at):
            return None
        c = self._rgba
        return c[0], c[1], c[2], c[3]

    @classmethod
    def get(cls, raw) -> "_Fast":
        if cls._made is None:
            cls._made = cls(raw)
        return cls._made


def _read_pdfium(path: Path) -> RawDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise DocumentError(str(path), "is encrypted (password protected)",
                                "save an unprotected copy, e.g. `qpdf --decrypt in.pdf out.pdf`") from None
        raise DocumentError(str(path), "is not a readable PDF (damaged or not a PDF)",
                            "re-export it from the program that made it") from None
    fast = _Fast.get(raw)
    try:
        doc = RawDocument(pages=[], title=_pdfium_title(pdf), outline=_pdfium_outline(pdf))
        rect = raw.FS_RECTF()
        prect = ctypes.addressof(rect)
        get_box, get_obj = fast.loose_box, fast.text_object
        style_cache: dict[int, tuple[bool, int, int, float, bool, bool]] = {}
        font_cache: dict[int, bool] = {}
        # ligatures and hyphens in one lookup; they share no key, and a ligature would win if they did
        char_map = {**HYPHENS, **LIGATURES}
        layers = _Layers(raw, path)
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()  # as displayed, after any /Rotate
            rotation = page.get_rotation() % 360
            textpage = page.get_textpage()
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count > 0 else ""
            exact = len(text) == count
            handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value

            def read_chars(upright: int, width: float = width, height: float = height
                           ) -> tuple[RawPage, list[tuple[int, int]], int]:
                """The page's characters read as if text at `upright` degrees stood upright; where each text
                object begins ((position in chars, object) per object); how many characters are turned half
                round from that."""
                to_display = _display_transform(upright, width, height)
                raw_page = RawPage(index + 1, width, height)
                turned_angle, turned = (upright + 180) % 360, 0
                last_obj = -1
                style = (False, 0, 0, 0.0, False, False)  # bold, colour, angle, size, hidden, invisible
                chars = raw_page.chars
                append = chars.append
                obj_starts: list[tuple[int, int]] = []
                invisible.clear()
                sideways: dict[int, list] = {}  # text object -> its characters, where it runs up or down the page
                side_angles = ((upright + 90) % 360, (upright + 270) % 360)
                last_side = -1
                for i in range(count):
                    ch = text[i] if exact else chr(fast.unicode(handle, i) or 32)
                    if ch in WHITESPACE:
                        if chars and chars[-1] is not None:
                            append(None)
                        if last_side >= 0 and sideways[last_side] and sideways[last_side][-1] is not None:
                            sideways[last_side].append(None)
                        continue
                    obj = get_obj(handle, i) or 0
                    if obj != last_obj:
                        last_obj = obj
                        obj_starts.append((len(chars), obj))
                        style = style_cache.get(obj)
                        if style is None:
                            # a text object has one font and one size: ask once per object, not per character
                            style = (*_pdfium_style(fast, obj, font_cache),
                                     fast.font_size(handle, i) * fast.size_scale(handle, i),
                                     layers.hides(obj),
                                     bool(obj) and raw.FPDFTextObj_GetTextRenderMode(
                                         ctypes.cast(obj, raw.FPDF_PAGEOBJECT)) == raw.FPDF_TEXTRENDERMODE_INVISIBLE)
                            style_cache[obj] = style
                    if style[2] != upright or style[4]:
                        # text not upright on the displayed page (margin notes, watermarks), or hidden
                        turned += style[2] == turned_angle and not style[4]
                        last_side = -1
                        if style[2] in side_angles and not style[4]:
                            side_counts[style[2]] = side_counts.get(style[2], 0) + 1
                            if style[0]:  # bold: perhaps a title turned along a strip (see _lay_sideways)
                                get_box(handle, i, prect)
                                sideways.setdefault(obj, []).append(
                                    (char_map.get(ch, ch), *to_display(rect.left, rect.bottom, rect.right, rect.top)))
                                last_side = obj
                        continue
                    last_side = -1
                    get_box(handle, i, prect)
                    ch = char_map.get(ch, ch)
                    x0, top, x1, bottom = to_display(rect.left, rect.bottom, rect.right, rect.top)
                    if style[5]:
                        invisible.append(len(chars))
                    append(Char(ch, x0, top, x1, bottom, style[3], style[0], style[1]))
                for obj, side in sideways.items():
                    _lay_sideways(chars, side, style_cache[obj], width)
                return raw_page, obj_starts, turned

            invisible: list[int] = []  # where the characters of invisible text (render mode 3) are
            side_counts: dict[int, int] = {}  # characters running up or down the page, by angle
            upright = rotation
            raw_page, obj_starts, turned = read_chars(upright)
            page_w, page_h = width, height
            if turned > 2 * len(raw_page.chars):
                # a page printed upside down (the second half of a flip booklet, turned over to read it)
                # has most of its text at 180 degrees: it is read turned the right way up
                upright = (rotation + 180) % 360
                raw_page, obj_starts, _ = read_chars(upright)
            elif side_counts and max(side_counts.values()) > max(200, 2 * len(raw_page.chars)):
                # a landscape table set sideways on a portrait page (only its running header upright):
                # read as the reader turns it, landscape
                upright = max(side_counts, key=side_counts.get)
                page_w, page_h = height, width
                raw_page, obj_starts, _ = read_chars(upright, page_w, page_h)
            to_display = _display_transform(upright, page_w, page_h)
            style_cache.clear()  # object handles are only valid on their page
            whiteouts: list[tuple[int, float, float, float, float]] = []
            _pdfium_shapes(raw, page.raw, raw_page, to_display, whiteouts, layers)
            if invisible:
                _sized_by_outlines(raw_page, invisible, [start for start, _ in obj_starts])
            if whiteouts:
                _drop_whited_out(fast, page.raw, raw_page, obj_starts, whiteouts)
            _pdfium_fields(raw, page.raw, raw_page, to_display)
            textpage.close()
            page.close()
            doc.pages.append(raw_page)
        return doc
    finally:
        pdf.close()


def _lay_sideways(chars: list, side: list, style: tuple, width: float) -> None:
    """A bold title set running up or down the page (a heading turned along a strip at a panel's edge) is
    read as a line laid across the top of the strip: the panel's title, where its panel begins. Bold
    only, of three words or more, and inside the page's outer margins: a turned page number, margin note
    or a tab at the page's edge is not a title."""
    letters = [c for c in side if c is not None]
    words = "".join(" " if c is None else c[0] for c in side).split()
    if len(words) < 3 or len(letters) < 12:
        return
    x0 = min(c[1] for c in letters)
    x1 = max(c[3] for c in letters)
    if x0 < 0.08 * width or x1 > 0.92 * width:
        return
    top = min(c[2] for c in letters)
    size = style[3]
    step = (x1 - x0) / len(side)
    if chars and chars[-1] is not None:
        chars.append(None)
    for k, c in enumerate(side):
        if c is None:
            chars.append(None)
        else:
            chars.append(Char(c[0], x0 + k * step, top, x0 + (k + 0.8) * step, top + size, size, style[0], style[1]))
    chars.append(None)


def _sized_by_outlines(page: RawPage, invisible: list[int], starts: list[int]) -> None:
    """Invisible text laid over a line drawn as glyph outlines (a heading converted to curves, with an
    accessibility text layer added at the body size) takes the drawn line's size, from the height of the
    coloured shape it lies on, where that is larger than the invisible text. Where it lies stays its own
    (the lines' spacing is right). OCR layers over a scanned image lie on no shape and keep their size."""
    shapes = sorted((b for b in page.boxes if b[4] != 0xFFFFFF and 4 <= b[3] - b[1] <= 60 and b[2] - b[0] >= 2 * (b[3] - b[1])),
                    key=lambda b: (b[1], b[0]))
    if not shapes:
        return
    # the lines of one heading drawn one under another share its size (a line in lower case is shorter)
    height: dict[tuple, float] = {}
    stack: list[tuple] = []
    for b in [*shapes, None]:
        if b is not None and stack and (b[4] == stack[-1][4] and abs(b[0] - stack[-1][0]) <= 2
                                        and 0 <= b[1] - stack[-1][3] <= stack[-1][3] - stack[-1][1]):
            stack.append(b)
            continue
        for x in stack:
            height[x] = max(y[3] - y[1] for y in stack)
        stack = [b] if b is not None else []
    by_object: dict[int, list[int]] = {}  # the text object (its first character) -> its characters on a shape
    tallest: dict[int, float] = {}
    for k in invisible:
        c = page.chars[k]
        if c is None:
            continue
        middle, centre = (c.top + c.bottom) / 2, (c.x0 + c.x1) / 2
        near = [(abs((b[1] + b[3]) / 2 - middle), b) for b in shapes
                if b[0] <= centre <= b[2] and 2 * b[1] - b[3] <= middle <= 2 * b[3] - b[1] and height[b] > 0.8 * c.size]
        if near:
            b = min(near)[1]
            obj = starts[bisect.bisect_right(starts, k) - 1] if starts else 0
            by_object.setdefault(obj, []).append(k)
            tallest[obj] = max(tallest.get(obj, 0.0), height[b])
    for obj, chars in by_object.items():
        size = round(tallest[obj] / 0.72, 1)
        for k in chars:
            page.chars[k].size = size


def _display_transform(rotation: int, width: float, height: float):
    """PDF user space (origin bottom-left, unrotated) -> the displayed page (origin top-left), for a page
    turned by /Rotate: a landscape table page inside a portrait document reads the right way up."""
    if rotation == 90:
        return lambda l, b, r, t: (b, l, t, r)
    if rotation == 180:
        return lambda l, b, r, t: (width - r, b, width - l, t)
    if rotation == 270:
        return lambda l, b, r, t: (width - t, height - r, width - b, height - l)
    return lambda l, b, r, t: (l, height - t, r, height - b)


def _pdfium_style(fast: _Fast, obj: int, font_cache: dict) -> tuple[bool, int, int]:
    """(bold, fill colour, angle) of a text object; the angle in degrees anticlockwise, a multiple of 90,
    or -1 for text set at any other angle."""
    if not obj:
        return False, 0, 0
    bold = False
    font = fast.obj_font(obj) or 0
    if font in font_cache:
        bold = font_cache[font]
    elif font:
        buf = ctypes.create_string_buffer(256)
        n = fast.font_name(font, buf, len(buf))
        name = buf.raw[: max(0, n - 1)].decode("latin-1", "replace") if n else ""
        bold = bool(BOLD_NAME.search(name)) or fast.font_weight(font) >= 600
        font_cache[font] = bold
    angle = 0
    m = fast.matrix(obj)
    if m is not None:
        a, b = m[0], m[1]
        if abs(b) > 1e-3 * max(abs(a), 1e-6) or a < 1e-6:  # (a < 0: turned half round)
            degrees = math.degrees(math.atan2(b, a))
            quarter = round(degrees / 90) * 90
            # (a note pinned a few degrees askew is still read as upright; a diagonal watermark is not)
            angle = quarter % 360 if abs(degrees - quarter) < 5.0 else -1
    rgb = 0
    rgba = fast.fill_rgba(obj)
    if rgba is not None:
        rgb = (rgba[0] << 16) | (rgba[1] << 8) | rgba[2]
    return bold, rgb, angle


def _pdfium_title(pdf) -> str:
    try:
        return (pdf.get_metadata_dict().get("Title") or "").strip()
    except Exception:  # metadata is a nicety; a broken Info dictionary must not lose the document
        return ""


def _pdfium_outline(pdf) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    try:
        for item in pdf.get_toc(max_depth=6):
            page = item.page_index + 1 if item.page_index is not None else 0
            out.append((item.level + 1, (item.title or "").strip(), page))
    except Exception:  # a malformed outline is ignored, like most viewers do
        return []
    return out


# --- pdfplumber -----------------------------------------------------------------------------------

def _read_pdfplumber(path: Path) -> RawDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(str(path))
    except PDFPasswordIncorrect:
        raise DocumentError(str(path), "is encrypted (password protected)",
                            "save an unprotected copy, e.g. `qpdf --decrypt in.pdf out.pdf`") from None
    except Exception:
        raise DocumentError(str(path), "is not a readable PDF (damaged or not a PDF)",
                            "re-export it from the program that made it") from None
    with pdf:
        doc = RawDocument(pages=[], title=str((pdf.metadata or {}).get("Title") or "").strip())
        for index, page in enumerate(pdf.pages):
            raw_page = RawPage(index + 1, float(page.width), float(page.height))
            for c in page.chars:
                if not c.get("upright", True):
                    continue
                ch = c["text"]
                if ch in WHITESPACE:
                    if raw_page.chars and raw_page.chars[-1] is not None:
                        raw_page.chars.append(None)
                    continue
                ch = LIGATURES.get(ch, ch)
                colour = c.get("non_stroking_color")
                raw_page.chars.append(Char(ch, float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"]),
                                           float(c["size"]), bool(BOLD_NAME.search(c.get("fontname", ""))),
                                           _rgb(colour)))
            for ln in page.lines:
                _classify_shape(raw_page, float(ln["x0"]), float(ln["top"]), float(ln["x1"]), float(ln["bottom"]),
                                False, True, 0)
            for rc in page.rects:
                _classify_shape(raw_page, float(rc["x0"]), float(rc["top"]), float(rc["x1"]), float(rc["bottom"]),
                                bool(rc.get("fill")), bool(rc.get("stroke")), _rgb(rc.get("non_stroking_color")))
            doc.pages.append(raw_page)
        return doc


def _rgb(colour) -> int:
    if colour is None:
        return 0
    if isinstance(colour, (int, float)):
        colour = (colour,)
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return 0
    if len(values) == 1:
        values = values * 3
    elif len(values) == 4:  # CMYK
        c, m, y, k = values
        values = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    elif len(values) != 3:
        return 0
    r, g, b = (max(0, min(255, round(v * 255))) for v in values)
    return (r << 16) | (g << 8) | b


READERS = {"pdfium": _read_pdfium, "pdfplumber": _read_pdfplumber}


def read_raw(path: Path, backend: str = "pdfium") -> RawDocument:
    try:
        reader = READERS[backend]
    except KeyError:
        raise ValueError(f"unknown PDF reader {backend!r}; choose from {', '.join(READERS)}") from None
    doc = reader(path)
    for page in doc.pages:
        _drop_overprinted(page)
        if page.lines:
            _drop_struck(page)
    return doc


def _drop_overprinted(page: RawPage) -> None:
    """Drop text drawn again on top of itself (bold faked by printing twice, a shadow with no offset): left
    in, every word reads twice ("TOTALTOTAL"). Only runs of three or more characters each drawn earlier at
    its very place count: a ligature's letters share one box, next to each other."""
    keys = [None if c is None else (c.text, round(c.x0 * 2), round(c.top * 2)) for c in page.chars]
    if len(set(keys)) == len(keys) - max(0, keys.count(None) - 1):
        return  # (nearly every page: no character shares its place with another, found in one set)
    first: dict[tuple[str, int, int], int] = {}
    again = [False] * len(keys)
    for pos, key in enumerate(keys):
        if key is not None:
            again[pos] = first.setdefault(key, pos) < pos - 1
    if not any(again):
        return  # (a ligature's letters only)
    drop = [False] * len(again)
    run: list[int] = []
    for pos, c in enumerate(page.chars + [None]):
        if pos < len(again) and (again[pos] or (c is None and run)):
            if c is not None:
                run.append(pos)
            continue
        # (or two set large: an outlined numeral "01", its outline and fill drawn one after the other)
        if len(run) >= 3 or (len(run) == 2 and all(page.chars[k].size >= 18 for k in run)):
            for k in run:
                drop[k] = True
        run = []
    if any(drop):
        _drop_chars(page, lambda pos, _: drop[pos])


def _drop_struck(page: RawPage) -> None:
    """Drop characters struck through by a drawn line: a draft printed with its tracked changes shows each
    deletion that way, and the strategy as it will read is the one with the changes accepted. A strike
    crosses a glyph near the middle of its box; an underline or a table rule runs at its foot or between
    lines, so the band is kept narrow."""
    rules = sorted(page.lines)
    ys = [r[0] for r in rules]

    def struck(c: Char) -> bool:
        height = c.bottom - c.top
        mid = (c.x0 + c.x1) / 2
        i = bisect.bisect_left(ys, c.top)
        through = []  # the rules across the glyph's box, at their height in it (0 top, 1 foot)
        while i < len(ys) and ys[i] <= c.bottom:
            if rules[i][1] <= mid <= rules[i][2]:
                through.append((ys[i] - c.top) / height if height > 0 else 0.5)
            i += 1
        # one line through the middle strikes; two or more well inside one glyph are ruled paper or a
        # board's grooves drawn under the letters (an underline or a table rule at its foot is not inside)
        inside = [t for t in through if 0.12 < t < 0.88]
        return len(inside) == 1 and 0.3 <= inside[0] <= 0.72

    marks = [c is not None and struck(c) for c in page.chars]
    if any(marks):
        _close_struck_gaps(page.chars, marks)
        _drop_chars(page, lambda pos, _: marks[pos])


def _close_struck_gaps(chars: list[Char | None], marks: list[bool]) -> None:
    """The words set after a deletion on its line move left over it, as they will stand once the change is
    accepted: "Priority 3: ~~Supporting victims~~ Supporting every survivor" is one title, not a label
    and a title a column apart."""
    shift = 0.0
    span: tuple[float, float, float] | None = None  # (x0, x1, baseline middle) of the deletion going on
    line_mid = None
    for c, gone in zip(chars, marks):
        if c is None:
            continue
        mid = (c.top + c.bottom) / 2
        if gone:
            if span is not None and abs(mid - span[2]) <= 0.4 * (c.bottom - c.top):
                span = (span[0], c.x1, span[2])
            else:
                span = (c.x0, c.x1, mid)
                if line_mid is None or abs(mid - line_mid) > 0.4 * (c.bottom - c.top):
                    shift = 0.0  # a deletion on a new line: only what follows it there moves
            line_mid = mid
            continue
        if span is not None:
            if abs(mid - span[2]) <= 0.4 * (c.bottom - c.top) and c.x0 >= span[1] - 0.5:
                shift += span[1] - span[0]
            span = None
        if line_mid is not None and abs(mid - line_mid) > 0.4 * (c.bottom - c.top):
            shift, line_mid = 0.0, None  # a new line: nothing on it was deleted before this character
        if shift:
            c.x0 -= shift
            c.x1 -= shift


def _drop_chars(page: RawPage, hidden: Callable[[int, Char], bool]) -> None:
    """Drop the characters `hidden(position, char)` picks, keeping one word break where they were."""
    kept: list[Char | None] = []
    dropped = False
    for pos, c in enumerate(page.chars):
        if c is not None and hidden(pos, c):
            dropped = True
        elif c is not None or (kept and kept[-1] is not None):
            kept.append(c)
    if dropped:
        page.chars = kept
