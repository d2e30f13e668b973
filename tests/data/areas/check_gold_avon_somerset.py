#!/usr/bin/env python3
"""Check avon_somerset/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_avon_somerset.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 8-14 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label such as "PRIORITY 1",
  "Priority 1 –", "PRIORITY 1 OF 5", "STRATEGIC AIM 1", "01", "1." or a bullet
  is removed.  Labels printed on a line of their own ("01", "A", "STRATEGIC AIM
  2") leave an empty line, which is skipped.  A wrapped heading, card or table
  cell may continue on the next lines (up to three lines in all);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly four priorities; at least one plan priority has no
  partner support, another has at most two supporters, and at least three
  strategy priorities support no plan priority;
- at least three themes are shared by three or more documents (duplicate
  groups of three or more).

With -v it also prints the gaps (plan priorities no partner supports and
strategy priorities that support none).  Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

from check_gold import group_errors, priority_errors, run_area  # noqa: E402

GOLD = HERE / "avon_somerset" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:priority\s+\d+(?:\s+of\s+\d+)?\s*[:–-]?|strategic\s+aim\s+\d+\s*[:–-]?|[a-d]$|"
                   r"\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|strategic aim|aim)\s+\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 4:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 4")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("every plan priority has partner support; expected at least one gap")
    if sum(1 for n in support.values() if 0 < n <= 2) < 1:
        errors.append("expected a plan priority with little (one or two) partner support")
    if sum(1 for v in plan_of.values() if not v) < 3:
        errors.append("expected at least three strategy priorities that support no plan priority")
    if sum(1 for grp in gold["duplicates"] if len(grp) >= 3) < 3:
        errors.append("expected at least three themes shared by three or more documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
