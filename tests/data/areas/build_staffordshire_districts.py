#!/usr/bin/env python3
"""Rebuild the PDFs of the staffordshire_districts labelled evaluation area from src/staffordshire_districts/.

Usage:  python build_staffordshire_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, Chromium and poppler-utils.  The documents are magazines, newsletters, posters,
layered "Canva-like" pages, z-fold leaflets and A6 postcards: half drawn on a reportlab canvas (invariant=1),
half written as HTML/CSS and printed by headless Chromium, whose output common.normalise_pdf makes
deterministic (dates, /ID).  Chromium uses its own profile (/tmp/chr_stfd) and the HTML goes to a fixed work
folder (/tmp/staffordshire_districts_build), so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "staffordshire_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "stoke_scp", "cannock_chase_csp", "staffordshire_moorlands_csp", "lichfield_csp",
           "tamworth_csp", "east_staffordshire_csp", "south_staffordshire_csp", "stafford_csp",
           "newcastle_csp", "domestic_abuse", "drugs", "serious_violence"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="stfd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
