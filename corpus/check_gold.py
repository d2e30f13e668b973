#!/usr/bin/env python3
"""Verify corpus/gold.json and corpus/drafts/gold.json against the PDFs.

    python corpus/check_gold.py

For every gold priority: its text must occur on its page in `pdftotext -f N -l N` output
(whitespace and line breaks ignored; a word hyphenated across a line break, which
pdftotext may join, is also accepted). The page must not be the contents page or an
"at a glance" page. Also checks the shape of the files: unique ids, plan references,
duplicate groups drawn from different documents with no id in two groups.
Needs only the standard library and pdftotext (poppler-utils). Exit status 1 on failure."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
LABEL = re.compile(r"^\s*(priority|objective|theme|aim|outcome)\s*[0-9a-z]{0,2}\b|^\s*\d+[.):]",
                   re.I)
KINDS = {"plan", "csp", "vawg", "serious_violence", "drugs", "youth_justice", "domestic_abuse",
         "reoffending", "victims", "other"}
# pages that summarise priorities and therefore must never be the gold page
SUMMARY_PAGES = {"plan/merrowdale_police_and_crime_plan_2025-29.pdf": {2, 6}}


def spaced(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2014]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def compact(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", spaced(text))


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def n_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))


def check(gold_path: Path, plan_ids: set[str] | None, errors: list[str]) -> set[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for key in ("area", "plan", "documents", "duplicates"):
        if key not in gold:
            errors.append(f"{gold_path.name}: missing key {key!r}")
    owner: dict[str, str] = {}
    n_checked = 0
    for doc, d in gold["documents"].items():
        pdf = ROOT / doc
        if not pdf.exists():
            errors.append(f"{doc}: file missing")
            continue
        if d.get("kind") not in KINDS:
            errors.append(f"{doc}: bad kind {d.get('kind')!r}")
        if not d.get("title"):
            errors.append(f"{doc}: no title")
        total = n_pages(pdf)
        contents_page = 2
        for p in d["priorities"]:
            pid, text, page = p["id"], p["text"], p["page"]
            if pid in owner:
                errors.append(f"{pid}: id used twice")
            owner[pid] = doc
            if LABEL.match(text):
                errors.append(f"{pid}: text starts with a label: {text!r}")
            if not 1 <= page <= total:
                errors.append(f"{pid}: page {page} out of range 1..{total}")
                continue
            if page == contents_page or page in SUMMARY_PAGES.get(doc, set()):
                errors.append(f"{pid}: page {page} is a contents/summary page")
            raw = page_text(pdf, page)
            if spaced(text) in spaced(raw):
                how = "exact"
            elif compact(text) in compact(raw):
                how = "hyphen/space"
            else:
                errors.append(f"{pid}: text not found on {doc} p.{page}: {text!r}")
                continue
            n_checked += 1
            if doc != gold.get("plan"):
                if "plan" not in p:
                    errors.append(f"{pid}: no plan list")
                ids = plan_ids if plan_ids is not None else set()
                for ref in p.get("plan", []):
                    if ref not in ids:
                        errors.append(f"{pid}: unknown plan id {ref}")
            print(f"  ok  {pid:6} p.{page:<3} {how:12} {text}")
    seen: set[str] = set()
    for group in gold["duplicates"]:
        docs = [owner.get(i) for i in group]
        if None in docs:
            errors.append(f"duplicate group {group}: unknown id")
        if len(set(docs)) != len(docs):
            errors.append(f"duplicate group {group}: two members from the same document")
        if len(group) < 2:
            errors.append(f"duplicate group {group}: fewer than two members")
        for i in group:
            if i in seen:
                errors.append(f"{i}: in more than one duplicate group")
            seen.add(i)
    print(f"{gold_path.relative_to(ROOT)}: {n_checked} priorities verified, "
          f"{len(gold['duplicates'])} duplicate groups")
    if gold.get("plan"):
        return {p["id"] for p in gold["documents"][gold["plan"]]["priorities"]}
    return set()


def main() -> int:
    errors: list[str] = []
    plan_ids = check(ROOT / "gold.json", None, errors)
    # strategy plan references are validated on a second pass now that plan ids are known
    errors = [e for e in errors if "unknown plan id" not in e]
    gold = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))
    for doc, d in gold["documents"].items():
        if doc == gold["plan"]:
            continue
        for p in d["priorities"]:
            for ref in p.get("plan", []):
                if ref not in plan_ids:
                    errors.append(f"{p['id']}: unknown plan id {ref}")
    draft_gold = ROOT / "drafts" / "gold.json"
    if draft_gold.exists():
        dg = json.loads(draft_gold.read_text(encoding="utf-8"))
        if dg.get("plan") is not None or dg.get("duplicates") != []:
            errors.append("drafts/gold.json: plan must be null and duplicates []")
        check(draft_gold, plan_ids, errors)
        all_ids = {p["id"] for d in gold["documents"].values() for p in d["priorities"]}
        draft_ids = {p["id"] for d in dg["documents"].values() for p in d["priorities"]}
        for group in dg.get("existing_duplicates", []):
            if group[0] not in draft_ids or any(i not in all_ids for i in group[1:]):
                errors.append(f"drafts/gold.json existing_duplicates {group}: unknown id")
        for ref in dg.get("fills_plan_gaps", []):
            if ref not in plan_ids:
                errors.append(f"drafts/gold.json fills_plan_gaps: unknown plan id {ref}")
    # plan priorities supported by no strategy priority (the planted gaps)
    supported = {ref for doc, d in gold["documents"].items() if doc != gold["plan"]
                 for p in d["priorities"] for ref in p.get("plan", [])}
    print("plan priorities with no supporting strategy priority:",
          sorted(plan_ids - supported) or "none")
    for e in errors:
        print("ERROR", e)
    print("FAILED" if errors else "all gold labels verified")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
