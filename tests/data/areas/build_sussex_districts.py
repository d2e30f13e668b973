#!/usr/bin/env python3
"""Rebuild the PDFs of the sussex_districts labelled evaluation area from src/sussex_districts/.

Usage:  python build_sussex_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium and poppler-utils.  Output is
deterministic: reportlab runs with invariant=1, and the dates, /ID and /DocChecksum that LibreOffice and
Chromium write are fixed afterwards (src/common.py).  LibreOffice and Chromium use their own profiles
(/tmp/lo_sxd, /tmp/chr_sxd) and the intermediate .docx/.html files go to a fixed work folder
(/tmp/sussex_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "sussex_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "brighton_hove_csp", "eastbourne_csp", "hastings_csp", "wealden_csp",
           "adur_worthing_csp", "arun_csp", "crawley_csp", "mid_sussex_csp",
           "east_sussex_drugs", "west_sussex_domestic_abuse", "east_sussex_youth_justice"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="sxd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
