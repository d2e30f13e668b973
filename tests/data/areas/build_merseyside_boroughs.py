#!/usr/bin/env python3
"""Rebuild the documents of the merseyside_boroughs labelled evaluation area from src/merseyside_boroughs/.

Usage:  python build_merseyside_boroughs.py [--only NAME ...]

Runs offline.  Needs Chromium and poppler-utils only.  Nine documents are council or partnership web pages printed
to PDF with headless Chromium (its own profile, /tmp/chr_mboroughs; the HTML it prints is written to
/tmp/merseyside_boroughs_build); three are kept as saved .html pages, one as Markdown and one as plain text, written
byte for byte.  Output is deterministic: the dates, /ID and /DocChecksum that Chromium writes are fixed afterwards
(src/common.py normalise_pdf).  common.build_area is not used because it counts the pages of every output with
pdftotext, which the .html/.md/.txt files do not have.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
AREA = "merseyside_boroughs"
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(SRC))

MODULES = ["plan", "liverpool_csp", "sefton_csp", "knowsley_csp", "st_helens_csp", "wirral_csp", "merseyside_vawg",
           "mvrp_serious_violence", "merseyside_drugs", "merseyside_youth_justice", "merseyside_reoffending",
           "merseyside_victims"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="module names to build")
    args = ap.parse_args()
    from common import num_pages

    out_root = HERE / AREA
    for sub in ("plan", "strategies"):
        (out_root / sub).mkdir(parents=True, exist_ok=True)
    for name in MODULES:
        if args.only and name not in args.only:
            continue
        out = importlib.import_module(f"{AREA}.{name}").build(out_root)
        size = out.stat().st_size
        pages = f"{num_pages(out)} pages" if out.suffix == ".pdf" else "page 1 (text file)"
        print(f"{AREA}/{out.relative_to(out_root)}: {pages}, {size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
