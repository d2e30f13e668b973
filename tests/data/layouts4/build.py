#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts4/ from the sources in src/.

    python tests/data/layouts4/build.py             # build everything, then run check_gold.py
    python tests/data/layouts4/build.py --no-check
    python tests/data/layouts4/build.py --only committee_papers_pack cabinet_report_semicolons

Needs (all offline): python-docx, python-pptx, openpyxl, reportlab, pypdfium2, Pillow; LibreOffice 7.x with
Writer, Calc and Impress (`soffice`); Chromium (`chromium`, 131 or later); poppler-utils (`pdftotext`,
`pdfinfo`) for the check; fonts-liberation and fonts-dejavu.
Dates (3 November 2025), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME                 the output file's stem
  sources(work)        (optional) Word / Calc / Impress files to convert with LibreOffice
  notes_sources(work)  (optional) Impress files to export as notes pages
  HTML_WORK            (optional) src/html/*.html pages printed by Chromium into the work folder
  finish(work, out)    assemble the published file(s) in tests/data/layouts4/
Hand-written HTML printed as it is goes through HTML_PAGES; hand-written files published as they are through
COPIED.
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

import importlib  # noqa: E402

import common  # noqa: E402

# the source modules in src/, in build order (each names its output stem in NAME)
MODULES = ["doc_committee_pack", "doc_cabinet_report", "rl_two_level", "doc_plan_on_a_page", "doc_colon_dash",
           "doc_easy_read", "doc_heading1_everything", "doc_bold_same_size", "rl_renamed_sections",
           "calc_delivery_plan", "rl_welsh_psb", "html_annual_report", "rl_consultation_form", "slide_notes",
           "doc_tracked_changes"]
# hand-written HTML printed by Chromium straight into the folder
HTML_PAGES = ["outcomes_are_priorities", "pcc_plan_priorities_commitments"]
# council_web_accordion.html and youth_justice_plan_pandoc.md are hand-written inputs: they live only in this folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-check", action="store_true", help="do not run check_gold.py afterwards")
    ap.add_argument("--only", nargs="*", help="build only these source modules or output stems")
    ap.add_argument("--work", type=Path, help="keep the intermediate files in this folder (for debugging)")
    args = ap.parse_args()
    out = common.OUT
    only = set(args.only or [])
    mods = [importlib.import_module(n) for n in MODULES]
    mods = [m for m in mods if not only or m.NAME in only or m.__name__ in only]

    with tempfile.TemporaryDirectory(prefix="layouts4_build_") as tmp:
        work = Path(tmp)
        if args.work:
            shutil.rmtree(args.work, ignore_errors=True)
            args.work.mkdir(parents=True)
            work = args.work.resolve()
        # 1. one LibreOffice run for every Writer / Calc / Impress source, one more for notes pages
        office, notes = [], []
        for m in mods:
            office += getattr(m, "sources", lambda w: [])(work)
            notes += getattr(m, "notes_sources", lambda w: [])(work)
        common.soffice(office, work)
        if notes:
            nd = work / "notes"
            nd.mkdir()
            common.soffice(notes, nd, common.NOTES_PAGES_FILTER)
            for f in nd.iterdir():
                shutil.move(str(f), work / f.name)
        # 2. Chromium pages used as parts
        for m in mods:
            for name in getattr(m, "HTML_WORK", []):
                common.chromium_to_pdf(HERE / "src" / "html" / f"{name}.html", work / f"{name}.pdf")
        # 3. assemble
        for m in mods:
            for path in m.finish(work, out):
                print(f"{m.__name__:26s} {path.name}")

    for name in HTML_PAGES:
        if only and name not in only:
            continue
        common.chromium_to_pdf(HERE / "src" / "html" / f"{name}.html", out / f"{name}.pdf")
        print(f"{'chromium':26s} {name}.pdf")

    if not args.no_check:
        return subprocess.call([sys.executable, str(HERE.parent / "check_gold.py"), str(HERE)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
