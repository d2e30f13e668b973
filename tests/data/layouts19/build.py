#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts19/ from the sources in src/.

    python tests/data/layouts19/build.py             # build everything, then run check_gold.py
    python tests/data/layouts19/build.py --no-check
    python tests/data/layouts19/build.py --only rl_divider_chapters
    python tests/data/layouts19/build.py --only doc_summary_short_forms --work /tmp/l19w   # keep the work files

Needs (all offline): python-docx, reportlab, pypdfium2; LibreOffice 7.x Writer (`soffice`); Chromium
(`chromium`); poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 June 2027), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts19/
The web-page strategy is generated as HTML into the work folder by its module and printed by Chromium there.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_divider_chapters", "doc_summary_short_forms", "rl_priorities_on_a_page", "html_year_two_refresh", "doc_pathways_two_columns"]
FIXED_WORK = Path("/tmp/layouts19_build")
PRINTED: list = []

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
