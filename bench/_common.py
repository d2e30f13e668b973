"""Shared helpers for the benchmarks: run a command and measure its wall time and peak memory."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STRATALIGN = [sys.executable, "-m", "stratalign"]


def run(cmd: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """(seconds, peak resident memory in MB of the largest process) for one run of cmd."""
    timed = ["/usr/bin/time", "-f", "MAXRSS %M"] + cmd
    start = time.perf_counter()
    proc = subprocess.run(timed, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 3, 4):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    m = re.search(r"MAXRSS (\d+)", proc.stderr)
    return seconds, int(m.group(1)) // 1024 if m else -1
