"""Accuracy against hand labels in the gold format (see README: "Gold format").

A predicted priority matches a gold one when their wording is near-identical after normalisation
(labels, case, punctuation and dashes ignored); matching is one-to-one, best pairs first. Measured:

- extraction: precision, recall and F1 of priorities, per document and over all;
- page accuracy: share of matched priorities reported on the gold page;
- alignment (when the gold names a plan): share of matched strategy priorities whose plan match is one of
  the gold plan priorities (or none where the gold says none);
- duplicates: pairwise precision, recall and F1 of the gold duplicate groups, over matched priorities.
"""

from __future__ import annotations

import difflib
import itertools
import json
import re
from pathlib import Path

from .errors import GoldError

LABEL = re.compile(
    r"^\s*(?:(?:strategic\s+)?(?:priority|objective|aim|theme|pillar|outcome|goal|commitment|"
    r"mission|area|strand)\s*(?:[0-9]+|[a-h]|[ivx]+)?\b|(?:[0-9]+|[a-h]|[ivx]+)[.):])"
    r"\s*[:.)\-\u2013\u2014]*\s*",
    re.IGNORECASE,
)
MATCH_AT = 0.8


def normalise(text: str) -> str:
    text = text.replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"[\u2022\u25aa\u25cf\u2013\u2014\-\u2010\u00ad]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = LABEL.sub("", text, count=1)
    text = re.sub(r"[^\w\s']", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def similarity(gold: str, predicted: str) -> float:
    g, p = normalise(gold), normalise(predicted)
    if not g or not p:
        return 0.0
    ratio = difflib.SequenceMatcher(None, g, p).ratio()
    gt, pt = g.split(), p.split()
    if len(pt) <= 2 * len(gt) + 6:  # a prediction may carry a few extra words
        covered = sum(1 for t in gt if t in pt) / len(gt)
        ratio = max(ratio, covered * min(1.0, (len(gt) + 4) / len(pt)))
    return ratio


def pair_up(gold: list[dict], predicted: list[dict]) -> dict[str, dict]:
    scored = sorted(((similarity(g["text"], p.get("text", "")), gi, pi)
                     for gi, g in enumerate(gold) for pi, p in enumerate(predicted)), reverse=True)
    used_g, used_p, out = set(), set(), {}
    for s, gi, pi in scored:
        if s < MATCH_AT:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gold[gi]["id"]] = predicted[pi]
    return out


def prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else (1.0 if not npred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "predicted": npred, "gold": ngold}


def load_json(path: Path, what: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path} does not exist: give the path of a {what} file") from None
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path} is not valid JSON ({exc.msg} at line {exc.lineno}): check the {what} file") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path} is not a {what}: expected a JSON object")
    return data


def check_gold(gold: dict, path: Path) -> None:
    docs = gold.get("documents")
    if not isinstance(docs, dict) or not all(isinstance(d, dict) and isinstance(d.get("priorities"), list)
                                             for d in docs.values()):
        raise GoldError(f"{path} is not in the gold format: expected \"documents\": {{file: {{\"priorities\": [...]}}}}")


def evaluate(gold: dict, report: dict) -> dict:
    by_name: dict[str, dict] = {}
    plan = report.get("plan") or {}
    if plan.get("path"):
        by_name[Path(plan["path"]).name] = plan
    for s in report.get("strategies", []):
        by_name[Path(s.get("path", "")).name] = s
    tp = npred = ngold = page_ok = 0
    matched: dict[str, dict] = {}
    documents = {}
    misses: list[dict] = []
    for key, doc in sorted(gold["documents"].items()):
        pred = by_name.get(Path(key).name, {}).get("priorities", [])
        pairs = pair_up(doc["priorities"], pred)
        matched.update(pairs)
        tp += len(pairs)
        npred += len(pred)
        ngold += len(doc["priorities"])
        ok_pages = sum(1 for g in doc["priorities"] if g["id"] in pairs and pairs[g["id"]].get("page") == g.get("page"))
        page_ok += ok_pages
        entry = prf(len(pairs), len(pred), len(doc["priorities"]))
        entry["page_accuracy"] = round(ok_pages / len(pairs), 4) if pairs else None
        documents[Path(key).name] = entry
        found = {id(p) for p in pairs.values()}
        for g in doc["priorities"]:
            hit = pairs.get(g["id"])
            if hit is None:
                misses.append({"document": Path(key).name, "kind": "missed", "gold": g["text"]})
            elif hit.get("page") != g.get("page"):
                misses.append({"document": Path(key).name, "kind": "page", "gold": g["text"],
                               "expected": g.get("page"), "got": hit.get("page")})
        for p in pred:
            if id(p) not in found:
                misses.append({"document": Path(key).name, "kind": "extra", "predicted": p.get("text")})
    out: dict = {"extraction": prf(tp, npred, ngold), "page_accuracy": round(page_ok / tp, 4) if tp else 0.0,
                 "documents": documents}
    plan_key = gold.get("plan")
    if plan_key and plan_key in gold["documents"]:
        pred_to_gold = {matched[g["id"]].get("id"): g["id"] for g in gold["documents"][plan_key]["priorities"]
                        if g["id"] in matched}
        right = total = total_matched = 0
        for key, doc in gold["documents"].items():
            if key == plan_key:
                continue
            for g in doc["priorities"]:
                total += 1
                hit = matched.get(g["id"])
                if hit is None:
                    continue
                total_matched += 1
                pm = hit.get("plan_match")
                pm_id = pm.get("id") if isinstance(pm, dict) else pm
                want = set(g.get("plan") or [])
                got = pred_to_gold.get(pm_id) if pm_id is not None else None
                ok = (got in want) if want else (pm_id is None)
                right += ok
                if not ok:
                    misses.append({"document": Path(key).name, "kind": "alignment", "gold": g["text"],
                                   "expected": sorted(want) or None, "got": got or pm_id})
        out["alignment_matched"] = round(right / total_matched, 4) if total_matched else 0.0
        out["alignment_end_to_end"] = round(right / total, 4) if total else 0.0
    cluster_of = {m: ci for ci, c in enumerate(report.get("clusters", [])) for m in c.get("members", [])}
    gold_group = {gid: gi for gi, grp in enumerate(gold.get("duplicates", [])) for gid in grp}
    gold_pairs, pred_pairs = set(), set()
    for a, b in itertools.combinations(sorted(matched), 2):
        if a in gold_group and gold_group.get(b) == gold_group[a]:
            gold_pairs.add((a, b))
        ca, cb = cluster_of.get(matched[a].get("id")), cluster_of.get(matched[b].get("id"))
        if ca is not None and ca == cb:
            pred_pairs.add((a, b))
    if gold.get("duplicates"):
        out["duplicates"] = prf(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))
        for a, b in sorted(gold_pairs - pred_pairs):
            misses.append({"kind": "duplicate-missed", "gold": f"{a} ~ {b}"})
        for a, b in sorted(pred_pairs - gold_pairs):
            misses.append({"kind": "duplicate-wrong", "gold": f"{a} ~ {b}"})
    out["problems"] = misses
    return out


def evaluate_files(gold_path: Path, report_path: Path) -> dict:
    gold = load_json(gold_path, "gold")
    check_gold(gold, gold_path)
    report = load_json(report_path, "report")
    if "strategies" not in report:
        raise GoldError(f"{report_path} is not a stratalign report.json: it has no \"strategies\"")
    return evaluate(gold, report)


def format_text(result: dict, verbose: bool = False) -> str:
    e = result["extraction"]
    lines = [f"{'document':60} {'P':>6} {'R':>6} {'F1':>6} {'pages':>6}"]
    for name, d in result["documents"].items():
        pa = "" if d["page_accuracy"] is None else f"{d['page_accuracy']:.3f}"
        lines.append(f"{name[:60]:60} {d['precision']:6.3f} {d['recall']:6.3f} {d['f1']:6.3f} {pa:>6}")
    lines.append(f"extraction  P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}"
                 f"   page accuracy {result['page_accuracy']:.3f}")
    if "alignment_matched" in result:
        lines.append(f"alignment   {result['alignment_matched']:.3f} of matched, {result['alignment_end_to_end']:.3f} end to end")
    if "duplicates" in result:
        d = result["duplicates"]
        lines.append(f"duplicates  P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}")
    if verbose:
        for m in result["problems"]:
            lines.append("  " + " | ".join(f"{k}={v}" for k, v in m.items()))
    return "\n".join(lines)
