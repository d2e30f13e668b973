"""`stratalign --help` against the bare Python start-up it cannot avoid, in one run.

    python bench/help_speed.py

Target: stratalign --help <= 0.3 s (heavy libraries are imported only by the commands that need them).
"""

from __future__ import annotations

import shutil
import sys

from _common import best


def main() -> int:
    exe = shutil.which("stratalign")
    help_cmd = [exe, "--help"] if exe else [sys.executable, "-m", "stratalign", "--help"]
    baseline = best([sys.executable, "-c", "pass"])
    helped = best(help_cmd)
    print(f"python -c pass        {baseline:6.3f} s")
    print(f"stratalign --help     {helped:6.3f} s   (target <= 0.3 s)")
    print(f"ratio                 {helped / baseline:6.2f} x bare Python start-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
