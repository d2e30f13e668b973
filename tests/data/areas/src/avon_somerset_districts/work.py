"""The fixed work folder for the intermediate .docx and .html files of the avon_somerset_districts area, and a
LibreOffice conversion whose font object order is pinned (as in the Essex and Cheshire areas).

LibreOffice writes the embedded font objects in an order that can vary from run to run; `soffice_stable` converts
again until OpenSymbol (the bullet font), when present, is at a fixed place among the font objects (the first, or the last with
symbol_at=-1: the serif report writes it last), so that the output is
byte-identical from build to build.
"""
import subprocess
from pathlib import Path

from common import soffice_to_pdf

WORK = Path("/tmp/avon_somerset_districts_build")


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name


def _fonts_by_object(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 3 and parts[-1].isdigit() and parts[-2].isdigit():
            rows.append((int(parts[-2]), parts[0].split("+")[-1]))
    return [name for _, name in sorted(rows)]


def soffice_stable(src: Path, out: Path, tries: int = 40, symbol_at: int = 0) -> None:
    for _ in range(tries):
        soffice_to_pdf(src, out)
        names = _fonts_by_object(out)
        if "OpenSymbol" not in names or names.index("OpenSymbol") == symbol_at % len(names):
            return
    raise RuntimeError(f"{out.name}: LibreOffice never wrote OpenSymbol at position {symbol_at} in {tries} tries")
