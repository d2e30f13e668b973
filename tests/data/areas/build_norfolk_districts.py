#!/usr/bin/env python3
"""Rebuild the PDFs of the norfolk_districts labelled evaluation area from src/norfolk_districts/.

Usage:  python build_norfolk_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Output is deterministic: reportlab runs with
invariant=1, and the dates, /ID and /DocChecksum that Chromium writes are fixed afterwards (src/common.py).
Chromium uses its own profile (/tmp/chr_nfd) and the intermediate .html files go to a fixed work folder
(/tmp/norfolk_districts_build), so that this build can run beside others.  Every page is laid out on its own:
a reportlab page or an HTML section that overflows stops the build.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "norfolk_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "breckland_csp", "broadland_csp", "great_yarmouth_csp", "kings_lynn_csp", "north_norfolk_csp",
           "norwich_csp", "south_norfolk_csp",
           "domestic_abuse", "serious_violence", "drugs", "youth_justice"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="nfd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
