#!/usr/bin/env python3
"""Check every area's gold.json against its PDFs.

Usage:  python check_gold.py [AREA_DIR_OR_GOLD_JSON ...]   (default: every */gold.json here)

For each gold priority, the text must occur in `pdftotext -f N -l N FILE -` of
its page N, allowing for differences in case, whitespace, line breaks and
hyphenation (pdftotext joins "world-" + "class" across a line break into
"worldclass", so hyphens and other punctuation are ignored).  Also checks the
shape of the file: unique ids, valid plan references, duplicate groups that
name known ids from different documents with no id in two groups, pages that
exist and are not the contents page (page 2).

Exit status 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"plan", "csp", "vawg", "serious_violence", "drugs", "youth_justice", "domestic_abuse", "reoffending",
         "victims", "other"}


def norm(s: str) -> str:
    s = s.lower().replace("&", "and").replace("\u00ad", "")
    s = s.replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"[^0-9a-z]", "", s)


def page_text(pdf: Path, n: int) -> str:
    r = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.decode(errors="replace").strip())
    return r.stdout.decode("utf-8", "replace")


def num_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def check(gold_path: Path) -> list[str]:
    errors: list[str] = []
    root = gold_path.parent
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = gold.get("documents", {})
    if gold.get("plan") not in docs:
        errors.append(f"plan {gold.get('plan')!r} is not in documents")
    owner: dict[str, str] = {}
    plan_ids = {p["id"] for p in docs.get(gold.get("plan"), {}).get("priorities", [])}
    checked = 0
    for rel, doc in docs.items():
        pdf = root / rel
        if not pdf.exists():
            errors.append(f"{rel}: file missing")
            continue
        kind = doc.get("kind")
        if kind not in KINDS:
            errors.append(f"{rel}: unknown kind {kind!r}")
        if (kind == "plan") != (rel == gold.get("plan")):
            errors.append(f"{rel}: kind 'plan' must be used for the plan only")
        n_pages = num_pages(pdf)
        cache: dict[int, str] = {}
        for p in doc.get("priorities", []):
            pid, text, page = p.get("id"), p.get("text", ""), p.get("page")
            if pid in owner:
                errors.append(f"{pid}: id used twice ({owner[pid]}, {rel})")
            owner[pid] = rel
            if not isinstance(page, int) or not 1 <= page <= n_pages:
                errors.append(f"{pid}: page {page} out of range 1..{n_pages}")
                continue
            if page == 2:
                errors.append(f"{pid}: page 2 is the contents page")
            if rel != gold.get("plan"):
                plan = p.get("plan")
                if not isinstance(plan, list) or len(plan) > 2 or any(x not in plan_ids for x in plan):
                    errors.append(f"{pid}: bad plan reference {plan!r}")
            elif "plan" in p:
                errors.append(f"{pid}: plan priorities take no 'plan' field")
            if page not in cache:
                cache[page] = norm(page_text(pdf, page))
            if norm(text) not in cache[page]:
                errors.append(f"{pid}: text not found on page {page} of {rel}: {text!r}")
            checked += 1
    seen: dict[str, int] = {}
    for gi, group in enumerate(gold.get("duplicates", [])):
        if len(group) < 2:
            errors.append(f"duplicate group {gi} has fewer than two ids")
        files = set()
        for pid in group:
            if pid not in owner:
                errors.append(f"duplicate group {gi}: unknown id {pid}")
                continue
            if pid in seen:
                errors.append(f"{pid} is in duplicate groups {seen[pid]} and {gi}")
            seen[pid] = gi
            if owner[pid] in files:
                errors.append(f"duplicate group {gi}: two ids from {owner[pid]}")
            files.add(owner[pid])
    print(f"{gold_path.relative_to(HERE) if gold_path.is_relative_to(HERE) else gold_path}: "
          f"{len(docs)} documents, {checked} priorities, {len(gold.get('duplicates', []))} duplicate groups, "
          f"{len(errors)} problems")
    return errors


def main(argv: list[str]) -> int:
    targets = [Path(a) for a in argv] or sorted(HERE.glob("*/gold.json"))
    targets = [t / "gold.json" if t.is_dir() else t for t in targets]
    if not targets:
        print("no gold.json found")
        return 1
    bad = 0
    for t in targets:
        for e in check(t.resolve()):
            print("  FAIL", e)
            bad += 1
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
