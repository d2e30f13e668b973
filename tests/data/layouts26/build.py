#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts26/ from the sources in src/.

    python tests/data/layouts26/build.py             # build everything, then run check_gold.py
    python tests/data/layouts26/build.py --no-check
    python tests/data/layouts26/build.py --only rl_large_print
    python tests/data/layouts26/build.py --only doc_bsl_transcript --work /tmp/l26w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (14 September 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on
the same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts26/
The hand-written HTML page and plain-text version at the top of this folder are test inputs as they are; the
HTML page is also printed to PDF by Chromium from here.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_large_print", "rl_dyslexia_friendly", "rl_polish_first", "rl_speech_bubbles",
           "doc_bsl_transcript"]
FIXED_WORK = Path("/tmp/layouts26_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = [("screen_reader_hidden_headings_serious_violence", HERE)]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
