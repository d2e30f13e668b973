#!/usr/bin/env python3
"""Check west_yorkshire_metro/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_west_yorkshire_metro.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-10 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a bullet, a bare number or a
  letter label such as "(a)" (Safer Leeds) is removed.  A portico column,
  swimlane label or ticket may continue on the next lines (up to seven lines
  in all: the narrow VAWG columns wrap most);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly seven priorities; at least one plan priority has no
  partner support, and at least five strategy priorities support no plan
  priority;
- the area is large and metropolitan: 14-16 strategies, 70-85 gold priorities
  in all, exactly five district community safety partnership plans, 3-6
  priorities in every strategy;
- big duplicate groups: anti-social behaviour in at least six CSPs, domestic
  abuse in at least four; at least one group holds a plan priority; thematic
  strategies duplicate CSPs and each other (at least four groups mix a CSP
  and a thematic strategy or two thematic strategies).

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

GOLD = HERE / "west_yorkshire_metro" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–›]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$)|\([a-e]\)\s*)?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 10), span=7)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 7")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    strategies = [rel for rel in docs if rel != plan_rel]
    if not 14 <= len(strategies) <= 16:
        errors.append(f"{len(strategies)} strategies, expected 14-16")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 70 <= total <= 85:
        errors.append(f"{total} gold priorities, expected 70-85")
    csps = [rel for rel in strategies if docs[rel]["kind"] == "csp"]
    if len(csps) != 5:
        errors.append(f"{len(csps)} community safety partnership plans, expected 5 (one per district)")
    for rel in strategies:
        n = len(docs[rel]["priorities"])
        if not 3 <= n <= 6:
            errors.append(f"{rel}: {n} priorities, expected 3-6")
    owner = {p["id"]: rel for rel, d in docs.items() for p in d["priorities"]}
    sizes = sorted((len(g) for g in gold["duplicates"]), reverse=True)
    if len(sizes) < 2 or sizes[0] < 5 or sizes[1] < 4:
        errors.append(f"expected duplicate groups of at least 5 and 4 documents, got {sizes[:2]}")
    if not any(x in plan_ids for g in gold["duplicates"] for x in g):
        errors.append("expected at least one duplicate group with a plan priority")
    mixed = 0
    for g in gold["duplicates"]:
        kinds = [docs[owner[x]]["kind"] for x in g if x not in plan_ids]
        if sum(k != "csp" for k in kinds) >= 1 and len(kinds) >= 2:
            mixed += 1
    if mixed < 4:
        errors.append(f"expected at least four groups with a thematic strategy in them, got {mixed}")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
