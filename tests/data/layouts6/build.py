#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts6/ from the sources in src/.

    python tests/data/layouts6/build.py             # build everything, then run check_gold.py
    python tests/data/layouts6/build.py --no-check
    python tests/data/layouts6/build.py --only rl_roundel_wedges
    python tests/data/layouts6/build.py --only doc_pillars_custom_styles --work /tmp/l6w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (2 March 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts6/
Hand-written HTML pages in src/html are printed by Chromium (PRINTED). The hand-written text file
(decision_notice_lettered.txt) is kept once, where the tests read it, and is not built.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))

import common  # noqa: E402

MODULES = ["rl_listed_then_renamed", "rl_roundel_wedges", "rl_rotated_tabs", "rl_i_statements",
           "rl_bilingual_alternating", "rl_marginal_callouts", "rl_grid_column_order", "rl_rag_table",
           "doc_pillars_custom_styles", "doc_board_paper_appendix"]
PRINTED = ["we_want_so_that_columns"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-check", action="store_true", help="do not run check_gold.py afterwards")
    ap.add_argument("--only", nargs="*", help="build only these source modules or output stems")
    ap.add_argument("--work", type=Path, help="keep the intermediate files in this folder (for debugging)")
    args = ap.parse_args()
    out = common.OUT
    only = set(args.only or [])
    wanted = lambda *names: not only or any(n in only for n in names)  # noqa: E731
    mods = [importlib.import_module(n) for n in MODULES]
    mods = [m for m in mods if wanted(m.NAME, m.__name__)]

    with tempfile.TemporaryDirectory(prefix="layouts6_build_") as tmp:
        work = Path(tmp)
        if args.work:
            shutil.rmtree(args.work, ignore_errors=True)
            args.work.mkdir(parents=True)
            work = args.work.resolve()
        office = []
        for m in mods:
            office += getattr(m, "sources", lambda w: [])(work)
        for f in office:  # one LibreOffice start per document, for byte-identical PDFs
            common.soffice([f], work)
        for m in mods:
            for path in m.finish(work, out):
                print(f"{m.__name__:28s} {path.name}")

    for stem in PRINTED:
        if wanted(stem):
            common.chromium_to_pdf(HERE / "src" / "html" / f"{stem}.html", out / f"{stem}.pdf")
            print(f"{'chromium':28s} {stem}.pdf")

    if not args.no_check:
        return subprocess.call([sys.executable, str(HERE.parent / "check_gold.py"), str(HERE)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
