"""Choose the similarity thresholds on labelled areas (gold.json files), per embedding model.

For each setting of `name_weight` (how much of a priority's vector is its own words rather than its
context), the sweep measures, macro-averaged over the areas:
- duplicate-pair F1 for every clustering threshold, and
- alignment accuracy (the plan match is one of the gold plan priorities, or none where the gold says
  none) for every `partly` threshold and `unit_weight` (how far a match with one of a plan priority's own
  objectives counts).
The chosen setting maximises duplicate F1 + alignment accuracy; ties go to the middle of the plateau, so
the choice is not balanced on a knife edge. `supports` is then the lowest similarity above `partly` at
which the nearest plan priority is right at least 95% of the time.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import GoldError
from .evaluate import check_gold, load_json, pair_up
from .models import Extracted

NAME_WEIGHTS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
UNIT_WEIGHTS = (0.0, 0.8, 0.85, 0.9, 0.95, 1.0)
GRID = tuple(round(x, 2) for x in np.arange(0.20, 0.91, 0.02))


@dataclass
class Area:
    name: str
    gold: dict
    plan: Extracted | None
    strategies: list[Extracted]
    mapping: dict[str, str]  # gold priority id -> extracted priority id


def load_area(gold_path: Path, settings, store) -> Area:
    from .pipeline import extract_documents

    gold = load_json(gold_path, "gold")
    check_gold(gold, gold_path)
    root = gold_path.parent
    keys = sorted(gold["documents"])
    missing = [k for k in keys if not (root / k).exists()]
    if missing:
        raise GoldError(f"{gold_path} names documents that are not beside it: {', '.join(missing[:3])}")
    extracted, _ = extract_documents([root / k for k in keys], settings, store)
    by_name = {e.name: e for e in extracted}
    plan_key = gold.get("plan")
    plan = by_name.get(Path(plan_key).name) if plan_key else None
    strategies = [by_name[Path(k).name] for k in keys if k != plan_key and Path(k).name in by_name]
    mapping: dict[str, str] = {}
    for key, doc in gold["documents"].items():
        e = by_name.get(Path(key).name)
        if e is None:
            continue
        pred = [{"id": p.id, "text": p.text} for p in e.priorities]
        for gid, hit in pair_up(doc["priorities"], pred).items():
            mapping[gid] = hit["id"]
    return Area(gold_path.parent.name, gold, plan, strategies, mapping)


def _area_features(area: Area, embedder, name_weight: float):
    from .pipeline import features

    plan = area.plan.priorities if area.plan else ()
    everything = tuple(plan) + tuple(p for d in area.strategies for p in d.priorities)
    docs = ([area.plan] if area.plan else []) + area.strategies
    return features(everything, plan, docs, embedder, name_weight)


def _duplicates(area: Area, f, threshold: float) -> tuple[int, int, int]:
    from .cluster import ThemeClusterer, build_themes

    themes = build_themes(f.priorities, f.blended, ThemeClusterer(threshold))
    theme_of = {m: t.id for t in themes for m in t.members}
    group = {gid: gi for gi, grp in enumerate(area.gold.get("duplicates", [])) for gid in grp}
    ids = sorted(area.mapping)
    gold_pairs = pred_pairs = both = 0
    for a, b in itertools.combinations(ids, 2):
        g = a in group and group.get(b) == group[a]
        p = theme_of.get(area.mapping[a]) == theme_of.get(area.mapping[b])
        gold_pairs += g
        pred_pairs += p
        both += g and p
    return both, pred_pairs, gold_pairs


def _alignment_rows(area: Area, f, unit_weight: float) -> list[tuple[float, int, set[int], int]]:
    """Per matched gold strategy priority: (best similarity, best plan index, gold plan indexes, gold says none)."""
    from .align import plan_similarity

    if area.plan is None:
        return []
    n = len(area.plan.priorities)
    plan_ids = [p.id for p in area.plan.priorities]
    gold_plan = area.gold["documents"][area.gold["plan"]]["priorities"]
    pred_index = {area.mapping[g["id"]]: plan_ids.index(area.mapping[g["id"]]) for g in gold_plan if g["id"] in area.mapping}
    gold_to_index = {g["id"]: pred_index.get(area.mapping.get(g["id"])) for g in gold_plan}
    sim = plan_similarity(f.blended[n:], f.names[n:], f.blended[:n], f.plan_units, unit_weight)
    row_of = {p.id: i for i, p in enumerate(f.priorities[n:])}
    rows = []
    for key, doc in area.gold["documents"].items():
        if key == area.gold["plan"]:
            continue
        for g in doc["priorities"]:
            pid = area.mapping.get(g["id"])
            if pid is None or pid not in row_of:
                continue
            r = sim[row_of[pid]]
            j = int(np.argmax(r))
            want = {gold_to_index[x] for x in g.get("plan") or [] if gold_to_index.get(x) is not None}
            rows.append((float(r[j]), j, want, int(not g.get("plan"))))
    return rows


def _accuracy(rows, partly: float) -> float:
    if not rows:
        return 0.0
    right = 0
    for s, j, want, none in rows:
        right += (s < partly) if none else (s >= partly and j in want)
    return right / len(rows)


def _f1(tp: int, npred: int, ngold: int) -> float:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _plateau_pick(values: list[tuple[float, float]]) -> float:
    """The threshold in the middle of the run of best scores."""
    best = max(v for _, v in values)
    top = [t for t, v in values if v >= best - 1e-9]
    return top[len(top) // 2]


def sweep(areas: list[Area], embedder) -> dict:
    results = []
    for w in NAME_WEIGHTS:
        feats = [_area_features(a, embedder, w) for a in areas]
        dup_curve = []
        for t in GRID:
            f1s = [_f1(*_duplicates(a, f, t)) for a, f in zip(areas, feats) if a.gold.get("duplicates")]
            dup_curve.append((t, float(np.mean(f1s)) if f1s else 0.0))
        align = {}
        for uw in UNIT_WEIGHTS:
            rows = [_alignment_rows(a, f, uw) for a, f in zip(areas, feats)]
            align[uw] = [(t, float(np.mean([_accuracy(r, t) for r in rows if r]))) for t in GRID]
        best_uw = max(UNIT_WEIGHTS, key=lambda uw: (max(v for _, v in align[uw]), -uw))
        results.append({"name_weight": w, "duplicates": dup_curve, "alignment": align, "unit_weight": best_uw,
                        "rows": [_alignment_rows(a, f, best_uw) for a, f in zip(areas, feats)]})
    best = max(results, key=lambda r: max(v for _, v in r["duplicates"]) + max(v for _, v in r["alignment"][r["unit_weight"]]))
    cluster = _plateau_pick(best["duplicates"])
    partly = _plateau_pick(best["alignment"][best["unit_weight"]])
    supports = _supports_threshold([row for rows in best["rows"] for row in rows], partly)
    return {
        "chosen": {"name_weight": best["name_weight"], "unit_weight": best["unit_weight"], "cluster": cluster,
                   "partly": partly, "supports": supports},
        "scores": {"duplicate_f1": round(dict(best["duplicates"])[cluster], 4),
                   "alignment": round(dict(best["alignment"][best["unit_weight"]])[partly], 4)},
        "results": results,
        "areas": [a.name for a in areas],
    }


def _supports_threshold(rows, partly: float, precision: float = 0.95) -> float:
    matched = sorted((s, j in want) for s, j, want, none in rows if not none)
    for t in GRID:
        if t < partly:
            continue
        above = [ok for s, ok in matched if s >= t]
        if above and sum(above) / len(above) >= precision:
            return t
    return round(min(0.9, partly + 0.1), 2)


def format_table(result: dict) -> str:
    lines = [f"calibrated on: {', '.join(result['areas'])}", "",
             "name_weight  best dup F1 (at cluster)   best alignment (at partly, unit_weight)"]
    for r in result["results"]:
        dt, dv = max(r["duplicates"], key=lambda x: x[1])
        at, av = max(r["alignment"][r["unit_weight"]], key=lambda x: x[1])
        lines.append(f"  {r['name_weight']:.1f}        {dv:.3f} ({dt:.2f})              {av:.3f} ({at:.2f}, {r['unit_weight']:.2f})")
    c = result["chosen"]
    best = next(r for r in result["results"] if r["name_weight"] == c["name_weight"])
    lines += ["", f"chosen: {json.dumps(c)}", f"scores: {json.dumps(result['scores'])}", "",
              "threshold   dup F1   alignment"]
    dup = dict(best["duplicates"])
    al = dict(best["alignment"][c["unit_weight"]])
    for t in GRID:
        if 0.3 <= t <= 0.8:
            mark = (" <- cluster" if t == c["cluster"] else "") + (" <- partly" if t == c["partly"] else "")
            lines.append(f"  {t:.2f}      {dup[t]:.3f}    {al[t]:.3f}{mark}")
    return "\n".join(lines)


def write_registry(entry_path: Path, result: dict) -> None:
    data = json.loads(entry_path.read_text())
    c = result["chosen"]
    data["thresholds"] = {
        "cluster": c["cluster"], "supports": c["supports"], "partly": c["partly"],
        "name_weight": c["name_weight"], "unit_weight": c["unit_weight"],
        "calibrated_on": ", ".join(result["areas"]),
        "scores": result["scores"],
    }
    entry_path.write_text(json.dumps(data, indent=2) + "\n")
