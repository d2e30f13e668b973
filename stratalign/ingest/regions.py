"""Reading order: grids of ruled or filled cells read row by row, cell by cell; everything else cut into
columns and rows by a recursive XY-cut (columns before rows), so a two-column page reads column by
column and a banner above the columns comes off first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .lines import Frag
from .pdf import RawPage


@dataclass(slots=True)
class Region:
    frags: list[Frag]
    table: int = -1
    row: int = -1
    col: int = -1


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


def _cell_boxes(boxes: list[tuple[float, float, float, float, int]]) -> list[tuple[float, float, float, float, int]]:
    """The filled boxes whose edges can close cells: not shapes whose bounding boxes cross each other's
    (the hexagons of a honeycomb, the circles of a Venn diagram). Table cells touch at their edges, cards
    nest in panels, and a drop shadow sits a few points off its card: those stay."""
    def crossing(a, b) -> bool:
        iw = min(a[2], b[2]) - max(a[0], b[0])
        ih = min(a[3], b[3]) - max(a[1], b[1])
        if iw <= 4 or ih <= 4:
            return False
        inside = ((a[0] >= b[0] - 2 and a[1] >= b[1] - 2 and a[2] <= b[2] + 2 and a[3] <= b[3] + 2)
                  or (b[0] >= a[0] - 2 and b[1] >= a[1] - 2 and b[2] <= a[2] + 2 and b[3] <= a[3] + 2))
        shadow = all(abs(a[k] - b[k]) <= 6 for k in range(4))
        return not inside and not shadow

    if len(boxes) > 400:
        return boxes  # a chart of hundreds of bars: not worth the pairwise look
    return [a for a in boxes if not any(crossing(a, b) for b in boxes if b is not a)]


def find_cells(page: RawPage) -> list[tuple[float, float, float, float]]:
    """Rectangles closed by ruling lines or the edges of filled boxes (pdfplumber's idea, simplified)."""
    hsegs = list(page.hrules)
    vsegs = list(page.vrules)
    for x0, top, x1, bottom, _ in _cell_boxes(page.boxes):
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

    # Sweep in order of left edge: once a cell starts more than 2pt right of a's right edge, so do all
    # later ones, and none can touch a. The touch test is symmetric and the groups below depend only on
    # which cells end up connected (listed in cell order), so this finds exactly the all-pairs grids.
    # A NaN left edge (touches nothing) is sorted last so that the order stays a true sort.
    order = sorted(range(len(cells)), key=lambda k: (0, cells[k][0]) if cells[k][0] == cells[k][0] else (1, 0.0))
    for n, i in enumerate(order):
        a = cells[i]
        reach = a[2] + 2
        for j in order[n + 1:]:
            b = cells[j]
            if b[0] > reach:
                break
            if a[0] <= b[2] + 2 and b[0] <= a[2] + 2 and a[1] <= b[3] + 2 and b[1] <= a[3] + 2:
                parent[find(i)] = find(j)
    groups: dict[int, list] = defaultdict(list)
    for i, c in enumerate(cells):
        groups[find(i)].append(c)
    return list(groups.values())


def _centre(f: Frag) -> tuple[float, float]:
    """The point that decides which cell a line is in: the middle of its first few characters' width
    (a line spilling out of its cell still belongs to the cell it starts in), at mid-height. A line's
    marker does not count: a shape in a cell of its own beside the text's cell is the row's marker."""
    x0 = f.text_x0 if f.marker and f.text_x0 else f.x0
    return (x0 + min(f.x1, x0 + 3 * f.size)) / 2, f.mid


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
    col_gap, col_at = best_gap, cut_at  # kept for two boxes with a narrow gap between them, tried after rows
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
    if col_at is not None and _boxes_apart(items, col_at, col_gap):
        # no row to cut: two boxes side by side with a gap narrower than a gutter (a plaque beside its panel)
        left = [it for it in items if it.x1 <= col_at]
        right = [it for it in items if it.x1 > col_at]
        return [(leaf, False) for leaf, _ in _xycut(left, min_gutter) + _xycut(right, min_gutter)]
    return [(items, True)]


def _boxes_apart(items: list[_Item], cut_at: float, gap: float) -> bool:
    """Two drawn boxes side by side with a narrow gap between them (a plaque beside its panel), nothing else
    across it: the gap is a gutter all the same, so the left box is read first, whichever starts higher."""
    if gap < 1.0:
        return False
    left = max((it for it in items if it.x1 <= cut_at), key=lambda it: it.x1, default=None)
    right = min((it for it in items if it.x1 > cut_at), key=lambda it: it.x0, default=None)
    return left is not None and right is not None and left.regions is not None and right.regions is not None


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
    # fragments not yet placed in a grid or box, in page order, with their centres worked out once
    rest: list[tuple[Frag, float, float]] = [(f, *_centre(f)) for f in frags]
    tables = table_base
    area = page.width * page.height
    for grid in sorted(_group_cells(find_cells(page)), key=lambda g: (min(c[1] for c in g), min(c[0] for c in g))):
        if len(grid) == 1 and (grid[0][2] - grid[0][0]) * (grid[0][3] - grid[0][1]) > 0.5 * area:
            continue  # a panel behind half the page is decoration, not a box
        members: list[tuple[tuple, list[Frag]]] = []
        for cell in grid:
            # split the unplaced fragments into this cell's and the rest, keeping their order
            lo_x, lo_y, hi_x, hi_y = cell[0] - 1, cell[1] - 1, cell[2] + 1, cell[3] + 1
            inside: list[Frag] = []
            left: list[tuple[Frag, float, float]] = []
            for entry in rest:
                if lo_x <= entry[1] <= hi_x and lo_y <= entry[2] <= hi_y:
                    inside.append(entry[0])
                else:
                    left.append(entry)
            rest = left
            members.append((cell, inside))
        if not any(inside for _, inside in members):
            continue
        texts = [c for c, inside in members if inside]
        rows = sorted({round(c[1]) for c in texts})
        cols = sorted({round(c[0]) for c in texts})
        # a table needs text in two or more cells; a banner drawn as several boxes is one box
        is_table = len(texts) > 1
        gutters: list[float] = []
        if is_table and len(rows) >= 3:
            # (the white rows of a banded table have no box of their own: their text lies between the
            # filled ones, inside the table, in the rows its other boxes mark)
            x0, y0 = min(c[0] for c in grid), min(c[1] for c in grid)
            x1, y1 = max(c[2] for c in grid), max(c[3] for c in grid)
            between = [e for e in rest if x0 <= e[1] <= x1 and y0 <= e[2] <= y1]
            by_row: dict[tuple, list[Frag]] = {}
            for f, _, cy in between:
                home = next((c for c in grid if c[1] - 1 <= cy <= c[3] + 1), None)
                if home is not None:
                    by_row.setdefault((x0, home[1], x1, home[3]), []).append(f)
            # (rows filled right across: a ring of shapes round a hub is not banded)
            bands = [inside for c, inside in members if inside and c[2] - c[0] >= 0.5 * (x1 - x0)]
            gutters = _gutters([inside for _, inside in members] + list(by_row.values()), body_size, bands)
            if gutters and by_row:
                placed = {id(f) for fs in by_row.values() for f in fs}
                rest = [e for e in rest if id(e[0]) not in placed]
                members += list(by_row.items())
        regions = []
        for cell, inside in sorted(members, key=lambda m: (round(m[0][1]), round(m[0][0]))):
            if not inside:
                continue
            if gutters:
                # banded rows with no rules between the columns: the columns are where every row's text
                # leaves the same gaps, and a cell is numbered by the gaps to its left
                for k in range(len(gutters) + 1):
                    lo = gutters[k - 1] if k else float("-inf")
                    hi = gutters[k] if k < len(gutters) else float("inf")
                    part = [f for f in inside if lo < (f.x0 + f.x1) / 2 < hi]
                    if part:
                        regions.append(Region(part, tables, _nearest(rows, cell[1]), k))
            elif is_table:
                regions.append(Region(inside, tables, _nearest(rows, cell[1]), _nearest(cols, cell[0])))
            else:
                regions.append(Region(inside))
        if is_table:
            tables += 1
        # placed by the cells that hold text: empty shapes joined to it (the beads and ticks of a thread drawn
        # down the page, touching its boxes) say nothing about where it is read
        items.append(_Item(min(c[0] for c in texts), min(c[1] for c in texts), max(c[2] for c in texts),
                           max(c[3] for c in texts), regions=regions))
    for stack in _centred_stacks([f for f, _, _ in rest], body_size):
        if len(stack) == 1:
            f = stack[0]
            items.append(_Item(f.x0, f.top, f.x1, f.bottom, frag=f))
        else:
            items.append(_Item(min(f.x0 for f in stack), stack[0].top, max(f.x1 for f in stack), stack[-1].bottom,
                               regions=[Region(stack)]))
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
                    # a cell holding columns of its own (two rooms of a house drawn in one panel) is read
                    # column by column, in the same cell
                    # (columns of text, each several words wide: not the numbers beside a list)
                    parts = [p for p in (_cut_frags(region.frags, body_size) if len(region.frags) > 2 else []) if p]
                    if len(parts) < 2 or any(max(f.x1 for f in p) - min(f.x0 for f in p) < 8 * body_size
                                             for p in parts):
                        parts = [region.frags]
                    out.extend(Region(part, region.table, region.row, region.col) for part in parts)
                else:
                    out.extend(Region(part) for part in _cut_frags(region.frags, body_size))
        if loose:
            out.append(Region(loose))
    return out, tables


def _gutters(cells: list[list[Frag]], body_size: float, bands: list[list[Frag]]) -> list[float]:
    """Where a table's cells that each hold several columns of text (a banded row filled right across,
    no rules between its columns) are cut: x positions that no fragment of any cell crosses, with text on
    both sides on one line of two or more of its `bands` (cells filled right across the table). [] when
    no band holds columns."""
    frags = [f for cell in cells for f in cell]
    if len(frags) < 6:
        return []
    spans = sorted((f.x0, f.x1) for f in frags)
    gaps, right = [], spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - right >= max(0.9 * body_size, 7.0):
            gaps.append((right + x0) / 2)
        right = max(right, x1)
    if not gaps:
        return []

    def split_lines(cell: list[Frag]) -> int:
        # lines of the cell with text on both sides of some gap
        lines: dict[int, list[Frag]] = {}
        for f in cell:
            lines.setdefault(round(f.top), []).append(f)
        return sum(1 for line in lines.values()
                   if any(any(f.x1 < g for f in line) and any(f.x0 > g for f in line) for g in gaps))

    return gaps if sum(1 for cell in bands if split_lines(cell)) >= 2 else []


def _centred_stacks(frags: list[Frag], body_size: float) -> list[list[Frag]]:
    """Title lines (bold or larger than the text, not list items) centred one under another, set alike and
    close, each a different width: a label wrapped in a shape (a sign on a drawn tower, a link of a
    chain). Kept together, so that the XY-cut does not cut across them where labels beside them are set
    higher or lower. Every other line is a stack of one."""
    order = sorted(frags, key=lambda f: (f.top, f.x0))
    # a piece of a line (justified text leaves wide gaps between words) is not a line of a label
    titles = [not f.marker and (f.bold or f.size >= 1.12 * body_size)
              and not any(g is not f and abs(g.mid - f.mid) <= 0.3 * f.size
                          and g.x0 - f.x1 <= 3 * f.size and f.x0 - g.x1 <= 3 * f.size
                          for g in order[max(0, k - 12):k + 12])
              for k, f in enumerate(order)]
    stacks: list[list[Frag]] = []
    growing: list[list[Frag]] = []  # stacks whose last line is a title line that a line below may go on
    for f, title in zip(order, titles):
        if not title:
            stacks.append([f])
            continue
        # lines come top to bottom: a stack ending further up than a line's gap takes no later line either
        growing = [st for st in growing if f.top - st[-1].bottom <= 0.8 * max(f.size, st[-1].size)]
        for stack in growing:
            last = stack[-1]
            if (0 <= f.top - last.bottom and abs(f.size - last.size) < 0.6
                    and f.bold == last.bold and f.color == last.color
                    and abs((f.x0 + f.x1) - (last.x0 + last.x1)) <= f.size
                    and abs(f.x0 - last.x0) > 1.0 and abs(f.x1 - last.x1) > 1.0):
                stack.append(f)
                break
        else:
            stacks.append([f])
            growing.append(stacks[-1])
    return stacks


def _nearest(values: list[int], v: float) -> int:
    return min(range(len(values)), key=lambda i: abs(values[i] - v))


def _cut_frags(frags: list[Frag], body_size: float) -> list[list[Frag]]:
    items = [_Item(f.x0, f.top, f.x1, f.bottom, frag=f) for f in frags]
    return [[it.frag for it in leaf if it.frag is not None] for leaf, _ in _xycut(items, max(0.9 * body_size, 7.0))]
