#!/usr/bin/env python3
"""Check humberside_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_humberside_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- the document set, producers and page shapes: seven reportlab PDFs and six Chromium (Skia/PDF) prints; A4
  portrait except the serious violence strategy, which is A4 landscape throughout; each document has exactly
  its designed number of pages (8-12); every PDF under 300 KB;
- a contents page at page 2 of every document;
- no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label is removed ("Outcome 1:", "OUTCOME A", "RESULT 2" or its
  letter-spaced form "R E S U LT 2", "STRAND B", a lone number, a bullet); a narrow box may wrap it over up to six
  lines; gold texts carry no label;
- a priority of four or more words occurs on no other page of its document (stated once); every strategy states
  all its priorities on one page; the plan's seven outcomes run in order over pages 6-9;
- labels are consistent (check_gold.group_errors); every strategy priority supports at most one plan priority;
- the plan has seven priorities and only P6 has no partner support; at least four strategy priorities support
  none; 12 strategies (4 csp); 50-70 gold priorities; exactly one duplicate group holds a plan priority; one
  theme (anti-social behaviour) is shared by all four CSPs;
- src/humberside_districts holds no __pycache__.

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

GOLD = HERE / "humberside_districts" / "gold.json"
ROOT = GOLD.parent
SRC = HERE / "src" / "humberside_districts"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u2192\-–]\s*)?"
                   r"(?:(?:outcome|result|strand|r\s*e\s*s\s*u\s*l\s*t)\s+(?:\d+|[a-d])\b\s*:?\s*)?"
                   r"(?:\d+[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|outcome|result|strand|report card)\s*\w+\s*[:–-]?\s|^\d+[.)]?\s|^[•(\u201c]",
                        re.I)

S = "strategies/"
RL, CH = "ReportLab", "Skia"
DOCS = {  # rel: (producer, landscape, pages)
    "plan/humberside_police_and_crime_plan_2025-29.pdf": (RL, False, 12),
    S + "safer_hull_community_safety_partnership_plan_2025-28.pdf": (CH, False, 9),
    S + "east_riding_community_safety_partnership_strategy_2025-28.pdf": (RL, False, 9),
    S + "north_lincolnshire_community_safety_partnership_plan_2025-28.pdf": (RL, False, 9),
    S + "safer_and_stronger_north_east_lincolnshire_community_safety_charter_2025-28.pdf": (CH, False, 8),
    S + "humber_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf": (RL, False, 10),
    S + "humber_violence_prevention_partnership_serious_violence_strategy_2025-30.pdf": (CH, True, 9),
    S + "east_riding_combating_drugs_partnership_strategy_2025-28.pdf": (RL, False, 9),
    S + "north_lincolnshire_youth_justice_plan_2025-26.pdf": (CH, False, 10),
    S + "humber_reducing_reoffending_strategy_2025-28.pdf": (RL, False, 9),
    S + "humber_victims_and_witnesses_strategy_2025-28.pdf": (CH, False, 9),
    S + "humber_hate_crime_strategy_2025-28.pdf": (RL, False, 8),
    S + "humber_modern_slavery_and_human_trafficking_strategy_2025-28.pdf": (CH, False, 8),
}


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (ln.partition(":") for ln in out.splitlines())}


def shape_errors(rel: str, pdf: Path) -> list[str]:
    errs = []
    producer, landscape, pages = DOCS[rel]
    meta = info(pdf)
    if producer not in meta.get("Producer", ""):
        errs.append(f"{rel}: producer {meta.get('Producer')!r}, expected {producer}")
    m = re.match(r"([\d.]+) x ([\d.]+)", meta.get("Page size", ""))
    w, h = (float(m.group(1)), float(m.group(2))) if m else (0, 0)
    want = (841.9, 595.3) if landscape else (595.3, 841.9)
    if abs(w - want[0]) > 2 or abs(h - want[1]) > 2:
        errs.append(f"{rel}: page size {w} x {h}, expected A4 {'landscape' if landscape else 'portrait'}")
    n = num_pages(pdf)
    if n != pages:
        errs.append(f"{rel}: {n} pages, designed {pages}")
    if pdf.stat().st_size >= 300 * 1024:
        errs.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 300 KB")
    if "contents" not in page_text(pdf, 2).lower():
        errs.append(f"{rel}: page 2 is not a contents page")
    return errs


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    docs, plan_rel = gold["documents"], gold["plan"]
    if set(docs) != set(DOCS):
        errors.append(f"documents differ from the expected set: {sorted(set(docs) ^ set(DOCS))}")
    plan_of: dict[str, list[str]] = {}
    for rel, doc in docs.items():
        pdf = ROOT / rel
        if not pdf.exists() or rel not in DOCS:
            continue
        errors += shape_errors(rel, pdf)
        n = num_pages(pdf)
        texts = {i: page_text(pdf, i) for i in range(1, n + 1)}
        normed = {i: norm(t) for i, t in texts.items()}
        pages = []
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
                if len(p["plan"]) > 1:
                    errors.append(f"{p['id']}: supports {len(p['plan'])} plan priorities, expected at most one")
            pg = p["page"]
            pages.append(pg)
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            if GLANCE.search(texts[pg]):
                errors.append(f"{p['id']}: page {pg} of {rel} is an 'at a glance' page")
            if not starts_line(p["text"], texts[pg], LABEL, span=6):
                errors.append(f"{p['id']}: no line of page {pg} starts with the text {p['text']!r}")
            if len(p["text"].split()) >= 4:
                others = [i for i in normed if i != pg and norm(p["text"]) in normed[i]]
                if others:
                    errors.append(f"{p['id']}: text also on page(s) {others} of {rel}")
        if rel == plan_rel:
            if pages != sorted(pages) or not set(pages) <= {6, 7, 8, 9}:
                errors.append(f"plan priorities on pages {pages}, expected in order over pages 6-9")
        elif len(set(pages)) != 1:
            errors.append(f"{rel}: priorities on pages {pages}, expected one page")
    errors += group_errors(gold, plan_of)
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if plan_ids != [f"P{i}" for i in range(1, 8)]:
        errors.append(f"the plan has priorities {plan_ids}, expected P1-P7")
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if [k for k, v in support.items() if v == 0] != ["P6"]:
        errors.append(f"expected exactly P6 without partner support: {support}")
    if sum(1 for v in plan_of.values() if not v) < 4:
        errors.append("expected at least four strategy priorities that support no plan priority")
    strategies = [r for r in docs if r != plan_rel]
    if len(strategies) != 12 or sum(docs[r]["kind"] == "csp" for r in strategies) != 4:
        errors.append("expected 12 strategies, 4 of them csp")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    with_plan = [g for g in gold["duplicates"] if set(g) & set(plan_ids)]
    if len(with_plan) != 1:
        errors.append(f"expected exactly one duplicate group holding a plan priority, found {len(with_plan)}")
    owner = {p["id"]: rel for rel, d in docs.items() for p in d["priorities"]}
    csps = {r for r in strategies if docs[r]["kind"] == "csp"}
    if not any({owner[x] for x in g if x in owner} >= csps for g in gold["duplicates"]):
        errors.append("expected one theme (anti-social behaviour) shared by all four CSPs")
    if list(SRC.rglob("__pycache__")):
        errors.append("src/humberside_districts holds __pycache__")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
