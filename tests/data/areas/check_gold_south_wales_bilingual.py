#!/usr/bin/env python3
"""Check south_wales_bilingual/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_south_wales_bilingual.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in
`pdftotext -f N -l N` of its page, ignoring case, whitespace, line breaks and
punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 6-16 pages, is under 300 KB and has "Contents" on page 2;
- no gold page is a "plan on a page" / "at a glance" page;
- each gold text starts a line of its page once a label is removed: a bullet,
  the RCT strategy's square "■", or a number ("1", "01", "1.").  A wrapped
  heading, card, ribbon or hexagon may continue on the next lines (up to seven
  lines in all: the drugs strategy's hexagons wrap the most);
- labels are consistent: the strategy priorities in one duplicate group share
  the same `plan` list, and a group that holds a plan priority Px has Px in every
  strategy member's `plan`;
- gold texts carry no label themselves (no "Priority 1", "Blaenoriaeth", number);
- the plan has exactly six priorities, on the English right-hand pages 7, 9
  and 11 ("ENGLISH" tab), two to a page, and the facing Welsh page before each
  ("CYMRAEG" tab) holds the Welsh titles and none of the English ones;
- bilingual: every document states its priorities in Welsh too, on the page
  given in WELSH below, checked by a Welsh word that must be there; where the
  Welsh page is not the gold page (flip documents and the plan's spreads) no
  English gold text may appear on the Welsh page;
- the Swansea flip document: its English pages are upright and its Welsh pages
  (8-12) carry /Rotate 180 (printed from the back cover);
- at least one plan priority has no partner support, at least three strategy
  priorities support no plan priority, at least two themes are shared by three
  or more documents, and exactly one duplicate group holds a plan priority.

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
from check_gold import group_errors, norm, page_text, priority_errors, run_area  # noqa: E402

GOLD = HERE / "south_wales_bilingual" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\u25a0\uf0b7\-–]\s*)?(?:\d{1,2}[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|blaenoriaeth|theme|thema)\s*\w*\s*[:–-]?\s|^\d+(?:\.\d+)*[.)]?\s|^[■•]",
                        re.I)
PLAN = "plan/south_wales_police_and_crime_plan_2025-29.pdf"
S = "strategies/"
WELSH = {  # document -> (page of the Welsh statement, a Welsh word that must be on it)
    PLAN: None,  # checked page by page below
    S + "safer_cardiff_community_safety_partnership_strategy_2024-27.pdf": (6, "camfanteisio"),
    S + "safer_swansea_community_safety_strategy_2024-27.pdf": (11, "radicaleiddio"),
    S + "neath_port_talbot_community_safety_strategic_plan_2024-27.pdf": (5, "tanau glaswellt"),
    S + "bridgend_community_safety_partnership_plan_2024-27.pdf": (6, "a reolir"),
    S + "safer_vale_community_safety_partnership_strategy_2024-27.pdf": (6, "aildroseddu"),
    S + "rhondda_cynon_taf_community_safety_strategy_2024-27.pdf": (6, "tanau bwriadol"),
    S + "safer_merthyr_tydfil_community_safety_partnership_plan_2024-27.pdf": (5, "cydlyniant"),
    S + "cwm_taf_morgannwg_vawdasv_strategy_2023-28.pdf": (6, "cyflawnwyr"),
    S + "cardiff_and_vale_apb_substance_misuse_strategy_2024-27.pdf": (6, "marwolaethau"),
    S + "cwm_taf_youth_justice_plan_2024-25.pdf": (11, "anghymesuredd"),
    S + "cardiff_and_vale_serious_violence_duty_strategy_2024-29.pdf": (6, "economi'r nos"),
}
PLAN_WELSH = {6: "cymdogaethau", 8: "dioddefwyr", 10: "twyll"}
SWANSEA = S + "safer_swansea_community_safety_strategy_2024-27.pdf"


def rotations(pdf: Path) -> dict[int, int]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True).stdout
    return {int(m.group(1)): int(m.group(2)) for m in re.finditer(r"^Page\s+(\d+) rot:\s+(\d+)", out, re.M)}


def extra(gold: dict) -> list[str]:
    errors, plan_of = priority_errors(gold, GOLD.parent, LABEL, TEXT_LABEL, pages=(6, 16), span=7)
    docs, plan_rel = gold["documents"], gold["plan"]
    root = GOLD.parent
    plan_pr = docs[plan_rel]["priorities"]
    plan_ids = [p["id"] for p in plan_pr]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    if [p["page"] for p in plan_pr] != [7, 7, 9, 9, 11, 11]:
        errors.append("expected the plan's priorities two to a page on the English pages 7, 9 and 11")
    for pg, word in PLAN_WELSH.items():
        cy, en = page_text(root / plan_rel, pg), page_text(root / plan_rel, pg + 1)
        if "CYMRAEG" not in cy or word not in cy.lower():
            errors.append(f"plan p{pg}: not the Welsh page of a spread ({word!r} / CYMRAEG missing)")
        if "ENGLISH" not in en:
            errors.append(f"plan p{pg + 1}: no ENGLISH tab")
        for p in plan_pr:
            if norm(p["text"]) in norm(cy):
                errors.append(f"{p['id']}: English text on the Welsh page {pg}")
    for rel, spec in WELSH.items():
        if spec is None:
            continue
        pg, word = spec
        text = page_text(root / rel, pg)
        if word not in " ".join(text.lower().replace("\u2019", "'").split()):
            errors.append(f"{rel}: no Welsh ({word!r}) on page {pg}")
        gold_pages = {p["page"] for p in docs[rel]["priorities"]}
        if pg not in gold_pages:
            for p in docs[rel]["priorities"]:
                if norm(p["text"]) in norm(text):
                    errors.append(f"{p['id']}: English text on the Welsh page {pg} of {rel}")
    missing = set(docs) - set(WELSH)
    if missing:
        errors.append(f"documents without a Welsh statement check: {sorted(missing)}")
    rot = rotations(root / SWANSEA)
    if any(rot.get(i, 0) != 0 for i in range(1, 8)) or any(rot.get(i) != 180 for i in range(8, 13)):
        errors.append(f"Swansea: expected pp1-7 upright and pp8-12 rotated 180, got {rot}")
    if any(p["page"] >= 8 for p in docs[SWANSEA]["priorities"]):
        errors.append("Swansea: a gold page falls in the (rotated) Welsh half")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if not any(n == 0 for n in support.values()):
        errors.append("expected a plan priority that no partner priority supports")
    if sum(1 for v in plan_of.values() if not v) < 3:
        errors.append("expected at least three strategy priorities that support no plan priority")
    if sum(1 for grp in gold["duplicates"] if len(grp) >= 3) < 2:
        errors.append("expected at least two themes shared by three or more documents")
    if sum(1 for grp in gold["duplicates"] if any(x in plan_ids for x in grp)) != 1:
        errors.append("expected exactly one duplicate group holding a plan priority")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
