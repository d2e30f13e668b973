#!/usr/bin/env python3
"""Check kent_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_kent_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-10 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label is removed: a bullet,
  a bare number (the scoreboard's and the hopscotch squares' numbers print on
  lines of their own), or the drugs plan's caption label "Priority 1 –".  A
  wrapped heading, badge, locker or band may continue on the next lines (up to
  five lines in all: the fire engine's lockers wrap the most);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly six priorities; at least one plan priority has no partner
  support, and at least five strategy priorities support no plan priority;
- the area is large: 17-20 strategies, 85-110 gold priorities in all, 10-13
  community safety partnership plans, and big duplicate groups (anti-social
  behaviour in at least nine documents, domestic abuse in at least eight);
- every strategy has 3-6 priorities.

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

GOLD = HERE / "kent_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:priority\s+\d+\s*[–-]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 10), span=5)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    strategies = [rel for rel in docs if rel != plan_rel]
    if not 17 <= len(strategies) <= 20:
        errors.append(f"{len(strategies)} strategies, expected 17-20")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 85 <= total <= 110:
        errors.append(f"{total} gold priorities, expected 85-110")
    csps = [rel for rel in strategies if docs[rel]["kind"] == "csp"]
    if not 10 <= len(csps) <= 13:
        errors.append(f"{len(csps)} community safety partnership plans, expected 10-13")
    for rel in strategies:
        n = len(docs[rel]["priorities"])
        if not 3 <= n <= 6:
            errors.append(f"{rel}: {n} priorities, expected 3-6")
    sizes = sorted((len(g) for g in gold["duplicates"]), reverse=True)
    if len(sizes) < 2 or sizes[0] < 9 or sizes[1] < 8:
        errors.append(f"expected duplicate groups of at least 9 and 8 documents, got {sizes[:2]}")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
