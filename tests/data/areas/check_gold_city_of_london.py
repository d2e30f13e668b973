#!/usr/bin/env python3
"""Check city_of_london/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_city_of_london.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-14 pages, is under 200 KB and has "Contents" on page 2;
- every partner strategy states its priorities on one page, page 6 (the plan: pages 5-7);
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label such as "1." (the
  domestic abuse callout's list numbers) or a bullet is removed.  A wrapped
  heading, matrix row head or column head may continue on the next lines (up
  to five lines in all: the reoffending column heads wrap the most);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly six priorities; at least one plan priority has no partner
  support (P2, terrorism), and at least five strategy priorities support no plan priority;
- at least five duplicate groups, exactly one of which holds a plan priority (P1 with the
  Safer City Partnership's and the serious violence strategy's violence priorities).

With -v it also prints who supports each plan priority and the strategy
priorities that support none.  Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import group_errors, priority_errors, run_area  # noqa: E402

GOLD = HERE / "city_of_london" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|code|badge|ask us)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 14), span=5)
    for rel in gold["documents"]:
        pdf = GOLD.parent / rel
        if pdf.stat().st_size >= 200 * 1024:
            errors.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 200 KB")
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    for rel, doc in docs.items():
        for p in doc["priorities"]:
            want = {5, 6, 7} if rel == plan_rel else {6}
            if p["page"] not in want:
                errors.append(f"{p['id']}: page {p['page']}, expected one of {sorted(want)}")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    if len(gold["duplicates"]) < 5:
        errors.append("expected at least five duplicate groups")
    if sum(1 for grp in gold["duplicates"] if set(grp) & set(plan_ids)) != 1:
        errors.append("expected exactly one duplicate group that holds a plan priority")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
