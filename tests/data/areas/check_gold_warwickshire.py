#!/usr/bin/env python3
"""Check warwickshire/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_warwickshire.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-14 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label such as "(1)" (the
  Nuneaton and Bedworth report) or "Priority A –" (the youth justice plan's
  generated list labels) is removed.  A wrapped heading, banner, tape strip or
  jar label may continue on the next lines (up to six lines in all: the
  reoffending jar labels wrap the most);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly six priorities; at least one plan priority has no partner
  support, and at least three strategy priorities support no plan priority;
- at least one theme is shared by three documents (serious violence and knives).

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

GOLD = HERE / "warwickshire" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\-–]\s*)?(?:\(\d+\)\s*|priority\s+[a-e]\s*[–-]\s*|\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*",
                   re.I)
TEXT_LABEL = re.compile(r"^(?:priority|act|ch|slide)\s+\w{1,4}\s*[:–-]?\s|^\(?\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 14), span=6)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 3:
        errors.append("expected at least three strategy priorities that support no plan priority")
    if not any(len(grp) >= 3 for grp in gold["duplicates"]):
        errors.append("expected at least one theme shared by three or more documents")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 40 <= total <= 48:
        errors.append(f"{total} gold priorities, expected 40-48")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
