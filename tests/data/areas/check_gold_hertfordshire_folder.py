#!/usr/bin/env python3
"""Check hertfordshire_folder/gold.json against its documents, with stricter checks for this area.

Usage:  python check_gold_hertfordshire_folder.py [-v]

This area is an analyst's folder: besides the plan and eleven strategies, strategies/ holds four documents that
are NOT strategies (a PCC annual report, board minutes, a partnership bulletin, an equality impact assessment),
whose gold entries have no priorities.  One of them, the minutes, is a native Word file (.docx).  The shared
checks of check_gold.py read pages with pdfinfo and pdftotext, which cannot open a .docx, so this script runs
them (check_gold.check, through check_gold.run_area) with check_gold.page_text and check_gold.num_pages
extended: a .docx counts as one page, whose text is its paragraphs and table cells (read with zipfile from
word/document.xml, headers and footers included).  PDFs are read exactly as before.

Stricter checks:

- the set: one plan; 11-13 strategies of the kinds check_gold.py accepts other than "other"; 3-4 documents of
  kind "other" with no priorities, at least one of them a .docx; 50-70 gold priorities; at least eight of the
  ten districts have a strategy, and the county-wide VAWG, serious violence and drugs strategies are present;
- every PDF is under 300 KB; strategies and the plan have 6-12 pages and a contents page at page 2; among
  them are reportlab, Chromium (Skia/PDF) and LibreOffice PDFs;
- every strategy states all its priorities on one page (never page 2); gold texts carry no label
  ("Priority 1 -", "Strategic priority 2:", "1.") and do not end with a full stop; each gold text starts a line
  of its page once a label or a bullet mark is removed (a wrapped heading or table cell may go on over up to
  four lines);
- the non-strategies: kind "other", no priorities, and their text talks about priorities (they are there as
  distractors): "priorit" occurs in each;
- layouts: the Three Rivers draft has its "DRAFT v0.7" strip and the watermark's letters on every page after
  the cover; Welwyn Hatfield's priorities page has comment balloons ("Comment [") and the struck-through
  former priority, which is not gold; every page of the serious violence strategy after the cover has
  "OFFICIAL" twice (header and footer) and the strategy's name in the running header; North Herts' priorities
  are on its "Appendix A" page, in the last two pages of the document, and the longest of them occurs on no
  other page;
- the plan: six priorities P1-P6, P1-P2 on p4, P3-P4 on p5, P5-P6 on p6; P6 has no partner support; at least
  three strategy priorities support no plan priority; at least two duplicate groups span three or more
  documents; at least one group holds a plan priority; the strategy priorities in one group share their
  `plan` list (check_gold.group_errors).

With -v it also prints who supports each plan priority and the strategy priorities that support none.  Exit
status 0 when all pass.
"""
from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import check_gold  # noqa: E402
from check_gold import KINDS, group_errors, norm, run_area, starts_line  # noqa: E402

GOLD = HERE / "hertfordshire_folder" / "gold.json"
LABEL = re.compile(r"^\s*(?:[-*\u2022\u2714]\s*)?(?:(?:strategic\s+)?priority\s+\d+\s*[:.\u2013-]\s*)?"
                   r"(?:\d+[.)]?(?:\s+|$))?", re.I)
TEXT_LABEL = re.compile(r"^(?:(?:strategic\s+)?priority|aim|objective)\s*\d+\s*[:.\u2013-]|^\d+[.)]?\s|^[A-E][.)]\s",
                        re.I)
DISTRICTS = ["broxbourne", "dacorum", "east_herts", "hertsmere", "north_herts", "st_albans", "stevenage",
             "three_rivers", "watford", "welwyn_hatfield"]


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        xml = "\n".join(z.read(n).decode("utf-8") for n in sorted(names))
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    text = re.sub(r"<[^>]+>", "", xml)
    for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(a, b)
    return text


_page_text, _num_pages = check_gold.page_text, check_gold.num_pages


def page_text(pdf: Path, n: int) -> str:
    if Path(pdf).suffix == ".docx":
        if n != 1:
            raise RuntimeError(f"{pdf}: a .docx is read as page 1 only")
        return docx_text(Path(pdf))
    return _page_text(pdf, n)


def num_pages(pdf: Path) -> int:
    return 1 if Path(pdf).suffix == ".docx" else _num_pages(pdf)


check_gold.page_text = page_text  # used by check_gold.check through the module's globals
check_gold.num_pages = num_pages


def pdfinfo(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout


def all_text(path: Path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    root = GOLD.parent
    docs, plan_rel = gold["documents"], gold["plan"]
    strategies = [r for r, d in docs.items() if r != plan_rel and d["kind"] != "other"]
    others = [r for r, d in docs.items() if d["kind"] == "other"]
    if not 11 <= len(strategies) <= 13:
        errors.append(f"{len(strategies)} strategies, expected 11-13")
    if not 3 <= len(others) <= 4:
        errors.append(f"{len(others)} non-strategy documents, expected 3-4")
    if not any(r.endswith(".docx") for r in others):
        errors.append("expected a native .docx among the non-strategy documents")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    districts = {d for d in DISTRICTS if any(Path(r).name.startswith(d) for r in strategies)}
    if len(districts) < 8:
        errors.append(f"strategies for {len(districts)} districts, expected at least 8")
    for kind in ("vawg", "serious_violence", "drugs"):
        if not any(docs[r]["kind"] == kind for r in strategies):
            errors.append(f"no county-wide {kind} strategy")
    producers = set()
    plan_of: dict[str, list[str]] = {}
    for rel, doc in docs.items():
        path = root / rel
        if doc["kind"] not in KINDS:
            errors.append(f"{rel}: unknown kind")
        if path.suffix == ".pdf":
            info = pdfinfo(path)
            producers |= {p for p, key in (("reportlab", "ReportLab"), ("chromium", "Skia/PDF"),
                                           ("libreoffice", "LibreOffice")) if key in info}
            if path.stat().st_size >= 300 * 1024:
                errors.append(f"{rel}: {path.stat().st_size // 1024} KB, expected under 300 KB")
        elif path.suffix != ".docx":
            errors.append(f"{rel}: unexpected file type")
        if doc["kind"] == "other":
            if doc["priorities"]:
                errors.append(f"{rel}: a non-strategy document must have no gold priorities")
            if "priorit" not in all_text(path).lower():
                errors.append(f"{rel}: does not talk about priorities, so it is no distractor")
            continue
        n = num_pages(path)
        if not 6 <= n <= 12:
            errors.append(f"{rel}: {n} pages, expected 6-12")
        if "contents" not in page_text(path, 2).lower():
            errors.append(f"{rel}: page 2 is not a contents page")
        pages = {p["page"] for p in doc["priorities"]}
        if rel != plan_rel and len(pages) != 1:
            errors.append(f"{rel}: priorities on more than one page {sorted(pages)}")
        cache: dict[int, str] = {}
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            if p["text"].rstrip().endswith("."):
                errors.append(f"{p['id']}: text ends with a full stop")
            if p["page"] not in cache:
                cache[p["page"]] = page_text(path, p["page"])
            if not starts_line(p["text"], cache[p["page"]], LABEL, span=4):
                errors.append(f"{p['id']}: no line of page {p['page']} of {rel} starts with the text")
    for want in ("reportlab", "chromium", "libreoffice"):
        if want not in producers:
            errors.append(f"no {want} PDF in the area")

    def doc_of(fragment):
        return next((r for r in docs if fragment in r), None)

    tr = doc_of("three_rivers")
    if tr:
        for n in range(2, num_pages(root / tr) + 1):
            t = page_text(root / tr, n)
            lines = {ln.strip() for ln in t.splitlines()}
            if "DRAFT v0.7" not in t or not {"DR", "A", "FT"} <= lines:
                errors.append(f"{tr}: page {n} lacks the draft strip or the DRAFT watermark")
    wh = doc_of("welwyn_hatfield")
    if wh:
        pg = docs[wh]["priorities"][0]["page"]
        t = page_text(root / wh, pg)
        if "Comment [" not in t:
            errors.append(f"{wh}: no comment balloons on the priorities page")
        deleted = "Supporting the community's recovery from the cost-of-living pressures"
        if norm(deleted) not in norm(t):
            errors.append(f"{wh}: the struck-through former priority is missing")
        if any(norm(p["text"]) == norm(deleted) for p in docs[wh]["priorities"]):
            errors.append(f"{wh}: the deleted priority must not be gold")
    sv = doc_of("serious_violence")
    if sv:
        name = "Hertfordshire Serious Violence Duty Strategy 2025-2030"
        for n in range(2, num_pages(root / sv) + 1):
            t = page_text(root / sv, n)
            if t.count("OFFICIAL") < 2 or name not in t:
                errors.append(f"{sv}: page {n} lacks the OFFICIAL header and footer or the running title")
    nh = doc_of("north_herts")
    if nh:
        n_pages = num_pages(root / nh)
        pg = docs[nh]["priorities"][0]["page"]
        if "Appendix A" not in page_text(root / nh, pg) or pg < n_pages - 1:
            errors.append(f"{nh}: the priorities should be on the Appendix A page near the end")
        longest = max(docs[nh]["priorities"], key=lambda p: len(p["text"]))["text"]
        for n in range(1, n_pages + 1):
            if n != pg and norm(longest) in norm(page_text(root / nh, n)):
                errors.append(f"{nh}: {longest!r} also occurs on page {n}")
    plan_items = docs[plan_rel]["priorities"]
    if [p["id"] for p in plan_items] != [f"P{i}" for i in range(1, 7)]:
        errors.append("the plan should have priorities P1-P6")
    if [p["page"] for p in plan_items] != [4, 4, 5, 5, 6, 6]:
        errors.append("plan priorities should be two a page on pp4-6")
    errors += group_errors(gold, plan_of)
    support = {p["id"]: sum(p["id"] in v for v in plan_of.values()) for p in plan_items}
    if support.get("P6", 1) != 0:
        errors.append("P6 should have no partner support")
    if sum(1 for v in plan_of.values() if not v) < 3:
        errors.append("expected at least three strategy priorities that support no plan priority")
    owner = {p["id"]: rel for rel, d in docs.items() for p in d["priorities"]}
    if sum(1 for g in gold["duplicates"] if len({owner.get(x) for x in g}) >= 3) < 2:
        errors.append("expected at least two duplicate groups spanning three or more documents")
    plan_ids = {p["id"] for p in plan_items}
    if not any(set(g) & plan_ids for g in gold["duplicates"]):
        errors.append("expected a duplicate group that holds a plan priority")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
