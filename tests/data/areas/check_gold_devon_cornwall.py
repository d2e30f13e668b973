#!/usr/bin/env python3
"""Check devon_cornwall/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_devon_cornwall.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 8-14 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label such as "Priority 1 –",
  "Objective A –", "1." or a bullet is removed (so it is a heading, list item or
  table cell, not words inside a sentence);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves.

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

GOLD = HERE / "devon_cornwall" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?(?:(?:strategic\s+)?priority\s+\d+\s*[:–-]?|objective\s+[a-z]\s*[:–-]|"
                   r"\d+[.)]\s*)?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|objective|strategic priority)\s+\w+\s*[:–-]|^\d+[.)]\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, span=1)
    errors += group_errors(gold, plan_of)
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
