"""The incremental store: a SQLite file holding what is expensive to recompute.

- extractions: a document's priorities keyed by its content hash and the extractor version, so a renamed
  or moved file is not re-read and a new extractor re-reads everything;
- failures: documents that could not be read, with the reason, so a bad file costs nothing next time;
- embeddings: vectors keyed by model (the weights' hash) and the hash of the embedded text.

Every write is its own transaction, so a run killed at any point (even kill -9) leaves a consistent store
and the next run resumes from what was committed. WAL mode and a busy timeout let two runs share it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .errors import StoreError

MIGRATIONS: tuple[str, ...] = (
    # 1
    """
    CREATE TABLE extractions (
        sha256 TEXT NOT NULL,
        extractor TEXT NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (sha256, extractor)
    );
    CREATE TABLE failures (
        sha256 TEXT NOT NULL,
        extractor TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (sha256, extractor)
    );
    CREATE TABLE embeddings (
        model TEXT NOT NULL,
        text_sha TEXT NOT NULL,
        dims INTEGER NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (model, text_sha)
    );
    """,
)


def default_store_path(folder: Path) -> Path:
    """FOLDER/.stratalign/store.db, or a per-user cache when the folder cannot be written to (shared
    document folders often are read-only)."""
    local = folder / ".stratalign"
    if _writable(folder) or _writable(local):
        return local / "store.db"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stratalign"
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return base / digest / "store.db"


def _writable(path: Path) -> bool:
    # the mode bits as well as access(): an administrator can write anywhere, but a folder nobody may
    # write to (a shared, read-only folder of documents) must be left untouched even then
    return path.is_dir() and os.access(path, os.W_OK | os.X_OK) and bool(path.stat().st_mode & 0o222)


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), timeout=60, isolation_level=None)
            self.conn.execute("PRAGMA busy_timeout=60000")
            self._use_wal()
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"the store {path} cannot be opened ({exc}): give another place with --store, "
                             "or delete it to start afresh") from None

    def _use_wal(self) -> None:
        # Switching a new database to WAL needs an exclusive lock, and SQLite reports "locked" at once,
        # without waiting, when another run is opening the same new store: try again for a while.
        for attempt in range(100):
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 99:
                    raise
                time.sleep(0.05 + 0.01 * attempt)

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number, sql in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            # BEGIN IMMEDIATE: two runs starting at once must not both apply a migration
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                if self.conn.execute("PRAGMA user_version").fetchone()[0] < number:
                    for statement in sql.split(";"):
                        if statement.strip():
                            self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version={number}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- extractions ------------------------------------------------------------------------------

    def get_extraction(self, sha256: str, extractor: str) -> dict | None:
        row = self.conn.execute("SELECT payload FROM extractions WHERE sha256=? AND extractor=?",
                                (sha256, extractor)).fetchone()
        return json.loads(row[0]) if row else None

    def put_extraction(self, sha256: str, extractor: str, payload: dict) -> None:
        self._write("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)",
                    (sha256, extractor, json.dumps(payload, sort_keys=True)))

    def get_failure(self, sha256: str, extractor: str) -> str | None:
        row = self.conn.execute("SELECT reason FROM failures WHERE sha256=? AND extractor=?",
                                (sha256, extractor)).fetchone()
        return row[0] if row else None

    def put_failure(self, sha256: str, extractor: str, reason: str) -> None:
        self._write("INSERT OR REPLACE INTO failures VALUES (?, ?, ?)", (sha256, extractor, reason))

    # -- embeddings -------------------------------------------------------------------------------

    def get_vectors(self, model_id: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        unique = sorted(set(hashes))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for text_sha, dims, blob in self.conn.execute(
                    f"SELECT text_sha, dims, vector FROM embeddings WHERE model=? AND text_sha IN ({marks})",
                    (model_id, *chunk)):
                vector = np.frombuffer(blob, dtype=np.float32)
                if vector.shape[0] == dims:
                    out[text_sha] = vector
        return out

    def put_vectors(self, model_id: str, items: Iterable[tuple[str, np.ndarray]]) -> None:
        rows = [(model_id, h, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for h, v in items]
        if rows:
            self._write_many("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)", rows)

    # -- writing ----------------------------------------------------------------------------------

    def _write(self, sql: str, params: tuple) -> None:
        self._write_many(sql, [params])

    def _write_many(self, sql: str, rows: list[tuple]) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany(sql, rows)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"the store {self.path} cannot be written ({exc}): check the disk has space, "
                             "or give another place with --store") from None


class MemoryStore(Store):
    """A store that forgets: for --no-store runs and tests."""

    def __init__(self) -> None:
        self.path = Path(":memory:")
        self.conn = sqlite3.connect(":memory:", isolation_level=None)
        self._migrate()
