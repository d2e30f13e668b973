"""The command line: help everywhere, exit codes and exact messages."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from stratalign import __version__
from stratalign.cli import cli

from .conftest import BAD, LAYOUTS


def run(*args, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kw)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.output.strip() == f"stratalign, version {__version__}"


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(command):
    r = run(command, "--help")
    assert r.exit_code == 0
    assert "Example" in r.output
    assert run(command, "-h").output == r.output


def test_missing_folder_is_a_one_line_error(tmp_path):
    r = run("analyse", tmp_path / "nowhere", "--no-store")
    assert r.exit_code == 1
    assert r.output == f"Error: {tmp_path / 'nowhere'} does not exist: give the folder that holds the strategies\n"


def test_empty_folder_is_a_one_line_error(tmp_path):
    r = run("analyse", tmp_path, "--no-store")
    assert r.exit_code == 1
    assert r.output.startswith(f"Error: {tmp_path} holds no documents")
    assert r.output.count("\n") == 1


def test_two_plans_is_an_error(tmp_path):
    (tmp_path / "plan").mkdir()
    for name in ("a.pdf", "b.pdf"):
        shutil.copy(LAYOUTS / "label_above_heading.pdf", tmp_path / "plan" / name)
    r = run("analyse", tmp_path, "--no-store")
    assert r.exit_code == 1
    assert "holds 2 documents: keep only the Police and Crime Plan there, or name it with --plan" in r.output


def test_analyse_reports_bad_documents_and_keeps_the_rest(tmp_path, use_fake_embedder):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(LAYOUTS / "label_above_heading.pdf", folder)
    shutil.copy(LAYOUTS / "bullets_under_objectives.pdf", folder)
    shutil.copy(BAD / "encrypted.pdf", folder)
    shutil.copy(BAD / "empty.pdf", folder)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["analyse", str(folder), "--out", str(out), "--no-store"])
    assert r.exit_code == 3, r.output
    assert f"Warning: skipped {folder / 'empty.pdf'}: is empty (0 bytes): replace it with the full document\n" in r.output
    assert f"Warning: skipped {folder / 'encrypted.pdf'}: is encrypted (password protected)" in r.output
    report = json.loads((out / "report.json").read_text())
    assert [s["name"] for s in report["strategies"]] == ["bullets_under_objectives.pdf", "label_above_heading.pdf"]
    assert all(s["priorities"] for s in report["strategies"])
    assert len(report["skipped"]) == 2
    assert report["plan"] is None and all(s["alignment_score"] is None for s in report["strategies"])
    for name in ("report.html", "priorities.csv", "themes.csv"):
        assert (out / name).exists()


def test_analyse_with_plan_option(tmp_path, use_fake_embedder):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(LAYOUTS / "run_in_bold_priorities.pdf", folder)
    out = tmp_path / "out"
    r = run("analyse", folder, "--plan", LAYOUTS / "at_a_glance_then_sections.pdf", "--out", out, "--no-store")
    assert r.exit_code == 0, r.output
    report = json.loads((out / "report.json").read_text())
    assert report["plan"]["name"] == "at_a_glance_then_sections.pdf"
    assert len(report["plan"]["priorities"]) == 4
    assert report["strategies"][0]["alignment_score"] is not None
    assert "Alignment with the plan:" in r.output


def test_extract_formats():
    path = LAYOUTS / "label_above_heading.pdf"
    table = run("extract", path)
    assert table.exit_code == 0 and "p.3    Early identification and intervention" in table.output
    data = json.loads(run("extract", path, "--format", "json").output)
    assert data[0]["priorities"][0]["page"] == 3
    csv_out = run("extract", path, "-f", "csv").output.splitlines()
    assert csv_out[0] == "document,priority_id,priority,page,section,evidence" and len(csv_out) == 5


def test_extract_bad_file_exit_code():
    r = CliRunner().invoke(cli, ["extract", str(BAD / "not_a_pdf.pdf"), str(LAYOUTS / "label_above_heading.pdf")])
    assert r.exit_code == 3
    assert "Warning: skipped" in r.output and "label_above_heading.pdf" in r.output


def test_evaluate_command(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": {"a.pdf": {"priorities": [{"id": "A1", "text": "Violent crime", "page": 2}]}}}))
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"plan": None, "clusters": [], "strategies": [
        {"path": "x/a.pdf", "priorities": [{"id": "a#1", "text": "Violent Crime", "page": 2}]}]}))
    r = run("evaluate", gold, report)
    assert r.exit_code == 0
    assert "extraction  P 1.000  R 1.000  F1 1.000   page accuracy 1.000" in r.output
    bad = run("evaluate", gold, tmp_path / "missing.json")
    assert bad.exit_code == 1 and bad.output == f"Error: {tmp_path / 'missing.json'} does not exist: give the path of a report file\n"
