"""The build loop the layouts batches share (layouts7, 8 and 9): each batch's build.py names its source
modules, its hand-written HTML pages to print and its work folder, and calls `run`.

Every source module in a batch's src/ has the same shape:
  NAME               the output file's stem
  sources(work)      (optional) Word files to convert with LibreOffice (one soffice start each)
  finish(work, out)  publish the file(s) in the batch folder
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
from pathlib import Path


def run(here: Path, doc: str, modules: list[str], printed: list[tuple[str, Path]], fixed_work: Path) -> int:
    """Build the batch in `here` (its src/ already on sys.path); `doc` is the build script's docstring."""
    import common  # the batch's own shim: its dates, profiles and output folder

    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-check", action="store_true", help="do not run check_gold.py afterwards")
    ap.add_argument("--only", nargs="*", help="build only these source modules or output stems")
    ap.add_argument("--work", type=Path, help="keep the intermediate files in this folder (for debugging)")
    args = ap.parse_args()
    out = common.OUT
    only = set(args.only or [])
    wanted = lambda *names: not only or any(n in only for n in names)  # noqa: E731
    mods = [importlib.import_module(n) for n in modules]
    mods = [m for m in mods if wanted(m.NAME, m.__name__)]

    # a FIXED work folder: LibreOffice's font object order depends on the source file's path, so a random
    # temporary folder name makes the Word PDFs differ from one build to the next
    work = (args.work or fixed_work).resolve()
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

    for stem, folder in printed:
        if wanted(stem):
            common.chromium_to_pdf(folder / f"{stem}.html", out / f"{stem}.pdf")
            print(f"{'chromium':28s} {stem}.pdf")

    if not args.no_check:
        return subprocess.call([sys.executable, str(here.parent / "check_gold.py"), str(here)])
    return 0
