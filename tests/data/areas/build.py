#!/usr/bin/env python3
"""Rebuild every PDF of the labelled evaluation areas from tests/data/areas/src/.

Usage:  python build.py [AREA ...] [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, python-pptx, LibreOffice (soffice)
and Chromium.  Output is deterministic: reportlab runs with invariant=1, and the
dates, /ID and /DocChecksum that LibreOffice and Chromium write are fixed
afterwards (see src/common.py).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

AREAS = {
    "thames_valley": ["plan", "reading_csp", "oxford_scp", "safer_mk", "slough_csp", "oxon_da",
                      "tv_serious_violence", "bucks_drugs", "oxon_youth_justice", "tv_reoffending",
                      "west_berks_csp"],
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("areas", nargs="*", default=list(AREAS))
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    for area in args.areas:
        build_area(HERE, area, AREAS[area], args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
