"""check.html and check.json for `stratalign check --out DIR`."""

from __future__ import annotations

from pathlib import Path

from .json_writer import atomic_write, write_json
from .page import END, head, plan_statement
from .page import esc as e


def write(result: dict, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    write_json(out_dir / "check.json", result)
    path = out_dir / "check.html"
    atomic_write(path, render(result))
    return path


def render(d: dict) -> str:
    s = d["summary"]
    draft = d["draft"]
    rows = []
    for p in d["priorities"]:
        dups = "".join(f"<li>{e(x['text'])} <span class='where'>{e(x['document'])}, p.{x['page']} "
                       f"({x['similarity']:.2f})</span></li>" for x in p["duplicates"]) or "<em>none</em>"
        m = p["plan_match"]
        plan = (f"{e(m['decision'])}: {e(m['text'])} ({m['similarity']:.2f})" if m else
                ("<em>supports no plan priority</em>" if d["against"]["plan"] else ""))
        plan += plan_statement(m)
        flags = ", ".join(e(f) for f in p["smart_flags"])
        cls = "none" if d["against"]["plan"] and not m else ("partly" if m and m["decision"] == "partly" else "supports")
        rows.append(f"<tr class='{cls}'><td>{e(p['text'])}</td><td class='num'>{p['page']}</td><td><ul>{dups}</ul></td>"
                    f"<td>{plan}</td><td>{flags}</td></tr>")
    gaps = "".join(f"<li>{e(g['text'])}" + (" — <b>this draft could help</b>" if g["draft_priorities"] else "") + "</li>"
                   for g in d["plan_gaps"])
    return (head(f"Draft check: {draft['name']}")
            + f"<header><h1>Draft check</h1><p class='meta'>{e(draft['title'])} "
            f"({e(draft['name'])}, {draft['pages']} pages)</p></header>"
            f"<section><h2>At a glance</h2><div class='stats'>"
            f"<div class='stat'><b>{s['priorities']}</b> priorities in the draft</div>"
            f"<div class='stat{' warn' if s['duplicating'] else ''}'><b>{s['duplicating']}</b> duplicate existing strategies</div>"
            f"<div class='stat'><b>{s['supporting_plan']}</b> support the Police and Crime Plan</div>"
            f"<div class='stat'><b>{s['gaps_filled']}</b> plan gaps it could help fill</div></div></section>"
            "<section><h2>Priority by priority</h2><table><thead><tr><th>Draft priority</th><th>page</th>"
            "<th>Existing priorities it duplicates</th><th>Plan priority</th><th>Worth adding</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></section>"
            + (f"<section><h2>Plan priorities without partner support</h2><ul>{gaps}</ul></section>" if gaps else "")
            + END)
