#!/usr/bin/env python3
"""Check north_wales/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_north_wales.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-14 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label such as "(ii)" (the
  drugs strategy's Roman numerals) or a bullet is removed.  A wrapped heading,
  postcard, stepping stone or T-shirt may continue on the next lines (up to six
  lines in all: the youth justice T-shirts wrap the most);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has exactly six priorities; at least one plan priority has no partner
  support, and at least three strategy priorities support no plan priority;
- at least two themes are shared by three documents;
- bilingual documents: the plan, the Gwynedd and Anglesey CSP and the VAWDASV
  strategy carry Welsh text on each gold page or, for the VAWDASV strategy (Welsh
  section, then English), the Welsh priorities on the page before the gold page;
  the Welsh titles are never gold.

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
from check_gold import group_errors, norm, page_text, priority_errors, run_area  # noqa: E402

GOLD = HERE / "north_wales" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–◆]\s*)?"
                   r"(?:(?:\d+(?:\.\d+)?[.)]?|\((?:i|ii|iii|iv|v)\))(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|blaenoriaeth|waymark)\s*\w*\s*[:–-]?\s|^\(?[ivx]+\)\s|^\d+(?:\.\d+)?[.)]?\s",
                        re.I)
WELSH = {  # document -> (page that must carry Welsh, a Welsh word expected there)
    "plan/north_wales_police_and_crime_plan_2025-29.pdf": [(5, "cymdogaethau"), (6, "dioddefwyr"), (7, "ffyrdd")],
    "strategies/gwynedd_anglesey_community_safety_partnership_strategy_2024-27.pdf": [(6, "blaenoriaethau")],
    "strategies/north_wales_vawdasv_strategy_2023-28.pdf": [(7, "cyflawnwyr")],
}


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 14), span=6)
    docs, plan_rel = gold["documents"], gold["plan"]
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
    for rel, checks in WELSH.items():
        for pg, word in checks:
            if word not in page_text(GOLD.parent / rel, pg).lower():
                errors.append(f"{rel}: no Welsh ({word!r}) on page {pg}")
    vaw = "strategies/north_wales_vawdasv_strategy_2023-28.pdf"
    welsh_page = norm(page_text(GOLD.parent / vaw, 7))
    for p in docs[vaw]["priorities"]:
        if norm(p["text"]) in welsh_page:
            errors.append(f"{p['id']}: English text found on the Welsh page 7")
        if "english" not in page_text(GOLD.parent / vaw, p["page"]).lower():
            errors.append(f"{p['id']}: gold page {p['page']} is not an English page")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
