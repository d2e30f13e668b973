#!/usr/bin/env python3
"""Rebuild the PDFs of the west_mercia_districts labelled evaluation area from src/west_mercia_districts/.

Usage:  python build_west_mercia_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Six documents are drawn page by page on a reportlab
canvas (invariant=1: fixed dates and ids); six are HTML/CSS pages printed by headless Chromium, whose dates, /ID
and /DocChecksum are fixed afterwards by common.normalise_pdf.  Chromium uses its own profile (/tmp/chr_wmd)
and the intermediate .html files go to a fixed work folder (/tmp/west_mercia_districts_build), so that this
build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "west_mercia_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "herefordshire_csp", "shropshire_csp", "telford_csp", "bromsgrove_csp", "redditch_csp",
           "worcester_csp", "wychavon_csp", "wyre_forest_csp", "serious_violence", "drugs", "youth_justice"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="wmd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
