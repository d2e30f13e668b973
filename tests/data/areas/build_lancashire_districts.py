#!/usr/bin/env python3
"""Rebuild the PDFs of the lancashire_districts labelled evaluation area from src/lancashire_districts/.

Usage:  python build_lancashire_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium and poppler-utils.  Output is
deterministic: reportlab runs with invariant=1, and the dates, /ID and /DocChecksum that LibreOffice and
Chromium write are fixed afterwards (src/common.py).  LibreOffice and Chromium use their own profiles
(/tmp/lo_ld, /tmp/chr_ld) and the intermediate .docx/.html files go to a fixed work folder
(/tmp/lancashire_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "lancashire_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "preston_csp", "burnley_csp", "pendle_csp", "hyndburn_csp", "rossendale_csp",
           "blackpool_csp", "fylde_wyre_csp", "blackburn_darwen_csp",
           "lancaster_csp", "ribble_valley_csp", "west_lancashire_csp", "chorley_south_ribble_csp",
           "vawg", "serious_violence", "drugs", "youth_justice", "reoffending", "fire_prevention"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="ld")
    return 0


if __name__ == "__main__":
    sys.exit(main())
