#!/usr/bin/env python3
"""Rebuild the PDFs of the bedfordshire labelled evaluation area from src/bedfordshire/.

Usage:  python build_bedfordshire.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium
and poppler-utils.  Output is deterministic: reportlab runs with invariant=1,
and the dates, /ID and /DocChecksum that LibreOffice and Chromium write are
fixed afterwards (src/common.py).  LibreOffice and Chromium use their own
profiles (/tmp/lo_bfd, /tmp/chr_bfd) and the intermediate .docx/.html files go
to a fixed work folder (/tmp/bedfordshire_build), so that this build can run
beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "bedfordshire"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "luton_csp", "bedford_csp", "central_bedfordshire_csp", "bedfordshire_domestic_abuse",
           "veru_serious_violence", "bedfordshire_drugs", "luton_youth_justice", "bedfordshire_reoffending"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="bfd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
