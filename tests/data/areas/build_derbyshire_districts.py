#!/usr/bin/env python3
"""Rebuild the PDFs of the derbyshire_districts labelled evaluation area from src/derbyshire_districts/.

Usage:  python build_derbyshire_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, python-pptx, LibreOffice (soffice) and poppler-utils.  Most documents are
python-pptx slide decks converted by LibreOffice (one exported as notes pages); the handouts and board papers are
drawn with reportlab (invariant=1).  LibreOffice output is normalised by common.normalise_pdf (dates, /ID,
/DocChecksum).  LibreOffice uses its own profile (/tmp/lo_dbyd) and the intermediate .pptx files go to a fixed
work folder (/tmp/derbyshire_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "derbyshire_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "amber_valley_csp", "bolsover_csp", "chesterfield_csp", "derbyshire_dales_csp", "erewash_csp",
           "high_peak_csp", "north_east_derbyshire_csp", "south_derbyshire_csp", "drugs", "domestic_abuse",
           "serious_violence", "youth_justice"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="dbyd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
