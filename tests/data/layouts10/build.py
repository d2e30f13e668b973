#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts10/ from the sources in src/.

    python tests/data/layouts10/build.py             # build everything, then run check_gold.py
    python tests/data/layouts10/build.py --no-check
    python tests/data/layouts10/build.py --only rl_bleed_slug
    python tests/data/layouts10/build.py --only doc_small_caps_workstreams --work /tmp/l10w   # keep the work files

Needs (all offline): python-docx, reportlab, Pillow; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 July 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts10/
The hand-written HTML page at the top of this folder is a test input as it is, and is also printed by
Chromium (PRINTED).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_bleed_slug", "rl_imposed_booklet", "rl_small_caps_drop_caps", "rl_column_straddle", "rl_slide_handouts",
           "doc_small_caps_workstreams"]
FIXED_WORK = Path("/tmp/layouts10_build")
# hand-written HTML printed by Chromium: (stem, folder). The page lives at the top of this folder (it is a test
# input itself) and is printed from there
PRINTED = [("white_bands_lettered_drugs", HERE)]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
