#!/usr/bin/env python3
"""Check west_yorkshire/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_west_yorkshire.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 8-15 pages and is under 300 KB;
- page 2 is a contents page with dot leaders that names every gold priority
  of its document (as the development set's README describes);
- both layout families are present in about equal numbers: Word-style reports
  (producer LibreOffice) and designed brochures (producer ReportLab), 4-6 each;
- no gold page is an "at a glance" page;
- each gold text starts a line of its page once a label such as "Priority 3 –",
  "PRIORITY 1", "Objective A:", "4.1", "1." or a bullet is removed.  A wrapped
  heading or table cell may continue on the next lines, so the check reads up
  to three consecutive lines from the one that starts it;
- gold texts carry no label themselves;
- the strategy priorities in one duplicate group share the same `plan` list,
  and a group that holds a plan priority Px has Px in every strategy member's
  `plan`;
- the plan has 4-7 priorities, at least one strategy priority supports no plan
  priority, and some strategy page (not a gold page) quotes all the plan's
  priorities.

With -v it also prints each plan priority's support and the strategy
priorities that support none.  Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

from check_gold import document_errors, group_errors, norm, num_pages, page_text, run_area, starts_line  # noqa: E402

GOLD = HERE / "west_yorkshire" / "gold.json"
WORDS = r"(?:one|two|three|four|five|six|seven|eight|\d+)"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:(?:strategic\s+)?priority\s+" + WORDS + r"\s*[:–-]?|objective\s+[a-z]\s*[:–-]|"
                   r"\d+\.\d+\s|\d+[.)]\s*)?\s*", re.I)
GLANCE = re.compile(r"at a glance|plan on a page", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|objective|outcome|ambition|strategic priority)\s+\w+\s*[:–-]?\s|"
                        r"^\d+(?:\.\d+)?[.)]?\s", re.I)
LEADER = re.compile(r"(?:\.\s?){6,}")



def producer(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"^Producer:\s+(.*)$", out, re.M)
    return m.group(1) if m else ""


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    root = GOLD.parent
    docs = gold["documents"]
    plan_rel = gold["plan"]
    plan_of: dict[str, list[str]] = {}
    families = {"word": 0, "brochure": 0}
    gold_pages: dict[str, set[int]] = {}
    for rel, doc in docs.items():
        pdf = root / rel
        errors += document_errors(rel, pdf, (8, 15))
        prod = producer(pdf)
        if "LibreOffice" in prod:
            families["word"] += 1
        elif "ReportLab" in prod:
            families["brochure"] += 1
        else:
            errors.append(f"{rel}: unexpected producer {prod!r}")
        toc = page_text(pdf, 2)
        if "contents" not in toc.lower() or not LEADER.search(toc):
            errors.append(f"{rel}: page 2 is not a contents page with dot leaders")
        ntoc = norm(toc)
        texts: dict[int, str] = {}
        gold_pages[rel] = set()
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
            if norm(p["text"]) not in ntoc:
                errors.append(f"{p['id']}: not named on the contents page of {rel}")
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            pg = p["page"]
            gold_pages[rel].add(pg)
            if pg not in texts:
                texts[pg] = page_text(pdf, pg)
            if GLANCE.search(texts[pg]):
                errors.append(f"{p['id']}: page {pg} of {rel} is an 'at a glance' page")
            if not starts_line(p["text"], texts[pg], LABEL):
                errors.append(f"{p['id']}: no line of page {pg} starts with the text {p['text']!r}")
    for fam, k in families.items():
        if not 4 <= k <= 6:
            errors.append(f"{k} documents in the {fam} family, expected 4-6")
    plan_texts = [norm(p["text"]) for p in docs[plan_rel]["priorities"]]
    if not 4 <= len(plan_texts) <= 7:
        errors.append(f"the plan has {len(plan_texts)} priorities, expected 4-7")
    quoted = []
    for rel in docs:
        if rel == plan_rel:
            continue
        pdf = root / rel
        for pg in range(3, num_pages(pdf) + 1):
            if pg in gold_pages[rel]:
                continue
            t = norm(page_text(pdf, pg))
            if all(x in t for x in plan_texts):
                quoted.append(f"{rel} p{pg}")
    if not quoted:
        errors.append("no strategy quotes the plan's priorities")
    errors += group_errors(gold, plan_of)
    if not any(not v for v in plan_of.values()):
        errors.append("every strategy priority supports a plan priority; expected at least one that supports none")
    if not 10 <= len(gold["duplicates"]) <= 14:
        errors.append(f"{len(gold['duplicates'])} duplicate groups, expected 10-14")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
