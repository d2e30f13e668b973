#!/usr/bin/env python3
"""Rebuild the documents of the hertfordshire_folder labelled evaluation area from src/hertfordshire_folder/.

Usage:  python build_hertfordshire_folder.py [--only NAME ...]

Runs offline.  Needs reportlab, python-docx, LibreOffice (soffice), Chromium and poppler-utils.  Output is
deterministic: reportlab runs with invariant=1; the dates, /ID and /DocChecksum that LibreOffice and Chromium
write are fixed afterwards (common.normalise_pdf); the native .docx is re-zipped with fixed dates.
LibreOffice and Chromium use their own profiles (/tmp/lo_hfold, /tmp/chr_hfold) and the intermediate
.html/.docx files go to /tmp/hertfordshire_folder_build.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "hertfordshire_folder"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "broxbourne_csp", "dacorum_csp", "east_herts_csp", "hertsmere_csp", "north_herts_csp",
           "st_albans_csp", "three_rivers_csp", "welwyn_hatfield_csp", "herts_vawg", "herts_serious_violence",
           "herts_drugs", "pcc_annual_report", "partnership_bulletin", "dacorum_eia"]
NATIVE = ["hertsmere_minutes"]  # writes a .docx, which common.build_area cannot count pages of


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import build_area

    build_area(HERE, AREA, MODULES, args.only, profile="hfold")
    import importlib

    for name in NATIVE:
        if args.only and name not in args.only:
            continue
        out = importlib.import_module(f"{AREA}.{name}").build(HERE / AREA)
        print(f"{AREA}/{out.relative_to(HERE / AREA)}: native .docx, {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
