#!/usr/bin/env python3
"""Rebuild the PDFs of the devon_cornwall_districts labelled evaluation area from src/devon_cornwall_districts/.

Usage:  python build_devon_cornwall_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Output is deterministic: reportlab runs with
invariant=1, and the dates, /ID and /DocChecksum that Chromium writes are fixed afterwards (src/common.py).
Chromium uses its own profile (/tmp/chr_dcd) and the intermediate .html files go to a fixed work folder
(/tmp/devon_cornwall_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "devon_cornwall_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "plymouth_csp", "torbay_csp", "cornwall_csp", "exeter_csp", "east_devon_csp", "mid_devon_csp",
           "north_devon_torridge_csp", "teignbridge_csp", "serious_violence", "devon_drugs", "cornwall_dasv",
           "plymouth_youth_justice"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="dcd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
