#!/usr/bin/env python3
"""Check cumbria/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_cumbria.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-14 pages, is under 200 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label such as the plan's
  generated list number ("1") or a bullet is removed.  A wrapped heading, board,
  bubble, tier, station or brick may continue on the next lines (up to five
  lines in all: the route map's station names wrap the most);
- gold texts carry no label themselves and end without a full stop;
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`; such a group also holds a partner priority worded as
  the plan priority (the same words once case and punctuation are ignored);
- the plan has exactly six priorities; at least one plan priority has no partner
  support, and at least three strategy priorities support no plan priority;
- at least one theme is shared by three documents (anti-social behaviour);
- layout facts the gold pages rely on: each plan priority's page carries the
  generated objective numbers ("1.1" ...) on lines of their own; the Carlisle
  priorities are on profile pages (a "Priority" field name on a line of its
  own); the domestic abuse priorities share their page with the collapsed
  "More about this strategy" bars; the youth justice priorities are on the
  signed charter page.

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

GOLD = HERE / "cumbria" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|profile|tier|pledge)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)
CAR = "strategies/safer_carlisle_partnership_action_plan_2024-26.pdf"
DA = "strategies/cumbria_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
YJ = "strategies/cumberland_youth_justice_plan_2024-25.pdf"


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 14), span=5)
    docs, plan_rel = gold["documents"], gold["plan"]
    text_of = {}
    for rel, doc in docs.items():
        pdf = GOLD.parent / rel
        if pdf.stat().st_size >= 200 * 1024:
            errors.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 200 KB")
        for p in doc["priorities"]:
            text_of[p["id"]] = p["text"]
            if p["text"].rstrip().endswith("."):
                errors.append(f"{p['id']}: text ends with a full stop")
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    errors += group_errors(gold, plan_of)
    for gi, group in enumerate(gold["duplicates"]):
        for px in (x for x in group if x in plan_ids):
            if not any(norm(text_of[x]) == norm(text_of[px]) for x in group if x not in plan_ids):
                errors.append(f"duplicate group {gi}: no partner priority is worded as plan priority {px}")
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 3:
        errors.append("expected at least three strategy priorities that support no plan priority")
    if not any(len(grp) >= 3 for grp in gold["duplicates"]):
        errors.append("expected a theme shared by three or more documents")
    # layout facts
    plan_pdf = GOLD.parent / plan_rel
    for k, p in enumerate(docs[plan_rel]["priorities"], 1):
        if not re.search(rf"^{k}\.1$", page_text(plan_pdf, p["page"]) + "\n" +
                         page_text(plan_pdf, p["page"] + 1), re.M):
            errors.append(f"{p['id']}: objective {k}.1 not found on page {p['page']} or the next")
    checks = [(CAR, r"^Priority$", "a profile page"), (DA, r"^More about this strategy$", "the accordion page"),
              (YJ, r"^Signed: _+$", "the charter page")]
    for rel, pat, what in checks:
        if rel in docs:
            for p in docs[rel]["priorities"]:
                if not re.search(pat, page_text(GOLD.parent / rel, p["page"]), re.M):
                    errors.append(f"{p['id']}: page {p['page']} of {rel} is not {what}")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
