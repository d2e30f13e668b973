#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts28/ from the sources in src/.

    python tests/data/layouts28/build.py             # build everything, then run check_gold.py
    python tests/data/layouts28/build.py --no-check
    python tests/data/layouts28/build.py --only doc_tracked_table_rows
    python tests/data/layouts28/build.py --only doc_drawing_canvas --work /tmp/l28w   # keep the work files

Needs (all offline): python-docx 1.x (every document in this batch is a Word .docx, a partner's draft as the
OPCC receives it; no PDF is made, so LibreOffice and Chromium are not needed); lxml.
Dates (2 November 2026), comment and revision dates, content-control and comment ids and zip member times are
pinned, so a rebuild on the same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      builds the .docx in the work folder (returns no files for LibreOffice)
  finish(work, out)  publish the file in tests/data/layouts28/
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE.parent))

from build_driver import run  # noqa: E402

MODULES = ["doc_tracked_table_rows", "doc_comment_threads", "doc_drawing_canvas", "doc_bound_controls",
           "doc_ordinal_text_numbering", "doc_style_separator", "doc_stale_ref_fields", "doc_cover_page_landscape"]
FIXED_WORK = Path("/tmp/layouts28_build")
# hand-written HTML printed by Chromium: (stem, folder). None in this batch
PRINTED = []

if __name__ == "__main__":
    sys.exit(run(HERE, __doc__, MODULES, PRINTED, FIXED_WORK))
