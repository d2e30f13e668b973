#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts23/ from the sources in src/.

    python tests/data/layouts23/build.py             # build everything, then run check_gold.py
    python tests/data/layouts23/build.py --no-check
    python tests/data/layouts23/build.py --only rl_bold_phrases
    python tests/data/layouts23/build.py --only doc_launch_speech --work /tmp/l23w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (15 July 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts23/
The hand-written minutes (.txt) and news page (.md) at the top of this folder are test inputs as they are
(nothing builds them); the hand-written FAQ page in src/html/ is printed by Chromium.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_bold_phrases", "rl_colon_leads", "rl_varied_ordinals", "doc_we_will_not", "doc_launch_speech"]
FIXED_WORK = Path("/tmp/layouts23_build")
# hand-written HTML printed by Chromium (no browser header or footer): (stem, folder)
PRINTED = [("faq_answer_paragraph_csp", HERE / "src" / "html")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
