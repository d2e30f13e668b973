"""From characters on a page to document structure: lines, reading order and blocks.

The steps, per document:
1. characters -> runs (content order, split at big gaps) -> lines (runs on one baseline, re-joined
   geometrically unless a column gap or a ruling line separates them);
2. running headers, footers and page numbers removed by repetition across pages;
3. contents pages recognised and read as entries with their target pages;
4. grids of ruled or filled cells (tables, "at a glance" boxes) read row by row, cell by cell;
5. the rest ordered by a recursive XY-cut (columns before rows), so two-column pages read column by column;
6. lines grouped into headings, paragraphs and list items by style, spacing, indentation and markers.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..models import HEADING, ITEM, PARAGRAPH, TOC, Block, Line, Page
from .pdf import Char, RawDocument, RawPage

SPLIT_EM = 1.0  # a gap wider than this many font sizes ends a run: column gutters and table cells
SIZE_BREAK = 1.8  # a big numeral or drop capital beside normal text is an element of its own (superscripts are not)
BULLETS = "•●▪■◦○‣⁃∙·–—-*►▶➢➤✓✔□❖◆◇\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf09f"
BULLET_RE = re.compile(rf"^([{re.escape(BULLETS)}]|[\ue000-\uf8ff])(?![\d%])\s*")
ENUM_RE = re.compile(r"^(\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)(?=\s|$)\s*")
PAGE_NUMBER_RE = re.compile(r"^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
LEADER_RE = re.compile(r"^(?P<text>.*?\S)\s*(?:(?:[.\u2026·_]\s*){3,}|\s{2,})\s*(?P<num>\d{1,3})$")
CONTENTS_RE = re.compile(r"^(contents|table of contents|in this (?:document|strategy|plan))$", re.IGNORECASE)
KEEP_HYPHEN = frozenset(
    "anti non co self cross multi pre post well long high low under over out inter sub mid semi ex counter pro cyber "
    "re de child victim community place evidence trauma gender age school drug alcohol youth problem".split()
)


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

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class Region:
    frags: list[Frag]
    table: int = -1
    row: int = -1
    col: int = -1


# --- 1. characters -> lines -------------------------------------------------------------------------

def _close_run(chars: list[Char], spaces: list[bool]) -> Frag:
    spaces = _respace(chars, spaces)
    first = chars[0]
    parts: list[str] = []
    bold_chars = 0
    mixed = False
    for c, space in zip(chars, spaces):
        if space:
            parts.append(" ")
        parts.append(c.text)
        bold_chars += c.bold
        if c.size != first.size or c.color != first.color:
            mixed = True
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
        if len(chars) - n >= 3 and not any(c.bold for c in chars[n:]):
            lead = "".join((" " if spaces[i] and i else "") + chars[i].text for i in range(n)).strip()
            bold = False
    return Frag(text="".join(parts).strip(), x0=min(c.x0 for c in chars), top=min(c.top for c in chars),
                x1=max(c.x1 for c in chars), bottom=max(c.bottom for c in chars), size=size, bold=bold,
                color=color, lead=lead, char_x=[c.x0 for c in chars[:12]])


def _respace(chars: list[Char], spaces: list[bool]) -> list[bool]:
    """Letter-spaced text ("R E D U C I N G") has a gap after every letter: measure the run's own
    tracking and count only gaps clearly wider than it as word spaces."""
    if len(chars) < 5:
        return spaces
    gaps = [b.x0 - a.x1 for a, b in zip(chars, chars[1:])]
    size = max(c.size for c in chars)
    if sum(spaces[1:]) < 0.6 * (len(chars) - 1):
        return spaces  # ordinary text: most neighbours are not separated
    tracking = sorted(gaps)[len(gaps) // 3]  # letters inside words are the narrowest gaps
    if tracking <= 0.08 * size:
        return spaces
    return [False] + [g > tracking + 0.15 * size for g in gaps]


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
            size = max(c.size, last.size)
            same_line = abs((c.top + c.bottom) - (last.top + last.bottom)) / 2 <= 0.4 * size
            gap = c.x0 - last.x1
            # ligatures give their characters one shared box, so overlap with the previous box is fine
            similar = max(c.size, last.size) < SIZE_BREAK * min(c.size, last.size)
            if same_line and similar and (gap >= -0.5 * size or c.x0 >= last.x0 - 0.5) and gap <= SPLIT_EM * size:
                cur.append(c)
                spaces.append(pending_space or gap > 0.16 * size)
                pending_space = False
                continue
            runs.append(_close_run(cur, spaces))
        cur, spaces = [c], [False]
        pending_space = False
    if cur:
        runs.append(_close_run(cur, spaces))
    return [r for r in runs if r.text]


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
                text_x0=a.text_x0, marker=a.marker, char_x=a.char_x)


def lines_from_runs(runs: list[Frag], page: RawPage) -> list[Frag]:
    """Re-join runs on one baseline that content order split (separate text objects, kerning jumps)."""
    out: list[Frag] = []
    for band in _bands(runs):
        cur = band[0]
        for f in band[1:]:
            gap = f.x0 - cur.x1
            similar = max(f.size, cur.size) < SIZE_BREAK * min(f.size, cur.size)
            if (similar and -0.5 * f.size <= gap <= SPLIT_EM * max(f.size, cur.size)
                    and not _crosses_rule(cur, f, page.vrules)):
                cur = _merge(cur, f)
            elif _is_marker_only(cur.text) and 0 <= gap <= 4.5 * cur.size and not _crosses_rule(cur, f, page.vrules):
                # a bullet or number set apart from its text by a tab
                merged = _merge(cur, f)
                merged.marker, merged.text_x0 = _marker_of(cur.text), f.x0
                merged.text = f.text
                merged.bold, merged.size, merged.color, merged.lead = f.bold, f.size, f.color, f.lead
                cur = merged
            else:
                out.append(cur)
                cur = f
        out.append(cur)
    out = _attach_stray_markers(out, page)
    for f in out:
        if not f.marker:
            _split_marker(f)
    _mark_vector_bullets(out, page)
    return out


def _attach_stray_markers(frags: list[Frag], page: RawPage) -> list[Frag]:
    """A bullet glyph from a symbol font can sit off the text's baseline and miss its band: join it to
    the text just right of it that it overlaps vertically."""
    strays = [f for f in frags if _is_marker_only(f.text)]
    if not strays:
        return frags
    gone: set[int] = set()
    for m in strays:
        best = None
        for f in frags:
            if f is m or id(f) in gone or _is_marker_only(f.text):
                continue
            gap = f.x0 - m.x1
            if 0 <= gap <= 4.5 * f.size and f.top < m.bottom and m.top < f.bottom:
                if best is None or gap < best.x0 - m.x1:
                    best = f
        if best is not None and not _crosses_rule(m, best, page.vrules):
            best.marker, best.text_x0 = _marker_of(m.text), best.x0
            best.x0 = m.x0
            gone.add(id(m))
    return [f for f in frags if id(f) not in gone]


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
                f.marker, f.text_x0 = "•", f.x0
                f.x0 = x0
                break


# --- 2. running headers and footers ---------------------------------------------------------------

def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def strip_furniture(pages: list[list[Frag]], raw_pages: list[RawPage]) -> list[list[Frag]]:
    """Drop running headers, footers and page numbers: text in the top or bottom margin band that
    repeats across pages (digits ignored, so "Page 3" and "Page 4" repeat)."""
    n = len(pages)
    exact: Counter[str] = Counter()
    shaped: Counter[str] = Counter()
    for frags, raw in zip(pages, raw_pages):
        seen_exact, seen_shaped = set(), set()
        for f in frags:
            if _in_margin(f, raw):
                seen_exact.add(f.text.strip().lower())
                seen_shaped.add(_furniture_key(f.text))
        exact.update(seen_exact)
        shaped.update(seen_shaped)
    need_exact = max(2, round(0.3 * n))
    need_shaped = max(3, round(0.5 * n))
    out = []
    for frags, raw in zip(pages, raw_pages):
        kept = []
        for f in frags:
            if _in_margin(f, raw):
                text = f.text.strip()
                if (PAGE_NUMBER_RE.match(text) or (n > 1 and exact[text.lower()] >= need_exact)
                        or (n > 2 and shaped[_furniture_key(text)] >= need_shaped)):
                    continue
            kept.append(f)
        out.append(kept)
    return out


def _in_margin(f: Frag, page: RawPage) -> bool:
    return f.bottom <= page.height * 0.10 or f.top >= page.height * 0.91


# --- 3. contents pages ----------------------------------------------------------------------------

def _toc_entries(frags: list[Frag]) -> list[tuple[Frag, str, int]] | None:
    """If this page is a contents page, its entries (first fragment, text, target page), else None."""
    bands = _bands(frags)
    entries: list[tuple[Frag, str, int]] = []
    pending: list[Frag] = []
    titled = False
    text_bands = 0
    for band in bands:
        text = " ".join(f.marker + (" " if f.marker else "") + f.text for f in band).strip()
        if not text:
            continue
        text_bands += 1
        if CONTENTS_RE.match(text):
            titled = True
            continue
        m = LEADER_RE.match(text)
        last = band[-1].text.strip()
        if m is None and len(band) > 1 and last.isdigit() and len(last) <= 3:
            m = LEADER_RE.match(" ".join(f.text for f in band[:-1]).rstrip(" .") + " ... " + last)
        if m:
            label = re.sub(r"(?:\s*[.\u2026·_]){2,}\s*$", "", m.group("text")).strip()
            first = pending[0] if pending else band[0]
            if pending:
                label = " ".join(p.text for p in pending) + " " + label if label else " ".join(p.text for p in pending)
            if not label.strip(" ."):
                continue
            entries.append((first, re.sub(r"\s+", " ", label).strip(), int(m.group("num"))))
            pending = []
        elif entries and not pending and text[:1].islower() and band[0].top - entries[-1][0].bottom < 2 * band[0].size:
            # the wrapped end of the entry above: "...town centres" / "and neighbourhoods"
            first, label, num = entries[-1]
            entries[-1] = (first, f"{label} {text}", num)
        elif len(text) < 160:
            pending = pending + band if pending else list(band)
            if len(pending) > 3:
                pending = pending[-3:]
        else:
            pending = []
    if len(entries) >= 3 and (titled or len(entries) >= 0.5 * text_bands):
        return entries
    if titled and len(entries) >= 2:
        return entries
    return None


# --- 4. grids of cells ----------------------------------------------------------------------------

def _snap(values: list[float], tol: float = 2.0) -> dict[float, float]:
    out: dict[float, float] = {}
    group: list[float] = []
    for v in sorted(set(values)):
        if group and v - group[-1] > tol:
            mean = sum(group) / len(group)
            out.update({g: mean for g in group})
            group = []
        group.append(v)
    if group:
        mean = sum(group) / len(group)
        out.update({g: mean for g in group})
    return out


def _join_segments(segs: list[tuple[float, float, float]], tol: float = 2.0) -> list[tuple[float, float, float]]:
    by_pos: dict[float, list[tuple[float, float]]] = defaultdict(list)
    snap = _snap([s[0] for s in segs])
    for pos, a, b in segs:
        by_pos[snap[pos]].append((min(a, b), max(a, b)))
    out = []
    for pos, spans in by_pos.items():
        spans.sort()
        ca, cb = spans[0]
        for a, b in spans[1:]:
            if a <= cb + tol:
                cb = max(cb, b)
            else:
                out.append((pos, ca, cb))
                ca, cb = a, b
        out.append((pos, ca, cb))
    return out


def find_cells(page: RawPage) -> list[tuple[float, float, float, float]]:
    """Rectangles closed by ruling lines or the edges of filled boxes (pdfplumber's idea, simplified)."""
    hsegs = list(page.hrules)
    vsegs = list(page.vrules)
    for x0, top, x1, bottom, _ in page.boxes:
        hsegs += [(top, x0, x1), (bottom, x0, x1)]
        vsegs += [(x0, top, bottom), (x1, top, bottom)]
    if len(hsegs) < 2 or len(vsegs) < 2 or len(hsegs) * len(vsegs) > 40000:
        return []
    h = _join_segments(hsegs)
    v = _join_segments(vsegs)
    tol = 2.0
    xs = sorted({x for x, _, _ in v})
    ys = sorted({y for y, _, _ in h})

    def h_covers(y: float, a: float, b: float) -> bool:
        return any(abs(hy - y) <= tol and h0 <= a + tol and h1 >= b - tol for hy, h0, h1 in h)

    def v_covers(x: float, a: float, b: float) -> bool:
        return any(abs(vx - x) <= tol and v0 <= a + tol and v1 >= b - tol for vx, v0, v1 in v)

    cells = []
    for i, y0 in enumerate(ys):
        for j, x0 in enumerate(xs):
            if not (h_covers(y0, x0, x0) and v_covers(x0, y0, y0)):
                continue
            done = False
            for y1 in ys[i + 1:]:
                if not v_covers(x0, y0, y1):
                    break
                for x1 in xs[j + 1:]:
                    if not h_covers(y0, x0, x1):
                        break
                    if y1 - y0 < 4 or x1 - x0 < 4:
                        continue
                    if v_covers(x1, y0, y1) and h_covers(y1, x0, x1):
                        cells.append((x0, y0, x1, y1))
                        done = True
                        break
                if done:
                    break
    return cells


def _group_cells(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """Cells that touch belong to one grid."""
    parent = list(range(len(cells)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(cells):
        for j in range(i + 1, len(cells)):
            b = cells[j]
            if a[0] <= b[2] + 2 and b[0] <= a[2] + 2 and a[1] <= b[3] + 2 and b[1] <= a[3] + 2:
                parent[find(i)] = find(j)
    groups: dict[int, list] = defaultdict(list)
    for i, c in enumerate(cells):
        groups[find(i)].append(c)
    return list(groups.values())


def _inside(f: Frag, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (f.x0 + min(f.x1, f.x0 + 3 * f.size)) / 2, f.mid
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


# --- 5. reading order -----------------------------------------------------------------------------

@dataclass(slots=True)
class _Item:
    """A unit for the XY-cut: a fragment, or a whole box or grid kept together."""

    x0: float
    top: float
    x1: float
    bottom: float
    frag: Frag | None = None
    regions: list[Region] | None = None


def _xycut(items: list[_Item], min_gutter: float) -> list[tuple[list[_Item], bool]]:
    """Recursive XY-cut. Returns leaves in reading order, each flagged "simple" when no column cut was
    made inside it; neighbouring simple leaves are one flow of text and are merged again."""
    if len(items) <= 1:
        return [(items, True)]
    # columns first: a vertical gap that runs the whole height of this part of the page
    best_gap, cut_at = _widest_gap([(it.x0, it.x1) for it in items])
    if cut_at is not None and best_gap >= min_gutter and not _single_band(items):
        left = [it for it in items if it.x1 <= cut_at]
        right = [it for it in items if it.x1 > cut_at]
        if left and right:
            return [(leaf, False) for leaf, _ in _xycut(left, min_gutter) + _xycut(right, min_gutter)]
    # then rows, at the widest horizontal gap first, so that a banner above two columns comes off
    # before the columns are looked for
    best_gap, cut_at = _widest_gap([(it.top, it.bottom) for it in items])
    if cut_at is not None and best_gap > 0.5:
        upper = [it for it in items if it.bottom <= cut_at]
        lower = [it for it in items if it.bottom > cut_at]
        if upper and lower:
            above, below = _xycut(upper, min_gutter), _xycut(lower, min_gutter)
            if above[-1][1] and below[0][1]:
                return above[:-1] + [(above[-1][0] + below[0][0], True)] + below[1:]
            return above + below
    return [(items, True)]


def _widest_gap(spans: list[tuple[float, float]]) -> tuple[float, float | None]:
    """The widest empty interval between intervals along one axis, and its middle."""
    spans = sorted(spans)
    best_gap, cut_at = 0.0, None
    reach = spans[0][1]
    for lo, hi in spans[1:]:
        if lo - reach > best_gap:
            best_gap, cut_at = lo - reach, (reach + lo) / 2
        reach = max(reach, hi)
    return best_gap, cut_at


def _single_band(items: list[_Item]) -> bool:
    """One line of text whose words happen to be far apart (a justified last line, a signature)."""
    if any(it.regions is not None for it in items):
        return False
    frags = [it.frag for it in items if it.frag is not None]
    if len(frags) != len(items) or len(frags) > 6:
        return False
    ref = frags[0]
    same = all(abs(f.mid - ref.mid) <= 0.3 * ref.size and abs(f.size - ref.size) < 0.6 and f.bold == ref.bold
               for f in frags)
    if not same:
        return False
    xs = sorted(frags, key=lambda f: f.x0)
    return all(b.x0 - a.x1 <= 3.5 * ref.size for a, b in zip(xs, xs[1:]))


def reading_order(frags: list[Frag], page: RawPage, body_size: float, table_base: int) -> tuple[list[Region], int]:
    """Regions of one page in reading order; grids become one region per cell, row by row."""
    items: list[_Item] = []
    used: set[int] = set()  # id() of fragments already placed in a grid or box
    tables = table_base
    area = page.width * page.height
    for grid in sorted(_group_cells(find_cells(page)), key=lambda g: (min(c[1] for c in g), min(c[0] for c in g))):
        if len(grid) == 1 and (grid[0][2] - grid[0][0]) * (grid[0][3] - grid[0][1]) > 0.5 * area:
            continue  # a panel behind half the page is decoration, not a box
        members: list[tuple[tuple, list[Frag]]] = []
        for cell in grid:
            inside = [f for f in frags if id(f) not in used and _inside(f, cell)]
            used.update(id(f) for f in inside)
            members.append((cell, inside))
        if not any(inside for _, inside in members):
            continue
        texts = [c for c, inside in members if inside]
        rows = sorted({round(c[1]) for c in texts})
        cols = sorted({round(c[0]) for c in texts})
        # a table needs text in two or more cells; a banner drawn as several boxes is one box
        is_table = len(texts) > 1
        regions = []
        for cell, inside in sorted(members, key=lambda m: (round(m[0][1]), round(m[0][0]))):
            if inside:
                regions.append(Region(inside, tables, _nearest(rows, cell[1]), _nearest(cols, cell[0]))
                               if is_table else Region(inside))
        if is_table:
            tables += 1
        items.append(_Item(min(c[0] for c in grid), min(c[1] for c in grid), max(c[2] for c in grid),
                           max(c[3] for c in grid), regions=regions))
    items += [_Item(f.x0, f.top, f.x1, f.bottom, frag=f) for f in frags if id(f) not in used]
    out: list[Region] = []
    for leaf, _ in _xycut(items, max(0.9 * body_size, 7.0)):
        loose: list[Frag] = []
        for it in sorted(leaf, key=lambda it: (it.top, it.x0)):
            if it.frag is not None:
                loose.append(it.frag)
                continue
            if loose:
                out.append(Region(loose))
                loose = []
            for region in it.regions or []:
                if region.table >= 0:
                    out.append(region)
                else:
                    out.extend(Region(part) for part in _cut_frags(region.frags, body_size))
        if loose:
            out.append(Region(loose))
    return out, tables


def _nearest(values: list[int], v: float) -> int:
    return min(range(len(values)), key=lambda i: abs(values[i] - v))


def _cut_frags(frags: list[Frag], body_size: float) -> list[list[Frag]]:
    items = [_Item(f.x0, f.top, f.x1, f.bottom, frag=f) for f in frags]
    return [[it.frag for it in leaf if it.frag is not None] for leaf, _ in _xycut(items, max(0.9 * body_size, 7.0))]


# --- 6. blocks ------------------------------------------------------------------------------------

def _join_text(parts: list[str]) -> str:
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not out:
            out = part
            continue
        m = re.search(r"([A-Za-z]+)-$", out)
        if m and part[:1].islower():
            if m.group(1).lower() in KEEP_HYPHEN:
                out += part
            else:
                out = out[:-1] + part
        elif out.endswith("/"):
            out += part
        else:
            out += " " + part
    return re.sub(r"\s+", " ", out).strip()


def _region_lines(region: Region) -> list[Frag]:
    """Fragments of one region as lines top to bottom; fragments left on one band are joined."""
    out = []
    for band in _bands(region.frags):
        cur = band[0]
        for f in band[1:]:
            cur = _merge(cur, f)
        out.append(cur)
    return out


def blocks_from_region(region: Region, page: int, body_size: float, region_id: int) -> list[Block]:
    lines = _region_lines(region)
    if not lines:
        return []
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])
            if abs(a.size - b.size) < 0.6 and not b.marker and 0 <= b.top - a.bottom < 2 * a.size]
    usual_gap = statistics.median(gaps) if gaps else 0.15 * body_size
    groups: list[list[Frag]] = []
    for ln in lines:
        if groups:
            prev = groups[-1][-1]
            first = groups[-1][0]
            gap = ln.top - prev.bottom
            same_style = abs(ln.size - prev.size) < 0.6 and ln.bold == prev.bold and ln.color == prev.color
            para_break = gap > max(usual_gap + 0.35 * ln.size, 0.45 * ln.size) or gap < -0.3 * ln.size
            if first.marker:
                # a hanging indent under the text, or (typed bullets in table cells) under the bullet itself
                indent_ok = first.x0 - 2.5 <= ln.x0 <= (first.text_x0 or first.x0) + 2 * ln.size
            else:
                indent_ok = (abs(ln.x0 - prev.x0) <= 1.5 * ln.size or (len(groups[-1]) == 1 and ln.x0 < prev.x0)
                             or abs((ln.x0 + ln.x1) - (prev.x0 + prev.x1)) <= ln.size  # centred lines
                             or (abs(ln.x1 - prev.x1) <= 0.5 * ln.size and ln.x1 - ln.x0 < prev.x1 - prev.x0 + ln.size))
            heading_like = _heading_like(prev, body_size) or _heading_like(ln, body_size)
            runin = bool(ln.lead) and prev.text.rstrip().endswith((".", "!", "?", ":"))
            if first.marker and indent_ok and not _wrapped(prev, ln, _right_edge(lines, first, ln.size)):
                indent_ok = False  # a short item line is complete: what follows is not its continuation
            if (not ln.marker and not para_break and indent_ok and not runin
                    and (same_style or (not heading_like and abs(ln.size - prev.size) < 0.6))):
                groups[-1].append(ln)
                continue
        groups.append([ln])
    blocks = []
    for g in groups:
        first = g[0]
        text = _join_text([f.text for f in g])
        if not text:
            continue
        sizes = Counter()
        for f in g:
            sizes[f.size] += len(f.text)
        size = sizes.most_common(1)[0][0]
        bold = sum(len(f.text) for f in g if f.bold) * 2 > len(text)
        kind = ITEM if first.marker else PARAGRAPH
        blocks.append(Block(kind=kind, text=text, page=page, x0=min(f.x0 for f in g), top=first.top,
                            x1=max(f.x1 for f in g), bottom=g[-1].bottom, size=size, bold=bold,
                            marker=first.marker, lead=first.lead.rstrip(" .:–—-") if first.lead else "",
                            color=first.color, region=region_id, table=region.table, row=region.row,
                            col=region.col))
    return blocks


def _right_edge(lines: list[Frag], item: Frag, size: float) -> float:
    """Where lines of this list end when full: the widest line set like the item and starting under it."""
    lo, hi = item.x0 - 3, (item.text_x0 or item.x0) + 3
    same = [f.x1 for f in lines if lo <= f.x0 <= hi and abs(f.size - size) < 0.6]
    return max(same) if same else max(f.x1 for f in lines)


def _wrapped(prev: Frag, ln: Frag, right: float) -> bool:
    """Did `prev` end because the next word would not fit? Then `ln` continues it."""
    word = ln.text.split(" ", 1)[0]
    return prev.x1 + 0.5 * ln.size * (len(word) + 1) >= right - 1.0


def _heading_like(f: Frag, body_size: float) -> bool:
    return f.size >= body_size * 1.12 or (f.bold and not f.marker)


def classify_headings(blocks: list[Block], body_size: float) -> list[Block]:
    """Mark headings by style and number their levels: larger first, bold before regular."""
    marked: list[tuple[Block, bool]] = []
    for b in blocks:
        words = len(b.text.split())
        larger = b.size >= body_size * 1.12
        caps = b.text.upper() == b.text and any(ch.isalpha() for ch in b.text)
        is_heading = False
        bulleted = b.kind == ITEM and bool(BULLET_RE.match(b.marker))  # a bullet makes a list item, whatever its size
        if b.kind in (PARAGRAPH, ITEM) and not bulleted and (larger or not b.text.endswith((".", ";", ","))):
            if larger and words <= 30 and not (b.text.endswith(".") and words > 8):
                is_heading = True  # (a sentence set large is a standfirst or a quote, not a heading)
            elif b.bold and words <= 20 and b.size >= body_size * 0.95 and b.kind == PARAGRAPH:
                is_heading = True
            elif b.bold and b.kind == ITEM and b.marker and ENUM_RE.fullmatch(b.marker) and words <= 16 and b.table < 0:
                is_heading = True  # "1. Introduction" set as a bold numbered heading
            elif caps and words <= 8 and b.kind == PARAGRAPH and b.size >= body_size * 0.75 and (b.bold or b.color):
                is_heading = True  # a kicker above a heading ("OUR EVIDENCE BASE", "PRIORITY 1")
        marked.append((b, is_heading))
    styles = sorted({(round(b.size * 2) / 2, b.bold) for b, h in marked if h}, key=lambda s: (-s[0], not s[1]))
    level_of = {s: i + 1 for i, s in enumerate(styles)}
    out = []
    for b, h in marked:
        if h:
            out.append(_replace(b, kind=HEADING, level=level_of[(round(b.size * 2) / 2, b.bold)]))
        else:
            out.append(b)
    return out


def _replace(b: Block, **changes) -> Block:
    from dataclasses import replace

    return replace(b, **changes)


def body_size_of(pages: list[list[Frag]]) -> float:
    sizes: Counter[float] = Counter()
    for frags in pages:
        for f in frags:
            sizes[f.size] += len(f.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def build_structure(raw: RawDocument) -> tuple[list[Block], list[Page], float]:
    """The whole layout analysis for one PDF: blocks in reading order, pages of lines, body size."""
    page_frags = [lines_from_runs(runs_from_chars(p.chars), p) for p in raw.pages]
    page_frags = strip_furniture(page_frags, raw.pages)
    body = body_size_of(page_frags)
    blocks: list[Block] = []
    pages: list[Page] = []
    tables = 0
    region_id = 0
    for frags, rp in zip(page_frags, raw.pages):
        pages.append(Page(rp.number, rp.width, rp.height, tuple(
            Line(text=(f.marker + " " if f.marker else "") + f.text, page=rp.number, x0=f.x0, top=f.top, x1=f.x1,
                 bottom=f.bottom, size=f.size, bold=f.bold, color=f.color, lead=f.lead)
            for f in sorted(frags, key=lambda f: (f.top, f.x0)))))
        entries = _toc_entries(frags)
        if entries is not None:
            xs = sorted({round(f.x0 / 4) for f, _, _ in entries})
            for f, text, target in entries:
                blocks.append(Block(kind=TOC, text=text, page=rp.number, x0=f.x0, top=f.top, x1=f.x1, bottom=f.bottom,
                                    size=f.size, bold=f.bold, level=xs.index(round(f.x0 / 4)) + 1, marker=f.marker,
                                    target=target))
            continue
        regions, tables = reading_order(frags, rp, body, tables)
        page_blocks: list[Block] = []
        for region in regions:
            page_blocks += blocks_from_region(region, rp.number, body, region_id)
            region_id += 1
        blocks += page_blocks
    return classify_headings(blocks, body), pages, body
