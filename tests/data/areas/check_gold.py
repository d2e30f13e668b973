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


# --- shared by the stricter per-area checkers (check_gold_AREA.py) ---------------------------------

def starts_line(text: str, page: str, label: re.Pattern, span: int = 3) -> bool:
    """Some line of `page`, its label (`label`) removed, starts the text; a wrapped heading or table cell
    may continue on the next lines (up to `span` lines in all)."""
    want = norm(text)[:14]
    lines = [ln for ln in (norm(label.sub("", ln)) for ln in page.splitlines()) if ln]
    return any(want.startswith(ln[:len(want)]) and "".join(lines[i:i + span]).startswith(want)
               for i, ln in enumerate(lines))


def document_errors(rel: str, pdf: Path, pages: tuple[int, int] = (8, 14)) -> list[str]:
    """The shape every area document keeps: its page count, under 300 KB."""
    errors = []
    n = num_pages(pdf)
    if not pages[0] <= n <= pages[1]:
        errors.append(f"{rel}: {n} pages, expected {pages[0]}-{pages[1]}")
    if pdf.stat().st_size >= 300 * 1024:
        errors.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 300 KB")
    return errors


GLANCE = re.compile(r"at a glance|plan on a page", re.I)


def priority_errors(gold: dict, root: Path, label: re.Pattern, text_label: re.Pattern,
                    pages: tuple[int, int] = (8, 14), span: int = 3) -> tuple[list[str], dict[str, list[str]]]:
    """The checks the areas share, document by document: its shape (`document_errors`), a contents page
    at page 2, and for each gold priority no label left in its text, a gold page that is not an "at a
    glance" page, and a line of that page that starts the text once `label` is removed (a wrapped heading
    may go on over `span` lines). Returns the errors and each strategy priority's sorted `plan` list."""
    errors: list[str] = []
    plan_of: dict[str, list[str]] = {}
    for rel, doc in gold["documents"].items():
        pdf = root / rel
        errors += document_errors(rel, pdf, pages)
        if "contents" not in page_text(pdf, 2).lower():
            errors.append(f"{rel}: page 2 is not a contents page")
        texts: dict[int, str] = {}
        for p in doc["priorities"]:
            if rel != gold["plan"]:
                plan_of[p["id"]] = sorted(p["plan"])
            if text_label.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            pg = p["page"]
            if pg not in texts:
                texts[pg] = page_text(pdf, pg)
            if GLANCE.search(texts[pg]):
                errors.append(f"{p['id']}: page {pg} of {rel} is an 'at a glance' page")
            if not starts_line(p["text"], texts[pg], label, span=span):
                errors.append(f"{p['id']}: no line of page {pg} starts with the text {p['text']!r}")
    return errors, plan_of


def group_errors(gold: dict, plan_of: dict[str, list[str]]) -> list[str]:
    """The strategy priorities in one duplicate group share their `plan` list, and a group that holds a plan
    priority Px has Px in every strategy member's `plan`. `plan_of`: strategy priority id -> sorted plan."""
    plan_ids = {p["id"] for p in gold["documents"][gold["plan"]]["priorities"]}
    errors = []
    for gi, group in enumerate(gold["duplicates"]):
        members = [x for x in group if x not in plan_ids]
        plans = {tuple(plan_of[x]) for x in members}
        if len(plans) > 1:
            errors.append(f"duplicate group {gi} {group}: members align to different plan priorities {sorted(plans)}")
        for px in (x for x in group if x in plan_ids):
            for x in members:
                if px not in plan_of[x]:
                    errors.append(f"duplicate group {gi}: {x} is grouped with {px} but does not align to it")
    return errors


def run_area(gold_path: Path, extra, argv: list[str]) -> int:
    """The shared checks, then an area's `extra(gold) -> errors`; with -v, who supports each plan priority."""
    errors = check(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    more = extra(gold)
    for e in errors + more:
        print("  FAIL", e)
    print(f"extra checks: {len(more)} problems")
    if "-v" in argv:
        docs = gold["documents"]
        plan_ids = [p["id"] for p in docs[gold["plan"]]["priorities"]]
        support: dict[str, list[str]] = {pid: [] for pid in plan_ids}
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
