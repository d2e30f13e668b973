#!/usr/bin/env python3
"""Check lancashire_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_lancashire_districts.py [-v]

Runs the shared checks of check_gold.py, then:

- every PDF has 5-9 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is an "at a glance" page;
- each gold text starts a line of its page once a label such as "(a)" (the board resolutions), "1." (the
  email list, the shirt numbers) or a bullet is removed; a wrapped priority may go on over four lines;
- the strategy priorities in one duplicate group share the same `plan` list, and a group that holds a plan
  priority Px has Px in every strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has six priorities; 17-20 partner strategies, at least ten of them CSPs; 85-110 gold priorities;
- at least one plan priority has no partner support, and at least five strategy priorities support none;
- the anti-social behaviour group spans at least eight documents and the domestic abuse group at least seven.

With -v it also prints who supports each plan priority and the strategy priorities that support none.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import group_errors, priority_errors, run_area  # noqa: E402

GOLD = HERE / "lancashire_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\uf0b7\u2605\-–]\s*)?(?:\([a-g]\)\s*)?(?:\d+[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|item|stop)\s*\w+\s*[:–-]?\s|^\(?[a-g0-9]\)\s|^\d+[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(5, 9), span=4)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    n_docs = len(docs) - 1
    if not 17 <= n_docs <= 20:
        errors.append(f"{n_docs} partner strategies, expected 17-20")
    if sum(1 for d in docs.values() if d["kind"] == "csp") < 10:
        errors.append("expected at least ten CSP plans")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 85 <= total <= 110:
        errors.append(f"{total} gold priorities, expected 85-110")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    sizes = sorted((len(g) for g in gold["duplicates"]), reverse=True)
    if sizes[:2] < [10, 9] and (sizes[0] < 8 or sizes[1] < 7):
        errors.append(f"expected big ASB and domestic abuse groups, got sizes {sizes[:3]}")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
