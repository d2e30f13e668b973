"""The real model on real PDFs: the bundled corpus end to end, offline, deterministic."""

from __future__ import annotations

import csv
import json
import socket

import pytest

from stratalign import ingest
from stratalign.evaluate import evaluate
from stratalign.pipeline import Settings, analyse
from stratalign.report import build_report, write_all

from .conftest import CORPUS, SHARED_DEV, gold_groups, load_gold

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def no_network():
    """Any attempt to open a network connection fails the run: the model must load from disk."""
    real = socket.socket.connect

    def refuse(self, address):
        if isinstance(address, tuple):  # AF_INET/AF_INET6; unix sockets stay allowed
            raise AssertionError(f"network access attempted: {address}")
        return real(self, address)

    socket.socket.connect = refuse
    yield
    socket.socket.connect = real


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory, no_network):
    store = tmp_path_factory.mktemp("store") / "store.db"
    return build_report(analyse(CORPUS, None, Settings(store=store)))


def test_corpus_extraction_matches_gold(corpus_report):
    result = evaluate(load_gold(CORPUS), corpus_report)
    assert result["extraction"]["f1"] >= 0.95, result["problems"]
    assert result["page_accuracy"] >= 0.95, result["problems"]


def test_corpus_alignment_and_duplicates(corpus_report):
    result = evaluate(load_gold(CORPUS), corpus_report)
    assert result["alignment_matched"] >= 0.80, result["problems"]
    assert result["duplicates"]["f1"] >= 0.60, result["problems"]


def test_report_records_the_verified_model(corpus_report):
    assert corpus_report["model"]["name"] == "all-MiniLM-L6-v2"
    assert corpus_report["model"]["sha256"] == "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def test_corpus_has_planted_gaps_and_duplication(corpus_report):
    gold = load_gold(CORPUS)
    plan_key = gold["plan"]
    supported = {pid for d, doc in gold["documents"].items() if d != plan_key for p in doc["priorities"] for pid in p.get("plan", [])}
    gold_gaps = [p["text"] for p in gold["documents"][plan_key]["priorities"] if p["id"] not in supported]
    reported = {c["text"] for c in corpus_report["plan"]["coverage"] if c["id"] in corpus_report["gaps"]}
    assert gold_gaps and set(gold_gaps) <= reported
    assert corpus_report["summary"]["themes_in_3_plus_strategies"] >= 2


def test_plan_matches_quote_the_plan_statement_they_rest_on(corpus_report):
    # the analyst checks a match against the plan's own words: they must be there, verbatim, under
    # the plan priority matched
    described = {p["id"]: " ".join(p["description"].split()) for p in corpus_report["plan"]["priorities"]}
    matches = [p["plan_match"] for s in corpus_report["strategies"] for p in s["priorities"] if p["plan_match"]]
    quoted = [m for m in matches if m["plan_statement"]]
    assert quoted and len(quoted) < len(matches)
    for m in quoted:
        assert " ".join(m["plan_statement"].split()) in described[m["id"]]


def test_possible_duplicates_lead_an_analyst_to_duplicates_the_themes_missed(corpus_report, tmp_path, no_network):
    gold = load_gold(CORPUS)
    listed = corpus_report["possible_duplicates"]
    assert listed and corpus_report["summary"]["possible_duplicates"] == len(listed)
    assert all(d["a"]["document"] != d["b"]["document"] and d["a"]["theme"] != d["b"]["theme"] for d in listed)
    assert [d["similarity"] for d in listed] == sorted((d["similarity"] for d in listed), reverse=True)
    # play the analyst: in possible_duplicates.csv, accept the pairs the labels group together and reject
    # the rest, then use the file as it is as the corrections file
    group = gold_groups(gold, corpus_report)
    write_all(corpus_report, tmp_path / "out")
    with (tmp_path / "out" / "possible_duplicates.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(listed)
    accepted = 0
    for row, d in zip(rows, listed):
        same = d["a"]["id"] in group and group.get(d["b"]["id"]) == group[d["a"]["id"]]
        accepted += same
        row["correction"] = "same theme as" if same else "not same theme as"
    assert accepted, "no listed pair is a labelled duplicate"
    decided = tmp_path / "corrections.csv"
    with decided.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    after = build_report(analyse(CORPUS, None, Settings(store=tmp_path / "store.db", workers=1), corrections=decided))
    assert after["summary"]["corrections_applied"] == len(rows)
    theme_of = {p["id"]: p["theme"] for s in [after["plan"]] + after["strategies"] for p in s["priorities"]}
    for row, d in zip(rows, listed):
        assert (theme_of[d["a"]["id"]] == theme_of[d["b"]["id"]]) == (row["correction"] == "same theme as")
    still = {frozenset((d["a"]["id"], d["b"]["id"])) for d in after["possible_duplicates"]}
    assert not still & {frozenset((d["a"]["id"], d["b"]["id"])) for d in listed}
    before_f1 = evaluate(gold, corpus_report)["duplicates"]["f1"]
    assert evaluate(gold, after)["duplicates"]["f1"] > before_f1


def test_same_report_in_reverse_file_order(corpus_report, tmp_path, monkeypatch, no_network):
    original = ingest.find_documents
    monkeypatch.setattr(ingest, "find_documents", lambda f: list(reversed(original(f))))
    again = build_report(analyse(CORPUS, None, Settings(store=tmp_path / "store.db", workers=1)))
    assert json.dumps(again, sort_keys=True) == json.dumps(corpus_report, sort_keys=True)


@pytest.mark.skipif(not SHARED_DEV.exists(), reason="the shared development set is not on this machine")
def test_shared_dev_set(tmp_path, no_network):
    area = SHARED_DEV / "london"
    report = build_report(analyse(area, None, Settings(store=tmp_path / "store.db")))
    result = evaluate(json.loads((area / "gold.json").read_text()), report)
    assert result["extraction"]["f1"] >= 0.95 and result["page_accuracy"] >= 0.95
