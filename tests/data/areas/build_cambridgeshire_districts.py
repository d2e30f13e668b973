#!/usr/bin/env python3
"""Rebuild the PDFs of the cambridgeshire_districts labelled evaluation area from src/cambridgeshire_districts/.

Usage:  python build_cambridgeshire_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Eleven documents are reportlab platypus reports
(rl_config.invariant = 1); one (Safer Peterborough) is HTML printed by headless Chromium, whose dates, /ID and
/DocChecksum are fixed afterwards (src/common.py).  Chromium uses its own profile (/tmp/chr_cdist) and the
intermediate .html goes to /tmp/cambridgeshire_districts_build, so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "cambridgeshire_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "cambridge_csp", "east_cambs_csp", "fenland_csp", "huntingdonshire_csp", "south_cambs_csp",
           "peterborough_csp", "vawg_strategy", "serious_violence", "combating_drugs", "youth_justice",
           "reducing_reoffending"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="cdist")
    return 0


if __name__ == "__main__":
    sys.exit(main())
