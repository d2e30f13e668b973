#!/usr/bin/env python3
"""Rebuild the PDFs of the surrey_districts labelled evaluation area from src/surrey_districts/.

Usage:  python build_surrey_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium and poppler-utils.  Output is
deterministic: reportlab runs with invariant=1, and the dates, /ID and /DocChecksum that LibreOffice and
Chromium write are fixed afterwards (src/common.py).  LibreOffice and Chromium use their own profiles
(/tmp/lo_sd, /tmp/chr_sd) and the intermediate .docx/.html files go to a fixed work folder
(/tmp/surrey_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "surrey_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "elmbridge_csp", "mole_valley_csp", "epsom_ewell_csp",
           "reigate_banstead_csp", "woking_csp", "surrey_heath_csp",
           "guildford_csp", "waverley_csp", "runnymede_spelthorne_csp",
           "tandridge_csp",
           "domestic_abuse", "serious_violence", "drugs", "youth_justice", "criminal_justice_board",
           "safeguarding_adults", "community_safety_agreement"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="sd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
