#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts11/ from the sources in src/.

    python tests/data/layouts11/build.py             # build everything, then run check_gold.py
    python tests/data/layouts11/build.py --no-check
    python tests/data/layouts11/build.py --only rl_four_ps_chapters
    python tests/data/layouts11/build.py --only doc_yjb_template --work /tmp/l11w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 August 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts11/
Hand-written HTML pages in src/html are printed by Chromium (PRINTED). The hand-written Markdown plan at the top
of this folder is a test input as it is (nothing builds it).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_four_ps_chapters", "rl_rag_progress_update", "rl_what_you_told_us_pcc", "doc_yjb_template",
           "doc_emerging_priorities_consultation"]
FIXED_WORK = Path("/tmp/layouts11_build")
# hand-written HTML printed by Chromium: (stem, folder)
PRINTED = [(stem, HERE / "src" / "html")
           for stem in ("needs_assessment_recommendations_serious_violence", "joint_board_priorities_csp")]

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
