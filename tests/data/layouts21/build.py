#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts21/ from the sources in src/.

    python tests/data/layouts21/build.py             # build everything, then run check_gold.py
    python tests/data/layouts21/build.py --no-check
    python tests/data/layouts21/build.py --only calc_action_plan
    python tests/data/layouts21/build.py --only doc_caption_fields --work /tmp/l21w   # keep the work files

Needs (all offline): python-docx, python-pptx, openpyxl, reportlab; LibreOffice 7.x with Writer, Calc and
Impress (`soffice`); poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Chromium is not used in this batch. Dates (15 June 2026), PDF /IDs, LibreOffice checksums and zip member times
are pinned, so a rebuild on the same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Office files to convert to PDF with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts21/
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["calc_action_plan", "calc_workbook", "calc_tab_export", "rl_print_markup", "odt_floating_frames",
           "slide_notes_full_wording", "doc_hidden_text", "doc_caption_fields"]
FIXED_WORK = Path("/tmp/layouts21_build")
PRINTED = []  # no hand-written HTML printed by Chromium in this batch

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
