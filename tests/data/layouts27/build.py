#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts27/ from the sources in src/.

    python tests/data/layouts27/build.py             # build everything, then run check_gold.py
    python tests/data/layouts27/build.py --no-check
    python tests/data/layouts27/build.py --only rl_foi_disclosure
    python tests/data/layouts27/build.py --only doc_consultation_round_two --work /tmp/l27w   # keep the work files

Needs (all offline): python-docx, reportlab, Pillow, pypdfium2; LibreOffice 7.x Writer (`soffice`); Chromium
(`chromium`) and libfaketime (`faketime`); poppler-utils (`pdftotext`, `pdfinfo`) for the check;
fonts-liberation and fonts-dejavu. Dates (5 October 2026), PDF /IDs, LibreOffice checksums and zip member
times are pinned, so a rebuild on the same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts27/
The two web pages in src/html/ are printed by Chromium (PRINTED below); the HTML itself is not published.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_foi_disclosure", "rl_fax_ocr", "rl_board_pack", "rl_watermark_draft", "web_phone_news", "web_email_thread",
           "doc_consultation_round_two", "doc_pdf_to_word"]
FIXED_WORK = Path("/tmp/layouts27_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = []

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
