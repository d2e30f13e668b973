"""Characters -> runs -> lines: the first step of layout analysis.

Runs are cut from the content-order character stream wherever it jumps (a new line, a wide gap, a step
back, a big change of size); runs on one baseline are then re-joined geometrically unless a column gap
or a ruling line separates them. List markers (glyph bullets, numbers, bullets drawn as shapes) are
split off and remembered with where the text after them starts.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from .pdf import Char, RawPage

SPLIT_EM = 1.0  # a gap wider than this many font sizes ends a run: column gutters and table cells
SIZE_BREAK = 1.8  # a big numeral or drop capital beside normal text is an element of its own (superscripts are not)
BULLETS = "•●▪■◦○‣⁃∙·–—-*►▶➢➤✓✔□❖◆◇\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf09f"
# a triangle marks an item in a key of shapes (◆ ● ▲ ■), but a change in a dashboard ("▲ 12%") too
TRIANGLES = "▲△"
BULLET_RE = re.compile(rf"^((?:[{re.escape(BULLETS)}]|[\ue000-\uf8ff])(?![\d%])|[{TRIANGLES}](?!\s*[\d%+−-]))\s*")
ENUM_RE = re.compile(r"^(\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)(?=\s|$)\s*")


@dataclass(slots=True)
class Frag:
    """A run of text on one baseline with no wide gaps inside: the unit of layout analysis."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    color: int
    lead: str = ""
    text_x0: float = 0.0  # where the text starts after a list marker
    marker: str = ""
    char_x: list[float] = field(default_factory=list)
    mixed: bool = False  # bold words among regular ones, not a run-in title: emphasis, not a bold line

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


def _close_run(chars: list[Char], spaces: list[bool]) -> Frag:
    spaces = _respace(chars, spaces)
    first = chars[0]
    parts: list[str] = []
    bold_chars = 0
    mixed = False
    # the bounding box is tracked in this one pass rather than four min()/max() passes afterwards
    x0, top, x1, bottom = first.x0, first.top, first.x1, first.bottom
    for c, space in zip(chars, spaces):
        if space:
            parts.append(" ")
        parts.append(c.text)
        bold_chars += c.bold
        if c.size != first.size or c.color != first.color:
            mixed = True
        if c.x0 < x0:
            x0 = c.x0
        if c.top < top:
            top = c.top
        if c.x1 > x1:
            x1 = c.x1
        if c.bottom > bottom:
            bottom = c.bottom
    if mixed:  # most runs come from one text object: count only when they do not
        sizes: Counter[float] = Counter(round(c.size * 2) / 2 for c in chars)
        size = sizes.most_common(1)[0][0]
        color = Counter(c.color for c in chars).most_common(1)[0][0]
    else:
        size, color = round(first.size * 2) / 2, first.color
    bold = bold_chars * 2 > len(chars)
    lead = ""
    # A run-in title: the run starts in bold and switches to regular text for the rest of the line.
    if first.bold and bold_chars >= 2 and bold_chars < len(chars):
        n = 0
        while n < len(chars) and chars[n].bold:
            n += 1
        # (the line may end two letters into the text: "... town centre. We")
        if sum(c.text.isalpha() for c in chars[n:]) >= 2 and not any(c.bold for c in chars[n:]):
            lead = "".join((" " if spaces[i] and i else "") + chars[i].text for i in range(n)).strip()
            bold = False
    # (counted on letters and digits, and only where each style has a fair share: a stray space or dash
    # in another font does not make a bold title emphasis)
    letters = [c for c in chars if c.text.isalnum()]
    share = sum(c.bold for c in letters) / len(letters) if letters else 0.0
    mixed = 0.15 <= share <= 0.85 and not lead
    return Frag(text="".join(parts).strip(), x0=x0, top=top, x1=x1, bottom=bottom, size=size, bold=bold,
                color=color, lead=lead, char_x=[c.x0 for c in chars[:12]], mixed=mixed)


def _respace(chars: list[Char], spaces: list[bool]) -> list[bool]:
    """Letter-spaced text ("R E D U C I N G") has a gap after every letter: measure the run's own
    tracking and count only gaps clearly wider than it as word spaces."""
    if len(chars) < 5:
        # a short spaced word cut off from the rest of its line by the word gap ("STRAND" | "O N E"):
        # capitals, evenly spaced, every gap a space
        gaps = [b.x0 - a.x1 for a, b in zip(chars, chars[1:])]
        if (len(chars) >= 2 and all(spaces[1:]) and all(c.text.isupper() and c.text.isalpha() for c in chars)
                and max(gaps) - min(gaps) <= 0.1 * chars[0].size):
            return [False] * len(chars)
        return spaces
    if sum(spaces[1:]) < 0.6 * (len(chars) - 1):
        return spaces  # ordinary text: most neighbours are not separated (checked before measuring gaps)
    gaps = [b.x0 - a.x1 for a, b in zip(chars, chars[1:])]
    size = max(c.size for c in chars)
    tracking = sorted(gaps)[len(gaps) // 3]  # letters inside words are the narrowest gaps
    if tracking <= 0.08 * size:
        return spaces
    return [False] + [g > tracking + 0.15 * size for g in gaps]


LEADER_CHARS = frozenset(".\u2026\u00b7_")
_LEADER_TO_WORD = re.compile(r"[.\u2026\u00b7_](?:\s*[.\u2026\u00b7_]){3,}\s*[^\W\d_]")


def _close_runs(chars: list[Char], spaces: list[bool]) -> list[Frag]:
    """One run, or two where a dot leader joins a name to a word on the right ("Tackling domestic
    abuse ........ Surrey County Council"): the leader is a gap, as if the two were set in columns. A
    leader to a page number is a contents line and stays whole."""
    run = _close_run(chars, spaces)
    if not _LEADER_TO_WORD.search(run.text):
        return [run]  # (nearly every run: the characters are looked at again only where a leader is)
    dots = 0
    for k, c in enumerate(chars):
        if c.text in LEADER_CHARS:
            dots += 1
            continue
        if dots >= 4 and k - dots > 0 and c.text.isalpha():
            return [_close_run(chars[:k - dots], spaces[:k - dots]),
                    *_close_runs(chars[k:], [False] + spaces[k + 1:])]
        dots = 0
    return [run]


def runs_from_chars(chars: list[Char | None]) -> list[Frag]:
    """Cut the content-order character stream wherever it jumps: a new line, a gap, a step back."""
    runs: list[Frag] = []
    cur: list[Char] = []
    spaces: list[bool] = []
    pending_space = False
    for c in chars:
        if c is None:
            pending_space = True
            continue
        if c.size <= 0.5:
            continue
        if cur:
            last = cur[-1]
            if (c.text.isdigit() and c.size <= 0.75 * last.size and c.bottom < last.bottom - 0.2 * last.size
                    and not last.text.isdigit() and not pending_space):
                continue  # a footnote reference raised after a word ("county lines⁴"): not part of the text
            # max()/min() of the two sizes, once per character (same results as the builtins, ties included)
            size = last.size if last.size > c.size else c.size
            small = last.size if last.size < c.size else c.size
            same_line = abs((c.top + c.bottom) - (last.top + last.bottom)) / 2 <= 0.4 * size
            gap = c.x0 - last.x1
            # ligatures give their characters one shared box, so overlap with the previous box is fine
            similar = size < SIZE_BREAK * small
            # a word in another colour and size after a space: a label set apart ("A" in a disc), kept apart;
            # so is a number set larger than the title it opens ("1" at 24 pt before a 15 pt title)
            label = pending_space and ((c.color != last.color and size > 1.05 * small)
                                       or (last.size > 1.25 * c.size and _bare_number(cur)))
            if (same_line and similar and not label and (gap >= -0.5 * size or c.x0 >= last.x0 - 0.5)
                    and gap <= SPLIT_EM * size):
                cur.append(c)
                spaces.append(pending_space or gap > 0.16 * size)
                pending_space = False
                continue
            runs.extend(_close_runs(cur, spaces))
        cur, spaces = [c], [False]
        pending_space = False
    if cur:
        runs.extend(_close_runs(cur, spaces))
    return [r for r in runs if r.text and not CHEVRONS_ONLY.match(r.text)]


# a chevron on its own is a control (an app's row, a "next" link, a breadcrumb's divider), not text: left in,
# it sits beside a wrapped title and cuts it in two
CHEVRONS_ONLY = re.compile(r"^[\s›»❯❱〉⟩⟫]+$")


def _crosses_rule(a: Frag, b: Frag, vrules: list[tuple[float, float, float]]) -> bool:
    lo, hi = a.x1 - 1, b.x0 + 1
    for x, top, bottom in vrules:
        if lo <= x <= hi and top <= b.bottom and bottom >= b.top:
            return True
    return False


def _bands(frags: list[Frag]) -> list[list[Frag]]:
    """Group fragments that share a baseline (vertical overlap of their middles)."""
    out: list[list[Frag]] = []
    for f in sorted(frags, key=lambda f: (f.mid, f.x0)):
        if out:
            band = out[-1]
            ref = band[0]
            if abs(f.mid - ref.mid) <= 0.4 * max(f.size, ref.size):
                band.append(f)
                continue
        out.append([f])
    for band in out:
        band.sort(key=lambda f: f.x0)
    return out


def _merge(a: Frag, b: Frag) -> Frag:
    gap = b.x0 - a.x1
    sep = " " if gap > 0.12 * max(a.size, b.size) or not (a.text[-1:].isalnum() and b.text[:1].isalnum()) else ""
    if a.text.endswith(" "):
        sep = ""
    wa, wb = len(a.text), len(b.text)
    return Frag(text=a.text + sep + b.text, x0=a.x0, top=min(a.top, b.top), x1=b.x1, bottom=max(a.bottom, b.bottom),
                size=a.size if wa >= wb else b.size, bold=a.bold if wa >= wb else b.bold,
                color=a.color if wa >= wb else b.color, lead=a.lead or (a.text if a.bold and not b.bold else ""),
                text_x0=a.text_x0, marker=a.marker, char_x=a.char_x,
                mixed=a.mixed or b.mixed or (not a.bold and b.bold and 0.15 <= wb / (wa + wb) <= 0.85))


def _column_edge(f: Frag, band_of: dict[int, int], starts: dict[int, list[tuple[float, float, int]]]) -> bool:
    """Two or more runs of other lines close above or below start where f starts: f begins a column.
    `starts` holds every run's (x0, middle, band) by its rounded x0."""
    near = 0
    for key in (round(f.x0) - 1, round(f.x0), round(f.x0) + 1):
        for x0, mid, band in starts.get(key, ()):
            if band != band_of[id(f)] and abs(x0 - f.x0) <= 1.0 and abs(mid - f.mid) <= 4 * f.size:
                near += 1
                if near >= 2:
                    return True
    return False


def lines_from_runs(runs: list[Frag], page: RawPage) -> list[Frag]:
    """Re-join runs on one baseline that content order split (separate text objects, kerning jumps)."""
    out: list[Frag] = []
    bands = _bands(runs)
    band_of = {id(f): k for k, band in enumerate(bands) for f in band}
    starts: dict[int, list[tuple[float, float, int]]] = {}
    for f in runs:
        starts.setdefault(round(f.x0), []).append((f.x0, f.mid, band_of[id(f)]))
    for band in bands:
        cur = band[0]
        for f in band[1:]:
            gap = f.x0 - cur.x1
            similar = max(f.size, cur.size) < SIZE_BREAK * min(f.size, cur.size)
            # a narrow gutter: a gap of most of an em before a word where other lines' runs start too
            gutter = (gap > 0.6 * max(f.size, cur.size) and f.text[:1].isalnum()
                      and re.search(r"[^\W\d_]{2}", cur.text) is not None  # (a margin number labels its line)
                      and _column_edge(f, band_of, starts))
            if (similar and -0.5 * f.size <= gap <= SPLIT_EM * max(f.size, cur.size) and not gutter
                    and not _crosses_rule(cur, f, page.vrules) and not _is_label(cur, f, gap)
                    and not (cur.size > 1.25 * f.size and cur.text.isdigit() and len(cur.text) <= 2)
                    and not (_styled_apart(cur, f) and gap > 0.6 * min(f.size, cur.size))
                    and _box_of(cur, page) == _box_of(f, page)):
                cur = _merge(cur, f)
            elif ((_is_marker_only(cur.text) or _is_label(cur, f, gap))
                  and 0 <= gap <= 4.5 * cur.size and not _crosses_rule(cur, f, page.vrules)):
                # a bullet or number set apart from its text by a tab: the text and style are f's, the
                # box spans both
                cur = Frag(text=f.text, x0=cur.x0, top=min(cur.top, f.top), x1=f.x1,
                           bottom=max(cur.bottom, f.bottom), size=f.size, bold=f.bold, color=f.color,
                           lead=f.lead, text_x0=f.x0, marker=_marker_of(cur.text), char_x=cur.char_x, mixed=f.mixed)
            else:
                out.append(cur)
                cur = f
        out.append(cur)
    out = _attach_stray_markers(out, page)
    out = _unquote(out)
    for f in out:
        if not f.marker:
            _split_marker(f)
    _mark_vector_bullets(out, page)
    return out


QUOTE_MARKS = re.compile(r"^(?:>[ \t]?)+")


def _unquote(frags: list[Frag]) -> list[Frag]:
    """A mail's quoted reply, printed: three or more lines of the page start with "> " (">> " for the mail
    before it). The marks go, so that the lists and paragraphs they quote read as lists and paragraphs;
    lines that held only marks go too. A line the mail program wrapped without marks, at the marks' edge
    just under a quoted line, is moved to where that line's text starts: it goes on with it."""
    if sum(1 for f in frags if f.text.startswith(">")) < 3:
        return frags
    out = []
    last: tuple[Frag, float] | None = None  # the last quoted line, and where its marks stood
    for f in frags:
        m = QUOTE_MARKS.match(f.text)
        if m:
            visible = len(m.group(0).replace(" ", "").replace("\t", ""))
            mark_x0 = f.x0
            if len(f.text) == m.end():
                continue
            if visible < len(f.char_x):
                f.x0 = f.char_x[visible]
                f.char_x = f.char_x[visible:]
            f.text = f.text[m.end():]
            last = (f, mark_x0)
        elif last is not None and abs(f.x0 - last[1]) <= 2.0 and 0 <= f.top - last[0].bottom <= f.size:
            f.x0 = last[0].x0
        out.append(f)
    return out


def _bare_number(chars: list[Char]) -> bool:
    return 0 < len(chars) <= 2 and all(c.text.isdigit() for c in chars)


def _box_of(f: Frag, page: RawPage) -> int:
    """The smallest filled box the run's middle sits in (-1 for none): a number in a coloured square
    beside a title on a band of another colour is not on the title's line."""
    if not page.boxes:
        return -1
    x, y = (f.x0 + f.x1) / 2, f.mid
    best, area = -1, None
    for k, (x0, top, x1, bottom, _) in enumerate(page.boxes):
        if x0 <= x <= x1 and top <= y <= bottom:
            a = (x1 - x0) * (bottom - top)
            if area is None or a < area:
                best, area = k, a
    return best


def _styled_apart(a: Frag, b: Frag) -> bool:
    """Bold against regular, and a size apart: a table's title cell beside its description cell, whose
    lines share a baseline. (A bold run-in lead is the body's size, a word space from its text.)"""
    return a.bold != b.bold and max(a.size, b.size) >= 1.25 * min(a.size, b.size)


def _is_label(label: Frag, f: Frag, gap: float) -> bool:
    """A capital letter in its own colour and size, set well apart from the title after it
    ("A" in a disc beside "FEWER DRUG AND ALCOHOL DEATHS")."""
    # (numbers in discs stay blocks of their own: structure.py places them by where they sit)
    return (len(label.text) == 1 and label.text.isupper() and label.text.isalpha()
            and label.color != f.color and 0.05 * f.size < abs(label.size - f.size) < 0.5 * f.size
            and gap >= 0.5 * f.size)  # (a numeral set much larger stands beside the heading's lines: structure.py)


def _attach_stray_markers(frags: list[Frag], page: RawPage) -> list[Frag]:
    """A bullet glyph from a symbol font can sit off the text's baseline and miss its band: join it to
    the text just right of it that it overlaps vertically."""
    strays = [f for f in frags if _is_marker_only(f.text)]
    if not strays:
        return frags
    # texts do not change below, so the marker test is made once per fragment, not once per pair;
    # only strays are ever removed, so the other fragments need no "gone" check
    stray_ids = {id(m) for m in strays}
    targets = [f for f in frags if id(f) not in stray_ids]
    gone: set[int] = set()
    for m in strays:
        best = None
        for f in targets:
            gap = f.x0 - m.x1
            if 0 <= gap <= 4.5 * f.size and f.top < m.bottom and m.top < f.bottom:
                if best is None or gap < best.x0 - m.x1:
                    best = f
        if best is not None and not _crosses_rule(m, best, page.vrules):
            _attach_marker(best, _marker_of(m.text), m.x0)
            gone.add(id(m))
    return [f for f in frags if id(f) not in gone]


def _attach_marker(f: Frag, marker: str, x0: float) -> None:
    """Give `f` a marker that starts at `x0`; its text keeps starting where it did."""
    f.marker, f.text_x0 = marker, f.x0
    f.x0 = x0


def _is_marker_only(text: str) -> bool:
    t = text.strip()
    return bool(t) and (bool(BULLET_RE.fullmatch(t)) or bool(ENUM_RE.fullmatch(t)))


def _marker_of(text: str) -> str:
    t = text.strip()
    return t[0] if BULLET_RE.fullmatch(t) else t


def _split_marker(f: Frag) -> None:
    m = BULLET_RE.match(f.text)
    if m and len(f.text) > len(m.group(0)):
        f.marker = m.group(1)
    else:
        m = ENUM_RE.match(f.text)
        if not m or len(f.text) <= len(m.group(0)):
            return
        rest = f.text[m.end():]
        # "2024. Next" is not a list; "1. Introduction" and "(a) text" are. Letters need a capital after them.
        if re.match(r"^[a-zA-Z][.)]$", m.group(1)) and not rest[:1].isupper():
            return
        f.marker = m.group(1)
    text = f.text[m.end():]
    offset = len(f.text) - len(text)
    # the position of the first character after the marker (char_x holds the first characters' lefts)
    visible = len(f.text[:offset].replace(" ", ""))
    f.text_x0 = f.char_x[visible] if visible < len(f.char_x) else f.x0
    f.text = text
    if f.lead and f.lead.startswith(f.text[:1] or "\0") is False:
        f.lead = BULLET_RE.sub("", ENUM_RE.sub("", f.lead)).strip()


def _mark_vector_bullets(frags: list[Frag], page: RawPage) -> None:
    """Bullets drawn as shapes (browsers print list discs as paths) carry no character."""
    dots = [d for d in page.dots if 1.5 <= d[2] - d[0] <= 8 and 1.5 <= d[3] - d[1] <= 8]
    if not dots or not frags:
        return
    starts = sorted(frags, key=lambda f: f.top)
    tops = [f.top for f in starts]
    for x0, top, x1, bottom in dots:
        cy = (top + bottom) / 2
        # only lines that can contain the dot's centre: those starting at most a line height above it
        lo = bisect.bisect_left(tops, cy - 40)
        hi = bisect.bisect_right(tops, cy + 1)
        for f in starts[lo:hi]:
            if not f.marker and f.top - 1 <= cy <= f.bottom + 1 and 0 <= f.x0 - x1 <= 3 * f.size:
                cx, near = (x0 + x1) / 2, 0.6 * f.size
                if any(0 < abs((a + c) / 2 - cx) + abs((t + b) / 2 - cy) and abs((a + c) / 2 - cx) <= near
                       and abs((t + b) / 2 - cy) <= near for a, t, c, b in dots):
                    break  # another mark close beside it: a pip of a drawn icon (a die), not a bullet
                if any(a <= x0 and c >= x1 and t <= top and b >= bottom and c - a <= 4 * f.size and b - t <= 4 * f.size
                       for a, t, c, b, _ in page.boxes):
                    break  # a detail of a drawn picture beside the line (an easy read icon), not a bullet
                gap = f.x0 - x1
                if any(abs((t + b) / 2 - cy) <= 1 and abs((a - f.x1) - gap) <= max(2.0, 0.2 * gap)
                       for a, t, _, b in dots):
                    break  # its twin as far after the line: a pair of screws fixing a label plate, not a bullet
                _attach_marker(f, "•", x0)
                break
