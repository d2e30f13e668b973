#!/usr/bin/env python3
"""Rebuild the PDFs of the west_yorkshire labelled evaluation area from src/west_yorkshire/.

Usage:  python build_west_yorkshire.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice) and
poppler-utils.  Output is deterministic: reportlab runs with invariant=1, and
the dates, /ID and /DocChecksum that LibreOffice writes are fixed afterwards
(src/common.py).  LibreOffice uses its own profile (/tmp/lo_a6) so that this
build can run beside the other areas' builds.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "west_yorkshire"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "leeds_csp", "bradford_csp", "kirklees_csp", "wy_women_girls", "wy_serious_violence",
           "calderdale_drugs", "wakefield_youth_justice", "wy_reoffending", "wy_victims"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="a6")
    return 0


if __name__ == "__main__":
    sys.exit(main())
