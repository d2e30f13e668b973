#!/usr/bin/env python3
"""Rebuild the PDFs of the hampshire_districts labelled evaluation area from src/hampshire_districts/.

Usage:  python build_hampshire_districts.py [--only NAME ...]

Runs offline.  Needs reportlab and poppler-utils (pdftotext, for the page report).  Every document is a designed
brochure drawn page by page on a reportlab canvas (src/hampshire_districts/kit.py) with invariant=1, so the
output is deterministic (byte-identical on rebuild).  No LibreOffice or Chromium is used.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "hampshire_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "basingstoke_csp", "east_hampshire_csp", "hart_csp", "rushmoor_csp", "winchester_csp",
           "test_valley_csp", "eastleigh_csp", "fareham_csp", "gosport_csp", "new_forest_csp",
           "domestic_abuse", "serious_violence", "drugs"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="hd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
