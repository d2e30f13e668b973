"""Choose the similarity thresholds on labelled areas (gold.json files), per embedding model.

For each setting of `name_weight` (how much of a priority's vector is its own words rather than its
context), the sweep measures, averaged over the areas (each by its --weight):
- alignment accuracy (the plan match is one of the gold plan priorities, or none where the gold says
  none) for every `partly` threshold, `outside` (how many standard deviations below the area's mean a
  priority's best match may fall; see align.bar_for), `outside_unsure` (the same, stricter, for a
  priority with no clear match; see align.unsure), `unit_weight` (how far a match with one of a plan
  priority's own objectives counts) and `lexical_weight`, and
- duplicate-pair F1 for every clustering threshold, `topic_weight` and `population_weight`, with themes
  kept consistent with the plan matches of the best alignment setting, exactly as `analyse` builds them.
The chosen setting maximises duplicate F1 + alignment accuracy; thresholds are taken from the middle of
the plateau of near-best scores, so the choice is not balanced on a knife edge. `supports` is then the
lowest similarity above `partly` that no more than a tenth of the priorities the gold says support
nothing reach.
Each area is also scored with settings chosen on the other areas only (held out): the honest estimate
of how the defaults will do on an area nobody labelled.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import GoldError
from .evaluate import check_gold, load_json, pair_up
from .models import Extracted

NAME_WEIGHTS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
TOPIC_WEIGHTS = (0.0, 0.25, 0.5, 0.75)
POPULATION_WEIGHTS = (0.0, 0.1, 0.15, 0.2)
UNIT_WEIGHTS = (0.0, 0.85, 0.9, 0.95, 1.0)
LEXICAL_WEIGHTS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
DOCUMENT_WEIGHTS = (0.0, 0.2, 0.3, 0.4)
OUTSIDES = (0.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5)  # 0: the area's spread not used
OUTSIDES_UNSURE = (0.0, 1.0, 1.25, 1.5)  # 0: an unsure match held to the same bar as any other
# (outside, outside_unsure) pairs that differ: a stricter bar for unsure matches only means fewer deviations
SPREADS = tuple((k, k2) for k in OUTSIDES for k2 in OUTSIDES_UNSURE if k2 == 0 or 0 < k2 < k)
GRID = tuple(round(x, 2) for x in np.arange(0.20, 0.91, 0.02))
PLATEAU = 0.01  # scores within this of the best count as the plateau whose middle is chosen
# possible duplicates are listed down to the lowest similarity at which at least this share of them are
# duplicates by the labels: one in six, so that a list of about six pairs holds about one duplicate the
# themes missed; lower, an analyst would read five or more pairs for each one found
REVIEW_SHARE = 1 / 6


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


def _gold_pairs(area: Area) -> tuple[list[str], list[tuple[int, int]]]:
    """The matched gold priority ids (sorted), and the pairs of them (indexes into that list) that the gold
    says duplicate each other."""
    group = {gid: gi for gi, grp in enumerate(area.gold.get("duplicates", [])) for gid in grp}
    ids = sorted(area.mapping)
    pairs = [(a, b) for a, b in itertools.combinations(range(len(ids)), 2)
             if ids[a] in group and group.get(ids[b]) == group[ids[a]]]
    return ids, pairs


def _prepare_themes(area: Area, f, sim: np.ndarray, plan_match: dict[str, str | None] | None = None):
    """Clustering of the area's priorities up to the threshold (cut it with `_duplicates`)."""
    from .cluster import ThemeClusterer, prepare_themes

    return prepare_themes(f.priorities, sim, ThemeClusterer(), area.plan.name if area.plan else None, plan_match)


def _duplicates(area: Area, prepared, threshold: float, gold: tuple[list[str], list[tuple[int, int]]]
                ) -> tuple[int, int, int]:
    """(gold duplicate pairs also in one theme, pairs in one theme, gold duplicate pairs), over the matched
    gold priorities, clustering at `threshold`. `gold` is `_gold_pairs(area)`."""
    from .cluster import ThemeClusterer

    label_of = dict(zip((p.id for p in prepared.priorities), prepared.labels(ThemeClusterer(threshold)).tolist()))
    ids, gold_pairs = gold
    # a priority in no theme (None) counts as sharing one with the others in none, as themes compare
    theme = [label_of.get(area.mapping[g]) for g in ids]
    pred_pairs = sum(k * (k - 1) // 2 for k in Counter(theme).values())
    both = sum(1 for a, b in gold_pairs if theme[a] == theme[b])
    return both, pred_pairs, len(gold_pairs)


def _review_rows(area: Area, prepared, threshold: float) -> list[tuple[float, bool, bool]]:
    """Each possible duplicate (cluster.possible_duplicates) between matched gold priorities at the lowest
    floor of GRID, clustering at `threshold`: (similarity, the gold says they duplicate each other, the
    gold says the two themes hold a duplicate pair they split)."""
    from .cluster import ThemeClusterer, possible_duplicates

    themes = prepared.themes(ThemeClusterer(threshold))
    theme_of = {m: t.id for t in themes for m in t.members}
    group = {area.mapping[g]: gi for gi, grp in enumerate(area.gold.get("duplicates", [])) for g in grp
             if g in area.mapping}
    gold_of = set(area.mapping.values())
    # theme pairs that split a gold duplicate pair: joining them finds it
    split = {frozenset((theme_of[a], theme_of[b])) for a in group for b in group
             if group[a] == group[b] and theme_of[a] != theme_of[b]}
    rows = []
    for d in possible_duplicates(prepared, themes, GRID[0]):
        if d.a in gold_of and d.b in gold_of:
            rows.append((d.similarity, d.a in group and group.get(d.b) == group[d.a],
                         frozenset((theme_of[d.a], theme_of[d.b])) in split))
    return rows


def _review_floor(rows: list[tuple[float, bool, bool]], cluster: float) -> float:
    """The lowest floor of GRID (below `cluster`) at which at least REVIEW_SHARE of the possible duplicates
    at or above it are duplicates by the labels."""
    for t in GRID:
        if t >= cluster:
            break
        listed = [dup for s, dup, _ in rows if s >= t]
        if listed and sum(listed) >= REVIEW_SHARE * len(listed):
            return t
    return cluster


def _alignment_rows(area: Area, f, sim: np.ndarray) -> list[tuple[float, int, set[int], int, bool]]:
    """Per matched gold strategy priority: (best similarity, best plan index, gold plan indexes, gold says none,
    the match is unsure). `sim` is f.plan_similarity(...)."""
    from .align import unsure

    if area.plan is None:
        return []
    plan_ids = [p.id for p in area.plan.priorities]
    gold_plan = area.gold["documents"][area.gold["plan"]]["priorities"]
    pred_index = {area.mapping[g["id"]]: plan_ids.index(area.mapping[g["id"]]) for g in gold_plan if g["id"] in area.mapping}
    gold_to_index = {g["id"]: pred_index.get(area.mapping.get(g["id"])) for g in gold_plan}
    n = len(area.plan.priorities)
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
            rows.append((float(r[j]), j, want, int(not g.get("plan")), unsure(r, f.subject_words[n + row_of[pid]])))
    return rows


def _plan_matches(area: Area, f, sim: np.ndarray, partly: float, outside: float = 0.0, outside_unsure: float = 0.0
                  ) -> dict[str, str | None] | None:
    """Each strategy priority's plan match as the pipeline makes it at this `partly` threshold (None below
    it): what clustering keeps themes consistent with. `sim` is f.plan_similarity(...)."""
    from .align import AlignSettings, match_priorities

    if area.plan is None:
        return None
    n = len(area.plan.priorities)
    # `supports` only names the decision (and caps the bar, which it never reaches on labelled areas)
    matches = match_priorities(f.priorities[n:], sim, area.plan.priorities,
                               AlignSettings(1.0, partly, outside, outside_unsure), lexical=f.subject_words[n:])
    return {m.priority: m.plan_priority for m in matches}


def _accuracies(rows, best: np.ndarray, outside: float, outside_unsure: float = 0.0) -> list[float]:
    """Alignment accuracy at every `partly` of GRID: right where the gold says none and the best match is
    below the bar, or where it is at or above the bar and one of the gold plan priorities. The bar is
    `partly` raised by the area's spread (align.bar_for); `best` is every strategy priority's best
    similarity in the area, which the pipeline computes the bar from. An unsure match (align.unsure) must
    reach the stricter bar of `outside_unsure`."""
    from .align import bar_for

    if not rows:
        return [float("nan")] * len(GRID)
    s = np.array([r[0] for r in rows])
    none = np.array([bool(r[3]) for r in rows])
    hit = np.array([r[1] in r[2] for r in rows])
    doubt = np.array([bool(r[4]) for r in rows])
    bars = np.array([bar_for(best, t, outside) for t in GRID])
    strict = np.maximum(bars, [bar_for(best, t, outside_unsure) for t in GRID])
    below = s[None, :] < np.where(doubt[None, :], strict[:, None], bars[:, None])
    return np.where(none[None, :], below, ~below & hit[None, :]).mean(axis=1).tolist()


def _f1(tp: int, npred: int, ngold: int) -> float:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _plateau_pick(values: list[tuple[float, float]]) -> float:
    """The middle of the longest run of thresholds scoring within PLATEAU of the best."""
    best = max(v for _, v in values)
    runs, cur = [], []
    for t, v in values:
        if v >= best - PLATEAU:
            cur.append(t)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    run = max(runs, key=len)
    return run[len(run) // 2]


class Curves:
    """Scores of every setting on every area; selections can then use any subset of the areas.

    Alignment curves are computed up front. Duplicate curves depend on the alignment (themes are kept
    consistent with each priority's plan match, as in the pipeline), so they are computed for the
    alignment setting a selection picks, when it first asks, and kept."""

    def __init__(self, areas: list[Area], embedder) -> None:
        self.areas = areas
        self.align: dict[tuple, list[float]] = {}  # (w, uw, lw, dw, k, k2, t) -> accuracy per area (nan without a plan)
        self.rows: dict[tuple, list] = {}  # (w, uw, lw, dw) -> alignment rows per area
        self._dup: dict[tuple, dict[float, list[float]]] = {}  # (w, uw, lw, dw, partly, k, k2, tw, pw) -> t -> F1 per area
        self._plan_sims: dict[tuple, list] = {}  # (w, uw, lw, dw) -> plan similarity per area (None without a plan)
        self._gold = [_gold_pairs(a) for a in areas]
        # embedded once per area; each name weight only re-blends the name and context vectors
        base = [_area_features(a, embedder, NAME_WEIGHTS[0]) for a in areas]
        self._feats = {w: [f.with_name_weight(w) for f in base] for w in NAME_WEIGHTS}
        for w, feats in self._feats.items():
            for uw, lw, dw in itertools.product(UNIT_WEIGHTS, LEXICAL_WEIGHTS, DOCUMENT_WEIGHTS):
                sims = [f.plan_similarity(uw, lw, dw) if a.plan is not None else None for a, f in zip(areas, feats)]
                self._plan_sims[(w, uw, lw, dw)] = sims
                rows = [_alignment_rows(a, f, sim) for a, f, sim in zip(areas, feats, sims)]
                self.rows[(w, uw, lw, dw)] = rows
                bests = [sim.max(axis=1) if sim is not None and len(sim) else np.zeros(0) for sim in sims]
                for k, k2 in SPREADS:
                    per_area = [_accuracies(r, b, k, k2) for r, b in zip(rows, bests)]
                    for ti, t in enumerate(GRID):
                        self.align[(w, uw, lw, dw, k, k2, t)] = [acc[ti] for acc in per_area]

    def dup(self, w: float, uw: float, lw: float, dw: float, partly: float, k: float, k2: float, tw: float,
            pw: float = 0.0) -> dict[float, list[float]]:
        """Clustering threshold -> duplicate-pair F1 per area (nan without duplicates), with themes kept
        consistent with the plan matches at alignment setting (w, uw, lw, dw, partly, k, k2)."""
        key = (w, uw, lw, dw, partly, k, k2, tw, pw)
        if key not in self._dup:
            areas, feats = self.areas, self._feats[w]
            sims = self._plan_sims[(w, uw, lw, dw)]
            matches = [_plan_matches(a, f, sim, partly, k, k2) for a, f, sim in zip(areas, feats, sims)]
            # the clustering up to its threshold, once per area; each threshold only cuts it
            prepared = [_prepare_themes(a, f, f.theme_similarity(tw, pw), m) if a.gold.get("duplicates") else None
                        for a, f, m in zip(areas, feats, matches)]
            self._dup[key] = {t: [_f1(*_duplicates(a, p, t, g)) if p is not None else float("nan")
                                  for a, p, g in zip(areas, prepared, self._gold)] for t in GRID}
        return self._dup[key]

    def choose(self, use: list[int], weights: list[float] | None = None) -> dict:
        """The best setting on the areas `use` (indexes), each area counting by its weight."""
        weights = weights or [1.0] * len(self.areas)

        def mean(values: list[float]) -> float:
            picked = [(values[i], weights[i]) for i in use if not np.isnan(values[i])]
            total = sum(w for _, w in picked)
            return float(sum(v * w for v, w in picked) / total) if total else 0.0

        best = None
        for w in NAME_WEIGHTS:
            # ties go to the smaller weights, in this order, and to the area's spread not used
            uw, lw, dw, (k, k2) = max(itertools.product(UNIT_WEIGHTS, LEXICAL_WEIGHTS, DOCUMENT_WEIGHTS, SPREADS),
                                      key=lambda s: (max(mean(self.align[(w, *s[:3], *s[3], t)]) for t in GRID),
                                                     -s[0], -s[1], -s[2], -s[3][0], -s[3][1]))
            align_curve = [(t, mean(self.align[(w, uw, lw, dw, k, k2, t)])) for t in GRID]
            partly = _plateau_pick(align_curve)
            # ties go to the smaller topic weight, then the smaller population weight
            tw, pw = max(itertools.product(TOPIC_WEIGHTS, POPULATION_WEIGHTS),
                         key=lambda x: (max(mean(v) for v in self.dup(w, uw, lw, dw, partly, k, k2, *x).values()),
                                        -x[0], -x[1]))
            dup_curve = [(t, mean(v)) for t, v in self.dup(w, uw, lw, dw, partly, k, k2, tw, pw).items()]
            total = max(v for _, v in dup_curve) + max(v for _, v in align_curve)
            if best is None or total > best[0] + 1e-9:
                best = (total, w, tw, pw, uw, lw, dw, k, k2, partly, dup_curve, align_curve)
        _, w, tw, pw, uw, lw, dw, k, k2, partly, dup_curve, align_curve = best
        cluster = _plateau_pick(dup_curve)
        rows = [row for i in use for row in self.rows[(w, uw, lw, dw)][i]]
        return {"name_weight": w, "topic_weight": tw, "population_weight": pw, "unit_weight": uw,
                "lexical_weight": lw, "document_weight": dw, "cluster": cluster, "partly": partly, "outside": k,
                "outside_unsure": k2,
                "supports": _supports_threshold(rows, partly),
                "dup_curve": dup_curve, "align_curve": align_curve}

    def review_rows(self, chosen: dict) -> list[list[tuple[float, bool, bool]]]:
        """_review_rows of each area (empty without duplicates) at the chosen setting."""
        c = chosen
        w, uw, lw, dw = c["name_weight"], c["unit_weight"], c["lexical_weight"], c["document_weight"]
        out = []
        for a, f, sim in zip(self.areas, self._feats[w], self._plan_sims[(w, uw, lw, dw)]):
            if not a.gold.get("duplicates"):
                out.append([])
                continue
            m = _plan_matches(a, f, sim, c["partly"], c.get("outside", 0.0), c.get("outside_unsure", 0.0))
            prepared = _prepare_themes(a, f, f.theme_similarity(c["topic_weight"], c.get("population_weight", 0.0)), m)
            out.append(_review_rows(a, prepared, c["cluster"]))
        return out

    def dup_by_area(self, chosen: dict) -> dict[float, list[float]]:
        c = chosen
        return self.dup(c["name_weight"], c["unit_weight"], c["lexical_weight"], c["document_weight"], c["partly"],
                        c.get("outside", 0.0), c.get("outside_unsure", 0.0), c["topic_weight"],
                        c.get("population_weight", 0.0))

    def score(self, chosen: dict, i: int) -> tuple[float, float]:
        c = chosen
        return (self.dup_by_area(c)[c["cluster"]][i],
                self.align[(c["name_weight"], c["unit_weight"], c["lexical_weight"], c["document_weight"],
                            c.get("outside", 0.0), c.get("outside_unsure", 0.0), c["partly"])][i])


def sweep(areas: list[Area], embedder, weights: dict[str, float] | None = None) -> dict:
    curves = Curves(areas, embedder)
    everyone = list(range(len(areas)))
    w = [float((weights or {}).get(a.name, 1.0)) for a in areas]
    chosen = curves.choose(everyone, w)
    per_area = {a.name: dict(zip(("duplicate_f1", "alignment"), (round(x, 4) for x in curves.score(chosen, i))))
                for i, a in enumerate(areas)}
    held_out = {}
    if len(areas) > 1:
        for i, a in enumerate(areas):
            other = curves.choose([j for j in everyone if j != i], w)
            held_out[a.name] = dict(zip(("duplicate_f1", "alignment"), (round(x, 4) for x in curves.score(other, i))))
    settings = {k: v for k, v in chosen.items() if not k.endswith("_curve")}
    review = curves.review_rows(chosen)
    settings["review"] = _review_floor([r for rows in review for r in rows], settings["cluster"])
    c = settings
    # what the list of possible duplicates holds at the chosen floor, per area: (pairs listed, of them
    # duplicates by the labels, of them joining two themes that split a labelled duplicate pair)
    review_by_area = {a.name: [sum(1 for s, _, _ in rows if s >= c["review"]),
                               sum(1 for s, dup, _ in rows if s >= c["review"] and dup),
                               sum(1 for s, _, hit in rows if s >= c["review"] and hit)]
                      for a, rows in zip(areas, review)}
    align_by_area = {t: curves.align[(c["name_weight"], c["unit_weight"], c["lexical_weight"], c["document_weight"],
                                      c["outside"], c["outside_unsure"], t)] for t in GRID}
    return {"chosen": settings, "dup_curve": chosen["dup_curve"], "align_curve": chosen["align_curve"],
            "dup_by_area": curves.dup_by_area(chosen), "align_by_area": align_by_area,
            "per_area": per_area, "held_out": held_out, "areas": [a.name for a in areas], "review": review_by_area,
            "weights": {a.name: wi for a, wi in zip(areas, w)}}


def _supports_threshold(rows, partly: float, none_share: float = 0.10) -> float:
    """The lowest similarity at or above `partly` that at most `none_share` of the priorities the gold
    says support nothing reach: above it a match is confident ("supports"); between `partly` and it,
    related priorities and unrelated ones mix ("partly")."""
    nones = [r[0] for r in rows if r[3]]
    for t in GRID:
        if t < partly:
            continue
        if not nones or sum(1 for s in nones if s >= t) <= none_share * len(nones):
            return t
    return round(min(0.9, partly + 0.1), 2)


def format_table(result: dict) -> str:
    c = result["chosen"]
    weights = result.get("weights", {})
    lines = [f"calibrated on: {', '.join(n + (f' (weight {weights[n]:g})' if weights.get(n, 1) != 1 else '') for n in result['areas'])}",
             "chosen: " + ", ".join(f"{k}={v}" for k, v in c.items()), "",
             "area                 dup F1   alignment   | held out: dup F1   alignment"]
    for name, v in result["per_area"].items():
        h = result["held_out"].get(name, {})
        lines.append(f"{name:20} {_fmt(v['duplicate_f1'])}    {_fmt(v['alignment'])}      |           "
                     f"{_fmt(h.get('duplicate_f1'))}    {_fmt(h.get('alignment'))}")
    names = result["areas"]
    lines += ["", "Scores across thresholds at the chosen weights: duplicate-pair F1 by clustering threshold,",
              "alignment accuracy by `partly` threshold; mean, then each area.", "",
              "threshold | dup F1: mean " + " ".join(f"{n[:12]:>12}" for n in names)
              + " | alignment: mean " + " ".join(f"{n[:12]:>12}" for n in names)]
    dup, al = dict(result["dup_curve"]), dict(result["align_curve"])
    for t in GRID:
        if 0.3 <= t <= 0.8:
            mark = (" <- cluster" if t == c["cluster"] else "") + (" <- partly" if t == c["partly"] else "")
            mark += (" <- supports" if t == c["supports"] else "") + (" <- review" if t == c.get("review") else "")
            per_dup = " ".join(f"{_fmt(v):>12}" for v in result["dup_by_area"][t])
            per_al = " ".join(f"{_fmt(v):>12}" for v in result["align_by_area"][t])
            lines.append(f"  {t:.2f}    |       {dup[t]:.3f} {per_dup} |            {al[t]:.3f} {per_al}{mark}")
    if result.get("review"):
        listed, dups, joins = (sum(v[k] for v in result["review"].values()) for k in range(3))
        summary = (f"Possible duplicates listed at review={c['review']}: {listed} pairs, {dups} of them "
                   f"duplicates by the labels ({dups / listed if listed else 0:.0%}), {joins} joining two themes "
                   "that split a labelled duplicate pair.")
        lines += ["", summary, "area                 listed  duplicates  joins"]
        lines += [f"{name:20} {v[0]:6d}  {v[1]:10d}  {v[2]:5d}" for name, v in result["review"].items()]
    return "\n".join(lines)


def _fmt(x) -> str:
    return "  -  " if x is None or (isinstance(x, float) and np.isnan(x)) else f"{x:.3f}"


def write_registry(entry_path: Path, result: dict) -> None:
    data = json.loads(entry_path.read_text())
    c = result["chosen"]
    thresholds = {k: c[k] for k in ("cluster", "supports", "partly", "outside", "outside_unsure", "review",
                                     "name_weight", "unit_weight", "lexical_weight", "topic_weight",
                                     "document_weight", "population_weight")}
    weights = result.get("weights", {})
    thresholds["calibrated_on"] = ", ".join(n + (f" (weight {weights[n]:g})" if weights.get(n, 1) != 1 else "")
                                           for n in result["areas"])
    thresholds["scores"] = {"in_sample": result["per_area"], "held_out": result["held_out"]}
    data["thresholds"] = thresholds
    entry_path.write_text(json.dumps(data, indent=2, allow_nan=False, default=str) + "\n")
