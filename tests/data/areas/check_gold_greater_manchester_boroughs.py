#!/usr/bin/env python3
"""Check greater_manchester_boroughs/gold.json against its documents, with stricter checks for this area.

Usage:  python check_gold_greater_manchester_boroughs.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed).
Two documents of this area are native .docx files: for them the shared checks read the text of each page as
Word breaks it (body paragraphs, table cells and text boxes, in order, a new page at each page break, paragraph
set to start a page, or section break).  Then:

- every PDF made from Word has 6-14 pages, is under 200 KB, has "Contents" on page 2, and every line of its
  contents page ("Heading ....... N") points to a page that holds that heading;
- the plan on a page (Trafford, .pptx -> PDF) has exactly two landscape pages and its gold page is 1; it is the
  only document whose gold page may say "plan on a page", and the only PDF without a contents page;
- exactly two native .docx strategies, each with a "Contents" heading, and zip members with a
  fixed timestamp (deterministic build);
- no other gold page is an "at a glance" / "plan on a page" page; the drugs strategy's gold page is landscape;
- each gold text starts a line of its page (a paragraph of a .docx) once a label ("Priority one –",
  "Priority 3 –", "3.1", "4.2.1", "1.", a bullet) is removed; a wrapped heading or table cell may run on
  over four lines; gold texts carry no label themselves;
- each strategy states all its priorities on one page;
- Rochdale's 2022 themes (p4) repeat three current priorities word for word, and the gold page is p6;
- labels are consistent (check_gold.group_errors): the strategy priorities in one duplicate group share their
  `plan` list, and a group that holds a plan priority Px has Px in every strategy member's `plan`;
- the plan has seven priorities; 12 strategies (9 csp); 55-75 gold priorities; exactly one plan priority (P1,
  trust and confidence in policing) has no partner support; at least five strategy priorities support none;
  at least one theme is shared by five or more documents; exactly one group holds a plan priority (P4, TRA2).

With -v it also prints who supports each plan priority.  Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import check_gold  # noqa: E402
from check_gold import GLANCE, group_errors, norm, run_area, starts_line  # noqa: E402

GOLD = HERE / "greater_manchester_boroughs" / "gold.json"
ROOT = GOLD.parent
PPTX_DOC = "strategies/safer_trafford_community_safety_plan_on_a_page_2025-28.pdf"
DRUGS_DOC = "strategies/greater_manchester_combating_drugs_and_alcohol_strategy_2025-28.pdf"
ROCHDALE = "strategies/rochdale_safer_communities_plan_2025-28.pdf"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25cf\uf0b7\-–]\s*)?(?:priority\s+(?:\d+|one|two|three|four|five)\s*[–:-]\s*)?"
                   r"(?:\d+(?:\.\d+)*[.)]?(?:\s|$))?\s*", re.I)
TEXT_LABEL = re.compile(r"^(?:priority)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)*[.)]?\s|^[•(]", re.I)

# ------------------------------------------------------------------ .docx support for the shared checks
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_pages(path: Path) -> list[str]:
    """The text of a .docx page by page, one line per paragraph (body, table cells and text boxes, in
    document order); a page break, a paragraph set to start a page or a section break starts a new page."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    pages: list[list[str]] = [[]]
    for p in root.iter(W_NS + "p"):
        if p.find(".//" + W_NS + "txbxContent") is not None:
            continue  # the anchor paragraph of a text box: its own paragraphs are listed separately
        ppr = p.find(W_NS + "pPr")
        if ppr is not None and ppr.find(W_NS + "pageBreakBefore") is not None and any(pages[-1]):
            pages.append([])
        parts = []
        for el in p.iter():
            if el.tag == W_NS + "t" and el.text:
                parts.append(el.text)
            elif el.tag == W_NS + "tab":
                parts.append("\t")
            elif el.tag == W_NS + "br":
                if el.get(W_NS + "type") == "page":
                    pages[-1].append("".join(parts))
                    parts = []
                    pages.append([])
                else:
                    parts.append("\n")
        pages[-1].append("".join(parts))
        if ppr is not None and ppr.find(W_NS + "sectPr") is not None:
            pages.append([])
    return ["\n".join(lines) for lines in pages if any(lines)]


def docx_text(path: Path) -> str:
    return "\n".join(docx_pages(path))


_page_text, _num_pages = check_gold.page_text, check_gold.num_pages


def page_text(doc: Path, n: int) -> str:
    if Path(doc).suffix == ".docx":
        pages = docx_pages(Path(doc))
        return pages[n - 1] if 1 <= n <= len(pages) else ""
    return _page_text(doc, n)


def num_pages(doc: Path) -> int:
    return len(docx_pages(Path(doc))) if Path(doc).suffix == ".docx" else _num_pages(doc)


check_gold.page_text, check_gold.num_pages = page_text, num_pages


# ------------------------------------------------------------------ helpers
def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def contents_errors(rel: str, pdf: Path) -> list[str]:
    errors = []
    entries = re.findall(r"^(.+?)\s*\.{4,}\s*(\d+)\s*$", page_text(pdf, 2), re.M)
    if len(entries) < 4:
        errors.append(f"{rel}: only {len(entries)} contents entries with dot leaders")
    n = num_pages(pdf)
    for text, num in entries:
        pg = int(num)
        if not 3 <= pg <= n:
            errors.append(f"{rel}: contents entry {text!r} points to page {pg}")
        elif norm(re.sub(r"^\d+\.?\s+", "", text)) not in norm(page_text(pdf, pg)):
            errors.append(f"{rel}: contents entry {text!r} is not on page {pg}")
    return errors


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    docs, plan_rel = gold["documents"], gold["plan"]
    plan_of: dict[str, list[str]] = {}
    natives = [rel for rel in docs if rel.endswith(".docx")]
    if len(natives) != 2:
        errors.append(f"expected two native .docx strategies, found {len(natives)}")
    for rel, doc in docs.items():
        path = ROOT / rel
        if rel.endswith(".docx"):
            if "contents" not in docx_text(path).lower():
                errors.append(f"{rel}: no contents heading")
            with zipfile.ZipFile(path) as z:
                if {i.date_time for i in z.infolist()} != {(2025, 3, 3, 9, 30, 0)}:
                    errors.append(f"{rel}: zip member timestamps are not fixed")
        elif rel == PPTX_DOC:
            sizes = page_sizes(path)
            if len(sizes) != 2 or any(w <= h for w, h in sizes):
                errors.append(f"{rel}: expected two landscape pages, got {sizes}")
        else:
            errors += check_gold.document_errors(rel, path, (6, 14))
            if path.stat().st_size >= 200 * 1024:
                errors.append(f"{rel}: {path.stat().st_size // 1024} KB, expected under 200 KB")
            if "contents" not in page_text(path, 2).lower():
                errors.append(f"{rel}: page 2 is not a contents page")
            errors += contents_errors(rel, path)
        pages = {p["page"] for p in doc["priorities"]}
        if rel != plan_rel and len(pages) != 1:
            errors.append(f"{rel}: priorities on several pages {sorted(pages)}")
        if rel == PPTX_DOC and pages != {1}:
            errors.append(f"{rel}: gold page should be 1")
        texts: dict[int, str] = {}
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            pg = p["page"]
            texts.setdefault(pg, page_text(path, pg))
            if rel != PPTX_DOC and GLANCE.search(texts[pg]):
                errors.append(f"{p['id']}: page {pg} of {rel} is an 'at a glance' page")
            if not starts_line(p["text"], texts[pg], LABEL, span=4):
                errors.append(f"{p['id']}: no line of page {pg} starts with the text {p['text']!r}")
    sizes = page_sizes(ROOT / DRUGS_DOC)
    pg = docs[DRUGS_DOC]["priorities"][0]["page"]
    if not sizes or sizes[pg - 1][0] <= sizes[pg - 1][1] or sizes[0][0] >= sizes[0][1]:
        errors.append(f"{DRUGS_DOC}: page {pg} should be landscape between portrait pages")
    p4 = norm(page_text(ROOT / ROCHDALE, 4))
    carried = [p["id"] for p in docs[ROCHDALE]["priorities"] if norm(p["text"]) in p4]
    if sorted(carried) != ["ROC1", "ROC2", "ROC5"] or docs[ROCHDALE]["priorities"][0]["page"] != 6:
        errors.append(f"{ROCHDALE}: expected ROC1, ROC2, ROC5 repeated among the 2022 themes on p4, gold p6")
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if len(plan_ids) != 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 7")
    strategies = [d for r, d in docs.items() if r != plan_rel]
    if len(strategies) != 12 or sum(d["kind"] == "csp" for d in strategies) != 9:
        errors.append("expected 12 strategies, 9 of them community safety partnership plans")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 55 <= total <= 75:
        errors.append(f"{total} gold priorities, expected 55-75")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if [pid for pid, n in support.items() if n == 0] != ["P1"]:
        errors.append(f"expected P1 alone to have no partner support: {support}")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    if not any(len(grp) >= 5 for grp in gold["duplicates"]):
        errors.append("expected a theme shared by five or more documents")
    held = [grp for grp in gold["duplicates"] if any(x in plan_ids for x in grp)]
    if held != [["P4", "TRA2"]]:
        errors.append(f"expected exactly one duplicate group with a plan priority (P4, TRA2): {held}")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
