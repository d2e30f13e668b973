#!/usr/bin/env python3
"""Rebuild every document in tests/data/layouts5/ from the sources in src/.

    python tests/data/layouts5/build.py             # build everything, then run check_gold.py
    python tests/data/layouts5/build.py --no-check
    python tests/data/layouts5/build.py --only doc_long_toc web_ol_browser_print
    python tests/data/layouts5/build.py --only doc_long_toc --work /tmp/l5w   # keep the intermediate files

Needs (all offline): python-docx, reportlab, pypdfium2; LibreOffice 7.x Writer (`soffice`); Chromium
(`chromium`, 131 or later, for CSS @page margin boxes); faketime (Debian package "faketime": it pins the clock
shown in the browser's own print header); poppler-utils (`pdftotext`, `pdfinfo`) for the check;
fonts-liberation and fonts-dejavu.
Dates (12 January 2026), PDF /IDs, LibreOffice checksums and zip member times are pinned, so a rebuild on the
same machine gives byte-identical files.

Every source module in src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in tests/data/layouts5/
Hand-written HTML pages are printed by Chromium (PRINTED), hand-written pages and text files are published as
they are (COPIED), and one text file is published with a byte-order mark and CRLF line ends (CRLF).
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

MODULES = ["doc_numbering_labels", "doc_long_toc", "doc_textboxes", "doc_merged_table", "doc_no_priorities",
           "rl_one_page"]
# <stem>.html printed by Chromium to <stem>.pdf: (stem, browser header/footer on, "Save page as" name). The page
# is read from this folder when it is a hand-written test input too (HAND_WRITTEN), else from src/html.
PRINTED = [
    ("web_h3_related_sidebar", False, None),
    ("web_ol_browser_print", True, "Safer Ellanby Partnership Plan 2025-26 \u2013 Ellanby City Council.html"),
    ("single_priority_annual_plan", False, None),
]
# hand-written test inputs, kept only in this folder (the other saved pages, the email and the wiki page are too)
HAND_WRITTEN = ["web_h3_related_sidebar", "web_ol_browser_print"]
# written as Windows Notepad saves "UTF-8 with BOM": a byte-order mark and CRLF line ends
CRLF = ["text/crlf_bullets_notepad.txt"]


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

    with tempfile.TemporaryDirectory(prefix="layouts5_build_") as tmp:
        work = Path(tmp)
        if args.work:
            shutil.rmtree(args.work, ignore_errors=True)
            args.work.mkdir(parents=True)
            work = args.work.resolve()
        office = []
        for m in mods:
            office += getattr(m, "sources", lambda w: [])(work)
        # one LibreOffice start per document: in a batch, the fonts embedded by earlier documents change the
        # object order of later PDFs, and the output is no longer byte-identical from one build to the next
        for f in office:
            common.soffice([f], work)
        for m in mods:
            for path in m.finish(work, out):
                print(f"{m.__name__:24s} {path.name}")

    for stem, header_footer, saved_name in PRINTED:
        if not wanted(stem):
            continue
        source = HERE if stem in HAND_WRITTEN else HERE / "src" / "html"
        common.chromium_to_pdf(source / f"{stem}.html", out / f"{stem}.pdf",
                               browser_header_footer=header_footer, saved_name=saved_name)
        print(f"{'chromium':24s} {stem}.pdf")
    for rel in CRLF:
        src = HERE / "src" / rel
        if wanted(src.stem):
            text = src.read_text(encoding="utf-8").replace("\r\n", "\n")
            (out / src.name).write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
            print(f"{'crlf + bom':24s} {src.name}")

    if not args.no_check:
        return subprocess.call([sys.executable, str(HERE.parent / "check_gold.py"), str(HERE)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
