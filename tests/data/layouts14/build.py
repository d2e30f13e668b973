#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts14/ from the sources in src/.

    python tests/data/layouts14/build.py             # build everything, then run check_gold.py
    python tests/data/layouts14/build.py --no-check
    python tests/data/layouts14/build.py --only rl_hidden_draft_layer
    python tests/data/layouts14/build.py --only doc_pdfa_comments --work /tmp/l14w   # keep the work files

Needs (all offline): python-docx 1.2 (for Word comments), reportlab; LibreOffice 7.x Writer (`soffice`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu. No pikepdf, pypdf or
fontTools: src/pdfobj.py edits reportlab's output as a table of objects, and src/glyphs.py reads glyph outlines
from Liberation Sans itself.
Dates (1 November 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts14/
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["rl_tagged_reading_order", "rl_outlined_headings", "rl_hidden_draft_layer", "rl_form_fields", "rl_a3_foldout", "rl_whiteout_update", "rl_type3_canva", "doc_pdfa_comments"]
FIXED_WORK = Path("/tmp/layouts14_build")
# hand-written HTML printed by Chromium: none in this batch
PRINTED = []

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
