#!/usr/bin/env python3
"""Rebuild the documents of the greater_manchester_boroughs labelled evaluation area from
src/greater_manchester_boroughs/.

Usage:  python build_greater_manchester_boroughs.py [--only NAME ...]

Runs offline.  Needs python-docx, python-pptx, LibreOffice (soffice) and poppler-utils.  Every document is
written in Word form (.docx, one .pptx); most are converted to PDF by LibreOffice, two stay as native .docx.
Output is deterministic: the OOXML packages are written with fixed core properties and zip timestamps, and
the dates, /ID and /DocChecksum that LibreOffice writes into the PDFs are fixed afterwards (src/common.py).
LibreOffice uses its own profile (/tmp/lo_gmb) and the intermediate files go to /tmp/gmb_build, so that this
build can run beside others.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "greater_manchester_boroughs"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "bolton_csp", "bury_csp", "manchester_csp", "oldham_csp", "rochdale_csp", "stockport_csp",
           "tameside_csp", "trafford_csp", "wigan_csp", "gm_gender_based_violence", "gm_drugs_alcohol",
           "gm_serious_violence"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    import importlib

    import common

    # common.build_area would count pages of every output; two outputs here are native .docx files, so the
    # same steps are run here: own LibreOffice profile, output folders, one module per document.
    common.LO_PROFILE = "file://" + str(common.TMP / "lo_gmb")
    common.CHROME_PROFILE = str(common.TMP / "chr_gmb")
    out_root = HERE / AREA
    (out_root / "plan").mkdir(parents=True, exist_ok=True)
    (out_root / "strategies").mkdir(parents=True, exist_ok=True)
    for name in MODULES:
        if args.only and name not in args.only:
            continue
        out = importlib.import_module(f"{AREA}.{name}").build(out_root)
        pages = f"{common.num_pages(out)} pages" if out.suffix == ".pdf" else "native " + out.suffix
        print(f"{AREA}/{out.relative_to(out_root)}: {pages}, {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
