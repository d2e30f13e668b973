"""The store survives kill -9 part way through a run, and two runs at once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .conftest import LAYOUTS

HELPER = Path(__file__).parent / "helpers" / "analyse_fake.py"


def make_folder(tmp_path: Path, n: int = 12) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in sorted(LAYOUTS.glob("*.pdf"))[:n]:
        shutil.copy(p, folder)
    return folder


def extractions(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        with sqlite3.connect(store, timeout=10) as conn:
            return conn.execute("SELECT count(*) FROM extractions").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def start(folder: Path, store: Path, out: Path, delay: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(HELPER), str(folder), str(store), str(out), str(delay)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_kill_9_mid_run_then_resume(tmp_path):
    folder = make_folder(tmp_path)
    store = tmp_path / "store.db"
    proc = start(folder, store, tmp_path / "killed", delay=0.4)
    deadline = time.monotonic() + 60
    while extractions(store) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    done_before = extractions(store)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 3 <= done_before < 12, "the run should have been killed part way through"
    assert not (tmp_path / "killed" / "report.json").exists()
    with sqlite3.connect(store) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    resumed = start(folder, store, tmp_path / "resumed")
    assert resumed.wait(timeout=120) == 0, resumed.stderr.read().decode()
    assert extractions(store) == 12
    clean = start(folder, tmp_path / "fresh.db", tmp_path / "clean")
    assert clean.wait(timeout=120) == 0
    a = json.loads((tmp_path / "resumed" / "report.json").read_text())
    b = json.loads((tmp_path / "clean" / "report.json").read_text())
    assert a == b


def test_two_runs_at_once_share_a_store(tmp_path):
    folder = make_folder(tmp_path, 8)
    store = tmp_path / "store.db"
    one = start(folder, store, tmp_path / "one")
    two = start(folder, store, tmp_path / "two")
    assert one.wait(timeout=120) == 0, one.stderr.read().decode()
    assert two.wait(timeout=120) == 0, two.stderr.read().decode()
    assert json.loads((tmp_path / "one" / "report.json").read_text()) == \
        json.loads((tmp_path / "two" / "report.json").read_text())
    with sqlite3.connect(store) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM extractions").fetchone()[0] == 8
