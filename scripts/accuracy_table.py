"""The accuracy table in the README: analyse each labelled folder and score it against its gold.

    python scripts/accuracy_table.py [--store PATH]

Folders: corpus/, tests/data/areas/*/, tests/data/layouts*/, and the shared
development set ../shared/eval/dev/*/ when it is present. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from stratalign.evaluate import evaluate
from stratalign.pipeline import Settings, analyse
from stratalign.report import build_report

ROOT = Path(__file__).resolve().parent.parent


def folders() -> list[tuple[str, Path]]:
    out = [("corpus/ (demo area)", ROOT / "corpus")]
    # the areas the shipped thresholds were not calibrated on are marked: they measure the calibration
    registry = json.loads((ROOT / "models" / "all-MiniLM-L6-v2.json").read_text())
    calibrated = {n.split(" (")[0] for n in registry.get("thresholds", {}).get("calibrated_on", "").split(", ")}
    out += [(f"tests/data/areas/{p.parent.name}" + ("" if p.parent.name in calibrated else " (held out of calibration)"),
             p.parent) for p in sorted((ROOT / "tests/data/areas").glob("*/gold.json"))]
    # every layouts batch, in the order they were built ("layouts", "layouts2", ... "layouts18")
    batches = sorted((ROOT / "tests/data").glob("layouts*/gold.json"),
                     key=lambda p: int(p.parent.name[len("layouts"):] or 1))
    out += [(f"tests/data/{p.parent.name} (varied layouts)", p.parent) for p in batches]
    shared = ROOT.parent / "shared" / "eval" / "dev"
    out += [(f"shared dev set: {p.parent.name}", p.parent) for p in sorted(shared.glob("*/gold.json"))]
    return [(n, f) for n, f in out if (f / "gold.json").exists()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, help="reuse a store between runs")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "store.db"
        for name, folder in folders():
            gold = json.loads((folder / "gold.json").read_text())
            report = build_report(analyse(folder, None, Settings(store=store)))
            r = evaluate(gold, report)
            e = r["extraction"]
            n_docs = len(gold["documents"])
            n_gold = sum(len(d["priorities"]) for d in gold["documents"].values())
            align = f"{r['alignment_matched']:.3f}" if "alignment_matched" in r else "–"
            dup = f"{r['duplicates']['f1']:.3f}" if "duplicates" in r else "–"
            rows.append(f"| {name} | {n_docs} | {n_gold} | {e['precision']:.3f} | {e['recall']:.3f} | {e['f1']:.3f} "
                        f"| {r['page_accuracy']:.3f} | {align} | {dup} |")
    print("| labelled folder | documents | gold priorities | precision | recall | F1 | page accuracy | alignment | duplicate-pair F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
