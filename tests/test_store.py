"""The SQLite store: round trips, migrations, concurrent use, where it lives."""

from __future__ import annotations

import sqlite3
import stat
import threading

import numpy as np

from stratalign.store import MIGRATIONS, Store, default_store_path


def test_extractions_failures_and_vectors_round_trip(tmp_path):
    with Store(tmp_path / "s.db") as s:
        s.put_extraction("abc", "1/pdfium", {"title": "T", "priorities": [["x", 1, "", "", "", ""]]})
        s.put_failure("bad", "1/pdfium", "is empty")
        s.put_vectors("model", [("h1", np.arange(4, dtype=np.float32))])
    with Store(tmp_path / "s.db") as s:
        assert s.get_extraction("abc", "1/pdfium")["title"] == "T"
        assert s.get_extraction("abc", "2/pdfium") is None  # a new extractor re-reads
        assert s.get_failure("bad", "1/pdfium") == "is empty"
        got = s.get_vectors("model", ["h1", "h2"])
        assert list(got) == ["h1"] and np.array_equal(got["h1"], np.arange(4, dtype=np.float32))


def test_migrations_run_once(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_two_writers_at_once_do_not_corrupt(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    errors = []

    def writer(n):
        try:
            with Store(path) as s:
                for i in range(50):
                    s.put_vectors("m", [(f"{n}-{i}", np.full(8, i, dtype=np.float32))])
        except Exception as exc:  # pragma: no cover - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Store(path) as s:
        assert len(s.get_vectors("m", [f"{n}-{i}" for n in range(3) for i in range(50)])) == 150
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_default_store_is_beside_the_documents_or_in_the_user_cache(tmp_path, monkeypatch):
    writable = tmp_path / "w"
    writable.mkdir()
    assert default_store_path(writable) == writable / ".stratalign" / "store.db"
    readonly = tmp_path / "r"
    readonly.mkdir()
    readonly.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    try:
        assert str(default_store_path(readonly)).startswith(str(tmp_path / "cache"))
    finally:
        readonly.chmod(stat.S_IRWXU)


def _open_and_write(path: str, results) -> None:
    from pathlib import Path

    try:
        with Store(Path(path)) as s:
            s.put_extraction("a" * 64, "1/pdfium", {"title": "T"})
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        results.put(repr(exc))


def test_processes_creating_the_same_new_store_at_once_all_succeed(tmp_path):
    # SQLite answers "locked" at once, without waiting, to a second process switching a new database
    # to WAL; two analyse runs started together on a fresh folder must both get through
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    failures = []
    for i in range(40):
        results = ctx.Queue()
        procs = [ctx.Process(target=_open_and_write, args=(str(tmp_path / f"s{i}.db"), results)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        failures += [r for r in (results.get(timeout=10) for _ in procs) if r != "ok"]
    assert failures == []
