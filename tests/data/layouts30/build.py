#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts30/ from the sources in src/.

    python tests/data/layouts30/build.py             # build everything, then run check_gold.py
    python tests/data/layouts30/build.py --no-check
    python tests/data/layouts30/build.py --only rl_cropbox_slug
    python tests/data/layouts30/build.py --only doc_linearized --work /tmp/l30w   # keep the work files

Needs (all offline): python-docx, reportlab, pikepdf; LibreOffice 7.x Writer (`soffice`); Chromium
(`chromium`); qpdf; Ghostscript (`gs`); gcc (for the fixed random source that makes qpdf's AES-256 output
repeatable); poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (23 November 2026), PDF /IDs, LibreOffice checksums, zip member times and qpdf's encryption key are
pinned, so a rebuild on the same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  build, post-process and publish the file in tests/data/layouts30/
The Chromium page (src/thistleford_drugs.html) is printed by its own module, web_gs_redistilled, because the
printed PDF is re-distilled before it is published.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_owner_password", "doc_linearized", "web_gs_redistilled", "doc_pdfa_ghostscript",
           "rl_incremental_update", "rl_merged_labels", "rl_cropbox_slug", "rl_macroman_no_tounicode"]
FIXED_WORK = Path("/tmp/layouts30_build")
# hand-written HTML printed by Chromium and published as is: none (the one HTML page in src/ is printed and
# then re-distilled by web_gs_redistilled)
PRINTED = []

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
