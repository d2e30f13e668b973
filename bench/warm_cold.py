"""Warm ÷ cold `analyse` on the same corpus, in one run.

    python bench/warm_cold.py [FOLDER]

Cold: a new store, so every document is read and every priority embedded (the model is loaded).
Warm: the same store again, nothing changed: only what depends on the whole corpus is recomputed, and
the model is not even loaded. Target: warm / cold <= 0.05.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _common import ROOT, STRATALIGN, run


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus"
    with tempfile.TemporaryDirectory() as tmp:
        store, out = Path(tmp) / "store.db", Path(tmp) / "out"
        cmd = STRATALIGN + ["analyse", str(folder), "--store", str(store), "--out", str(out), "-q"]
        cold, cold_mb = run(cmd)
        warm = min(run(cmd)[0] for _ in range(3))
    print(f"cold analyse  {cold:6.2f} s   peak {cold_mb} MB")
    print(f"warm analyse  {warm:6.2f} s")
    print(f"warm / cold   {warm / cold:6.3f}   (target <= 0.05)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
