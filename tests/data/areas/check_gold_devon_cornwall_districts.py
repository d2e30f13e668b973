#!/usr/bin/env python3
"""Check devon_cornwall_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_devon_cornwall_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 8-18 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label is removed (a list number "1.", a code "SP1", a
  bullet); a wrapped heading, caption, cell or Easy Read sentence may go on over up to four lines;
- gold texts carry no label themselves;
- labels are consistent: the strategy priorities in one duplicate group share the same `plan` list, and a
  group that holds a plan priority Px has Px in every strategy member's `plan`;
- each gold text is stated on exactly one page of its document (no repeat of the full wording elsewhere);
- the plan has seven priorities; 11-13 strategies, at least eight of them community safety partnership plans;
  50-70 gold priorities; at least one plan priority has no partner support, at least three strategy priorities
  support none; at least two duplicate groups hold a plan priority and three themes are shared by three or
  more documents;
- accessible versions: in the Easy Read and large print PDFs every character of a gold text is set at 16 pt
  or more (pdfminer.six font sizes, or `pdftotext -bbox` word heights without it); each Easy Read PDF has 12 or more pages and a hard-words box
  or list, and each of its priorities is spread over two or more printed lines.

With -v it also prints who supports each plan priority and the strategy priorities that support none.
Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import group_errors, norm, num_pages, page_text, priority_errors, run_area  # noqa: E402

GOLD = HERE / "devon_cornwall_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25aa\-–]\s*)?(?:SP\d\s+|\d{1,2}[.)]\s*)?", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|objective)\s+\w+\s*[:–-]|^\d+[.)]\s|^SP\d\b", re.I)
# Font sizes come from pdfminer.six when it is installed (LTChar.size is the font size).  Without it, the word
# boxes of `pdftotext -bbox` stand in: they are about 0.94-1.0 x the font size for reportlab's TrueType fonts
# and about 1.12-1.2 x for Chromium, so heights are scaled by 16/14.7 and the fallback is only approximate
# (lenient for Chromium output).
MIN_PT, MIN_BOX = 15.9, 14.7


def _sizes_pdfminer(pdf: Path, page: int) -> list[tuple[str, float]] | None:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTChar
    except ImportError:
        return None
    out: list[tuple[str, float]] = []

    def walk(obj):
        if isinstance(obj, LTChar):
            for ch in norm(obj.get_text()):
                out.append((ch, obj.size))
        elif hasattr(obj, "__iter__"):
            for o in obj:
                walk(o)

    for layout in extract_pages(str(pdf), page_numbers=[page - 1]):
        walk(layout)
    return out


def _sizes_bbox(pdf: Path, page: int) -> list[tuple[str, float]]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True).stdout
    chars = []
    for m in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', out):
        h = float(m.group(2)) - float(m.group(1))
        chars += [(ch, h * MIN_PT / MIN_BOX) for ch in norm(m.group(3))]
    return chars


def small_text(pdf: Path, page: int, text: str) -> float | None:
    """The smallest font size (pt) of the characters of `text` on `page`; None if the text is not found."""
    chars = _sizes_pdfminer(pdf, page)
    if chars is None:
        chars = _sizes_bbox(pdf, page)
    joined = "".join(c for c, _ in chars)
    i = joined.find(norm(text))
    if i < 0:
        return None
    return min(s for _, s in chars[i:i + len(norm(text))])


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(8, 18), span=4)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 7")
    n_strat = len(docs) - 1
    if not 11 <= n_strat <= 13:
        errors.append(f"{n_strat} strategies, expected 11-13")
    if sum(1 for d in docs.values() if d["kind"] == "csp") < 8:
        errors.append("expected at least eight community safety partnership plans")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 3:
        errors.append("expected at least three strategy priorities that support no plan priority")
    if sum(1 for g in gold["duplicates"] if any(x in plan_ids for x in g)) < 2:
        errors.append("expected at least two duplicate groups that hold a plan priority")
    if sum(1 for g in gold["duplicates"] if len([x for x in g if x not in plan_ids]) >= 3) < 3:
        errors.append("expected at least three themes shared by three or more documents")

    for rel, doc in docs.items():
        pdf = GOLD.parent / rel
        n = num_pages(pdf)
        pages = [norm(page_text(pdf, i)) for i in range(1, n + 1)]
        for p in doc["priorities"]:
            hits = [i for i, t in enumerate(pages, start=1) if norm(p["text"]) in t]
            if hits != [p["page"]]:
                errors.append(f"{p['id']}: text found on pages {hits}, expected only page {p['page']}")
        easy, large = "_easy_read" in rel, "_large_print" in rel
        if easy or large:
            for p in doc["priorities"]:
                size = small_text(pdf, p["page"], p["text"])
                if size is None:
                    errors.append(f"{p['id']}: text not found when measuring type sizes on page {p['page']}")
                elif size < MIN_PT:
                    errors.append(f"{p['id']}: set at {size:.1f} pt in an accessible version, expected 16 pt or more")
        if easy:
            if n < 12:
                errors.append(f"{rel}: Easy Read version has {n} pages, expected 12 or more")
            if not any("hardword" in t for t in pages):
                errors.append(f"{rel}: Easy Read version has no hard-words box")
            for p in doc["priorities"]:
                lines = [norm(x) for x in page_text(pdf, p["page"]).splitlines()]
                if any(norm(p["text"]) in x for x in lines):
                    errors.append(f"{p['id']}: Easy Read priority printed on one line, expected two or more")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
