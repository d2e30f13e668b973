#!/usr/bin/env python3
"""Check nottinghamshire_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_nottinghamshire_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 7-12 pages, is under 300 KB and has "Contents" on page 2; no gold page is an "at a glance" page;
  each gold text starts a line of its page once a label ("(a)", "Q1", "01", "Outcome 3", "PRIORITY 2", "Our first
  priority is", a number or a bullet) is removed, a wrapped heading or table cell going on over up to four lines;
  gold texts carry no label;
- each document states its priorities on one page, and each gold text of four words or more occurs on that page
  only, except in the RAG-rated delivery plans of Mansfield and Nottingham, where the distractor must repeat
  every priority on a later page whose table has a RAG column;
- layouts: the Newark and Sherwood and youth justice priorities are questions (end in "?"); every Mansfield
  priority follows "Our <nth> priority is" on its page; the Bassetlaw report states its priorities in paragraph
  3.2 and has "Recommendations" and "Background papers"; the Broxtowe report states them in Appendix 1 and has
  "Recommendation" and "Background papers"; the Gedling summary (p3) names none of the priorities in full; the
  Rushcliffe and serious violence documents have a Gantt page (a "Workstream" page with quarter or year
  columns) that is not a gold page; the Ashfield matrix page is landscape;
- labels are consistent: the strategy priorities in one duplicate group share one `plan` list, and a group that
  holds a plan priority Px has Px in every strategy member's `plan`;
- the plan has seven priorities; P7 has no partner support; every other plan priority has some; at least five
  strategy priorities support no plan priority; 55-75 gold priorities in 13 documents (8 CSPs);
- the anti-social behaviour group spans all eight CSPs, and at least four groups span three or more documents.

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

GOLD = HERE / "nottinghamshire_districts" / "gold.json"
ORD = r"(?:first|second|third|fourth|fifth|sixth)"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25aa\u2013\-]\s*)?(?:\(?[a-e]\)\s*|Q\d\s*|0?\d\s+|\d+(?:\.\d+)?[.)]?\s+|"
                   r"(?:outcome|priority)\s+\d+\s*|our\s+" + ORD + r"\s+priority\s+is\s+)?", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|outcome)\s*\w+\s*[:–-]?\s|^\d+(?:\.\d+)?[.)]?\s|^\(?[a-e]\)\s|^Q\d\s|"
                        r"^our\s+\w+\s+priority\s+is", re.I)
S = "strategies/"
MAN = S + "mansfield_community_safety_partnership_plan_2025-28.pdf"
NOT = S + "nottingham_community_safety_partnership_plan_2025-28.pdf"
NSH = S + "newark_and_sherwood_community_safety_partnership_plan_2025-28.pdf"
YJ = S + "nottinghamshire_youth_justice_plan_2025-26.pdf"
BAS = S + "bassetlaw_community_safety_partnership_plan_2025-28_cabinet_report.pdf"
BRX = S + "broxtowe_community_safety_partnership_plan_2025-28_committee_report.pdf"
GED = S + "gedling_community_safety_partnership_plan_2025-28.pdf"
RUS = S + "rushcliffe_community_safety_partnership_plan_2025-28.pdf"
SV = S + "nottingham_nottinghamshire_serious_violence_strategy_2025-30.pdf"
ASH = S + "ashfield_community_safety_partnership_plan_2025-28.pdf"
RAG_DOCS = {MAN, NOT}


def all_pages(pdf: Path) -> list[str]:
    return [page_text(pdf, i) for i in range(1, num_pages(pdf) + 1)]


def extra(gold: dict) -> list[str]:
    docs = gold["documents"]
    root = GOLD.parent
    errors, plan_of = priority_errors(gold, root, LABEL, TEXT_LABEL, pages=(7, 12), span=4)
    texts = {rel: all_pages(root / rel) for rel in docs}
    # one page per document; each text on that page only (RAG plans: repeated on a later RAG page)
    for rel, doc in docs.items():
        pgs = {p["page"] for p in doc["priorities"]}
        if len(pgs) != 1 and rel != gold["plan"]:
            errors.append(f"{rel}: priorities on several pages {sorted(pgs)}")
        for p in doc["priorities"]:
            hits = [i for i, t in enumerate(texts[rel], start=1) if norm(p["text"]) in norm(t)]
            others = [i for i in hits if i != p["page"]]
            if rel in RAG_DOCS:
                if not others or not all(i > p["page"] and "RAG" in texts[rel][i - 1] for i in others):
                    errors.append(f"{p['id']}: expected repeats only on later RAG pages, found on {hits}")
            elif others and len(p["text"].split()) >= 4:  # a two-word text ("Domestic abuse") occurs anywhere
                errors.append(f"{p['id']}: text also occurs on page(s) {others} of {rel}")
    # layouts
    for rel in (NSH, YJ):
        for p in docs[rel]["priorities"]:
            if not p["text"].endswith("?"):
                errors.append(f"{p['id']}: expected a question")
    for p in docs[MAN]["priorities"]:
        pg = norm(texts[MAN][p["page"] - 1])
        if not re.search("our" + ORD + "priorityis" + re.escape(norm(p["text"])), pg):
            errors.append(f"{p['id']}: not introduced by 'Our <nth> priority is'")
    bas = "\n".join(texts[BAS])
    pg = texts[BAS][docs[BAS]["priorities"][0]["page"] - 1]
    if "3.2" not in pg or "Recommendations" not in bas or "Background papers" not in bas:
        errors.append("Bassetlaw: expected paragraph 3.2 on the gold page, Recommendations and Background papers")
    brx = "\n".join(texts[BRX])
    pg = texts[BRX][docs[BRX]["priorities"][0]["page"] - 1]
    if "Appendix 1" not in pg or "Recommendation" not in brx or "Background papers" not in brx:
        errors.append("Broxtowe: expected Appendix 1 on the gold page, a Recommendation and Background papers")
    summ = norm(texts[GED][2])
    if "summary" not in summ:
        errors.append("Gedling: page 3 is not the summary")
    for p in docs[GED]["priorities"]:
        if norm(p["text"]) in summ:
            errors.append(f"{p['id']}: stated in full on the Gedling summary page")
    for rel in (RUS, SV):
        gp = docs[rel]["priorities"][0]["page"]
        gantt = [i for i, t in enumerate(texts[rel], start=1)
                 if "Workstream" in t and (re.search(r"Q1 2\d/2\d", t) or re.search(r"20\d\d/\d\d.*20\d\d/\d\d", t, re.S))]
        if not gantt or gp in gantt:
            errors.append(f"{rel}: expected a Gantt page apart from the gold page (found {gantt})")
    gp = docs[ASH]["priorities"][0]["page"]
    info = subprocess.run(["pdfinfo", "-f", str(gp), "-l", str(gp), str(root / ASH)], capture_output=True,
                          text=True).stdout
    m = re.search(r"size:\s+([\d.]+) x ([\d.]+)", info)
    if not m or float(m.group(1)) <= float(m.group(2)):
        errors.append("Ashfield: the matrix page is not landscape")
    # labels and support
    plan_ids = [p["id"] for p in docs[gold["plan"]]["priorities"]]
    if len(plan_ids) != 7:
        errors.append(f"the plan has {len(plan_ids)} priorities, expected 7")
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if support.get("P7", 1) != 0:
        errors.append("expected P7 to have no partner support")
    for pid in plan_ids[:-1]:
        if not support[pid]:
            errors.append(f"expected {pid} to have partner support")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 55 <= total <= 75:
        errors.append(f"{total} gold priorities, expected 55-75")
    if len(docs) != 13 or sum(d["kind"] == "csp" for d in docs.values()) != 8:
        errors.append("expected 13 documents, 8 of them CSP plans")
    owner = {p["id"]: rel for rel, d in docs.items() for p in d["priorities"]}
    csp_docs = {rel for rel, d in docs.items() if d["kind"] == "csp"}
    if not any({owner[x] for x in g} == csp_docs for g in gold["duplicates"]):
        errors.append("expected the anti-social behaviour group to span all eight CSPs")
    if sum(1 for g in gold["duplicates"] if len(g) >= 3) < 4:
        errors.append("expected at least four duplicate groups spanning three or more documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
