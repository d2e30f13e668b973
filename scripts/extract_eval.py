"""Extraction-only report for a labelled area: python scripts/extract_eval.py AREA_DIR [--explain NAME]."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from stratalign.evaluate import evaluate
from stratalign.extract import explain, extract_priorities
from stratalign.ingest import read_document

area = Path(sys.argv[1])
gold = json.loads((area / "gold.json").read_text())
report = {"schema_version": 1, "plan": None, "strategies": [], "clusters": []}
for key in gold["documents"]:
    path = area / key
    doc = read_document(path)
    pr = extract_priorities(doc)
    entry = {"path": str(path), "title": doc.title, "priorities": [
        {"id": p.id, "text": p.text, "page": p.page, "plan_match": None} for p in pr]}
    if key == gold.get("plan"):
        report["plan"] = entry
    else:
        report["strategies"].append(entry)
    if "--explain" in sys.argv and sys.argv[-1] in key:
        for row in explain(doc):
            print(row, file=sys.stderr)
out = Path(tempfile.mkdtemp()) / "report.json"
out.write_text(json.dumps(report, indent=1))
score = Path("/work/shared/eval/score.py")
subprocess.run([sys.executable, str(score), str(area / "gold.json"), str(out), "--verbose"])
# page mismatches (score.py does not list them), from stratalign's own evaluation of the same report
page_problems = {(m["document"], m["gold"]): m for m in evaluate(gold, report)["problems"] if m["kind"] == "page"}
for key, doc in gold["documents"].items():
    for g in doc["priorities"]:
        m = page_problems.get((Path(key).name, g["text"]))
        if m is not None:
            print(f"  PAGE {g['id']} gold {g['page']} got {m['got']}: {g['text']!r}", file=sys.stderr)
