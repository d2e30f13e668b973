#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts2/ from the sources in src/.

    python tests/data/layouts2/build.py             # build everything, then run check_gold.py
    python tests/data/layouts2/build.py --no-check

Needs (all offline): python-docx, python-pptx, openpyxl, reportlab; LibreOffice 7.x with Writer, Calc
and Impress (`soffice`); Chromium (`chromium`, 131 or later for @page margin boxes); poppler-utils
(`pdftotext`, `pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (2 June 2025), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on
the same machine gives byte-identical files.
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

import calc_docs  # noqa: E402
import common  # noqa: E402
import layout_dump  # noqa: E402
import rl_docs  # noqa: E402
import slide_docs  # noqa: E402
import word_docs  # noqa: E402

# Word files also published as inputs in their own right (their page breaks are explicit)
DOCX_INPUTS = ["multilevel_numbered_headings", "google_docs_toc_field", "unlabelled_focus_bold_titles"]
# hand-written HTML printed by Chromium
HTML_PAGES = ["newsletter_boxed_panel", "coloured_sidebar_headings", "bilingual_side_by_side"]
# cards_sections.html and setext_headings.md are hand-written inputs: they live only in this folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-check", action="store_true", help="do not run check_gold.py afterwards")
    args = ap.parse_args()
    out = common.OUT

    # 1. Writer (python-docx), Calc (openpyxl) and Impress (python-pptx) sources -> one LibreOffice run
    with tempfile.TemporaryDirectory(prefix="layouts2_build_") as tmp:
        work = Path(tmp)
        office = []
        for builders in (word_docs.BUILDERS, calc_docs.BUILDERS, slide_docs.BUILDERS):
            for name, builder in builders.items():
                path = builder(work)
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
    for name, builder in rl_docs.BUILDERS.items():
        common.normalise_pdf(builder(out))
        print(f"reportlab    {name}.pdf")

    # 3. HTML printed by headless Chromium
    for name in HTML_PAGES:
        common.chromium_to_pdf(HERE / "src" / "html" / f"{name}.html", out / f"{name}.pdf")
        print(f"chromium     {name}.pdf")

    # 4. the generated pdftotext-style dump
    print(f"text         {layout_dump.build(out).name}")

    if not args.no_check:
        return subprocess.call([sys.executable, str(HERE.parent / "check_gold.py"), str(HERE)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
