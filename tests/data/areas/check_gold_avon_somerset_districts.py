#!/usr/bin/env python3
"""Check avon_somerset_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_avon_somerset_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 5-17 pages, is under 300 KB and has "Contents" on page 2; at least two strategies are long
  (12 pages or more);
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label is removed: a list number "1." (the Word lists), a
  binder section number "01", a drawn numeral, a time of night ("10pm", Bath) or a bullet or marker glyph.
  A wrapped heading, tab or band may continue on the next lines (up to four lines in all);
- labels are consistent: the strategy priorities in one duplicate group share the same `plan` list, and a group
  that holds a plan priority Px has Px in every strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has seven priorities, 17 to 20 strategies, 85 to 110 gold priorities in all; at least one plan
  priority has no partner support, and at least five strategy priorities support no plan priority;
- at least three themes are shared by three or more documents, and at least two groups hold a plan priority.

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
from check_gold import group_errors, num_pages, priority_errors, run_area  # noqa: E402

GOLD = HERE / "avon_somerset_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25aa\u25c6\u25cf\-–]\s*)?"
                   r"(?:(?:\d{1,2}(?:am|pm))|(?:0?\d(?:\.\d+)?[.)]?))?(?:\s|$)\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|because|lead|status)\b\s*\w*\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(5, 17), span=4)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 7")
    n_strat = len(docs) - 1
    if not 17 <= n_strat <= 20:
        errors.append(f"{n_strat} strategies, expected 17-20")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 85 <= total <= 110:
        errors.append(f"{total} gold priorities, expected 85-110")
    long_docs = sum(1 for rel in docs if rel != plan_rel and num_pages(GOLD.parent / rel) >= 12)
    if long_docs < 2:
        errors.append(f"{long_docs} long strategies (12+ pages), expected at least two")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    strat_only = [[x for x in g if x not in plan_ids] for g in gold["duplicates"]]
    if sum(1 for g in strat_only if len(g) >= 3) < 3:
        errors.append("expected at least three themes shared by three or more documents")
    if sum(1 for g in gold["duplicates"] if any(x in plan_ids for x in g)) < 2:
        errors.append("expected at least two duplicate groups that hold a plan priority")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
