#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts12/ from the sources in src/.

    python tests/data/layouts12/build.py             # build everything, then run check_gold.py
    python tests/data/layouts12/build.py --no-check
    python tests/data/layouts12/build.py --only doc_content_controls
    python tests/data/layouts12/build.py --only doc_pillar_levels --work /tmp/l12w   # keep the work files

Needs (all offline): python-docx 1.2 (comments), LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 September 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts12/
The hand-written web page (.htm), e-mail newsletter (.html), Markdown page and plain-text board paper at the top
of this folder are test inputs as they are; the newsletter is also printed by Chromium (PRINTED below), and the
board paper is published from src/text/ with CRLF line ends (text_board_paper).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["doc_content_controls", "doc_outline_levels", "doc_pillar_levels", "doc_moves_comments", "text_board_paper"]
FIXED_WORK = Path("/tmp/layouts12_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = [("email_newsletter_serious_violence", HERE)]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
