#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts/ from the sources in src/.

    python tests/data/layouts/build.py            # build everything, then run check_gold.py
    python tests/data/layouts/build.py --no-check

Needs (all offline): python-docx, python-pptx, reportlab, LibreOffice (`soffice`, Writer + Impress),
Chromium (`chromium`), poppler-utils (`pdftotext`, for the check), fonts-liberation and fonts-dejavu.
Dates, document ids and zip timestamps are pinned so a rebuild gives the same text and metadata.
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
import reportlab_docs  # noqa: E402
import slides  # noqa: E402
import word_docs  # noqa: E402

# .docx files that are also published as test inputs in their own right (their page breaks are explicit)
DOCX_INPUTS = ["numbered_headings_word", "run_in_bold_priorities"]
# HTML pages printed by Chromium. Those in HTML_INPUTS are test inputs in their own right: hand-written, they
# are kept once, in this folder (not in src/html), and printed from there. The Markdown and plain-text inputs
# are hand-written too and live only in this folder.
HTML_PAGES = ["web_page_chromium", "at_a_glance_then_sections", "no_priorities_annual_report", "lowercase_bullets"]
HTML_INPUTS = ["web_page_chromium", "lowercase_bullets"]


def run_soffice(files: list[Path], outdir: Path) -> None:
    """One LibreOffice start for all Word and PowerPoint files."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        sys.exit("soffice not found: apt-get install libreoffice-writer libreoffice-impress")
    subprocess.run([exe, f"-env:UserInstallation={common.LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-check", action="store_true", help="do not run check_gold.py afterwards")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="layouts_build_") as tmp:
        work = Path(tmp)
        # 1. Word (python-docx) and PowerPoint (python-pptx) sources -> LibreOffice PDF
        office = []
        for name, builder in word_docs.BUILDERS.items():
            path = builder(work)
            common.normalise_zip(path)
            office.append(path)
        deck = slides.build_deck(work)
        common.normalise_zip(deck)
        office.append(deck)
        run_soffice(office, work)
        for src in office:
            target = common.OUT / (src.stem + ".pdf")
            shutil.move(work / (src.stem + ".pdf"), target)
            common.normalise_pdf(target)
            print(f"libreoffice  {target.name}")
        for name in DOCX_INPUTS:
            shutil.copyfile(work / f"{name}.docx", common.OUT / f"{name}.docx")
            print(f"python-docx  {name}.docx")

    # 2. reportlab designed documents
    for name, builder in reportlab_docs.BUILDERS.items():
        common.normalise_pdf(builder(common.OUT))  # same 1 April 2025 date as the other producers
        print(f"reportlab    {name}.pdf")

    # 3. HTML printed by headless Chromium
    for name in HTML_PAGES:
        source = HERE if name in HTML_INPUTS else HERE / "src" / "html"
        common.chromium_to_pdf(source / f"{name}.html", f"{name}.pdf")
        print(f"chromium     {name}.pdf")

    if not args.no_check:
        return subprocess.call([sys.executable, str(HERE.parent / "check_gold.py"), str(HERE)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
