"""report.html: one self-contained page for the analyst (no scripts, no external files, prints well)."""

from __future__ import annotations

from pathlib import Path

from .json_writer import atomic_write
from .page import END, doc_ref, head, plan_statement, short_names
from .page import esc as _e


def write(report: dict, out_dir: Path) -> Path:
    path = out_dir / "report.html"
    atomic_write(path, render(report))
    return path


def render(report: dict) -> str:
    s = report["summary"]
    plan = report.get("plan")
    names = {p["id"]: (d["name"], d["title"], p) for d in ([plan] if plan else []) + report["strategies"]
             for p in d["priorities"]}
    short = short_names(([plan] if plan else []) + report["strategies"])
    parts = [head("stratalign report", viewport=True),
             "<header><h1>Strategy alignment report</h1>",
             f"<p class='meta'>stratalign {_e(report['stratalign_version'])} · model {_e(report['model'].get('name'))}"
             f" · every figure below links back to a page of a document</p></header>"]
    parts.append(_headline(report, s))
    if plan:
        parts.append(_coverage(report, plan, short))
        parts.append(_alignment(report, plan))
    parts.append(_themes(report, names, short))
    parts.append(_possible_duplicates(report, short))
    parts.append(_overlap(report, short))
    if plan:
        parts.append(_outliers(report, names, short))
    parts.append(_skipped(report))
    parts.append(_corrections(report, names))
    parts.append(_method(report))
    parts.append(END)
    return "\n".join(parts)


def _headline(report: dict, s: dict) -> str:
    items = [
        f"<div class='stat'><b>{s['strategies']}</b> strategies</div>",
        f"<div class='stat'><b>{s['strategy_priorities']}</b> priorities in them</div>",
        f"<div class='stat'><b>{s['themes']}</b> distinct themes</div>",
        f"<div class='stat'><b>{s['themes_in_3_plus_strategies']}</b> themes appear in 3+ strategies</div>",
    ]
    if report.get("plan"):
        gap_class = "stat warn" if s["plan_gaps"] else "stat"
        items.append(f"<div class='{gap_class}'><b>{s['plan_gaps']}</b> Police and Crime Plan priorities with no "
                     f"partner support</div>")
        items.append(f"<div class='stat'><b>{s['outside_plan']}</b> strategy priorities outside the plan</div>")
    if s.get("possible_duplicates"):
        items.append(f"<div class='stat'><b>{s['possible_duplicates']}</b> possible duplicates to review</div>")
    if s["skipped"]:
        items.append(f"<div class='stat warn'><b>{s['skipped']}</b> documents could not be read</div>")
    lead = (f"<p class='lead'>{s['strategy_priorities']} priorities across {s['strategies']} strategies → "
            f"{s['themes']} themes; {s['themes_in_3_plus_strategies']} themes appear in 3 or more strategies.</p>")
    return "<section><h2>At a glance</h2>" + lead + "<div class='stats'>" + "".join(items) + "</div></section>"


def _coverage(report: dict, plan: dict, short: dict[str, str]) -> str:
    if not plan["priorities"]:
        return ("<section class='warn'><h2>Police and Crime Plan coverage</h2>"
                f"<p>No priorities were found in the plan {_e(plan['name'])}, so no strategy priority can support it. "
                "Add them in <code>corrections.csv</code>, or see what was read with "
                "<code>stratalign extract --explain</code>.</p></section>")
    page_of = {x["id"]: x["page"] for x in plan["priorities"]}
    rows = []
    for c in plan["coverage"]:
        n = len(c["strategies"])
        cls = " class='gap'" if n == 0 else ""
        who = ", ".join(doc_ref(x, short) for x in c["strategies"]) or "<em>no partner strategy supports this priority</em>"
        rows.append(f"<tr{cls}><td>{_e(c['text'])}<div class='where'>{_e(plan['name'])}, p.{page_of[c['id']]}</div></td>"
                    f"<td class='num'>{len(c['supported_by'])}</td><td class='num'>{len(c['partly_supported_by'])}</td>"
                    f"<td class='num'>{n}</td><td>{who}</td></tr>")
    return ("<section><h2>Police and Crime Plan coverage</h2>"
            f"<p>{_e(plan['title'])}: which partner strategies support each plan priority.</p>"
            "<table><thead><tr><th>Plan priority</th><th>supporting</th><th>partly</th><th>strategies</th>"
            "<th>which</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></section>")


def _alignment(report: dict, plan: dict) -> str:
    out = ["<section><h2>How each strategy supports the plan</h2>",
           "<p>Score = 100 × (supporting + ½ × partly supporting priorities) ÷ all the strategy's priorities.</p>"]
    ordered = sorted(report["strategies"], key=lambda d: (-(d["alignment_score"] or 0), d["name"]))
    for d in ordered:
        score = d["alignment_score"]
        width = 0 if score is None else max(0.0, min(100.0, score))
        out.append(f"<details open><summary><span class='name'>{_e(d['title'])}</span> <span class='file'>{_e(d['name'])}</span>"
                   f"<span class='bar'><span style='width:{width:.0f}%'></span></span>"
                   f"<span class='score'>{'' if score is None else f'{score:.0f}%'}</span></summary>")
        if not d["priorities"]:
            out.append("<p><em>No priorities were found in this document.</em></p></details>")
            continue
        out.append("<table><thead><tr><th>Priority</th><th>page</th><th>Plan priority it supports</th>"
                   "<th>similarity</th><th>decision</th></tr></thead><tbody>")
        for p in d["priorities"]:
            m = p.get("plan_match")
            near = p.get("nearest_plan_priority") or {}
            decision = m["decision"] if m else "none"
            target = _e(m["text"]) if m else f"<span class='muted'>nearest: {_e(near.get('text', ''))}</span>"
            target += plan_statement(m)
            stated = p.get("stated_plan_priorities")
            if stated:
                verdict = "" if stated["agrees"] else " (not the plan priority its wording is closest to)"
                target += (f"<div class='where'>the strategy says it supports: "
                           f"{_e('; '.join(stated['texts']))}{verdict}</div>")
            sim = (m or near).get("similarity")
            by = ""
            if p.get("corrected"):
                by = "<div class='where'>set by the analyst" + (
                    f": {_e(p['corrected']['note'])}" if p["corrected"]["note"] != "analyst" else "") + "</div>"
            added = "<div class='where'>added by the analyst</div>" if p.get("evidence") == "analyst" else ""
            if near and not near.get("clear", True):
                target += ("<div class='where'>no clear match: another plan priority is nearly as close, and no "
                           "plan priority uses its words</div>")
            out.append(f"<tr class='{decision}'><td>{_e(p['text'])}{added}</td><td class='num'>{p['page']}</td>"
                       f"<td>{target}</td><td class='num'>{'' if sim is None else f'{sim:.2f}'}</td>"
                       f"<td>{_e(decision)}{by}</td></tr>")
        out.append("</tbody></table></details>")
    out.append("</section>")
    return "\n".join(out)


def _themes(report: dict, names: dict, short: dict[str, str]) -> str:
    shared = [c for c in report["clusters"] if len(c["documents"]) >= 2]
    out = [f"<section><h2>Duplicated themes</h2><p>{len(shared)} themes are shared by two or more documents "
           f"(of {len(report['clusters'])} themes in all). Most widely shared first.</p>"]
    if shared:
        out.append("<table><thead><tr><th>Theme</th><th>documents</th><th>priorities (document, page)</th></tr></thead><tbody>")
        for c in shared:
            members = []
            for m in c["members"]:
                name, _, p = names[m]
                members.append(f"<li>{_e(p['text'])} <span class='where'>{doc_ref(name, short)}, p.{p['page']}</span></li>")
            out.append(f"<tr><td><b>{_e(c['label'])}</b></td><td class='num'>{len(c['documents'])}</td>"
                       f"<td><ul>{''.join(members)}</ul></td></tr>")
        out.append("</tbody></table>")
    single = [c for c in report["clusters"] if len(c["documents"]) < 2]
    if single:
        out.append(f"<details><summary>{len(single)} themes found in one document only</summary><ul>")
        for c in single:
            for m in c["members"]:
                name, _, p = names[m]
                out.append(f"<li>{_e(p['text'])} <span class='where'>{doc_ref(name, short)}, p.{p['page']}</span></li>")
        out.append("</ul></details>")
    out.append("</section>")
    return "\n".join(out)


def _possible_duplicates(report: dict, short: dict[str, str]) -> str:
    pairs = report.get("possible_duplicates", [])
    if not pairs:
        return ""
    labels = {c["id"]: c["label"] for c in report["clusters"]}
    floor = report["thresholds"].get("review", 0)

    def side(x: dict) -> str:
        theme = labels.get(x["theme"], "")
        in_theme = f"<div class='where'>theme: {_e(theme)}</div>" if theme and theme != x["text"] else ""
        return (f"<td>{_e(x['text'])} <span class='where'>{doc_ref(x['document'], short)}, p.{x['page']}</span>"
                f"{in_theme}</td>")

    rows = "".join(f"<tr>{side(d['a'])}{side(d['b'])}<td class='num'>{d['similarity']:.2f}</td></tr>" for d in pairs)
    return (f"<section><h2>Possible duplicates to review</h2><p>{len(pairs)} pairs of priorities that are not in one "
            "theme but come close: each is the other's nearest in its document (similarity "
            f"≥ {floor:.2f}, below the {report['thresholds'].get('cluster', 0):.2f} that makes a theme, or a "
            "priority the rest of a theme keeps out). Most will not be duplicates; any that are, the themes "
            "missed, so each needs a person's decision. Decide each in <code>possible_duplicates.csv</code>: "
            "write <i>same theme as</i> or <i>not same theme as</i> in its <code>correction</code> column and "
            "copy the row into <code>corrections.csv</code>; the next run joins or separates them and stops "
            "listing the pair.</p>"
            "<table><thead><tr><th>priority</th><th>possible duplicate</th><th>similarity</th></tr></thead><tbody>"
            + rows + "</tbody></table></section>")


def _overlap(report: dict, short: dict[str, str]) -> str:
    docs = report["overlap"]["documents"]
    matrix = report["overlap"]["matrix"]
    if len(docs) < 2:
        return ""
    if len(docs) > MATRIX_LIMIT:
        return _overlap_pairs(docs, matrix, short)
    head = "".join(f"<th class='rot'><span>{doc_ref(d, short)}</span></th>" for d in docs)
    rows = []
    for name, row in zip(docs, matrix):
        cells = []
        for j, v in enumerate(row):
            if docs[j] == name:
                cells.append("<td class='self'></td>")
            else:
                cells.append(f"<td class='heat' style='--v:{v:.2f}'>{v * 100:.0f}%</td>")
        rows.append(f"<tr><th>{doc_ref(name, short)}</th>{''.join(cells)}</tr>")
    return ("<section><h2>Overlap between strategies</h2><p>Share of the row strategy's priorities that sit in a "
            "theme the column strategy also has.</p><div class='scroll'><table class='matrix'><thead><tr><th></th>"
            + head + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div></section>")


MATRIX_LIMIT = 30  # beyond this a matrix is unreadable: list the most overlapping pairs instead


def _overlap_pairs(docs: list[str], matrix: list[list[float]], short: dict[str, str]) -> str:
    pairs = sorted(((max(matrix[i][j], matrix[j][i]), docs[i], docs[j]) for i in range(len(docs))
                    for j in range(i + 1, len(docs)) if matrix[i][j] or matrix[j][i]), key=lambda t: (-t[0], t[1], t[2]))
    rows = "".join(f"<tr><td>{doc_ref(a, short)}</td><td>{doc_ref(b, short)}</td><td class='num'>{v * 100:.0f}%</td></tr>"
                   for v, a, b in pairs[:40])
    return ("<section><h2>Overlap between strategies</h2><p>The 40 pairs of strategies that share the largest share "
            "of their priorities (the full matrix is in report.json).</p><table><thead><tr><th>strategy</th>"
            "<th>strategy</th><th>shared</th></tr></thead><tbody>" + rows + "</tbody></table></section>")


def _outliers(report: dict, names: dict, short: dict[str, str]) -> str:
    if not report["outliers"]:
        return ""
    items = []
    for pid in report["outliers"]:
        name, _, p = names[pid]
        near = p.get("nearest_plan_priority") or {}
        items.append(f"<tr><td>{_e(p['text'])}</td><td>{doc_ref(name, short)}</td><td class='num'>{p['page']}</td>"
                     f"<td class='muted'>{_e(near.get('text', ''))} ({near.get('similarity', 0):.2f})</td></tr>")
    return ("<section><h2>Strategy priorities outside the plan</h2><p>The plan has regard to partners' priorities too:"
            " these may be candidates for the next plan, or for review.</p><table><thead><tr><th>Priority</th>"
            "<th>strategy</th><th>page</th><th>nearest plan priority</th></tr></thead><tbody>"
            + "".join(items) + "</tbody></table></section>")


def _skipped(report: dict) -> str:
    if not report["skipped"]:
        return ""
    items = "".join(f"<li><b>{_e(s['path'])}</b>: {_e(s['reason'])}</li>" for s in report["skipped"])
    return f"<section class='warn'><h2>Documents not analysed</h2><ul>{items}</ul></section>"


def _corrections(report: dict, names: dict) -> str:
    rows = report.get("corrections", [])
    intro = ("<p>To correct this report, list what it got wrong in <code>corrections.csv</code> beside the "
             "strategies (or name the file with <code>--corrections</code>), with the columns <code>document, "
             "priority, correction, value, note</code>. A correction is <i>not a priority</i>, <i>add priority</i>, "
             "<i>supports</i> (value: a plan priority, or <i>nothing</i>), <i>same theme as</i> or <i>not same theme "
             "as</i> (value: the other priority). Every later run applies them.</p>")
    if not rows:
        return "<section class='method'><h2>Corrections</h2>" + intro + "</section>"
    applied = sum(1 for c in rows if c["applied"])
    items = []
    for c in rows:
        state = "applied" if c["applied"] else f"<b>not applied</b>: {_e(c['reason'])}"
        cls = "" if c["applied"] else " class='gap'"
        value = f"<div class='where'>{_e(c['value'])}</div>" if c["value"] else ""
        items.append(f"<tr{cls}><td class='num'>{c['row']}</td><td>{_e(c['priority'])}"
                     f"<div class='where'>{_e(c['document'])}</div></td><td>{_e(c['correction'])}{value}</td>"
                     f"<td>{_e(c['note'])}</td><td>{state}</td></tr>")
    return (f"<section><h2>Corrections by the analyst</h2><p>{applied} of {len(rows)} corrections applied. "
            "Figures above include them.</p><table><thead><tr><th>row</th><th>priority</th><th>correction</th>"
            "<th>note</th><th>result</th></tr></thead><tbody>" + "".join(items) + "</tbody></table>" + intro
            + "</section>")


def _method(report: dict) -> str:
    t = report["thresholds"]
    m = report["model"]
    return ("<section class='method'><h2>How this was worked out</h2><ul>"
            "<li>Priorities are read from each document's structure (numbered headings, the sections of a "
            "priorities chapter, priority tables and lists), with the page where each is stated.</li>"
            f"<li>Two priorities are in one theme when their meaning is similar enough (cosine similarity of "
            f"sentence embeddings ≥ {t.get('cluster', 0):.2f}); a document's own priorities are never merged with each other.</li>"
            f"<li>A strategy priority <b>supports</b> its nearest plan priority at similarity ≥ {t.get('supports', 0):.2f}, "
            f"<b>partly</b> at ≥ {t.get('bar', t.get('partly', 0)):.2f}"
            + (", a priority's similarity leaning slightly towards what its strategy as a whole is about"
               if t.get("document_weight") else "") + "."
            + (f" Below {t['bar']:.2f} it is outside the plan: that is {t['outside']:g} standard deviations below "
               f"how close this set of strategies' priorities come to the plan on average, which is stricter here "
               f"than the calibrated floor of {t.get('partly', 0):.2f}."
               if t.get("bar", 0) > t.get("partly", 0) else "")
            + (f" A priority with no clear match (its nearest plan priority hardly closer than the next, and no "
               f"plan priority using its words) must reach {t['unsure_bar']:.2f} ({t.get('outside_unsure', 0):g} "
               f"standard deviations below that average) to count at all."
               if t.get("unsure_bar", 0) > t.get("bar", 0) else "") + "</li>"
            f"<li>Model: {_e(m.get('name'))} (weights sha256 {_e(str(m.get('sha256', ''))[:12])}…), run on this computer; "
            f"thresholds calibrated on: {_e(m.get('calibrated_on', ''))}.</li></ul></section>")
