#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts9/ from the sources in src/.

    python tests/data/layouts9/build.py             # build everything, then run check_gold.py
    python tests/data/layouts9/build.py --no-check
    python tests/data/layouts9/build.py --only rl_partner_matrix
    python tests/data/layouts9/build.py --only doc_restarting_numbers --work /tmp/l9w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 June 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts9/
The hand-written Markdown page at the top of this folder is a test input as it is (nothing builds it).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_partner_matrix", "rl_ordinal_prose", "rl_hexagon_poster", "rl_serif_italic_headings",
           "doc_restarting_numbers"]
FIXED_WORK = Path("/tmp/layouts9_build")
# hand-written HTML printed by Chromium: (stem, folder). None in this batch: the hand-written Markdown wiki page
# at the top of this folder is published as is and not printed
PRINTED = []

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
