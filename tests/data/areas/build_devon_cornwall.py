#!/usr/bin/env python3
"""Rebuild the PDFs of the devon_cornwall labelled evaluation area from src/devon_cornwall/.

Usage:  python build_devon_cornwall.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, python-pptx, LibreOffice (soffice),
Chromium and poppler-utils.  Output is deterministic: reportlab runs with
invariant=1, and the dates, /ID and /DocChecksum that LibreOffice and Chromium
write are fixed afterwards (src/common.py).  LibreOffice and Chromium use their
own profiles (/tmp/lo_a3, /tmp/chr_a3) so that this build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "devon_cornwall"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "plymouth_csp", "cornwall_csp", "torbay_csp", "devon_csp", "peninsula_sv",
           "cornwall_vawg", "plymouth_drugs", "devon_youth_justice", "dc_reoffending"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="a3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
