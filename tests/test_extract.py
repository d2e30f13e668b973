"""Priority extraction: unit behaviour, and accuracy on the varied-layout documents in tests/data."""

from __future__ import annotations

import pytest

from stratalign.cues import LABEL, cue_weight, is_distractor, stated_count
from stratalign.evaluate import evaluate
from stratalign.extract import clean, extract_priorities
from stratalign.ingest import read_document

from .conftest import AREAS, LAYOUTS, LAYOUTS2, LAYOUTS3, LAYOUTS4, LAYOUTS5, load_gold


@pytest.mark.parametrize("raw,expected", [
    ("Priority 1 – Keeping children and young people safe", "Keeping children and young people safe"),
    ("Objective A: Reduce reoffending", "Reduce reoffending"),
    ("Strategic Priority Three: Build safe communities", "Build safe communities"),
    ("Theme IV – Victims first", "Victims first"),
    ("Our first priority: Early help", "Early help"),
    ("break drug supply chains;", "break drug supply chains"),
    ("reduce harm from drugs; and", "reduce harm from drugs"),
    ("Support every survivor", "Support every survivor"),  # not a trailing "or"
    ("Reduce demand", "Reduce demand"),  # not a trailing "and"
    ("Violence against women and girls – Domestic abuse", "Violence against women and girls – Domestic abuse"),
])
def test_clean_removes_labels_but_keeps_wording(raw, expected):
    assert clean(raw) == expected


def test_label_needs_a_number_or_ordinal():
    assert LABEL.match("Priority 2").group("rest") == ""
    assert LABEL.match("Priority areas for 2024") is None
    assert LABEL.match("Objective a safer town") is None  # lower-case letters are words, not labels


def test_cues_and_distractors():
    assert cue_weight("Our strategic priorities 2024-2029") == 1.0
    assert cue_weight("Foreword") == 0.0
    assert is_distractor("Cross-cutting themes") and is_distractor("Our values")
    assert not is_distractor("Our priorities for 2025")
    assert stated_count("The partnership has agreed four priority areas") == 4


def _area_report(folder, gold):
    report = {"plan": None, "strategies": [], "clusters": []}
    for key in gold["documents"]:
        doc = read_document(folder / key)
        entry = {"path": str(folder / key), "priorities": [
            {"id": p.id, "text": p.text, "page": p.page} for p in extract_priorities(doc)]}
        report["strategies"].append(entry)
    return report


@pytest.mark.parametrize("folder", [LAYOUTS, LAYOUTS2, LAYOUTS3, LAYOUTS4, LAYOUTS5], ids=lambda p: p.name)
def test_extraction_accuracy_on_varied_layouts(folder):
    if not (folder / "gold.json").exists():
        pytest.skip(f"{folder.name} has no gold.json")
    gold = load_gold(folder)
    result = evaluate(gold, _area_report(folder, gold))
    assert result["extraction"]["f1"] >= 0.95, result["problems"]
    assert result["page_accuracy"] >= 0.95, result["problems"]


@pytest.mark.parametrize("folder", sorted(p.parent for p in AREAS.glob("*/gold.json")), ids=lambda p: p.name)
def test_extraction_accuracy_on_labelled_areas(folder):
    gold = load_gold(folder)
    result = evaluate(gold, _area_report(folder, gold))
    assert result["extraction"]["f1"] >= 0.95, result["problems"]
    assert result["page_accuracy"] >= 0.95, result["problems"]


def test_a_document_without_priorities_gives_none():
    doc = read_document(LAYOUTS / "no_priorities_annual_report.pdf")
    assert extract_priorities(doc) == ()


def test_priorities_carry_page_section_and_description():
    doc = read_document(LAYOUTS / "numbered_headings_word.pdf")
    ps = extract_priorities(doc)
    assert [p.id for p in ps] == [f"numbered_headings_word#{n}" for n in range(1, len(ps) + 1)]
    assert all(p.page > 2 for p in ps)  # never the contents page
    assert all(p.description for p in ps)
    assert all(p.label.lower().startswith("priority") for p in ps)
