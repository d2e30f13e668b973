#!/usr/bin/env python3
"""Rebuild the PDFs of the north_wales labelled evaluation area from src/north_wales/.

Usage:  python build_north_wales.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium
and poppler-utils.  Output is deterministic: reportlab runs with invariant=1,
and the dates, /ID and /DocChecksum that LibreOffice and Chromium write are
fixed afterwards (src/common.py).  LibreOffice and Chromium use their own
profiles (/tmp/lo_nwales, /tmp/chr_nwales) and the intermediate .docx/.html
files go to a fixed work folder (/tmp/north_wales_build), so that this build can
run beside others.  Each module checks its page count after building.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "north_wales"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "conwy_denbighshire_csp", "gwynedd_mon_csp", "wrexham_csp", "vawdasv", "serious_violence",
           "apb_substance_misuse", "youth_justice", "reducing_reoffending"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="nwales")
    return 0


if __name__ == "__main__":
    sys.exit(main())
