#!/usr/bin/env python3
"""Rebuild the PDFs of the city_of_london labelled evaluation area from src/city_of_london/.

Usage:  python build_city_of_london.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium
and poppler-utils.  Output is deterministic: reportlab runs with invariant=1,
and the dates, /ID and /DocChecksum that LibreOffice and Chromium write are
fixed afterwards (src/common.py).  LibreOffice and Chromium use their own
profiles (/tmp/lo_col, /tmp/chr_col) and the intermediate .docx/.html files go
to a fixed work folder (/tmp/city_of_london_build), so that this build can run
beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "city_of_london"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "safer_city", "vawg", "serious_violence", "drugs", "youth_justice", "reoffending",
           "safeguarding_adults"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="col")
    return 0


if __name__ == "__main__":
    sys.exit(main())
