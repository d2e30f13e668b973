#!/usr/bin/env python3
"""Check merseyside/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_merseyside.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-14 pages, is under 200 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a bullet or number label is
  removed.  A wrapped heading, card title, hexagon or merged table cell may
  continue on the next lines (up to five lines in all: the Liverpool cards and
  the St Helens hexagons wrap the most);
- gold texts carry no label themselves, and none ends with a full stop;
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- the plan has exactly six priorities, each on a page that opens with a part
  band ("PART ONE" ...); at least one plan priority has no partner support, and
  at least three strategy priorities support no plan priority;
- at least two themes are shared by three documents (anti-social behaviour;
  serious violence and knife crime);
- layout facts the gold pages rely on: the serious violence strategy's gold page
  is its one landscape spread (wider than tall) and its contents page gives the
  printed number 7 for "Our four priorities"; the reoffending priorities are
  questions; the Knowsley priorities are on the action plan pages, after the
  table's "Priority" header.

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
from check_gold import group_errors, page_text, priority_errors, run_area  # noqa: E402

GOLD = HERE / "merseyside" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|part|pledge|lead|commitment)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)
SV = "strategies/merseyside_serious_violence_duty_strategy_2024-29.pdf"
REO = "strategies/merseyside_reducing_reoffending_strategy_2024-27.pdf"
KNO = "strategies/knowsley_safer_communities_partnership_plan_2024-27.pdf"


def page_size(pdf: Path, n: int) -> tuple[float, float]:
    out = subprocess.run(["pdfinfo", "-f", str(n), "-l", str(n), str(pdf)], capture_output=True, text=True).stdout
    m = re.search(rf"^Page\s+{n} size:\s+([\d.]+) x ([\d.]+)", out, re.M)
    return (float(m.group(1)), float(m.group(2))) if m else (0.0, 0.0)


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 14), span=5)
    docs, plan_rel = gold["documents"], gold["plan"]
    for rel, doc in docs.items():
        pdf = GOLD.parent / rel
        if pdf.stat().st_size >= 200 * 1024:
            errors.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 200 KB")
        for p in doc["priorities"]:
            if p["text"].rstrip().endswith("."):
                errors.append(f"{p['id']}: text ends with a full stop")
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    for p in docs[plan_rel]["priorities"]:
        if not re.search(r"^PART (ONE|TWO|THREE)$", page_text(GOLD.parent / plan_rel, p["page"]), re.M):
            errors.append(f"{p['id']}: page {p['page']} of the plan has no part band")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 3:
        errors.append("expected at least three strategy priorities that support no plan priority")
    if sum(1 for grp in gold["duplicates"] if len(grp) >= 3) < 2:
        errors.append("expected at least two themes shared by three or more documents")
    # layout facts
    if SV in docs:
        pdf = GOLD.parent / SV
        for p in docs[SV]["priorities"]:
            w, h = page_size(pdf, p["page"])
            if not w > h:
                errors.append(f"{p['id']}: page {p['page']} is not the landscape spread")
        toc = page_text(pdf, 2)
        if not re.search(r"Our four priorities[ .]*7\b", toc):
            errors.append("serious violence contents: expected 'Our four priorities' at printed page 7")
    if REO in docs:
        for p in docs[REO]["priorities"]:
            if not p["text"].endswith("?"):
                errors.append(f"{p['id']}: expected a question")
    if KNO in docs:
        pdf = GOLD.parent / KNO
        for p in docs[KNO]["priorities"]:
            t = page_text(pdf, p["page"])
            if "How we will" not in t or not re.search(r"^Priority$", t, re.M):
                errors.append(f"{p['id']}: page {p['page']} is not an action plan page")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
