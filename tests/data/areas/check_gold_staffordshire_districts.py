#!/usr/bin/env python3
"""Check staffordshire_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_staffordshire_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- producers, page sizes and page counts per layout: reportlab magazine (plan, A4, 10 pages), Chromium magazine
  spreads (Stoke-on-Trent, A3 landscape, 6), newsletters and bulletin (Cannock Chase reportlab A4 4; Moorlands
  Chromium A4 6; serious violence reportlab A4 4), posters (Lichfield reportlab A2 portrait 1; Tamworth Chromium
  A3 landscape 1), Canva-like layered pages (East Staffordshire reportlab A4 6; domestic abuse Chromium A4 8),
  z-fold leaflets (South Staffordshire reportlab, drugs Chromium: two A4 landscape pages), A6 postcards (Stafford
  reportlab landscape, Newcastle-under-Lyme Chromium portrait: two pages); every PDF under 300 KB;
- the multi-page magazines, newsletters and layered documents carry a contents list ("Contents", "In this
  issue", "Inside this issue", "In this bulletin") on page 1 or 2; the Canva-like documents carry their
  rotated spine text on every page;
- every strategy states all its priorities on one page, the page given here; the plan states two a page on
  pp5-7; no gold page is an "at a glance" / "plan on a page" page;
- each gold text starts a line of its page once a label is removed (a bullet, "No.1", a number or "01"), a
  wrapped heading running on over up to four lines; gold texts carry no label;
- a priority of four or more words occurs once in its document (not on any other page, not twice on its page);
- positions (pdftotext -bbox): the z-fold priorities lie in the left third of page 1 while the cover title lies
  in the right third (the page is not in reading order); the poster priorities sit on both sides of the centre
  and at least one below it; Stoke's priorities are on the right-hand page of the spread;
- labels are consistent (check_gold.group_errors); the plan has six priorities and only P6 has no partner
  support; at least four strategy priorities support none; 12 strategies (9 csp); 50-70 gold priorities; no
  duplicate group holds a plan priority; anti-social behaviour is shared by at least six documents;
- src/staffordshire_districts holds no __pycache__.

With -v it also prints who supports each plan priority.  Exit status 0 when all pass.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import GLANCE, group_errors, norm, num_pages, page_text, run_area, starts_line  # noqa: E402

GOLD = HERE / "staffordshire_districts" / "gold.json"
ROOT = GOLD.parent
SRC = HERE / "src" / "staffordshire_districts"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25aa\-–]\s*)?(?:no\.\s*\d+\s*)?(?:0?\d+[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority)\s*\w+\s*[:–-]?\s|^\d+[.)]?\s|^[•(]|^no\.\s*\d", re.I)

S = "strategies/"
RL, CHR = "ReportLab", "Skia/PDF"
A4P, A4L, A3L, A2P, A6L, A6P = (595, 842), (842, 595), (1191, 842), (1191, 1684), (420, 298), (298, 420)
PLAN = "plan/staffordshire_police_fire_and_crime_plan_2025-29.pdf"
# rel -> (producer, page size, pages, page of the priorities, family)
LAYOUT = {
    PLAN: (RL, A4P, 10, None, "magazine"),
    S + "stoke-on-trent_safer_city_partnership_strategy_2025-28.pdf": (CHR, A3L, 6, 4, "spread"),
    S + "cannock_chase_community_safety_partnership_plan_2025-28.pdf": (RL, A4P, 4, 3, "newsletter"),
    S + "staffordshire_moorlands_community_safety_partnership_plan_2025-28.pdf": (CHR, A4P, 6, 4, "newsletter"),
    S + "staffordshire_and_stoke-on-trent_serious_violence_duty_strategy_2025-28.pdf": (RL, A4P, 4, 1, "newsletter"),
    S + "lichfield_district_community_safety_partnership_plan_2025-28.pdf": (RL, A2P, 1, 1, "poster"),
    S + "tamworth_community_safety_partnership_plan_2025-28.pdf": (CHR, A3L, 1, 1, "poster"),
    S + "east_staffordshire_community_safety_partnership_plan_2025-28.pdf": (RL, A4P, 6, 4, "canva"),
    S + "staffordshire_and_stoke-on-trent_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf":
        (CHR, A4P, 8, 5, "canva"),
    S + "south_staffordshire_community_safety_partnership_plan_2025-28.pdf": (RL, A4L, 2, 1, "zfold"),
    S + "staffordshire_and_stoke-on-trent_combating_drugs_partnership_strategy_2025-28.pdf": (CHR, A4L, 2, 1, "zfold"),
    S + "stafford_borough_community_safety_partnership_plan_2025-28.pdf": (RL, A6L, 2, 1, "postcard"),
    S + "newcastle-under-lyme_community_safety_partnership_plan_2025-28.pdf": (CHR, A6P, 2, 1, "postcard"),
}
COVER = {S + "south_staffordshire_community_safety_partnership_plan_2025-28.pdf": "Safer South",
         S + "staffordshire_and_stoke-on-trent_combating_drugs_partnership_strategy_2025-28.pdf": "Less harm, more"}
SPINE = {S + "east_staffordshire_community_safety_partnership_plan_2025-28.pdf": "EAST STAFFORDSHIRE COMMUNITY",
         S + "staffordshire_and_stoke-on-trent_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf":
             "DOMESTIC ABUSE AND SEXUAL VIOLENCE STRATEGY"}
CONTENTS = re.compile(r"contents|in(?:side)? this issue|in this bulletin", re.I)


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (ln.partition(":") for ln in out.splitlines())}


def words(pdf: Path, page: int) -> tuple[list[tuple[str, float, float]], float, float]:
    """(word, xMin, yMin) of one page from `pdftotext -bbox`, with the page width and height."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True).stdout
    m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    ws = [(html.unescape(w), float(x), float(y)) for x, y, w in
          re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out)]
    return ws, float(m.group(1)), float(m.group(2))


def where(ws, text: str):
    """Position (x, y) of the first word of `text` where its first three words occur in sequence."""
    want = [norm(w) for w in text.split()[:3]]
    got = [norm(w) for w, _, _ in ws]
    for i in range(len(got) - len(want) + 1):
        if got[i:i + len(want)] == want:
            return ws[i][1], ws[i][2]
    return None


def shape_errors(rel: str, pdf: Path) -> list[str]:
    errs = []
    prod, size, pages, _, family = LAYOUT[rel]
    meta = info(pdf)
    if prod not in meta.get("Producer", ""):
        errs.append(f"{rel}: producer {meta.get('Producer')!r}, expected {prod}")
    m = re.match(r"([\d.]+) x ([\d.]+)", meta.get("Page size", ""))
    w, h = (float(m.group(1)), float(m.group(2))) if m else (0, 0)
    if abs(w - size[0]) > 2 or abs(h - size[1]) > 2:
        errs.append(f"{rel}: page size {w} x {h}, expected {size}")
    n = num_pages(pdf)
    if n != pages:
        errs.append(f"{rel}: {n} pages, expected {pages}")
    if pdf.stat().st_size >= 300 * 1024:
        errs.append(f"{rel}: {pdf.stat().st_size // 1024} KB, expected under 300 KB")
    if family in ("magazine", "spread", "newsletter", "canva"):
        if not any(CONTENTS.search(page_text(pdf, i)) for i in (1, 2)):
            errs.append(f"{rel}: no contents list on page 1 or 2")
    if rel in SPINE:
        for i in range(1, n + 1):
            if norm(SPINE[rel]) not in norm(page_text(pdf, i)):
                errs.append(f"{rel}: page {i} lacks the spine text")
    return errs


def position_errors(rel: str, pdf: Path, doc: dict) -> list[str]:
    family, pg = LAYOUT[rel][4], LAYOUT[rel][3]
    if family not in ("zfold", "poster", "spread"):
        return []
    ws, w, h = words(pdf, pg)
    pos = {}
    errs = []
    for p in doc["priorities"]:
        at = where(ws, p["text"])
        if at is None:
            errs.append(f"{p['id']}: first words not found in the -bbox words of page {pg}")
        else:
            pos[p["id"]] = at
    if family == "zfold":
        bad = [k for k, (x, _) in pos.items() if x > w / 3]
        if bad:
            errs.append(f"{rel}: priorities {bad} are not in the left third of page 1")
        cov = where(ws, COVER[rel])
        if cov is None or cov[0] < 2 * w / 3:
            errs.append(f"{rel}: cover title not in the right third of page 1")
    elif family == "poster":
        left = sum(x < 0.4 * w for x, _ in pos.values())
        right = sum(x > 0.5 * w for x, _ in pos.values())
        low = sum(y > 0.5 * h for _, y in pos.values())
        if left < 2 or right < 2 or low < 1:
            errs.append(f"{rel}: priorities not set around the centre (left {left}, right {right}, below {low})")
    elif family == "spread":
        bad = [k for k, (x, _) in pos.items() if x < w / 2]
        if bad:
            errs.append(f"{rel}: priorities {bad} are not on the right-hand page of the spread")
    return errs


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    docs, plan_rel = gold["documents"], gold["plan"]
    if set(docs) != set(LAYOUT):
        errors.append(f"documents differ from the expected set: {sorted(set(docs) ^ set(LAYOUT))}")
    plan_of: dict[str, list[str]] = {}
    for rel, doc in docs.items():
        pdf = ROOT / rel
        if not pdf.exists() or rel not in LAYOUT:
            continue
        errors += shape_errors(rel, pdf)
        n = num_pages(pdf)
        texts = {i: page_text(pdf, i) for i in range(1, n + 1)}
        normed = {i: norm(t) for i, t in texts.items()}
        pages = []
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
            pg = p["page"]
            pages.append(pg)
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            if GLANCE.search(texts[pg]):
                errors.append(f"{p['id']}: page {pg} of {rel} is an 'at a glance' page")
            if not starts_line(p["text"], texts[pg], LABEL, span=4):
                errors.append(f"{p['id']}: no line of page {pg} starts with the text {p['text']!r}")
            if len(p["text"].split()) >= 4:
                t = norm(p["text"])
                count = sum(normed[i].count(t) for i in normed)
                if count != 1:
                    errors.append(f"{p['id']}: text occurs {count} times in {rel}")
        if rel == plan_rel:
            if pages != [5, 5, 6, 6, 7, 7]:
                errors.append(f"plan priorities on pages {pages}, expected [5, 5, 6, 6, 7, 7]")
        elif set(pages) != {LAYOUT[rel][3]}:
            errors.append(f"{rel}: priorities on pages {pages}, expected all on page {LAYOUT[rel][3]}")
        errors += position_errors(rel, pdf, doc)
    errors += group_errors(gold, plan_of)
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 6:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 6")
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if [k for k, v in support.items() if v == 0] != ["P6"]:
        errors.append(f"expected exactly P6 without partner support: {support}")
    if sum(1 for v in plan_of.values() if not v) < 4:
        errors.append("expected at least four strategy priorities that support no plan priority")
    strategies = [r for r in docs if r != plan_rel]
    if len(strategies) != 12 or sum(docs[r]["kind"] == "csp" for r in strategies) != 9:
        errors.append("expected 12 strategies, 9 of them csp")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    if any(set(g) & set(plan_ids) for g in gold["duplicates"]):
        errors.append("expected no duplicate group to hold a plan priority")
    asb = [g for g in gold["duplicates"] if "STK1" in g]
    if not asb or len(asb[0]) < 6:
        errors.append("expected anti-social behaviour (STK1's group) to be shared by at least six documents")
    if list(SRC.rglob("__pycache__")):
        errors.append("src/staffordshire_districts holds __pycache__")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
