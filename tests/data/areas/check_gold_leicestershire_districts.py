#!/usr/bin/env python3
"""Check leicestershire_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_leicestershire_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-16 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label ("01", "1.", a bullet)
  is removed; a wrapped square, register cell, matrix row or column header may
  go on over up to six lines;
- gold texts carry no label or code ("Priority 2", "HBC-P3", "01") themselves;
- each document states its priorities once, on one page: all of a document's
  gold priorities share a page, and no gold text occurs on any other page of its
  document except an "at a glance" / "plan on a page" summary;
- the two register documents (Hinckley and Bosworth, North West
  Leicestershire) do have an "at a glance" page repeating every priority, and
  print the code "<CODE>-Pn" beside each on the register page;
- the three matrix documents (Leicester, Charnwood, Oadby and Wigston) and the
  youth justice plan state their priorities on a landscape page, and the matrix
  pages carry the plan's priorities as column headers (distractors; at least five
  of the seven must read whole, as narrow header cells may interleave); the drugs
  delivery plan's gold page is landscape too (priorities as column headers);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- the plan has exactly seven priorities; P7 (an efficient police service) has no
  partner support, and at least five strategy priorities support none;
- the area's scale: 11-13 partner strategies of which at least eight are
  community safety partnership plans, 50-70 gold priorities in all, at least
  five themes shared by three or more documents and one group holding a plan
  priority.

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
from check_gold import (GLANCE, group_errors, norm, num_pages, page_text, priority_errors,  # noqa: E402
                        run_area)

GOLD = HERE / "leicestershire_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?"
                   r"(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|objective)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s|\b[A-Z]{2,4}-P\d", re.I)
REGISTER = {"hinckley_and_bosworth": "HBC", "north_west_leicestershire": "NWL"}
LANDSCAPE = ("safer_leicester", "charnwood", "oadby_and_wigston", "youth_justice", "combating_drugs")
MATRIX = ("safer_leicester", "charnwood", "oadby_and_wigston")


def is_landscape(pdf: Path, n: int) -> bool:
    out = subprocess.run(["pdfinfo", "-f", str(n), "-l", str(n), str(pdf)], capture_output=True, text=True).stdout
    m = re.search(rf"Page\s+{n} size:\s+([\d.]+) x ([\d.]+)", out)
    return bool(m) and float(m.group(1)) > float(m.group(2))


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 16), span=6)
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_pris = docs[plan_rel]["priorities"]
    plan_ids = [p["id"] for p in plan_pris]
    for rel, doc in docs.items():
        pdf = GOLD.parent / rel
        n = num_pages(pdf)
        texts = {i: page_text(pdf, i) for i in range(1, n + 1)}
        normed = {i: norm(t) for i, t in texts.items()}
        gpages = sorted({p["page"] for p in doc["priorities"]})
        if rel != plan_rel and len(gpages) != 1:
            errors.append(f"{rel}: priorities stated on several pages {gpages}")
        for p in doc["priorities"]:
            for i in range(1, n + 1):
                if i != p["page"] and norm(p["text"]) in normed[i] and not GLANCE.search(texts[i]):
                    errors.append(f"{p['id']}: text also on page {i} of {rel} (stated once only)")
        for key, code in REGISTER.items():
            if key in rel:
                glance = [i for i in texts if GLANCE.search(texts[i])]
                if not glance:
                    errors.append(f"{rel}: expected an 'at a glance' page")
                for p in doc["priorities"]:
                    if not any(norm(p["text"]) in normed[i] for i in glance):
                        errors.append(f"{p['id']}: not repeated on the 'at a glance' page of {rel}")
                    k = int(p["id"][-1])
                    if f"{code}-P{k}" not in texts[p["page"]]:
                        errors.append(f"{p['id']}: code {code}-P{k} not printed on page {p['page']}")
        if any(k in rel for k in LANDSCAPE) and not all(is_landscape(pdf, pg) for pg in gpages):
            errors.append(f"{rel}: gold page {gpages} is not landscape")
        if any(k in rel for k in MATRIX):
            heads = sum(norm(pp["text"]) in normed[gpages[0]] for pp in plan_pris)
            if heads < 5:  # narrow header cells may interleave in pdftotext; most must read whole
                errors.append(f"{rel}: matrix page shows only {heads} of the plan's priorities as headers")
    if "communicatingwithourcommunities" not in norm(page_text(
            GOLD.parent / "strategies/melton_community_safety_partnership_plan_2025-28.pdf", 6)):
        errors.append("Melton: the grey 'way of working' square is missing from p6")
    if len(plan_ids) != 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 7")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if support.get("P7", 1) != 0:
        errors.append("expected P7 to have no partner support")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    n_docs = len(docs) - 1
    if not 11 <= n_docs <= 13:
        errors.append(f"{n_docs} partner strategies, expected 11-13")
    if sum(1 for d in docs.values() if d["kind"] == "csp") < 8:
        errors.append("expected at least eight community safety partnership plans")
    n_pri = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= n_pri <= 70:
        errors.append(f"{n_pri} gold priorities, expected 50-70")
    if sum(1 for g in gold["duplicates"] if len(g) >= 3) < 5:
        errors.append("expected at least five themes shared by three or more documents")
    if not any(x in plan_ids for g in gold["duplicates"] for x in g):
        errors.append("expected a duplicate group that holds a plan priority")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
