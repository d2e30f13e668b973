"""stratalign check: findings, SMART flags and exit codes (fake embedder; the real model in integration)."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from stratalign.check import smart_flags
from stratalign.cli import cli
from stratalign.models import Priority

from .conftest import LAYOUTS


@pytest.fixture
def area(tmp_path):
    folder = tmp_path / "area"
    (folder / "plan").mkdir(parents=True)
    (folder / "strategies").mkdir()
    shutil.copy(LAYOUTS / "at_a_glance_then_sections.pdf", folder / "plan")
    shutil.copy(LAYOUTS / "run_in_bold_priorities.pdf", folder / "strategies")
    shutil.copy(LAYOUTS / "bullets_under_objectives.pdf", folder / "strategies")
    return folder


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_check_passes_without_fail_on(area, use_fake_embedder):
    r = run("check", LAYOUTS / "run_in_bold_priorities.docx", "--against", area, "--no-store")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Draft: run_in_bold_priorities.docx")
    assert "Result: " in r.output


def test_fail_on_duplicates_exits_4(area, use_fake_embedder):
    # the .docx of a strategy already in the folder duplicates every one of its priorities
    r = run("check", LAYOUTS / "run_in_bold_priorities.docx", "--against", area, "--no-store", "--fail-on", "duplicates")
    assert r.exit_code == 4, r.output
    r = run("check", LAYOUTS / "run_in_bold_priorities.docx", "--against", area, "--no-store", "--fail-on", "any")
    assert r.exit_code == 4


def test_no_duplicates_passes_fail_on_duplicates(area, use_fake_embedder):
    r = run("check", LAYOUTS / "table_markdown.md", "--against", area, "--no-store", "--fail-on", "duplicates")
    assert r.exit_code == 0, r.output


def test_check_json_and_html(area, tmp_path, use_fake_embedder):
    out = tmp_path / "out"
    r = run("check", LAYOUTS / "run_in_bold_priorities.docx", "--against", area, "--no-store", "-f", "json", "--out", out)
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["summary"]["priorities"] == 4 and data["summary"]["duplicating"] == 4
    first = data["priorities"][0]
    assert first["duplicates"][0]["document"] == "run_in_bold_priorities.pdf"
    assert first["duplicates"][0]["page"] == 3
    assert (out / "check.html").exists() and json.loads((out / "check.json").read_text()) == data


def test_missing_draft_is_a_one_line_error(area):
    r = run("check", area / "nope.pdf", "--against", area, "--no-store")
    assert r.exit_code == 1
    assert r.output == f"Error: {area / 'nope.pdf'} does not exist: give the path of the draft strategy\n"


def test_unreadable_draft_is_a_one_line_error(area, use_fake_embedder):
    from .conftest import BAD

    r = run("check", BAD / "encrypted.pdf", "--against", area, "--no-store")
    assert r.exit_code == 1
    assert r.output.startswith(f"Error: {BAD / 'encrypted.pdf'}: is encrypted (password protected)")


@pytest.mark.parametrize("description,flags", [
    ("", ("no measurable outcome", "no timescale", "no named owner")),
    ("Led by the council. We will cut repeat victimisation by 10% by March 2027.", ()),
    ("We will reduce the number of repeat victims each year.", ("no named owner",)),
])
def test_smart_flags(description, flags):
    assert smart_flags(Priority("d#1", "d.pdf", "Safer streets", 1, description=description)) == flags
