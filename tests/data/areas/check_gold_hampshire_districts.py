#!/usr/bin/env python3
"""Check hampshire_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_hampshire_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF is a reportlab PDF under 300 KB with 8-14 pages and "Contents" on page 2;
- no gold page is an "at a glance" page; each gold text starts a line of its page once a label (an outlined
  numeral "01", a bullet) is removed, a wrapped heading going on over up to five lines; gold texts carry no label;
- each strategy states all its priorities on one page, and each gold text of 25 or more letters occurs on no
  other page of its document (the priorities are stated once; the contents page never lists them);
- the designed page sizes: the Winchester spread and the Test Valley poster are A3 landscape pages inside A4
  portrait documents; Rushmoor, Gosport, the serious violence and the drugs strategies are A4 landscape;
- labels are consistent: the strategy priorities in one duplicate group share one `plan` list, and a group that
  holds a plan priority Px has Px in every strategy member's `plan`;
- the plan has seven priorities; P7 has no partner support; at least five strategy priorities support no plan
  priority; 55-75 gold priorities in 14 documents (ten CSPs and three county-wide strategies);
- the anti-social behaviour group spans nine documents, and at least five groups span three or more.

With -v it also prints who supports each plan priority and the strategy priorities that support none.
Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import group_errors, norm, num_pages, page_text, priority_errors, run_area  # noqa: E402

GOLD = HERE / "hampshire_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\uf0b7\-–]\s*)?(?:\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|outcome)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s", re.I)
A3L = (1190.55, 841.89)
A4L = (841.89, 595.28)
A4P = (595.28, 841.89)
SIZES = {  # file stem prefix -> {page: (w, h)}; other pages A4 portrait unless the whole file is landscape
    "winchester_district": {6: A3L},
    "test_valley": {6: A3L},
    "safer_rushmoor": {"all": A4L},
    "safer_gosport": {"all": A4L},
    "hampshire_and_isle_of_wight_serious_violence": {"all": A4L},
    "hampshire_combating_drugs": {"all": A4L},
}


def page_sizes(pdf: Path) -> dict[int, tuple[float, float]]:
    n = num_pages(pdf)
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", str(n), str(pdf)], capture_output=True, text=True).stdout
    sizes = {}
    for m in re.finditer(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", out, re.M):
        sizes[int(m.group(1))] = (float(m.group(2)), float(m.group(3)))
    return sizes


def producer(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"^Producer:\s*(.*)$", out, re.M)
    return m.group(1) if m else ""


def close(a, b) -> bool:
    return abs(a[0] - b[0]) < 2 and abs(a[1] - b[1]) < 2


def extra(gold: dict) -> list[str]:
    docs = gold["documents"]
    root = GOLD.parent
    errors, plan_of = priority_errors(gold, root, LABEL, TEXT_LABEL, pages=(8, 14), span=5)
    for rel, doc in docs.items():
        pdf = root / rel
        if "reportlab" not in producer(pdf).lower():
            errors.append(f"{rel}: not a reportlab PDF ({producer(pdf)!r})")
        pgs = {p["page"] for p in doc["priorities"]}
        if rel != gold["plan"] and len(pgs) != 1:
            errors.append(f"{rel}: priorities stated on several pages {sorted(pgs)}")
        texts = {i: norm(page_text(pdf, i)) for i in range(1, num_pages(pdf) + 1)}
        for p in doc["priorities"]:
            t = norm(p["text"])
            if len(t) >= 25:
                others = [i for i, tx in texts.items() if i != p["page"] and t in tx]
                if others:
                    errors.append(f"{p['id']}: text also occurs on page(s) {others} of {rel}")
        sizes = page_sizes(pdf)
        want = next((v for k, v in SIZES.items() if Path(rel).name.startswith(k)), {})
        for i, sz in sizes.items():
            exp = want.get(i, want.get("all", A4P))
            if not close(sz, exp):
                errors.append(f"{rel}: page {i} is {sz[0]:.0f} x {sz[1]:.0f} pt, expected {exp[0]:.0f} x "
                              f"{exp[1]:.0f}")
    plan_ids = [p["id"] for p in docs[gold["plan"]]["priorities"]]
    if len(plan_ids) != 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 7")
    errors += group_errors(gold, plan_of)
    if any("P7" in v for v in plan_of.values()):
        errors.append("expected P7 to have no partner support")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 55 <= total <= 75:
        errors.append(f"{total} gold priorities, expected 55-75")
    kinds = [d["kind"] for d in docs.values()]
    if len(docs) != 14 or kinds.count("csp") != 10 or kinds.count("plan") != 1:
        errors.append(f"{len(docs)} documents ({kinds.count('csp')} CSPs), expected 14 with 10 CSPs")
    for k in ("domestic_abuse", "serious_violence", "drugs"):
        if kinds.count(k) != 1:
            errors.append(f"expected one {k} strategy")
    sizes = sorted((len(g) for g in gold["duplicates"]), reverse=True)
    if not sizes or sizes[0] < 9:
        errors.append("expected one duplicate group (anti-social behaviour) spanning nine documents")
    if sum(1 for n in sizes if n >= 3) < 5:
        errors.append("expected at least five duplicate groups spanning three or more documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
