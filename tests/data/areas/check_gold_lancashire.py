#!/usr/bin/env python3
"""Check lancashire/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_lancashire.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 8-14 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label such as "PRIORITY ONE",
  "4.1", "OUTCOME 2", "AMBITION 1", "Strategic priority 3", "1." or a bullet
  is removed.  A wrapped heading or table cell may continue on the next lines
  (pdftotext prints "Reducing the" and "over-representation of" as two lines),
  so the check reads up to three consecutive lines from the one that starts it;
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has 5-7 priorities, at least one plan priority has no partner
  support, and at least one strategy priority supports no plan priority.

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

GOLD = HERE / "lancashire" / "gold.json"
WORDS = r"(?:one|two|three|four|five|six|seven|\d+)"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:(?:strategic\s+)?priority\s+" + WORDS + r"\s*[:–-]?|(?:outcome|ambition)\s+\d+\s*[:–-]?|"
                   r"objective\s+[a-z]\s*[:–-]|\d+\.\d+\s|\d+[.)]\s*)?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|objective|outcome|ambition|strategic priority)\s+\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s",
                        re.I)



def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if not 5 <= len(plan_ids) <= 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 5-7")
    errors += group_errors(gold, plan_of)
    supported = {x for v in plan_of.values() for x in v}
    if all(pid in supported for pid in plan_ids):
        errors.append("every plan priority has partner support; expected at least one gap")
    if not any(not v for v in plan_of.values()):
        errors.append("every strategy priority supports a plan priority; expected at least one that supports none")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
