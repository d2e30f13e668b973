"""Report schema (version 1), CSV and HTML, built from a small synthetic analysis."""

from __future__ import annotations

import csv
import dataclasses
import json

from stratalign.models import Alignment, Analysis, Extracted, Match, PossibleDuplicate, Priority, Theme
from stratalign.report import SCHEMA_VERSION, build_report, write_all


def analysis(with_plan: bool = True) -> Analysis:
    plan = Extracted("in/plan/p.pdf", "p.pdf", "0" * 64, "pdf", "The Plan", 10, (
        Priority("p#1", "p.pdf", "Reducing violence", 4), Priority("p#2", "p.pdf", "Road safety", 5)))
    a = Extracted("in/strategies/a.pdf", "a.pdf", "1" * 64, "pdf", "Strategy <A>", 8, (
        Priority("a#1", "a.pdf", "Violent crime", 3, description="We will cut knife crime."),
        Priority("a#2", "a.pdf", "Child-centred practice", 4)))
    b = Extracted("in/strategies/b.pdf", "b.pdf", "2" * 64, "pdf", "Strategy B", 6, (
        Priority("b#1", "b.pdf", "Serious violence", 2),))
    themes = (Theme("T1", "Reducing violence", ("a#1", "b#1", "p#1"), ("a.pdf", "b.pdf", "p.pdf")),
              Theme("T2", "Road safety", ("p#2",), ("p.pdf",)), Theme("T3", "Child-centred practice", ("a#2",), ("a.pdf",)))
    matches = (Match("a#1", "p#1", 0.71, "supports", "p#1", "fewer knife injuries"), Match("a#2", None, 0.12, "none", "p#1"),
               Match("b#1", "p#1", 0.4, "partly", "p#1"))
    return Analysis(plan=plan if with_plan else None, strategies=(a, b),
                    priorities=(plan.priorities if with_plan else ()) + a.priorities + b.priorities,
                    themes=themes, alignments=(Alignment("a.pdf", 50.0, matches[:2]), Alignment("b.pdf", 50.0, matches[2:])),
                    plan_matches=matches if with_plan else (), model=(("name", "m"), ("sha256", "x")),
                    thresholds=(("cluster", 0.6),))


def test_report_schema_v1():
    r = build_report(analysis())
    assert r["schema_version"] == SCHEMA_VERSION == 1
    assert {"stratalign_version", "model", "plan", "strategies", "clusters"} <= set(r)
    p = r["strategies"][0]["priorities"][0]
    assert {"id", "text", "page", "description", "plan_match"} <= set(p)
    assert p["plan_match"] == {"id": "p#1", "text": "Reducing violence", "similarity": 0.71, "decision": "supports",
                               "plan_statement": "fewer knife injuries"}
    assert r["strategies"][0]["priorities"][1]["plan_match"] is None
    assert r["strategies"][0]["alignment_score"] == 50.0
    assert r["gaps"] == ["p#2"] and r["outliers"] == ["a#2"]
    ids = [p["id"] for d in [r["plan"]] + r["strategies"] for p in d["priorities"]]
    members = [m for c in r["clusters"] for m in c["members"]]
    assert sorted(ids) == sorted(members)  # every priority in exactly one cluster
    assert r["overlap"]["matrix"][0][1] == 0.5


def test_report_without_plan_leaves_alignment_null():
    r = build_report(analysis(with_plan=False))
    assert r["plan"] is None
    assert all(s["alignment_score"] is None for s in r["strategies"])
    assert all(p["plan_match"] is None for s in r["strategies"] for p in s["priorities"])


def test_writers_produce_json_csv_and_escaped_html(tmp_path):
    r = build_report(analysis())
    write_all(r, tmp_path)
    assert json.loads((tmp_path / "report.json").read_text()) == json.loads(json.dumps(r))
    rows = list(csv.DictReader((tmp_path / "priorities.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 5 and rows[2]["priority"] == "Violent crime" and rows[2]["page"] == "3"
    assert rows[2]["decision"] == "supports" and rows[3]["decision"] == "none"
    html = (tmp_path / "report.html").read_text()
    assert "Strategy &lt;A&gt;" in html and "<A>" not in html
    assert "Road safety" in html  # the gap is shown
    assert (tmp_path / "themes.csv").exists()
    coverage = list(csv.DictReader((tmp_path / "coverage.csv").open(encoding="utf-8-sig")))
    assert [(r["plan_priority"], r["gap"]) for r in coverage] == [("Reducing violence", "no"), ("Road safety", "yes")]
    assert "Violent crime (a.pdf p.3)" in coverage[0]["supported_by"]
    overlap = list(csv.DictReader((tmp_path / "overlap.csv").open(encoding="utf-8-sig")))
    assert overlap[0]["strategy"] == "a.pdf" and overlap[0]["b.pdf"] == "0.500"


def test_the_page_says_when_the_areas_spread_raised_the_bar():
    import dataclasses

    from stratalign.report.html_writer import render

    raised = dataclasses.replace(analysis(), thresholds=(("bar", 0.47), ("outside", 1.75), ("partly", 0.4),
                                                         ("supports", 0.58), ("cluster", 0.66)))
    page = render(build_report(raised))
    assert "<b>partly</b> at ≥ 0.47" in page
    assert "1.75 standard deviations below" in page and "calibrated floor of 0.40" in page
    floor = dataclasses.replace(analysis(), thresholds=(("bar", 0.4), ("outside", 1.75), ("partly", 0.4),
                                                        ("supports", 0.58), ("cluster", 0.66)))
    assert "standard deviations" not in render(build_report(floor))


def test_tables_name_strategies_by_a_short_name_that_tells_them_apart():
    from stratalign.report.page import short_names

    docs = [{"name": "dartford_csp_plan_2026-29.pdf", "title": "Dartford Community Safety Partnership Plan 2026–2029"},
            {"name": "k_vawg.pdf", "title": "Kent and Medway Violence Against Women and Girls Strategy 2026-30"},
            # titles that name no body, or two the same: the file's name says which
            {"name": "barking_dagenham_csp_plan_2023-26.pdf", "title": "Community Safety Partnership Plan 2023–2026"},
            {"name": "bexley_csp_plan.pdf", "title": "Community Safety Partnership Plan 2023–2026"},
            {"name": "x.pdf", "title": "Safer Swale Plan"}, {"name": "y.pdf", "title": "Safer Swale Plan"}]
    assert list(short_names(docs).values()) == [
        "Dartford CSP Plan", "Kent and Medway VAWG Strategy", "Barking Dagenham CSP Plan", "Bexley CSP Plan",
        "x.pdf", "y.pdf"]


def test_the_page_names_strategies_short_with_the_file_on_hover():
    from stratalign.report.html_writer import render

    import dataclasses

    a = analysis()
    named = dataclasses.replace(a, strategies=(a.strategies[0], dataclasses.replace(a.strategies[1], title="Swale Plan 2026")))
    page = render(build_report(named))
    assert page.count("<span class='doc' title='b.pdf'>Swale Plan</span>") >= 3  # coverage, themes, overlap


def test_possible_duplicates_in_json_csv_and_html(tmp_path):
    a = dataclasses.replace(analysis(), possible_duplicates=(PossibleDuplicate("a#2", "p#2", 0.6123),),
                            thresholds=(("cluster", 0.66), ("review", 0.6)))
    r = build_report(a)
    assert r["summary"]["possible_duplicates"] == 1
    assert r["possible_duplicates"] == [{
        "similarity": 0.6123,
        "a": {"id": "a#2", "document": "a.pdf", "text": "Child-centred practice", "page": 4, "theme": "T3"},
        "b": {"id": "p#2", "document": "p.pdf", "text": "Road safety", "page": 5, "theme": "T2"}}]
    write_all(r, tmp_path)
    rows = list(csv.DictReader((tmp_path / "possible_duplicates.csv").open(encoding="utf-8-sig")))
    # shaped as corrections.csv: the analyst fills in `correction` and copies the row
    assert list(rows[0])[:5] == ["document", "priority", "correction", "value", "note"]
    assert rows[0]["document"] == "a.pdf" and rows[0]["priority"] == "Child-centred practice"
    assert rows[0]["value"] == "p.pdf: Road safety" and rows[0]["correction"] == ""
    assert (rows[0]["page"], rows[0]["other_page"], rows[0]["similarity"]) == ("4", "5", "0.6123")
    html = (tmp_path / "report.html").read_text()
    assert "Possible duplicates to review" in html and "similarity ≥ 0.60" in html
    assert "<b>1</b> possible duplicates to review" in html


def test_no_possible_duplicates_no_section(tmp_path):
    r = build_report(analysis())
    assert r["possible_duplicates"] == [] and r["summary"]["possible_duplicates"] == 0
    write_all(r, tmp_path)
    assert "Possible duplicates to review" not in (tmp_path / "report.html").read_text()
    rows = list(csv.DictReader((tmp_path / "possible_duplicates.csv").open(encoding="utf-8-sig")))
    assert rows == []
