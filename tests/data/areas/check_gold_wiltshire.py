#!/usr/bin/env python3
"""Check wiltshire/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_wiltshire.py [-v]

Runs the shared checks of check_gold.py, then:

- every PDF has 6-14 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a bullet or number label is removed; a wrapped priority (the
  shop fascias, street-lamp signs and clock quarters wrap the most) may go on over up to ten lines;
- the strategy priorities in one duplicate group share the same `plan` list, and a group holding a plan
  priority Px has Px in every strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly six priorities; at least one plan priority has no partner support, and at least three
  strategy priorities support no plan priority;
- at least two themes are shared by three documents (serious violence; criminal exploitation);
- all strategy priorities are stated on page 6.

With -v it also prints who supports each plan priority and the strategy priorities that support none.
Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import group_errors, priority_errors, run_area  # noqa: E402

GOLD = HERE / "wiltshire" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|lead|no\.)\s*\w*\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 14), span=10)
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
    if sum(1 for grp in gold["duplicates"] if len(grp) >= 3) < 2:
        errors.append("expected at least two themes shared by three or more documents")
    for rel, doc in docs.items():
        if rel != plan_rel:
            errors += [f"{p['id']}: page {p['page']}, expected 6" for p in doc["priorities"] if p["page"] != 6]
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
