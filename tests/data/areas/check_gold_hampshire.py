#!/usr/bin/env python3
"""Check hampshire/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_hampshire.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-14 pages, is under 200 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label such as "4" (the
  Southampton chapter numbers) or a bullet is removed.  A wrapped banner tile,
  chevron, staircase step or table cell may continue on the next lines (up to
  six lines in all: the serious violence staircase's lowest step wraps the most);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly seven priorities; at least one plan priority has no partner
  support, and at least four strategy priorities support no plan priority;
- at least one theme (anti-social behaviour) is shared by three documents;
- the layouts this area depends on are still there: the serious violence
  strategy's p6 is a double-width landscape spread, and the reducing reoffending
  strategy is landscape throughout.

With -v it also prints who supports each plan priority and the strategy
priorities that support none.  Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import group_errors, priority_errors, run_area  # noqa: E402

GOLD = HERE / "hampshire" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|pledge|theme|part)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)
SV = "strategies/hampshire_and_isle_of_wight_serious_violence_strategy_2024-29.pdf"
REO = "strategies/hampshire_and_isle_of_wight_reducing_reoffending_strategy_2024-27.pdf"


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out, re.M)]


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 14), span=6)
    for rel in gold["documents"]:
        pdf = GOLD.parent / rel
        if pdf.stat().st_size >= 200 * 1024:
            errors.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 200 KB")
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 7")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 4:
        errors.append("expected at least four strategy priorities that support no plan priority")
    if not any(len(grp) >= 3 for grp in gold["duplicates"]):
        errors.append("expected a theme shared by three or more documents")
    sizes = page_sizes(GOLD.parent / SV)
    if len(sizes) < 6 or not (sizes[5][0] > 1.9 * sizes[0][0] and sizes[5][0] > sizes[5][1]):
        errors.append(f"{SV}: page 6 is not a double-width spread")
    if any(w <= h for w, h in page_sizes(GOLD.parent / REO)):
        errors.append(f"{REO}: expected landscape pages throughout")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
