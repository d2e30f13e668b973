#!/usr/bin/env python3
"""Rebuild the PDFs of the south_wales_bilingual labelled evaluation area from src/south_wales_bilingual/.

Usage:  python build_south_wales_bilingual.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils (no LibreOffice).  Output is
deterministic: reportlab runs with invariant=1, and the dates, /ID and /DocChecksum that
Chromium writes are fixed afterwards (src/common.py).  Chromium uses its own profile
(/tmp/chr_swbil) and the intermediate .html files go to a fixed work folder
(/tmp/south_wales_bilingual_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "south_wales_bilingual"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "cardiff_csp", "swansea_csp", "npt_csp", "bridgend_csp", "vale_csp", "rct_csp", "merthyr_csp",
           "ctm_vawdasv", "cv_apb", "cwm_taf_youth_justice", "cv_serious_violence"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="swbil")
    return 0


if __name__ == "__main__":
    sys.exit(main())
