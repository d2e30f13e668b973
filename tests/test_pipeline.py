"""The pipeline with the fake embedder: determinism, order independence, store reuse."""

from __future__ import annotations

import json

from stratalign import ingest, pipeline
from stratalign.pipeline import Settings, analyse
from stratalign.report import build_report

from .conftest import LAYOUTS


def folder_of(tmp_path, names):
    import shutil

    f = tmp_path / "docs"
    f.mkdir()
    for n in names:
        shutil.copy(LAYOUTS / n, f)
    return f


NAMES = ["label_above_heading.pdf", "bullets_under_objectives.pdf", "run_in_bold_priorities.pdf",
         "two_column_brochure_reportlab.pdf", "strategy_markdown.md"]


def test_same_report_whatever_the_file_order(tmp_path, monkeypatch, fake_embedder):
    folder = folder_of(tmp_path, NAMES)
    settings = Settings(use_store=False, workers=1)
    first = build_report(analyse(folder, None, settings, embedder=fake_embedder))
    original = ingest.find_documents
    monkeypatch.setattr(ingest, "find_documents", lambda f: list(reversed(original(f))))
    second = build_report(analyse(folder, None, settings, embedder=fake_embedder))
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_parallel_extraction_gives_the_same_result(tmp_path, fake_embedder):
    folder = folder_of(tmp_path, NAMES)
    one = build_report(analyse(folder, None, Settings(use_store=False, workers=1), embedder=fake_embedder))
    two = build_report(analyse(folder, None, Settings(use_store=False, workers=2), embedder=fake_embedder))
    assert one == two


def test_second_run_reads_nothing_again(tmp_path, monkeypatch, fake_embedder):
    folder = folder_of(tmp_path, NAMES)
    store = tmp_path / "store.db"
    settings = Settings(store=store, workers=1)
    cold = build_report(analyse(folder, None, settings, embedder=fake_embedder))
    calls = []
    monkeypatch.setattr(pipeline, "_extract_one", lambda *a: calls.append(a) or ("error", "should not be called"))
    warm = build_report(analyse(folder, None, settings, embedder=fake_embedder))
    assert calls == []
    assert warm == cold


def test_changed_added_and_removed_documents_are_picked_up(tmp_path, fake_embedder):
    import shutil

    folder = folder_of(tmp_path, NAMES[:3])
    settings = Settings(store=tmp_path / "store.db", workers=1)
    analyse(folder, None, settings, embedder=fake_embedder)
    (folder / NAMES[0]).unlink()
    shutil.copy(LAYOUTS / NAMES[3], folder)
    r = build_report(analyse(folder, None, settings, embedder=fake_embedder))
    assert sorted(s["name"] for s in r["strategies"]) == sorted(NAMES[1:4])


def test_warm_run_embeds_nothing(tmp_path):
    """With every vector in the store, a second run never asks the model for anything (so the real
    model is not even loaded)."""
    from stratalign.embed import HashEmbedder

    class Counting(HashEmbedder):
        calls = 0

        def embed(self, texts):
            Counting.calls += len(texts)
            return super().embed(texts)

    folder = folder_of(tmp_path, NAMES)
    settings = Settings(store=tmp_path / "store.db", workers=1)
    analyse(folder, None, settings, embedder=Counting())
    first = Counting.calls
    Counting.calls = 0
    analyse(folder, None, settings, embedder=Counting())
    assert first > 0 and Counting.calls == 0


def test_report_shows_what_a_strategy_says_it_supports(tmp_path, fake_embedder):
    folder = tmp_path / "area"
    (folder / "plan").mkdir(parents=True)
    (folder / "strategies").mkdir()
    (folder / "plan" / "police_and_crime_plan.md").write_text(
        "# Police and Crime Plan\n\n## My priorities\n\n### Reducing and preventing violence\n\nFewer victims of "
        "violence.\n\n### Increasing trust and confidence\n\nPeople trust the police.\n", encoding="utf-8")
    (folder / "strategies" / "csp.md").write_text(
        "# Community Safety Partnership Plan\n\n## Our priorities\n\n### Violent crime\n\nSupports: Reducing and "
        "preventing violence\n\nWe will fund street pastors.\n\n### Anti-social behaviour\n\nWe will hold a case "
        "panel every month.\n", encoding="utf-8")
    r = build_report(analyse(folder, None, Settings(use_store=False, workers=1), embedder=fake_embedder))
    violent, asb = r["strategies"][0]["priorities"]
    assert violent["stated_plan_priorities"]["texts"] == ["Reducing and preventing violence"]
    assert violent["stated_plan_priorities"]["quote"] == "Supports: Reducing and preventing violence"
    assert asb["stated_plan_priorities"] is None


def test_a_plan_whose_priorities_are_not_found_leaves_every_priority_outside_it(tmp_path, fake_embedder):
    # held-out thames_valley_districts: a plan drawn as plaques gave no priorities, and the run failed
    from stratalign.cli import summary_text

    folder = tmp_path / "area"
    (folder / "plan").mkdir(parents=True)
    (folder / "strategies").mkdir()
    (folder / "plan" / "police_and_crime_plan.md").write_text(
        "# Police and Crime Plan\n\nA foreword and nothing else.\n", encoding="utf-8")
    (folder / "strategies" / "csp.md").write_text(
        "# Community Safety Partnership Plan\n\n## Our priorities\n\n### Violent crime\n\nWe will fund street "
        "pastors.\n\n### Anti-social behaviour\n\nWe will hold a case panel every month.\n", encoding="utf-8")
    r = build_report(analyse(folder, None, Settings(use_store=False, workers=1), embedder=fake_embedder))
    assert r["plan"]["priorities"] == []
    assert [p["plan_match"] for p in r["strategies"][0]["priorities"]] == [None, None]
    text = summary_text(r, tmp_path)
    assert "Warning: no priorities were found in the plan police_and_crime_plan.md" in text
    assert "Every plan priority is supported" not in text
    from stratalign.report.html_writer import render

    assert "No priorities were found in the plan police_and_crime_plan.md" in render(r)


def test_an_internal_error_is_tried_again_next_run(tmp_path, monkeypatch, fake_embedder):
    """A document that failed for a reason not its own (a library missing at the time, a bug, memory)
    is read again on the next run; remembering the failure would skip it for good."""
    folder = folder_of(tmp_path, NAMES[:2])
    settings = Settings(store=tmp_path / "store.db", workers=1)
    real = pipeline._extract_one

    def broken(*a, **k):
        raise ModuleNotFoundError("No module named 'pypdfium2'")

    monkeypatch.setattr("stratalign.ingest.read_document", broken)
    first = build_report(analyse(folder, None, settings, embedder=fake_embedder))
    assert first["strategies"] == []
    assert all("internal error ModuleNotFoundError" in s["reason"] for s in first["skipped"])
    monkeypatch.undo()
    assert pipeline._extract_one is real
    second = build_report(analyse(folder, None, settings, embedder=fake_embedder))
    assert sorted(s["name"] for s in second["strategies"]) == sorted(NAMES[:2])
    assert second["skipped"] == []
