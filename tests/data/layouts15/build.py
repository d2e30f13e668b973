#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts15/ from the sources in src/.

    python tests/data/layouts15/build.py             # build everything, then run check_gold.py
    python tests/data/layouts15/build.py --no-check
    python tests/data/layouts15/build.py --only rl_a3_quadrants
    python tests/data/layouts15/build.py --only doc_short_name_sentences --work /tmp/l15w   # keep the work files

Needs (all offline): python-docx, reportlab, pypdfium2 (page counts); LibreOffice 7.x Writer (`soffice`);
Chromium (`chromium`); poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 December 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts15/
Hand-written HTML pages in src/html are printed by Chromium (PRINTED). The hand-written HTML consultation
response and Markdown strategy at the top of this folder are test inputs as they are (nothing builds them).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_appendix_partner_priorities", "rl_a3_quadrants", "doc_short_name_sentences",
           "doc_lettered_sub_priorities", "rl_yearly_tables"]
FIXED_WORK = Path("/tmp/layouts15_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = [("table_cell_numbered_list_youth_justice", HERE / "src" / "html")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
