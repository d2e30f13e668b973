#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts17/ from the sources in src/.

    python tests/data/layouts17/build.py             # build everything, then run check_gold.py
    python tests/data/layouts17/build.py --no-check
    python tests/data/layouts17/build.py --only rl_tete_beche
    python tests/data/layouts17/build.py --only doc_refresh_table --work /tmp/l17w   # keep the work files

Needs (all offline): python-docx, reportlab, pypdfium2 (page counts); LibreOffice 7.x Writer (`soffice`);
Chromium (`chromium`); poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 April 2027), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts17/
The hand-written HTML news page and Markdown text version at the top of this folder are test inputs as they
are (nothing builds them). The young people's version is hand-written HTML in src/html/, printed by Chromium.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["doc_cabinet_cover_sheet", "rl_tete_beche", "rl_trifold_leaflet", "doc_refresh_table",
           "doc_scrutiny_minutes"]
FIXED_WORK = Path("/tmp/layouts17_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = [("young_people_version_youth_justice", HERE / "src" / "html")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
