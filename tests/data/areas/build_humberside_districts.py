#!/usr/bin/env python3
"""Rebuild the PDFs of the humberside_districts labelled evaluation area from src/humberside_districts/.

Usage:  python build_humberside_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Seven documents are drawn with reportlab
(invariant=1); six are HTML/CSS printed by headless Chromium, whose output is normalised by
common.normalise_pdf (dates, /ID).  Chromium uses its own profile (/tmp/chr_hud) so that this build can run
beside others.  Every document is designed page by page; the build fails if a page overflows.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "humberside_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(SRC / AREA))

MODULES = ["plan", "hull_csp", "east_riding_csp", "north_lincolnshire_csp", "north_east_lincolnshire_csp",
           "domestic_abuse", "serious_violence", "drugs", "youth_justice", "reoffending", "victims",
           "hate_crime", "modern_slavery"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="hud")
    return 0


if __name__ == "__main__":
    sys.exit(main())
