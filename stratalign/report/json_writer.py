"""report.json: the whole analysis for other programs, stable keys, no timestamps."""

from __future__ import annotations

import json
import os
from pathlib import Path


def write(report: dict, out_dir: Path) -> Path:
    path = out_dir / "report.json"
    write_json(path, report)
    return path


def write_json(path: Path, data) -> None:
    """`data` as indented JSON with sorted keys, UTF-8 as is, written atomically."""
    atomic_write(path, json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def atomic_write(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write beside the target and rename, so an interrupted run never leaves half a report."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding=encoding, newline="")
    os.replace(tmp, path)
