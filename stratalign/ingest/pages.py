"""Page furniture and contents pages: running headers, footers and page numbers found by repetition
across pages; contents pages read as entries with the page each points to."""

from __future__ import annotations

import re
from collections import Counter

from .lines import Frag, _bands
from .pdf import RawPage

PAGE_NUMBER_RE = re.compile(r"^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
LEADER_RE = re.compile(r"^(?P<text>.*?\S)\s*(?:(?:[.\u2026·_]\s*){3,}|\s{2,})\s*(?P<num>\d{1,3})$")
CONTENTS_RE = re.compile(r"^(contents|table of contents|in this (?:document|strategy|plan))$", re.IGNORECASE)


def furniture_key(text: str) -> str:
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
                seen_shaped.add(furniture_key(f.text))
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
                        or (n > 2 and shaped[furniture_key(text)] >= need_shaped)):
                    continue
            kept.append(f)
        out.append(kept)
    return _strip_sidebars(out, raw_pages)


def _strip_sidebars(pages: list[list[Frag]], raw_pages: list[RawPage]) -> list[list[Frag]]:
    """Drop a sidebar printed on every page (a web page's sticky "Our priorities" links, a help box): three
    or more lines in a side column, each at the same place with the same words on most pages."""
    n = len(pages)
    if n < 3:
        return pages

    def key(f: Frag) -> tuple[str, int, int]:
        return f.text.strip().lower(), round(f.x0), round(f.top)

    def side(f: Frag, raw: RawPage) -> bool:
        return f.x1 <= 0.35 * raw.width or f.x0 >= 0.65 * raw.width

    count: Counter[tuple[str, int, int]] = Counter()
    for frags, raw in zip(pages, raw_pages):
        count.update({key(f) for f in frags if side(f, raw)})
    need = max(3, round(0.6 * n))
    repeated = {k for k, c in count.items() if c >= need}
    if len(repeated) < 3:
        return pages
    out = []
    for frags, raw in zip(pages, raw_pages):
        mine = [f for f in frags if side(f, raw) and key(f) in repeated]
        if mine:
            # a column of its own: little else on the page sits within its width (labels set at the body's
            # margin on every page, "Why this matters" over each priority's text, are not a sidebar)
            lo, hi = min(f.x0 for f in mine) - 2, max(f.x1 for f in mine) + 2
            inside = [f for f in frags if lo <= f.x0 <= hi]
            if len(inside) - len(mine) > 0.25 * len(inside):
                mine = []
        drop = {id(f) for f in mine}
        out.append([f for f in frags if id(f) not in drop])
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
        # LEADER_RE can only match a line ending in a digit (text is stripped, so no trailing newline), and on
        # long lines without one it backtracks for a very long time: try it only when it can succeed
        m = LEADER_RE.match(text) if text[-1:].isdecimal() else None
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
    # a contents list runs forward through the pages; a table's last column of scores or counts, read as
    # "page numbers", runs down (17, 17, 16, 15 ...)
    falls = sum(1 for a, b in zip(entries, entries[1:]) if b[2] < a[2])
    if not titled and falls > max(1, 0.2 * len(entries)):
        return None
    if len(entries) >= 3 and (titled or len(entries) >= 0.5 * text_bands):
        return entries
    if titled and len(entries) >= 2:
        return entries
    return None
