"""Reports: one plain dictionary (the report.json schema) built from an Analysis, and one writer per
format, all with the same signature `write(report: dict, out_dir: Path) -> Path`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..models import Analysis, Extracted, Priority

SCHEMA_VERSION = 1


def _r(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(float(x), nd)


def build_report(analysis: Analysis) -> dict:
    """The report.json document. Keys are stable; later schema versions only add fields."""
    from .. import __version__
    from ..align import PARTLY, SUPPORTS, coverage

    theme_of = {m: t.id for t in analysis.themes for m in t.members}
    theme_docs = {t.id: t.documents for t in analysis.themes}
    plan = analysis.plan
    plan_text = {p.id: p.text for p in plan.priorities} if plan else {}
    match_of = {m.priority: m for m in analysis.plan_matches}

    def priority(p: Priority) -> dict:
        m = match_of.get(p.id)
        out = {
            "id": p.id, "text": p.text, "page": p.page, "section": p.section, "description": p.description,
            "label": p.label, "evidence": p.evidence, "theme": theme_of.get(p.id),
            "plan_match": None, "nearest_plan_priority": None, "stated_plan_priorities": None,
        }
        if m is not None and plan:
            if m.plan_priority is not None:
                out["plan_match"] = {"id": m.plan_priority, "text": plan_text.get(m.plan_priority, ""),
                                     "similarity": _r(m.similarity), "decision": m.decision,
                                     "plan_statement": m.statement}
            if m.corrected:
                out["corrected"] = {"by": "analyst", "note": m.corrected}
            if m.stated:
                out["stated_plan_priorities"] = {"ids": list(m.stated), "texts": [plan_text.get(x, "") for x in m.stated],
                                                 "quote": m.stated_line, "agrees": m.plan_priority in m.stated}
            if m.best:
                out["nearest_plan_priority"] = {"id": m.best, "text": plan_text.get(m.best, ""),
                                                "similarity": _r(m.similarity), "clear": not m.unsure}
        return out

    def document(d: Extracted) -> dict:
        return {"path": d.path, "name": d.name, "title": d.title, "format": d.format, "pages": d.page_count,
                "sha256": d.sha256, "priorities": [priority(p) for p in d.priorities]}

    score_of = {a.document: a.score for a in analysis.alignments}
    strategies = []
    for d in analysis.strategies:
        entry = document(d)
        entry["alignment_score"] = score_of.get(d.name) if plan else None
        ms = [match_of[p.id] for p in d.priorities if p.id in match_of]
        entry["alignment"] = {
            "supports": sum(1 for m in ms if m.decision == "supports"),
            "partly": sum(1 for m in ms if m.decision == "partly"),
            "none": sum(1 for m in ms if m.decision == "none"),
        } if plan else None
        entry["shared_priorities"] = sum(1 for p in d.priorities if len(theme_docs.get(theme_of.get(p.id), ())) > 1)
        strategies.append(entry)

    plan_entry = None
    gaps: list[str] = []
    if plan:
        plan_entry = document(plan)
        support = coverage(plan.priorities, analysis.plan_matches, SUPPORTS)
        partly = coverage(plan.priorities, analysis.plan_matches, PARTLY)
        doc_of = {p.id: p.document for d in analysis.strategies for p in d.priorities}
        plan_entry["coverage"] = [
            {"id": p.id, "text": p.text, "supported_by": list(support[p.id]), "partly_supported_by": list(partly[p.id]),
             "strategies": sorted({doc_of[i] for i in support[p.id] + partly[p.id]})}
            for p in plan.priorities]
        gaps = [c["id"] for c in plan_entry["coverage"] if not c["supported_by"] and not c["partly_supported_by"]]

    clusters = [{"id": t.id, "label": t.label, "members": list(t.members), "documents": list(t.documents),
                 "size": len(t.members)} for t in analysis.themes]
    strategy_names = [d.name for d in analysis.strategies]
    overlap = overlap_matrix(analysis)
    outliers = sorted(m.priority for m in analysis.plan_matches if m.decision == "none") if plan else []
    n_strategy_priorities = sum(len(d.priorities) for d in analysis.strategies)
    by_id = {p.id: p for p in analysis.priorities}

    def side(pid: str) -> dict:
        p = by_id[pid]
        return {"id": p.id, "document": p.document, "text": p.text, "page": p.page, "theme": theme_of.get(p.id)}

    possible = [{"similarity": _r(d.similarity), "a": side(d.a), "b": side(d.b)} for d in analysis.possible_duplicates]
    themes_by_strategies = [len([d for d in t.documents if d in strategy_names]) for t in analysis.themes]
    return {
        "schema_version": SCHEMA_VERSION,
        "stratalign_version": __version__,
        "model": dict(analysis.model),
        "thresholds": dict(analysis.thresholds),
        "summary": {
            "documents": len(analysis.strategies) + (1 if plan else 0),
            "strategies": len(analysis.strategies),
            "priorities": len(analysis.priorities),
            "strategy_priorities": n_strategy_priorities,
            "themes": len(analysis.themes),
            "themes_in_2_plus_strategies": sum(1 for n in themes_by_strategies if n >= 2),
            "themes_in_3_plus_strategies": sum(1 for n in themes_by_strategies if n >= 3),
            "plan_gaps": len(gaps) if plan else None,
            "outside_plan": len(outliers) if plan else None,
            "skipped": len(analysis.skipped),
            "corrections_applied": sum(1 for o in analysis.corrections if o.applied),
            "corrections_not_applied": sum(1 for o in analysis.corrections if not o.applied),
            "possible_duplicates": len(possible),
        },
        "plan": plan_entry,
        "strategies": strategies,
        "clusters": clusters,
        "gaps": gaps,
        "outliers": outliers,
        "possible_duplicates": possible,
        "overlap": {"documents": strategy_names, "matrix": overlap},
        "skipped": [{"path": s.path, "reason": s.reason} for s in analysis.skipped],
        "corrections": [{"row": o.correction.row, "document": o.correction.document,
                         "priority": o.correction.priority, "correction": o.correction.kind,
                         "value": o.correction.value, "note": o.correction.note, "applied": o.applied,
                         "reason": o.reason, "priority_id": o.priority or None, "target_id": o.target or None}
                        for o in analysis.corrections],
    }


def overlap_matrix(analysis: Analysis) -> list[list[float]]:
    """Row a, column b: the share of a's priorities that sit in a theme b also has."""
    theme_of = {m: t for t in analysis.themes for m in t.members}
    out = []
    for a in analysis.strategies:
        row = []
        for b in analysis.strategies:
            if not a.priorities:
                row.append(0.0)
                continue
            shared = sum(1 for p in a.priorities if p.id in theme_of and b.name in theme_of[p.id].documents)
            row.append(round(shared / len(a.priorities), 3))
        out.append(row)
    return out


Writer = Callable[[dict, Path], Path]


def writers() -> dict[str, Writer]:
    from .csv_writer import write as write_csv
    from .html_writer import write as write_html
    from .json_writer import write as write_json

    return {"json": write_json, "csv": write_csv, "html": write_html}


def write_all(report: dict, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write(report, out_dir) for write in writers().values()]
