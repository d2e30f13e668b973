#!/usr/bin/env python3
"""Rebuild the PDFs of the west_yorkshire_metro labelled evaluation area from src/west_yorkshire_metro/.

Usage:  python build_west_yorkshire_metro.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium
and poppler-utils.  Output is deterministic: reportlab runs with invariant=1,
and the dates, /ID and /DocChecksum that LibreOffice and Chromium write are
fixed afterwards (src/common.py).  LibreOffice and Chromium use their own
profiles (/tmp/lo_wym, /tmp/chr_wym) and the intermediate .docx/.html files go to
a fixed work folder (/tmp/west_yorkshire_metro_build), so that this build can run beside
others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "west_yorkshire_metro"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "bradford_csp", "calderdale_csp", "kirklees_csp", "leeds_csp", "wakefield_csp",
           "wy_vawg", "wy_serious_violence", "wy_drugs", "wy_youth_justice", "wy_reoffending",
           "bradford_domestic_abuse", "kirklees_domestic_abuse", "leeds_drugs_alcohol", "wy_fire_community_safety",
           "wakefield_safeguarding_adults"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="wym")
    return 0


if __name__ == "__main__":
    sys.exit(main())
