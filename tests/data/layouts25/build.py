#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts25/ from the sources in src/.

    python tests/data/layouts25/build.py             # build everything, then run check_gold.py
    python tests/data/layouts25/build.py --no-check
    python tests/data/layouts25/build.py --only rl_canva_boxes
    python tests/data/layouts25/build.py --only doc_moderngov_item --work /tmp/l25w   # keep the work files

Needs (all offline): python-docx, openpyxl, reportlab, pypdfium2; LibreOffice 7.x Writer and Calc (`soffice`);
Chromium (`chromium`); poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation, fonts-dejavu and
LibreOffice's own OpenSymbol font (/usr/share/fonts/truetype/libreoffice/opens___.ttf).
Dates (29 June 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word / Calc files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts25/
The hand-written Google Docs HTML export in src/html/ is copied here as it is (html_google_docs) and printed by
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

MODULES = ["html_google_docs", "rl_canva_boxes", "rl_indesign_jumps", "rl_publisher_newsletter", "rl_smartart_hierarchy",
           "calc_down_then_over", "doc_moderngov_item"]
FIXED_WORK = Path("/tmp/layouts25_build")
# hand-written HTML printed by Chromium: (stem, folder). The Google Docs "Download > Web page" export is also
# published as it is, beside its print
PRINTED = [("google_docs_split_lists_vawg", HERE / "src" / "html")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
