#!/usr/bin/env python3
"""Check essex_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_essex_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-8 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is an "at a glance" page; each gold text starts a line of its page once a bullet or number is
  removed (a wrapped sign, hut door, note, container, stone, jigsaw piece or report-card cell may go on over
  up to five lines); gold texts carry no label;
- every strategy priority is on page 5 (the priorities page of the six-page skeleton) and the plan's on pp4-6;
- labels are consistent: the strategy priorities in one duplicate group share one `plan` list, and a group that
  holds a plan priority Px has Px in every strategy member's `plan`;
- the plan has six priorities; P6 has no partner support; at least six strategy priorities support no plan
  priority; 70-85 gold priorities in 15-17 documents (14-16 strategies);
- the anti-social behaviour group spans at least nine documents, the domestic abuse group at least seven, and
  at least four groups span three or more documents.

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

GOLD = HERE / "essex_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|pfcp)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 8), span=5)
    docs = gold["documents"]
    for rel, doc in docs.items():
        for p in doc["priorities"]:
            ok = 4 <= p["page"] <= 6 if rel == gold["plan"] else p["page"] == 5
            if not ok:
                errors.append(f"{p['id']}: unexpected page {p['page']}")
    plan_ids = [p["id"] for p in docs[gold["plan"]]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if support.get("P6", 1) != 0:
        errors.append("expected P6 to have no partner support")
    if sum(1 for v in plan_of.values() if not v) < 6:
        errors.append("expected at least six strategy priorities that support no plan priority")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 70 <= total <= 85:
        errors.append(f"{total} gold priorities, expected 70-85")
    if not 15 <= len(docs) <= 17:
        errors.append(f"{len(docs)} documents, expected 15-17")
    sizes = sorted((len(g) for g in gold["duplicates"]), reverse=True)
    if not sizes or sizes[0] < 9:
        errors.append("expected one duplicate group (anti-social behaviour) spanning at least nine documents")
    if len(sizes) < 2 or sizes[1] < 7:
        errors.append("expected a second group (domestic abuse) spanning at least seven documents")
    if sum(1 for n in sizes if n >= 3) < 4:
        errors.append("expected at least four duplicate groups spanning three or more documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
