#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts20/ from the sources in src/.

    python tests/data/layouts20/build.py             # build everything, then run check_gold.py
    python tests/data/layouts20/build.py --no-check
    python tests/data/layouts20/build.py --only rl_hwb_strategy
    python tests/data/layouts20/build.py --only doc_sab_plan --work /tmp/l20w   # keep the work files

Needs (all offline): python-docx, reportlab, pypdfium2; LibreOffice 7.x Writer (`soffice`); Chromium
(`chromium`); poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (12 April 2027), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts20/
The hand-written HTML pages in src/html/ are printed by Chromium (only the PDFs are published); the
hand-written Markdown page at the top of this folder is a test input as it is (nothing builds it).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["doc_sab_plan", "doc_probation_plan", "doc_lcjb_plan", "rl_hwb_strategy", "rl_fire_crmp"]
FIXED_WORK = Path("/tmp/layouts20_build")
PRINTED = [(stem, HERE / "src" / "html") for stem in ("review_recommendations_safeguarding_children_other",
                                                      "safe_system_pillars_road_safety_other")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
