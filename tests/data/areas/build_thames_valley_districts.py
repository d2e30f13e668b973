#!/usr/bin/env python3
"""Rebuild the PDFs of the thames_valley_districts labelled evaluation area from src/thames_valley_districts/.

Usage:  python build_thames_valley_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium
and poppler-utils.  Output is deterministic: reportlab runs with invariant=1,
and the dates, /ID and /DocChecksum that LibreOffice and Chromium write are
fixed afterwards (src/common.py).  LibreOffice and Chromium use their own
profiles (/tmp/lo_tvd, /tmp/chr_tvd) and the intermediate .docx/.html files go
to a fixed work folder (/tmp/thames_valley_districts_build), so that this build
can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "thames_valley_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(SRC / AREA))

MODULES = ["plan",
           "reading_csp", "slough_csp", "buckinghamshire_csp",
           "bracknell_forest_csp", "wokingham_csp", "west_berkshire_csp", "windsor_maidenhead_csp",
           "oxford_csp", "cherwell_csp", "south_vale_csp",
           "milton_keynes_csp", "safer_oxfordshire",
           "vru_serious_violence", "berkshire_vawg", "oxfordshire_drugs", "mk_youth_justice",
           "tv_reoffending", "rbfrs_community_safety"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="tvd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
