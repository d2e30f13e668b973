#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts22/ from the sources in src/.

    python tests/data/layouts22/build.py             # build everything, then run check_gold.py
    python tests/data/layouts22/build.py --no-check
    python tests/data/layouts22/build.py --only rl_four_statements
    python tests/data/layouts22/build.py --only doc_joint_boards --work /tmp/l22w   # keep the work files

Needs (all offline): python-docx, reportlab (platypus), pypdfium2 (imported by the shared helpers);
LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`); poppler-utils (`pdftotext`, `pdfinfo`) for the
check; fonts-liberation and fonts-dejavu. Dates (1 July 2026), PDF /IDs, LibreOffice checksums and zip member
times are pinned, so a rebuild on the same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts22/
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_four_statements", "doc_joint_boards", "rl_annual_report_launch", "doc_refresh_letter", "html_consultation_questions", "html_sticky_sidebar", "doc_raci_matrix", "rl_big_number_dividers"]
FIXED_WORK = Path("/tmp/layouts22_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = []

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
