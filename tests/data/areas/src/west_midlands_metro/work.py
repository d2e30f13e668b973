"""The fixed work folder for the intermediate .docx and .html files of the west_midlands_metro area, and a
LibreOffice conversion whose font object order is pinned.

LibreOffice sometimes writes the embedded font objects in a different order from run to run (OpenSymbol, the
bullet font, first or last).  `soffice_stable` converts again until OpenSymbol is at a fixed place among the
font objects, which makes the output byte-identical from build to build.
"""
import subprocess
from pathlib import Path

from common import soffice_to_pdf

WORK = Path("/tmp/west_midlands_metro_build")


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
    """Convert until OpenSymbol is font object number `symbol_at` (0: the first), if it is used at all."""
    for _ in range(tries):
        soffice_to_pdf(src, out)
        names = _fonts_by_object(out)
        if "OpenSymbol" not in names or names.index("OpenSymbol") == symbol_at:
            return
    raise RuntimeError(f"{out.name}: LibreOffice never wrote OpenSymbol at position {symbol_at} in {tries} tries")
