"""Calibration must score exactly what `analyse` would report with the settings it chooses: otherwise the
thresholds are tuned for a pipeline that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratalign.calibrate import load_area, sweep
from stratalign.embed import HashEmbedder
from stratalign.evaluate import evaluate
from stratalign.pipeline import DEFAULTS, Settings, Thresholds, analyse_extracted, open_store
from stratalign.report import build_report

from .conftest import AREAS, CORPUS, gold_groups


@pytest.fixture(scope="module")
def areas(tmp_path_factory):
    settings = Settings(use_store=False)
    store = open_store(Path(tmp_path_factory.mktemp("calib")), settings)
    try:
        return [load_area(g, settings, store) for g in (CORPUS / "gold.json", AREAS / "lancashire" / "gold.json")]
    finally:
        store.close()


@pytest.fixture(scope="module")
def swept(areas):
    """One sweep over both areas, for the tests that read it (the fake embedder is deterministic)."""
    return sweep(areas, HashEmbedder())


def test_calibration_scores_equal_the_scores_of_an_analysis_with_the_chosen_settings(areas, fake_embedder, swept):
    result = swept
    chosen = Thresholds(**{k: result["chosen"][k] for k in DEFAULTS})
    for area in areas:
        analysis = analyse_extracted(area.plan, area.strategies, fake_embedder, chosen, {"name": "fake"})
        scores = evaluate(area.gold, build_report(analysis))
        calibrated = result["per_area"][area.name]
        assert scores["duplicates"]["f1"] == pytest.approx(calibrated["duplicate_f1"], abs=1e-4), area.name
        assert scores["alignment_matched"] == pytest.approx(calibrated["alignment"], abs=1e-4), area.name


def test_a_held_out_score_is_what_analyse_gives_with_settings_chosen_on_the_other_areas(areas, fake_embedder, swept):
    both = swept
    for i, area in enumerate(areas):
        others = sweep([areas[1 - i]], fake_embedder)["chosen"]
        analysis = analyse_extracted(area.plan, area.strategies, fake_embedder,
                                     Thresholds(**{k: others[k] for k in DEFAULTS}), {"name": "fake"})
        scores = evaluate(area.gold, build_report(analysis))
        held_out = both["held_out"][area.name]
        assert scores["duplicates"]["f1"] == pytest.approx(held_out["duplicate_f1"], abs=1e-4), area.name
        assert scores["alignment_matched"] == pytest.approx(held_out["alignment"], abs=1e-4), area.name


def test_calibration_keeps_themes_consistent_with_the_plan_matches_analyse_would_make(areas, fake_embedder):
    # a strategy priority below `partly` supports no plan priority, so analyse lets it share a theme
    # with none: calibration must cluster under the same constraint, at every threshold it tries
    from stratalign.calibrate import _area_features, _plan_matches
    from stratalign.pipeline import match_plan

    area = areas[0]
    f = _area_features(area, fake_embedder, DEFAULTS["name_weight"])
    sim = f.plan_similarity(0.9, 0.1)
    unmatched = 0
    for partly in (0.2, 0.4, 0.6, 0.8):
        th = Thresholds(**{**DEFAULTS, "partly": partly, "supports": partly, "unit_weight": 0.9, "lexical_weight": 0.1})
        expected = {m.priority: m.plan_priority for m in match_plan(f, area.plan, th)[0]}
        assert _plan_matches(area, f, sim, partly) == expected
        unmatched += sum(v is None for v in expected.values())
    assert unmatched > 0  # the thresholds above do leave some priorities without a plan match


def test_the_review_list_calibration_counts_is_the_one_analyse_writes(areas, fake_embedder, swept):
    # `review` is chosen on how many listed pairs are labelled duplicates: the list must be analyse's own
    result = swept
    chosen = Thresholds(**{k: result["chosen"][k] for k in DEFAULTS})
    assert chosen.review <= chosen.cluster
    seen = 0
    for area in areas:
        report = build_report(analyse_extracted(area.plan, area.strategies, fake_embedder, chosen, {"name": "fake"}))
        group = gold_groups(area.gold, report)
        matched = set(area.mapping.values())
        listed = [d for d in report["possible_duplicates"] if d["a"]["id"] in matched and d["b"]["id"] in matched]
        dups = sum(1 for d in listed if d["a"]["id"] in group and group.get(d["b"]["id"]) == group[d["a"]["id"]])
        assert result["review"][area.name][:2] == [len(listed), dups], area.name
        seen += len(listed)
    assert seen > 0
