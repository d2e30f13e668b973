"""Check a draft strategy before publication, against the strategies that exist and the plan.

For each of the draft's priorities: the existing strategy priorities it duplicates, the plan priority it
supports (or none), and gentle flags where it is not SMART. Also: the plan priorities no existing
strategy supports that this draft could help fill. Everything comes from the store when it can, so a
draft checked again after an edit costs little more than reading the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import DocumentError, InputError
from .models import Extracted, Match, Priority

MAX_DUPLICATES = 3  # per draft priority: the closest ones are what an analyst needs to read

MEASURABLE = re.compile(
    r"\d|%|\b(?:measur\w*|indicators?|targets?|kpis?|rates?|numbers? of|proportion|fewer|more people|"
    r"reduc\w* (?:by|the number)|increas\w* (?:by|the number)|baseline|monitor\w*|track\w*)\b", re.IGNORECASE)
TIMESCALE = re.compile(
    r"\b(?:20\d\d|by (?:the )?(?:end|spring|summer|autumn|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d)|within \w+ (?:weeks?|months?|years?)|each year|every year|"
    r"annual(?:ly)?|quarterly|monthly|year one|first year|next (?:year|\d+ years)|by \d{4}|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4})\b",
    re.IGNORECASE)
OWNER = re.compile(
    r"\b(?:lead(?:s|ing)?|led by|owner|owned by|responsible|accountable|delivered by|chair(?:ed)?|"
    r"council|police|constabulary|probation|nhs|integrated care board|icb|fire and rescue|service|board|"
    r"partnership|team|commissioner|opcc|manager|coordinator|officer)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Duplicate:
    priority: str  # existing priority id
    document: str
    text: str
    page: int
    similarity: float


@dataclass(frozen=True, slots=True)
class Finding:
    priority: Priority
    duplicates: tuple[Duplicate, ...]
    match: Match | None  # None without a plan
    smart_flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CheckResult:
    draft: Extracted
    plan: Extracted | None
    strategies: tuple[Extracted, ...]
    findings: tuple[Finding, ...]
    gaps: tuple[Priority, ...]  # plan priorities no existing strategy supports
    gaps_filled: tuple[tuple[str, tuple[str, ...]], ...]  # (plan priority id, draft priority ids supporting it)
    thresholds: tuple[tuple[str, float], ...]
    model: tuple[tuple[str, object], ...]

    @property
    def duplicates_found(self) -> bool:
        return any(f.duplicates for f in self.findings)

    @property
    def misaligned(self) -> bool:
        """Some draft priority supports no plan priority (or the draft has none to check)."""
        return self.plan is not None and (not self.findings or any(
            f.match is None or f.match.decision == "none" for f in self.findings))


def smart_flags(p: Priority) -> tuple[str, ...]:
    """What a reader would ask of a priority before it is published: how will we know, by when, who."""
    text = f"{p.text}\n{p.description}"
    flags = []
    if not MEASURABLE.search(text):
        flags.append("no measurable outcome")
    if not TIMESCALE.search(text):
        flags.append("no timescale")
    if not OWNER.search(p.description):
        flags.append("no named owner")
    return tuple(flags)


def check_draft(draft: Path, against: Path, plan: Path | None, settings, progress=None) -> CheckResult:
    from .align import coverage
    from .corrections import FILE_NAME, apply_to_area, read_corrections
    from .pipeline import (
        _noop,
        extract_documents,
        features,
        locate,
        make_embedder,
        match_plan,
        open_store,
        page_texts,
        thresholds_for,
    )

    progress = progress or _noop
    if not draft.exists():
        raise InputError(f"{draft} does not exist: give the path of the draft strategy")
    plan_path, strategy_paths = locate(against, plan)
    same = draft.resolve()
    strategy_paths = [p for p in strategy_paths if p.resolve() != same]
    store = open_store(against, settings)
    try:
        paths = [draft] + ([plan_path] if plan_path else []) + strategy_paths
        extracted, skipped = extract_documents(paths, settings, store, progress)
        by_path = {Path(e.path): e for e in extracted}
        if draft not in by_path:
            reason = next((s.reason for s in skipped if Path(s.path) == draft), "could not be read")
            raise DocumentError(str(draft), reason)
        draft_doc = _renamed(by_path[draft])
        plan_doc = by_path.get(plan_path) if plan_path else None
        strategies = tuple(by_path[p] for p in strategy_paths if p in by_path)
        # the analyst's corrections to the existing strategies hold here too
        rows = read_corrections(against / FILE_NAME) if (against / FILE_NAME).is_file() else ()
        plan_doc, strategies, overrides, _ = apply_to_area(plan_doc, strategies, rows, page_texts)
        strategies = tuple(strategies)
        spec, embedder, info = make_embedder(settings, store)
        th = thresholds_for(spec, settings)
        plan_ps = plan_doc.priorities if plan_doc else ()
        strat_ps = tuple(p for d in strategies for p in d.priorities)
        everything = tuple(plan_ps) + strat_ps + draft_doc.priorities
        f = features(everything, plan_ps, ([plan_doc] if plan_doc else []) + list(strategies) + [draft_doc],
                     embedder, th.name_weight)
    finally:
        store.close()
    n_plan, n_strat = len(plan_ps), len(strat_ps)
    sim = f.theme_similarity(th.topic_weight, th.population_weight)
    draft_rows = range(n_plan + n_strat, len(everything))
    findings_dups = []
    for r in draft_rows:
        row = np.round(sim[r, n_plan:n_plan + n_strat], 4)
        order = sorted((j for j in range(n_strat) if row[j] >= th.cluster), key=lambda j: (-row[j], strat_ps[j].id))
        findings_dups.append(tuple(Duplicate(strat_ps[j].id, strat_ps[j].document, strat_ps[j].text, strat_ps[j].page,
                                             float(row[j])) for j in order[:MAX_DUPLICATES]))
    matches: tuple[Match | None, ...] = tuple(None for _ in draft_rows)
    gaps: tuple[Priority, ...] = ()
    filled: list[tuple[str, tuple[str, ...]]] = []
    bar = (th.partly, th.partly)
    if plan_doc:
        all_matches, bar = match_plan(f, plan_doc, th, overrides)
        existing, matches = all_matches[:n_strat], all_matches[n_strat:]
        supported = coverage(plan_ps, existing)
        gaps = tuple(p for p in plan_ps if not supported[p.id])
        for g in gaps:
            ids = tuple(m.priority for m in matches if m.plan_priority == g.id)
            if ids:
                filled.append((g.id, ids))
    findings = tuple(Finding(p, d, m, smart_flags(p)) for p, d, m in zip(draft_doc.priorities, findings_dups, matches))
    return CheckResult(draft=draft_doc, plan=plan_doc, strategies=strategies, findings=findings, gaps=gaps,
                       gaps_filled=tuple(filled), model=tuple(sorted(info.items())),
                       thresholds=(("cluster", th.cluster), ("partly", th.partly), ("supports", th.supports),
                                   ("outside", th.outside), ("outside_unsure", th.outside_unsure),
                                   ("bar", bar[0]), ("unsure_bar", bar[1])))


def _renamed(doc: Extracted) -> Extracted:
    """Draft priority ids start "draft:" so they can never collide with the corpus's own ids."""
    from dataclasses import replace

    return replace(doc, priorities=tuple(replace(p, id="draft:" + p.id) for p in doc.priorities))


def result_dict(r: CheckResult) -> dict:
    plan_text = {p.id: p.text for p in r.plan.priorities} if r.plan else {}
    return {
        "schema_version": 1,
        "draft": {"path": r.draft.path, "name": r.draft.name, "title": r.draft.title, "pages": r.draft.page_count},
        "against": {"plan": r.plan.path if r.plan else None, "strategies": [d.path for d in r.strategies]},
        "model": dict(r.model),
        "thresholds": dict(r.thresholds),
        "priorities": [{
            "id": f.priority.id, "text": f.priority.text, "page": f.priority.page,
            "duplicates": [{"id": d.priority, "document": d.document, "text": d.text, "page": d.page,
                            "similarity": round(d.similarity, 4)} for d in f.duplicates],
            "plan_match": ({"id": f.match.plan_priority, "text": plan_text.get(f.match.plan_priority, ""),
                            "similarity": f.match.similarity, "decision": f.match.decision,
                            "plan_statement": f.match.statement}
                           if f.match is not None and f.match.plan_priority else None),
            "stated_plan_priorities": [plan_text.get(x, "") for x in f.match.stated] if f.match is not None else [],
            "smart_flags": list(f.smart_flags),
        } for f in r.findings],
        "plan_gaps": [{"id": g.id, "text": g.text,
                       "draft_priorities": list(dict(r.gaps_filled).get(g.id, ()))} for g in r.gaps],
        "summary": {
            "priorities": len(r.findings),
            "duplicating": sum(1 for f in r.findings if f.duplicates),
            "supporting_plan": sum(1 for f in r.findings if f.match is not None and f.match.decision != "none"),
            "gaps_filled": len(r.gaps_filled),
            "duplicates_found": r.duplicates_found,
            "misaligned": r.misaligned,
        },
    }


def result_text(d: dict) -> str:
    draft = d["draft"]
    s = d["summary"]
    lines = [f"Draft: {draft['name']} — {draft['title']} ({draft['pages']} pages), {s['priorities']} priorities",
             f"Against: {len(d['against']['strategies'])} strategies"
             + (f" and the plan {Path(d['against']['plan']).name}" if d["against"]["plan"] else " (no plan)"), ""]
    if not d["priorities"]:
        lines.append("No priorities were found in the draft: state them as headings, a list or a table.")
    for n, p in enumerate(d["priorities"], start=1):
        lines.append(f"{n}. {p['text']} (p.{p['page']})")
        if p["duplicates"]:
            for dup in p["duplicates"]:
                lines.append(f"   duplicates: {dup['text']} — {dup['document']} p.{dup['page']} ({dup['similarity']:.2f})")
        else:
            lines.append("   duplicates: none")
        if d["against"]["plan"]:
            m = p["plan_match"]
            lines.append(f"   plan: {m['decision']} \"{m['text']}\" ({m['similarity']:.2f})" if m else
                         "   plan: supports no plan priority")
            if m and m.get("plan_statement"):
                lines.append(f"         through the plan's \"{m['plan_statement']}\"")
            if p["stated_plan_priorities"]:
                lines.append("   says it supports: " + "; ".join(f'"{x}"' for x in p["stated_plan_priorities"]))
        if p["smart_flags"]:
            lines.append("   worth adding: " + "; ".join(p["smart_flags"]))
    if d["against"]["plan"]:
        lines.append("")
        filled = [g for g in d["plan_gaps"] if g["draft_priorities"]]
        if filled:
            lines.append("Plan gaps this draft could help fill: " + "; ".join(g["text"] for g in filled))
        open_gaps = [g for g in d["plan_gaps"] if not g["draft_priorities"]]
        if open_gaps:
            lines.append("Plan priorities still without partner support: " + "; ".join(g["text"] for g in open_gaps))
    lines.append("")
    lines.append(f"Result: {s['duplicating']} of {s['priorities']} priorities duplicate existing strategies"
                 + (f"; {s['supporting_plan']} support the plan" if d["against"]["plan"] else "") + ".")
    return "\n".join(lines)
