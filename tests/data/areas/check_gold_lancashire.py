#!/usr/bin/env python3
"""Check lancashire/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_lancashire.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 8-14 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label such as "PRIORITY ONE",
  "4.1", "OUTCOME 2", "AMBITION 1", "Strategic priority 3", "1." or a bullet
  is removed.  A wrapped heading or table cell may continue on the next lines
  (pdftotext prints "Reducing the" and "over-representation of" as two lines),
  so the check reads up to three consecutive lines from the one that starts it;
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves;
- the plan has 5-7 priorities, at least one plan priority has no partner
  support, and at least one strategy priority supports no plan priority.

With -v it also prints the gaps (plan priorities no partner supports and
strategy priorities that support none).  Exit status 0 when all pass.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

from check_gold import check, norm, num_pages, page_text  # noqa: E402

GOLD = HERE / "lancashire" / "gold.json"
WORDS = r"(?:one|two|three|four|five|six|seven|\d+)"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:(?:strategic\s+)?priority\s+" + WORDS + r"\s*[:–-]?|(?:outcome|ambition)\s+\d+\s*[:–-]?|"
                   r"objective\s+[a-z]\s*[:–-]|\d+\.\d+\s|\d+[.)]\s*)?\s*", re.I)
GLANCE = re.compile(r"at a glance|plan on a page", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|objective|outcome|ambition|strategic priority)\s+\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s",
                        re.I)


def starts_line(text: str, page: str) -> bool:
    want = norm(text)[:14]
    lines = [norm(LABEL.sub("", ln)) for ln in page.splitlines()]
    lines = [ln for ln in lines if ln]
    for i, ln in enumerate(lines):
        if not want.startswith(ln[:len(want)]):
            continue
        if "".join(lines[i:i + 3]).startswith(want):
            return True
    return False


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    root = GOLD.parent
    docs = gold["documents"]
    plan_rel = gold["plan"]
    plan_of = {}
    for rel, doc in docs.items():
        pdf = root / rel
        n = num_pages(pdf)
        if not 8 <= n <= 14:
            errors.append(f"{rel}: {n} pages, expected 8-14")
        if pdf.stat().st_size >= 300 * 1024:
            errors.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 300 KB")
        if "contents" not in page_text(pdf, 2).lower():
            errors.append(f"{rel}: page 2 is not a contents page")
        texts: dict[int, str] = {}
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            pg = p["page"]
            if pg not in texts:
                texts[pg] = page_text(pdf, pg)
            if GLANCE.search(texts[pg]):
                errors.append(f"{p['id']}: page {pg} of {rel} is an 'at a glance' page")
            if not starts_line(p["text"], texts[pg]):
                errors.append(f"{p['id']}: no line of page {pg} starts with the text {p['text']!r}")
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if not 5 <= len(plan_ids) <= 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 5-7")
    for gi, group in enumerate(gold["duplicates"]):
        members = [x for x in group if x not in plan_ids]
        plans = {tuple(plan_of[x]) for x in members}
        if len(plans) > 1:
            errors.append(f"duplicate group {gi} {group}: members align to different plan priorities {sorted(plans)}")
        for px in (x for x in group if x in plan_ids):
            for x in members:
                if px not in plan_of[x]:
                    errors.append(f"duplicate group {gi}: {x} is grouped with {px} but does not align to it")
    supported = {x for v in plan_of.values() for x in v}
    if all(pid in supported for pid in plan_ids):
        errors.append("every plan priority has partner support; expected at least one gap")
    if not any(not v for v in plan_of.values()):
        errors.append("every strategy priority supports a plan priority; expected at least one that supports none")
    return errors


def main(argv: list[str]) -> int:
    errors = check(GOLD)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    more = extra(gold)
    for e in errors + more:
        print("  FAIL", e)
    print(f"extra checks: {len(more)} problems")
    if "-v" in argv:
        docs = gold["documents"]
        plan_ids = [p["id"] for p in docs[gold["plan"]]["priorities"]]
        support = {pid: [] for pid in plan_ids}
        none = []
        for rel, doc in docs.items():
            if rel == gold["plan"]:
                continue
            for p in doc["priorities"]:
                for x in p["plan"]:
                    support[x].append(p["id"])
                if not p["plan"]:
                    none.append(p["id"])
        for pid in plan_ids:
            print(f"  {pid}: supported by {len(support[pid])}: {' '.join(support[pid]) or '-'}")
        print(f"  support no plan priority ({len(none)}): {' '.join(none)}")
    bad = len(errors) + len(more)
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
