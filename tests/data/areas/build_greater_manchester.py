#!/usr/bin/env python3
"""Rebuild the PDFs of the greater_manchester labelled evaluation area from src/greater_manchester/.

Usage:  python build_greater_manchester.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Output is deterministic: reportlab runs with
invariant=1, and the dates, /ID and /DocChecksum that Chromium writes are fixed afterwards (src/common.py).
Chromium uses its own profile (/tmp/chr_gm26; LibreOffice would use /tmp/lo_gm26) and the intermediate .html
files go to a fixed work folder (/tmp/greater_manchester_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "greater_manchester"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "manchester_csp", "salford_csp", "wigan_csp", "gm_gender_based_violence", "gm_vru_serious_violence",
           "gm_combating_drugs", "bolton_youth_justice", "gm_reducing_reoffending"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="gm26")
    return 0


if __name__ == "__main__":
    sys.exit(main())
