#!/usr/bin/env python3
"""Check cambridgeshire_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_cambridgeshire_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then,
for these long-form documents:

- every PDF has 20-45 pages, is under 400 KB, has "Contents" on page 2, and at least one landscape page in the
  middle of portrait ones; the VAWG strategy's contents run on to page 3;
- every row of the contents ("Heading ..... N", or "N  Heading") points to a page that holds that heading (the
  plan's rows "4. Priority one: Safer ..." are checked part by part, the label and the name being two lines);
- body pages carry the footer "Page N of M" with the right N and M (checked on page 5 and on each gold page);
- no gold page is a "plan on a page" / "at a glance" page; each gold text starts a line of its page once a
  label is removed ("4.1", "(a)", "01.", a bullet or square); gold texts carry no label themselves;
- each strategy states all its priorities on one page, and no strategy priority's text occurs on any other page
  of its document (the executive summary, delivery plan and measures use short names only);
- the plan's gold page for each priority is the first page after the contents that holds it (the plan's
  Appendix A repeats three names as what the old priorities were carried into);
- the serious violence strategy's gold page is landscape; every other gold page is portrait;
- producers: Safer Peterborough is printed by Chromium (Skia), the rest by ReportLab;
- labels are consistent (check_gold.group_errors); the plan has six priorities; 11 strategies; 50-70 gold
  priorities; P6 (the police service itself) has no partner support and is the only such plan priority; at least
  five strategy priorities support none; one group is shared by five documents; no group holds a plan priority.

With -v it also prints who supports each plan priority.  Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import GLANCE, group_errors, norm, num_pages, page_text, run_area, starts_line  # noqa: E402

GOLD = HERE / "cambridgeshire_districts" / "gold.json"
ROOT = GOLD.parent
SV_DOC = "strategies/cambridgeshire_peterborough_serious_violence_strategy_2025-30.pdf"
VAWG_DOC = "strategies/cambridgeshire_peterborough_vawg_strategy_2025-30.pdf"
CHROMIUM_DOC = "strategies/safer_peterborough_partnership_strategy_2025-28.pdf"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25a0\u25cf\-–]\s*)?(?:\([a-h]\)\s*)?(?:\d+(?:\.\d+)*[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)*[.)]?\s|^[•(\u25a0]", re.I)
ROW_DOTS = re.compile(r"^\s*(\S.*?\S)\s*(?:\.\s?){3,}\s*(\d+)\s*$")
ROW_GAP = re.compile(r"^\s*(\S.*?\S)\s{3,}(\d+)\s*$")
ROW_NUMFIRST = re.compile(r"^\s*(\d+)\s{2,}(\S.*\S)\s*$")


def layout_text(pdf: Path, n: int) -> str:
    r = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True)
    return r.stdout.decode("utf-8", "replace")


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out, re.M)]


def contents_rows(pdf: Path) -> tuple[list[tuple[str, int]], int]:
    """(heading, page) rows of the contents, which start on page 2 and may run on to page 3."""
    rows, used = [], 0
    for n in (2, 3):
        text = layout_text(pdf, n)
        if n == 3 and "...." not in text.replace(" ", ""):
            break
        found = []
        for line in text.splitlines():
            m = ROW_DOTS.match(line) or ROW_GAP.match(line)
            if m and not line.strip().lower().startswith("page "):
                found.append((m.group(1), int(m.group(2))))
                continue
            m = ROW_NUMFIRST.match(line)
            if m:
                found.append((m.group(2), int(m.group(1))))
        if found:
            used = n
        rows += found
    return rows, used


def document_errors(rel: str, pdf: Path) -> list[str]:
    errors = []
    n = num_pages(pdf)
    if not 20 <= n <= 45:
        errors.append(f"{rel}: {n} pages, expected 20-45")
    if pdf.stat().st_size >= 400 * 1024:
        errors.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 400 KB")
    if "contents" not in page_text(pdf, 2).lower():
        errors.append(f"{rel}: page 2 is not a contents page")
    sizes = page_sizes(pdf)
    land = [i + 1 for i, (w, h) in enumerate(sizes) if w > h]
    if not land or land[0] <= 3 or land[-1] >= n:
        errors.append(f"{rel}: expected landscape pages in the middle of the document, got {land}")
    rows, last = contents_rows(pdf)
    if len(rows) < 15:
        errors.append(f"{rel}: only {len(rows)} contents rows found")
    if (rel == VAWG_DOC) != (last == 3):
        errors.append(f"{rel}: contents run to page {last}")
    for head, pg in rows:
        # a plan row "4. Priority one: Safer ..." names the chapter label and the priority, printed on two lines
        if not 3 <= pg <= n or not all(norm(part) in norm(page_text(pdf, pg)) for part in head.split(": ")):
            errors.append(f"{rel}: contents row {head!r} points to page {pg}, which does not hold it")
    want = f"Page 5 of {n}"
    if norm(want) not in norm(page_text(pdf, 5)):
        errors.append(f"{rel}: page 5 lacks the footer {want!r}")
    producer = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    made = "Skia" if "Skia" in producer else ("ReportLab" if "ReportLab" in producer else "?")
    if made != ("Skia" if rel == CHROMIUM_DOC else "ReportLab"):
        errors.append(f"{rel}: produced by {made}")
    return errors


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_of: dict[str, list[str]] = {}
    for rel, doc in docs.items():
        pdf = ROOT / rel
        errors += document_errors(rel, pdf)
        n = num_pages(pdf)
        texts = {i: page_text(pdf, i) for i in range(1, n + 1)}
        normed = {i: norm(t) for i, t in texts.items()}
        sizes = page_sizes(pdf)
        gold_pages = {p["page"] for p in doc["priorities"]}
        if rel != plan_rel and len(gold_pages) != 1:
            errors.append(f"{rel}: priorities stated on pages {sorted(gold_pages)}, expected one page")
        for p in doc["priorities"]:
            pid, pg, text = p["id"], p["page"], p["text"]
            if rel != plan_rel:
                plan_of[pid] = sorted(p["plan"])
            if TEXT_LABEL.search(text):
                errors.append(f"{pid}: text keeps its label: {text!r}")
            if GLANCE.search(texts[pg]):
                errors.append(f"{pid}: page {pg} of {rel} is an 'at a glance' page")
            if not starts_line(text, texts[pg], LABEL, span=3):
                errors.append(f"{pid}: no line of page {pg} starts with the text {text!r}")
            if norm(f"Page {pg} of {n}") not in normed[pg]:
                errors.append(f"{pid}: gold page {pg} of {rel} lacks its 'Page {pg} of {n}' footer")
            hits = [i for i in range(1, n + 1) if norm(text) in normed[i]]
            if rel == plan_rel:
                after = [i for i in hits if i > 3]
                if not after or after[0] != pg:
                    errors.append(f"{pid}: expected the first page after the contents holding it, got {hits}")
            elif hits != [pg]:
                errors.append(f"{pid}: text occurs on pages {hits}, expected only {pg}")
            w, h = sizes[pg - 1]
            if (w > h) != (rel == SV_DOC):
                errors.append(f"{pid}: gold page {pg} of {rel} is {'landscape' if w > h else 'portrait'}")
    errors += group_errors(gold, plan_of)
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    if len(docs) - 1 != 11:
        errors.append(f"{len(docs) - 1} strategies, expected 11")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    unsupported = [pid for pid in plan_ids if not any(pid in v for v in plan_of.values())]
    if unsupported != ["P6"]:
        errors.append(f"plan priorities without partner support: {unsupported}, expected ['P6']")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    if max(len(g) for g in gold["duplicates"]) < 5:
        errors.append("expected a theme shared by five documents")
    if any(x in plan_ids for g in gold["duplicates"] for x in g):
        errors.append("no duplicate group should hold a plan priority in this area")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
