"""Extraction speed against `pdftotext -layout`, on the same PDFs, in the same run.

    python bench/extract_speed.py [FOLDER ...]

Prints pages per second for pdftotext (one process per file, as a user would run it), for stratalign's
extraction in one process (read + layout + priorities), and with documents spread over two worker
processes as `analyse` does, and the ratios. Target: stratalign (2 workers) / pdftotext >= 0.2.
Needs pdftotext (Debian: poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, best_call

DEFAULT = [ROOT / "corpus", ROOT / "tests" / "data"]


def pdfs(folders: list[Path]) -> list[Path]:
    out = sorted({p for f in folders for p in f.rglob("*.pdf") if "bad" not in p.parts})
    return out


def pages_of(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    return sum(len(pdfium.PdfDocument(str(p))) for p in paths)


def time_pdftotext(paths: list[Path]) -> float:
    start = time.perf_counter()
    for p in paths:
        subprocess.run(["pdftotext", "-layout", str(p), "-"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_stratalign_inline(paths: list[Path]) -> float:
    from stratalign.extract import extract_priorities
    from stratalign.ingest import read_document

    start = time.perf_counter()
    for p in paths:
        extract_priorities(read_document(p))
    return time.perf_counter() - start


def time_stratalign_workers(paths: list[Path], workers: int) -> float:
    from stratalign.pipeline import Settings, extract_documents
    from stratalign.store import MemoryStore

    start = time.perf_counter()
    extract_documents(paths, Settings(use_store=False, workers=workers), MemoryStore())
    return time.perf_counter() - start


def main() -> int:
    if shutil.which("pdftotext") is None:
        print("pdftotext is not installed (apt-get install poppler-utils): nothing to compare against", file=sys.stderr)
        return 1
    folders = [Path(a) for a in sys.argv[1:]] or DEFAULT
    paths = pdfs(folders)
    pages = pages_of(paths)
    time_stratalign_inline(paths[:2])  # warm imports and caches once, outside the timings
    base = best_call(3, time_pdftotext, paths)
    inline = best_call(3, time_stratalign_inline, paths)
    parallel = best_call(3, time_stratalign_workers, paths, 2)
    print(f"{len(paths)} PDFs, {pages} pages")
    print(f"pdftotext -layout           {pages / base:8.1f} pages/s")
    print(f"stratalign, 1 process       {pages / inline:8.1f} pages/s   ratio {base / inline:.2f}")
    print(f"stratalign, 2 workers       {pages / parallel:8.1f} pages/s   ratio {base / parallel:.2f}   (target >= 0.20)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
