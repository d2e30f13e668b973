"""The spreadsheets, for Excel (UTF-8 with a BOM so that Excel reads the dashes and quotes right):
priorities.csv (one row per priority), themes.csv (one row per theme), coverage.csv (one row per plan
priority: who supports it, and whether it is a gap), overlap.csv (the strategy x strategy matrix) and
possible_duplicates.csv (pairs to review, shaped as rows of corrections.csv: write "same theme as" or "not
same theme as" in `correction` and copy the row there)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .json_writer import atomic_write

PRIORITY_COLUMNS = [
    "document", "document_title", "role", "priority_id", "priority", "page", "section", "theme_id", "theme",
    "theme_documents", "plan_priority_id", "plan_priority", "similarity", "decision", "plan_statement",
    "stated_plan_priorities", "nearest_plan_priority",
    "nearest_similarity", "clear_match", "evidence", "description", "corrected",
]
THEME_COLUMNS = ["theme_id", "theme", "priorities", "documents", "document_names", "includes_plan", "members"]
# the first five are corrections.csv's own columns, so a decided row can be copied there as it is
POSSIBLE_COLUMNS = ["document", "priority", "correction", "value", "note", "similarity", "page", "theme_id", "theme",
                    "other_document", "other_page", "other_priority", "other_theme_id", "other_theme"]
COVERAGE_COLUMNS = ["plan_priority_id", "plan_priority", "page", "supporting", "partly_supporting", "strategies", "gap",
                    "supported_by", "partly_supported_by"]


def write(report: dict, out_dir: Path) -> Path:
    themes = {c["id"]: c for c in report["clusters"]}
    corrected: dict[str, list[str]] = {}  # priority id -> the analyst's corrections applied to it
    for c in report.get("corrections", []):
        if c["applied"] and c["priority_id"]:
            text = c["correction"] + (f" {c['value']}" if c["value"] else "") + (f" ({c['note']})" if c["note"] else "")
            corrected.setdefault(c["priority_id"], []).append(text)
    rows = []
    docs = ([("plan", report["plan"])] if report.get("plan") else []) + [("strategy", s) for s in report["strategies"]]
    for role, d in docs:
        for p in d["priorities"]:
            t = themes.get(p.get("theme"), {})
            m = p.get("plan_match") or {}
            near = p.get("nearest_plan_priority") or {}
            rows.append({
                "document": d["name"], "document_title": d["title"], "role": role, "priority_id": p["id"],
                "priority": p["text"], "page": p["page"], "section": p.get("section", ""),
                "theme_id": p.get("theme") or "", "theme": t.get("label", ""), "theme_documents": len(t.get("documents", [])),
                "plan_priority_id": m.get("id", ""), "plan_priority": m.get("text", ""),
                "similarity": m.get("similarity", ""), "decision": m.get("decision", "none" if role == "strategy" and report.get("plan") else ""),
                "plan_statement": m.get("plan_statement", ""),
                "stated_plan_priorities": "; ".join((p.get("stated_plan_priorities") or {}).get("texts", [])),
                "nearest_plan_priority": near.get("text", ""), "nearest_similarity": near.get("similarity", ""),
                "clear_match": "" if not near else "yes" if near.get("clear", True) else "no",
                "evidence": p.get("evidence", ""), "description": p.get("description", ""),
                "corrected": "; ".join(corrected.get(p["id"], [])),
            })
    path = out_dir / "priorities.csv"
    atomic_write(path, _csv(PRIORITY_COLUMNS, rows), encoding="utf-8-sig")
    plan_name = report["plan"]["name"] if report.get("plan") else None
    theme_rows = [{
        "theme_id": c["id"], "theme": c["label"], "priorities": c["size"], "documents": len(c["documents"]),
        "document_names": "; ".join(c["documents"]), "includes_plan": "yes" if plan_name in c["documents"] else "no",
        "members": "; ".join(c["members"]),
    } for c in report["clusters"]]
    atomic_write(out_dir / "themes.csv", _csv(THEME_COLUMNS, theme_rows), encoding="utf-8-sig")
    if report.get("plan"):
        names = {p["id"]: (d["name"], p["text"], p["page"]) for d in report["strategies"] for p in d["priorities"]}
        page_of = {p["id"]: p["page"] for p in report["plan"]["priorities"]}
        cov_rows = []
        for c in report["plan"]["coverage"]:
            cov_rows.append({
                "plan_priority_id": c["id"], "plan_priority": c["text"], "page": page_of[c["id"]],
                "supporting": len(c["supported_by"]), "partly_supporting": len(c["partly_supported_by"]),
                "strategies": len(c["strategies"]), "gap": "yes" if c["id"] in report["gaps"] else "no",
                "supported_by": "; ".join(f"{names[i][1]} ({names[i][0]} p.{names[i][2]})" for i in c["supported_by"]),
                "partly_supported_by": "; ".join(f"{names[i][1]} ({names[i][0]} p.{names[i][2]})"
                                                 for i in c["partly_supported_by"]),
            })
        atomic_write(out_dir / "coverage.csv", _csv(COVERAGE_COLUMNS, cov_rows), encoding="utf-8-sig")
    possible_rows = [{
        "document": d["a"]["document"], "priority": d["a"]["text"], "correction": "", "note": "",
        "value": f"{d['b']['document']}: {d['b']['text']}", "similarity": d["similarity"], "page": d["a"]["page"],
        "theme_id": d["a"]["theme"] or "", "theme": themes.get(d["a"]["theme"], {}).get("label", ""),
        "other_document": d["b"]["document"], "other_page": d["b"]["page"], "other_priority": d["b"]["text"],
        "other_theme_id": d["b"]["theme"] or "", "other_theme": themes.get(d["b"]["theme"], {}).get("label", ""),
    } for d in report.get("possible_duplicates", [])]
    atomic_write(out_dir / "possible_duplicates.csv", _csv(POSSIBLE_COLUMNS, possible_rows), encoding="utf-8-sig")
    docs = report["overlap"]["documents"]
    overlap_rows = [{"strategy": d, **{o: f"{v:.3f}" for o, v in zip(docs, row)}}
                    for d, row in zip(docs, report["overlap"]["matrix"])]
    atomic_write(out_dir / "overlap.csv", _csv(["strategy"] + docs, overlap_rows), encoding="utf-8-sig")
    return path


def _csv(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()
