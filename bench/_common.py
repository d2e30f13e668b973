"""Shared helpers for the benchmarks: run a command and measure its wall time (and peak memory), best of
several runs of a command or a function."""

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


def wall(cmd: list[str], cwd: Path | None = None) -> float:
    """Seconds for one run of cmd, without /usr/bin/time around it (for start-up times, where its own
    start-up would show)."""
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def best(cmd: list[str], n: int = 7) -> float:
    """The fastest of n runs of cmd, in seconds (see wall)."""
    return min(wall(cmd) for _ in range(n))


def best_call(n: int, fn, *args) -> float:
    """The smallest of n results of fn(*args) (a function that times something and returns seconds)."""
    return min(fn(*args) for _ in range(n))
