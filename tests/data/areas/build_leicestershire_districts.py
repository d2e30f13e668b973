#!/usr/bin/env python3
"""Rebuild the PDFs of the leicestershire_districts labelled evaluation area from src/leicestershire_districts/.

Usage:  python build_leicestershire_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Output is deterministic:
reportlab runs with invariant=1, and the dates, /ID and /DocChecksum that Chromium
writes are fixed afterwards (src/common.py).  Chromium uses its own profile
(/tmp/chr_ldist) and the intermediate .html files go to a fixed work folder
(/tmp/leicestershire_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "leicestershire_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "leicester_csp", "charnwood_csp", "oadby_wigston_csp",
           "blaby_csp", "harborough_csp", "melton_csp",
           "hinckley_bosworth_csp", "north_west_leicestershire_csp",
           "vrn_serious_violence", "llr_vawg", "llr_drugs", "leicester_youth_justice"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="ldist")
    return 0


if __name__ == "__main__":
    sys.exit(main())
