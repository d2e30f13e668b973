"""An analyst's corrections file: read, applied at each stage, reported (fake embedder)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from stratalign.cli import cli
from stratalign.corrections import read_corrections
from stratalign.errors import InputError
from stratalign.pipeline import Settings, analyse
from stratalign.report import build_report

PLAN = """# Police and Crime Plan 2025-2029

## My priorities

1. Preventing serious violence
2. Tackling violence against women and girls
3. Cutting anti-social behaviour
"""
ALPHA = """# Alpha Community Safety Plan 2025-2028

## Our priorities

1. Preventing serious violence
2. Safer parks at night
3. Hoarding and self-neglect

## Also this year

We will keep the town centre free of fly-tipping.
"""
BETA = """# Beta Violence Reduction Strategy 2025-2028

## Our priorities

1. Preventing serious violence
2. Support for survivors of domestic abuse
"""
HEADER = "document,priority,correction,value,note\n"


@pytest.fixture
def area(tmp_path):
    folder = tmp_path / "area"
    (folder / "plan").mkdir(parents=True)
    (folder / "strategies").mkdir()
    (folder / "plan" / "pcp.md").write_text(PLAN, encoding="utf-8")
    (folder / "strategies" / "alpha.md").write_text(ALPHA, encoding="utf-8")
    (folder / "strategies" / "beta.md").write_text(BETA, encoding="utf-8")
    return folder


def report_with(area, fake_embedder, rows: str) -> dict:
    if rows:
        (area / "corrections.csv").write_text(HEADER + rows, encoding="utf-8")
    return build_report(analyse(area, None, Settings(use_store=False, workers=1), embedder=fake_embedder))


def priorities_of(report: dict, name: str) -> dict[str, dict]:
    doc = next(d for d in report["strategies"] if d["name"] == name)
    return {p["text"]: p for p in doc["priorities"]}


def theme_of(report: dict, name: str, text: str) -> str:
    return priorities_of(report, name)[text]["theme"]


def test_without_a_file_nothing_changes(area, fake_embedder):
    report = report_with(area, fake_embedder, "")
    assert report["corrections"] == [] and report["summary"]["corrections_applied"] == 0


def test_a_priority_left_out_and_one_added_with_its_page(area, fake_embedder):
    report = report_with(area, fake_embedder,
                         "alpha.md,Hoarding and self-neglect,not a priority,,Adult safeguarding board's\n"
                         "alpha.md,Keep the town centre free of fly-tipping,add priority,,\n")
    alpha = priorities_of(report, "alpha.md")
    assert "Hoarding and self-neglect" not in alpha
    added = alpha["Keep the town centre free of fly-tipping"]
    assert added["evidence"] == "analyst" and added["page"] == 1 and added["id"] == "alpha#a1"
    assert [c["applied"] for c in report["corrections"]] == [True, True]
    assert report["summary"]["strategy_priorities"] == 5


def test_the_analysts_plan_match_replaces_the_computed_one(area, fake_embedder):
    before = priorities_of(report_with(area, fake_embedder, ""), "alpha.md")["Safer parks at night"]
    report = report_with(area, fake_embedder,
                         "alpha.md,Safer parks at night,supports,Tackling violence against women and girls,"
                         "Parks at night are a VAWG hotspot\n"
                         "beta.md,preventing serious violence.,supports,nothing,\n")
    parks = priorities_of(report, "alpha.md")["Safer parks at night"]
    assert parks["plan_match"]["text"] == "Tackling violence against women and girls"
    assert parks["plan_match"]["decision"] == "supports"
    assert parks["corrected"] == {"by": "analyst", "note": "Parks at night are a VAWG hotspot"}
    assert before.get("corrected") is None
    beta = priorities_of(report, "beta.md")["Preventing serious violence"]
    assert beta["plan_match"] is None and beta["corrected"]["note"] == "analyst"
    # the score follows: Beta now has one priority of two outside the plan
    assert next(d for d in report["strategies"] if d["name"] == "beta.md")["alignment"]["none"] >= 1


def test_themes_joined_and_kept_apart(area, fake_embedder):
    plain = report_with(area, fake_embedder, "")
    same = ("alpha.md", "Preventing serious violence"), ("beta.md", "Preventing serious violence")
    assert theme_of(plain, *same[0]) == theme_of(plain, *same[1])  # identical wording: one theme
    assert theme_of(plain, "alpha.md", "Safer parks at night") != theme_of(plain, "beta.md",
                                                                          "Support for survivors of domestic abuse")
    report = report_with(area, fake_embedder,
                         "alpha.md,Preventing serious violence,not same theme as,beta.md: Preventing serious violence,\n"
                         "alpha.md,Safer parks at night,same theme as,beta#2,\n")
    assert theme_of(report, *same[0]) != theme_of(report, *same[1])
    assert theme_of(report, "alpha.md", "Safer parks at night") == theme_of(report, "beta.md",
                                                                            "Support for survivors of domestic abuse")
    assert all(c["applied"] for c in report["corrections"])


def test_rows_that_match_nothing_are_reported_and_the_rest_applied(area, fake_embedder):
    report = report_with(area, fake_embedder,
                         "gamma.md,Anything,not a priority,,\n"
                         "alpha.md,Safer streets,not a priority,,\n"
                         "alpha.md,Safer parks at night,supports,Making roads safer,\n"
                         "alpha.md,Keep every street clean,add priority,,\n"
                         "alpha.md,Hoarding and self-neglect,not a priority,,\n")
    reasons = [c["reason"] for c in report["corrections"]]
    assert reasons == [
        "no document gamma.md was analysed",
        "no priority of alpha.md reads 'Safer streets': copy its wording from priorities.csv",
        "no plan priority reads 'Making roads safer': copy its wording from coverage.csv, or write nothing",
        "alpha.md does not contain 'Keep every street clean': copy the wording from the document",
        "",
    ]
    assert report["summary"]["corrections_applied"] == 1 and report["summary"]["corrections_not_applied"] == 4


def test_contradicting_rows_keep_the_first(area, fake_embedder):
    report = report_with(area, fake_embedder,
                         "alpha.md,Safer parks at night,same theme as,beta#2,\n"
                         "beta.md,Support for survivors of domestic abuse,not same theme as,alpha#2,\n")
    assert [c["applied"] for c in report["corrections"]] == [True, False]
    assert report["corrections"][1]["reason"] == "row 2 says the opposite: keep one of the two rows"


def test_a_file_without_the_columns_is_one_clear_error(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text("doc,text\nalpha.md,x\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_corrections(path)
    assert str(e.value) == (f"{path} has no column 'document', 'priority', 'correction': its first row must read "
                            "document,priority,correction,value,note")


def test_an_unknown_correction_names_the_row(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text(HEADER + "alpha.md,x,not a priority,,\nalpha.md,x,delete,,\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_corrections(path)
    assert str(e.value) == (f"{path} row 3: unknown correction 'delete': use one of not a priority, add priority, "
                            "supports, same theme as, not same theme as")


def test_excel_files_are_read_in_either_encoding(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_bytes(("\ufeff" + HEADER.replace("priority,correction", "Priority,Correction")
                      + "alpha.md,Caf\u00e9 safety \u2013 at night,not a priority,,\n").encode("utf-8"))
    utf8 = read_corrections(path)
    path.write_bytes((HEADER + "alpha.md,Caf\u00e9 safety \u2013 at night,not a priority,,\n").encode("cp1252"))
    assert read_corrections(path) == utf8
    assert utf8[0].priority == "Caf\u00e9 safety \u2013 at night" and utf8[0].row == 2


def test_cli_applies_the_file_and_warns_about_rows_not_applied(area, use_fake_embedder, tmp_path):
    (area / "corrections.csv").write_text(HEADER + "alpha.md,Hoarding and self-neglect,not a priority,,\n"
                                          "alpha.md,Safer streets,not a priority,,\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["analyse", str(area), "--no-store", "-q", "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "Analyst's corrections: 1 of 2 applied (see the warnings above)." in r.output
    assert (f"Warning: {area / 'corrections.csv'} row 3 not applied: no priority of alpha.md reads 'Safer streets': "
            "copy its wording from priorities.csv") in r.output
    assert "Corrections by the analyst" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Hoarding and self-neglect" not in (tmp_path / "out" / "priorities.csv").read_text(encoding="utf-8-sig")


def test_cli_a_missing_corrections_file_is_an_error(area, use_fake_embedder, tmp_path):
    r = CliRunner().invoke(cli, ["analyse", str(area), "--no-store", "-q", "--corrections", str(tmp_path / "no.csv")])
    assert r.exit_code == 1
    assert r.output == f"Error: {tmp_path / 'no.csv'} does not exist: check the --corrections path\n"


def test_check_follows_the_corrections_of_the_folder_it_checks_against(area, use_fake_embedder, tmp_path):
    import json

    draft = tmp_path / "draft.md"
    draft.write_text("# Gamma Draft Strategy 2026\n\n## Our priorities\n\n1. Hoarding and self-neglect\n"
                     "2. Safer parks at night\n", encoding="utf-8")

    def duplicated() -> list[str]:
        r = CliRunner().invoke(cli, ["check", str(draft), "--against", str(area), "--no-store", "-f", "json"])
        assert r.exit_code == 0, r.output
        return [d["text"] for p in json.loads(r.output)["priorities"] for d in p["duplicates"]]

    assert "Hoarding and self-neglect" in duplicated()
    (area / "corrections.csv").write_text(HEADER + "alpha.md,Hoarding and self-neglect,not a priority,,\n",
                                          encoding="utf-8")
    assert "Hoarding and self-neglect" not in duplicated()
