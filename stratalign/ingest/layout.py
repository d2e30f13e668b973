"""From characters on a page to document structure: lines, reading order and blocks.

The steps, per document (each in its own module):
1. lines.py: characters -> runs (content order, split at big gaps) -> lines (runs on one baseline,
   re-joined geometrically unless a column gap or a ruling line separates them), list markers;
2. pages.py: running headers, footers and page numbers removed by repetition across pages, and
   contents pages read as entries with their target pages;
3. regions.py: grids of ruled or filled cells (tables, "at a glance" boxes) read row by row, cell by
   cell, the rest ordered by a recursive XY-cut (columns before rows);
4. here: lines grouped into headings, paragraphs and list items by style, spacing, indentation and
   markers, and headings given levels.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from ..cues import NAME_DASH
from ..models import HEADING, ITEM, PARAGRAPH, TOC, Block, Line, Page
from .lines import (
    BULLET_RE,
    ENUM_RE,
    Frag,
    _bands,
    _merge,
    lines_from_runs,
    runs_from_chars,
)
from .pages import _toc_entries, strip_furniture
from .pdf import RawDocument
from .regions import Region, reading_order

KEEP_HYPHEN = frozenset(
    "anti non co self cross multi pre post well long high low under over out inter sub mid semi ex counter pro cyber "
    "re de child victim community place evidence trauma gender age school drug alcohol youth problem night full "
    "part front joined follow face".split()
)
# the second halves of compounds ("world-class", "area-wide", "trauma-informed"): a word broken at its
# syllables does not leave a whole one of these behind
COMPOUND_END = re.compile(
    r"^(?:class|based|led|related|wide|term|level|focused|informed|centred|centered|specific|free|friendly|"
    r"funded|owned|agency|scale|time)\b")


def _join_text(parts: list[str]) -> str:
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not out:
            out = part
            continue
        # parts are stripped, so `out` never ends in a newline and "-$" means endswith("-"): skip the regex
        # for the usual line that does not end in a hyphen
        m = re.search(r"([A-Za-z]+)-$", out) if out.endswith("-") else None
        if m and part[:1].islower():
            if m.group(1).lower() in KEEP_HYPHEN or COMPOUND_END.match(part):
                out += part
            else:
                out = out[:-1] + part
        elif out.endswith("/"):
            out += part
        else:
            out += " " + part
    return re.sub(r"\s+", " ", out).strip()


def _disc_number(a: Frag, b: Frag) -> bool:
    """A number or capital in its own colour set apart before a title's line ("6" in a white disc beside
    "service the public", a compass's "E"): a label placed by where it sits, not a word of the line."""
    return (re.fullmatch(r"\d{1,2}|[A-Z]", a.text.strip()) is not None and a.color != b.color
            and b.x0 - a.x1 >= 0.8 * b.size)


def _big_number(a: Frag, b: Frag) -> bool:
    """A number set far larger than the title line beside it ("01" at 40pt by "Preventing domestic" at
    17.5pt): a label of its own, whose height would otherwise part the title from its next line."""
    return a.size >= 1.8 * b.size and re.fullmatch(r"\d{1,2}", a.text.strip()) is not None


def _region_lines(region: Region) -> list[Frag]:
    """Fragments of one region as lines top to bottom; fragments left on one band are joined."""
    out = []
    for band in _bands(region.frags):
        cur = band[0]
        for f in band[1:]:
            if max(f.size, cur.size) >= 2.2 * min(f.size, cur.size) or _disc_number(cur, f) or _big_number(cur, f):
                # a small tag beside a display title ("1 of 4"), or the end of a sentence in the next column
                # level with a poster's title, is not part of it
                out.append(cur)
                cur = f
            else:
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
            # (a line with a bold word or two in it is set like the text, not like a bold title)
            same_style = (abs(ln.size - prev.size) < 0.6 and _bold_line(ln) == _bold_line(prev)
                          and (ln.color == prev.color or ln.mixed or prev.mixed))
            # a whole line in a colour of its own above text in another is a title set by colour alone
            colour_break = ln.color != prev.color and (_saturated(ln.color) or _saturated(prev.color))
            para_break = (gap > max(usual_gap + 0.35 * ln.size, 0.45 * ln.size) or gap < -0.3 * ln.size
                          or _spaced_apart(prev, ln))
            if first.marker:
                # a hanging indent under the text, or (typed bullets in table cells) under the bullet itself
                indent_ok = first.x0 - 2.5 <= ln.x0 <= (first.text_x0 or first.x0) + 2 * ln.size
            else:
                indent_ok = (abs(ln.x0 - prev.x0) <= 1.5 * ln.size or (len(groups[-1]) == 1 and ln.x0 < prev.x0)
                             or _hangs_under_title(first, ln)
                             or abs((ln.x0 + ln.x1) - (prev.x0 + prev.x1)) <= ln.size  # centred lines
                             or (abs(ln.x1 - prev.x1) <= 0.5 * ln.size and ln.x1 - ln.x0 < prev.x1 - prev.x0 + ln.size))
            heading_like = _heading_like(prev, body_size) or _heading_like(ln, body_size)
            runin = bool(ln.lead) and prev.text.rstrip().endswith((".", "!", "?", ":"))
            # a run-in title's text goes on under it in the text's own style, whatever the title's colour
            after_runin = (bool(prev.lead) and all(_bold_line(f) for f in groups[-1][:-1]) and not ln.bold and not ln.lead
                           and abs(ln.size - prev.size) < 0.6)
            # a bold title wrapping into the run-in of the next line ("... knife and blade" / "crime. Working
            # with ..."): one paragraph, its title both
            bold_title = (len(groups[-1]) <= 3 and not first.marker and abs(ln.size - prev.size) < 0.6
                          and all(_bold_line(f) and not f.lead for f in groups[-1]))  # so far
            title_wraps = bool(ln.lead) and not runin and bold_title
            # a bold title that ends its line with its full stop, the text going straight on below it
            title_ends = (bold_title and not ln.bold and not ln.lead and not ln.marker
                          and prev.text.rstrip().endswith(".")
                          and len(_join_text([f.text for f in groups[-1]]).split()) <= 20)
            # a sentence going on in lower case on the next line, whatever its emphasis ("We want to stop" /
            # "**domestic abuse.**" in an easy read version)
            goes_on = (ln.text[:1].islower() and not prev.text.rstrip().endswith((".", "!", "?", ":"))
                       and abs(ln.size - prev.size) < 0.6 and not ln.marker)
            if title_wraps or after_runin or title_ends or goes_on:
                same_style, colour_break, runin = True, False, False
            if first.marker and indent_ok and not _wrapped(prev, ln, _right_edge(lines, first, ln.size)):
                indent_ok = False  # a short item line is complete: what follows is not its continuation
            # numbers set large in a column of discs beside their titles are one label each, never one line
            # of text (a contents page's column of page numbers is set at the body size)
            labels = (ln.size >= 1.3 * body_size and LETTER_LABEL.match(prev.text.strip())
                      and LETTER_LABEL.match(ln.text.strip()))
            if (not ln.marker and not para_break and indent_ok and not runin and not colour_break and not labels
                    and (same_style or (not heading_like and abs(ln.size - prev.size) < 0.6))):
                groups[-1].append(ln)
                continue
        groups.append([ln])
    groups = [part for g in groups for part in _complete_lines(g, lines)]
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
        lead = first.lead
        wrapped = next((k for k, f in enumerate(g) if f.lead or not _bold_line(f)), 0)
        if wrapped and all(_bold_line(f) for f in g[:wrapped]):  # (title_wraps, title_ends)
            lead, bold = _join_text([f.text for f in g[:wrapped]] + [g[wrapped].lead]), False
        kind = ITEM if first.marker else PARAGRAPH
        blocks.append(Block(kind=kind, text=text, page=page, x0=min(f.x0 for f in g), top=first.top,
                            x1=max(f.x1 for f in g), bottom=g[-1].bottom, size=size, bold=bold,
                            marker=first.marker, lead=lead.rstrip(" .:–—-") if lead else "",
                            color=first.color, region=region_id, table=region.table, row=region.row,
                            col=region.col))
    return blocks


# Words a line ends on when the sentence runs on to the next line.
_RUNS_ON = re.compile(r"(?:[,;:\-–—&/(]|\b(?:and|or|of|the|to|in|for|with|a|an|by|on|at|from|our|their|its))$",
                      re.IGNORECASE)


def _spaced_apart(prev: Frag, ln: Frag) -> bool:
    """Lines set twice their size or more apart are a spaced list, not one paragraph: a box of one-line
    promises a blank line apart. (Running text is set at 1.2 to 1.6 times its size.)"""
    return (ln.top - prev.top >= 2.0 * max(ln.size, prev.size) and abs(ln.size - prev.size) < 0.6
            and ln.text[:1].isupper() and not _RUNS_ON.search(prev.text.rstrip()))


def _hangs_under_title(first: Frag, ln: Frag) -> bool:
    """A wrapped line set under the words after a chapter number ("5 Preventing children ... involved" /
    "in violence" indented to "Preventing"): the heading goes on."""
    num = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S", first.text)
    if not num:
        return False
    visible = len(num.group(0)) - 1 - sum(ch.isspace() for ch in num.group(0))
    return visible < len(first.char_x) and abs(ln.x0 - first.char_x[visible]) <= 0.5 * ln.size


def _right_edge(lines: list[Frag], item: Frag, size: float) -> float:
    """Where lines of this list end when full: the widest line set like the item and starting under it."""
    lo, hi = item.x0 - 3, (item.text_x0 or item.x0) + 3
    same = [f.x1 for f in lines if lo <= f.x0 <= hi and abs(f.size - size) < 0.6]
    return max(same) if same else max(f.x1 for f in lines)


def _complete_lines(group: list[Frag], lines: list[Frag]) -> list[list[Frag]]:
    """A run of three or more lines set alike, flush left, none of which ended for want of room (each
    stops well short of the region's widest line of that size starting at the same left edge, and not
    on a joining word): a list without bullets, each line its own item (a box of links to the sections
    of a plan). An item too long for its line goes on in lower case on the next ("... in the city" /
    "centre"), and stays one item.
    Each item starts with a capital or a digit; the widest line sets the edge, so it counts as complete
    only when two other items plainly end short, and (bold lines, a display list) more than twice as many as
    may have run on, or (running text) none may have."""
    if len(group) < 3 or any(abs(f.x0 - group[0].x0) > 1.0 or f.marker for f in group):
        return [group]
    right = max(f.x1 for f in lines if abs(f.x0 - group[0].x0) <= 1.0 and abs(f.size - group[0].size) < 0.6)
    items: list[list[Frag]] = []
    for f in group:
        if items and f.text[:1].islower() and _wrapped(items[-1][-1], f, right):
            items[-1].append(f)
        else:
            items.append([f])
    if len(items) < 3 or not all(it[0].text[:1].isupper() or it[0].text[:1].isdigit() for it in items[1:]):
        return [group]  # a line going on in lower case continues a sentence, however short the one above
    widest_line = max(group, key=lambda f: f.x1)
    widest = next(k for k, it in enumerate(items) if any(f is widest_line for f in it))
    plain = full = 0
    for k, (a, b) in enumerate(pairwise(items)):
        if JOINING_END.search(a[-1].text):
            return [group]
        if not _wrapped(a[-1], b[0], right):
            plain += 1
        elif k != widest:
            full += 1  # long enough that the next word might not have fitted: it may or may not go on
    if full and not all(_bold_line(f) for f in group):
        return [group]  # running text: a line that may have run on does (a cell's "... that supply" / "Calderdale")
    return items if plain >= 2 and plain > 2 * full else [group]


JOINING_END = re.compile(r"(?:[,;:\-–—&]|\b(?:and|or|of|to|the|a|an|in|for|with|by|on|from|at|our|their))\s*$",
                         re.IGNORECASE)


def _wrapped(prev: Frag, ln: Frag, right: float) -> bool:
    """Did `prev` end because the next word would not fit? Then `ln` continues it."""
    word = ln.text.split(" ", 1)[0]
    return prev.x1 + 0.5 * ln.size * (len(word) + 1) >= right - 1.0


def _saturated(color: int) -> bool:
    """A colour, not black, white or grey: what a designer sets titles in when the size stays the same."""
    r, g, b = (color >> 16) & 255, (color >> 8) & 255, color & 255
    return max(r, g, b) - min(r, g, b) >= 0x30


def _heading_like(f: Frag, body_size: float) -> bool:
    return f.size >= body_size * 1.12 or (_bold_line(f) and not f.marker)


def _bold_line(f: Frag) -> bool:
    return f.bold and not f.mixed


def classify_headings(blocks: list[Block], body_size: float) -> list[Block]:
    """Mark headings by style and number their levels: larger first, bold before regular."""
    marked: list[tuple[Block, bool]] = []
    for b in blocks:
        words = len(b.text.split())
        larger = b.size >= body_size * 1.12
        caps = b.text.upper() == b.text and any(ch.isalpha() for ch in b.text)
        is_heading = False
        bulleted = b.kind == ITEM and bool(BULLET_RE.match(b.marker))  # a bullet makes a list item, whatever its size
        # a clause of a list set large ("(b) reduce reoffending by children;"), and a sentence that leads
        # into a list ("... the Board will:"), are text whatever their size
        clause = b.kind == ITEM and not b.bold and b.text.rstrip().endswith((";", "; and", "; or", ",", ", and"))
        lead_in = b.text.rstrip().endswith(":") and words >= 6
        if (b.kind in (PARAGRAPH, ITEM) and not bulleted and not clause and not lead_in
                and (larger or not b.text.endswith((".", ";", ",")))):
            if larger and words <= 30 and not (b.text.endswith(".") and words > 8):
                is_heading = True  # (a sentence set large is a standfirst or a quote, not a heading)
            elif larger and b.lead and words <= 50 and NAME_DASH.match(b.text):
                is_heading = True  # "Safer streets — Making every street ...": a bold name and its statement
            elif b.bold and words <= 20 and b.size >= body_size * 0.95 and b.kind == PARAGRAPH:
                is_heading = True
            elif b.bold and b.kind == ITEM and b.marker and ENUM_RE.fullmatch(b.marker) and words <= 16 and b.table < 0:
                is_heading = True  # "1. Introduction" set as a bold numbered heading
            elif caps and words <= 8 and b.kind == PARAGRAPH and b.size >= body_size * 0.75 and (b.bold or b.color):
                is_heading = True  # a kicker above a heading ("OUR EVIDENCE BASE", "PRIORITY 1")
            elif (_saturated(b.color) and b.kind == PARAGRAPH and words <= 15 and b.size >= body_size * 0.95
                  and not b.text.endswith((".", ":", ";", ",", "”", '"')) and b.table < 0):
                is_heading = True  # a short line set apart by colour alone, at the body size
        marked.append((b, is_heading))
    styles = sorted({(round(b.size * 2) / 2, b.bold) for b, h in marked if h}, key=lambda s: (-s[0], not s[1]))
    level_of = {s: i + 1 for i, s in enumerate(styles)}
    out = []
    for b, h in marked:
        if h:
            out.append(replace(b, kind=HEADING, level=level_of[(round(b.size * 2) / 2, b.bold)]))
        else:
            out.append(b)
    return out


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
    # a symbol set huge behind the text (a playing card's suit, a quotation mark as decoration) is an
    # ornament: left in, it cuts the lines it sits behind into columns
    page_frags = [[f for f in frags if not (f.size >= 4 * body and len(f.text.strip()) == 1
                                             and not f.text.strip().isalnum())] for frags in page_frags]
    if any(len(f.text) == 1 and f.size >= 2 * body for frags in page_frags for f in frags):
        words = {w.lower() for frags in page_frags for f in frags for w in re.findall(r"[A-Za-z]+", f.text)}
        page_frags = [_drop_caps(frags, body, words) for frags in page_frags]
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
        page_blocks, tables = _ruleless_tables(page_blocks, tables)
        blocks += page_blocks
    return _rejoin_wrapped(classify_headings(blocks, body)), pages, body


def _ruleless_tables(blocks: list[Block], tables: int) -> tuple[list[Block], int]:
    """A table set without rules or fills ("Our priority | What it means | Lead group" in bold, then rows
    whose cells start level with each other): read row by row already, it is given its table, row and
    column numbers, as a ruled table would be. Needs a header of two or more short bold cells on one line
    and two or more rows of two or more cells whose first lines are level."""
    out = list(blocks)
    i = 0
    while i < len(out):
        head = [i]
        while (head[-1] + 1 < len(out) and _cell_like(out[head[-1] + 1]) and out[head[-1] + 1].bold
               and abs(out[head[-1] + 1].top - out[i].top) <= 2.0 and out[head[-1] + 1].x0 > out[head[-1]].x1):
            head.append(head[-1] + 1)
        if len(head) < 2 or not all(_cell_like(out[k]) and out[k].bold and len(out[k].text.split()) <= 6 for k in head):
            i += 1
            continue
        starts = [out[k].x0 for k in head]

        rows: list[list[tuple[int, int]]] = []  # (block index, column) per body row
        j = head[-1] + 1
        while j < len(out) and _cell_like(out[j]) and out[j].page == out[i].page:
            c = _column(out[j], starts)
            if c is None:
                break
            row = rows[-1] if rows else None
            if row is not None and c > row[-1][1] and abs(out[j].top - out[row[0][0]].top) <= 2.0:
                row.append((j, c))  # the next cell of this row, level with its first
            elif row is not None and c == row[-1][1] and out[j].top > out[row[-1][0]].top:
                row.append((j, c))  # more of the same cell (its second paragraph)
            elif out[j].top >= (max(out[k].bottom for k, _ in row) if row else out[head[0]].bottom) - 1.0:
                rows.append([(j, c)])  # a new row, below the last row (or the header)
            else:
                break
            j += 1
        full = [r for r in rows if len({c for _, c in r}) >= 2]
        if len(full) < 2:
            i += 1
            continue
        for c, k in enumerate(head):
            out[k] = replace(out[k], table=tables, row=0, col=c)
        for r, row in enumerate(rows, start=1):
            for k, c in row:
                out[k] = replace(out[k], table=tables, row=r, col=c)
        tables += 1
        i = j
    return out, tables


def _column(b: Block, starts: list[float]) -> int | None:
    """The column whose start the block starts at, and which it does not run out of."""
    near = [c for c, x in enumerate(starts) if abs(b.x0 - x) <= 8.0]
    if not near or (near[0] + 1 < len(starts) and b.x1 > starts[near[0] + 1] + 2.0):
        return None
    return near[0]


def _cell_like(b: Block) -> bool:
    return b.table < 0 and b.kind in (PARAGRAPH, ITEM)


def _drop_caps(frags: list[Frag], body: float, words: set[str]) -> list[Frag]:
    """A drop cap: one large capital beside the first line of its paragraph, which goes on in lower case
    ("N" + "obody should leave ..."). The letter is put back at the start of that line; left alone it
    would read as a one-letter heading larger than any title. "A" and "I" may be words of their own:
    "A" + "job is ..." is "A job" when the document uses "job" and not "ajob"."""
    caps = [f for f in frags if len(f.text) == 1 and f.text.isupper() and f.size >= 2 * body]
    if not caps:
        return frags
    gone = set()
    for cap in caps:
        height = cap.bottom - cap.top
        for f in frags:
            if (f is not cap and id(f) not in gone and f.text[:1].islower() and f.size < cap.size / 1.8
                    and cap.x1 - 1 <= f.x0 <= cap.x1 + 1.5 * body
                    and cap.top - body <= f.top <= cap.top + 0.5 * height):
                first = re.match(r"[a-z]+", f.text).group(0)
                alone = cap.text in "AI" and first in words and (cap.text.lower() + first) not in words
                f.text = cap.text + (" " if alone else "") + f.text
                gone.add(id(cap))
                break
    return [f for f in frags if id(f) not in gone]


def _rejoin_wrapped(blocks: list[Block]) -> list[Block]:
    """A heading wrapped onto a second line that reading order put elsewhere (labels around a wheel, read
    region by region): the line just below it, in its style, aligned with it at the left, the right or the
    centre, and starting in lower case ("Tackling violence linked" / "to drug markets") is its end; so is
    the first line of the next column, in its style and in lower case (a heading split by a column break)."""
    out = list(blocks)
    gone: set[int] = set()
    for i, a in enumerate(out):
        if a.kind != HEADING or i in gone or a.text.rstrip().endswith((".", ":", "!", "?")):
            continue
        if i + 1 < len(out) and (_dot_between(a, out[i + 1]) or _split_size(a, out[i + 1])):
            # the next block is this title's second line: after a label's dot drawn level between the two
            # lines (taken for a bullet), or set smaller under its first word ("Sustaining" at 36 pt over
            # "a resilient Norfolk Constabulary" at 18 pt)
            b = out[i + 1]
            out[i] = replace(a, text=f"{a.text} {b.text}", x0=min(a.x0, b.x0), x1=max(a.x1, b.x1), bottom=b.bottom)
            gone.add(i + 1)
            continue
        for j in range(i + 1, len(out)):
            b = out[j]
            if b.page != a.page:
                break
            # (a box found around a wedge or tile may hold the first line and not the second)
            if (j in gone or b.kind != HEADING or not b.text[:1].islower()
                    or (b.table >= 0 and b.table != a.table)  # another box's (a box's own lines may spill a cell)
                    or (b.region == a.region and j == i + 1)  # the block builder already kept them apart
                    or abs(b.size - a.size) > 0.3 or b.bold != a.bold):
                continue
            # a heading that ends one column and goes on at the top of the next: the very next block,
            # higher up and to the right of it
            next_column = j == i + 1 and b.region != a.region and b.top < a.top and b.x0 >= a.x1 - 2
            if not next_column and not 0 <= b.top - a.bottom <= 0.6 * a.size:
                continue
            if next_column or min(abs(b.x0 - a.x0), abs(b.x1 - a.x1), abs((b.x0 + b.x1) - (a.x0 + a.x1)) / 2) <= 3:
                out[i] = a = replace(a, text=f"{a.text} {b.text}", x0=min(a.x0, b.x0), x1=max(a.x1, b.x1),
                                     bottom=b.bottom)
                gone.add(j)
                # and on: a title wrapped over several lines may have been cut into several boxes
    return _around_labels([b for k, b in enumerate(out) if k not in gone])


def _dot_between(a: Block, b: Block) -> bool:
    """b is the second line of title a, though a dot set beside the two lines made it a bulleted item:
    same style, in lower case, right under a, the dot to the left of where a starts."""
    return (b.kind == ITEM and b.page == a.page and b.text[:1].islower() and b.bold == a.bold
            and abs(b.size - a.size) <= 0.3 and 0 <= b.top - a.bottom <= 0.6 * a.size and b.x0 < a.x0 - 3
            and b.table == a.table and b.region == a.region)


def _split_size(a: Block, b: Block) -> bool:
    """b finishes heading a in a smaller size: a title's first word or two set large, the rest on the line
    below, in lower case, from the same left edge."""
    # (or in capitals after a word that cannot end a title: "Making" / "Norfolk safer for women and girls")
    open_end = bool(re.search(r"ing\s*$", a.text, re.IGNORECASE) or JOINING_END.search(a.text))
    return (b.kind == HEADING and b.page == a.page and (b.text[:1].islower() or open_end) and len(a.text.split()) <= 2
            and b.size <= 0.8 * a.size and abs(b.x0 - a.x0) <= 3 and 0 <= b.top - a.bottom <= 0.5 * a.size
            and b.table == a.table)


LETTER_LABEL = re.compile(r"^(?:[A-Z]|\d{1,2})[.)]?$")


def _around_labels(blocks: list[Block]) -> list[Block]:
    """A two-line title with its letter or number set to its left, centred on it: reading order puts
    the label between the lines ("MORE PEOPLE STARTING TREATMENT AND STAYING IN" / "B" / "RECOVERY").
    The label goes first and the lines are one title again."""
    out = list(blocks)
    k = 0
    while k + 2 < len(out):
        a, label, b = out[k], out[k + 1], out[k + 2]
        if (a.kind == HEADING and b.kind == HEADING and LETTER_LABEL.match(label.text.strip())
                and a.page == label.page == b.page and a.table == b.table == label.table
                and abs(a.size - b.size) <= 0.3 and a.bold == b.bold and abs(a.x0 - b.x0) <= 3
                and 0 <= b.top - a.bottom <= 0.6 * a.size and label.x1 <= a.x0
                and a.top < (label.top + label.bottom) / 2 < b.bottom):
            out[k:k + 3] = [label, replace(a, text=f"{a.text} {b.text}", x1=max(a.x1, b.x1), bottom=b.bottom)]
        k += 1
    return out
