#!/usr/bin/env python3
"""Check northamptonshire/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_northamptonshire.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 8-14 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label is removed: an en dash
  (West Northamptonshire's cascade box), a number ("1" in the prescription,
  the exercise book margin) or a symbol of the drugs strategy's shape key
  (diamond, disc, triangle, square).  A wrapped label, column or bubble may go
  on over the next lines (up to seven lines in all: the domestic abuse
  forecast panels are narrow);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly six priorities; at least one plan priority has no partner
  support, at least three strategy priorities support no plan priority, and at
  least one duplicate group holds a plan priority.

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

GOLD = HERE / "northamptonshire" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25c6\u25b2\u25a0\u2713\-–]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|status|dose|how)\s*\w*\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s|^[–•]", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(8, 14), span=7)
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
    if not any(x in plan_ids for grp in gold["duplicates"] for x in grp):
        errors.append("expected a duplicate group that holds a plan priority")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 40 <= total <= 48:
        errors.append(f"{total} gold priorities, expected 40-48")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
