#!/usr/bin/env python3
"""Check bedfordshire/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_bedfordshire.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-14 pages, is under 150 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label such as the "»" glyph
  (reoffending table) or a bullet is removed.  A wrapped airship, boat, hat-box,
  kite, planet, level card or table cell may continue on the next lines (up to
  four lines in all);
- gold texts carry no label themselves ("Level 1", "Priority 2:", "1.");
- every document states its priorities on one or two pages (the plan: three, two
  airships a page);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- the plan has exactly six priorities; at least one plan priority (P6) has no
  partner support, and at least three strategy priorities support no plan
  priority;
- at least two themes are shared by three documents (anti-social behaviour;
  child criminal exploitation) and exactly one group holds a plan priority (P1).

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

GOLD = HERE / "bedfordshire" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\u00bb\-–]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|level|power-ups)\s*\w*\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s|^»", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 14), span=4)
    docs, plan_rel = gold["documents"], gold["plan"]
    for rel, doc in docs.items():
        pdf = GOLD.parent / rel
        if pdf.stat().st_size >= 150 * 1024:
            errors.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 150 KB")
        pages = {p["page"] for p in doc["priorities"]}
        if len(pages) > (3 if rel == plan_rel else 2):
            errors.append(f"{rel}: priorities spread over pages {sorted(pages)}")
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
    with_plan = [grp for grp in gold["duplicates"] if any(x in plan_ids for x in grp)]
    if len(with_plan) != 1:
        errors.append(f"expected exactly one duplicate group holding a plan priority, found {len(with_plan)}")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
