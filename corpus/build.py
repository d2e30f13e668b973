#!/usr/bin/env python3
"""Rebuild every PDF of the stratalign demo corpus from the sources in corpus/src/.

    python corpus/build.py            # all documents
    python corpus/build.py plan vawg  # only the named content modules

Needs reportlab, python-docx, python-pptx, LibreOffice (soffice) and Chromium; these are
only needed to rebuild, the PDFs themselves are committed. Runs offline. Dates, document
identifiers and zip timestamps are fixed so that rebuilding gives the same content.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(SRC / "content"))

MODULES = ["plan", "brackenford_csp", "kestlemoor_csp", "saltmere_csp", "vawg",
           "serious_violence", "drugs", "youth_justice", "reoffending", "victims",
           "draft_neighbourhood"]


def build_one(name: str) -> None:
    mod = importlib.import_module(name)
    out = ROOT / mod.OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    work = SRC / "build"
    work.mkdir(exist_ok=True)
    if mod.PRODUCER == "rl":
        import engine_rl
        engine_rl.build(mod.DOC, out)
    elif mod.PRODUCER == "docx":
        import engine_docx
        engine_docx.build(mod.DOC, out, work / (Path(mod.OUT).stem + ".docx"))
    elif mod.PRODUCER == "html":
        import engine_html
        engine_html.build(mod.DOC, out, work / (Path(mod.OUT).stem + ".html"))
    elif mod.PRODUCER == "pptx":
        import engine_pptx
        engine_pptx.build(mod.DOC, out, work / (Path(mod.OUT).stem + ".pptx"))
    else:
        raise ValueError(mod.PRODUCER)
    from common import page_count
    print(f"{mod.OUT}: {page_count(out)} pages, {out.stat().st_size // 1024} KB")


def main(argv: list[str]) -> None:
    names = argv or MODULES
    for name in names:
        build_one(name)
    # gold pages are hand labels: if an edit moves a priority to another page, this says so
    res = subprocess.run([sys.executable, str(ROOT / "check_gold.py")],
                         capture_output=True, text=True)
    for line in res.stdout.splitlines():
        if line.startswith("ERROR") or line == res.stdout.splitlines()[-1]:
            print(line)
    if res.returncode:
        sys.exit("gold.json no longer matches the PDFs: update the labels (see check_gold.py)")


if __name__ == "__main__":
    main(sys.argv[1:])
