#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts3/ from the sources in src/.

    python tests/data/layouts3/build.py             # build everything, then run check_gold.py
    python tests/data/layouts3/build.py --no-check

Needs (all offline): python-docx, python-pptx, reportlab, pypdfium2, Pillow; LibreOffice 7.x with Writer
and Impress (`soffice`); Chromium (`chromium`, 131 or later for @page margin boxes); poppler-utils
(`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (1 September 2025), PDF /IDs, LibreOffice checksums and zip member times are pinned, and the "scan"
noise is seeded, so a rebuild on the same machine gives byte-identical files.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the test data folder
sys.path.insert(0, str(HERE / "src"))

import common  # noqa: E402
import doc_bilingual  # noqa: E402
import doc_footnotes  # noqa: E402
import doc_long  # noqa: E402
import doc_running_header  # noqa: E402
import doc_table_split  # noqa: E402
import doc_title_styles  # noqa: E402
import rl_glyphs  # noqa: E402
import rl_missions  # noqa: E402
import rl_rotated  # noqa: E402
import rl_scanned  # noqa: E402
import rl_spreads  # noqa: E402
import rl_stale_contents  # noqa: E402
import slide_docs  # noqa: E402

# python-docx / python-pptx sources converted by one LibreOffice run
OFFICE = [doc_long, doc_running_header, doc_table_split, doc_footnotes, doc_title_styles, doc_bilingual, slide_docs]
# Word files also published as inputs in their own right (every page ends with an explicit break)
DOCX_INPUTS = [doc_title_styles.NAME]
REPORTLAB = [rl_rotated, rl_scanned, rl_spreads, rl_missions, rl_stale_contents, rl_glyphs]
# hand-written HTML printed by Chromium
HTML_PAGES = ["appendix_only_priorities", "circle_word_numbers", "focus_fragments_photo_column",
              "toc_no_numbers_small_caps"]
# hand-written HTML that is also a test input: kept once, in this folder (not in src/html), and printed from there
HTML_INPUTS = ["focus_fragments_photo_column"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-check", action="store_true", help="do not run check_gold.py afterwards")
    args = ap.parse_args()
    out = common.OUT

    # 1. Writer (python-docx) and Impress (python-pptx) sources -> one LibreOffice run
    with tempfile.TemporaryDirectory(prefix="layouts3_build_") as tmp:
        work = Path(tmp)
        office = []
        for mod in OFFICE:
            path = mod.build(work)
            common.normalise_zip(path)
            office.append(path)
        common.soffice(office, work)
        for src in office:
            target = out / (src.stem + ".pdf")
            shutil.move(work / (src.stem + ".pdf"), target)
            common.normalise_pdf(target)
            print(f"libreoffice  {target.name}  (from {src.suffix})")
        for name in DOCX_INPUTS:
            shutil.copyfile(work / f"{name}.docx", out / f"{name}.docx")
            print(f"python-docx  {name}.docx")

    # 2. reportlab
    for mod in REPORTLAB:
        path = mod.build(out)
        common.normalise_pdf(path)
        print(f"reportlab    {path.name}")

    # 3. HTML printed by headless Chromium
    for name in HTML_PAGES:
        source = HERE if name in HTML_INPUTS else HERE / "src" / "html"
        common.chromium_to_pdf(source / f"{name}.html", out / f"{name}.pdf")
        print(f"chromium     {name}.pdf")

    if not args.no_check:
        return subprocess.call([sys.executable, str(HERE.parent / "check_gold.py"), str(HERE)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
