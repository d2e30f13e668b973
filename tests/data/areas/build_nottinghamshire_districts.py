#!/usr/bin/env python3
"""Rebuild the PDFs of the nottinghamshire_districts labelled evaluation area from src/nottinghamshire_districts/.

Usage:  python build_nottinghamshire_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Output is deterministic: reportlab runs with
invariant=1, and the dates, /ID and /DocChecksum that Chromium writes are fixed afterwards (src/common.py).
Chromium uses its own profile (/tmp/chr_nd) and the intermediate .html files go to a fixed work folder
(/tmp/nottinghamshire_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "nottinghamshire_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "ashfield_csp", "bassetlaw_csp", "broxtowe_csp", "gedling_csp", "mansfield_csp", "newark_sherwood_csp",
           "rushcliffe_csp", "nottingham_csp",
           "domestic_abuse", "serious_violence", "drugs", "youth_justice"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="nd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
