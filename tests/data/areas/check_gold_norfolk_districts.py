#!/usr/bin/env python3
"""Check norfolk_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_norfolk_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF has 8-12 pages, is under 300 KB and has "Contents" on page 2; no gold page is an "at a glance" page;
  each gold text starts a line of its page once a label (a bullet, a list number, "Priority 2", "Delivery area 3")
  is removed, a wrapped heading, card or table cell going on over up to four lines; gold texts carry no label;
- the layouts this area is about:
  * refreshes (Breckland, serious violence): the gold page also shows the retired or closed priority, with its
    "RETIRED" / "CLOSED" mark and a "NEW" mark, and the retired priority is not gold;
  * RAG-rated delivery plans (Broadland, drugs): the priorities head tables over two pages, and every gold page
    has Red, Amber and Green status cells;
  * progress reports (Great Yarmouth, South Norfolk): the gold page is headed "Priorities for 2026-27"; an earlier
    page reports on last year's priorities, repeating at least two current priorities word for word, and at
    least one current priority is new (found on no other page);
  * consultation documents (King's Lynn and West Norfolk, domestic abuse): an earlier page shows the "Proposed
    priorities", none of which is gold, and the gold page is headed "Final priorities";
  * tabbed designs (North Norfolk, youth justice): each priority is on a page of its own, in order; every gold
    text is on every tabbed page (as a tab label) and on no other page, the contents page included, and twice
    (tab and heading) on its own page;
  * summary plus full strategy (Norwich): the summary (pp3-4) states none of the gold texts, which are on a page
    of the full strategy (p5 on);
- the plan has six priorities, two a page on pp5-7, each heading beside its number;
- labels are consistent: the strategy priorities in one duplicate group share one `plan` list, and a group that
  holds a plan priority Px has Px in every strategy member's `plan`;
- P6 (the Constabulary) has no partner support and every other plan priority has some; at least five strategy
  priorities support none; 50-70 gold priorities in 12 documents (7 CSPs); the anti-social behaviour group spans
  all seven CSPs; exactly one duplicate group holds a plan priority; at least four groups span three documents.

With -v it also prints who supports each plan priority and the strategy priorities that support none.
Exit status 0 when all pass.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from check_gold import group_errors, norm, num_pages, page_text, priority_errors, run_area  # noqa: E402

GOLD = HERE / "norfolk_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[•\u2022\u25aa\u2013\-]\s*)?(?:(?:priority|delivery area)\s+\d+\s*|\d+[.)]?(?:\s+|$))?",
                   re.I)
TEXT_LABEL = re.compile(r"^(?:priority|delivery area|proposed priority|final priority)\s*\w*\s*[:–-]?\s|"
                        r"^\d+(?:\.\d+)?[.)]?\s|^20\d\d", re.I)
S = "strategies/"
BRE = S + "breckland_community_safety_plan_2024-27_year2_refresh.pdf"
BRD = S + "broadland_community_safety_annual_delivery_plan_2025-26.pdf"
GY = S + "safer_great_yarmouth_annual_report_2025-26_and_priorities_2026-27.pdf"
KLW = S + "safer_west_norfolk_community_safety_plan_2026-29_final.pdf"
NN = S + "north_norfolk_community_safety_partnership_plan_2025-28.pdf"
NOR = S + "safer_norwich_partnership_strategy_2025-28_with_summary.pdf"
SN = S + "south_norfolk_community_safety_review_2025-26_and_priorities_2026-27.pdf"
DA = S + "norfolk_domestic_abuse_and_sexual_violence_strategy_2026-29.pdf"
SV = S + "norfolk_serious_violence_duty_strategy_2024-29_year2_refresh.pdf"
DRG = S + "norfolk_combating_drugs_partnership_delivery_plan_2025-26.pdf"
YJ = S + "norfolk_youth_justice_plan_2025-26.pdf"
REFRESH = {BRE: ("Reducing road casualties on the A11 and A47 corridors", "RETIRED"),
           SV: ("Improving how partners share data on violence", "CLOSED")}
PROPOSED = {KLW: ["Anti-social behaviour in our towns", "Preventing serious violence", "Drug and alcohol misuse",
                  "Fly-tipping and environmental crime"],
            DA: ["Preventing abuse before it starts", "Supporting all victims and survivors",
                 "Responding to perpetrators", "Improving justice outcomes"]}


def all_pages(pdf: Path) -> list[str]:
    return [page_text(pdf, i) for i in range(1, num_pages(pdf) + 1)]


def extra(gold: dict) -> list[str]:
    docs, root = gold["documents"], GOLD.parent
    errors, plan_of = priority_errors(gold, root, LABEL, TEXT_LABEL, pages=(8, 12), span=4)
    T = {rel: all_pages(root / rel) for rel in docs}
    N = {rel: [norm(t) for t in pages] for rel, pages in T.items()}

    def pages_of(rel, text):
        return [i for i, t in enumerate(N[rel], start=1) if norm(text) in t]

    def gold_pages(rel):
        return sorted({p["page"] for p in docs[rel]["priorities"]})

    def one_page(rel):
        gps = gold_pages(rel)
        if len(gps) != 1:
            errors.append(f"{rel}: expected the priorities on one page, found {gps}")
        return gps[-1]

    gold_norm = {rel: {norm(p["text"]) for p in d["priorities"]} for rel, d in docs.items()}
    # refreshes
    for rel, (retired, mark) in REFRESH.items():
        gp = one_page(rel)
        page = T[rel][gp - 1]
        if norm(retired) not in N[rel][gp - 1] or mark not in page or not re.search(r"\bNEW\b", page):
            errors.append(f"{rel}: the gold page does not show the {mark} priority and a NEW one")
        if norm(retired) in gold_norm[rel]:
            errors.append(f"{rel}: the retired priority is gold")
    # RAG-rated delivery plans
    for rel in (BRD, DRG):
        gps = gold_pages(rel)
        if len(gps) != 2:
            errors.append(f"{rel}: expected the priorities over two pages, found {gps}")
        for gp in gps:
            if not all(re.search(rf"\b{w}\b", T[rel][gp - 1]) for w in ("Red", "Amber", "Green")):
                errors.append(f"{rel}: page {gp} lacks Red/Amber/Green status cells")
    # progress reports
    for rel in (GY, SN):
        gp = one_page(rel)
        if "prioritiesfor202627" not in N[rel][gp - 1]:
            errors.append(f"{rel}: gold page {gp} is not headed 'Priorities for 2026-27'")
        earlier = [p for p in docs[rel]["priorities"] if any(i < gp for i in pages_of(rel, p["text"]))]
        only = [p for p in docs[rel]["priorities"] if pages_of(rel, p["text"]) == [gp]]
        if len(earlier) < 2 or not only:
            errors.append(f"{rel}: expected two or more carried-over priorities on an earlier page and a new one")
    # consultation documents
    for rel, props in PROPOSED.items():
        gp = one_page(rel)
        pp = [i for i, t in enumerate(N[rel], start=1) if all(norm(x) in t for x in props)]
        if not pp or not pp[0] < gp or "proposedpriorit" not in N[rel][pp[0] - 1]:
            errors.append(f"{rel}: expected the proposed priorities on an earlier page")
        elif any(g in N[rel][pp[0] - 1] for g in gold_norm[rel]):
            errors.append(f"{rel}: a gold text is on the proposed-priorities page")
        if any(norm(x) in gold_norm[rel] for x in props):
            errors.append(f"{rel}: a proposed priority is gold")
        if "finalpriorities" not in N[rel][gp - 1]:
            errors.append(f"{rel}: gold page {gp} is not headed 'Final priorities'")
    # tabbed designs
    for rel in (NN, YJ):
        prs = docs[rel]["priorities"]
        gps = [p["page"] for p in prs]
        if gps != list(range(gps[0], gps[0] + len(prs))):
            errors.append(f"{rel}: expected one priority a page, in order; found pages {gps}")
        for p in prs:
            if pages_of(rel, p["text"]) != gps:
                errors.append(f"{p['id']}: expected on every tabbed page {gps} and nowhere else, found "
                              f"{pages_of(rel, p['text'])}")
            counts = [N[rel][i - 1].count(norm(p["text"])) for i in gps]
            want = [2 if i == p["page"] else 1 for i in gps]
            if counts != want:
                errors.append(f"{p['id']}: expected a tab label on each tabbed page and the heading on page "
                              f"{p['page']} only (counts {counts})")
    # summary plus full strategy
    if "summary" not in N[NOR][2]:
        errors.append("Norwich: page 3 is not the summary")
    for p in docs[NOR]["priorities"]:
        hits = pages_of(NOR, p["text"])
        if any(i in (3, 4) for i in hits) or p["page"] < 5:
            errors.append(f"{p['id']}: stated in the summary, or not in the full strategy ({hits})")
    # the plan
    plan_rel = gold["plan"]
    plan_pr = docs[plan_rel]["priorities"]
    if [p["page"] for p in plan_pr] != [5, 5, 6, 6, 7, 7]:
        errors.append("expected the plan's six priorities two a page on pp5-7")
    for k, p in enumerate(plan_pr, start=1):
        if f"{k}{norm(p['text'])}" not in N[plan_rel][p["page"] - 1]:
            errors.append(f"{p['id']}: heading not next to its number {k}")
    # labels and support
    plan_ids = [p["id"] for p in plan_pr]
    errors += group_errors(gold, plan_of)
    support = {pid: sum(pid in v for v in plan_of.values()) for pid in plan_ids}
    if support.get("P6", 1) != 0:
        errors.append("expected P6 to have no partner support")
    for pid in plan_ids[:-1]:
        if not support[pid]:
            errors.append(f"expected {pid} to have partner support")
    if sum(1 for v in plan_of.values() if not v) < 5:
        errors.append("expected at least five strategy priorities that support no plan priority")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    if len(docs) != 12 or sum(d["kind"] == "csp" for d in docs.values()) != 7:
        errors.append("expected 12 documents, 7 of them CSP plans")
    owner = {p["id"]: rel for rel, d in docs.items() for p in d["priorities"]}
    csp_docs = {rel for rel, d in docs.items() if d["kind"] == "csp"}
    if not any({owner[x] for x in g} == csp_docs for g in gold["duplicates"]):
        errors.append("expected the anti-social behaviour group to span all seven CSPs")
    if sum(1 for g in gold["duplicates"] if any(x in plan_ids for x in g)) != 1:
        errors.append("expected exactly one duplicate group holding a plan priority")
    if sum(1 for g in gold["duplicates"] if len(g) >= 3) < 4:
        errors.append("expected at least four duplicate groups spanning three or more documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
