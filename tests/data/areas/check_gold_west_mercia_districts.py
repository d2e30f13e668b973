#!/usr/bin/env python3
"""Check west_mercia_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_west_mercia_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-16 pages, is under 300 KB and has "Contents" on page 2; every contents entry on page 2
  ("Heading ...... N", "N  Heading" or "Heading  N") points to a page (3 or later) that holds that heading;
- producers: six reportlab PDFs and six Chromium (Skia/PDF) prints, the plan among the Chromium ones;
- no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label (a number, "1.", "R1") is removed (a wrapped heading,
  card or table cell may run on over four lines); gold texts carry no label themselves;
- each document states all its priorities on one page, and each gold text occurs on exactly one page of its
  own document (stated once);
- the plan's four priorities are the band rows of the delivery timeline (its gold page says "Delivery
  timeline" and shows objective numbers 1.1 ... 4.3);
- distractor pages are not gold pages: the strategic assessments (Herefordshire, Worcester, serious violence)
  print "Recommendation 1" on a page other than the gold page and their executive-summary page (3) repeats
  no gold text; Telford's MoRiLE table (p5) ranks more issues than the Board adopted and is not the gold page;
- labels are consistent (check_gold.group_errors): the strategy priorities in one duplicate group share their
  `plan` list, and a group that holds a plan priority Px has Px in every strategy member's `plan`;
- counts: the plan has four priorities; 11 strategies (8 csp); 50-70 gold priorities; exactly one plan priority
  (P4, resources and value for money) has no partner support; at least five strategy priorities support none;
  one theme (anti-social behaviour) is shared by eight documents; no duplicate group holds a plan priority.

With -v it also prints who supports each plan priority.  Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import GLANCE, document_errors, group_errors, norm, page_text, run_area, starts_line  # noqa: E402

GOLD = HERE / "west_mercia_districts" / "gold.json"
ROOT = GOLD.parent
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\-–]\s*)?(?:R?\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|recommendation)\s*\w+\s*[:–-]?\s|^R?\d+(?:\.\d+)*[.)]?\s|^[•(]", re.I)
ASSESSMENTS = {"strategies/herefordshire_csp_strategic_assessment_2025.pdf",
               "strategies/worcester_city_community_safety_strategic_assessment_2025.pdf",
               "strategies/west_mercia_serious_violence_needs_assessment_and_strategy_2025.pdf"}
TELFORD = "strategies/safer_telford_and_wrekin_strategic_assessment_2025.pdf"


def pages_of(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode("utf-8", "replace")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def producer(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"^Producer:\s+(.*)$", out, re.M)
    return m.group(1) if m else ""


def contents_errors(rel: str, pages: list[str]) -> list[str]:
    """Contents entries on page 2, in any of the three shapes the documents use, point to the right page."""
    lay = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(ROOT / rel), "-"],
                         capture_output=True).stdout.decode("utf-8", "replace")
    entries = []
    for line in lay.splitlines():
        s = line.strip()
        m = re.match(r"^(.{4,}?)[\s.·—-]{2,}(\d{1,2})$", s)  # "Heading ..... N" or "Heading     N"
        if m:
            text, n = re.sub(r"^\d+\s+", "", m.group(1)).strip(" .·"), int(m.group(2))
        else:
            m = re.match(r"^(\d{1,2})\s+([A-Z].{3,}?)\s*$", s)  # "N  Heading"
            if not m:
                continue
            text, n = m.group(2), int(m.group(1))
        if n != 2:  # page 2's own running footer is not an entry
            entries.append((text, n))
    errors = []
    if len(entries) < 6:
        errors.append(f"{rel}: only {len(entries)} contents entries found on page 2")
    for text, n in entries:
        if not 3 <= n <= len(pages):
            errors.append(f"{rel}: contents entry {text!r} points to page {n}")
        elif norm(text) not in norm(pages[n - 1]):
            errors.append(f"{rel}: contents entry {text!r} is not on page {n}")
    return errors


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_of: dict[str, list[str]] = {}
    kinds = {"rl": 0, "chromium": 0}
    for rel, doc in docs.items():
        pdf = ROOT / rel
        errors += document_errors(rel, pdf, (6, 16))
        pages = pages_of(pdf)
        if "contents" not in pages[1].lower():
            errors.append(f"{rel}: page 2 is not a contents page")
        errors += contents_errors(rel, pages)
        prod = producer(pdf)
        if prod.startswith("ReportLab"):
            kinds["rl"] += 1
        elif prod.startswith("Skia/PDF"):
            kinds["chromium"] += 1
            if rel == plan_rel:
                kinds["plan_chromium"] = 1
        else:
            errors.append(f"{rel}: unexpected producer {prod!r}")
        gold_pages = {p["page"] for p in doc["priorities"]}
        if len(gold_pages) != 1:
            errors.append(f"{rel}: priorities on several pages {sorted(gold_pages)}")
        normed = [norm(t) for t in pages]
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            txt = page_text(pdf, p["page"])
            if GLANCE.search(txt):
                errors.append(f"{p['id']}: page {p['page']} of {rel} is an 'at a glance' page")
            if not starts_line(p["text"], txt, LABEL, span=4):
                errors.append(f"{p['id']}: no line of page {p['page']} starts with the text {p['text']!r}")
            hits = [i for i, t in enumerate(normed, 1) if norm(p["text"]) in t]
            if hits != [p["page"]]:
                errors.append(f"{p['id']}: text found on pages {hits} of {rel}, expected only {p['page']}")
        gp = next(iter(gold_pages))
        if rel == plan_rel:
            t = pages[gp - 1]
            if "delivery timeline" not in t.lower() or not all(f"{a}.{b}" in t for a, b in ((1, 1), (2, 6), (3, 5), (4, 3))):
                errors.append(f"{rel}: gold page {gp} is not the delivery timeline with objectives 1.1 ... 4.3")
        if rel in ASSESSMENTS:
            rec_pages = [i for i, t in enumerate(pages, 1) if "recommendation 1" in t.lower()]
            if not rec_pages or gp in rec_pages:
                errors.append(f"{rel}: 'Recommendation 1' pages {rec_pages} should exist and exclude gold page {gp}")
            summary = norm(pages[2])
            if any(norm(p["text"]) in summary for p in doc["priorities"]):
                errors.append(f"{rel}: the executive summary repeats an adopted priority")
        if rel == TELFORD:
            table = pages[4]
            ranks = re.findall(r"^\s*(\d{1,2})\s*$", table, re.M)
            if "morile" not in table.lower() or gp == 5 or len(set(ranks)) <= len(doc["priorities"]):
                errors.append(f"{rel}: p5 should be the MoRiLE ranking of more issues than were adopted, not gold")
    if kinds.get("rl") != 6 or kinds.get("chromium") != 6 or not kinds.get("plan_chromium"):
        errors.append(f"expected six reportlab and six Chromium PDFs, the plan Chromium: {kinds}")
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 4:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 4")
    strategies = [d for r, d in docs.items() if r != plan_rel]
    if len(strategies) != 11 or sum(d["kind"] == "csp" for d in strategies) != 8:
        errors.append("expected 11 strategies, 8 of them community safety partnership documents")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if [pid for pid, n in support.items() if n == 0] != ["P4"]:
        errors.append(f"expected P4 alone to have no partner support: {support}")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    if not any(len(grp) >= 8 for grp in gold["duplicates"]):
        errors.append("expected a theme shared by eight documents")
    if any(x in plan_ids for grp in gold["duplicates"] for x in grp):
        errors.append("no duplicate group should hold a plan priority")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
