#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts13/ from the sources in src/.

    python tests/data/layouts13/build.py             # build everything, then run check_gold.py
    python tests/data/layouts13/build.py --no-check
    python tests/data/layouts13/build.py --only rl_house_pillars
    python tests/data/layouts13/build.py --only doc_refresh_status --work /tmp/l13w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 October 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts13/
Hand-written HTML pages in src/html are printed by Chromium (PRINTED).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_house_pillars", "doc_facing_pages_bilingual", "doc_refresh_status", "rl_annual_scorecard", "doc_four_lists"]
FIXED_WORK = Path("/tmp/layouts13_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = [(stem, HERE / "src" / "html") for stem in ("golden_threads_weave_plan", "a5_leaflet_panels_plan", "easy_read_i_will_plan")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
