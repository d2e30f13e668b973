#!/usr/bin/env python3
"""Check surrey_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_surrey_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF is under 300 KB; every document except the Tandridge two-page summary has 6-8 pages and
  "Contents" on page 2; the Tandridge summary has exactly two pages and its priorities on page 1;
- no gold page is an "at a glance" page; each gold text starts a line of its page once a label ("3.1", a
  bullet) is removed, a wrapped heading or table cell going on over up to four lines; gold texts carry no label;
- labels are consistent: the strategy priorities in one duplicate group share one `plan` list, and a group that
  holds a plan priority Px has Px in every strategy member's `plan`;
- the plan has six priorities; at least one plan priority (P6) has no partner support; at least eight strategy
  priorities support no plan priority; 85-110 gold priorities in 18-21 documents;
- the anti-social behaviour group spans at least nine documents, and at least five groups span three or more.

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
from check_gold import GLANCE, group_errors, num_pages, page_text, priority_errors, run_area, starts_line  # noqa: E402

GOLD = HERE / "surrey_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|outcome)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)
SUMMARY = "strategies/tandridge_community_safety_partnership_plan_2026-29_summary.pdf"


def extra(gold: dict) -> list[str]:
    docs = gold["documents"]
    main = dict(gold, documents={k: v for k, v in docs.items() if k != SUMMARY})
    errors, plan_of = priority_errors(main, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 8), span=4)
    # the two-page summary
    pdf = GOLD.parent / SUMMARY
    if num_pages(pdf) != 2:
        errors.append(f"{SUMMARY}: {num_pages(pdf)} pages, expected 2")
    if pdf.stat().st_size >= 300 * 1024:
        errors.append(f"{SUMMARY}: over 300 KB")
    for p in docs[SUMMARY]["priorities"]:
        plan_of[p["id"]] = sorted(p["plan"])
        if p["page"] != 1:
            errors.append(f"{p['id']}: expected page 1 of the summary")
        txt = page_text(pdf, p["page"])
        if GLANCE.search(txt):
            errors.append(f"{p['id']}: 'at a glance' page")
        if TEXT_LABEL.search(p["text"]):
            errors.append(f"{p['id']}: text keeps its label")
        if not starts_line(p["text"], txt, LABEL, span=4):
            errors.append(f"{p['id']}: no line of page {p['page']} starts with {p['text']!r}")
    plan_ids = [p["id"] for p in docs[gold["plan"]]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if support.get("P6", 1) != 0:
        errors.append("expected P6 to have no partner support")
    if sum(1 for v in plan_of.values() if not v) < 8:
        errors.append("expected at least eight strategy priorities that support no plan priority")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 85 <= total <= 110:
        errors.append(f"{total} gold priorities, expected 85-110")
    if not 18 <= len(docs) <= 21:
        errors.append(f"{len(docs)} documents, expected 18-21")
    sizes = sorted((len(g) for g in gold["duplicates"]), reverse=True)
    if not sizes or sizes[0] < 9:
        errors.append("expected one duplicate group (anti-social behaviour) spanning at least nine documents")
    if sum(1 for n in sizes if n >= 3) < 5:
        errors.append("expected at least five duplicate groups spanning three or more documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
