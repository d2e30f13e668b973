#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts7/ from the sources in src/.

    python tests/data/layouts7/build.py             # build everything, then run check_gold.py
    python tests/data/layouts7/build.py --no-check
    python tests/data/layouts7/build.py --only rl_roadmap_timeline
    python tests/data/layouts7/build.py --only doc_flat_heading2 --work /tmp/l7w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (6 April 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts7/
Hand-written HTML pages in src/html are printed by Chromium (PRINTED).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_tier_first_column", "rl_roadmap_timeline", "rl_noun_phrase_band", "rl_summary_then_chapters",
           "rl_left_nav_column", "rl_transposed_table", "doc_flat_heading2"]
FIXED_WORK = Path("/tmp/layouts7_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = [(stem, HERE / "src" / "html")
           for stem in ("question_headings_vawg", "two_level_numbered_youth_justice")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
