#!/usr/bin/env python3
"""Check derbyshire_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_derbyshire_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- producers and page shapes: the eight python-pptx decks were made by LibreOffice; seven are 16:9 landscape
  slides and Erewash is exported as portrait notes pages; the two handouts and three board papers are
  reportlab A4 portrait; page counts per layout (decks 11-16, handouts 4-5, papers 8); every PDF under 300 KB;
- an agenda or contents on page 2 (page 1 for the handouts, which print six or three slides a page);
- no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label is removed (a bullet, "1.", a lone number badge line,
  "Priority 3", "Priority one"); a wrapped shape may run on over four lines; gold texts carry no label;
- a priority of four or more words occurs on no other page of its document (it is stated once), and the
  single-slide layouts (chevrons, pyramid, cycle, funnel, handout list, summary slide, paper figures) put all
  their priorities on one page, while the one-slide-per-priority decks (plan, Amber Valley, Erewash) use
  consecutive pages;
- labels are consistent (check_gold.group_errors);
- the plan has six priorities and P6 has no partner support; at least four strategy priorities support none;
  12 strategies (8 csp); 50-70 gold priorities; exactly one duplicate group holds a plan priority; one theme
  (anti-social behaviour) is shared by at least six documents;
- src/derbyshire_districts holds no __pycache__.

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

GOLD = HERE / "derbyshire_districts" / "gold.json"
ROOT = GOLD.parent
SRC = HERE / "src" / "derbyshire_districts"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\-–]\s*)?(?:priority\s+(?:\d+|one|two|three|four|five)\b\s*)?"
                   r"(?:\d+[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority)\s*\w+\s*[:–-]?\s|^\d+[.)]?\s|^[•(]", re.I)

S = "strategies/"
DECKS = {"plan/derbyshire_police_and_crime_plan_2025-29.pdf": "per-slide",
         S + "amber_valley_community_safety_partnership_plan_2025-28.pdf": "per-slide",
         S + "bolsover_community_safety_partnership_plan_2025-28.pdf": "one",
         S + "derbyshire_dales_community_safety_partnership_plan_2025-28.pdf": "one",
         S + "north_east_derbyshire_community_safety_partnership_plan_2025-28.pdf": "one",
         S + "derby_and_derbyshire_combating_drugs_partnership_strategy_2025-28.pdf": "one",
         S + "derbyshire_youth_justice_plan_2025-26.pdf": "one",
         S + "erewash_community_safety_partnership_plan_2025-28.pdf": "per-slide"}
NOTES = S + "erewash_community_safety_partnership_plan_2025-28.pdf"
HANDOUTS = {S + "high_peak_community_safety_partnership_plan_2025-28.pdf": "one",
            S + "south_derbyshire_community_safety_partnership_plan_2025-28.pdf": "per-slide"}
PAPERS = {S + "chesterfield_community_safety_partnership_plan_2025-28.pdf": "one",
          S + "derby_and_derbyshire_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf": "one",
          S + "derbyshire_serious_violence_duty_strategy_2025-28.pdf": "one"}


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (ln.partition(":") for ln in out.splitlines())}


def shape_errors(rel: str, pdf: Path) -> list[str]:
    errs = []
    meta = info(pdf)
    m = re.match(r"([\d.]+) x ([\d.]+)", meta.get("Page size", ""))
    w, h = (float(m.group(1)), float(m.group(2))) if m else (0, 0)
    n = num_pages(pdf)
    prod = meta.get("Producer", "")
    if rel in DECKS:
        if "LibreOffice" not in prod:
            errs.append(f"{rel}: producer {prod!r}, expected LibreOffice")
        if rel == NOTES:
            if not h > w:
                errs.append(f"{rel}: notes pages should be portrait ({w} x {h})")
        elif not (w > h and abs(w / h - 16 / 9) < 0.01):
            errs.append(f"{rel}: slides should be 16:9 landscape ({w} x {h})")
        lo, hi = 11, 16
    else:
        if "ReportLab" not in prod:
            errs.append(f"{rel}: producer {prod!r}, expected ReportLab")
        if not (abs(w - 595.28) < 1 and abs(h - 841.89) < 1):
            errs.append(f"{rel}: expected A4 portrait ({w} x {h})")
        lo, hi = (4, 5) if rel in HANDOUTS else (8, 8)
    if not lo <= n <= hi:
        errs.append(f"{rel}: {n} pages, expected {lo}-{hi}")
    if pdf.stat().st_size >= 300 * 1024:
        errs.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 300 KB")
    first = page_text(pdf, 1 if rel in HANDOUTS else 2).lower()
    if "agenda" not in first and "contents" not in first:
        errs.append(f"{rel}: no agenda or contents on page {1 if rel in HANDOUTS else 2}")
    return errs


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    docs, plan_rel = gold["documents"], gold["plan"]
    layouts = {**DECKS, **HANDOUTS, **PAPERS}
    if set(docs) != set(layouts):
        errors.append(f"documents differ from the expected set: {sorted(set(docs) ^ set(layouts))}")
    plan_of: dict[str, list[str]] = {}
    for rel, doc in docs.items():
        pdf = ROOT / rel
        if not pdf.exists():
            continue
        errors += shape_errors(rel, pdf)
        n = num_pages(pdf)
        texts = {i: page_text(pdf, i) for i in range(1, n + 1)}
        normed = {i: norm(t) for i, t in texts.items()}
        pages = []
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
            pg = p["page"]
            pages.append(pg)
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            if GLANCE.search(texts[pg]):
                errors.append(f"{p['id']}: page {pg} of {rel} is an 'at a glance' page")
            if not starts_line(p["text"], texts[pg], LABEL, span=4):
                errors.append(f"{p['id']}: no line of page {pg} starts with the text {p['text']!r}")
            if len(p["text"].split()) >= 4:
                others = [i for i in normed if i != pg and norm(p["text"]) in normed[i]]
                if others:
                    errors.append(f"{p['id']}: text also on page(s) {others} of {rel}")
        kind = layouts.get(rel)
        if kind == "one" and len(set(pages)) != 1:
            errors.append(f"{rel}: priorities on pages {pages}, expected one page")
        if kind == "per-slide" and rel != S + "south_derbyshire_community_safety_partnership_plan_2025-28.pdf":
            if pages != list(range(pages[0], pages[0] + len(pages))):
                errors.append(f"{rel}: priorities on pages {pages}, expected consecutive pages")
    errors += group_errors(gold, plan_of)
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if support.get("P6", 1) != 0 or [k for k, v in support.items() if v == 0] != ["P6"]:
        errors.append(f"expected exactly P6 without partner support: {support}")
    if sum(1 for v in plan_of.values() if not v) < 4:
        errors.append("expected at least four strategy priorities that support no plan priority")
    strategies = [r for r in docs if r != plan_rel]
    if len(strategies) != 12 or sum(docs[r]["kind"] == "csp" for r in strategies) != 8:
        errors.append("expected 12 strategies, 8 of them csp")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    with_plan = [g for g in gold["duplicates"] if set(g) & set(plan_ids)]
    if len(with_plan) != 1:
        errors.append(f"expected exactly one duplicate group holding a plan priority, found {len(with_plan)}")
    if not any(len(g) >= 6 for g in gold["duplicates"]):
        errors.append("expected a theme shared by at least six documents")
    if list(SRC.rglob("__pycache__")):
        errors.append("src/derbyshire_districts holds __pycache__")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
