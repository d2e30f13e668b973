#!/usr/bin/env python3
"""Rebuild the PDFs of the essex_districts labelled evaluation area from src/essex_districts/.

Usage:  python build_essex_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  Output is deterministic: reportlab runs with
invariant=1, and the dates, /ID and /DocChecksum that Chromium writes are fixed afterwards (src/common.py).
Chromium (and LibreOffice, unused here) use their own profiles (/tmp/chr_ed, /tmp/lo_ed) and the intermediate
.html files go to a fixed work folder (/tmp/essex_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "essex_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "basildon_csp", "harlow_csp", "brentwood_csp", "epping_forest_csp",
           "tendring_csp", "castle_point_rochford_csp", "southend_csp",
           "braintree_csp", "chelmsford_csp", "colchester_csp",
           "thurrock_csp",
           "domestic_abuse_vawg", "serious_violence", "drugs", "youth_justice"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="ed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
