#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts9/ from the sources in src/.

    python tests/data/layouts9/build.py             # build everything, then run check_gold.py
    python tests/data/layouts9/build.py --no-check
    python tests/data/layouts9/build.py --only rl_partner_matrix
    python tests/data/layouts9/build.py --only doc_restarting_numbers --work /tmp/l9w   # keep the work files

Needs (all offline): python-docx, reportlab; LibreOffice 7.x Writer (`soffice`); Chromium (`chromium`);
poppler-utils (`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 June 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts9/
The hand-written Markdown page at the top of this folder is a test input as it is (nothing builds it).
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))

import common  # noqa: E402

MODULES = ["rl_partner_matrix", "rl_ordinal_prose", "rl_hexagon_poster", "rl_serif_italic_headings",
           "doc_restarting_numbers"]
FIXED_WORK = Path("/tmp/layouts9_build")
# hand-written HTML printed by Chromium: (stem, folder). None in this batch: the hand-written Markdown wiki page
# at the top of this folder is published as is and not printed
PRINTED = []


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

    # a FIXED work folder: LibreOffice's font object order depends on the source file's path, so a random
    # temporary folder name makes the Word PDFs differ from one build to the next
    work = (args.work or FIXED_WORK).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        office = []
        for m in mods:
            office += getattr(m, "sources", lambda w: [])(work)
        for f in office:  # one LibreOffice start per document, for byte-identical PDFs
            common.soffice([f], work)
        for m in mods:
            for path in m.finish(work, out):
                print(f"{m.__name__:28s} {path.name}")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)

    for stem, folder in PRINTED:
        if wanted(stem):
            common.chromium_to_pdf(folder / f"{stem}.html", out / f"{stem}.pdf")
            print(f"{'chromium':28s} {stem}.pdf")

    if not args.no_check:
        return subprocess.call([sys.executable, str(HERE.parent / "check_gold.py"), str(HERE)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
