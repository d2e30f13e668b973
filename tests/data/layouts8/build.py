#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts8/ from the sources in src/.

    python tests/data/layouts8/build.py             # build everything, then run check_gold.py
    python tests/data/layouts8/build.py --no-check
    python tests/data/layouts8/build.py --only rl_golden_thread
    python tests/data/layouts8/build.py --only doc_strategic_aim_columns --work /tmp/l8w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (4 May 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts8/
The hand-written HTML page at the top of this folder is printed by Chromium (PRINTED).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_full_bleed_kicker", "rl_struck_draft", "rl_golden_thread", "rl_rag_status_headings",
           "rl_circled_digits", "rl_running_footer_chapters", "doc_strategic_aim_columns"]
FIXED_WORK = Path("/tmp/layouts8_build")
# hand-written HTML printed by Chromium: (stem, folder). The tabs page is also published as is, so its only copy
# is the one at the top of this folder
PRINTED = [("tabs_priorities_drugs", HERE)]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
