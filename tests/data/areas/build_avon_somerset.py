#!/usr/bin/env python3
"""Rebuild the PDFs of the avon_somerset labelled evaluation area from src/avon_somerset/.

Usage:  python build_avon_somerset.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium
and poppler-utils.  Output is deterministic: reportlab runs with invariant=1,
and the dates, /ID and /DocChecksum that LibreOffice and Chromium write are
fixed afterwards (src/common.py).  LibreOffice and Chromium use their own
profiles (/tmp/lo_a7, /tmp/chr_a7) so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "avon_somerset"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "bristol_csp", "somerset_csp", "north_somerset_csp", "south_glos_csp", "somerset_da",
           "as_serious_violence", "bristol_drugs", "bristol_youth_justice", "as_reoffending"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="a7")
    return 0


if __name__ == "__main__":
    sys.exit(main())
