#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts24/ from the sources in src/.

    python tests/data/layouts24/build.py             # build everything, then run check_gold.py
    python tests/data/layouts24/build.py --no-check
    python tests/data/layouts24/build.py --only rl_six_up_handout
    python tests/data/layouts24/build.py --only doc_year_columns_poster --work /tmp/l24w   # keep the work files

Needs (all offline): python-docx, python-pptx, reportlab (with its bundled QR code widget); LibreOffice 7.x
Writer and Impress (`soffice`); Chromium (`chromium`); poppler-utils (`pdftotext`, `pdfinfo`) for the check;
fonts-liberation and fonts-dejavu.
Dates (15 June 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word / PowerPoint files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts24/
The hand-written webinar transcript at the top of this folder is a test input as it is (nothing builds it).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["pptx_chevron_deck", "rl_six_up_handout", "rl_icon_strip_infographic", "doc_year_columns_poster",
           "rl_outline_view", "rl_rollup_banner"]
FIXED_WORK = Path("/tmp/layouts24_build")
# hand-written HTML printed by Chromium: (stem, folder). The slide deck is printed the way a browser-based
# presentation tool prints "with speaker notes on separate pages"
PRINTED = [("notes_after_slides_html_deck_vawg", HERE / "src" / "html")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
