#!/usr/bin/env python3
"""Rebuild the PDFs of the west_midlands_metro labelled evaluation area from src/west_midlands_metro/.

Usage:  python build_west_midlands_metro.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium
and poppler-utils.  Output is deterministic: reportlab runs with invariant=1,
and the dates, /ID and /DocChecksum that LibreOffice and Chromium write are
fixed afterwards (src/common.py).  LibreOffice and Chromium use their own
profiles (/tmp/lo_wmm, /tmp/chr_wmm) and the intermediate .docx/.html files go
to a fixed work folder (/tmp/west_midlands_metro_build), so that this build
can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "west_midlands_metro"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "birmingham_csp", "sandwell_csp", "coventry_csp", "dudley_csp", "wolverhampton_csp", "solihull_csp",
           "walsall_csp",
           "wm_violence_reduction", "wm_vawg", "sandwell_domestic_abuse", "coventry_domestic_abuse",
           "black_country_drugs", "wolverhampton_youth_justice", "wm_reducing_reoffending", "coventry_hate_crime",
           "wm_modern_slavery", "birmingham_safeguarding_adults"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="wmm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
