#!/usr/bin/env python3
"""Rebuild the PDFs of the avon_somerset_districts labelled evaluation area from src/avon_somerset_districts/.

Usage:  python build_avon_somerset_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium and poppler-utils.  Output is
deterministic: reportlab runs with invariant=1, and the dates, /ID and /DocChecksum that LibreOffice and Chromium
write are fixed afterwards (src/common.py).  LibreOffice and Chromium use their own profiles (/tmp/lo_asd,
/tmp/chr_asd) and the intermediate .docx/.html files go to a fixed work folder (/tmp/avon_somerset_districts_build),
so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "avon_somerset_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "bristol_csp", "somerset_csp", "bnes_csp", "south_glos_csp", "north_somerset_csp",
           "vawg", "bristol_dasv", "serious_violence", "bristol_drugs", "somerset_drugs", "south_glos_youth_justice",
           "reoffending", "somerset_hate_crime", "modern_slavery", "north_somerset_asb", "rural_crime",
           "bath_night_time", "victims"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="asd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
