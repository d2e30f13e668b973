#!/usr/bin/env python3
"""Check thames_valley_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_thames_valley_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 7-8 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label or bullet is removed.
  A wrapped plaque, chain link, roundabout board, spire panel, ribbon strip or
  padlock may continue on the next lines (up to six lines in all: the spire
  panels wrap the most);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly six priorities; at least one plan priority has no partner
  support, and at least five strategy priorities support no plan priority;
- the area's scale: 17-20 partner strategies, 85-110 gold priorities in all, at
  least ten community safety partnership plans, and at least four themes shared
  by three or more documents (anti-social behaviour in ten, domestic abuse in
  eight).

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

GOLD = HERE / "thames_valley_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|objective|item)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(7, 8), span=6)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    n_docs = len(docs) - 1
    if not 17 <= n_docs <= 20:
        errors.append(f"{n_docs} partner strategies, expected 17-20")
    n_pri = sum(len(d["priorities"]) for d in docs.values())
    if not 85 <= n_pri <= 110:
        errors.append(f"{n_pri} gold priorities, expected 85-110")
    if sum(1 for d in docs.values() if d["kind"] == "csp") < 10:
        errors.append("expected at least ten community safety partnership plans")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    if sum(1 for grp in gold["duplicates"] if len(grp) >= 3) < 4:
        errors.append("expected at least four themes shared by three or more documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
