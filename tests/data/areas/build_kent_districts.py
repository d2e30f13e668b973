#!/usr/bin/env python3
"""Rebuild the PDFs of the kent_districts labelled evaluation area from src/kent_districts/.

Usage:  python build_kent_districts.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium
and poppler-utils.  Output is deterministic: reportlab runs with invariant=1,
and the dates, /ID and /DocChecksum that LibreOffice and Chromium write are
fixed afterwards (src/common.py).  LibreOffice and Chromium use their own
profiles (/tmp/lo_kd, /tmp/chr_kd) and the intermediate .docx/.html files go to
a fixed work folder (/tmp/kent_districts_build), so that this build can run
beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "kent_districts"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan",
           "ashford_csp", "canterbury_csp", "dartford_gravesham_csp", "dover_csp", "folkestone_hythe_csp",
           "maidstone_csp", "sevenoaks_csp", "swale_csp", "thanet_csp", "tonbridge_malling_csp",
           "tunbridge_wells_csp", "medway_csp",
           "kent_medway_vawg", "kent_medway_serious_violence", "kent_medway_drugs", "kent_youth_justice",
           "kent_medway_reoffending", "kent_fire_community_safety"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="kd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
