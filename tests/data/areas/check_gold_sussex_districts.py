#!/usr/bin/env python3
"""Check sussex_districts/gold.json against its PDFs, with stricter checks for this area.

Usage:  python check_gold_sussex_districts.py [-v]

Runs the shared checks of check_gold.py (each gold text occurs in `pdftotext -f N -l N` of its page, ignoring
case, whitespace, line breaks and punctuation; ids, plan references and duplicate groups are well formed), then:

- every PDF is under 300 KB; the plan has 10 pages and every strategy 8; "Contents" on page 2; no gold page is
  an "at a glance" page;
- each gold text starts a line of its page once a label is removed ("1.1", "01", "A1", "Aim 2 \u2013",
  "Priority 1.2", a bullet or tick), a wrapped heading or table cell going on over up to four lines; gold texts
  carry no label;
- **two levels**: on each gold page the other level of the document's hierarchy (pillars, themes, outcomes,
  strands, ambitions, objectives, actions, commitments) is printed, and none of it is gold; the plan's gold is
  its nine priorities (pp5-8), never its four pillars;
- **stated once**: every strategy's priorities are all on one page, and no gold text of four words or more
  occurs on another page of that document after the contents page (shorter ones, such as "Domestic abuse",
  recur in running text and in previous plans' lists);
- labels are consistent: the strategy priorities in one duplicate group share one `plan` list, and a group that
  holds a plan priority Px has Px in every strategy member's `plan`; only P2 (roads), P3 (serious violence
  and knife crime) and P5 (violence against women and girls) join groups, since the other plan priorities are
  broader than any partner priority;
- P8 and P9 have no partner support; at least six strategy priorities support no plan priority; 11-13
  strategies and 50-70 gold priorities; the anti-social behaviour group spans at least seven documents.

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

GOLD = HERE / "sussex_districts" / "gold.json"
LABEL = re.compile(r"^\s*(?:[\u2022\u2713\-\u2013]\s*)?"
                   r"(?:(?:aim|priority)\s+\d+(?:\.\d+)?\s*[\u2013:-]?\s*|[A-C][1-9]\s+|\d+(?:\.\d+)?[.)]?(?:\s|$))?\s*",
                   re.I)
TEXT_LABEL = re.compile(r"^(?:priority|aim|ambition|objective|strand|theme|outcome|pillar)\s*\w+\s*[:\u2013-]?\s"
                        r"|^\d+(?:\.\d+)?[.)]?\s|^[A-C]\d\s", re.I)
S = "strategies/"
# the other level of each document's hierarchy, printed on the gold page and not gold
OTHER_LEVEL = {
    "plan/sussex_police_and_crime_plan_2025-29.pdf": {
        5: ["Strengthen local policing"], 6: ["Fight crime and prevent harm"],
        7: ["Put victims first and reduce reoffending"], 8: ["Improve access and public confidence"]},
    S + "brighton_and_hove_community_safety_and_crime_reduction_strategy_2026-29.pdf":
        ["Safe and welcoming neighbourhoods", "Reducing serious harm", "Protecting people at risk"],
    S + "eastbourne_community_safety_partnership_plan_2026-29.pdf":
        ["A safe and welcoming town centre and seafront", "Fewer people harmed by abuse and exploitation",
         "Older residents feel safe and confident at home"],
    S + "safer_hastings_partnership_plan_2026-29.pdf":
        ["Run a joint problem-solving group for the town centre", "Increase referrals into treatment"],
    S + "safer_wealden_partnership_plan_2026-29.pdf":
        ["Safer roads and rural communities", "Protecting vulnerable people", "Healthy, safe young people"],
    S + "adur_and_worthing_safer_communities_partnership_strategy_2026-29.pdf":
        ["Joint patrols in town centres and parks", "Street outreach seven days a week"],
    S + "safer_arun_partnership_plan_2026-29.pdf":
        ["Reduce repeat anti-social behaviour in Bognor Regis", "Joint visits to car washes, nail bars and farms"],
    S + "safer_crawley_partnership_strategy_2026-29.pdf": ["STRAND A \u2014 PEOPLE", "STRAND C \u2014 COMMUNITIES"],
    S + "mid_sussex_community_safety_partnership_plan_2026-29.pdf":
        ["Community Speedwatch in every interested parish", "Call blockers for repeat victims"],
    S + "east_sussex_combating_drugs_partnership_strategy_2025-30.pdf":
        ["Less supply", "Better treatment and recovery", "Less demand"],
    S + "west_sussex_domestic_abuse_and_safe_accommodation_strategy_2025-28.pdf":
        ["Fewer repeat victims at MARAC", "Every partner has trained domestic abuse champions"],
    S + "east_sussex_youth_justice_partnership_plan_2025-26.pdf":
        ["Board objective 1: Fewer children entering the justice system", "Fair outcomes for every child"],
}


def extra(gold: dict) -> list[str]:
    docs = gold["documents"]
    root = GOLD.parent
    plan_rel = gold["plan"]
    errors: list[str] = []
    plan_only = dict(gold, documents={plan_rel: docs[plan_rel]})
    strat_only = dict(gold, documents={k: v for k, v in docs.items() if k != plan_rel})
    e1, _ = priority_errors(plan_only, root, LABEL, TEXT_LABEL, pages=(10, 10), span=4)
    e2, plan_of = priority_errors(strat_only, root, LABEL, TEXT_LABEL, pages=(8, 8), span=4)
    errors += e1 + e2
    gold_norm = {rel: [norm(p["text"]) for p in d["priorities"]] for rel, d in docs.items()}
    for rel, doc in docs.items():
        pdf = root / rel
        n = num_pages(pdf)
        texts = {i: norm(page_text(pdf, i)) for i in range(3, n + 1)}
        pages = {p["page"] for p in doc["priorities"]}
        if rel != plan_rel and len(pages) != 1:
            errors.append(f"{rel}: priorities on several pages {sorted(pages)}")
        for p in doc["priorities"]:
            if len(p["text"].split()) < 4:  # "Domestic abuse", "Reducing reoffending" occur in running text
                continue
            t = norm(p["text"])
            others = [i for i, txt in texts.items() if i != p["page"] and t in txt]
            if others:
                errors.append(f"{p['id']}: text also occurs on page(s) {others} of {rel}")
        other = OTHER_LEVEL.get(rel)
        if other is None:
            errors.append(f"{rel}: no other-level texts recorded")
            continue
        by_page = other if isinstance(other, dict) else {next(iter(pages)): other}
        for pg, items in by_page.items():
            for it in items:
                if norm(it) not in texts.get(pg, ""):
                    errors.append(f"{rel}: other-level text {it!r} not on page {pg}")
                if any(norm(it) == g or norm(it) in g for g in gold_norm[rel]):
                    errors.append(f"{rel}: other-level text {it!r} is (part of) a gold priority")
    plan_ids = [p["id"] for p in docs[plan_rel]["priorities"]]
    if plan_ids != [f"P{i}" for i in range(1, 10)]:
        errors.append(f"the plan should have nine priorities P1-P9, has {plan_ids}")
    if sorted(p["page"] for p in docs[plan_rel]["priorities"]) != [5, 5, 6, 6, 6, 7, 7, 8, 8]:
        errors.append("plan priorities expected on pp5 (2), 6 (3), 7 (2), 8 (2)")
    errors += group_errors(gold, plan_of)
    for px in ("P8", "P9"):
        if any(px in v for v in plan_of.values()):
            errors.append(f"expected {px} to have no partner support")
    if sum(1 for v in plan_of.values() if not v) < 6:
        errors.append("expected at least six strategy priorities that support no plan priority")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 50 <= total <= 70:
        errors.append(f"{total} gold priorities, expected 50-70")
    if not 11 <= len(docs) - 1 <= 13:
        errors.append(f"{len(docs) - 1} strategies, expected 11-13")
    in_groups = sorted(x for grp in gold["duplicates"] for x in grp if x in plan_ids)
    if in_groups != ["P2", "P3", "P5"]:
        errors.append(f"plan priorities in duplicate groups: {in_groups}, expected P2, P3 and P5 only")
    sizes = sorted((len(g) for g in gold["duplicates"]), reverse=True)
    if not sizes or sizes[0] < 7:
        errors.append("expected the anti-social behaviour group to span at least seven documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
